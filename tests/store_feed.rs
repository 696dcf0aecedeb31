//! Several desks on one database (docs/rules.md §9): the change feed another desk
//! listens to, the desk's name on every event, a stale step refused naming the desk,
//! and `fixdesk events` — on both engines (a desk's own file is polled; the server
//! notifies), each test on a database of its own.

mod store_common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use fixdesk::domain::{Policy, State, Step};
use fixdesk::store::StoreError;
use fixdesk::store::feed::Change;
use store_common::{ServerDb, at, day, mail_in, open_case, policy, walk_in};

/// Longer than any feed needs (1 s on the server, a poll on a file), short enough that a
/// feed that never wakes fails the test quickly.
const PATIENCE: Duration = Duration::from_secs(5);

/// Waits on `feed` until it has given `count` changes (or the patience runs out).
fn changes(feed: &mut fixdesk::store::feed::Feed, count: usize) -> Vec<Change> {
    let until = Instant::now() + PATIENCE;
    let mut got = Vec::new();
    while got.len() < count && Instant::now() < until {
        got.extend(
            feed.next(Duration::from_millis(500))
                .expect("the feed reads"),
        );
    }
    got
}

on_both_engines! {
    /// The clerk's intake at desk A shows in desk B's feed (with the case, the step, the
    /// person and A's name) and in B's due counts; B's own look at the history agrees.
    fn an_intake_at_one_desk_reaches_the_others_feed_and_due_counts(store) {
        let p = policy();
        store.set_desk("Front counter");
        let other = store.another_connection().expect("desk B");
        let mut feed = other.feed_source().listen(None).expect("B listens");
        let before = other.due(day("2026-03-03"), 14).expect("due");
        let number = open_case(
            &mut store,
            &mail_in("F-1", "Ann Lee", "AA5-0001", "2026-03-02"),
            &p,
            "2026-03-02",
        );
        let seen = changes(&mut feed, 1);
        assert_eq!(seen.len(), 1, "{seen:?}");
        let change = &seen[0];
        assert_eq!(change.case, number);
        assert_eq!((change.from, change.to), (None, State::Applied));
        assert_eq!(change.desk, "Front counter");
        assert_eq!(change.person, "ana");
        assert_eq!(change.clause, "1.1");
        let after = other.due(day("2026-03-03"), 14).expect("due");
        assert_eq!(
            after.parcels_expected.count,
            before.parcels_expected.count + 1,
            "B's header counts the parcel now expected"
        );
        // Nothing more until something happens.
        assert!(feed.next(Duration::from_millis(300)).expect("reads").is_empty());
        assert_eq!(
            other.events_after(0, 10).expect("history").last().map(|c| c.id),
            Some(change.id)
        );
    }

    /// A step prepared at desk B on the case as B saw it is refused once desk A recorded
    /// a step: the error names the person and A's desk, and nothing is written.
    fn a_stale_step_names_the_desk_that_changed_the_case_and_writes_nothing(store) {
        let p = policy();
        let mut other = store.another_connection().expect("desk B");
        other.set_desk("Back office");
        store.set_desk("Front counter");
        let number = open_case(
            &mut store,
            &mail_in("F-2", "Ann Lee", "AA5-0002", "2026-03-02"),
            &p,
            "2026-03-02",
        );
        let seen = other.case(&number).expect("read").expect("case");
        store
            .apply(
                Some(&number),
                &Step::ResolveRemotely("Fixed by phone".into()),
                &p,
                day("2026-03-03"),
                "ana",
                at("2026-03-03"),
            )
            .expect("A's step");
        let events = other.events_after(0, 100).expect("history").len();
        let err = other
            .apply_to(&seen, &Step::Expire, &p, day("2026-03-20"), "ben", at("2026-03-20"))
            .expect_err("stale");
        match &err {
            StoreError::ChangedElsewhere { event, .. } => {
                assert_eq!((event.actor.as_str(), event.desk.as_str()), ("ana", "Front counter"))
            }
            other => panic!("expected the other desk's change, got {other}"),
        }
        assert_eq!(other.events_after(0, 100).expect("history").len(), events);
        let case = other.case(&number).expect("read").expect("case");
        assert_eq!(case.state, State::ResolvedRemotely);
        assert_eq!(case.events.last().map(|e| e.desk.as_str()), Some("Front counter"));
    }

    /// Events with a desk's name are hashed with it (format 2) beside events without
    /// one (format 1, as written before desks had names): the history verifies, and a
    /// desk's name changed afterwards is caught.
    fn the_history_verifies_with_and_without_desk_names(store) {
        let p = policy();
        open_case(&mut store, &walk_in("Old Desk", "AA5-0100", "2026-03-02"), &p, "2026-03-02");
        store.set_desk("Counter 2");
        open_case(&mut store, &walk_in("New Desk", "AA5-0101", "2026-03-02"), &p, "2026-03-02");
        let desks: Vec<String> = store
            .events_after(0, 10)
            .expect("history")
            .into_iter()
            .map(|c| c.desk)
            .collect();
        assert_eq!(desks, ["", "Counter 2"]);
        assert!(store.verify().expect("verify").is_ok());
    }
}

