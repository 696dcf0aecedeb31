//! How soon another desk sees a change (docs/rules.md §9): the time from one desk's save
//! returning to another desk's change feed giving it, on a desk's own file (polled) and,
//! with `FIXDESK_BENCH_PG` set to a PostgreSQL server (e.g. what `.ci/postgres.sh start`
//! prints), on the center's server (notified).
//!
//! `cargo bench --bench feed`
//!
//! Targets (issue "live desks"): within 1 s on the server, within 3 s on a file. The
//! figures are printed, not asserted: the machine's load moves them.

use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate, Utc};

use fixdesk::domain::Policy;
use fixdesk::store::Store;

// The store tests' own builders of cases: one support module per layer.
#[path = "../tests/store_common/mod.rs"]
mod store_common;

/// Saves measured per engine.
const SAVES: usize = 60;

fn now() -> DateTime<Utc> {
    NaiveDate::from_ymd_opt(2026, 6, 1)
        .and_then(|d| d.and_hms_opt(10, 0, 0))
        .map(|t| t.and_utc())
        .unwrap_or_default()
}

/// Saves at desk A, each timed until desk B's feed — waiting all along on its own
/// thread, as a desk's does — gives it; the delays sorted.
fn measure(mut desk_a: Store) -> Vec<Duration> {
    let policy = Policy::shipped();
    let mut feed = desk_a
        .feed_source()
        .listen(None)
        .unwrap_or_else(|err| panic!("the other desk listens: {err}"));
    let (seen_tx, seen) = std::sync::mpsc::channel();
    let listener = std::thread::spawn(move || {
        let mut heard = 0;
        while heard < SAVES {
            let changes = feed
                .next(Duration::from_secs(10))
                .unwrap_or_else(|err| panic!("feed: {err}"));
            let at = Instant::now();
            for change in changes {
                heard += 1;
                let _ = seen_tx.send((change.case, at));
            }
        }
    });
    let mut delays = Vec::with_capacity(SAVES);
    for i in 0..SAVES {
        // Saves come at a desk's pace, not back to back: the feed is waiting each time.
        std::thread::sleep(Duration::from_millis(150));
        let case = desk_a
            .create_case(
                &store_common::walk_in(
                    &format!("Feed Customer {i}"),
                    &format!("AA5-FEED-{i:06}"),
                    "2026-06-01",
                ),
                &policy,
                "bench",
                now(),
            )
            .unwrap_or_else(|err| panic!("save: {err}"));
        let saved = Instant::now();
        let (number, at) = seen
            .recv_timeout(Duration::from_secs(10))
            .unwrap_or_else(|err| panic!("never seen: {err}"));
        assert_eq!(number, case.number);
        delays.push(at.saturating_duration_since(saved));
    }
    let _ = listener.join();
    delays.sort();
    delays
}

fn report(engine: &str, delays: &[Duration]) {
    let at = |q: f64| {
        let i = ((delays.len() as f64 - 1.0) * q).round() as usize;
        delays[i.min(delays.len() - 1)]
    };
    println!(
        "{engine}: another desk sees a save after p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms ({} saves)",
        at(0.5).as_secs_f64() * 1e3,
        at(0.99).as_secs_f64() * 1e3,
        delays.last().map_or(0.0, |d| d.as_secs_f64() * 1e3),
        delays.len()
    );
}

fn main() {
    // `cargo test --benches` runs this with `--bench` absent: nothing to measure then.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let dir = tempfile::tempdir().unwrap_or_else(|err| panic!("temp dir: {err}"));
    let file = Store::open(dir.path()).unwrap_or_else(|err| panic!("open: {err}"));
    report("SQLite (desk's own file, polled)", &measure(file));

    let Some(admin) = std::env::var("FIXDESK_BENCH_PG")
        .ok()
        .filter(|v| !v.trim().is_empty())
    else {
        println!("server: skipped (set FIXDESK_BENCH_PG to a PostgreSQL server to compare)");
        return;
    };
    let name = format!("fixdesk_bench_feed_{}", std::process::id());
    let mut client = postgres::Client::connect(&admin, postgres::NoTls)
        .unwrap_or_else(|err| panic!("the server at {admin}: {err}"));
    client
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .unwrap_or_else(|err| panic!("create {name}: {err}"));
    let server = Store::connect(&format!("{admin} dbname={name}"))
        .unwrap_or_else(|err| panic!("connect: {err}"));
    report("PostgreSQL (center's server, notified)", &measure(server));
    let _ = client.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
}
