//! Writing on PostgreSQL: the shared flow (`store::flow`) over [`PgTx`], and the
//! writers outside it (import, retention).
//!
//! Every writing transaction starts with [`PgTx::begin`], which locks the chain head row:
//! the events of all desks form one chain, and every writer takes its locks in the same
//! order (chain head → case number counter → case rows), so two desks never deadlock.

use chrono::{DateTime, NaiveDate, Utc};
use postgres::Transaction;
use postgres::error::SqlState;
use postgres::types::ToSql;

use super::PgStore;
use super::read::load_case;
use crate::domain::case::Handback;
use crate::domain::step::StepContext;
use crate::domain::{Case, CaseNumber, Event, NewCase, Payment, Policy, State, Step};
use crate::store::codec::{self, EventFields};
use crate::store::columns::{COLUMN_NAMES, CaseColumns};
use crate::store::flow::{self, WriteTx};
use crate::store::import::{ImportError, ImportReport, ImportRow, import_rows};
use crate::store::keys::{case_keys, device_keys, keys_of, with_applied_serial};
use crate::store::outbox::NewMessage;
use crate::store::retention::{BATCH, REMOVED};
use crate::store::{Result, StoreError};

/// The site every case belongs to until centers have several.
pub(crate) const SITE: &str = "main";

/// One writing transaction: the chain head is locked and known from the start.
pub(crate) struct PgTx<'t, 'c> {
    tx: &'t mut Transaction<'c>,
    /// The workstation's name, stamped on every event.
    desk: &'t str,
    /// The newest event's id and hash, as this transaction has moved it.
    head: (i64, Vec<u8>),
}

impl<'t, 'c> PgTx<'t, 'c> {
    /// Locks the chain head: the first lock of every writing transaction.
    pub(crate) fn begin(tx: &'t mut Transaction<'c>, desk: &'t str) -> Result<Self> {
        let row = tx.query_one(
            "SELECT event_id, hash FROM chain_head WHERE id = 1 FOR UPDATE",
            &[],
        )?;
        let head = (row.try_get(0)?, row.try_get(1)?);
        Ok(Self { tx, head, desk })
    }

    /// Gives a case the search keys `after` in place of `before` (only those that
    /// changed are written).
    fn replace_keys(&mut self, id: i64, before: &[String], after: &[String]) -> Result<()> {
        for key in before.iter().filter(|k| !after.contains(k)) {
            self.tx.execute(
                "DELETE FROM search_keys WHERE key = $1 AND case_id = $2",
                &[key, &id],
            )?;
        }
        let added: Vec<&String> = after.iter().filter(|k| !before.contains(k)).collect();
        insert_keys(self.tx, id, &added)
    }
}

fn insert_keys(tx: &mut Transaction<'_>, id: i64, keys: &[&String]) -> Result<()> {
    if keys.is_empty() {
        return Ok(());
    }
    tx.execute(
        "INSERT INTO search_keys (key, case_id) SELECT k, $2 FROM unnest($1::text[]) k
         ON CONFLICT DO NOTHING",
        &[&keys, &id],
    )?;
    Ok(())
}

/// The column values in [`COLUMN_NAMES`] order, as statement parameters.
pub(super) fn column_params(c: &CaseColumns) -> [&(dyn ToSql + Sync); 33] {
    [
        &c.arrival,
        &c.state,
        &c.application_id,
        &c.applied_on,
        &c.received_on,
        &c.opened_on,
        &c.unsolicited,
        &c.customer_name,
        &c.phone,
        &c.email,
        &c.address,
        &c.return_address,
        &c.model,
        &c.serial,
        &c.proof,
        &c.fault,
        &c.handover,
        &c.keep_parts,
        &c.diagnosis,
        &c.decision,
        &c.verdict,
        &c.policy_version,
        &c.decided_at,
        &c.parcel,
        &c.quote,
        &c.payment_notice_on,
        &c.asked_on,
        &c.replacement_serial,
        &c.return_reason,
        &c.handback,
        &c.applied_serial,
        &c.last_activity,
        &c.language,
    ]
}

fn insert_sql() -> &'static str {
    static SQL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    SQL.get_or_init(|| {
        let names = COLUMN_NAMES.join(", ");
        let values = (6..6 + COLUMN_NAMES.len())
            .map(|i| format!("${i}"))
            .collect::<Vec<_>>()
            .join(", ");
        format!(
            "INSERT INTO cases (number, year, sequence, created_at, demo, {names})
             VALUES ($1, $2, $3, $4, $5, {values}) RETURNING id"
        )
    })
}

