//! What the tests of the documents and the report (and their bench) share: cases built
//! by hand — realistic ones for the documents here, a busy month for the report in
//! [`march`] — and, in `pdf`, the tools that read a PDF back (its text, where its words
//! sit, its barcodes), all in Rust, so `cargo test` needs nothing else installed.
//!
//! Each test binary uses part of this module.
#![allow(dead_code)]

pub mod march;
mod pdf;
#[allow(unused_imports)] // the bench and the report's figures read no PDF
pub use pdf::*;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use fixdesk::domain::case::{
    Arrival, Case, CaseNumber, Customer, Device, Diagnosis, Handover, NewCase, PasswordStatus,
    Payment, Proof, RecordedDecision, ReturnReason,
};
use fixdesk::domain::settings::{Center, Paper, Settings};
use fixdesk::domain::warranty::{Cause, Invoice, PurchaseChannel};
use fixdesk::domain::{Currency, Decision, Event, Money, Policy, State, Verdict, decide};

/// The sheets' sizes and the documents' margins on them, in points: 15 mm left and
/// right, 14 mm top and bottom.
pub const A4: (f32, f32) = (595.276, 841.89);
pub const LETTER: (f32, f32) = (612.0, 792.0);
pub const SIDE: f32 = 15.0 * 72.0 / 25.4;
pub const TOP: f32 = 14.0 * 72.0 / 25.4;

pub const PASSWORD_NOTE: &str = "unlock pattern L-shape 7-4-1-2-3, PIN 482913";
pub const EMAIL: &str = "zoe.lm@example.org";
pub const FAULT: &str = "Switches itself off below about 30 % battery, even on the charger.";

/// Whether the Chinese font (Noto Sans CJK SC, Debian's `fonts-noto-cjk`) is on this
/// machine. A Chinese paper needs it: outside CI a test of one is skipped without it,
/// saying why, so `cargo test` passes on a machine with only Rust; CI installs the font,
/// and there its absence fails.
pub fn chinese_font() -> bool {
    match fixdesk::documents::fonts::cjk(fixdesk::documents::fonts::Weight::Regular) {
        Ok(_) => true,
        Err(why) if std::env::var_os("CI").is_some() => {
            panic!("CI installs fonts-noto-cjk, but the Chinese font is missing: {why}")
        }
        Err(why) => {
            eprintln!(
                "skipped: no Chinese font on this machine ({why}); apt-get install fonts-noto-cjk"
            );
            false
        }
    }
}

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

pub fn printed_at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 2, 10, 42, 0)
        .single()
        .unwrap_or_default()
}

pub fn settings(paper: Paper) -> Settings {
    Settings {
        center: Center {
            name: "Northside Device Repair".into(),
            address: "Unit 4, Harbour Trade Park\n14 Harbour Street\nLeeds LS1 4AB\nUnited Kingdom"
                .into(),
            phone: "+44 113 496 0000".into(),
            email: "service@northside-repair.example".into(),
            ..Center::default()
        },
        paper,
        ..Settings::default()
    }
}

/// A walk-in case received on 2 March 2026: valid invoice, provisional free repair, the
/// password told to the inspector (so a note is on file that must never be printed).
pub fn walk_in() -> Case {
    let new = NewCase {
        arrival: Arrival::WalkIn,
        application_id: None,
        applied_on: None,
        received_on: Some(date(2026, 3, 2)),
        customer: Customer {
            name: "Zoë Łukasiewicz-Müller".into(),
            phone: "+44 7700 900123".into(),
            email: Some(EMAIL.into()),
            address: "Flat 4, 27 Wellington Road\nHeadingley\nLeeds LS6 3DF".into(),
            return_address: None,
            language: Default::default(),
        },
        device: Device {
            model: "Aurora X200".into(),
            serial: "SN-4471-0093-AX".into(),
        },
        proof: Proof {
            channel: PurchaseChannel::Authorized,
            invoice: Some(Invoice {
                date: Some(date(2025, 6, 1)),
                model: Some("Aurora X200".into()),
                serial: Some("SN44710093AX".into()),
                legible: true,
                altered: false,
            }),
            shipment_date: Some(date(2025, 5, 20)),
            delivery_date: Some(date(2025, 5, 28)),
            contract_months: None,
        },
        fault: FAULT.into(),
        component: None,
        handover: Handover {
            accessories: vec!["Charger, 20 W USB-C".into(), "Stylus".into()],
            condition: "Scratch on the back cover; lower left corner dented.".into(),
            password: PasswordStatus::ToldToInspector,
            password_note: Some(PASSWORD_NOTE.into()),
            backup_acknowledged: true,
            accuracy_confirmed: true,
        },
        keep_parts: false,
    };
    let mut case = Case::from_new(&new, CaseNumber::new(2026, 123), State::Received);
    decide_now(&mut case);
    case
}

