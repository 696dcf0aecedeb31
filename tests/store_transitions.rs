//! Transitions (docs/rules.md §4–§6): each allowed step writes exactly one event, each refused
//! one writes nothing; the event chain shows tampering.

mod store_common;

use std::process::Command;

use fixdesk::domain::case::Handback;
use fixdesk::domain::parcel::ParcelOutcome;
use fixdesk::domain::{Case, NewCase, Policy, Step};
use fixdesk::domain::{
    CaseNumber, Cause, Currency, Diagnosis, Invoice, Money, Payment, Proof, PurchaseChannel, Quote,
    RepairMethod, ReturnReason, State, Verdict,
};
use fixdesk::store::{ParcelArrival, Store, StoreError};
use store_common::*;

fn diagnosis(cause: Cause, method: RepairMethod) -> Diagnosis {
    found(cause, "battery", method)
}

/// The inspector ("ben") diagnoses case `n` at noon on `on`, checked as an allowed step.
fn diagnosed(
    store: &mut Store,
    p: &Policy,
    n: &CaseNumber,
    cause: Cause,
    method: RepairMethod,
    on: &str,
) -> Case {
    allowed(store, n, |s| {
        s.diagnose(n, &diagnosis(cause, method), p, day(on), "ben", at(on))
    })
}

fn quote() -> Quote {
    quote_of(("Battery", 5000), ("Labour", 2000))
}

fn parcel(received: &str) -> ParcelArrival {
    parcel_with(
        received,
        fixdesk::domain::Handover {
            accessories: vec!["charger".into()],
            ..Default::default()
        },
    )
}

on_both_engines! {
    fn a_free_repair_goes_from_the_desk_back_to_the_customer(store) {
        let p = policy();
        let case = store
            .create_case(
                &walk_in("Ann Lee", "AA5-1", "2026-03-02"),
                &p,
                "ana",
                at("2026-03-02"),
            )
            .expect("create");
        let n = case.number.clone();
        let case = diagnosed(
            &mut store,
            &p,
            &n,
            Cause::Manufacturing,
            RepairMethod::PartReplacement,
            "2026-03-03",
        );
        assert_eq!(case.state, State::InRepair);
        assert_eq!(
            case.decision.as_ref().map(|d| d.decision.verdict),
            Some(Verdict::Free)
        );
        assert!(
            !case
                .decision
                .as_ref()
                .is_some_and(|d| d.decision.provisional)
        );
        let case = allowed(&mut store, &n, |s| {
            s.repair_done(&n, None, "ben", at("2026-03-05"))
        });
        assert_eq!(case.state, State::Ready);
        assert_eq!(case.return_reason, Some(ReturnReason::Repaired));
        assert_eq!(case.handover.password_note.as_deref(), Some("1234"));
        let case = allowed(&mut store, &n, |s| {
            s.hand_back(
                &n,
                &Handback::Collected {
                    by: "Ann Lee".into(),
                    id_checked: true,
                },
                "chloe",
                at("2026-03-06"),
            )
        });
        assert_eq!(case.state, State::Returned);
        assert_eq!(
            case.handover.password_note, None,
            "3.2, 3.7: removed on return"
        );
        assert!(
            case.events
                .last()
                .is_some_and(|e| e.note.contains("password note was removed"))
        );
        // Closed: nothing more.
        let err = refused(&mut store, &n, |s| {
            s.repair_done(&n, None, "ben", at("2026-03-07"))
        });
        assert!(
            matches!(
                err,
                StoreError::Transition {
                    from: State::Returned,
                    to: State::Ready,
                    ..
                }
            ),
            "{err}"
        );
    }
}

