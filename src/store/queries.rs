//! Queues and due items for the screens' counters (docs/rules.md §4 deadlines).
//!
//! Every deadline is the domain's function; the store turns "overdue on `today`" into a
//! date bound on an indexed column, so the counters are index ranges, not scans.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::CaseSummary;
use crate::domain::State;
use crate::domain::lifecycle;

/// How many cases each due list carries (the counts are always complete).
pub const DUE_LIST_LIMIT: usize = 100;

/// One kind of due item: how many, and the most urgent first.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct DueList {
    pub count: u64,
    pub cases: Vec<CaseSummary>,
}

/// What the desk must watch today.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct DueItems {
    /// Open applications: a parcel may arrive (4.2).
    pub parcels_expected: DueList,
    /// Applications whose last day is today (4.2).
    pub applications_closing_today: DueList,
    /// Applications past their 15 days without a parcel: to be expired (4.2).
    pub applications_past_due: DueList,
    /// Accepted quotes unpaid a month after the notice: to go back (2.6).
    pub payments_past_due: DueList,
    /// Requests for proof and quotes unanswered past the answer days (2.3).
    pub answers_past_due: DueList,
    /// How many cases are in each state.
    pub by_state: Vec<(State, u64)>,
}

/// The latest date on or before `today` for which `overdue` holds, looking back at most
/// `window` days; deadlines only grow with their start date, so everything on or before
/// the returned date is overdue too.
pub(crate) fn latest_where(
    today: NaiveDate,
    window: u32,
    overdue: impl Fn(NaiveDate) -> bool,
) -> NaiveDate {
    let mut day = today;
    for _ in 0..=window {
        if overdue(day) {
            return day;
        }
        match day.pred_opt() {
            Some(d) => day = d,
            None => break,
        }
    }
    day
}

/// The date bounds of the due lists on `today`: which `applied_on`, `payment_notice_on`
/// and `asked_on` dates are overdue (each engine turns them into index ranges).
pub(crate) struct DueBounds {
    pub expired_up_to: NaiveDate,
    pub closing_up_to: NaiveDate,
    pub payment_up_to: NaiveDate,
    pub answer_up_to: NaiveDate,
}

impl DueBounds {
    pub(crate) fn on(today: NaiveDate, answer_days: u32) -> Self {
        Self {
            expired_up_to: latest_where(today, 400, |d| lifecycle::application_expired(d, today)),
            closing_up_to: latest_where(today, 400, |d| lifecycle::application_closes(d) <= today),
            payment_up_to: latest_where(today, 400, |d| lifecycle::payment_overdue(d, today)),
            answer_up_to: latest_where(today, answer_days.saturating_add(400), |d| {
                lifecycle::answer_overdue(d, answer_days, today)
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_default()
    }

    #[test]
    fn bounds_follow_the_domain_deadlines() {
        let today = d("2026-03-31");
        // 4.2: applied on 15 March closes on 30 March, so it is past due on the 31st.
        assert_eq!(
            latest_where(today, 400, |x| lifecycle::application_expired(x, today)),
            d("2026-03-15")
        );
        // 2.6: notice 28 Feb is due 28 Mar; notices up to 28 Feb are overdue on 31 Mar
        // (29 Feb does not exist in 2026; 1 Mar is due 1 Apr).
        assert_eq!(
            latest_where(today, 400, |x| lifecycle::payment_overdue(x, today)),
            d("2026-02-28")
        );
    }
}
