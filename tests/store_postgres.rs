//! The store on the center's PostgreSQL server, against a real server
//! (`FIXDESK_TEST_PG`, started by `.ci/postgres.sh`): what only a server has — several
//! desks writing at once, a lock another desk holds, desks upgrading a new database
//! together, the history's protection in the database itself, connection errors that say
//! what to fix without the password. Each test makes its own database and drops it at
//! the end. The rest of the store's behaviour runs on both engines in the store's other
//! test files (`on_both_engines!`).

mod store_common;

use fixdesk::domain::{Handover, Policy, State, Step};
use fixdesk::store::{Store, StoreError};
use store_common::{ServerDb, at, day, mail_in, test_server, walk_in};

#[test]
fn a_case_reads_back_as_it_was_created() {
    let Some(db) = ServerDb::create() else { return };
    let mut store = db.store();
    let policy = Policy::shipped();
    let walk = store
        .create_case(
            &walk_in("Ann Lee", "SN-001", "2026-03-02"),
            &policy,
            "ana",
            at("2026-03-02"),
        )
        .expect("walk-in");
    let mail = store
        .create_case(
            &mail_in("APP-1", "Jörg Müller", "SN-002", "2026-03-01"),
            &policy,
            "ana",
            at("2026-03-02"),
        )
        .expect("mail-in");
    assert_eq!(store.case(&walk.number).expect("read"), Some(walk.clone()));
    assert_eq!(store.case(&mail.number).expect("read"), Some(mail.clone()));
    assert_eq!(walk.number.sequence(), 1);
    assert_eq!(mail.number.sequence(), 2);
    assert_eq!(
        store.last_case_number(2026).expect("last"),
        Some(mail.number.clone())
    );
    assert!(store.has_real_cases().expect("real cases"));
    // The same application again names the case it already is.
    let again = store.create_case(
        &mail_in("APP-1", "Jörg Müller", "SN-002", "2026-03-01"),
        &policy,
        "ana",
        at("2026-03-03"),
    );
    assert!(matches!(
        again,
        Err(StoreError::DuplicateApplication { .. })
    ));
    // A reconnection reads the same, and the schema is not migrated twice.
    let other = Store::connect(&db.url.clone()).expect("second desk");
    assert_eq!(other.case(&walk.number).expect("read"), Some(walk));
}

#[test]
fn a_step_moves_the_case_and_writes_one_event() {
    let Some(db) = ServerDb::create() else { return };
    let mut store = db.store();
    let policy = Policy::shipped();
    let case = store
        .create_case(
            &mail_in("APP-7", "Ann Lee", "SN-7", "2026-03-01"),
            &policy,
            "ana",
            at("2026-03-01"),
        )
        .expect("mail-in");
    assert_eq!(case.state, State::Applied);
    let step = Step::ResolveRemotely("A reset fixed it, by phone".into());
    let moved = store
        .apply(
            Some(&case.number),
            &step,
            &policy,
            day("2026-03-03"),
            "ben",
            at("2026-03-03"),
        )
        .expect("resolve remotely");
    assert_eq!(moved.state, State::ResolvedRemotely);
    assert_eq!(moved.events.len(), case.events.len() + 1);
    assert_eq!(store.case(&case.number).expect("read"), Some(moved));
    // A step the agreement does not allow changes nothing.
    let refused = store.apply(
        Some(&case.number),
        &step,
        &policy,
        day("2026-03-04"),
        "ben",
        at("2026-03-04"),
    );
    assert!(refused.is_err());
    assert!(store.verify().expect("verify").is_ok());
    let counts = store.state_counts().expect("counts");
    assert!(counts.contains(&(State::ResolvedRemotely, 1)));
    assert!(counts.contains(&(State::Applied, 0)));
}