on_both_engines! {
    fn a_paid_repair_needs_a_quote_its_acceptance_and_payment(store) {
        let p = policy();
        let n = open_case(
            &mut store,
            &walk_in("Ben", "AA5-2", "2026-03-02"),
            &p,
            "2026-03-02",
        );
        // Nothing to accept, pay or repair before the quote.
        refused(&mut store, &n, |s| {
            s.accept_quote(&n, day("2026-03-02"), "ana", at("2026-03-02"))
        });
        refused(&mut store, &n, |s| {
            s.record_payment(
                &n,
                &Payment {
                    amount: eur(7000),
                    paid_on: day("2026-03-02"),
                    method: "card".into(),
                },
                "ana",
                at("2026-03-02"),
            )
        });
        // Free verdict: no quote.
        let err = refused(&mut store, &n, |s| {
            s.send_quote(&n, &quote(), day("2026-03-02"), "ben", at("2026-03-02"))
        });
        assert!(matches!(err, StoreError::Refused { .. }), "{err}");

        let case = diagnosed(
            &mut store,
            &p,
            &n,
            Cause::ManMade,
            RepairMethod::PartReplacement,
            "2026-03-03",
        );
        assert_eq!(case.state, State::Received, "paid: waits for a quote");
        assert_eq!(
            case.decision.as_ref().map(|d| d.decision.verdict),
            Some(Verdict::Paid)
        );
        let case = allowed(&mut store, &n, |s| {
            s.send_quote(&n, &quote(), day("2026-03-03"), "ben", at("2026-03-03"))
        });
        assert_eq!(case.state, State::AwaitingCustomer);
        assert_eq!(case.asked_on, Some(day("2026-03-03")));
        let case = allowed(&mut store, &n, |s| {
            s.accept_quote(&n, day("2026-03-05"), "ana", at("2026-03-05"))
        });
        assert_eq!(case.state, State::AwaitingPayment);
        assert_eq!(case.payment_notice_on, Some(day("2026-03-05")));
        // Not overdue before 5 April (2.6).
        refused(&mut store, &n, |s| {
            s.return_overdue_payment(&n, day("2026-04-05"), "ana", at("2026-04-05"))
        });
        let case = allowed(&mut store, &n, |s| {
            s.record_payment(
                &n,
                &Payment {
                    amount: eur(3000),
                    paid_on: day("2026-03-06"),
                    method: "cash".into(),
                },
                "ana",
                at("2026-03-06"),
            )
        });
        assert_eq!(case.state, State::AwaitingPayment, "part payment");
        let wrong = Payment {
            amount: Money::new(4000, Currency::new("USD").expect("USD")),
            paid_on: day("2026-03-07"),
            method: "card".into(),
        };
        refused(&mut store, &n, |s| {
            s.record_payment(&n, &wrong, "ana", at("2026-03-07"))
        });
        let case = allowed(&mut store, &n, |s| {
            s.record_payment(
                &n,
                &Payment {
                    amount: eur(4000),
                    paid_on: day("2026-03-07"),
                    method: "card".into(),
                },
                "ana",
                at("2026-03-07"),
            )
        });
        assert_eq!(case.state, State::InRepair);
        assert_eq!(case.payments.len(), 2);
    }
}

on_both_engines! {
    fn a_declined_quote_and_an_overdue_payment_send_the_device_back(store) {
        let p = policy();
        let mut numbers = Vec::new();
        // The second case came in at the end of January, for the month-end clamp below.
        for (serial, on) in [("AA5-3", "2026-03-02"), ("AA5-4", "2026-01-30")] {
            let n = open_case(&mut store, &walk_in("Cara", serial, on), &p, on);
            diagnosed(
                &mut store,
                &p,
                &n,
                Cause::ImproperUse,
                RepairMethod::PartReplacement,
                on,
            );
            allowed(&mut store, &n, |s| {
                s.send_quote(&n, &quote(), day(on), "ben", at(on))
            });
            numbers.push(n);
        }
        let n = &numbers[0];
        let case = allowed(&mut store, n, |s| {
            s.decline_quote(n, "ana", at("2026-03-04"))
        });
        assert_eq!(
            (case.state, case.return_reason),
            (State::ToReturn, Some(ReturnReason::QuoteDeclined))
        );
        let case = allowed(&mut store, n, |s| {
            s.hand_back(
                n,
                &Handback::Shipped {
                    carrier: "DHL".into(),
                    tracking: "D123".into(),
                },
                "chloe",
                at("2026-03-05"),
            )
        });
        assert_eq!(case.state, State::Returned);
        assert_eq!(case.events.last().map(|e| e.clause.as_str()), Some("2.1"));

        let n = &numbers[1];
        // The payment notice cannot come before the quote it follows.
        let err = refused(&mut store, n, |s| {
            s.accept_quote(n, day("2026-01-29"), "ana", at("2026-03-04"))
        });
        assert!(err.to_string().starts_with("notice_on: "), "{err}");
        allowed(&mut store, n, |s| {
            s.accept_quote(n, day("2026-01-31"), "ana", at("2026-03-04"))
        });
        // Notice 31 Jan: due 28 Feb (month-end clamped); overdue from 1 March.
        refused(&mut store, n, |s| {
            s.return_overdue_payment(n, day("2026-02-28"), "ana", at("2026-03-04"))
        });
        let case = allowed(&mut store, n, |s| {
            s.return_overdue_payment(n, day("2026-03-01"), "ana", at("2026-03-04"))
        });
        assert_eq!(case.return_reason, Some(ReturnReason::PaymentOverdue));
    }
}

