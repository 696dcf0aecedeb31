//! Benchmarks of the documents.
//!
//! `cargo bench --bench documents`
//!
//! The monthly report (docs/rules.md §7): the figures of a month with 20,000 cases, and the
//! PDF made from them. The store's `cases_for_report` query is to be added here once the
//! store has landed, so the whole "export the report" path is measured.

use std::hint::black_box;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use criterion::{Criterion, criterion_group, criterion_main};

use fixdesk::documents::monthly_report::monthly_report;
use fixdesk::domain::case::ParcelRecord;
use fixdesk::domain::parcel::{ApplicationStatus, ParcelCheck};
use fixdesk::domain::repair::{LineKind, Quote, QuoteLine};
use fixdesk::domain::settings::{Center, Paper};
use fixdesk::domain::{
    Arrival, Case, Currency, Money, ParcelOutcome, Payment, ReturnReason, State, Verdict,
};
use fixdesk::report::{Month, monthly_of_cases};

// The cases of the document and report tests.
#[path = "../tests/documents_support/mod.rs"]
mod documents_support;
use documents_support::{bare, decision, event};

/// Cases in the benchmarked month: a large center's busiest month, several times over.
const CASES: u32 = 20_000;

const MODELS: [&str; 12] = [
    "X200", "X300", "Z1", "Z2", "A5", "A7", "Pro 14", "Pro 16", "B2", "Tab 8", "Tab 10", "Watch S",
];
const COMPONENTS: [&str; 8] = [
    "battery",
    "screen",
    "charging port",
    "mainboard",
    "camera",
    "speaker",
    "keyboard",
    "fan",
];

/// A small deterministic generator (no `rand` needed for a benchmark's data).
struct Dice(u64);

impl Dice {
    fn roll(&mut self, sides: u64) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % sides.max(1)
    }
}