fn update_sql() -> &'static str {
    static SQL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    SQL.get_or_init(|| {
        let sets = COLUMN_NAMES
            .iter()
            .enumerate()
            .map(|(i, n)| format!("{n} = ${}", i + 2))
            .collect::<Vec<_>>()
            .join(", ");
        format!("UPDATE cases SET {sets} WHERE id = $1")
    })
}

impl WriteTx for PgTx<'_, '_> {
    fn settings_json(&mut self) -> Result<Option<String>> {
        super::outbox::settings_json(self.tx)
    }

    fn queue_message(&mut self, case_id: i64, message: &NewMessage) -> Result<()> {
        super::outbox::queue(self.tx, self.desk, case_id, message)
    }

    fn hold_messages(&mut self, case_id: i64, reason: &str) -> Result<()> {
        self.tx.execute(
            "UPDATE outbox SET status = 'failed', error = $2
             WHERE case_id = $1 AND status = 'queued'",
            &[&case_id, &reason],
        )?;
        Ok(())
    }

    fn set_payment_notice(&mut self, case_id: i64, notice_on: NaiveDate) -> Result<()> {
        self.tx.execute(
            "UPDATE cases SET payment_notice_on = $1 WHERE id = $2",
            &[&notice_on, &case_id],
        )?;
        Ok(())
    }

    fn load_case(&mut self, number: &CaseNumber) -> Result<Option<(i64, Case)>> {
        load_case(self.tx, number, true)
    }

    fn client_case(&mut self, client_id: &str) -> Result<Option<Case>> {
        let row = self.tx.query_opt(
            "SELECT number FROM cases WHERE client_id = $1",
            &[&client_id],
        )?;
        let number: Option<String> = row.map(|row| row.try_get(0)).transpose()?;
        match number.as_deref().and_then(CaseNumber::parse) {
            Some(number) => Ok(load_case(self.tx, &number, false)?.map(|(_, case)| case)),
            None => Ok(None),
        }
    }

    fn set_client_id(&mut self, case_id: i64, client_id: &str) -> Result<()> {
        self.tx.execute(
            "UPDATE cases SET client_id = $2 WHERE id = $1",
            &[&case_id, &client_id],
        )?;
        Ok(())
    }

    fn application_case(&mut self, application_id: &str) -> Result<Option<CaseNumber>> {
        let row = self.tx.query_opt(
            "SELECT number FROM cases WHERE application_id = $1",
            &[&application_id],
        )?;
        let number: Option<String> = row.map(|row| row.try_get(0)).transpose()?;
        Ok(number.and_then(|n| CaseNumber::parse(&n)))
    }

    fn next_number(&mut self, year: i32) -> Result<CaseNumber> {
        let row = self.tx.query_one(
            "INSERT INTO case_numbers (site, year, last) VALUES ($1, $2, 1)
             ON CONFLICT (site, year) DO UPDATE SET last = case_numbers.last + 1
             RETURNING last",
            &[&SITE, &year],
        )?;
        let last: i64 = row.try_get(0)?;
        let sequence = u32::try_from(last)
            .map_err(|_| StoreError::corrupt("the case number counter", last.to_string()))?;
        Ok(CaseNumber::new(year, sequence))
    }

    fn insert_case(&mut self, case: &Case, created_at: DateTime<Utc>) -> Result<i64> {
        let created_at = codec::truncate(created_at);
        let columns = CaseColumns::of(
            case,
            flow::opened_on(case, created_at.date_naive()),
            created_at,
        )?;
        let number = case.number.as_str();
        let year = case.number.year();
        let sequence = i64::from(case.number.sequence());
        let demo = false;
        let mut params: Vec<&(dyn ToSql + Sync)> =
            vec![&number, &year, &sequence, &created_at, &demo];
        params.extend(column_params(&columns));
        let row =
            self.tx
                .query_one(insert_sql(), &params)
                .map_err(|err| match err.as_db_error() {
                    Some(db)
                        if *db.code() == SqlState::UNIQUE_VIOLATION
                            && db.constraint() == Some("cases_application_id_key") =>
                    {
                        StoreError::invalid("application_id", super::super::write::on_file())
                    }
                    _ => err.into(),
                })?;
        let id: i64 = row.try_get(0)?;
        let keys = keys_of(case);
        insert_keys(self.tx, id, &keys.iter().collect::<Vec<_>>())?;
        Ok(id)
    }

