//! Walking the event chain on PostgreSQL: the shared walk (`store::chain`) fed from one
//! snapshot.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use postgres::IsolationLevel;
use postgres::fallible_iterator::FallibleIterator;
use postgres::types::ToSql;

use super::PgStore;
use crate::domain::CaseNumber;
use crate::store::chain::{ChainWalk, StoredEvent};
use crate::store::codec;
use crate::store::{ChainReport, Result, StoreError};

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
        "SELECT id, case_id, at, actor, from_state, to_state, clause, note, hash, desk, code, args
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
            desk: row.try_get(9)?,
            code: row.try_get(10)?,
            args: row.try_get(11)?,
        });
    }
    drop(rows);
    let head = tx
        .query_opt("SELECT event_id, hash FROM chain_head WHERE id = 1", &[])?
        .map(|row| -> Result<(i64, Vec<u8>)> { Ok((row.try_get(0)?, row.try_get(1)?)) })
        .transpose()?;
    // The head row starts at event 0 (the genesis hash) before the first event.
    walk.head(head);
    Ok(walk.finish())
}
