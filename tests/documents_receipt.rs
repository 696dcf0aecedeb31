//! The intake receipt, read back: size, text, what must never be on it, barcodes that
//! scan, long text that stays in its box, and a small file.
//!
//! Set `FIXDESK_SAMPLE_DIR` to keep the PDFs to look at.

mod documents_support;

use documents_support::*;
use fixdesk::documents::receipt;
use fixdesk::domain::settings::Paper;

#[test]
fn an_a4_receipt_has_the_case_the_customer_the_device_and_the_decision() {
    let case = walk_in();
    let pdf = receipt(&case, &settings(Paper::A4), printed_at()).expect("receipt");
    keep_sample(&pdf, "receipt-a4");
    assert_size(&pdf, 1, A4.0, A4.1);

    let text = lopdf_text(&pdf);
    for expected in [
        "SC-2026-000123",
        "Zoë Łukasiewicz-Müller",
        "Aurora X200",
        "SN-4471-0093-AX",
        "FREE REPAIR",
        "PROVISIONAL",
        "Charger, 20 W USB-C",
        "Northside Device Repair",
        "+44 113 496 0000",
        "2 March 2026",
        // The warranty start and its basis, the last covered day.
        "28 May 2025",
        "delivery date",
        "27 May 2026",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} not in the receipt:\n{text}"
        );
    }
    // Every reason's clause, and the acknowledgements' clauses.
    let decision = &case.decision.as_ref().expect("decided").decision;
    for reason in &decision.reasons {
        assert!(text.contains(&reason.clause), "clause {}", reason.clause);
    }
    for clause in ["3.1", "3.2", "3.3", "2.5", "2.4", "1.3"] {
        assert!(text.contains(clause), "clause {clause} not in the receipt");
    }
    // 3.2, 3.7: the password itself is never printed, however it is searched for.
    assert!(!text.contains(PASSWORD_NOTE));
    assert!(!text.contains("482913"));
    assert!(!text.contains("7-4-1-2-3"));
    // Not an unsolicited parcel: no 4.3 notice.
    assert!(!text.contains("4.3"));
}

#[test]
fn a_letter_receipt_is_letter_sized_and_a_pdf_reader_finds_the_names() {
    let mut case = walk_in();
    case.customer.name = "Кирилл Соколов".into();
    let pdf = receipt(&case, &settings(Paper::Letter), printed_at()).expect("receipt");
    keep_sample(&pdf, "receipt-letter");
    assert_size(&pdf, 1, LETTER.0, LETTER.1);
    let text = lopdf_text(&pdf);
    assert!(text.contains("Кирилл Соколов"), "{text}");
    let words = words(&pdf);
    assert!(words.iter().any(|w| w.text == "Кирилл"));
    assert!(words.iter().any(|w| w.text == "Соколов"));
}

#[test]
fn the_barcode_and_the_qr_code_scan_as_the_case_number() {
    let pdf = receipt(&walk_in(), &settings(Paper::A4), printed_at()).expect("receipt");
    let decoded = scan(&pdf, 1, 300);
    assert!(decoded.contains("CODE-128:SC-2026-000123"), "{decoded:?}");
    assert!(decoded.contains("QR-Code:SC-2026-000123"), "{decoded:?}");
}

#[test]
fn nothing_runs_off_the_page_or_over_other_text() {
    for paper in [Paper::A4, Paper::Letter] {
        let pdf = receipt(&walk_in(), &settings(paper), printed_at()).expect("receipt");
        let (w, h) = page_sizes(&pdf)[0];
        // The footer sits in the bottom margin: only the page edge binds it.
        assert_words_inside_and_apart(&words(&pdf), SIDE, TOP, w - SIDE, h);
    }
}

