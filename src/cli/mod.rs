//! The headless commands: what people script. `fixdesk` with no arguments opens the window.
//!
//! Exit status: 0 done; 1 a problem was found (e.g. `check`); 2 bad input (a malformed
//! file, an unknown case, a wrong argument). Errors are one sentence on standard error.

pub mod columns;
mod documents;
mod due;
mod events;
mod mail;
mod personal;
mod printers;
mod report;
pub(crate) mod settings;
mod show;
mod staff;
mod step;
mod store;
mod warranty;

use crate::i18n::Words;
use crate::store::StoreError;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "fixdesk",
    version,
    about = "Front desk of a device repair service center. With no command, opens the window.",
    long_about = None,
)]
pub struct Cli {
    /// The data folder (database, backups, photos). Default: the platform's usual place.
    #[arg(long, global = true, env = "FIXDESK_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// The center's PostgreSQL server instead of the data folder's SQLite file: a
    /// `postgresql://user@host:port/db?sslmode=require` URI or `host=… dbname=…` pairs
    /// (unix-socket hosts too). The password is best left to the PGPASSWORD variable or
    /// ~/.pgpass. Printed files still go to the data folder.
    #[arg(
        long,
        global = true,
        env = "FIXDESK_DATABASE",
        value_name = "URL",
        hide_env_values = true
    )]
    pub database: Option<String>,

    /// This workstation's name, recorded on every event beside the person (default: the
    /// name saved in the data folder by the app's Settings, else the computer's name).
    #[arg(long, global = true, env = "FIXDESK_DESK", value_name = "NAME")]
    pub desk: Option<String>,

    /// Who you are, once the database has staff accounts: every command that reads or
    /// changes the center's data signs in, with the secret from FIXDESK_PASSWORD, else a
    /// prompt on the terminal, else standard input — never from the command line.
    #[arg(long, global = true, env = "FIXDESK_USER", value_name = "NAME")]
    pub user: Option<String>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Decide a warranty claim from facts in JSON: free, paid, needs proof or ineligible.
    Warranty(warranty::Args),
    /// Print a case's intake receipt (PDF: A4/Letter, or an 80/58 mm receipt roll).
    Receipt(documents::SizedArgs),
    /// Print a mail-in case's application confirmation (PDF).
    Confirmation(documents::SizedArgs),
    /// Print a case's return label (PDF: 4x6 in thermal label, or an A4/Letter sheet).
    Label(documents::LabelArgs),
    /// Print a paid repair's payment receipt (PDF): the payments, total paid, still due.
    PaymentReceipt(documents::SizedArgs),
    /// Print the device sticker (PDF at the sticker size set): case number as Code 128,
    /// the customer's surname, the date in.
    Sticker(documents::SizedArgs),
    /// List the printers this computer offers, and the one chosen for each document.
    Printers,
    /// Import online repair applications (CSV or JSON); all rows or none.
    Import(store::ImportArgs),
    /// Write a consistent backup of the database (works while the app is open).
    Backup(store::BackupArgs),
    /// Replace the database with a checked backup; the current one is kept aside.
    Restore(store::RestoreArgs),
    /// Check the database's integrity and its history's hash chain.
    Check,
    /// Remove customers' personal data from cases closed longer ago than the retention
    /// setting allows (3.7); the app does this once a day too.
    Retention,
    /// Fill the database with realistic demo cases.
    Demo(store::DemoArgs),
    /// Move this desk's cases to the center's PostgreSQL server: copies the data
    /// folder's database (history verified before and after), photos and documents into
    /// an empty database there.
    Migrate(store::MigrateArgs),
    /// Find cases by number, serial, phone, e-mail or customer name.
    Search(store::SearchArgs),
    /// Write the manager's monthly report (PDF): volumes, verdicts, turnaround, money.
    Report(report::Args),
    /// Show one case as JSON: facts, decision, state, deadlines, money, documents, history.
    Show(show::Args),
    /// Take one step on a case, as the screens do (its inputs as JSON, listed by
    /// `fixdesk step --help`).
    #[command(long_about = step::ACTIONS)]
    Step(step::Args),
    /// List what is due as of a day: applications to expire, answers and payments overdue.
    Due(due::Args),
    /// Print the history's events as JSON lines (after --since); --follow keeps printing
    /// new ones as any desk or process records them.
    Events(events::Args),
    /// Customer e-mail: the outbox (list, send), a test message, the mail settings and
    /// confirmed reminders.
    Mail(mail::Args),
    /// Staff accounts and roles: add, list, roles, disable, enable, reset, history.
    #[command(subcommand)]
    Staff(staff::Command),
    /// Everything the center holds on one customer, on their request (3.7).
    #[command(subcommand)]
    PersonalData(personal::Command),
    /// The outbox of customer e-mail: with no command, lists it (as `fixdesk mail
    /// list`); `send` sends what is due and exits (as `fixdesk mail send`).
    Outbox(mail::OutboxArgs),
    /// Read and change the center's settings from scripts: `get [KEY]`, `set KEY VALUE`
    /// (mail.server as smtp://host:port or smtps://host:port, mail.from, mail.secret
    /// from standard input).
    Settings(settings::Args),
}

