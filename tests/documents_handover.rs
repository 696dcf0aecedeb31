//! The handover receipt, read back: the case and its barcode, the device going back (or
//! its replacement, 2.5), what was done with its clause, the accessories (3.5), the
//! replaced parts only when 2.5 sends them back, the payments, who collected it and
//! whether their ID was checked, the signature lines, A4 and Letter, never the password.
//!
//! Set `FIXDESK_SAMPLE_DIR` to keep the PDFs to look at.

mod documents_support;

use documents_support::*;
use fixdesk::documents::handover_receipt;
use fixdesk::domain::case::{Case, ReturnReason};
use fixdesk::domain::settings::Paper;
use fixdesk::domain::{Cause, RepairMethod, State};

/// A free repair of the walk-in case, confirmed at inspection and done.
fn free_and_repaired() -> Case {
    let mut case = walk_in();
    case.state = State::Ready;
    case.diagnosis.cause = Cause::Manufacturing;
    case.diagnosis.component = Some("battery".into());
    case.diagnosis.method = Some(RepairMethod::PartReplacement);
    decide_now(&mut case);
    case.return_reason = Some(ReturnReason::Repaired);
    case
}

fn print(case: &Case, paper: Paper, by: &str, id_checked: bool) -> Vec<u8> {
    handover_receipt(case, &settings(paper), by, id_checked, printed_at()).expect("handover")
}

#[test]
fn a_paid_repair_handed_back_lists_everything_the_collector_signs_for() {
    let case = paid_and_repaired();
    let pdf = print(&case, Paper::A4, "Marek Łukasiewicz", true);
    keep_sample(&pdf, "handover-a4");
    assert_size(&pdf, 1, A4.0, A4.1);
    let text = viewer_text(&pdf);
    for expected in [
        "Handover receipt",
        "SC-2026-000131",
        "Northside Device Repair",
        "Handed back at the counter on 2 March 2026",
        "Zoë Łukasiewicz-Müller",
        "+44 7700 900123",
        "Aurora X200",
        "SN-4471-0093-AX",
        // What was done, with its clause.
        "Repaired by part replacement",
        "2.5",
        "2.2",
        // Accessories received at intake go back (3.5).
        "Charger, 20 W USB-C",
        "Stylus",
        "3.5",
        // Paid, asked at application time: the parts go back (2.5).
        "The replaced faulty parts, as the customer asked (2.5)",
        // Payments.
        "4 March 2026",
        "Card",
        "100.00 EUR",
        "Bank transfer",
        "128.50 EUR",
        "Total received",
        "228.50 EUR",
        // Who collected it.
        "Marek Łukasiewicz",
        "Yes, ID checked",
        "Collected by: Marek Łukasiewicz",
        "For Northside Device Repair, at the desk",
        "Signature and date",
    ] {
        has(&text, expected);
    }
}

#[test]
fn the_replaced_parts_go_back_only_when_2_5_says_so() {
    // Paid but not asked for at application time: they stay with the manufacturer.
    let mut case = paid_and_repaired();
    case.keep_parts = false;
    let text = viewer_text(&print(&case, Paper::A4, "Anna", true));
    assert!(!text.contains("as the customer asked"), "{text}");
    has(
        &text,
        "The replaced faulty parts belong to the manufacturer",
    );

    // A free repair: the parts belong to the manufacturer whatever was asked.
    let mut free = free_and_repaired();
    free.keep_parts = true;
    let text = viewer_text(&print(&free, Paper::A4, "Anna", true));
    assert!(!text.contains("as the customer asked"), "{text}");
    has(
        &text,
        "The replaced faulty parts belong to the manufacturer",
    );
    has(&text, "Free repair under the warranty: no charge (1.4)");
    has(
        &text,
        "None: a free repair under the warranty, at no charge.",
    );

    // Returned unrepaired: nothing was replaced, so nothing replaced goes back.
    let mut declined = quoted();
    declined.state = State::ToReturn;
    declined.return_reason = Some(ReturnReason::QuoteDeclined);
    let text = viewer_text(&print(&declined, Paper::A4, "Anna", false));
    assert!(!text.contains("replaced faulty parts"), "{text}");
    has(
        &text,
        "Returned unrepaired: the quote for the paid repair was not accepted",
    );
    has(&text, "(2.2)");
    has(&text, "None: nothing was charged.");
}

