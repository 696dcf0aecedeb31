//! The quote for a paid repair, read back: the case, the findings and why the repair is
//! not free, the lines and the total, the terms with their clauses (2.2, 2.6, 2.3, 2.5,
//! 2.1), the keep-parts choice stated the right way, a barcode that scans, A4 and Letter,
//! never the password, and a clear error for a case without a quote.
//!
//! Set `FIXDESK_SAMPLE_DIR` to keep the PDFs to look at.

mod documents_support;

use documents_support::*;
use fixdesk::documents::{PrintError, quote};
use fixdesk::domain::RepairMethod;
use fixdesk::domain::settings::Paper;

#[test]
fn a_quote_has_the_case_the_findings_the_lines_and_the_total() {
    let case = quoted();
    let pdf = quote(&case, &settings(Paper::A4), printed_at()).expect("quote");
    keep_sample(&pdf, "quote-a4");
    assert_size(&pdf, 1, A4.0, A4.1);
    let text = viewer_text(&pdf);
    for expected in [
        "Quote",
        "SC-2026-000131",
        "Northside Device Repair",
        "Zoë Łukasiewicz-Müller",
        "+44 7700 900123",
        EMAIL,
        "Aurora X200",
        "SN-4471-0093-AX",
        // What inspection found.
        "Man-made damage",
        "Display",
        "Part replacement",
        // The lines, their kinds and amounts, the subtotals and the total.
        "Display assembly, OLED 6.1 in",
        "Adhesive seal kit",
        "Fitting and calibration, 45 minutes",
        "Part",
        "Labour",
        "189.00",
        "4.50",
        "35.00",
        "193.50",
        "Total to pay",
        "228.50 EUR",
        "Amount (EUR)",
        "Quote of 2 March 2026",
    ] {
        has(&text, expected);
    }
    // Why it is not free: every reason of the decision, with its clause.
    let decision = &case.decision.as_ref().expect("decided").decision;
    assert!(!decision.reasons.is_empty());
    let en = fixdesk::domain::Language::English.words();
    for reason in &decision.reasons {
        has(&text, &reason.clause);
        // As the reader's language words it (a coded reason writes its dates as the
        // language does: 02.03.2026, not the stored 2026-03-02).
        let start: String = en
            .reason(reason)
            .split_whitespace()
            .take(5)
            .collect::<Vec<_>>()
            .join(" ");
        has(&text, &start);
    }
    has(&text, "Out of warranty: a paid repair can be quoted");
    // In warranty but dropped: the reason is the cause, with 1.3.
    let mut dropped = quoted();
    dropped.proof = walk_in().proof;
    decide_now(&mut dropped);
    let text = viewer_text(&quote(&dropped, &settings(Paper::A4), printed_at()).expect("quote"));
    has(
        &text,
        "1.3 The failure was caused by man-made damage, which the free warranty",
    );
    // The customer's home address is not needed on a quote.
    assert!(!text.contains("Wellington Road"), "{text}");
}

#[test]
fn the_terms_are_stated_in_plain_words_with_their_clauses() {
    let case = quoted();
    let text = viewer_text(&quote(&case, &settings(Paper::A4), printed_at()).expect("quote"));
    for clause in ["2.2", "2.6", "2.3", "2.5", "2.1"] {
        has(&text, clause);
    }
    // 2.2: no work before acceptance.
    has(
        &text,
        "We do no work on the device before you accept this quote of 228.50 EUR",
    );
    // 2.6: one calendar month from the payment notice, else back unrepaired.
    has(&text, "within one calendar month of that notice");
    has(&text, "returned unrepaired");
    // 2.3: asked 2 March + 14 days.
    has(&text, "Please answer by 16 March 2026");
    // 2.1: return freight prepaid by the center.
    has(&text, "prepaid by the service center");
    // The acceptance signature.
    has(
        &text,
        "I accept this quote of 228.50 EUR and ask for the repair to go ahead",
    );
    has(&text, "Customer: Zoë Łukasiewicz-Müller");
    has(&text, "Signature and date");
}

#[test]
fn the_answer_date_follows_the_centers_setting_and_the_payment_notice_when_accepted() {
    let mut case = quoted();
    let mut s = settings(Paper::A4);
    s.answer_days = 7;
    let text = viewer_text(&quote(&case, &s, printed_at()).expect("quote"));
    has(&text, "Please answer by 9 March 2026");
    // Reprinted after acceptance: the notice date and the due date (2.6), month-end clamped.
    case.payment_notice_on = Some(date(2026, 1, 31));
    let text = viewer_text(&quote(&case, &s, printed_at()).expect("quote"));
    has(
        &text,
        "Payment notice of 31 January 2026: please pay by 28 February 2026",
    );
    // Not sent yet: the answer counts from the day printed.
    case.asked_on = None;
    let text = viewer_text(&quote(&case, &s, printed_at()).expect("quote"));
    has(&text, "Quote of 2 March 2026");
    has(&text, "Please answer by 9 March 2026");
}

