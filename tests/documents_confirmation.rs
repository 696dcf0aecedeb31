//! The application confirmation, read back: size, the dates of 4.2, the packing rules,
//! a barcode that scans, and nothing running off the page.
//!
//! Set `FIXDESK_SAMPLE_DIR` to keep the PDFs to look at.

mod documents_support;

use documents_support::*;
use fixdesk::documents::{PrintError, confirmation};
use fixdesk::domain::settings::Paper;

#[test]
fn the_confirmation_says_where_by_when_and_how_to_send_the_device() {
    let case = mail_in();
    let pdf = confirmation(&case, &settings(Paper::A4), printed_at()).expect("confirmation");
    keep_sample(&pdf, "confirmation-a4");
    assert_size(&pdf, 1, 595.276, 841.89);
    let text = lopdf_text(&pdf);
    for expected in [
        "SC-2026-000124",
        "Кирилл Соколов",
        // Where to: the center's address.
        "Northside Device Repair",
        "14 Harbour Street",
        "Leeds LS1 4AB",
        // Applied 2 March 2026: ship by +3, closes +15 (4.2).
        "5 March 2026",
        "17 March 2026",
        "4.2",
        // What goes in the box and what not (3.4, 3.5); freight prepaid, no COD (2.1).
        "original packaging",
        "shock-proof",
        "3.4",
        "3.5",
        "list",
        "freight prepaid",
        "cash on delivery",
        "2.1",
        // Back up (3.1), passwords (3.2), the case number on the parcel.
        "3.1",
        "3.2",
        "on the outside of the parcel",
    ] {
        assert!(text.contains(expected), "{expected:?} not in:\n{text}");
    }
    assert!(!text.contains(PASSWORD_NOTE));
}

#[test]
fn the_confirmation_barcode_scans_and_letter_paper_is_used_when_set() {
    let pdf = confirmation(&mail_in(), &settings(Paper::Letter), printed_at()).expect("pdf");
    keep_sample(&pdf, "confirmation-letter");
    assert_size(&pdf, 1, 612.0, 792.0);
    let decoded = scan(&pdf, 1, 300);
    assert!(decoded.contains("CODE-128:SC-2026-000124"), "{decoded:?}");
    let (w, h) = page_sizes(&pdf)[0];
    assert_words_inside_and_apart(&words(&pdf), SIDE, TOP, w - SIDE, h);
}

#[test]
fn a_walk_in_case_has_no_application_to_confirm() {
    let err = confirmation(&walk_in(), &settings(Paper::A4), printed_at())
        .expect_err("walk-in has no application");
    assert!(matches!(err, PrintError::NotAnApplication(_)));
    assert!(err.to_string().contains("SC-2026-000123"), "{err}");
}

#[test]
fn a_long_address_wraps_inside_its_column() {
    let mut case = mail_in();
    case.customer.address = "Apartment 1204, Building C, The Exceptionally Long Named \
        Riverside Residential Development, 1234 Northumberland Avenue West, Kensington and \
        Chelsea, London SW10 0XX, United Kingdom of Great Britain and Northern Ireland"
        .into();
    let pdf = confirmation(&case, &settings(Paper::Letter), printed_at()).expect("pdf");
    let (w, h) = page_sizes(&pdf)[0];
    let words = words(&pdf);
    assert_words_inside_and_apart(&words, SIDE, TOP, w - SIDE, h);
    assert!(words.iter().any(|w| w.text == "Ireland"));
}
