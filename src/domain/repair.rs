//! Repair methods, who owns replaced parts, who pays freight, quotes (docs/rules.md §6).

use serde::{Deserialize, Serialize};

use super::money::{Currency, Money, MoneyError};
use super::warranty::Verdict;

/// 2.5: how a device is repaired.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RepairMethod {
    SoftwareUpdate,
    PartReplacement,
    /// The whole unit is replaced; the replacement has its own serial, recorded on the case.
    UnitReplacement,
}

impl RepairMethod {
    pub const ALL: [Self; 3] = [
        Self::SoftwareUpdate,
        Self::PartReplacement,
        Self::UnitReplacement,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::SoftwareUpdate => "software_update",
            Self::PartReplacement => "part_replacement",
            Self::UnitReplacement => "unit_replacement",
        }
    }

    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.as_str() == word)
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::SoftwareUpdate => "Software update",
            Self::PartReplacement => "Part replacement",
            Self::UnitReplacement => "Whole-unit replacement",
        }
    }

    /// Does this method take parts (or the whole unit) out of the device?
    pub fn replaces_parts(self) -> bool {
        !matches!(self, Self::SoftwareUpdate)
    }
}

/// Who keeps the replaced faulty parts or unit after a repair (2.5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartsOwner {
    /// They belong to the manufacturer and stay at the center.
    Manufacturer,
    /// They go back to the customer in the same package as the device.
    Customer,
}

/// 2.5: after a free repair the replaced parts belong to the manufacturer. After a paid
/// repair they go back in the same package **only** if the customer asked for that when
/// applying; without that request they belong to the manufacturer too.
pub fn replaced_parts_owner(verdict: Verdict, asked_at_application: bool) -> PartsOwner {
    match verdict {
        Verdict::Paid if asked_at_application => PartsOwner::Customer,
        _ => PartsOwner::Manufacturer,
    }
}

/// Who pays a leg of the journey (2.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FreightPayer {
    Customer,
    ServiceCenter,
}