/// Runs the warranty decision on the case's facts and records it, as the desk does.
pub fn decide_now(case: &mut Case) {
    if let Some(facts) = case.facts() {
        case.decision = Some(RecordedDecision {
            decision: decide(&Policy::shipped(), &facts),
            policy_version: 1,
            decided_at: printed_at(),
        });
    }
}

/// A mail-in application accepted on 2 March 2026, waiting for its parcel.
pub fn mail_in() -> Case {
    let mut case = walk_in();
    case.number = CaseNumber::new(2026, 124);
    case.arrival = Arrival::MailIn;
    case.state = State::Applied;
    case.application_id = Some("APP-88231".into());
    case.applied_on = Some(date(2026, 3, 2));
    case.received_on = None;
    case.customer = Customer {
        name: "Кирилл Соколов".into(),
        phone: "+7 912 345-67-89".into(),
        email: Some("kirill@example.ru".into()),
        address: "ул. Ленина, д. 5, кв. 12\nЕкатеринбург 620014\nRussia".into(),
        return_address: None,
        language: Default::default(),
    };
    case.handover = Handover::default();
    decide_now(&mut case);
    case
}

/// A paid repair by part replacement, the customer having asked to keep the parts, with
/// a return address that differs from the customer's.
pub fn paid_repair_to_return() -> Case {
    let mut case = walk_in();
    case.number = CaseNumber::new(2026, 131);
    case.state = State::Ready;
    case.proof.invoice = None;
    case.proof.shipment_date = Some(date(2023, 1, 10));
    case.keep_parts = true;
    case.diagnosis = Diagnosis {
        cause: Cause::ManMade,
        component: Some("display".into()),
        method: Some(fixdesk::domain::RepairMethod::PartReplacement),
        notes: "Cracked panel".into(),
    };
    case.customer.return_address =
        Some("Łukasiewicz-Müller, c/o Westgate Dental Practice\n3 Park Row\nLeeds LS1 5HD".into());
    decide_now(&mut case);
    case
}

/// The paid repair of [`paid_repair_to_return`] at the quote stage: quoted on 2 March
/// 2026 (parts and labour in EUR, 228.50 in all), waiting for the customer's answer.
pub fn quoted() -> Case {
    use fixdesk::domain::repair::{LineKind, Quote, QuoteLine};
    use fixdesk::domain::{Currency, Money};
    let mut case = paid_repair_to_return();
    case.state = State::AwaitingCustomer;
    case.asked_on = Some(date(2026, 3, 2));
    let eur = Currency::new("EUR").unwrap_or_default();
    let line = |kind, description: &str, minor| QuoteLine {
        kind,
        description: description.into(),
        amount: Money::new(minor, eur.clone()),
    };
    case.quote = Some(Quote {
        currency: eur.clone(),
        lines: vec![
            line(LineKind::Parts, "Display assembly, OLED 6.1 in", 18_900),
            line(LineKind::Parts, "Adhesive seal kit", 450),
            line(
                LineKind::Labour,
                "Fitting and calibration, 45 minutes",
                3_500,
            ),
        ],
    });
    case
}

/// `text` (a document's text) says `expected`.
pub fn has(text: &str, expected: &str) {
    assert!(
        text.contains(expected),
        "{expected:?} not in the document:\n{text}"
    );
}

