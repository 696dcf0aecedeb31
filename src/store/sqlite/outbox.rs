//! The outbox (`store::outbox`) in SQLite. One writer holds the whole database while
//! it writes, so a claim (one `UPDATE … RETURNING` in an immediate transaction) can
//! never be taken twice.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, Row, TransactionBehavior};

use super::SqliteStore;
use crate::domain::CaseNumber;
use crate::domain::case::DocumentKind;
use crate::domain::mail::{Handed, Moment};
use crate::store::codec;
use crate::store::outbox::{Delivery, NewMessage, OutboxEntry, OutboxStatus};
use crate::store::{Result, StoreError};

const COLUMNS: &str = "o.id, c.number, o.moment, o.recipient, o.subject, o.body, o.attachment,
    o.message_id, o.status, o.attempts, o.queued_at, o.queued_by, o.desk, o.next_try_at,
    o.sent_at, o.reply, o.error";

fn entry(row: &Row<'_>) -> rusqlite::Result<Result<OutboxEntry>> {
    let number: String = row.get(1)?;
    let moment: String = row.get(2)?;
    let attachment: Option<String> = row.get(6)?;
    let status: String = row.get(8)?;
    let queued_at: i64 = row.get(10)?;
    let next_try_at: i64 = row.get(13)?;
    let sent_at: Option<i64> = row.get(14)?;
    let attempts: i64 = row.get(9)?;
    let (id, to, subject, body, message_id, queued_by, desk, reply, error) = (
        row.get(0)?,
        row.get(3)?,
        row.get(4)?,
        row.get(5)?,
        row.get(7)?,
        row.get(11)?,
        row.get(12)?,
        row.get(15)?,
        row.get(16)?,
    );
    Ok((|| {
        let what = format!("message {id}");
        Ok(OutboxEntry {
            id,
            number: CaseNumber::parse(&number)
                .ok_or_else(|| StoreError::corrupt(&what, format!("case number {number}")))?,
            moment: Moment::parse(&moment)
                .ok_or_else(|| StoreError::corrupt(&what, format!("moment {moment}")))?,
            to,
            subject,
            body,
            attachment: match attachment {
                Some(kind) => Some(codec::from_json::<DocumentKind>(
                    &format!("\"{kind}\""),
                    &what,
                )?),
                None => None,
            },
            message_id,
            status: OutboxStatus::parse(&status)
                .ok_or_else(|| StoreError::corrupt(&what, format!("status {status}")))?,
            attempts: u32::try_from(attempts).unwrap_or(0),
            queued_at: codec::from_micros(queued_at, &what)?,
            queued_by,
            desk,
            next_try_at: codec::from_micros(next_try_at, &what)?,
            sent_at: sent_at.map(|t| codec::from_micros(t, &what)).transpose()?,
            reply,
            error,
        })
    })())
}

fn collect(
    stmt: &mut rusqlite::Statement<'_>,
    params: impl rusqlite::Params,
) -> Result<Vec<OutboxEntry>> {
    let rows = stmt.query_map(params, entry)?;
    let mut out = Vec::new();
    for row in rows {
        out.push(row??);
    }
    Ok(out)
}

/// The document kind's stored word (its serde name).
pub(crate) fn kind_word(kind: DocumentKind) -> Result<String> {
    Ok(codec::to_json(&kind, "attachment")?
        .trim_matches('"')
        .to_string())
}

/// One message, read in the caller's transaction.
fn one(conn: &Connection, id: i64) -> Result<OutboxEntry> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM outbox o JOIN cases c ON c.id = o.case_id WHERE o.id = ?1"
    ))?;
    collect(&mut stmt, [id])?
        .pop()
        .ok_or_else(|| StoreError::corrupt(format!("message {id}"), "gone while being marked"))
}

/// Adds a message in the caller's transaction.
pub(crate) fn queue(conn: &Connection, desk: &str, case_id: i64, m: &NewMessage) -> Result<()> {
    let at = codec::micros(m.queued_at);
    conn.prepare_cached(
        "INSERT INTO outbox (case_id, moment, recipient, subject, body, attachment, message_id,
             status, queued_at, queued_by, desk, next_try_at, error)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?9, ?12)",
    )?
    .execute(rusqlite::params![
        case_id,
        m.moment.as_str(),
        m.to,
        m.subject,
        m.body,
        m.attachment.map(kind_word).transpose()?,
        m.message_id,
        m.status.as_str(),
        at,
        m.queued_by,
        desk,
        m.error,
    ])?;
    Ok(())
}

/// The settings record, read in the caller's transaction.
pub(crate) fn settings_json(conn: &Connection) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
        .query_row([crate::store::SETTINGS_KEY], |row| row.get(0))
        .optional()?)
}

