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

mod answers;
mod inspect;
mod returns;

use answers::{accept_quote, decline_quote, pay, repair_done};
use inspect::{ask_for_proof, diagnose, proof_received, receive, send_quote};
use returns::{expire, hand_back, resolve_remotely, return_overdue, return_unanswered};

#[cfg(test)]
pub(super) mod tests;

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

/// Each step's name ([`Step::action`]), written once: `fixdesk step` takes it, the role
/// table (`staff.rs`) places it, and a screen's step buttons ask by it.
pub mod name {
    pub const RECEIVE: &str = "receive";
    pub const UNSOLICITED: &str = "unsolicited";
    pub const DIAGNOSE: &str = "diagnose";
    pub const SEND_QUOTE: &str = "send_quote";
    pub const ACCEPT_QUOTE: &str = "accept_quote";
    pub const DECLINE_QUOTE: &str = "decline_quote";
    pub const ASK_FOR_PROOF: &str = "ask_for_proof";
    pub const PROOF_RECEIVED: &str = "proof_received";
    pub const RETURN_UNANSWERED: &str = "return_unanswered";
    pub const PAYMENT: &str = "payment";
    pub const RETURN_OVERDUE: &str = "return_overdue";
    pub const REPAIR_DONE: &str = "repair_done";
    pub const RESOLVE_REMOTELY: &str = "resolve_remotely";
    pub const EXPIRE: &str = "expire";
    pub const HAND_BACK: &str = "hand_back";
    pub const NO_MESSAGES: &str = "no_messages";
    pub const MESSAGES: &str = "messages";
}

/// Every step's name ([`Step::action`]), in the order of the agreement's flow: the one
/// list `fixdesk step` accepts and the role table (`staff.rs`) must place.
pub const ACTIONS: [&str; 17] = [
    name::RECEIVE,
    name::UNSOLICITED,
    name::DIAGNOSE,
    name::SEND_QUOTE,
    name::ACCEPT_QUOTE,
    name::DECLINE_QUOTE,
    name::ASK_FOR_PROOF,
    name::PROOF_RECEIVED,
    name::RETURN_UNANSWERED,
    name::PAYMENT,
    name::RETURN_OVERDUE,
    name::REPAIR_DONE,
    name::RESOLVE_REMOTELY,
    name::EXPIRE,
    name::HAND_BACK,
    name::NO_MESSAGES,
    name::MESSAGES,
];

