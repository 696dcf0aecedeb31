//! Importing applications on SQLite: the shared rows loop in one `IMMEDIATE`
//! transaction, then the new cases' search keys folded in key order.

use chrono::{DateTime, Utc};
use rusqlite::TransactionBehavior;

use super::write::SqliteTx;
use super::{ImportError, ImportReport, ImportRow, SqliteStore, StoreError};
use crate::domain::Policy;
use crate::store::import::import_rows;

impl SqliteStore {
    /// Imports checked applications in one transaction: all of them, or none.
    pub fn import(
        &mut self,
        rows: &[ImportRow],
        policy: &Policy,
        policy_version: i64,
        actor: &str,
        now: DateTime<Utc>,
        progress: &mut dyn FnMut(usize),
    ) -> Result<ImportReport, ImportError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(StoreError::from)?;
        // A refused row returns before the commit: dropping the transaction rolls every
        // row back.
        let report = import_rows(
            &mut SqliteTx(&tx, &self.desk),
            rows,
            policy,
            policy_version,
            actor,
            now,
            progress,
        )?;
        // A whole file's keys go into the search index at once, in key order.
        super::fold::fold_recent(&tx)?;
        tx.commit().map_err(StoreError::from)?;
        progress(rows.len());
        Ok(report)
    }
}