on_both_engines! {
    fn proof_is_asked_for_and_decides_again(store) {
        let p = policy();
        let mut unknown = walk_in("Dev", "AA5-5", "2026-03-02");
        unknown.proof.channel = PurchaseChannel::Unknown;
        let n = open_case(&mut store, &unknown, &p, "2026-03-02");
        let case = diagnosed(
            &mut store,
            &p,
            &n,
            Cause::Manufacturing,
            RepairMethod::SoftwareUpdate,
            "2026-03-02",
        );
        assert_eq!(case.state, State::AwaitingCustomer);
        assert_eq!(case.asked_on, Some(day("2026-03-02")));
        // Still no proof: stays, one event.
        let case = allowed(&mut store, &n, |s| {
            s.proof_received(
                &n,
                &unknown.proof,
                &p,
                day("2026-03-04"),
                "ana",
                at("2026-03-04"),
            )
        });
        assert_eq!(case.state, State::AwaitingCustomer);
        let good = Proof {
            channel: PurchaseChannel::Authorized,
            invoice: Some(Invoice {
                date: Some(day("2025-12-01")),
                model: Some("Aurora A5".into()),
                serial: Some("AA5-5".into()),
                legible: true,
                altered: false,
            }),
            ..Proof::default()
        };
        let case = allowed(&mut store, &n, |s| {
            s.proof_received(&n, &good, &p, day("2026-03-05"), "ana", at("2026-03-05"))
        });
        assert_eq!(case.state, State::InRepair);

        // Asked by hand, never answered (2.3): back after the answer days.
        let m = open_case(
            &mut store,
            &walk_in("Eve", "AA5-6", "2026-03-02"),
            &p,
            "2026-03-02",
        );
        refused(&mut store, &m, |s| {
            s.return_unanswered(&m, day("2026-03-20"), "ana", at("2026-03-20"))
        });
        allowed(&mut store, &m, |s| {
            s.ask_for_proof(&m, day("2026-03-02"), "ana", at("2026-03-02"))
        });
        refused(&mut store, &m, |s| {
            s.return_unanswered(&m, day("2026-03-16"), "ana", at("2026-03-16"))
        });
        let case = allowed(&mut store, &m, |s| {
            s.return_unanswered(&m, day("2026-03-17"), "ana", at("2026-03-17"))
        });
        assert_eq!(case.return_reason, Some(ReturnReason::ProofNotGiven));
    }
}

on_both_engines! {
    fn an_unauthorized_device_is_not_eligible(store) {
        let p = policy();
        let mut grey = walk_in("Fay", "AA5-7", "2026-03-02");
        grey.proof.channel = PurchaseChannel::Unauthorized;
        let n = open_case(&mut store, &grey, &p, "2026-03-02");
        let case = diagnosed(
            &mut store,
            &p,
            &n,
            Cause::Manufacturing,
            RepairMethod::PartReplacement,
            "2026-03-02",
        );
        assert_eq!(
            (case.state, case.return_reason),
            (State::ToReturn, Some(ReturnReason::Ineligible))
        );
        assert_eq!(case.events.last().map(|e| e.clause.as_str()), Some("1.2"));
        // A diagnosis must name a cause.
        let m = open_case(
            &mut store,
            &walk_in("Gus", "AA5-8", "2026-03-02"),
            &p,
            "2026-03-02",
        );
        refused(&mut store, &m, |s| {
            s.diagnose(
                &m,
                &Diagnosis::default(),
                &p,
                day("2026-03-02"),
                "ben",
                at("2026-03-02"),
            )
        });
    }
}

