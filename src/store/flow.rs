//! The writing flow every engine shares: open a case, apply a step, open the case of a
//! parcel without an application. The rules are the domain's (`domain::step`,
//! `domain::opening`); this is the order in which one transaction loads, decides and
//! writes, written once. Each engine implements [`WriteTx`] over its own transaction
//! with its own SQL (`store/sqlite`, `store/postgres`).

use chrono::{DateTime, NaiveDate, Utc};

use super::outbox::{self, NewMessage};
use super::{Result, StoreError};
use crate::domain::lifecycle::DEFAULT_ANSWER_DAYS;
use crate::domain::mail;
use crate::domain::step::{self, StepContext, StepError};
use crate::domain::{
    Case, CaseNumber, Event, NewCase, Note, ParcelArrival, Payment, Policy, State, Step,
};

/// What one writing transaction of an engine offers the shared flow. Everything runs
/// inside the caller's transaction: nothing is visible to other desks before commit,
/// and a refused step is dropped unwritten.
pub(crate) trait WriteTx {
    /// The case stored under `number` and its row id, its row locked against other
    /// writers until the transaction ends (PostgreSQL: `FOR UPDATE`; SQLite holds the
    /// whole database from the transaction's start).
    fn load_case(&mut self, number: &CaseNumber) -> Result<Option<(i64, Case)>>;
    /// The case already opened for an online application, if any.
    fn application_case(&mut self, application_id: &str) -> Result<Option<CaseNumber>>;
    /// The next case number of `year`: gapless and never reused (the counter rolls back
    /// with a transaction that does not commit).
    fn next_number(&mut self, year: i32) -> Result<CaseNumber>;
    /// Inserts a new case row (without its events); returns its id.
    fn insert_case(&mut self, case: &Case, created_at: DateTime<Utc>) -> Result<i64>;
    /// Rewrites a case row (and its search keys) from the case as it now stands.
    fn update_case(
        &mut self,
        id: i64,
        case: &Case,
        opened_on: NaiveDate,
        last_activity: DateTime<Utc>,
    ) -> Result<()>;
    fn insert_payment(&mut self, case_id: i64, payment: &Payment) -> Result<()>;
    /// Appends one event to the hash chain (its head read and locked in this
    /// transaction).
    fn record_event(&mut self, case_id: i64, event: &Event) -> Result<()>;
    /// The desk this transaction writes for: stamped on every event it records.
    fn desk(&self) -> &str;
    /// The case a desk already made with this intake id (see [`insert_new_case`]). An
    /// engine without a network between desk and database (SQLite) never loses an
    /// answer, so it keeps no ids: none is ever found.
    fn client_case(&mut self, _client_id: &str) -> Result<Option<Case>> {
        Ok(None)
    }
    /// Records the intake id a desk made the case with.
    fn set_client_id(&mut self, _case_id: i64, _client_id: &str) -> Result<()> {
        Ok(())
    }
    /// The center's settings record as stored (JSON), read in this transaction: what
    /// decides whether a step's customer message is queued (docs/rules.md §11).
    fn settings_json(&mut self) -> Result<Option<String>>;
    /// Adds a customer message to the outbox, committed (or dropped) with the step.
    fn queue_message(&mut self, case_id: i64, message: &NewMessage) -> Result<()>;
    /// Sets the case's payment-notice date (2.6) from its sent quote message; the
    /// event that says so is recorded beside it.
    fn set_payment_notice(&mut self, case_id: i64, notice_on: NaiveDate) -> Result<()>;
    /// The case's messages still waiting (queued, or failed and waiting for a person)
    /// are failed with `reason`: the sender leaves them; Retry sends one all the same.
    fn hold_messages(&mut self, case_id: i64, reason: &str) -> Result<()>;
}

/// The day a case counts as opened: its claim date, else the day it was received, else
/// the day of its first event.
pub(crate) fn opened_on(case: &Case, fallback: NaiveDate) -> NaiveDate {
    case.claim_date().or(case.received_on).unwrap_or(fallback)
}

/// The year a new case number belongs to: the year it is handed out.
pub(crate) fn number_year(today: NaiveDate) -> i32 {
    use chrono::Datelike;
    today.year()
}

