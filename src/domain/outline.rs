//! A case as the monthly report reads it (docs/rules.md §7): what came in, what was
//! decided, what it cost and the moves of its history, without the customer's data (3.7),
//! the printed documents, the photos or the words typed along the way.
//!
//! The store reads only these columns for a month's report, which on a server is most of
//! the report's time saved: a month of a busy center is a hundred thousand cases. Whole
//! cases turn into outlines too ([`CaseOutline::of`]), so figures computed either way
//! are the same.

use chrono::{DateTime, NaiveDate, Utc};

use super::case::{Case, CaseEvent, ParcelRecord, Payment, ReturnReason};
use super::lifecycle::State;
use super::repair::Quote;
use super::warranty::Verdict;
use super::{Arrival, Money};

/// One move of a case's history, without who made it or the note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Move {
    pub at: DateTime<Utc>,
    /// `None` for the move that opened the case.
    pub from: Option<State>,
    pub to: State,
    /// The clause of the agreement the move rests on.
    pub clause: String,
}

impl From<&CaseEvent> for Move {
    fn from(event: &CaseEvent) -> Self {
        Move {
            at: event.at,
            from: event.from,
            to: event.to,
            clause: event.clause.clone(),
        }
    }
}

/// The latest warranty verdict of a case (docs/rules.md §3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerdictOutline {
    pub verdict: Verdict,
    /// Free, but the cause not yet diagnosed.
    pub provisional: bool,
}

/// A payment as the report counts it (2.6).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paid {
    pub amount: Money,
    pub paid_on: NaiveDate,
}

impl From<&Payment> for Paid {
    fn from(payment: &Payment) -> Self {
        Paid {
            amount: payment.amount.clone(),
            paid_on: payment.paid_on,
        }
    }
}

/// What the monthly report needs of one case: see the module docs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseOutline {
    pub arrival: Arrival,
    pub state: State,
    pub received_on: Option<NaiveDate>,
    /// Taken in without an open application (4.3).
    pub unsolicited: bool,
    pub model: String,
    /// The faulty component diagnosed, if any.
    pub component: Option<String>,
    pub verdict: Option<VerdictOutline>,
    pub parcel: Option<ParcelRecord>,
    pub quote: Option<Quote>,
    /// The day the customer was told the amount due (2.6).
    pub payment_notice_on: Option<NaiveDate>,
    pub return_reason: Option<ReturnReason>,
    pub payments: Vec<Paid>,
    /// The case's history, in the order it was recorded.
    pub moves: Vec<Move>,
}

impl CaseOutline {
    /// The outline of a case read whole.
    pub fn of(case: &Case) -> CaseOutline {
        CaseOutline {
            arrival: case.arrival,
            state: case.state,
            received_on: case.received_on,
            unsolicited: case.unsolicited,
            model: case.device.model.clone(),
            component: case.diagnosis.component.clone(),
            verdict: case.decision.as_ref().map(|recorded| VerdictOutline {
                verdict: recorded.decision.verdict,
                provisional: recorded.decision.provisional,
            }),
            parcel: case.parcel.clone(),
            quote: case.quote.clone(),
            payment_notice_on: case.payment_notice_on,
            return_reason: case.return_reason,
            payments: case.payments.iter().map(Paid::from).collect(),
            moves: case.events.iter().map(Move::from).collect(),
        }
    }
}

impl From<&Case> for CaseOutline {
    fn from(case: &Case) -> Self {
        CaseOutline::of(case)
    }
}
