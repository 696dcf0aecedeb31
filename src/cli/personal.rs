//! `fixdesk personal-data export --phone P | --email E | --name N --out FILE`: everything
//! the center holds on one customer, on their request (3.7; docs/rules.md §10), as one
//! JSON file; each case found gets an event saying it was exported. A manager's.

use std::path::PathBuf;

use chrono::Utc;

use crate::store::personal::CustomerQuery;

use super::store::{Place, login_name, store_error};
use super::{CliError, CliResult};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Write every case of one customer (found by phone, e-mail or name) to a JSON file.
    Export(ExportArgs),
}

#[derive(Debug, clap::Args)]
#[group(skip)]
#[command(group = clap::ArgGroup::new("customer").required(true).multiple(false))]
pub struct ExportArgs {
    /// The customer's phone (its last nine digits are compared: "+44 20 7946 0001" is "020 7946 0001").
    #[arg(long, value_name = "PHONE", group = "customer")]
    pub phone: Option<String>,
    /// The customer's e-mail address (case not counted).
    #[arg(long, value_name = "EMAIL", group = "customer")]
    pub email: Option<String>,
    /// The customer's name (case and spacing not counted).
    #[arg(long, value_name = "NAME", group = "customer")]
    pub name: Option<String>,
    /// Where to write the JSON file; the readable PDF goes beside it (FILE.pdf).
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

pub fn run(place: &Place, command: &Command) -> CliResult {
    let Command::Export(args) = command;
    let who = match (&args.phone, &args.email, &args.name) {
        (Some(phone), _, _) => CustomerQuery::Phone(phone.clone()),
        (_, Some(email), _) => CustomerQuery::Email(email.clone()),
        (_, _, Some(name)) => CustomerQuery::Name(name.clone()),
        _ => {
            return Err(CliError::input_in(|w| w.cli_error_personal_who()));
        }
    };
    let mut store = place.open()?;
    let data = store
        .export_personal_data(&who, &login_name(), Utc::now())
        .map_err(store_error)?;
    let settings = store.settings().map_err(store_error)?;
    let json = serde_json::to_string_pretty(&data).map_err(|err| {
        let error = err.to_string();
        CliError::failure_in(move |w| w.cli_error_export_unwritten(&error))
    })?;
    std::fs::write(&args.out, json).map_err(|err| not_written(&args.out, &err))?;
    // The same, readable, beside it: what the customer is handed.
    let pdf_path = args.out.with_extension("pdf");
    let pdf = crate::documents::personal_data::personal_data(
        &data.asked_for.describe(),
        &data.by,
        &data.cases,
        &settings,
        data.exported_at,
    )
    .map_err(|err| CliError::failure_in(move |w| w.cli_error_pdf_not_made(err.say(w))))?;
    std::fs::write(&pdf_path, pdf).map_err(|err| not_written(&pdf_path, &err))?;
    println!(
        "{}",
        settings.language.words().cli_personal_written(
            data.cases.len(),
            args.out.display().to_string(),
            pdf_path.display().to_string()
        )
    );
    Ok(())
}

fn not_written(path: &std::path::Path, err: &std::io::Error) -> CliError {
    let (file, error) = (path.display().to_string(), err.to_string());
    CliError::failure_in(move |w| w.cli_error_cannot_write_check(&file, &error))
}
