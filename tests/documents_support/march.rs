//! A hand-made busy March 2026 for the monthly report's tests (`report_figures.rs`,
//! `report_pdf.rs`). Every case is written out with the figure it is there to move, so
//! the expected numbers in the tests can be checked by reading.
//!
//! Every customer has a distinctive name, phone, e-mail and address (see
//! [`super::customer`]), listed by [`personal_data`], so the PDF tests can check none of
//! them leaks into the report (3.7).

use fixdesk::domain::case::ParcelRecord;
use fixdesk::domain::parcel::{ApplicationStatus, ParcelCheck};
use fixdesk::domain::repair::{LineKind, Quote, QuoteLine};
use fixdesk::domain::{Arrival, Case, Currency, ParcelOutcome, ReturnReason, State, Verdict};

use super::{bare, d, decided, ev, money, paid};

pub fn quote(minor: i64, code: &str) -> Quote {
    Quote {
        currency: Currency::new(code).expect("currency"),
        lines: vec![
            QuoteLine {
                kind: LineKind::Parts,
                description: "Part".to_string(),
                amount: money(minor - minor / 4, code),
            },
            QuoteLine {
                kind: LineKind::Labour,
                description: "Labour".to_string(),
                amount: money(minor / 4, code),
            },
        ],
    }
}

pub fn parcel(on: &str, outcome: ParcelOutcome, flags: ParcelCheck) -> Option<ParcelRecord> {
    Some(ParcelRecord {
        received_on: d(on),
        check: flags,
        outcome,
        serial_found: None,
    })
}

/// Nothing wrong at the door, with an open application.
pub fn clean() -> ParcelCheck {
    ParcelCheck {
        application: ApplicationStatus::Open,
        cash_on_delivery: false,
        package_damaged: false,
        soaked: false,
        packaging_adequate: true,
    }
}

fn component(case: &mut Case, name: &str) {
    case.diagnosis.component = Some(name.to_string());
}

use State::*;

