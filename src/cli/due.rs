//! `fixdesk due [--on DATE]`: what the desk must act on as of a business day — open
//! applications, those closing today, and the deadlines passed (4.2, 2.3, 2.6) with the
//! `fixdesk step` action each calls for.

use std::io::{self, Write};

use chrono::Local;
use serde_json::json;

use crate::domain::dates::parse_date_checked;

use super::store::{Place, store_error};
use super::{CliError, CliResult};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The business day to look from (default: today).
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

pub fn run(place: &Place, args: &Args) -> CliResult {
    let today = match &args.on {
        Some(text) => parse_date_checked(text).map_err(|err| {
            CliError::input_in(move |w| w.cli_error_about("--on", w.date_error(&err)))
        })?,
        None => Local::now().date_naive(),
    };
    let store = place.open_reader()?;
    let answer_days = store.answer_days().map_err(store_error)?;
    let due = store.due(today, answer_days).map_err(store_error)?;
    let text = serde_json::to_string_pretty(&json!({
        "on": today,
        "answer_days": answer_days,
        "due": due,
        // The step each overdue list calls for, as `fixdesk step CASE ACTION`.
        "actions": {
            "applications_past_due": "expire",
            "payments_past_due": "return_overdue",
            "answers_past_due": "return_unanswered",
        },
    }))
    .map_err(|err| {
        let error = err.to_string();
        CliError::failure_in(move |w| w.cli_error_due_unwritten(&error))
    })?;
    let mut out = io::stdout().lock();
    match writeln!(out, "{text}") {
        Err(err) if err.kind() != io::ErrorKind::BrokenPipe => Err(super::show::stdout_error(&err)),
        _ => Ok(()),
    }
}
