//! `fixdesk printers`: the printers the system offers (CUPS), and the printer, paper,
//! copies and "at once or ask first" chosen for each kind of document.

use super::store::Place;
use super::{CliError, CliResult};
use crate::domain::case::DocumentKind;
use crate::domain::settings::{PrintWhen, PrinterChoice};
use crate::print::Cups;

pub fn run(place: &Place) -> CliResult {
    // Read-only, so it works while the app has the folder open; a folder with no
    // database yet has chosen nothing.
    let settings = match place.open_unsigned() {
        Ok(store) => store
            .settings()
            .map_err(|err| CliError::failure(err.to_string()))?,
        Err(_) => crate::domain::Settings::default(),
    };
    let system = Cups::system().printers();
    println!("Printers this computer offers:");
    match &system {
        Ok(printers) if printers.is_empty() => {
            println!("  none: add one in the system's printer settings")
        }
        Ok(printers) => {
            for printer in printers {
                println!("  {}", printer.summary());
            }
        }
        Err(err) => println!("  could not be listed: {err}"),
    }
    println!();
    println!("Chosen for each document (Settings → Printers):");
    let known = |name: &str| match &system {
        Ok(printers) => printers.iter().any(|p| p.name == name),
        Err(_) => true,
    };
    let mut rows: Vec<(&str, &PrinterChoice)> = DocumentKind::ALL
        .into_iter()
        .map(|kind| (kind.label(), settings.printers.for_kind(kind)))
        .collect();
    rows.push(("monthly report", &settings.printers.report));
    for (what, choice) in rows {
        let line = match choice.printer() {
            None => "no printer: the PDF opens in the viewer".to_string(),
            Some(name) => {
                let when = match choice.when {
                    PrintWhen::AtOnce => "at once",
                    PrintWhen::AskFirst => "asks first",
                };
                let missing = if known(name) {
                    ""
                } else {
                    " — NOT OFFERED BY THIS COMPUTER"
                };
                format!(
                    "{name}, {}, {} cop{}, {when}{missing}",
                    choice.form.as_str(),
                    choice.copies,
                    if choice.copies == 1 { "y" } else { "ies" }
                )
            }
        };
        println!("  {what:<25} {line}");
    }
    println!(
        "  {:<25} {} × {} mm",
        "device sticker size", settings.sticker.width_mm, settings.sticker.height_mm
    );
    system
        .map(|_| ())
        .map_err(|err| CliError::failure(err.to_string()))
}