/// A refused step as the store's error, naming the case where the domain does not.
pub(crate) fn step_error(number: &CaseNumber, err: StepError) -> StoreError {
    match err {
        StepError::Invalid { field, problem } => StoreError::Invalid { field, problem },
        StepError::Transition { from, to } => StoreError::Transition {
            number: number.clone(),
            from,
            to,
        },
        StepError::Refused(reason) => StoreError::Refused {
            number: number.clone(),
            reason,
        },
        StepError::Corrupt(detail) => StoreError::corrupt(format!("case {number}"), detail),
    }
}

/// Applies one step to the case stored under `number`: loads it, lets the domain apply
/// the step, and writes the case, its new payments and the step's one event — and the
/// customer message the step causes, if any, in the same transaction (`notify`; off
/// for a step taken on the way to another, see [`open_unsolicited`]).
pub(crate) fn apply_on(
    tx: &mut impl WriteTx,
    number: &CaseNumber,
    step: &Step,
    ctx: &StepContext,
    seen_events: Option<usize>,
    notify: bool,
) -> Result<Case> {
    let (id, mut case) = tx
        .load_case(number)?
        .ok_or_else(|| StoreError::NotFound(number.clone()))?;
    if let Some(seen) = seen_events
        && case.events.len() != seen
        && !case
            .events
            .get(seen..)
            .is_some_and(|newer| newer.iter().all(mail::is_message_event))
        && let Some(changed) = StoreError::changed_elsewhere(&case)
    {
        return Err(changed);
    }
    let payments_before = case.payments.len();
    let before = case.state;
    let mut event = step::apply(&mut case, step, ctx).map_err(|err| step_error(number, err))?;
    // Where the step was taken: the desk this store writes for.
    event.desk = tx.desk().to_string();
    if let Some(newest) = case.events.last_mut() {
        newest.desk.clone_from(&event.desk);
    }
    let first_day = case
        .events
        .first()
        .map_or(ctx.now.date_naive(), |e| e.at.date_naive());
    tx.update_case(id, &case, opened_on(&case, first_day), ctx.now)?;
    for payment in &case.payments[payments_before..] {
        tx.insert_payment(id, payment)?;
    }
    tx.record_event(id, &event)?;
    if notify && let Some(moment) = mail::moment_of(step, before, &case) {
        outbox::queue_in(tx, id, &case, moment, ctx.actor, ctx.now)?;
    }
    // The customer asked for no messages: one still waiting is not sent either.
    if *step == Step::Messages(false) {
        tx.hold_messages(id, mail::HELD_NO_MESSAGES)?;
    }
    Ok(case)
}

/// Applies `step` (any but [`Step::Unsolicited`], which opens a case) or opens the case
/// of a parcel without an open application: the body of `Store::apply` on every engine.
pub(crate) fn apply_step(
    tx: &mut impl WriteTx,
    number: Option<&CaseNumber>,
    step: &Step,
    ctx: &StepContext,
    seen_events: Option<usize>,
) -> Result<Case> {
    match step {
        Step::Unsolicited {
            new,
            parcel,
            expired,
        } => open_unsolicited(tx, new, parcel, expired.as_ref(), ctx),
        _ => {
            let number = number.ok_or_else(|| {
                StoreError::invalid(
                    "case",
                    Note::coded("case-number-first", "scan or type the case number first"),
                )
            })?;
            apply_on(tx, number, step, ctx, seen_events, true)
        }
    }
}

/// Writes a new case with its events (taken out of the case while the row is written,
/// then given back); returns its row id.
fn insert_with_events(tx: &mut impl WriteTx, case: &mut Case, now: DateTime<Utc>) -> Result<i64> {
    let mut events = std::mem::take(&mut case.events);
    let id = tx.insert_case(case, now)?;
    for event in &mut events {
        event.desk = tx.desk().to_string();
        tx.record_event(id, event)?;
    }
    case.events = events;
    Ok(id)
}

