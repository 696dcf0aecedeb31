//! `fixdesk printers`: the printers the system offers (CUPS), and the printer, paper,
//! copies and "at once or ask first" chosen for each kind of document.

use super::columns::{column_width, padded};
use super::store::{Place, store_error};
use super::{CliError, CliResult};
use crate::domain::case::DocumentKind;
use crate::domain::settings::{PrintWhen, PrinterChoice};
use crate::i18n::Words;
use crate::print::{Cups, Printer, PrinterState};

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
                println!("  {}", printer_line(w, printer));
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

/// One printer the system offers: its name (and description), its state, its alerts,
/// and whether it is the system's default, in `w`; the printer's own words as CUPS says
/// them.
fn printer_line(w: Words, printer: &Printer) -> String {
    let description = printer.description.trim();
    let description = if description.is_empty() || printer.description == printer.name {
        String::new()
    } else {
        w.cli_printers_description(description)
    };
    let state = match &printer.state {
        PrinterState::Ready => w.cli_printers_ready(),
        PrinterState::Printing => w.cli_printers_printing(),
        PrinterState::Stopped { reason } if reason.is_empty() => w.cli_printers_stopped(),
        PrinterState::Stopped { reason } => w.cli_printers_stopped_because(reason),
    };
    let alerts = if printer.alerts.is_empty() {
        String::new()
    } else {
        w.cli_printers_alerts(printer.alerts.join(", "))
    };
    let default = if printer.is_default {
        w.cli_printers_default()
    } else {
        String::new()
    };
    w.cli_printer(&printer.name, description, state, alerts, default)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Language;

    fn printer(state: PrinterState, alerts: &[&str], is_default: bool) -> Printer {
        Printer {
            name: "Front".into(),
            description: "Counter laser".into(),
            state,
            alerts: alerts.iter().map(|a| a.to_string()).collect(),
            is_default,
        }
    }

    /// The English line is the one `Printer::summary` writes, word for word.
    #[test]
    fn a_printers_line_in_english_is_its_summary() {
        let w = Language::English.words();
        for p in [
            printer(PrinterState::Ready, &[], true),
            printer(PrinterState::Printing, &["toner-low"], false),
            printer(
                PrinterState::Stopped {
                    reason: String::new(),
                },
                &[],
                false,
            ),
            printer(
                PrinterState::Stopped {
                    reason: "paper jam".into(),
                },
                &["a", "b"],
                true,
            ),
        ] {
            assert_eq!(printer_line(w, &p), p.summary());
        }
    }

    #[test]
    fn a_printers_line_in_chinese_has_no_english_frame() {
        let w = Language::Chinese.words();
        let line = printer_line(
            w,
            &printer(
                PrinterState::Stopped {
                    reason: "paper jam".into(),
                },
                &[],
                true,
            ),
        );
        assert!(
            line.contains("已停止") && line.contains("系统默认"),
            "{line}"
        );
        assert!(
            line.contains("paper jam"),
            "CUPS's words as they came: {line}"
        );
        assert!(
            !line.contains("stopped") && !line.contains("default"),
            "{line}"
        );
    }
}