#[test]
fn search_finds_by_number_serial_phone_and_name_prefix() {
    let Some(db) = ServerDb::create() else { return };
    let mut store = db.store();
    let policy = Policy::shipped();
    let ann = store
        .create_case(
            &walk_in("Ann Lee", "SN-4471-0093", "2026-03-02"),
            &policy,
            "ana",
            at("2026-03-02"),
        )
        .expect("ann");
    let jorg = store
        .create_case(
            &mail_in("APP-2", "Jörg Álvarez-Núñez", "XK-9000", "2026-03-02"),
            &policy,
            "ana",
            at("2026-03-03"),
        )
        .expect("jörg");
    let numbers = |text: &str| -> Vec<String> {
        store
            .search(text, 10)
            .expect("search")
            .into_iter()
            .map(|s| s.number.as_str().to_string())
            .collect()
    };
    assert_eq!(numbers(ann.number.as_str()), [ann.number.as_str()]);
    assert_eq!(numbers("sn4471"), [ann.number.as_str()]);
    assert_eq!(numbers("SN-4471-0093"), [ann.number.as_str()]);
    assert_eq!(numbers("7946 4506"), [ann.number.as_str()]);
    assert_eq!(numbers("030 1234 5678"), [jorg.number.as_str()]);
    assert_eq!(numbers("alv"), [jorg.number.as_str()]);
    assert_eq!(numbers("nunez jo"), [jorg.number.as_str()]);
    assert_eq!(numbers("ann.lee@EXAMPLE.com"), [ann.number.as_str()]);
    assert!(numbers("zzz").is_empty());
    // Newest activity first.
    assert_eq!(numbers("aurora").len(), 0);
    let history = store.serial_history("XK 9000").expect("history");
    assert_eq!(history.len(), 1);
    assert_eq!(history[0], jorg);
}

#[test]
fn due_items_follow_the_deadlines() {
    let Some(db) = ServerDb::create() else { return };
    let mut store = db.store();
    let policy = Policy::shipped();
    let case = store
        .create_case(
            &mail_in("APP-3", "Ann Lee", "SN-3", "2026-03-01"),
            &policy,
            "ana",
            at("2026-03-01"),
        )
        .expect("mail-in");
    let early = store.due(day("2026-03-05"), 14).expect("due");
    assert_eq!(early.parcels_expected.count, 1);
    assert_eq!(early.parcels_expected.cases[0].number, case.number);
    assert_eq!(early.applications_past_due.count, 0);
    let late = store.due(day("2026-03-31"), 14).expect("due");
    assert_eq!(late.parcels_expected.count, 0);
    assert_eq!(late.applications_past_due.count, 1);
    assert!(late.by_state.contains(&(State::Applied, 1)));
    let report = store
        .cases_for_report(day("2026-03-01"), day("2026-03-31"))
        .expect("report cases");
    assert_eq!(report, [case]);
}

#[test]
fn history_cannot_be_changed_and_verify_sees_tampering() {
    let Some(db) = ServerDb::create() else { return };
    let mut store = db.store();
    let policy = Policy::shipped();
    store
        .create_case(
            &walk_in("Ann Lee", "SN-1", "2026-03-02"),
            &policy,
            "ana",
            at("2026-03-02"),
        )
        .expect("case");
    assert!(store.verify().expect("verify").is_ok());
    let mut raw = db.raw();
    assert!(raw.batch_execute("UPDATE events SET note = 'x'").is_err());
    assert!(raw.batch_execute("DELETE FROM events").is_err());
    assert!(raw.batch_execute("DELETE FROM cases").is_err());
    // Behind the trigger's back (as the owner could): the chain shows it.
    raw.batch_execute(
        "ALTER TABLE events DISABLE TRIGGER events_never_change;
         UPDATE events SET note = 'changed';
         ALTER TABLE events ENABLE TRIGGER events_never_change;",
    )
    .expect("tamper");
    assert!(!store.verify().expect("verify").is_ok());
}

#[test]
fn settings_and_policies_round_trip() {
    let Some(db) = ServerDb::create() else { return };
    let mut store = db.store();
    assert_eq!(store.policy().expect("policy").0, 1);
    let mut settings = store.settings().expect("settings");
    settings.answer_days = 21;
    store.save_settings(&settings).expect("save");
    assert_eq!(store.answer_days().expect("days"), 21);
    assert_eq!(store.settings().expect("settings").answer_days, 21);
    assert!(store.set_setting("x", "not json").is_err());
}

#[test]
fn a_strangers_database_and_a_newer_one_are_refused() {
    let Some(db) = ServerDb::create() else { return };
    db.raw()
        .batch_execute("CREATE TABLE invoices (id integer)")
        .expect("a stranger's table");
    let err = Store::connect(&db.url.clone()).expect_err("refused");
    assert!(err.to_string().contains("another program"), "{err}");

    let Some(newer) = ServerDb::create() else {
        return;
    };
    drop(newer.store());
    newer
        .raw()
        .batch_execute("UPDATE fixdesk_schema SET version = 99")
        .expect("from the future");
    let err = Store::connect(&newer.url.clone()).expect_err("refused");
    assert!(err.to_string().contains("newer fixdesk"), "{err}");
}