on_both_engines! {
    fn a_unit_replacement_records_the_new_serial(store) {
        let p = policy();
        let n = open_case(
            &mut store,
            &walk_in("Hal", "AA5-9", "2026-03-02"),
            &p,
            "2026-03-02",
        );
        diagnosed(
            &mut store,
            &p,
            &n,
            Cause::Manufacturing,
            RepairMethod::UnitReplacement,
            "2026-03-02",
        );
        refused(&mut store, &n, |s| {
            s.repair_done(&n, None, "ben", at("2026-03-03"))
        });
        let case = allowed(&mut store, &n, |s| {
            s.repair_done(&n, Some("AA5-NEW"), "ben", at("2026-03-03"))
        });
        assert_eq!(case.replacement_serial.as_deref(), Some("AA5-NEW"));
        assert_eq!(store.serial_history("AA5-NEW").expect("history").len(), 1);
    }
}

on_both_engines! {
    fn parcels_are_received_refused_or_rejected_at_the_door(store) {
        let p = policy();
        let mut next = 0;
        let mut apply = |store: &mut Store| {
            next += 1;
            open_case(
                store,
                &mail_in(
                    &format!("W-{next}"),
                    "Ivo",
                    &format!("AA5-P{next}"),
                    "2026-03-01",
                ),
                &p,
                "2026-03-01",
            )
        };
        let n = apply(&mut store);
        let case = allowed(&mut store, &n, |s| {
            s.receive_parcel(&n, &parcel("2026-03-05"), "ben", at("2026-03-05"))
        });
        assert_eq!(case.state, State::Received);
        assert_eq!(case.received_on, Some(day("2026-03-05")));
        assert_eq!(case.handover.accessories, vec!["charger".to_string()]);
        assert_eq!(
            case.parcel.as_ref().map(|r| r.outcome),
            Some(ParcelOutcome::Accept)
        );

        let n = apply(&mut store);
        let mut cod = parcel("2026-03-05");
        cod.cash_on_delivery = true;
        let case = allowed(&mut store, &n, |s| {
            s.receive_parcel(&n, &cod, "ben", at("2026-03-05"))
        });
        assert_eq!(case.state, State::Rejected);
        assert_eq!(case.events.last().map(|e| e.clause.as_str()), Some("2.1"));

        let n = apply(&mut store);
        let mut soaked = parcel("2026-03-05");
        soaked.soaked = true;
        let case = allowed(&mut store, &n, |s| {
            s.receive_parcel(&n, &soaked, "ben", at("2026-03-05"))
        });
        assert_eq!(
            (case.state, case.events.last().map(|e| e.clause.clone())),
            (State::Rejected, Some("3.6".into()))
        );

        // After 16 March the application has closed (4.2).
        let n = apply(&mut store);
        let err = refused(&mut store, &n, |s| {
            s.receive_parcel(&n, &parcel("2026-03-17"), "ben", at("2026-03-17"))
        });
        assert!(err.to_string().contains("closed on 2026-03-16"), "{err}");
        refused(&mut store, &n, |s| {
            s.expire_application(&n, day("2026-03-16"), "ana", at("2026-03-16"))
        });
        let case = allowed(&mut store, &n, |s| {
            s.expire_application(&n, day("2026-03-17"), "ana", at("2026-03-17"))
        });
        assert_eq!(case.state, State::Expired);
        // The late parcel becomes a new, unsolicited case (4.3).
        let unsolicited = store
            .record_parcel_without_application(
                &walk_in("Ivo", "AA5-P4", "2026-03-17"),
                &parcel("2026-03-17"),
                Some(&n),
                &p,
                "ben",
                at("2026-03-17"),
            )
            .expect("unsolicited");
        assert_eq!(unsolicited.state, State::Received);
        assert!(unsolicited.unsolicited);
        assert_eq!(unsolicited.events.len(), 1);
        assert_eq!(unsolicited.events[0].clause, "4.3");
        assert!(unsolicited.decision.is_some());

        // A refused parcel with no application is on file as a rejected case.
        let mut sender = walk_in("Unknown Sender", "", "2026-03-18");
        sender.device.model = String::new();
        sender.fault = String::new();
        let mut cod = parcel("2026-03-18");
        cod.cash_on_delivery = true;
        let rejected = store
            .record_parcel_without_application(&sender, &cod, None, &p, "ben", at("2026-03-18"))
            .expect("rejected");
        assert_eq!(rejected.state, State::Rejected);
        assert_eq!(rejected.decision, None);

        let n = apply(&mut store);
        let case = allowed(&mut store, &n, |s| {
            s.resolve_remotely(
                &n,
                "software update over the phone",
                "ana",
                at("2026-03-02"),
            )
        });
        assert_eq!(case.state, State::ResolvedRemotely);
        refused(&mut store, &n, |s| {
            s.receive_parcel(&n, &parcel("2026-03-03"), "ben", at("2026-03-03"))
        });
    }
}

