//! Money as integer minor units with a currency code, never floats (docs/rules.md §6).

use std::fmt;

use serde::{Deserialize, Serialize};

/// An ISO 4217 currency code such as `EUR`, `GBP` or `JPY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Currency(String);

impl Currency {
    /// Accepts three ASCII letters, in any case; stores them upper-case.
    pub fn new(code: &str) -> Result<Self, MoneyError> {
        let code = code.trim();
        if code.len() == 3 && code.chars().all(|c| c.is_ascii_alphabetic()) {
            Ok(Self(code.to_ascii_uppercase()))
        } else {
            Err(MoneyError::Currency(code.to_string()))
        }
    }

    pub fn code(&self) -> &str {
        &self.0
    }

    /// How many digits follow the decimal point for this currency (ISO 4217 exponent).
    pub fn exponent(&self) -> u32 {
        match self.0.as_str() {
            "JPY" | "KRW" | "VND" | "CLP" | "ISK" | "HUF" | "TWD" | "UGX" | "XAF" | "XOF" => 0,
            "BHD" | "KWD" | "OMR" | "JOD" | "TND" | "LYD" | "IQD" => 3,
            _ => 2,
        }
    }
}

impl Default for Currency {
    fn default() -> Self {
        Self("EUR".to_string())
    }
}

impl TryFrom<String> for Currency {
    type Error = MoneyError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::new(&value)
    }
}

impl From<Currency> for String {
    fn from(value: Currency) -> Self {
        value.0
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An amount in minor units (cents) of one currency.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Money {
    pub minor: i64,
    pub currency: Currency,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("'{0}' is not a currency code: use three letters such as EUR, GBP or USD")]
    Currency(String),
    #[error("'{0}' is not an amount: write it like 12.50")]
    Amount(String),
    #[error("'{text}' has more than {digits} decimal places for {currency}")]
    Precision {
        text: String,
        digits: u32,
        currency: String,
    },
    #[error("'{0}' is too large an amount")]
    TooLarge(String),
    #[error("cannot add {0} to {1}: different currencies")]
    Mixed(String, String),
}

impl MoneyError {
    /// The problem as a coded note (`problem-money-…`), so a person reads it in their
    /// language; its text is this error's English.
    pub fn note(&self) -> super::Note {
        use super::Note;
        let text = self.to_string();
        match self {
            Self::Currency(code) => Note::coded("money-currency", text).arg("code", code),
            Self::Amount(typed) => Note::coded("money-not-an-amount", text).arg("text", typed),
            Self::Precision {
                text: typed,
                digits,
                currency,
            } => Note::coded("money-precision", text)
                .arg("text", typed)
                .arg("digits", digits)
                .arg("currency", currency),
            Self::TooLarge(typed) => Note::coded("money-too-large", text).arg("text", typed),
            Self::Mixed(first, second) => Note::coded("money-mixed", text)
                .arg("first", first)
                .arg("second", second),
        }
    }
}

impl Money {
    pub fn new(minor: i64, currency: Currency) -> Self {
        Self { minor, currency }
    }

    pub fn zero(currency: Currency) -> Self {
        Self::new(0, currency)
    }

