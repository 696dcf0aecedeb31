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
//! the due-list bounds, settings and the policy versions. A [`Store`] is `Send`, so the
//! GUI runs it on a worker thread. Time is always an argument: nothing here reads the
//! clock.
//!
//! This file holds the [`Store`] itself, its engines and opening a connection; its other
//! methods sit by job in `read.rs`, `write.rs`, `center.rs` and `documents.rs`, and its
//! errors in `error.rs`.

mod chain;
mod codec;
mod columns;
mod error;
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

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::case::{Deadline, DocumentKind, PrintedDocument};
use crate::domain::lifecycle::DEFAULT_ANSWER_DAYS;
use crate::domain::staff::Action;
use crate::domain::step::{self, StepContext};
use crate::domain::{
    Arrival, Case, CaseNumber, CaseOutline, Note, Policy, ReturnReason, State, Step,
};

pub use crate::domain::ParcelArrival;
pub use error::{Result, StoreError};
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

mod center;
mod documents;
mod read;
mod write;

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
