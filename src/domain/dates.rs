//! Calendar arithmetic the agreement relies on.

use super::Note;
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
    let text = year_first(text);
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

/// The forms Chinese invoices and desks write, year first, read as ISO: `2026年3月1日`,
/// `2026/3/1` and `2026.3.1` become `2026-3-1`; full-width digits (an input method's
/// ２０２６) become ASCII. Any other text is returned as it was (trimmed).
fn year_first(text: &str) -> String {
    let ascii: String = text
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '／' => '/',
            '．' => '.',
            '－' => '-',
            c => c,
        })
        .collect();
    if let Some(rest) = ascii.strip_suffix('日') {
        let parts: Vec<&str> = rest.split(['年', '月']).collect();
        if parts.len() == 3
            && parts
                .iter()
                .all(|p| p.trim().chars().all(|c| c.is_ascii_digit()))
        {
            return parts.iter().map(|p| p.trim()).collect::<Vec<_>>().join("-");
        }
    }
    for separator in ['/', '.'] {
        let parts: Vec<&str> = ascii.split(separator).collect();
        if parts.len() == 3
            && parts[0].len() == 4
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
        {
            return parts.join("-");
        }
    }
    ascii
}

/// Why a written date is not a date, in words a clerk can act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("no date given: write one like 01.03.2026 or 2026-03-01")]
    Empty,
    #[error("'{0}' is not a date: write one like 01.03.2026 or 2026-03-01")]
    NotADate(String),
    #[error("{text}: write the year with four digits, like 01.03.2026")]
    ShortYear { text: String },
    #[error("{text}: there is no month {month}")]
    NoSuchMonth { text: String, month: u32 },
    #[error("{text}: there is no day 0")]
    DayZero { text: String },
    #[error("{text}: {month_name} has no {day_ordinal}")]
    NoSuchDay {
        text: String,
        month_name: &'static str,
        day_ordinal: String,
    },
    #[error("{text}: {year} is not a leap year, so February has no 29th")]
    NotLeapYear { text: String, year: i32 },
}

impl DateError {
    /// The problem as a coded note (`problem-date-…`), so a person reads it in their
    /// language ("31.02.2026：2月没有31日"); its text is this error's English.
    pub fn note(&self) -> super::Note {
        use super::Note;
        let text = self.to_string();
        match self {
            Self::Empty => Note::coded("date-empty", text),
            Self::NotADate(typed) => Note::coded("date-not-a-date", text).arg("text", typed),
            Self::ShortYear { text: typed } => {
                Note::coded("date-short-year", text).arg("text", typed)
            }
            Self::NoSuchMonth { text: typed, month } => Note::coded("date-no-such-month", text)
                .arg("text", typed)
                .arg("month", month),
            Self::DayZero { text: typed } => Note::coded("date-day-zero", text).arg("text", typed),
            Self::NoSuchDay {
                text: typed,
                month_name,
                day_ordinal,
            } => {
                let month = MONTH_NAMES
                    .iter()
                    .position(|name| name == month_name)
                    .map_or(0, |index| index + 1);
                let day: String = day_ordinal.chars().filter(char::is_ascii_digit).collect();
                Note::coded("date-no-such-day", text)
                    .arg("text", typed)
                    .arg("month_name", month_name)
                    .arg("day_ordinal", day_ordinal)
                    .arg("month", month)
                    .arg("day", day)
            }
            Self::NotLeapYear { text: typed, year } => Note::coded("date-not-leap-year", text)
                .arg("text", typed)
                .arg("year", year),
        }
    }
}

/// English month names, January first: the date errors and the monthly report's title
/// ("March 2026") both say them.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st, 22nd, 23rd … 31st.
fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// Parses a business date like [`parse_date`] (the same forms are accepted and give the
/// same day), but says why a text is not a date: "31.02.2026: February has no 31st",
/// "2026-13-01: there is no month 13".
pub fn parse_date_checked(text: &str) -> Result<NaiveDate, DateError> {
    let normalized = year_first(text);
    let trimmed = normalized.trim();
    if trimmed.is_empty() {
        return Err(DateError::Empty);
    }
    let not_a_date = || DateError::NotADate(trimmed.to_string());
    let separator = trimmed
        .chars()
        .find(|c| matches!(c, '.' | '/' | '-'))
        .ok_or_else(not_a_date)?;
    let parts: Vec<&str> = trimmed.split(separator).collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || p.len() > 4 || !p.chars().all(|c| c.is_ascii_digit()))
    {
        return Err(not_a_date());
    }
    let number = |p: &str| p.parse::<u32>().map_err(|_| not_a_date());
    // ISO writes the year first (with hyphens); the local forms write the day first.
    let (year_text, month, day) = if parts[0].len() == 4 && separator == '-' {
        (parts[0], number(parts[1])?, number(parts[2])?)
    } else if parts[0].len() <= 2 && parts[1].len() <= 2 {
        (parts[2], number(parts[1])?, number(parts[0])?)
    } else {
        return Err(not_a_date());
    };
    if parts[1].len() > 2 || (parts[0].len() == 4 && parts[2].len() > 2) {
        return Err(not_a_date());
    }
    if year_text.len() != 4 {
        return Err(DateError::ShortYear {
            text: trimmed.to_string(),
        });
    }
    let year: i32 = year_text.parse().map_err(|_| not_a_date())?;
    if !(1..=12).contains(&month) {
        return Err(DateError::NoSuchMonth {
            text: trimmed.to_string(),
            month,
        });
    }
    if day == 0 {
        return Err(DateError::DayZero {
            text: trimmed.to_string(),
        });
    }
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => Ok(date),
        None if month == 2 && day == 29 => Err(DateError::NotLeapYear {
            text: trimmed.to_string(),
            year,
        }),
        None => Err(DateError::NoSuchDay {
            text: trimmed.to_string(),
            month_name: MONTH_NAMES[month as usize - 1],
            day_ordinal: ordinal(day),
        }),
    }
}

