//! Reading cases whole: one case, or many in bulk (a fixed number of queries however
//! many cases, so a month of 20,000 cases loads in well under a second).

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate};
use rusqlite::{Connection, OptionalExtension, Row};

use super::codec::{self, from_json, from_micros, opt_from_json, parse_date, parse_opt_date};
use super::fold::{EVENTS_FOLDED_TALLY, folded_and_new, mark};
use super::{CaseSummary, Result, SqliteStore, StoreError};
use crate::domain::case::{
    DocumentKind, Handback, ParcelRecord, PrintedDocument, RecordedDecision, next_deadline,
};
use crate::domain::{
    Arrival, Case, CaseNumber, CaseOutline, Currency, Customer, Device, Event, Money, Payment,
    ReturnReason, State,
};
use crate::store::columns::{OUTLINE_COLUMN_NAMES, OutlineColumns, move_of, paid_of};
use crate::store::feed::{Change, ChangeRow};

/// The columns [`case_from_row`] reads, in its order.
pub(crate) const CASE_COLUMNS: &str = "c.id, c.number, c.arrival, c.state, c.application_id, \
    c.applied_on, c.received_on, c.unsolicited, c.customer_name, c.phone, c.email, c.address, \
    c.return_address, c.model, c.serial, c.proof, c.fault, c.handover, c.keep_parts, \
    c.diagnosis, c.decision, c.policy_version, c.decided_at, c.parcel, c.quote, \
    c.payment_notice_on, c.asked_on, c.replacement_serial, c.return_reason, c.handback, \
    c.applied_serial, c.language";

/// One `cases` row as a case without its lists (events, payments, documents, photos).
pub(crate) fn case_from_row(row: &Row<'_>) -> Result<(i64, Case)> {
    let id: i64 = row.get(0)?;
    let number_text: String = row.get(1)?;
    let what = format!("case {number_text}");
    let number = CaseNumber::parse(&number_text)
        .ok_or_else(|| StoreError::corrupt(&what, "the case number is malformed"))?;
    let arrival_text: String = row.get(2)?;
    let arrival = Arrival::parse(&arrival_text)
        .ok_or_else(|| StoreError::corrupt(&what, format!("arrival '{arrival_text}'")))?;
    let state = codec::parse_state(&row.get::<_, String>(3)?, &what)?;
    let decision: Option<String> = row.get(20)?;
    let decision = match decision {
        Some(json) => {
            let policy_version: Option<i64> = row.get(21)?;
            let decided_at: Option<i64> = row.get(22)?;
            Some(RecordedDecision {
                decision: from_json(&json, &what)?,
                policy_version: policy_version.unwrap_or(1),
                decided_at: from_micros(decided_at.unwrap_or_default(), &what)?,
            })
        }
        None => None,
    };
    let return_reason: Option<String> = row.get(28)?;
    let return_reason = return_reason
        .map(|word| {
            ReturnReason::parse(&word)
                .ok_or_else(|| StoreError::corrupt(&what, format!("return reason '{word}'")))
        })
        .transpose()?;
    let parcel: Option<ParcelRecord> = opt_from_json(row.get(23)?, &what)?;
    let handback: Option<Handback> = opt_from_json(row.get(29)?, &what)?;
    let case = Case {
        number,
        arrival,
        state,
        application_id: row.get(4)?,
        applied_on: parse_opt_date(row.get(5)?, &what)?,
        received_on: parse_opt_date(row.get(6)?, &what)?,
        unsolicited: row.get(7)?,
        customer: Customer {
            name: row.get(8)?,
            phone: row.get(9)?,
            email: row.get(10)?,
            address: row.get(11)?,
            return_address: row.get(12)?,
            language: crate::store::columns::language_of(&row.get::<_, String>(31)?, &what)?,
        },
        device: Device {
            model: row.get(13)?,
            serial: row.get(14)?,
        },
        applied_serial: row.get(30)?,
        proof: from_json(&row.get::<_, String>(15)?, &what)?,
        fault: row.get(16)?,
        handover: from_json(&row.get::<_, String>(17)?, &what)?,
        keep_parts: row.get(18)?,
        diagnosis: from_json(&row.get::<_, String>(19)?, &what)?,
        decision,
        parcel,
        quote: opt_from_json(row.get(24)?, &what)?,
        payment_notice_on: parse_opt_date(row.get(25)?, &what)?,
        asked_on: parse_opt_date(row.get(26)?, &what)?,
        payments: Vec::new(),
        replacement_serial: row.get(27)?,
        return_reason,
        handback,
        documents: Vec::new(),
        photos: Vec::new(),
        events: Vec::new(),
    };
    Ok((id, case))
}