#[test]
fn connection_errors_say_what_to_fix_without_the_password() {
    let Some(admin) = test_server() else { return };
    let missing = format!("{admin} dbname=fixdesk_no_such_db");
    let with_password = if missing.contains("://") {
        missing.clone()
    } else {
        format!("{missing} password=s3cret-pw")
    };
    let err = Store::connect(&with_password).expect_err("no such database");
    let text = err.to_string();
    assert!(text.contains("no database of that name"), "{text}");
    assert!(!text.contains("s3cret-pw"), "{text}");

    let err = Store::connect("host=127.0.0.1 port=1 user=x password=s3cret-pw dbname=x")
        .expect_err("nothing listens on port 1");
    let text = err.to_string();
    assert!(text.contains("cannot be reached"), "{text}");
    assert!(!text.contains("s3cret-pw"), "{text}");

    let err = Store::connect("postgresql://u:s3cret-pw@host:notaport/db").expect_err("bad");
    assert!(!err.to_string().contains("s3cret-pw"), "{err}");
}

#[test]
fn desks_writing_at_once_keep_numbers_gapless_and_one_chain() {
    const DESKS: usize = 8;
    const CASES_EACH: usize = 6;
    let Some(db) = ServerDb::create() else { return };
    let first = db.store();
    let config = db.url.clone();
    let threads: Vec<_> = (0..DESKS)
        .map(|desk| {
            let config = config.clone();
            std::thread::spawn(move || -> Result<Vec<String>, String> {
                let mut store = Store::connect(&config).map_err(|e| e.to_string())?;
                let policy = Policy::shipped();
                let mut numbers = Vec::new();
                for i in 0..CASES_EACH {
                    let new = if i % 2 == 0 {
                        walk_in(
                            &format!("Desk{desk} Case{i}"),
                            &format!("SN-{desk}-{i}"),
                            "2026-03-02",
                        )
                    } else {
                        mail_in(
                            &format!("APP-{desk}-{i}"),
                            &format!("Desk{desk} Case{i}"),
                            &format!("SN-{desk}-{i}"),
                            "2026-03-01",
                        )
                    };
                    let case = store
                        .create_case(&new, &policy, "desk", at("2026-03-02"))
                        .map_err(|e| e.to_string())?;
                    if case.state == State::Applied {
                        store
                            .apply(
                                Some(&case.number),
                                &Step::ResolveRemotely("by phone".into()),
                                &policy,
                                day("2026-03-02"),
                                "desk",
                                at("2026-03-02"),
                            )
                            .map_err(|e| e.to_string())?;
                    }
                    numbers.push(case.number.as_str().to_string());
                }
                Ok(numbers)
            })
        })
        .collect();
    let mut numbers = Vec::new();
    for thread in threads {
        numbers.extend(thread.join().expect("desk thread").expect("desk's work"));
    }
    let total = DESKS * CASES_EACH;
    numbers.sort();
    numbers.dedup();
    assert_eq!(numbers.len(), total, "no number handed out twice");
    let last = first.last_case_number(2026).expect("last").expect("some");
    assert_eq!(last.sequence() as usize, total, "no gap");
    for sequence in 1..=total as u32 {
        let number = fixdesk::domain::CaseNumber::new(2026, sequence);
        assert!(first.case(&number).expect("read").is_some(), "{number}");
    }
    let report = first.verify().expect("verify");
    assert!(report.is_ok(), "{:?}", report.problems);
    assert_eq!(report.events as usize, total + total / 2);
}

#[test]
fn an_import_writes_every_row_once() {
    let Some(db) = ServerDb::create() else { return };
    let mut store = db.store();
    let policy = Policy::shipped();
    let text = "application_id,applied_on,name,phone,email,address,return_address,model,serial,purchase_channel,invoice_date,fault,keep_parts\n\
        A-1,2026-03-01,Ann Lee,+44 20 7946 4506,ann@example.com,1 Main St,,Aurora A5,SN-1,authorized,2025-06-01,No power,yes\n\
        A-2,2026-03-02,Bo Chen,+44 20 7946 4507,,2 Main St,,Aurora A5,SN-2,unknown,,Cracked,no\n";
    let rows = fixdesk::store::parse_import(text).expect("valid rows");
    let mut heard = Vec::new();
    let report = store
        .import(&rows, &policy, "ana", at("2026-03-03"), &mut |n| {
            heard.push(n)
        })
        .expect("import");
    assert_eq!(report.created.len(), 2);
    assert_eq!(heard.last(), Some(&2));
    let again = store
        .import(&rows, &policy, "ana", at("2026-03-04"), &mut |_| {})
        .expect("import again");
    assert!(again.created.is_empty());
    assert_eq!(again.already_on_file, 2);
    assert_eq!(store.search("bo ch", 10).expect("search").len(), 1);
    assert!(store.verify().expect("verify").is_ok());
}

