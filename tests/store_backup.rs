//! Backup and restore: a backup finishes while another connection writes;
//! a damaged file is refused and the current database is left untouched.

mod store_common;

use std::path::Path;
use std::process::{Command, Output};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use fixdesk::store::{self, Store, StoreError};
use store_common::*;

fn fixdesk(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_fixdesk"))
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .output()
        .expect("run fixdesk")
}

fn fill(store: &mut Store, from: usize, count: usize) {
    let p = policy();
    for i in from..from + count {
        store
            .create_case(
                &walk_in("Ann Lee", &format!("BK-{i}"), "2026-03-02"),
                &p,
                "ana",
                at("2026-03-02"),
            )
            .expect("create");
    }
}

fn case_total(store: &Store) -> u64 {
    store
        .state_counts()
        .expect("counts")
        .iter()
        .map(|(_, n)| n)
        .sum()
}

#[test]
fn a_backup_finishes_while_another_connection_writes() {
    let (dir, mut store) = temp_store();
    fill(&mut store, 0, 300);
    let mut writer = store.another_connection().expect("second connection");
    let stop = Arc::new(AtomicBool::new(false));
    let written = Arc::new(AtomicUsize::new(0));
    let handle = {
        let stop = Arc::clone(&stop);
        let written = Arc::clone(&written);
        std::thread::spawn(move || {
            let p = policy();
            let mut i = 0;
            while !stop.load(Ordering::Relaxed) {
                writer
                    .create_case(
                        &walk_in("Writer", &format!("W-{i}"), "2026-03-02"),
                        &p,
                        "ana",
                        at("2026-03-02"),
                    )
                    .expect("write while backing up");
                i += 1;
                written.store(i, Ordering::Relaxed);
            }
        })
    };
    while written.load(Ordering::Relaxed) < 20 {
        std::thread::yield_now();
    }
    let out = dir.path().join("copies").join("backup.db");
    let mut reports = Vec::new();
    for _ in 0..3 {
        reports.push(store.backup_to(&out).expect("backup finishes"));
    }
    stop.store(true, Ordering::Relaxed);
    handle.join().expect("writer");
    assert!(written.load(Ordering::Relaxed) >= 20);
    assert!(reports.iter().all(|r| r.bytes > 0));

    // The copy is a healthy, consistent fixdesk database.
    let copy = tempfile::tempdir().expect("dir");
    std::fs::copy(&out, copy.path().join(store::DB_FILE)).expect("copy");
    let backup = Store::open(copy.path()).expect("open backup");
    assert!(backup.integrity_check().expect("check").is_empty());
    assert!(backup.verify().expect("verify").is_ok());
    assert!(case_total(&backup) >= 300);
    assert!(case_total(&backup) <= case_total(&store));
}

#[test]
fn the_backup_command_works_while_the_app_has_the_folder() {
    let (dir, mut store) = temp_store();
    fill(&mut store, 0, 5);
    let out = dir.path().join("b.db");
    let result = fixdesk(
        dir.path(),
        &["backup", "--out", out.to_str().expect("path")],
    );
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    assert!(out.is_file());
    assert!(
        !std::fs::read_dir(dir.path())
            .expect("dir")
            .any(|e| { e.is_ok_and(|e| e.file_name().to_string_lossy().contains(".partial")) }),
        "no temporary file left behind"
    );
}