/// `CASES` cases opened in `month`, each walked along a realistic path: a third mail-in
/// (some refused, rejected or expired at the door), verdicts in the usual proportions,
/// paid repairs quoted, accepted and paid, devices returned. Customers have names,
/// phones and addresses, as real cases do.
fn synthetic_month(month: Month) -> Vec<Case> {
    let eur = Currency::new("EUR").unwrap_or_default();
    let mut dice = Dice(0x5eed_f1d0_2026_0003);
    let start = month
        .first_day()
        .and_hms_opt(8, 0, 0)
        .map(|t| t.and_utc())
        .unwrap_or_default();
    let days = u64::from(month.days());
    (0..CASES)
        .map(|seq| {
            let opened = start
                + Duration::days(dice.roll(days) as i64)
                + Duration::minutes(dice.roll(600) as i64);
            let day = |offset: i64| opened + Duration::days(offset);
            let date = |at: DateTime<Utc>| at.date_naive();
            let arrival = if dice.roll(3) == 0 {
                Arrival::MailIn
            } else {
                Arrival::WalkIn
            };
            let model = MODELS[dice.roll(MODELS.len() as u64) as usize];
            let mut case = bare(seq + 1, arrival, model);
            case.diagnosis.component =
                Some(COMPONENTS[dice.roll(COMPONENTS.len() as u64) as usize].to_string());
            let mut events = Vec::new();
            let received = match arrival {
                Arrival::WalkIn => {
                    events.push(event(opened, None, State::Received, "1.1"));
                    opened
                }
                Arrival::MailIn => {
                    case.applied_on = Some(date(opened));
                    events.push(event(opened, None, State::Applied, "1.1"));
                    let door = dice.roll(20);
                    let arrived = day(2 + dice.roll(4) as i64);
                    let check = ParcelCheck {
                        application: ApplicationStatus::Open,
                        cash_on_delivery: door == 0,
                        package_damaged: door == 1,
                        soaked: door == 2,
                        packaging_adequate: true,
                    };
                    let outcome = match door {
                        0 => ParcelOutcome::Refuse,
                        1 | 2 => ParcelOutcome::Reject,
                        _ => ParcelOutcome::Accept,
                    };
                    if door == 3 {
                        events.push(event(day(16), Some(State::Applied), State::Expired, "4.2"));
                        case.state = State::Expired;
                        case.events = events;
                        return case;
                    }
                    case.parcel = Some(ParcelRecord {
                        received_on: date(arrived),
                        check,
                        outcome,
                        serial_found: None,
                    });
                    if !outcome.takes_in() {
                        let clause = if door == 0 { "2.1" } else { "3.6" };
                        events.push(event(
                            arrived,
                            Some(State::Applied),
                            State::Rejected,
                            clause,
                        ));
                        case.state = State::Rejected;
                        case.events = events;
                        return case;
                    }
                    events.push(event(arrived, Some(State::Applied), State::Received, "1.1"));
                    arrived
                }
            };
            case.received_on = Some(date(received));
            let verdict = match dice.roll(10) {
                0..=5 => Verdict::Free,
                6 | 7 => Verdict::Paid,
                8 => Verdict::NeedsProof,
                _ => Verdict::Ineligible,
            };
            case.decision = decision(verdict, false, received);
            let at = |offset: i64| received + Duration::days(offset);
            match verdict {
                Verdict::Free => {
                    events.push(event(at(1), Some(State::Received), State::InRepair, "1.4"));
                    events.push(event(at(4), Some(State::InRepair), State::Ready, "2.5"));
                    events.push(event(at(6), Some(State::Ready), State::Returned, "2.1"));
                    case.return_reason = Some(ReturnReason::Repaired);
                    case.state = State::Returned;
                }
                Verdict::Paid => {
                    let total = 5_000 + dice.roll(20_000) as i64;
                    case.quote = Some(Quote {
                        currency: eur.clone(),
                        lines: vec![QuoteLine {
                            kind: LineKind::Parts,
                            description: "Part and fitting".to_string(),
                            amount: Money::new(total, eur.clone()),
                        }],
                    });
                    events.push(event(at(1), Some(State::Received), State::Received, "2.2"));
                    events.push(event(
                        at(1),
                        Some(State::Received),
                        State::AwaitingCustomer,
                        "2.2",
                    ));
                    if dice.roll(4) == 0 {
                        events.push(event(
                            at(5),
                            Some(State::AwaitingCustomer),
                            State::ToReturn,
                            "2.2",
                        ));
                        case.return_reason = Some(ReturnReason::QuoteDeclined);
                        case.state = State::ToReturn;
                    } else {
                        case.payment_notice_on = Some(date(at(3)));
                        events.push(event(
                            at(3),
                            Some(State::AwaitingCustomer),
                            State::AwaitingPayment,
                            "2.6",
                        ));
                        if dice.roll(5) == 0 {
                            case.state = State::AwaitingPayment;
                        } else {
                            case.payments.push(Payment {
                                amount: Money::new(total, eur.clone()),
                                paid_on: date(at(6)),
                                method: "card".to_string(),
                            });
                            events.push(event(
                                at(6),
                                Some(State::AwaitingPayment),
                                State::InRepair,
                                "2.6",
                            ));
                            events.push(event(at(9), Some(State::InRepair), State::Ready, "2.5"));
                            events.push(event(at(11), Some(State::Ready), State::Returned, "2.1"));
                            case.return_reason = Some(ReturnReason::Repaired);
                            case.state = State::Returned;
                        }
                    }
                }
                Verdict::NeedsProof => {
                    case.asked_on = Some(date(at(1)));
                    events.push(event(
                        at(1),
                        Some(State::Received),
                        State::AwaitingCustomer,
                        "2.3",
                    ));
                    case.state = State::AwaitingCustomer;
                }
                Verdict::Ineligible => {
                    events.push(event(at(1), Some(State::Received), State::ToReturn, "1.2"));
                    events.push(event(at(2), Some(State::ToReturn), State::Returned, "2.1"));
                    case.return_reason = Some(ReturnReason::Ineligible);
                    case.state = State::Returned;
                }
            }
            case.events = events;
            case
        })
        .collect()
}

fn center() -> Center {
    Center {
        name: "Northside Repair Centre".to_string(),
        address: "12 Mill Lane\nLeeds LS1 4AB".to_string(),
        ..Center::default()
    }
}

