//! docs/rules.md §8 (3.7): personal data leaves cases closed longer ago than the retention
//! setting allows; the figures and the history stay.

mod store_common;

use fixdesk::domain::State;
use fixdesk::domain::case::Handback;
use fixdesk::report::{Month, monthly};
use fixdesk::store::{REMOVED, Store};
use store_common::{StepsByName, at, day, policy, temp_store, walk_in};

/// A walk-in handed back at the counter on `closed`.
fn closed_walk_in(
    store: &mut Store,
    name: &str,
    serial: &str,
    opened: &str,
    closed: &str,
) -> fixdesk::domain::CaseNumber {
    let number = store
        .create_case(
            &walk_in(name, serial, opened),
            &policy(),
            "clerk",
            at(opened),
        )
        .expect("walk-in")
        .number;
    store
        .diagnose(
            &number,
            &fixdesk::domain::case::Diagnosis {
                cause: fixdesk::domain::warranty::Cause::Manufacturing,
                component: Some("battery".into()),
                method: Some(fixdesk::domain::repair::RepairMethod::PartReplacement),
                notes: String::new(),
            },
            &policy(),
            day(opened),
            "inspector",
            at(opened),
        )
        .expect("diagnosed");
    store
        .repair_done(&number, None, "inspector", at(opened))
        .expect("repaired");
    store
        .hand_back(
            &number,
            &Handback::Collected {
                by: name.into(),
                id_checked: true,
            },
            "dispatcher",
            at(closed),
        )
        .expect("returned");
    number
}

#[test]
fn cases_closed_longer_ago_than_the_setting_lose_the_customers_data_and_keep_the_rest() {
    let (_dir, mut store) = temp_store();
    let old = closed_walk_in(
        &mut store,
        "Ann Lee",
        "SN-OLD-1",
        "2024-01-10",
        "2024-01-20",
    );
    let recent = closed_walk_in(&mut store, "Bo Kim", "SN-NEW-2", "2026-02-01", "2026-02-10");
    // The old case's keys are in the sorted index by now (the app folds them every
    // minute); the open case's stay recent.
    assert!(store.fold_recent().expect("fold").keys > 0);
    let open = store
        .create_case(
            &walk_in("Cy Dorn", "SN-OPEN-3", "2024-01-05"),
            &policy(),
            "clerk",
            at("2024-01-05"),
        )
        .expect("open")
        .number;
    let month = Month::new(2024, 1).expect("month");
    let figures = |store: &Store| {
        let cases = store
            .outlines_for_report(month.first_day(), month.last_day())
            .expect("cases");
        monthly(&cases, month, day("2026-03-01"))
    };
    let figures_before = figures(&store);

    let report = store
        .remove_expired_personal_data(day("2026-03-01"), 24, "desk", at("2026-03-01"))
        .expect("retention");
    assert_eq!(report.cases, 1);
    assert_eq!(report.closed_before, Some(day("2024-03-01")));

    let gone = store.case(&old).expect("read").expect("case");
    assert_eq!(gone.customer.name, REMOVED);
    assert!(gone.customer.phone.is_empty() && gone.customer.email.is_none());
    assert!(gone.customer.address.is_empty() && gone.customer.return_address.is_none());
    assert_eq!(
        gone.handback,
        Some(Handback::Collected {
            by: REMOVED.into(),
            id_checked: true
        })
    );
    assert_eq!(gone.state, State::Returned);
    assert_eq!(gone.device.serial, "SN-OLD-1", "the device stays");
    let last = gone.events.last().expect("event");
    assert_eq!(
        (last.from, last.to, last.clause.as_str()),
        (Some(State::Returned), State::Returned, "3.7")
    );
    assert!(
        gone.events.iter().all(|e| !e.note.contains("Ann Lee")),
        "the history never held the name"
    );

    // Nothing of the customer is left anywhere in the file's tables: not in the case
    // row (old search columns included), not among the search keys.
    let raw = rusqlite::Connection::open(store.db_path().expect("a SQLite store"))
        .expect("raw connection");
    let row: String = raw
        .query_row(
            "SELECT concat_ws('|', customer_name, phone, email, address, return_address,
                 handback, phone_key, email_key)
             FROM cases WHERE number = ?1",
            [old.as_str()],
            |row| row.get(0),
        )
        .expect("raw row");
    let keys: String = raw
        .query_row(
            "SELECT group_concat(key, '|') FROM every_search_key
             WHERE case_id = (SELECT id FROM cases WHERE number = ?1)",
            [old.as_str()],
            |row| row.get(0),
        )
        .expect("raw keys");
    for trace in ["Ann", "ann", "4506", "6054", "example.com", "High St"] {
        assert!(!row.contains(trace), "{trace} left in the row: {row}");
        assert!(!keys.contains(trace), "{trace} left in the keys: {keys}");
    }
    assert!(
        keys.contains("snold1"),
        "the serial stays searchable: {keys}"
    );

    // Not found by name, phone or e-mail any more; still by serial (device history).
    assert!(store.search("Ann Lee", 10).expect("search").is_empty());
    // (The sample customers share one e-mail address: the old case is no longer among
    // its results.)
    assert!(
        store
            .search("ann.lee@example.com", 10)
            .expect("search")
            .iter()
            .all(|c| c.number != old)
    );
    assert!(
        store
            .search("SN-OLD-1", 10)
            .expect("search")
            .iter()
            .any(|c| c.number == old)
    );
    // A recent case and an open one keep everything.
    assert_eq!(
        store
            .case(&recent)
            .expect("read")
            .expect("case")
            .customer
            .name,
        "Bo Kim"
    );
    assert_eq!(
        store
            .case(&open)
            .expect("read")
            .expect("case")
            .customer
            .name,
        "Cy Dorn"
    );
    assert!(!store.search("Bo Kim", 10).expect("search").is_empty());

    // The month's figures are the same, and the chain still verifies.
    assert_eq!(figures_before, figures(&store));
    assert!(store.verify().expect("verify").problems.is_empty());

    // Running it again changes nothing and writes no event.
    let events = store.case(&old).expect("read").expect("case").events.len();
    let again = store
        .remove_expired_personal_data(day("2026-03-02"), 24, "desk", at("2026-03-02"))
        .expect("retention");
    assert_eq!(again.cases, 0);
    assert_eq!(
        store.case(&old).expect("read").expect("case").events.len(),
        events
    );
}

