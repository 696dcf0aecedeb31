//! What each step of a case's life does to it (docs/rules.md §4–§6), as pure functions.
//!
//! A [`Step`] is what the desk confirmed: a parcel opened, a diagnosis, a quote, an
//! answer, a payment, a return. [`apply`] checks it against the case (the state it
//! starts from, the dates it follows, the inputs it needs), changes the case, and
//! returns the one history entry it makes: from, to, clause and note. Nothing here reads
//! a clock or a database: the store loads the case, calls [`apply`] and saves the case
//! and the entry in one transaction, and the screens and `fixdesk step` both go through
//! that same store entry point, so a step has one set of rules wherever it is taken.
//!
//! A refused step returns a [`StepError`] and must be dropped unwritten; the case it was
//! given may have been half changed.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::case::{
    Case, CaseEvent, CaseNumber, Diagnosis, Handback, Handover, NewCase, ParcelRecord, Payment,
    Proof, RecordedDecision, ReturnReason,
};
use super::coded::Note;
use super::lifecycle::{self, CaseState, check_transition};
use super::money::Money;
use super::parcel::{self, ApplicationStatus, ParcelCheck, ParcelOutcome};
use super::policy::{MAX_MONTHS, Policy};
use super::repair::{Quote, RepairMethod};
use super::warranty::{Cause, Decision, Verdict, decide, same_identifier};

pub use super::opening::{new_case_problems, open_case, open_unsolicited};

/// What the inspector records when a parcel arrives (docs/rules.md §5), and, when it is
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
    /// The gate's facts for the parcel check of docs/rules.md §5.
    pub fn check(&self, application: ApplicationStatus) -> ParcelCheck {
        ParcelCheck {
            application,
            cash_on_delivery: self.cash_on_delivery,
            package_damaged: self.package_damaged,
            soaked: self.soaked,
            packaging_adequate: self.packaging_adequate,
        }
    }
}

/// A step the desk confirmed on a case. The variants are the screens' buttons and the
/// actions of `fixdesk step`; serialised, it is the step with its inputs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// The parcel for an open application arrives (docs/rules.md §5).
    Receive(ParcelArrival),
    /// A parcel without an open application: `expired` names the one it came for. It
    /// opens a new case (4.3) and, when that application is still `applied`, expires it
    /// (4.2) in the same transaction.
    Unsolicited {
        new: Box<NewCase>,
        parcel: ParcelArrival,
        expired: Option<CaseNumber>,
    },
    /// The cause, component and method found; the warranty is decided again.
    Diagnose(Diagnosis),
    /// A paid repair's quote goes to the customer (2.2).
    SendQuote(Quote),
    /// The customer accepts the quote; the date is the payment notice's (2.6).
    AcceptQuote(NaiveDate),
    DeclineQuote,
    /// Proof of purchase asked for (2.3) without a diagnosis.
    AskForProof,
    /// The customer brings proof (2.3, 2.4); the warranty is decided again.
    ProofReceived(Proof),
    /// No answer within the center's answer days (2.3).
    ReturnUnanswered,
    Payment(Payment),
    /// Payment not made within a month of the notice (2.6).
    ReturnOverdue,
    /// The repair is finished; a whole-unit replacement gives the new unit's serial (2.5).
    RepairDone(Option<String>),
    /// Solved by remote help or a software update (4.1); the note says how.
    ResolveRemotely(String),
    /// No parcel within 15 days of the application (4.2).
    Expire,
    /// The device goes back: shipped (2.1) or collected at the counter.
    HandBack(Handback),
    /// The customer asks for no messages (`false`) or for messages again (`true`):
    /// docs/rules.md §11. The state does not change; the history says who and when.
    Messages(bool),
}

/// Every step's name ([`Step::action`]), in the order of the agreement's flow: the one
/// list `fixdesk step` accepts and the role table (`staff.rs`) must place.
pub const ACTIONS: [&str; 17] = [
    "receive",
    "unsolicited",
    "diagnose",
    "send_quote",
    "accept_quote",
    "decline_quote",
    "ask_for_proof",
    "proof_received",
    "return_unanswered",
    "payment",
    "return_overdue",
    "repair_done",
    "resolve_remotely",
    "expire",
    "hand_back",
    "no_messages",
    "messages",
];

impl Step {
    /// The action's name, as `fixdesk step` takes it.
    pub fn action(&self) -> &'static str {
        match self {
            Self::Receive(_) => "receive",
            Self::Unsolicited { .. } => "unsolicited",
            Self::Diagnose(_) => "diagnose",
            Self::SendQuote(_) => "send_quote",
            Self::AcceptQuote(_) => "accept_quote",
            Self::DeclineQuote => "decline_quote",
            Self::AskForProof => "ask_for_proof",
            Self::ProofReceived(_) => "proof_received",
            Self::ReturnUnanswered => "return_unanswered",
            Self::Payment(_) => "payment",
            Self::ReturnOverdue => "return_overdue",
            Self::RepairDone(_) => "repair_done",
            Self::ResolveRemotely(_) => "resolve_remotely",
            Self::Expire => "expire",
            Self::HandBack(_) => "hand_back",
            Self::Messages(false) => "no_messages",
            Self::Messages(true) => "messages",
        }
    }

    /// The business dates the step's inputs carry, each with the words a clerk knows it
    /// by: what a screen or `fixdesk step` checks with
    /// [`after_today_warning`](super::dates::after_today_warning) (a date after today is
    /// most likely mistyped, and it would move a deadline).
    pub fn business_dates(&self) -> Vec<(&'static str, NaiveDate)> {
        match self {
            Self::Receive(parcel) | Self::Unsolicited { parcel, .. } => {
                vec![("Received on", parcel.received_on)]
            }
            Self::AcceptQuote(notice_on) => vec![("Payment notice date", *notice_on)],
            Self::Payment(payment) => vec![("Paid on", payment.paid_on)],
            _ => Vec::new(),
        }
    }

    /// Does this step decide the warranty (so it needs the policy's version on file)?
    pub fn decides(&self) -> bool {
        match self {
            Self::Diagnose(_) | Self::ProofReceived(_) | Self::Unsolicited { .. } => true,
            // A serial other than the application's decides again (2.4).
            Self::Receive(parcel) => parcel.serial_found.as_deref().is_some_and(|s| !blank(s)),
            _ => false,
        }
    }
}

/// What a step needs besides the case: the policy (and the version decisions cite), the
/// business day it is taken on, the time of the entry and the center's answer days.
#[derive(Debug, Clone, Copy)]
pub struct StepContext<'a> {
    pub policy: &'a Policy,
    /// The policy's version on file; only steps that decide read it.
    pub policy_version: i64,
    /// The business day: when proof or an answer is asked for, and the day deadlines are
    /// checked against.
    pub today: NaiveDate,
    pub now: DateTime<Utc>,
    /// 2.3: days the customer has to answer.
    pub answer_days: u32,
    /// Who takes the step (the history's "who").
    pub actor: &'a str,
}

