//! Crash safety: a child process writes cases and transitions in a loop and is
//! killed with SIGKILL at random moments, many rounds. After each, the database passes
//! `integrity_check`, the event chain verifies, and every transaction the child
//! reported committed is there.

mod store_common;

use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Duration;

use fixdesk::domain::case::Handback;
use fixdesk::domain::{CaseNumber, Cause, Diagnosis, RepairMethod, State};
use fixdesk::store::Store;
use rand::{Rng, SeedableRng};
use store_common::*;

const CHILD_ENV: &str = "FIXDESK_CRASH_CHILD_DIR";
const ROUNDS: usize = 30;

/// The child's body: runs only when the parent starts this test binary with the data
/// folder in [`CHILD_ENV`]; in a normal test run it returns at once.
#[test]
fn crash_child() {
    let Some(dir) = std::env::var_os(CHILD_ENV).map(PathBuf::from) else {
        return;
    };
    let mut store = Store::open(&dir).expect("child opens the store");
    let p = policy();
    let mut out = std::io::stdout().lock();
    let mut report = |number: &CaseNumber, events: usize, state: State| {
        // Printed only after the commit returned: these must survive any kill.
        writeln!(out, "committed {number} {events} {}", state.as_str()).expect("stdout");
        out.flush().expect("flush");
    };
    let diagnosis = Diagnosis {
        cause: Cause::Manufacturing,
        component: Some("battery".into()),
        method: Some(RepairMethod::PartReplacement),
        notes: String::new(),
    };
    for i in 0.. {
        let now = at("2026-03-02") + chrono::Duration::seconds(i);
        let case = store
            .create_case(
                &walk_in(
                    "Crash Test",
                    &format!("CR-{}-{i}", std::process::id()),
                    "2026-03-02",
                ),
                &p,
                "ana",
                now,
            )
            .expect("create");
        report(&case.number, case.events.len(), case.state);
        let case = store
            .diagnose(&case.number, &diagnosis, &p, day("2026-03-02"), "ben", now)
            .expect("diagnose");
        report(&case.number, case.events.len(), case.state);
        let case = store
            .repair_done(&case.number, None, "ben", now)
            .expect("repair");
        report(&case.number, case.events.len(), case.state);
        let case = store
            .hand_back(
                &case.number,
                &Handback::Collected {
                    by: "Crash Test".into(),
                    id_checked: true,
                },
                "chloe",
                now,
            )
            .expect("hand back");
        report(&case.number, case.events.len(), case.state);
        // The app's minute fold, here every third case, so kills land in it too.
        if i % 3 == 2 {
            store.fold_recent().expect("fold");
        }
    }
}

#[test]
fn committed_work_survives_sigkill_and_the_database_stays_whole() {
    let dir = tempfile::tempdir().expect("dir");
    let exe = std::env::current_exe().expect("test binary");
    let mut rng = rand::rngs::StdRng::seed_from_u64(20260302);
    let mut committed: Vec<(CaseNumber, usize, State)> = Vec::new();
    let mut killed_mid_write = 0;
    for round in 0..ROUNDS {
        let mut child = Command::new(&exe)
            .args(["crash_child", "--exact", "--nocapture", "--test-threads=1"])
            .env(CHILD_ENV, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn child");
        let stdout = child.stdout.take().expect("child stdout");
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .filter(|line| line.starts_with("committed "))
                .collect::<Vec<String>>()
        });
        std::thread::sleep(Duration::from_millis(rng.random_range(40..400)));
        child.kill().expect("SIGKILL");
        let status = child.wait().expect("wait");
        assert!(
            !status.success(),
            "round {round}: the child was killed, not finished"
        );
        let lines = reader.join().expect("reader");
        if !lines.is_empty() {
            killed_mid_write += 1;
        }
        for line in lines {
            let mut parts = line.split_whitespace().skip(1);
            let number = parts.next().and_then(CaseNumber::parse).expect("number");
            let events: usize = parts.next().and_then(|n| n.parse().ok()).expect("events");
            let state = parts.next().and_then(State::parse).expect("state");
            committed.push((number, events, state));
        }

        let store =
            Store::open(dir.path()).unwrap_or_else(|err| panic!("round {round}: reopen: {err}"));
        let problems = store.integrity_check().expect("integrity check");
        assert!(problems.is_empty(), "round {round}: {problems:?}");
        let chain = store.verify().expect("verify");
        assert!(chain.is_ok(), "round {round}: {:?}", chain.problems);
        assert_eq!(
            store.recent_search_keys().expect("waiting keys"),
            0,
            "opening folds"
        );
        // Every committed case is found by its customer's name: no key was lost, whether
        // the kill came before, during or after a fold.
        let numbers: std::collections::BTreeSet<&CaseNumber> =
            committed.iter().map(|(n, _, _)| n).collect();
        let found: std::collections::BTreeSet<CaseNumber> = store
            .search("crash test", numbers.len() + 10)
            .expect("search")
            .into_iter()
            .map(|c| c.number)
            .collect();
        for number in &numbers {
            assert!(
                found.contains(*number),
                "round {round}: {number} not found by name"
            );
        }
        for (number, events, state) in &committed {
            let case = store
                .case(number)
                .expect("read")
                .unwrap_or_else(|| panic!("round {round}: committed case {number} is missing"));
            assert!(
                case.events.len() >= *events,
                "round {round}: {number} lost events"
            );
            assert_eq!(
                case.events[events - 1].to,
                *state,
                "round {round}: {number}"
            );
        }
    }
    assert!(
        killed_mid_write >= ROUNDS / 2,
        "the child wrote in most rounds ({killed_mid_write})"
    );
    assert!(
        committed.len() > ROUNDS,
        "many commits were checked ({})",
        committed.len()
    );
}
