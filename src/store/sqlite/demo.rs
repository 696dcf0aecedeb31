//! `fixdesk demo`: realistic demo data for a newcomer and for benchmarks.
//!
//! Each case is simulated forward in time from the day it was opened, step by step
//! through the domain's own rules — `decide` for every verdict, `check_transition` for
//! every move, the deadline functions for expiry, overdue payments and unanswered
//! requests — and stops where "today" falls, so recent cases sit in early states and
//! old ones are closed, and every overdue item really is overdue on `today`.
//!
//! For speed the cases are written straight into the tables with prepared statements in
//! large transactions (not through the per-case transition methods), but through the
//! same row writer and the same event hash chain.

use std::collections::HashMap;

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rusqlite::TransactionBehavior;

use super::codec;
use super::schema::fill_search_keys_from_staging;
use super::transitions::{record_decision, verdict_note};
use super::write::{
    KeysInto, NewRow, append_event, chain_end, insert_row, new_row, set_chain_head, year_tally,
};
use super::{Result, SqliteStore, StoreError};
use crate::domain::case::{DocumentKind, Handback, ParcelRecord, PrintedDocument};
use crate::domain::lifecycle::{self, DEFAULT_ANSWER_DAYS, check_transition};
use crate::domain::parcel::{self, ApplicationStatus, ParcelCheck, ParcelOutcome};
use crate::domain::repair::LineKind;
use crate::domain::{
    Arrival, Case, CaseNumber, Cause, Currency, Customer, Device, Event, Handover, Invoice, Money,
    NewCase, PasswordStatus, Payment, Policy, Proof, PurchaseChannel, Quote, QuoteLine,
    RepairMethod, ReturnReason, State, Verdict,
};

/// What a demo run wrote.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DemoReport {
    pub cases: usize,
    pub events: u64,
    /// Cases per state at the end of the run.
    pub by_state: Vec<(State, u64)>,
}

/// Days of history the demo spreads cases over: 18 months.
const HISTORY_DAYS: i64 = 548;
/// Cases written per transaction: big enough to be fast, small enough that the WAL
/// does not grow to the size of the database.
const CHUNK: usize = 20_000;

