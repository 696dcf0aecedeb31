//! The center's daily jobs — the automatic backup and the retention pass — run once a
//! day for the whole center, not once per desk (docs/rules.md §9).
//!
//! A desk **claims** a job for a day in the database (`center_jobs`, one row per job)
//! before doing it: the claim is one atomic statement that succeeds only if nobody has
//! claimed that job for that day yet, so of several desks opening at once exactly one
//! does it and the others skip. The claiming desk records when it finished and how;
//! the manager sees, per job, when it last ran and at which desk. A desk that dies
//! half-way leaves its claim unfinished: after [`LEASE`] another desk may take it over.
//!
//! On a desk's own file the folder's lock already keeps a second desk out; the claim
//! costs nothing there and gives the manager the same record.
//!
//! The automatic backup itself is the same on both engines: `backups/fixdesk-DATE.db` in
//! this desk's data folder (on a server, with its `.files/` folder of photos and
//! printed documents), the newest N kept. Temporary files an interrupted backup left
//! (`.NAME.partial-PID`) are removed when the desk next opens.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::Serialize;

use super::{
    BACKUP_DIR, BackupReport, DEFAULT_BACKUPS_KEPT, Engine, LostServer, Result,
    SETTING_BACKUPS_KEPT, Store, StoreError,
};

/// The daily automatic backup.
pub const BACKUP: &str = "backup";
/// The daily retention pass (3.7, docs/rules.md §8).
pub const RETENTION: &str = "retention";

/// How long a claimed job may run before another desk may take it over (its desk
/// presumably died): far longer than a backup of a big center takes.
pub const LEASE: Duration = Duration::hours(2);

/// One job's last run, as recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JobRun {
    pub job: String,
    /// The day it ran for.
    pub day: NaiveDate,
    /// The workstation that ran it.
    pub desk: String,
    pub started_at: DateTime<Utc>,
    /// `None` while running (or if its desk stopped half-way).
    pub finished_at: Option<DateTime<Utc>>,
    /// How it ended, in one sentence.
    pub outcome: Option<String>,
}

/// What a daily job came to at this desk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Daily<T> {
    /// This desk did it.
    Done(T),
    /// Another desk has it for today (or this one did, earlier today).
    Skipped,
}

impl Store {
    /// Claims `job` for `day` for this desk (its name, [`Store::desk`]): `true` when this
    /// desk is to do it, `false` when another desk already has it for that day (or has
    /// had it for less than [`LEASE`] without finishing).
    pub fn claim_job(&mut self, job: &str, day: NaiveDate, now: DateTime<Utc>) -> Result<bool> {
        let now = super::codec::truncate(now);
        let desk = self.desk().to_string();
        engine_mut!(self, s => s.claim_job(job, day, &desk, now, now - LEASE))
    }

    /// Records how a claimed job ended.
    pub fn finish_job(
        &mut self,
        job: &str,
        day: NaiveDate,
        now: DateTime<Utc>,
        outcome: &str,
    ) -> Result<()> {
        let now = super::codec::truncate(now);
        engine_mut!(self, s => s.finish_job(job, day, now, outcome))
    }

    /// Each job's last run (for the manager: when, where, how).
    pub fn job_runs(&self) -> Result<Vec<JobRun>> {
        engine!(self, s => s.job_runs())
    }

    /// Today's automatic backup into `data_dir`'s `backups/`, if no desk made it today:
    /// claimed first, made (unless today's file is already there), old daily ones
    /// pruned to the `backups_kept` setting, and the outcome recorded.
    pub fn daily_backup(
        &mut self,
        today: NaiveDate,
        data_dir: &Path,
        now: DateTime<Utc>,
    ) -> Result<Daily<Option<BackupReport>>> {
        if !self.claim_job(BACKUP, today, now)? {
            return Ok(Daily::Skipped);
        }
        let made = self.auto_backup(today, data_dir);
        let outcome = match &made {
            Ok(Some(report)) => format!("{} written", report.path.display()),
            Ok(None) => "today's backup was already there".to_string(),
            Err(err) => format!("failed: {err}"),
        };
        self.finish_job(BACKUP, today, now, &outcome)?;
        made.map(Daily::Done)
    }

