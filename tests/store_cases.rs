//! Opening the database, migrations, creating and reading cases, settings, queues.

mod store_common;

use fixdesk::domain::case::DocumentKind;
use fixdesk::domain::{Arrival, CaseNumber, Policy, State, Verdict};
use fixdesk::store::sqlite::schema;
use fixdesk::store::{self, Store, StoreError};
use store_common::*;

#[test]
fn a_new_folder_gets_a_database_with_the_shipped_policy() {
    let dir = tempfile::tempdir().expect("dir");
    let data = dir.path().join("nested").join("data");
    let store = Store::open(&data).expect("open");
    assert!(data.join(store::DB_FILE).is_file());
    let (version, policy) = store.policy().expect("policy");
    assert_eq!(version, 1);
    assert_eq!(policy, Policy::shipped());
    assert!(!store.has_real_cases().expect("count"));
    assert!(store.integrity_check().expect("check").is_empty());
}

#[test]
fn a_second_copy_on_the_same_folder_is_told_it_is_in_use() {
    let (dir, store) = temp_store();
    let err = Store::open(dir.path()).expect_err("locked");
    assert!(matches!(err, StoreError::Locked(_)), "{err}");
    assert!(err.to_string().contains("in use by another copy"), "{err}");
    drop(store);
    Store::open(dir.path()).expect("free again once closed");
}

#[test]
fn a_file_that_is_not_a_fixdesk_database_is_refused() {
    let dir = tempfile::tempdir().expect("dir");
    std::fs::write(
        dir.path().join(store::DB_FILE),
        b"hello, this is a text file",
    )
    .expect("write");
    let err = Store::open(dir.path()).expect_err("not sqlite");
    assert!(matches!(err, StoreError::NotFixdesk(_)), "{err}");

    // Another program's SQLite database.
    let dir = tempfile::tempdir().expect("dir");
    {
        let conn = rusqlite::Connection::open(dir.path().join(store::DB_FILE)).expect("sqlite");
        conn.execute_batch("CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('x');")
            .expect("create");
    }
    let err = Store::open(dir.path()).expect_err("foreign");
    assert!(matches!(err, StoreError::NotFixdesk(_)), "{err}");
    assert!(err.to_string().contains("not a fixdesk database"));
}

#[test]
fn a_database_from_a_newer_fixdesk_is_refused() {
    let (dir, store) = temp_store();
    drop(store);
    {
        let conn = rusqlite::Connection::open(dir.path().join(store::DB_FILE)).expect("open");
        conn.pragma_update(None, "user_version", schema::VERSION + 1)
            .expect("bump");
    }
    let err = Store::open(dir.path()).expect_err("too new");
    assert!(matches!(err, StoreError::TooNew { .. }), "{err}");
    assert!(err.to_string().contains("newer fixdesk"));
}

#[test]
fn a_database_made_by_migration_1_opens_and_upgrades() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join(store::DB_FILE);
    {
        let mut conn = rusqlite::Connection::open(&path).expect("open");
        schema::migrations()
            .to_version(&mut conn, 1)
            .expect("migration 1");
        // A case as fixdesk 1 wrote it (no search keys yet).
        conn.execute_batch(
            r#"INSERT INTO cases (id, number, year, sequence, arrival, state, received_on,
                   opened_on, customer_name, phone, address, model, serial, proof, fault,
                   handover, keep_parts, diagnosis, created_at, last_activity)
               VALUES (1, 'SC-2025-000001', 2025, 1, 'walk_in', 'received', '2025-03-01',
                   '2025-03-01', 'Zoë Müller', '+44 20 7946 4506', '1 High St', 'Aurora A5',
                   'AA5-OLD-1', '{"channel":"unknown","invoice":null,"shipment_date":null,
                   "delivery_date":null,"contract_months":null}', 'Dead',
                   '{"accessories":[],"condition":"","password":"cleared","password_note":null,
                   "backup_acknowledged":true,"accuracy_confirmed":true}', 0,
                   '{"cause":"unknown","component":null,"method":null,"notes":""}',
                   1740830400000000, 1740830400000000);
               INSERT INTO case_numbers VALUES (2025, 1);"#,
        )
        .expect("old case");
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .expect("version");
        assert_eq!(version, 1);
    }
    let store = Store::open(dir.path()).expect("upgrade");
    // Migration 2's search keys and name index were filled for the old case.
    let number = CaseNumber::new(2025, 1);
    for text in ["muller", "ZOE", "AA5OLD1", "79464506"] {
        let found = store.search(text, 10).expect("search");
        assert_eq!(found.len(), 1, "{text}");
        assert_eq!(found[0].number, number);
    }
    let counts = store.state_counts().expect("counts");
    assert!(counts.contains(&(State::Received, 1)));
    let case = store.case(&number).expect("read").expect("found");
    assert_eq!(case.customer.name, "Zoë Müller");
    // Migration 3: the counters moved into `tallies` (the year's numbers go on, the old
    // case counts as real), `events` lost AUTOINCREMENT, and the file is healthy.
    assert!(store.has_real_cases().expect("real"));
    assert_eq!(
        store.last_case_number(2025).expect("last"),
        Some(number.clone())
    );
    assert!(store.integrity_check().expect("check").is_empty());
    drop(store);
    {
        let conn = rusqlite::Connection::open(&path).expect("raw");
        let sql: String = conn
            .query_row(
                "SELECT sql FROM sqlite_schema WHERE name = 'events'",
                [],
                |r| r.get(0),
            )
            .expect("events sql");
        assert!(!sql.contains("AUTOINCREMENT"), "{sql}");
        assert!(sql.contains("INTEGER PRIMARY KEY"), "{sql}");
    }
    let mut store = Store::open(dir.path()).expect("reopen");
    let next = store
        .create_case(
            &walk_in("Ann Lee", "AA5-NEW-2", "2025-06-02"),
            &policy(),
            "ana",
            at("2025-06-02"),
        )
        .expect("a case after the upgrade");
    assert_eq!(next.number, CaseNumber::new(2025, 2));
    assert_eq!(store.search("lee", 10).expect("search").len(), 1);
    // The chain starts with the new case's event; only the old case, written without
    // one by the test above, lacks a history.
    let report = store.verify().expect("verify");
    assert_eq!(report.events, 1);
    assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
    assert_eq!(report.problems[0].case, Some(number));
}

