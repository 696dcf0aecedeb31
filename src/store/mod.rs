//! The case store: cases and their history, behind one API for the GUI and the command
//! line, on one of two engines.
//!
//! - **SQLite** (`sqlite/`): one file in the data folder, no server — a one-desk shop's
//!   zero-setup default.
//! - **PostgreSQL** (`postgres/`): the center's server, for several desks.
//!
//! The store speaks in domain types; no SQL leaves the engines' modules. What every
//! engine shares is written once here: the writing flow (`flow.rs`, over each engine's
//! transaction), search keys (`keys.rs`), the event hash (`codec.rs`), import parsing,
//! the due-list bounds, settings, the policy versions and the steps by name. A [`Store`]
//! is `Send`, so the GUI runs it on a worker thread. Time is always an argument: nothing
//! here reads the clock.

mod chain;
mod codec;
mod columns;
pub mod feed;
mod flow;
mod import;
pub mod keys;
pub mod location;
mod migrate;
mod plan;
pub mod postgres;
pub mod private;
mod queries;
mod retention;
mod settings;
pub mod sqlite;
mod steps;

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::case::{Deadline, DocumentKind, PrintedDocument};
use crate::domain::lifecycle::DEFAULT_ANSWER_DAYS;
use crate::domain::staff::Action;
use crate::domain::step::StepContext;
use crate::domain::{Arrival, Case, CaseNumber, CaseOutline, Policy, ReturnReason, State, Step};

pub use crate::domain::ParcelArrival;
pub use import::{
    ImportError, ImportReport, ImportRow, RowProblem, parse_import, read_import_file,
};
pub use migrate::{MigrateError, MigrateProgress, MigrateReport, migrate};
/// The schema version this fixdesk writes on a server.
pub use postgres::VERSION as SERVER_SCHEMA_VERSION;
pub use queries::{DueItems, DueList};
pub use retention::{REMOVED, RetentionReport};
pub use settings::SETTINGS_KEY;
use sqlite::SqliteStore;
pub use sqlite::{BackupReport, DemoReport, Folded, backup_data_dir, restore};

/// What marks a database as fixdesk's on every engine (SQLite's `application_id`, the
/// server's `fixdesk_schema` row): "FXDK" in ASCII.
pub const APPLICATION_ID: i32 = 0x4658_444B;

/// The database file inside the data folder.
pub const DB_FILE: &str = "fixdesk.db";
/// The lock file a running fixdesk holds.
pub const LOCK_FILE: &str = "fixdesk.lock";
/// Where backups go, inside the data folder.
pub const BACKUP_DIR: &str = "backups";

/// Setting: days the customer has to answer a request for proof or a quote (2.3).
pub const SETTING_ANSWER_DAYS: &str = "answer_days";
/// Setting: how many daily automatic backups to keep.
pub const SETTING_BACKUPS_KEPT: &str = "backups_kept";
/// Daily backups kept when the setting is absent.
pub const DEFAULT_BACKUPS_KEPT: usize = 14;

