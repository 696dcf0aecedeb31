//! Reading the raw rows for `store::migrate` (a desk moving to the center's server):
//! every table in id order, a batch at a time, as plain Rust rows. Nothing here writes.

use rusqlite::Row;

use super::codec::{from_micros, parse_date, parse_opt_date};
use super::fold::{FOLDED_TALLY, mark};
use super::{Result, SqliteStore, StoreError};
use crate::store::columns::{COLUMN_NAMES, CaseColumns};
use crate::store::migrate::{
    CaseRow, DocumentRow, EventRow, FixedRows, PaymentRow, PhotoRow, PolicyRow, RowCounts,
};

/// `limit` as SQLite's integer.
fn limit_of(limit: usize) -> i64 {
    i64::try_from(limit).unwrap_or(i64::MAX)
}

/// The case columns in `COLUMN_NAMES` order, starting at `at`.
fn columns_from_row(row: &Row<'_>, number: String, at: usize) -> Result<CaseColumns> {
    let what = format!("case {number}");
    let date =
        |i: usize| -> Result<Option<chrono::NaiveDate>> { parse_opt_date(row.get(at + i)?, &what) };
    let instant = |i: usize| -> Result<Option<chrono::DateTime<chrono::Utc>>> {
        row.get::<_, Option<i64>>(at + i)?
            .map(|micros| from_micros(micros, &what))
            .transpose()
    };
    let opened_on: String = row.get(at + 5)?;
    let last_activity: i64 = row.get(at + 31)?;
    Ok(CaseColumns {
        arrival: row.get(at)?,
        state: row.get(at + 1)?,
        application_id: row.get(at + 2)?,
        applied_on: date(3)?,
        received_on: date(4)?,
        opened_on: parse_date(&opened_on, &what)?,
        unsolicited: row.get(at + 6)?,
        customer_name: row.get(at + 7)?,
        phone: row.get(at + 8)?,
        email: row.get(at + 9)?,
        address: row.get(at + 10)?,
        return_address: row.get(at + 11)?,
        model: row.get(at + 12)?,
        serial: row.get(at + 13)?,
        proof: row.get(at + 14)?,
        fault: row.get(at + 15)?,
        handover: row.get(at + 16)?,
        keep_parts: row.get(at + 17)?,
        diagnosis: row.get(at + 18)?,
        decision: row.get(at + 19)?,
        verdict: row.get(at + 20)?,
        policy_version: row.get(at + 21)?,
        decided_at: instant(22)?,
        parcel: row.get(at + 23)?,
        quote: row.get(at + 24)?,
        payment_notice_on: date(25)?,
        asked_on: date(26)?,
        replacement_serial: row.get(at + 27)?,
        return_reason: row.get(at + 28)?,
        handback: row.get(at + 29)?,
        applied_serial: row.get(at + 30)?,
        last_activity: from_micros(last_activity, &what)?,
        number,
    })
}

impl SqliteStore {
    /// Up to `limit` cases after the row id `after`, in id order.
    pub(crate) fn copy_cases(&self, after: i64, limit: usize) -> Result<Vec<CaseRow>> {
        let sql = format!(
            "SELECT id, number, year, sequence, created_at, demo,
                    CASE WHEN id > {folded} THEN new_keys END, {columns}
             FROM cases WHERE id > ?1 ORDER BY id LIMIT ?2",
            folded = mark(FOLDED_TALLY),
            columns = COLUMN_NAMES.join(", "),
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows = stmt.query(rusqlite::params![after, limit_of(limit)])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(0)?;
            let number: String = row.get(1)?;
            let what = format!("case {number}");
            let created_at: i64 = row.get(4)?;
            let pending: Option<String> = row.get(6)?;
            let pending_keys = match pending {
                Some(json) => serde_json::from_str(&json)
                    .map_err(|err| StoreError::corrupt(format!("{what} search keys"), err))?,
                None => Vec::new(),
            };
            out.push(CaseRow {
                id,
                year: row.get(2)?,
                sequence: row.get(3)?,
                created_at: from_micros(created_at, &what)?,
                demo: row.get(5)?,
                columns: columns_from_row(row, number, 7)?,
                pending_keys,
            });
        }
        Ok(out)
    }

