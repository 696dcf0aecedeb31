//! Opening cases and moving them along (RULES.md §4–§6).
//!
//! Every step runs the domain's transition check, writes the change and exactly one
//! event (when, who, from, to, clause, note) in one transaction, and returns the case as
//! it now stands. A refused step changes nothing: the transaction is dropped unwritten.
//! A few steps record something without changing the state (a paid verdict at
//! diagnosis, a part payment); they too write exactly one event, from the state to
//! itself, so the history shows them.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::TransactionBehavior;
use serde::{Deserialize, Serialize};

use super::codec;
use super::read::load_case;
use super::write::{self, insert_case, next_number, opened_on, record_event, update_case};
use super::{ChainProblem, ChainReport, Result, Store, StoreError};
use crate::domain::case::{Handback, ParcelRecord, RecordedDecision};
use crate::domain::lifecycle::{self, check_transition};
use crate::domain::parcel::{self, ApplicationStatus, ParcelCheck, ParcelOutcome};
use crate::domain::policy::MAX_MONTHS;
use crate::domain::warranty::same_identifier;
use crate::domain::{
    Arrival, Case, CaseNumber, Cause, Decision, Diagnosis, Event, Handover, NewCase, Payment,
    Policy, Proof, Quote, RepairMethod, ReturnReason, State, Verdict, decide,
};

/// What the inspector records when a parcel arrives (RULES.md §5), and, when it is
/// taken in, what was inside.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ParcelArrival {
    pub received_on: NaiveDate,
    /// Cash on delivery or freight collect (2.1).
    pub cash_on_delivery: bool,
    pub package_damaged: bool,
    pub soaked: bool,
    pub packaging_adequate: bool,
    /// The serial on the device, when it differs from the application's.
    pub serial_found: Option<String>,
    /// The device's accessories (3.5), condition and password status (3.2).
    pub handover: Handover,
}

impl ParcelArrival {
    fn check(&self, application: ApplicationStatus) -> ParcelCheck {
        ParcelCheck {
            application,
            cash_on_delivery: self.cash_on_delivery,
            package_damaged: self.package_damaged,
            soaked: self.soaked,
            packaging_adequate: self.packaging_adequate,
        }
    }
}

/// The state a step moves to, the clause it rests on and the note for the history.
struct Step {
    to: State,
    clause: String,
    note: String,
}

impl Step {
    fn new(to: State, clause: &str, note: impl Into<String>) -> Self {
        Self {
            to,
            clause: clause.to_string(),
            note: note.into(),
        }
    }
}

fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// Everything wrong with a new case, each as (field, problem): the import reports all
/// of them, `create_case` the first.
pub(crate) fn new_case_problems(new: &NewCase) -> Vec<(String, String)> {
    let mut problems = Vec::new();
    let mut need = |field: &str, value: &str| {
        if blank(value) {
            problems.push((field.to_string(), "missing (required)".to_string()));
        }
    };
    need("name", &new.customer.name);
    need("phone", &new.customer.phone);
    // A walk-in device is collected at the counter: its customer's address is not needed
    // (3.7: collect only what the agreement needs). A device that came by post goes back
    // by post, so a mail-in case needs it.
    if new.arrival == Arrival::MailIn {
        need("address", &new.customer.address);
    }
    need("model", &new.device.model);
    need("serial", &new.device.serial);
    need("fault", &new.fault);
    if !blank(&new.customer.phone)
        && new
            .customer
            .phone
            .chars()
            .filter(char::is_ascii_digit)
            .count()
            < 6
    {
        problems.push((
            "phone".into(),
            format!("'{}' has fewer than 6 digits", new.customer.phone.trim()),
        ));
    }
    if let Some(email) = new.customer.email.as_deref().filter(|e| !blank(e))
        && !looks_like_email(email)
    {
        problems.push((
            "email".into(),
            format!("'{}' is not an e-mail address", email.trim()),
        ));
    }
    match new.arrival {
        Arrival::MailIn if new.applied_on.is_none() => {
            problems.push(("applied_on".into(), "missing (required)".into()));
        }
        Arrival::WalkIn if new.received_on.is_none() => {
            problems.push(("received_on".into(), "missing (required)".into()));
        }
        _ => {}
    }
    if new.proof.contract_months.is_some_and(|m| m > MAX_MONTHS) {
        problems.push((
            "contract_months".into(),
            format!("must be from 0 to {MAX_MONTHS}"),
        ));
    }
    if let Some(facts) = new.facts() {
        if let Err(err) = facts.check_dates() {
            problems.push((err.field, err.problem));
        }
        if let Some(date) = new.proof.invoice.as_ref().and_then(|i| i.date) {
            // A future-dated invoice is a typing error, not a verdict; 2.4 makes it
            // invalid anyway, but the desk should hear about it now.
            if date > facts.claim_date {
                problems.push((
                    "invoice_date".into(),
                    format!("{date} is after the claim date {}", facts.claim_date),
                ));
            }
        }
    }
    problems
}

