//! The store's commands: `import`, `backup`, `restore`, `check`, `demo`, `search`,
//! `migrate`.
//! The edge reads the clock and passes the time to the store.

use std::io::{self, Write};
use std::path::PathBuf;

use chrono::{Local, Utc};

use crate::domain::State;
use crate::domain::staff::Action;
use crate::i18n::Words;
use crate::store::location;
use crate::store::{
    self, DemoReport, ImportError, Store, StoreError, default_data_dir, read_import_file,
};

use super::columns::padded;
use super::{CliError, CliResult};

#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// Online applications: CSV with a header row, or a JSON array of objects.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Who is importing, for the history (default: the login name).
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct BackupArgs {
    /// Where to write the backup.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct RestoreArgs {
    /// A backup made by `fixdesk backup` (or a daily automatic one).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct DemoArgs {
    /// How many cases to make.
    #[arg(long, value_name = "N")]
    pub cases: usize,
    /// The random seed: the same seed and day give the same data.
    #[arg(long, value_name = "S", default_value_t = 1)]
    pub seed: u64,
    /// Add demo cases even though the database holds real ones.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, clap::Args)]
pub struct MigrateArgs {
    /// The center's PostgreSQL database to move into (it must hold no cases): a
    /// `postgresql://user@host:port/db` URI or `host=… dbname=…` pairs. Use the
    /// database owner's login; the password is best left to PGPASSWORD or ~/.pgpass.
    #[arg(
        long,
        value_name = "URL",
        env = "FIXDESK_MIGRATE_TO",
        hide_env_values = true
    )]
    pub to: String,
}

#[derive(Debug, clap::Args)]
pub struct SearchArgs {
    /// A case number, serial, phone, e-mail or (the start of) a customer's name.
    #[arg(value_name = "TEXT")]
    pub text: String,
    /// At most this many cases.
    #[arg(long, value_name = "N", default_value_t = 50)]
    pub limit: usize,
}

/// Where the center's cases are: the data folder's SQLite file, or the server named by
/// `--database` / `FIXDESK_DATABASE`, or the server the app saved in the data folder
/// (see `store::location`). The data folder also takes what a command writes
/// beside the database (printed documents).
#[derive(Debug, Clone, Default)]
pub struct Place {
    pub data_dir: Option<PathBuf>,
    pub database: Option<String>,
    /// `--desk`: this workstation's name, else the saved one, else the computer's.
    pub desk: Option<String>,
    /// `--user`: who signs in, once the database has staff (see `cli/staff.rs`).
    pub user: Option<String>,
}

impl Place {
    /// The data folder (created by the store when it opens there).
    pub(super) fn folder(&self) -> Result<PathBuf, CliError> {
        default_data_dir(self.data_dir.clone()).map_err(|err| CliError::store(1, err))
    }

    /// The store, to write: the server, or the data folder's file (taking its lock).
    pub(super) fn open(&self) -> Result<Store, CliError> {
        let dir = self.folder()?;
        let mut store = Store::open_desk(&dir, self.database.as_deref()).map_err(store_error)?;
        // What a backup interrupted by closing the app left behind (docs/rules.md §9).
        crate::store::jobs::clean_partial_backups(&dir);
        store.set_desk(&location::desk_name(&dir, self.desk.as_deref()));
        super::staff::sign_in(&mut store, self.user.as_deref())?;
        Ok(store)
    }

    /// The store, to look: on the data folder read-only and without the lock, so it works
    /// while the app has the folder open; on a server, a plain connection.
    /// Once the database has staff, someone must sign in (any role will do to look).
    pub(super) fn open_reader(&self) -> Result<Store, CliError> {
        let mut store = self.open_unsigned()?;
        let dir = self.folder()?;
        store.set_desk(&location::desk_name(&dir, self.desk.as_deref()));
        super::staff::sign_in(&mut store, self.user.as_deref())?;
        Ok(store)
    }

    /// [`Place::open_reader`] without signing in: for what is no one's business but
    /// this computer's (`fixdesk printers`).
    pub(super) fn open_unsigned(&self) -> Result<Store, CliError> {
        let dir = self.folder()?;
        match Store::server_of(&dir, self.database.as_deref()).map_err(store_error)? {
            Some(conninfo) => Store::connect(&conninfo).map_err(store_error),
            None => Store::open_reader(&dir).map_err(store_error),
        }
    }