/// Why a step is refused. The store turns these into its errors.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StepError {
    /// An input is missing or wrong: names the field.
    #[error("{field}: {problem}")]
    Invalid { field: String, problem: String },
    /// The case is not in a state this step starts from.
    #[error("a case cannot move from '{from}' to '{to}'")]
    Transition { from: CaseState, to: CaseState },
    /// The case's own facts refuse the step (a deadline not passed, no quote…).
    #[error("{0}")]
    Refused(String),
    /// The stored case cannot be read as the step needs (a quote that does not add up).
    #[error("{0}")]
    Corrupt(String),
}

impl StepError {
    pub(super) fn invalid(field: &str, problem: impl Into<String>) -> Self {
        Self::Invalid {
            field: field.to_string(),
            problem: problem.into(),
        }
    }

    pub(super) fn refused(reason: impl Into<String>) -> Self {
        Self::Refused(reason.into())
    }
}

pub(crate) type StepResult<T> = Result<T, StepError>;

/// Where a step goes, on which clause and why (before the time and actor are added).
pub(crate) struct Move {
    to: CaseState,
    clause: String,
    note: Note,
}

impl Move {
    pub(crate) fn new(to: CaseState, clause: &str, note: impl Into<Note>) -> Self {
        Self {
            to,
            clause: clause.to_string(),
            note: note.into(),
        }
    }
}

pub(super) fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// Applies one step to a stored case: checks its inputs, the state it starts from and
/// the dates it follows, changes the case, moves it to its new state and appends the
/// one history entry (also returned, for the store to write). `Unsolicited` opens a new
/// case and is refused here: see [`open_unsolicited`](super::opening::open_unsolicited).
pub fn apply(case: &mut Case, step: &Step, ctx: &StepContext) -> StepResult<CaseEvent> {
    check_inputs(step)?;
    check_actor(ctx.actor)?;
    let from = case.state;
    let change = match step {
        Step::Receive(parcel) => receive(case, parcel, ctx)?,
        Step::Unsolicited { .. } => {
            return Err(StepError::refused(
                "a parcel without an open application opens a new case",
            ));
        }
        Step::Diagnose(diagnosis) => diagnose(case, diagnosis, ctx)?,
        Step::SendQuote(quote) => send_quote(case, quote, ctx)?,
        Step::AcceptQuote(notice_on) => accept_quote(case, *notice_on)?,
        Step::DeclineQuote => decline_quote(case)?,
        Step::AskForProof => ask_for_proof(case, ctx)?,
        Step::ProofReceived(proof) => proof_received(case, proof, ctx)?,
        Step::ReturnUnanswered => return_unanswered(case, ctx)?,
        Step::Payment(payment) => pay(case, payment)?,
        Step::ReturnOverdue => return_overdue(case, ctx)?,
        Step::RepairDone(serial) => repair_done(case, serial.as_deref())?,
        Step::ResolveRemotely(note) => resolve_remotely(case, note)?,
        Step::Expire => expire(case, ctx)?,
        Step::HandBack(handback) => hand_back(case, handback)?,
        Step::Messages(on) => super::mail::switch_messages(case, *on)?,
    };
    if change.to != from {
        check_transition(from, change.to).map_err(|err| StepError::Transition {
            from: err.from,
            to: err.to,
        })?;
    }
    case.state = change.to;
    let event = CaseEvent {
        at: ctx.now,
        actor: ctx.actor.trim().to_string(),
        // Where: stamped by the store, which knows the desk it writes for.
        desk: String::new(),
        from: Some(from),
        to: change.to,
        clause: change.clause,
        note: change.note.text,
        code: change.note.code,
        args: change.note.args,
    };
    case.events.push(event.clone());
    Ok(event)
}

pub(super) fn check_actor(actor: &str) -> StepResult<()> {
    if blank(actor) {
        Err(StepError::invalid("actor", "say who is doing this"))
    } else {
        Ok(())
    }
}

/// The checks a step's inputs pass whatever the case: the store runs them before it
/// reads the case, so a wrong input is named even for a case in another state.
pub fn check_inputs(step: &Step) -> StepResult<()> {
    match step {
        Step::Diagnose(diagnosis) if diagnosis.cause == Cause::Unknown => Err(StepError::invalid(
            "cause",
            "choose the cause found at inspection (1.3)",
        )),
        Step::SendQuote(quote) => {
            quote
                .validate()
                .map_err(|err| StepError::invalid("quote", err.to_string()))?;
            quote
                .total()
                .map_err(|err| StepError::invalid("quote", err.to_string()))?;
            Ok(())
        }
        Step::Payment(payment) if payment.amount.minor <= 0 => {
            Err(StepError::invalid("amount", "must be more than zero"))
        }
        Step::ResolveRemotely(note) if blank(note) => {
            Err(StepError::invalid("note", "say how it was resolved"))
        }
        Step::HandBack(Handback::Shipped { carrier, tracking }) => {
            if blank(carrier) {
                Err(StepError::invalid("carrier", "missing (required)"))
            } else if blank(tracking) {
                Err(StepError::invalid("tracking", "missing (required)"))
            } else {
                Ok(())
            }
        }
        Step::HandBack(Handback::Collected { by, .. }) if blank(by) => Err(StepError::invalid(
            "collected_by",
            "missing (required): who collected the device",
        )),
        _ => Ok(()),
    }
}

/// Refuses a step from a state the step does not start from, naming both states.
fn require(case: &Case, allowed: &[CaseState], to: CaseState) -> StepResult<()> {
    if allowed.contains(&case.state) {
        Ok(())
    } else {
        Err(StepError::Transition {
            from: case.state,
            to,
        })
    }
}

/// Refuses a business date before the step it follows (docs/rules.md §4: a step cannot
/// happen before the one it answers), naming the field and both dates.
fn not_before(
    field: &str,
    date: NaiveDate,
    earlier: Option<NaiveDate>,
    what: &str,
) -> StepResult<()> {
    match earlier {
        Some(earlier) if date < earlier => Err(StepError::invalid(
            field,
            format!("{date} is before {what} ({earlier})"),
        )),
        _ => Ok(()),
    }
}

/// The decision in one line for the history.
pub fn verdict_note(decision: &Decision) -> String {
    verdict_phrase(decision).text
}

/// The decision in one line for the history, coded (`verdict`, `provisional`).
pub fn verdict_phrase(decision: &Decision) -> Note {
    let provisional = if decision.provisional {
        " (provisional until inspection)"
    } else {
        ""
    };
    Note::coded(
        "warranty",
        format!("Warranty: {}{provisional}.", decision.verdict.label()),
    )
    .arg("verdict", decision.verdict.as_str())
    .arg(
        "provisional",
        if decision.provisional { "yes" } else { "no" },
    )
}