/// What went wrong in the store, each in one sentence that says what to do.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "no data folder could be found for this user: pass --data-dir DIR or set FIXDESK_DATA_DIR"
    )]
    NoDataDir,
    #[error(
        "cannot use {path}: {source}; check that the folder exists and that you may write to it"
    )]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "the data folder {0} is in use by another copy of fixdesk: close it (or wait for it to finish) and try again"
    )]
    Locked(PathBuf),
    #[error(
        "{0} is not a fixdesk database: choose the data folder fixdesk created, or move that file away"
    )]
    NotFixdesk(PathBuf),
    #[error(
        "{path} was written by a newer fixdesk (database version {found}, this one knows up to {known}): install the newer fixdesk to open it"
    )]
    TooNew {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    #[error("{path} is damaged ({detail}): restore a backup with `fixdesk restore FILE`")]
    Damaged { path: PathBuf, detail: String },
    #[error("the database could not be upgraded ({0}): restore a backup or report this problem")]
    Migration(String),
    #[error(
        "the database failed ({0}): run `fixdesk check`, and restore a backup if it reports damage"
    )]
    Database(String),
    #[error("{field}: {problem}")]
    Invalid { field: String, problem: String },
    #[error("there is no case {0}: check the number")]
    NotFound(CaseNumber),
    #[error(
        "case {number} cannot move from '{from}' to '{to}': the agreement does not allow that step"
    )]
    Transition {
        number: CaseNumber,
        from: State,
        to: State,
    },
    #[error("case {number}: {reason}")]
    Refused { number: CaseNumber, reason: String },
    /// A step prepared on a case that another desk changed meanwhile: nothing is written.
    #[error(
        "case {number} was changed at another desk by {by} at {} ({what}): it is shown again as it is now; check it and do the step again if it still applies",
        at.format("%H:%M on %d.%m.%Y")
    )]
    ChangedElsewhere {
        number: CaseNumber,
        by: String,
        at: DateTime<Utc>,
        /// The newest change: its note (and clause).
        what: String,
    },
    #[error("online application {application_id} is already case {number}: open that case instead")]
    DuplicateApplication {
        application_id: String,
        number: CaseNumber,
    },
    #[error(
        "stored data of {what} cannot be read ({detail}): run `fixdesk check` and restore a backup"
    )]
    Corrupt { what: String, detail: String },
    #[error(
        "this database holds {0} real cases: demo data goes only into a database without them (use --force to add it anyway)"
    )]
    RealCases(u64),
    #[error("{0}")]
    Backup(String),
    /// A server's address that cannot be read: the person's input (exit status 2).
    #[error("{0}")]
    BadDatabaseAddress(String),
    /// The center's server said no, or cannot be reached: one sentence saying what to
    /// do, never with the password.
    #[error("{0}")]
    Server(String),
    /// The database has staff accounts and nobody is signed in: nothing is written.
    #[error(
        "sign in first: this center's database has staff accounts (on the command line: --user NAME, with the secret from FIXDESK_PASSWORD or the prompt)"
    )]
    SignInRequired,
    /// The signed-in person's roles do not allow the action: nothing is written.
    #[error("{person} may not {action}: that needs {needs}; ask a manager")]
    NotAllowed {
        person: String,
        action: String,
        needs: String,
    },
    #[error(
        "that name or secret is wrong: try again{}",
        match left { 0 => String::new(), n => format!(" ({n} more before the name has to wait)") }
    )]
    SignInWrong { left: u32 },
    #[error(
        "too many wrong secrets for this name: try again in {}, or ask a manager to reset the secret",
        match seconds { s if *s < 120 => format!("{s} seconds"), s => format!("{} minutes", (s + 59) / 60) }
    )]
    SignInWaits {
        until: DateTime<Utc>,
        /// How long from the refused attempt.
        seconds: i64,
    },
    #[error("{0}'s account is disabled: ask a manager")]
    SignInDisabled(String),
}

impl StoreError {
    pub(crate) fn invalid(field: &str, problem: impl Into<String>) -> Self {
        Self::Invalid {
            field: field.to_string(),
            problem: problem.into(),
        }
    }

    /// What another desk did to `case` last (its newest event: who, at which desk, when,
    /// what), as the error a step prepared on the case before it gets; `None` for a case
    /// without history.
    pub fn changed_elsewhere(case: &Case) -> Option<Self> {
        let newest = case.events.last()?;
        Some(Self::ChangedElsewhere {
            number: case.number.clone(),
            by: match newest.desk.as_str() {
                "" => newest.actor.clone(),
                desk => format!("{} (desk {desk})", newest.actor),
            },
            at: newest.at,
            what: format!("{} ({})", newest.note.trim_end_matches('.'), newest.clause),
        })
    }

    pub(crate) fn corrupt(what: impl Into<String>, detail: impl ToString) -> Self {
        Self::Corrupt {
            what: what.into(),
            detail: detail.to_string(),
        }
    }

    fn io(path: &Path, source: std::io::Error) -> Self {
        Self::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

/// SQLite's errors become the engine-neutral [`StoreError::Database`]: callers of the
/// store never see which engine failed, only what to do.
impl From<rusqlite::Error> for StoreError {
    fn from(err: rusqlite::Error) -> Self {
        Self::Database(err.to_string())
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// The data folder: the `--data-dir` flag, else the `FIXDESK_DATA_DIR` environment
/// variable, else the platform's usual place (`~/.local/share/fixdesk` on Linux,
/// `%APPDATA%\fixdesk\data` on Windows, `~/Library/Application Support/…` on macOS).
pub fn default_data_dir(flag: Option<PathBuf>) -> Result<PathBuf> {
    if let Some(dir) = flag.filter(|d| !d.as_os_str().is_empty()) {
        return Ok(dir);
    }
    if let Some(dir) = std::env::var_os("FIXDESK_DATA_DIR").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "fixdesk")
        .map(|dirs| dirs.data_dir().to_path_buf())
        .ok_or(StoreError::NoDataDir)
}

/// One line of a list: what the screens show without loading the whole case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseSummary {
    pub number: CaseNumber,
    pub customer_name: String,
    pub model: String,
    pub serial: String,
    pub state: State,
    pub arrival: Arrival,
    /// The claim date, or the day the case was opened.
    pub opened_on: NaiveDate,
    pub last_activity: DateTime<Utc>,
    /// What the desk must watch next and by when (docs/rules.md §4 deadlines).
    pub next_deadline: Option<(Deadline, NaiveDate)>,
}

/// One broken link found by [`Store::verify`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainProblem {
    pub event_id: i64,
    pub case: Option<CaseNumber>,
    pub problem: String,
}

/// What [`Store::verify`] found: how many events it walked and what was wrong.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ChainReport {
    pub events: u64,
    pub problems: Vec<ChainProblem>,
}

