//! Opening cases and moving them along (docs/rules.md §4–§6).
//!
//! The rules live in `domain::step`: what a step checks, where it moves the case, the
//! clause and the note. The store only loads the case, applies the step and saves the
//! case, its new payments and exactly one event (when, who, from, to, clause, note) in
//! one transaction, and returns the case as it now stands. A refused step changes
//! nothing: the transaction is dropped unwritten. A few steps record something without
//! changing the state (a paid verdict at diagnosis, a part payment); they too write
//! exactly one event, from the state to itself, so the history shows them.

use chrono::{DateTime, Utc};
use rusqlite::TransactionBehavior;

use super::codec;
use super::flow;
use super::write::SqliteTx;
use std::collections::HashMap;

use super::{ChainReport, Result, SqliteStore, StoreError};
use crate::domain::lifecycle::DEFAULT_ANSWER_DAYS;
pub(crate) use crate::domain::step::verdict_note;
use crate::domain::step::{self, StepContext};
use crate::domain::{Case, CaseNumber, NewCase, Policy, Step};
use crate::store::chain::{ChainWalk, StoredEvent};

/// Decides and records the warranty on a case being built outside a step (the demo).
pub(crate) fn record_decision(case: &mut Case, policy: &Policy, version: i64, now: DateTime<Utc>) {
    step::record_decision(
        case,
        &StepContext {
            policy,
            policy_version: version,
            today: now.date_naive(),
            now,
            answer_days: DEFAULT_ANSWER_DAYS,
            actor: "",
        },
    );
}

impl SqliteStore {
    /// Every stored policy version with its JSON, newest first (the facade matches a
    /// policy to its version).
    pub fn policy_versions(&self) -> Result<Vec<(i64, String)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT version, json FROM policies ORDER BY version DESC")?;
        let rows = stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One step in one `IMMEDIATE` transaction through the shared flow (see
    /// `Store::apply`).
    pub fn apply_step(
        &mut self,
        number: Option<&CaseNumber>,
        step: &Step,
        ctx: &StepContext,
        seen_events: Option<usize>,
    ) -> Result<Case> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let case = flow::apply_step(
            &mut SqliteTx(&tx, &self.desk),
            number,
            step,
            ctx,
            seen_events,
        )?;
        tx.commit()?;
        Ok(case)
    }

    /// An event on each case that changes nothing (see `flow::note_on`), all in one
    /// transaction.
    pub(crate) fn note_on(
        &mut self,
        numbers: &[CaseNumber],
        clause: &str,
        note: &crate::domain::Note,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Vec<Case>> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let cases = flow::note_on(
            &mut SqliteTx(&tx, &self.desk),
            numbers,
            clause,
            note,
            actor,
            now,
        )?;
        tx.commit()?;
        Ok(cases)
    }

    /// A validated new case in one transaction (see `Store::create_case`).
    pub fn create_case(
        &mut self,
        new: &NewCase,
        policy: &Policy,
        policy_version: i64,
        actor: &str,
        now: DateTime<Utc>,
        client_id: Option<&str>,
    ) -> Result<Case> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let case = flow::insert_new_case(
            &mut SqliteTx(&tx, &self.desk),
            new,
            policy,
            policy_version,
            actor,
            now,
            client_id,
        )?;
        tx.commit()?;
        Ok(case)
    }

    /// Walks the whole event chain: every event's hash must match its content and the
    /// previous hash, ids must run without gaps up to the recorded head, each case's
    /// history must start with its creation and follow on from state to state, and each
    /// case's state must be where its history ends.
    pub fn verify(&self) -> Result<ChainReport> {
        verify_chain(&self.conn)
    }

    /// Checks only the newest event against its predecessor and the head (on open).
    pub(crate) fn check_chain_tail(&self) -> Result<Option<String>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {EVENT_COLUMNS} FROM events ORDER BY id DESC LIMIT 2"
        ))?;
        let rows: Vec<StoredEvent> = stmt
            .query_map([], stored_event)?
            .collect::<rusqlite::Result<_>>()?;
        let head: Option<(i64, Vec<u8>)> = self
            .conn
            .query_row("SELECT event_id, hash FROM chain_head", [], |row| {
                Ok((row.get(0)?, row.get(1)?))
            })
            .ok();
        let Some(last) = rows.first() else {
            return Ok(head.map(|_| "the history is empty but its head is recorded".to_string()));
        };
        let previous = rows
            .get(1)
            .map_or(codec::GENESIS.to_vec(), |e| e.hash.clone());
        if last.compute(&previous)[..] != last.hash[..] {
            return Ok(Some(format!("event {} does not match its hash", last.id)));
        }
        match head {
            Some((id, hash)) if id == last.id && hash == last.hash => Ok(None),
            _ => Ok(Some(
                "the newest event is not the recorded head of the history".into(),
            )),
        }
    }
}