    /// The retention pass (see [`Store::remove_expired_personal_data`]) if no desk ran
    /// it today; the outcome recorded.
    pub fn daily_retention(
        &mut self,
        today: NaiveDate,
        months: u32,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Daily<usize>> {
        if !self.claim_job(RETENTION, today, now)? {
            return Ok(Daily::Skipped);
        }
        let done = self.remove_expired(today, months, actor, now);
        let outcome = match &done {
            Ok(report) => format!("{} cases' personal data removed", report.cases),
            Err(err) => format!("failed: {err}"),
        };
        self.finish_job(RETENTION, today, now, &outcome)?;
        done.map(|report| Daily::Done(report.cases))
    }

    /// `backups/fixdesk-YYYY-MM-DD.db` in `data_dir` unless today's exists, then keeps
    /// the newest N (the `backups_kept` setting, default 14). Not claimed: see
    /// [`Store::daily_backup`].
    pub fn auto_backup(&self, today: NaiveDate, data_dir: &Path) -> Result<Option<BackupReport>> {
        let dir = data_dir.join(BACKUP_DIR);
        let out = dir.join(format!("fixdesk-{}.db", today.format("%Y-%m-%d")));
        let made = if out.exists() {
            None
        } else {
            Some(self.backup_unchecked(&out)?)
        };
        let keep = self
            .setting(SETTING_BACKUPS_KEPT)?
            .and_then(|json| serde_json::from_str::<usize>(&json).ok())
            .filter(|n| *n >= 1)
            .unwrap_or(DEFAULT_BACKUPS_KEPT);
        let mut daily: Vec<PathBuf> = fs::read_dir(&dir)
            .map_err(|err| StoreError::io(&dir, err))?
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| {
                path.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(is_daily_name)
            })
            .collect();
        daily.sort();
        let excess = daily.len().saturating_sub(keep);
        for old in &daily[..excess] {
            fs::remove_file(old).map_err(|err| StoreError::io(old, err))?;
            // A server's backup keeps its photos and documents beside it.
            let files = old.with_extension("db.files");
            if files.is_dir() {
                fs::remove_dir_all(&files).map_err(|err| StoreError::io(&files, err))?;
            }
        }
        Ok(made)
    }
}

/// `fixdesk-YYYY-MM-DD.db`: only these are pruned, never a backup someone named.
fn is_daily_name(name: &str) -> bool {
    name.strip_prefix("fixdesk-")
        .and_then(|rest| rest.strip_suffix(".db"))
        .is_some_and(|date| NaiveDate::parse_from_str(date, "%Y-%m-%d").is_ok() && date.len() == 10)
}

/// Removes what interrupted backups left in `data_dir`'s `backups/` (`.NAME.partial-PID`
/// files, and a server backup's `.files` folder being filled), unless the process that
/// writes it is still running; answers how many bytes were freed. Run when a desk
/// opens its data folder.
pub fn clean_partial_backups(data_dir: &Path) -> u64 {
    let dir = data_dir.join(BACKUP_DIR);
    let Ok(entries) = fs::read_dir(&dir) else {
        return 0;
    };
    let mut freed = 0;
    for entry in entries.flatten() {
        let path = entry.path();
        // `.NAME.partial-PID`, and SQLite's `-journal` beside it while it was written.
        let Some(pid) = path
            .file_name()
            .and_then(|n| n.to_str())
            .filter(|n| n.starts_with('.'))
            .and_then(|n| n.rsplit_once(".partial-"))
            .and_then(|(_, rest)| {
                let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
                digits.parse::<u32>().ok()
            })
        else {
            continue;
        };
        if pid == std::process::id() || still_running(pid) {
            continue;
        }
        let bytes = if path.is_dir() {
            dir_size(&path)
        } else {
            entry.metadata().map(|m| m.len()).unwrap_or_default()
        };
        let removed = if path.is_dir() {
            fs::remove_dir_all(&path)
        } else {
            fs::remove_file(&path)
        };
        if removed.is_ok() {
            freed += bytes;
        }
    }
    freed
}

/// Is a process with this id running? Linux tells through `/proc`; elsewhere nothing
/// cheap does, so a partial file is taken for abandoned (the folder's lock keeps a
/// second desk out, and `fixdesk backup` names its own files).
fn still_running(pid: u32) -> bool {
    cfg!(target_os = "linux") && Path::new(&format!("/proc/{pid}")).exists()
}

fn dir_size(path: &Path) -> u64 {
    fs::read_dir(path)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| {
                    let p = e.path();
                    if p.is_dir() {
                        dir_size(&p)
                    } else {
                        e.metadata().map(|m| m.len()).unwrap_or_default()
                    }
                })
                .sum()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_daily_backups_are_pruned() {
        assert!(is_daily_name("fixdesk-2026-03-01.db"));
        assert!(!is_daily_name("fixdesk-2026-3-1.db"));
        assert!(!is_daily_name("before-restore-20260301-101010.db"));
        assert!(!is_daily_name("my-copy.db"));
    }

    #[test]
    fn what_interrupted_backups_left_is_removed_and_the_rest_kept() {
        let dir = tempfile::tempdir().expect("dir");
        let backups = dir.path().join(BACKUP_DIR);
        fs::create_dir_all(&backups).expect("backups");
        // A process id that is not running (beyond Linux's pid_max), and this one's.
        let gone = backups.join(".fixdesk-2026-03-01.db.partial-4194999");
        let journal = backups.join(".fixdesk-2026-03-01.db.partial-4194999-journal");
        let ours = backups.join(format!(
            ".fixdesk-2026-03-02.db.partial-{}",
            std::process::id()
        ));
        let kept = backups.join("fixdesk-2026-03-01.db");
        for (path, bytes) in [(&gone, 1000), (&journal, 24), (&ours, 10), (&kept, 10)] {
            fs::write(path, vec![0u8; bytes]).expect("write");
        }
        assert_eq!(clean_partial_backups(dir.path()), 1024);
        assert!(!gone.exists() && !journal.exists());
        assert!(ours.exists(), "a backup this process is writing stays");
        assert!(kept.exists(), "backups themselves stay");
        assert_eq!(clean_partial_backups(dir.path()), 0);
    }
}
