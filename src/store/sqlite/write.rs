//! Writing cases and events inside a transaction the caller holds.
//!
//! These are the only places that write `cases` and `events`; the transitions, the
//! import and the demo generator all go through them, so the hash chain and the search
//! keys are computed one way.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, ToSql};

use super::codec::{self, EventFields, GENESIS, date_text, opt_date_text, to_json};
use super::flow::WriteTx;
use super::keys::{case_keys, keys_of, with_applied_serial};
use super::{Result, StoreError};
use crate::domain::{Case, CaseNumber, Event, Payment};
use crate::store::columns::{COLUMN_NAMES, CaseColumns};
use crate::store::outbox::NewMessage;

/// A case's columns as SQLite values (everything but id, number and creation): the
/// engine-neutral [`CaseColumns`] with dates as `YYYY-MM-DD` text and instants as
/// microseconds, as this file has always kept them.
struct Columns {
    arrival: String,
    state: String,
    application_id: Option<String>,
    applied_on: Option<String>,
    received_on: Option<String>,
    opened_on: String,
    unsolicited: bool,
    customer_name: String,
    phone: String,
    email: Option<String>,
    address: String,
    return_address: Option<String>,
    model: String,
    serial: String,
    proof: String,
    fault: String,
    handover: String,
    keep_parts: bool,
    diagnosis: String,
    decision: Option<String>,
    verdict: Option<String>,
    policy_version: Option<i64>,
    decided_at: Option<i64>,
    parcel: Option<String>,
    quote: Option<String>,
    payment_notice_on: Option<String>,
    asked_on: Option<String>,
    replacement_serial: Option<String>,
    return_reason: Option<String>,
    handback: Option<String>,
    applied_serial: Option<String>,
    last_activity: i64,
    language: String,
}

pub(crate) use super::flow::opened_on;

impl Columns {
    fn of(case: &Case, opened: NaiveDate, last_activity: i64) -> Result<Self> {
        let c = CaseColumns::of(
            case,
            opened,
            codec::from_micros(last_activity, "the last activity")?,
        )?;
        Ok(Self {
            arrival: c.arrival,
            state: c.state,
            application_id: c.application_id,
            applied_on: opt_date_text(c.applied_on),
            received_on: opt_date_text(c.received_on),
            opened_on: date_text(c.opened_on),
            unsolicited: c.unsolicited,
            customer_name: c.customer_name,
            phone: c.phone,
            email: c.email,
            address: c.address,
            return_address: c.return_address,
            model: c.model,
            serial: c.serial,
            proof: c.proof,
            fault: c.fault,
            handover: c.handover,
            keep_parts: c.keep_parts,
            diagnosis: c.diagnosis,
            decision: c.decision,
            verdict: c.verdict,
            policy_version: c.policy_version,
            decided_at: c.decided_at.map(codec::micros),
            parcel: c.parcel,
            quote: c.quote,
            payment_notice_on: opt_date_text(c.payment_notice_on),
            asked_on: opt_date_text(c.asked_on),
            replacement_serial: c.replacement_serial,
            return_reason: c.return_reason,
            handback: c.handback,
            applied_serial: c.applied_serial,
            last_activity,
            language: c.language,
        })
    }

    fn params(&self) -> Vec<(&'static str, &dyn ToSql)> {
        vec![
            (":arrival", &self.arrival),
            (":state", &self.state),
            (":application_id", &self.application_id),
            (":applied_on", &self.applied_on),
            (":received_on", &self.received_on),
            (":opened_on", &self.opened_on),
            (":unsolicited", &self.unsolicited),
            (":customer_name", &self.customer_name),
            (":phone", &self.phone),
            (":email", &self.email),
            (":address", &self.address),
            (":return_address", &self.return_address),
            (":model", &self.model),
            (":serial", &self.serial),
            (":proof", &self.proof),
            (":fault", &self.fault),
            (":handover", &self.handover),
            (":keep_parts", &self.keep_parts),
            (":diagnosis", &self.diagnosis),
            (":decision", &self.decision),
            (":verdict", &self.verdict),
            (":policy_version", &self.policy_version),
            (":decided_at", &self.decided_at),
            (":parcel", &self.parcel),
            (":quote", &self.quote),
            (":payment_notice_on", &self.payment_notice_on),
            (":asked_on", &self.asked_on),
            (":replacement_serial", &self.replacement_serial),
            (":return_reason", &self.return_reason),
            (":handback", &self.handback),
            (":applied_serial", &self.applied_serial),
            (":last_activity", &self.last_activity),
            (":language", &self.language),
        ]
    }
}

