//! Benchmarks of the case store, on a database made by
//! `fixdesk demo --cases 1000000`.
//!
//! `cargo bench --bench store`
//!
//! The database is made once with the store's demo generator in
//! `target/bench-store/<cases>/` and reused by later runs. Set `FIXDESK_BENCH_DIR` to use
//! another data folder (one made by `fixdesk demo`, e.g. on another disk), and
//! `FIXDESK_BENCH_CASES` for a smaller or larger database (default 1,000,000).
//!
//! With `FIXDESK_BENCH_PG` set to a PostgreSQL server, the same database is moved onto it
//! once and the server's figures are printed beside SQLite's (see [`server_benches`]).
//!
//! Targets: an intake (case + event, durable) within 2× of a bare single-row insert with
//! the same pragmas on the same disk, measured in the same run; search by case number,
//! serial or phone ≤ 5 ms; by name prefix ≤ 20 ms; opening the database and loading the
//! home screen's counters ≤ 200 ms.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use criterion::{Criterion, criterion_group, criterion_main};

use fixdesk::domain::{
    Arrival, Customer, Device, Handover, Invoice, NewCase, Proof, PurchaseChannel,
};
use fixdesk::store::{DB_FILE, Store};

/// The day the benchmark database is made "as of"; fixed so reruns reuse it.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 1).unwrap_or_default()
}

fn now() -> DateTime<Utc> {
    today()
        .and_hms_opt(10, 0, 0)
        .map(|t| t.and_utc())
        .unwrap_or_default()
}

fn cases_wanted() -> usize {
    std::env::var("FIXDESK_BENCH_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000)
}

/// The data folder with the demo database, made on first use.
fn bench_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("FIXDESK_BENCH_DIR") {
        return PathBuf::from(dir);
    }
    let cases = cases_wanted();
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("bench-store")
        .join(cases.to_string());
    let ready = dir.join("ready");
    if !ready.exists() {
        let _ = std::fs::remove_dir_all(&dir);
        let mut store = Store::open(&dir).expect("bench store");
        let started = Instant::now();
        let mut last = Instant::now();
        store
            .demo(cases, 42, today(), false, &mut |done| {
                if last.elapsed() > Duration::from_secs(5) {
                    eprintln!("demo: {done} of {cases}");
                    last = Instant::now();
                }
            })
            .expect("demo data");
        eprintln!(
            "demo: {cases} cases made in {:.1} s",
            started.elapsed().as_secs_f64()
        );
        drop(store);
        std::fs::write(&ready, b"").expect("mark ready");
    }
    dir
}

fn intake(i: usize) -> NewCase {
    let received = today();
    let serial = format!("BENCH-{i:08}");
    NewCase {
        arrival: Arrival::WalkIn,
        application_id: None,
        applied_on: None,
        received_on: Some(received),
        customer: Customer {
            name: "Bench Intake".into(),
            phone: "+44 20 7946 0000".into(),
            email: Some("bench@example.com".into()),
            address: "1 High Street, London".into(),
            return_address: None,
            language: Default::default(),
        },
        device: Device {
            model: "Aurora A5".into(),
            serial: serial.clone(),
        },
        proof: Proof {
            channel: PurchaseChannel::Authorized,
            invoice: Some(Invoice {
                date: NaiveDate::from_ymd_opt(2025, 9, 1),
                model: Some("Aurora A5".into()),
                serial: Some(serial),
                legible: true,
                altered: false,
            }),
            ..Proof::default()
        },
        fault: "Does not switch on".into(),
        component: None,
        handover: Handover::default(),
        keep_parts: false,
    }
}

/// What to search for: real values picked from the database, cycled through.
struct Samples {
    numbers: Vec<String>,
    serials: Vec<String>,
    phones: Vec<String>,
    names: Vec<String>,
}