#[test]
fn retention_removes_personal_data_and_keeps_the_device() {
    let Some(db) = ServerDb::create() else { return };
    let mut store = db.store();
    let policy = Policy::shipped();
    let case = store
        .create_case(
            &mail_in("APP-9", "Ann Lee", "SN-RET-1", "2026-03-01"),
            &policy,
            "ana",
            at("2026-03-01"),
        )
        .expect("mail-in");
    store
        .apply(
            Some(&case.number),
            &Step::ResolveRemotely("by phone".into()),
            &policy,
            day("2026-03-02"),
            "ana",
            at("2026-03-02"),
        )
        .expect("resolved");
    let early = store
        .remove_expired_personal_data(day("2026-06-01"), 12, "retention", at("2026-06-01"))
        .expect("nothing yet");
    assert_eq!(early.cases, 0);
    let done = store
        .remove_expired_personal_data(day("2027-04-01"), 12, "retention", at("2027-04-01"))
        .expect("retention");
    assert_eq!(done.cases, 1);
    let read = store.case(&case.number).expect("read").expect("kept");
    assert_eq!(read.customer.name, fixdesk::store::REMOVED);
    assert_eq!(read.customer.phone, "");
    assert!(store.search("ann lee", 10).expect("search").is_empty());
    assert_eq!(store.search("SN-RET-1", 10).expect("search").len(), 1);
    assert!(store.verify().expect("verify").is_ok());
    // Done once: a second run finds nothing.
    let again = store
        .remove_expired_personal_data(day("2027-04-02"), 12, "retention", at("2027-04-02"))
        .expect("retention");
    assert_eq!(again.cases, 0);
}

#[test]
fn documents_and_photos_are_kept_with_the_case() {
    let Some(db) = ServerDb::create() else { return };
    let mut store = db.store();
    let policy = Policy::shipped();
    let case = store
        .create_case(
            &walk_in("Ann Lee", "SN-D", "2026-03-02"),
            &policy,
            "ana",
            at("2026-03-02"),
        )
        .expect("case");
    store
        .record_document(
            &case.number,
            fixdesk::domain::case::DocumentKind::Receipt,
            "ana",
            at("2026-03-02"),
        )
        .expect("document");
    store.add_photo(&case.number, "front.jpg").expect("photo");
    assert!(store.add_photo(&case.number, "../x.jpg").is_err());
    let read = store.case(&case.number).expect("read").expect("case");
    assert_eq!(read.documents.len(), 1);
    assert_eq!(read.documents[0].by, "ana");
    assert_eq!(read.photos, ["front.jpg"]);
}

#[test]
fn a_parcel_after_its_application_lapsed_expires_it_and_opens_a_case_at_once() {
    let Some(db) = ServerDb::create() else { return };
    let mut store = db.store();
    let policy = Policy::shipped();
    let old = store
        .create_case(
            &mail_in("APP-5", "Ann Lee", "SN-5", "2026-03-01"),
            &policy,
            "ana",
            at("2026-03-01"),
        )
        .expect("mail-in");
    let parcel = fixdesk::domain::ParcelArrival {
        received_on: day("2026-03-25"),
        cash_on_delivery: false,
        package_damaged: false,
        soaked: false,
        packaging_adequate: true,
        serial_found: None,
        handover: Handover::default(),
    };
    let step = Step::Unsolicited {
        new: Box::new(walk_in("Ann Lee", "SN-5", "2026-03-25")),
        parcel,
        expired: Some(old.number.clone()),
    };
    let new = store
        .apply(
            None,
            &step,
            &policy,
            day("2026-03-25"),
            "ben",
            at("2026-03-25"),
        )
        .expect("unsolicited parcel");
    assert_ne!(new.number, old.number);
    assert!(new.unsolicited);
    let old = store.case(&old.number).expect("read").expect("old");
    assert_eq!(old.state, State::Expired);
    assert!(store.verify().expect("verify").is_ok());
}