    fn update_case(
        &mut self,
        id: i64,
        case: &Case,
        opened_on: NaiveDate,
        last_activity: DateTime<Utc>,
    ) -> Result<()> {
        // The keys it had: a step that corrects the customer's details or the serial
        // moves the case's search keys with them.
        let row = self.tx.query_one(
            "SELECT customer_name, serial, phone, email, applied_serial FROM cases WHERE id = $1",
            &[&id],
        )?;
        let name: String = row.try_get(0)?;
        let serial: String = row.try_get(1)?;
        let phone: String = row.try_get(2)?;
        let email: Option<String> = row.try_get(3)?;
        let applied: Option<String> = row.try_get(4)?;
        let columns = CaseColumns::of(case, opened_on, codec::truncate(last_activity))?;
        let mut params: Vec<&(dyn ToSql + Sync)> = vec![&id];
        params.extend(column_params(&columns));
        self.tx.execute(update_sql(), &params)?;
        let before = with_applied_serial(
            case_keys(&serial, &phone, email.as_deref(), &name),
            applied.as_deref(),
        );
        self.replace_keys(id, &before, &keys_of(case))
    }

    fn insert_payment(&mut self, case_id: i64, payment: &Payment) -> Result<()> {
        self.tx.execute(
            "INSERT INTO payments (case_id, minor, currency, paid_on, method)
             VALUES ($1, $2, $3, $4, $5)",
            &[
                &case_id,
                &payment.amount.minor,
                &payment.amount.currency.code(),
                &payment.paid_on,
                &payment.method,
            ],
        )?;
        Ok(())
    }

    fn record_event(&mut self, case_id: i64, event: &Event) -> Result<()> {
        let id = self.head.0 + 1;
        let at = codec::truncate(event.at);
        let from = event.from.map(|s| s.as_str());
        let args = codec::args_text(&event.args);
        let fields = EventFields {
            id,
            case_id,
            at: codec::micros(at),
            actor: &event.actor,
            from,
            to: event.to.as_str(),
            clause: &event.clause,
            note: &event.note,
            desk: &event.desk,
            code: &event.code,
            args: &args,
        };
        let hash = codec::event_hash(&self.head.1, &fields).to_vec();
        self.tx.execute(
            "INSERT INTO events (id, case_id, at, actor, from_state, to_state, clause, note, hash, desk,
                                 code, args)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
            &[
                &id,
                &case_id,
                &at,
                &event.actor,
                &from,
                &event.to.as_str(),
                &event.clause,
                &event.note,
                &hash,
                &event.desk,
                &event.code,
                &args,
            ],
        )?;
        // The change feed (`store::feed`): delivered to every listening desk when this
        // transaction commits, in commit order; nothing is sent if it rolls back.
        self.tx.execute(
            "SELECT pg_notify($1, $2)",
            &[&crate::store::feed::CHANNEL, &format!("{id} {case_id}")],
        )?;
        self.tx.execute(
            "UPDATE chain_head SET event_id = $1, hash = $2 WHERE id = 1",
            &[&id, &hash],
        )?;
        self.head = (id, hash);
        Ok(())
    }

    fn desk(&self) -> &str {
        self.desk
    }
}

