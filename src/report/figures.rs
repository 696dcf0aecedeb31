//! The figures of one calendar month (docs/rules.md §7), computed from the outlines of
//! cases ([`CaseOutline`]: what the report needs of a case, and no more).
//!
//! # What counts, and on which day
//! - **Event times are UTC** and are bucketed by their **UTC calendar date**: an event at
//!   23:59 UTC on the month's last day counts, one at 00:00 UTC on the next month's
//!   first day does not. The store records UTC, and a report that shifted its month
//!   edges with the reader's time zone would not add up to the same totals twice.
//! - **Business dates** the desk typed (a parcel's `received_on`, a payment's `paid_on`)
//!   are already calendar days and are used as they are.
//! - Figures "of the cases opened" (channel, verdict, models, components, cases per day)
//!   look at cases whose creation falls in the month and use what the case records
//!   *now*: the latest warranty decision and diagnosis, even when those were made
//!   after the month ended. A case's verdict history is not kept, and the latest
//!   verdict is the better-informed one.
//! - Figures about **steps** (quotes, expiries, returns) count the cases that took the
//!   step in the month, whatever month the case was opened in.
//!
//! # How events are read (the store's convention, `src/store/transitions.rs`)
//! An [`Event`] (a [`Move`] in an outline) is classified by its `from`, `to` and
//! `clause` ([`Step::of`]). The store
//! also writes events that stay in one state (a part payment, a revised quote, a paid
//! verdict at diagnosis); they are told apart by `from`:
//!
//! | step | event |
//! |---|---|
//! | case opened | `from` is `None` |
//! | quote sent (2.2) | to `awaiting_customer`, clause `2.2` |
//! | proof requested (2.3) | to `awaiting_customer`, any other clause |
//! | quote accepted (2.2, 2.6) | to `awaiting_payment` from any other state (not a part payment) |
//! | payment overdue (2.6) | from `awaiting_payment` to `to_return` |
//! | quote declined (2.2) | to `to_return`, clause `2.2` (from anything but `awaiting_payment`) |
//! | answer overdue (2.3) | from `awaiting_customer` to `to_return`, clause `2.3` |
//! | application expired (4.2) | to `expired` |
//! | device returned | to `returned` |
//!
//! Each step counts **once per case per month**: a revised quote sent to the same
//! customer in the same month is one quote conversation, a second request for better
//! proof is the same request. A "quote sent" also needs a quote on the case: the store
//! records a proof that turns out to need a paid repair as `awaiting_customer` → itself
//! with clause `2.2` before any quote exists, and that is not a quote.
//!
//! # Personal data (3.7)
//! [`MonthlyFigures`] holds counts, dates, amounts and model and component names only:
//! it has no field that could carry a customer's name, phone, e-mail or address, so
//! nothing printed from it can either.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::domain::lifecycle::payment_overdue;
use crate::domain::parcel::ApplicationStatus;
use crate::domain::{
    Arrival, Case, CaseOutline, Currency, Event, Money, Move, ParcelOutcome, ReturnReason, State,
    Verdict,
};

use super::month::Month;
use super::stats::{Ranked, Tally, nearest_rank};

/// How many models and components the "top" lists keep.
pub const TOP: usize = 10;

/// What an event means for the report (see the module docs for the table).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Opened,
    QuoteSent,
    ProofRequested,
    QuoteAccepted,
    PaymentOverdue,
    QuoteDeclined,
    /// No answer to a quote or a request for proof within the answer days (2.3).
    AnswerOverdue,
    ApplicationExpired,
    Returned,
    /// Any other move (received, in repair, ready, a part payment, …): not counted by
    /// itself.
    Other,
}

impl Step {
    /// Classifies one event by the store's convention.
    pub fn of(event: &Event) -> Step {
        Step::of_move(event.from, event.to, &event.clause)
    }

