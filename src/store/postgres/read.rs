//! Reading cases on PostgreSQL: one case whole, many in bulk (a fixed number of
//! queries however many cases), the queues, the report's cases and the due items.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use postgres::GenericClient;
use postgres::IsolationLevel;
use postgres::Row;
use postgres::types::ToSql;

use super::PgStore;
use super::write::SITE;
use crate::domain::case::{DocumentKind, PrintedDocument, next_deadline};
use crate::domain::{
    Arrival, Case, CaseNumber, CaseOutline, Currency, Event, Money, Payment, ReturnReason, State,
};
use crate::store::codec::parse_state;
use crate::store::columns::{
    COLUMN_NAMES, CaseColumns, OUTLINE_COLUMN_NAMES, OutlineColumns, move_of, paid_of,
};
use crate::store::feed::{Change, ChangeRow};
use crate::store::queries::DUE_LIST_LIMIT;
use crate::store::{CaseSummary, DueList, Result, StoreError};

/// `id, number` and every column of [`COLUMN_NAMES`], as [`columns_from_row`] reads them.
fn case_select() -> &'static str {
    static SQL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    SQL.get_or_init(|| {
        let names: Vec<String> = COLUMN_NAMES.iter().map(|n| format!("c.{n}")).collect();
        format!("c.id, c.number, {}", names.join(", "))
    })
}

/// One `cases` row (selected with [`case_select`]) as its id and columns.
fn columns_from_row(row: &Row) -> Result<(i64, CaseColumns)> {
    Ok((
        row.try_get(0)?,
        CaseColumns {
            number: row.try_get(1)?,
            arrival: row.try_get(2)?,
            state: row.try_get(3)?,
            application_id: row.try_get(4)?,
            applied_on: row.try_get(5)?,
            received_on: row.try_get(6)?,
            opened_on: row.try_get(7)?,
            unsolicited: row.try_get(8)?,
            customer_name: row.try_get(9)?,
            phone: row.try_get(10)?,
            email: row.try_get(11)?,
            address: row.try_get(12)?,
            return_address: row.try_get(13)?,
            model: row.try_get(14)?,
            serial: row.try_get(15)?,
            proof: row.try_get(16)?,
            fault: row.try_get(17)?,
            handover: row.try_get(18)?,
            keep_parts: row.try_get(19)?,
            diagnosis: row.try_get(20)?,
            decision: row.try_get(21)?,
            verdict: row.try_get(22)?,
            policy_version: row.try_get(23)?,
            decided_at: row.try_get(24)?,
            parcel: row.try_get(25)?,
            quote: row.try_get(26)?,
            payment_notice_on: row.try_get(27)?,
            asked_on: row.try_get(28)?,
            replacement_serial: row.try_get(29)?,
            return_reason: row.try_get(30)?,
            handback: row.try_get(31)?,
            applied_serial: row.try_get(32)?,
            last_activity: row.try_get(33)?,
            language: row.try_get(34)?,
        },
    ))
}

