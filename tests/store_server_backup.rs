//! `fixdesk backup` on a PostgreSQL center (docs/rules.md §9, "Backups on a server"): the server's database
//! written as the same single-file SQLite backup a desk makes, so `restore` brings it
//! into a data folder and `migrate` back onto a server. The file reads the same as the
//! server: cases, history, search answers, monthly figures; photos' and documents'
//! bytes land beside it in `<file>.files/`.

mod store_common;

use std::path::Path;
use std::process::Command;

use fixdesk::domain::case::{DocumentKind, PrintedDocument};
use fixdesk::domain::{CaseNumber, Cause, Payment, RepairMethod};
use fixdesk::report::{Month, monthly};
use fixdesk::store::{self, Store};
use store_common::*;

const TODAY: &str = "2026-06-01";

/// A server holding work made through the store: a demo folder moved onto it (with a
/// photo and a printed document whose files it holds), then, on the server, a case
/// taken through diagnosis, quote, acceptance and a part payment, printed and
/// photographed. Returns the server and the case made on it.
fn busy_server() -> Option<(ServerDb, CaseNumber)> {
    let server = ServerDb::create()?;
    let (_dir, folder, _) = store_common::demo_folder(150, 7, TODAY);
    let mut target = server.store();
    store::migrate(&folder, &mut target, &mut |_| {}).expect("migrate");

    // Work done on the server itself.
    let p = policy();
    let n = open_case(
        &mut target,
        &walk_in("Zofia Serwer", "SN-SRV-1", TODAY),
        &p,
        TODAY,
    );
    target
        .diagnose(
            &n,
            &found(Cause::ManMade, "mainboard", RepairMethod::UnitReplacement),
            &p,
            day("2026-06-02"),
            "ben",
            at("2026-06-02"),
        )
        .expect("diagnose");
    target
        .send_quote(
            &n,
            &quote_of(("Display assembly", 18_900), ("Fitting", 3_500)),
            day("2026-06-02"),
            "ben",
            at("2026-06-02"),
        )
        .expect("quote");
    target
        .accept_quote(&n, day("2026-06-03"), "ana", at("2026-06-03"))
        .expect("accept");
    target
        .record_payment(
            &n,
            &Payment {
                amount: eur(10_000),
                paid_on: day("2026-06-04"),
                method: "card".into(),
            },
            "ana",
            at("2026-06-04"),
        )
        .expect("payment");
    target
        .record_printing(
            &n,
            &PrintedDocument {
                kind: DocumentKind::Quote,
                at: at("2026-06-02"),
                by: "ben".into(),
                file: Some("/somewhere/q-2.pdf".into()),
                facts: Vec::new(),
                note: Some("first printing".into()),
            },
        )
        .expect("printing");
    target.add_photo(&n, "srv-1.jpg").expect("photo");
    target.add_photo(&n, "no-bytes.jpg").expect("photo");
    // The store's call for a photo's bytes comes with the photo screens: set them here.
    let mut raw = server.raw();
    raw.execute(
        "UPDATE photos SET content = 'server photo'::bytea WHERE file_name = 'srv-1.jpg'",
        &[],
    )
    .expect("photo bytes");
    raw.execute(
        "UPDATE documents SET content = 'quote pdf'::bytea WHERE file = '/somewhere/q-2.pdf'",
        &[],
    )
    .expect("document bytes");
    Some((server, n))
}

/// The backup file opened as a data folder's database.
fn opened_copy(file: &Path) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(file, dir.path().join(store::DB_FILE)).expect("copy the backup in");
    let store = Store::open(dir.path()).unwrap_or_else(|err| panic!("open the backup: {err}"));
    (dir, store)
}