on_both_engines! {
    fn refused_steps_name_both_states_and_change_nothing(store) {
        let p = policy();
        let n = open_case(
            &mut store,
            &mail_in("W-9", "Jo", "AA5-J", "2026-03-01"),
            &p,
            "2026-03-01",
        );
        let err = refused(&mut store, &n, |s| {
            s.repair_done(&n, None, "ben", at("2026-03-02"))
        });
        assert!(
            err.to_string().contains("'applied'") && err.to_string().contains("'ready'"),
            "{err}"
        );
        refused(&mut store, &n, |s| {
            s.hand_back(
                &n,
                &Handback::Collected {
                    by: "Jo".into(),
                    id_checked: true,
                },
                "ana",
                at("2026-03-02"),
            )
        });
        refused(&mut store, &n, |s| {
            s.decline_quote(&n, "ana", at("2026-03-02"))
        });
        refused(&mut store, &n, |s| {
            s.ask_for_proof(&n, day("2026-03-02"), "ana", at("2026-03-02"))
        });
        refused(&mut store, &n, |s| {
            s.diagnose(
                &n,
                &diagnosis(Cause::Manufacturing, RepairMethod::PartReplacement),
                &p,
                day("2026-03-02"),
                "ben",
                at("2026-03-02"),
            )
        });
        refused(&mut store, &n, |s| {
            s.resolve_remotely(&n, " ", "ana", at("2026-03-02"))
        });
        refused(&mut store, &n, |s| {
            s.receive_parcel(&n, &parcel("2026-03-02"), " ", at("2026-03-02"))
        });
        let missing = CaseNumber::new(2026, 999);
        assert!(matches!(
            store.repair_done(&missing, None, "ben", at("2026-03-02")),
            Err(StoreError::NotFound(_))
        ));
    }
}

fn tamper(store: &Store, sql: &str) {
    let conn = rusqlite::Connection::open(store.db_path().expect("a SQLite store"))
        .expect("raw connection");
    conn.execute_batch(sql).expect("tamper");
}

#[test]
fn events_cannot_be_changed_through_sql_and_tampering_is_detected() {
    let (dir, mut store) = temp_store();
    let p = policy();
    for i in 0..3 {
        let n = open_case(
            &mut store,
            &walk_in("Kim", &format!("AA5-T{i}"), "2026-03-02"),
            &p,
            "2026-03-02",
        );
        store
            .diagnose(
                &n,
                &diagnosis(Cause::Manufacturing, RepairMethod::PartReplacement),
                &p,
                day("2026-03-03"),
                "ben",
                at("2026-03-03"),
            )
            .expect("diagnose");
    }
    assert!(store.verify().expect("verify").is_ok());
    let conn = rusqlite::Connection::open(store.db_path().expect("a SQLite store")).expect("raw");
    assert!(
        conn.execute("UPDATE events SET note = 'x' WHERE id = 2", [])
            .is_err(),
        "the trigger refuses"
    );
    assert!(
        conn.execute("DELETE FROM events WHERE id = 2", []).is_err(),
        "the trigger refuses"
    );
    drop(conn);

    let fixdesk = env!("CARGO_BIN_EXE_fixdesk");
    let check = |dir: &std::path::Path| {
        Command::new(fixdesk)
            .arg("--data-dir")
            .arg(dir)
            .arg("check")
            .output()
            .expect("run check")
    };
    let out = check(dir.path());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("history: ok (6 events verified)"));

    tamper(
        &store,
        "DROP TRIGGER events_never_change; UPDATE events SET note = 'nothing happened' WHERE id = 3;",
    );
    let report = store.verify().expect("verify");
    assert!(!report.is_ok());
    assert_eq!(report.problems[0].event_id, 3);
    let out = check(dir.path());
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("event 3"), "{stdout}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("the database has problems"));
}

