//! The steps' rules, each checked on a case in memory; the helpers are shared with
//! `opening.rs`'s tests.

use super::*;
use crate::domain::case::{Arrival, Customer, Device};
use crate::domain::money::Currency;
use crate::domain::repair::{LineKind, QuoteLine};
use crate::domain::warranty::{Invoice, PurchaseChannel};

pub(crate) fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("test date")
}

fn now() -> DateTime<Utc> {
    "2026-03-10T10:00:00Z".parse().expect("test time")
}

pub(crate) fn ctx(policy: &Policy, today: &str) -> StepContext<'static> {
    // The tests' policy lives for the test; leaking one small value keeps the
    // context simple to build.
    let policy: &'static Policy = Box::leak(Box::new(policy.clone()));
    StepContext {
        policy,
        policy_version: 1,
        today: d(today),
        now: now(),
        answer_days: 14,
        actor: "Ines",
    }
}

pub(crate) fn policy() -> Policy {
    Policy::shipped()
}

/// An authorised purchase with a valid invoice naming SN-1, bought 2025-06-01.
pub(crate) fn new_case(arrival: Arrival) -> NewCase {
    NewCase {
        arrival,
        application_id: None,
        applied_on: (arrival == Arrival::MailIn).then(|| d("2026-03-01")),
        received_on: (arrival == Arrival::WalkIn).then(|| d("2026-03-01")),
        customer: Customer {
            name: "Ada Lovelace".into(),
            phone: "+44 20 7946 0000".into(),
            email: None,
            address: "1 Main St".into(),
            return_address: None,
            language: Default::default(),
        },
        device: Device {
            model: "Aurora A5".into(),
            serial: "SN-1".into(),
        },
        proof: Proof {
            channel: PurchaseChannel::Authorized,
            invoice: Some(Invoice {
                date: Some(d("2025-06-01")),
                model: Some("Aurora A5".into()),
                serial: Some("SN-1".into()),
                legible: true,
                altered: false,
            }),
            ..Proof::default()
        },
        fault: "Does not charge".into(),
        component: None,
        handover: Handover::default(),
        keep_parts: false,
    }
}

pub(crate) fn opened(arrival: Arrival) -> Case {
    open_case(
        &new_case(arrival),
        CaseNumber::new(2026, 1),
        &ctx(&policy(), "2026-03-01"),
    )
    .expect("a complete case opens")
}

pub(crate) fn parcel(received_on: &str) -> ParcelArrival {
    ParcelArrival {
        received_on: d(received_on),
        packaging_adequate: true,
        ..ParcelArrival::default()
    }
}

pub(crate) fn run(case: &mut Case, step: Step, today: &str) -> StepResult<CaseEvent> {
    apply(case, &step, &ctx(&policy(), today))
}

fn diagnosis(cause: Cause) -> Diagnosis {
    Diagnosis {
        cause,
        component: Some("battery".into()),
        method: Some(RepairMethod::PartReplacement),
        notes: String::new(),
    }
}

fn quote(amount: i64) -> Quote {
    let eur = Currency::default();
    Quote {
        currency: eur.clone(),
        lines: vec![QuoteLine {
            kind: LineKind::Labour,
            description: "Board repair".into(),
            amount: Money::new(amount, eur),
        }],
    }
}

fn payment(minor: i64, paid_on: &str) -> Payment {
    Payment {
        amount: Money::new(minor, Currency::default()),
        paid_on: d(paid_on),
        method: "cash".into(),
    }
}

/// A walk-in case diagnosed as man-made damage: paid, quoted on 2026-03-02.
fn quoted() -> Case {
    let mut case = opened(Arrival::WalkIn);
    run(
        &mut case,
        Step::Diagnose(diagnosis(Cause::ManMade)),
        "2026-03-02",
    )
    .unwrap();
    run(&mut case, Step::SendQuote(quote(7550)), "2026-03-02").unwrap();
    case
}