/// Every case, figures and search answers read the same from both stores.
fn assert_reads_the_same(copy: &Store, server: &Store, late: &CaseNumber) {
    let chain = copy.verify().expect("verify");
    assert!(chain.is_ok(), "{:?}", chain.problems);
    assert_eq!(chain.events, server.verify().expect("verify").events);
    assert_eq!(
        copy.state_counts().expect("counts"),
        server.state_counts().expect("counts")
    );

    let today = day("2026-06-05");
    let everything = |store: &Store| {
        store
            .cases_for_report(day("2000-01-01"), today)
            .expect("cases")
    };
    let all = everything(server);
    assert!(all.len() > 140, "{}", all.len());
    for case in &all {
        assert_eq!(
            copy.case(&case.number).expect("read"),
            server.case(&case.number).expect("read"),
            "case {}",
            case.number
        );
    }
    assert_eq!(everything(copy), all);

    let other = &all[all.len() / 2];
    let queries = [
        late.as_str().to_string(),
        "SN-SRV".to_string(),
        "Zof".to_string(),
        other.number.as_str().to_string(),
        other.device.serial.clone(),
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
        let found = server.search(query, 50).expect("search");
        assert!(!found.is_empty(), "'{query}'");
        assert_eq!(copy.search(query, 50).expect("search"), found, "'{query}'");
    }

    for month in [
        Month::new(2026, 6),
        Month::new(2026, 5),
        Month::new(2026, 1),
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
        assert_eq!(figures(copy), figures(server), "{}", month.name());
    }
}

#[test]
fn a_servers_backup_is_a_desk_database_that_reads_the_same() {
    let Some((server, late)) = busy_server() else {
        return;
    };
    let target = server.store();
    let out_dir = tempfile::tempdir().expect("temp dir");
    let out = out_dir.path().join("center.db");
    let report = target
        .backup_to(&out)
        .unwrap_or_else(|err| panic!("backup: {err}"));
    assert_eq!(report.path, out);
    assert!(report.bytes > 0);
    let entries: Vec<String> = std::fs::read_dir(out_dir.path())
        .expect("list")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    assert!(
        entries.iter().all(|name| !name.contains("partial")),
        "{entries:?}"
    );

    // The files the server held, beside the backup, by their plain names.
    let files = report.files.expect("a folder of files");
    assert_eq!(files, out_dir.path().join("center.db.files"));
    let read = |path: &str| std::fs::read(files.join(path)).ok();
    assert_eq!(read("photos/p-1.jpg").as_deref(), Some(&b"JPEG bytes"[..]));
    assert_eq!(
        read("photos/srv-1.jpg").as_deref(),
        Some(&b"server photo"[..])
    );
    assert_eq!(read("photos/no-bytes.jpg"), None);
    assert_eq!(read("documents/r-1.pdf").as_deref(), Some(&b"%PDF-1.7"[..]));
    assert_eq!(
        read("documents/q-2.pdf").as_deref(),
        Some(&b"quote pdf"[..])
    );

    let (_copy_dir, copy) = opened_copy(&out);
    assert!(copy.integrity_check().expect("integrity").is_empty());
    // Nothing left to fold: the keys and event indexes were folded in the file.
    assert_eq!(copy.recent_search_keys().expect("recent keys"), 0);
    assert_reads_the_same(&copy, &target, &late);

    // A second backup of the same name replaces the first, files and all.
    let again = target.backup_to(&out).expect("backup again");
    assert!(again.files.is_some());
}