    /// Classifies one move (`from`, `to`, `clause`) by the store's convention.
    pub fn of_move(from: Option<State>, to: State, clause: &str) -> Step {
        use State::*;
        let clause = clause.trim();
        match (from, to) {
            (None, _) => Step::Opened,
            // An event that moves nothing is no step the report counts: a message sent
            // (docs/rules.md §11), the switch to no messages, retention's 3.7 — except
            // a new quote or request while the customer is already asked (2.2, 2.3) and
            // a part payment.
            (Some(f), t)
                if f == t
                    && !(t == AwaitingCustomer && matches!(clause, "2.2" | "2.3"))
                    && t != AwaitingPayment =>
            {
                Step::Other
            }
            (_, AwaitingCustomer) if clause == "2.2" => Step::QuoteSent,
            (_, AwaitingCustomer) => Step::ProofRequested,
            (Some(AwaitingPayment), AwaitingPayment) => Step::Other,
            (_, AwaitingPayment) => Step::QuoteAccepted,
            (Some(AwaitingPayment), ToReturn) => Step::PaymentOverdue,
            (_, ToReturn) if clause == "2.2" => Step::QuoteDeclined,
            (Some(AwaitingCustomer), ToReturn) if clause == "2.3" => Step::AnswerOverdue,
            (_, Expired) => Step::ApplicationExpired,
            (_, Returned) => Step::Returned,
            _ => Step::Other,
        }
    }
}

/// Cases opened in the month, by how they reached the center (1.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Opened {
    pub walk_in: u32,
    /// Online applications, and parcels that arrived without one (4.3).
    pub mail_in: u32,
}

impl Opened {
    pub fn total(&self) -> u32 {
        self.walk_in + self.mail_in
    }
}

/// The warranty verdicts of the cases opened in the month (docs/rules.md §3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Verdicts {
    pub free: u32,
    /// Of `free`: still provisional, the cause not yet diagnosed.
    pub free_provisional: u32,
    pub paid: u32,
    pub needs_proof: u32,
    pub ineligible: u32,
    /// No decision recorded yet (an application waiting for its parcel, a refused parcel).
    pub undecided: u32,
}

impl Verdicts {
    pub fn count(&self, verdict: Verdict) -> u32 {
        match verdict {
            Verdict::Free => self.free,
            Verdict::Paid => self.paid,
            Verdict::NeedsProof => self.needs_proof,
            Verdict::Ineligible => self.ineligible,
        }
    }

    /// Cases with a verdict (all but `undecided`).
    pub fn decided(&self) -> u32 {
        self.free + self.paid + self.needs_proof + self.ineligible
    }
}

/// Parcels turned away at the door in the month (docs/rules.md §5), by the parcel's
/// `received_on` date. Each parcel is counted under exactly one reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct TurnedAway {
    /// Refused: cash on delivery or freight collect (2.1).
    pub refused_cash_on_delivery: u32,
    /// Rejected: outer package damaged (3.6).
    pub rejected_damaged: u32,
    /// Rejected: soaked in liquid (3.6).
    pub rejected_soaked: u32,
    /// Rejected: both damaged and soaked (3.6).
    pub rejected_damaged_and_soaked: u32,
    /// Rejected with neither flag recorded (older or imported records).
    pub rejected_other: u32,
}

impl TurnedAway {
    pub fn refused(&self) -> u32 {
        self.refused_cash_on_delivery
    }

    pub fn rejected(&self) -> u32 {
        self.rejected_damaged
            + self.rejected_soaked
            + self.rejected_damaged_and_soaked
            + self.rejected_other
    }

    pub fn total(&self) -> u32 {
        self.refused() + self.rejected()
    }
}

/// Parcels accepted as unsolicited in the month (4.3), by `received_on`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Unsolicited {
    /// Sent without any application.
    pub no_application: u32,
    /// Arrived after the application had expired (4.2).
    pub application_expired: u32,
}

impl Unsolicited {
    pub fn total(&self) -> u32 {
        self.no_application + self.application_expired
    }
}

/// Devices that went back in the month (event to `returned`), by why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Returns {
    pub repaired: u32,
    /// Not eligible for service (1.2).
    pub ineligible: u32,
    /// Quote declined (2.2).
    pub quote_declined: u32,
    /// Proof asked for and not given (2.3).
    pub proof_not_given: u32,
    /// Payment not made within a month of the notice (2.6).
    pub payment_overdue: u32,
    /// Went back unrepaired with no reason on record or in the event trail.
    pub reason_not_recorded: u32,
}

