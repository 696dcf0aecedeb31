//! Opening cases and moving them along (docs/rules.md §4–§6).
//!
//! The rules live in `domain::step`: what a step checks, where it moves the case, the
//! clause and the note. The store only loads the case, applies the step and saves the
//! case, its new payments and exactly one event (when, who, from, to, clause, note) in
//! one transaction, and returns the case as it now stands. A refused step changes
//! nothing: the transaction is dropped unwritten. A few steps record something without
//! changing the state (a paid verdict at diagnosis, a part payment); they too write
//! exactly one event, from the state to itself, so the history shows them.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::TransactionBehavior;

use super::codec;
use super::flow;
use super::write::SqliteTx;
use super::{ChainProblem, ChainReport, Result, Store, StoreError};
use crate::domain::case::Handback;
use crate::domain::lifecycle::DEFAULT_ANSWER_DAYS;
use crate::domain::step::{self, StepContext};
pub(crate) use crate::domain::step::{new_case_problems, verdict_note};
use crate::domain::{
    Case, CaseNumber, Diagnosis, NewCase, ParcelArrival, Payment, Policy, Proof, Quote, State, Step,
};

/// Decides and records the warranty on a case being built outside a step (the demo).
pub(crate) fn record_decision(case: &mut Case, policy: &Policy, version: i64, now: DateTime<Utc>) {
    step::record_decision(
        case,
        &StepContext {
            policy,
            policy_version: version,
            today: now.date_naive(),
            now,
            answer_days: DEFAULT_ANSWER_DAYS,
            actor: "",
        },
    );
}