/// Where the lists of the cases come from: one case, or the ids in `temp.wanted`.
#[derive(Clone, Copy)]
enum Scope {
    One(i64),
    Wanted,
}

impl Scope {
    fn sql(self, table: &str, columns: &str) -> String {
        match self {
            Scope::One(_) => {
                format!(
                    "SELECT t.case_id, {columns} FROM {table} t WHERE t.case_id = ?1 ORDER BY t.id"
                )
            }
            // CROSS JOIN fixes the loop order: the wanted ids outside, each one's rows
            // found through the `case_id` index — never a scan of the whole table.
            Scope::Wanted => format!(
                "SELECT t.case_id, {columns} FROM temp.wanted w CROSS JOIN {table} t ON t.case_id = w.id ORDER BY w.id, t.id"
            ),
        }
    }

    /// A case's events in order: those folded into `event_cases`, then the few newer
    /// ones from the end of `events` (see schema migration 5). Columns as
    /// [`event_from_row`] reads them, with the event id last.
    fn events_sql(self) -> String {
        self.events_sql_of(EVENT_COLUMNS)
    }

    /// [`Self::events_sql`] with other columns of `events t`: the case id, `columns`,
    /// then the event id.
    fn events_sql_of(self, columns: &str) -> String {
        // The event id's place, for ORDER BY: after the case id and the columns.
        let id_at = columns.split(',').count() + 2;
        let newer = format!("t.id > {}", mark(EVENTS_FOLDED_TALLY));
        // The folded side names its case and event by `w.id`/`x.case_id` and `x.id`, so
        // SQLite sees it already runs in (case, event) order and merges without sorting.
        match self {
            Scope::One(_) => format!(
                "SELECT x.case_id, {columns}, x.id
                 FROM event_cases x CROSS JOIN events t ON t.id = x.id
                 WHERE x.case_id = ?1
                 UNION ALL
                 SELECT t.case_id, {columns}, t.id FROM events t
                 WHERE {newer} AND t.case_id = ?1
                 ORDER BY {id_at}"
            ),
            Scope::Wanted => format!(
                "SELECT w.id, {columns}, x.id
                 FROM temp.wanted w CROSS JOIN event_cases x ON x.case_id = w.id
                     CROSS JOIN events t ON t.id = x.id
                 UNION ALL
                 SELECT t.case_id, {columns}, t.id FROM events t
                 WHERE {newer} AND t.case_id IN (SELECT id FROM temp.wanted)
                 ORDER BY 1, {id_at}"
            ),
        }
    }

    fn params(self) -> Vec<i64> {
        match self {
            Scope::One(id) => vec![id],
            Scope::Wanted => Vec::new(),
        }
    }
}

/// The columns of `events t` [`event_from_row`] reads.
const EVENT_COLUMNS: &str =
    "t.at, t.actor, t.from_state, t.to_state, t.clause, t.note, t.desk, t.code, t.args";

fn event_from_row(row: &Row<'_>, what: &str) -> Result<Event> {
    let from: Option<String> = row.get(3)?;
    Ok(Event {
        at: from_micros(row.get(1)?, what)?,
        actor: row.get(2)?,
        from: from.map(|f| codec::parse_state(&f, what)).transpose()?,
        to: codec::parse_state(&row.get::<_, String>(4)?, what)?,
        clause: row.get(5)?,
        note: row.get(6)?,
        desk: row.get(7)?,
        code: row.get(8)?,
        args: codec::parse_args(&row.get::<_, String>(9)?, what)?,
    })
}