#[test]
fn the_keep_parts_choice_is_stated_as_made_at_application_time() {
    let mut case = quoted();
    assert!(case.keep_parts);
    let text = viewer_text(&quote(&case, &settings(Paper::A4), printed_at()).expect("quote"));
    has(
        &text,
        "You asked, when applying, to keep replaced faulty parts",
    );
    has(&text, "sent back to you in the same package as the device");
    assert!(!text.contains("You did not ask"), "{text}");

    case.keep_parts = false;
    let text = viewer_text(&quote(&case, &settings(Paper::A4), printed_at()).expect("quote"));
    has(
        &text,
        "You did not ask, when applying, to keep replaced faulty parts",
    );
    has(&text, "belong to the manufacturer");
    has(&text, "We keep no spare parts for paid repairs");
    assert!(!text.contains("You asked, when"), "{text}");

    case.keep_parts = true;
    case.diagnosis.method = Some(RepairMethod::UnitReplacement);
    let text = viewer_text(&quote(&case, &settings(Paper::A4), printed_at()).expect("quote"));
    has(&text, "the replaced original unit will be sent back");
}

#[test]
fn the_barcode_scans_as_the_case_number() {
    let pdf = quote(&quoted(), &settings(Paper::A4), printed_at()).expect("quote");
    let decoded = scan(&pdf, 1, 300);
    assert!(decoded.contains("CODE-128:SC-2026-000131"), "{decoded:?}");
}

#[test]
fn a4_and_letter_keep_everything_on_the_page_and_apart() {
    for (paper, (w, h)) in [(Paper::A4, A4), (Paper::Letter, LETTER)] {
        let pdf = quote(&quoted(), &settings(paper), printed_at()).expect("quote");
        keep_sample(&pdf, &format!("quote-{paper:?}"));
        assert_size(&pdf, 1, w, h);
        assert_words_inside_and_apart(&words(&pdf), SIDE, TOP, w - SIDE, h);
        let decoded = scan(&pdf, 1, 300);
        assert!(decoded.contains("CODE-128:SC-2026-000131"), "{decoded:?}");
    }
}

#[test]
fn many_lines_continue_on_the_next_page_with_the_total_and_the_signature() {
    let mut case = quoted();
    let q = case.quote.as_mut().expect("quote");
    let first = q.lines[0].clone();
    for i in 0..45 {
        let mut line = first.clone();
        line.description = format!("Spare part number {i}, {}", long_text(12));
        q.lines.push(line);
    }
    let pdf = quote(&case, &settings(Paper::A4), printed_at()).expect("quote");
    keep_sample(&pdf, "quote-long");
    let sizes = page_sizes(&pdf);
    assert!(sizes.len() >= 2, "{sizes:?}");
    let words = words(&pdf);
    assert_words_inside_and_apart(&words, SIDE, TOP, A4.0 - SIDE, A4.1);
    // 46 × 189.00 + 4.50 + 35.00 = 8,733.50
    let text = viewer_text(&pdf);
    has(&text, "8,733.50 EUR");
    let last = sizes.len();
    assert!(
        words
            .iter()
            .any(|w| w.page == last && w.text == "Signature"),
        "signatures on the last page"
    );
}

#[test]
fn the_password_is_never_printed() {
    let case = quoted();
    assert!(case.handover.password_note.is_some());
    for paper in [Paper::A4, Paper::Letter] {
        let pdf = quote(&case, &settings(paper), printed_at()).expect("quote");
        for text in [viewer_text(&pdf), lopdf_text(&pdf)] {
            assert!(!text.contains(PASSWORD_NOTE), "{text}");
            assert!(!text.contains("482913"), "{text}");
            assert!(!text.contains("7-4-1-2-3"), "{text}");
        }
    }
}

#[test]
fn a_case_without_a_quote_is_an_error_that_says_so() {
    let case = walk_in();
    let err = quote(&case, &settings(Paper::A4), printed_at()).expect_err("no quote");
    assert!(
        matches!(err, PrintError::NoQuote(ref n) if n == &case.number),
        "{err:?}"
    );
    let message = err.to_string();
    assert!(message.contains("SC-2026-000123"), "{message}");
    assert!(message.contains("no quote"), "{message}");
}

#[test]
fn a_quote_in_mixed_currencies_is_refused_not_added_up() {
    let mut case = quoted();
    let q = case.quote.as_mut().expect("quote");
    q.lines[1].amount.currency = fixdesk::domain::Currency::new("USD").expect("USD");
    let err = quote(&case, &settings(Paper::A4), printed_at()).expect_err("mixed");
    assert!(matches!(err, PrintError::BadQuote(..)), "{err:?}");
}

#[test]
fn a_quote_is_small() {
    let pdf = quote(&quoted(), &settings(Paper::A4), printed_at()).expect("quote");
    println!("quote: {} bytes", pdf.len());
    assert!(pdf.len() < 60_000, "{} bytes", pdf.len());
}