/// March 2026, busy. The comment on each case says what it counts for; the expected
/// figures are spelled out in `report_figures.rs`.
pub fn busy_march() -> Vec<Case> {
    let mut cases = Vec::new();

    // W1 walk-in, opened 2 Mar, free, battery; repaired and returned 6 Mar: turnaround 4.
    let mut c = bare(1, Arrival::WalkIn, "X200");
    c.received_on = Some(d("2026-03-02"));
    c.decision = decided(Verdict::Free, false);
    component(&mut c, "battery");
    c.return_reason = Some(ReturnReason::Repaired);
    c.state = Returned;
    c.events = vec![
        ev("2026-03-02T09:00:00Z", None, Received, "1.1"),
        ev("2026-03-03T09:00:00Z", Some(Received), InRepair, "2.5"),
        ev("2026-03-05T09:00:00Z", Some(InRepair), Ready, "2.5"),
        ev("2026-03-06T10:00:00Z", Some(Ready), Returned, "2.1"),
    ];
    cases.push(c);

    // W2 walk-in, opened 2 Mar, free (provisional), still at the desk.
    let mut c = bare(2, Arrival::WalkIn, "X200");
    c.received_on = Some(d("2026-03-02"));
    c.decision = decided(Verdict::Free, true);
    c.events = vec![ev("2026-03-02T15:30:00Z", None, Received, "1.1")];
    cases.push(c);

    // M1 mail-in, opened 3 Mar, paid, screen; quote sent 7, accepted 9, paid 10 (EUR
    // 126.50), returned 20 Mar: turnaround 6 → 20 = 14.
    let mut c = bare(3, Arrival::MailIn, "Z1");
    c.applied_on = Some(d("2026-03-03"));
    c.received_on = Some(d("2026-03-06"));
    c.parcel = parcel("2026-03-06", ParcelOutcome::Accept, clean());
    c.decision = decided(Verdict::Paid, false);
    component(&mut c, "screen");
    c.quote = Some(quote(12_650, "EUR"));
    c.payment_notice_on = Some(d("2026-03-09"));
    c.payments = vec![paid(12_650, "EUR", "2026-03-10")];
    c.return_reason = Some(ReturnReason::Repaired);
    c.state = Returned;
    c.events = vec![
        ev("2026-03-03T08:00:00Z", None, Applied, "1.1"),
        ev("2026-03-06T11:00:00Z", Some(Applied), Received, "1.1"),
        ev(
            "2026-03-07T11:00:00Z",
            Some(Received),
            AwaitingCustomer,
            "2.2",
        ),
        // A revised quote the next day: still one quote sent to this case.
        ev(
            "2026-03-08T09:00:00Z",
            Some(AwaitingCustomer),
            AwaitingCustomer,
            "2.2",
        ),
        ev(
            "2026-03-09T11:00:00Z",
            Some(AwaitingCustomer),
            AwaitingPayment,
            "2.6",
        ),
        ev(
            "2026-03-10T11:00:00Z",
            Some(AwaitingPayment),
            InRepair,
            "2.5",
        ),
        ev("2026-03-12T11:00:00Z", Some(InRepair), Ready, "2.5"),
        ev("2026-03-20T11:00:00Z", Some(Ready), Returned, "2.1"),
    ];
    cases.push(c);

    // M2 mail-in, opened 4 Mar, needs proof ("Battery " spelled differently); proof
    // requested 9, not given; returned 31 Mar 23:59:59 (still March): turnaround 8 → 31 = 23.
    let mut c = bare(4, Arrival::MailIn, "Z1");
    c.applied_on = Some(d("2026-03-04"));
    c.received_on = Some(d("2026-03-08"));
    c.parcel = parcel("2026-03-08", ParcelOutcome::Accept, clean());
    c.decision = decided(Verdict::NeedsProof, false);
    component(&mut c, "Battery ");
    c.return_reason = Some(ReturnReason::ProofNotGiven);
    c.state = Returned;
    c.events = vec![
        ev("2026-03-04T08:00:00Z", None, Applied, "1.1"),
        ev("2026-03-08T11:00:00Z", Some(Applied), Received, "1.1"),
        ev(
            "2026-03-09T11:00:00Z",
            Some(Received),
            AwaitingCustomer,
            "2.3",
        ),
        // The proof brought was not enough: the same request, not a second one.
        ev(
            "2026-03-15T11:00:00Z",
            Some(AwaitingCustomer),
            AwaitingCustomer,
            "2.3",
        ),
        ev(
            "2026-03-25T11:00:00Z",
            Some(AwaitingCustomer),
            ToReturn,
            "2.3",
        ),
        ev("2026-03-31T23:59:59Z", Some(ToReturn), Returned, "2.1"),
    ];
    cases.push(c);

    // M3 mail-in, opened 5 Mar, paid, screen; quote sent 8, declined 12; returned
    // 1 Apr 00:00:00 — April, so not a March return.
    let mut c = bare(5, Arrival::MailIn, "A5");
    c.applied_on = Some(d("2026-03-05"));
    c.received_on = Some(d("2026-03-07"));
    c.parcel = parcel("2026-03-07", ParcelOutcome::Accept, clean());
    c.decision = decided(Verdict::Paid, false);
    component(&mut c, "screen");
    c.quote = Some(quote(9_900, "EUR"));
    c.return_reason = Some(ReturnReason::QuoteDeclined);
    c.state = Returned;
    c.events = vec![
        ev("2026-03-05T08:00:00Z", None, Applied, "1.1"),
        ev("2026-03-07T11:00:00Z", Some(Applied), Received, "1.1"),
        // Diagnosed paid: the store stays in `received` until the quote goes out.
        ev("2026-03-07T12:00:00Z", Some(Received), Received, "2.2"),
        ev(
            "2026-03-08T11:00:00Z",
            Some(Received),
            AwaitingCustomer,
            "2.2",
        ),
        ev(
            "2026-03-12T11:00:00Z",
            Some(AwaitingCustomer),
            ToReturn,
            "2.2",
        ),
        ev("2026-04-01T00:00:00Z", Some(ToReturn), Returned, "2.1"),
    ];
    cases.push(c);

    // M4 mail-in, opened 5 Mar, no parcel: expired 21 Mar (4.2). Undecided.
    let mut c = bare(6, Arrival::MailIn, "B2");
    c.applied_on = Some(d("2026-03-05"));
    c.state = Expired;
    c.events = vec![
        ev("2026-03-05T09:00:00Z", None, Applied, "1.1"),
        ev("2026-03-21T06:00:00Z", Some(Applied), Expired, "4.2"),
    ];
    cases.push(c);

    // M5 parcel without application, refused 10 Mar: cash on delivery (2.1).
    let mut c = bare(7, Arrival::MailIn, "A5");
    c.parcel = parcel(
        "2026-03-10",
        ParcelOutcome::Refuse,
        ParcelCheck {
            application: ApplicationStatus::None,
            cash_on_delivery: true,
            ..clean()
        },
    );
    c.state = Rejected;
    c.events = vec![ev("2026-03-10T10:00:00Z", None, Rejected, "2.1")];
    cases.push(c);

    // M6 applied 20 Feb (not a March case), parcel rejected 1 Mar at 00:00: damaged (3.6).
    let mut c = bare(8, Arrival::MailIn, "Z1");
    c.applied_on = Some(d("2026-02-20"));
    c.parcel = parcel(
        "2026-03-01",
        ParcelOutcome::Reject,
        ParcelCheck {
            package_damaged: true,
            ..clean()
        },
    );
    c.state = Rejected;
    c.events = vec![
        ev("2026-02-20T10:00:00Z", None, Applied, "1.1"),
        ev("2026-03-01T00:00:00Z", Some(Applied), Rejected, "3.6"),
    ];
    cases.push(c);

    // M7 opened 11 Mar as a parcel rejected at the door: soaked (3.6).
    let mut c = bare(9, Arrival::MailIn, "Z1");
    c.parcel = parcel(
        "2026-03-11",
        ParcelOutcome::Reject,
        ParcelCheck {
            soaked: true,
            ..clean()
        },
    );
    c.state = Rejected;
    c.events = vec![ev("2026-03-11T10:00:00Z", None, Rejected, "3.6")];
    cases.push(c);

    // M8 opened 12 Mar as a parcel rejected: damaged and soaked (3.6).
    let mut c = bare(10, Arrival::MailIn, "X200");
    c.parcel = parcel(
        "2026-03-12",
        ParcelOutcome::Reject,
        ParcelCheck {
            package_damaged: true,
            soaked: true,
            ..clean()
        },
    );
    c.state = Rejected;
    c.events = vec![ev("2026-03-12T10:00:00Z", None, Rejected, "3.6")];
    cases.push(c);

    // M9 opened 13 Mar: unsolicited parcel, no application (4.3); free, battery.
    let mut c = bare(11, Arrival::MailIn, "Pro 14");
    c.received_on = Some(d("2026-03-13"));
    c.unsolicited = true;
    c.parcel = parcel(
        "2026-03-13",
        ParcelOutcome::AcceptUnsolicited,
        ParcelCheck {
            application: ApplicationStatus::None,
            ..clean()
        },
    );
    c.decision = decided(Verdict::Free, false);
    component(&mut c, "battery");
    c.events = vec![ev("2026-03-13T10:00:00Z", None, Received, "4.3")];
    cases.push(c);

    // M10 opened 14 Mar: unsolicited after its application expired (4.2, 4.3);
    // ineligible (1.2), returned 16 Mar: turnaround 2.
    let mut c = bare(12, Arrival::MailIn, "pro  14");
    c.received_on = Some(d("2026-03-14"));
    c.unsolicited = true;
    c.parcel = parcel(
        "2026-03-14",
        ParcelOutcome::AcceptUnsolicited,
        ParcelCheck {
            application: ApplicationStatus::Expired,
            ..clean()
        },
    );
    c.decision = decided(Verdict::Ineligible, false);
    c.return_reason = Some(ReturnReason::Ineligible);
    c.state = Returned;
    c.events = vec![
        ev("2026-03-14T10:00:00Z", None, Received, "4.3"),
        ev("2026-03-15T10:00:00Z", Some(Received), ToReturn, "1.2"),
        ev("2026-03-16T10:00:00Z", Some(ToReturn), Returned, "2.1"),
    ];
    cases.push(c);

    // M12 applied 25 Feb, parcel rejected 25 Mar with no flag recorded (imported).
    let mut c = bare(13, Arrival::MailIn, "B2");
    c.applied_on = Some(d("2026-02-25"));
    c.parcel = parcel("2026-03-25", ParcelOutcome::Reject, clean());
    c.state = Rejected;
    c.events = vec![
        ev("2026-02-25T10:00:00Z", None, Applied, "1.1"),
        ev("2026-03-25T10:00:00Z", Some(Applied), Rejected, "3.6"),
    ];
    cases.push(c);

    // Late: opened 1 Apr 00:00 as a parcel rejected that day — nothing in March.
    let mut c = bare(14, Arrival::MailIn, "X200");
    c.parcel = parcel(
        "2026-04-01",
        ParcelOutcome::Reject,
        ParcelCheck {
            package_damaged: true,
            ..clean()
        },
    );
    c.state = Rejected;
    c.events = vec![ev("2026-04-01T00:00:00Z", None, Rejected, "3.6")];
    cases.push(c);

    // P1 opened in January; payment overdue (notice 15 Jan, due 15 Feb): sent back
    // 2 Mar, returned 3 Mar: turnaround 10 Jan → 3 Mar = 52.
    let mut c = bare(15, Arrival::WalkIn, "Z1");
    c.received_on = Some(d("2026-01-10"));
    c.decision = decided(Verdict::Paid, false);
    c.quote = Some(quote(20_000, "EUR"));
    c.payment_notice_on = Some(d("2026-01-15"));
    c.return_reason = Some(ReturnReason::PaymentOverdue);
    c.state = Returned;
    c.events = vec![
        ev("2026-01-10T10:00:00Z", None, Received, "1.1"),
        ev(
            "2026-01-12T10:00:00Z",
            Some(Received),
            AwaitingCustomer,
            "2.2",
        ),
        ev(
            "2026-01-15T10:00:00Z",
            Some(AwaitingCustomer),
            AwaitingPayment,
            "2.6",
        ),
        ev(
            "2026-03-02T10:00:00Z",
            Some(AwaitingPayment),
            ToReturn,
            "2.6",
        ),
        ev("2026-03-03T10:00:00Z", Some(ToReturn), Returned, "2.1"),
    ];
    cases.push(c);

    // P2 opened in February; quote GBP 80.00 accepted 20 Feb (due 20 Mar), GBP 30.00
    // paid 5 Mar: overdue on 31 Mar, GBP 50.00 outstanding.
    let mut c = bare(16, Arrival::WalkIn, "A5");
    c.received_on = Some(d("2026-02-01"));
    c.decision = decided(Verdict::Paid, false);
    c.quote = Some(quote(8_000, "GBP"));
    c.payment_notice_on = Some(d("2026-02-20"));
    c.payments = vec![paid(3_000, "GBP", "2026-03-05")];
    c.state = AwaitingPayment;
    c.events = vec![
        ev("2026-02-01T10:00:00Z", None, Received, "1.1"),
        ev(
            "2026-02-02T10:00:00Z",
            Some(Received),
            AwaitingCustomer,
            "2.2",
        ),
        ev(
            "2026-02-20T10:00:00Z",
            Some(AwaitingCustomer),
            AwaitingPayment,
            "2.6",
        ),
        // The part payment: the store stays in `awaiting_payment`. Not an acceptance.
        ev(
            "2026-03-05T10:00:00Z",
            Some(AwaitingPayment),
            AwaitingPayment,
            "2.6",
        ),
    ];
    cases.push(c);

    // P3 walk-in opened 16 Mar, paid, mainboard; quote EUR 100.00 sent 17, accepted 18
    // (due 18 Apr: not overdue); EUR 25.00 paid 31 Mar.
    let mut c = bare(17, Arrival::WalkIn, "X200");
    c.received_on = Some(d("2026-03-16"));
    c.decision = decided(Verdict::Paid, false);
    component(&mut c, "mainboard");
    c.quote = Some(quote(10_000, "EUR"));
    c.payment_notice_on = Some(d("2026-03-18"));
    c.payments = vec![paid(2_500, "EUR", "2026-03-31")];
    c.state = AwaitingPayment;
    c.events = vec![
        ev("2026-03-16T10:00:00Z", None, Received, "1.1"),
        ev(
            "2026-03-17T10:00:00Z",
            Some(Received),
            AwaitingCustomer,
            "2.2",
        ),
        ev(
            "2026-03-18T10:00:00Z",
            Some(AwaitingCustomer),
            AwaitingPayment,
            "2.6",
        ),
    ];
    cases.push(c);

    // P4 opened in February; quote EUR 50.00 accepted 10 Feb (due 10 Mar); EUR 9.99 paid
    // 28 Feb, the rest on 1 Apr: overdue on 31 Mar with EUR 40.01 outstanding, and its
    // payments fall outside March's revenue.
    let mut c = bare(18, Arrival::WalkIn, "A5");
    c.received_on = Some(d("2026-02-08"));
    c.decision = decided(Verdict::Paid, false);
    c.quote = Some(quote(5_000, "EUR"));
    c.payment_notice_on = Some(d("2026-02-10"));
    c.payments = vec![
        paid(999, "EUR", "2026-02-28"),
        paid(4_001, "EUR", "2026-04-01"),
    ];
    c.state = InRepair;
    c.events = vec![
        ev("2026-02-08T10:00:00Z", None, Received, "1.1"),
        ev(
            "2026-02-09T10:00:00Z",
            Some(Received),
            AwaitingCustomer,
            "2.2",
        ),
        ev(
            "2026-02-10T10:00:00Z",
            Some(AwaitingCustomer),
            AwaitingPayment,
            "2.6",
        ),
        ev(
            "2026-04-01T09:00:00Z",
            Some(AwaitingPayment),
            InRepair,
            "2.5",
        ),
    ];
    cases.push(c);

    // W3 walk-in opened 31 Mar 23:59 (March), free (provisional).
    let mut c = bare(19, Arrival::WalkIn, "A5");
    c.received_on = Some(d("2026-03-31"));
    c.decision = decided(Verdict::Free, true);
    c.events = vec![ev("2026-03-31T23:59:00Z", None, Received, "1.1")];
    cases.push(c);

    // W5 walk-in opened 28 Feb 23:59 (February): not a March case.
    let mut c = bare(20, Arrival::WalkIn, "A5");
    c.received_on = Some(d("2026-02-28"));
    c.decision = decided(Verdict::Free, true);
    c.events = vec![ev("2026-02-28T23:59:00Z", None, Received, "1.1")];
    cases.push(c);

    // Q1 opened in February; quote declined 26 Feb, returned 4 Mar with no reason
    // recorded: the trail says declined (2.2). Turnaround 3 Feb → 4 Mar = 29.
    let mut c = bare(21, Arrival::WalkIn, "Z1");
    c.received_on = Some(d("2026-02-03"));
    c.decision = decided(Verdict::Paid, false);
    c.state = Returned;
    c.events = vec![
        ev("2026-02-03T10:00:00Z", None, Received, "1.1"),
        ev(
            "2026-02-04T10:00:00Z",
            Some(Received),
            AwaitingCustomer,
            "2.2",
        ),
        ev(
            "2026-02-26T10:00:00Z",
            Some(AwaitingCustomer),
            ToReturn,
            "2.2",
        ),
        ev("2026-03-04T10:00:00Z", Some(ToReturn), Returned, "2.1"),
    ];
    cases.push(c);

    // R1 opened 5 Feb with no received date typed; sent back under an unknown clause and
    // returned 7 Mar: reason not recorded. Turnaround from its `received` event: 30.
    let mut c = bare(22, Arrival::WalkIn, "B2");
    c.state = Returned;
    c.events = vec![
        ev("2026-02-05T10:00:00Z", None, Received, "1.1"),
        ev("2026-02-06T10:00:00Z", Some(Received), ToReturn, "9.9"),
        ev("2026-03-07T10:00:00Z", Some(ToReturn), Returned, "2.1"),
    ];
    cases.push(c);

    // U1 opened in February; quote sent 11 Feb, no answer: sent back 18 Mar (2.3) — a
    // quote unanswered, not declined. Still waiting to go back.
    let mut c = bare(23, Arrival::WalkIn, "Z1");
    c.received_on = Some(d("2026-02-10"));
    c.decision = decided(Verdict::Paid, false);
    c.quote = Some(quote(7_000, "EUR"));
    c.asked_on = Some(d("2026-02-11"));
    c.return_reason = Some(ReturnReason::QuoteDeclined);
    c.state = ToReturn;
    c.events = vec![
        ev("2026-02-10T10:00:00Z", None, Received, "1.1"),
        ev(
            "2026-02-11T10:00:00Z",
            Some(Received),
            AwaitingCustomer,
            "2.2",
        ),
        ev(
            "2026-03-18T10:00:00Z",
            Some(AwaitingCustomer),
            ToReturn,
            "2.3",
        ),
    ];
    cases.push(c);

    // N1 opened in February, asked for proof; the proof brought in March makes it a paid
    // repair, recorded by the store as `awaiting_customer` → itself with clause 2.2
    // before any quote exists: not a quote sent.
    let mut c = bare(24, Arrival::WalkIn, "B2");
    c.received_on = Some(d("2026-02-12"));
    c.decision = decided(Verdict::Paid, false);
    c.state = AwaitingCustomer;
    c.events = vec![
        ev("2026-02-12T10:00:00Z", None, Received, "1.1"),
        ev(
            "2026-02-13T10:00:00Z",
            Some(Received),
            AwaitingCustomer,
            "2.3",
        ),
        ev(
            "2026-03-19T10:00:00Z",
            Some(AwaitingCustomer),
            AwaitingCustomer,
            "2.2",
        ),
    ];
    cases.push(c);

    cases
}

/// Everything personal in `cases`: names, phones, e-mails, addresses (3.7).
pub fn personal_data(cases: &[Case]) -> Vec<String> {
    let mut all = Vec::new();
    for case in cases {
        let c = &case.customer;
        all.push(c.name.clone());
        all.push(c.phone.clone());
        all.extend(c.email.clone());
        all.push(c.address.clone());
        all.extend(c.return_address.clone());
    }
    all
}