fn insert_sql() -> &'static str {
    static SQL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    SQL.get_or_init(build_insert_sql)
}

fn build_insert_sql() -> String {
    let names = COLUMN_NAMES.join(", ");
    let values = COLUMN_NAMES
        .iter()
        .map(|n| format!(":{n}"))
        .collect::<Vec<_>>()
        .join(", ");
    format!(
        "INSERT INTO cases (number, year, sequence, created_at, demo, new_keys, folded, {names})
         VALUES (:number, :year, :sequence, :created_at, :demo, :new_keys, :folded, {values})"
    )
}

fn update_sql() -> &'static str {
    static SQL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    SQL.get_or_init(build_update_sql)
}

fn build_update_sql() -> String {
    let sets = COLUMN_NAMES
        .iter()
        .map(|n| format!("{n} = :{n}"))
        .collect::<Vec<_>>()
        .join(", ");
    format!("UPDATE cases SET {sets} WHERE id = :id")
}

/// The `tallies` row of a year's last case number.
pub(crate) fn year_tally(year: i32) -> String {
    format!("year {year}")
}

/// The `tallies` row of the chain's end (the newest event's id and hash).
pub(crate) const CHAIN_TALLY: &str = "chain";

/// Hands out the next case number of the year; numbers are never reused, even when
/// the transaction that took one is rolled back (the counter rolls back with it, and
/// no case ever carried the number).
pub(crate) fn next_number(conn: &Connection, year: i32) -> Result<CaseNumber> {
    let last: i64 = conn
        .prepare_cached(
            "INSERT INTO tallies (name, value) VALUES (?1, 1)
             ON CONFLICT (name) DO UPDATE SET value = value + 1
             RETURNING value",
        )?
        .query_row([year_tally(year)], |row| row.get(0))?;
    let sequence = u32::try_from(last)
        .map_err(|_| StoreError::corrupt("the case number counter", last.to_string()))?;
    Ok(CaseNumber::new(year, sequence))
}

/// A new case row ready to insert: everything encoded, nothing borrowed, so it can be
/// made on one thread and written on another (the demo generator does).
pub(crate) struct NewRow {
    columns: Columns,
    /// Its `search_keys` keys.
    keys: Vec<String>,
    number: String,
    year: i32,
    sequence: i64,
    created_at: i64,
    demo: bool,
}

pub(crate) fn new_row(
    case: &Case,
    created_at: i64,
    last_activity: i64,
    demo: bool,
) -> Result<NewRow> {
    let fallback = codec::from_micros(created_at, "the creation time")?.date_naive();
    Ok(NewRow {
        columns: Columns::of(case, opened_on(case, fallback), last_activity)?,
        keys: keys_of(case),
        number: case.number.as_str().to_string(),
        year: case.number.year(),
        sequence: i64::from(case.number.sequence()),
        created_at,
        demo,
    })
}

/// Where a new case's search keys go.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum KeysInto {
    /// Kept in the case row (`cases.new_keys`), to be folded into `search_keys` later:
    /// no page beyond the row's own (see schema migration 4).
    Row,
    /// Straight into `search_keys` (a bulk load into a database that has cases).
    Index,
    /// Into `temp.search_keys_staging`, for a bulk load that fills `search_keys` in key
    /// order at the end (see the demo generator).
    Staging,
}

/// Inserts a new case row; returns its id. The number must come from [`next_number`].
pub(crate) fn insert_case(
    conn: &Connection,
    case: &Case,
    created_at: i64,
    last_activity: i64,
    demo: bool,
) -> Result<i64> {
    insert_row(
        conn,
        &new_row(case, created_at, last_activity, demo)?,
        KeysInto::Row,
    )
}

/// Writes one case's search keys to `search_keys` or the bulk load's staging table.
fn insert_keys(conn: &Connection, id: i64, keys: &[String], into: KeysInto) -> Result<()> {
    let mut stmt = conn.prepare_cached(match into {
        KeysInto::Row => return Ok(()),
        KeysInto::Index => "INSERT OR IGNORE INTO search_keys (key, case_id) VALUES (?1, ?2)",
        KeysInto::Staging => "INSERT INTO temp.search_keys_staging (key, case_id) VALUES (?1, ?2)",
    })?;
    for key in keys {
        stmt.execute(rusqlite::params![key, id])?;
    }
    Ok(())
}

/// Keys as `cases.new_keys` holds them: a JSON array of strings.
fn keys_json(keys: &[String]) -> Result<String> {
    to_json(&keys, "the search keys")
}