impl SqliteStore {
    pub(crate) fn outbox_of_case(&self, number: &CaseNumber) -> Result<Vec<OutboxEntry>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM outbox o JOIN cases c ON c.id = o.case_id
             WHERE c.number = ?1 ORDER BY o.id"
        ))?;
        collect(&mut stmt, [number.as_str()])
    }

    pub(crate) fn outbox_list(
        &self,
        statuses: &[OutboxStatus],
        limit: usize,
    ) -> Result<Vec<OutboxEntry>> {
        let words: Vec<&str> = if statuses.is_empty() {
            OutboxStatus::ALL.iter().map(|s| s.as_str()).collect()
        } else {
            statuses.iter().map(|s| s.as_str()).collect()
        };
        let json =
            serde_json::to_string(&words).map_err(|e| StoreError::Database(e.to_string()))?;
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM outbox o JOIN cases c ON c.id = o.case_id
             WHERE o.status IN (SELECT value FROM json_each(?1))
             ORDER BY o.id DESC LIMIT ?2"
        ))?;
        collect(&mut stmt, rusqlite::params![json, limit as i64])
    }

    pub(crate) fn outbox_attention(&self) -> Result<(u64, u64)> {
        let (failed, phone): (i64, i64) = self.conn.query_row(
            "SELECT count(*) FILTER (WHERE status = 'failed'),
                    count(*) FILTER (WHERE status = 'to_phone')
             FROM outbox WHERE status IN ('failed', 'to_phone')",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )?;
        Ok((failed as u64, phone as u64))
    }

    pub(crate) fn claim_outbox(
        &mut self,
        desk: &str,
        now: DateTime<Utc>,
        until: DateTime<Utc>,
        limit: usize,
    ) -> Result<Vec<OutboxEntry>> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let now = codec::micros(now);
        let ids: Vec<i64> = {
            let mut stmt = tx.prepare_cached(
                "UPDATE outbox SET status = 'sending', claimed_by = ?1, claimed_until = ?2,
                     attempts = attempts + 1
                 WHERE id IN (SELECT id FROM outbox
                              WHERE (status = 'queued' AND next_try_at <= ?3)
                                 OR (status = 'sending' AND claimed_until < ?3)
                              ORDER BY id LIMIT ?4)
                 RETURNING id",
            )?;
            let rows = stmt.query_map(
                rusqlite::params![desk, codec::micros(until), now, limit as i64],
                |row| row.get(0),
            )?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let mut out = Vec::new();
        {
            let mut stmt = tx.prepare_cached(&format!(
                "SELECT {COLUMNS} FROM outbox o JOIN cases c ON c.id = o.case_id WHERE o.id = ?1"
            ))?;
            for id in ids {
                out.extend(collect(&mut stmt, [id])?);
            }
        }
        tx.commit()?;
        out.sort_by_key(|e| e.id);
        Ok(out)
    }

    pub(crate) fn finish_outbox(
        &mut self,
        id: i64,
        desk: &str,
        delivery: &Delivery,
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> Result<bool> {
        let at = codec::micros(now);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let changed = match delivery {
            Delivery::Sent { reply } => tx.execute(
                "UPDATE outbox SET status = 'sent', sent_at = ?3, reply = ?4, error = NULL,
                     claimed_by = NULL, claimed_until = NULL
                 WHERE id = ?1 AND status = 'sending' AND claimed_by = ?2",
                rusqlite::params![id, desk, at, reply],
            )?,
            Delivery::Retry { error, next_try_at } => tx.execute(
                "UPDATE outbox SET status = 'queued', next_try_at = ?3, error = ?4,
                     claimed_by = NULL, claimed_until = NULL
                 WHERE id = ?1 AND status = 'sending' AND claimed_by = ?2",
                rusqlite::params![id, desk, codec::micros(*next_try_at), error],
            )?,
            Delivery::Failed { error } => tx.execute(
                "UPDATE outbox SET status = 'failed', error = ?3,
                     claimed_by = NULL, claimed_until = NULL
                 WHERE id = ?1 AND status = 'sending' AND claimed_by = ?2",
                rusqlite::params![id, desk, error],
            )?,
        };
        if changed == 1 && matches!(delivery, Delivery::Sent { .. }) {
            let entry = one(&tx, id)?;
            let actor = entry.queued_by.clone();
            crate::store::outbox::handed_in(
                &mut super::write::SqliteTx(&tx, &self.desk),
                &entry,
                Handed::Sent,
                &actor,
                now,
                today,
            )?;
        }
        tx.commit()?;
        Ok(changed == 1)
    }

    pub(crate) fn draft_outbox(
        &mut self,
        id: i64,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<bool> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let changed = tx.execute(
            "UPDATE outbox SET status = 'drafted', claimed_by = NULL, claimed_until = NULL
             WHERE id = ?1 AND status IN ('queued', 'failed')",
            [id],
        )?;
        if changed == 1 {
            let entry = one(&tx, id)?;
            crate::store::outbox::handed_in(
                &mut super::write::SqliteTx(&tx, &self.desk),
                &entry,
                Handed::Drafted,
                actor,
                now,
                now.date_naive(),
            )?;
        }
        tx.commit()?;
        Ok(changed == 1)
    }

    pub(crate) fn retry_outbox(&mut self, id: i64, now: DateTime<Utc>) -> Result<bool> {
        let changed = self.conn.execute(
            "UPDATE outbox SET status = 'queued', next_try_at = ?2, error = NULL
             WHERE id = ?1 AND status IN ('failed', 'sent', 'queued', 'drafted')",
            rusqlite::params![id, codec::micros(now)],
        )?;
        Ok(changed == 1)
    }

    pub(crate) fn remind(
        &mut self,
        number: &CaseNumber,
        moment: Moment,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<OutboxStatus>> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let queued = crate::store::outbox::remind_on(
            &mut super::write::SqliteTx(&tx, &self.desk),
            number,
            moment,
            actor,
            now,
        )?;
        tx.commit()?;
        Ok(queued)
    }
}