/// A fresh store with two walk-ins taken in and then the first one diagnosed: events 1 to
/// 3, the newest belonging to case 1.
fn two_walk_ins_the_first_diagnosed(p: &fixdesk::domain::Policy) -> (tempfile::TempDir, Store) {
    let (dir, mut store) = temp_store();
    let a = open_case(
        &mut store,
        &walk_in("Lu", "AA5-R1", "2026-03-02"),
        p,
        "2026-03-02",
    );
    open_case(
        &mut store,
        &walk_in("Mo", "AA5-R2", "2026-03-02"),
        p,
        "2026-03-02",
    );
    store
        .diagnose(
            &a,
            &diagnosis(Cause::Manufacturing, RepairMethod::PartReplacement),
            p,
            day("2026-03-03"),
            "ben",
            at("2026-03-03"),
        )
        .expect("diagnose");
    (dir, store)
}

#[test]
fn removing_or_moving_events_is_detected() {
    let p = policy();
    let (_dir, store) = two_walk_ins_the_first_diagnosed(&p);
    // The newest event removed: the chain itself is intact but the head says otherwise.
    tamper(
        &store,
        "DROP TRIGGER events_never_go; DELETE FROM events WHERE id = 3;",
    );
    let report = store.verify().expect("verify");
    assert!(!report.is_ok(), "removal of the newest event is detected");

    let (_dir, store) = two_walk_ins_the_first_diagnosed(&p);
    // An event moved to another case.
    tamper(
        &store,
        "DROP TRIGGER events_never_change; UPDATE events SET case_id = 2 WHERE id = 3;",
    );
    assert!(!store.verify().expect("verify").is_ok());
    // A case's state changed behind the history's back.
    let (_dir, mut store) = temp_store();
    open_case(
        &mut store,
        &walk_in("Lu", "AA5-R1", "2026-03-02"),
        &p,
        "2026-03-02",
    );
    tamper(&store, "UPDATE cases SET state = 'ready' WHERE id = 1;");
    let report = store.verify().expect("verify");
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.problem.contains("history ends at 'received'")),
        "{:?}",
        report.problems
    );
}

#[test]
fn a_case_reads_its_whole_history_before_and_after_the_fold_and_hiding_an_event_is_detected() {
    let (_dir, mut store) = temp_store();
    let p = policy();
    let a = open_case(
        &mut store,
        &walk_in("Lu", "AA5-F1", "2026-03-02"),
        &p,
        "2026-03-02",
    );
    // Folded: the creation event goes into the history's indexes.
    assert_eq!(store.fold_recent().expect("fold").events, 1);
    store
        .diagnose(
            &a,
            &diagnosis(Cause::Manufacturing, RepairMethod::PartReplacement),
            &p,
            day("2026-03-03"),
            "ben",
            at("2026-03-03"),
        )
        .expect("diagnose");
    // One event folded, one newer: the case reads both, in order, and the month's
    // report finds the case by either.
    let read = |store: &Store| {
        let case = store.case(&a).expect("read").expect("case");
        case.events.iter().map(|e| e.to).collect::<Vec<_>>()
    };
    let history = read(&store);
    assert_eq!(history, [State::Received, State::InRepair]);
    let march = |store: &Store, from: &str, to: &str| {
        store
            .cases_for_report(day(from), day(to))
            .expect("report cases")
            .iter()
            .map(|c| c.number.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        march(&store, "2026-03-03", "2026-03-03"),
        std::slice::from_ref(&a)
    );
    assert_eq!(store.fold_recent().expect("fold").events, 1);
    assert_eq!(read(&store), history);
    assert_eq!(
        march(&store, "2026-03-03", "2026-03-03"),
        std::slice::from_ref(&a)
    );
    assert_eq!(
        march(&store, "2026-03-02", "2026-03-02"),
        std::slice::from_ref(&a)
    );
    assert!(store.verify().expect("verify").is_ok());

    // An index entry taken out hides an event from the case: verify says so.
    tamper(&store, "DELETE FROM event_cases WHERE id = 2;");
    assert_eq!(read(&store), [State::Received]);
    let report = store.verify().expect("verify");
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.problem.contains("the history's indexes do not match")),
        "{report:?}"
    );
}