    /// The center's words (`Settings.language`) where a command has no store open: from
    /// a look at the database, English when there is none yet or it cannot be read.
    pub(super) fn words(&self) -> Words {
        self.open_unsigned()
            .map(|store| words_of(&store))
            .unwrap_or_else(|_| crate::domain::Language::default().words())
    }

    /// Refuses, changing nothing, unless the one signed in may take `action` (a
    /// database without staff, or a folder without a database yet: anyone may).
    pub(super) fn check(&self, action: Action<'_>) -> CliResult {
        let dir = self.folder()?;
        let local = Store::server_of(&dir, self.database.as_deref())
            .map_err(store_error)?
            .is_none();
        if local && !dir.join(store::DB_FILE).is_file() {
            return Ok(());
        }
        let store = self.open_reader()?;
        store.may(action).map_err(store_error)?;
        Ok(())
    }
}

/// Commands that work on the data folder's file only (for now): refused, saying so,
/// when `--database` names a server.
fn on_the_data_folder(place: &Place, command: &str) -> CliResult {
    let dir = place.folder()?;
    match Store::server_of(&dir, place.database.as_deref()).map_err(store_error)? {
        Some(_) => {
            let command = command.to_string();
            Err(CliError::input_in(move |w| {
                w.cli_error_data_folder_only(&command)
            }))
        }
        None => Ok(()),
    }
}

/// The words of the center's language (`Settings.language`), English when the settings
/// cannot be read: a command's human lines, never its JSON.
pub(super) fn words_of(store: &Store) -> Words {
    store
        .settings()
        .map(|settings| settings.language)
        .unwrap_or_default()
        .words()
}

/// Store errors at the edge: what the person typed is exit 2, the rest exit 1.
pub(super) fn store_error(err: StoreError) -> CliError {
    match err {
        StoreError::Invalid { .. }
        | StoreError::NotFound(_)
        | StoreError::Transition { .. }
        | StoreError::Refused { .. }
        | StoreError::DuplicateApplication { .. }
        | StoreError::RealCases(_)
        | StoreError::BadDatabaseAddress(_) => CliError::store(2, err),
        _ => CliError::store(1, err),
    }
}

pub(super) fn login_name() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|key| std::env::var(key).ok().filter(|v| !v.trim().is_empty()))
        .unwrap_or_else(|| "fixdesk".to_string())
}

/// `fixdesk retention`: docs/rules.md §8 — personal data leaves cases closed longer ago than
/// the retention setting (months) allows; prints how many cases were done.
pub fn retention(place: &Place) -> CliResult {
    let mut store = place.open()?;
    let settings = store.settings().map_err(store_error)?;
    let (months, w) = (settings.retention_months, settings.language.words());
    let today = Local::now().date_naive();
    let report = store
        .remove_expired_personal_data(today, months, &login_name(), Utc::now())
        .map_err(store_error)?;
    match report.closed_before {
        None => println!("{}", w.cli_retention_none()),
        Some(day) => println!(
            "{}",
            w.cli_retention_done(months, report.cases, day.to_string())
        ),
    }
    Ok(())
}

/// `fixdesk import FILE`: all rows or none; every bad row on stderr, exit 2.
pub fn import(place: &Place, args: &ImportArgs) -> CliResult {
    let rows = match read_import_file(&args.file) {
        Ok(rows) => rows,
        Err(err) => return Err(import_error(err, place.words())),
    };
    let mut store = place.open()?;
    let w = words_of(&store);
    let (_, policy) = store.policy().map_err(store_error)?;
    let actor = args.by.clone().unwrap_or_else(login_name);
    let total = rows.len();
    let mut progress = |done: usize| {
        if total >= 1000 {
            eprint!("\r{}", w.cli_importing(done, total));
            if done == total {
                eprintln!();
            }
        }
    };
    let report = store
        .import(&rows, &policy, &actor, Utc::now(), &mut progress)
        .map_err(|err| import_error(err, w))?;
    println!(
        "{}",
        w.cli_imported(report.created.len(), report.already_on_file)
    );
    Ok(())
}