impl Store {
    /// The version of this policy on file (decisions cite it). The policy must have
    /// been saved (`save_policy`); the shipped one is version 1.
    pub(crate) fn policy_version_of(&mut self, policy: &Policy) -> Result<i64> {
        if let Some((version, cached)) = &self.policy_cache
            && cached == policy
        {
            return Ok(*version);
        }
        let mut stmt = self
            .conn
            .prepare("SELECT version, json FROM policies ORDER BY version DESC")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let version: i64 = row.get(0)?;
            let json: String = row.get(1)?;
            if Policy::from_json(&json).is_ok_and(|stored| &stored == policy) {
                drop(rows);
                drop(stmt);
                self.policy_cache = Some((version, policy.clone()));
                return Ok(version);
            }
        }
        Err(StoreError::invalid(
            "policy",
            "this warranty policy is not on file: save it in the settings first",
        ))
    }

    /// The one entry point of every step (the screens' buttons, `fixdesk step`, the due
    /// items): applies `step` to the case `number` under `policy`, on the business day
    /// `today`, in ONE transaction with its one event, and returns the case as it now
    /// stands. A parcel without an open application ([`Step::Unsolicited`]) opens a new
    /// case instead (`number` is not used) and returns it; when the application it came
    /// for is still `applied`, that application is expired (4.2) in the same
    /// transaction, so the two events are written together or not at all.
    pub fn apply(
        &mut self,
        number: Option<&CaseNumber>,
        step: &Step,
        policy: &Policy,
        today: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        flow::check_step(step, actor)?;
        let policy_version = if step.decides() {
            self.policy_version_of(policy)?
        } else {
            0
        };
        let answer_days = self.answer_days()?;
        let ctx = StepContext {
            policy,
            policy_version,
            today,
            now: codec::truncate(now),
            answer_days,
            actor,
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let case = flow::apply_step(&mut SqliteTx(&tx), number, step, &ctx)?;
        tx.commit()?;
        Ok(case)
    }

    /// Opens a case: a walk-in device (`received`) or an online application
    /// (`applied`, 1.1). Validates the required fields (naming the first missing), decides the
    /// warranty with the policy (docs/rules.md §3) and stores it with the policy's version,
    /// and writes the creation event — all in one transaction.
    pub fn create_case(
        &mut self,
        new: &NewCase,
        policy: &Policy,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        if actor.trim().is_empty() {
            return Err(StoreError::invalid("actor", "say who is doing this"));
        }
        if let Some((field, problem)) = new_case_problems(new).into_iter().next() {
            return Err(StoreError::Invalid { field, problem });
        }
        let version = self.policy_version_of(policy)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let case = flow::insert_new_case(&mut SqliteTx(&tx), new, policy, version, actor, now)?;
        tx.commit()?;
        Ok(case)
    }

    /// A parcel with no open application (docs/rules.md §5): see [`step::open_unsolicited`].
    /// `expired_application` names the application it came for, if one had expired; it
    /// must already be `expired`, or have lapsed by the day the parcel arrived.
    /// ([`Store::apply`] with [`Step::Unsolicited`] also expires it, in one transaction.)
    #[allow(clippy::too_many_arguments)]
    pub fn record_parcel_without_application(
        &mut self,
        new: &NewCase,
        parcel: &ParcelArrival,
        expired_application: Option<&CaseNumber>,
        policy: &Policy,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        if let Some(number) = expired_application {
            let old = self
                .case(number)?
                .ok_or_else(|| StoreError::NotFound(number.clone()))?;
            if old.state == State::Applied
                && !old.applied_on.is_some_and(|d| {
                    crate::domain::lifecycle::application_expired(d, parcel.received_on)
                })
            {
                return Err(StoreError::Refused {
                    number: number.clone(),
                    reason: "this application is still open: receive the parcel on it instead"
                        .into(),
                });
            }
        }
        let step = Step::Unsolicited {
            new: Box::new(new.clone()),
            parcel: parcel.clone(),
            expired: expired_application.cloned(),
        };
        self.apply(None, &step, policy, parcel.received_on, actor, now)
    }

    /// A step taken without a policy of its own (the steps that do not decide, and a
    /// parcel whose serial decides again under the policy now on file).
    fn apply_current(
        &mut self,
        number: &CaseNumber,
        step: Step,
        today: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        let policy = if step.decides() {
            self.policy()?.1
        } else {
            Policy::default()
        };
        self.apply(Some(number), &step, &policy, today, actor, now)
    }

    /// docs/rules.md §5: the parcel for an open application arrives (see
    /// `domain::step`). A parcel arriving after the application closed (4.2) is refused
    /// here: expire the application and use [`Store::record_parcel_without_application`].
    pub fn receive_parcel(
        &mut self,
        number: &CaseNumber,
        parcel: &ParcelArrival,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        self.apply_current(
            number,
            Step::Receive(parcel.clone()),
            parcel.received_on,
            actor,
            now,
        )
    }

    /// Diagnosis (docs/rules.md §4): the warranty is decided again with the cause found.
    #[allow(clippy::too_many_arguments)]
    pub fn diagnose(
        &mut self,
        number: &CaseNumber,
        diagnosis: &Diagnosis,
        policy: &Policy,
        today: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        let step = Step::Diagnose(diagnosis.clone());
        self.apply(Some(number), &step, policy, today, actor, now)
    }

    /// 2.2: the quote for a paid repair goes to the customer.
    pub fn send_quote(
        &mut self,
        number: &CaseNumber,
        quote: &Quote,
        today: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        self.apply_current(number, Step::SendQuote(quote.clone()), today, actor, now)
    }

    /// 2.3: asks the customer for proof (of a formal channel, or a valid invoice).
    pub fn ask_for_proof(
        &mut self,
        number: &CaseNumber,
        today: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        self.apply_current(number, Step::AskForProof, today, actor, now)
    }

    /// 2.3, 2.4: the customer brings proof; the warranty is decided again with it.
    #[allow(clippy::too_many_arguments)]
    pub fn proof_received(
        &mut self,
        number: &CaseNumber,
        proof: &Proof,
        policy: &Policy,
        today: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        let step = Step::ProofReceived(proof.clone());
        self.apply(Some(number), &step, policy, today, actor, now)
    }

    /// 2.2, 2.6: the customer accepts the quote; payment is due one month after the
    /// payment notice (`notice_on`, the day they are told the amount).
    pub fn accept_quote(
        &mut self,
        number: &CaseNumber,
        notice_on: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        self.apply_current(number, Step::AcceptQuote(notice_on), notice_on, actor, now)
    }

    /// 2.2: the customer declines the quote; the device goes back unrepaired.
    pub fn decline_quote(
        &mut self,
        number: &CaseNumber,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        self.apply_current(number, Step::DeclineQuote, now.date_naive(), actor, now)
    }

    /// 2.6: a payment for the quoted repair.
    pub fn record_payment(
        &mut self,
        number: &CaseNumber,
        payment: &Payment,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        let step = Step::Payment(payment.clone());
        self.apply_current(number, step, payment.paid_on, actor, now)
    }

    /// 2.5: the repair is finished.
    pub fn repair_done(
        &mut self,
        number: &CaseNumber,
        replacement_serial: Option<&str>,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        let step = Step::RepairDone(replacement_serial.map(str::to_string));
        self.apply_current(number, step, now.date_naive(), actor, now)
    }

    /// 4.2: no parcel within 15 days of the application: it expires.
    pub fn expire_application(
        &mut self,
        number: &CaseNumber,
        today: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        self.apply_current(number, Step::Expire, today, actor, now)
    }

    /// 2.6: payment not made within a month of the notice.
    pub fn return_overdue_payment(
        &mut self,
        number: &CaseNumber,
        today: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        self.apply_current(number, Step::ReturnOverdue, today, actor, now)
    }

    /// 2.3: the customer did not answer within the center's answer days.
    pub fn return_unanswered(
        &mut self,
        number: &CaseNumber,
        today: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        self.apply_current(number, Step::ReturnUnanswered, today, actor, now)
    }

    /// 4.1: the problem was solved remotely; the application closes.
    pub fn resolve_remotely(
        &mut self,
        number: &CaseNumber,
        note: &str,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        let step = Step::ResolveRemotely(note.to_string());
        self.apply_current(number, step, now.date_naive(), actor, now)
    }

    /// The device goes back: shipped freight prepaid by the center (2.1), or collected
    /// at the counter. The password note is removed now (3.2, 3.7).
    pub fn hand_back(
        &mut self,
        number: &CaseNumber,
        handback: &Handback,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        let step = Step::HandBack(handback.clone());
        self.apply_current(number, step, now.date_naive(), actor, now)
    }

    /// Walks the whole event chain: every event's hash must match its content and the
    /// previous hash, ids must run without gaps up to the recorded head, each case's
    /// history must start with its creation and follow on from state to state, and each
    /// case's state must be where its history ends.
    pub fn verify(&self) -> Result<ChainReport> {
        verify_chain(&self.conn)
    }

    /// Checks only the newest event against its predecessor and the head (on open).
    pub(crate) fn check_chain_tail(&self) -> Result<Option<String>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, case_id, at, actor, from_state, to_state, clause, note, hash
             FROM events ORDER BY id DESC LIMIT 2",
        )?;
        let rows: Vec<RawEvent> = stmt
            .query_map([], RawEvent::from_row)?
            .collect::<rusqlite::Result<_>>()?;
        let head: Option<(i64, Vec<u8>)> = self
            .conn
            .query_row("SELECT event_id, hash FROM chain_head", [], |row| {
                Ok((row.get(0)?, row.get(1)?))
            })
            .ok();
        let Some(last) = rows.first() else {
            return Ok(head.map(|_| "the history is empty but its head is recorded".to_string()));
        };
        let previous = rows
            .get(1)
            .map_or(codec::GENESIS.to_vec(), |e| e.hash.clone());
        if last.compute(&previous)[..] != last.hash[..] {
            return Ok(Some(format!("event {} does not match its hash", last.id)));
        }
        match head {
            Some((id, hash)) if id == last.id && hash == last.hash => Ok(None),
            _ => Ok(Some(
                "the newest event is not the recorded head of the history".into(),
            )),
        }
    }
}