/// Fills events, payments, documents and photos of `cases` (by row id): one query each
/// for all of them.
fn load_lists(
    client: &mut impl GenericClient,
    cases: &mut [Case],
    index: &HashMap<i64, usize>,
) -> Result<()> {
    let ids: Vec<i64> = index.keys().copied().collect();
    for row in client.query(
        "SELECT case_id, at, actor, from_state, to_state, clause, note, desk, code, args FROM events
         WHERE case_id = ANY($1) ORDER BY case_id, id",
        &[&ids],
    )? {
        let case_id: i64 = row.try_get(0)?;
        if let Some(&i) = index.get(&case_id) {
            let what = format!("an event of case {}", cases[i].number);
            let from: Option<String> = row.try_get(3)?;
            let to: String = row.try_get(4)?;
            let event = Event {
                at: row.try_get::<_, DateTime<Utc>>(1)?,
                actor: row.try_get(2)?,
                from: from.map(|f| parse_state(&f, &what)).transpose()?,
                to: parse_state(&to, &what)?,
                clause: row.try_get(5)?,
                note: row.try_get(6)?,
                desk: row.try_get(7)?,
                code: row.try_get(8)?,
                args: crate::store::codec::parse_args(&row.try_get::<_, String>(9)?, &what)?,
            };
            cases[i].events.push(event);
        }
    }
    for row in client.query(
        "SELECT case_id, minor, currency, paid_on, method FROM payments
         WHERE case_id = ANY($1) ORDER BY case_id, id",
        &[&ids],
    )? {
        let case_id: i64 = row.try_get(0)?;
        if let Some(&i) = index.get(&case_id) {
            let what = format!("a payment of case {}", cases[i].number);
            let code: String = row.try_get(2)?;
            let currency = Currency::new(&code).map_err(|err| StoreError::corrupt(&what, err))?;
            cases[i].payments.push(Payment {
                amount: Money::new(row.try_get(1)?, currency),
                paid_on: row.try_get(3)?,
                method: row.try_get(4)?,
            });
        }
    }
    for row in client.query(
        "SELECT case_id, kind, at, actor, file, facts, note FROM documents
         WHERE case_id = ANY($1) ORDER BY case_id, id",
        &[&ids],
    )? {
        let case_id: i64 = row.try_get(0)?;
        if let Some(&i) = index.get(&case_id) {
            let what = format!("a document of case {}", cases[i].number);
            let kind: String = row.try_get(1)?;
            let kind = DocumentKind::parse(&kind)
                .ok_or_else(|| StoreError::corrupt(&what, format!("kind '{kind}'")))?;
            let facts: Option<String> = row.try_get(5)?;
            cases[i].documents.push(PrintedDocument {
                kind,
                at: row.try_get(2)?,
                by: row.try_get(3)?,
                file: row.try_get(4)?,
                facts: match facts {
                    Some(json) => serde_json::from_str(&json)
                        .map_err(|err| StoreError::corrupt(&what, format!("facts: {err}")))?,
                    None => Vec::new(),
                },
                note: row.try_get(6)?,
            });
        }
    }
    for row in client.query(
        "SELECT case_id, file_name FROM photos WHERE case_id = ANY($1) ORDER BY case_id, id",
        &[&ids],
    )? {
        let case_id: i64 = row.try_get(0)?;
        if let Some(&i) = index.get(&case_id) {
            cases[i].photos.push(row.try_get(1)?);
        }
    }
    Ok(())
}

/// Reads one case whole by number. With `lock`, its row stays locked against other
/// writers until the transaction ends: `FOR NO KEY UPDATE`, which excludes every other
/// writer of the case as `FOR UPDATE` does, but lets other desks add rows that refer to
/// it (a printed document, a photo) without waiting.
pub(crate) fn load_case(
    client: &mut impl GenericClient,
    number: &CaseNumber,
    lock: bool,
) -> Result<Option<(i64, Case)>> {
    let sql = format!(
        "SELECT {} FROM cases c WHERE c.number = $1{}",
        case_select(),
        if lock { " FOR NO KEY UPDATE" } else { "" }
    );
    let Some(row) = client.query_opt(&sql, &[&number.as_str()])? else {
        return Ok(None);
    };
    let (id, columns) = columns_from_row(&row)?;
    let mut cases = [columns.into_case()?];
    load_lists(client, &mut cases, &HashMap::from([(id, 0)]))?;
    let [case] = cases;
    Ok(Some((id, case)))
}

/// Reads the cases whose ids `ids_sql` selects, whole, ordered by row id (oldest first).
fn load_where(
    client: &mut impl GenericClient,
    ids_sql: &str,
    params: &[&(dyn ToSql + Sync)],
) -> Result<Vec<Case>> {
    let sql = format!(
        "SELECT {} FROM cases c WHERE c.id IN ({ids_sql}) ORDER BY c.id",
        case_select()
    );
    let mut cases = Vec::new();
    let mut index = HashMap::new();
    for row in client.query(&sql, params)? {
        let (id, columns) = columns_from_row(&row)?;
        index.insert(id, cases.len());
        cases.push(columns.into_case()?);
    }
    if !cases.is_empty() {
        load_lists(client, &mut cases, &index)?;
    }
    Ok(cases)
}

