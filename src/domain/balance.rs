//! What a paid repair's customer has paid and what is still due (2.2, 2.6): the quote's
//! total less the payments received. Part payments are allowed; the repair starts once
//! nothing is due (docs/rules.md §4, `awaiting_payment`).

use crate::domain::case::{Case, Payment};
use crate::domain::money::Money;
use crate::domain::repair::Quote;

impl Case {
    /// The payments received so far, in the quote's currency; `None` without a quote.
    pub fn paid(&self) -> Option<Money> {
        paid(self.quote.as_ref()?, &self.payments)
    }

    /// The quote's total less what was paid, never below zero; `None` without a quote
    /// (or with one whose total cannot be worked out).
    pub fn still_due(&self) -> Option<Money> {
        still_due(self.quote.as_ref()?, &self.payments)
    }
}

/// The payments in the quote's currency, added up (others are refused when recorded).
pub fn paid(quote: &Quote, payments: &[Payment]) -> Option<Money> {
    let mut sum = Money::new(0, quote.currency.clone());
    for payment in payments
        .iter()
        .filter(|p| p.amount.currency == quote.currency)
    {
        sum = sum.checked_add(&payment.amount).ok()?;
    }
    Some(sum)
}

/// The quote's total less what was paid, never below zero.
pub fn still_due(quote: &Quote, payments: &[Payment]) -> Option<Money> {
    let total = quote.total().ok()?;
    let paid = paid(quote, payments)?;
    Some(Money::new(
        (total.minor - paid.minor).max(0),
        total.currency,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::money::Currency;
    use crate::domain::repair::{LineKind, QuoteLine};
    use chrono::NaiveDate;

    fn eur(minor: i64) -> Money {
        Money::new(minor, Currency::new("EUR").expect("EUR"))
    }

    fn quote(minor: i64) -> Quote {
        Quote {
            currency: Currency::new("EUR").expect("EUR"),
            lines: vec![QuoteLine {
                kind: LineKind::Labour,
                description: "Fitting".into(),
                amount: eur(minor),
            }],
        }
    }

    fn payment(minor: i64) -> Payment {
        Payment {
            amount: eur(minor),
            paid_on: NaiveDate::from_ymd_opt(2026, 3, 5).expect("date"),
            method: "cash".into(),
        }
    }

    #[test]
    fn nothing_paid_leaves_the_whole_total_due() {
        assert_eq!(paid(&quote(7550), &[]), Some(eur(0)));
        assert_eq!(still_due(&quote(7550), &[]), Some(eur(7550)));
    }

    #[test]
    fn a_part_payment_leaves_the_rest_due() {
        let payments = [payment(5000)];
        assert_eq!(paid(&quote(7550), &payments), Some(eur(5000)));
        assert_eq!(still_due(&quote(7550), &payments), Some(eur(2550)));
    }

    #[test]
    fn payments_add_up_and_nothing_is_due_once_the_total_is_paid() {
        let payments = [payment(5000), payment(2550)];
        assert_eq!(still_due(&quote(7550), &payments), Some(eur(0)));
        let over = [payment(8000)];
        assert_eq!(
            still_due(&quote(7550), &over),
            Some(eur(0)),
            "never below zero"
        );
    }

    #[test]
    fn a_payment_in_another_currency_is_not_counted() {
        let mut usd = payment(5000);
        usd.amount = Money::new(5000, Currency::new("USD").expect("USD"));
        assert_eq!(still_due(&quote(7550), &[usd]), Some(eur(7550)));
    }
}
