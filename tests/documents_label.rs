//! The return label, read back: exactly 4×6 in (and A4/Letter sheets), only the data the
//! carrier needs (3.7), the contents (2.5, 3.5), a Code 128 that scans at the label
//! printer's 203 dpi, long addresses kept inside the label, and a clear error when
//! there is no address.
//!
//! Set `FIXDESK_SAMPLE_DIR` to keep the PDFs to look at.

mod documents_support;

use documents_support::*;
use fixdesk::documents::label::contents;
use fixdesk::documents::{LabelForm, PrintError, label};
use fixdesk::domain::case::{Case, Handback};
use fixdesk::domain::settings::Paper;

const MARGIN_4X6: f32 = 4.0 * 72.0 / 25.4;

/// The 4×6 in label of `case`, with no tracking number given.
fn label_4x6(case: &Case) -> Vec<u8> {
    label(
        case,
        &settings(Paper::A4),
        LabelForm::FourBySix,
        None,
        printed_at(),
    )
    .expect("label")
}

#[test]
fn a_4x6_label_is_288_by_432_points_and_carries_only_what_the_carrier_needs() {
    let case = walk_in();
    let pdf = label(
        &case,
        &settings(Paper::A4),
        LabelForm::FourBySix,
        Some("1Z999AA10123456784"),
        printed_at(),
    )
    .expect("label");
    keep_sample(&pdf, "label-4x6");
    assert_size(&pdf, 1, 288.0, 432.0);
    let text = lopdf_text(&pdf);
    for expected in [
        "SC-2026-000123",
        "Zoë Łukasiewicz-Müller",
        "+44 7700 900123",
        "27 Wellington Road",
        "Leeds LS6 3DF",
        "Northside Device Repair",
        "FREIGHT PREPAID BY THE SERVICE CENTER",
        "2.1",
        "1Z999AA10123456784",
        "Aurora X200",
        "SN-4471-0093-AX",
        "Charger, 20 W USB-C",
        "Stylus",
    ] {
        assert!(text.contains(expected), "{expected:?} not in:\n{text}");
    }
    // 3.7: no e-mail, no fault, nothing about the password.
    assert!(!text.contains(EMAIL), "{text}");
    assert!(!text.contains('@'), "{text}");
    assert!(!text.contains("battery"), "{text}");
    assert!(!text.contains(FAULT), "{text}");
    assert!(!text.contains(PASSWORD_NOTE), "{text}");
    assert!(!text.to_lowercase().contains("password"), "{text}");
}

#[test]
fn the_code_128_scans_at_203_dpi_with_whole_printer_dots() {
    let pdf = label_4x6(&walk_in());
    let decoded = scan(&pdf, 1, 203);
    assert!(decoded.contains("CODE-128:SC-2026-000123"), "{decoded:?}");
}

#[test]
fn sheet_labels_are_a4_or_letter_and_scan() {
    for (paper, w, h) in [(Paper::A4, 595.276, 841.89), (Paper::Letter, 612.0, 792.0)] {
        let pdf = label(
            &paid_repair_to_return(),
            &settings(paper),
            LabelForm::Sheet(paper),
            None,
            printed_at(),
        )
        .expect("label");
        keep_sample(&pdf, &format!("label-sheet-{paper:?}"));
        assert_size(&pdf, 1, w, h);
        let decoded = scan(&pdf, 1, 150);
        assert!(decoded.contains("CODE-128:SC-2026-000131"), "{decoded:?}");
        let side = 15.0 * 72.0 / 25.4;
        assert_words_inside_and_apart(&words(&pdf), side, 0.0, w - side, h);
    }
}

#[test]
fn the_return_address_is_used_and_returned_parts_are_listed_for_a_paid_repair() {
    let case = paid_repair_to_return();
    let pdf = label_4x6(&case);
    keep_sample(&pdf, "label-4x6-paid");
    let text = lopdf_text(&pdf);
    assert!(text.contains("Westgate Dental Practice"), "{text}");
    assert!(
        !text.contains("Wellington Road"),
        "customer's own address: {text}"
    );
    assert!(text.contains("replaced faulty parts"), "{text}");
    assert!(text.contains("2.5"), "{text}");
}

#[test]
fn contents_follow_clause_2_5() {
    // A provisional free repair: parts stay with the manufacturer.
    let case = walk_in();
    assert_eq!(
        contents(&case),
        [
            "Aurora X200, serial SN-4471-0093-AX",
            "Charger, 20 W USB-C",
            "Stylus"
        ]
    );
    // Paid, asked to keep parts, part replaced: the parts go back.
    let mut paid = paid_repair_to_return();
    assert!(
        contents(&paid)
            .iter()
            .any(|l| l.contains("replaced faulty parts"))
    );
    // Not asked at application time: they belong to the manufacturer.
    paid.keep_parts = false;
    assert!(!contents(&paid).iter().any(|l| l.contains("replaced")));
    // A software update replaces nothing.
    let mut update = paid_repair_to_return();
    update.diagnosis.method = Some(fixdesk::domain::RepairMethod::SoftwareUpdate);
    assert!(!contents(&update).iter().any(|l| l.contains("replaced")));
    // A replaced unit goes back under its own serial.
    let mut unit = walk_in();
    unit.replacement_serial = Some("SN-9000-0001-ZZ".into());
    assert!(contents(&unit)[0].contains("replacement unit, serial SN-9000-0001-ZZ"));
}