#[test]
fn restore_refuses_a_damaged_file_and_leaves_the_database_alone() {
    let (dir, mut store) = temp_store();
    fill(&mut store, 0, 50);
    let good = dir.path().join("good.db");
    store.backup_to(&good).expect("backup");
    fill(&mut store, 50, 10);
    drop(store);
    let db = dir.path().join(store::DB_FILE);
    let before = std::fs::read(&db).expect("read db");

    // Damage a copy of the backup in the middle, where the tables are.
    let damaged = dir.path().join("damaged.db");
    let mut bytes = std::fs::read(&good).expect("read");
    let middle = bytes.len() / 2;
    for b in &mut bytes[middle..middle + 8192] {
        *b = 0x5a;
    }
    std::fs::write(&damaged, &bytes).expect("write");
    let not_db = dir.path().join("notes.txt");
    std::fs::write(&not_db, "a shopping list").expect("write");
    let truncated = dir.path().join("truncated.db");
    std::fs::write(&truncated, &std::fs::read(&good).expect("read")[..4096]).expect("write");

    for file in [&damaged, &not_db, &truncated, &dir.path().join("absent.db")] {
        let err = store::restore(dir.path(), file, at("2026-03-10")).expect_err("refused");
        assert!(
            matches!(
                err,
                StoreError::Damaged { .. } | StoreError::NotFixdesk(_) | StoreError::Backup(_)
            ),
            "{}: {err}",
            file.display()
        );
        assert_eq!(
            std::fs::read(&db).expect("read db"),
            before,
            "database untouched"
        );
        let out = fixdesk(dir.path(), &["restore", file.to_str().expect("path")]);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            std::fs::read(&db).expect("read db"),
            before,
            "database untouched"
        );
    }
    let store = Store::open(dir.path()).expect("still opens");
    assert_eq!(case_total(&store), 60);
}

#[test]
fn restore_swaps_in_the_backup_and_keeps_the_current_one_aside() {
    let (dir, mut store) = temp_store();
    fill(&mut store, 0, 20);
    let good = dir.path().join("good.db");
    store.backup_to(&good).expect("backup");
    fill(&mut store, 20, 5);
    // Not while the app holds the folder.
    assert!(matches!(
        store::restore(dir.path(), &good, at("2026-03-10")),
        Err(StoreError::Locked(_))
    ));
    drop(store);
    let aside = store::restore(dir.path(), &good, at("2026-03-10"))
        .expect("restore")
        .expect("previous kept");
    assert!(aside.path.starts_with(dir.path().join(store::BACKUP_DIR)));
    let store = Store::open(dir.path()).expect("open restored");
    assert_eq!(case_total(&store), 20);
    assert!(store.verify().expect("verify").is_ok());
    drop(store);

    // The set-aside database is the one from before, whole.
    let check = tempfile::tempdir().expect("dir");
    std::fs::copy(&aside.path, check.path().join(store::DB_FILE)).expect("copy");
    let previous = Store::open(check.path()).expect("open previous");
    assert_eq!(case_total(&previous), 25);
    // Numbers continue after the restored database's last one.
    let mut store = Store::open(dir.path()).expect("open");
    let next = store
        .create_case(
            &walk_in("New", "N-1", "2026-03-10"),
            &policy(),
            "ana",
            at("2026-03-10"),
        )
        .expect("create");
    assert_eq!(next.number.as_str(), "SC-2026-000021");
}

#[test]
fn daily_backups_keep_the_last_n() {
    let (dir, mut store) = temp_store();
    fill(&mut store, 0, 3);
    store
        .set_setting(store::SETTING_BACKUPS_KEPT, "3")
        .expect("setting");
    std::fs::create_dir_all(dir.path().join(store::BACKUP_DIR)).expect("dir");
    let mine = dir.path().join(store::BACKUP_DIR).join("my-own-copy.db");
    std::fs::write(&mine, b"kept").expect("write");
    for d in 1..=5 {
        let made = store
            .auto_backup(day(&format!("2026-03-0{d}")), dir.path())
            .expect("auto");
        assert!(made.is_some());
    }
    assert_eq!(
        store
            .auto_backup(day("2026-03-05"), dir.path())
            .expect("again"),
        None,
        "one a day"
    );
    let mut names: Vec<String> = std::fs::read_dir(dir.path().join(store::BACKUP_DIR))
        .expect("list")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "fixdesk-2026-03-03.db",
            "fixdesk-2026-03-04.db",
            "fixdesk-2026-03-05.db",
            "my-own-copy.db"
        ]
    );
}