impl Returns {
    /// Devices returned unrepaired: every reason but `repaired`.
    pub fn unrepaired(&self) -> u32 {
        self.ineligible
            + self.quote_declined
            + self.proof_not_given
            + self.payment_overdue
            + self.reason_not_recorded
    }

    pub fn total(&self) -> u32 {
        self.repaired + self.unrepaired()
    }

    /// The count for one recorded reason.
    pub fn count(&self, reason: ReturnReason) -> u32 {
        match reason {
            ReturnReason::Repaired => self.repaired,
            ReturnReason::Ineligible => self.ineligible,
            ReturnReason::QuoteDeclined => self.quote_declined,
            ReturnReason::ProofNotGiven => self.proof_not_given,
            ReturnReason::PaymentOverdue => self.payment_overdue,
        }
    }
}

/// Days from receiving a device to handing it back, for devices returned in the month.
///
/// Received: the case's `received_on` (the desk's business date), or else the UTC date
/// of its first event to `received`. Returned: the UTC date of its event to `returned`.
/// Days are whole calendar days between the two (same day = 0). Cases with no
/// received date (never taken in) are left out. Percentiles are nearest-rank, see
/// [`nearest_rank`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Turnaround {
    /// Devices measured.
    pub devices: u32,
    pub median_days: Option<u32>,
    pub p90_days: Option<u32>,
    pub longest_days: Option<u32>,
}

/// Quotes for paid repairs (2.2): cases with each step in the month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Quotes {
    pub sent: u32,
    pub accepted: u32,
    pub declined: u32,
    /// Not answered within the center's answer days (2.3): the device goes back as if
    /// declined.
    pub unanswered: u32,
}

/// Payments received in the month in one currency (2.6).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Takings {
    /// The sum of the payments, in minor units of its currency.
    pub amount: Money,
    pub payments: u32,
}

/// Payments overdue (2.6): one month after the payment notice, still not paid.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Overdue {
    /// Cases in `awaiting_payment` at the end of [`MonthlyFigures::as_of`] whose payment
    /// was due before that day.
    pub cases: u32,
    /// What those cases still owe (quote total less payments made by then), per currency.
    pub outstanding: Vec<Money>,
    /// Devices sent back unpaid in the month (event `awaiting_payment` → `to_return`).
    pub sent_back: u32,
}

/// The monthly report's figures (docs/rules.md §7). Counts, dates, money and model and
/// component names only: no customer data (3.7).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MonthlyFigures {
    pub month: Month,
    /// The day the figures were computed (the report's generation date).
    pub computed_on: NaiveDate,
    /// The day "overdue" is judged on: the month's last day, or `computed_on` when that is
    /// earlier (the month is still running).
    pub as_of: NaiveDate,
    pub opened: Opened,
    pub verdicts: Verdicts,
    pub turned_away: TurnedAway,
    /// Applications closed in the month because no parcel came within 15 days (4.2).
    pub applications_expired: u32,
    pub unsolicited: Unsolicited,
    pub returns: Returns,
    pub turnaround: Turnaround,
    pub quotes: Quotes,
    /// Cases asked for proof of purchase in the month (2.3).
    pub proofs_requested: u32,
    /// Paid-repair payments received in the month (`paid_on`), one entry per currency,
    /// in currency-code order. Currencies are never added together.
    pub revenue: Vec<Takings>,
    pub overdue: Overdue,
    /// The models of the cases opened, most frequent first (at most [`TOP`]).
    pub top_models: Vec<Ranked>,
    /// The faulty components diagnosed on the cases opened, most frequent first (at most
    /// [`TOP`]).
    pub top_components: Vec<Ranked>,
    /// Cases opened on each day of the month: index 0 is the 1st.
    pub cases_per_day: Vec<u32>,
}

impl MonthlyFigures {
    /// The verdict mix for a chart, in the order of docs/rules.md §3.
    pub fn verdict_mix(&self) -> [(Verdict, u32); 4] {
        Verdict::ALL.map(|v| (v, self.verdicts.count(v)))
    }