fn looks_like_email(text: &str) -> bool {
    let text = text.trim();
    match text.split_once('@') {
        Some((user, domain)) => {
            !user.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !text.contains(char::is_whitespace)
                && !domain.contains('@')
        }
        None => false,
    }
}

fn first_problem(problems: Vec<(String, String)>) -> Result<()> {
    match problems.into_iter().next() {
        Some((field, problem)) => Err(StoreError::Invalid { field, problem }),
        None => Ok(()),
    }
}

fn check_actor(actor: &str) -> Result<()> {
    if blank(actor) {
        Err(StoreError::invalid("actor", "say who is doing this"))
    } else {
        Ok(())
    }
}

/// A new case as the store will hold it, before it has a number.
fn case_from_new(new: &NewCase, number: CaseNumber, state: State) -> Case {
    Case {
        number,
        arrival: new.arrival,
        state,
        application_id: new
            .application_id
            .as_ref()
            .map(|id| id.trim().to_string())
            .filter(|id| !id.is_empty()),
        applied_on: new.applied_on,
        received_on: new.received_on,
        unsolicited: false,
        customer: trimmed_customer(new),
        device: crate::domain::Device {
            model: new.device.model.trim().to_string(),
            serial: new.device.serial.trim().to_string(),
        },
        proof: new.proof.clone(),
        fault: new.fault.trim().to_string(),
        handover: new.handover.clone(),
        keep_parts: new.keep_parts,
        diagnosis: Diagnosis {
            component: new.component.clone().filter(|c| !blank(c)),
            ..Diagnosis::default()
        },
        decision: None,
        parcel: None,
        quote: None,
        payment_notice_on: None,
        asked_on: None,
        payments: Vec::new(),
        replacement_serial: None,
        return_reason: None,
        handback: None,
        documents: Vec::new(),
        photos: Vec::new(),
        events: Vec::new(),
    }
}

fn trimmed_customer(new: &NewCase) -> crate::domain::Customer {
    let opt = |text: &Option<String>| {
        text.as_ref()
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty())
    };
    crate::domain::Customer {
        name: new.customer.name.trim().to_string(),
        phone: new.customer.phone.trim().to_string(),
        email: opt(&new.customer.email),
        address: new.customer.address.trim().to_string(),
        return_address: opt(&new.customer.return_address),
    }
}

/// The decision in one line for the history.
pub(crate) fn verdict_note(decision: &Decision) -> String {
    let provisional = if decision.provisional {
        " (provisional until inspection)"
    } else {
        ""
    };
    format!("Warranty: {}{provisional}.", decision.verdict.label())
}

pub(crate) fn record_decision(case: &mut Case, policy: &Policy, version: i64, now: DateTime<Utc>) {
    if let Some(facts) = case.facts() {
        case.decision = Some(RecordedDecision {
            decision: decide(policy, &facts),
            policy_version: version,
            decided_at: now,
        });
    }
}

/// Decides the warranty again with what the case now holds (a diagnosis, new proof) and
/// records it (RULES.md §4). A case without a claim date cannot be decided, so the step
/// is refused rather than left without a decision.
fn decide_again(
    case: &mut Case,
    policy: &Policy,
    version: i64,
    now: DateTime<Utc>,
) -> Result<Decision> {
    record_decision(case, policy, version, now);
    match &case.decision {
        Some(recorded) => Ok(recorded.decision.clone()),
        None => Err(refuse(case, "the case has no claim date to decide on")),
    }
}