/// One stored event, read for its hash (the columns in this order).
const EVENT_COLUMNS: &str =
    "id, case_id, at, actor, from_state, to_state, clause, note, hash, desk, code, args";

fn stored_event(row: &rusqlite::Row<'_>) -> rusqlite::Result<StoredEvent> {
    Ok(StoredEvent {
        id: row.get(0)?,
        case_id: row.get(1)?,
        at: row.get(2)?,
        actor: row.get(3)?,
        from: row.get(4)?,
        to: row.get(5)?,
        clause: row.get(6)?,
        note: row.get(7)?,
        hash: row.get(8)?,
        desk: row.get(9)?,
        code: row.get(10)?,
        args: row.get(11)?,
    })
}

/// The shared walk of the chain (`store::chain`) over this database, and SQLite's own
/// check of the history's folded indexes.
pub(crate) fn verify_chain(conn: &rusqlite::Connection) -> Result<ChainReport> {
    let mut numbers: HashMap<i64, (CaseNumber, String)> = HashMap::new();
    {
        let mut stmt = conn.prepare("SELECT id, number, state FROM cases")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(0)?;
            let text: String = row.get(1)?;
            let number = CaseNumber::parse(&text)
                .ok_or_else(|| StoreError::corrupt(format!("case row {id}"), "malformed number"))?;
            numbers.insert(id, (number, row.get(2)?));
        }
    }
    let mut walk = ChainWalk::new(numbers);
    let mut stmt = conn.prepare(&format!("SELECT {EVENT_COLUMNS} FROM events ORDER BY id"))?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        walk.event(stored_event(row)?);
    }
    drop(rows);
    let head: Option<(i64, Vec<u8>)> = conn
        .query_row("SELECT event_id, hash FROM chain_head", [], |row| {
            Ok((row.get(0)?, row.get(1)?))
        })
        .ok();
    walk.head(head);
    // The history's folded indexes (schema migration 5) must hold exactly the events up
    // to their mark: a row taken out of them would hide an event from its case.
    let (wrong, cases_short, times_short): (i64, i64, i64) = conn.query_row(
        &format!(
            "WITH mark AS (SELECT {} AS v)
         SELECT
             (SELECT count(*) FROM event_cases x LEFT JOIN events e ON e.id = x.id
                 WHERE e.id IS NULL OR e.case_id <> x.case_id OR x.id > (SELECT v FROM mark))
             + (SELECT count(*) FROM event_times x LEFT JOIN events e ON e.id = x.id
                 WHERE e.id IS NULL OR e.case_id <> x.case_id OR e.at <> x.at
                     OR x.id > (SELECT v FROM mark)),
             (SELECT count(*) FROM events WHERE id <= (SELECT v FROM mark))
                 - (SELECT count(*) FROM event_cases),
             (SELECT count(*) FROM events WHERE id <= (SELECT v FROM mark))
                 - (SELECT count(*) FROM event_times)",
            super::fold::mark(super::fold::EVENTS_FOLDED_TALLY)
        ),
        [],
        |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
    )?;
    if wrong != 0 || cases_short != 0 || times_short != 0 {
        walk.note(
            0,
            None,
            format!(
                "the history's indexes do not match the events ({wrong} entries wrong, {cases_short} missing by case, {times_short} by time): events may be hidden from their cases"
            ),
        );
    }
    Ok(walk.finish())
}