#[test]
fn a_parcel_is_taken_in_refused_or_rejected_at_the_gate() {
    let mut case = opened(Arrival::MailIn);
    let event = run(&mut case, Step::Receive(parcel("2026-03-04")), "2026-03-04").unwrap();
    assert_eq!(case.state, CaseState::Received);
    assert_eq!(case.received_on, Some(d("2026-03-04")));
    assert_eq!(event.from, Some(CaseState::Applied));
    assert_eq!(case.events.last(), Some(&event));

    let mut cod = opened(Arrival::MailIn);
    let refused = ParcelArrival {
        cash_on_delivery: true,
        ..parcel("2026-03-04")
    };
    let event = run(&mut cod, Step::Receive(refused), "2026-03-04").unwrap();
    assert_eq!(
        (cod.state, event.clause.as_str()),
        (CaseState::Rejected, "2.1")
    );
    assert_eq!(cod.received_on, None);

    let mut wet = opened(Arrival::MailIn);
    let soaked = ParcelArrival {
        soaked: true,
        ..parcel("2026-03-04")
    };
    let event = run(&mut wet, Step::Receive(soaked), "2026-03-04").unwrap();
    assert_eq!(
        (wet.state, event.clause.as_str()),
        (CaseState::Rejected, "3.6")
    );
}

#[test]
fn a_parcel_after_the_application_closed_or_before_it_was_made_is_refused() {
    let mut case = opened(Arrival::MailIn);
    let late = run(&mut case, Step::Receive(parcel("2026-03-17")), "2026-03-17");
    assert!(matches!(late, Err(StepError::Refused(reason)) if reason.text.contains("4.2")));
    let mut case = opened(Arrival::MailIn);
    let early = run(&mut case, Step::Receive(parcel("2026-02-27")), "2026-03-01");
    assert!(matches!(
        early,
        Err(StepError::Invalid { field, problem })
            if field == "received_on"
                && problem.text == "2026-02-27 is before the application date (2026-03-01)"
                && problem.code == "before-application-date"
    ));
}

#[test]
fn a_serial_mismatch_makes_the_device_received_the_product_and_decides_again() {
    let mut case = opened(Arrival::MailIn);
    let found = ParcelArrival {
        serial_found: Some(" SN-9 ".into()),
        ..parcel("2026-03-04")
    };
    let event = run(&mut case, Step::Receive(found), "2026-03-04").unwrap();
    assert_eq!(case.device.serial, "SN-9");
    assert_eq!(case.applied_serial.as_deref(), Some("SN-1"));
    let decision = &case.decision.as_ref().unwrap().decision;
    assert_eq!(
        decision.invoice_valid,
        Some(false),
        "the invoice names SN-1 (2.4)"
    );
    assert_eq!(decision.verdict, Verdict::NeedsProof);
    assert!(event.note.contains("SN-9"), "{}", event.note);
    assert!(
        event
            .note
            .contains("Free repair, invoice valid → Needs proof, invoice not valid"),
        "{}",
        event.note
    );
    // A case not decided until now says so, coded like the others.
    let mut undecided = opened(Arrival::MailIn);
    undecided.decision = None;
    let found = ParcelArrival {
        serial_found: Some("SN-9".into()),
        ..parcel("2026-03-04")
    };
    let event = run(&mut undecided, Step::Receive(found), "2026-03-04").unwrap();
    assert!(
        event
            .note
            .contains("Warranty decided again: not decided → Needs proof"),
        "{}",
        event.note
    );
    assert!(
        event
            .code
            .ends_with("serial-changed warranty-decided-first"),
        "{}",
        event.code
    );
    // The same serial written otherwise is no mismatch.
    let mut same = opened(Arrival::MailIn);
    let spelled = ParcelArrival {
        serial_found: Some("sn1".into()),
        ..parcel("2026-03-04")
    };
    run(&mut same, Step::Receive(spelled), "2026-03-04").unwrap();
    assert_eq!(
        (same.device.serial.as_str(), same.applied_serial),
        ("SN-1", None)
    );
}

