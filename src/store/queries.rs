//! Queues and due items for the screens' counters (docs/rules.md §4 deadlines).
//!
//! Every deadline is the domain's function; the store turns "overdue on `today`" into a
//! date bound on an indexed column, so the counters are index ranges, not scans.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::read::{SUMMARY_COLUMNS, summary_from_row};
use super::{CaseSummary, Result, Store, codec};
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

impl Store {
    /// The counts per state (kept up to date by triggers: one read, however many cases).
    pub fn state_counts(&self) -> Result<Vec<(State, u64)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT substr(name, 7), value FROM tallies WHERE name GLOB 'state *'",
        )?;
        let mut rows = stmt.query([])?;
        let mut counts: Vec<(State, u64)> = State::ALL.iter().map(|s| (*s, 0)).collect();
        while let Some(row) = rows.next()? {
            let word: String = row.get(0)?;
            let count: i64 = row.get(1)?;
            let state = codec::parse_state(&word, "the state counters")?;
            if let Some(slot) = counts.iter_mut().find(|(s, _)| *s == state) {
                slot.1 = count.max(0) as u64;
            }
        }
        Ok(counts)
    }

    /// Due items on `today`, with `answer_days` for the customer's answer (2.3).
    pub fn due(&self, today: NaiveDate, answer_days: u32) -> Result<DueItems> {
        let expired_up_to = latest_where(today, 400, |d| lifecycle::application_expired(d, today));
        let closing_up_to = latest_where(today, 400, |d| lifecycle::application_closes(d) <= today);
        let payment_up_to = latest_where(today, 400, |d| lifecycle::payment_overdue(d, today));
        let answer_up_to = latest_where(today, answer_days.saturating_add(400), |d| {
            lifecycle::answer_overdue(d, answer_days, today)
        });
        let text = codec::date_text;
        Ok(DueItems {
            parcels_expected: self.due_list(
                State::Applied,
                "applied_on",
                Some(&text(expired_up_to)),
                None,
                answer_days,
            )?,
            applications_closing_today: self.due_list(
                State::Applied,
                "applied_on",
                Some(&text(expired_up_to)),
                Some(&text(closing_up_to)),
                answer_days,
            )?,
            applications_past_due: self.due_list(
                State::Applied,
                "applied_on",
                None,
                Some(&text(expired_up_to)),
                answer_days,
            )?,
            payments_past_due: self.due_list(
                State::AwaitingPayment,
                "payment_notice_on",
                None,
                Some(&text(payment_up_to)),
                answer_days,
            )?,
            answers_past_due: self.due_list(
                State::AwaitingCustomer,
                "asked_on",
                None,
                Some(&text(answer_up_to)),
                answer_days,
            )?,
            by_state: self.state_counts()?,
        })
    }

    /// Cases in `state` whose `column` date is after `after` and on or before `up_to`.
    fn due_list(
        &self,
        state: State,
        column: &str,
        after: Option<&str>,
        up_to: Option<&str>,
        answer_days: u32,
    ) -> Result<DueList> {
        // The state is written into the SQL (a fixed word, never user text) so SQLite
        // can use the partial index of that state.
        let condition = format!(
            "c.state = '{}' AND c.{column} IS NOT NULL AND c.{column} > ?1 AND c.{column} <= ?2",
            state.as_str()
        );
        // Dates are `YYYY-MM-DD` text: "" sorts before every date and "~" after.
        let after = after.unwrap_or("");
        let up_to = up_to.unwrap_or("~");
        let count: i64 = self
            .conn
            .prepare_cached(&format!("SELECT count(*) FROM cases c WHERE {condition}"))?
            .query_row(rusqlite::params![after, up_to], |row| row.get(0))?;
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM cases c WHERE {condition}
             ORDER BY c.{column}, c.id LIMIT ?3"
        ))?;
        let mut rows = stmt.query(rusqlite::params![after, up_to, DUE_LIST_LIMIT as i64])?;
        let mut cases = Vec::new();
        while let Some(row) = rows.next()? {
            cases.push(summary_from_row(row, answer_days)?);
        }
        Ok(DueList {
            count: count.max(0) as u64,
            cases,
        })
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