/// Decides the warranty with what the case now holds and records it with the policy's
/// version (docs/rules.md §3). A case without a claim date is left undecided.
pub fn record_decision(case: &mut Case, ctx: &StepContext) {
    if let Some(facts) = case.facts() {
        case.decision = Some(RecordedDecision {
            decision: decide(ctx.policy, &facts),
            policy_version: ctx.policy_version,
            decided_at: ctx.now,
        });
    }
}

/// Decides again (a diagnosis, new proof, the real serial) and returns the decision; a
/// case without a claim date cannot be decided, so the step is refused.
fn decide_again(case: &mut Case, ctx: &StepContext) -> StepResult<Decision> {
    record_decision(case, ctx);
    match &case.decision {
        Some(recorded) => Ok(recorded.decision.clone()),
        None => Err(StepError::refused(
            "the case has no claim date to decide on",
        )),
    }
}

fn verdict_of(case: &Case) -> Option<Verdict> {
    case.decision.as_ref().map(|d| d.decision.verdict)
}

/// "Free repair, invoice valid" — what a note compares before and after.
fn decision_words(decision: Option<&Decision>) -> String {
    match decision {
        None => "not decided".to_string(),
        Some(decision) => {
            let invoice = match decision.invoice_valid {
                Some(true) => ", invoice valid",
                Some(false) => ", invoice not valid",
                None => "",
            };
            format!("{}{invoice}", decision.verdict.label())
        }
    }
}

/// docs/rules.md §5: the parcel for an open application. Cash on delivery is refused (2.1),
/// a damaged or soaked package rejected (3.6): the case becomes `rejected`. Otherwise
/// the device is taken in with its accessories (3.5). A device whose serial differs from
/// the application's is the product now (2.4): its serial becomes the case's, the
/// applied one is kept, and the warranty is decided again with it.
fn receive(case: &mut Case, parcel: &ParcelArrival, ctx: &StepContext) -> StepResult<Move> {
    require(case, &[CaseState::Applied], CaseState::Received)?;
    not_before(
        "received_on",
        parcel.received_on,
        case.applied_on,
        "the application date",
    )?;
    if let Some(applied_on) = case.applied_on
        && lifecycle::application_expired(applied_on, parcel.received_on)
    {
        return Err(StepError::refused(format!(
            "the application closed on {} (4.2): expire it and take the parcel in as unsolicited (4.3)",
            lifecycle::application_closes(applied_on)
        )));
    }
    let check = parcel.check(ApplicationStatus::Open);
    let decision = parcel::check(&check);
    let mut note = decision.note();
    let serial_found = parcel
        .serial_found
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string);
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
                && !same_identifier(&found, &case.device.serial)
            {
                note = note.then(serial_changed(case, found, ctx));
            }
            CaseState::Received
        }
        ParcelOutcome::Refuse | ParcelOutcome::Reject => CaseState::Rejected,
    };
    Ok(Move::new(to, decision.clause, note))
}

/// The device in the box is the product (2.4): records its serial as the case's, keeps
/// the application's, decides again and says what changed.
fn serial_changed(case: &mut Case, found: String, ctx: &StepContext) -> Note {
    let applied = std::mem::replace(&mut case.device.serial, found.clone());
    if case.applied_serial.is_none() {
        case.applied_serial = Some(applied.clone());
    }
    let before = case.decision.as_ref().map(|d| d.decision.clone());
    record_decision(case, ctx);
    let after = case.decision.as_ref().map(|d| &d.decision);
    let note = Note::coded(
        "serial-changed",
        format!(
            "The device's serial {found} differs from the application's {applied}: the case now carries {found} (2.4)."
        ),
    )
    .arg("found", &found)
    .arg("applied", &applied);
    let (before_words, after_words) = (decision_words(before.as_ref()), decision_words(after));
    let outcome = if before_words == after_words {
        Note::coded(
            "warranty-unchanged",
            format!("Warranty unchanged: {after_words}."),
        )
    } else {
        Note::coded(
            "warranty-decided-again",
            format!("Warranty decided again: {before_words} → {after_words}."),
        )
    };
    // "Not decided" has no code: such a note is shown as stored.
    let outcome = match (before.as_ref(), after) {
        (Some(before), Some(after)) => outcome
            .arg("before_verdict", before.verdict.as_str())
            .arg("before_invoice", invoice_word(before))
            .arg("after_verdict", after.verdict.as_str())
            .arg("after_invoice", invoice_word(after)),
        _ => Note::plain(outcome.text),
    };
    note.then(outcome)
}

/// A decision's invoice as a code argument: `valid`, `not_valid` or `unknown`.
fn invoice_word(decision: &Decision) -> &'static str {
    match decision.invoice_valid {
        Some(true) => "valid",
        Some(false) => "not_valid",
        None => "unknown",
    }
}

/// Diagnosis (docs/rules.md §4): records the cause, the failed component and the method,
/// and decides the warranty again with them. Free → `in_repair` (1.3, 1.4); paid →
/// stays `received` until a quote is sent (2.2); needs proof → `awaiting_customer`
/// from `today` (2.3); ineligible → `to_return` (1.2).
fn diagnose(case: &mut Case, diagnosis: &Diagnosis, ctx: &StepContext) -> StepResult<Move> {
    require(case, &[CaseState::Received], CaseState::InRepair)?;
    not_before(
        "today",
        ctx.today,
        case.received_on,
        "the day the device was received",
    )?;
    case.diagnosis = Diagnosis {
        component: diagnosis.component.clone().filter(|c| !blank(c)),
        ..diagnosis.clone()
    };
    let decision = decide_again(case, ctx)?;
    let component = case.diagnosis.component.clone();
    let diagnosed = Note::coded(
        if component.is_some() {
            "diagnosed-component"
        } else {
            "diagnosed"
        },
        format!(
            "Diagnosed: {}{}.",
            case.diagnosis.cause.label(),
            component
                .as_ref()
                .map(|c| format!(", {c}"))
                .unwrap_or_default(),
        ),
    )
    .arg("cause", case.diagnosis.cause.as_str());
    let diagnosed = match component {
        Some(component) => diagnosed.arg("component", component),
        None => diagnosed,
    };
    let summary = diagnosed.then(verdict_phrase(&decision));
    Ok(match decision.verdict {
        Verdict::Free => Move::new(CaseState::InRepair, "1.4", summary),
        Verdict::Paid => Move::new(
            CaseState::Received,
            "2.2",
            summary.then(Note::coded(
                "quote-first",
                "A quote must be sent and accepted before any work.",
            )),
        ),
        Verdict::NeedsProof => {
            case.asked_on = Some(ctx.today);
            Move::new(
                CaseState::AwaitingCustomer,
                "2.3",
                summary.then(Note::coded("proof-asked-short", "Proof asked for.")),
            )
        }
        Verdict::Ineligible => {
            case.return_reason = Some(ReturnReason::Ineligible);
            Move::new(CaseState::ToReturn, "1.2", summary)
        }
    })
}