fn import_error(err: ImportError, w: Words) -> CliError {
    match err {
        ImportError::Rows(problems) => {
            let mut stderr = io::stderr().lock();
            for problem in &problems {
                let _ = writeln!(
                    stderr,
                    "{}",
                    w.row_problem(problem.line, &problem.field, &problem.problem)
                );
            }
            // A row with several problems is one bad row.
            let rows: std::collections::BTreeSet<usize> =
                problems.iter().map(|problem| problem.line).collect();
            CliError::input(w.cli_bad_rows(rows.len()))
        }
        ImportError::Unreadable { path, problem } => {
            CliError::input_in(move |w| w.import_unreadable(&path, &problem))
        }
        ImportError::Store(err) => store_error(err),
    }
}

/// `fixdesk backup --out FILE`: works while the app is open. On the center's server it
/// writes the same single-file SQLite backup (from one consistent snapshot, while the
/// desks keep working), with the photos' and documents' files in `FILE.files/`.
pub fn backup(place: &Place, args: &BackupArgs) -> CliResult {
    place.check(Action::Backup)?;
    let dir = place.folder()?;
    let report = match Store::server_of(&dir, place.database.as_deref()).map_err(store_error)? {
        Some(conninfo) => Store::connect(&conninfo)
            .and_then(|server| server.backup_to(&args.out))
            .map_err(store_error)?,
        None => store::backup_data_dir(&dir, &args.out).map_err(store_error)?,
    };
    let w = place.words();
    println!(
        "{}",
        w.cli_backup_written(report.path.display().to_string(), report.bytes)
    );
    if let Some(files) = &report.files {
        println!("{}", w.cli_backup_files(files.display().to_string()));
    }
    Ok(())
}

/// `fixdesk restore FILE`: checks the file, keeps the current database aside.
pub fn restore(place: &Place, args: &RestoreArgs) -> CliResult {
    on_the_data_folder(place, "restore")?;
    place.check(Action::Restore)?;
    let dir = place.folder()?;
    let aside = store::restore(&dir, &args.file, Utc::now()).map_err(|err| match err {
        StoreError::NotFixdesk(_)
        | StoreError::Damaged { .. }
        | StoreError::TooNew { .. }
        | StoreError::Backup(_) => CliError::input_in(move |w| w.cli_error_unchanged(err.say(w))),
        other => store_error(other),
    })?;
    // In the restored database's language: the one the center now has.
    let w = place.words();
    let file = args.file.display().to_string();
    match aside {
        Some(report) => println!(
            "{}",
            w.cli_restored_aside(file, report.path.display().to_string())
        ),
        None => println!("{}", w.cli_restored(file)),
    }
    Ok(())
}

/// `fixdesk check`: `integrity_check` and the event chain; exit 1 on any problem.
pub fn check(place: &Place) -> CliResult {
    let store = place.open_reader()?;
    let integrity = store.integrity_check().map_err(store_error)?;
    let chain = store.verify().map_err(store_error)?;
    let w = words_of(&store);
    let mut out = io::stdout().lock();
    let mut say = |line: String| {
        let _ = writeln!(out, "{line}");
    };
    if integrity.is_empty() {
        say(match store.data_dir() {
            Some(_) => w.cli_integrity_ok(),
            None => w.cli_integrity_server(),
        });
    } else {
        say(w.cli_integrity_problems(integrity.len()));
        for line in &integrity {
            say(format!("  {line}"));
        }
    }
    if chain.is_ok() {
        say(w.cli_history_ok(chain.events));
    } else {
        say(w.cli_history_problems(chain.problems.len(), chain.events));
        for problem in &chain.problems {
            let case = problem
                .case
                .as_ref()
                .map(|n| format!(" ({n})"))
                .unwrap_or_default();
            say(format!(
                "  {}",
                w.cli_history_event(problem.event_id, case, problem.problem.to_string())
            ));
        }
    }
    if integrity.is_empty() && chain.is_ok() {
        Ok(())
    } else {
        Err(CliError::failure_in(|w| w.cli_check_failed()))
    }
}

/// `fixdesk demo --cases N [--seed S] [--force]`.
pub fn demo(place: &Place, args: &DemoArgs) -> CliResult {
    let mut store = place.open()?;
    let w = words_of(&store);
    let today = Local::now().date_naive();
    let total = args.cases;
    let mut progress = |done: usize| {
        eprint!("\r{}", w.cli_demo_progress(done, total));
        if done == total {
            eprintln!();
        }
    };
    let report: DemoReport = store
        .demo(args.cases, args.seed, today, args.force, &mut progress)
        .map_err(store_error)?;
    println!("{}", w.cli_demo_done(report.cases, report.events));
    for (state, count) in &report.by_state {
        println!("  {} {count}", padded(state.as_str(), 18));
    }
    Ok(())
}

