//! The states of a case, the moves between them, and the deadlines (docs/rules.md §4).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::dates::{add_days, add_months};

/// Where a case stands (called `CaseState` so a screen's own `State` needs no rename;
/// `State` stays as another name for it). Terminal states have no way out: `expired`, `rejected`,
/// `resolved_remotely`, `returned`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseState {
    /// Online application accepted; waiting for the parcel (1.1).
    Applied,
    /// No parcel within 15 days (4.2); the customer must apply again.
    Expired,
    /// Device taken in at the desk, or parcel accepted at inspection.
    Received,
    /// Parcel refused or rejected at inspection (2.1, 3.6); nothing was taken in.
    Rejected,
    /// Proof asked for (2.3) or quote sent (2.2).
    AwaitingCustomer,
    /// Quote accepted; payment due within 1 month of the payment notice (2.6).
    AwaitingPayment,
    /// Free repair confirmed at diagnosis, or paid repair paid for.
    InRepair,
    /// Repaired, waiting to go back.
    Ready,
    /// Going back unrepaired: ineligible, quote declined, proof not given, payment overdue.
    ToReturn,
    /// Fixed by remote help or a software update; no device sent (4.1).
    ResolvedRemotely,
    /// Shipped back or collected at the counter; closed.
    Returned,
}

/// The older name of [`CaseState`], kept so existing code reads on.
pub use CaseState as State;

impl CaseState {
    pub const ALL: [Self; 11] = [
        Self::Applied,
        Self::Expired,
        Self::Received,
        Self::Rejected,
        Self::AwaitingCustomer,
        Self::AwaitingPayment,
        Self::InRepair,
        Self::Ready,
        Self::ToReturn,
        Self::ResolvedRemotely,
        Self::Returned,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Applied => "applied",
            Self::Expired => "expired",
            Self::Received => "received",
            Self::Rejected => "rejected",
            Self::AwaitingCustomer => "awaiting_customer",
            Self::AwaitingPayment => "awaiting_payment",
            Self::InRepair => "in_repair",
            Self::Ready => "ready",
            Self::ToReturn => "to_return",
            Self::ResolvedRemotely => "resolved_remotely",
            Self::Returned => "returned",
        }
    }

    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == word)
    }

    /// The words on a state badge.
    pub fn label(self) -> &'static str {
        match self {
            Self::Applied => "Applied",
            Self::Expired => "Expired",
            Self::Received => "Received",
            Self::Rejected => "Rejected",
            Self::AwaitingCustomer => "Awaiting customer",
            Self::AwaitingPayment => "Awaiting payment",
            Self::InRepair => "In repair",
            Self::Ready => "Ready",
            Self::ToReturn => "To return",
            Self::ResolvedRemotely => "Resolved remotely",
            Self::Returned => "Returned",
        }
    }

    /// The states a case may move to from this one.
    ///
    /// docs/rules.md §4 lists the next states; two moves it implies are added here: an
    /// application whose parcel is refused at the door becomes `rejected` (2.1, 3.6), and
    /// an application solved by phone or e-mail becomes `resolved_remotely` (4.1).
    pub fn next(self) -> &'static [CaseState] {
        use CaseState::*;
        match self {
            Applied => &[Received, Expired, Rejected, ResolvedRemotely],
            Received => &[InRepair, AwaitingCustomer, ToReturn],
            AwaitingCustomer => &[AwaitingPayment, InRepair, ToReturn],
            AwaitingPayment => &[InRepair, ToReturn],
            InRepair => &[Ready],
            Ready => &[Returned],
            ToReturn => &[Returned],
            Expired | Rejected | ResolvedRemotely | Returned => &[],
        }
    }

    pub fn is_terminal(self) -> bool {
        self.next().is_empty()
    }

    /// The states a new case may start in: an online application, a device taken in at
    /// the desk (or an unsolicited parcel accepted, 4.3), or a parcel with no application
    /// refused at the door (recorded so the refusal is on file).
    pub fn can_start_in(self) -> bool {
        matches!(
            self,
            CaseState::Applied | CaseState::Received | CaseState::Rejected
        )
    }

    /// The clause that governs entering this state, for the event trail.
    pub fn clause(self) -> &'static str {
        match self {
            Self::Applied => "1.1",
            Self::Expired => "4.2",
            Self::Received => "1.1",
            Self::Rejected => "3.6",
            Self::AwaitingCustomer => "2.3",
            Self::AwaitingPayment => "2.6",
            Self::InRepair => "2.5",
            Self::Ready => "2.5",
            Self::ToReturn => "2.3",
            Self::ResolvedRemotely => "4.1",
            Self::Returned => "2.1",
        }
    }
}