impl ChainReport {
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty()
    }
}

/// The answer days (2.3) from their stored setting: a missing or unreadable one falls
/// back to the default rather than stopping the desk.
pub(crate) fn answer_days_of(json: Option<String>) -> u32 {
    json.and_then(|json| serde_json::from_str::<u32>(&json).ok())
        .filter(|days| (1..=365).contains(days))
        .unwrap_or(DEFAULT_ANSWER_DAYS)
}

/// The case store: one connection to the center's cases on one engine.
pub struct Store {
    engine: Engine,
    /// The last policy matched to its version (decisions cite the version).
    policy_cache: Option<(i64, Policy)>,
    /// Who acts on this store, once signed in (see `staff.rs`).
    person: Option<crate::domain::staff::Person>,
}

enum Engine {
    Sqlite(SqliteStore),
    Postgres(Box<postgres::PgStore>),
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.engine {
            Engine::Sqlite(store) => store.fmt(f),
            Engine::Postgres(store) => store.fmt(f),
        }
    }
}

/// Runs `$body` with `$s` bound to the engine's store (shared borrow).
macro_rules! engine {
    ($self:expr, $s:ident => $body:expr) => {
        match &$self.engine {
            Engine::Sqlite($s) => $body,
            Engine::Postgres($s) => {
                $s.revive()?;
                let out = $body;
                if out.lost_server() {
                    $s.suspect();
                }
                out
            }
        }
    };
}

/// Did a call fail on the server's side (so the next one should start a new session)?
trait LostServer {
    fn lost_server(&self) -> bool;
}

impl<T> LostServer for Result<T> {
    fn lost_server(&self) -> bool {
        matches!(self, Err(StoreError::Server(_)))
    }
}

impl<T> LostServer for Result<T, ImportError> {
    fn lost_server(&self) -> bool {
        matches!(self, Err(ImportError::Store(StoreError::Server(_))))
    }
}

/// Runs `$body` with `$s` bound to the engine's store (exclusive borrow).
macro_rules! engine_mut {
    ($self:expr, $s:ident => $body:expr) => {
        match &mut $self.engine {
            Engine::Sqlite($s) => $body,
            Engine::Postgres($s) => {
                $s.revive()?;
                let out = $body;
                if out.lost_server() {
                    $s.suspect();
                }
                out
            }
        }
    };
}

// After the engine macros, which they use.
pub mod jobs;
pub mod outbox;
pub mod personal;
pub mod staff;

impl Store {
    fn with(engine: Engine) -> Store {
        Store {
            engine,
            policy_cache: None,
            person: None,
        }
    }

    /// Opens (or creates) the SQLite database in `data_dir`: creates the folder, takes
    /// the lock file, migrates, and runs a quick check. Refuses a database from a newer
    /// fixdesk, a file that is not a fixdesk database, and a folder in use.
    pub fn open(data_dir: &Path) -> Result<Store> {
        SqliteStore::open(data_dir).map(|s| Store::with(Engine::Sqlite(s)))
    }

    /// Connects to the center's PostgreSQL server (a `postgresql://` URI or `key=value`
    /// pairs, unix-socket hosts included) and brings its database up to date: see
    /// `postgres/`. Refuses a database of another program or of a newer fixdesk; every
    /// error is one sentence without the password.
    pub fn connect(url: &str) -> Result<Store> {
        postgres::PgStore::connect(url).map(|s| Store::with(Engine::Postgres(Box::new(s))))
    }

    /// The store a desk works on: the server `database` names when given (the command
    /// line's `--database`), else the server saved in the data folder (the welcome
    /// panel's "Connect to the center's server"), else the folder's own SQLite file.
    pub fn open_desk(data_dir: &Path, database: Option<&str>) -> Result<Store> {
        match Store::server_of(data_dir, database)? {
            Some(conninfo) => Store::connect(&conninfo),
            None => Store::open(data_dir),
        }
    }