#[test]
fn diagnosis_decides_where_the_case_goes() {
    let mut free = opened(Arrival::WalkIn);
    let event = run(
        &mut free,
        Step::Diagnose(diagnosis(Cause::Manufacturing)),
        "2026-03-02",
    )
    .unwrap();
    assert_eq!(
        (free.state, event.clause.as_str()),
        (CaseState::InRepair, "1.4")
    );

    let mut paid = opened(Arrival::WalkIn);
    let event = run(
        &mut paid,
        Step::Diagnose(diagnosis(Cause::ManMade)),
        "2026-03-02",
    )
    .unwrap();
    assert_eq!(
        (paid.state, event.clause.as_str()),
        (CaseState::Received, "2.2")
    );
    assert_eq!(event.from, Some(CaseState::Received));

    let mut proof = opened(Arrival::WalkIn);
    proof.proof.invoice = None;
    run(
        &mut proof,
        Step::Diagnose(diagnosis(Cause::Manufacturing)),
        "2026-03-02",
    )
    .unwrap();
    assert_eq!(proof.state, CaseState::AwaitingCustomer);
    assert_eq!(proof.asked_on, Some(d("2026-03-02")));

    let mut grey = opened(Arrival::WalkIn);
    grey.proof.channel = PurchaseChannel::Unauthorized;
    run(
        &mut grey,
        Step::Diagnose(diagnosis(Cause::Manufacturing)),
        "2026-03-02",
    )
    .unwrap();
    assert_eq!(grey.state, CaseState::ToReturn);
    assert_eq!(grey.return_reason, Some(ReturnReason::Ineligible));

    let mut unknown = opened(Arrival::WalkIn);
    let err = run(
        &mut unknown,
        Step::Diagnose(diagnosis(Cause::Unknown)),
        "2026-03-02",
    );
    assert!(matches!(err, Err(StepError::Invalid { field, .. }) if field == "cause"));
    let mut early = opened(Arrival::WalkIn);
    let err = run(
        &mut early,
        Step::Diagnose(diagnosis(Cause::ManMade)),
        "2026-02-28",
    );
    assert!(matches!(err, Err(StepError::Invalid { field, .. }) if field == "today"));
}

#[test]
fn only_a_paid_repair_is_quoted() {
    let mut free = opened(Arrival::WalkIn);
    free.state = CaseState::Received;
    let err = run(&mut free, Step::SendQuote(quote(100)), "2026-03-02");
    assert!(matches!(err, Err(StepError::Refused(reason)) if reason.text.contains("2.2")));
    let case = quoted();
    assert_eq!(case.state, CaseState::AwaitingCustomer);
    assert_eq!(case.asked_on, Some(d("2026-03-02")));
    assert_eq!(case.events.last().unwrap().clause, "2.2");
    let mut empty = quoted();
    let mut no_lines = quote(100);
    no_lines.lines.clear();
    let err = run(&mut empty, Step::SendQuote(no_lines), "2026-03-02");
    assert!(matches!(err, Err(StepError::Invalid { field, .. }) if field == "quote"));
}

#[test]
fn a_notice_date_before_the_quote_was_sent_is_refused() {
    let mut case = quoted();
    let err = run(&mut case, Step::AcceptQuote(d("2026-03-01")), "2026-03-05").unwrap_err();
    assert!(matches!(
        err,
        StepError::Invalid { field, problem }
            if field == "notice_on"
                && problem.text == "2026-03-01 is before the quote was sent (2026-03-02)"
                && problem.args["earlier_on"] == "2026-03-02"
    ));
    let event = run(&mut case, Step::AcceptQuote(d("2026-03-05")), "2026-03-05").unwrap();
    assert_eq!(case.state, CaseState::AwaitingPayment);
    assert_eq!(case.payment_notice_on, Some(d("2026-03-05")));
    assert!(event.note.contains("2026-04-05"), "{}", event.note);
}

#[test]
fn a_part_payment_leaves_the_rest_due_and_the_full_one_starts_the_repair() {
    let mut case = quoted();
    run(&mut case, Step::AcceptQuote(d("2026-03-05")), "2026-03-05").unwrap();
    let early = run(
        &mut case,
        Step::Payment(payment(5000, "2026-03-04")),
        "2026-03-06",
    );
    assert!(matches!(early, Err(StepError::Invalid { field, .. }) if field == "paid_on"));
    let mut case = quoted();
    run(&mut case, Step::AcceptQuote(d("2026-03-05")), "2026-03-05").unwrap();
    let event = run(
        &mut case,
        Step::Payment(payment(5000, "2026-03-06")),
        "2026-03-06",
    )
    .unwrap();
    assert_eq!(case.state, CaseState::AwaitingPayment);
    assert!(event.note.contains("25.50 EUR still due"), "{}", event.note);
    run(
        &mut case,
        Step::Payment(payment(2550, "2026-03-07")),
        "2026-03-07",
    )
    .unwrap();
    assert_eq!(case.state, CaseState::InRepair);
    assert_eq!(case.payments.len(), 2);
    let mut dollars = quoted();
    run(
        &mut dollars,
        Step::AcceptQuote(d("2026-03-05")),
        "2026-03-05",
    )
    .unwrap();
    let usd = Payment {
        amount: Money::new(100, Currency::new("USD").unwrap()),
        ..payment(100, "2026-03-06")
    };
    let err = run(&mut dollars, Step::Payment(usd), "2026-03-06");
    assert!(matches!(err, Err(StepError::Invalid { field, .. }) if field == "currency"));
    let err = run(
        &mut dollars,
        Step::Payment(payment(0, "2026-03-06")),
        "2026-03-06",
    );
    assert!(matches!(err, Err(StepError::Invalid { field, .. }) if field == "amount"));
}