/// 2.1: "whoever sends it pays": the customer pays the freight to the center, the
/// center pays the return. Cash on delivery is never used in either direction.
pub fn freight_payer(to_center: bool) -> FreightPayer {
    if to_center {
        FreightPayer::Customer
    } else {
        FreightPayer::ServiceCenter
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LineKind {
    Parts,
    Labour,
}

impl LineKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Parts => "parts",
            Self::Labour => "labour",
        }
    }

    pub fn parse(word: &str) -> Option<Self> {
        [Self::Parts, Self::Labour]
            .into_iter()
            .find(|k| k.as_str() == word)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteLine {
    pub kind: LineKind,
    pub description: String,
    pub amount: Money,
}

/// 2.2: a paid repair needs the customer's acceptance of this quote before any work.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub currency: Currency,
    pub lines: Vec<QuoteLine>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QuoteError {
    #[error("a quote needs at least one line")]
    Empty,
    #[error("line {line}: description: must not be empty")]
    NoDescription { line: usize },
    #[error("line {line}: amount: must not be negative")]
    Negative { line: usize },
    #[error("line {line}: amount: {source}")]
    Money { line: usize, source: MoneyError },
}

impl QuoteError {
    /// The problem as a coded note (`problem-quote-…`), so a person reads it in their
    /// language; its text is this error's English.
    pub fn note(&self) -> super::Note {
        use super::Note;
        match self {
            Self::Empty => Note::coded("quote-empty", self.to_string()),
            Self::NoDescription { line } => {
                Note::coded("quote-no-description", self.to_string()).arg("line", line)
            }
            Self::Negative { line } => {
                Note::coded("quote-negative", self.to_string()).arg("line", line)
            }
            Self::Money { line, source } => {
                Note::coded("quote-line-amount", format!("line {line}: amount:"))
                    .arg("line", line)
                    .then(source.note())
            }
        }
    }
}

impl Quote {
    /// Checks the lines: at least one, each described, none negative, one currency.
    pub fn validate(&self) -> Result<(), QuoteError> {
        if self.lines.is_empty() {
            return Err(QuoteError::Empty);
        }
        for (i, line) in self.lines.iter().enumerate() {
            let line_no = i + 1;
            if line.description.trim().is_empty() {
                return Err(QuoteError::NoDescription { line: line_no });
            }
            if line.amount.minor < 0 {
                return Err(QuoteError::Negative { line: line_no });
            }
            if line.amount.currency != self.currency {
                return Err(QuoteError::Money {
                    line: line_no,
                    source: MoneyError::Mixed(
                        line.amount.currency.to_string(),
                        self.currency.to_string(),
                    ),
                });
            }
        }
        self.total().map(|_| ())
    }

    /// The sum of the lines of one kind, or of all lines.
    fn sum(&self, kind: Option<LineKind>) -> Result<Money, QuoteError> {
        self.lines
            .iter()
            .enumerate()
            .filter(|(_, line)| kind.is_none_or(|k| line.kind == k))
            .try_fold(Money::zero(self.currency.clone()), |total, (i, line)| {
                total
                    .checked_add(&line.amount)
                    .map_err(|source| QuoteError::Money {
                        line: i + 1,
                        source,
                    })
            })
    }

    pub fn total(&self) -> Result<Money, QuoteError> {
        self.sum(None)
    }

    pub fn parts_total(&self) -> Result<Money, QuoteError> {
        self.sum(Some(LineKind::Parts))
    }

    pub fn labour_total(&self) -> Result<Money, QuoteError> {
        self.sum(Some(LineKind::Labour))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eur(minor: i64) -> Money {
        Money::new(minor, Currency::new("EUR").expect("EUR"))
    }

    #[test]
    fn free_repair_parts_always_stay_with_the_manufacturer() {
        assert_eq!(
            replaced_parts_owner(Verdict::Free, true),
            PartsOwner::Manufacturer
        );
        assert_eq!(
            replaced_parts_owner(Verdict::Free, false),
            PartsOwner::Manufacturer
        );
    }

    #[test]
    fn paid_repair_parts_go_back_only_when_asked_at_application() {
        assert_eq!(
            replaced_parts_owner(Verdict::Paid, true),
            PartsOwner::Customer
        );
        assert_eq!(
            replaced_parts_owner(Verdict::Paid, false),
            PartsOwner::Manufacturer
        );
    }

    #[test]
    fn whoever_sends_pays_the_freight() {
        assert_eq!(freight_payer(true), FreightPayer::Customer);
        assert_eq!(freight_payer(false), FreightPayer::ServiceCenter);
    }

    #[test]
    fn quote_totals_and_validation() {
        let quote = Quote {
            currency: Currency::new("EUR").expect("EUR"),
            lines: vec![
                QuoteLine {
                    kind: LineKind::Parts,
                    description: "Screen".into(),
                    amount: eur(8900),
                },
                QuoteLine {
                    kind: LineKind::Labour,
                    description: "Fitting".into(),
                    amount: eur(3500),
                },
                QuoteLine {
                    kind: LineKind::Parts,
                    description: "Adhesive".into(),
                    amount: eur(250),
                },
            ],
        };
        assert_eq!(quote.validate(), Ok(()));
        assert_eq!(quote.total().map(|m| m.minor), Ok(12_650));
        assert_eq!(quote.parts_total().map(|m| m.minor), Ok(9_150));
        assert_eq!(quote.labour_total().map(|m| m.minor), Ok(3_500));

        let mut bad = quote.clone();
        bad.lines[1].description = " ".into();
        assert_eq!(bad.validate(), Err(QuoteError::NoDescription { line: 2 }));
        let mut bad = quote.clone();
        bad.lines[2].amount = eur(-1);
        assert_eq!(bad.validate(), Err(QuoteError::Negative { line: 3 }));
        let mut bad = quote;
        bad.lines.clear();
        assert_eq!(bad.validate(), Err(QuoteError::Empty));
    }
}