on_both_engines! {
    fn a_retention_of_zero_keeps_everything(store) {
        let old = closed_walk_in(
            &mut store,
            "Ann Lee",
            "SN-OLD-1",
            "2020-01-10",
            "2020-01-20",
        );
        let report = store
            .remove_expired_personal_data(day("2026-03-01"), 0, "desk", at("2026-03-01"))
            .expect("retention");
        assert_eq!(report.cases, 0);
        assert_eq!(
            store.case(&old).expect("read").expect("case").customer.name,
            "Ann Lee"
        );
    }
}

on_both_engines! {
    fn the_password_note_never_survives_a_return(store) {
        let number = closed_walk_in(&mut store, "Ann Lee", "SN-1", "2026-01-10", "2026-01-20");
        let case = store.case(&number).expect("read").expect("case");
        assert!(case.handover.password_note.is_none());
        assert!(case.events.iter().all(|e| !e.note.contains("1234")));
    }
}

#[test]
fn keys_still_waiting_in_the_row_lose_the_customer_too() {
    let (_dir, mut store) = temp_store();
    let old = closed_walk_in(
        &mut store,
        "Ann Lee",
        "SN-OLD-1",
        "2024-01-10",
        "2024-01-20",
    );
    assert!(
        store.recent_search_keys().expect("waiting") > 1,
        "not folded yet"
    );
    let report = store
        .remove_expired_personal_data(day("2026-03-01"), 24, "desk", at("2026-03-01"))
        .expect("retention");
    assert_eq!(report.cases, 1);
    assert_eq!(
        store.recent_search_keys().expect("waiting"),
        1,
        "the serial's key"
    );
    assert!(store.search("Ann Lee", 10).expect("search").is_empty());
    assert!(store.search("79464506", 10).expect("search").is_empty());
    let serial: Vec<_> = store
        .search("SN-OLD-1", 10)
        .expect("search")
        .into_iter()
        .map(|c| c.number)
        .collect();
    assert_eq!(serial, std::slice::from_ref(&old));
    // Folded later, the serial is all that reaches the index.
    assert_eq!(store.fold_recent().expect("fold").keys, 1);
    assert!(store.search("Ann", 10).expect("search").is_empty());
    assert_eq!(store.search("SN-OLD-1", 10).expect("search")[0].number, old);
}

/// A printing's recorded facts and changes name the customer and the collector: they go
/// with the personal data; what was printed, when, by whom and the file stay.
#[test]
fn printings_lose_their_recorded_facts_with_the_personal_data() {
    use fixdesk::domain::case::{DocumentKind, PrintedDocument};
    let (_dir, mut store) = temp_store();
    let old = closed_walk_in(
        &mut store,
        "Ann Lee",
        "SN-OLD-1",
        "2024-01-10",
        "2024-01-20",
    );
    let printed = PrintedDocument {
        kind: DocumentKind::HandoverReceipt,
        at: at("2024-01-20"),
        by: "dispatcher".into(),
        file: Some("SC-2024-000001-handover-receipt-20240120-090000.pdf".into()),
        facts: vec![("collector".into(), "Ann Lee".into())],
        note: Some("collector: — → Ann Lee".into()),
    };
    store.record_printing(&old, &printed).expect("recorded");
    let case = store.case(&old).expect("read").expect("case");
    assert_eq!(case.documents.last(), Some(&printed), "read back whole");

    store
        .remove_expired_personal_data(day("2026-03-01"), 12, "retention", at("2026-03-01"))
        .expect("retention");
    let case = store.case(&old).expect("read").expect("case");
    let kept = case.documents.last().expect("still listed");
    assert_eq!(kept.kind, DocumentKind::HandoverReceipt);
    assert_eq!(kept.file, printed.file);
    assert!(kept.facts.is_empty(), "{:?}", kept.facts);
    assert_eq!(kept.note, None);
}