#[test]
fn a_replaced_unit_goes_back_under_its_new_serial() {
    let mut case = free_and_repaired();
    case.diagnosis.method = Some(RepairMethod::UnitReplacement);
    case.replacement_serial = Some("SN-9000-0001-ZZ".into());
    let text = viewer_text(&print(&case, Paper::A4, "Zoë", true));
    has(&text, "SERIAL OF THE REPLACEMENT UNIT (2.5)");
    has(&text, "SN-9000-0001-ZZ");
    has(&text, "replacement unit, serial SN-9000-0001-ZZ");
    has(
        &text,
        "the unit was replaced by a new one, serial SN-9000-0001-ZZ",
    );
    has(
        &text,
        "The replaced original unit, serial SN-4471-0093-AX, belongs to the manufacturer",
    );
}

#[test]
fn every_unrepaired_reason_is_named_with_its_clause() {
    for (reason, words, clause) in [
        (
            ReturnReason::Ineligible,
            "not bought through a formal channel",
            "(1.2)",
        ),
        (
            ReturnReason::QuoteDeclined,
            "quote for the paid repair was not accepted",
            "(2.2)",
        ),
        (
            ReturnReason::ProofNotGiven,
            "proof of purchase asked for was not provided",
            "(2.3)",
        ),
        (
            ReturnReason::PaymentOverdue,
            "not paid within one month of the payment notice",
            "(2.6)",
        ),
    ] {
        let mut case = quoted();
        case.state = State::ToReturn;
        case.return_reason = Some(reason);
        let text = viewer_text(&print(&case, Paper::A4, "Anna", false));
        has(&text, "Returned unrepaired");
        has(&text, words);
        has(&text, clause);
        has(&text, "No, ID not checked");
    }
}

#[test]
fn the_barcode_scans_and_letter_works_too() {
    for (paper, (w, h)) in [(Paper::A4, A4), (Paper::Letter, LETTER)] {
        let pdf = print(&paid_and_repaired(), paper, "Marek Łukasiewicz", true);
        keep_sample(&pdf, &format!("handover-{paper:?}"));
        assert_size(&pdf, 1, w, h);
        assert_words_inside_and_apart(&words(&pdf), SIDE, TOP, w - SIDE, h);
        let decoded = scan(&pdf, 1, 300);
        assert!(decoded.contains("CODE-128:SC-2026-000131"), "{decoded:?}");
    }
}

#[test]
fn the_password_note_is_never_printed() {
    for case in [paid_and_repaired(), free_and_repaired()] {
        assert!(case.handover.password_note.is_some());
        let pdf = print(&case, Paper::A4, "Anna", true);
        for text in [viewer_text(&pdf), lopdf_text(&pdf)] {
            assert!(!text.contains(PASSWORD_NOTE), "{text}");
            assert!(!text.contains("482913"), "{text}");
            assert!(!text.contains("7-4-1-2-3"), "{text}");
        }
        // Only that the password told to us is deleted (3.2, 3.7).
        has(&viewer_text(&pdf), "deleted from our records");
    }
}

#[test]
fn a_blank_collector_leaves_a_line_to_write_the_name_on() {
    let text = viewer_text(&print(&free_and_repaired(), Paper::A4, "  ", false));
    has(&text, "________");
    has(&text, "Collected by");
    assert!(!text.contains("Collected by:"), "{text}");
}

/// The window and the commands print through `documents::render`: the handover receipt
/// comes only from the hand-back as recorded at closing, never from values being typed.
#[test]
fn the_handover_receipt_is_printed_from_the_recorded_hand_back_only() {
    use fixdesk::documents::{PrintError, PrintOptions, render};
    use fixdesk::domain::case::{DocumentKind, Handback};

    let mut case = paid_and_repaired();
    let settings = settings(Paper::A4);
    let options = PrintOptions::default();
    let err = render(
        DocumentKind::HandoverReceipt,
        &case,
        &settings,
        &options,
        printed_at(),
    )
    .expect_err("nothing recorded yet");
    assert!(matches!(err, PrintError::NotCollected(_)), "{err:?}");
    assert!(err.to_string().contains("record who collects"), "{err}");

    // Shipped back: no counter hand-back, no handover receipt.
    case.handback = Some(Handback::Shipped {
        carrier: "DPD".into(),
        tracking: "1550".into(),
    });
    assert!(
        render(
            DocumentKind::HandoverReceipt,
            &case,
            &settings,
            &options,
            printed_at()
        )
        .is_err()
    );

    case.state = State::Returned;
    case.handback = Some(Handback::Collected {
        by: "Jan Nowak".into(),
        id_checked: true,
    });
    let pdf = render(
        DocumentKind::HandoverReceipt,
        &case,
        &settings,
        &options,
        printed_at(),
    )
    .expect("handover receipt");
    let text = viewer_text(&pdf);
    has(&text, "Jan Nowak");
    has(&text, "Yes, ID checked");
    has(&text, "Collected by: Jan Nowak");

    // Printed again days later: it still says when the device went back.
    case.events.push(fixdesk::domain::Event {
        at: printed_at() + chrono::Duration::days(4),
        actor: "desk".into(),
        from: Some(State::Ready),
        to: State::Returned,
        clause: "2.5".into(),
        note: "Collected at the counter.".into(),
        desk: String::new(),
        code: String::new(),
        args: Default::default(),
    });
    let later = printed_at() + chrono::Duration::days(9);
    let pdf = render(
        DocumentKind::HandoverReceipt,
        &case,
        &settings,
        &options,
        later,
    )
    .expect("reprint");
    let text = viewer_text(&pdf);
    has(&text, "Handed back at the counter on 6 March 2026");
    has(&text, "6 March 2026, 10:42 UTC");
    has(&text, "printed 11 March 2026, 10:42 UTC");
}