    /// Nothing happened: no case opened, no parcel, no step, no payment, nothing overdue.
    /// The report then says so instead of printing empty tables.
    pub fn is_empty(&self) -> bool {
        self.opened.total() == 0
            && self.turned_away.total() == 0
            && self.applications_expired == 0
            && self.unsolicited.total() == 0
            && self.returns.total() == 0
            && self.quotes == Quotes::default()
            && self.proofs_requested == 0
            && self.revenue.is_empty()
            && self.overdue.cases == 0
            && self.overdue.sent_back == 0
    }
}

/// Computes the figures of `month` from whole cases: the same as [`monthly`] of their
/// outlines (for tests and tools that hold cases; the store hands the report outlines).
pub fn monthly_of_cases(cases: &[Case], month: Month, today: NaiveDate) -> MonthlyFigures {
    let outlines: Vec<CaseOutline> = cases.iter().map(CaseOutline::of).collect();
    monthly(&outlines, month, today)
}

/// Computes the figures of `month` from the outlines of `cases`.
///
/// `cases` may hold more than the month needs (the store passes every case with an event
/// in the month, plus every case awaiting payment): whatever falls outside the month is
/// ignored, and each case is looked at once, so the order does not matter. `today` is
/// the day the report is made; it decides [`MonthlyFigures::as_of`] for the running
/// month. Pure and linear in the number of events.
pub fn monthly(cases: &[CaseOutline], month: Month, today: NaiveDate) -> MonthlyFigures {
    let as_of = month.last_day().min(today);
    let mut opened = Opened::default();
    let mut verdicts = Verdicts::default();
    let mut turned_away = TurnedAway::default();
    let mut unsolicited = Unsolicited::default();
    let mut returns = Returns::default();
    let mut quotes = Quotes::default();
    let mut applications_expired = 0;
    let mut proofs_requested = 0;
    let mut turnaround_days: Vec<u32> = Vec::new();
    let mut revenue: BTreeMap<Currency, (i64, u32)> = BTreeMap::new();
    let mut overdue_cases = 0;
    let mut outstanding: BTreeMap<Currency, i64> = BTreeMap::new();
    let mut sent_back = 0;
    let mut models = Tally::default();
    let mut components = Tally::default();
    let mut cases_per_day = vec![0_u32; month.days() as usize];

    for case in cases {
        if let Some(day) = opened_on(case).filter(|d| month.contains(*d)) {
            match case.arrival {
                Arrival::WalkIn => opened.walk_in += 1,
                Arrival::MailIn => opened.mail_in += 1,
            }
            if let Some(slot) = cases_per_day.get_mut(day.day0() as usize) {
                *slot += 1;
            }
            count_verdict(case, &mut verdicts);
            models.add(&case.model);
            if let Some(component) = &case.component {
                components.add(component);
            }
        }

        if let Some(parcel) = case
            .parcel
            .as_ref()
            .filter(|p| month.contains(p.received_on))
        {
            let check = &parcel.check;
            match parcel.outcome {
                ParcelOutcome::Refuse => turned_away.refused_cash_on_delivery += 1,
                ParcelOutcome::Reject => match (check.package_damaged, check.soaked) {
                    (true, true) => turned_away.rejected_damaged_and_soaked += 1,
                    (true, false) => turned_away.rejected_damaged += 1,
                    (false, true) => turned_away.rejected_soaked += 1,
                    (false, false) => turned_away.rejected_other += 1,
                },
                ParcelOutcome::AcceptUnsolicited => {
                    if check.application == ApplicationStatus::Expired {
                        unsolicited.application_expired += 1;
                    } else {
                        unsolicited.no_application += 1;
                    }
                }
                ParcelOutcome::Accept => {}
            }
        } else if case.parcel.is_none()
            && case.unsolicited
            && case.received_on.is_some_and(|d| month.contains(d))
        {
            // Marked unsolicited without a parcel record (e.g. imported): 4.3 all the same.
            unsolicited.no_application += 1;
        }

        let mut returned_in_month: Option<&Move> = None;
        let mut steps = Steps::default();
        for event in &case.moves {
            if !month.contains(event.at.date_naive()) {
                continue;
            }
            match Step::of_move(event.from, event.to, &event.clause) {
                Step::QuoteSent => steps.quote_sent |= case.quote.is_some(),
                Step::ProofRequested => steps.proof_requested = true,
                Step::QuoteAccepted => steps.quote_accepted = true,
                Step::QuoteDeclined => steps.quote_declined = true,
                Step::AnswerOverdue => steps.quote_unanswered |= case.quote.is_some(),
                Step::PaymentOverdue => steps.sent_back = true,
                Step::ApplicationExpired => steps.expired = true,
                Step::Returned => {
                    // `returned` is terminal: one per case. Should a trail hold two, the
                    // device still went back once, on the first.
                    if returned_in_month.is_none_or(|e| event.at < e.at) {
                        returned_in_month = Some(event);
                    }
                }
                Step::Opened | Step::Other => {}
            }
        }
        quotes.sent += u32::from(steps.quote_sent);
        quotes.accepted += u32::from(steps.quote_accepted);
        quotes.declined += u32::from(steps.quote_declined);
        quotes.unanswered += u32::from(steps.quote_unanswered);
        proofs_requested += u32::from(steps.proof_requested);
        sent_back += u32::from(steps.sent_back);
        applications_expired += u32::from(steps.expired);
        if let Some(event) = returned_in_month {
            count_return(case, &mut returns);
            if let Some(received) = received_on(case) {
                let days = (event.at.date_naive() - received).num_days();
                // A return dated before the intake is a typing error: not a turnaround.
                if let Ok(days) = u32::try_from(days) {
                    turnaround_days.push(days);
                }
            }
        }

        for payment in case.payments.iter().filter(|p| month.contains(p.paid_on)) {
            // Looked up before inserting: no currency code copied per payment.
            let currency = &payment.amount.currency;
            if !revenue.contains_key(currency) {
                revenue.insert(currency.clone(), (0, 0));
            }
            if let Some(entry) = revenue.get_mut(currency) {
                // Saturating: an absurd sum must not crash the manager's report.
                entry.0 = entry.0.saturating_add(payment.amount.minor);
                entry.1 += 1;
            }
        }

        if let Some(owed) = overdue_on(case, as_of) {
            overdue_cases += 1;
            if let Some(owed) = owed {
                let entry = outstanding.entry(owed.currency).or_insert(0);
                *entry = entry.saturating_add(owed.minor);
            }
        }
    }

    turnaround_days.sort_unstable();
    let turnaround = Turnaround {
        devices: u32::try_from(turnaround_days.len()).unwrap_or(u32::MAX),
        median_days: nearest_rank(&turnaround_days, 50),
        p90_days: nearest_rank(&turnaround_days, 90),
        longest_days: turnaround_days.last().copied(),
    };

    MonthlyFigures {
        month,
        computed_on: today,
        as_of,
        opened,
        verdicts,
        turned_away,
        applications_expired,
        unsolicited,
        returns,
        turnaround,
        quotes,
        proofs_requested,
        revenue: revenue
            .into_iter()
            .map(|(currency, (minor, payments))| Takings {
                amount: Money::new(minor, currency),
                payments,
            })
            .collect(),
        overdue: Overdue {
            cases: overdue_cases,
            outstanding: outstanding
                .into_iter()
                .map(|(currency, minor)| Money::new(minor, currency))
                .collect(),
            sent_back,
        },
        top_models: models.top(TOP),
        top_components: components.top(TOP),
        cases_per_day,
    }
}

