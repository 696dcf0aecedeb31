//! Whole flows through the store: each path a case can take from the desk or
//! the door back to the customer, walked with the store's transitions on fixed dates.
//! Each test asserts the exact event trail — (from, to, clause), one event per step —,
//! the notes that matter, the case's fields at the end, the documents printed on the
//! way, and that the event chain verifies.

mod store_common;

use chrono::{DateTime, Utc};
use fixdesk::documents::{self, LabelForm};
use fixdesk::domain::case::{DocumentKind, Handback};
use fixdesk::domain::parcel::ParcelOutcome;
use fixdesk::domain::{
    Case, CaseNumber, Cause, Diagnosis, Handover, Invoice, PasswordStatus, Payment, Policy, Proof,
    PurchaseChannel, Quote, RepairMethod, ReturnReason, State, Verdict,
};
use fixdesk::store::{ParcelArrival, Store};
use store_common::*;

type Trail = Vec<(Option<State>, State, &'static str)>;

/// The case's history as (from, to, clause).
fn trail(case: &Case) -> Vec<(Option<State>, State, String)> {
    case.events
        .iter()
        .map(|e| (e.from, e.to, e.clause.clone()))
        .collect()
}

/// The stored case is the one the last step returned, its history is exactly
/// `expected`, and the whole event chain verifies with `events` events in the store.
fn assert_trail(store: &Store, case: &Case, expected: &Trail, events: u64) {
    let stored = store
        .case(&case.number)
        .expect("read")
        .expect("the case is stored");
    assert_eq!(&stored, case, "the returned case is the stored case");
    let expected: Vec<(Option<State>, State, String)> = expected
        .iter()
        .map(|(from, to, clause)| (*from, *to, clause.to_string()))
        .collect();
    assert_eq!(trail(&stored), expected, "event trail of {}", case.number);
    assert_eq!(
        stored.events.last().map(|e| e.to),
        Some(stored.state),
        "the history ends where the case stands"
    );
    let report = store.verify().expect("verify");
    assert!(report.is_ok(), "{:?}", report.problems);
    assert_eq!(report.events, events, "events in the whole store");
}

/// The note of the event number `index` (0 = creation).
fn note(case: &Case, index: usize) -> &str {
    case.events.get(index).map_or("", |e| e.note.as_str())
}

fn quote() -> Quote {
    quote_of(("Display assembly", 18_900), ("Fitting, 45 minutes", 3_500))
}

/// A parcel accepted at the door with a charger and a password told to the inspector.
fn good_parcel(received: &str) -> ParcelArrival {
    parcel_with(
        received,
        Handover {
            accessories: vec!["Charger".into(), "USB-C cable".into()],
            condition: "Scuffed corners".into(),
            password: PasswordStatus::ToldToInspector,
            password_note: Some("2580".into()),
            backup_acknowledged: true,
            accuracy_confirmed: true,
        },
    )
}

fn nine(day_text: &str) -> DateTime<Utc> {
    day(day_text).and_hms_opt(9, 30, 0).expect("time").and_utc()
}

/// The inspector ("ben") diagnoses case `n` at 9:30 on `on`.
fn diagnosed(
    store: &mut Store,
    p: &Policy,
    n: &CaseNumber,
    diagnosis: Diagnosis,
    on: &str,
) -> Case {
    store
        .diagnose(n, &diagnosis, p, day(on), "ben", nine(on))
        .expect("diagnose")
}

/// The customer `by` collects case `n` at the counter, ID checked, at 9:30 on `on`.
fn collected(store: &mut Store, n: &CaseNumber, by: &str, on: &str) -> Case {
    let handback = Handback::Collected {
        by: by.into(),
        id_checked: true,
    };
    store
        .hand_back(n, &handback, "chloe", nine(on))
        .expect("collected")
}

on_both_engines! {
    fn mail_in_free_repair_from_application_to_return_with_the_label(store) {
        let p = policy();
        let mut settings = store.settings().expect("settings");
        // A return label names its sender: the center's address (2.1).
        settings.center.address = "14 Harbour Street\nLeeds LS1 4AB".into();

        let case = store
            .create_case(
                &mail_in("W-100", "Ann Lee", "AA5-100", "2026-03-02"),
                &p,
                "ana",
                at("2026-03-02"),
            )
            .expect("apply");
        let n = case.number.clone();
        assert_eq!(case.state, State::Applied);
        let decision = &case
            .decision
            .as_ref()
            .expect("decided at application")
            .decision;
        assert_eq!(
            (decision.verdict, decision.provisional),
            (Verdict::Free, true)
        );

        // The parcel arrives on day 3, well packed; the inspector types the device's serial
        // as the label reads, which is the application's written otherwise (a serial that
        // really differs is the next test's).
        let mut parcel = good_parcel("2026-03-05");
        parcel.serial_found = Some("aa5 100".into());
        let case = store
            .receive_parcel(&n, &parcel, "ben", nine("2026-03-05"))
            .expect("accept the parcel");
        assert_eq!(case.received_on, Some(day("2026-03-05")));
        assert!(
            note(&case, 1).contains("open application"),
            "{}",
            note(&case, 1)
        );
        assert!(!note(&case, 1).contains("differs"), "{}", note(&case, 1));
        assert_eq!(
            (case.device.serial.as_str(), case.applied_serial.as_deref()),
            ("AA5-100", None)
        );
        let record = case.parcel.as_ref().expect("parcel on file");
        assert_eq!(record.outcome, ParcelOutcome::Accept);
        assert_eq!(record.serial_found.as_deref(), Some("aa5 100"));

        let case = diagnosed(
            &mut store,
            &p,
            &n,
            found(
                Cause::Manufacturing,
                "battery",
                RepairMethod::PartReplacement,
            ),
            "2026-03-06",
        );
        let decision = &case.decision.as_ref().expect("decided").decision;
        assert_eq!(
            (decision.verdict, decision.provisional),
            (Verdict::Free, false)
        );
        assert!(note(&case, 2).contains("Free repair"), "{}", note(&case, 2));

        let case = store
            .repair_done(&n, None, "ben", nine("2026-03-09"))
            .expect("repaired");
        assert_eq!(case.return_reason, Some(ReturnReason::Repaired));

        // The return label, printed and recorded (no event: printing moves nothing).
        let at_label = nine("2026-03-10");
        let pdf = documents::label(
            &case,
            &settings,
            LabelForm::FourBySix,
            Some("1Z999"),
            at_label,
        )
        .expect("label");
        assert!(pdf.starts_with(b"%PDF"));
        store
            .record_document(&n, DocumentKind::Label, "chloe", at_label)
            .expect("record label");
        // Free repair, though the customer asked to keep parts: 2.5 keeps them with the
        // manufacturer, so only the device and its accessories go back.
        assert_eq!(
            documents::label::contents(&case),
            ["Aurora A5, serial AA5-100", "Charger", "USB-C cable"]
        );

        let case = store
            .hand_back(
                &n,
                &Handback::Shipped {
                    carrier: "DHL".into(),
                    tracking: "1Z999".into(),
                },
                "chloe",
                nine("2026-03-10"),
            )
            .expect("shipped");
        assert_trail(
            &store,
            &case,
            &vec![
                (None, State::Applied, "1.1"),
                (Some(State::Applied), State::Received, "1.1"),
                (Some(State::Received), State::InRepair, "1.4"),
                (Some(State::InRepair), State::Ready, "2.5"),
                (Some(State::Ready), State::Returned, "2.1"),
            ],
            5,
        );
        let last = note(&case, 4);
        assert!(
            last.contains("freight prepaid by the service center"),
            "{last}"
        );
        assert!(
            last.contains("password note was removed (3.2, 3.7)"),
            "{last}"
        );
        assert_eq!(
            case.handover.password_note, None,
            "3.2, 3.7: removed on return"
        );
        assert_eq!(case.handover.password, PasswordStatus::ToldToInspector);
        assert_eq!(
            case.handback,
            Some(Handback::Shipped {
                carrier: "DHL".into(),
                tracking: "1Z999".into()
            })
        );
        assert!(case.payments.is_empty() && case.quote.is_none());
        assert_eq!(case.replacement_serial, None);
        let kinds: Vec<DocumentKind> = case.documents.iter().map(|d| d.kind).collect();
        assert_eq!(kinds, [DocumentKind::Label]);
        assert_eq!(case.documents[0].at, at_label);
        assert_eq!(case.documents[0].by, "chloe");
        let actors: Vec<&str> = case.events.iter().map(|e| e.actor.as_str()).collect();
        assert_eq!(actors, ["ana", "ben", "ben", "ben", "chloe"]);
        // Time is what the desk passed in, never the clock.
        let times: Vec<DateTime<Utc>> = case.events.iter().map(|e| e.at).collect();
        assert_eq!(
            times,
            [
                at("2026-03-02"),
                nine("2026-03-05"),
                nine("2026-03-06"),
                nine("2026-03-09"),
                nine("2026-03-10")
            ]
        );
    }
}

#[test]
fn a_device_with_another_serial_than_the_application_is_the_product_and_decides_again() {
    let (_dir, mut store) = temp_store();
    let p = policy();
    let case = store
        .create_case(
            &mail_in("W-101", "Ann Lee", "AA5-100", "2026-03-02"),
            &p,
            "ana",
            at("2026-03-02"),
        )
        .expect("apply");
    let n = case.number.clone();
    let decision = &case.decision.as_ref().expect("decided").decision;
    assert_eq!(
        (decision.verdict, decision.invoice_valid),
        (Verdict::Free, Some(true))
    );

    let mut parcel = good_parcel("2026-03-05");
    parcel.serial_found = Some("AA5-1OO".into());
    let case = store
        .receive_parcel(&n, &parcel, "ben", nine("2026-03-05"))
        .expect("accept the parcel");
    assert!(
        note(&case, 1).contains("serial AA5-1OO differs from the application's AA5-100"),
        "{}",
        note(&case, 1)
    );
    assert!(
        note(&case, 1).contains("Free repair, invoice valid → Needs proof, invoice not valid"),
        "{}",
        note(&case, 1)
    );
    assert_eq!(
        case.device.serial, "AA5-1OO",
        "the device received is the product"
    );
    assert_eq!(case.applied_serial.as_deref(), Some("AA5-100"));
    let decision = &case.decision.as_ref().expect("decided again").decision;
    assert_eq!(
        decision.invoice_valid,
        Some(false),
        "2.4: it names another serial"
    );
    assert_eq!(decision.verdict, Verdict::NeedsProof);
    let record = case.parcel.as_ref().expect("parcel on file");
    assert_eq!(record.serial_found.as_deref(), Some("AA5-1OO"));
    assert_trail(
        &store,
        &case,
        &vec![
            (None, State::Applied, "1.1"),
            (Some(State::Applied), State::Received, "1.1"),
        ],
        2,
    );
    // Both serials find the case, before the fold and after it.
    for _ in 0..2 {
        for serial in ["AA5-1OO", "aa5 100"] {
            let found: Vec<CaseNumber> = store
                .search(serial, 10)
                .expect("search")
                .into_iter()
                .map(|c| c.number)
                .collect();
            assert_eq!(found, std::slice::from_ref(&n), "'{serial}' finds the case");
        }
        store.fold_recent().expect("fold");
    }
    // Lists (and the documents, which read the case's device) show the device received.
    let summary = store.search("AA5-1OO", 1).expect("search");
    assert_eq!(summary[0].serial, "AA5-1OO");
}

on_both_engines! {
    fn paid_mail_in_repair_with_quote_acceptance_payment_unit_replacement_and_return(store) {
        let p = policy();
        let mut settings = store.settings().expect("settings");
        // A return label names its sender: the center's address (2.1).
        settings.center.address = "14 Harbour Street\nLeeds LS1 4AB".into();
        let n = open_case(
            &mut store,
            &mail_in("W-200", "Bo Chen", "AA5-200", "2026-03-02"),
            &p,
            "2026-03-02",
        );
        store
            .receive_parcel(&n, &good_parcel("2026-03-04"), "ben", nine("2026-03-04"))
            .expect("accept");
        // Dropped: man-made, not covered (1.3). The decision becomes paid; it stays received
        // until the quote is sent (2.2).
        let case = diagnosed(
            &mut store,
            &p,
            &n,
            found(Cause::ManMade, "mainboard", RepairMethod::UnitReplacement),
            "2026-03-05",
        );
        assert_eq!(case.state, State::Received);
        assert!(
            note(&case, 2).contains("A quote must be sent"),
            "{}",
            note(&case, 2)
        );

        let case = store
            .send_quote(&n, &quote(), day("2026-03-05"), "ben", nine("2026-03-05"))
            .expect("quote sent");
        assert_eq!(case.asked_on, Some(day("2026-03-05")));
        assert!(note(&case, 3).contains("224.00 EUR"), "{}", note(&case, 3));
        // The quote the desk prints or e-mails.
        let pdf = documents::quote(&case, &settings, nine("2026-03-05")).expect("quote PDF");
        assert!(pdf.starts_with(b"%PDF"));
        store
            .record_document(&n, DocumentKind::Quote, "ben", nine("2026-03-05"))
            .expect("record quote");

        let case = store
            .accept_quote(&n, day("2026-03-06"), "ana", nine("2026-03-06"))
            .expect("accepted");
        assert!(
            note(&case, 4).contains("Payment due by 2026-04-06"),
            "{}",
            note(&case, 4)
        );
        // A part payment, then the rest.
        let case = store
            .record_payment(
                &n,
                &Payment {
                    amount: eur(10_000),
                    paid_on: day("2026-03-07"),
                    method: "card".into(),
                },
                "ana",
                nine("2026-03-07"),
            )
            .expect("part payment");
        assert_eq!(case.state, State::AwaitingPayment);
        assert!(
            note(&case, 5).contains("124.00 EUR still due"),
            "{}",
            note(&case, 5)
        );
        store
            .record_payment(
                &n,
                &Payment {
                    amount: eur(12_400),
                    paid_on: day("2026-03-09"),
                    method: "bank transfer".into(),
                },
                "ana",
                nine("2026-03-09"),
            )
            .expect("paid");
        let case = store
            .repair_done(&n, Some("AA5-NEW-1"), "ben", nine("2026-03-11"))
            .expect("repaired");
        assert!(
            note(&case, 7).contains("replaced by unit AA5-NEW-1"),
            "{}",
            note(&case, 7)
        );

        // Paid and asked at application time (the mail-in fixture asks): the replaced
        // original unit goes back in the same package (2.5).
        let contents = documents::label::contents(&case);
        assert_eq!(
            contents[0],
            "Aurora A5: replacement unit, serial AA5-NEW-1 (2.5)"
        );
        assert!(
            contents
                .iter()
                .any(|l| l.contains("replaced original unit, serial AA5-200")),
            "{contents:?}"
        );
        let pdf = documents::label(
            &case,
            &settings,
            LabelForm::Sheet(settings.paper),
            None,
            nine("2026-03-12"),
        )
        .expect("label");
        assert!(pdf.starts_with(b"%PDF"));
        store
            .record_document(&n, DocumentKind::Label, "chloe", nine("2026-03-12"))
            .expect("record label");
        let case = store
            .hand_back(
                &n,
                &Handback::Shipped {
                    carrier: "UPS".into(),
                    tracking: "UPS-42".into(),
                },
                "chloe",
                nine("2026-03-12"),
            )
            .expect("shipped");
        assert_trail(
            &store,
            &case,
            &vec![
                (None, State::Applied, "1.1"),
                (Some(State::Applied), State::Received, "1.1"),
                (Some(State::Received), State::Received, "2.2"),
                (Some(State::Received), State::AwaitingCustomer, "2.2"),
                (Some(State::AwaitingCustomer), State::AwaitingPayment, "2.6"),
                (Some(State::AwaitingPayment), State::AwaitingPayment, "2.6"),
                (Some(State::AwaitingPayment), State::InRepair, "2.6"),
                (Some(State::InRepair), State::Ready, "2.5"),
                (Some(State::Ready), State::Returned, "2.1"),
            ],
            9,
        );
        assert_eq!(case.replacement_serial.as_deref(), Some("AA5-NEW-1"));
        assert_eq!(case.return_reason, Some(ReturnReason::Repaired));
        assert_eq!(case.payment_notice_on, Some(day("2026-03-06")));
        let paid: Vec<(i64, &str)> = case
            .payments
            .iter()
            .map(|p| (p.amount.minor, p.method.as_str()))
            .collect();
        assert_eq!(paid, [(10_000, "card"), (12_400, "bank transfer")]);
        assert_eq!(case.handover.password_note, None);
        let kinds: Vec<DocumentKind> = case.documents.iter().map(|d| d.kind).collect();
        assert_eq!(kinds, [DocumentKind::Quote, DocumentKind::Label]);
        // The replacement is found by its new serial, and the original by its own.
        assert_eq!(store.serial_history("AA5-NEW-1").expect("history").len(), 1);
    }
}

on_both_engines! {
    fn a_walk_in_found_man_made_turns_provisional_free_into_a_quote_and_is_collected(store) {
        let p = policy();
        let settings = store.settings().expect("settings");
        let case = store
            .create_case(
                &walk_in("Cy Dorn", "AA5-300", "2026-03-02"),
                &p,
                "ana",
                at("2026-03-02"),
            )
            .expect("walk in");
        let n = case.number.clone();
        let before = case.decision.clone().expect("decided at the desk").decision;
        assert_eq!((before.verdict, before.provisional), (Verdict::Free, true));
        assert!(
            note(&case, 0).contains("provisional until inspection"),
            "{}",
            note(&case, 0)
        );

        let case = diagnosed(
            &mut store,
            &p,
            &n,
            found(Cause::ManMade, "display", RepairMethod::PartReplacement),
            "2026-03-03",
        );
        let after = &case.decision.as_ref().expect("decided again").decision;
        assert_eq!((after.verdict, after.provisional), (Verdict::Paid, false));
        assert!(
            after
                .reasons
                .iter()
                .any(|r| r.clause == "1.3" && r.text.contains("man-made damage")),
            "{:?}",
            after.reasons
        );
        assert_eq!(case.diagnosis.component.as_deref(), Some("display"));
        // No work without a quote: payment and repair are refused now.
        assert!(
            store
                .repair_done(&n, None, "ben", nine("2026-03-03"))
                .is_err()
        );
        assert!(
            store
                .accept_quote(&n, day("2026-03-03"), "ana", nine("2026-03-03"))
                .is_err()
        );

        store
            .send_quote(&n, &quote(), day("2026-03-03"), "ben", nine("2026-03-03"))
            .expect("quote");
        store
            .accept_quote(&n, day("2026-03-03"), "ana", nine("2026-03-04"))
            .expect("accept");
        store
            .record_payment(
                &n,
                &Payment {
                    amount: eur(22_400),
                    paid_on: day("2026-03-04"),
                    method: "cash".into(),
                },
                "ana",
                nine("2026-03-04"),
            )
            .expect("pay");
        let case = store
            .repair_done(&n, None, "ben", nine("2026-03-05"))
            .expect("repaired");
        // Counter pickup: the handover receipt for the collector to sign, then closing.
        let pdf = documents::handover_receipt(&case, &settings, "Cy Dorn", true, nine("2026-03-06"))
            .expect("handover receipt");
        assert!(pdf.starts_with(b"%PDF"));
        store
            .record_document(
                &n,
                DocumentKind::HandoverReceipt,
                "chloe",
                nine("2026-03-06"),
            )
            .expect("record");
        let case = collected(&mut store, &n, "Cy Dorn", "2026-03-06");
        assert_trail(
            &store,
            &case,
            &vec![
                (None, State::Received, "1.1"),
                (Some(State::Received), State::Received, "2.2"),
                (Some(State::Received), State::AwaitingCustomer, "2.2"),
                (Some(State::AwaitingCustomer), State::AwaitingPayment, "2.6"),
                (Some(State::AwaitingPayment), State::InRepair, "2.6"),
                (Some(State::InRepair), State::Ready, "2.5"),
                (Some(State::Ready), State::Returned, "2.1"),
            ],
            7,
        );
        assert_eq!(
            note(&case, 6),
            "Collected at the counter, ID checked. The password note was removed (3.2, 3.7)."
        );
        assert_eq!(
            case.handback,
            Some(Handback::Collected {
                by: "Cy Dorn".into(),
                id_checked: true
            })
        );
        assert_eq!(case.handover.password_note, None);
        // The walk-in did not ask to keep parts: they stay with the manufacturer (2.5).
        assert!(
            !documents::label::contents(&case)
                .iter()
                .any(|l| l.contains("replaced")),
        );
        let kinds: Vec<DocumentKind> = case.documents.iter().map(|d| d.kind).collect();
        assert_eq!(kinds, [DocumentKind::HandoverReceipt]);
    }
}

on_both_engines! {
    fn an_unpaid_accepted_quote_goes_back_unrepaired_after_a_month(store) {
        let p = policy();
        let n = open_case(
            &mut store,
            &mail_in("W-400", "Di Eng", "AA5-400", "2026-01-20"),
            &p,
            "2026-01-20",
        );
        store
            .receive_parcel(&n, &good_parcel("2026-01-23"), "ben", nine("2026-01-23"))
            .expect("accept");
        diagnosed(
            &mut store,
            &p,
            &n,
            found(
                Cause::ImproperUse,
                "charging port",
                RepairMethod::PartReplacement,
            ),
            "2026-01-26",
        );
        store
            .send_quote(&n, &quote(), day("2026-01-26"), "ben", nine("2026-01-26"))
            .expect("quote");
        // Notice on 31 January: due 28 February (month end, 2.6); overdue from 1 March.
        store
            .accept_quote(&n, day("2026-01-31"), "ana", nine("2026-01-31"))
            .expect("accept");
        let err = store
            .return_overdue_payment(&n, day("2026-02-28"), "ana", nine("2026-02-28"))
            .expect_err("not overdue on the due day");
        assert!(err.to_string().contains("2026-02-28"), "{err}");
        let case = store
            .return_overdue_payment(&n, day("2026-03-01"), "ana", nine("2026-03-01"))
            .expect("overdue");
        assert_eq!(
            note(&case, 5),
            "Payment not received by 2026-02-28: the device goes back unrepaired."
        );
        // Nothing was repaired, so nothing replaced goes back, though the customer asked
        // to keep parts (2.5): only the device and its accessories.
        assert_eq!(
            documents::label::contents(&case),
            ["Aurora A5, serial AA5-400", "Charger", "USB-C cable"]
        );
        let case = store
            .hand_back(
                &n,
                &Handback::Shipped {
                    carrier: "DPD".into(),
                    tracking: "DPD-7".into(),
                },
                "chloe",
                nine("2026-03-02"),
            )
            .expect("shipped");
        assert_trail(
            &store,
            &case,
            &vec![
                (None, State::Applied, "1.1"),
                (Some(State::Applied), State::Received, "1.1"),
                (Some(State::Received), State::Received, "2.2"),
                (Some(State::Received), State::AwaitingCustomer, "2.2"),
                (Some(State::AwaitingCustomer), State::AwaitingPayment, "2.6"),
                (Some(State::AwaitingPayment), State::ToReturn, "2.6"),
                (Some(State::ToReturn), State::Returned, "2.1"),
            ],
            7,
        );
        assert_eq!(case.return_reason, Some(ReturnReason::PaymentOverdue));
        assert!(case.payments.is_empty());
        assert_eq!(case.replacement_serial, None);
        assert_eq!(case.handover.password_note, None);
    }
}

on_both_engines! {
    fn an_application_without_a_parcel_expires_and_a_late_parcel_is_unsolicited(store) {
        let p = policy();
        let n = open_case(
            &mut store,
            &mail_in("W-500", "Ed Fox", "AA5-500", "2026-03-01"),
            &p,
            "2026-03-01",
        );
        // Open through 16 March (4.2).
        assert!(
            store
                .expire_application(&n, day("2026-03-16"), "ana", nine("2026-03-16"))
                .is_err()
        );
        let old = store
            .expire_application(&n, day("2026-03-17"), "ana", nine("2026-03-17"))
            .expect("expired");
        assert_eq!(
            note(&old, 1),
            "No parcel arrived by 2026-03-16: the application expired; the customer must apply again."
        );
        // The parcel turns up on the 18th: not on the expired application …
        assert!(
            store
                .receive_parcel(&n, &good_parcel("2026-03-18"), "ben", nine("2026-03-18"))
                .is_err()
        );
        // … but as a new case, taken in without responsibility for losses (4.3).
        let late = store
            .record_parcel_without_application(
                &walk_in("Ed Fox", "AA5-500", "2026-03-18"),
                &good_parcel("2026-03-18"),
                Some(&n),
                &p,
                "ben",
                nine("2026-03-18"),
            )
            .expect("unsolicited");
        assert_ne!(late.number, n);
        assert!(late.unsolicited);
        assert_eq!(late.received_on, Some(day("2026-03-18")));
        assert_eq!(late.claim_date(), Some(day("2026-03-18")));
        let first = note(&late, 0);
        assert!(
            first.contains(&format!("application {n}, which had expired")),
            "{first}"
        );
        assert!(first.contains("(4.2)"), "{first}");
        assert!(first.contains("no responsibility"), "{first}");
        assert_eq!(
            late.parcel.as_ref().map(|r| r.outcome),
            Some(ParcelOutcome::AcceptUnsolicited)
        );
        // It goes on like any case taken in: free, repaired, collected.
        let m = late.number.clone();
        diagnosed(
            &mut store,
            &p,
            &m,
            found(
                Cause::Manufacturing,
                "battery",
                RepairMethod::SoftwareUpdate,
            ),
            "2026-03-19",
        );
        store
            .repair_done(&m, None, "ben", nine("2026-03-19"))
            .expect("repaired");
        let late = store
            .hand_back(
                &m,
                &Handback::Collected {
                    by: "Ed Fox".into(),
                    id_checked: false,
                },
                "chloe",
                nine("2026-03-20"),
            )
            .expect("collected");
        let old = store.case(&n).expect("read").expect("old");
        assert_trail(
            &store,
            &old,
            &vec![
                (None, State::Applied, "1.1"),
                (Some(State::Applied), State::Expired, "4.2"),
            ],
            6,
        );
        assert_trail(
            &store,
            &late,
            &vec![
                (None, State::Received, "4.3"),
                (Some(State::Received), State::InRepair, "1.4"),
                (Some(State::InRepair), State::Ready, "2.5"),
                (Some(State::Ready), State::Returned, "2.1"),
            ],
            6,
        );
        assert_eq!(
            note(&late, 3),
            "Collected at the counter. The password note was removed (3.2, 3.7)."
        );
    }
}

on_both_engines! {
    fn proof_asked_and_not_given_in_time_sends_the_device_back(store) {
        let p = policy();
        // No invoice and no shipment date: the warranty start is unknown (2.4).
        let mut new = walk_in("Flo Gray", "AA5-600", "2026-03-02");
        new.proof = Proof {
            channel: PurchaseChannel::Authorized,
            ..Proof::default()
        };
        let case = store
            .create_case(&new, &p, "ana", at("2026-03-02"))
            .expect("walk in");
        let n = case.number.clone();
        assert_eq!(
            case.decision.as_ref().map(|d| d.decision.verdict),
            Some(Verdict::NeedsProof)
        );
        let case = store
            .ask_for_proof(&n, day("2026-03-02"), "ana", nine("2026-03-02"))
            .expect("asked");
        assert_eq!(case.asked_on, Some(day("2026-03-02")));
        // 14 days to answer (the default setting): through 16 March.
        let err = store
            .return_unanswered(&n, day("2026-03-16"), "ana", nine("2026-03-16"))
            .expect_err("still time");
        assert!(err.to_string().contains("2026-03-16"), "{err}");
        let case = store
            .return_unanswered(&n, day("2026-03-17"), "ana", nine("2026-03-17"))
            .expect("unanswered");
        assert_eq!(
            note(&case, 2),
            "No answer to the request for proof by 2026-03-16: the device goes back unrepaired."
        );
        let case = collected(&mut store, &n, "Flo Gray", "2026-03-18");
        assert_trail(
            &store,
            &case,
            &vec![
                (None, State::Received, "1.1"),
                (Some(State::Received), State::AwaitingCustomer, "2.3"),
                (Some(State::AwaitingCustomer), State::ToReturn, "2.3"),
                (Some(State::ToReturn), State::Returned, "2.1"),
            ],
            4,
        );
        assert_eq!(case.return_reason, Some(ReturnReason::ProofNotGiven));
        assert_eq!(case.handover.password_note, None);
    }
}

on_both_engines! {
    fn proof_given_in_time_decides_again_and_the_repair_goes_ahead(store) {
        let p = policy();
        let mut new = walk_in("Gil Hart", "AA5-700", "2026-03-02");
        new.proof = Proof {
            channel: PurchaseChannel::Unknown,
            ..Proof::default()
        };
        let n = open_case(&mut store, &new, &p, "2026-03-02");
        // Diagnosed, still without proof: the request for proof goes out with it (2.3).
        let case = diagnosed(
            &mut store,
            &p,
            &n,
            found(
                Cause::Manufacturing,
                "battery",
                RepairMethod::PartReplacement,
            ),
            "2026-03-03",
        );
        assert_eq!(case.asked_on, Some(day("2026-03-03")));
        let invoice = Proof {
            channel: PurchaseChannel::Authorized,
            invoice: Some(Invoice {
                date: Some(day("2025-11-20")),
                model: Some("Aurora A5".into()),
                serial: Some("AA5700".into()),
                legible: true,
                altered: false,
            }),
            ..Proof::default()
        };
        let case = store
            .proof_received(
                &n,
                &invoice,
                &p,
                day("2026-03-10"),
                "ana",
                nine("2026-03-10"),
            )
            .expect("proof");
        let decision = &case.decision.as_ref().expect("decided").decision;
        assert_eq!(
            (decision.verdict, decision.invoice_valid),
            (Verdict::Free, Some(true))
        );
        assert_eq!(case.asked_on, None, "nothing is awaited any more");
        let case = store
            .repair_done(&n, None, "ben", nine("2026-03-11"))
            .expect("repaired");
        let case = collected(&mut store, &case.number, "Gil Hart", "2026-03-12");
        assert_trail(
            &store,
            &case,
            &vec![
                (None, State::Received, "1.1"),
                (Some(State::Received), State::AwaitingCustomer, "2.3"),
                (Some(State::AwaitingCustomer), State::InRepair, "2.4"),
                (Some(State::InRepair), State::Ready, "2.5"),
                (Some(State::Ready), State::Returned, "2.1"),
            ],
            5,
        );
        assert_eq!(case.proof, invoice);
    }
}

on_both_engines! {
    fn an_unanswered_quote_counts_as_declined_and_goes_back(store) {
        let p = policy();
        let n = open_case(
            &mut store,
            &walk_in("Hu Ito", "AA5-800", "2026-03-02"),
            &p,
            "2026-03-02",
        );
        diagnosed(
            &mut store,
            &p,
            &n,
            found(
                Cause::ForceMajeure,
                "mainboard",
                RepairMethod::PartReplacement,
            ),
            "2026-03-02",
        );
        store
            .send_quote(&n, &quote(), day("2026-03-03"), "ben", nine("2026-03-03"))
            .expect("quote");
        let case = store
            .return_unanswered(&n, day("2026-03-18"), "ana", nine("2026-03-18"))
            .expect("unanswered");
        assert_eq!(
            note(&case, 3),
            "No answer to the quote by 2026-03-17: the device goes back unrepaired."
        );
        let case = collected(&mut store, &n, "Hu Ito", "2026-03-19");
        assert_trail(
            &store,
            &case,
            &vec![
                (None, State::Received, "1.1"),
                (Some(State::Received), State::Received, "2.2"),
                (Some(State::Received), State::AwaitingCustomer, "2.2"),
                (Some(State::AwaitingCustomer), State::ToReturn, "2.3"),
                (Some(State::ToReturn), State::Returned, "2.1"),
            ],
            5,
        );
        assert_eq!(case.return_reason, Some(ReturnReason::QuoteDeclined));
    }
}

on_both_engines! {
    fn an_application_resolved_remotely_closes_without_a_parcel(store) {
        let p = policy();
        let n = open_case(
            &mut store,
            &mail_in("W-900", "Ida Jo", "AA5-900", "2026-03-02"),
            &p,
            "2026-03-02",
        );
        assert!(
            store
                .resolve_remotely(&n, "   ", "ana", nine("2026-03-03"))
                .is_err(),
            "a remote resolution says how"
        );
        let case = store
            .resolve_remotely(
                &n,
                "Firmware 2.4.1 installed by the customer, guided by phone",
                "ana",
                nine("2026-03-03"),
            )
            .expect("resolved");
        assert_eq!(
            note(&case, 1),
            "Resolved remotely: Firmware 2.4.1 installed by the customer, guided by phone"
        );
        // Closed: a parcel can no longer be taken in on it, nor the application expired.
        assert!(
            store
                .receive_parcel(&n, &good_parcel("2026-03-04"), "ben", nine("2026-03-04"))
                .is_err()
        );
        assert!(
            store
                .expire_application(&n, day("2026-03-30"), "ana", nine("2026-03-30"))
                .is_err()
        );
        assert!(case.state.is_terminal());
        assert_eq!(case.received_on, None);
        assert_eq!(case.parcel, None);
        assert_trail(
            &store,
            &case,
            &vec![
                (None, State::Applied, "1.1"),
                (Some(State::Applied), State::ResolvedRemotely, "4.1"),
            ],
            2,
        );
    }
}

on_both_engines! {
    fn a_refused_parcel_on_an_open_application_is_on_file_and_closed(store) {
        let p = policy();
        let n: CaseNumber = open_case(
            &mut store,
            &mail_in("W-1000", "Jan Ko", "AA5-1000", "2026-03-02"),
            &p,
            "2026-03-02",
        );
        let mut cod = good_parcel("2026-03-04");
        cod.cash_on_delivery = true;
        cod.packaging_adequate = false;
        let case = store
            .receive_parcel(&n, &cod, "ben", nine("2026-03-04"))
            .expect("refused at the door");
        assert!(
            note(&case, 1).contains("cash on delivery"),
            "{}",
            note(&case, 1)
        );
        assert!(note(&case, 1).contains("(3.4)"), "{}", note(&case, 1));
        // Nothing was taken in.
        assert_eq!(case.received_on, None);
        assert!(case.handover.accessories.is_empty());
        assert_eq!(case.handover.password_note, None);
        assert_trail(
            &store,
            &case,
            &vec![
                (None, State::Applied, "1.1"),
                (Some(State::Applied), State::Rejected, "2.1"),
            ],
            2,
        );
    }
}
