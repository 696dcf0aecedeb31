//! The SQLite engine: one file in the data folder, no server — the zero-setup store of
//! a one-desk shop.
//!
//! Durability: WAL with `synchronous=FULL` (a lost intake is a lost customer device);
//! every change and its event commit in one transaction; events are hash-chained so
//! tampering shows (`verify`). A lock file keeps a second copy of the app away. The
//! file-only work lives here too: the lock, `VACUUM INTO` backups, `integrity_check`
//! and the fold (see `fold.rs`).

mod backup;
mod copy;
mod demo;
mod fold;
mod import;
mod jobs;
mod outbox;
pub(crate) use outbox::kind_word;
mod queries;
mod read;
mod retention;
pub mod schema;
pub mod search;
mod staff;
mod transitions;
mod write;

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OpenFlags, OptionalExtension};

use crate::domain::case::{DocumentKind, PrintedDocument};
use crate::domain::{CaseNumber, Policy};

pub use backup::{BackupReport, backup_data_dir, restore};
pub use demo::DemoReport;
pub use fold::Folded;

// What the engine's modules share with every engine (`super::X` in them).
use super::{
    BACKUP_DIR, CaseSummary, ChainReport, DB_FILE, DueList, ImportError, ImportReport, ImportRow,
    LOCK_FILE, REMOVED, Result, StoreError, codec, flow, keys,
};

/// The lock held by an open store: released when the last handle is dropped (and by
/// the operating system if the process dies, so a crash never leaves the folder locked).
#[derive(Debug)]
struct FolderLock {
    _file: File,
}

/// How often a busy folder's lock is asked for again, 50 ms apart, before giving up.
const LOCK_TRIES: u32 = 20;

impl FolderLock {
    fn take(dir: &Path) -> Result<Self> {
        let path = dir.join(LOCK_FILE);
        let mut file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(&path)
            .map_err(|err| StoreError::io(&path, err))?;
        // A lock let go a moment ago may still be held for a few milliseconds: by a
        // process that is closing, or by a child this process is starting (it holds a
        // copy of every open file until it runs its program). Asked again for up to a
        // second before the folder is said to be in use.
        let mut tries = 0;
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(TryLockError::WouldBlock) if tries < LOCK_TRIES => {
                    tries += 1;
                    std::thread::sleep(std::time::Duration::from_millis(50));
                }
                Err(TryLockError::WouldBlock) => {
                    return Err(StoreError::Locked(dir.to_path_buf()));
                }
                Err(TryLockError::Error(err)) => return Err(StoreError::io(&path, err)),
            }
        }
        // The process id helps whoever finds the folder busy; failing to write it is
        // harmless, the lock itself is what counts.
        let _ = file
            .set_len(0)
            .and_then(|()| writeln!(file, "{}", std::process::id()));
        Ok(Self { _file: file })
    }
}

/// The SQLite engine: one connection on the data folder's database.
pub struct SqliteStore {
    conn: Connection,
    dir: PathBuf,
    /// `None` for a read-only look ([`SqliteStore::open_reader`]).
    _lock: Option<Arc<FolderLock>>,
    /// The workstation's name, stamped on every event this store writes.
    pub(crate) desk: String,
}

impl std::fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteStore")
            .field("dir", &self.dir)
            .finish()
    }
}

const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// Reads the first bytes of a file: empty or absent files are new databases.
fn looks_like_sqlite(path: &Path) -> Result<bool> {
    let mut file = match File::open(path) {
        Ok(file) => file,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(true),
        Err(err) => return Err(StoreError::io(path, err)),
    };
    let mut header = [0_u8; 16];
    let mut read = 0;
    while read < header.len() {
        match file.read(&mut header[read..]) {
            Ok(0) => break,
            Ok(n) => read += n,
            Err(err) => return Err(StoreError::io(path, err)),
        }
    }
    Ok(read == 0 || (read == header.len() && &header == SQLITE_HEADER))
}

/// Opens a connection with the store's pragmas.
fn connect(path: &Path) -> Result<Connection> {
    let conn = Connection::open(path).map_err(|err| map_open_error(path, err))?;
    configure(&conn).map_err(|err| map_open_error(path, err))?;
    Ok(conn)
}