fn samples(db: &Path) -> Samples {
    let conn = rusqlite::Connection::open(db).expect("raw connection");
    let pick = |sql: &str| -> Vec<String> {
        let mut stmt = conn.prepare(sql).expect("sample query");
        stmt.query_map([], |row| row.get::<_, String>(0))
            .expect("samples")
            .filter_map(Result::ok)
            .collect()
    };
    let where_clause = "WHERE id % 9973 = 1 LIMIT 100";
    let numbers = pick(&format!("SELECT number FROM cases {where_clause}"));
    let serials = pick(&format!("SELECT serial FROM cases {where_clause}"));
    // The last eight digits, typed with a space: what a customer reads out.
    let phones = pick(&format!("SELECT phone FROM cases {where_clause}"))
        .into_iter()
        .map(|p| {
            let digits: String = p.chars().filter(char::is_ascii_digit).collect();
            let tail = &digits[digits.len().saturating_sub(8)..];
            format!("{} {}", &tail[..4], &tail[4..])
        })
        .collect();
    // The first four letters of the surname: a clerk's half-typed name.
    let names = pick(&format!("SELECT customer_name FROM cases {where_clause}"))
        .into_iter()
        .map(|n| {
            let last = n.split_whitespace().last().unwrap_or("ann").to_string();
            last.chars().take(4).collect()
        })
        .collect();
    Samples {
        numbers,
        serials,
        phones,
        names,
    }
}