pub(crate) fn insert_row(conn: &Connection, row: &NewRow, keys: KeysInto) -> Result<i64> {
    let mut params = row.columns.params();
    params.push((":number", &row.number));
    params.push((":year", &row.year));
    params.push((":sequence", &row.sequence));
    params.push((":created_at", &row.created_at));
    params.push((":demo", &row.demo));
    let new_keys = match keys {
        KeysInto::Row => Some(keys_json(&row.keys)?),
        KeysInto::Index | KeysInto::Staging => None,
    };
    params.push((":new_keys", &new_keys));
    // A case saved by hand waits for the fold to enter the queue and activity indexes
    // (schema migration 6); a bulk load's cases are entered as they are written.
    let folded = new_keys.is_none();
    params.push((":folded", &folded));
    let mut stmt = conn.prepare_cached(insert_sql())?;
    stmt.execute(params.as_slice()).map_err(|err| {
        if is_unique_violation(&err, "application_id") {
            StoreError::invalid("application_id", crate::store::write::on_file())
        } else {
            err.into()
        }
    })?;
    let id = conn.last_insert_rowid();
    insert_keys(conn, id, &row.keys, keys)?;
    Ok(id)
}

pub(crate) fn is_unique_violation(err: &rusqlite::Error, column: &str) -> bool {
    matches!(err, rusqlite::Error::SqliteFailure(e, Some(msg))
        if e.code == rusqlite::ErrorCode::ConstraintViolation && msg.contains(column))
}

/// Rewrites a case row from the case as it now stands.
pub(crate) fn update_case(
    conn: &Connection,
    id: i64,
    case: &Case,
    opened: NaiveDate,
    last_activity: i64,
) -> Result<()> {
    // The keys it had: a step that corrects the customer's details or the serial moves
    // the case's search keys with them.
    type Before = (String, String, String, Option<String>, Option<String>);
    let (name, serial, phone, email, applied): Before = conn
        .prepare_cached(
            "SELECT customer_name, serial, phone, email, applied_serial FROM cases WHERE id = ?1",
        )?
        .query_row([id], |row| {
            Ok((
                row.get(0)?,
                row.get(1)?,
                row.get(2)?,
                row.get(3)?,
                row.get(4)?,
            ))
        })?;
    let columns = Columns::of(case, opened, last_activity)?;
    let mut params = columns.params();
    params.push((":id", &id));
    let mut stmt = conn.prepare_cached(update_sql())?;
    stmt.execute(params.as_slice())?;
    let before = with_applied_serial(
        case_keys(&serial, &phone, email.as_deref(), &name),
        applied.as_deref(),
    );
    replace_keys(conn, id, &before, &keys_of(case))
}

/// Gives a case the search keys `after` in place of `before`: in its row while they
/// wait to be folded, else in `search_keys` (only the keys that changed).
pub(crate) fn replace_keys(
    conn: &Connection,
    id: i64,
    before: &[String],
    after: &[String],
) -> Result<()> {
    if before == after {
        return Ok(());
    }
    let waiting: bool = conn
        .prepare_cached("SELECT new_keys IS NOT NULL FROM cases WHERE id = ?1")?
        .query_row([id], |row| row.get(0))?;
    if waiting {
        conn.prepare_cached("UPDATE cases SET new_keys = ?2 WHERE id = ?1")?
            .execute(rusqlite::params![id, keys_json(after)?])?;
        return Ok(());
    }
    let mut delete =
        conn.prepare_cached("DELETE FROM search_keys WHERE key = ?1 AND case_id = ?2")?;
    for key in before.iter().filter(|k| !after.contains(k)) {
        delete.execute(rusqlite::params![key, id])?;
    }
    let added: Vec<String> = after
        .iter()
        .filter(|k| !before.contains(k))
        .cloned()
        .collect();
    insert_keys(conn, id, &added, KeysInto::Index)
}