/// The number of problems `verify` lists before it only counts.
const MAX_LISTED_PROBLEMS: usize = 50;

struct RawEvent {
    id: i64,
    case_id: i64,
    at: i64,
    actor: String,
    from: Option<String>,
    to: String,
    clause: String,
    note: String,
    hash: Vec<u8>,
}

impl RawEvent {
    fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(Self {
            id: row.get(0)?,
            case_id: row.get(1)?,
            at: row.get(2)?,
            actor: row.get(3)?,
            from: row.get(4)?,
            to: row.get(5)?,
            clause: row.get(6)?,
            note: row.get(7)?,
            hash: row.get(8)?,
        })
    }

    fn compute(&self, previous: &[u8]) -> [u8; 32] {
        codec::event_hash(
            previous,
            &codec::EventFields {
                id: self.id,
                case_id: self.case_id,
                at: self.at,
                actor: &self.actor,
                from: self.from.as_deref(),
                to: &self.to,
                clause: &self.clause,
                note: &self.note,
            },
        )
    }
}

pub(crate) fn verify_chain(conn: &rusqlite::Connection) -> Result<ChainReport> {
    use std::collections::HashMap;

    let mut numbers: HashMap<i64, (CaseNumber, String)> = HashMap::new();
    {
        let mut stmt = conn.prepare("SELECT id, number, state FROM cases")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(0)?;
            let text: String = row.get(1)?;
            let number = CaseNumber::parse(&text)
                .ok_or_else(|| StoreError::corrupt(format!("case row {id}"), "malformed number"))?;
            numbers.insert(id, (number, row.get(2)?));
        }
    }
    let mut report = ChainReport::default();
    let mut problem_count = 0_usize;
    let mut note =
        |report: &mut ChainReport, event_id: i64, case: Option<CaseNumber>, text: String| {
            problem_count += 1;
            if report.problems.len() < MAX_LISTED_PROBLEMS {
                report.problems.push(ChainProblem {
                    event_id,
                    case,
                    problem: text,
                });
            }
        };
    // Where each case's history stands as the walk goes on.
    let mut last_state: HashMap<i64, String> = HashMap::with_capacity(numbers.len());
    let mut previous = codec::GENESIS.to_vec();
    let mut previous_id = 0_i64;
    let mut stmt = conn.prepare(
        "SELECT id, case_id, at, actor, from_state, to_state, clause, note, hash
         FROM events ORDER BY id",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        let event = RawEvent::from_row(row)?;
        report.events += 1;
        let case = numbers.get(&event.case_id).map(|(n, _)| n.clone());
        if event.id != previous_id + 1 {
            note(
                &mut report,
                event.id,
                case.clone(),
                format!("events {} to {} are missing", previous_id + 1, event.id - 1),
            );
        }
        if event.compute(&previous)[..] != event.hash[..] {
            note(
                &mut report,
                event.id,
                case.clone(),
                "the event does not match its hash: it was changed, or one before it was".into(),
            );
        }
        if case.is_none() {
            note(
                &mut report,
                event.id,
                None,
                "the event belongs to no case".into(),
            );
        }
        let before = last_state.get(&event.case_id);
        if before.map(String::as_str) != event.from.as_deref() {
            note(
                &mut report,
                event.id,
                case,
                format!(
                    "the event starts from '{}' but the case's history stood at '{}'",
                    event.from.as_deref().unwrap_or("nothing"),
                    before.map(String::as_str).unwrap_or("nothing")
                ),
            );
        }
        last_state.insert(event.case_id, event.to.clone());
        previous = event.hash;
        previous_id = event.id;
    }
    drop(rows);
    let head: Option<(i64, Vec<u8>)> = conn
        .query_row("SELECT event_id, hash FROM chain_head", [], |row| {
            Ok((row.get(0)?, row.get(1)?))
        })
        .ok();
    match head {
        Some((id, hash)) if id == previous_id && hash == previous => {}
        None if previous_id == 0 => {}
        _ => note(
            &mut report,
            previous_id,
            None,
            "the newest event is not the recorded head of the history: events were removed or added behind the store's back".into(),
        ),
    }
    // The history's folded indexes (schema migration 5) must hold exactly the events up
    // to their mark: a row taken out of them would hide an event from its case.
    let (wrong, cases_short, times_short): (i64, i64, i64) = conn.query_row(
        &format!(
            "WITH mark AS (SELECT {} AS v)
         SELECT
             (SELECT count(*) FROM event_cases x LEFT JOIN events e ON e.id = x.id
                 WHERE e.id IS NULL OR e.case_id <> x.case_id OR x.id > (SELECT v FROM mark))
             + (SELECT count(*) FROM event_times x LEFT JOIN events e ON e.id = x.id
                 WHERE e.id IS NULL OR e.case_id <> x.case_id OR e.at <> x.at
                     OR x.id > (SELECT v FROM mark)),
             (SELECT count(*) FROM events WHERE id <= (SELECT v FROM mark))
                 - (SELECT count(*) FROM event_cases),
             (SELECT count(*) FROM events WHERE id <= (SELECT v FROM mark))
                 - (SELECT count(*) FROM event_times)",
            super::fold::mark(super::fold::EVENTS_FOLDED_TALLY)
        ),
        [],
        |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
    )?;
    if wrong != 0 || cases_short != 0 || times_short != 0 {
        note(
            &mut report,
            0,
            None,
            format!(
                "the history's indexes do not match the events ({wrong} entries wrong, {cases_short} missing by case, {times_short} by time): events may be hidden from their cases"
            ),
        );
    }
    let mut orphans: Vec<(&i64, &(CaseNumber, String))> = numbers.iter().collect();
    orphans.sort_by_key(|(id, _)| **id);
    for (id, (number, state)) in orphans {
        match last_state.get(id) {
            None => note(
                &mut report,
                0,
                Some(number.clone()),
                "the case has no history".into(),
            ),
            Some(last) if last != state => note(
                &mut report,
                0,
                Some(number.clone()),
                format!("the case is '{state}' but its history ends at '{last}'"),
            ),
            Some(_) => {}
        }
    }
    if problem_count > report.problems.len() {
        let more = problem_count - report.problems.len();
        report.problems.push(ChainProblem {
            event_id: 0,
            case: None,
            problem: format!("… and {more} more problems"),
        });
    }
    Ok(report)
}