/// A command's failure, worded for the person at the terminal.
pub struct CliError {
    pub status: u8,
    said: Said,
}

/// What a failed command says, rendered in the center's language when it is printed
/// (docs/rules.md §13): the store's errors and sentences of the command line's own.
enum Said {
    Store(Box<StoreError>),
    In(Box<dyn Fn(Words) -> String>),
    /// Words not of ours, said as they came (a file's parser, the system).
    Text(String),
}

impl CliError {
    /// Bad input: exit status 2, said in the center's language.
    pub fn input_in(message: impl Fn(Words) -> String + 'static) -> Self {
        Self {
            status: 2,
            said: Said::In(Box::new(message)),
        }
    }

    /// A problem found or an operation that failed: exit status 1, said in the
    /// center's language.
    pub fn failure_in(message: impl Fn(Words) -> String + 'static) -> Self {
        Self {
            status: 1,
            said: Said::In(Box::new(message)),
        }
    }

    /// Bad input: exit status 2, in words that are not ours to translate.
    pub fn input(message: impl Into<String>) -> Self {
        Self {
            status: 2,
            said: Said::Text(message.into()),
        }
    }

    /// A failure: exit status 1, in words that are not ours to translate.
    pub fn failure(message: impl Into<String>) -> Self {
        Self {
            status: 1,
            said: Said::Text(message.into()),
        }
    }

    /// A store error with the status it calls for.
    pub fn store(status: u8, err: StoreError) -> Self {
        Self {
            status,
            said: Said::Store(Box::new(err)),
        }
    }

    /// The sentence as the person reads it, in `w`.
    pub fn message(&self, w: Words) -> String {
        match &self.said {
            Said::Store(err) => err.say(w),
            Said::In(message) => message(w),
            Said::Text(text) => text.clone(),
        }
    }
}

impl std::fmt::Debug for CliError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let english = self.message(crate::domain::Language::English.words());
        write!(f, "CliError({}: {english})", self.status)
    }
}

pub type CliResult = Result<(), CliError>;

/// Runs one command and turns its outcome into an exit status.
pub fn run(cli: Cli) -> ExitCode {
    let Some(command) = cli.command else {
        return ExitCode::SUCCESS;
    };
    let place = store::Place {
        data_dir: cli.data_dir,
        database: cli.database.filter(|url| !url.trim().is_empty()),
        desk: cli.desk.filter(|name| !name.trim().is_empty()),
        user: cli.user.filter(|name| !name.trim().is_empty()),
    };
    let result = match command {
        Command::Warranty(args) => warranty::run(&args),
        Command::Report(args) => report::run(&place, &args),
        Command::Receipt(args) => documents::receipt(&place, &args),
        Command::Confirmation(args) => documents::confirmation(&place, &args),
        Command::Label(args) => documents::label(&place, &args),
        Command::PaymentReceipt(args) => documents::payment_receipt(&place, &args),
        Command::Sticker(args) => documents::sticker(&place, &args),
        Command::Printers => printers::run(&place),
        Command::Import(args) => store::import(&place, &args),
        Command::Backup(args) => store::backup(&place, &args),
        Command::Restore(args) => store::restore(&place, &args),
        Command::Check => store::check(&place),
        Command::Retention => store::retention(&place),
        Command::Demo(args) => store::demo(&place, &args),
        Command::Search(args) => store::search(&place, &args),
        Command::Migrate(args) => store::migrate(&place, &args),
        Command::Show(args) => show::run(&place, &args),
        Command::Step(args) => step::run(&place, &args),
        Command::Due(args) => due::run(&place, &args),
        Command::Events(args) => events::run(&place, &args),
        Command::Mail(args) => mail::run(&place, &args),
        Command::Staff(command) => staff::run(&place, &command),
        Command::PersonalData(command) => personal::run(&place, &command),
        Command::Outbox(args) => mail::outbox(&place, &args),
        Command::Settings(args) => settings::run(&place, &args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("fixdesk: {}", err.message(place.words()));
            ExitCode::from(err.status)
        }
    }
}
