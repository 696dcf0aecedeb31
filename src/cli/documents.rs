//! `fixdesk receipt`, `fixdesk confirmation`, `fixdesk label`, `fixdesk payment-receipt`,
//! `fixdesk sticker`: print a case's documents to PDF files (and, with `--printer`, on
//! a printer too) (docs/rules.md §7) through the same
//! [`documents::render`] the window uses. Each printing is its own file, named by its
//! time, and is recorded on the case: what, when, by whom, the file, and what changed
//! since the previous printing of that kind.

use std::path::{Path, PathBuf};

use chrono::Utc;

use super::store::{Place, store_error};
use crate::documents::{self, PrintError, PrintOptions};
use crate::domain::Language;
use crate::domain::case::{CaseNumber, DocumentKind};
use crate::domain::settings::Form;
use crate::i18n::Words;
use crate::print::{self, Cups};
use crate::store::StoreError;

use super::{CliError, CliResult};

#[derive(Debug, clap::Args)]
pub struct CaseArgs {
    /// The case number, as printed or scanned (`SC-2026-000123`, `sc2026000123`).
    #[arg(value_name = "CASE")]
    pub case: String,

    /// Where to write the PDF. Default: `<CASE>-<document>-<YYYYMMDD-HHMMSS>.pdf` (UTC)
    /// in the current folder, so a reprint never overwrites an earlier printing.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,

    /// Who printed it, as recorded on the case. Default: the login name.
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,

    /// Print it on this printer (a CUPS queue; `fixdesk printers` lists them) too. The
    /// PDF is still written: it is the record of what was handed out, and what to print
    /// by hand if the printer fails.
    #[arg(long, value_name = "NAME")]
    pub printer: Option<String>,

    /// The language to print in: en or zh. Default: the customer's language, as recorded
    /// on the case.
    #[arg(long, value_name = "LANG", value_parser = parse_language)]
    pub language: Option<Language>,
}

/// `--language`: a language the documents are written in (`en`, `zh`, also `zh-CN`…).
pub fn parse_language(text: &str) -> Result<Language, String> {
    Language::parse(text).ok_or_else(|| {
        let codes: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
        format!(
            "'{text}' is not a language fixdesk prints in: use {}",
            codes.join(" or ")
        )
    })
}

/// A document's paper, where its forms differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SizeArg {
    /// An A4 sheet.
    A4,
    /// A US Letter sheet.
    Letter,
    /// An 80 mm thermal receipt roll (receipt, handover receipt).
    #[value(name = "80mm")]
    Roll80,
    /// A 58 mm thermal receipt roll (receipt, handover receipt).
    #[value(name = "58mm")]
    Roll58,
    /// A 4×6 in thermal label (return label).
    #[value(name = "4x6")]
    FourBySix,
    /// The device sticker, at the size set in Settings (sticker).
    Sticker,
}

impl SizeArg {
    /// The form for a document of `kind`, or a sentence saying which sizes it takes.
    fn form(self, kind: DocumentKind) -> Result<Form, CliError> {
        let form = match self {
            SizeArg::A4 => Form::A4,
            SizeArg::Letter => Form::Letter,
            SizeArg::Roll80 => Form::Roll80,
            SizeArg::Roll58 => Form::Roll58,
            SizeArg::FourBySix => Form::FourBySix,
            SizeArg::Sticker if kind == DocumentKind::Sticker => Form::Usual,
            SizeArg::Sticker => Form::FourBySix, // refused just below
        };
        let allowed = Form::for_kind(kind);
        if allowed.contains(&form) {
            return Ok(form);
        }
        let mut sizes: Vec<&'static str> = allowed
            .iter()
            .filter(|f| **f != Form::Usual)
            .map(|f| f.as_str())
            .collect();
        if sizes.is_empty() {
            sizes.push("sticker");
        }
        // The sizes as --size takes them, listed as the language lists.
        Err(CliError::input_in(move |w| {
            w.cli_error_size(kind.as_str(), sizes.join(&w.cli_list_separator()))
        }))
    }
}

#[derive(Debug, clap::Args)]
pub struct SizedArgs {
    #[command(flatten)]
    pub case: CaseArgs,

    /// The paper. Default: the one chosen for this document in Settings → Printers,
    /// else the center's paper.
    #[arg(long, value_enum, value_name = "SIZE")]
    pub size: Option<SizeArg>,
}

#[derive(Debug, clap::Args)]
pub struct LabelArgs {
    #[command(flatten)]
    pub case: CaseArgs,

    /// The label's paper: 4x6 (thermal label), a4 or letter. Default: the center's
    /// label setting.
    #[arg(long, value_enum, value_name = "SIZE")]
    pub size: Option<SizeArg>,

    /// The carrier's tracking number, when known.
    #[arg(long, value_name = "NO")]
    pub tracking: Option<String>,
}

/// `fixdesk receipt CASE`: the intake receipt (a4, letter, 80mm or 58mm).
pub fn receipt(place: &Place, args: &SizedArgs) -> CliResult {
    sized(place, args, DocumentKind::Receipt)
}

/// `fixdesk confirmation CASE`: the mail-in application confirmation.
pub fn confirmation(place: &Place, args: &SizedArgs) -> CliResult {
    sized(place, args, DocumentKind::Confirmation)
}