    /// Parses an amount typed by a person: `12`, `12.5`, `12.50`, `1 234,50`, `1,234.50`.
    /// The last `.` or `,` followed by at most the currency's number of decimals is the
    /// decimal point; other separators and spaces group thousands.
    pub fn parse(text: &str, currency: Currency) -> Result<Self, MoneyError> {
        let raw = text.trim();
        let bad = || MoneyError::Amount(raw.to_string());
        let (negative, body) = match raw.strip_prefix('-') {
            Some(rest) => (true, rest.trim_start()),
            None => (false, raw),
        };
        if body.is_empty() {
            return Err(bad());
        }
        let digits_allowed = currency.exponent();
        let (whole, fraction) = match body.rfind(['.', ',']) {
            Some(pos) => {
                let fraction = &body[pos + 1..];
                let whole = &body[..pos];
                // "1,234" with a 2-decimal currency is a thousands separator, not cents.
                if fraction.len() == 3 && digits_allowed != 3 && !whole.is_empty() {
                    (body, "")
                } else {
                    (whole, fraction)
                }
            }
            None => (body, ""),
        };
        let whole_digits: String = whole
            .chars()
            .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | ',' | '.' | '\''))
            .collect();
        if whole_digits.is_empty() && fraction.is_empty() {
            return Err(bad());
        }
        if !whole_digits.chars().all(|c| c.is_ascii_digit())
            || !fraction.chars().all(|c| c.is_ascii_digit())
        {
            return Err(bad());
        }
        if fraction.len() as u32 > digits_allowed {
            return Err(MoneyError::Precision {
                text: raw.to_string(),
                digits: digits_allowed,
                currency: currency.code().to_string(),
            });
        }
        let scale = 10_i64.pow(digits_allowed);
        let whole_value: i64 = if whole_digits.is_empty() {
            0
        } else {
            whole_digits
                .parse()
                .map_err(|_| MoneyError::TooLarge(raw.to_string()))?
        };
        let mut fraction_value: i64 = if fraction.is_empty() {
            0
        } else {
            fraction.parse().map_err(|_| bad())?
        };
        fraction_value *= 10_i64.pow(digits_allowed - fraction.len() as u32);
        let minor = whole_value
            .checked_mul(scale)
            .and_then(|v| v.checked_add(fraction_value))
            .ok_or_else(|| MoneyError::TooLarge(raw.to_string()))?;
        Ok(Self::new(if negative { -minor } else { minor }, currency))
    }

    /// Adds two amounts of the same currency.
    pub fn checked_add(&self, other: &Money) -> Result<Money, MoneyError> {
        if self.currency != other.currency {
            return Err(MoneyError::Mixed(
                other.currency.to_string(),
                self.currency.to_string(),
            ));
        }
        let minor = self
            .minor
            .checked_add(other.minor)
            .ok_or_else(|| MoneyError::TooLarge(format!("{self} + {other}")))?;
        Ok(Money::new(minor, self.currency.clone()))
    }

    /// The amount without the currency, grouped in thousands: `1,234.50`.
    pub fn amount_text(&self) -> String {
        let exponent = self.currency.exponent();
        let scale = 10_u64.pow(exponent);
        let abs = self.minor.unsigned_abs();
        let whole = (abs / scale).to_string();
        let mut grouped = String::new();
        for (i, c) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i).is_multiple_of(3) {
                grouped.push(',');
            }
            grouped.push(c);
        }
        let sign = if self.minor < 0 { "-" } else { "" };
        if exponent == 0 {
            format!("{sign}{grouped}")
        } else {
            let fraction = abs % scale;
            format!(
                "{sign}{grouped}.{fraction:0width$}",
                width = exponent as usize
            )
        }
    }
}

impl Money {
    /// Money as [`Display`](fmt::Display) writes it ("1,234.50 EUR"), read back: an
    /// amount stored as text (a coded sentence's argument, a printing's facts).
    pub fn from_written(text: &str) -> Option<Money> {
        let (amount, code) = text.rsplit_once(' ')?;
        let currency = Currency::new(code).ok()?;
        Money::parse(amount, currency).ok()
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.amount_text(), self.currency)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eur() -> Currency {
        Currency::new("eur").expect("EUR")
    }

    #[test]
    fn money_reads_back_as_it_is_written() {
        let money = Money::parse("1234.5", eur()).expect("amount");
        assert_eq!(Money::from_written(&money.to_string()), Some(money));
        assert_eq!(Money::from_written("25.50"), None, "no currency");
        assert_eq!(Money::from_written("—"), None);
    }

    #[test]
    fn amounts_parse_from_what_people_type() {
        for (text, minor) in [
            ("12", 1200),
            ("12.5", 1250),
            ("12.50", 1250),
            ("12,50", 1250),
            ("1 234,50", 123_450),
            ("1,234.50", 123_450),
            ("1,234", 123_400),
            (".5", 50),
            ("-3.10", -310),
        ] {
            assert_eq!(
                Money::parse(text, eur()).map(|m| m.minor),
                Ok(minor),
                "{text}"
            );
        }
    }

    #[test]
    fn bad_amounts_say_what_is_wrong() {
        assert!(matches!(
            Money::parse("", eur()),
            Err(MoneyError::Amount(_))
        ));
        assert!(matches!(
            Money::parse("12a", eur()),
            Err(MoneyError::Amount(_))
        ));
        assert!(matches!(
            Money::parse("1.2345", eur()),
            Err(MoneyError::Precision { .. })
        ));
        assert!(matches!(
            Money::parse("99999999999999999999", eur()),
            Err(MoneyError::TooLarge(_))
        ));
    }

    #[test]
    fn currencies_know_their_decimals() {
        let yen = Currency::new("JPY").expect("JPY");
        assert_eq!(Money::parse("1500", yen.clone()).map(|m| m.minor), Ok(1500));
        assert_eq!(Money::new(1500, yen).to_string(), "1,500 JPY");
        assert_eq!(
            Money::new(123_456_789, eur()).to_string(),
            "1,234,567.89 EUR"
        );
        assert_eq!(Money::new(-5, eur()).to_string(), "-0.05 EUR");
        assert!(Currency::new("EURO").is_err());
    }

    #[test]
    fn adding_different_currencies_is_refused() {
        let a = Money::new(100, eur());
        let b = Money::new(100, Currency::new("USD").expect("USD"));
        assert!(a.checked_add(&b).is_err());
        assert_eq!(a.checked_add(&a).map(|m| m.minor), Ok(200));
    }
}
