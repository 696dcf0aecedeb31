//! The bar under a printed document that needs the clerk (headless, iced_test): "ask
//! first" waits for a yes; a printer that failed says why and offers to try again, the
//! viewer, or a copy saved as a PDF; the case and the printing stay saved whatever the
//! clerk chooses.

mod gui_support;
// The GUI support's bench opens its store in the store tests' temporary folder.
mod store_common;

use chrono::NaiveDate;
use fixdesk::domain::Policy;
use fixdesk::domain::case::DocumentKind;
use fixdesk::gui::Message;
use fixdesk::gui::print_prompt;
use fixdesk::gui::printer::Delivery;
use gui_support::screens::{Bench, any_text_contains};
use store_common::{at, walk_in};

const HEIGHT: f32 = 900.0;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 3).expect("date")
}

fn bench_with_a_saved_receipt() -> (Bench, fixdesk::domain::CaseNumber, std::path::PathBuf) {
    let bench = Bench::new(today());
    let number = bench
        .store(|store| {
            store.create_case(
                &walk_in("Ada Byron", "AA5-0600", "2026-03-03"),
                &Policy::shipped(),
                "ana",
                at("2026-03-03"),
            )
        })
        .number;
    let path = bench.dir.path().join("documents").join("receipt.pdf");
    std::fs::create_dir_all(path.parent().expect("folder")).expect("folder");
    std::fs::write(&path, b"%PDF-1.7 test").expect("pdf");
    (bench, number, path)
}

fn shows(bench: &Bench, needle: &str) -> bool {
    any_text_contains(bench.app.view(), HEIGHT, needle)
}

#[test]
fn ask_first_waits_for_a_yes_and_not_now_leaves_the_printing_saved() {
    let (mut bench, number, path) = bench_with_a_saved_receipt();
    bench.send(Message::Printed(Ok((
        number.clone(),
        DocumentKind::Receipt,
        path.clone(),
        Delivery::Ask {
            printer: "Front-Receipt".into(),
            copies: 2,
        },
    ))));
    let asked = fixdesk::domain::Language::English.words().ask_to_print(
        &format!("{} {number}", DocumentKind::Receipt.label()),
        "Front-Receipt",
        2,
    );
    assert!(shows(&bench, &asked), "the bar asks: {asked}");
    assert!(shows(
        &bench,
        &fixdesk::domain::Language::English.words().save_as_pdf()
    ));
    bench.click(
        HEIGHT,
        &fixdesk::domain::Language::English.words().not_now(),
    );
    assert!(!shows(&bench, &asked), "gone once dismissed");
    assert!(path.is_file(), "the saved PDF stays");
}

#[test]
fn a_failed_printer_says_why_and_trying_again_keeps_the_bar_until_it_works() {
    let (mut bench, number, path) = bench_with_a_saved_receipt();
    bench.send(Message::Printed(Ok((
        number.clone(),
        DocumentKind::Receipt,
        path.clone(),
        Delivery::Failed {
            printer: "No-Such-Printer".into(),
            copies: 1,
            reason: "the printer No-Such-Printer does not exist".into(),
        },
    ))));
    assert!(shows(
        &bench,
        "was not printed on No-Such-Printer: the printer No-Such-Printer does not exist"
    ));
    assert!(
        shows(
            &bench,
            &fixdesk::domain::Language::English.words().print_try_again()
        ) && shows(
            &bench,
            &fixdesk::domain::Language::English.words().open_in_viewer()
        )
    );
    // Trying again on a printer this machine does not have fails again, saying why.
    bench.send(Message::PrintPrompt(print_prompt::Message::Print));
    assert!(
        shows(&bench, "was not printed on No-Such-Printer"),
        "the bar stays"
    );
    // A copy saved elsewhere closes it, saying where.
    let copy = bench.dir.path().join("copy.pdf");
    bench.send(Message::PrintPrompt(print_prompt::Message::SavedAs(Ok(
        Some(copy.clone()),
    ))));
    assert!(!shows(
        &bench,
        &fixdesk::domain::Language::English.words().print_try_again()
    ));
    assert!(shows(
        &bench,
        &fixdesk::domain::Language::English
            .words()
            .saved_pdf_as(&copy)
    ));
}