on_both_engines! {
    fn walk_in_and_mail_in_cases_are_created_and_read_whole(store) {
        let policy = policy();
        let walk = store
            .create_case(
                &walk_in("Ann Lee", "AA5-0001", "2026-03-02"),
                &policy,
                "ana",
                at("2026-03-02"),
            )
            .expect("walk-in");
        assert_eq!(walk.number, CaseNumber::new(2026, 1));
        assert_eq!(walk.state, State::Received);
        let decision = walk.decision.as_ref().expect("decided");
        assert_eq!(decision.decision.verdict, Verdict::Free);
        assert!(decision.decision.provisional);
        assert_eq!(decision.policy_version, 1);
        assert_eq!(walk.events.len(), 1);
        assert_eq!(walk.events[0].from, None);
        assert_eq!(walk.events[0].to, State::Received);
        assert_eq!(walk.events[0].clause, "1.1");
        assert_eq!(walk.events[0].actor, "ana");

        let mail = store
            .create_case(
                &mail_in("WEB-77", "Jonas Weber", "AA5-0002", "2026-03-03"),
                &policy,
                "ana",
                at("2026-03-03"),
            )
            .expect("mail-in");
        assert_eq!(mail.number, CaseNumber::new(2026, 2));
        assert_eq!(mail.state, State::Applied);
        assert_eq!(mail.arrival, Arrival::MailIn);

        store.add_photo(&walk.number, "front.jpg").expect("photo");
        store
            .record_document(&walk.number, DocumentKind::Receipt, "ana", at("2026-03-02"))
            .expect("document");

        let read = store.case(&walk.number).expect("read").expect("exists");
        assert_eq!(read.photos, vec!["front.jpg".to_string()]);
        assert_eq!(read.documents.len(), 1);
        assert_eq!(read.documents[0].kind, DocumentKind::Receipt);
        let mut expected = walk.clone();
        expected.photos = read.photos.clone();
        expected.documents = read.documents.clone();
        assert_eq!(read, expected, "what was written reads back whole");

        let read_mail = store.case(&mail.number).expect("read").expect("exists");
        assert_eq!(read_mail, mail);
        assert_eq!(
            read_mail.customer.return_address.as_deref(),
            Some("Office, Hauptstraße 1, Berlin")
        );
        assert!(store.has_real_cases().expect("count"));
        assert_eq!(store.case(&CaseNumber::new(2026, 99)).expect("read"), None);
    }
}

