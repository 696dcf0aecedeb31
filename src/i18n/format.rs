//! Dates, numbers and money as each language writes them. The patterns and marks are
//! messages in the language's `common.ftl` (`date`, `number-decimal`, …), so a new
//! language brings its own without code.

use chrono::{DateTime, Datelike, NaiveDate, Utc};

use super::{Arg, FluentArgsOf, Words, month_name, weekday_name};
use crate::domain::Money;

impl Words {
    fn date_pattern(self, id: &str, date: NaiveDate) -> String {
        let mut args = FluentArgsOf::new();
        args.set("year", Arg::Owned(format!("{:04}", date.year())).value());
        args.set("month", Arg::Owned(date.month().to_string()).value());
        args.set("month2", Arg::Owned(format!("{:02}", date.month())).value());
        args.set("day", Arg::Owned(date.day().to_string()).value());
        args.set("day2", Arg::Owned(format!("{:02}", date.day())).value());
        args.set(
            "monthname",
            Arg::Owned(month_name(self, date.month())).value(),
        );
        args.set("weekday", Arg::Owned(weekday_name(self, date)).value());
        self.format(id, args.get())
    }

    /// A business date in a list, a form or a document: "01.03.2026", "2026年3月1日".
    pub fn date(self, date: NaiveDate) -> String {
        self.date_pattern("date", date)
    }

    /// A date with its weekday, where a person reads it once: "Sunday 1 March 2026",
    /// "2026年3月1日 星期日".
    pub fn date_long(self, date: NaiveDate) -> String {
        self.date_pattern("date-long", date)
    }

    /// A day in the current year, where space is short: "1 Mar", "3月1日".
    pub fn day_month(self, date: NaiveDate) -> String {
        self.date_pattern("date-day-month", date)
    }

    /// An instant, in UTC as the history keeps it: "01.03.2026 14:05".
    pub fn date_time(self, at: DateTime<Utc>) -> String {
        let mut args = FluentArgsOf::new();
        args.set("date", Arg::Owned(self.date(at.date_naive())).value());
        args.set("time", Arg::Owned(at.format("%H:%M").to_string()).value());
        self.format("date-time", args.get())
    }

    /// An instant in the desk's own time zone, with the day written as `date` writes it:
    /// "01.03.2026 14:05".
    pub fn local_date_time(self, at: DateTime<Utc>) -> String {
        let local = at.with_timezone(&chrono::Local);
        let mut args = FluentArgsOf::new();
        args.set("date", Arg::Owned(self.date(local.date_naive())).value());
        args.set(
            "time",
            Arg::Owned(local.format("%H:%M").to_string()).value(),
        );
        self.format("date-time", args.get())
    }

    /// A whole number with the language's grouping: "12,345".
    pub fn number(self, n: i64) -> String {
        let grouped = group(
            &n.unsigned_abs().to_string(),
            &self.format("number-group", None),
        );
        if n < 0 {
            format!("-{grouped}")
        } else {
            grouped
        }
    }

    /// An amount with its currency: "1,234.50 EUR".
    pub fn money(self, money: &Money) -> String {
        let mut args = FluentArgsOf::new();
        args.set("amount", Arg::Owned(self.amount(money)).value());
        args.set(
            "currency",
            Arg::Owned(money.currency.code().to_string()).value(),
        );
        self.format("money", args.get())
    }

    /// An amount without its currency, with the language's marks: "1,234.50".
    pub fn amount(self, money: &Money) -> String {
        // The domain writes "1,234.50"; only the marks differ between languages.
        let text = money.amount_text();
        let decimal = self.format("number-decimal", None);
        let group_mark = self.format("number-group", None);
        text.chars()
            .map(|c| match c {
                ',' => group_mark.clone(),
                '.' => decimal.clone(),
                c => c.to_string(),
            })
            .collect()
    }
}

fn group(digits: &str, mark: &str) -> String {
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(mark);
        }
        out.push(c);
    }
    out
}