/// The summary columns, for [`summary_from_row`].
pub(crate) const SUMMARY_COLUMNS: &str = "c.number, c.customer_name, c.model, c.serial, c.state, \
    c.arrival, c.opened_on, c.last_activity, c.applied_on, c.asked_on, c.payment_notice_on";

pub(crate) fn summary_from_row(row: &Row, answer_days: u32) -> Result<CaseSummary> {
    let number_text: String = row.try_get(0)?;
    let what = format!("case {number_text}");
    let number = CaseNumber::parse(&number_text)
        .ok_or_else(|| StoreError::corrupt(&what, "the case number is malformed"))?;
    let state = parse_state(&row.try_get::<_, String>(4)?, &what)?;
    let arrival_text: String = row.try_get(5)?;
    let arrival = Arrival::parse(&arrival_text)
        .ok_or_else(|| StoreError::corrupt(&what, format!("arrival '{arrival_text}'")))?;
    let applied_on: Option<NaiveDate> = row.try_get(8)?;
    let asked_on: Option<NaiveDate> = row.try_get(9)?;
    let payment_notice_on: Option<NaiveDate> = row.try_get(10)?;
    Ok(CaseSummary {
        number,
        customer_name: row.try_get(1)?,
        model: row.try_get(2)?,
        serial: row.try_get(3)?,
        state,
        arrival,
        opened_on: row.try_get(6)?,
        last_activity: row.try_get(7)?,
        next_deadline: next_deadline(state, applied_on, asked_on, payment_notice_on, answer_days),
    })
}

impl PgStore {
    /// The newest event's id (0 before the first): where a change feed starts.
    pub(crate) fn last_event_id(&self) -> Result<i64> {
        let row = self
            .client
            .borrow_mut()
            .query_one("SELECT coalesce(max(id), 0) FROM events", &[])?;
        Ok(row.try_get(0)?)
    }

    /// Up to `limit` events after the id `after`, oldest first, with their case's
    /// number: the change feed (`store::feed`).
    pub(crate) fn events_after(&self, after: i64, limit: usize) -> Result<Vec<Change>> {
        let rows = self.client.borrow_mut().query(
            "SELECT e.id, c.number, e.from_state, e.to_state, e.clause, e.at, e.desk, e.actor
             FROM events e JOIN cases c ON c.id = e.case_id
             WHERE e.id > $1 ORDER BY e.id LIMIT $2",
            &[&after, &i64::try_from(limit).unwrap_or(i64::MAX)],
        )?;
        rows.iter()
            .map(|row| {
                ChangeRow {
                    id: row.try_get(0)?,
                    number: row.try_get(1)?,
                    from: row.try_get(2)?,
                    to: row.try_get(3)?,
                    clause: row.try_get(4)?,
                    at: row.try_get(5)?,
                    desk: row.try_get(6)?,
                    person: row.try_get(7)?,
                }
                .change()
            })
            .collect()
    }

    /// Starts listening for the change feed's notices on this session.
    pub(crate) fn listen(&self) -> Result<()> {
        self.client
            .borrow_mut()
            .batch_execute(&format!("LISTEN {}", crate::store::feed::CHANNEL))?;
        Ok(())
    }

