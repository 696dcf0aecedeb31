//! `fixdesk receipt`, `fixdesk confirmation`, `fixdesk label`: print a case's documents
//! to PDF files (RULES.md §7). Each printed document is recorded on the case (what,
//! when, by whom).

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use crate::documents::{self, LabelForm, PrintError};
use crate::domain::case::{Case, CaseNumber, DocumentKind};
use crate::domain::settings::{Paper, Settings};
use crate::store::{Store, default_data_dir};

use super::{CliError, CliResult};

#[derive(Debug, clap::Args)]
pub struct CaseArgs {
    /// The case number, as printed or scanned (`SC-2026-000123`, `sc2026000123`).
    #[arg(value_name = "CASE")]
    pub case: String,

    /// Where to write the PDF. Default: `<CASE>-<document>.pdf` in the current folder.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,

    /// Who printed it, as recorded on the case. Default: the login name.
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,
}

/// The label's paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LabelSizeArg {
    /// A 4×6 in thermal label.
    #[value(name = "4x6")]
    FourBySix,
    /// An A4 sheet.
    A4,
    /// A US Letter sheet.
    Letter,
}

#[derive(Debug, clap::Args)]
pub struct LabelArgs {
    #[command(flatten)]
    pub case: CaseArgs,

    /// The label's paper. Default: the center's label setting.
    #[arg(long, value_enum, value_name = "SIZE")]
    pub size: Option<LabelSizeArg>,

    /// The carrier's tracking number, when known.
    #[arg(long, value_name = "NO")]
    pub tracking: Option<String>,
}

/// `fixdesk receipt CASE`: the intake receipt.
pub fn receipt(data_dir: Option<PathBuf>, args: &CaseArgs) -> CliResult {
    print(data_dir, args, DocumentKind::Receipt, documents::receipt)
}

/// `fixdesk confirmation CASE`: the mail-in application confirmation.
pub fn confirmation(data_dir: Option<PathBuf>, args: &CaseArgs) -> CliResult {
    print(
        data_dir,
        args,
        DocumentKind::Confirmation,
        documents::confirmation,
    )
}

/// `fixdesk label CASE`: the return label.
pub fn label(data_dir: Option<PathBuf>, args: &LabelArgs) -> CliResult {
    let tracking = args.tracking.as_deref();
    let size = args.size;
    print(
        data_dir,
        &args.case,
        DocumentKind::Label,
        move |case, settings, now| {
            let form = match size {
                None => LabelForm::from_settings(settings),
                Some(LabelSizeArg::FourBySix) => LabelForm::FourBySix,
                Some(LabelSizeArg::A4) => LabelForm::Sheet(Paper::A4),
                Some(LabelSizeArg::Letter) => LabelForm::Sheet(Paper::Letter),
            };
            documents::label(case, settings, form, tracking, now)
        },
    )
}

/// Opens the store, finds the case, draws the document, writes it, records it.
fn print(
    data_dir: Option<PathBuf>,
    args: &CaseArgs,
    kind: DocumentKind,
    draw: impl FnOnce(&Case, &Settings, DateTime<Utc>) -> Result<Vec<u8>, PrintError>,
) -> CliResult {
    let number = CaseNumber::parse(&args.case).ok_or_else(|| {
        CliError::input(format!(
            "'{}' is not a case number: write it like SC-2026-000123",
            args.case
        ))
    })?;
    let dir = default_data_dir(data_dir).map_err(|err| CliError::failure(err.to_string()))?;
    let mut store = Store::open(&dir).map_err(|err| CliError::failure(err.to_string()))?;
    let case = store
        .case(&number)
        .map_err(|err| CliError::failure(err.to_string()))?
        .ok_or_else(|| CliError::input(format!("there is no case {number}: check the number")))?;
    let settings = store
        .settings()
        .map_err(|err| CliError::failure(err.to_string()))?;

    // The edge reads the clock; documents and the store are given the time.
    let now = Utc::now();
    let pdf = draw(&case, &settings, now).map_err(|err| match err {
        PrintError::NoReturnAddress(_) | PrintError::NotAnApplication(_) => {
            CliError::input(err.to_string())
        }
        _ => CliError::failure(format!(
            "the {} could not be drawn: {err}",
            kind_words(kind)
        )),
    })?;

    let out = args
        .out
        .clone()
        .unwrap_or_else(|| default_file_name(&number, kind));
    write_file(&out, &pdf)?;
    let actor = args.by.clone().unwrap_or_else(login_name);
    store
        .record_document(&number, kind, &actor, now)
        .map_err(|err| {
            CliError::failure(format!(
                "{} was written, but it could not be recorded on the case: {err}",
                out.display()
            ))
        })?;
    println!("{}", out.display());
    Ok(())
}

fn kind_words(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::Receipt => "receipt",
        DocumentKind::Confirmation => "confirmation",
        DocumentKind::Label => "label",
        DocumentKind::Quote => "quote",
        DocumentKind::HandoverReceipt => "handover receipt",
    }
}

/// `SC-2026-000123-receipt.pdf`.
pub fn default_file_name(number: &CaseNumber, kind: DocumentKind) -> PathBuf {
    PathBuf::from(format!("{number}-{}.pdf", kind.as_str().replace('_', "-")))
}

fn write_file(path: &Path, bytes: &[u8]) -> CliResult {
    std::fs::write(path, bytes).map_err(|err| {
        CliError::failure(format!(
            "could not write {}: {err}; check the folder exists and that you may write to it",
            path.display()
        ))
    })
}

/// Who is at the keyboard, for the record; "desk" when the system does not say.
fn login_name() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .into_iter()
        .find_map(|var| std::env::var(var).ok().filter(|v| !v.trim().is_empty()))
        .unwrap_or_else(|| "desk".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_file_names_name_the_case_and_the_document() {
        let number = CaseNumber::new(2026, 123);
        assert_eq!(
            default_file_name(&number, DocumentKind::Receipt),
            PathBuf::from("SC-2026-000123-receipt.pdf")
        );
        assert_eq!(
            default_file_name(&number, DocumentKind::Label),
            PathBuf::from("SC-2026-000123-label.pdf")
        );
    }
}
