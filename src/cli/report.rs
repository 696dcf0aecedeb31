//! `fixdesk report`: the manager's monthly PDF (docs/rules.md §7), from the store's cases.

use std::path::PathBuf;

use chrono::Local;

use super::store::Place;
use crate::documents::monthly_report::monthly_report_in;
use crate::domain::Language;
use crate::domain::settings::{Form, Paper};
use crate::report::{Month, monthly};

use super::{CliError, CliResult};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The calendar month, YYYY-MM. Default: last month.
    #[arg(long, value_name = "YYYY-MM")]
    pub month: Option<String>,

    /// Where to write the PDF. Default: fixdesk-report-YYYY-MM.pdf in this folder.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,

    /// Print it on this printer too (`fixdesk printers` lists them); the PDF is still
    /// written.
    #[arg(long, value_name = "NAME")]
    pub printer: Option<String>,

    /// The paper: a4 or letter. Default: the report's in Settings → Printers, else the
    /// center's paper.
    #[arg(long, value_enum, value_name = "SIZE")]
    pub size: Option<Sheet>,

    /// The language to write it in: en or zh. Default: the center's (Settings →
    /// language).
    #[arg(long, value_name = "LANG", value_parser = super::documents::parse_language)]
    pub language: Option<Language>,
}

/// The report's paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Sheet {
    A4,
    Letter,
}

pub fn run(place: &Place, args: &Args) -> CliResult {
    // The edge reads the clock; the figures are given "today".
    let today = Local::now().date_naive();
    let month = match &args.month {
        Some(text) => {
            Month::parse(text).map_err(|err| CliError::input(format!("--month: {err}")))?
        }
        None => Month::of(today).previous(),
    };
    let store = place.open()?;
    let settings = store
        .settings()
        .map_err(|err| CliError::failure(err.to_string()))?;
    let cases = store
        .outlines_for_report(month.first_day(), month.last_day())
        .map_err(|err| CliError::failure(err.to_string()))?;
    let figures = monthly(&cases, month, today);
    let choice = &settings.printers.report;
    let paper = match (args.size, choice.form) {
        (Some(Sheet::A4), _) | (None, Form::A4) => Paper::A4,
        (Some(Sheet::Letter), _) | (None, Form::Letter) => Paper::Letter,
        _ => settings.paper,
    };
    let words = args.language.unwrap_or(settings.language).words();
    let pdf = monthly_report_in(&figures, &settings.center, paper, words)
        .map_err(|err| CliError::failure(format!("the report could not be drawn: {err}")))?;
    let out = args.out.clone().unwrap_or_else(|| {
        PathBuf::from(format!(
            "fixdesk-report-{}.pdf",
            month.first_day().format("%Y-%m")
        ))
    });
    std::fs::write(&out, &pdf)
        .map_err(|err| CliError::failure(format!("cannot write {}: {err}", out.display())))?;
    if let Some(printer) = &args.printer {
        let title = format!("fixdesk report {}", month.name());
        super::documents::send(printer, &out, &pdf, &title, choice.copies, words)?;
    }
    let file = out.display().to_string();
    let line = if figures.is_empty() {
        words.cli_report_empty(file, month.name_in(words))
    } else {
        words.cli_report_written(
            file,
            month.name_in(words),
            figures.opened.total(),
            pdf.len().div_ceil(1024),
        )
    };
    println!("{line}");
    Ok(())
}
