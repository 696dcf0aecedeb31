//! Walking the event chain on PostgreSQL: the same checks and the same report as
//! SQLite's `verify` (every hash, no gaps, the recorded head, each case's history
//! following on from state to state and ending where the case stands).
//!
//! The walk itself, [`ChainWalk`], knows no engine: it is fed events in id order and
//! the cases' states, and could serve SQLite too.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use postgres::IsolationLevel;
use postgres::fallible_iterator::FallibleIterator;
use postgres::types::ToSql;

use super::PgStore;
use crate::domain::CaseNumber;
use crate::store::codec::{self, EventFields};
use crate::store::{ChainProblem, ChainReport, Result, StoreError};

/// The number of problems `verify` lists before it only counts.
const MAX_LISTED_PROBLEMS: usize = 50;

/// One stored event, as its hash covers it.
pub(crate) struct StoredEvent {
    pub id: i64,
    pub case_id: i64,
    pub at: i64,
    pub actor: String,
    pub from: Option<String>,
    pub to: String,
    pub clause: String,
    pub note: String,
    pub hash: Vec<u8>,
}

impl StoredEvent {
    fn compute(&self, previous: &[u8]) -> [u8; 32] {
        codec::event_hash(
            previous,
            &EventFields {
                id: self.id,
                case_id: self.case_id,
                at: self.at,
                actor: &self.actor,
                from: self.from.as_deref(),
                to: &self.to,
                clause: &self.clause,
                note: &self.note,
            },
        )
    }
}

/// The chain walked so far.
pub(crate) struct ChainWalk {
    /// Each case's number and state, by row id.
    cases: HashMap<i64, (CaseNumber, String)>,
    /// Where each case's history stands as the walk goes on.
    last_state: HashMap<i64, String>,
    previous: Vec<u8>,
    previous_id: i64,
    report: ChainReport,
    problem_count: usize,
}

impl ChainWalk {
    pub(crate) fn new(cases: HashMap<i64, (CaseNumber, String)>) -> Self {
        let capacity = cases.len();
        Self {
            cases,
            last_state: HashMap::with_capacity(capacity),
            previous: codec::GENESIS.to_vec(),
            previous_id: 0,
            report: ChainReport::default(),
            problem_count: 0,
        }
    }

    fn note(&mut self, event_id: i64, case: Option<CaseNumber>, problem: String) {
        self.problem_count += 1;
        if self.report.problems.len() < MAX_LISTED_PROBLEMS {
            self.report.problems.push(ChainProblem {
                event_id,
                case,
                problem,
            });
        }
    }

    /// The next event, in id order.
    pub(crate) fn event(&mut self, event: StoredEvent) {
        self.report.events += 1;
        let case = self.cases.get(&event.case_id).map(|(n, _)| n.clone());
        if event.id != self.previous_id + 1 {
            let text = format!(
                "events {} to {} are missing",
                self.previous_id + 1,
                event.id - 1
            );
            self.note(event.id, case.clone(), text);
        }
        if event.compute(&self.previous)[..] != event.hash[..] {
            self.note(
                event.id,
                case.clone(),
                "the event does not match its hash: it was changed, or one before it was".into(),
            );
        }
        if case.is_none() {
            self.note(event.id, None, "the event belongs to no case".into());
        }
        let before = self.last_state.get(&event.case_id).cloned();
        if before.as_deref() != event.from.as_deref() {
            let text = format!(
                "the event starts from '{}' but the case's history stood at '{}'",
                event.from.as_deref().unwrap_or("nothing"),
                before.as_deref().unwrap_or("nothing")
            );
            self.note(event.id, case, text);
        }
        self.last_state.insert(event.case_id, event.to);
        self.previous = event.hash;
        self.previous_id = event.id;
    }

    /// The end of the walk: the recorded head (`None` when none is kept) and each
    /// case's state against where its history ended.
    pub(crate) fn finish(mut self, head: Option<(i64, Vec<u8>)>) -> ChainReport {
        let at_head = match &head {
            Some((id, hash)) => *id == self.previous_id && *hash == self.previous,
            None => self.previous_id == 0,
        };
        if !at_head {
            self.note(
                self.previous_id,
                None,
                "the newest event is not the recorded head of the history: events were removed or added behind the store's back".into(),
            );
        }
        let mut cases: Vec<(i64, (CaseNumber, String))> =
            std::mem::take(&mut self.cases).into_iter().collect();
        cases.sort_by_key(|(id, _)| *id);
        for (id, (number, state)) in cases {
            match self.last_state.get(&id).cloned() {
                None => self.note(0, Some(number), "the case has no history".into()),
                Some(last) if last != state => self.note(
                    0,
                    Some(number),
                    format!("the case is '{state}' but its history ends at '{last}'"),
                ),
                Some(_) => {}
            }
        }
        if self.problem_count > self.report.problems.len() {
            let more = self.problem_count - self.report.problems.len();
            self.report.problems.push(ChainProblem {
                event_id: 0,
                case: None,
                problem: format!("… and {more} more problems"),
            });
        }
        self.report
    }
}

impl PgStore {
    /// Walks the whole event chain: see `Store::verify`. Reads one snapshot (a
    /// repeatable-read transaction), so desks saving meanwhile do not show as gaps.
    pub(crate) fn verify(&self) -> Result<ChainReport> {
        let mut client = self.client.borrow_mut();
        let mut tx = client
            .build_transaction()
            .isolation_level(IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()?;
        let report = walk_chain(&mut tx)?;
        tx.commit()?;
        Ok(report)
    }
}

/// The walk of `verify` inside the caller's transaction (also the migration's check of
/// its copy before it commits).
pub(crate) fn walk_chain(tx: &mut postgres::Transaction<'_>) -> Result<ChainReport> {
    let mut cases = HashMap::new();
    for row in tx.query("SELECT id, number, state FROM cases", &[])? {
        let id: i64 = row.try_get(0)?;
        let text: String = row.try_get(1)?;
        let number = CaseNumber::parse(&text)
            .ok_or_else(|| StoreError::corrupt(format!("case row {id}"), "malformed number"))?;
        cases.insert(id, (number, row.try_get(2)?));
    }
    let mut walk = ChainWalk::new(cases);
    let none: [&(dyn ToSql + Sync); 0] = [];
    let mut rows = tx.query_raw(
        "SELECT id, case_id, at, actor, from_state, to_state, clause, note, hash
             FROM events ORDER BY id",
        none,
    )?;
    while let Some(row) = rows.next()? {
        let at: DateTime<Utc> = row.try_get(2)?;
        walk.event(StoredEvent {
            id: row.try_get(0)?,
            case_id: row.try_get(1)?,
            at: codec::micros(at),
            actor: row.try_get(3)?,
            from: row.try_get(4)?,
            to: row.try_get(5)?,
            clause: row.try_get(6)?,
            note: row.try_get(7)?,
            hash: row.try_get(8)?,
        });
    }
    drop(rows);
    let head = tx
        .query_opt("SELECT event_id, hash FROM chain_head WHERE id = 1", &[])?
        .map(|row| -> Result<(i64, Vec<u8>)> { Ok((row.try_get(0)?, row.try_get(1)?)) })
        .transpose()?;
    // The head row starts at event 0 (the genesis hash) before the first event.
    Ok(walk.finish(head))
}