/// 2.2: the quote for a paid repair goes to the customer, who answers within the
/// center's answer days (2.3). Also re-sends a changed quote.
fn send_quote(case: &mut Case, quote: &Quote, ctx: &StepContext) -> StepResult<Move> {
    require(
        case,
        &[CaseState::Received, CaseState::AwaitingCustomer],
        CaseState::AwaitingCustomer,
    )?;
    if verdict_of(case) != Some(Verdict::Paid) {
        return Err(StepError::refused(
            "only a paid repair is quoted (2.2): the warranty decision is not 'paid'",
        ));
    }
    not_before(
        "today",
        ctx.today,
        case.received_on,
        "the day the device was received",
    )?;
    let total = quote
        .total()
        .map_err(|err| StepError::invalid("quote", err.to_string()))?;
    case.quote = Some(quote.clone());
    case.asked_on = Some(ctx.today);
    Ok(Move::new(
        CaseState::AwaitingCustomer,
        "2.2",
        Note::coded(
            "quote-sent",
            format!("Quote sent: {total}. Nothing is repaired without the customer's agreement."),
        )
        .money("total_amount", &total),
    ))
}

/// 2.3: asks the customer for proof (of a formal channel, or a valid invoice).
fn ask_for_proof(case: &mut Case, ctx: &StepContext) -> StepResult<Move> {
    require(case, &[CaseState::Received], CaseState::AwaitingCustomer)?;
    not_before(
        "today",
        ctx.today,
        case.received_on,
        "the day the device was received",
    )?;
    case.asked_on = Some(ctx.today);
    Ok(Move::new(
        CaseState::AwaitingCustomer,
        "2.3",
        Note::coded("proof-asked", "Proof of purchase asked for."),
    ))
}

/// 2.3, 2.4: the customer brings proof; the warranty is decided again with it. Free →
/// `in_repair`; ineligible → `to_return`; paid or still needing proof → stays
/// `awaiting_customer` (a quote, or better proof, is needed).
fn proof_received(case: &mut Case, proof: &Proof, ctx: &StepContext) -> StepResult<Move> {
    require(case, &[CaseState::AwaitingCustomer], CaseState::InRepair)?;
    if proof.contract_months.is_some_and(|m| m > MAX_MONTHS) {
        return Err(StepError::invalid(
            "contract_months",
            format!("must be from 0 to {MAX_MONTHS}"),
        ));
    }
    case.proof = proof.clone();
    if let Some(facts) = case.facts() {
        facts.check_dates().map_err(|err| StepError::Invalid {
            field: err.field,
            problem: err.problem,
        })?;
    }
    let decision = decide_again(case, ctx)?;
    let note = Note::coded("proof-received", "Proof received.").then(verdict_phrase(&decision));
    Ok(match decision.verdict {
        Verdict::Free => {
            case.quote = None;
            case.asked_on = None;
            Move::new(CaseState::InRepair, "2.4", note)
        }
        Verdict::Paid => {
            if case.quote.is_none() {
                case.asked_on = Some(ctx.today);
            }
            Move::new(
                CaseState::AwaitingCustomer,
                "2.2",
                note.then(Note::coded(
                    "paid-needs-quote",
                    "A paid repair needs a quote and the customer's agreement.",
                )),
            )
        }
        Verdict::NeedsProof => Move::new(
            CaseState::AwaitingCustomer,
            "2.3",
            note.then(Note::coded(
                "proof-not-sufficient",
                "The proof is not sufficient yet.",
            )),
        ),
        Verdict::Ineligible => {
            case.return_reason = Some(ReturnReason::Ineligible);
            Move::new(CaseState::ToReturn, "1.2", note)
        }
    })
}

/// 2.2, 2.6: the customer accepts the quote; payment is due one month after the
/// payment notice (`notice_on`, the day they are told the amount), which cannot be
/// before the quote was sent.
fn accept_quote(case: &mut Case, notice_on: NaiveDate) -> StepResult<Move> {
    require(
        case,
        &[CaseState::AwaitingCustomer],
        CaseState::AwaitingPayment,
    )?;
    if case.quote.is_none() {
        return Err(StepError::refused("no quote has been sent to accept (2.2)"));
    }
    not_before("notice_on", notice_on, case.asked_on, "the quote was sent")?;
    case.payment_notice_on = Some(notice_on);
    Ok(Move::new(
        CaseState::AwaitingPayment,
        "2.6",
        Note::coded(
            "quote-accepted",
            format!(
                "Quote accepted. Payment due by {} (2.6).",
                lifecycle::payment_due(notice_on)
            ),
        )
        .date("due_date", lifecycle::payment_due(notice_on)),
    ))
}

/// 2.2: the customer declines the quote; the device goes back unrepaired.
fn decline_quote(case: &mut Case) -> StepResult<Move> {
    require(case, &[CaseState::AwaitingCustomer], CaseState::ToReturn)?;
    if case.quote.is_none() {
        return Err(StepError::refused(
            "no quote has been sent to decline (2.2)",
        ));
    }
    case.return_reason = Some(ReturnReason::QuoteDeclined);
    Ok(Move::new(
        CaseState::ToReturn,
        "2.2",
        Note::coded(
            "quote-declined",
            "Quote declined: the device goes back unrepaired.",
        ),
    ))
}

/// 2.6: a payment for the quoted repair. When the payments cover the quote the repair
/// starts (`in_repair`); a part payment stays `awaiting_payment` and says what is left.
fn pay(case: &mut Case, payment: &Payment) -> StepResult<Move> {
    require(case, &[CaseState::AwaitingPayment], CaseState::InRepair)?;
    let Some(quote) = &case.quote else {
        return Err(StepError::refused("there is no quote to pay"));
    };
    let total = quote
        .total()
        .map_err(|err| StepError::Corrupt(format!("the quote of {}: {err}", case.number)))?;
    if payment.amount.currency != total.currency {
        return Err(StepError::invalid(
            "currency",
            format!(
                "the quote is in {}, not {}",
                total.currency, payment.amount.currency
            ),
        ));
    }
    not_before(
        "paid_on",
        payment.paid_on,
        case.payment_notice_on,
        "the payment notice",
    )?;
    case.payments.push(payment.clone());
    let paid: i64 = case.payments.iter().map(|p| p.amount.minor).sum();
    if paid >= total.minor {
        Ok(Move::new(
            CaseState::InRepair,
            "2.6",
            Note::coded(
                "paid",
                format!(
                    "Paid {} ({}): the repair can start.",
                    payment.amount, payment.method
                ),
            )
            .money("paid_amount", &payment.amount)
            .arg("method", &payment.method),
        ))
    } else {
        let due = Money::new(total.minor - paid, total.currency.clone());
        Ok(Move::new(
            CaseState::AwaitingPayment,
            "2.6",
            Note::coded(
                "part-paid",
                format!(
                    "Part payment {} ({}); {due} still due.",
                    payment.amount, payment.method
                ),
            )
            .money("paid_amount", &payment.amount)
            .arg("method", &payment.method)
            .money("due_amount", &due),
        ))
    }
}

