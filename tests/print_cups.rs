//! Printing through a real CUPS server (`.ci/cups.sh start`): the printers it lists,
//! documents printed on its PDF printer by name and read back — the paper as chosen, the
//! barcode still scanning at a thermal printer's 203 dpi — and the clear sentences for a
//! printer that does not exist and for a stopped queue.

mod documents_support;
mod print_support;

use std::path::Path;

use documents_support::*;
use fixdesk::documents::{Roll, receipt_on_roll, sticker};
use fixdesk::domain::settings::Paper;
use fixdesk::print::{PrintError, PrinterState, print_pdf};
use print_support::*;

const PT: f32 = 72.0 / 25.4;

/// `pdf` saved in a temporary folder, as the desk saves every printing first.
fn saved(pdf: &[u8]) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("printing.pdf");
    std::fs::write(&path, pdf).expect("write PDF");
    (dir, path)
}

#[test]
fn the_test_server_lists_its_printers_with_their_state() {
    let Some(server) = test_cups() else { return };
    let printers = server.cups().printers().expect("printers");
    let pdf = printers
        .iter()
        .find(|p| p.name == PDF_PRINTER)
        .expect("PDF printer");
    assert_eq!(pdf.state, PrinterState::Ready);
    assert_eq!(pdf.description, "fixdesk test PDF printer");
    let stopped = printers
        .iter()
        .find(|p| p.name == STOPPED_PRINTER)
        .expect("paused");
    assert_eq!(
        stopped.state,
        PrinterState::Stopped {
            reason: "paused for the tests".into()
        }
    );
}

#[test]
fn an_80_mm_receipt_prints_80_mm_wide_and_its_barcode_scans_at_203_dpi() {
    let Some(server) = test_cups() else { return };
    let pdf = receipt_on_roll(&walk_in(), &settings(Paper::A4), Roll::Mm80, printed_at())
        .expect("receipt");
    let (_dir, path) = saved(&pdf);
    let job = print_pdf(
        &server.cups(),
        PDF_PRINTER,
        &path,
        &pdf,
        "SC-2026-000123 receipt",
        1,
    )
    .expect("printed");
    let printed = server.printed(&job);
    let ours = page_sizes(&pdf)[0];
    let sizes = page_sizes(&printed);
    assert_eq!(sizes.len(), 1, "{sizes:?}");
    let (width, height) = sizes[0];
    assert!((width - 226.8).abs() < 1.5, "printed {width} pt wide");
    assert!(
        (height - ours.1).abs() < 1.5,
        "printed {height} pt long, drawn {}",
        ours.1
    );
    assert_eq!(scan(&printed, 1, 203), "CODE-128:SC-2026-000123");
    // The text is not compared: the PDF printer's Ghostscript re-encodes the fonts
    // without a Unicode map; what it printed is judged by its paper and its barcode.
}

#[test]
fn the_sticker_prints_at_its_size_and_scans_at_203_dpi() {
    let Some(server) = test_cups() else { return };
    let pdf = sticker(&walk_in(), &settings(Paper::A4), printed_at()).expect("sticker");
    let (_dir, path) = saved(&pdf);
    let job = print_pdf(
        &server.cups(),
        PDF_PRINTER,
        &path,
        &pdf,
        "SC-2026-000123 sticker",
        1,
    )
    .expect("printed");
    let printed = server.printed(&job);
    let (width, height) = page_sizes(&printed)[0];
    assert!((width - 57.0 * PT).abs() < 1.5, "{width} pt");
    assert!((height - 32.0 * PT).abs() < 1.5, "{height} pt");
    assert_eq!(scan(&printed, 1, 203), "CODE-128:SC-2026-000123");
}

#[test]
fn copies_come_out_as_asked() {
    let Some(server) = test_cups() else { return };
    let pdf = sticker(&walk_in(), &settings(Paper::A4), printed_at()).expect("sticker");
    let (_dir, path) = saved(&pdf);
    let job =
        print_pdf(&server.cups(), PDF_PRINTER, &path, &pdf, "two stickers", 2).expect("printed");
    // The PDF printer writes one file a job whatever the copies; CUPS counts them.
    let log = server.page_log(&job);
    assert!(log.contains(" total 2 "), "{log}");
    assert!(log.contains("Custom.57x32mm"), "{log}");
}

#[test]
fn a_printer_that_does_not_exist_and_a_stopped_one_say_so_and_leave_the_pdf() {
    let Some(server) = test_cups() else { return };
    let pdf = sticker(&walk_in(), &settings(Paper::A4), printed_at()).expect("sticker");
    let (_dir, path) = saved(&pdf);
    let missing = print_pdf(&server.cups(), "front-desk-typo", &path, &pdf, "x", 1)
        .expect_err("no such printer");
    assert_eq!(missing, PrintError::NoSuchPrinter("front-desk-typo".into()));
    assert_eq!(
        missing.to_string(),
        "there is no printer named \"front-desk-typo\": choose one the system lists in Settings → Printers"
    );
    let stopped =
        print_pdf(&server.cups(), STOPPED_PRINTER, &path, &pdf, "x", 1).expect_err("stopped");
    assert_eq!(
        stopped.to_string(),
        "the printer \"fixdesk-stopped\" is stopped (paused for the tests): start it again in the system's printer settings"
    );
    assert!(Path::new(&path).exists(), "the PDF stays");
}
