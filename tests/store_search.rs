//! Search: by case number, serial, phone, e-mail and name; case and
//! accents ignored; most recent activity first, in a stable order.

mod store_common;

use std::process::Command;

use fixdesk::domain::{CaseNumber, NewCase};
use fixdesk::store::Store;
use store_common::*;

fn customer(new: &mut NewCase, name: &str, phone: &str, email: Option<&str>) {
    new.customer.name = name.into();
    new.customer.phone = phone.into();
    new.customer.email = email.map(str::to_string);
}

/// Four cases: numbers 1–4, the later the more recent (`None`: the engine's server is
/// not there, outside CI).
fn sample(engine: Engine) -> Option<(TestDb, Store, Vec<CaseNumber>)> {
    let (db, mut store) = engine.store()?;
    let p = policy();
    let mut numbers = Vec::new();
    let people = [
        (
            "José Álvarez-Núñez",
            "+44 20 7946 4506",
            Some("jose@example.com"),
            "SN-A1-0001",
        ),
        (
            "Joséphine Martin",
            "+33 1 42 68 53 00",
            Some("JM@Example.org"),
            "SN-B2-0002",
        ),
        ("Anna O'Brien", "(089) 1234-5678", None, "XZ 9000 77"),
        (
            "Jos Meyer",
            "+49 89 12345678",
            Some("jos.meyer@example.net"),
            "SN-A1-0004",
        ),
    ];
    for (i, (name, phone, email, serial)) in people.iter().enumerate() {
        let mut new = walk_in(name, serial, "2026-03-02");
        customer(&mut new, name, phone, *email);
        let when = at("2026-03-02") + chrono::Duration::minutes(i as i64);
        numbers.push(
            store
                .create_case(&new, &p, "ana", when)
                .expect("create")
                .number,
        );
    }
    Some((db, store, numbers))
}

/// The sample in a desk's own folder (the fold and the command line's folder are
/// SQLite's).
fn sqlite_sample() -> (tempfile::TempDir, Store, Vec<CaseNumber>) {
    match sample(Engine::Sqlite) {
        Some((TestDb::Folder(dir), store, numbers)) => (dir, store, numbers),
        _ => panic!("a SQLite store has a folder"),
    }
}

fn found(store: &Store, text: &str) -> Vec<CaseNumber> {
    store
        .search(text, 20)
        .expect("search")
        .into_iter()
        .map(|s| s.number)
        .collect()
}

on_both_engines! {
    fn finds_by_case_number_however_typed(engine engine) {
        let Some((_db, store, n)) = sample(engine) else {
            return;
        };
        assert_eq!(found(&store, "SC-2026-000003"), vec![n[2].clone()]);
        assert_eq!(found(&store, " sc2026000003 "), vec![n[2].clone()]);
        assert_eq!(found(&store, "SC-2026-000099"), Vec::<CaseNumber>::new());
    }
}

on_both_engines! {
    fn finds_by_serial_ignoring_case_spaces_and_hyphens(engine engine) {
        let Some((_db, store, n)) = sample(engine) else {
            return;
        };
        assert_eq!(found(&store, "sn-b2-0002"), vec![n[1].clone()]);
        assert_eq!(found(&store, "XZ900077"), vec![n[2].clone()]);
        // A prefix of the serial, newest first.
        assert_eq!(found(&store, "SN A1"), vec![n[3].clone(), n[0].clone()]);
    }
}

on_both_engines! {
    fn finds_by_phone_digits_whatever_the_spacing(engine engine) {
        let Some((_db, store, n)) = sample(engine) else {
            return;
        };
        assert_eq!(found(&store, "79464506"), vec![n[0].clone()]);
        assert_eq!(
            found(&store, "020 7946 4506"),
            vec![n[0].clone()],
            "national trunk 0"
        );
        assert_eq!(found(&store, "+44-20-7946-4506"), vec![n[0].clone()]);
        assert_eq!(
            found(&store, "089 12345678"),
            vec![n[3].clone(), n[2].clone()]
        );
        assert_eq!(found(&store, "1234 5678"), vec![n[3].clone(), n[2].clone()]);
    }
}

on_both_engines! {
    fn finds_by_email_ignoring_case(engine engine) {
        let Some((_db, store, n)) = sample(engine) else {
            return;
        };
        assert_eq!(found(&store, "jm@example.org"), vec![n[1].clone()]);
        assert_eq!(found(&store, "JOSE@EXAMPLE.COM"), vec![n[0].clone()]);
    }
}

