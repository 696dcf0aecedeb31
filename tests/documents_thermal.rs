//! The thermal forms, read back: the intake receipt on 80 mm and 58 mm receipt rolls
//! (exactly the roll's width, one page as long as the receipt, every word inside the
//! printed width, the same facts and clauses as the sheet, a Code 128 that scans at the
//! receipt printer's 203 dpi) and the device sticker (its size a setting; case number,
//! surname and date in; the barcode scans at 203 dpi).
//!
//! Set `FIXDESK_SAMPLE_DIR` to keep the PDFs to look at.

mod documents_support;

use documents_support::*;
use fixdesk::documents::{PrintOptions, Roll, receipt_on_roll, render, sticker};
use fixdesk::domain::case::DocumentKind;
use fixdesk::domain::settings::{Form, Paper, StickerSize};

const PT: f32 = 72.0 / 25.4;

fn roll_receipt(roll: Roll) -> Vec<u8> {
    receipt_on_roll(&walk_in(), &settings(Paper::A4), roll, printed_at()).expect("roll receipt")
}

#[test]
fn an_80_mm_receipt_is_226_8_pt_wide_one_page_and_every_word_inside_the_printed_width() {
    let pdf = roll_receipt(Roll::Mm80);
    keep_sample(&pdf, "receipt-80mm");
    let sizes = page_sizes(&pdf);
    assert_eq!(sizes.len(), 1, "one long page: {sizes:?}");
    let (width, height) = sizes[0];
    assert!((width - 226.8).abs() < 0.05, "{width} pt wide");
    assert!(height > 500.0, "a receipt's whole content: {height} pt");
    // 72 mm printed: 4 mm of paper the head does not reach on each side.
    let words = words(&pdf);
    assert!(words.len() > 200, "{} words", words.len());
    assert_words_inside_and_apart(&words, 4.0 * PT, 0.0, 76.0 * PT, height);
}

#[test]
fn a_58_mm_receipt_keeps_every_word_inside_48_mm() {
    let pdf = roll_receipt(Roll::Mm58);
    keep_sample(&pdf, "receipt-58mm");
    let (width, height) = page_sizes(&pdf)[0];
    assert!((width - 58.0 * PT).abs() < 0.05, "{width} pt wide");
    assert_words_inside_and_apart(&words(&pdf), 5.0 * PT, 0.0, 53.0 * PT, height);
    assert_eq!(scan(&pdf, 1, 203), "CODE-128:SC-2026-000123");
}

#[test]
fn the_roll_receipt_says_what_the_sheet_says() {
    let case = walk_in();
    let sheet = viewer_text(
        &fixdesk::documents::receipt(&case, &settings(Paper::A4), printed_at()).expect("sheet"),
    );
    let roll = viewer_text(&roll_receipt(Roll::Mm80));
    for expected in [
        "SC-2026-000123",
        "Zoë Łukasiewicz-Müller",
        "SN-4471-0093-AX",
        "Charger, 20 W USB-C",
        "FREE REPAIR",
        "PROVISIONAL",
        "3.1",
        "3.2",
        "3.3",
        "2.5",
        "Signature and date",
        "Customer: Zoë Łukasiewicz-Müller",
        "For Northside Device Repair",
    ] {
        has(&sheet, expected);
        has(&roll, expected);
    }
    // Every clause the sheet cites, the roll cites too.
    for word in sheet
        .split_whitespace()
        .filter(|w| w.starts_with("(2.") || w.starts_with("(3."))
    {
        has(&roll, word);
    }
    assert!(!roll.contains(PASSWORD_NOTE), "3.2: never the password");
}

#[test]
fn the_80_mm_receipts_barcode_scans_at_203_dpi() {
    assert_eq!(
        scan(&roll_receipt(Roll::Mm80), 1, 203),
        "CODE-128:SC-2026-000123"
    );
}

#[test]
fn the_roll_is_chosen_by_the_printing_options() {
    let options = PrintOptions {
        form: Some(Form::Roll80),
        ..PrintOptions::default()
    };
    let pdf = render(
        DocumentKind::Receipt,
        &walk_in(),
        &settings(Paper::A4),
        &options,
        printed_at(),
    )
    .expect("receipt");
    assert!((page_sizes(&pdf)[0].0 - 226.8).abs() < 0.05);
    // A form a document cannot take prints on its usual paper.
    let options = PrintOptions {
        form: Some(Form::Roll80),
        ..PrintOptions::default()
    };
    let pdf = render(
        DocumentKind::Quote,
        &quoted(),
        &settings(Paper::Letter),
        &options,
        printed_at(),
    )
    .expect("quote");
    assert_size(&pdf, page_sizes(&pdf).len(), LETTER.0, LETTER.1);
}

#[test]
fn the_sticker_carries_the_case_the_surname_and_the_date_in_and_scans_at_203_dpi() {
    let pdf = sticker(&walk_in(), &settings(Paper::A4), printed_at()).expect("sticker");
    keep_sample(&pdf, "sticker");
    assert_size(&pdf, 1, 57.0 * PT, 32.0 * PT);
    let text = viewer_text(&pdf);
    has(&text, "SC-2026-000123");
    has(&text, "Łukasiewicz-Müller");
    has(&text, "In 2 Mar 2026");
    // 3.7: only the surname, nothing else of the customer's.
    assert!(!text.contains("Zoë"), "{text}");
    assert!(!text.contains("+44"), "{text}");
    assert_words_inside_and_apart(&words(&pdf), 2.0 * PT, 2.0 * PT, 55.0 * PT, 30.0 * PT);
    assert_eq!(scan(&pdf, 1, 203), "CODE-128:SC-2026-000123");
}

#[test]
fn the_sticker_takes_its_size_from_the_settings() {
    let mut center = settings(Paper::A4);
    center.sticker = StickerSize {
        width_mm: 62,
        height_mm: 29,
    };
    let pdf = sticker(&walk_in(), &center, printed_at()).expect("sticker");
    assert_size(&pdf, 1, 62.0 * PT, 29.0 * PT);
    assert_words_inside_and_apart(&words(&pdf), 2.0 * PT, 2.0 * PT, 60.0 * PT, 27.0 * PT);
    assert_eq!(scan(&pdf, 1, 203), "CODE-128:SC-2026-000123");
}