/// Fills events, payments, documents and photos: one query each for all the cases.
fn load_lists(
    conn: &Connection,
    cases: &mut [Case],
    index: &HashMap<i64, usize>,
    scope: Scope,
) -> Result<()> {
    let params = scope.params();
    let params = rusqlite::params_from_iter(params.iter());
    let mut stmt = conn.prepare_cached(&scope.events_sql())?;
    let mut rows = stmt.query(params)?;
    while let Some(row) = rows.next()? {
        let case_id: i64 = row.get(0)?;
        if let Some(&i) = index.get(&case_id) {
            let what = format!("an event of case {}", cases[i].number);
            let event = event_from_row(row, &what)?;
            cases[i].events.push(event);
        }
    }

    let params = scope.params();
    let mut stmt =
        conn.prepare_cached(&scope.sql("payments", "t.minor, t.currency, t.paid_on, t.method"))?;
    let mut rows = stmt.query(rusqlite::params_from_iter(params.iter()))?;
    while let Some(row) = rows.next()? {
        let case_id: i64 = row.get(0)?;
        if let Some(&i) = index.get(&case_id) {
            let what = format!("a payment of case {}", cases[i].number);
            let code: String = row.get(2)?;
            let currency = Currency::new(&code).map_err(|err| StoreError::corrupt(&what, err))?;
            let payment = Payment {
                amount: Money::new(row.get(1)?, currency),
                paid_on: parse_date(&row.get::<_, String>(3)?, &what)?,
                method: row.get(4)?,
            };
            cases[i].payments.push(payment);
        }
    }

    let params = scope.params();
    let mut stmt = conn.prepare_cached(&scope.sql(
        "documents",
        "t.kind, t.at, t.actor, t.file, t.facts, t.note",
    ))?;
    let mut rows = stmt.query(rusqlite::params_from_iter(params.iter()))?;
    while let Some(row) = rows.next()? {
        let case_id: i64 = row.get(0)?;
        if let Some(&i) = index.get(&case_id) {
            let what = format!("a document of case {}", cases[i].number);
            let kind: String = row.get(1)?;
            let kind = DocumentKind::parse(&kind)
                .ok_or_else(|| StoreError::corrupt(&what, format!("kind '{kind}'")))?;
            let document = PrintedDocument {
                kind,
                at: from_micros(row.get(2)?, &what)?,
                by: row.get(3)?,
                file: row.get(4)?,
                facts: match row.get::<_, Option<String>>(5)? {
                    Some(json) => serde_json::from_str(&json)
                        .map_err(|err| StoreError::corrupt(&what, format!("facts: {err}")))?,
                    None => Vec::new(),
                },
                note: row.get(6)?,
            };
            cases[i].documents.push(document);
        }
    }

    let params = scope.params();
    let mut stmt = conn.prepare_cached(&scope.sql("photos", "t.file_name"))?;
    let mut rows = stmt.query(rusqlite::params_from_iter(params.iter()))?;
    while let Some(row) = rows.next()? {
        let case_id: i64 = row.get(0)?;
        if let Some(&i) = index.get(&case_id) {
            cases[i].photos.push(row.get(1)?);
        }
    }
    Ok(())
}

/// Reads one case whole by number, on any connection (or transaction).
pub(crate) fn load_case(conn: &Connection, number: &CaseNumber) -> Result<Option<(i64, Case)>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {CASE_COLUMNS} FROM cases c WHERE c.number = ?1"
    ))?;
    let mut rows = stmt.query([number.as_str()])?;
    let Some(row) = rows.next()? else {
        return Ok(None);
    };
    let (id, case) = case_from_row(row)?;
    let mut cases = [case];
    let index = HashMap::from([(id, 0)]);
    load_lists(conn, &mut cases, &index, Scope::One(id))?;
    let [case] = cases;
    Ok(Some((id, case)))
}

/// Reads every case whose id is in `temp.wanted`, ordered by case id.
fn load_wanted(conn: &Connection) -> Result<Vec<Case>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {CASE_COLUMNS} FROM temp.wanted w CROSS JOIN cases c ON c.id = w.id ORDER BY w.id"
    ))?;
    let mut rows = stmt.query([])?;
    let mut cases = Vec::new();
    let mut index = HashMap::new();
    while let Some(row) = rows.next()? {
        let (id, case) = case_from_row(row)?;
        index.insert(id, cases.len());
        cases.push(case);
    }
    drop(rows);
    load_lists(conn, &mut cases, &index, Scope::Wanted)?;
    Ok(cases)
}