impl PgStore {
    /// The one entry point of every step: see `Store::apply`. One transaction with the
    /// step's one event (two for a parcel whose application expires on the way).
    pub(crate) fn apply_step(
        &mut self,
        number: Option<&CaseNumber>,
        step: &Step,
        ctx: &StepContext,
        seen_events: Option<usize>,
    ) -> Result<Case> {
        let mut tx = self.client.get_mut().transaction()?;
        let case = flow::apply_step(
            &mut PgTx::begin(&mut tx, &self.desk)?,
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
        let mut tx = self.client.get_mut().transaction()?;
        let cases = flow::note_on(
            &mut PgTx::begin(&mut tx, &self.desk)?,
            numbers,
            clause,
            note,
            actor,
            now,
        )?;
        tx.commit()?;
        Ok(cases)
    }

    /// Opens a case: see `Store::create_case`. The number, the decision, the row, its
    /// search keys and the creation event in one transaction.
    pub(crate) fn create_case(
        &mut self,
        new: &NewCase,
        policy: &Policy,
        version: i64,
        actor: &str,
        now: DateTime<Utc>,
        client_id: Option<&str>,
    ) -> Result<Case> {
        let mut tx = self.client.get_mut().transaction()?;
        let case = flow::insert_new_case(
            &mut PgTx::begin(&mut tx, &self.desk)?,
            new,
            policy,
            version,
            actor,
            now,
            client_id,
        )?;
        tx.commit()?;
        Ok(case)
    }

    /// Imports checked applications in one transaction: all of them, or none (see
    /// `Store::import`; the parsing is shared, only the writing is here).
    pub(crate) fn import(
        &mut self,
        rows: &[ImportRow],
        policy: &Policy,
        version: i64,
        actor: &str,
        now: DateTime<Utc>,
        progress: &mut dyn FnMut(usize),
    ) -> Result<ImportReport, ImportError> {
        let mut tx = self
            .client
            .get_mut()
            .transaction()
            .map_err(StoreError::from)?;
        // A refused row returns before the commit: dropping the transaction rolls every
        // row back.
        let report = import_rows(
            &mut PgTx::begin(&mut tx, &self.desk)?,
            rows,
            policy,
            version,
            actor,
            now,
            progress,
        )?;
        tx.commit().map_err(StoreError::from)?;
        progress(rows.len());
        Ok(report)
    }

    /// The closed cases (a batch of them) whose last step was before `before` and
    /// whose personal data is still there.
    pub(crate) fn closed_with_personal_data(
        &mut self,
        before: DateTime<Utc>,
    ) -> Result<Vec<CaseNumber>> {
        let rows = self.client.get_mut().query(
            "SELECT number FROM cases
             WHERE state IN ('returned', 'rejected', 'expired', 'resolved_remotely')
                 AND last_activity < $1 AND customer_name <> $2
             ORDER BY id LIMIT $3",
            &[&before, &REMOVED, &(BATCH as i64)],
        )?;
        rows.iter()
            .map(|row| {
                let text: String = row.try_get(0)?;
                CaseNumber::parse(&text)
                    .ok_or_else(|| StoreError::corrupt(format!("case {text}"), "malformed number"))
            })
            .collect()
    }

    /// One case: its personal search keys go, its customer fields are blanked, and one
    /// event says so, in one transaction.
    pub(crate) fn forget(
        &mut self,
        number: &CaseNumber,
        months: u32,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let mut tx = self.client.get_mut().transaction()?;
        let mut writer = PgTx::begin(&mut tx, &self.desk)?;
        let (id, case) = writer
            .load_case(number)?
            .ok_or_else(|| StoreError::NotFound(number.clone()))?;
        // Only the serial stays searchable: it belongs to the device, not a person.
        writer.replace_keys(id, &keys_of(&case), &device_keys(&case))?;
        let handback = match &case.handback {
            Some(Handback::Collected { id_checked, .. }) => Some(Handback::Collected {
                by: REMOVED.to_string(),
                id_checked: *id_checked,
            }),
            other => other.clone(),
        };
        let handback_json = codec::opt_to_json(&handback, "handback")?;
        writer.tx.execute(
            "UPDATE cases SET customer_name = $1, phone = '', email = NULL, address = '',
                 return_address = NULL, handback = $2
             WHERE id = $3",
            &[&REMOVED, &handback_json, &id],
        )?;
        // A printing's recorded facts and changes name the customer and the collector.
        writer.tx.execute(
            "UPDATE documents SET facts = NULL, note = NULL
             WHERE case_id = $1 AND (facts IS NOT NULL OR note IS NOT NULL)",
            &[&id],
        )?;
        // The customer's messages name them and carry their address (docs/rules.md §11):
        // the record that a message went stays (moment, when, the server's reply), the
        // words and the address go. One still queued is not sent any more.
        writer.tx.execute(
            "UPDATE outbox SET recipient = '', subject = $2, body = '', error = NULL,
                 status = CASE WHEN status IN ('queued', 'sending') THEN 'failed' ELSE status END
             WHERE case_id = $1",
            &[&id, &REMOVED],
        )?;
        let state: State = case.state;
        let removed = crate::domain::Note::coded(
            "personal-data-removed",
            format!(
                "The customer's personal data was removed: the case closed more than {months} months ago (retention setting)."
            ),
        )
        .arg("months", months);
        writer.record_event(
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
        drop(writer);
        tx.commit()?;
        Ok(())
    }
}