#[test]
fn a_session_gives_up_on_a_held_lock_and_says_so() {
    let Some(db) = ServerDb::create() else { return };
    let mut store = db.store();
    let mut other = db.raw();
    // Another desk in the middle of a save holds the history's head.
    let mut held = other.transaction().expect("begin");
    held.batch_execute("SELECT 1 FROM chain_head FOR UPDATE")
        .expect("hold the head");
    let err = store
        .create_case(
            &walk_in("Ann Lee", "SN-L", "2026-03-02"),
            &Policy::shipped(),
            "ana",
            at("2026-03-02"),
        )
        .expect_err("waits, then gives up");
    assert!(err.to_string().contains("another desk"), "{err}");
    drop(held);
    // Nothing was half written: the next save takes number 1.
    let case = store
        .create_case(
            &walk_in("Ann Lee", "SN-L", "2026-03-02"),
            &Policy::shipped(),
            "ana",
            at("2026-03-02"),
        )
        .expect("after the other desk let go");
    assert_eq!(case.number.sequence(), 1);
}

#[test]
fn desks_opening_a_new_database_at_once_migrate_it_once() {
    let Some(db) = ServerDb::create() else { return };
    let config = db.url.clone();
    let threads: Vec<_> = (0..4)
        .map(|_| {
            let config = config.clone();
            std::thread::spawn(move || Store::connect(&config).map(|_| ()))
        })
        .collect();
    for thread in threads {
        let opened = thread.join().expect("desk thread");
        assert!(opened.is_ok(), "{opened:?}");
    }
    let mut raw = db.raw();
    let row = raw
        .query_one(
            "SELECT (SELECT count(*) FROM fixdesk_schema), (SELECT max(version) FROM fixdesk_schema),
                    (SELECT count(*) FROM policies)",
            &[],
        )
        .expect("schema");
    assert_eq!(row.get::<_, i64>(0), 1);
    assert_eq!(row.get::<_, i32>(1), fixdesk::store::SERVER_SCHEMA_VERSION);
    assert_eq!(row.get::<_, i64>(2), 1);
}

/// A desk's login (a member of `fixdesk_desks`) works the cases but cannot rewrite the
/// history: the owner migrates and grants; the desk adds cases and events, and its
/// UPDATE or DELETE of an event is refused by the server itself.
#[test]
fn a_desks_login_adds_history_but_cannot_change_it() {
    let Some(db) = ServerDb::create() else { return };
    let desk = format!("{}_desk", db.name);
    let mut raw = db.raw();
    raw.batch_execute(&format!(
        "DO $$ BEGIN CREATE ROLE {role} NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
         CREATE ROLE {desk} LOGIN IN ROLE {role};",
        role = fixdesk::store::postgres::DESKS_ROLE
    ))
    .expect("the desks' role and one desk's login");
    // The owner's first start makes the tables and grants the desks their share.
    drop(db.store());
    let as_desk = format!("{} user={desk}", db.url);
    let mut store = Store::connect(&as_desk).expect("a desk connects with its own login");
    let case = store
        .create_case(
            &walk_in("Ann Lee", "SN-DESK", "2026-03-02"),
            &Policy::shipped(),
            "ana",
            at("2026-03-02"),
        )
        .expect("a desk opens cases");
    store
        .apply(
            Some(&case.number),
            &Step::Diagnose(store_common::found(
                fixdesk::domain::Cause::ManMade,
                "battery",
                fixdesk::domain::RepairMethod::PartReplacement,
            )),
            &Policy::shipped(),
            day("2026-03-03"),
            "ben",
            at("2026-03-03"),
        )
        .expect("a desk records a step");
    let mut session = postgres::Client::connect(&as_desk, postgres::NoTls).expect("desk session");
    for sql in [
        "UPDATE events SET note = 'rewritten'",
        "DELETE FROM events",
        "TRUNCATE events",
        "DELETE FROM cases",
    ] {
        let err = session.batch_execute(sql).expect_err(sql);
        assert_eq!(
            err.code(),
            Some(&postgres::error::SqlState::INSUFFICIENT_PRIVILEGE),
            "{sql}: {err}"
        );
    }
    assert!(store.verify().expect("verify").is_ok());
    drop(store);
    drop(session);
    let _ = raw.batch_execute(&format!("DROP OWNED BY {desk}; "));
    drop(db);
    let _ = postgres::Client::connect(&test_server().unwrap_or_default(), postgres::NoTls)
        .and_then(|mut admin| admin.batch_execute(&format!("DROP ROLE IF EXISTS {desk}")));
}

