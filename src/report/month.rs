//! One calendar month: the period a monthly report covers (docs/rules.md §7).

use std::fmt;

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::domain::dates::MONTH_NAMES;

/// A calendar month of a year, such as March 2026.
///
/// Held as its first day, so every `Month` is a real month and its dates never fail to
/// compute. Ordered by time. Written `2026-03` (ISO 8601) in JSON and on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Month {
    first: NaiveDate,
}

/// A month that cannot be used, naming what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MonthError {
    #[error("month {0}: must be from 1 to 12")]
    MonthOutOfRange(u32),
    #[error("year {0}: must be from 1 to 9999")]
    YearOutOfRange(i32),
    #[error("'{0}' is not a month: write it like 2026-03")]
    Format(String),
}

impl MonthError {
    /// The problem as a coded note (`problem-month-…`), so a person reads it in their
    /// language; its text is this error's English.
    pub fn note(&self) -> crate::domain::Note {
        use crate::domain::Note;
        let text = self.to_string();
        match self {
            Self::MonthOutOfRange(month) => {
                Note::coded("month-out-of-range", text).arg("month", month)
            }
            Self::YearOutOfRange(year) => Note::coded("year-out-of-range", text).arg("year", year),
            Self::Format(typed) => Note::coded("month-not-a-month", text).arg("text", typed),
        }
    }
}

impl Month {
    /// `month` is 1–12. Years are limited to 1–9999, the years a four-digit case number
    /// and an ISO date can carry; that also keeps the month's last day computable.
    pub fn new(year: i32, month: u32) -> Result<Month, MonthError> {
        if !(1..=12).contains(&month) {
            return Err(MonthError::MonthOutOfRange(month));
        }
        if !(1..=9999).contains(&year) {
            return Err(MonthError::YearOutOfRange(year));
        }
        NaiveDate::from_ymd_opt(year, month, 1)
            .map(|first| Month { first })
            .ok_or(MonthError::YearOutOfRange(year))
    }

    /// The month `date` falls in.
    pub fn of(date: NaiveDate) -> Month {
        // Day 1 exists in every month chrono can represent.
        Month {
            first: date.with_day(1).unwrap_or(date),
        }
    }

    /// Reads `2026-03` (also `2026-3`), as typed on the command line.
    pub fn parse(text: &str) -> Result<Month, MonthError> {
        let bad = || MonthError::Format(text.trim().to_string());
        let (year, month) = text.trim().split_once('-').ok_or_else(bad)?;
        let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
        if year.len() != 4 || month.is_empty() || month.len() > 2 || !digits(year) || !digits(month)
        {
            return Err(bad());
        }
        let year: i32 = year.parse().map_err(|_| bad())?;
        let month: u32 = month.parse().map_err(|_| bad())?;
        Month::new(year, month)
    }

    pub fn year(self) -> i32 {
        self.first.year()
    }

    /// 1–12.
    pub fn number(self) -> u32 {
        self.first.month()
    }

    pub fn first_day(self) -> NaiveDate {
        self.first
    }

    pub fn last_day(self) -> NaiveDate {
        self.first
            .checked_add_months(Months::new(1))
            .and_then(|next| next.pred_opt())
            // Only the last month chrono can represent has no "next first day".
            .unwrap_or(NaiveDate::MAX)
    }

    /// Number of days: 28–31.
    pub fn days(self) -> u32 {
        self.last_day().day()
    }

    pub fn contains(self, date: NaiveDate) -> bool {
        date.year() == self.first.year() && date.month() == self.first.month()
    }

    /// The month after this one (December 9999 has none and stays itself).
    pub fn next(self) -> Month {
        self.first
            .checked_add_months(Months::new(1))
            .filter(|first| first.year() <= 9999)
            .map_or(self, |first| Month { first })
    }

    /// The month before this one (January of year 1 has none and stays itself).
    pub fn previous(self) -> Month {
        self.first
            .checked_sub_months(Months::new(1))
            .filter(|first| first.year() >= 1)
            .map_or(self, |first| Month { first })
    }

    /// "March 2026", for titles.
    pub fn name_in(self, w: crate::i18n::Words) -> String {
        w.report_month(
            crate::i18n::month_name(w, self.number()),
            self.number(),
            self.year().to_string(),
        )
    }

    pub fn name(self) -> String {
        let index = (self.number() as usize).saturating_sub(1);
        format!(
            "{} {}",
            MONTH_NAMES.get(index).copied().unwrap_or("?"),
            self.year()
        )
    }
}

impl fmt::Display for Month {
    /// `2026-03`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year(), self.number())
    }
}

impl TryFrom<String> for Month {
    type Error = MonthError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Month::parse(&value)
    }
}

impl From<Month> for String {
    fn from(value: Month) -> Self {
        value.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or(NaiveDate::MIN)
    }

    #[test]
    fn a_month_knows_its_days() {
        let feb = Month::new(2024, 2).expect("valid month");
        assert_eq!(feb.first_day(), d(2024, 2, 1));
        assert_eq!(feb.last_day(), d(2024, 2, 29));
        assert_eq!(feb.days(), 29);
        assert_eq!(Month::new(2025, 2).map(Month::days), Ok(28));
        assert_eq!(Month::new(2026, 12).map(Month::days), Ok(31));
        assert!(feb.contains(d(2024, 2, 29)));
        assert!(!feb.contains(d(2024, 3, 1)));
        assert!(!feb.contains(d(2023, 2, 10)));
        assert_eq!(Month::of(d(2024, 2, 17)), feb);
        assert_eq!(feb.name(), "February 2024");
        assert_eq!(feb.to_string(), "2024-02");
    }

    #[test]
    fn neighbours_cross_the_year() {
        let dec = Month::new(2025, 12).expect("valid month");
        assert_eq!(dec.next(), Month::new(2026, 1).expect("valid month"));
        assert_eq!(dec.next().previous(), dec);
        let last = Month::new(9999, 12).expect("valid month");
        assert_eq!(last.next(), last);
        assert_eq!(last.last_day(), d(9999, 12, 31));
    }

    #[test]
    fn months_parse_from_what_people_type() {
        assert_eq!(Month::parse(" 2026-03 "), Month::new(2026, 3));
        assert_eq!(Month::parse("2026-3"), Month::new(2026, 3));
        assert_eq!(
            Month::parse("2026-13"),
            Err(MonthError::MonthOutOfRange(13))
        );
        assert_eq!(Month::parse("2026-00"), Err(MonthError::MonthOutOfRange(0)));
        for bad in ["", "2026", "26-03", "2026-03-01", "march", "2026-+3"] {
            assert!(
                matches!(Month::parse(bad), Err(MonthError::Format(_))),
                "{bad}"
            );
        }
        assert_eq!(Month::new(0, 1), Err(MonthError::YearOutOfRange(0)));
    }

    #[test]
    fn months_round_trip_through_json() {
        let month = Month::new(2026, 3).expect("valid month");
        let json = serde_json::to_string(&month).expect("serialise");
        assert_eq!(json, "\"2026-03\"");
        assert_eq!(serde_json::from_str::<Month>(&json).ok(), Some(month));
        assert!(serde_json::from_str::<Month>("\"2026-13\"").is_err());
    }
}
