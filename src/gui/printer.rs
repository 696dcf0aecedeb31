//! What becomes of a document once it is saved and recorded on its case: printed on the
//! printer chosen for its kind (Settings → Printers), or opened in the PDF viewer as
//! before. A printer that fails never undoes the step that printed (the case is saved,
//! the printing recorded): the clerk is told why where they look, and the saved PDF
//! opens in the viewer to print or save by hand.

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
    /// The printer failed, in a sentence; the PDF opened in the viewer instead, or not.
    Failed {
        printer: String,
        reason: String,
        opened: bool,
    },
}

/// Prints `pdf` (saved as `path`) as `choice` says, or opens it. Blocking: run it off
/// the UI thread.
pub fn deliver(choice: &PrinterChoice, path: &Path, pdf: &[u8], title: &str) -> Delivery {
    let open = || open::that_detached(path).is_ok();
    let printer = match choice.printer() {
        Some(printer) if choice.when == PrintWhen::AtOnce => printer,
        _ => return Delivery::Viewer { opened: open() },
    };
    match print::print_pdf(&Cups::system(), printer, path, pdf, title, choice.copies) {
        Ok(job) => Delivery::Printed {
            printer: printer.to_string(),
            job,
        },
        Err(err) => Delivery::Failed {
            printer: printer.to_string(),
            reason: err.to_string(),
            opened: open(),
        },
    }
}