const FIRST_NAMES: &[&str] = &[
    "Ana",
    "Ben",
    "Chloé",
    "David",
    "Élodie",
    "Farid",
    "Greta",
    "Hugo",
    "Inès",
    "Jakub",
    "Karin",
    "Liam",
    "María",
    "Noah",
    "Olivia",
    "Paweł",
    "Quentin",
    "Renée",
    "Sofia",
    "Tomás",
    "Uma",
    "Viktor",
    "Wen",
    "Ximena",
    "Yusuf",
    "Zoë",
    "Amelia",
    "Björn",
    "Carmen",
    "Dmitri",
    "Emma",
    "Francesca",
    "George",
    "Hannah",
    "Ivan",
    "Julia",
    "Kenji",
    "Lucía",
    "Mateo",
    "Nadia",
    "Oscar",
    "Priya",
    "Rafael",
    "Sara",
    "Theo",
    "Ursula",
    "Valentina",
    "William",
    "Aisha",
    "Bruno",
    "Clara",
    "Diego",
    "Eva",
    "Felix",
    "Gabriel",
    "Helena",
    "Isaac",
    "Jonas",
    "Laura",
    "Marco",
    "Nina",
    "Omar",
    "Pia",
    "Rosa",
    "Samuel",
    "Tara",
    "Victor",
    "Yara",
];
const LAST_NAMES: &[&str] = &[
    "Müller",
    "García",
    "O'Brien",
    "Nowak",
    "Rossi",
    "Dubois",
    "Smith",
    "Jones",
    "Kowalski",
    "Fernández",
    "Jensen",
    "Novák",
    "Papadopoulos",
    "Silva",
    "Martin",
    "Martínez",
    "Martins",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Hoffmann",
    "Moreau",
    "Lefèvre",
    "Laurent",
    "Bernard",
    "Petit",
    "Durand",
    "Leroy",
    "Brown",
    "Taylor",
    "Wilson",
    "Evans",
    "Thomas",
    "Johnson",
    "Roberts",
    "Walker",
    "Wright",
    "Robinson",
    "Thompson",
    "White",
    "Hughes",
    "Edwards",
    "Green",
    "Hall",
    "Wood",
    "Harris",
    "Lewis",
    "Clarke",
    "Jackson",
    "Young",
    "King",
    "Lee",
    "Patel",
    "Khan",
    "Ali",
    "Nguyen",
    "Tanaka",
    "Sato",
    "Kim",
    "Park",
    "Chen",
    "Wang",
    "Li",
    "Zhang",
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nielsen",
    "Hansen",
    "Larsen",
    "Virtanen",
    "Korhonen",
    "Horvat",
    "Kovač",
    "Popescu",
    "Ionescu",
    "Yılmaz",
    "Kaya",
    "Demir",
    "Novaković",
    "Ivanova",
    "Smirnov",
    "Bianchi",
    "Romano",
    "Colombo",
    "Ricci",
    "Marino",
    "Greco",
    "Bruno",
    "Gallo",
    "Conti",
    "De Luca",
];
const STREETS: &[&str] = &[
    "High Street",
    "Station Road",
    "Church Lane",
    "Mill Road",
    "Park Avenue",
    "Queen Street",
    "Bahnhofstraße",
    "Rue de la Paix",
    "Calle Mayor",
    "Via Roma",
    "Market Square",
    "Elm Grove",
    "Oak Drive",
    "Riverside Walk",
    "King's Road",
    "Victoria Terrace",
    "Harbour View",
];
const CITIES: &[(&str, &str)] = &[
    ("London", "+44 20"),
    ("Manchester", "+44 161"),
    ("Berlin", "+49 30"),
    ("Munich", "+49 89"),
    ("Paris", "+33 1"),
    ("Lyon", "+33 4"),
    ("Madrid", "+34 91"),
    ("Milan", "+39 02"),
    ("Warsaw", "+48 22"),
    ("Dublin", "+353 1"),
    ("Vienna", "+43 1"),
    ("Amsterdam", "+31 20"),
];
/// Models the policy lists, plus two it does not (the default period applies).
const EXTRA_MODELS: &[&str] = &["Lumen Cam 3", "Echo Speaker Mini"];
const FAULTS: &[(&str, Option<&str>)] = &[
    ("Does not switch on", None),
    ("Battery drains within hours", Some("battery")),
    ("Cracked screen after a fall", Some("screen")),
    ("Screen flickers", Some("screen")),
    ("Will not charge", Some("charging port")),
    ("Camera shows a black image", Some("camera module")),
    ("Keyboard keys stuck", Some("keyboard")),
    ("Random restarts", Some("motherboard")),
    ("Charger gets very hot", Some("charger")),
    ("No sound from the left side", None),
    ("Wi-Fi keeps disconnecting", None),
    ("Strap broke", Some("strap")),
    ("Stylus not detected", Some("stylus")),
    ("Liquid spilled on it", None),
    ("Stuck on the logo after an update", None),
];
const ACCESSORIES: &[&str] = &[
    "charger",
    "USB cable",
    "case",
    "stylus",
    "original box",
    "SIM tray pin",
];
const CARRIERS: &[&str] = &["DHL", "UPS", "DPD", "GLS", "Royal Mail"];
const DESK: &str = "ana (desk)";
const INSPECTOR: &str = "ben (inspection)";
const DISPATCH: &str = "chloe (dispatch)";

/// One case being simulated: the case, its events, and the instant of the last one.
struct Sim {
    case: Case,
    events: Vec<Event>,
    at: DateTime<Utc>,
    /// Nothing happens at or after this instant (the start of `today`).
    cutoff: DateTime<Utc>,
}

impl Sim {
    /// An instant `days` after the last event, in working hours and after it; `None` when
    /// that falls on or after today (the case stops where it stands).
    fn later(&self, rng: &mut StdRng, days: i64) -> Option<DateTime<Utc>> {
        let day = self.at.date_naive() + Duration::days(days.max(0));
        let start = day.and_hms_opt(8, 0, 0)?.and_utc();
        let mut at = start + Duration::seconds(rng.random_range(0..10 * 3600));
        if at <= self.at {
            at = self.at + Duration::seconds(rng.random_range(60..3600));
        }
        (at < self.cutoff).then_some(at)
    }

    /// [`Sim::later`] by a number of days drawn from `days`.
    fn later_in(&self, rng: &mut StdRng, days: std::ops::Range<i64>) -> Option<DateTime<Utc>> {
        let days = rng.random_range(days);
        self.later(rng, days)
    }

    /// Moves the case (checked against docs/rules.md §4) and records the event.
    fn step(
        &mut self,
        at: DateTime<Utc>,
        actor: &str,
        to: State,
        clause: &str,
        note: String,
    ) -> Result<()> {
        let from = self.case.state;
        if from != to {
            check_transition(from, to)
                .map_err(|err| StoreError::corrupt("the demo generator", err))?;
        }
        self.case.state = to;
        self.at = at;
        self.events.push(Event {
            at,
            desk: String::new(),
            actor: actor.to_string(),
            from: Some(from),
            to,
            clause: clause.to_string(),
            note,
            code: String::new(),
            args: Default::default(),
        });
        Ok(())
    }