fn verdict_of(case: &Case) -> Option<Verdict> {
    case.decision.as_ref().map(|d| d.decision.verdict)
}

/// Refuses a step from a state the step does not start from, naming both states.
fn require(case: &Case, allowed: &[State], to: State) -> Result<()> {
    if allowed.contains(&case.state) {
        Ok(())
    } else {
        Err(StoreError::Transition {
            number: case.number.clone(),
            from: case.state,
            to,
        })
    }
}

fn refuse(case: &Case, reason: impl Into<String>) -> StoreError {
    StoreError::Refused {
        number: case.number.clone(),
        reason: reason.into(),
    }
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

    /// Opens a case: a walk-in device (`received`) or an online application
    /// (`applied`, 1.1). Validates the required fields (naming the first missing), decides
    /// the warranty with the policy (RULES.md §3) and stores it with the policy's version,
    /// and writes the creation event — all in one transaction.
    pub fn create_case(
        &mut self,
        new: &NewCase,
        policy: &Policy,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        check_actor(actor)?;
        first_problem(new_case_problems(new))?;
        let version = self.policy_version_of(policy)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let case = insert_new_case(&tx, new, policy, version, actor, now)?;
        tx.commit()?;
        Ok(case)
    }

    /// A parcel with no open application (RULES.md §5): refused or rejected at the door,
    /// it is recorded as a new `rejected` case so the month's figures count it (2.1,
    /// 3.6); accepted, it becomes a new `received` case marked unsolicited — the center
    /// takes no responsibility for losses and a new application is needed (4.3).
    /// `expired_application` names the application it came for, if one had expired.
    ///
    /// A refused parcel is unopened: only the sender's name is required then.
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
        check_actor(actor)?;
        let now = codec::truncate(now);
        let status = match expired_application {
            Some(number) => {
                let old = self
                    .case(number)?
                    .ok_or_else(|| StoreError::NotFound(number.clone()))?;
                let expired = old.state == State::Expired
                    || (old.state == State::Applied
                        && old.applied_on.is_some_and(|d| {
                            lifecycle::application_expired(d, parcel.received_on)
                        }));
                if !expired {
                    return Err(refuse(
                        &old,
                        "this application is still open: receive the parcel on it instead",
                    ));
                }
                ApplicationStatus::Expired
            }
            None => ApplicationStatus::None,
        };
        let decision = parcel::check(&parcel.check(status));
        let mut new = new.clone();
        new.arrival = Arrival::MailIn;
        new.applied_on = None;
        new.application_id = None;
        new.received_on = Some(parcel.received_on);
        let state = if decision.outcome.takes_in() {
            // Validate as a walk-in: the claim date is the day received.
            let mut as_walk_in = new.clone();
            as_walk_in.arrival = Arrival::WalkIn;
            first_problem(new_case_problems(&as_walk_in))?;
            // It goes back by post: the sender's address is needed.
            if blank(&new.customer.address) {
                return Err(StoreError::invalid(
                    "address",
                    "missing (required): the device goes back to the sender's address",
                ));
            }
            State::Received
        } else {
            if blank(&new.customer.name) {
                return Err(StoreError::invalid(
                    "name",
                    "missing (required): write the sender's name from the parcel",
                ));
            }
            State::Rejected
        };
        let version = self.policy_version_of(policy)?;
        let mut notes = vec![decision.text.clone()];
        if let Some(number) = expired_application {
            notes.push(format!(
                "The parcel came for application {number}, which had expired."
            ));
        }
        notes.extend(
            decision
                .notes
                .iter()
                .map(|(clause, text)| format!("{text} ({clause})")),
        );
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let number = next_number(&tx, write::number_year(now.date_naive()))?;
        let mut case = case_from_new(&new, number, state);
        case.parcel = Some(ParcelRecord {
            received_on: parcel.received_on,
            check: parcel.check(status),
            outcome: decision.outcome,
            serial_found: parcel.serial_found.clone().filter(|s| !blank(s)),
        });
        if state == State::Received {
            case.unsolicited = true;
            case.handover = parcel.handover.clone();
            record_decision(&mut case, policy, version, now);
            if let Some(recorded) = &case.decision {
                notes.push(verdict_note(&recorded.decision));
            }
        }
        let event = Event {
            at: now,
            actor: actor.trim().to_string(),
            from: None,
            to: state,
            clause: decision.clause.to_string(),
            note: notes.join(" "),
        };
        let micros = codec::micros(now);
        let id = insert_case(&tx, &case, micros, micros, false)?;
        record_event(&tx, id, &event)?;
        tx.commit()?;
        case.events.push(event);
        Ok(case)
    }

    /// Runs one step on a stored case: loads it in an immediate transaction, lets
    /// `change` update it and say where it goes, checks the move against RULES.md §4,
    /// and writes the case, its new payments and exactly one event before committing.
    fn step<F>(
        &mut self,
        number: &CaseNumber,
        actor: &str,
        now: DateTime<Utc>,
        change: F,
    ) -> Result<Case>
    where
        F: FnOnce(&mut Case) -> Result<Step>,
    {
        check_actor(actor)?;
        let now = codec::truncate(now);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let (id, mut case) =
            load_case(&tx, number)?.ok_or_else(|| StoreError::NotFound(number.clone()))?;
        let from = case.state;
        let payments_before = case.payments.len();
        let step = change(&mut case)?;
        if step.to != from {
            check_transition(from, step.to).map_err(|err| StoreError::Transition {
                number: case.number.clone(),
                from: err.from,
                to: err.to,
            })?;
        }
        case.state = step.to;
        let event = Event {
            at: now,
            actor: actor.trim().to_string(),
            from: Some(from),
            to: step.to,
            clause: step.clause,
            note: step.note,
        };
        let first_day = case
            .events
            .first()
            .map_or(now.date_naive(), |e| e.at.date_naive());
        update_case(
            &tx,
            id,
            &case,
            opened_on(&case, first_day),
            codec::micros(now),
        )?;
        for payment in &case.payments[payments_before..] {
            tx.prepare_cached(
                "INSERT INTO payments (case_id, minor, currency, paid_on, method)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(rusqlite::params![
                id,
                payment.amount.minor,
                payment.amount.currency.code(),
                codec::date_text(payment.paid_on),
                payment.method,
            ])?;
        }
        record_event(&tx, id, &event)?;
        tx.commit()?;
        case.events.push(event);
        Ok(case)
    }

    /// RULES.md §5: the parcel for an open application arrives. Cash on delivery is
    /// refused (2.1) and a damaged or soaked package rejected (3.6): the case becomes
    /// `rejected`. Otherwise the device is taken in (`received`) with its accessories
    /// (3.5), and a serial differing from the application's is noted. A parcel arriving
    /// after the application closed (4.2) is refused here: expire the application and
    /// use [`Store::record_parcel_without_application`].
    pub fn receive_parcel(
        &mut self,
        number: &CaseNumber,
        parcel: &ParcelArrival,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        self.step(number, actor, now, |case| {
            require(case, &[State::Applied], State::Received)?;
            if let Some(applied_on) = case.applied_on
                && lifecycle::application_expired(applied_on, parcel.received_on) {
                    return Err(refuse(
                        case,
                        format!(
                            "the application closed on {} (4.2): expire it and take the parcel in as unsolicited (4.3)",
                            lifecycle::application_closes(applied_on)
                        ),
                    ));
                }
            let check = parcel.check(ApplicationStatus::Open);
            let decision = parcel::check(&check);
            let mut notes = vec![decision.text.clone()];
            notes.extend(decision.notes.iter().map(|(clause, text)| format!("{text} ({clause})")));
            let serial_found = parcel.serial_found.clone().filter(|s| !blank(s));
            case.parcel = Some(ParcelRecord {
                received_on: parcel.received_on,
                check,
                outcome: decision.outcome,
                serial_found: serial_found.clone(),
            });
            let to = match decision.outcome {
                ParcelOutcome::Accept | ParcelOutcome::AcceptUnsolicited => {
                    case.received_on = Some(parcel.received_on);
                    case.handover = parcel.handover.clone();
                    if let Some(found) = serial_found
                        && !same_identifier(&found, &case.device.serial) {
                            notes.push(format!(
                                "The device's serial {found} differs from the application's {}.",
                                case.device.serial
                            ));
                        }
                    State::Received
                }
                ParcelOutcome::Refuse | ParcelOutcome::Reject => State::Rejected,
            };
            Ok(Step::new(to, decision.clause, notes.join(" ")))
        })
    }

    /// Diagnosis (RULES.md §4): records the cause, the failed component and the method,
    /// and decides the warranty again with them. Free → `in_repair` (1.3, 1.4); paid →
    /// stays `received` until a quote is sent (2.2); needs proof → `awaiting_customer`
    /// from `today` (2.3); ineligible → `to_return` (1.2).
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
        if diagnosis.cause == Cause::Unknown {
            return Err(StoreError::invalid(
                "cause",
                "choose the cause found at inspection (1.3)",
            ));
        }
        let version = self.policy_version_of(policy)?;
        let now = codec::truncate(now);
        self.step(number, actor, now, |case| {
            require(case, &[State::Received], State::InRepair)?;
            case.diagnosis = Diagnosis {
                component: diagnosis.component.clone().filter(|c| !blank(c)),
                ..diagnosis.clone()
            };
            let decision = decide_again(case, policy, version, now)?;
            let summary = format!(
                "Diagnosed: {}{}. {}",
                case.diagnosis.cause.label(),
                case.diagnosis
                    .component
                    .as_ref()
                    .map(|c| format!(", {c}"))
                    .unwrap_or_default(),
                verdict_note(&decision)
            );
            Ok(match decision.verdict {
                Verdict::Free => Step::new(State::InRepair, "1.4", summary),
                Verdict::Paid => Step::new(
                    State::Received,
                    "2.2",
                    format!("{summary} A quote must be sent and accepted before any work."),
                ),
                Verdict::NeedsProof => {
                    case.asked_on = Some(today);
                    Step::new(
                        State::AwaitingCustomer,
                        "2.3",
                        format!("{summary} Proof asked for."),
                    )
                }
                Verdict::Ineligible => {
                    case.return_reason = Some(ReturnReason::Ineligible);
                    Step::new(State::ToReturn, "1.2", summary)
                }
            })
        })
    }

    /// 2.2: the quote for a paid repair goes to the customer, who answers within the
    /// center's answer days (2.3). Also re-sends a changed quote.
    pub fn send_quote(
        &mut self,
        number: &CaseNumber,
        quote: &Quote,
        today: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        quote
            .validate()
            .map_err(|err| StoreError::invalid("quote", err.to_string()))?;
        let total = quote
            .total()
            .map_err(|err| StoreError::invalid("quote", err.to_string()))?;
        self.step(number, actor, now, |case| {
            require(
                case,
                &[State::Received, State::AwaitingCustomer],
                State::AwaitingCustomer,
            )?;
            if verdict_of(case) != Some(Verdict::Paid) {
                return Err(refuse(
                    case,
                    "only a paid repair is quoted (2.2): the warranty decision is not 'paid'",
                ));
            }
            case.quote = Some(quote.clone());
            case.asked_on = Some(today);
            Ok(Step::new(
                State::AwaitingCustomer,
                "2.2",
                format!(
                    "Quote sent: {total}. Nothing is repaired without the customer's agreement."
                ),
            ))
        })
    }

    /// 2.3: asks the customer for proof (of a formal channel, or a valid invoice).
    pub fn ask_for_proof(
        &mut self,
        number: &CaseNumber,
        today: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        self.step(number, actor, now, |case| {
            require(case, &[State::Received], State::AwaitingCustomer)?;
            case.asked_on = Some(today);
            Ok(Step::new(
                State::AwaitingCustomer,
                "2.3",
                "Proof of purchase asked for.",
            ))
        })
    }

    /// 2.3, 2.4: the customer brings proof; the warranty is decided again with it. Free →
    /// `in_repair`; ineligible → `to_return`; paid or still needing proof → stays
    /// `awaiting_customer` (a quote, or better proof, is needed).
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
        let version = self.policy_version_of(policy)?;
        let now = codec::truncate(now);
        self.step(number, actor, now, |case| {
            require(case, &[State::AwaitingCustomer], State::InRepair)?;
            case.proof = proof.clone();
            if let Some(facts) = case.facts() {
                facts.check_dates().map_err(|err| StoreError::Invalid {
                    field: err.field,
                    problem: err.problem,
                })?;
            }
            let decision = decide_again(case, policy, version, now)?;
            let note = format!("Proof received. {}", verdict_note(&decision));
            Ok(match decision.verdict {
                Verdict::Free => {
                    case.quote = None;
                    case.asked_on = None;
                    Step::new(State::InRepair, "2.4", note)
                }
                Verdict::Paid => {
                    if case.quote.is_none() {
                        case.asked_on = Some(today);
                    }
                    Step::new(
                        State::AwaitingCustomer,
                        "2.2",
                        format!("{note} A paid repair needs a quote and the customer's agreement."),
                    )
                }
                Verdict::NeedsProof => Step::new(
                    State::AwaitingCustomer,
                    "2.3",
                    format!("{note} The proof is not sufficient yet."),
                ),
                Verdict::Ineligible => {
                    case.return_reason = Some(ReturnReason::Ineligible);
                    Step::new(State::ToReturn, "1.2", note)
                }
            })
        })
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
        self.step(number, actor, now, |case| {
            require(case, &[State::AwaitingCustomer], State::AwaitingPayment)?;
            if case.quote.is_none() {
                return Err(refuse(case, "no quote has been sent to accept (2.2)"));
            }
            case.payment_notice_on = Some(notice_on);
            Ok(Step::new(
                State::AwaitingPayment,
                "2.6",
                format!(
                    "Quote accepted. Payment due by {} (2.6).",
                    lifecycle::payment_due(notice_on)
                ),
            ))
        })
    }

    /// 2.2: the customer declines the quote; the device goes back unrepaired.
    pub fn decline_quote(
        &mut self,
        number: &CaseNumber,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        self.step(number, actor, now, |case| {
            require(case, &[State::AwaitingCustomer], State::ToReturn)?;
            if case.quote.is_none() {
                return Err(refuse(case, "no quote has been sent to decline (2.2)"));
            }
            case.return_reason = Some(ReturnReason::QuoteDeclined);
            Ok(Step::new(
                State::ToReturn,
                "2.2",
                "Quote declined: the device goes back unrepaired.",
            ))
        })
    }

    /// 2.6: a payment for the quoted repair. When the payments cover the quote the
    /// repair starts (`in_repair`); a part payment stays `awaiting_payment`.
    pub fn record_payment(
        &mut self,
        number: &CaseNumber,
        payment: &Payment,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        if payment.amount.minor <= 0 {
            return Err(StoreError::invalid("amount", "must be more than zero"));
        }
        self.step(number, actor, now, |case| {
            require(case, &[State::AwaitingPayment], State::InRepair)?;
            let Some(quote) = &case.quote else {
                return Err(refuse(case, "there is no quote to pay"));
            };
            let total = quote
                .total()
                .map_err(|err| StoreError::corrupt(format!("the quote of {}", case.number), err))?;
            if payment.amount.currency != total.currency {
                return Err(StoreError::invalid(
                    "currency",
                    format!(
                        "the quote is in {}, not {}",
                        total.currency, payment.amount.currency
                    ),
                ));
            }
            case.payments.push(payment.clone());
            let paid: i64 = case.payments.iter().map(|p| p.amount.minor).sum();
            if paid >= total.minor {
                Ok(Step::new(
                    State::InRepair,
                    "2.6",
                    format!(
                        "Paid {} ({}): the repair can start.",
                        payment.amount, payment.method
                    ),
                ))
            } else {
                let due = crate::domain::Money::new(total.minor - paid, total.currency.clone());
                Ok(Step::new(
                    State::AwaitingPayment,
                    "2.6",
                    format!(
                        "Part payment {} ({}); {due} still due.",
                        payment.amount, payment.method
                    ),
                ))
            }
        })
    }

    /// 2.5: the repair is finished; a whole-unit replacement records the new unit's
    /// serial.
    pub fn repair_done(
        &mut self,
        number: &CaseNumber,
        replacement_serial: Option<&str>,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        let replacement = replacement_serial
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string);
        self.step(number, actor, now, |case| {
            require(case, &[State::InRepair], State::Ready)?;
            if case.diagnosis.method == Some(RepairMethod::UnitReplacement) && replacement.is_none()
            {
                return Err(StoreError::invalid(
                    "replacement_serial",
                    "a whole-unit replacement needs the new unit's serial (2.5)",
                ));
            }
            let note = match &replacement {
                Some(serial) => format!("Repaired: replaced by unit {serial}."),
                None => "Repaired.".to_string(),
            };
            case.replacement_serial = replacement;
            case.return_reason = Some(ReturnReason::Repaired);
            Ok(Step::new(State::Ready, "2.5", note))
        })
    }

    /// 4.2: no parcel within 15 days of the application: it expires and the customer
    /// must apply again. Refused while the application is still open on `today`.
    pub fn expire_application(
        &mut self,
        number: &CaseNumber,
        today: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        self.step(number, actor, now, |case| {
            require(case, &[State::Applied], State::Expired)?;
            let Some(applied_on) = case.applied_on else {
                return Err(refuse(case, "the application has no date"));
            };
            let closes = lifecycle::application_closes(applied_on);
            if !lifecycle::application_expired(applied_on, today) {
                return Err(refuse(
                    case,
                    format!("the application is open until {closes} (4.2)"),
                ));
            }
            Ok(Step::new(
                State::Expired,
                "4.2",
                format!("No parcel arrived by {closes}: the application expired; the customer must apply again."),
            ))
        })
    }

    /// 2.6: payment not made within a month of the notice; the device goes back
    /// unrepaired. Refused before the due date has passed on `today`.
    pub fn return_overdue_payment(
        &mut self,
        number: &CaseNumber,
        today: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        self.step(number, actor, now, |case| {
            require(case, &[State::AwaitingPayment], State::ToReturn)?;
            let Some(notice_on) = case.payment_notice_on else {
                return Err(refuse(case, "no payment notice date is recorded"));
            };
            let due = lifecycle::payment_due(notice_on);
            if !lifecycle::payment_overdue(notice_on, today) {
                return Err(refuse(
                    case,
                    format!("payment is due by {due} (2.6): not overdue yet"),
                ));
            }
            case.return_reason = Some(ReturnReason::PaymentOverdue);
            Ok(Step::new(
                State::ToReturn,
                "2.6",
                format!("Payment not received by {due}: the device goes back unrepaired."),
            ))
        })
    }

    /// 2.3: the customer did not answer (proof, or the quote) within the center's answer
    /// days; the device goes back unrepaired.
    pub fn return_unanswered(
        &mut self,
        number: &CaseNumber,
        today: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        let answer_days = self.answer_days()?;
        self.step(number, actor, now, |case| {
            require(case, &[State::AwaitingCustomer], State::ToReturn)?;
            let Some(asked_on) = case.asked_on else {
                return Err(refuse(case, "no request to the customer is recorded"));
            };
            let due = lifecycle::answer_due(asked_on, answer_days);
            if !lifecycle::answer_overdue(asked_on, answer_days, today) {
                return Err(refuse(
                    case,
                    format!("the customer may answer until {due} (2.3)"),
                ));
            }
            let (reason, what) = if case.quote.is_some() {
                (ReturnReason::QuoteDeclined, "the quote")
            } else {
                (ReturnReason::ProofNotGiven, "the request for proof")
            };
            case.return_reason = Some(reason);
            Ok(Step::new(
                State::ToReturn,
                "2.3",
                format!("No answer to {what} by {due}: the device goes back unrepaired."),
            ))
        })
    }

    /// 4.1: the problem was solved by remote help or a software update; no device is
    /// sent and the application closes.
    pub fn resolve_remotely(
        &mut self,
        number: &CaseNumber,
        note: &str,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        if blank(note) {
            return Err(StoreError::invalid("note", "say how it was resolved"));
        }
        self.step(number, actor, now, |case| {
            require(case, &[State::Applied], State::ResolvedRemotely)?;
            Ok(Step::new(
                State::ResolvedRemotely,
                "4.1",
                format!("Resolved remotely: {}", note.trim()),
            ))
        })
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
        match handback {
            Handback::Shipped { carrier, tracking } => {
                if blank(carrier) {
                    return Err(StoreError::invalid("carrier", "missing (required)"));
                }
                if blank(tracking) {
                    return Err(StoreError::invalid("tracking", "missing (required)"));
                }
            }
            Handback::Collected { by, .. } => {
                if blank(by) {
                    return Err(StoreError::invalid(
                        "collected_by",
                        "missing (required): who collected the device",
                    ));
                }
            }
        }
        self.step(number, actor, now, |case| {
            require(case, &[State::Ready, State::ToReturn], State::Returned)?;
            let had_password = case.handover.password_note.take().is_some();
            case.handback = Some(handback.clone());
            let mut note = match handback {
                Handback::Shipped { carrier, tracking } => format!(
                    "Shipped back with {carrier}, tracking {tracking}, freight prepaid by the service center."
                ),
                // The collector's name stays in the case's handback, where the retention
                // setting can remove it (3.7); the history never holds it.
                Handback::Collected { id_checked, .. } => format!(
                    "Collected at the counter{}.",
                    if *id_checked { ", ID checked" } else { "" }
                ),
            };
            if had_password {
                note.push_str(" The password note was removed (3.2, 3.7).");
            }
            Ok(Step::new(State::Returned, "2.1", note))
        })
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

/// Writes a validated new case and its creation event on `conn` (inside the caller's
/// transaction): the number, the warranty decision, the row and the event.
pub(crate) fn insert_new_case(
    conn: &rusqlite::Connection,
    new: &NewCase,
    policy: &Policy,
    policy_version: i64,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Case> {
    let now = codec::truncate(now);
    let (state, note) = match new.arrival {
        Arrival::MailIn => (
            State::Applied,
            match new.application_id.as_deref().filter(|id| !blank(id)) {
                Some(id) => format!("Online application {} accepted.", id.trim()),
                None => "Online application accepted.".to_string(),
            },
        ),
        Arrival::WalkIn => (State::Received, "Device received at the desk.".to_string()),
    };
    if let Some(id) = new.application_id.as_deref().filter(|id| !blank(id))
        && let Some(number) = application_case(conn, id.trim())?
    {
        return Err(StoreError::DuplicateApplication {
            application_id: id.trim().to_string(),
            number,
        });
    }
    let number = next_number(conn, write::number_year(now.date_naive()))?;
    let mut case = case_from_new(new, number, state);
    record_decision(&mut case, policy, policy_version, now);
    let note = match &case.decision {
        Some(recorded) => format!("{note} {}", verdict_note(&recorded.decision)),
        None => note,
    };
    let event = Event {
        at: now,
        actor: actor.trim().to_string(),
        from: None,
        to: state,
        clause: "1.1".to_string(),
        note,
    };
    let micros = codec::micros(now);
    let id = insert_case(conn, &case, micros, micros, false)?;
    record_event(conn, id, &event)?;
    case.events.push(event);
    Ok(case)
}

fn application_case(
    conn: &rusqlite::Connection,
    application_id: &str,
) -> Result<Option<CaseNumber>> {
    use rusqlite::OptionalExtension;
    let number: Option<String> = conn
        .query_row(
            "SELECT number FROM cases WHERE application_id = ?1",
            [application_id],
            |row| row.get(0),
        )
        .optional()?;
    Ok(number.and_then(|n| CaseNumber::parse(&n)))
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
            super::write::mark(super::write::EVENTS_FOLDED_TALLY)
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