on_both_engines! {
    fn finds_by_the_prefix_of_any_word_of_the_name(engine engine) {
        let Some((_db, store, n)) = sample(engine) else {
            return;
        };
        // "jos" starts José, Joséphine and Jos: newest first.
        assert_eq!(
            found(&store, "jos"),
            vec![n[3].clone(), n[1].clone(), n[0].clone()]
        );
        assert_eq!(
            found(&store, "JOSE"),
            vec![n[1].clone(), n[0].clone()],
            "accents ignored"
        );
        assert_eq!(
            found(&store, "nunez"),
            vec![n[0].clone()],
            "any word, hyphenated too"
        );
        assert_eq!(found(&store, "álv"), vec![n[0].clone()]);
        assert_eq!(found(&store, "o'brien"), vec![n[2].clone()]);
        assert_eq!(
            found(&store, "jos mey"),
            vec![n[3].clone()],
            "every word must match"
        );
        assert_eq!(found(&store, "martin jose"), vec![n[1].clone()]);
        assert_eq!(
            found(&store, "rtin"),
            Vec::<CaseNumber>::new(),
            "prefixes, not infixes"
        );
        assert_eq!(
            found(&store, "\"*) OR"),
            Vec::<CaseNumber>::new(),
            "no FTS syntax"
        );
    }
}

on_both_engines! {
    fn results_follow_activity_and_the_order_is_stable(engine engine) {
        let Some((_db, mut store, n)) = sample(engine) else {
            return;
        };
        let p = policy();
        let first = found(&store, "jos");
        assert_eq!(first, found(&store, "jos"), "same order every time");
        // Activity on the oldest case moves it to the top.
        store
            .diagnose(
                &n[0],
                &fixdesk::domain::Diagnosis {
                    cause: fixdesk::domain::Cause::Manufacturing,
                    ..Default::default()
                },
                &p,
                day("2026-03-05"),
                "ben",
                at("2026-03-05"),
            )
            .expect("diagnose");
        assert_eq!(
            found(&store, "jos"),
            vec![n[0].clone(), n[3].clone(), n[1].clone()]
        );
        // Ties (same instant) fall back to the newest case number.
        let Some((_db2, mut tied)) = engine.store() else {
            return;
        };
        let a = tied
            .create_case(
                &walk_in("Tia One", "T-1", "2026-03-02"),
                &p,
                "ana",
                at("2026-03-02"),
            )
            .expect("a")
            .number;
        let b = tied
            .create_case(
                &walk_in("Tia Two", "T-2", "2026-03-02"),
                &p,
                "ana",
                at("2026-03-02"),
            )
            .expect("b")
            .number;
        assert_eq!(found(&tied, "tia"), vec![b, a]);
        assert_eq!(tied.search("tia", 1).expect("limit").len(), 1);
    }
}

#[test]
fn a_case_is_found_the_moment_it_is_saved_and_after_its_keys_are_folded() {
    let (dir, mut store, numbers) = sqlite_sample();
    let queries = [
        "SN-A1",
        "xz900077",
        "79464506",
        "1234 5678",
        "jm@example.ORG",
        "jos",
        "álvarez",
        "anna o",
    ];
    // Saved, not yet folded: every key is found from the recent table.
    let waiting = store.recent_search_keys().expect("recent");
    assert!(
        waiting >= 4 * 4,
        "four cases, four keys or more each: {waiting}"
    );
    let before: Vec<Vec<CaseNumber>> = queries.iter().map(|q| found(&store, q)).collect();
    for (query, hits) in queries.iter().zip(&before) {
        assert!(!hits.is_empty(), "{query} found nothing before the fold");
    }
    assert_eq!(store.fold_recent().expect("fold").keys, waiting);
    assert_eq!(store.recent_search_keys().expect("recent"), 0);
    assert_eq!(
        store.fold_recent().expect("fold again").keys,
        0,
        "nothing left"
    );
    let after: Vec<Vec<CaseNumber>> = queries.iter().map(|q| found(&store, q)).collect();
    assert_eq!(before, after, "the same cases, in the same order");

    // A case saved after the fold is found beside the folded ones, newest first.
    let mut new = walk_in("Josef Neu", "SN-A1-0009", "2026-03-03");
    customer(&mut new, "Josef Neu", "+44 20 7946 9999", None);
    let newest = store
        .create_case(&new, &policy(), "ana", at("2026-03-03"))
        .expect("create")
        .number;
    let jos = found(&store, "jos");
    assert_eq!(jos.first(), Some(&newest));
    assert_eq!(jos[1..], before[5][..]);
    assert!(found(&store, "SN-A1").contains(&numbers[0]));

    // Opening the store folds what an earlier session left waiting.
    assert!(store.recent_search_keys().expect("recent") > 0);
    drop(store);
    let store = Store::open(dir.path()).expect("reopen");
    assert_eq!(store.recent_search_keys().expect("recent"), 0);
    assert_eq!(found(&store, "jos"), jos);
}