/// The outlines of every case whose id is in `temp.wanted`, ordered by case id: their
/// outline columns, then their events' moves and their payments, one query each.
fn load_wanted_outlines(conn: &Connection) -> Result<Vec<CaseOutline>> {
    let columns: Vec<String> = OUTLINE_COLUMN_NAMES
        .iter()
        .map(|n| format!("c.{n}"))
        .collect();
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT c.id, {} FROM temp.wanted w CROSS JOIN cases c ON c.id = w.id ORDER BY w.id",
        columns.join(", ")
    ))?;
    let mut rows = stmt.query([])?;
    let mut ids: Vec<i64> = Vec::new();
    let mut numbers: Vec<String> = Vec::new();
    let mut outlines: Vec<CaseOutline> = Vec::new();
    while let Some(row) = rows.next()? {
        let number: String = row.get(1)?;
        let what = || format!("case {number}");
        let values = OutlineColumns {
            arrival: row.get(2)?,
            state: row.get(3)?,
            received_on: date_or_damage(row.get(4)?, what)?,
            unsolicited: row.get(5)?,
            model: row.get(6)?,
            diagnosis: row.get(7)?,
            decision: row.get(8)?,
            parcel: row.get(9)?,
            quote: row.get(10)?,
            payment_notice_on: date_or_damage(row.get(11)?, what)?,
            return_reason: row.get(12)?,
            number: number.clone(),
        };
        ids.push(row.get(0)?);
        numbers.push(number);
        outlines.push(values.into_outline()?);
    }
    drop(rows);
    if outlines.is_empty() {
        return Ok(outlines);
    }
    // `ids` is ascending: a case's place is found by binary search, no map to build.
    let place = |case_id: i64| ids.binary_search(&case_id).ok();
    let mut stmt = conn
        .prepare_cached(&Scope::Wanted.events_sql_of("t.at, t.from_state, t.to_state, t.clause"))?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        if let Some(i) = place(row.get(0)?) {
            let case = || format!("case {}", numbers[i]);
            let from: Option<String> = row.get(2)?;
            let to: String = row.get(3)?;
            let at: i64 = row.get(1)?;
            let at = DateTime::from_timestamp_micros(at).ok_or_else(|| {
                StoreError::corrupt(
                    format!("an event of {}", case()),
                    format!("{at} is not a time"),
                )
            })?;
            let event = move_of(at, from.as_deref(), &to, row.get(4)?, case)?;
            outlines[i].moves.push(event);
        }
    }
    drop(rows);
    let mut stmt =
        conn.prepare_cached(&Scope::Wanted.sql("payments", "t.minor, t.currency, t.paid_on"))?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        if let Some(i) = place(row.get(0)?) {
            let case = || format!("case {}", numbers[i]);
            let currency: String = row.get(2)?;
            let paid_on = date_or_damage(row.get(3)?, || format!("a payment of {}", case()))?
                .ok_or_else(|| {
                    StoreError::corrupt(format!("a payment of {}", case()), "no date")
                })?;
            let paid = paid_of(row.get(1)?, &currency, paid_on, case)?;
            outlines[i].payments.push(paid);
        }
    }
    Ok(outlines)
}

/// A stored date read back; `what` names the record in a message, and is only asked for
/// when the text is not a date.
fn date_or_damage(text: Option<String>, what: impl Fn() -> String) -> Result<Option<NaiveDate>> {
    text.map(|text| {
        NaiveDate::parse_from_str(&text, "%Y-%m-%d")
            .map_err(|_| StoreError::corrupt(what(), format!("'{text}' is not a date")))
    })
    .transpose()
}

/// The summary columns, for [`summary_from_row`].
pub(crate) const SUMMARY_COLUMNS: &str = "c.number, c.customer_name, c.model, c.serial, c.state, \
    c.arrival, c.opened_on, c.last_activity, c.applied_on, c.asked_on, c.payment_notice_on";

pub(crate) fn summary_from_row(row: &Row<'_>, answer_days: u32) -> Result<CaseSummary> {
    let number_text: String = row.get(0)?;
    let what = format!("case {number_text}");
    let number = CaseNumber::parse(&number_text)
        .ok_or_else(|| StoreError::corrupt(&what, "the case number is malformed"))?;
    let state = codec::parse_state(&row.get::<_, String>(4)?, &what)?;
    let arrival_text: String = row.get(5)?;
    let arrival = Arrival::parse(&arrival_text)
        .ok_or_else(|| StoreError::corrupt(&what, format!("arrival '{arrival_text}'")))?;
    let applied_on = parse_opt_date(row.get(8)?, &what)?;
    let asked_on = parse_opt_date(row.get(9)?, &what)?;
    let payment_notice_on = parse_opt_date(row.get(10)?, &what)?;
    Ok(CaseSummary {
        number,
        customer_name: row.get(1)?,
        model: row.get(2)?,
        serial: row.get(3)?,
        state,
        arrival,
        opened_on: parse_date(&row.get::<_, String>(6)?, &what)?,
        last_activity: from_micros(row.get(7)?, &what)?,
        next_deadline: next_deadline(state, applied_on, asked_on, payment_notice_on, answer_days),
    })
}