    /// Waits up to `wait` for a change feed's notice (see [`PgStore::listen`]); any
    /// others already delivered are taken too. An error: the session is gone.
    pub(crate) fn wait_for_notice(&self, wait: std::time::Duration) -> Result<()> {
        use postgres::fallible_iterator::FallibleIterator;
        let mut client = self.client.borrow_mut();
        {
            let mut notices = client.notifications();
            if notices.timeout_iter(wait).next()?.is_some() {
                while notices.iter().next()?.is_some() {}
            }
        }
        // A session closed while waiting says nothing: say it here.
        if client.is_closed() {
            return Err(super::said(crate::domain::Note::coded(
                "server-connection-closed",
                "the connection to the server was closed",
            )));
        }
        Ok(())
    }

    /// A case read whole: see `Store::case`.
    pub(crate) fn case(&self, number: &CaseNumber) -> Result<Option<Case>> {
        let mut client = self.client.borrow_mut();
        Ok(load_case(&mut *client, number, false)?.map(|(_, case)| case))
    }

    /// The devices going back, the longest waiting first, each with why: the dispatch
    /// queue.
    pub(crate) fn dispatch_queue(
        &self,
        limit: usize,
    ) -> Result<Vec<(CaseSummary, Option<ReturnReason>)>> {
        let answer_days = self.answer_days()?;
        let rows = self.client.borrow_mut().query(
            &format!(
                "SELECT {SUMMARY_COLUMNS}, c.return_reason FROM cases c
                 WHERE c.state IN ('ready', 'to_return')
                 ORDER BY c.last_activity, c.id LIMIT $1"
            ),
            &[&(limit as i64)],
        )?;
        let mut out = Vec::with_capacity(rows.len());
        for row in &rows {
            let summary = summary_from_row(row, answer_days)?;
            let reason: Option<String> = row.try_get(11)?;
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
    pub(crate) fn cases_in_state(&self, state: State, limit: usize) -> Result<Vec<CaseSummary>> {
        let answer_days = self.answer_days()?;
        let rows = self.client.borrow_mut().query(
            &format!(
                "SELECT {SUMMARY_COLUMNS} FROM cases c WHERE c.state = $1
                 ORDER BY c.last_activity DESC, c.id DESC LIMIT $2"
            ),
            &[&state.as_str(), &(limit as i64)],
        )?;
        rows.iter()
            .map(|row| summary_from_row(row, answer_days))
            .collect()
    }

    /// Every case of this serial number (and of cases whose replacement unit carries
    /// it), oldest first: repeat repairs of one device.
    pub(crate) fn serial_history(&self, serial: &str) -> Result<Vec<Case>> {
        let key = crate::store::keys::serial_key(serial);
        if key.is_empty() {
            return Ok(Vec::new());
        }
        let tagged = crate::store::keys::tagged(crate::store::keys::SERIAL_TAG, &key);
        let mut client = self.client.borrow_mut();
        load_where(
            &mut *client,
            "SELECT case_id FROM search_keys WHERE key = $1
             UNION SELECT id FROM cases WHERE replacement_serial = $2",
            &[&tagged, &serial.trim()],
        )
    }

    /// For the monthly report: every case that can count in `[from, to]`, whole; see
    /// `Store::cases_for_report` for which, and why.
    pub(crate) fn cases_for_report(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<Case>> {
        let bounds = ReportBounds::of(from, to);
        let mut client = self.client.borrow_mut();
        load_where(&mut *client, REPORT_IDS, &bounds.params())
    }

    /// The outlines of the same cases as [`Self::cases_for_report`]: only what the
    /// report reads, in three queries over one snapshot (a case moved by another desk
    /// meanwhile is read as it was, all its parts alike).
    pub(crate) fn outlines_for_report(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<CaseOutline>> {
        let bounds = ReportBounds::of(from, to);
        let mut client = self.client.borrow_mut();
        let mut tx = client
            .build_transaction()
            .isolation_level(IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()?;
        let outlines = load_outlines(&mut tx, REPORT_IDS, &bounds.params())?;
        tx.commit()?;
        Ok(outlines)
    }

    /// The year's last case number handed out, if any (numbers are never reused).
    pub(crate) fn last_case_number(&self, year: i32) -> Result<Option<CaseNumber>> {
        let row = self.client.borrow_mut().query_opt(
            "SELECT last FROM case_numbers WHERE site = $1 AND year = $2",
            &[&SITE, &year],
        )?;
        let last: Option<i64> = row.map(|row| row.try_get(0)).transpose()?;
        last.map(|n| {
            u32::try_from(n)
                .map(|n| CaseNumber::new(year, n))
                .map_err(|_| StoreError::corrupt("the case number counter", n.to_string()))
        })
        .transpose()
    }

    /// The counts per state (every state listed, zero when empty).
    pub(crate) fn state_counts(&self) -> Result<Vec<(State, u64)>> {
        let rows = self
            .client
            .borrow_mut()
            .query("SELECT state, count(*) FROM cases GROUP BY state", &[])?;
        let mut counts: Vec<(State, u64)> = State::ALL.iter().map(|s| (*s, 0)).collect();
        for row in rows {
            let word: String = row.try_get(0)?;
            let count: i64 = row.try_get(1)?;
            let state = parse_state(&word, "the state counts")?;
            if let Some(slot) = counts.iter_mut().find(|(s, _)| *s == state) {
                slot.1 = count.max(0) as u64;
            }
        }
        Ok(counts)
    }

    /// Cases in `state` whose `column` date is after `after` and on or before `up_to`.
    pub(crate) fn due_list(
        &self,
        state: State,
        column: &str,
        after: Option<NaiveDate>,
        up_to: Option<NaiveDate>,
        answer_days: u32,
    ) -> Result<DueList> {
        // The state is written into the SQL (a fixed word, never user text) so the
        // planner can use the partial index of that state; an open bound is left out
        // (no date stands for "before everything" in both chrono and PostgreSQL).
        let mut condition = format!("c.state = '{}' AND c.{column} IS NOT NULL", state.as_str());
        let mut params: Vec<&(dyn ToSql + Sync)> = Vec::new();
        if let Some(after) = &after {
            params.push(after);
            condition.push_str(&format!(" AND c.{column} > ${}", params.len()));
        }
        if let Some(up_to) = &up_to {
            params.push(up_to);
            condition.push_str(&format!(" AND c.{column} <= ${}", params.len()));
        }
        let mut client = self.client.borrow_mut();
        let count: i64 = client
            .query_one(
                &format!("SELECT count(*) FROM cases c WHERE {condition}"),
                &params,
            )?
            .try_get(0)?;
        let limit = DUE_LIST_LIMIT as i64;
        params.push(&limit);
        let rows = client.query(
            &format!(
                "SELECT {SUMMARY_COLUMNS} FROM cases c WHERE {condition}
                 ORDER BY c.{column}, c.id LIMIT ${}",
                params.len()
            ),
            &params,
        )?;
        let cases = rows
            .iter()
            .map(|row| summary_from_row(row, answer_days))
            .collect::<Result<_>>()?;
        Ok(DueList {
            count: count.max(0) as u64,
            cases,
        })
    }
}

/// The ids of the cases that can count in a month's report, bounds as
/// [`ReportBounds::params`] gives them.
const REPORT_IDS: &str = "SELECT case_id FROM events WHERE at >= $1 AND at < $2
     UNION SELECT case_id FROM payments WHERE paid_on >= $4 AND paid_on <= $3
     UNION SELECT id FROM cases WHERE state = 'awaiting_payment' AND opened_on <= $3
     UNION SELECT id FROM cases WHERE payment_notice_on IS NOT NULL
         AND payment_notice_on >= $5 AND payment_notice_on <= $3";

/// The bounds of [`REPORT_IDS`] for the report of `[from, to]`.
struct ReportBounds {
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    from: NaiveDate,
    to: NaiveDate,
    notices_from: NaiveDate,
}

impl ReportBounds {
    fn of(from: NaiveDate, to: NaiveDate) -> Self {
        ReportBounds {
            start: day_start(from),
            end: day_start(to.succ_opt().unwrap_or(to)),
            from,
            to,
            notices_from: to
                .checked_sub_months(chrono::Months::new(3))
                .unwrap_or(from),
        }
    }

    fn params(&self) -> [&(dyn ToSql + Sync); 5] {
        [
            &self.start,
            &self.end,
            &self.to,
            &self.from,
            &self.notices_from,
        ]
    }
}

/// The outlines of the cases whose ids `ids_sql` selects, ordered by row id: their
/// outline columns, then their events' moves and their payments, one query each.
fn load_outlines(
    client: &mut impl GenericClient,
    ids_sql: &str,
    params: &[&(dyn ToSql + Sync)],
) -> Result<Vec<CaseOutline>> {
    // The ids first, then each table by `= ANY` of them: the planner, asked for the rows
    // of a union's ids, misjudges how many there are (the union removes most) and reads
    // the cases table from the month's first id to its end, every case of the range
    // whole — 1.9 s of a month's 112,000 on a million cases, against 0.4 s by the ids.
    let mut wanted: Vec<i64> = Vec::new();
    for row in client.query(
        &format!("SELECT id FROM ({ids_sql}) w(id) ORDER BY id"),
        params,
    )? {
        wanted.push(row.try_get(0)?);
    }
    if wanted.is_empty() {
        return Ok(Vec::new());
    }
    let columns: Vec<String> = OUTLINE_COLUMN_NAMES
        .iter()
        .map(|n| format!("c.{n}"))
        .collect();
    let sql = format!(
        "SELECT c.id, {} FROM cases c WHERE c.id = ANY($1) ORDER BY c.id",
        columns.join(", ")
    );
    let mut ids: Vec<i64> = Vec::with_capacity(wanted.len());
    let mut numbers: Vec<String> = Vec::with_capacity(wanted.len());
    let mut outlines: Vec<CaseOutline> = Vec::with_capacity(wanted.len());
    for row in client.query(&sql, &[&wanted])? {
        let values = OutlineColumns {
            number: row.try_get(1)?,
            arrival: row.try_get(2)?,
            state: row.try_get(3)?,
            received_on: row.try_get(4)?,
            unsolicited: row.try_get(5)?,
            model: row.try_get(6)?,
            diagnosis: row.try_get(7)?,
            decision: row.try_get(8)?,
            parcel: row.try_get(9)?,
            quote: row.try_get(10)?,
            payment_notice_on: row.try_get(11)?,
            return_reason: row.try_get(12)?,
        };
        ids.push(row.try_get(0)?);
        numbers.push(values.number.clone());
        outlines.push(values.into_outline()?);
    }
    if outlines.is_empty() {
        return Ok(outlines);
    }
    // `ids` is ascending: a case's place is found by binary search, no map to build.
    let place = |case_id: i64| ids.binary_search(&case_id).ok();
    for row in client.query(
        "SELECT case_id, at, from_state, to_state, clause FROM events
         WHERE case_id = ANY($1) ORDER BY case_id, id",
        &[&ids],
    )? {
        if let Some(i) = place(row.try_get(0)?) {
            let from: Option<&str> = row.try_get(2)?;
            let event = move_of(
                row.try_get(1)?,
                from,
                row.try_get(3)?,
                row.try_get(4)?,
                || format!("case {}", numbers[i]),
            )?;
            outlines[i].moves.push(event);
        }
    }
    for row in client.query(
        "SELECT case_id, minor, currency, paid_on FROM payments
         WHERE case_id = ANY($1) ORDER BY case_id, id",
        &[&ids],
    )? {
        if let Some(i) = place(row.try_get(0)?) {
            let paid = paid_of(row.try_get(1)?, row.try_get(2)?, row.try_get(3)?, || {
                format!("case {}", numbers[i])
            })?;
            outlines[i].payments.push(paid);
        }
    }
    Ok(outlines)
}

fn day_start(day: NaiveDate) -> DateTime<Utc> {
    day.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc()
}