#[test]
fn a_declined_or_unanswered_quote_sends_the_device_back() {
    let mut declined = quoted();
    run(&mut declined, Step::DeclineQuote, "2026-03-03").unwrap();
    assert_eq!(declined.state, CaseState::ToReturn);
    assert_eq!(declined.return_reason, Some(ReturnReason::QuoteDeclined));

    let mut silent = quoted();
    let early = run(&mut silent, Step::ReturnUnanswered, "2026-03-16");
    assert!(matches!(early, Err(StepError::Refused(reason)) if reason.text.contains("2026-03-16")));
    let event = run(&mut silent, Step::ReturnUnanswered, "2026-03-17").unwrap();
    assert_eq!(
        (silent.state, event.clause.as_str()),
        (CaseState::ToReturn, "2.3")
    );
    assert_eq!(silent.return_reason, Some(ReturnReason::QuoteDeclined));
}

#[test]
fn proof_is_asked_for_from_the_day_given() {
    let mut case = opened(Arrival::WalkIn);
    let event = run(&mut case, Step::AskForProof, "2026-03-03").unwrap();
    assert_eq!(
        (case.state, event.clause.as_str()),
        (CaseState::AwaitingCustomer, "2.3")
    );
    assert_eq!(case.asked_on, Some(d("2026-03-03")));
    assert_eq!(
        case.next_deadline(14).map(|(_, date)| date),
        Some(d("2026-03-17"))
    );
    let err = run(&mut case, Step::AskForProof, "2026-03-03").unwrap_err();
    assert!(matches!(err, StepError::Transition { .. }));
}

#[test]
fn proof_brought_decides_again() {
    let mut case = opened(Arrival::WalkIn);
    let valid = case.proof.clone();
    case.proof.invoice = None;
    run(
        &mut case,
        Step::Diagnose(diagnosis(Cause::Manufacturing)),
        "2026-03-02",
    )
    .unwrap();
    assert_eq!(case.state, CaseState::AwaitingCustomer);
    let event = run(&mut case, Step::ProofReceived(valid), "2026-03-04").unwrap();
    assert_eq!(
        (case.state, event.clause.as_str()),
        (CaseState::InRepair, "2.4")
    );
    assert_eq!(case.asked_on, None);

    let mut unproven = opened(Arrival::WalkIn);
    unproven.proof.invoice = None;
    run(
        &mut unproven,
        Step::Diagnose(diagnosis(Cause::Manufacturing)),
        "2026-03-02",
    )
    .unwrap();
    let event = run(&mut unproven, Step::ReturnUnanswered, "2026-03-17").unwrap();
    assert_eq!(unproven.return_reason, Some(ReturnReason::ProofNotGiven));
    assert_eq!(event.to, CaseState::ToReturn);
}

#[test]
fn an_overdue_payment_sends_the_device_back_only_after_the_month() {
    let mut case = quoted();
    run(&mut case, Step::AcceptQuote(d("2026-01-31")), "2026-03-05").unwrap_err();
    run(&mut case, Step::AcceptQuote(d("2026-03-31")), "2026-03-31").unwrap();
    let early = run(&mut case, Step::ReturnOverdue, "2026-04-30");
    assert!(matches!(early, Err(StepError::Refused(reason)) if reason.text.contains("2026-04-30")));
    run(&mut case, Step::ReturnOverdue, "2026-05-01").unwrap();
    assert_eq!(case.return_reason, Some(ReturnReason::PaymentOverdue));
}