#[test]
fn a_long_fault_and_a_long_address_wrap_inside_their_boxes() {
    let mut case = walk_in();
    case.fault = long_text(420);
    case.customer.address = "Apartment 1204, Building C, The Exceptionally Long Named \
        Riverside Residential Development, 1234 Northumberland Avenue West, Kensington and \
        Chelsea, London SW10 0XX, United Kingdom of Great Britain and Northern Ireland"
        .into();
    case.customer.name =
        "Maximiliane Alexandra Wolfeschlegelsteinhausenbergerdorff-Łukasiewicz".into();
    for paper in [Paper::A4, Paper::Letter] {
        let pdf = receipt(&case, &settings(paper), printed_at()).expect("receipt");
        keep_sample(&pdf, &format!("receipt-long-{paper:?}"));
        let sizes = page_sizes(&pdf);
        assert!(sizes.len() >= 2, "a 420-word fault continues on page 2");
        let (w, h) = sizes[0];
        let words = words(&pdf);
        assert_words_inside_and_apart(&words, SIDE, TOP, w - SIDE, h);
        // Nothing was cut: the fault's last word and the address's last words are there.
        assert!(words.iter().any(|w| w.text == "ENDOFFAULT"));
        assert!(words.iter().any(|w| w.text == "Ireland"));
        // Signature lines still on the last page.
        let last = sizes.len();
        assert!(
            words
                .iter()
                .any(|w| w.page == last && w.text == "Signature"),
            "signatures on the last page"
        );
    }
}

#[test]
fn an_unsolicited_parcel_states_clause_4_3() {
    let mut case = mail_in();
    case.unsolicited = true;
    case.applied_on = None;
    case.received_on = Some(date(2026, 3, 4));
    let pdf = receipt(&case, &settings(Paper::A4), printed_at()).expect("receipt");
    keep_sample(&pdf, "receipt-unsolicited");
    let text = lopdf_text(&pdf);
    assert!(text.contains("4.3"), "{text}");
    assert!(text.contains("no responsibility"), "{text}");
    assert!(text.contains("new"), "{text}");
}

#[test]
fn a_receipt_is_well_under_100_kb() {
    let pdf = receipt(&walk_in(), &settings(Paper::A4), printed_at()).expect("receipt");
    println!("receipt: {} bytes", pdf.len());
    assert!(pdf.len() < 60_000, "{} bytes", pdf.len());
}

/// 2.4: the device in the box is the product. After the parcel step found another
/// serial, the receipt prints the device's own serial as the serial number, and the one
/// the application gave under its own label, never the other way round.
#[test]
fn after_a_serial_mismatch_the_receipt_has_the_real_serial_and_the_applied_one_labelled() {
    use fixdesk::domain::{ParcelArrival, Policy, Step, StepContext, step};
    let mut case = mail_in();
    let policy = Policy::shipped();
    let parcel = ParcelArrival {
        received_on: date(2026, 3, 4),
        cash_on_delivery: false,
        package_damaged: false,
        soaked: false,
        packaging_adequate: true,
        serial_found: Some("SN-9999-0001-ZZ".into()),
        handover: Default::default(),
    };
    let ctx = StepContext {
        policy: &policy,
        policy_version: 1,
        today: date(2026, 3, 4),
        now: printed_at(),
        answer_days: 14,
        actor: "inspector",
    };
    step::apply(&mut case, &Step::Receive(parcel), &ctx).expect("the parcel is taken in");
    assert_eq!(case.device.serial, "SN-9999-0001-ZZ");

    let pdf = receipt(&case, &settings(Paper::A4), printed_at()).expect("receipt");
    keep_sample(&pdf, "receipt-serial-mismatch");
    let text = lopdf_text(&pdf);
    let label = "SERIAL GIVEN IN THE APPLICATION";
    let (Some(real), Some(labelled), Some(applied)) = (
        text.find("SN-9999-0001-ZZ"),
        text.find(label),
        text.find("SN-4471-0093-AX"),
    ) else {
        panic!("both serials and the label are on the receipt:\n{text}");
    };
    let serial = text.find("SERIAL NUMBER").expect("the serial's label");
    assert!(
        serial < real && real < labelled && labelled < applied,
        "the real serial under SERIAL NUMBER, the applied one under its label:\n{text}"
    );
    assert_eq!(text.matches("SN-4471-0093-AX").count(), 1, "only labelled");

    // Without a mismatch there is no such line.
    let plain =
        lopdf_text(&receipt(&walk_in(), &settings(Paper::A4), printed_at()).expect("receipt"));
    assert!(!plain.contains(label));
}