/// The server drops the desk's session (a restart, a cable pulled, an idle timeout): the
/// call that meets the dropped session says so in a sentence, and the next call opens a
/// new session and carries on, with nothing half-written.
#[test]
fn a_dropped_session_is_said_plainly_and_the_next_call_reconnects() {
    let Some(db) = ServerDb::create() else { return };
    let mut store = db.store();
    let case = store
        .create_case(
            &walk_in("Ann Lee", "SN-DROP", "2026-03-02"),
            &Policy::shipped(),
            "ana",
            at("2026-03-02"),
        )
        .expect("case");
    db.drop_sessions();
    let err = store.case(&case.number).expect_err("the session is gone");
    assert!(
        matches!(err, StoreError::Server(ref text) if text.text.contains("try again")),
        "{err}"
    );
    assert_eq!(
        store
            .case(&case.number)
            .expect("a new session")
            .map(|c| c.number),
        Some(case.number.clone())
    );
    assert!(store.verify().expect("verify").is_ok());
}

/// A desk dies in the middle of a save (SIGKILL during a 5,000-row import, one
/// transaction): the server rolls its transaction back, the other desks carry on at
/// once, and nothing half-written remains — no imported case, numbers without a gap,
/// one unbroken history.
#[test]
fn a_desk_killed_mid_transaction_leaves_nothing_half_written() {
    let Some(db) = ServerDb::create() else { return };
    let mut store = db.store();
    store
        .create_case(
            &walk_in("Ann Lee", "SN-FIRST", "2026-03-02"),
            &Policy::shipped(),
            "ana",
            at("2026-03-02"),
        )
        .expect("the first case");
    let files = tempfile::tempdir().expect("dir");
    let csv = files.path().join("applications.csv");
    let mut text = String::from(
        "application_id,applied_on,name,phone,email,address,return_address,model,serial,purchase_channel,invoice_date,fault,keep_parts",
    );
    for i in 0..5_000 {
        text.push_str(&format!(
            "\nKILL-{i:05},2026-03-01,Bo Chen,+44 20 7946 4507,,2 Main St,,Aurora A5,AA5-KILL-{i:05},unknown,,Cracked,no"
        ));
    }
    std::fs::write(&csv, text).expect("write the file");
    let mut import = std::process::Command::new(env!("CARGO_BIN_EXE_fixdesk"))
        .args(["--database", &db.url, "import"])
        .arg(&csv)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("start the import");
    // Wait until the import is writing (its progress, "\rimporting: 1000 of 5000", comes
    // without a newline), then kill it.
    let mut stderr = import.stderr.take().expect("stderr");
    let mut seen = Vec::new();
    let mut chunk = [0_u8; 256];
    while !String::from_utf8_lossy(&seen).contains("importing: 1000 of 5000") {
        let read = std::io::Read::read(&mut stderr, &mut chunk).expect("read the progress");
        assert!(
            read > 0,
            "the import ended early: {}",
            String::from_utf8_lossy(&seen)
        );
        seen.extend_from_slice(&chunk[..read]);
    }
    import.kill().expect("SIGKILL");
    import.wait().expect("reaped");

    // The other desks carry on.
    let desks: Vec<_> = (0..4)
        .map(|desk| {
            let url = db.url.clone();
            std::thread::spawn(move || {
                let mut store = Store::connect(&url).expect("a desk connects");
                for i in 0..3 {
                    store
                        .create_case(
                            &walk_in(
                                &format!("Desk{desk} Case{i}"),
                                &format!("SN-{desk}-{i}"),
                                "2026-03-02",
                            ),
                            &Policy::shipped(),
                            "desk",
                            at("2026-03-02"),
                        )
                        .expect("a desk saves after the killed one");
                }
            })
        })
        .collect();
    for desk in desks {
        desk.join().expect("desk thread");
    }
    assert!(
        store.search("AA5-KILL", 5).expect("search").is_empty(),
        "no imported case remains"
    );
    let total = 1 + 4 * 3;
    let last = store.last_case_number(2026).expect("last").expect("some");
    assert_eq!(last.sequence(), total, "numbers without a gap");
    let report = store.verify().expect("verify");
    assert!(report.is_ok(), "{:?}", report.problems);
    assert_eq!(report.events, u64::from(total));
}

/// A save sent again with the same intake id (its answer lost on a dropped connection)
/// returns the case it made: one case, one event, one number.
#[test]
fn an_intake_saved_twice_with_its_id_makes_one_case() {
    let Some(db) = ServerDb::create() else { return };
    let mut store = db.store();
    let new = walk_in("Ann Lee", "SN-ONCE", "2026-03-02");
    let first = store
        .create_case_once(
            &new,
            &Policy::shipped(),
            "ana",
            at("2026-03-02"),
            "intake-7f3a",
        )
        .expect("saved");
    let mut other_session = db.store();
    let again = other_session
        .create_case_once(
            &new,
            &Policy::shipped(),
            "ana",
            at("2026-03-02"),
            "intake-7f3a",
        )
        .expect("the same save again");
    assert_eq!(again, first, "the case already made");
    let another = store
        .create_case_once(
            &new,
            &Policy::shipped(),
            "ana",
            at("2026-03-02"),
            "intake-90b1",
        )
        .expect("another intake");
    assert_eq!(another.number.sequence(), 2);
    assert_eq!(store.verify().expect("verify").events, 2);
}

