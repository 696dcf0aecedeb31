//! The center's daily jobs run once for the center, not once per desk (docs/rules.md
//! §9): of the desks opening on a day, exactly one makes the daily backup and runs the
//! retention pass; the manager sees when and where each last ran. On both engines.

mod store_common;

use fixdesk::store::jobs::{self, Daily};
use store_common::{ServerDb, at, day, open_case, policy, walk_in};

on_both_engines! {
    /// Two desks open on the same morning: one backs up (into its own data folder),
    /// the other skips; the record names the first desk; the next day it is anyone's.
    fn only_one_of_two_desks_makes_the_daily_backup(store) {
        let p = policy();
        open_case(&mut store, &walk_in("Ann Lee", "AA5-0500", "2026-03-02"), &p, "2026-03-02");
        store.set_desk("Front counter");
        let mut other = store.another_connection().expect("desk B");
        other.set_desk("Back office");
        let (front, back) = (tempfile::tempdir().expect("dir"), tempfile::tempdir().expect("dir"));

        let first = store
            .daily_backup(day("2026-03-03"), front.path(), at("2026-03-03"))
            .expect("backup");
        let second = other
            .daily_backup(day("2026-03-03"), back.path(), at("2026-03-03"))
            .expect("skipped");
        let Daily::Done(Some(report)) = first else {
            panic!("the first desk makes it: {first:?}")
        };
        assert!(report.path.starts_with(front.path()) && report.path.is_file());
        assert_eq!(second, Daily::Skipped);
        assert!(!back.path().join("backups").exists(), "nothing at the second desk");

        let runs = other.job_runs().expect("runs");
        let run = runs.iter().find(|r| r.job == jobs::BACKUP).expect("recorded");
        assert_eq!(run.desk, "Front counter");
        assert_eq!(run.day, day("2026-03-03"));
        assert!(run.finished_at.is_some());
        assert!(run.outcome.as_deref().is_some_and(|o| o.ends_with("written")), "{run:?}");

        // The retention pass, likewise once.
        assert!(matches!(
            store.daily_retention(day("2026-03-03"), 24, "ana", at("2026-03-03")),
            Ok(Daily::Done(0))
        ));
        assert!(matches!(
            other.daily_retention(day("2026-03-03"), 24, "ben", at("2026-03-03")),
            Ok(Daily::Skipped)
        ));

        // The next day, the first desk to ask has it.
        assert!(matches!(
            other.daily_backup(day("2026-03-04"), back.path(), at("2026-03-04")),
            Ok(Daily::Done(Some(_)))
        ));
        let runs = store.job_runs().expect("runs");
        let run = runs.iter().find(|r| r.job == jobs::BACKUP).expect("recorded");
        assert_eq!((run.desk.as_str(), run.day), ("Back office", day("2026-03-04")));
    }

    /// A desk that claimed a job and died leaves it unfinished: within the lease the
    /// others keep off, after it one takes it over.
    fn a_job_left_unfinished_is_taken_over_after_its_lease(store) {
        store.set_desk("Front counter");
        let mut other = store.another_connection().expect("desk B");
        other.set_desk("Back office");
        let morning = at("2026-03-03");
        assert!(store.claim_job(jobs::BACKUP, day("2026-03-03"), morning).expect("claim"));
        let soon = morning + chrono::Duration::minutes(30);
        assert!(!other.claim_job(jobs::BACKUP, day("2026-03-03"), soon).expect("held"));
        let later = morning + jobs::LEASE + chrono::Duration::minutes(1);
        assert!(other.claim_job(jobs::BACKUP, day("2026-03-03"), later).expect("taken over"));
        // Finished, it stays done for the day whatever the hour.
        other
            .finish_job(jobs::BACKUP, day("2026-03-03"), later, "done")
            .expect("finish");
        let evening = later + jobs::LEASE * 3;
        assert!(!store.claim_job(jobs::BACKUP, day("2026-03-03"), evening).expect("done"));
    }
}

/// Eight desks opening at the same moment on the server: exactly one gets the day's
/// backup.
#[test]
fn desks_claiming_at_once_on_the_server_get_the_job_once() {
    let Some(db) = ServerDb::create() else { return };
    drop(db.store()); // the schema, made once
    let winners: usize = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..8)
            .map(|i| {
                let url = db.url.clone();
                scope.spawn(move || {
                    let mut store = fixdesk::store::Store::connect(&url).expect("connect");
                    store.set_desk(&format!("Desk {i}"));
                    store
                        .claim_job(jobs::BACKUP, day("2026-03-03"), at("2026-03-03"))
                        .expect("claim")
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| usize::from(h.join().expect("thread")))
            .sum()
    });
    assert_eq!(winners, 1);
}
