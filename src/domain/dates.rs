//! Calendar arithmetic the agreement relies on.

use chrono::{Days, Months, NaiveDate};

/// Adds calendar months with end-of-month clamping: 31 Jan + 1 month = 28/29 Feb.
///
/// Saturates at the last representable date instead of failing: a policy of absurd
/// length must not crash the desk, it simply never runs out.
pub fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

/// Adds whole days, saturating like [`add_months`].
pub fn add_days(date: NaiveDate, days: u32) -> NaiveDate {
    date.checked_add_days(Days::new(u64::from(days)))
        .unwrap_or(NaiveDate::MAX)
}

/// The day before `date` (the first representable date has no day before; it stays).
pub fn day_before(date: NaiveDate) -> NaiveDate {
    date.pred_opt().unwrap_or(date)
}

/// Parses a business date written by a person: `YYYY-MM-DD` (ISO), or the common local
/// forms `DD.MM.YYYY`, `DD/MM/YYYY` and `DD-MM-YYYY` (day first, as on most invoices
/// outside North America). Returns `None` when the text is not a real calendar date.
///
/// Month-first (`MM/DD/YYYY`) is deliberately not guessed: `03/04/2026` would be
/// ambiguous, and a silent wrong date on a warranty claim is worse than asking again.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        // chrono accepts years with more or fewer digits; a business date has four.
        if text.split('-').next().is_some_and(|year| year.len() == 4) {
            return Some(date);
        }
        return None;
    }
    for format in ["%d.%m.%Y", "%d/%m/%Y", "%d-%m-%Y"] {
        if let Ok(date) = NaiveDate::parse_from_str(text, format) {
            let year_len = text.rsplit(['.', '/', '-']).next().map_or(0, str::len);
            if year_len == 4 {
                return Some(date);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("test date")
    }

    #[test]
    fn month_end_is_clamped() {
        assert_eq!(add_months(d("2025-01-31"), 1), d("2025-02-28"));
        assert_eq!(add_months(d("2024-01-31"), 1), d("2024-02-29"));
        assert_eq!(add_months(d("2024-02-29"), 12), d("2025-02-28"));
        assert_eq!(add_months(d("2025-01-10"), 12), d("2026-01-10"));
    }

    #[test]
    fn absurd_lengths_saturate_instead_of_failing() {
        assert_eq!(add_months(d("2025-01-10"), u32::MAX), NaiveDate::MAX);
        assert_eq!(add_days(NaiveDate::MAX, 3), NaiveDate::MAX);
    }

    #[test]
    fn people_write_dates_in_several_ways() {
        assert_eq!(parse_date("2026-03-01"), Some(d("2026-03-01")));
        assert_eq!(parse_date(" 01.03.2026 "), Some(d("2026-03-01")));
        assert_eq!(parse_date("01/03/2026"), Some(d("2026-03-01")));
        assert_eq!(parse_date("01-03-2026"), Some(d("2026-03-01")));
        assert_eq!(parse_date("2026-02-30"), None);
        assert_eq!(parse_date("31.04.2026"), None);
        assert_eq!(parse_date("1.3.26"), None);
        assert_eq!(parse_date("26-03-01"), None);
        assert_eq!(parse_date(""), None);
        assert_eq!(parse_date("yesterday"), None);
    }
}