/// `fixdesk label CASE`: the return label. Refused (exit 2) when the case has no address
/// or the center's name or address is empty: a parcel's label names both ends.
pub fn label(place: &Place, args: &LabelArgs) -> CliResult {
    let options = PrintOptions {
        tracking: args.tracking.clone(),
        form: args
            .size
            .map(|size| size.form(DocumentKind::Label))
            .transpose()?,
        ..PrintOptions::default()
    };
    print(place, &args.case, DocumentKind::Label, &options)
}

/// `fixdesk payment-receipt CASE`: the receipt for the payments of a paid repair, with
/// the total paid and what is still due (2.2, 2.6).
pub fn payment_receipt(place: &Place, args: &SizedArgs) -> CliResult {
    sized(place, args, DocumentKind::PaymentReceipt)
}

/// `fixdesk sticker CASE`: the device sticker (case number as Code 128, the surname,
/// the date in) at the size set in Settings.
pub fn sticker(place: &Place, args: &SizedArgs) -> CliResult {
    sized(place, args, DocumentKind::Sticker)
}

fn sized(place: &Place, args: &SizedArgs, kind: DocumentKind) -> CliResult {
    let options = PrintOptions {
        form: args.size.map(|size| size.form(kind)).transpose()?,
        ..PrintOptions::default()
    };
    print(place, &args.case, kind, &options)
}

/// Opens the store, finds the case, draws the document, writes it, records the printing
/// (its file, the facts it shows, what changed since the last printing of its kind).
fn print(place: &Place, args: &CaseArgs, kind: DocumentKind, options: &PrintOptions) -> CliResult {
    let number = CaseNumber::parse(&args.case).ok_or_else(|| {
        let text = args.case.clone();
        CliError::input_in(move |w| w.cli_error_case_number_like(&text))
    })?;
    let mut store = place.open()?;
    let case = store
        .case(&number)
        .map_err(|err| CliError::store(1, err))?
        .ok_or_else(|| store_error(StoreError::NotFound(number.clone())))?;
    let settings = store.settings().map_err(|err| CliError::store(1, err))?;
    // The paper chosen for this kind in Settings → Printers, unless --size says.
    let choice = settings.printers.for_kind(kind);
    let options = &PrintOptions {
        form: options.form.or(Some(choice.form)),
        language: args.language,
        ..options.clone()
    };

    // The edge reads the clock; documents and the store are given the time.
    let now = Utc::now();
    let pdf = documents::render(kind, &case, &settings, options, now).map_err(|err| {
        if is_bad_input(&err) {
            CliError::input_in(move |w| err.say(w))
        } else {
            CliError::failure_in(move |w| w.cli_error_not_drawn(kind.as_str(), err.say(w)))
        }
    })?;

    // Each printing its own file: a reprint never overwrites the earlier one.
    let out = args.out.clone().unwrap_or_else(|| {
        PathBuf::from(documents::unique_file_name(&number, kind, now, |name| {
            Path::new(name).exists()
        }))
    });
    write_file(&out, &pdf)?;
    let actor = args.by.clone().unwrap_or_else(login_name);
    let printed = documents::printing(
        kind,
        &case,
        &settings,
        options,
        &actor,
        now,
        Some(out.display().to_string()),
    );
    store.record_printing(&number, &printed).map_err(|err| {
        let file = out.display().to_string();
        CliError::failure_in(move |w| w.cli_error_not_recorded(&file, err.say(w)))
    })?;
    println!("{}", out.display());
    if let Some(changes) = documents::printing::stale_changes(kind, &case, &settings, options) {
        let words = args.language.unwrap_or(settings.language).words();
        eprintln!(
            "fixdesk: {}",
            words.cli_document_stale(kind.as_str(), documents::printing::say(&changes, words))
        );
    }
    if let Some(printer) = &args.printer {
        let title = format!("{number} {}", kind.label());
        send(
            printer,
            &out,
            &pdf,
            &title,
            choice.copies,
            args.language.unwrap_or(settings.language).words(),
        )?;
    }
    Ok(())
}

/// Prints the PDF already written as `out` on `printer`; a failure says so and where the
/// PDF is (exit 1), the printing having been recorded.
pub(super) fn send(
    printer: &str,
    out: &Path,
    pdf: &[u8],
    title: &str,
    copies: u32,
    words: Words,
) -> CliResult {
    match print::print_pdf(&Cups::system(), printer, out, pdf, title, copies) {
        Ok(job) => {
            println!("{}", words.cli_document_sent(printer, job));
            Ok(())
        }
        Err(err) => {
            let file = out.display().to_string();
            Err(CliError::failure_in(move |w| {
                w.cli_error_not_printed(err.say(w), &file)
            }))
        }
    }
}

/// Errors the person can put right (a missing address, a step not taken yet): exit 2.
fn is_bad_input(err: &PrintError) -> bool {
    matches!(
        err,
        PrintError::NoReturnAddress(_)
            | PrintError::NotAnApplication(_)
            | PrintError::NoSender { .. }
            | PrintError::NoQuote(_)
            | PrintError::NoPayment(_)
            | PrintError::NotCollected(_)
    )
}

fn write_file(path: &Path, bytes: &[u8]) -> CliResult {
    std::fs::write(path, bytes).map_err(|err| {
        let (file, error) = (path.display().to_string(), err.to_string());
        CliError::failure_in(move |w| w.cli_error_file_unwritten(&file, &error))
    })
}

/// Who is at the keyboard, for the record; "desk" when the system does not say.
fn login_name() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .into_iter()
        .find_map(|var| std::env::var(var).ok().filter(|v| !v.trim().is_empty()))
        .unwrap_or_else(|| "desk".to_string())
}