fn monthly_report_20k(c: &mut Criterion) {
    let (Ok(month), Some(today)) = (Month::new(2026, 3), NaiveDate::from_ymd_opt(2026, 4, 2))
    else {
        return;
    };
    let cases = synthetic_month(month);
    let figures = monthly_of_cases(&cases, month, today);
    match monthly_report(&figures, &center(), Paper::A4) {
        Ok(pdf) => eprintln!(
            "monthly report of {CASES} cases: {} cases opened, PDF {} bytes",
            figures.opened.total(),
            pdf.len()
        ),
        Err(err) => eprintln!("the monthly report failed: {err}"),
    }

    c.bench_function("report/figures of 20,000 cases", |b| {
        b.iter(|| monthly_of_cases(black_box(&cases), month, today))
    });
    c.bench_function("report/PDF from the figures", |b| {
        b.iter(|| monthly_report(black_box(&figures), &center(), Paper::A4))
    });
    c.bench_function("report/figures and PDF of 20,000 cases", |b| {
        b.iter(|| {
            let figures = monthly_of_cases(black_box(&cases), month, today);
            monthly_report(&figures, &center(), Paper::A4)
        })
    });
}

// The receipt and the label (docs/rules.md §7), on the realistic cases of the document
// tests. Targets: a receipt within 20 ms, a label within 10 ms.

fn receipt_and_label(c: &mut Criterion) {
    use fixdesk::documents::{LabelForm, label, receipt};
    let case = documents_support::walk_in();
    let a4 = documents_support::settings(Paper::A4);
    let at = documents_support::printed_at();
    for (name, pdf) in [
        ("receipt A4", receipt(&case, &a4, at)),
        (
            "label 4x6",
            label(&case, &a4, LabelForm::FourBySix, None, at),
        ),
    ] {
        match pdf {
            Ok(pdf) => eprintln!("{name}: PDF {} bytes", pdf.len()),
            Err(err) => eprintln!("{name} failed: {err}"),
        }
    }
    c.bench_function("receipt/A4", |b| {
        b.iter(|| receipt(black_box(&case), &a4, at))
    });
    c.bench_function("label/4x6", |b| {
        b.iter(|| {
            label(
                black_box(&case),
                &a4,
                LabelForm::FourBySix,
                Some("1Z999AA10123456784"),
                at,
            )
        })
    });
}

// The quote, the handover receipt and the payment receipt, on the same cases: sheets like the
// receipt, so the same target (within 20 ms).
fn quote_and_handover(c: &mut Criterion) {
    use fixdesk::documents::{handover_receipt, quote};
    let quoted = documents_support::quoted();
    let a4 = documents_support::settings(Paper::A4);
    let at = documents_support::printed_at();
    for (name, pdf) in [
        ("quote A4", quote(&quoted, &a4, at)),
        (
            "handover receipt A4",
            handover_receipt(&quoted, &a4, "Marek Łukasiewicz", true, at),
        ),
    ] {
        match pdf {
            Ok(pdf) => eprintln!("{name}: PDF {} bytes", pdf.len()),
            Err(err) => eprintln!("{name} failed: {err}"),
        }
    }
    c.bench_function("quote/A4", |b| {
        b.iter(|| quote(black_box(&quoted), &a4, at))
    });
    c.bench_function("handover receipt/A4", |b| {
        b.iter(|| handover_receipt(black_box(&quoted), &a4, "Marek Łukasiewicz", true, at))
    });
    // The payment receipt: a sheet like the others, the same target.
    let mut paid = quoted.clone();
    paid.payment_notice_on = Some(documents_support::date(2026, 3, 3));
    paid.payments = vec![fixdesk::domain::Payment {
        amount: fixdesk::domain::Money::new(
            10_000,
            fixdesk::domain::Currency::new("EUR").unwrap_or_default(),
        ),
        paid_on: documents_support::date(2026, 3, 4),
        method: "Card".into(),
    }];
    c.bench_function("payment receipt/A4", |b| {
        b.iter(|| fixdesk::documents::payment_receipt(black_box(&paid), &a4, at))
    });
}

criterion_group!(
    benches,
    monthly_report_20k,
    receipt_and_label,
    quote_and_handover
);
criterion_main!(benches);