    /// Up to `limit` events after the id `after`, in id order, exactly as stored.
    pub(crate) fn copy_events(&self, after: i64, limit: usize) -> Result<Vec<EventRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, case_id, at, actor, from_state, to_state, clause, note, hash
             FROM events WHERE id > ?1 ORDER BY id LIMIT ?2",
        )?;
        let mut rows = stmt.query(rusqlite::params![after, limit_of(limit)])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(0)?;
            let at: i64 = row.get(2)?;
            out.push(EventRow {
                id,
                case_id: row.get(1)?,
                at: from_micros(at, &format!("event {id}"))?,
                actor: row.get(3)?,
                from_state: row.get(4)?,
                to_state: row.get(5)?,
                clause: row.get(6)?,
                note: row.get(7)?,
                hash: row.get(8)?,
            });
        }
        Ok(out)
    }

    /// Up to `limit` payments after the id `after`, in id order.
    pub(crate) fn copy_payments(&self, after: i64, limit: usize) -> Result<Vec<PaymentRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, case_id, minor, currency, paid_on, method
             FROM payments WHERE id > ?1 ORDER BY id LIMIT ?2",
        )?;
        let mut rows = stmt.query(rusqlite::params![after, limit_of(limit)])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(0)?;
            let paid_on: String = row.get(4)?;
            out.push(PaymentRow {
                id,
                case_id: row.get(1)?,
                minor: row.get(2)?,
                currency: row.get(3)?,
                paid_on: parse_date(&paid_on, &format!("payment {id}"))?,
                method: row.get(5)?,
            });
        }
        Ok(out)
    }

    /// Up to `limit` printed documents after the id `after`, in id order (without their
    /// files: those are in the data folder).
    pub(crate) fn copy_documents(&self, after: i64, limit: usize) -> Result<Vec<DocumentRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, case_id, kind, at, actor, file, facts, note
             FROM documents WHERE id > ?1 ORDER BY id LIMIT ?2",
        )?;
        let mut rows = stmt.query(rusqlite::params![after, limit_of(limit)])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(0)?;
            let at: i64 = row.get(3)?;
            out.push(DocumentRow {
                id,
                case_id: row.get(1)?,
                kind: row.get(2)?,
                at: from_micros(at, &format!("document {id}"))?,
                actor: row.get(4)?,
                file: row.get(5)?,
                facts: row.get(6)?,
                note: row.get(7)?,
                content: None,
            });
        }
        Ok(out)
    }

    /// Up to `limit` photos after the id `after`, in id order (names only).
    pub(crate) fn copy_photos(&self, after: i64, limit: usize) -> Result<Vec<PhotoRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, case_id, file_name FROM photos WHERE id > ?1 ORDER BY id LIMIT ?2",
        )?;
        let mut rows = stmt.query(rusqlite::params![after, limit_of(limit)])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            out.push(PhotoRow {
                id: row.get(0)?,
                case_id: row.get(1)?,
                file_name: row.get(2)?,
                content: None,
            });
        }
        Ok(out)
    }

    /// Up to `limit` folded search keys after `after` in key order (the unfolded ones
    /// come with their cases, [`CaseRow::pending_keys`]).
    pub(crate) fn copy_search_keys(
        &self,
        after: Option<&(String, i64)>,
        limit: usize,
    ) -> Result<Vec<(String, i64)>> {
        let (key, case_id) = after.cloned().unwrap_or((String::new(), i64::MIN));
        let mut stmt = self.conn.prepare_cached(
            "SELECT key, case_id FROM search_keys WHERE (key, case_id) > (?1, ?2)
             ORDER BY key, case_id LIMIT ?3",
        )?;
        let rows = stmt
            .query_map(rusqlite::params![key, case_id, limit_of(limit)], |row| {
                Ok((row.get(0)?, row.get(1)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// The small tables: settings, policy versions, year counters, the chain's head.
    pub(crate) fn copy_fixed(&self) -> Result<FixedRows> {
        let conn = &self.conn;
        let settings = conn
            .prepare("SELECT key, value FROM settings ORDER BY key")?
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut policies = Vec::new();
        let mut stmt =
            conn.prepare("SELECT version, json, saved_at FROM policies ORDER BY version")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let version: i64 = row.get(0)?;
            let saved_at: Option<i64> = row.get(2)?;
            policies.push(PolicyRow {
                version,
                json: row.get(1)?,
                saved_at: saved_at
                    .map(|micros| from_micros(micros, &format!("policy version {version}")))
                    .transpose()?,
            });
        }
        let counters = conn
            .prepare("SELECT year, last FROM case_numbers ORDER BY year")?
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let head = conn
            .prepare("SELECT event_id, hash FROM chain_head")?
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
            .next()
            .transpose()?;
        Ok(FixedRows {
            settings,
            policies,
            counters,
            head,
        })
    }

    /// What the database holds, counted from its rows (not the tallies).
    pub(crate) fn copy_counts(&self) -> Result<RowCounts> {
        let conn = &self.conn;
        let count = |table: &str| -> Result<u64> {
            let n: i64 = conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |row| {
                row.get(0)
            })?;
            Ok(n.max(0) as u64)
        };
        let by_state = conn
            .prepare("SELECT state, count(*) FROM cases GROUP BY state ORDER BY state")?
            .query_map([], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, i64>(1)?.max(0) as u64,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(RowCounts {
            cases: count("cases")?,
            events: count("events")?,
            payments: count("payments")?,
            documents: count("documents")?,
            photos: count("photos")?,
            by_state,
        })
    }
}