impl std::fmt::Display for CaseState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A move the rules do not allow. Names both states so the desk knows what was tried.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a case cannot move from '{from}' to '{to}'")]
pub struct TransitionError {
    pub from: State,
    pub to: State,
}

/// Checks one move against the table of docs/rules.md §4.
pub fn check_transition(from: State, to: State) -> Result<(), TransitionError> {
    if from.next().contains(&to) {
        Ok(())
    } else {
        Err(TransitionError { from, to })
    }
}

/// 4.2: "send the faulty device within three days" — printed on the confirmation.
pub const SHIP_WITHIN_DAYS: u32 = 3;
/// 4.2: the application closes if no device arrives within 15 days.
pub const APPLICATION_OPEN_DAYS: u32 = 15;
/// 2.6: payment due within one month of the payment notice.
pub const PAYMENT_MONTHS: u32 = 1;
/// 2.3 names no deadline for the customer's answer; this is the default setting.
pub const DEFAULT_ANSWER_DAYS: u32 = 14;

/// 4.2: the day by which the customer is advised to ship the device.
pub fn ship_by(applied_on: NaiveDate) -> NaiveDate {
    add_days(applied_on, SHIP_WITHIN_DAYS)
}

/// 4.2: the last day a parcel can arrive on this application. A parcel received on
/// this day is on time; one received the day after finds the application expired.
pub fn application_closes(applied_on: NaiveDate) -> NaiveDate {
    add_days(applied_on, APPLICATION_OPEN_DAYS)
}

/// 4.2: has the application expired when looked at (or a parcel arrives) on `on`?
pub fn application_expired(applied_on: NaiveDate, on: NaiveDate) -> bool {
    on > application_closes(applied_on)
}

/// 2.6: the last day to pay, one calendar month after the payment notice (clamped at
/// month end: notice on 31 Jan, due 28/29 Feb).
pub fn payment_due(notice_on: NaiveDate) -> NaiveDate {
    add_months(notice_on, PAYMENT_MONTHS)
}

/// 2.6: is the payment overdue on `today` (so the device goes back unrepaired)?
pub fn payment_overdue(notice_on: NaiveDate, today: NaiveDate) -> bool {
    today > payment_due(notice_on)
}

/// 2.3: the last day for the customer's answer to a request for proof or a quote; the
/// number of days is the center's setting (default [`DEFAULT_ANSWER_DAYS`]).
pub fn answer_due(asked_on: NaiveDate, answer_days: u32) -> NaiveDate {
    add_days(asked_on, answer_days)
}

/// 2.3: is the answer overdue on `today`?
pub fn answer_overdue(asked_on: NaiveDate, answer_days: u32, today: NaiveDate) -> bool {
    today > answer_due(asked_on, answer_days)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_words_are_distinct() {
        for (i, a) in State::ALL.iter().enumerate() {
            assert_eq!(State::parse(a.as_str()), Some(*a));
            for b in &State::ALL[i + 1..] {
                assert_ne!(a.as_str(), b.as_str());
                assert_ne!(a.label(), b.label());
            }
        }
    }
}
