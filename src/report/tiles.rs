//! The month's key figures as both the PDF and the Reports screen show them: one
//! wording, so screen and paper always agree.

use super::MonthlyFigures;

/// One key figure: a big value, what it is, and a line of detail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tile {
    pub label: &'static str,
    pub value: String,
    pub detail: String,
}

/// A count of days as the report words it: "1 day", "14 days", "–" when there is none.
pub fn days(value: Option<u32>) -> String {
    match value {
        Some(1) => "1 day".to_string(),
        Some(n) => format!("{n} days"),
        None => "–".to_string(),
    }
}

/// The eight key figures of the month, in the order both show them.
pub fn key_figures(f: &MonthlyFigures) -> Vec<Tile> {
    let revenue = match f.revenue.as_slice() {
        [] => ("0".to_string(), "No payments received".to_string()),
        [only] => (
            only.amount.to_string(),
            format!(
                "{} payment{}",
                only.payments,
                if only.payments == 1 { "" } else { "s" }
            ),
        ),
        [first, rest @ ..] => (
            first.amount.to_string(),
            format!(
                "and {}",
                rest.iter()
                    .map(|t| t.amount.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ),
    };
    let outstanding = if f.overdue.outstanding.is_empty() {
        format!("as of {}", f.as_of.format("%-d %B %Y"))
    } else {
        format!(
            "{} owed",
            f.overdue
                .outstanding
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    vec![
        Tile {
            label: "Cases opened",
            value: f.opened.total().to_string(),
            detail: format!(
                "{} walk-in · {} mail-in",
                f.opened.walk_in, f.opened.mail_in
            ),
        },
        Tile {
            label: "Devices returned",
            value: f.returns.total().to_string(),
            detail: format!(
                "{} repaired · {} unrepaired",
                f.returns.repaired,
                f.returns.unrepaired()
            ),
        },
        Tile {
            label: "Turnaround, median",
            value: days(f.turnaround.median_days),
            detail: format!("90 % within {}", days(f.turnaround.p90_days)),
        },
        Tile {
            label: "Quotes accepted",
            value: format!("{} of {}", f.quotes.accepted, f.quotes.sent),
            detail: format!(
                "{} declined · {} unanswered",
                f.quotes.declined, f.quotes.unanswered
            ),
        },
        Tile {
            label: "Paid-repair revenue",
            value: revenue.0,
            detail: revenue.1,
        },
        Tile {
            label: "Overdue payments",
            value: f.overdue.cases.to_string(),
            detail: outstanding,
        },
        Tile {
            label: "Parcels turned away",
            value: f.turned_away.total().to_string(),
            detail: format!(
                "{} refused · {} rejected",
                f.turned_away.refused(),
                f.turned_away.rejected()
            ),
        },
        Tile {
            label: "Applications expired",
            value: f.applications_expired.to_string(),
            detail: format!("{} unsolicited parcels", f.unsolicited.total()),
        },
    ]
}