impl Step {
    /// The action's name, as `fixdesk step` takes it.
    pub fn action(&self) -> &'static str {
        match self {
            Self::Receive(_) => name::RECEIVE,
            Self::Unsolicited { .. } => name::UNSOLICITED,
            Self::Diagnose(_) => name::DIAGNOSE,
            Self::SendQuote(_) => name::SEND_QUOTE,
            Self::AcceptQuote(_) => name::ACCEPT_QUOTE,
            Self::DeclineQuote => name::DECLINE_QUOTE,
            Self::AskForProof => name::ASK_FOR_PROOF,
            Self::ProofReceived(_) => name::PROOF_RECEIVED,
            Self::ReturnUnanswered => name::RETURN_UNANSWERED,
            Self::Payment(_) => name::PAYMENT,
            Self::ReturnOverdue => name::RETURN_OVERDUE,
            Self::RepairDone(_) => name::REPAIR_DONE,
            Self::ResolveRemotely(_) => name::RESOLVE_REMOTELY,
            Self::Expire => name::EXPIRE,
            Self::HandBack(_) => name::HAND_BACK,
            Self::Messages(false) => name::NO_MESSAGES,
            Self::Messages(true) => name::MESSAGES,
        }
    }

    /// The business dates the step's inputs carry, each with the words a clerk knows it
    /// by (in English) and its field's name: what a screen or `fixdesk step` checks with
    /// [`after_today_warning`](super::dates::after_today_warning) (a date after today is
    /// most likely mistyped, and it would move a deadline).
    pub fn business_dates(&self) -> Vec<(&'static str, &'static str, NaiveDate)> {
        match self {
            Self::Receive(parcel) | Self::Unsolicited { parcel, .. } => {
                vec![("Received on", "received_on", parcel.received_on)]
            }
            Self::AcceptQuote(notice_on) => {
                vec![("Payment notice date", "notice_on", *notice_on)]
            }
            Self::Payment(payment) => vec![("Paid on", "paid_on", payment.paid_on)],
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
    #[error("{field}: {}", problem.text)]
    Invalid { field: String, problem: Note },
    /// The case is not in a state this step starts from.
    #[error("a case cannot move from '{from}' to '{to}'")]
    Transition { from: CaseState, to: CaseState },
    /// The case's own facts refuse the step (a deadline not passed, no quote…).
    #[error("{}", .0.text)]
    Refused(Note),
    /// The stored case cannot be read as the step needs (a quote that does not add up).
    #[error("{0}")]
    Corrupt(String),
}

impl StepError {
    /// A field's problem: coded, so each person reads it in their language.
    pub(super) fn invalid(field: &str, problem: Note) -> Self {
        Self::Invalid {
            field: field.to_string(),
            problem,
        }
    }

    /// A refusal: coded, so each person reads it in their language.
    pub(super) fn refused(reason: Note) -> Self {
        Self::Refused(reason)
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
            return Err(StepError::refused(Note::coded(
                "unsolicited-opens-case",
                "a parcel without an open application opens a new case",
            )));
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
        Err(StepError::invalid("actor", say_who()))
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
            Note::coded("cause-needed", "choose the cause found at inspection (1.3)"),
        )),
        Step::SendQuote(quote) => {
            quote
                .validate()
                .map_err(|err| StepError::invalid("quote", err.note()))?;
            quote
                .total()
                .map_err(|err| StepError::invalid("quote", err.note()))?;
            Ok(())
        }
        Step::Payment(payment) if payment.amount.minor <= 0 => Err(StepError::invalid(
            "amount",
            Note::coded("more-than-zero", "must be more than zero"),
        )),
        Step::ResolveRemotely(note) if blank(note) => Err(StepError::invalid(
            "note",
            Note::coded("say-how-resolved", "say how it was resolved"),
        )),
        Step::HandBack(Handback::Shipped { carrier, tracking }) => {
            if blank(carrier) {
                Err(StepError::invalid("carrier", missing()))
            } else if blank(tracking) {
                Err(StepError::invalid("tracking", missing()))
            } else {
                Ok(())
            }
        }
        Step::HandBack(Handback::Collected { by, .. }) if blank(by) => Err(StepError::invalid(
            "collected_by",
            Note::coded(
                "missing-collected-by",
                "missing (required): who collected the device",
            ),
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

/// What a business date may not be before: its code (`problem-before-<code>`) and its
/// English words.
pub(super) struct Earlier {
    code: &'static str,
    what: &'static str,
}

pub(super) const QUOTE_SENT: Earlier = Earlier {
    code: "before-quote-sent",
    what: "the quote was sent",
};
pub(super) const APPLICATION_DATE: Earlier = Earlier {
    code: "before-application-date",
    what: "the application date",
};
pub(super) const DEVICE_RECEIVED: Earlier = Earlier {
    code: "before-device-received",
    what: "the day the device was received",
};
pub(super) const PAYMENT_NOTICE: Earlier = Earlier {
    code: "before-payment-notice",
    what: "the payment notice",
};

/// Refuses a business date before the step it follows (docs/rules.md §4: a step cannot
/// happen before the one it answers), naming the field and both dates.
fn not_before(
    field: &str,
    date: NaiveDate,
    earlier: Option<NaiveDate>,
    what: Earlier,
) -> StepResult<()> {
    match earlier {
        Some(earlier) if date < earlier => Err(StepError::invalid(
            field,
            Note::coded(
                what.code,
                format!("{date} is before {} ({earlier})", what.what),
            )
            .arg("given_on", date)
            .arg("earlier_on", earlier),
        )),
        _ => Ok(()),
    }
}

/// "missing (required)": a field that must be filled in.
pub(crate) fn missing() -> Note {
    Note::coded("missing", "missing (required)")
}

/// "say who is doing this": no actor given.
pub(crate) fn say_who() -> Note {
    Note::coded("say-who", "say who is doing this")
}

/// "must be from 0 to 120": a number of months out of range.
pub(crate) fn months_range() -> Note {
    Note::coded("months-range", format!("must be from 0 to {MAX_MONTHS}")).arg("max", MAX_MONTHS)
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
        None => Err(StepError::refused(Note::coded(
            "no-claim-date",
            "the case has no claim date to decide on",
        ))),
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
