//! `fixdesk migrate --to URL` (docs/rules.md §9, "Where the cases are"): a desk's SQLite folder moved into an
//! empty PostgreSQL database — the same cases, history, figures and search answers on
//! the server; a non-empty or damaged side refused; a copy killed half-way leaves the
//! server empty.

mod store_common;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

use fixdesk::domain::CaseNumber;
use fixdesk::report::{Month, monthly};
use fixdesk::store::{self, MigrateError, Store, StoreError};
use store_common::*;

const TODAY: &str = "2026-06-01";

/// A demo folder of `cases` cases (see `store_common::demo_folder`).
fn demo_folder(cases: usize) -> (tempfile::TempDir, Store) {
    let (dir, store, _) = store_common::demo_folder(cases, 1, TODAY);
    (dir, store)
}

fn migrated(source: &Store, server: &ServerDb) -> store::MigrateReport {
    let mut target = server.store();
    let mut seen = Vec::new();
    let report = store::migrate(source, &mut target, &mut |p| seen.push(p))
        .unwrap_or_else(|err| panic!("migrate: {err}"));
    assert!(
        seen.iter().any(|p| p.what == "cases" && p.done == p.total),
        "progress reaches the last case"
    );
    report
}

#[test]
fn a_demo_folder_reads_the_same_on_the_server() {
    let Some(server) = ServerDb::create() else {
        return;
    };
    let (_dir, mut source) = demo_folder(300);
    source.fold_recent().expect("fold");
    // A few cases saved after the fold: their search keys still wait in their rows.
    let p = policy();
    let late = open_case(
        &mut source,
        &walk_in("Zofia Late", "SN-LATE-1", TODAY),
        &p,
        TODAY,
    );

    let report = migrated(&source, &server);
    let target = server.store();
    assert_eq!(report.cases, 301);
    assert_eq!(report.photos, 2);
    assert_eq!(report.photo_files, 1);
    assert!(report.document_files >= 1);
    assert_eq!(report.missing_files, vec!["gone.jpg".to_string()]);
    assert!(!report.place.contains("password"));

    let chain = target.verify().expect("verify");
    assert!(chain.is_ok(), "{:?}", chain.problems);
    assert_eq!(chain.events, source.verify().expect("source").events);
    assert_eq!(
        target.state_counts().expect("counts"),
        source.state_counts().expect("counts")
    );

    // Every case reads the same, lists and all.
    let today = day(TODAY);
    let everything = |store: &Store| {
        store
            .cases_for_report(day("2000-01-01"), today)
            .expect("cases")
    };
    let all = everything(&source);
    assert!(all.len() > 250, "{}", all.len());
    for case in &all {
        assert_eq!(
            target.case(&case.number).expect("read"),
            source.case(&case.number).expect("read"),
            "case {}",
            case.number
        );
    }
    assert_eq!(everything(&target), all);

    // The same answers to what a clerk types.
    let sample = source.case(&late).expect("late").expect("the late case");
    let other = &all[all.len() / 2];
    let queries = [
        late.as_str().to_string(),
        other.number.as_str().to_string(),
        other.device.serial.clone(),
        "SN-LATE".into(),
        sample.customer.name.chars().take(3).collect(),
        other
            .customer
            .name
            .split(' ')
            .next()
            .unwrap_or("a")
            .to_string(),
        other.customer.phone.clone(),
    ];
    for query in &queries {
        assert_eq!(
            target.search(query, 50).expect("search"),
            source.search(query, 50).expect("search"),
            "search '{query}'"
        );
        assert!(
            !source.search(query, 50).expect("search").is_empty(),
            "'{query}'"
        );
    }

    // The same monthly figures.
    for month in [
        Month::new(2026, 5),
        Month::new(2026, 1),
        Month::new(2025, 9),
    ] {
        let month = month.expect("month");
        let figures = |store: &Store| {
            monthly(
                &store
                    .outlines_for_report(month.first_day(), month.last_day())
                    .expect("report cases"),
                month,
                today,
            )
        };
        assert_eq!(figures(&target), figures(&source), "{}", month.name());
    }

    // Files went into the database, so every desk sees them.
    let mut raw = server.raw();
    let photo: Option<Vec<u8>> = raw
        .query_one(
            "SELECT content FROM photos WHERE file_name = 'p-1.jpg'",
            &[],
        )
        .expect("photo row")
        .get(0);
    assert_eq!(photo.as_deref(), Some(&b"JPEG bytes"[..]));
    let pdf: Option<Vec<u8>> = raw
        .query_one("SELECT content FROM documents WHERE file = 'r-1.pdf'", &[])
        .expect("document row")
        .get(0);
    assert_eq!(pdf.as_deref(), Some(&b"%PDF-1.7"[..]));
}