/// 2.5: the repair is finished; a whole-unit replacement records the new unit's serial.
fn repair_done(case: &mut Case, replacement_serial: Option<&str>) -> StepResult<Move> {
    let replacement = replacement_serial
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string);
    require(case, &[CaseState::InRepair], CaseState::Ready)?;
    if case.diagnosis.method == Some(RepairMethod::UnitReplacement) && replacement.is_none() {
        return Err(StepError::invalid(
            "replacement_serial",
            "a whole-unit replacement needs the new unit's serial (2.5)",
        ));
    }
    let note = match &replacement {
        Some(serial) => Note::coded(
            "repaired-replaced",
            format!("Repaired: replaced by unit {serial}."),
        )
        .arg("serial", serial),
        None => Note::coded("repaired", "Repaired."),
    };
    case.replacement_serial = replacement;
    case.return_reason = Some(ReturnReason::Repaired);
    Ok(Move::new(CaseState::Ready, "2.5", note))
}

/// 4.2: no parcel within 15 days of the application: it expires and the customer must
/// apply again. Refused while the application is still open on `today`.
fn expire(case: &mut Case, ctx: &StepContext) -> StepResult<Move> {
    require(case, &[CaseState::Applied], CaseState::Expired)?;
    let Some(applied_on) = case.applied_on else {
        return Err(StepError::refused("the application has no date"));
    };
    let closes = lifecycle::application_closes(applied_on);
    if !lifecycle::application_expired(applied_on, ctx.today) {
        return Err(StepError::refused(format!(
            "the application is open until {closes} (4.2)"
        )));
    }
    Ok(Move::new(
        CaseState::Expired,
        "4.2",
        Note::coded(
            "expired",
            format!(
                "No parcel arrived by {closes}: the application expired; the customer must apply again."
            ),
        )
        .date("closes_date", closes),
    ))
}

/// 2.6: payment not made within a month of the notice; the device goes back
/// unrepaired. Refused before the due date has passed on `today`.
fn return_overdue(case: &mut Case, ctx: &StepContext) -> StepResult<Move> {
    require(case, &[CaseState::AwaitingPayment], CaseState::ToReturn)?;
    let Some(notice_on) = case.payment_notice_on else {
        return Err(StepError::refused("no payment notice date is recorded"));
    };
    let due = lifecycle::payment_due(notice_on);
    if !lifecycle::payment_overdue(notice_on, ctx.today) {
        return Err(StepError::refused(format!(
            "payment is due by {due} (2.6): not overdue yet"
        )));
    }
    case.return_reason = Some(ReturnReason::PaymentOverdue);
    Ok(Move::new(
        CaseState::ToReturn,
        "2.6",
        Note::coded(
            "payment-overdue",
            format!("Payment not received by {due}: the device goes back unrepaired."),
        )
        .date("due_date", due),
    ))
}

/// 2.3: the customer did not answer (proof, or the quote) within the center's answer
/// days; the device goes back unrepaired.
fn return_unanswered(case: &mut Case, ctx: &StepContext) -> StepResult<Move> {
    require(case, &[CaseState::AwaitingCustomer], CaseState::ToReturn)?;
    let Some(asked_on) = case.asked_on else {
        return Err(StepError::refused("no request to the customer is recorded"));
    };
    let due = lifecycle::answer_due(asked_on, ctx.answer_days);
    if !lifecycle::answer_overdue(asked_on, ctx.answer_days, ctx.today) {
        return Err(StepError::refused(format!(
            "the customer may answer until {due} (2.3)"
        )));
    }
    let (reason, what, code) = if case.quote.is_some() {
        (ReturnReason::QuoteDeclined, "the quote", "unanswered-quote")
    } else {
        (
            ReturnReason::ProofNotGiven,
            "the request for proof",
            "unanswered-proof",
        )
    };
    case.return_reason = Some(reason);
    Ok(Move::new(
        CaseState::ToReturn,
        "2.3",
        Note::coded(
            code,
            format!("No answer to {what} by {due}: the device goes back unrepaired."),
        )
        .date("due_date", due),
    ))
}

/// 4.1: the problem was solved by remote help or a software update; no device is sent
/// and the application closes.
fn resolve_remotely(case: &mut Case, note: &str) -> StepResult<Move> {
    require(case, &[CaseState::Applied], CaseState::ResolvedRemotely)?;
    Ok(Move::new(
        CaseState::ResolvedRemotely,
        "4.1",
        // What the clerk typed stays in the words typed.
        Note::coded(
            "resolved-remotely",
            format!("Resolved remotely: {}", note.trim()),
        )
        .arg("text", note.trim()),
    ))
}