on_both_engines! {
    /// `fixdesk events`: the history after --since as JSON lines; --follow prints the
    /// events of an import another process makes, within 2 s of its end.
    fn events_follow_prints_another_process_import_within_two_seconds(engine kind) {
        let Some((db, mut store)) = kind.store() else { return };
        let p = policy();
        let first = open_case(&mut store, &walk_in("Ann Lee", "AA5-0200", "2026-03-02"), &p, "2026-03-02");
        drop(store); // a desk's own folder has one writer at a time: the import's turn
        let args = db.cli_args();

        let all = Command::new(env!("CARGO_BIN_EXE_fixdesk"))
            .args(&args)
            .args(["events", "--since", "0"])
            .output()
            .expect("events");
        assert!(all.status.success(), "{}", String::from_utf8_lossy(&all.stderr));
        let line: serde_json::Value =
            serde_json::from_slice(all.stdout.split(|b| *b == b'\n').next().unwrap_or_default())
                .expect("a JSON line");
        assert_eq!(line["case"], first.to_string());
        assert_eq!(line["to"], "received");
        assert_eq!(line["person"], "ana");

        let mut follower = Command::new(env!("CARGO_BIN_EXE_fixdesk"))
            .args(&args)
            .args(["events", "--follow"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start the follower");
        let stdout = follower.stdout.take().expect("stdout");
        let (lines, heard) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if lines.send((Instant::now(), line)).is_err() {
                    break;
                }
            }
        });
        // The follower is listening once it has had a moment to connect.
        std::thread::sleep(Duration::from_millis(700));

        let files = tempfile::tempdir().expect("dir");
        let csv = files.path().join("applications.csv");
        std::fs::write(
            &csv,
            "application_id,applied_on,name,phone,email,address,return_address,model,serial,purchase_channel,invoice_date,fault,keep_parts\n\
             E-1,2026-03-01,Bo Chen,+44 20 7946 4507,,2 Main St,,Aurora A5,AA5-0201,unknown,,Cracked,no\n\
             E-2,2026-03-01,Cy Dee,+44 20 7946 4508,,3 Main St,,Aurora A5,AA5-0202,unknown,,No power,no\n",
        )
        .expect("write the file");
        let import = Command::new(env!("CARGO_BIN_EXE_fixdesk"))
            .args(&args)
            .args(["--desk", "Import PC", "import"])
            .arg(&csv)
            .output()
            .expect("import");
        let imported = Instant::now();
        assert!(import.status.success(), "{}", String::from_utf8_lossy(&import.stderr));

        let mut got = Vec::new();
        while got.len() < 2 {
            match heard.recv_timeout(Duration::from_secs(2)) {
                Ok(line) => got.push(line),
                Err(_) => break,
            }
        }
        let _ = follower.kill();
        let _ = follower.wait();
        assert_eq!(got.len(), 2, "both imported cases followed: {got:?}");
        for (when, line) in &got {
            assert!(
                when.saturating_duration_since(imported) < Duration::from_secs(2),
                "printed {:?} after the import ended",
                when.saturating_duration_since(imported)
            );
            let event: serde_json::Value = serde_json::from_str(line).expect("JSON");
            assert_eq!(event["to"], "applied");
            assert_eq!(event["desk"], "Import PC");
            assert!(event["id"].as_i64().is_some_and(|id| id > 1), "{line}");
        }
    }
}

/// A feed that loses the server says so, and one opened again after its last event
/// gives what was recorded meanwhile: nothing is missed.
#[test]
fn a_feed_that_lost_the_server_resumes_without_missing_an_event() {
    let Some(db) = ServerDb::create() else { return };
    let mut store = db.store();
    let p = Policy::shipped();
    let source = store.feed_source();
    let mut feed = source.listen(None).expect("listens");
    open_case(
        &mut store,
        &walk_in("Ann Lee", "AA5-0300", "2026-03-02"),
        &p,
        "2026-03-02",
    );
    assert_eq!(changes(&mut feed, 1).len(), 1);
    db.drop_sessions();
    let err = feed.next(PATIENCE).expect_err("the feed's session is gone");
    assert!(matches!(err, StoreError::Server(_)), "{err}");
    // Recorded while the feed is away (by a desk connected anew).
    let mut store = db.store();
    let missed = open_case(
        &mut store,
        &walk_in("Bo Chen", "AA5-0301", "2026-03-02"),
        &p,
        "2026-03-02",
    );
    let mut again = source.listen(Some(feed.last_id())).expect("listens again");
    let seen = changes(&mut again, 1);
    assert_eq!(seen.iter().map(|c| &c.case).collect::<Vec<_>>(), [&missed]);
}