/// Opens the case of a parcel without an open application, expiring the application it
/// came for first when that is still `applied` (4.2): both events in the same
/// transaction.
pub(crate) fn open_unsolicited(
    tx: &mut impl WriteTx,
    new: &NewCase,
    parcel: &ParcelArrival,
    expired: Option<&CaseNumber>,
    ctx: &StepContext,
) -> Result<Case> {
    let old = match expired {
        Some(number) => {
            let (_, old) = tx
                .load_case(number)?
                .ok_or_else(|| StoreError::NotFound(number.clone()))?;
            if old.state == State::Applied {
                // Expired as of the day the parcel arrived: that is what shows it lapsed.
                let on_arrival = StepContext {
                    today: ctx.today.max(parcel.received_on),
                    ..*ctx
                };
                // The customer is told about the new case's parcel, not the
                // application it lapsed: one message, the one that matters.
                Some(apply_on(
                    tx,
                    number,
                    &Step::Expire,
                    &on_arrival,
                    None,
                    false,
                )?)
            } else {
                Some(old)
            }
        }
        None => None,
    };
    let number = tx.next_number(number_year(ctx.now.date_naive()))?;
    let mut case = step::open_unsolicited(new, parcel, old.as_ref(), number.clone(), ctx).map_err(
        |err| match (err, expired) {
            (StepError::Refused(reason), Some(old)) => StoreError::Refused {
                number: old.clone(),
                reason,
            },
            (err, _) => step_error(&number, err),
        },
    )?;
    let id = insert_with_events(tx, &mut case, ctx.now)?;
    if let Some(moment) = mail::parcel_moment(&case) {
        outbox::queue_in(tx, id, &case, moment, ctx.actor, ctx.now)?;
    }
    Ok(case)
}

/// Writes a validated new case and its creation event: the number, the warranty
/// decision, the row and the event. An application already on file is refused, naming
/// its case.
///
/// `client_id` is the intake's id, made by the desk when the form was started: a save
/// sent again after a dropped connection (its answer lost, its commit maybe not) finds
/// the case it already made and returns it, instead of opening a second one.
pub(crate) fn insert_new_case(
    tx: &mut impl WriteTx,
    new: &NewCase,
    policy: &Policy,
    policy_version: i64,
    actor: &str,
    now: DateTime<Utc>,
    client_id: Option<&str>,
) -> Result<Case> {
    if let Some(id) = client_id
        && let Some(case) = tx.client_case(id)?
    {
        return Ok(case);
    }
    let now = super::codec::truncate(now);
    if let Some(id) = new
        .application_id
        .as_deref()
        .filter(|id| !id.trim().is_empty())
        && let Some(number) = tx.application_case(id.trim())?
    {
        return Err(StoreError::DuplicateApplication {
            application_id: id.trim().to_string(),
            number,
        });
    }
    let number = tx.next_number(number_year(now.date_naive()))?;
    let ctx = StepContext {
        policy,
        policy_version,
        today: now.date_naive(),
        now,
        answer_days: DEFAULT_ANSWER_DAYS,
        actor,
    };
    let mut case =
        step::open_case(new, number.clone(), &ctx).map_err(|err| step_error(&number, err))?;
    let row = insert_with_events(tx, &mut case, now)?;
    if let Some(id) = client_id {
        tx.set_client_id(row, id)?;
    }
    if let Some(moment) = mail::opening_moment(&case) {
        outbox::queue_in(tx, row, &case, moment, actor, now)?;
    }
    Ok(case)
}

/// Checks what every step needs before a transaction starts: the step's own inputs and
/// who is doing it.
pub(crate) fn check_step(step: &Step, actor: &str) -> Result<()> {
    step::check_inputs(step).map_err(|err| match err {
        StepError::Invalid { field, problem } => StoreError::Invalid { field, problem },
        StepError::Refused(reason) => StoreError::invalid("step", reason),
        other => StoreError::invalid("step", Note::detail(other)),
    })?;
    if actor.trim().is_empty() {
        return Err(StoreError::invalid("actor", step::say_who()));
    }
    Ok(())
}

/// Records on each case an event that changes nothing but says what was done with it
/// (from its state to the same state), in the caller's transaction: a personal-data
/// export (3.7), for one. Returns the cases as they now stand.
pub(crate) fn note_on(
    tx: &mut impl WriteTx,
    numbers: &[CaseNumber],
    clause: &str,
    note: &crate::domain::Note,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Vec<Case>> {
    let mut out = Vec::with_capacity(numbers.len());
    for number in numbers {
        let (id, mut case) = tx
            .load_case(number)?
            .ok_or_else(|| StoreError::NotFound(number.clone()))?;
        let event = Event {
            at: now,
            actor: actor.trim().to_string(),
            from: Some(case.state),
            to: case.state,
            clause: clause.to_string(),
            desk: tx.desk().to_string(),
            note: note.text.clone(),
            code: note.code.clone(),
            args: note.args.clone(),
        };
        tx.record_event(id, &event)?;
        case.events.push(event);
        out.push(case);
    }
    Ok(out)
}