/// The steps one case took in the month; each counts once per case.
#[derive(Default)]
struct Steps {
    quote_sent: bool,
    proof_requested: bool,
    quote_accepted: bool,
    quote_declined: bool,
    quote_unanswered: bool,
    sent_back: bool,
    expired: bool,
}

/// The day a case was opened: the UTC date of its creation event (`from` is `None`), or
/// of its earliest event when the trail has no creation event (imported history). A case
/// with no events at all has no opening day and is not counted as opened.
pub fn opened_on(case: &CaseOutline) -> Option<NaiveDate> {
    let created = case
        .moves
        .iter()
        .filter(|e| e.from.is_none())
        .map(|e| e.at)
        .min();
    created
        .or_else(|| case.moves.iter().map(|e| e.at).min())
        .map(|at| at.date_naive())
}

/// The day the device was taken in: `received_on`, else the UTC date of the first event
/// to `received`.
fn received_on(case: &CaseOutline) -> Option<NaiveDate> {
    case.received_on.or_else(|| {
        case.moves
            .iter()
            .filter(|e| e.to == State::Received)
            .map(|e| e.at)
            .min()
            .map(|at| at.date_naive())
    })
}

fn count_verdict(case: &CaseOutline, verdicts: &mut Verdicts) {
    let Some(recorded) = &case.verdict else {
        verdicts.undecided += 1;
        return;
    };
    match recorded.verdict {
        Verdict::Free => {
            verdicts.free += 1;
            if recorded.provisional {
                verdicts.free_provisional += 1;
            }
        }
        Verdict::Paid => verdicts.paid += 1,
        Verdict::NeedsProof => verdicts.needs_proof += 1,
        Verdict::Ineligible => verdicts.ineligible += 1,
    }
}