fn store_benches(c: &mut Criterion) {
    let dir = bench_dir();
    let db = dir.join(DB_FILE);
    let samples = samples(&db);

    {
        let started = Instant::now();
        let mut store = Store::open(&dir).expect("open");
        eprintln!(
            "store: opened (and upgraded, if it needed) in {:.1} s",
            started.elapsed().as_secs_f64()
        );
        let policy = store.policy().expect("policy").1;
        // The bare baseline: one row, one autocommit transaction, the store's pragmas, on
        // the same disk: a file beside the store's. (Not in the store's own file: two
        // connections writing one database in turn each find the other's commit and
        // throw their page cache away, which the app's single writer never does.)
        let bare_db = dir.join("bench-bare.db");
        let bare = rusqlite::Connection::open(&bare_db).expect("bare connection");
        bare.execute_batch(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;
             PRAGMA cache_size = -65536; PRAGMA mmap_size = 2147418112;
             PRAGMA wal_autocheckpoint = 10000; PRAGMA journal_size_limit = 67108864;
             CREATE TABLE IF NOT EXISTS bench_bare (id INTEGER PRIMARY KEY, payload TEXT NOT NULL);",
        )
        .expect("bare table");
        let checkpointer = rusqlite::Connection::open(&db).expect("checkpoint connection");
        // Pages written per commit, from the WAL's growth (each page is one frame):
        // what the two sides cost in I/O, whatever the disk's speed today.
        let frames_per =
            |what: &str, file: &Path, conn: &rusqlite::Connection, run: &mut dyn FnMut(usize)| {
                let wal = file.with_extension("db-wal");
                let _ = conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);");
                let before = std::fs::metadata(&wal).map_or(0, |m| m.len());
                let rounds = 200;
                for k in 0..rounds {
                    run(k);
                }
                let after = std::fs::metadata(&wal).map_or(0, |m| m.len());
                let frame = 4096 + 24;
                eprintln!(
                    "{what}: {:.1} pages written per commit (mean of {rounds})",
                    after.saturating_sub(before) as f64 / frame as f64 / rounds as f64
                );
            };
        let base = store
            .last_case_number(today().year())
            .ok()
            .flatten()
            .map_or(0, |n| n.sequence() as usize);
        frames_per("bare_single_row_insert", &bare_db, &bare, &mut |k| {
            bare.execute(
                "INSERT INTO bench_bare (payload) VALUES (?1)",
                [format!("pages {k}")],
            )
            .expect("bare insert");
        });
        frames_per("create_case_walk_in", &db, &checkpointer, &mut |k| {
            store
                .create_case(&intake(base + 1 + k), &policy, "bench", now())
                .expect("intake");
        });

        let mut group = c.benchmark_group("intake");
        group
            .sample_size(30)
            .measurement_time(Duration::from_secs(8));
        let mut i = 0_usize;
        group.bench_function("bare_single_row_insert", |b| {
            b.iter(|| {
                i += 1;
                bare.execute(
                    "INSERT INTO bench_bare (payload) VALUES (?1)",
                    [format!("intake {i}")],
                )
                .expect("bare insert");
            })
        });
        let mut j = base + 200;
        group.bench_function("create_case_walk_in", |b| {
            b.iter(|| {
                j += 1;
                black_box(
                    store
                        .create_case(&intake(j), &policy, "bench", now())
                        .expect("intake"),
                );
            })
        });
        group.finish();

        // The two again, in alternating blocks, so both meet the disk in the same states:
        // criterion measured them one after the other, eight seconds each, and this
        // disk's flush time drifts by ±20 % from one such window to the next. (Pair by
        // pair would be worse: every switch between the two files costs the next flush.)
        // Both WALs have wrapped by now, as in steady use: a WAL still growing costs
        // every flush a journal commit.
        let (blocks, per_block) = (20, 150);
        let mut ratios = Vec::with_capacity(blocks);
        let (mut bare_total, mut intake_total) = (Duration::ZERO, Duration::ZERO);
        for block in 0..blocks {
            let started = Instant::now();
            for k in 0..per_block {
                bare.execute(
                    "INSERT INTO bench_bare (payload) VALUES (?1)",
                    [format!("block {block} {k}")],
                )
                .expect("bare insert");
            }
            let bare_took = started.elapsed();
            let started = Instant::now();
            for k in 0..per_block {
                store
                    .create_case(
                        &intake(j + 1 + block * per_block + k),
                        &policy,
                        "bench",
                        now(),
                    )
                    .expect("intake");
            }
            let intake_took = started.elapsed();
            ratios.push(intake_took.as_secs_f64() / bare_took.as_secs_f64());
            bare_total += bare_took;
            intake_total += intake_took;
        }
        ratios.sort_by(f64::total_cmp);
        let ops = (blocks * per_block) as f64;
        eprintln!(
            "intake vs bare insert, {blocks} alternating blocks of {per_block}: {:.0} / {:.0} µs = {:.2}× (blocks from {:.2}× to {:.2}×, median {:.2}×)",
            intake_total.as_secs_f64() * 1e6 / ops,
            bare_total.as_secs_f64() * 1e6 / ops,
            intake_total.as_secs_f64() / bare_total.as_secs_f64(),
            ratios[0],
            ratios[ratios.len() - 1],
            ratios[ratios.len() / 2],
        );
        let pairs = blocks * per_block;
        j += pairs;

        // The saves above left their search keys in their rows; the app folds them into
        // the sorted index every minute, off the clerk's save. What that costs, per case:
        let pending = store.recent_search_keys().expect("recent keys");
        let started = Instant::now();
        let folded = store.fold_recent().expect("fold");
        let took = started.elapsed();
        let cases_folded = (j - base).max(1);
        eprintln!(
            "fold_recent: {} keys ({pending} waiting) and {} events of {cases_folded} intakes in {:.0} ms, {:.1} µs per intake",
            folded.keys,
            folded.events,
            took.as_secs_f64() * 1e3,
            took.as_secs_f64() * 1e6 / cases_folded as f64
        );

        let mut group = c.benchmark_group("search");
        group.sample_size(50);
        for (name, list) in [
            ("case_number", &samples.numbers),
            ("serial", &samples.serials),
            ("phone", &samples.phones),
            ("name_prefix", &samples.names),
        ] {
            let mut k = 0;
            group.bench_function(name, |b| {
                b.iter(|| {
                    k = (k + 1) % list.len().max(1);
                    black_box(store.search(&list[k], 20).expect("search"))
                })
            });
        }
        group.finish();

        let mut group = c.benchmark_group("report");
        group.sample_size(10);
        group.bench_function("outlines_for_report_one_month", |b| {
            b.iter(|| {
                black_box(
                    store
                        .outlines_for_report(
                            NaiveDate::from_ymd_opt(2026, 3, 1).unwrap_or_default(),
                            NaiveDate::from_ymd_opt(2026, 3, 31).unwrap_or_default(),
                        )
                        .expect("report")
                        .len(),
                )
            })
        });
        group.finish();
    }

    let mut group = c.benchmark_group("home");
    group.sample_size(20);
    group.bench_function("open_and_counters", |b| {
        b.iter(|| {
            let store = Store::open(&dir).expect("open");
            let days = store.answer_days().expect("answer days");
            black_box(store.due(today(), days).expect("due"));
        })
    });
    group.finish();
}

