//! docs/rules.md §8 (clause 3.7): personal data is kept only as long as the center's retention
//! setting allows. A case closed longer ago than that loses its customer's name, phone,
//! e-mail and addresses, and the name of whoever collected the device; the device, the
//! decision, the money and the history stay, so the monthly figures do not change.
//!
//! Decisions written down here (the agreement is silent on them):
//! - "Closed" means the case's last step put it in a final state (returned, rejected,
//!   expired, resolved remotely); the retention runs from that step's day.
//! - A retention of 0 months keeps everything (the setting's documented meaning).
//! - The serial stays searchable: it identifies the device, not a person, and the desk
//!   needs a device's repair history.
//! - Each case's removal is one transaction with one event (clause 3.7, no change of
//!   state), so the history says when and why the data went.

use chrono::{Months, NaiveDate};

/// What a removed customer field reads afterwards.
pub const REMOVED: &str = "(removed under 3.7)";

/// How many cases one pass reads; the work goes on until none is left.
pub(crate) const BATCH: usize = 500;

/// What a retention run did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RetentionReport {
    /// Cases whose personal data was removed.
    pub cases: usize,
    /// The day before which closed cases lost it.
    pub closed_before: Option<NaiveDate>,
}

/// The day before which closed cases lose their personal data.
pub(crate) fn months_before(today: NaiveDate, months: u32) -> NaiveDate {
    today
        .checked_sub_months(Months::new(months))
        .unwrap_or(NaiveDate::MIN)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    #[test]
    fn months_before_clamps_at_month_ends_and_crosses_years() {
        assert_eq!(months_before(d(2026, 3, 31), 1), d(2026, 2, 28));
        assert_eq!(months_before(d(2026, 1, 15), 24), d(2024, 1, 15));
        assert_eq!(months_before(d(2026, 1, 15), 13), d(2024, 12, 15));
        assert_eq!(months_before(d(2024, 3, 30), 1), d(2024, 2, 29));
    }
}