#[test]
fn a_recorded_shipment_supplies_the_tracking_number() {
    let mut case = walk_in();
    case.handback = Some(Handback::Shipped {
        carrier: "DPD".into(),
        tracking: "15501234567890".into(),
    });
    let pdf = label_4x6(&case);
    assert!(lopdf_text(&pdf).contains("15501234567890"));
}

#[test]
fn a_long_name_and_address_stay_inside_the_label() {
    let mut case = walk_in();
    case.customer.name = "Maximiliane Alexandra Wolfeschlegelsteinhausenbergerdorff".into();
    case.customer.address = "Apartment 1204, Building C, The Exceptionally Long Named \
        Riverside Residential Development\n1234 Northumberland Avenue West\nKensington and \
        Chelsea\nLondon SW10 0XX\nUnited Kingdom of Great Britain and Northern Ireland"
        .into();
    case.handover.accessories = (1..=12).map(|i| format!("Accessory number {i}")).collect();
    let pdf = label_4x6(&case);
    keep_sample(&pdf, "label-4x6-long");
    assert_size(&pdf, 1, 288.0, 432.0);
    let words = words(&pdf);
    assert_words_inside_and_apart(
        &words,
        MARGIN_4X6,
        MARGIN_4X6,
        288.0 - MARGIN_4X6,
        432.0 - MARGIN_4X6,
    );
    assert!(
        words
            .iter()
            .any(|w| w.text == "Wolfeschlegelsteinhausenbergerdorff")
    );
    // The address wrapped onto several lines, all left-aligned in the label.
    let kensington = words
        .iter()
        .find(|w| w.text == "Kensington")
        .expect("wrapped line");
    assert!(
        (kensington.x_min - MARGIN_4X6).abs() < 0.5,
        "{kensington:?}"
    );
}

#[test]
fn a_case_without_an_address_gets_an_error_not_a_blank_label() {
    let mut case = walk_in();
    case.customer.address = "  ".into();
    case.customer.return_address = None;
    let err = label(
        &case,
        &settings(Paper::A4),
        LabelForm::FourBySix,
        None,
        printed_at(),
    )
    .expect_err("no address");
    assert!(matches!(err, PrintError::NoReturnAddress(_)));
    assert!(err.to_string().contains("SC-2026-000123"), "{err}");
}

#[test]
fn a_center_without_an_address_gets_an_error_that_says_where_to_set_it() {
    let case = walk_in();
    let mut center_blank = settings(Paper::A4);
    center_blank.center.address = " \n  ".into();
    for form in [LabelForm::FourBySix, LabelForm::Sheet(Paper::A4)] {
        let err = label(&case, &center_blank, form, None, printed_at()).expect_err("no sender");
        assert!(
            matches!(
                err,
                PrintError::NoSender {
                    field: "address",
                    ..
                }
            ),
            "{err:?}"
        );
        let words = err.to_string();
        assert!(words.contains("center's address is empty"), "{words}");
        assert!(words.contains("Settings → The center → Address"), "{words}");
    }
    // The same through the one dispatch the window and the commands use.
    let err = fixdesk::documents::render(
        fixdesk::domain::case::DocumentKind::Label,
        &case,
        &center_blank,
        &fixdesk::documents::PrintOptions::default(),
        printed_at(),
    )
    .expect_err("no sender");
    assert!(matches!(err, PrintError::NoSender { .. }), "{err:?}");

    let mut nameless = settings(Paper::A4);
    nameless.center.name = String::new();
    let err = label(&case, &nameless, LabelForm::FourBySix, None, printed_at())
        .expect_err("no sender name");
    assert!(
        err.to_string()
            .contains("Settings → The center → Center name"),
        "{err}"
    );
}

#[test]
fn without_a_tracking_number_the_label_prints_and_points_to_the_carrier() {
    // A tracking number may come later, from the carrier: not a reason to refuse.
    let pdf = label(
        &walk_in(),
        &settings(Paper::A4),
        LabelForm::FourBySix,
        None,
        printed_at(),
    )
    .expect("label");
    let text = lopdf_text(&pdf);
    assert!(text.contains("Tracking: see the carrier's label"), "{text}");
    assert!(text.contains("14 Harbour Street"), "the sender: {text}");
}
