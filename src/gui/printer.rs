//! What becomes of a document once it is saved and recorded on its case: printed on the
//! printer chosen for its kind (Settings → Printers), held for the clerk's yes when the
//! kind is set to "ask first", or opened in the PDF viewer as before. A printer that
//! fails never undoes the step that printed (the case is saved, the printing recorded):
//! the clerk is told why where they look and offered to try again, to open it in the
//! viewer, or to save it as a PDF elsewhere (`gui::print_prompt`).

use std::path::Path;

use crate::domain::settings::{PrintWhen, PrinterChoice};
use crate::print::{self, Cups};

/// How a saved document reached the clerk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivery {
    /// Opened in the PDF viewer (no printer chosen, or "ask first": the viewer's print
    /// dialog asks), or not (`false`: no viewer could be started).
    Viewer { opened: bool },
    /// Sent to the printer as CUPS's job.
    Printed { printer: String, job: String },
    /// "Ask first": saved, waiting for the clerk's yes to print on this printer.
    Ask { printer: String, copies: u32 },
    /// The printer failed, in a sentence; nothing opened (the clerk chooses what next).
    Failed {
        printer: String,
        copies: u32,
        reason: String,
    },
}

/// Prints `pdf` (saved as `path`) as `choice` says, or opens it. Blocking: run it off
/// the UI thread.
/// Why a printer failed is said in `w`'s language.
pub fn deliver(
    choice: &PrinterChoice,
    path: &Path,
    pdf: &[u8],
    title: &str,
    w: crate::i18n::Words,
) -> Delivery {
    match choice.printer() {
        None => Delivery::Viewer {
            opened: open::that_detached(path).is_ok(),
        },
        Some(printer) if choice.when == PrintWhen::AskFirst => Delivery::Ask {
            printer: printer.to_string(),
            copies: choice.copies,
        },
        Some(printer) => print_on(printer, choice.copies, path, pdf, title, w),
    }
}

/// Sends the saved `pdf` to `printer` now (the clerk said yes, or tries again); why it
/// failed is said in `w`'s language.
pub fn print_on(
    printer: &str,
    copies: u32,
    path: &Path,
    pdf: &[u8],
    title: &str,
    w: crate::i18n::Words,
) -> Delivery {
    match print::print_pdf(&Cups::system(), printer, path, pdf, title, copies) {
        Ok(job) => Delivery::Printed {
            printer: printer.to_string(),
            job,
        },
        Err(err) => Delivery::Failed {
            printer: printer.to_string(),
            copies,
            reason: err.say(w),
        },
    }
}

/// What became of a printing, in the desk's words: printed, waiting for a yes, or why
/// not (then an error, with the PDF saved).
pub fn delivered(
    w: crate::i18n::Words,
    path: &std::path::Path,
    delivery: &Delivery,
) -> Result<String, String> {
    match delivery {
        Delivery::Viewer { opened: true } => Ok(w.printed(path)),
        Delivery::Viewer { opened: false } => Ok(w.printed_not_opened(path)),
        Delivery::Printed { printer, .. } => Ok(w.printed_on(path, printer)),
        Delivery::Ask { printer, .. } => Ok(w.saved_ask_print(path, printer)),
        Delivery::Failed { reason, .. } => Err(w.not_printed(path, reason)),
    }
}
