//! The month's key figures as both the PDF and the Reports screen show them: one
//! wording, so screen and paper always agree.

use super::MonthlyFigures;
use crate::i18n::{Language, Words};

/// One key figure: a big value, what it is, and a line of detail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tile {
    /// What it is, as a sentence says it ("Cases opened").
    pub label: String,
    /// What it is, as the tile's caption prints it ("CASES OPENED", "受理维修单"): written
    /// per language, as capitals are not a thing in every script.
    pub caption: String,
    pub value: String,
    pub detail: String,
}

/// "2 March 2026", "2026年3月2日": a day as the report writes it.
pub fn long_date(w: Words, date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    w.pdf_report_date(
        date.day(),
        crate::i18n::month_name(w, date.month()),
        date.month(),
        date.year().to_string(),
    )
}

/// A count of days as the report words it: "1 day", "14 days", "–" when there is none.
pub fn days(value: Option<u32>) -> String {
    days_in(Language::English.words(), value)
}

/// [`days`] in the language of `w`.
pub fn days_in(w: Words, value: Option<u32>) -> String {
    match value {
        Some(n) => w.report_days(n),
        None => "–".to_string(),
    }
}

/// The eight key figures of the month, in the order both show them (in English).
pub fn key_figures(f: &MonthlyFigures) -> Vec<Tile> {
    key_figures_in(Language::English.words(), f)
}

/// [`key_figures`] in the language of `w`.
pub fn key_figures_in(w: Words, f: &MonthlyFigures) -> Vec<Tile> {
    let list = |amounts: &mut dyn Iterator<Item = String>| {
        amounts.collect::<Vec<_>>().join(&w.report_list_separator())
    };
    let revenue = match f.revenue.as_slice() {
        [] => ("0".to_string(), w.report_tile_no_payments()),
        [only] => (w.money(&only.amount), w.report_tile_payments(only.payments)),
        [first, rest @ ..] => (
            w.money(&first.amount),
            w.report_tile_and_more(list(&mut rest.iter().map(|t| w.money(&t.amount)))),
        ),
    };
    let outstanding = if f.overdue.outstanding.is_empty() {
        w.report_tile_as_of(long_date(w, f.as_of))
    } else {
        w.report_tile_owed(list(&mut f.overdue.outstanding.iter().map(|m| w.money(m))))
    };
    let tile = |label: String, caption: String, value: String, detail: String| Tile {
        label,
        caption,
        value,
        detail,
    };
    vec![
        tile(
            w.report_tile_opened(),
            w.report_tile_opened_caption(),
            f.opened.total().to_string(),
            w.report_tile_opened_detail(f.opened.walk_in, f.opened.mail_in),
        ),
        tile(
            w.report_tile_returned(),
            w.report_tile_returned_caption(),
            f.returns.total().to_string(),
            w.report_tile_returned_detail(f.returns.repaired, f.returns.unrepaired()),
        ),
        tile(
            w.report_tile_turnaround(),
            w.report_tile_turnaround_caption(),
            days_in(w, f.turnaround.median_days),
            w.report_tile_turnaround_detail(days_in(w, f.turnaround.p90_days)),
        ),
        tile(
            w.report_tile_quotes(),
            w.report_tile_quotes_caption(),
            w.report_tile_quotes_value(f.quotes.accepted, f.quotes.sent),
            w.report_tile_quotes_detail(f.quotes.declined, f.quotes.unanswered),
        ),
        tile(
            w.report_tile_revenue(),
            w.report_tile_revenue_caption(),
            revenue.0,
            revenue.1,
        ),
        tile(
            w.report_tile_overdue(),
            w.report_tile_overdue_caption(),
            f.overdue.cases.to_string(),
            outstanding,
        ),
        tile(
            w.report_tile_turned_away(),
            w.report_tile_turned_away_caption(),
            f.turned_away.total().to_string(),
            w.report_tile_turned_away_detail(f.turned_away.refused(), f.turned_away.rejected()),
        ),
        tile(
            w.report_tile_expired(),
            w.report_tile_expired_caption(),
            f.applications_expired.to_string(),
            w.report_tile_expired_detail(f.unsolicited.total()),
        ),
    ]
}