impl SqliteStore {
    /// The newest event's id (0 before the first): where a change feed starts.
    pub(crate) fn last_event_id(&self) -> Result<i64> {
        Ok(self
            .conn
            .prepare_cached("SELECT coalesce(max(id), 0) FROM events")?
            .query_row([], |row| row.get(0))?)
    }

    /// Up to `limit` events after the id `after`, oldest first, with their case's
    /// number: the change feed (`store::feed`).
    pub(crate) fn events_after(&self, after: i64, limit: usize) -> Result<Vec<Change>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.id, c.number, e.from_state, e.to_state, e.clause, e.at, e.desk, e.actor
             FROM events e JOIN cases c ON c.id = e.case_id
             WHERE e.id > ?1 ORDER BY e.id LIMIT ?2",
        )?;
        let mut rows = stmt.query(rusqlite::params![
            after,
            i64::try_from(limit).unwrap_or(i64::MAX)
        ])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(0)?;
            out.push(
                ChangeRow {
                    id,
                    number: row.get(1)?,
                    from: row.get(2)?,
                    to: row.get(3)?,
                    clause: row.get(4)?,
                    at: from_micros(row.get(5)?, &format!("event {id}"))?,
                    desk: row.get(6)?,
                    person: row.get(7)?,
                }
                .change()?,
            );
        }
        Ok(out)
    }

    /// A case read whole: customer, device, proof, accessories, decision, quote,
    /// payments, documents printed, photos and its events in order.
    pub fn case(&self, number: &CaseNumber) -> Result<Option<Case>> {
        Ok(load_case(&self.conn, number)?.map(|(_, case)| case))
    }

    /// The devices going back — repaired (`ready`) or unrepaired (`to_return`) — the
    /// longest waiting first, each with why it goes back: the dispatch queue.
    pub fn dispatch_queue(&self, limit: usize) -> Result<Vec<(CaseSummary, Option<ReturnReason>)>> {
        let answer_days = self.answer_days()?;
        // Ordered by activity (column 8) then id (13), oldest first.
        let mut stmt = self.conn.prepare_cached(&format!(
            "{} ORDER BY 8, 13 LIMIT ?1",
            folded_and_new(
                &format!("{SUMMARY_COLUMNS}, c.return_reason, c.id"),
                "c.state IN ('ready', 'to_return')"
            )
        ))?;
        let mut rows = stmt.query(rusqlite::params![limit as i64])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            let summary = summary_from_row(row, answer_days)?;
            let reason: Option<String> = row.get(11)?;
            let reason = match reason {
                Some(word) => Some(ReturnReason::parse(&word).ok_or_else(|| {
                    StoreError::corrupt(format!("case {}", summary.number), "unknown return reason")
                })?),
                None => None,
            };
            out.push((summary, reason));
        }
        Ok(out)
    }

    /// Cases in one state, most recent activity first (the screens' queues).
    pub fn cases_in_state(&self, state: State, limit: usize) -> Result<Vec<CaseSummary>> {
        let answer_days = self.answer_days()?;
        // Ordered by activity (column 8) then id (12), newest first.
        let mut stmt = self.conn.prepare_cached(&format!(
            "{} ORDER BY 8 DESC, 12 DESC LIMIT ?2",
            folded_and_new(&format!("{SUMMARY_COLUMNS}, c.id"), "c.state = ?1")
        ))?;
        let mut rows = stmt.query(rusqlite::params![state.as_str(), limit as i64])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            out.push(summary_from_row(row, answer_days)?);
        }
        Ok(out)
    }

    /// Every case of this serial number (and of cases whose replacement unit carries
    /// it), oldest first: repeat repairs of one device.
    pub fn serial_history(&self, serial: &str) -> Result<Vec<Case>> {
        let key = super::keys::serial_key(serial);
        if key.is_empty() {
            return Ok(Vec::new());
        }
        self.load_where(
            "SELECT case_id FROM every_search_key WHERE key = 's' || ?1
             UNION SELECT id FROM cases WHERE replacement_serial = ?2",
            rusqlite::params![key, serial.trim()],
        )
    }

    /// For the monthly report: every case that can count in `[from, to]` — loaded in
    /// bulk; `report::monthly` then decides from each case's own history what counts:
    /// - every case with at least one event in the month (whole days, UTC);
    /// - every case with a payment dated in the month (a payment may be recorded later);
    /// - every case still in `awaiting_payment` opened on or before `to`, and every case
    ///   whose payment notice falls in the three months before `to`: a case overdue at
    ///   the month's end (2.6) may have been paid or sent back since, with no event in
    ///   the month itself. Overdue cases go back within days in practice, so three
    ///   months bounds the look-back without missing them.
    pub fn cases_for_report(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<Case>> {
        self.want_report_cases(from, to)?;
        let cases = load_wanted(&self.conn);
        self.conn.execute_batch("DELETE FROM temp.wanted;")?;
        cases
    }

    /// The outlines of the same cases as [`Self::cases_for_report`]: only what the
    /// report reads.
    pub fn outlines_for_report(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<CaseOutline>> {
        self.want_report_cases(from, to)?;
        let outlines = load_wanted_outlines(&self.conn);
        self.conn.execute_batch("DELETE FROM temp.wanted;")?;
        outlines
    }

    /// Fills `temp.wanted` with the ids of the cases that can count in `[from, to]`.
    fn want_report_cases(&self, from: NaiveDate, to: NaiveDate) -> Result<()> {
        let start = day_start_micros(from);
        let end = day_start_micros(to.succ_opt().unwrap_or(to));
        let notices_from = to
            .checked_sub_months(chrono::Months::new(3))
            .unwrap_or(from);
        let states: Vec<String> = State::ALL
            .iter()
            .map(|state| format!("'{}'", state.as_str()))
            .collect();
        self.want(
            &format!(
                "SELECT case_id FROM event_times WHERE at >= ?1 AND at < ?2
                 UNION SELECT case_id FROM events
                     WHERE id > {} AND at >= ?1 AND at < ?2
                 UNION SELECT case_id FROM payments WHERE paid_on >= ?4 AND paid_on <= ?3
                 UNION {}
                 UNION SELECT id FROM cases WHERE state IN ({})
                     AND payment_notice_on >= ?5 AND payment_notice_on <= ?3",
                mark(EVENTS_FOLDED_TALLY),
                folded_and_new("c.id", "c.state = 'awaiting_payment' AND c.opened_on <= ?3"),
                states.join(", ")
            ),
            rusqlite::params![
                start,
                end,
                codec::date_text(to),
                codec::date_text(from),
                codec::date_text(notices_from)
            ],
        )
    }

    /// Loads the cases whose ids the query selects, in bulk.
    pub(crate) fn load_where(
        &self,
        ids_sql: &str,
        params: impl rusqlite::Params,
    ) -> Result<Vec<Case>> {
        self.want(ids_sql, params)?;
        let cases = load_wanted(&self.conn);
        self.conn.execute_batch("DELETE FROM temp.wanted;")?;
        cases
    }

    /// Puts the ids the query selects, and only those, into `temp.wanted`.
    fn want(&self, ids_sql: &str, params: impl rusqlite::Params) -> Result<()> {
        self.conn.execute_batch(
            "CREATE TEMP TABLE IF NOT EXISTS wanted (id INTEGER PRIMARY KEY);
             DELETE FROM temp.wanted;",
        )?;
        self.conn.execute(
            &format!("INSERT OR IGNORE INTO temp.wanted (id) {ids_sql}"),
            params,
        )?;
        Ok(())
    }

    /// The year's last case number handed out, if any (numbers are never reused).
    pub fn last_case_number(&self, year: i32) -> Result<Option<CaseNumber>> {
        let last: Option<i64> = self
            .conn
            .query_row(
                "SELECT last FROM case_numbers WHERE year = ?1",
                [year],
                |row| row.get(0),
            )
            .optional()?;
        Ok(last.map(|n| CaseNumber::new(year, n as u32)))
    }
}

fn day_start_micros(day: NaiveDate) -> i64 {
    day.and_hms_opt(0, 0, 0)
        .map(|t| t.and_utc().timestamp_micros())
        .unwrap_or_default()
}
