//! `fixdesk demo`: realistic demo data for a newcomer and for benchmarks.
//!
//! Each case is simulated forward in time from the day it was opened, step by step
//! through the domain's own rules — `decide` for every verdict, `check_transition` for
//! every move, the deadline functions for expiry, overdue payments and unanswered
//! requests — and stops where "today" falls, so recent cases sit in early states and
//! old ones are closed, and every overdue item really is overdue on `today`.
//!
//! For speed the cases are written straight into the tables with prepared statements in
//! large transactions (not through the per-case transition methods), but through the
//! same row writer and the same event hash chain.

use std::collections::HashMap;

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rusqlite::TransactionBehavior;

use super::codec;
use super::schema::fill_search_keys_from_staging;
use super::transitions::{record_decision, verdict_note};
use super::write::{
    KeysInto, NewRow, append_event, chain_end, insert_row, new_row, set_chain_head, year_tally,
};
use super::{Result, SqliteStore, StoreError};
use crate::domain::case::{DocumentKind, Handback, ParcelRecord, PrintedDocument};
use crate::domain::lifecycle::{self, DEFAULT_ANSWER_DAYS, check_transition};
use crate::domain::parcel::{self, ApplicationStatus, ParcelCheck, ParcelOutcome};
use crate::domain::repair::LineKind;
use crate::domain::{
    Arrival, Case, CaseNumber, Cause, Currency, Customer, Device, Event, Handover, Invoice, Money,
    NewCase, PasswordStatus, Payment, Policy, Proof, PurchaseChannel, Quote, QuoteLine,
    RepairMethod, ReturnReason, State, Verdict,
};

/// What a demo run wrote.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DemoReport {
    pub cases: usize,
    pub events: u64,
    /// Cases per state at the end of the run.
    pub by_state: Vec<(State, u64)>,
}

/// Days of history the demo spreads cases over: 18 months.
const HISTORY_DAYS: i64 = 548;
/// Cases written per transaction: big enough to be fast, small enough that the WAL
/// does not grow to the size of the database.
const CHUNK: usize = 20_000;

mod life;
mod names;
mod people;

use life::*;
use names::*;
use people::*;

/// Drops the indexes and insert triggers of the case tables (inside the caller's
/// transaction) and returns their SQL to recreate them.
fn drop_derived(conn: &rusqlite::Connection) -> Result<Vec<(String, String, String)>> {
    let mut stmt = conn.prepare(
        "SELECT type, name, sql FROM sqlite_schema
         WHERE sql IS NOT NULL
           AND tbl_name IN ('cases', 'events', 'documents', 'payments')
           AND (type = 'index' OR name = 'cases_tally_insert')",
    )?;
    let derived: Vec<(String, String, String)> = stmt
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    drop(stmt);
    for (kind, name, _) in &derived {
        let kind = if kind == "index" { "INDEX" } else { "TRIGGER" };
        conn.execute_batch(&format!("DROP {kind} \"{name}\";"))?;
    }
    Ok(derived)
}

/// Recreates what [`drop_derived`] dropped, fills the search keys in key order from the
/// staging table, and brings the state counters up to date (the demo's cases are not
/// real ones, so the count of real cases stays as it was).
fn restore_derived(
    conn: &rusqlite::Connection,
    derived: &[(String, String, String)],
) -> Result<()> {
    for (_, _, sql) in derived {
        conn.execute_batch(sql)?;
    }
    fill_search_keys_from_staging(conn)?;
    conn.execute_batch(
        "DELETE FROM tallies WHERE name GLOB 'state *';
         INSERT INTO tallies (name, value)
             SELECT 'state ' || state, count(*) FROM cases GROUP BY state;",
    )?;
    Ok(())
}

/// One simulated case, encoded and ready to write.
struct Prepared {
    case: Case,
    row: NewRow,
}

