//! The payment receipt, read back: the case and its barcode, who paid and for what, every
//! payment (when, how, how much), the total paid, what is still due with its 2.6 date —
//! or "paid in full" — on A4 and Letter; refused when nothing was paid. Also: an e-mail
//! address on the intake receipt is never broken across lines.
//!
//! Set `FIXDESK_SAMPLE_DIR` to keep the PDFs to look at.

mod documents_support;

use documents_support::*;
use fixdesk::documents::{PrintError, payment_receipt, payment_totals, receipt};
use fixdesk::domain::case::{Case, Payment};
use fixdesk::domain::settings::Paper;
use fixdesk::domain::{Currency, Money, State};

fn has(text: &str, expected: &str) {
    assert!(
        text.contains(expected),
        "{expected:?} not in the payment receipt:\n{text}"
    );
}

/// The last word `label` of a sum's label and its amount `value` sit on one line, the
/// amount to the right (poppler reads the two columns apart). A helper of this file.
fn on_one_line(words: &[Word], label: &str, value: &str) {
    let found = words.iter().filter(|w| w.text == label).any(|l| {
        words.iter().any(|v| {
            v.text == value
                && v.page == l.page
                && (v.y_min - l.y_min).abs() < 1.5
                && v.x_min > l.x_max
        })
    });
    assert!(found, "{label:?} and {value:?} are not on one line");
}

fn eur(minor: i64) -> Money {
    Money::new(minor, Currency::new("EUR").expect("EUR"))
}

/// The quoted paid repair (228.50 EUR), accepted, notice on 3 March, 100.00 paid by card
/// on 4 March.
fn part_paid() -> Case {
    let mut case = quoted();
    case.state = State::AwaitingPayment;
    case.payment_notice_on = Some(date(2026, 3, 3));
    case.payments = vec![Payment {
        amount: eur(10_000),
        paid_on: date(2026, 3, 4),
        method: "Card".into(),
    }];
    case
}

#[test]
fn a_part_payment_shows_what_was_paid_and_what_is_still_due_by_the_2_6_date() {
    let case = part_paid();
    let pdf = payment_receipt(&case, &settings(Paper::A4), printed_at()).expect("receipt");
    keep_sample(&pdf, "payment-receipt-part");
    assert_size(&pdf, 1, 595.276, 841.89);
    let text = viewer_text(&pdf);
    for expected in [
        "Payment receipt",
        "Northside Device Repair",
        "SC-2026-000131",
        "AMOUNT RECEIVED",
        "100.00 EUR",
        "Received with thanks from Zoë Łukasiewicz-Müller on 4 March 2026 by card.",
        "Aurora X200",
        "SN-4471-0093-AX",
        "Paid repair, quote of 2 March 2026",
        "PAYMENT NOTICE (2.6)",
        "Quote total (2.2)",
        "Total paid",
        "Still due",
        "Still to pay: 128.50 EUR, by 3 April 2026",
        "the device is returned unrepaired",
        "Received for Northside Device Repair",
    ] {
        has(&text, expected);
    }
    assert!(!text.contains("Paid in full"), "{text}");
    let words = words(&pdf);
    on_one_line(&words, "(2.2)", "228.50");
    on_one_line(&words, "paid", "100.00");
    on_one_line(&words, "due", "128.50");
    // Never the password (3.2, 3.7).
    assert!(!text.contains(PASSWORD_NOTE), "{text}");
}

#[test]
fn the_rest_paid_makes_it_paid_in_full_with_both_payments_listed() {
    let mut case = part_paid();
    case.payments.push(Payment {
        amount: eur(12_850),
        paid_on: date(2026, 3, 6),
        method: "Bank transfer".into(),
    });
    case.state = State::InRepair;
    let totals = payment_totals(&case);
    assert_eq!(totals.paid, Some(eur(22_850)));
    assert_eq!(totals.due, Some(eur(0)));
    assert_eq!(totals.over, None);

    let pdf = payment_receipt(&case, &settings(Paper::Letter), printed_at()).expect("receipt");
    keep_sample(&pdf, "payment-receipt-full-letter");
    assert_size(&pdf, 1, 612.0, 792.0);
    let text = viewer_text(&pdf);
    for expected in [
        // The receipt is for the latest payment.
        "128.50 EUR",
        "on 6 March 2026 by bank transfer",
        "4 March 2026 Card 100.00 EUR",
        "6 March 2026 Bank transfer 128.50 EUR",
        "Total paid",
        "Still due",
        "Paid in full: the repair goes ahead as quoted",
    ] {
        has(&text, expected);
    }
    assert!(!text.contains("Still to pay"), "{text}");
    let words = words(&pdf);
    on_one_line(&words, "paid", "228.50");
    on_one_line(&words, "due", "Paid");
}

#[test]
fn paying_beyond_the_quote_is_shown_as_to_refund() {
    let mut case = part_paid();
    case.payments[0].amount = eur(25_000);
    let totals = payment_totals(&case);
    assert_eq!(totals.due, Some(eur(0)));
    assert_eq!(totals.over, Some(eur(2_150)));
    let pdf = payment_receipt(&case, &settings(Paper::A4), printed_at()).expect("receipt");
    let text = viewer_text(&pdf);
    has(&text, "Paid beyond the quote, to refund");
    has(
        &text,
        "21.50 EUR was paid beyond the quote's total: the desk refunds it.",
    );
    on_one_line(&words(&pdf), "refund", "21.50");
}

#[test]
fn the_barcode_scans() {
    let pdf = payment_receipt(&part_paid(), &settings(Paper::A4), printed_at()).expect("receipt");
    let decoded = scan(&pdf, 1, 300);
    assert!(decoded.contains("CODE-128:SC-2026-000131"), "{decoded:?}");
}

#[test]
fn nothing_paid_is_an_error_not_an_empty_receipt() {
    let case = quoted();
    match payment_receipt(&case, &settings(Paper::A4), printed_at()) {
        Err(err @ PrintError::NoPayment(_)) => {
            assert!(
                err.to_string().contains("record the payment first"),
                "{err}"
            );
        }
        other => panic!("expected NoPayment, got {:?}", other.map(|pdf| pdf.len())),
    }
}

#[test]
fn an_email_address_on_the_receipt_is_never_broken_across_lines() {
    // Long enough to be wider than the receipt's customer column at body size.
    let email = "alexandrina.papadopoulou42@example.org";
    let mut case = walk_in();
    case.customer.email = Some(email.into());
    for paper in [Paper::A4, Paper::Letter] {
        let pdf = receipt(&case, &settings(paper), printed_at()).expect("receipt");
        keep_sample(&pdf, "receipt-long-email");
        let found: Vec<String> = words(&pdf)
            .into_iter()
            .map(|w| w.text)
            .filter(|w| w.contains("example.org") || w.contains("alexandrina"))
            .collect();
        assert_eq!(found, [email], "the address is one word on one line");
    }
}