/// `migrate` says how far it is every this many rows (smaller tables copy quickly and
/// say nothing).
const PROGRESS_EVERY: u64 = 1000;

/// The missing files `migrate` names one by one; the rest are counted.
const MISSING_NAMED: usize = 10;

/// `fixdesk migrate --to URL`: the data folder's cases, history, settings, policies,
/// photos and documents copied into an empty database on the center's server, in one
/// transaction (a copy that stops half-way leaves the server empty). The folder is
/// opened with its lock, so the app cannot write meanwhile, and is left as it was.
pub fn migrate(place: &Place, args: &MigrateArgs) -> CliResult {
    if place.database.is_some() {
        return Err(CliError::input_in(|w| w.cli_error_migrate_database()));
    }
    let dir = place.folder()?;
    if !dir.join(store::DB_FILE).is_file() {
        let folder = dir.display().to_string();
        return Err(CliError::input_in(move |w| {
            w.cli_error_no_database(&folder)
        }));
    }
    // The whole center's data leaves the folder: a manager's, as a backup is.
    place.check(Action::Backup)?;
    let source = Store::open(&dir).map_err(store_error)?;
    let w = words_of(&source);
    let mut target = Store::connect(&args.to).map_err(store_error)?;
    // One line per thousand rows of each kind, and at each kind's end.
    let mut shown: (&str, u64) = ("", 0);
    let mut progress = |step: store::MigrateProgress| {
        let next = step.what != shown.0 || step.done / PROGRESS_EVERY > shown.1 / PROGRESS_EVERY;
        if step.total >= PROGRESS_EVERY && (next || step.done == step.total) {
            eprintln!(
                "{}",
                w.cli_migrate_progress(step.done, step.total, step.what)
            );
            shown = (step.what, step.done);
        }
    };
    let report = store::migrate(&source, &mut target, &mut progress).map_err(|err| match err {
        store::MigrateError::Store(err) => store_error(err),
        store::MigrateError::NotEmpty { .. } | store::MigrateError::DamagedSource { .. } => {
            CliError::input_in(move |w| err.say(w))
        }
        store::MigrateError::Mismatch { .. } => CliError::failure_in(move |w| err.say(w)),
    })?;
    for file in report.missing_files.iter().take(MISSING_NAMED) {
        eprintln!("fixdesk: {}", w.cli_migrate_missing(file.to_string()));
    }
    if report.missing_files.len() > MISSING_NAMED {
        eprintln!(
            "fixdesk: {}",
            w.cli_migrate_missing_more(report.missing_files.len() - MISSING_NAMED)
        );
    }
    println!(
        "{}",
        w.cli_migrate_done(
            report.cases,
            report.events,
            report.payments,
            report.documents,
            report.document_files,
            report.photos,
            report.photo_files,
            dir.display().to_string(),
            report.place.to_string(),
        )
    );
    println!("{}", w.cli_migrate_next());
    Ok(())
}

/// `fixdesk search TEXT`: one line per case, most recent activity first.
pub fn search(place: &Place, args: &SearchArgs) -> CliResult {
    let store = place.open_reader()?;
    let found = store.search(&args.text, args.limit).map_err(store_error)?;
    let w = words_of(&store);
    let mut out = io::stdout().lock();
    for case in &found {
        let deadline = case
            .next_deadline
            .map(|(what, day)| format!("  {}: {day}", w.deadline(what)))
            .unwrap_or_default();
        let line = format!(
            "{}  {}  {}  {}  {}  {}{deadline}",
            case.number,
            padded(state_word(case.state), 17),
            case.opened_on,
            case.customer_name,
            case.model,
            case.serial,
        );
        if writeln!(out, "{line}").is_err() {
            break;
        }
    }
    if found.is_empty() {
        eprintln!("{}", w.cli_search_none(args.text.trim()));
    }
    Ok(())
}

fn state_word(state: State) -> &'static str {
    state.as_str()
}
