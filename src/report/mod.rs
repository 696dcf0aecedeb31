//! The monthly figures (docs/rules.md §7), computed from plain rows. Pure.
//!
//! [`monthly`] turns the cases the store hands over into [`MonthlyFigures`]: counts,
//! turnaround percentiles, revenue per currency, rankings and the series the report's
//! charts draw. No I/O and no clock: the month and "today" are arguments, so a report
//! for a past month is the same every time it is made. What each figure counts, and how
//! events are read, is written down in [`figures`].

pub mod figures;
pub mod month;
pub mod stats;
pub mod tiles;

pub use figures::{
    MonthlyFigures, Opened, Overdue, Quotes, Returns, Step, TOP, Takings, Turnaround, TurnedAway,
    Unsolicited, Verdicts, monthly, monthly_of_cases, opened_on,
};
pub use month::{Month, MonthError};
pub use stats::{Ranked, nearest_rank};