    fn document(&mut self, kind: DocumentKind, actor: &str) {
        self.case.documents.push(PrintedDocument {
            kind,
            at: self.at,
            by: actor.to_string(),
            file: None,
            facts: Vec::new(),
            note: None,
        });
    }
}

fn working_time(rng: &mut StdRng, day: NaiveDate) -> DateTime<Utc> {
    let seconds = rng.random_range(8 * 3600..18 * 3600);
    day.and_hms_opt(0, 0, 0)
        .map(|t| t.and_utc() + Duration::seconds(seconds))
        .unwrap_or_default()
}

fn pick<'a, T>(rng: &mut StdRng, items: &'a [T]) -> &'a T {
    // Every list above is non-empty; the fallback only satisfies the type.
    items.choose(rng).unwrap_or(&items[0])
}

fn digits(rng: &mut StdRng, n: usize) -> String {
    (0..n)
        .map(|_| char::from(b'0' + rng.random_range(0..10)))
        .collect()
}

fn serial(rng: &mut StdRng, model: &str) -> String {
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

fn ascii_lower(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfd()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_lowercase()
}

struct People {
    models: Vec<String>,
    serials: Vec<(String, String)>,
}

impl People {
    fn customer(&self, rng: &mut StdRng) -> Customer {
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
    fn device(&mut self, rng: &mut StdRng) -> Device {
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
fn proof(rng: &mut StdRng, device: &Device, claim: NaiveDate) -> Proof {
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

fn handover(rng: &mut StdRng) -> Handover {
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

fn quote(rng: &mut StdRng, currency: &Currency, component: Option<&str>) -> Quote {
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

/// Everything after the device is taken in: diagnosis, quote or proof, repair, return.
fn after_receipt(
    sim: &mut Sim,
    rng: &mut StdRng,
    policy: &Policy,
    version: i64,
    currency: &Currency,
    packaging_bad: bool,
) -> Result<()> {
    let Some(at) = sim.later_in(rng, 0..4) else {
        return Ok(());
    };
    let cause = match rng.random_range(0..100) {
        0..70 => Cause::Manufacturing,
        70..82 => Cause::ManMade,
        82..90 => Cause::ImproperUse,
        90..94 => Cause::ForceMajeure,
        _ if packaging_bad => Cause::ImproperPackaging,
        _ => Cause::Manufacturing,
    };
    let method = match rng.random_range(0..10) {
        0..3 => RepairMethod::SoftwareUpdate,
        3..9 => RepairMethod::PartReplacement,
        _ => RepairMethod::UnitReplacement,
    };
    sim.case.diagnosis.cause = cause;
    sim.case.diagnosis.method = Some(method);
    sim.case.diagnosis.notes = "Fault confirmed on the bench.".into();
    record_decision(&mut sim.case, policy, version, at);
    let verdict = sim
        .case
        .decision
        .as_ref()
        .map_or(Verdict::NeedsProof, |d| d.decision.verdict);
    let note = format!(
        "Diagnosed: {}. {}",
        cause.label(),
        sim.case
            .decision
            .as_ref()
            .map(|d| verdict_note(&d.decision))
            .unwrap_or_default()
    );
    match verdict {
        Verdict::Free => {
            sim.step(at, INSPECTOR, State::InRepair, "1.4", note)?;
            repair_and_return(sim, rng)
        }
        Verdict::Ineligible => {
            sim.case.return_reason = Some(ReturnReason::Ineligible);
            sim.step(at, INSPECTOR, State::ToReturn, "1.2", note)?;
            hand_back(sim, rng)
        }
        Verdict::NeedsProof => {
            sim.case.asked_on = Some(at.date_naive());
            sim.step(
                at,
                INSPECTOR,
                State::AwaitingCustomer,
                "2.3",
                format!("{note} Proof asked for."),
            )?;
            if rng.random_bool(0.6) {
                let Some(at) = sim.later_in(rng, 1..14) else {
                    return Ok(());
                };
                let claim = sim.case.claim_date().unwrap_or(at.date_naive());
                sim.case.proof.channel = PurchaseChannel::Authorized;
                let bought = claim - Duration::days(rng.random_range(30..900));
                sim.case.proof.invoice = Some(Invoice {
                    date: Some(bought),
                    model: Some(sim.case.device.model.clone()),
                    serial: Some(sim.case.device.serial.clone()),
                    legible: true,
                    altered: false,
                });
                record_decision(&mut sim.case, policy, version, at);
                let verdict = sim
                    .case
                    .decision
                    .as_ref()
                    .map_or(Verdict::NeedsProof, |d| d.decision.verdict);
                let note = format!(
                    "Proof received. {}",
                    sim.case
                        .decision
                        .as_ref()
                        .map(|d| verdict_note(&d.decision))
                        .unwrap_or_default()
                );
                match verdict {
                    Verdict::Free => {
                        sim.case.asked_on = None;
                        sim.step(at, DESK, State::InRepair, "2.4", note)?;
                        repair_and_return(sim, rng)
                    }
                    Verdict::Paid => {
                        sim.step(at, DESK, State::AwaitingCustomer, "2.2", note)?;
                        quote_flow(sim, rng, currency)
                    }
                    _ => Ok(()),
                }
            } else {
                unanswered(sim, rng, ReturnReason::ProofNotGiven)
            }
        }
        Verdict::Paid => {
            sim.step(
                at,
                INSPECTOR,
                State::Received,
                "2.2",
                format!("{note} A quote must be sent and accepted before any work."),
            )?;
            quote_flow(sim, rng, currency)
        }
    }
}

/// 2.3: no answer within the answer days; the desk sends the device back a few days on.
fn unanswered(sim: &mut Sim, rng: &mut StdRng, reason: ReturnReason) -> Result<()> {
    let Some(asked) = sim.case.asked_on else {
        return Ok(());
    };
    let due = lifecycle::answer_due(asked, DEFAULT_ANSWER_DAYS);
    let wait = (due - sim.at.date_naive()).num_days() + rng.random_range(1..8);
    let Some(at) = sim.later(rng, wait) else {
        return Ok(());
    };
    if !lifecycle::answer_overdue(asked, DEFAULT_ANSWER_DAYS, at.date_naive()) {
        return Ok(());
    }
    sim.case.return_reason = Some(reason);
    sim.step(
        at,
        DESK,
        State::ToReturn,
        "2.3",
        format!("No answer by {due}: the device goes back unrepaired."),
    )?;
    hand_back(sim, rng)
}

/// 2.2, 2.6: quote sent, then accepted and paid (or not), declined or unanswered.
fn quote_flow(sim: &mut Sim, rng: &mut StdRng, currency: &Currency) -> Result<()> {
    let Some(at) = sim.later_in(rng, 0..3) else {
        return Ok(());
    };
    let quote = quote(rng, currency, sim.case.diagnosis.component.as_deref());
    let total = quote
        .total()
        .map_err(|err| StoreError::corrupt("a demo quote", err))?;
    sim.case.quote = Some(quote);
    sim.case.asked_on = Some(at.date_naive());
    sim.step(
        at,
        INSPECTOR,
        State::AwaitingCustomer,
        "2.2",
        format!("Quote sent: {total}."),
    )?;
    sim.document(DocumentKind::Quote, INSPECTOR);
    match rng.random_range(0..100) {
        0..55 => {
            let Some(at) = sim.later_in(rng, 1..12) else {
                return Ok(());
            };
            let notice = at.date_naive();
            sim.case.payment_notice_on = Some(notice);
            let due = lifecycle::payment_due(notice);
            sim.step(
                at,
                DESK,
                State::AwaitingPayment,
                "2.6",
                format!("Quote accepted. Payment due by {due} (2.6)."),
            )?;
            if rng.random_bool(0.8) {
                let Some(at) = sim.later_in(rng, 0..25) else {
                    return Ok(());
                };
                let method = pick(rng, &["card", "cash", "bank transfer"]).to_string();
                sim.case.payments.push(Payment {
                    amount: total.clone(),
                    paid_on: at.date_naive(),
                    method: method.clone(),
                });
                sim.step(
                    at,
                    DESK,
                    State::InRepair,
                    "2.6",
                    format!("Paid {total} ({method}): the repair can start."),
                )?;
                repair_and_return(sim, rng)
            } else {
                let wait = (due - notice).num_days() + rng.random_range(1..12);
                let Some(at) = sim.later(rng, wait) else {
                    return Ok(());
                };
                if !lifecycle::payment_overdue(notice, at.date_naive()) {
                    return Ok(());
                }
                sim.case.return_reason = Some(ReturnReason::PaymentOverdue);
                sim.step(
                    at,
                    DESK,
                    State::ToReturn,
                    "2.6",
                    format!("Payment not received by {due}: the device goes back unrepaired."),
                )?;
                hand_back(sim, rng)
            }
        }
        55..85 => {
            let Some(at) = sim.later_in(rng, 1..12) else {
                return Ok(());
            };
            sim.case.return_reason = Some(ReturnReason::QuoteDeclined);
            sim.step(
                at,
                DESK,
                State::ToReturn,
                "2.2",
                "Quote declined: the device goes back unrepaired.".into(),
            )?;
            hand_back(sim, rng)
        }
        _ => unanswered(sim, rng, ReturnReason::QuoteDeclined),
    }
}

/// 2.5: repaired (a whole-unit replacement gets a new serial), then handed back.
fn repair_and_return(sim: &mut Sim, rng: &mut StdRng) -> Result<()> {
    let Some(at) = sim.later_in(rng, 1..10) else {
        return Ok(());
    };
    let note = if sim.case.diagnosis.method == Some(RepairMethod::UnitReplacement) {
        let replacement = serial(rng, &sim.case.device.model);
        let note = format!("Repaired: replaced by unit {replacement}.");
        sim.case.replacement_serial = Some(replacement);
        note
    } else {
        "Repaired.".to_string()
    };
    sim.case.return_reason = Some(ReturnReason::Repaired);
    sim.step(at, INSPECTOR, State::Ready, "2.5", note)?;
    hand_back(sim, rng)
}

/// Shipped back freight prepaid (2.1) or collected; the password note goes (3.2, 3.7).
fn hand_back(sim: &mut Sim, rng: &mut StdRng) -> Result<()> {
    let Some(at) = sim.later_in(rng, 0..6) else {
        return Ok(());
    };
    let had_password = sim.case.handover.password_note.take().is_some();
    let (handback, mut note) = if sim.case.arrival == Arrival::WalkIn && !sim.case.unsolicited {
        (
            Handback::Collected {
                by: sim.case.customer.name.clone(),
                id_checked: true,
            },
            "Collected at the counter, ID checked.".to_string(),
        )
    } else {
        let carrier = pick(rng, CARRIERS).to_string();
        let tracking = format!("{}{}", &carrier[..1], digits(rng, 11));
        let note = format!(
            "Shipped back with {carrier}, tracking {tracking}, freight prepaid by the service center."
        );
        (Handback::Shipped { carrier, tracking }, note)
    };
    if had_password {
        note.push_str(" The password note was removed (3.2, 3.7).");
    }
    sim.case.handback = Some(handback);
    sim.step(at, DISPATCH, State::Returned, "2.1", note)?;
    if matches!(sim.case.handback, Some(Handback::Shipped { .. })) {
        sim.document(DocumentKind::Label, DISPATCH);
    }
    Ok(())
}

/// Simulates one case opened on `opened`.
#[allow(clippy::too_many_arguments)]
fn simulate(
    rng: &mut StdRng,
    people: &mut People,
    policy: &Policy,
    version: i64,
    currency: &Currency,
    opened: NaiveDate,
    cutoff: DateTime<Utc>,
    number: CaseNumber,
) -> Result<Case> {
    let customer = people.customer(rng);
    let device = people.device(rng);
    let (fault, component) = *pick(rng, FAULTS);
    let roll = rng.random_range(0..1000);
    let arrival = if roll < 450 {
        Arrival::WalkIn
    } else {
        Arrival::MailIn
    };
    let keep_parts = rng.random_bool(0.3);
    // Built the way the desk builds a new case, so the demo's cases start alike.
    let new = NewCase {
        arrival,
        application_id: None,
        applied_on: None,
        received_on: None,
        customer,
        device,
        proof: Proof::default(),
        fault: fault.to_string(),
        component: component.map(str::to_string),
        handover: Handover::default(),
        keep_parts,
    };
    let mut case = Case::from_new(&new, number, State::Received);
    case.proof = proof(rng, &case.device, opened);
    let at = working_time(rng, opened);
    let mut sim = Sim {
        case,
        events: Vec::new(),
        at,
        cutoff,
    };

    // Parcels with no application: 3% accepted as unsolicited (4.3), 1% refused at the door.
    if (960..1000).contains(&roll) {
        let refused = roll >= 990;
        let check = ParcelCheck {
            application: ApplicationStatus::None,
            cash_on_delivery: refused && rng.random_bool(0.5),
            package_damaged: refused,
            soaked: false,
            packaging_adequate: rng.random_bool(0.9),
        };
        let decision = parcel::check(&check);
        let to = if decision.outcome.takes_in() {
            State::Received
        } else {
            State::Rejected
        };
        sim.case.received_on = Some(opened);
        sim.case.parcel = Some(ParcelRecord {
            received_on: opened,
            check,
            outcome: decision.outcome,
            serial_found: None,
        });
        sim.case.state = to;
        if to == State::Received {
            sim.case.unsolicited = true;
            sim.case.handover = handover(rng);
            record_decision(&mut sim.case, policy, version, at);
        }
        sim.events.push(Event {
            at,
            desk: String::new(),
            actor: INSPECTOR.into(),
            from: None,
            to,
            clause: decision.clause.into(),
            note: decision.text.clone(),
            code: String::new(),
            args: Default::default(),
        });
        if to == State::Received {
            sim.document(DocumentKind::Receipt, INSPECTOR);
            after_receipt(
                &mut sim,
                rng,
                policy,
                version,
                currency,
                !check.packaging_adequate,
            )?;
        }
        return Ok(sim.case_with_events());
    }

    match arrival {
        Arrival::WalkIn => {
            sim.case.received_on = Some(opened);
            sim.case.handover = handover(rng);
            sim.case.state = State::Received;
            record_decision(&mut sim.case, policy, version, at);
            let note = format!(
                "Device received at the desk. {}",
                sim.case
                    .decision
                    .as_ref()
                    .map(|d| verdict_note(&d.decision))
                    .unwrap_or_default()
            );
            sim.events.push(Event {
                at,
                desk: String::new(),
                actor: DESK.into(),
                from: None,
                to: State::Received,
                clause: "1.1".into(),
                note,
                code: String::new(),
                args: Default::default(),
            });
            sim.document(DocumentKind::Receipt, DESK);
            after_receipt(&mut sim, rng, policy, version, currency, false)?;
        }
        Arrival::MailIn => {
            let application_id = format!("WEB-{}", &sim.case.number.as_str()[3..]);
            sim.case.application_id = Some(application_id.clone());
            sim.case.applied_on = Some(opened);
            sim.case.state = State::Applied;
            record_decision(&mut sim.case, policy, version, at);
            let note = format!(
                "Online application {application_id} accepted. {}",
                sim.case
                    .decision
                    .as_ref()
                    .map(|d| verdict_note(&d.decision))
                    .unwrap_or_default()
            );
            sim.events.push(Event {
                at,
                desk: String::new(),
                actor: DESK.into(),
                from: None,
                to: State::Applied,
                clause: "1.1".into(),
                note,
                code: String::new(),
                args: Default::default(),
            });
            sim.document(DocumentKind::Confirmation, DESK);
            let closes = lifecycle::application_closes(opened);
            match rng.random_range(0..100) {
                0..3 => {
                    if let Some(at) = sim.later_in(rng, 1..5) {
                        sim.step(
                            at,
                            DESK,
                            State::ResolvedRemotely,
                            "4.1",
                            "Resolved remotely: a software update fixed it.".into(),
                        )?;
                    }
                }
                3..15 => {
                    // No parcel: the desk expires the application a few days after it closes.
                    let wait = (closes - opened).num_days() + rng.random_range(1..8);
                    if let Some(at) = sim.later(rng, wait)
                        && lifecycle::application_expired(opened, at.date_naive())
                    {
                        sim.step(at, DESK, State::Expired, "4.2", format!("No parcel arrived by {closes}: the application expired; the customer must apply again."))?;
                    }
                }
                _ => {
                    let Some(at) = sim.later_in(rng, 1..12) else {
                        return Ok(sim.case_with_events());
                    };
                    let bad = rng.random_range(0..100);
                    let check = ParcelCheck {
                        application: ApplicationStatus::Open,
                        cash_on_delivery: bad < 2,
                        package_damaged: (2..4).contains(&bad),
                        soaked: bad == 4,
                        packaging_adequate: bad >= 10,
                    };
                    let decision = parcel::check(&check);
                    sim.case.parcel = Some(ParcelRecord {
                        received_on: at.date_naive(),
                        check,
                        outcome: decision.outcome,
                        serial_found: None,
                    });
                    if decision.outcome == ParcelOutcome::Accept {
                        sim.case.received_on = Some(at.date_naive());
                        sim.case.handover = handover(rng);
                        sim.step(
                            at,
                            INSPECTOR,
                            State::Received,
                            decision.clause,
                            decision.text.clone(),
                        )?;
                        sim.document(DocumentKind::Receipt, INSPECTOR);
                        after_receipt(
                            &mut sim,
                            rng,
                            policy,
                            version,
                            currency,
                            !check.packaging_adequate,
                        )?;
                    } else {
                        sim.step(
                            at,
                            INSPECTOR,
                            State::Rejected,
                            decision.clause,
                            decision.text.clone(),
                        )?;
                    }
                }
            }
        }
    }
    Ok(sim.case_with_events())
}

impl Sim {
    fn case_with_events(self) -> Case {
        let mut case = self.case;
        case.events = self.events;
        case
    }
}

/// Drops the indexes and insert triggers of the case tables (inside the caller's
/// transaction) and returns their SQL to recreate them.
fn drop_derived(conn: &rusqlite::Connection) -> Result<Vec<(String, String, String)>> {
    let mut stmt = conn.prepare(
        "SELECT type, name, sql FROM sqlite_schema
         WHERE sql IS NOT NULL
           AND tbl_name IN ('cases', 'events', 'documents', 'payments')
           AND (type = 'index' OR name = 'cases_tally_insert')",
    )?;
    let derived: Vec<(String, String, String)> = stmt
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    drop(stmt);
    for (kind, name, _) in &derived {
        let kind = if kind == "index" { "INDEX" } else { "TRIGGER" };
        conn.execute_batch(&format!("DROP {kind} \"{name}\";"))?;
    }
    Ok(derived)
}

/// Recreates what [`drop_derived`] dropped, fills the search keys in key order from the
/// staging table, and brings the state counters up to date (the demo's cases are not
/// real ones, so the count of real cases stays as it was).
fn restore_derived(
    conn: &rusqlite::Connection,
    derived: &[(String, String, String)],
) -> Result<()> {
    for (_, _, sql) in derived {
        conn.execute_batch(sql)?;
    }
    fill_search_keys_from_staging(conn)?;
    conn.execute_batch(
        "DELETE FROM tallies WHERE name GLOB 'state *';
         INSERT INTO tallies (name, value)
             SELECT 'state ' || state, count(*) FROM cases GROUP BY state;",
    )?;
    Ok(())
}

/// One simulated case, encoded and ready to write.
struct Prepared {
    case: Case,
    row: NewRow,
}

impl SqliteStore {
    /// Writes `cases` demo cases opened over the 18 months before `today`,
    /// calling `progress` with the count done. Refuses a database holding real cases
    /// unless `force`.
    ///
    /// Two threads: one simulates and encodes the cases (in order, from the seed, so the
    /// data is the same every time), the other writes them and extends the hash chain.
    /// Case numbers continue from those handed out when the run starts.
    pub fn demo(
        &mut self,
        cases: usize,
        seed: u64,
        today: NaiveDate,
        force: bool,
        progress: &mut dyn FnMut(usize),
    ) -> Result<DemoReport> {
        if !force {
            let real = self.real_case_count()?;
            if real > 0 {
                return Err(StoreError::RealCases(real));
            }
        }
        let (version, policy) = self.policy()?;
        let fresh: bool =
            self.conn
                .query_row("SELECT NOT EXISTS (SELECT 1 FROM cases)", [], |row| {
                    row.get(0)
                })?;
        let cutoff = today
            .and_hms_opt(0, 0, 0)
            .map(|t| t.and_utc())
            .ok_or_else(|| StoreError::invalid("today", "is not a day"))?;
        let mut counters: HashMap<i32, i64> = HashMap::new();
        {
            let mut stmt = self.conn.prepare(
                "SELECT CAST(substr(name, 6) AS INTEGER), value FROM tallies
                 WHERE name GLOB 'year *'",
            )?;
            let mut rows = stmt.query([])?;
            while let Some(row) = rows.next()? {
                counters.insert(row.get(0)?, row.get(1)?);
            }
        }

        // A bulk load: more cache while it runs, back to normal afterwards. Into an empty
        // database the one big transaction goes through a rollback journal instead of
        // the WAL: new pages are then written once, not to the WAL and again at the
        // checkpoint, and a crash still rolls the whole load back. If another
        // connection is open the mode cannot change, and the WAL serves as usual.
        self.conn.execute_batch("PRAGMA cache_size = -1000000;")?;
        let journal_switched = fresh
            && self
                .conn
                .pragma_update_and_check(None, "journal_mode", "DELETE", |row| {
                    row.get::<_, String>(0)
                })
                .is_ok_and(|mode| mode.eq_ignore_ascii_case("delete"));
        let (sender, receiver) = std::sync::mpsc::sync_channel::<Result<Prepared>>(2048);
        let result = std::thread::scope(|scope| {
            let policy = &policy;
            let mut numbers = counters.clone();
            scope.spawn(move || {
                let mut rng = StdRng::seed_from_u64(seed);
                let mut models: Vec<String> = policy.models.keys().cloned().collect();
                models.extend(EXTRA_MODELS.iter().map(|m| m.to_string()));
                let mut people = People {
                    models,
                    serials: Vec::new(),
                };
                let mut opened: Vec<NaiveDate> = (0..cases)
                    .map(|_| today - Duration::days(rng.random_range(1..=HISTORY_DAYS)))
                    .collect();
                opened.sort_unstable();
                let currency = Currency::default();
                for day in opened {
                    let sequence = numbers.entry(day.year()).or_insert(0);
                    *sequence += 1;
                    let number =
                        CaseNumber::new(day.year(), u32::try_from(*sequence).unwrap_or(u32::MAX));
                    let prepared = simulate(
                        &mut rng,
                        &mut people,
                        policy,
                        version,
                        &currency,
                        day,
                        cutoff,
                        number,
                    )
                    .and_then(|case| {
                        let created = case.events.first().map_or(0, |e| codec::micros(e.at));
                        let last = case.events.last().map_or(created, |e| codec::micros(e.at));
                        let row = new_row(&case, created, last, true)?;
                        Ok(Prepared { case, row })
                    });
                    let failed = prepared.is_err();
                    // The writer stopped (an error): stop making cases.
                    if sender.send(prepared).is_err() || failed {
                        break;
                    }
                }
            });
            self.write_demo(cases, fresh, receiver, progress)
        });
        self.conn.execute_batch("PRAGMA cache_size = -65536;")?;
        if journal_switched {
            let mode: String =
                self.conn
                    .pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))?;
            if !mode.eq_ignore_ascii_case("wal") {
                return Err(StoreError::corrupt("the journal mode", mode));
            }
        }
        let events = result?;
        Ok(DemoReport {
            cases,
            events,
            by_state: self.state_counts()?,
        })
    }

    /// Writes the prepared cases in transactions of [`CHUNK`] cases; into an empty
    /// database, in one transaction with the indexes and the insert triggers dropped
    /// first and rebuilt at the end (sorting once is far faster than a million random
    /// index inserts), so a crash leaves the database as empty as it was.
    fn write_demo(
        &mut self,
        cases: usize,
        fresh: bool,
        receiver: std::sync::mpsc::Receiver<Result<Prepared>>,
        progress: &mut dyn FnMut(usize),
    ) -> Result<u64> {
        let mut events = 0_u64;
        let mut done = 0;
        let mut incoming = receiver.into_iter();
        while done < cases {
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)?;
            // Into an empty database the search keys are staged and sorted once at the
            // end, like the indexes: a million cases' keys inserted in key order instead
            // of six million inserts at random places.
            let derived = if fresh {
                tx.execute_batch(
                    "CREATE TEMP TABLE IF NOT EXISTS search_keys_staging
                         (key TEXT NOT NULL, case_id INTEGER NOT NULL);
                     DELETE FROM temp.search_keys_staging;",
                )?;
                drop_derived(&tx)?
            } else {
                Vec::new()
            };
            let keys = if fresh {
                KeysInto::Staging
            } else {
                KeysInto::Index
            };
            let chunk = if fresh { usize::MAX } else { CHUNK };
            let (mut last_id, last_hash) = chain_end(&tx)?;
            let mut last_hash: [u8; 32] = last_hash
                .try_into()
                .map_err(|_| StoreError::corrupt("the newest event", "its hash is not 32 bytes"))?;
            let mut counters: HashMap<i32, i64> = HashMap::new();
            let mut in_chunk = 0;
            while in_chunk < chunk && done < cases {
                let Some(prepared) = incoming.next() else {
                    return Err(StoreError::corrupt(
                        "the demo generator",
                        "it stopped early",
                    ));
                };
                let Prepared { case, row } = prepared?;
                let id = insert_row(&tx, &row, keys)?;
                for event in &case.events {
                    let (id, hash) = append_event(&tx, (last_id, &last_hash), id, event)?;
                    last_id = id;
                    last_hash = hash;
                }
                events += case.events.len() as u64;
                let mut payment = tx.prepare_cached(
                    "INSERT INTO payments (case_id, minor, currency, paid_on, method) VALUES (?1, ?2, ?3, ?4, ?5)",
                )?;
                for p in &case.payments {
                    payment.execute(rusqlite::params![
                        id,
                        p.amount.minor,
                        p.amount.currency.code(),
                        codec::date_text(p.paid_on),
                        p.method
                    ])?;
                }
                let mut document = tx.prepare_cached(
                    "INSERT INTO documents (case_id, kind, at, actor) VALUES (?1, ?2, ?3, ?4)",
                )?;
                for d in &case.documents {
                    document.execute(rusqlite::params![
                        id,
                        d.kind.as_str(),
                        codec::micros(d.at),
                        d.by
                    ])?;
                }
                let year = case.number.year();
                let sequence = i64::from(case.number.sequence());
                let slot = counters.entry(year).or_insert(sequence);
                *slot = (*slot).max(sequence);
                done += 1;
                in_chunk += 1;
                if done % 5000 == 0 {
                    progress(done);
                }
            }
            for (year, last) in &counters {
                tx.execute(
                    "INSERT INTO tallies (name, value) VALUES (?1, ?2)
                     ON CONFLICT (name) DO UPDATE SET value = max(value, excluded.value)",
                    rusqlite::params![year_tally(*year), last],
                )?;
            }
            if last_id > 0 {
                set_chain_head(&tx, last_id, &last_hash)?;
            }
            if fresh {
                restore_derived(&tx, &derived)?;
            }
            // The demo's keys went straight to `search_keys`: fold any real case's that
            // wait and move the mark past the demo's, so searches skip them.
            super::fold::fold_recent(&tx)?;
            tx.commit()?;
        }
        progress(done);
        Ok(events)
    }
}