/// What one desk photographs or prints is on the server for the others: the photo's
/// bytes come back at another desk (which keeps them in its own `photos/` folder for its
/// thumbnails), and the printed PDF is kept with the case.
#[test]
fn photos_and_printed_documents_reach_the_other_desks() {
    use fixdesk::domain::case::{DocumentKind, PrintedDocument};
    let Some(db) = ServerDb::create() else { return };
    let mut front = db.store();
    let case = front
        .create_case(
            &walk_in("Ann Lee", "SN-PIC", "2026-03-02"),
            &Policy::shipped(),
            "ana",
            at("2026-03-02"),
        )
        .expect("case");
    let mut jpeg = Vec::new();
    ::image::RgbImage::from_pixel(64, 48, ::image::Rgb([200, 40, 40]))
        .write_to(
            &mut std::io::Cursor::new(&mut jpeg),
            ::image::ImageFormat::Jpeg,
        )
        .expect("a photo");
    let name = format!("{}-1.jpg", case.number);
    front
        .keep_photo(&case.number, &name, Some(&jpeg))
        .expect("photo kept");
    let printed = PrintedDocument {
        kind: DocumentKind::Receipt,
        at: at("2026-03-02"),
        by: "ana".into(),
        file: Some(format!("{}-receipt.pdf", case.number)),
        facts: Vec::new(),
        note: None,
    };
    front
        .record_printed(&case.number, &printed, Some(b"%PDF-1.7 receipt"))
        .expect("printing kept");

    // The inspector's desk: another PC, its own empty data folder.
    let back = db.store();
    assert_eq!(
        back.photo(&case.number, &name).expect("read"),
        Some(jpeg.clone())
    );
    let read = back.case(&case.number).expect("read").expect("case");
    assert_eq!(read.photos, std::slice::from_ref(&name));
    assert_eq!(read.documents.len(), 1);
    let kept: Vec<u8> = db
        .raw()
        .query_one("SELECT content FROM documents", &[])
        .expect("the printing")
        .get(0);
    assert_eq!(kept, b"%PDF-1.7 receipt");

    let folder = tempfile::tempdir().expect("the other desk's folder");
    let desk = fixdesk::gui::desk::Desk::from_store(back, folder.path().to_path_buf());
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let shown = runtime.block_on(desk.thumbnails(case.number.clone(), vec![name.clone()]));
    assert_eq!(shown.len(), 1, "the other desk shows the photo");
    assert_eq!(
        std::fs::read(folder.path().join("photos").join(&name)).expect("kept here"),
        jpeg
    );
}

/// Demo data on a server (a training database): made with the same generator as on a
/// desk's own file and moved in, only into an empty database.
#[test]
fn demo_data_goes_into_an_empty_server_database_only() {
    let Some(db) = ServerDb::create() else { return };
    let mut store = db.store();
    let report = store
        .demo(60, 7, day("2026-11-20"), false, &mut |_| {})
        .expect("demo on an empty database");
    assert_eq!(report.cases, 60);
    let counted: u64 = store
        .state_counts()
        .expect("counts")
        .iter()
        .map(|(_, n)| n)
        .sum();
    assert_eq!(counted, 60);
    let chain = store.verify().expect("verify");
    assert!(chain.is_ok(), "{:?}", chain.problems);
    assert_eq!(chain.events, report.events);
    assert!(
        !store.has_real_cases().expect("real"),
        "demo cases are marked"
    );
    let again = store.demo(10, 8, day("2026-11-20"), true, &mut |_| {});
    assert!(again.is_err(), "never beside cases already there");
}