on_both_engines! {
    fn a_late_parcel_expires_its_application_and_opens_the_new_case_in_one_transaction(store) {
        let p = policy();
        let old = open_case(
            &mut store,
            &mail_in("W-7", "Eve", "AA5-7", "2026-03-01"),
            &p,
            "2026-03-01",
        );
        let late = parcel("2026-03-20");
        let step = |new: NewCase| Step::Unsolicited {
            new: Box::new(new),
            parcel: late.clone(),
            expired: Some(old.clone()),
        };
        // A sender without a phone: the new case is refused, and the application is not
        // expired either — the two go together or not at all.
        let mut no_phone = walk_in("Eve", "AA5-7", "2026-03-20");
        no_phone.customer.phone = String::new();
        let total = events_total(&store);
        let err = store
            .apply(
                None,
                &step(no_phone),
                &p,
                day("2026-03-20"),
                "ben",
                at("2026-03-20"),
            )
            .expect_err("no phone");
        assert!(err.to_string().starts_with("phone: "), "{err}");
        assert_eq!(events_total(&store), total, "nothing written");
        assert_eq!(
            store.case(&old).expect("read").expect("case").state,
            State::Applied
        );

        let new = store
            .apply(
                None,
                &step(walk_in("Eve", "AA5-7", "2026-03-20")),
                &p,
                day("2026-03-20"),
                "ben",
                at("2026-03-20"),
            )
            .expect("taken in");
        assert_eq!(
            events_total(&store),
            total + 2,
            "the expiry and the new case"
        );
        assert_eq!((new.state, new.unsolicited), (State::Received, true));
        let expired = store.case(&old).expect("read").expect("case");
        assert_eq!(expired.state, State::Expired);
        assert_eq!(
            expired.events.last().map(|e| e.clause.as_str()),
            Some("4.2")
        );
        assert_eq!(new.events[0].clause, "4.3");
    }
}

on_both_engines! {
    /// Two desks, one case: a step prepared on the case as one desk saw it is refused once
    /// the other desk recorded a step on it, saying who, when and what, and writes
    /// nothing; taken again on the case as it is now, the step is judged on its own.
    fn a_step_on_a_case_changed_at_another_desk_is_refused_and_writes_nothing(store) {
        let p = policy();
        let mut other = store.another_connection().expect("the other desk");
        let number = open_case(
            &mut store,
            &mail_in("W-77", "Ann Lee", "AA5-0077", "2026-03-02"),
            &p,
            "2026-03-02",
        );
        let seen = store.case(&number).expect("read").expect("case");
        other
            .apply(
                Some(&number),
                &Step::ResolveRemotely("Fixed by phone: a settings reset".into()),
                &p,
                day("2026-03-03"),
                "ben",
                at("2026-03-03"),
            )
            .expect("the other desk's step");
        let err = refused(&mut store, &number, |s| {
            s.apply_to(
                &seen,
                &Step::Expire,
                &p,
                day("2026-03-20"),
                "ana",
                at("2026-03-20"),
            )
        });
        match &err {
            StoreError::ChangedElsewhere { event, .. } => {
                assert_eq!(event.actor, "ben");
                assert_eq!(event.clause, "4.1");
            }
            other => panic!("expected the other desk's change, got {other}"),
        }
        assert!(
            err.to_string()
                .contains("changed at another desk by ben at 12:00 on 03.03.2026"),
            "{err}"
        );
        // On the case as it is now, the step is judged by the rules: a case resolved
        // remotely does not expire.
        let now = store.case(&number).expect("read").expect("case");
        let err = store
            .apply_to(&now, &Step::Expire, &p, day("2026-03-20"), "ana", at("2026-03-20"))
            .expect_err("closed");
        assert!(matches!(err, StoreError::Transition { .. }), "{err}");
    }
}
