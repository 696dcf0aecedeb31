//! `fixdesk report`: the manager's monthly PDF (docs/rules.md §7), from the store's cases.

use std::path::PathBuf;

use chrono::Local;

use super::store::Place;
use crate::documents::monthly_report::monthly_report_in;
use crate::domain::Language;
use crate::domain::settings::{Form, Paper};
use crate::i18n::Words;
use crate::report::{Month, MonthError, monthly};

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
        Some(text) => Month::parse(text).map_err(|err| {
            CliError::input_in(move |w| w.cli_error_about("--month", month_error(w, &err)))
        })?,
        None => Month::of(today).previous(),
    };
    let store = place.open()?;
    let settings = store.settings().map_err(|err| CliError::store(1, err))?;
    let cases = store
        .outlines_for_report(month.first_day(), month.last_day())
        .map_err(|err| CliError::store(1, err))?;
    let figures = monthly(&cases, month, today);
    let choice = &settings.printers.report;
    let paper = match (args.size, choice.form) {
        (Some(Sheet::A4), _) | (None, Form::A4) => Paper::A4,
        (Some(Sheet::Letter), _) | (None, Form::Letter) => Paper::Letter,
        _ => settings.paper,
    };
    let words = args.language.unwrap_or(settings.language).words();
    let pdf = monthly_report_in(&figures, &settings.center, paper, words)
        .map_err(|err| CliError::failure_in(move |w| w.cli_error_report_not_drawn(err.say(w))))?;
    let out = args.out.clone().unwrap_or_else(|| {
        PathBuf::from(format!(
            "fixdesk-report-{}.pdf",
            month.first_day().format("%Y-%m")
        ))
    });
    std::fs::write(&out, &pdf).map_err(|err| {
        let (file, error) = (out.display().to_string(), err.to_string());
        CliError::failure_in(move |w| w.cli_error_cannot_write(&file, &error))
    })?;
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

/// Why `--month` is not a month, in `w` (the English is `MonthError`'s own sentence).
fn month_error(w: Words, err: &MonthError) -> String {
    match err {
        MonthError::MonthOutOfRange(month) => w.cli_month_out_of_range(*month),
        MonthError::YearOutOfRange(year) => w.cli_month_year_out_of_range(*year),
        MonthError::Format(text) => w.cli_month_format(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Language;

    #[test]
    fn a_months_error_reads_in_english_as_its_own_sentence() {
        let english = Language::English.words();
        for err in [
            MonthError::MonthOutOfRange(13),
            MonthError::YearOutOfRange(0),
            MonthError::Format("2026/3".into()),
        ] {
            assert_eq!(month_error(english, &err), err.to_string());
            let chinese = month_error(Language::Chinese.words(), &err);
            assert!(
                !chinese.contains("must") && !chinese.contains("month"),
                "{chinese}"
            );
        }
    }
}