/// The device goes back: shipped freight prepaid by the center (2.1), or collected at
/// the counter. The password note is removed now (3.2, 3.7).
fn hand_back(case: &mut Case, handback: &Handback) -> StepResult<Move> {
    require(
        case,
        &[CaseState::Ready, CaseState::ToReturn],
        CaseState::Returned,
    )?;
    let had_password = case.handover.password_note.take().is_some();
    let handback = match handback {
        Handback::Shipped { carrier, tracking } => Handback::Shipped {
            carrier: carrier.trim().to_string(),
            tracking: tracking.trim().to_string(),
        },
        Handback::Collected { by, id_checked } => Handback::Collected {
            by: by.trim().to_string(),
            id_checked: *id_checked,
        },
    };
    let mut note = match &handback {
        Handback::Shipped { carrier, tracking } => Note::coded(
            "shipped-back",
            format!(
                "Shipped back with {carrier}, tracking {tracking}, freight prepaid by the service center."
            ),
        )
        .arg("carrier", carrier)
        .arg("tracking", tracking),
        // The collector's name stays in the case's handback, where the retention setting
        // can remove it (3.7); the history never holds it.
        Handback::Collected { id_checked, .. } => Note::coded(
            if *id_checked {
                "collected-id-checked"
            } else {
                "collected"
            },
            format!(
                "Collected at the counter{}.",
                if *id_checked { ", ID checked" } else { "" }
            ),
        ),
    };
    case.handback = Some(handback);
    if had_password {
        note = note.then(Note::coded(
            "password-removed",
            "The password note was removed (3.2, 3.7).",
        ));
    }
    Ok(Move::new(CaseState::Returned, "2.1", note))
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::domain::case::{Arrival, Customer, Device};
    use crate::domain::money::Currency;
    use crate::domain::repair::{LineKind, QuoteLine};
    use crate::domain::warranty::{Invoice, PurchaseChannel};

    pub(crate) fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("test date")
    }

    fn now() -> DateTime<Utc> {
        "2026-03-10T10:00:00Z".parse().expect("test time")
    }

    pub(crate) fn ctx(policy: &Policy, today: &str) -> StepContext<'static> {
        // The tests' policy lives for the test; leaking one small value keeps the
        // context simple to build.
        let policy: &'static Policy = Box::leak(Box::new(policy.clone()));
        StepContext {
            policy,
            policy_version: 1,
            today: d(today),
            now: now(),
            answer_days: 14,
            actor: "Ines",
        }
    }

    pub(crate) fn policy() -> Policy {
        Policy::shipped()
    }

    /// An authorised purchase with a valid invoice naming SN-1, bought 2025-06-01.
    pub(crate) fn new_case(arrival: Arrival) -> NewCase {
        NewCase {
            arrival,
            application_id: None,
            applied_on: (arrival == Arrival::MailIn).then(|| d("2026-03-01")),
            received_on: (arrival == Arrival::WalkIn).then(|| d("2026-03-01")),
            customer: Customer {
                name: "Ada Lovelace".into(),
                phone: "+44 20 7946 0000".into(),
                email: None,
                address: "1 Main St".into(),
                return_address: None,
                language: Default::default(),
            },
            device: Device {
                model: "Aurora A5".into(),
                serial: "SN-1".into(),
            },
            proof: Proof {
                channel: PurchaseChannel::Authorized,
                invoice: Some(Invoice {
                    date: Some(d("2025-06-01")),
                    model: Some("Aurora A5".into()),
                    serial: Some("SN-1".into()),
                    legible: true,
                    altered: false,
                }),
                ..Proof::default()
            },
            fault: "Does not charge".into(),
            component: None,
            handover: Handover::default(),
            keep_parts: false,
        }
    }

    pub(crate) fn opened(arrival: Arrival) -> Case {
        open_case(
            &new_case(arrival),
            CaseNumber::new(2026, 1),
            &ctx(&policy(), "2026-03-01"),
        )
        .expect("a complete case opens")
    }

    pub(crate) fn parcel(received_on: &str) -> ParcelArrival {
        ParcelArrival {
            received_on: d(received_on),
            packaging_adequate: true,
            ..ParcelArrival::default()
        }
    }

    pub(crate) fn run(case: &mut Case, step: Step, today: &str) -> StepResult<CaseEvent> {
        apply(case, &step, &ctx(&policy(), today))
    }

    fn diagnosis(cause: Cause) -> Diagnosis {
        Diagnosis {
            cause,
            component: Some("battery".into()),
            method: Some(RepairMethod::PartReplacement),
            notes: String::new(),
        }
    }

    fn quote(amount: i64) -> Quote {
        let eur = Currency::default();
        Quote {
            currency: eur.clone(),
            lines: vec![QuoteLine {
                kind: LineKind::Labour,
                description: "Board repair".into(),
                amount: Money::new(amount, eur),
            }],
        }
    }

    fn payment(minor: i64, paid_on: &str) -> Payment {
        Payment {
            amount: Money::new(minor, Currency::default()),
            paid_on: d(paid_on),
            method: "cash".into(),
        }
    }

    /// A walk-in case diagnosed as man-made damage: paid, quoted on 2026-03-02.
    fn quoted() -> Case {
        let mut case = opened(Arrival::WalkIn);
        run(
            &mut case,
            Step::Diagnose(diagnosis(Cause::ManMade)),
            "2026-03-02",
        )
        .unwrap();
        run(&mut case, Step::SendQuote(quote(7550)), "2026-03-02").unwrap();
        case
    }

    #[test]
    fn a_parcel_is_taken_in_refused_or_rejected_at_the_gate() {
        let mut case = opened(Arrival::MailIn);
        let event = run(&mut case, Step::Receive(parcel("2026-03-04")), "2026-03-04").unwrap();
        assert_eq!(case.state, CaseState::Received);
        assert_eq!(case.received_on, Some(d("2026-03-04")));
        assert_eq!(event.from, Some(CaseState::Applied));
        assert_eq!(case.events.last(), Some(&event));

        let mut cod = opened(Arrival::MailIn);
        let refused = ParcelArrival {
            cash_on_delivery: true,
            ..parcel("2026-03-04")
        };
        let event = run(&mut cod, Step::Receive(refused), "2026-03-04").unwrap();
        assert_eq!(
            (cod.state, event.clause.as_str()),
            (CaseState::Rejected, "2.1")
        );
        assert_eq!(cod.received_on, None);

        let mut wet = opened(Arrival::MailIn);
        let soaked = ParcelArrival {
            soaked: true,
            ..parcel("2026-03-04")
        };
        let event = run(&mut wet, Step::Receive(soaked), "2026-03-04").unwrap();
        assert_eq!(
            (wet.state, event.clause.as_str()),
            (CaseState::Rejected, "3.6")
        );
    }

    #[test]
    fn a_parcel_after_the_application_closed_or_before_it_was_made_is_refused() {
        let mut case = opened(Arrival::MailIn);
        let late = run(&mut case, Step::Receive(parcel("2026-03-17")), "2026-03-17");
        assert!(matches!(late, Err(StepError::Refused(reason)) if reason.contains("4.2")));
        let mut case = opened(Arrival::MailIn);
        let early = run(&mut case, Step::Receive(parcel("2026-02-27")), "2026-03-01");
        assert_eq!(
            early.unwrap_err(),
            StepError::invalid(
                "received_on",
                "2026-02-27 is before the application date (2026-03-01)"
            )
        );
    }

    #[test]
    fn a_serial_mismatch_makes_the_device_received_the_product_and_decides_again() {
        let mut case = opened(Arrival::MailIn);
        let found = ParcelArrival {
            serial_found: Some(" SN-9 ".into()),
            ..parcel("2026-03-04")
        };
        let event = run(&mut case, Step::Receive(found), "2026-03-04").unwrap();
        assert_eq!(case.device.serial, "SN-9");
        assert_eq!(case.applied_serial.as_deref(), Some("SN-1"));
        let decision = &case.decision.as_ref().unwrap().decision;
        assert_eq!(
            decision.invoice_valid,
            Some(false),
            "the invoice names SN-1 (2.4)"
        );
        assert_eq!(decision.verdict, Verdict::NeedsProof);
        assert!(event.note.contains("SN-9"), "{}", event.note);
        assert!(
            event
                .note
                .contains("Free repair, invoice valid → Needs proof, invoice not valid"),
            "{}",
            event.note
        );
        // The same serial written otherwise is no mismatch.
        let mut same = opened(Arrival::MailIn);
        let spelled = ParcelArrival {
            serial_found: Some("sn1".into()),
            ..parcel("2026-03-04")
        };
        run(&mut same, Step::Receive(spelled), "2026-03-04").unwrap();
        assert_eq!(
            (same.device.serial.as_str(), same.applied_serial),
            ("SN-1", None)
        );
    }

    #[test]
    fn diagnosis_decides_where_the_case_goes() {
        let mut free = opened(Arrival::WalkIn);
        let event = run(
            &mut free,
            Step::Diagnose(diagnosis(Cause::Manufacturing)),
            "2026-03-02",
        )
        .unwrap();
        assert_eq!(
            (free.state, event.clause.as_str()),
            (CaseState::InRepair, "1.4")
        );

        let mut paid = opened(Arrival::WalkIn);
        let event = run(
            &mut paid,
            Step::Diagnose(diagnosis(Cause::ManMade)),
            "2026-03-02",
        )
        .unwrap();
        assert_eq!(
            (paid.state, event.clause.as_str()),
            (CaseState::Received, "2.2")
        );
        assert_eq!(event.from, Some(CaseState::Received));

        let mut proof = opened(Arrival::WalkIn);
        proof.proof.invoice = None;
        run(
            &mut proof,
            Step::Diagnose(diagnosis(Cause::Manufacturing)),
            "2026-03-02",
        )
        .unwrap();
        assert_eq!(proof.state, CaseState::AwaitingCustomer);
        assert_eq!(proof.asked_on, Some(d("2026-03-02")));

        let mut grey = opened(Arrival::WalkIn);
        grey.proof.channel = PurchaseChannel::Unauthorized;
        run(
            &mut grey,
            Step::Diagnose(diagnosis(Cause::Manufacturing)),
            "2026-03-02",
        )
        .unwrap();
        assert_eq!(grey.state, CaseState::ToReturn);
        assert_eq!(grey.return_reason, Some(ReturnReason::Ineligible));

        let mut unknown = opened(Arrival::WalkIn);
        let err = run(
            &mut unknown,
            Step::Diagnose(diagnosis(Cause::Unknown)),
            "2026-03-02",
        );
        assert!(matches!(err, Err(StepError::Invalid { field, .. }) if field == "cause"));
        let mut early = opened(Arrival::WalkIn);
        let err = run(
            &mut early,
            Step::Diagnose(diagnosis(Cause::ManMade)),
            "2026-02-28",
        );
        assert!(matches!(err, Err(StepError::Invalid { field, .. }) if field == "today"));
    }

    #[test]
    fn only_a_paid_repair_is_quoted() {
        let mut free = opened(Arrival::WalkIn);
        free.state = CaseState::Received;
        let err = run(&mut free, Step::SendQuote(quote(100)), "2026-03-02");
        assert!(matches!(err, Err(StepError::Refused(reason)) if reason.contains("2.2")));
        let case = quoted();
        assert_eq!(case.state, CaseState::AwaitingCustomer);
        assert_eq!(case.asked_on, Some(d("2026-03-02")));
        assert_eq!(case.events.last().unwrap().clause, "2.2");
        let mut empty = quoted();
        let mut no_lines = quote(100);
        no_lines.lines.clear();
        let err = run(&mut empty, Step::SendQuote(no_lines), "2026-03-02");
        assert!(matches!(err, Err(StepError::Invalid { field, .. }) if field == "quote"));
    }

    #[test]
    fn a_notice_date_before_the_quote_was_sent_is_refused() {
        let mut case = quoted();
        let err = run(&mut case, Step::AcceptQuote(d("2026-03-01")), "2026-03-05").unwrap_err();
        assert_eq!(
            err,
            StepError::invalid(
                "notice_on",
                "2026-03-01 is before the quote was sent (2026-03-02)"
            )
        );
        let event = run(&mut case, Step::AcceptQuote(d("2026-03-05")), "2026-03-05").unwrap();
        assert_eq!(case.state, CaseState::AwaitingPayment);
        assert_eq!(case.payment_notice_on, Some(d("2026-03-05")));
        assert!(event.note.contains("2026-04-05"), "{}", event.note);
    }

    #[test]
    fn a_part_payment_leaves_the_rest_due_and_the_full_one_starts_the_repair() {
        let mut case = quoted();
        run(&mut case, Step::AcceptQuote(d("2026-03-05")), "2026-03-05").unwrap();
        let early = run(
            &mut case,
            Step::Payment(payment(5000, "2026-03-04")),
            "2026-03-06",
        );
        assert!(matches!(early, Err(StepError::Invalid { field, .. }) if field == "paid_on"));
        let mut case = quoted();
        run(&mut case, Step::AcceptQuote(d("2026-03-05")), "2026-03-05").unwrap();
        let event = run(
            &mut case,
            Step::Payment(payment(5000, "2026-03-06")),
            "2026-03-06",
        )
        .unwrap();
        assert_eq!(case.state, CaseState::AwaitingPayment);
        assert!(event.note.contains("25.50 EUR still due"), "{}", event.note);
        run(
            &mut case,
            Step::Payment(payment(2550, "2026-03-07")),
            "2026-03-07",
        )
        .unwrap();
        assert_eq!(case.state, CaseState::InRepair);
        assert_eq!(case.payments.len(), 2);
        let mut dollars = quoted();
        run(
            &mut dollars,
            Step::AcceptQuote(d("2026-03-05")),
            "2026-03-05",
        )
        .unwrap();
        let usd = Payment {
            amount: Money::new(100, Currency::new("USD").unwrap()),
            ..payment(100, "2026-03-06")
        };
        let err = run(&mut dollars, Step::Payment(usd), "2026-03-06");
        assert!(matches!(err, Err(StepError::Invalid { field, .. }) if field == "currency"));
        let err = run(
            &mut dollars,
            Step::Payment(payment(0, "2026-03-06")),
            "2026-03-06",
        );
        assert!(matches!(err, Err(StepError::Invalid { field, .. }) if field == "amount"));
    }

    #[test]
    fn a_declined_or_unanswered_quote_sends_the_device_back() {
        let mut declined = quoted();
        run(&mut declined, Step::DeclineQuote, "2026-03-03").unwrap();
        assert_eq!(declined.state, CaseState::ToReturn);
        assert_eq!(declined.return_reason, Some(ReturnReason::QuoteDeclined));

        let mut silent = quoted();
        let early = run(&mut silent, Step::ReturnUnanswered, "2026-03-16");
        assert!(matches!(early, Err(StepError::Refused(reason)) if reason.contains("2026-03-16")));
        let event = run(&mut silent, Step::ReturnUnanswered, "2026-03-17").unwrap();
        assert_eq!(
            (silent.state, event.clause.as_str()),
            (CaseState::ToReturn, "2.3")
        );
        assert_eq!(silent.return_reason, Some(ReturnReason::QuoteDeclined));
    }

    #[test]
    fn proof_is_asked_for_from_the_day_given() {
        let mut case = opened(Arrival::WalkIn);
        let event = run(&mut case, Step::AskForProof, "2026-03-03").unwrap();
        assert_eq!(
            (case.state, event.clause.as_str()),
            (CaseState::AwaitingCustomer, "2.3")
        );
        assert_eq!(case.asked_on, Some(d("2026-03-03")));
        assert_eq!(
            case.next_deadline(14).map(|(_, date)| date),
            Some(d("2026-03-17"))
        );
        let err = run(&mut case, Step::AskForProof, "2026-03-03").unwrap_err();
        assert!(matches!(err, StepError::Transition { .. }));
    }

    #[test]
    fn proof_brought_decides_again() {
        let mut case = opened(Arrival::WalkIn);
        let valid = case.proof.clone();
        case.proof.invoice = None;
        run(
            &mut case,
            Step::Diagnose(diagnosis(Cause::Manufacturing)),
            "2026-03-02",
        )
        .unwrap();
        assert_eq!(case.state, CaseState::AwaitingCustomer);
        let event = run(&mut case, Step::ProofReceived(valid), "2026-03-04").unwrap();
        assert_eq!(
            (case.state, event.clause.as_str()),
            (CaseState::InRepair, "2.4")
        );
        assert_eq!(case.asked_on, None);

        let mut unproven = opened(Arrival::WalkIn);
        unproven.proof.invoice = None;
        run(
            &mut unproven,
            Step::Diagnose(diagnosis(Cause::Manufacturing)),
            "2026-03-02",
        )
        .unwrap();
        let event = run(&mut unproven, Step::ReturnUnanswered, "2026-03-17").unwrap();
        assert_eq!(unproven.return_reason, Some(ReturnReason::ProofNotGiven));
        assert_eq!(event.to, CaseState::ToReturn);
    }

    #[test]
    fn an_overdue_payment_sends_the_device_back_only_after_the_month() {
        let mut case = quoted();
        run(&mut case, Step::AcceptQuote(d("2026-01-31")), "2026-03-05").unwrap_err();
        run(&mut case, Step::AcceptQuote(d("2026-03-31")), "2026-03-31").unwrap();
        let early = run(&mut case, Step::ReturnOverdue, "2026-04-30");
        assert!(matches!(early, Err(StepError::Refused(reason)) if reason.contains("2026-04-30")));
        run(&mut case, Step::ReturnOverdue, "2026-05-01").unwrap();
        assert_eq!(case.return_reason, Some(ReturnReason::PaymentOverdue));
    }

    #[test]
    fn a_repair_is_finished_then_the_device_goes_back() {
        let mut case = opened(Arrival::WalkIn);
        case.handover.password_note = Some("1234".into());
        let unit = Diagnosis {
            method: Some(RepairMethod::UnitReplacement),
            ..diagnosis(Cause::Manufacturing)
        };
        run(&mut case, Step::Diagnose(unit), "2026-03-02").unwrap();
        let err = run(&mut case, Step::RepairDone(Some(" ".into())), "2026-03-03");
        assert!(
            matches!(err, Err(StepError::Invalid { field, .. }) if field == "replacement_serial")
        );
        run(
            &mut case,
            Step::RepairDone(Some("SN-NEW".into())),
            "2026-03-03",
        )
        .unwrap();
        assert_eq!(case.replacement_serial.as_deref(), Some("SN-NEW"));
        assert_eq!(case.state, CaseState::Ready);
        let err = run(
            &mut case,
            Step::HandBack(Handback::Shipped {
                carrier: "DHL".into(),
                tracking: " ".into(),
            }),
            "2026-03-04",
        );
        assert!(matches!(err, Err(StepError::Invalid { field, .. }) if field == "tracking"));
        let event = run(
            &mut case,
            Step::HandBack(Handback::Collected {
                by: "Ada".into(),
                id_checked: true,
            }),
            "2026-03-04",
        )
        .unwrap();
        assert_eq!(
            (case.state, event.clause.as_str()),
            (CaseState::Returned, "2.1")
        );
        assert_eq!(
            case.handover.password_note, None,
            "removed on return (3.2, 3.7)"
        );
        assert!(
            !event.note.contains("Ada"),
            "the history holds no collector's name"
        );
    }

    #[test]
    fn a_step_from_the_wrong_state_is_refused_naming_both_states() {
        let mut case = opened(Arrival::WalkIn);
        let err = run(&mut case, Step::RepairDone(None), "2026-03-02").unwrap_err();
        assert_eq!(
            err,
            StepError::Transition {
                from: CaseState::Received,
                to: CaseState::Ready
            }
        );
        let err = run(&mut case, Step::Expire, "2026-04-01").unwrap_err();
        assert!(matches!(err, StepError::Transition { .. }));
    }

    #[test]
    fn an_application_expires_or_is_resolved_remotely() {
        let mut case = opened(Arrival::MailIn);
        let early = run(&mut case, Step::Expire, "2026-03-16");
        assert!(matches!(early, Err(StepError::Refused(reason)) if reason.contains("2026-03-16")));
        let event = run(&mut case, Step::Expire, "2026-03-17").unwrap();
        assert_eq!(
            (case.state, event.clause.as_str()),
            (CaseState::Expired, "4.2")
        );

        let mut remote = opened(Arrival::MailIn);
        let err = run(
            &mut remote,
            Step::ResolveRemotely("  ".into()),
            "2026-03-02",
        );
        assert!(matches!(err, Err(StepError::Invalid { field, .. }) if field == "note"));
        let event = run(
            &mut remote,
            Step::ResolveRemotely("Firmware 2.1".into()),
            "2026-03-02",
        )
        .unwrap();
        assert_eq!(
            (remote.state, event.clause.as_str()),
            (CaseState::ResolvedRemotely, "4.1")
        );
    }

    #[test]
    fn a_steps_business_dates_are_named_for_the_warning() {
        let today = d("2026-03-10");
        let step = Step::Payment(payment(100, "2026-05-10"));
        let warnings: Vec<String> = step
            .business_dates()
            .into_iter()
            .filter_map(|(what, date)| super::super::dates::after_today_warning(what, date, today))
            .collect();
        assert_eq!(
            warnings,
            ["Paid on 2026-05-10 is 61 days after today (2026-03-10): check it"]
        );
        assert!(Step::DeclineQuote.business_dates().is_empty());
        assert_eq!(
            Step::AcceptQuote(d("2026-03-09")).business_dates(),
            [("Payment notice date", d("2026-03-09"))]
        );
    }

    #[test]
    fn every_step_serialises_and_reads_back() {
        let steps = [
            Step::Receive(parcel("2026-03-04")),
            Step::AcceptQuote(d("2026-03-05")),
            Step::DeclineQuote,
            Step::Payment(payment(100, "2026-03-06")),
            Step::RepairDone(None),
            Step::HandBack(Handback::Shipped {
                carrier: "DHL".into(),
                tracking: "1Z".into(),
            }),
        ];
        for step in steps {
            let json = serde_json::to_string(&step).unwrap();
            assert_eq!(serde_json::from_str::<Step>(&json).unwrap(), step, "{json}");
        }
    }
}