    /// The connection string of the server this desk uses, if it uses one (see
    /// [`Store::open_desk`]).
    pub fn server_of(data_dir: &Path, database: Option<&str>) -> Result<Option<String>> {
        if let Some(url) = database.map(str::trim).filter(|url| !url.is_empty()) {
            return Ok(Some(url.to_string()));
        }
        Ok(location::saved_server(data_dir)?
            .map(|(server, password)| server.conninfo(password.as_deref())))
    }

    /// Where the cases are, as people read it: the SQLite file's path, or the server's
    /// `user@host:port/database` (never a password).
    pub fn place(&self) -> String {
        match &self.engine {
            Engine::Sqlite(s) => s.place(),
            Engine::Postgres(s) => s.place(),
        }
    }

    /// Makes sure the connection to the server works, opening a new session if the
    /// server closed the old one (after it came back); nothing to do on a file.
    pub fn reconnect(&self) -> Result<()> {
        match &self.engine {
            Engine::Sqlite(_) => Ok(()),
            Engine::Postgres(s) => s.reconnect(),
        }
    }

    /// Names the workstation this store writes for: stamped on every event from now on
    /// (docs/rules.md §9). Blank names are kept blank.
    pub fn set_desk(&mut self, name: &str) {
        let name = name.trim().to_string();
        match &mut self.engine {
            Engine::Sqlite(s) => s.desk = name,
            Engine::Postgres(s) => s.desk = name,
        }
    }

    /// The workstation's name this store stamps on events.
    pub fn desk(&self) -> &str {
        match &self.engine {
            Engine::Sqlite(s) => &s.desk,
            Engine::Postgres(s) => &s.desk,
        }
    }

    /// Where a change feed on this store's database listens (see [`feed`]).
    pub fn feed_source(&self) -> feed::FeedSource {
        match &self.engine {
            Engine::Sqlite(s) => feed::FeedSource::file(s.data_dir().to_path_buf(), s.place()),
            Engine::Postgres(s) => s.feed_source(),
        }
    }

    /// Up to `limit` events after the id `after`, oldest first, each with its case's
    /// number, desk and person: `fixdesk events`, and what a feed reads.
    pub fn events_after(&self, after: i64, limit: usize) -> Result<Vec<feed::Change>> {
        engine!(self, s => s.events_after(after, limit))
    }

    /// The newest event's id (0 before the first).
    pub fn last_event_id(&self) -> Result<i64> {
        engine!(self, s => s.last_event_id())
    }

    /// Opens the SQLite database read-only, without the lock and without migrating: for
    /// looking (search, check) while the app has the folder open.
    pub fn open_reader(data_dir: &Path) -> Result<Store> {
        SqliteStore::open_reader(data_dir).map(|s| Store::with(Engine::Sqlite(s)))
    }

    /// Another connection to the same database: for a second worker thread (reads while
    /// the first writes, a backup while the desk works).
    pub fn another_connection(&self) -> Result<Store> {
        let mut other = match &self.engine {
            Engine::Sqlite(s) => s
                .another_connection()
                .map(|s| Store::with(Engine::Sqlite(s))),
            Engine::Postgres(s) => s
                .another_connection()
                .map(|s| Store::with(Engine::Postgres(Box::new(s)))),
        }?;
        // The same person acts on it.
        other.person.clone_from(&self.person);
        Ok(other)
    }

    /// The SQLite data folder (`None` on a server).
    pub fn data_dir(&self) -> Option<&Path> {
        match &self.engine {
            Engine::Sqlite(s) => Some(s.data_dir()),
            Engine::Postgres(_) => None,
        }
    }

    /// The SQLite database file (`None` on a server).
    pub fn db_path(&self) -> Option<PathBuf> {
        match &self.engine {
            Engine::Sqlite(s) => Some(s.db_path()),
            Engine::Postgres(_) => None,
        }
    }

    /// Moves what the saves since the last fold left aside into the sorted indexes
    /// (SQLite; see `sqlite/fold.rs`). A server writes its indexes as it goes: nothing
    /// to fold.
    pub fn fold_recent(&mut self) -> Result<Folded> {
        match &mut self.engine {
            Engine::Sqlite(s) => s.fold_recent(),
            Engine::Postgres(_) => Ok(Folded::default()),
        }
    }

    /// The engine's own check of its storage: SQLite's `integrity_check` (every page,
    /// every index). Returns the problems found (empty when healthy). A server checks
    /// its own pages (checksums, WAL); the history's chain is checked by [`Store::verify`]
    /// on both.
    pub fn integrity_check(&self) -> Result<Vec<String>> {
        match &self.engine {
            Engine::Sqlite(s) => s.integrity_check(),
            Engine::Postgres(_) => Ok(Vec::new()),
        }
    }