on_both_engines! {
    fn case_numbers_run_per_year_and_are_never_reused(store) {
        let policy = policy();
        let a = store
            .create_case(
                &walk_in("A", "S-1", "2025-12-30"),
                &policy,
                "ana",
                at("2025-12-30"),
            )
            .expect("a");
        let b = store
            .create_case(
                &walk_in("B", "S-2", "2025-12-31"),
                &policy,
                "ana",
                at("2025-12-31"),
            )
            .expect("b");
        let c = store
            .create_case(
                &walk_in("C", "S-3", "2026-01-01"),
                &policy,
                "ana",
                at("2026-01-01"),
            )
            .expect("c");
        assert_eq!(a.number.as_str(), "SC-2025-000001");
        assert_eq!(b.number.as_str(), "SC-2025-000002");
        assert_eq!(c.number.as_str(), "SC-2026-000001");
        // A refused create takes no number.
        let mut bad = walk_in("", "S-4", "2026-01-02");
        bad.customer.name = " ".into();
        let err = store
            .create_case(&bad, &policy, "ana", at("2026-01-02"))
            .expect_err("no name");
        assert!(err.to_string().starts_with("name: missing"), "{err}");
        let d = store
            .create_case(
                &walk_in("D", "S-5", "2026-01-02"),
                &policy,
                "ana",
                at("2026-01-02"),
            )
            .expect("d");
        assert_eq!(d.number.as_str(), "SC-2026-000002");
        assert_eq!(
            store.last_case_number(2026).expect("last"),
            Some(CaseNumber::new(2026, 2))
        );
    }
}

/// A change that spoils a new case.
type Spoil = Box<dyn Fn(&mut fixdesk::domain::NewCase)>;

on_both_engines! {
    fn required_fields_are_named(store) {
        let policy = policy();
        let cases: Vec<(&str, Spoil)> = vec![
            ("phone", Box::new(|n| n.customer.phone = String::new())),
            ("phone", Box::new(|n| n.customer.phone = "12".into())),
            ("model", Box::new(|n| n.device.model = String::new())),
            ("serial", Box::new(|n| n.device.serial = " ".into())),
            ("fault", Box::new(|n| n.fault = String::new())),
            (
                "email",
                Box::new(|n| n.customer.email = Some("not-an-address".into())),
            ),
            ("received_on", Box::new(|n| n.received_on = None)),
            (
                "delivery_date",
                Box::new(|n| n.proof.delivery_date = Some(day("2030-01-01"))),
            ),
        ];
        for (field, spoil) in cases {
            let mut new = walk_in("Ann", "S-1", "2026-03-02");
            spoil(&mut new);
            match store.create_case(&new, &policy, "ana", at("2026-03-02")) {
                Err(StoreError::Invalid { field: got, .. }) => assert_eq!(got, field),
                other => panic!("{field}: expected a named field, got {other:?}"),
            }
        }
        assert!(
            !store.has_real_cases().expect("count"),
            "nothing was written"
        );
        // A mail-in case goes back by post: its address is required. A walk-in is collected
        // at the counter, so it may be saved without one (3.7: only what is needed).
        let mut no_address = mail_in("WEB-A", "Ann", "S-2", "2026-03-02");
        no_address.customer.address = String::new();
        match store.create_case(&no_address, &policy, "ana", at("2026-03-02")) {
            Err(StoreError::Invalid { field, .. }) => assert_eq!(field, "address"),
            other => panic!("address: expected a named field, got {other:?}"),
        }
        let mut walk_in_without = walk_in("Ann", "S-3", "2026-03-02");
        walk_in_without.customer.address = String::new();
        assert!(
            store
                .create_case(&walk_in_without, &policy, "ana", at("2026-03-02"))
                .is_ok()
        );
    }
}

on_both_engines! {
    fn the_same_application_cannot_be_opened_twice(store) {
        let policy = policy();
        let first = store
            .create_case(
                &mail_in("WEB-1", "A", "S-1", "2026-03-01"),
                &policy,
                "ana",
                at("2026-03-01"),
            )
            .expect("first");
        let err = store
            .create_case(
                &mail_in("WEB-1", "A", "S-1", "2026-03-01"),
                &policy,
                "ana",
                at("2026-03-01"),
            )
            .expect_err("duplicate");
        match err {
            StoreError::DuplicateApplication { number, .. } => assert_eq!(number, first.number),
            other => panic!("{other}"),
        }
    }
}