#[test]
fn a_repair_is_finished_then_the_device_goes_back() {
    let mut case = opened(Arrival::WalkIn);
    case.handover.password_note = Some("1234".into());
    let unit = Diagnosis {
        method: Some(RepairMethod::UnitReplacement),
        ..diagnosis(Cause::Manufacturing)
    };
    run(&mut case, Step::Diagnose(unit), "2026-03-02").unwrap();
    let err = run(&mut case, Step::RepairDone(Some(" ".into())), "2026-03-03");
    assert!(matches!(err, Err(StepError::Invalid { field, .. }) if field == "replacement_serial"));
    run(
        &mut case,
        Step::RepairDone(Some("SN-NEW".into())),
        "2026-03-03",
    )
    .unwrap();
    assert_eq!(case.replacement_serial.as_deref(), Some("SN-NEW"));
    assert_eq!(case.state, CaseState::Ready);
    let err = run(
        &mut case,
        Step::HandBack(Handback::Shipped {
            carrier: "DHL".into(),
            tracking: " ".into(),
        }),
        "2026-03-04",
    );
    assert!(matches!(err, Err(StepError::Invalid { field, .. }) if field == "tracking"));
    let event = run(
        &mut case,
        Step::HandBack(Handback::Collected {
            by: "Ada".into(),
            id_checked: true,
        }),
        "2026-03-04",
    )
    .unwrap();
    assert_eq!(
        (case.state, event.clause.as_str()),
        (CaseState::Returned, "2.1")
    );
    assert_eq!(
        case.handover.password_note, None,
        "removed on return (3.2, 3.7)"
    );
    assert!(
        !event.note.contains("Ada"),
        "the history holds no collector's name"
    );
}

#[test]
fn a_step_from_the_wrong_state_is_refused_naming_both_states() {
    let mut case = opened(Arrival::WalkIn);
    let err = run(&mut case, Step::RepairDone(None), "2026-03-02").unwrap_err();
    assert_eq!(
        err,
        StepError::Transition {
            from: CaseState::Received,
            to: CaseState::Ready
        }
    );
    let err = run(&mut case, Step::Expire, "2026-04-01").unwrap_err();
    assert!(matches!(err, StepError::Transition { .. }));
}

#[test]
fn an_application_expires_or_is_resolved_remotely() {
    let mut case = opened(Arrival::MailIn);
    let early = run(&mut case, Step::Expire, "2026-03-16");
    assert!(matches!(early, Err(StepError::Refused(reason)) if reason.text.contains("2026-03-16")));
    let event = run(&mut case, Step::Expire, "2026-03-17").unwrap();
    assert_eq!(
        (case.state, event.clause.as_str()),
        (CaseState::Expired, "4.2")
    );

    let mut remote = opened(Arrival::MailIn);
    let err = run(
        &mut remote,
        Step::ResolveRemotely("  ".into()),
        "2026-03-02",
    );
    assert!(matches!(err, Err(StepError::Invalid { field, .. }) if field == "note"));
    let event = run(
        &mut remote,
        Step::ResolveRemotely("Firmware 2.1".into()),
        "2026-03-02",
    )
    .unwrap();
    assert_eq!(
        (remote.state, event.clause.as_str()),
        (CaseState::ResolvedRemotely, "4.1")
    );
}

#[test]
fn a_steps_business_dates_are_named_for_the_warning() {
    let today = d("2026-03-10");
    let step = Step::Payment(payment(100, "2026-05-10"));
    let warnings: Vec<String> = step
        .business_dates()
        .into_iter()
        .filter_map(|(what, field, date)| {
            super::super::dates::after_today_warning(what, field, date, today)
        })
        .map(|note| note.text)
        .collect();
    assert_eq!(
        warnings,
        ["Paid on 2026-05-10 is 61 days after today (2026-03-10): check it"]
    );
    assert!(Step::DeclineQuote.business_dates().is_empty());
    assert_eq!(
        Step::AcceptQuote(d("2026-03-09")).business_dates(),
        [("Payment notice date", "notice_on", d("2026-03-09"))]
    );
}

#[test]
fn every_step_serialises_and_reads_back() {
    let steps = [
        Step::Receive(parcel("2026-03-04")),
        Step::AcceptQuote(d("2026-03-05")),
        Step::DeclineQuote,
        Step::Payment(payment(100, "2026-03-06")),
        Step::RepairDone(None),
        Step::HandBack(Handback::Shipped {
            carrier: "DHL".into(),
            tracking: "1Z".into(),
        }),
    ];
    for step in steps {
        let json = serde_json::to_string(&step).unwrap();
        assert_eq!(serde_json::from_str::<Step>(&json).unwrap(), step, "{json}");
    }
}