pub(crate) fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(Duration::from_secs(10))?;
    let mode: String =
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(rusqlite::Error::InvalidParameterName(format!(
            "journal_mode stayed {mode}"
        )));
    }
    // Checkpoints every ~40 MB of WAL rather than SQLite's 4 MB: an intake touches a
    // couple of dozen pages, many the same each time (counters, the chain head, the
    // newest leaf of each index); fewer, larger checkpoints write each of them once.
    // Memory-mapped reads: a million-case file is read without copying every page
    // through the page cache (bulk reads for the report, searches).
    conn.execute_batch(
        "PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON;
         PRAGMA temp_store = MEMORY;
         PRAGMA cache_size = -65536;
         PRAGMA mmap_size = 2147418112;
         PRAGMA wal_autocheckpoint = 10000;
         PRAGMA journal_size_limit = 67108864;",
    )?;
    conn.set_prepared_statement_cache_capacity(64);
    Ok(())
}

fn map_open_error(path: &Path, err: rusqlite::Error) -> StoreError {
    match err.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) => StoreError::NotFixdesk(path.to_path_buf()),
        Some(rusqlite::ErrorCode::DatabaseCorrupt) => StoreError::Damaged {
            path: path.to_path_buf(),
            detail: err.to_string(),
        },
        _ => StoreError::from(err),
    }
}

/// Is this an empty new file, a fixdesk database, or something else? Returns the schema
/// version found (0 for a new file).
pub(crate) fn identify(conn: &Connection, path: &Path) -> Result<i64> {
    let app_id: i32 = conn
        .pragma_query_value(None, "application_id", |row| row.get(0))
        .map_err(|err| map_open_error(path, err))?;
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |row| row.get(0))
        .map_err(|err| map_open_error(path, err))?;
    if app_id == schema::APPLICATION_ID {
        if version > schema::VERSION {
            return Err(StoreError::TooNew {
                path: path.to_path_buf(),
                found: version,
                known: schema::VERSION,
            });
        }
        return Ok(version);
    }
    let tables: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_schema", [], |row| row.get(0))
        .map_err(|err| map_open_error(path, err))?;
    if app_id == 0 && version == 0 && tables == 0 {
        Ok(0)
    } else {
        Err(StoreError::NotFixdesk(path.to_path_buf()))
    }
}

impl SqliteStore {
    /// Opens (or creates) the database in `data_dir`: creates the folder, takes the lock
    /// file, sets the pragmas, migrates, and runs a quick check. Refuses a database from
    /// a newer fixdesk, a file that is not a fixdesk database, and a folder in use.
    pub fn open(data_dir: &Path) -> Result<SqliteStore> {
        super::private::create_dir(data_dir).map_err(|err| StoreError::io(data_dir, err))?;
        let lock = Arc::new(FolderLock::take(data_dir)?);
        let path = data_dir.join(DB_FILE);
        if !looks_like_sqlite(&path)? {
            return Err(StoreError::NotFixdesk(path));
        }
        let mut conn = connect(&path)?;
        identify(&conn, &path)?;
        schema::migrations()
            .to_latest(&mut conn)
            .map_err(|err| StoreError::Migration(err.to_string()))?;
        let mut store = SqliteStore {
            conn,
            dir: data_dir.to_path_buf(),
            _lock: Some(lock),
            desk: String::new(),
        };
        store.quick_check_on_open()?;
        // The folder, the database, its journal, backups, photos and documents: the
        // desk's user's alone, also what an older fixdesk left readable to others.
        super::private::tighten(data_dir);
        // What an earlier session saved and did not fold yet (migrations 4 to 6).
        store.fold_recent()?;
        Ok(store)
    }