#[test]
fn settings_and_policies_live_in_the_database() {
    let (dir, mut store) = temp_store();
    assert_eq!(store.setting("answer_days").expect("read"), None);
    assert_eq!(store.answer_days().expect("days"), 14);
    store.set_setting("answer_days", "21").expect("set");
    assert_eq!(store.answer_days().expect("days"), 21);
    assert!(store.set_setting("x", "not json").is_err());

    let mut policy = Policy::shipped();
    policy.default_unit_months = 18;
    let version = store.save_policy(&policy, at("2026-03-01")).expect("save");
    assert_eq!(version, 2);
    let case = store
        .create_case(
            &walk_in("A", "S-1", "2026-03-02"),
            &policy,
            "ana",
            at("2026-03-02"),
        )
        .expect("case");
    assert_eq!(case.decision.expect("decided").policy_version, 2);
    // A policy never saved cannot be cited.
    let mut unsaved = policy.clone();
    unsaved.default_unit_months = 7;
    let err = store
        .create_case(
            &walk_in("B", "S-2", "2026-03-02"),
            &unsaved,
            "ana",
            at("2026-03-02"),
        )
        .expect_err("unsaved");
    assert!(err.to_string().contains("not on file"), "{err}");
    drop(store);
    let store = Store::open(dir.path()).expect("reopen");
    assert_eq!(store.policy().expect("policy"), (2, policy));
    assert_eq!(
        store.setting("answer_days").expect("read").as_deref(),
        Some("21")
    );
}

on_both_engines! {
    fn queues_and_due_items_follow_the_deadlines(store) {
        let policy = policy();
        let today = day("2026-04-01");
        // Applied 2026-03-10: closes 03-25, past due on 04-01.
        let late = store
            .create_case(
                &mail_in("W-1", "A", "S-1", "2026-03-10"),
                &policy,
                "ana",
                at("2026-03-10"),
            )
            .expect("late");
        // Applied 2026-03-17: closes 04-01, closing today.
        let closing = store
            .create_case(
                &mail_in("W-2", "B", "S-2", "2026-03-17"),
                &policy,
                "ana",
                at("2026-03-17"),
            )
            .expect("closing");
        // Applied 2026-03-30: open.
        let open = store
            .create_case(
                &mail_in("W-3", "C", "S-3", "2026-03-30"),
                &policy,
                "ana",
                at("2026-03-30"),
            )
            .expect("open");
        let due = store.due(today, 14).expect("due");
        let numbers = |list: &fixdesk::store::DueList| -> Vec<CaseNumber> {
            list.cases.iter().map(|c| c.number.clone()).collect()
        };
        assert_eq!(
            numbers(&due.applications_past_due),
            vec![late.number.clone()]
        );
        assert_eq!(
            numbers(&due.applications_closing_today),
            vec![closing.number.clone()]
        );
        assert_eq!(
            numbers(&due.parcels_expected),
            vec![closing.number.clone(), open.number.clone()]
        );
        assert_eq!(due.parcels_expected.count, 2);
        assert_eq!(due.payments_past_due.count, 0);
        assert!(due.by_state.contains(&(State::Applied, 3)));

        let applied = store.cases_in_state(State::Applied, 10).expect("queue");
        assert_eq!(applied.len(), 3);
        assert_eq!(applied[0].number, open.number, "most recent first");
        assert_eq!(
            applied[0].next_deadline,
            Some((
                fixdesk::domain::case::Deadline::ApplicationCloses,
                day("2026-04-14")
            ))
        );
    }
}

on_both_engines! {
    fn serial_history_finds_repeat_repairs(store) {
        let policy = policy();
        store
            .create_case(
                &walk_in("A", "AA5-77", "2026-01-02"),
                &policy,
                "ana",
                at("2026-01-02"),
            )
            .expect("first");
        store
            .create_case(
                &walk_in("B", "OTHER-1", "2026-01-03"),
                &policy,
                "ana",
                at("2026-01-03"),
            )
            .expect("other");
        store
            .create_case(
                &walk_in("A", "aa5 77", "2026-02-02"),
                &policy,
                "ana",
                at("2026-02-02"),
            )
            .expect("again");
        let history = store.serial_history("AA5-77").expect("history");
        assert_eq!(history.len(), 2);
        assert!(history[0].number < history[1].number);
    }
}

on_both_engines! {
    fn the_report_gets_the_months_cases_and_the_unpaid_ones_in_bulk(store) {
        let policy = policy();
        let february = store
            .create_case(
                &walk_in("A", "S-1", "2026-02-10"),
                &policy,
                "ana",
                at("2026-02-10"),
            )
            .expect("feb");
        let march = store
            .create_case(
                &walk_in("B", "S-2", "2026-03-10"),
                &policy,
                "ana",
                at("2026-03-10"),
            )
            .expect("march");
        let report = store
            .cases_for_report(day("2026-03-01"), day("2026-03-31"))
            .expect("report");
        assert_eq!(
            report.iter().map(|c| c.number.clone()).collect::<Vec<_>>(),
            vec![march.number.clone()]
        );
        assert_eq!(report[0].events.len(), 1);
        let both = store
            .cases_for_report(day("2026-02-01"), day("2026-03-31"))
            .expect("report");
        assert_eq!(both.len(), 2);
        assert_eq!(both[0].number, february.number);
    }
}