/// The same commands on a desk's own folder and on the server print the same: a walk-in
/// opened, diagnosed and quoted with `fixdesk step`, then `show`, `search` and `due`
/// (times of day aside: each run records its own).
#[test]
fn the_commands_print_the_same_on_both_engines() {
    use serde_json::{Value, json};
    let Some(db) = ServerDb::create() else { return };
    let folder = tempfile::tempdir().expect("folder");
    let run = |on_server: bool, args: &[&str], input: Option<Value>| -> String {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_fixdesk"));
        command.arg("--data-dir").arg(folder.path());
        if on_server {
            command.args(["--database", &db.url]);
        }
        let mut child = command
            .args(args)
            .env("USER", "desk")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("run fixdesk");
        let stdin = child.stdin.take().expect("stdin");
        if let Some(input) = input {
            std::io::Write::write_all(&mut { stdin }, input.to_string().as_bytes())
                .expect("write the input");
        }
        let out = child.wait_with_output().expect("wait");
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    /// The printed JSON without the times of day a run records.
    fn timeless(value: &mut Value) {
        match value {
            Value::Object(map) => {
                map.retain(|key, _| !matches!(key.as_str(), "at" | "last_activity" | "decided_at"));
                map.values_mut().for_each(timeless);
            }
            Value::Array(items) => items.iter_mut().for_each(timeless),
            _ => {}
        }
    }
    let mut printed = Vec::new();
    for on_server in [false, true] {
        let opened = run(
            on_server,
            &["step", "new", "open", "--on", "2026-03-02"],
            Some(json!({
                "arrival": "walk_in", "received_on": "2026-03-02",
                "customer": {"name": "Wang Fang", "phone": "+86 10 1234 5678",
                             "address": "2 Main St"},
                "device": {"model": "Aurora A5", "serial": "AA5-0042"},
                "proof": {"channel": "authorized",
                          "invoice": {"date": "2025-09-01", "model": "Aurora A5",
                                      "serial": "AA5-0042", "legible": true}},
                "fault": "Does not charge",
            })),
        );
        let number = serde_json::from_str::<Value>(&opened).expect("json")["number"]
            .as_str()
            .expect("a number")
            .to_string();
        run(
            on_server,
            &["step", &number, "diagnose", "--on", "2026-03-03"],
            Some(
                json!({"cause": "man_made", "component": "battery", "method": "part_replacement"}),
            ),
        );
        run(
            on_server,
            &["step", &number, "send_quote", "--on", "2026-03-03"],
            Some(json!({"currency": "EUR", "lines": [
                {"kind": "parts", "description": "Battery", "amount": "45.50"},
                {"kind": "labour", "description": "Fitting", "amount": "30.00"}]})),
        );
        let mut shown: Value = serde_json::from_str(&run(on_server, &["show", &number], None))
            .expect("show prints JSON");
        timeless(&mut shown);
        let found = run(on_server, &["search", "wang"], None);
        let mut due: Value =
            serde_json::from_str(&run(on_server, &["due", "--on", "2026-04-10"], None))
                .expect("due prints JSON");
        timeless(&mut due);
        printed.push((shown, found, due));
    }
    assert_eq!(printed[0].0, printed[1].0, "show");
    assert_eq!(printed[0].1, printed[1].1, "search");
    assert_eq!(printed[0].2, printed[1].2, "due");
    assert!(printed[1].1.contains("Wang Fang"), "{}", printed[1].1);
}

/// A name many cases share (more than the two thousand from which the server walks the
/// cases from the newest back): the newest come first, as for a rare name.
#[test]
fn a_common_name_finds_the_most_recent_cases_first() {
    let Some(db) = ServerDb::create() else { return };
    let mut store = db.store();
    let rows: Vec<fixdesk::store::ImportRow> = (0..2_100)
        .map(|i| {
            let mut new = mail_in(
                &format!("K-{i:05}"),
                "Jan Kowalski",
                &format!("KW-{i:05}"),
                "2026-03-01",
            );
            new.customer.phone = format!("+48 22 555 {i:04}");
            fixdesk::store::ImportRow {
                line: i + 2,
                new,
                language: None,
            }
        })
        .collect();
    store
        .import(
            &rows,
            &Policy::shipped(),
            "ana",
            at("2026-03-02"),
            &mut |_| {},
        )
        .expect("import");
    // An old case with new activity goes first; then the newest numbers.
    let old = fixdesk::domain::CaseNumber::new(2026, 5);
    store
        .apply(
            Some(&old),
            &Step::ResolveRemotely("Fixed by phone".into()),
            &Policy::shipped(),
            day("2026-03-03"),
            "ben",
            at("2026-03-03"),
        )
        .expect("activity on an old case");
    let found: Vec<u32> = store
        .search("kowa", 5)
        .expect("search")
        .iter()
        .map(|s| s.number.sequence())
        .collect();
    assert_eq!(found, [5, 2100, 2099, 2098, 2097]);
    let two_words: Vec<u32> = store
        .search("jan kow", 3)
        .expect("search")
        .iter()
        .map(|s| s.number.sequence())
        .collect();
    assert_eq!(two_words, [5, 2100, 2099]);
}