/// The newest event's id and hash (the chain's end), or `(0, GENESIS)` before the first.
pub(crate) fn chain_end(conn: &Connection) -> Result<(i64, Vec<u8>)> {
    Ok(conn
        .prepare_cached("SELECT id, hash FROM events ORDER BY id DESC LIMIT 1")?
        .query_row([], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?
        .unwrap_or((0, GENESIS.to_vec())))
}

/// Appends one event to the chain. `previous` is the chain's end as read in this same
/// transaction; returns the new end.
pub(crate) fn append_event(
    conn: &Connection,
    previous: (i64, &[u8]),
    case_id: i64,
    event: &Event,
) -> Result<(i64, [u8; 32])> {
    let id = previous.0 + 1;
    let at = codec::micros(event.at);
    let from = event.from.map(|s| s.as_str());
    let args = codec::args_text(&event.args);
    let fields = EventFields {
        id,
        case_id,
        at,
        actor: &event.actor,
        from,
        to: event.to.as_str(),
        clause: &event.clause,
        note: &event.note,
        desk: &event.desk,
        code: &event.code,
        args: &args,
    };
    let hash = codec::event_hash(previous.1, &fields);
    conn.prepare_cached(
        "INSERT INTO events (id, case_id, at, actor, from_state, to_state, clause, note, hash, desk,
                             code, args)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?
    .execute(rusqlite::params![
        id,
        case_id,
        at,
        event.actor,
        from,
        event.to.as_str(),
        event.clause,
        event.note,
        hash.as_slice(),
        event.desk,
        event.code,
        args,
    ])?;
    Ok((id, hash))
}

/// Records the chain's end so that removing the newest events is detectable too.
pub(crate) fn set_chain_head(conn: &Connection, id: i64, hash: &[u8]) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO tallies (name, value, hash) VALUES (?1, ?2, ?3)
         ON CONFLICT (name) DO UPDATE SET value = excluded.value, hash = excluded.hash",
    )?
    .execute(rusqlite::params![CHAIN_TALLY, id, hash])?;
    Ok(())
}

/// Appends one event and moves the chain head, reading the end in this transaction.
pub(crate) fn record_event(conn: &Connection, case_id: i64, event: &Event) -> Result<()> {
    let (last_id, last_hash) = chain_end(conn)?;
    let (id, hash) = append_event(conn, (last_id, &last_hash), case_id, event)?;
    set_chain_head(conn, id, &hash)
}

/// The shared writing flow (`store::flow`) on a SQLite transaction. SQLite's writing
/// transactions are `IMMEDIATE`: the whole database is this writer's until commit, so
/// loading a case locks it as the flow expects.
pub(crate) struct SqliteTx<'c>(pub(crate) &'c Connection, pub(crate) &'c str);

impl WriteTx for SqliteTx<'_> {
    fn settings_json(&mut self) -> Result<Option<String>> {
        super::outbox::settings_json(self.0)
    }

    fn queue_message(&mut self, case_id: i64, message: &NewMessage) -> Result<()> {
        super::outbox::queue(self.0, self.1, case_id, message)
    }

    fn hold_messages(&mut self, case_id: i64, reason: &str) -> Result<()> {
        self.0
            .prepare_cached(
                "UPDATE outbox SET status = 'failed', error = ?2
                 WHERE case_id = ?1 AND status = 'queued'",
            )?
            .execute(rusqlite::params![case_id, reason])?;
        Ok(())
    }

    fn set_payment_notice(&mut self, case_id: i64, notice_on: NaiveDate) -> Result<()> {
        self.0
            .prepare_cached("UPDATE cases SET payment_notice_on = ?1 WHERE id = ?2")?
            .execute(rusqlite::params![date_text(notice_on), case_id])?;
        Ok(())
    }

    fn load_case(&mut self, number: &CaseNumber) -> Result<Option<(i64, Case)>> {
        super::read::load_case(self.0, number)
    }

    fn application_case(&mut self, application_id: &str) -> Result<Option<CaseNumber>> {
        let number: Option<String> = self
            .0
            .prepare_cached("SELECT number FROM cases WHERE application_id = ?1")?
            .query_row([application_id], |row| row.get(0))
            .optional()?;
        Ok(number.and_then(|n| CaseNumber::parse(&n)))
    }

    fn next_number(&mut self, year: i32) -> Result<CaseNumber> {
        next_number(self.0, year)
    }

    fn insert_case(&mut self, case: &Case, created_at: DateTime<Utc>) -> Result<i64> {
        let micros = codec::micros(created_at);
        insert_case(self.0, case, micros, micros, false)
    }

    fn update_case(
        &mut self,
        id: i64,
        case: &Case,
        opened_on: NaiveDate,
        last_activity: DateTime<Utc>,
    ) -> Result<()> {
        update_case(self.0, id, case, opened_on, codec::micros(last_activity))
    }

    fn insert_payment(&mut self, case_id: i64, payment: &Payment) -> Result<()> {
        self.0
            .prepare_cached(
                "INSERT INTO payments (case_id, minor, currency, paid_on, method)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(rusqlite::params![
                case_id,
                payment.amount.minor,
                payment.amount.currency.code(),
                codec::date_text(payment.paid_on),
                payment.method,
            ])?;
        Ok(())
    }

    fn record_event(&mut self, case_id: i64, event: &Event) -> Result<()> {
        record_event(self.0, case_id, event)
    }

    fn desk(&self) -> &str {
        self.1
    }
}