impl SqliteStore {
    /// Writes `cases` demo cases opened over the 18 months before `today`,
    /// calling `progress` with the count done. Refuses a database holding real cases
    /// unless `force`.
    ///
    /// Two threads: one simulates and encodes the cases (in order, from the seed, so the
    /// data is the same every time), the other writes them and extends the hash chain.
    /// Case numbers continue from those handed out when the run starts.
    pub fn demo(
        &mut self,
        cases: usize,
        seed: u64,
        today: NaiveDate,
        force: bool,
        progress: &mut dyn FnMut(usize),
    ) -> Result<DemoReport> {
        if !force {
            let real = self.real_case_count()?;
            if real > 0 {
                return Err(StoreError::RealCases(real));
            }
        }
        let (version, policy) = self.policy()?;
        let fresh: bool =
            self.conn
                .query_row("SELECT NOT EXISTS (SELECT 1 FROM cases)", [], |row| {
                    row.get(0)
                })?;
        let cutoff = today
            .and_hms_opt(0, 0, 0)
            .map(|t| t.and_utc())
            .ok_or_else(|| {
                StoreError::invalid(
                    "today",
                    crate::domain::Note::coded("not-a-day", "is not a day"),
                )
            })?;
        let mut counters: HashMap<i32, i64> = HashMap::new();
        {
            let mut stmt = self.conn.prepare(
                "SELECT CAST(substr(name, 6) AS INTEGER), value FROM tallies
                 WHERE name GLOB 'year *'",
            )?;
            let mut rows = stmt.query([])?;
            while let Some(row) = rows.next()? {
                counters.insert(row.get(0)?, row.get(1)?);
            }
        }

        // A bulk load: more cache while it runs, back to normal afterwards. Into an empty
        // database the one big transaction goes through a rollback journal instead of
        // the WAL: new pages are then written once, not to the WAL and again at the
        // checkpoint, and a crash still rolls the whole load back. If another
        // connection is open the mode cannot change, and the WAL serves as usual.
        self.conn.execute_batch("PRAGMA cache_size = -1000000;")?;
        let journal_switched = fresh
            && self
                .conn
                .pragma_update_and_check(None, "journal_mode", "DELETE", |row| {
                    row.get::<_, String>(0)
                })
                .is_ok_and(|mode| mode.eq_ignore_ascii_case("delete"));
        let (sender, receiver) = std::sync::mpsc::sync_channel::<Result<Prepared>>(2048);
        let result = std::thread::scope(|scope| {
            let policy = &policy;
            let mut numbers = counters.clone();
            scope.spawn(move || {
                let mut rng = StdRng::seed_from_u64(seed);
                let mut models: Vec<String> = policy.models.keys().cloned().collect();
                models.extend(EXTRA_MODELS.iter().map(|m| m.to_string()));
                let mut people = People {
                    models,
                    serials: Vec::new(),
                };
                let mut opened: Vec<NaiveDate> = (0..cases)
                    .map(|_| today - Duration::days(rng.random_range(1..=HISTORY_DAYS)))
                    .collect();
                opened.sort_unstable();
                let currency = Currency::default();
                for day in opened {
                    let sequence = numbers.entry(day.year()).or_insert(0);
                    *sequence += 1;
                    let number =
                        CaseNumber::new(day.year(), u32::try_from(*sequence).unwrap_or(u32::MAX));
                    let prepared = simulate(
                        &mut rng,
                        &mut people,
                        policy,
                        version,
                        &currency,
                        day,
                        cutoff,
                        number,
                    )
                    .and_then(|case| {
                        let created = case.events.first().map_or(0, |e| codec::micros(e.at));
                        let last = case.events.last().map_or(created, |e| codec::micros(e.at));
                        let row = new_row(&case, created, last, true)?;
                        Ok(Prepared { case, row })
                    });
                    let failed = prepared.is_err();
                    // The writer stopped (an error): stop making cases.
                    if sender.send(prepared).is_err() || failed {
                        break;
                    }
                }
            });
            self.write_demo(cases, fresh, receiver, progress)
        });
        self.conn.execute_batch("PRAGMA cache_size = -65536;")?;
        if journal_switched {
            let mode: String =
                self.conn
                    .pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))?;
            if !mode.eq_ignore_ascii_case("wal") {
                return Err(StoreError::corrupt("the journal mode", mode));
            }
        }
        let events = result?;
        Ok(DemoReport {
            cases,
            events,
            by_state: self.state_counts()?,
        })
    }

    /// Writes the prepared cases in transactions of [`CHUNK`] cases; into an empty
    /// database, in one transaction with the indexes and the insert triggers dropped
    /// first and rebuilt at the end (sorting once is far faster than a million random
    /// index inserts), so a crash leaves the database as empty as it was.
    fn write_demo(
        &mut self,
        cases: usize,
        fresh: bool,
        receiver: std::sync::mpsc::Receiver<Result<Prepared>>,
        progress: &mut dyn FnMut(usize),
    ) -> Result<u64> {
        let mut events = 0_u64;
        let mut done = 0;
        let mut incoming = receiver.into_iter();
        while done < cases {
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)?;
            // Into an empty database the search keys are staged and sorted once at the
            // end, like the indexes: a million cases' keys inserted in key order instead
            // of six million inserts at random places.
            let derived = if fresh {
                tx.execute_batch(
                    "CREATE TEMP TABLE IF NOT EXISTS search_keys_staging
                         (key TEXT NOT NULL, case_id INTEGER NOT NULL);
                     DELETE FROM temp.search_keys_staging;",
                )?;
                drop_derived(&tx)?
            } else {
                Vec::new()
            };
            let keys = if fresh {
                KeysInto::Staging
            } else {
                KeysInto::Index
            };
            let chunk = if fresh { usize::MAX } else { CHUNK };
            let (mut last_id, last_hash) = chain_end(&tx)?;
            let mut last_hash: [u8; 32] = last_hash
                .try_into()
                .map_err(|_| StoreError::corrupt("the newest event", "its hash is not 32 bytes"))?;
            let mut counters: HashMap<i32, i64> = HashMap::new();
            let mut in_chunk = 0;
            while in_chunk < chunk && done < cases {
                let Some(prepared) = incoming.next() else {
                    return Err(StoreError::corrupt(
                        "the demo generator",
                        "it stopped early",
                    ));
                };
                let Prepared { case, row } = prepared?;
                let id = insert_row(&tx, &row, keys)?;
                for event in &case.events {
                    let (id, hash) = append_event(&tx, (last_id, &last_hash), id, event)?;
                    last_id = id;
                    last_hash = hash;
                }
                events += case.events.len() as u64;
                let mut payment = tx.prepare_cached(
                    "INSERT INTO payments (case_id, minor, currency, paid_on, method) VALUES (?1, ?2, ?3, ?4, ?5)",
                )?;
                for p in &case.payments {
                    payment.execute(rusqlite::params![
                        id,
                        p.amount.minor,
                        p.amount.currency.code(),
                        codec::date_text(p.paid_on),
                        p.method
                    ])?;
                }
                let mut document = tx.prepare_cached(
                    "INSERT INTO documents (case_id, kind, at, actor) VALUES (?1, ?2, ?3, ?4)",
                )?;
                for d in &case.documents {
                    document.execute(rusqlite::params![
                        id,
                        d.kind.as_str(),
                        codec::micros(d.at),
                        d.by
                    ])?;
                }
                let year = case.number.year();
                let sequence = i64::from(case.number.sequence());
                let slot = counters.entry(year).or_insert(sequence);
                *slot = (*slot).max(sequence);
                done += 1;
                in_chunk += 1;
                if done % 5000 == 0 {
                    progress(done);
                }
            }
            for (year, last) in &counters {
                tx.execute(
                    "INSERT INTO tallies (name, value) VALUES (?1, ?2)
                     ON CONFLICT (name) DO UPDATE SET value = max(value, excluded.value)",
                    rusqlite::params![year_tally(*year), last],
                )?;
            }
            if last_id > 0 {
                set_chain_head(&tx, last_id, &last_hash)?;
            }
            if fresh {
                restore_derived(&tx, &derived)?;
            }
            // The demo's keys went straight to `search_keys`: fold any real case's that
            // wait and move the mark past the demo's, so searches skip them.
            super::fold::fold_recent(&tx)?;
            tx.commit()?;
        }
        progress(done);
        Ok(events)
    }
}