#[test]
fn new_cases_on_the_server_take_the_next_number_and_extend_the_chain() {
    let Some(server) = ServerDb::create() else {
        return;
    };
    let (_dir, source) = demo_folder(120);
    migrated(&source, &server);
    let year = 2026;
    let last = source
        .last_case_number(year)
        .expect("last")
        .expect("demo cases this year");

    let mut target = server.store();
    let p = policy();
    let number = open_case(
        &mut target,
        &walk_in("Nina New", "SN-NEW-1", TODAY),
        &p,
        TODAY,
    );
    assert_eq!(number, CaseNumber::new(year, last.sequence() + 1));
    target
        .add_photo(&number, "new.jpg")
        .expect("a photo after the copied ones");
    assert!(target.verify().expect("verify").is_ok());
    assert_eq!(
        target.search("SN-NEW-1", 5).expect("search")[0].number,
        number
    );
}

#[test]
fn a_database_holding_cases_is_refused_and_left_as_it_was() {
    let Some(server) = ServerDb::create() else {
        return;
    };
    let (_dir, source) = demo_folder(20);
    let mut target = server.store();
    let p = policy();
    open_case(
        &mut target,
        &walk_in("Olga Own", "SN-OWN-1", TODAY),
        &p,
        TODAY,
    );
    let err = store::migrate(&source, &mut target, &mut |_| {}).expect_err("not empty");
    assert!(
        matches!(err, MigrateError::NotEmpty { cases: 1, .. }),
        "{err}"
    );
    assert!(err.to_string().contains("empty"), "{err}");
    let total: u64 = target
        .state_counts()
        .expect("counts")
        .iter()
        .map(|(_, n)| n)
        .sum();
    assert_eq!(total, 1);
}

#[test]
fn a_damaged_history_is_refused_before_anything_is_copied() {
    let Some(server) = ServerDb::create() else {
        return;
    };
    let (dir, source) = demo_folder(20);
    drop(source);
    {
        let conn = rusqlite::Connection::open(dir.path().join(store::DB_FILE)).expect("open");
        conn.execute_batch(
            "DROP TRIGGER events_never_change;
             UPDATE events SET note = 'rewritten' WHERE id = 3;",
        )
        .expect("tamper");
    }
    let source = Store::open(dir.path()).expect("reopen");
    let mut target = server.store();
    let err = store::migrate(&source, &mut target, &mut |_| {}).expect_err("damaged");
    assert!(
        matches!(err, MigrateError::DamagedSource { event_id: 3, .. }),
        "{err}"
    );
    assert!(err.to_string().contains("event 3"), "{err}");
    assert!(
        target
            .state_counts()
            .expect("counts")
            .iter()
            .all(|(_, n)| *n == 0)
    );
}

#[test]
fn the_engines_must_be_a_folder_and_a_server() {
    let (_dir, source) = temp_store();
    let (_other, mut target) = temp_store();
    let err = store::migrate(&source, &mut target, &mut |_| {}).expect_err("two folders");
    assert!(
        matches!(err, MigrateError::Store(StoreError::Invalid { .. })),
        "{err}"
    );
}

fn fixdesk(dir: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_fixdesk"));
    command
        .arg("--data-dir")
        .arg(dir)
        .env_remove("FIXDESK_DATABASE")
        .env_remove("FIXDESK_DATA_DIR");
    command
}

#[test]
fn the_command_moves_a_folder_once_and_refuses_a_second_time() {
    let Some(server) = ServerDb::create() else {
        return;
    };
    let (dir, source) = demo_folder(50);
    drop(source); // the command takes the folder's lock
    let out = fixdesk(dir.path())
        .args(["migrate", "--to", &server.url])
        .output()
        .expect("run fixdesk");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout} {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("moved 50 cases"), "{stdout}");

    let again = fixdesk(dir.path())
        .args(["migrate", "--to", &server.url])
        .output()
        .expect("run fixdesk");
    assert_eq!(again.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&again.stderr);
    assert!(stderr.contains("already holds 50 cases"), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "one sentence: {stderr}");

    let check = fixdesk(dir.path())
        .args(["--database", &server.url, "check"])
        .output()
        .expect("run fixdesk");
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
}

#[test]
fn a_copy_killed_half_way_leaves_the_server_empty() {
    let Some(server) = ServerDb::create() else {
        return;
    };
    let (dir, source) = demo_folder(4000);
    drop(source);
    let mut child = fixdesk(dir.path())
        .args(["migrate", "--to", &server.url])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start fixdesk");
    let stderr = child.stderr.take().expect("stderr");
    let mut lines = BufReader::new(stderr).lines();
    // The first thousand cases are written (inside the transaction): kill it there.
    let first = lines.next().expect("a progress line").expect("read stderr");
    assert!(first.contains("of 4000 cases"), "{first}");
    child.kill().expect("SIGKILL");
    let status = child.wait().expect("wait");
    assert!(!status.success(), "the copy was stopped before it finished");

    let mut raw = server.raw();
    let cases: i64 = raw
        .query_one("SELECT count(*) FROM cases", &[])
        .expect("count")
        .get(0);
    let events: i64 = raw
        .query_one("SELECT count(*) FROM events", &[])
        .expect("count")
        .get(0);
    assert_eq!((cases, events), (0, 0));

    // And the move can simply be made again.
    let out = fixdesk(dir.path())
        .args(["migrate", "--to", &server.url])
        .output()
        .expect("run fixdesk");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(server.store().verify().expect("verify").is_ok());
}