/// A printing made before the facts changed is recognisable: the record says what it
/// showed, and `stale` says what differs now.
#[test]
fn an_earlier_printing_that_differs_from_the_final_facts_is_marked() {
    use fixdesk::documents::{PrintOptions, printing, stale};
    use fixdesk::domain::case::{DocumentKind, Handback};

    let mut case = paid_and_repaired();
    let settings = settings(Paper::A4);
    let options = PrintOptions::default();
    case.handback = Some(Handback::Collected {
        by: "J. Nowak".into(),
        id_checked: false,
    });
    let kind = DocumentKind::HandoverReceipt;
    let first = printing(kind, &case, &settings, &options, "desk", printed_at(), None);
    assert_eq!(first.note, None, "a first printing changes nothing");
    assert!(
        first
            .facts
            .contains(&("collector".to_string(), "J. Nowak".to_string())),
        "{:?}",
        first.facts
    );
    case.documents.push(first);
    assert_eq!(stale(kind, &case, &settings, &options), None);

    // The hand-back corrected: the earlier printing no longer matches.
    case.handback = Some(Handback::Collected {
        by: "Jan Nowak".into(),
        id_checked: true,
    });
    assert_eq!(
        stale(kind, &case, &settings, &options).as_deref(),
        Some("collector: J. Nowak → Jan Nowak; ID checked: no → yes")
    );
    let later = printed_at() + chrono::Duration::minutes(5);
    let second = printing(kind, &case, &settings, &options, "desk", later, None);
    assert_eq!(
        second.note.as_deref(),
        Some("collector: J. Nowak → Jan Nowak; ID checked: no → yes")
    );
    case.documents.push(second);
    assert_eq!(stale(kind, &case, &settings, &options), None);

    // Printed again unchanged: said so, with the earlier printing's time.
    let third = printing(
        kind,
        &case,
        &settings,
        &options,
        "desk",
        later + chrono::Duration::minutes(1),
        None,
    );
    assert_eq!(
        third.note.as_deref(),
        Some("printed again, as on 2 March 2026, 10:47 UTC")
    );
}

#[test]
fn on_an_80_mm_roll_it_says_the_same_inside_the_printed_width_and_scans() {
    use fixdesk::documents::{Roll, handover_receipt_on_roll};
    let case = paid_and_repaired();
    let pdf = handover_receipt_on_roll(
        &case,
        &settings(Paper::A4),
        "Jan Nowak",
        true,
        Roll::Mm80,
        printed_at(),
    )
    .expect("handover on a roll");
    keep_sample(&pdf, "handover-80mm");
    let sizes = page_sizes(&pdf);
    assert_eq!(sizes.len(), 1, "{sizes:?}");
    let (width, height) = sizes[0];
    assert!((width - 226.8).abs() < 0.05, "{width}");
    let mm = 72.0 / 25.4;
    assert_words_inside_and_apart(&words(&pdf), 4.0 * mm, 0.0, 76.0 * mm, height);
    let sheet = viewer_text(&print(&case, Paper::A4, "Jan Nowak", true));
    let roll = viewer_text(&pdf);
    for expected in [
        "SC-2026-000131",
        "Jan Nowak",
        "Total received",
        "228.50",
        "2.5",
        "2.6",
    ] {
        has(&sheet, expected);
        has(&roll, expected);
    }
    assert_eq!(scan(&pdf, 1, 203), "CODE-128:SC-2026-000131");
}