/// A warning (not a refusal) for a business date after today: a received-on, notice or
/// payment date in the future is most likely a typing error, and it would move a
/// deadline (2.3, 2.6) without anyone noticing. `what` names the date for the clerk in
/// English, `field` by its field's name for the other languages.
pub fn after_today_warning(
    what: &str,
    field: &str,
    date: NaiveDate,
    today: NaiveDate,
) -> Option<Note> {
    (date > today).then(|| {
        let days = (date - today).num_days();
        let plural = if days == 1 { "day" } else { "days" };
        Note::coded(
            "after-today",
            format!("{what} {date} is {days} {plural} after today ({today}): check it"),
        )
        .arg("what", what)
        .arg("field", field)
        .arg("given_on", date)
        .arg("days", days)
        .arg("today_on", today)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_and_year_first_forms_read_as_the_same_day() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 1);
        for text in [
            "2026年3月1日",
            "2026年03月01日",
            "2026/3/1",
            "2026.03.01",
            "２０２６年３月１日",
            " 2026-3-1 ",
        ] {
            assert_eq!(parse_date(text), day, "{text}");
            assert_eq!(parse_date_checked(text).ok(), day, "{text}");
        }
        assert!(matches!(
            parse_date_checked("2026年2月31日"),
            Err(DateError::NoSuchDay { .. })
        ));
        assert_eq!(parse_date("2026年3月"), None);
        // Day first stays day first.
        assert_eq!(parse_date("01/03/2026"), day);
    }

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

    #[test]
    fn a_wrong_date_says_why() {
        let why = |text: &str| parse_date_checked(text).unwrap_err().to_string();
        assert_eq!(why("31.02.2026"), "31.02.2026: February has no 31st");
        assert_eq!(why("2026-13-01"), "2026-13-01: there is no month 13");
        assert_eq!(why("31/04/2026"), "31/04/2026: April has no 31st");
        assert_eq!(
            why("29.02.2026"),
            "29.02.2026: 2026 is not a leap year, so February has no 29th"
        );
        assert_eq!(why("00.03.2026"), "00.03.2026: there is no day 0");
        assert_eq!(
            why("1.3.26"),
            "1.3.26: write the year with four digits, like 01.03.2026"
        );
        assert!(why("yesterday").contains("is not a date"));
        assert!(why("  ").starts_with("no date given"));
        assert_eq!(parse_date_checked("29.02.2024"), Ok(d("2024-02-29")));
    }

    #[test]
    fn the_checked_parse_accepts_exactly_what_parse_date_accepts() {
        for text in [
            "2026-03-01",
            " 01.03.2026 ",
            "01/03/2026",
            "01-03-2026",
            "1.3.2026",
            "2026-02-30",
            "31.04.2026",
            "1.3.26",
            "26-03-01",
            "",
            "yesterday",
            "2026-3-1",
            "01.03/2026",
            "12026-01-01",
            "2026.03.01",
        ] {
            assert_eq!(
                parse_date_checked(text).ok(),
                parse_date(text),
                "'{text}' must be read the same both ways"
            );
        }
    }

    #[test]
    fn a_date_after_today_is_warned_about_not_refused() {
        let today = d("2026-03-10");
        let warning = |date| after_today_warning("Paid on", "paid_on", date, today);
        assert_eq!(warning(today), None);
        assert_eq!(warning(d("2026-03-01")), None);
        assert_eq!(
            warning(d("2026-05-10")).map(|note| note.text),
            Some("Paid on 2026-05-10 is 61 days after today (2026-03-10): check it".into())
        );
    }
}