#[test]
fn a_servers_backup_restores_into_a_folder_and_moves_back_to_a_server() {
    let Some((server, late)) = busy_server() else {
        return;
    };
    let out_dir = tempfile::tempdir().expect("temp dir");
    let out = out_dir.path().join("center.db");
    server.store().backup_to(&out).expect("backup");

    // Restored into a desk's folder like any backup.
    let desk = tempfile::tempdir().expect("temp dir");
    drop(Store::open(desk.path()).expect("a desk's own database"));
    store::restore(desk.path(), &out, at(TODAY)).expect("restore");
    let mut folder = Store::open(desk.path()).expect("open the restored folder");
    assert_reads_the_same(&folder, &server.store(), &late);

    // The restored folder keeps working: the next case takes the next number.
    let p = policy();
    let next = open_case(
        &mut folder,
        &walk_in("Nina Next", "SN-NEXT-1", "2026-06-05"),
        &p,
        "2026-06-05",
    );
    assert_eq!(next, CaseNumber::new(2026, late.sequence() + 1));
    assert!(folder.verify().expect("verify").is_ok());

    // And moves onto another server.
    let Some(second) = ServerDb::create() else {
        return;
    };
    let mut target = second.store();
    let report = store::migrate(&folder, &mut target, &mut |_| {}).expect("migrate again");
    assert_eq!(report.events, folder.verify().expect("verify").events);
    assert!(target.verify().expect("verify").is_ok());
    assert_eq!(
        target.search("SN-NEXT-1", 5).expect("search")[0].number,
        next
    );
}

#[test]
fn a_backup_while_a_desk_saves_is_one_consistent_moment() {
    let Some((server, _)) = busy_server() else {
        return;
    };
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writer = {
        let mut desk = server.store();
        let stop = stop.clone();
        std::thread::spawn(move || {
            let p = policy();
            let mut opened = 0;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) && opened < 400 {
                let serial = format!("SN-BUSY-{opened}");
                open_case(
                    &mut desk,
                    &walk_in("Bożena Busy", &serial, TODAY),
                    &p,
                    TODAY,
                );
                opened += 1;
            }
            opened
        })
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let mut seen = Vec::new();
    for i in 0..3 {
        let out = dir.path().join(format!("busy-{i}.db"));
        // Every row read in one snapshot: the counts match and the chain verifies in
        // the file (both checked before it is put in place), whatever the desk saved.
        server
            .store()
            .backup_to(&out)
            .unwrap_or_else(|err| panic!("backup {i} while a desk saves: {err}"));
        let (_copy_dir, copy) = opened_copy(&out);
        let chain = copy.verify().expect("verify");
        assert!(chain.is_ok(), "{:?}", chain.problems);
        seen.push(chain.events);
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let opened = writer.join().expect("the desk's thread");
    assert!(opened > 0);
    assert!(seen.windows(2).all(|w| w[0] <= w[1]), "{seen:?}");
}

#[test]
fn a_backup_that_cannot_be_put_in_place_leaves_nothing_behind() {
    let Some((server, _)) = busy_server() else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    // A folder already has the backup's name: everything is written, then the rename
    // fails.
    let out = dir.path().join("taken");
    std::fs::create_dir(&out).expect("a folder in the way");
    let err = server
        .store()
        .backup_to(&out)
        .expect_err("the name is a folder");
    assert!(err.to_string().contains("taken"), "{err}");
    let mut left: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    left.sort();
    assert_eq!(left, vec!["taken".to_string()]);
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
fn the_backup_command_works_on_a_server_and_restore_stays_refused() {
    let Some((server, _)) = busy_server() else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("saved").join("center.db");
    let run = fixdesk(dir.path())
        .args(["--database", &server.url, "backup", "--out"])
        .arg(&out)
        .output()
        .expect("run fixdesk");
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "{stdout} {}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(stdout.contains("center.db"), "{stdout}");
    assert!(stdout.contains("center.db.files"), "{stdout}");
    assert!(out.is_file());

    let check = fixdesk(dir.path())
        .args(["restore"])
        .arg(&out)
        .output()
        .expect("run fixdesk");
    assert!(
        check.status.success(),
        "restore into the data folder: {}",
        String::from_utf8_lossy(&check.stderr)
    );

    let refused = fixdesk(dir.path())
        .args(["--database", &server.url, "restore"])
        .arg(&out)
        .output()
        .expect("run fixdesk");
    assert_eq!(refused.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(stderr.contains("pg_restore"), "{stderr}");
}
