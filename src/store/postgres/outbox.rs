//! The outbox (`store::outbox`) on the server. Several desks send: each claims due rows
//! with `FOR UPDATE SKIP LOCKED` in one statement (a row another desk is claiming is
//! skipped, not waited for), committed at once; a claim holds until its lease ends, so
//! a desk that died mid-sending leaves its messages to the others.

use chrono::{DateTime, NaiveDate, Utc};
use postgres::Row;
use postgres::Transaction;

use super::PgStore;
use crate::domain::CaseNumber;
use crate::domain::case::DocumentKind;
use crate::domain::mail::{Handed, Moment};
use crate::store::codec;
use crate::store::outbox::{Delivery, NewMessage, OutboxEntry, OutboxStatus};
use crate::store::{Result, StoreError};

const COLUMNS: &str = "o.id, c.number, o.moment, o.recipient, o.subject, o.body, o.attachment,
    o.message_id, o.status, o.attempts, o.queued_at, o.queued_by, o.desk, o.next_try_at,
    o.sent_at, o.reply, o.error";

/// One message, read in the caller's transaction.
fn one(tx: &mut Transaction<'_>, id: i64) -> Result<OutboxEntry> {
    let row = tx.query_one(
        &format!("SELECT {COLUMNS} FROM outbox o JOIN cases c ON c.id = o.case_id WHERE o.id = $1"),
        &[&id],
    )?;
    entry(&row)
}

fn entry(row: &Row) -> Result<OutboxEntry> {
    let id: i64 = row.try_get(0)?;
    let what = format!("message {id}");
    let number: String = row.try_get(1)?;
    let moment: String = row.try_get(2)?;
    let attachment: Option<String> = row.try_get(6)?;
    let status: String = row.try_get(8)?;
    let attempts: i32 = row.try_get(9)?;
    Ok(OutboxEntry {
        id,
        number: CaseNumber::parse(&number)
            .ok_or_else(|| StoreError::corrupt(&what, format!("case number {number}")))?,
        moment: Moment::parse(&moment)
            .ok_or_else(|| StoreError::corrupt(&what, format!("moment {moment}")))?,
        to: row.try_get(3)?,
        subject: row.try_get(4)?,
        body: row.try_get(5)?,
        attachment: match attachment {
            Some(kind) => Some(codec::from_json::<DocumentKind>(
                &format!("\"{kind}\""),
                &what,
            )?),
            None => None,
        },
        message_id: row.try_get(7)?,
        status: OutboxStatus::parse(&status)
            .ok_or_else(|| StoreError::corrupt(&what, format!("status {status}")))?,
        attempts: u32::try_from(attempts).unwrap_or(0),
        queued_at: row.try_get(10)?,
        queued_by: row.try_get(11)?,
        desk: row.try_get(12)?,
        next_try_at: row.try_get(13)?,
        sent_at: row.try_get(14)?,
        reply: row.try_get(15)?,
        error: row.try_get(16)?,
    })
}

/// Adds a message in the caller's transaction.
pub(super) fn queue(
    tx: &mut Transaction<'_>,
    desk: &str,
    case_id: i64,
    m: &NewMessage,
) -> Result<()> {
    let attachment = m
        .attachment
        .map(crate::store::sqlite::kind_word)
        .transpose()?;
    tx.execute(
        "INSERT INTO outbox (case_id, moment, recipient, subject, body, attachment, message_id,
             status, queued_at, queued_by, desk, next_try_at, error)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $9, $12)",
        &[
            &case_id,
            &m.moment.as_str(),
            &m.to,
            &m.subject,
            &m.body,
            &attachment,
            &m.message_id,
            &m.status.as_str(),
            &m.queued_at,
            &m.queued_by,
            &desk,
            &m.error,
        ],
    )?;
    Ok(())
}

/// The settings record, read in the caller's transaction.
pub(super) fn settings_json(tx: &mut Transaction<'_>) -> Result<Option<String>> {
    let row = tx.query_opt(
        "SELECT value FROM settings WHERE key = $1",
        &[&crate::store::SETTINGS_KEY],
    )?;
    Ok(row.map(|row| row.try_get(0)).transpose()?)
}

impl PgStore {
    pub(crate) fn outbox_of_case(&self, number: &CaseNumber) -> Result<Vec<OutboxEntry>> {
        let rows = self.client.borrow_mut().query(
            &format!(
                "SELECT {COLUMNS} FROM outbox o JOIN cases c ON c.id = o.case_id
                 WHERE c.number = $1 ORDER BY o.id"
            ),
            &[&number.as_str()],
        )?;
        rows.iter().map(entry).collect()
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
        let rows = self.client.borrow_mut().query(
            &format!(
                "SELECT {COLUMNS} FROM outbox o JOIN cases c ON c.id = o.case_id
                 WHERE o.status = ANY($1) ORDER BY o.id DESC LIMIT $2"
            ),
            &[&words, &(limit as i64)],
        )?;
        rows.iter().map(entry).collect()
    }