    /// Search keys saved but not yet folded (SQLite's fold; 0 on a server).
    pub fn recent_search_keys(&self) -> Result<usize> {
        match &self.engine {
            Engine::Sqlite(s) => s.recent_search_keys(),
            Engine::Postgres(_) => Ok(0),
        }
    }

    /// A backup of the whole database into `out` (one file, checked before it counts).
    /// On a server it is the same single-file SQLite format (a new file made from one
    /// consistent snapshot), with the photos' and documents' files in `<out>.files/`.
    /// A manager's action once the database has staff (the daily backup is the center's
    /// own: see `jobs.rs`).
    pub fn backup_to(&self, out: &Path) -> Result<BackupReport> {
        self.may(Action::Backup)?;
        self.backup_unchecked(out)
    }

    pub(crate) fn backup_unchecked(&self, out: &Path) -> Result<BackupReport> {
        match &self.engine {
            Engine::Sqlite(s) => s.backup_to(out),
            Engine::Postgres(s) => {
                s.revive()?;
                let report = migrate::backup_server(s, out);
                if report.lost_server() {
                    s.suspect();
                }
                report
            }
        }
    }

    /// Does the database hold cases entered by people (not `fixdesk demo`)?
    pub fn has_real_cases(&self) -> Result<bool> {
        engine!(self, s => s.has_real_cases())
    }