/// Why a returned device went back: its recorded `return_reason`; failing that, the event
/// trail — through `ready` means repaired; through `to_return`, the move's clause (1.2,
/// 2.2, 2.3, 2.6) or, from `awaiting_payment`, an overdue payment.
fn count_return(case: &CaseOutline, returns: &mut Returns) {
    let from_trail = || {
        let last_exit = case
            .moves
            .iter()
            .filter(|e| matches!(e.to, State::Ready | State::ToReturn) && e.from != Some(e.to))
            .max_by_key(|e| e.at)?;
        if last_exit.to == State::Ready {
            return Some(ReturnReason::Repaired);
        }
        if last_exit.from == Some(State::AwaitingPayment) {
            return Some(ReturnReason::PaymentOverdue);
        }
        match last_exit.clause.trim() {
            "1.2" => Some(ReturnReason::Ineligible),
            "2.2" => Some(ReturnReason::QuoteDeclined),
            "2.3" => Some(ReturnReason::ProofNotGiven),
            "2.6" => Some(ReturnReason::PaymentOverdue),
            _ => None,
        }
    };
    match case.return_reason.or_else(from_trail) {
        Some(ReturnReason::Repaired) => returns.repaired += 1,
        Some(ReturnReason::Ineligible) => returns.ineligible += 1,
        Some(ReturnReason::QuoteDeclined) => returns.quote_declined += 1,
        Some(ReturnReason::ProofNotGiven) => returns.proof_not_given += 1,
        Some(ReturnReason::PaymentOverdue) => returns.payment_overdue += 1,
        None => returns.reason_not_recorded += 1,
    }
}

/// 2.6: is the case's payment overdue at the end of `as_of`? `Some(amount still owed)`
/// when it is (the amount is `None` when the quote is missing or unreadable).
///
/// The case must have been in `awaiting_payment` at the end of that day: its latest
/// event up to then moved it there (a case with no trail at all is judged by its current
/// state). The notice date is `payment_notice_on`, else the day of that event.
fn overdue_on(case: &CaseOutline, as_of: NaiveDate) -> Option<Option<Money>> {
    let (in_state, entered) = if case.moves.is_empty() {
        (case.state == State::AwaitingPayment, None)
    } else {
        let last = case
            .moves
            .iter()
            .filter(|e| e.at.date_naive() <= as_of)
            .max_by_key(|e| e.at)?;
        (
            last.to == State::AwaitingPayment,
            Some(last.at.date_naive()),
        )
    };
    if !in_state {
        return None;
    }
    let notice = case.payment_notice_on.or(entered)?;
    if !payment_overdue(notice, as_of) {
        return None;
    }
    let owed = case.quote.as_ref().and_then(|quote| {
        let total = quote.total().ok()?;
        let paid = case
            .payments
            .iter()
            .filter(|p| p.paid_on <= as_of && p.amount.currency == total.currency)
            .fold(0_i64, |sum, p| sum.saturating_add(p.amount.minor));
        Some(Money::new(
            total.minor.saturating_sub(paid).max(0),
            total.currency,
        ))
    });
    Some(owed)
}
