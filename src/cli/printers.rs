//! `fixdesk printers`: the printers the system offers (CUPS), and the printer, paper,
//! copies and "at once or ask first" chosen for each kind of document.

use super::columns::{column_width, padded};
use super::store::{Place, store_error};
use super::{CliError, CliResult};
use crate::domain::case::DocumentKind;
use crate::domain::settings::{PrintWhen, PrinterChoice};
use crate::print::Cups;

/// The narrowest the documents' column is: English's longest name and a space.
const DOCUMENT_COLUMN: usize = 25;

pub fn run(place: &Place) -> CliResult {
    // Read-only, so it works while the app has the folder open; a folder with no
    // database yet has chosen nothing.
    let settings = match place.open_unsigned() {
        Ok(store) => store.settings().map_err(store_error)?,
        Err(_) => crate::domain::Settings::default(),
    };
    let w = settings.language.words();
    let system = Cups::system().printers();
    println!("{}", w.cli_printers_offered());
    match &system {
        Ok(printers) if printers.is_empty() => {
            println!("  {}", w.cli_printers_none())
        }
        Ok(printers) => {
            for printer in printers {
                println!("  {}", printer.summary_in(w));
            }
        }
        Err(err) => println!("  {}", w.cli_printers_unlisted(err.say(w))),
    }
    println!();
    println!("{}", w.cli_printers_chosen());
    let known = |name: &str| match &system {
        Ok(printers) => printers.iter().any(|p| p.name == name),
        Err(_) => true,
    };
    let mut rows: Vec<(String, &PrinterChoice)> = DocumentKind::ALL
        .into_iter()
        .map(|kind| {
            (
                w.cli_printers_document(kind.as_str()),
                settings.printers.for_kind(kind),
            )
        })
        .collect();
    rows.push((w.cli_printers_report(), &settings.printers.report));
    let sticker = w.cli_printers_sticker();
    let cells = column_width(
        rows.iter()
            .map(|(what, _)| what.as_str())
            .chain([sticker.as_str()]),
        DOCUMENT_COLUMN,
    );
    for (what, choice) in &rows {
        let line = match choice.printer() {
            None => w.cli_printers_viewer(),
            Some(name) => {
                let when = match choice.when {
                    PrintWhen::AtOnce => w.cli_printers_at_once(),
                    PrintWhen::AskFirst => w.cli_printers_ask_first(),
                };
                let missing = if known(name) {
                    String::new()
                } else {
                    w.cli_printers_not_offered()
                };
                w.cli_printers_choice(name, choice.form.as_str(), choice.copies, when, missing)
            }
        };
        println!("  {} {line}", padded(what, cells));
    }
    println!(
        "  {} {} × {} mm",
        padded(&sticker, cells),
        settings.sticker.width_mm,
        settings.sticker.height_mm
    );
    // The printers could not be listed: said above, and the command fails.
    system
        .map(|_| ())
        .map_err(|err| CliError::failure_in(move |w| err.say(w)))
}