pub fn long_text(words: usize) -> String {
    let base = "The screen flickers after a fall from the kitchen table and the charging port \
                only works when the cable is held at an angle; Bluetooth headphones disconnect \
                every few minutes and the fingerprint reader rejects enrolled fingers.";
    let mut out: Vec<&str> = base.split(' ').cycle().take(words).collect();
    out.push("ENDOFFAULT");
    out.join(" ")
}

// ---- plain builders, for cases written out field by field ----

pub fn at(text: &str) -> DateTime<Utc> {
    text.parse().expect("test timestamp")
}

pub fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("test date")
}

pub fn event(at: DateTime<Utc>, from: Option<State>, to: State, clause: &str) -> Event {
    Event {
        at,
        actor: "desk".to_string(),
        from,
        to,
        clause: clause.to_string(),
        note: String::new(),
        desk: String::new(),
        code: String::new(),
        args: Default::default(),
    }
}

pub fn ev(when: &str, from: Option<State>, to: State, clause: &str) -> Event {
    event(at(when), from, to, clause)
}

pub fn money(minor: i64, code: &str) -> Money {
    Money::new(minor, Currency::new(code).expect("currency"))
}

pub fn paid(minor: i64, code: &str, on: &str) -> Payment {
    Payment {
        amount: money(minor, code),
        paid_on: d(on),
        method: "card".to_string(),
    }
}

/// A recorded decision with only its verdict, taken at `at`.
pub fn decision(
    verdict: Verdict,
    provisional: bool,
    at: DateTime<Utc>,
) -> Option<RecordedDecision> {
    Some(RecordedDecision {
        decision: Decision {
            verdict,
            provisional,
            invoice_valid: None,
            warranty_start: None,
            start_basis: None,
            warranty_months: None,
            warranty_last_day: None,
            in_warranty: None,
            reasons: Vec::new(),
        },
        policy_version: 1,
        decided_at: at,
    })
}

/// [`decision`] on 1 March 2026.
pub fn decided(verdict: Verdict, provisional: bool) -> Option<RecordedDecision> {
    decision(verdict, provisional, at("2026-03-01T00:00:00Z"))
}

/// The customer of case `seq`: every field distinctive and searchable.
pub fn customer(seq: u32) -> Customer {
    Customer {
        name: format!("Zoë Kowalczyk-{seq:02}"),
        phone: format!("+44 7700 9{seq:05}"),
        email: Some(format!("zoe{seq:02}@example.org")),
        address: format!("{seq} Privet Drive, Little Whinging"),
        return_address: Some(format!("Flat {seq}, 4 Grimmauld Place")),
        language: Default::default(),
    }
}

/// A bare case `SC-2026-<seq>`, received: no date, no events, no decision, no parcel.
/// The tests fill in what they need.
pub fn bare(seq: u32, arrival: Arrival, model: &str) -> Case {
    let new = NewCase {
        arrival,
        application_id: None,
        applied_on: None,
        received_on: None,
        customer: customer(seq),
        device: Device {
            model: model.to_string(),
            serial: format!("SN-{seq:04}"),
        },
        proof: Proof::default(),
        fault: "Does not switch on".to_string(),
        component: None,
        handover: Handover::default(),
        keep_parts: false,
    };
    Case::from_new(&new, CaseNumber::new(2026, seq), State::Received)
}

/// The quoted paid repair, accepted, paid in two parts and repaired.
pub fn paid_and_repaired() -> Case {
    let mut case = quoted();
    case.state = State::Ready;
    case.payment_notice_on = Some(date(2026, 3, 3));
    let eur = Currency::new("EUR").expect("EUR");
    case.payments = vec![
        Payment {
            amount: Money::new(10_000, eur.clone()),
            paid_on: date(2026, 3, 4),
            method: "Card".into(),
        },
        Payment {
            amount: Money::new(12_850, eur),
            paid_on: date(2026, 3, 6),
            method: "Bank transfer".into(),
        },
    ];
    case.return_reason = Some(ReturnReason::Repaired);
    case
}