/// p50 and p99 of `rounds` timed runs of `work`, in milliseconds.
fn percentiles(rounds: usize, mut work: impl FnMut(usize)) -> (f64, f64) {
    let mut took: Vec<f64> = (0..rounds)
        .map(|k| {
            let started = Instant::now();
            work(k);
            started.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    took.sort_by(f64::total_cmp);
    let at = |q: f64| took[((took.len() as f64 * q) as usize).min(took.len() - 1)];
    (at(0.50), at(0.99))
}

/// The same figures on the center's PostgreSQL server, beside SQLite's in one run: the
/// SQLite bench database moved onto the server once (`fixdesk migrate`), then an
/// intake's p99, the searches, opening a desk (connect, counters, due items) and a
/// month's report. Needs `FIXDESK_BENCH_PG` (the server, e.g. what `.ci/postgres.sh
/// start` prints, without `dbname`); skipped without it.
fn server_benches(c: &mut Criterion) {
    let Some(admin) = std::env::var("FIXDESK_BENCH_PG")
        .ok()
        .filter(|v| !v.trim().is_empty())
    else {
        eprintln!("server: skipped (set FIXDESK_BENCH_PG to a PostgreSQL server to compare)");
        return;
    };
    let dir = bench_dir();
    let samples = samples(&dir.join(DB_FILE));
    let name = format!("fixdesk_bench_{}", cases_wanted());
    if let Ok(mut client) = postgres::Client::connect(&admin, postgres::NoTls) {
        let _ = client.batch_execute(&format!("CREATE DATABASE {name}"));
    }
    let url = format!("{admin} dbname={name}");
    let mut store = Store::connect(&url).expect("the bench server");
    let cases: u64 = store
        .state_counts()
        .expect("counts")
        .iter()
        .map(|(_, n)| n)
        .sum();
    if cases == 0 {
        let started = Instant::now();
        let source = Store::open(&dir).expect("the SQLite bench folder");
        let report = fixdesk::store::migrate(&source, &mut store, &mut |_| {}).expect("migrate");
        eprintln!(
            "server: {} cases and {} events moved in {:.1} s",
            report.cases,
            report.events,
            started.elapsed().as_secs_f64()
        );
    }
    let policy = store.policy().expect("policy").1;
    let base = store
        .last_case_number(today().year())
        .ok()
        .flatten()
        .map_or(0, |n| n.sequence() as usize)
        + 1_000_000;
    let (p50, p99) = percentiles(500, |k| {
        store
            .create_case(&intake(base + k), &policy, "bench", now())
            .expect("intake");
    });
    eprintln!(
        "server: intake save p50 {p50:.2} ms, p99 {p99:.2} ms (500 saves; target p99 ≤ 5 ms)"
    );
    let sqlite_p99 = {
        let mut local = Store::open(&dir).expect("open");
        let (_, p99) = percentiles(500, |k| {
            local
                .create_case(&intake(base + 10_000 + k), &policy, "bench", now())
                .expect("intake");
        });
        p99
    };
    eprintln!("beside it, SQLite on this disk: intake save p99 {sqlite_p99:.2} ms");
    for (what, list) in [
        ("case number", &samples.numbers),
        ("serial", &samples.serials),
        ("phone", &samples.phones),
        ("name prefix", &samples.names),
    ] {
        let (p50, p99) = percentiles(200, |k| {
            black_box(
                store
                    .search(&list[k % list.len().max(1)], 20)
                    .expect("search"),
            );
        });
        eprintln!("server: search by {what} p50 {p50:.2} ms, p99 {p99:.2} ms");
    }
    let (open, _) = percentiles(10, |_| {
        let desk = Store::connect(&url).expect("connect");
        let days = desk.answer_days().expect("answer days");
        black_box(desk.due(today(), days).expect("due"));
    });
    eprintln!("server: opening a desk (connect, counters, due items) {open:.0} ms (target ≤ 1 s)");
    // The report as the desk makes it: the month's case outlines, then the figures.
    let march = fixdesk::report::Month::new(2026, 3).expect("March");
    let mut cases = 0;
    let (month, _) = percentiles(3, |_| {
        let outlines = store
            .outlines_for_report(march.first_day(), march.last_day())
            .expect("report");
        cases = outlines.len();
        black_box(fixdesk::report::monthly(&outlines, march, today()));
    });
    eprintln!(
        "server: one month's report ({cases} cases read, figures computed) {month:.0} ms (target ≤ 3 s)"
    );
    let (whole, _) = percentiles(1, |_| {
        let read = store
            .cases_for_report(march.first_day(), march.last_day())
            .expect("report");
        black_box(fixdesk::report::monthly_of_cases(&read, march, today()));
    });
    eprintln!("beside it, the same report from whole cases: {whole:.0} ms");
    let mut group = c.benchmark_group("server");
    group.sample_size(30);
    group.bench_function("search_name_prefix", |b| {
        let mut k = 0;
        b.iter(|| {
            k = (k + 1) % samples.names.len().max(1);
            black_box(store.search(&samples.names[k], 20).expect("search"))
        })
    });
    group.finish();
}

criterion_group!(benches, store_benches, server_benches);
criterion_main!(benches);
