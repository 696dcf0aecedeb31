//! Who and what the demo's cases are about: customers, devices and their serials, proof
//! of purchase, what was handed over, and quotes.

use super::*;

pub(super) fn pick<'a, T>(rng: &mut StdRng, items: &'a [T]) -> &'a T {
    // Every list above is non-empty; the fallback only satisfies the type.
    items.choose(rng).unwrap_or(&items[0])
}

pub(super) fn digits(rng: &mut StdRng, n: usize) -> String {
    (0..n)
        .map(|_| char::from(b'0' + rng.random_range(0..10)))
        .collect()
}

pub(super) fn serial(rng: &mut StdRng, model: &str) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let prefix: String = model
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .collect::<String>()
        .to_uppercase();
    let body: String = (0..9)
        .map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]))
        .collect();
    format!("{prefix}-{}-{}", &body[..4], &body[4..])
}

pub(super) fn ascii_lower(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfd()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_lowercase()
}

pub(super) struct People {
    pub(super) models: Vec<String>,
    pub(super) serials: Vec<(String, String)>,
}

impl People {
    pub(super) fn customer(&self, rng: &mut StdRng) -> Customer {
        let first = pick(rng, FIRST_NAMES);
        let last = pick(rng, LAST_NAMES);
        let (city, code) = pick(rng, CITIES);
        let phone = if rng.random_bool(0.7) {
            format!("{code} {} {}", digits(rng, 4), digits(rng, 4))
        } else {
            format!("{code} {}-{}", digits(rng, 3), digits(rng, 4))
        };
        let email = rng.random_bool(0.75).then(|| {
            let domain = pick(
                rng,
                &["example.com", "example.org", "example.net", "mail.example"],
            );
            format!(
                "{}.{}{}@{domain}",
                ascii_lower(first),
                ascii_lower(last),
                rng.random_range(1..100)
            )
        });
        let address = format!(
            "{} {}, {} {}",
            rng.random_range(1..250),
            pick(rng, STREETS),
            city,
            digits(rng, 5)
        );
        let return_address = rng.random_bool(0.08).then(|| {
            format!(
                "c/o Office, {} {}, {city}",
                rng.random_range(1..90),
                pick(rng, STREETS)
            )
        });
        Customer {
            name: format!("{first} {last}"),
            phone,
            email,
            address,
            return_address,
            language: Default::default(),
        }
    }

    /// A device; one in fifty comes back: a serial seen before (repeat repairs).
    pub(super) fn device(&mut self, rng: &mut StdRng) -> Device {
        if !self.serials.is_empty() && rng.random_bool(0.02) {
            let (model, serial) = pick(rng, &self.serials).clone();
            return Device { model, serial };
        }
        let model = pick(rng, &self.models).clone();
        let serial = serial(rng, &model);
        if self.serials.len() < 50_000 {
            self.serials.push((model.clone(), serial.clone()));
        } else {
            let i = rng.random_range(0..self.serials.len());
            self.serials[i] = (model.clone(), serial.clone());
        }
        Device { model, serial }
    }
}

/// Where the device was bought and what the customer can show for it.
pub(super) fn proof(rng: &mut StdRng, device: &Device, claim: NaiveDate) -> Proof {
    let channel = match rng.random_range(0..100) {
        0..88 => PurchaseChannel::Authorized,
        88..97 => PurchaseChannel::Unknown,
        _ => PurchaseChannel::Unauthorized,
    };
    let bought = claim - Duration::days(rng.random_range(20..1100));
    let delivery = (rng.random_bool(0.4)).then(|| bought + Duration::days(rng.random_range(1..6)));
    let delivery = delivery.filter(|d| *d <= claim);
    let invoice = rng.random_bool(0.8).then(|| {
        let flawed = rng.random_range(0..100);
        Invoice {
            date: Some(bought),
            model: Some(device.model.clone()),
            serial: Some(if flawed < 3 {
                format!("{}X", device.serial)
            } else {
                // An invoice prints the serial in its own layout (groups spaced, not
                // dashed), still the same serial for 2.4; never in letters no device has.
                device.serial.replace('-', " ")
            }),
            legible: flawed != 3,
            altered: flawed == 4,
        }
    });
    let shipment_date = rng
        .random_bool(0.5)
        .then(|| bought - Duration::days(rng.random_range(10..90)));
    Proof {
        channel,
        invoice,
        shipment_date,
        delivery_date: delivery,
        contract_months: rng.random_bool(0.03).then_some(36),
    }
}

pub(super) fn handover(rng: &mut StdRng) -> Handover {
    let count = rng.random_range(0..3);
    let mut accessories: Vec<String> = (0..count)
        .map(|_| pick(rng, ACCESSORIES).to_string())
        .collect();
    accessories.sort();
    accessories.dedup();
    let password = *pick(rng, &PasswordStatus::ALL);
    Handover {
        accessories,
        condition: pick(
            rng,
            &[
                "Good",
                "Light scratches",
                "Dent on one corner",
                "Worn",
                "Cracked back",
            ],
        )
        .to_string(),
        password,
        password_note: (password == PasswordStatus::ToldToInspector).then(|| digits(rng, 6)),
        backup_acknowledged: true,
        accuracy_confirmed: true,
    }
}

pub(super) fn quote(rng: &mut StdRng, currency: &Currency, component: Option<&str>) -> Quote {
    let part = component.unwrap_or("main board");
    Quote {
        currency: currency.clone(),
        lines: vec![
            QuoteLine {
                kind: LineKind::Parts,
                description: format!("Replacement {part}"),
                amount: Money::new(rng.random_range(20..400) * 100 + 99, currency.clone()),
            },
            QuoteLine {
                kind: LineKind::Labour,
                description: "Labour".into(),
                amount: Money::new(rng.random_range(3..12) * 500, currency.clone()),
            },
        ],
    }
}
