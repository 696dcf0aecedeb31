//! Backup and restore.
//!
//! A backup is SQLite's `VACUUM INTO`: one step inside one read transaction, so it
//! finishes however busy the desk is (a page-by-page online backup restarts whenever
//! another connection writes, and may never finish). The copy is written under a
//! temporary name, flushed to disk, checked, and only then renamed into place.
//!
//! A restore checks the file first (a fixdesk database, not from a newer fixdesk, passes
//! `integrity_check`, its event chain verifies), keeps the current database aside in
//! `backups/`, and swaps the new file in with one atomic rename: a crash at any moment
//! leaves either the old database or the new one, never half of each.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use super::transitions::verify_chain;
use super::{
    BACKUP_DIR, DB_FILE, FolderLock, Result, SqliteStore, StoreError, identify, integrity_problems,
    open_read_only,
};

/// A backup made, or a restore done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupReport {
    /// The backup written (or, after a restore, where the previous database was set aside).
    pub path: PathBuf,
    pub bytes: u64,
    /// A server's backup only: the folder beside the file holding the photos' and
    /// printed documents' files (`photos/`, `documents/`), when the server held any.
    pub files: Option<PathBuf>,
}

pub(super) fn io(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Flushes a file, then its folder (so the rename that follows is durable too).
pub(super) fn sync_file(path: &Path) -> Result<()> {
    fs::File::open(path)
        .and_then(|f| f.sync_all())
        .map_err(io(path))
}

pub(super) fn sync_dir(dir: &Path) {
    // Directories cannot be opened for syncing on every platform; the rename is still
    // atomic, only its durability across a power cut depends on this.
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

pub(super) fn temp_name(out: &Path) -> PathBuf {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "backup".into());
    out.with_file_name(format!(".{name}.partial-{}", std::process::id()))
}

/// Copies the database `conn` is on into `out` with `VACUUM INTO`, checks the copy, and
/// renames it into place.
fn vacuum_into(conn: &Connection, out: &Path) -> Result<BackupReport> {
    if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(parent).map_err(io(parent))?;
    }
    let temp = temp_name(out);
    if temp.exists() {
        fs::remove_file(&temp).map_err(io(&temp))?;
    }
    let temp_text = temp.to_str().ok_or_else(|| {
        StoreError::Backup(
            crate::domain::Note::coded(
                "backup-path-not-plain",
                format!(
                    "{} is not a path SQLite can write to: choose a name in plain characters",
                    out.display()
                ),
            )
            .arg("path", out.display()),
        )
    })?;
    let result = conn
        .execute("VACUUM INTO ?1", [temp_text])
        .map_err(StoreError::from)
        .and_then(|_| sync_file(&temp))
        .and_then(|()| check_file(&temp, false));
    if let Err(err) = result {
        let _ = fs::remove_file(&temp);
        return Err(err);
    }
    fs::rename(&temp, out).map_err(io(out))?;
    crate::store::private::tighten(out);
    if let Some(parent) = out.parent() {
        sync_dir(parent);
    }
    let bytes = fs::metadata(out).map(|m| m.len()).unwrap_or_default();
    Ok(BackupReport {
        path: out.to_path_buf(),
        bytes,
        files: None,
    })
}

/// Is this file a healthy fixdesk database? `with_chain` also walks the event chain.
pub(super) fn check_file(path: &Path, with_chain: bool) -> Result<()> {
    let conn = open_read_only(path)?;
    identify(&conn, path)?;
    let version: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    if version == 0 {
        return Err(StoreError::NotFixdesk(path.to_path_buf()));
    }
    let damaged = |detail: String| StoreError::Damaged {
        path: path.to_path_buf(),
        detail,
    };
    let problems = integrity_problems(&conn).map_err(|err| damaged(err.to_string()))?;
    if let Some(first) = problems.first() {
        return Err(damaged(first.clone()));
    }
    if with_chain {
        let report = verify_chain(&conn).map_err(|err| damaged(err.to_string()))?;
        if let Some(problem) = report.problems.first() {
            return Err(damaged(format!(
                "its history does not verify: event {}: {}",
                problem.event_id, problem.problem
            )));
        }
    }
    Ok(())
}

impl SqliteStore {
    /// Writes a consistent copy of the database to `out` while the desk keeps working.
    pub fn backup_to(&self, out: &Path) -> Result<BackupReport> {
        vacuum_into(&self.conn, out)
    }
}

/// Backs up the database in `data_dir` without taking its lock, so `fixdesk backup`
/// works while the app is open (SQLite lets a reader copy while the desk writes).
pub fn backup_data_dir(data_dir: &Path, out: &Path) -> Result<BackupReport> {
    let path = data_dir.join(DB_FILE);
    let conn = open_read_only(&path)?;
    identify(&conn, &path)?;
    vacuum_into(&conn, out)
}

/// Replaces the database in `data_dir` with the backup `file`. Refuses a
/// file that is not a healthy fixdesk database, leaving everything untouched; keeps the
/// current database in `backups/before-restore-….db` (returned). Needs the folder's
/// lock: close the app first.
pub fn restore(data_dir: &Path, file: &Path, now: DateTime<Utc>) -> Result<Option<BackupReport>> {
    let _lock = FolderLock::take(data_dir)?;
    check_file(file, true)?;
    let current = data_dir.join(DB_FILE);
    let incoming = data_dir.join(format!("{DB_FILE}.restoring"));
    {
        // Copied through SQLite, so whatever sits in the backup's own WAL comes along.
        let conn = open_read_only(file)?;
        vacuum_into(&conn, &incoming)?;
    }

    let mut set_aside = None;
    if current.exists() {
        // Fold the WAL into the main file so the copy kept aside is whole. A damaged
        // database may refuse; its WAL is then copied aside with it.
        if let Ok(conn) = Connection::open(&current) {
            let _ = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        }
        let stamp = now.format("%Y%m%d-%H%M%S");
        let aside_dir = data_dir.join(BACKUP_DIR);
        fs::create_dir_all(&aside_dir).map_err(io(&aside_dir))?;
        let aside = aside_dir.join(format!("before-restore-{stamp}.db"));
        fs::copy(&current, &aside).map_err(io(&aside))?;
        sync_file(&aside)?;
        for suffix in ["-wal", "-shm"] {
            let side = sidecar(&current, suffix);
            if suffix == "-wal" && side.metadata().is_ok_and(|m| m.len() > 0) {
                let kept = sidecar(&aside, suffix);
                fs::copy(&side, &kept).map_err(io(&kept))?;
            }
        }
        let bytes = fs::metadata(&aside).map(|m| m.len()).unwrap_or_default();
        set_aside = Some(BackupReport {
            path: aside,
            bytes,
            files: None,
        });
    }
    // The old database's WAL must not meet the new file: SQLite would replay it.
    for suffix in ["-wal", "-shm"] {
        let side = sidecar(&current, suffix);
        if side.exists() {
            fs::remove_file(&side).map_err(io(&side))?;
        }
    }
    fs::rename(&incoming, &current).map_err(io(&current))?;
    sync_dir(data_dir);
    Ok(set_aside)
}

fn sidecar(db: &Path, suffix: &str) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}
