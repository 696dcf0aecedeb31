//! docs/rules.md §8 (clause 3.7): personal data is kept only as long as the center's retention
//! setting allows. A case closed longer ago than that loses its customer's name, phone,
//! e-mail and addresses, and the name of whoever collected the device; the device, the
//! decision, the money and the history stay, so the monthly figures do not change.
//!
//! Decisions written down here (the agreement is silent on them):
//! - "Closed" means the case's last step put it in a final state (returned, rejected,
//!   expired, resolved remotely); the retention runs from that step's day.
//! - A retention of 0 months keeps everything (the setting's documented meaning).
//! - The serial stays searchable: it identifies the device, not a person, and the desk
//!   needs a device's repair history.
//! - Each case's removal is one transaction with one event (clause 3.7, no change of
//!   state), so the history says when and why the data went.

use chrono::{DateTime, Utc};
use rusqlite::TransactionBehavior;

use super::codec;
use super::fold::folded_and_new;
use super::keys::{device_keys, keys_of};
use super::read::load_case;
use super::write::{record_event, replace_keys};
use super::{REMOVED, Result, SqliteStore, StoreError};
use crate::domain::case::Handback;
use crate::domain::{CaseNumber, Event, State};
use crate::store::retention::BATCH;

impl SqliteStore {
    /// The closed cases (a batch of them) whose last step was before `before` and
    /// whose personal data is still there.
    pub(crate) fn closed_with_personal_data(
        &self,
        before: DateTime<Utc>,
    ) -> Result<Vec<CaseNumber>> {
        let before_micros = codec::micros(before);
        let mut stmt = self.conn.prepare_cached(&format!(
            "{} ORDER BY 2 LIMIT ?3",
            folded_and_new(
                "c.number, c.id",
                "c.state IN ('returned', 'rejected', 'expired', 'resolved_remotely')
                 AND c.last_activity < ?1 AND c.customer_name <> ?2"
            )
        ))?;
        let mut rows = stmt.query(rusqlite::params![before_micros, REMOVED, BATCH as i64])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            let text: String = row.get(0)?;
            let number = CaseNumber::parse(&text)
                .ok_or_else(|| StoreError::corrupt(format!("case {text}"), "malformed number"))?;
            out.push(number);
        }
        Ok(out)
    }

    /// One case: its personal search keys go, its customer fields are blanked, and one
    /// event says so — in one transaction.
    pub(crate) fn forget(
        &mut self,
        number: &CaseNumber,
        months: u32,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let (id, case) =
            load_case(&tx, number)?.ok_or_else(|| StoreError::NotFound(number.clone()))?;
        // Only the serial stays searchable: it belongs to the device, not a person.
        replace_keys(&tx, id, &keys_of(&case), &device_keys(&case))?;
        let handback = match &case.handback {
            Some(Handback::Collected { id_checked, .. }) => Some(Handback::Collected {
                by: REMOVED.to_string(),
                id_checked: *id_checked,
            }),
            other => other.clone(),
        };
        let handback_json = handback
            .map(|h| serde_json::to_string(&h))
            .transpose()
            .map_err(|err| StoreError::invalid("handback", crate::domain::Note::detail(err)))?;
        tx.prepare_cached(
            "UPDATE cases SET customer_name = ?1, phone = '', email = NULL, address = '',
                 return_address = NULL, handback = ?2, phone_key = '', email_key = NULL
             WHERE id = ?3",
        )?
        .execute(rusqlite::params![REMOVED, handback_json, id])?;
        // A printing's recorded facts and changes name the customer and the collector.
        tx.prepare_cached(
            "UPDATE documents SET facts = NULL, note = NULL
             WHERE case_id = ?1 AND (facts IS NOT NULL OR note IS NOT NULL)",
        )?
        .execute([id])?;
        // The customer's messages name them and carry their address (docs/rules.md §11):
        // the record that a message went stays (moment, when, the server's reply), the
        // words and the address go. One still queued is not sent any more.
        tx.prepare_cached(
            "UPDATE outbox SET recipient = '', subject = ?2, body = '', error = NULL,
                 status = CASE WHEN status IN ('queued', 'sending') THEN 'failed' ELSE status END
             WHERE case_id = ?1",
        )?
        .execute(rusqlite::params![id, REMOVED])?;
        let state: State = case.state;
        let removed = crate::domain::Note::coded(
            "personal-data-removed",
            format!(
                "The customer's personal data was removed: the case closed more than {months} months ago (retention setting)."
            ),
        )
        .arg("months", months);
        record_event(
            &tx,
            id,
            &Event {
                at: now,
                actor: actor.trim().to_string(),
                from: Some(state),
                to: state,
                clause: "3.7".into(),
                desk: self.desk.clone(),
                note: removed.text,
                code: removed.code,
                args: removed.args,
            },
        )?;
        tx.commit()?;
        Ok(())
    }
}