#[test]
fn the_search_command_prints_one_line_per_case() {
    let (dir, store, n) = sqlite_sample();
    drop(store);
    let out = Command::new(env!("CARGO_BIN_EXE_fixdesk"))
        .arg("--data-dir")
        .arg(dir.path())
        .args(["search", "jos"])
        .output()
        .expect("run");
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{stdout}");
    assert!(
        lines[0].starts_with(n[3].as_str()) && lines[0].contains("Jos Meyer"),
        "{stdout}"
    );
}

#[test]
fn queues_hold_new_cases_before_the_fold_and_keep_their_order_after() {
    let (_dir, mut store, numbers) = sqlite_sample();
    let queue = |store: &Store| -> Vec<CaseNumber> {
        store
            .cases_in_state(fixdesk::domain::State::Received, 10)
            .expect("queue")
            .into_iter()
            .map(|c| c.number)
            .collect()
    };
    // Not yet folded: the four are in the queue, the most recent first.
    let newest_first: Vec<CaseNumber> = numbers.iter().rev().cloned().collect();
    assert_eq!(queue(&store), newest_first);
    assert!(store.fold_recent().expect("fold").keys > 0);
    assert_eq!(queue(&store), newest_first);

    // One folded and one not, side by side, still in activity order.
    let mut new = walk_in("Ute Neu", "SN-Q-0005", "2026-03-03");
    customer(&mut new, "Ute Neu", "+49 30 1234567", None);
    let newest = store
        .create_case(&new, &policy(), "ana", at("2026-03-03"))
        .expect("create")
        .number;
    let mixed = queue(&store);
    assert_eq!(mixed.first(), Some(&newest));
    assert_eq!(mixed[1..], newest_first[..]);
    assert_eq!(queue(&store).len(), 5);
    store.fold_recent().expect("fold");
    assert_eq!(queue(&store), mixed);
}

/// More matches than the server reads one by one (2,000): the server walks the cases from
/// the newest activity back instead, for a name and for a serial prefix alike. It finds
/// what SQLite finds, in the same order: a case with a later step first, then the newest,
/// past newer cases of other names.
#[test]
fn many_matches_are_found_newest_first_on_both_engines() {
    let Some(server) = ServerDb::create() else {
        return;
    };
    let (_dir, mut local) = temp_store();
    let p = policy();
    let mut walkers = Vec::new();
    for i in 0..2_100 {
        let mut new = walk_in(
            &format!("Wanda Walker{i}"),
            &format!("WALK-{i:05}"),
            "2026-03-02",
        );
        // One company's number on every case: a phone of many matches too.
        new.customer.phone = "+44 20 7946 0000".into();
        let when = at("2026-03-02") + chrono::Duration::seconds(i);
        walkers.push(
            local
                .create_case(&new, &p, "ana", when)
                .expect("create")
                .number,
        );
    }
    // Newer cases of other names, which a walk passes over.
    for i in 0..300 {
        let new = walk_in(
            &format!("Otto Other{i}"),
            &format!("OTH-{i:05}"),
            "2026-03-03",
        );
        local
            .create_case(
                &new,
                &p,
                "ana",
                at("2026-03-03") + chrono::Duration::seconds(i),
            )
            .expect("create");
    }
    // Two old cases with a later step: the most recently active.
    for (k, old) in [&walkers[7], &walkers[300]].into_iter().enumerate() {
        local
            .ask_for_proof(
                old,
                day("2026-03-04"),
                "ana",
                at("2026-03-04") + chrono::Duration::minutes(k as i64),
            )
            .expect("ask for proof");
    }
    let mut remote = server.store();
    fixdesk::store::migrate(&local, &mut remote, &mut |_| {}).expect("migrate");

    let newest = found(&local, "walk");
    assert_eq!(newest.len(), 20);
    assert_eq!(
        newest[..3],
        [
            walkers[300].clone(),
            walkers[7].clone(),
            walkers[2_099].clone()
        ]
    );
    for text in [
        "walk",
        "Walker",
        "wanda walk",
        "WALK-0",
        "walker20",
        "w",
        "7946 0000",
    ] {
        for limit in [5, 20, 50] {
            let here = local.search(text, limit).expect("search");
            assert!(!here.is_empty(), "'{text}'");
            assert_eq!(
                remote.search(text, limit).expect("search"),
                here,
                "'{text}' ({limit})"
            );
        }
    }
}