    /// Moves what the saves since the last fold left aside into the sorted indexes,
    /// in one transaction: the new cases into the queue and activity indexes and their
    /// search keys (kept in their rows) into `search_keys`, the new events into
    /// `event_cases` and `event_times`. Writes nothing when nothing is new.
    ///
    /// A save leaves these aside instead of sorting them in, so the clerk does not wait
    /// for a page per key and per event index. Reads find them either
    /// way; folding keeps the rows they read one by one few. The app folds every minute
    /// and the store on opening; an import and the demo fold at their end.
    pub fn fold_recent(&mut self) -> Result<Folded> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let folded = fold::fold_recent(&tx)?;
        tx.commit()?;
        Ok(folded)
    }

    /// Opens the database read-only, without the lock and without migrating: for looking
    /// (search, check) while the app has the folder open. Writing through it fails.
    pub fn open_reader(data_dir: &Path) -> Result<SqliteStore> {
        let path = data_dir.join(DB_FILE);
        let conn = open_read_only(&path)?;
        let version = identify(&conn, &path)?;
        if version < schema::VERSION {
            return Err(StoreError::Migration(format!(
                "{} is at version {version} and needs upgrading to {}: open it once with the app or a command that writes",
                path.display(),
                schema::VERSION
            )));
        }
        conn.execute_batch("PRAGMA temp_store = MEMORY; PRAGMA mmap_size = 2147418112;")?;
        Ok(SqliteStore {
            conn,
            dir: data_dir.to_path_buf(),
            _lock: None,
            desk: String::new(),
        })
    }

    /// Another connection to the same database, sharing this store's lock: for a second
    /// worker thread (reads while the first writes, a backup while the desk works).
    pub fn another_connection(&self) -> Result<SqliteStore> {
        let path = self.db_path();
        Ok(SqliteStore {
            conn: connect(&path)?,
            dir: self.dir.clone(),
            _lock: self._lock.clone(),
            desk: self.desk.clone(),
        })
    }

    pub fn data_dir(&self) -> &Path {
        &self.dir
    }

    pub fn db_path(&self) -> PathBuf {
        self.dir.join(DB_FILE)
    }

    pub fn place(&self) -> String {
        self.db_path().display().to_string()
    }

    /// The quick check on open. SQLite's full `quick_check` reads every page: seconds on
    /// a million cases, too slow for opening the app. On open we check the schema and
    /// the small tables page by page, and that the newest event still matches the chain
    /// head; the full check runs in `fixdesk check`, before every backup and on restore.
    fn quick_check_on_open(&self) -> Result<()> {
        let path = self.db_path();
        for table in ["settings", "policies", "tallies"] {
            let result: String = self
                .conn
                .query_row(&format!("PRAGMA quick_check({table})"), [], |row| {
                    row.get(0)
                })
                .map_err(|err| map_open_error(&path, err))?;
            if result != "ok" {
                return Err(StoreError::Damaged {
                    path,
                    detail: result,
                });
            }
        }
        if let Some(problem) = self.check_chain_tail()? {
            return Err(StoreError::Damaged {
                path,
                detail: problem,
            });
        }
        Ok(())
    }

    /// The full `PRAGMA integrity_check`: every page, every index. Returns the problems
    /// SQLite reports (empty when healthy).
    pub fn integrity_check(&self) -> Result<Vec<String>> {
        integrity_problems(&self.conn)
    }

    /// Does the database hold cases entered by people (not `fixdesk demo`)?
    pub fn has_real_cases(&self) -> Result<bool> {
        Ok(self.real_case_count()? > 0)
    }

    pub(crate) fn real_case_count(&self) -> Result<u64> {
        // Counted by a trigger on every insert (cases are never deleted).
        let count: Option<i64> = self
            .conn
            .query_row("SELECT value FROM tallies WHERE name = 'real'", [], |row| {
                row.get(0)
            })
            .optional()?;
        Ok(count.unwrap_or(0).max(0) as u64)
    }

    /// A stored setting (JSON text), or `None` when never set.
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |row| {
                row.get(0)
            })
            .optional()?)
    }

    /// Stores a setting; the value must be JSON so every setting reads back typed.
    /// Stores settings (already checked JSON) in one transaction.
    pub fn set_settings(&mut self, pairs: &[(&str, String)]) -> Result<()> {
        let tx = self.conn.transaction()?;
        for (key, value) in pairs {
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value.as_str()],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// 2.3: the answer days, for the deadlines shown in lists.
    pub(crate) fn answer_days(&self) -> Result<u32> {
        Ok(super::answer_days_of(
            self.setting(super::SETTING_ANSWER_DAYS)?,
        ))
    }

    /// The current warranty policy and its version (the shipped one is version 1).
    pub fn policy(&self) -> Result<(i64, Policy)> {
        let (version, json): (i64, String) = self.conn.query_row(
            "SELECT version, json FROM policies ORDER BY version DESC LIMIT 1",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )?;
        let policy =
            Policy::from_json(&json).map_err(|err| StoreError::corrupt("the policy", err))?;
        Ok((version, policy))
    }

    /// Saves a new policy version (checked JSON); returns its version.
    pub fn save_policy(&mut self, json: &str, now: DateTime<Utc>) -> Result<i64> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let version: i64 = tx.query_row(
            "SELECT coalesce(max(version), 0) + 1 FROM policies",
            [],
            |row| row.get(0),
        )?;
        tx.execute(
            "INSERT INTO policies (version, json, saved_at) VALUES (?1, ?2, ?3)",
            rusqlite::params![version, json, codec::micros(now)],
        )?;
        tx.commit()?;
        Ok(version)
    }

    /// Records that a document was printed for the case (no state change, no event).
    pub fn record_document(
        &mut self,
        number: &CaseNumber,
        kind: DocumentKind,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let id = self.case_id(number)?;
        self.conn.execute(
            "INSERT INTO documents (case_id, kind, at, actor) VALUES (?1, ?2, ?3, ?4)",
            rusqlite::params![id, kind.as_str(), codec::micros(now), actor],
        )?;
        Ok(())
    }

    /// Records one printing of a document with its file, the facts it printed and what
    /// changed since the previous printing of that kind (no state change, no event): each
    /// printing stays distinguishable on the case (docs/rules.md §7).
    pub fn record_printing(
        &mut self,
        number: &CaseNumber,
        printed: &PrintedDocument,
    ) -> Result<()> {
        let id = self.case_id(number)?;
        let facts = if printed.facts.is_empty() {
            None
        } else {
            Some(serde_json::to_string(&printed.facts).map_err(|err| {
                StoreError::invalid("document facts", crate::domain::Note::detail(err))
            })?)
        };
        self.conn.execute(
            "INSERT INTO documents (case_id, kind, at, actor, file, facts, note)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            rusqlite::params![
                id,
                printed.kind.as_str(),
                codec::micros(printed.at),
                printed.by,
                printed.file,
                facts,
                printed.note,
            ],
        )?;
        Ok(())
    }

    /// Adds a photo's file name (the file itself lives in the data folder's `photos/`).
    pub fn add_photo(&mut self, number: &CaseNumber, file_name: &str) -> Result<()> {
        // Checked by the facade (`Store::keep_photo`).
        let name = file_name;
        let id = self.case_id(number)?;
        self.conn.execute(
            "INSERT INTO photos (case_id, file_name) VALUES (?1, ?2)",
            rusqlite::params![id, name],
        )?;
        Ok(())
    }

    pub(crate) fn case_id(&self, number: &CaseNumber) -> Result<i64> {
        self.conn
            .query_row(
                "SELECT id FROM cases WHERE number = ?1",
                [number.as_str()],
                |row| row.get(0),
            )
            .optional()?
            .ok_or_else(|| StoreError::NotFound(number.clone()))
    }
}

pub(crate) fn integrity_problems(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare("PRAGMA integrity_check")?;
    let rows = stmt.query_map([], |row| row.get::<_, String>(0))?;
    let mut problems = Vec::new();
    for row in rows {
        let line = row?;
        if line != "ok" {
            problems.push(line);
        }
    }
    Ok(problems)
}

/// Opens a database file read-only, without the lock, to look at it (backup, restore).
pub(crate) fn open_read_only(path: &Path) -> Result<Connection> {
    if !path.is_file() {
        return Err(StoreError::Backup(
            crate::domain::Note::coded(
                "backup-no-file",
                format!(
                    "{} does not exist or is not a file: check the name",
                    path.display()
                ),
            )
            .arg("path", path.display()),
        ));
    }
    if !looks_like_sqlite(path)? {
        return Err(StoreError::NotFixdesk(path.to_path_buf()));
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|err| map_open_error(path, err))?;
    conn.busy_timeout(Duration::from_secs(10))?;
    Ok(conn)
}