    /// A stored setting (JSON text), or `None` when never set.
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        engine!(self, s => s.setting(key))
    }

    /// Stores a setting; the value must be JSON so every setting reads back typed.
    pub fn set_setting(&mut self, key: &str, json: &str) -> Result<()> {
        self.may(Action::Settings)?;
        serde_json::from_str::<serde_json::Value>(json)
            .map_err(|err| StoreError::invalid(key, format!("not valid JSON ({err})")))?;
        engine_mut!(self, s => s.set_settings(&[(key, json.to_string())]))
    }

    /// 2.3: days the customer has to answer; a missing or unreadable setting falls back
    /// to the default rather than stopping the desk.
    pub fn answer_days(&self) -> Result<u32> {
        Ok(answer_days_of(self.setting(SETTING_ANSWER_DAYS)?))
    }

    /// The current warranty policy and its version (the shipped one is version 1).
    pub fn policy(&self) -> Result<(i64, Policy)> {
        engine!(self, s => s.policy())
    }

    /// Saves a new policy version; decisions made from now on cite it, earlier ones keep
    /// theirs (2.4: the periods are the manufacturer's and may change).
    pub fn save_policy(&mut self, policy: &Policy, now: DateTime<Utc>) -> Result<i64> {
        self.may(Action::Policy)?;
        policy
            .validate()
            .map_err(|err| StoreError::invalid(&format!("policy.{}", err.field), err.problem))?;
        let json = serde_json::to_string(policy)
            .map_err(|err| StoreError::invalid("policy", err.to_string()))?;
        engine_mut!(self, s => s.save_policy(&json, now))
    }

    /// The version of this policy on file (decisions cite it). The policy must have
    /// been saved (`save_policy`); the shipped one is version 1.
    pub(crate) fn policy_version_of(&mut self, policy: &Policy) -> Result<i64> {
        if let Some((version, cached)) = &self.policy_cache
            && cached == policy
        {
            return Ok(*version);
        }
        let stored = engine!(self, s => s.policy_versions())?;
        for (version, json) in stored {
            if Policy::from_json(&json).is_ok_and(|stored| &stored == policy) {
                self.policy_cache = Some((version, policy.clone()));
                return Ok(version);
            }
        }
        Err(StoreError::invalid(
            "policy",
            "this warranty policy is not on file: save it in the settings first",
        ))
    }

    /// Records that a document was printed for the case (no state change, no event).
    pub fn record_document(
        &mut self,
        number: &CaseNumber,
        kind: DocumentKind,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let actor = &self.acting(Action::Print, actor)?;
        engine_mut!(self, s => s.record_document(number, kind, actor, now))
    }

    /// Records one printing of a document with its file, the facts it printed and what
    /// changed since the previous printing of that kind (no state change, no event): each
    /// printing stays distinguishable on the case (docs/rules.md §7).
    pub fn record_printing(
        &mut self,
        number: &CaseNumber,
        printed: &PrintedDocument,
    ) -> Result<()> {
        self.record_printed(number, printed, None)
    }

    /// [`Store::record_printing`] with the document's bytes: on the center's server they
    /// are kept with the case, so every desk has what was handed out (a desk's own file
    /// keeps only the name; the PDF is in its `documents/` folder).
    pub fn record_printed(
        &mut self,
        number: &CaseNumber,
        printed: &PrintedDocument,
        pdf: Option<&[u8]>,
    ) -> Result<()> {
        // Printed by the signed-in person, whoever the desk says.
        let signed = self.may(Action::Print)?.map(|person| PrintedDocument {
            by: person.name,
            ..printed.clone()
        });
        let printed = signed.as_ref().unwrap_or(printed);
        match &mut self.engine {
            Engine::Sqlite(s) => s.record_printing(number, printed),
            Engine::Postgres(s) => {
                s.revive()?;
                s.record_printing(number, printed, pdf)
            }
        }
    }

    /// Adds a photo's file name (the file itself lives in the data folder's `photos/`).
    pub fn add_photo(&mut self, number: &CaseNumber, file_name: &str) -> Result<()> {
        self.keep_photo(number, file_name, None)
    }

    /// [`Store::add_photo`] with the photo's bytes: on the center's server they are kept
    /// with the case, so another desk shows the photo too ([`Store::photo`]); a desk's own
    /// file keeps the name, the photo being in its `photos/` folder.
    pub fn keep_photo(
        &mut self,
        number: &CaseNumber,
        file_name: &str,
        content: Option<&[u8]>,
    ) -> Result<()> {
        self.may(Action::Print)?;
        let name = file_name.trim();
        if name.is_empty() || name.contains(['/', '\\']) {
            return Err(StoreError::invalid(
                "photo",
                "give a plain file name, without folders",
            ));
        }
        match &mut self.engine {
            Engine::Sqlite(s) => s.add_photo(number, name),
            Engine::Postgres(s) => {
                s.revive()?;
                s.add_photo(number, name, content)
            }
        }
    }

    /// A photo's bytes kept on the center's server, for a desk that does not have the
    /// file (`None` on a desk's own file: the photo is in its `photos/` folder).
    pub fn photo(&self, number: &CaseNumber, file_name: &str) -> Result<Option<Vec<u8>>> {
        match &self.engine {
            Engine::Sqlite(_) => Ok(None),
            Engine::Postgres(s) => {
                s.revive()?;
                s.photo(number, file_name)
            }
        }
    }

    /// One case, whole (events, payments, documents, photos), or `None`.
    pub fn case(&self, number: &CaseNumber) -> Result<Option<Case>> {
        engine!(self, s => s.case(number))
    }

    /// Cases waiting to go back, oldest first, with why each goes back.
    pub fn dispatch_queue(&self, limit: usize) -> Result<Vec<(CaseSummary, Option<ReturnReason>)>> {
        engine!(self, s => s.dispatch_queue(limit))
    }

    /// Cases in one state, the longest waiting first.
    pub fn cases_in_state(&self, state: State, limit: usize) -> Result<Vec<CaseSummary>> {
        engine!(self, s => s.cases_in_state(state, limit))
    }

    /// Every case of a device, by its serial (repeat repairs, 2.4).
    pub fn serial_history(&self, serial: &str) -> Result<Vec<Case>> {
        engine!(self, s => s.serial_history(serial))
    }

    /// The cases the monthly report counts for `from..=to`, read whole (the report itself
    /// reads only their outlines: [`Self::outlines_for_report`]).
    pub fn cases_for_report(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<Case>> {
        self.may(Action::Reports)?;
        engine!(self, s => s.cases_for_report(from, to))
    }

    /// What the monthly report needs of the same cases as [`Self::cases_for_report`]
    /// (for `report::monthly`): far less to read than whole cases, and nothing of the
    /// customers' (3.7).
    pub fn outlines_for_report(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<CaseOutline>> {
        engine!(self, s => s.outlines_for_report(from, to))
    }

    /// The last case number handed out in `year`.
    pub fn last_case_number(&self, year: i32) -> Result<Option<CaseNumber>> {
        engine!(self, s => s.last_case_number(year))
    }

    /// The counts per state.
    pub fn state_counts(&self) -> Result<Vec<(State, u64)>> {
        engine!(self, s => s.state_counts())
    }

    /// Due items on `today`, with `answer_days` for the customer's answer (2.3).
    pub fn due(&self, today: NaiveDate, answer_days: u32) -> Result<DueItems> {
        let bounds = queries::DueBounds::on(today, answer_days);
        let list = |state, column, after, up_to| engine!(self, s => s.due_list(state, column, after, up_to, answer_days));
        Ok(DueItems {
            parcels_expected: list(
                State::Applied,
                "applied_on",
                Some(bounds.expired_up_to),
                None,
            )?,
            applications_closing_today: list(
                State::Applied,
                "applied_on",
                Some(bounds.expired_up_to),
                Some(bounds.closing_up_to),
            )?,
            applications_past_due: list(
                State::Applied,
                "applied_on",
                None,
                Some(bounds.expired_up_to),
            )?,
            payments_past_due: list(
                State::AwaitingPayment,
                "payment_notice_on",
                None,
                Some(bounds.payment_up_to),
            )?,
            answers_past_due: list(
                State::AwaitingCustomer,
                "asked_on",
                None,
                Some(bounds.answer_up_to),
            )?,
            by_state: self.state_counts()?,
        })
    }

    /// Cases matching what the clerk typed (number, serial, phone, e-mail, name words),
    /// the most recently active first.
    pub fn search(&self, text: &str, limit: usize) -> Result<Vec<CaseSummary>> {
        engine!(self, s => s.search(text, limit))
    }

    /// The one entry point of every step (the screens' buttons, `fixdesk step`, the due
    /// items): applies `step` to the case `number` under `policy`, on the business day
    /// `today`, in ONE transaction with its one event, and returns the case as it now
    /// stands. A parcel without an open application ([`Step::Unsolicited`]) opens a new
    /// case instead (`number` is not used) and returns it; when the application it came
    /// for is still `applied`, that application is expired (4.2) in the same
    /// transaction, so the two events are written together or not at all.
    pub fn apply(
        &mut self,
        number: Option<&CaseNumber>,
        step: &Step,
        policy: &Policy,
        today: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        let actor = self.acting(Action::Step(step), actor)?;
        let ctx = self.step_context(step, policy, today, &actor, now)?;
        engine_mut!(self, s => s.apply_step(number, step, &ctx, None))
    }

    /// What a step is decided with: the policy's version (for a step that decides), the
    /// answer days (2.3), the day and the time; the step's inputs and who does it are
    /// checked first.
    fn step_context<'a>(
        &mut self,
        step: &Step,
        policy: &'a Policy,
        today: NaiveDate,
        actor: &'a str,
        now: DateTime<Utc>,
    ) -> Result<StepContext<'a>> {
        flow::check_step(step, actor)?;
        let policy_version = if step.decides() {
            self.policy_version_of(policy)?
        } else {
            0
        };
        Ok(StepContext {
            policy,
            policy_version,
            today,
            now: codec::truncate(now),
            answer_days: self.answer_days()?,
            actor,
        })
    }

    /// [`Store::apply`] to the case as the desk saw it: refused with
    /// [`StoreError::ChangedElsewhere`] (who, when, what) when another desk recorded a
    /// step on it since, so nobody's step is taken on a case they did not see. The
    /// history's length is the case's version: every change writes exactly one event.
    pub fn apply_to(
        &mut self,
        seen: &Case,
        step: &Step,
        policy: &Policy,
        today: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        let actor = self.acting(Action::Step(step), actor)?;
        let ctx = self.step_context(step, policy, today, &actor, now)?;
        let seen_events = Some(seen.events.len());
        engine_mut!(self, s => s.apply_step(Some(&seen.number), step, &ctx, seen_events))
    }

    /// Opens a case: a walk-in device (`received`) or an online application
    /// (`applied`, 1.1). Validates the required fields (naming the first missing),
    /// decides the warranty with the policy (docs/rules.md §3) and stores it with the
    /// policy's version, and writes the creation event — all in one transaction.
    pub fn create_case(
        &mut self,
        new: &crate::domain::NewCase,
        policy: &Policy,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        self.create(new, policy, actor, now, None)
    }

    /// [`Store::create_case`] with the intake's id, made by the desk when the form was
    /// started: saving again after a dropped connection (the answer lost, the save maybe
    /// made) returns the case already made instead of opening a second one.
    pub fn create_case_once(
        &mut self,
        new: &crate::domain::NewCase,
        policy: &Policy,
        actor: &str,
        now: DateTime<Utc>,
        client_id: &str,
    ) -> Result<Case> {
        if client_id.trim().is_empty() {
            return Err(StoreError::invalid("client_id", "missing (required)"));
        }
        self.create(new, policy, actor, now, Some(client_id.trim()))
    }

    fn create(
        &mut self,
        new: &crate::domain::NewCase,
        policy: &Policy,
        actor: &str,
        now: DateTime<Utc>,
        client_id: Option<&str>,
    ) -> Result<Case> {
        let actor = &self.acting(Action::Intake, actor)?;
        if actor.trim().is_empty() {
            return Err(StoreError::invalid("actor", "say who is doing this"));
        }
        if let Some((field, problem)) = crate::domain::step::new_case_problems(new)
            .into_iter()
            .next()
        {
            return Err(StoreError::Invalid { field, problem });
        }
        let version = self.policy_version_of(policy)?;
        engine_mut!(self, s => s.create_case(new, policy, version, actor, now, client_id))
    }

    /// Imports checked applications in one transaction: all of them, or none. Those
    /// already on file are skipped, so importing the same file twice creates nothing
    /// new. `progress` hears how many rows are done.
    pub fn import(
        &mut self,
        rows: &[ImportRow],
        policy: &Policy,
        actor: &str,
        now: DateTime<Utc>,
        progress: &mut dyn FnMut(usize),
    ) -> Result<ImportReport, ImportError> {
        let actor = &self.acting(Action::Import, actor)?;
        if actor.trim().is_empty() {
            return Err(StoreError::invalid("actor", "say who is importing").into());
        }
        let version = self.policy_version_of(policy)?;
        // A row without the customer's language takes the center's (docs/rules.md §13).
        let center = self.settings()?.language;
        let rows = &import::with_language(rows, center);
        engine_mut!(self, s => s.import(rows, policy, version, actor, now, progress))
    }

    /// Removes the personal data of every case closed more than `months` months before
    /// `today` (0 keeps everything). Safe to run every day: a case is done only once.
    /// A manager's action once the database has staff.
    pub fn remove_expired_personal_data(
        &mut self,
        today: NaiveDate,
        months: u32,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<RetentionReport> {
        let actor = self.acting(Action::Retention, actor)?;
        self.remove_expired(today, months, &actor, now)
    }

    /// [`Store::remove_expired_personal_data`] without asking who: the center's daily
    /// job (`jobs.rs`), which the manager's retention setting orders.
    pub(crate) fn remove_expired(
        &mut self,
        today: NaiveDate,
        months: u32,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<RetentionReport> {
        if months == 0 {
            return Ok(RetentionReport::default());
        }
        if actor.trim().is_empty() {
            return Err(StoreError::invalid("actor", "missing (required)"));
        }
        let cutoff = retention::months_before(today, months);
        let before = cutoff.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc();
        let now = codec::truncate(now);
        let mut done = 0;
        // A batch at a time, until no closed case with personal data is left.
        loop {
            let numbers = engine_mut!(self, s => s.closed_with_personal_data(before))?;
            if numbers.is_empty() {
                break;
            }
            for number in &numbers {
                engine_mut!(self, s => s.forget(number, months, actor, now))?;
                done += 1;
            }
        }
        Ok(RetentionReport {
            cases: done,
            closed_before: Some(cutoff),
        })
    }

    /// Writes `cases` demo cases opened over the 18 months before `today` (see the
    /// engine's generator). Refuses a database holding real cases unless `force`.
    pub fn demo(
        &mut self,
        cases: usize,
        seed: u64,
        today: NaiveDate,
        force: bool,
        progress: &mut dyn FnMut(usize),
    ) -> Result<DemoReport> {
        self.may(Action::Demo)?;
        match &mut self.engine {
            Engine::Sqlite(s) => s.demo(cases, seed, today, force, progress),
            // On a server: made in a throw-away file with the same generator, then moved
            // in as a desk moves to the server — so only into an empty database (a
            // training server), never beside a center's real cases.
            Engine::Postgres(_) => {
                static NEXT: std::sync::atomic::AtomicUsize =
                    std::sync::atomic::AtomicUsize::new(0);
                let dir = std::env::temp_dir().join(format!(
                    "fixdesk-demo-{}-{}-{today}",
                    std::process::id(),
                    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
                ));
                let made = (|| {
                    let mut local = Store::open(&dir)?;
                    let report = local.demo(cases, seed, today, force, progress)?;
                    migrate(&local, self, &mut |_| {}).map_err(|err| match err {
                        MigrateError::Store(err) => err,
                        other => StoreError::Server(other.to_string()),
                    })?;
                    Ok(report)
                })();
                let _ = std::fs::remove_dir_all(&dir);
                made
            }
        }
    }

    /// Walks the whole event chain: every event's hash must match its content and the
    /// previous hash, ids must run without gaps up to the recorded head, each case's
    /// history must start with its creation and follow on from state to state, and each
    /// case's state must be where its history ends.
    pub fn verify(&self) -> Result<ChainReport> {
        engine!(self, s => s.verify())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The GUI moves the store to a worker thread.
    #[test]
    fn the_store_can_move_to_another_thread() {
        fn assert_send<T: Send>() {}
        assert_send::<Store>();
    }

    #[test]
    fn the_data_dir_flag_wins_over_the_environment() {
        let flag = PathBuf::from("/tmp/fixdesk-flag");
        assert_eq!(default_data_dir(Some(flag.clone())).ok(), Some(flag));
        // Without a flag, something is always found (environment or platform folder).
        assert!(default_data_dir(None).is_ok());
    }
}