    pub(crate) fn outbox_attention(&self) -> Result<(u64, u64)> {
        let row = self.client.borrow_mut().query_one(
            "SELECT count(*) FILTER (WHERE status = 'failed'),
                    count(*) FILTER (WHERE status = 'to_phone')
             FROM outbox WHERE status IN ('failed', 'to_phone')",
            &[],
        )?;
        let (failed, phone): (i64, i64) = (row.try_get(0)?, row.try_get(1)?);
        Ok((failed as u64, phone as u64))
    }

    pub(crate) fn claim_outbox(
        &mut self,
        desk: &str,
        now: DateTime<Utc>,
        until: DateTime<Utc>,
        limit: usize,
    ) -> Result<Vec<OutboxEntry>> {
        let mut tx = self.client.get_mut().transaction()?;
        let ids: Vec<i64> = tx
            .query(
                "UPDATE outbox SET status = 'sending', claimed_by = $1, claimed_until = $2,
                     attempts = attempts + 1
                 WHERE id IN (SELECT id FROM outbox
                              WHERE (status = 'queued' AND next_try_at <= $3)
                                 OR (status = 'sending' AND claimed_until < $3)
                              ORDER BY id LIMIT $4
                              FOR UPDATE SKIP LOCKED)
                 RETURNING id",
                &[&desk, &until, &now, &(limit as i64)],
            )?
            .iter()
            .map(|row| row.try_get(0))
            .collect::<Result<_, _>>()?;
        let rows = tx.query(
            &format!(
                "SELECT {COLUMNS} FROM outbox o JOIN cases c ON c.id = o.case_id
                 WHERE o.id = ANY($1) ORDER BY o.id"
            ),
            &[&ids],
        )?;
        let out = rows.iter().map(entry).collect::<Result<Vec<_>>>()?;
        tx.commit()?;
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
        let mut tx = self.client.get_mut().transaction()?;
        if matches!(delivery, Delivery::Sent { .. }) {
            // The chain head first, as every writer takes it (retention takes it and
            // then the case's outbox rows): the sent message's event needs it.
            tx.execute("SELECT 1 FROM chain_head WHERE id = 1 FOR UPDATE", &[])?;
        }
        let changed = match delivery {
            Delivery::Sent { reply } => tx.execute(
                "UPDATE outbox SET status = 'sent', sent_at = $3, reply = $4, error = NULL,
                     claimed_by = NULL, claimed_until = NULL
                 WHERE id = $1 AND status = 'sending' AND claimed_by = $2",
                &[&id, &desk, &now, reply],
            )?,
            Delivery::Retry { error, next_try_at } => tx.execute(
                "UPDATE outbox SET status = 'queued', next_try_at = $3, error = $4,
                     claimed_by = NULL, claimed_until = NULL
                 WHERE id = $1 AND status = 'sending' AND claimed_by = $2",
                &[&id, &desk, next_try_at, error],
            )?,
            Delivery::Failed { error } => tx.execute(
                "UPDATE outbox SET status = 'failed', error = $3,
                     claimed_by = NULL, claimed_until = NULL
                 WHERE id = $1 AND status = 'sending' AND claimed_by = $2",
                &[&id, &desk, error],
            )?,
        };
        if changed == 1 && matches!(delivery, Delivery::Sent { .. }) {
            let entry = one(&mut tx, id)?;
            let actor = entry.queued_by.clone();
            crate::store::outbox::handed_in(
                &mut super::write::PgTx::begin(&mut tx, &self.desk)?,
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
        let mut tx = self.client.get_mut().transaction()?;
        tx.execute("SELECT 1 FROM chain_head WHERE id = 1 FOR UPDATE", &[])?;
        let changed = tx.execute(
            "UPDATE outbox SET status = 'drafted', claimed_by = NULL, claimed_until = NULL
             WHERE id = $1 AND status IN ('queued', 'failed')",
            &[&id],
        )?;
        if changed == 1 {
            let entry = one(&mut tx, id)?;
            crate::store::outbox::handed_in(
                &mut super::write::PgTx::begin(&mut tx, &self.desk)?,
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
        let changed = self.client.get_mut().execute(
            "UPDATE outbox SET status = 'queued', next_try_at = $2, error = NULL
             WHERE id = $1 AND status IN ('failed', 'sent', 'queued', 'drafted')",
            &[&id, &now],
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
        let mut tx = self.client.get_mut().transaction()?;
        let queued = crate::store::outbox::remind_on(
            &mut super::write::PgTx::begin(&mut tx, &self.desk)?,
            number,
            moment,
            actor,
            now,
        )?;
        tx.commit()?;
        Ok(queued)
    }
}
