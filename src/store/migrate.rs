//! Moving a desk to the center's server (docs/rules.md §9, "Where the cases are"): a SQLite data folder's
//! whole database copied into an empty fixdesk database on PostgreSQL.
//!
//! The copy keeps every row's id, so the events keep their hashes (the hash covers the
//! event's id and its case's id) and the chain verifies on the server as it did in the
//! folder. Each engine only reads or writes its own rows ([`CaseRow`], [`EventRow`], …,
//! plain Rust values); this module moves them across in batches. Everything is written
//! in ONE server transaction, checked (the chain walked, the counts compared) before it
//! commits: a copy that is killed or fails half-way leaves the server's database empty,
//! and one that commits is complete.
//!
//! Photos' and printed documents' files go into the rows' `content` (every desk reads
//! them from the server); a file no longer in the folder is counted, not an error.
//!
//! The way back is [`backup_server`]: a server's whole database read in one snapshot
//! and written, through the same rows, into a new SQLite file, the single-file backup
//! `fixdesk restore` and `fixdesk migrate` take.

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};

use super::columns::CaseColumns;
use super::postgres::PgStore;
use super::sqlite::SqliteStore;
use super::{BackupReport, ChainReport, Engine, Result, Store, StoreError};
use crate::domain::Note;

/// How many rows are read and written at a time (cases, events, payments, keys).
const BATCH: usize = 1000;
/// Photos and printed documents carry their files: fewer at a time.
const FILE_BATCH: usize = 200;
/// The folders of the data folder that hold photos and printed documents.
const PHOTOS_DIR: &str = "photos";
const DOCUMENTS_DIR: &str = "documents";

/// One `cases` row, whole.
#[derive(Debug, Clone)]
pub(crate) struct CaseRow {
    pub id: i64,
    pub year: i32,
    pub sequence: i64,
    pub created_at: DateTime<Utc>,
    pub demo: bool,
    pub columns: CaseColumns,
    /// Search keys saved with the case and not yet in the engine's key index (SQLite's
    /// fold); the rest come from [`Store`]'s key rows.
    pub pending_keys: Vec<String>,
}

/// One event, exactly as stored (its hash covers id, case id, `at` in micros, …).
#[derive(Debug, Clone)]
pub(crate) struct EventRow {
    pub id: i64,
    pub case_id: i64,
    pub at: DateTime<Utc>,
    pub actor: String,
    pub from_state: Option<String>,
    pub to_state: String,
    pub clause: String,
    pub note: String,
    pub hash: Vec<u8>,
    pub desk: String,
    /// The note's codes and their arguments' JSON (empty before codes).
    pub code: String,
    pub args: String,
}

#[derive(Debug, Clone)]
pub(crate) struct PaymentRow {
    pub id: i64,
    pub case_id: i64,
    pub minor: i64,
    pub currency: String,
    pub paid_on: NaiveDate,
    pub method: String,
}

/// One customer message of the outbox (docs/rules.md §11): copied with the cases, so a
/// message still queued is sent from the new place, with its Message-ID.
#[derive(Debug, Clone)]
pub(crate) struct OutboxRow {
    pub id: i64,
    pub case_id: i64,
    pub moment: String,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub attachment: Option<String>,
    pub message_id: String,
    pub status: String,
    pub attempts: i32,
    pub queued_at: DateTime<Utc>,
    pub queued_by: String,
    pub desk: String,
    pub next_try_at: DateTime<Utc>,
    pub claimed_by: Option<String>,
    pub claimed_until: Option<DateTime<Utc>>,
    pub sent_at: Option<DateTime<Utc>>,
    pub reply: Option<String>,
    pub error: Option<String>,
}

/// One printing of a document; `content` is its file, when it was found.
#[derive(Debug, Clone)]
pub(crate) struct DocumentRow {
    pub id: i64,
    pub case_id: i64,
    pub kind: String,
    pub at: DateTime<Utc>,
    pub actor: String,
    pub file: Option<String>,
    pub facts: Option<String>,
    pub note: Option<String>,
    pub content: Option<Vec<u8>>,
}

/// One photo; `content` is its file, when it was found.
#[derive(Debug, Clone)]
pub(crate) struct PhotoRow {
    pub id: i64,
    pub case_id: i64,
    pub file_name: String,
    pub content: Option<Vec<u8>>,
}

/// One saved version of the warranty policy.
#[derive(Debug, Clone)]
pub(crate) struct PolicyRow {
    pub version: i64,
    pub json: String,
    pub saved_at: Option<DateTime<Utc>>,
}

/// The small tables, read at once: settings, policy versions, the last number handed
/// out per year, the chain's head, and the staff with the record of their changes (so a
/// center moved to a server, or a server's backup restored, signs in as before:
/// docs/rules.md §10).
#[derive(Debug, Clone, Default)]
pub(crate) struct FixedRows {
    pub settings: Vec<(String, String)>,
    pub policies: Vec<PolicyRow>,
    pub counters: Vec<(i32, i64)>,
    pub head: Option<(i64, Vec<u8>)>,
    pub staff: Vec<StaffRowCopy>,
    /// Oldest first.
    pub staff_changes: Vec<super::staff::StaffChange>,
}

/// One staff account as stored, its secret's hash included (never the secret).
#[derive(Clone)]
pub(crate) struct StaffRowCopy {
    pub name: String,
    pub name_key: String,
    pub roles: String,
    pub active: bool,
    pub kind: String,
    pub hash: String,
    pub created_at: DateTime<Utc>,
}

impl std::fmt::Debug for StaffRowCopy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StaffRowCopy")
            .field("name", &self.name)
            .field("roles", &self.roles)
            .field("active", &self.active)
            .finish_non_exhaustive()
    }
}

/// What a database holds, counted from its rows, to compare source and copy.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct RowCounts {
    pub cases: u64,
    pub events: u64,
    pub payments: u64,
    pub documents: u64,
    pub photos: u64,
    /// Cases per state word, sorted by the word.
    pub by_state: Vec<(String, u64)>,
}

impl RowCounts {
    /// The first difference between two counts, in words (`places`: where `self` and
    /// `copy` are, e.g. "in the folder", "on the server").
    fn difference(&self, copy: &RowCounts, places: (&str, &str)) -> Option<String> {
        let (here_place, there_place) = places;
        let pairs = [
            ("cases", self.cases, copy.cases),
            ("events", self.events, copy.events),
            ("payments", self.payments, copy.payments),
            ("documents", self.documents, copy.documents),
            ("photos", self.photos, copy.photos),
        ];
        for (what, here, there) in pairs {
            if here != there {
                return Some(format!("{here} {what} {here_place}, {there} {there_place}"));
            }
        }
        let sorted = |counts: &RowCounts| {
            // Each engine sorts words by its own collation: compare in Rust's order.
            let mut by_state = counts.by_state.clone();
            by_state.sort();
            by_state
        };
        if sorted(self) != sorted(copy) {
            return Some(format!(
                "cases per state differ: {:?} {here_place}, {:?} {there_place}",
                self.by_state, copy.by_state
            ));
        }
        None
    }
}

/// How far the copy is, for a progress line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MigrateProgress {
    /// What is being copied: "cases", "events", "payments", "documents", "photos",
    /// "search keys".
    pub what: &'static str,
    pub done: u64,
    pub total: u64,
}

/// What [`migrate`] copied.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MigrateReport {
    /// The server's database, as people read it (never the password).
    pub place: String,
    pub cases: u64,
    pub events: u64,
    pub payments: u64,
    pub documents: u64,
    pub photos: u64,
    /// Printed documents and photos whose file was found and copied into the database.
    pub document_files: u64,
    pub photo_files: u64,
    /// Files the rows name that are no longer in the data folder (the row is copied
    /// without its file).
    pub missing_files: Vec<String>,
}

/// Why a desk was not moved, each in one sentence.
#[derive(Debug, thiserror::Error)]
pub enum MigrateError {
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The person chose a database that is in use (exit status 2).
    #[error(
        "{place} already holds {cases} cases and {events} events: a desk moves only into an empty fixdesk database, so create a new database for it (or name the right one)"
    )]
    NotEmpty {
        place: String,
        cases: u64,
        events: u64,
    },
    /// The data folder's history does not verify: nothing is copied.
    #[error(
        "the data folder's history is damaged ({problem}): nothing was copied; run `fixdesk check` and restore a backup before moving the desk"
    )]
    DamagedSource {
        /// The first broken event (0 when the problem is a case's, not an event's).
        event_id: i64,
        /// Where and what, e.g. "event 3 (2026-0042): the event does not match its hash".
        problem: String,
    },
    /// The copy did not check out on the server: it was rolled back.
    #[error(
        "the copy on {place} did not match the data folder ({detail}), so nothing was kept on the server: report this problem"
    )]
    Mismatch { place: String, detail: String },
}

impl MigrateError {
    /// The error as the person reads it, in their language (the `Display` is the
    /// English one logs keep); the broken event's problem and the server's detail as
    /// they were said.
    pub fn say(&self, w: crate::i18n::Words) -> String {
        match self {
            Self::Store(err) => err.say(w),
            Self::NotEmpty {
                place,
                cases,
                events,
            } => w.store_migrate_not_empty(place, *cases, *events),
            Self::DamagedSource { problem, .. } => w.store_migrate_damaged_source(problem),
            Self::Mismatch { place, detail } => w.store_migrate_mismatch(place, detail),
        }
    }
}

/// Copies the SQLite store `source` (a desk's data folder, opened with its lock) into
/// the PostgreSQL store `target`, which must hold no cases and no events. The source's
/// chain is verified first (a damaged one is refused, naming the problem); the copy is
/// one server transaction that commits only when the chain verifies on the server and
/// the counts (cases, events, payments, documents, photos, cases per state) match.
/// The server's id sequences are moved past the copied ids, so new cases, payments,
/// documents and photos keep working, and new cases take the next number of their year.
pub fn migrate(
    source: &Store,
    target: &mut Store,
    progress: &mut dyn FnMut(MigrateProgress),
) -> Result<MigrateReport, MigrateError> {
    let Engine::Sqlite(from) = &source.engine else {
        return Err(StoreError::invalid(
            "migrate",
            Note::coded(
                "migrate-from-sqlite",
                "the cases to move must be a data folder's SQLite file",
            ),
        )
        .into());
    };
    let place = target.place();
    let Engine::Postgres(to) = &mut target.engine else {
        return Err(StoreError::invalid(
            "migrate --to",
            Note::coded(
                "migrate-to-server",
                "name the center's PostgreSQL server (postgresql://USER@HOST/DATABASE)",
            ),
        )
        .into());
    };

    let chain = from.verify()?;
    if let Some(first) = chain.problems.first() {
        let event = (first.event_id > 0).then(|| format!("event {}", first.event_id));
        let case = first.case.as_ref().map(|number| format!("case {number}"));
        let place = [event, case].into_iter().flatten().collect::<Vec<_>>();
        return Err(MigrateError::DamagedSource {
            event_id: first.event_id,
            problem: if place.is_empty() {
                first.problem.clone()
            } else {
                format!("{}: {}", place.join(", "), first.problem)
            },
        });
    }
    let counts = from.copy_counts()?;
    let data_dir = from.data_dir().to_path_buf();

    let mut copy = to.begin_copy()?;
    let (cases, events) = copy.contents()?;
    if cases > 0 || events > 0 {
        return Err(MigrateError::NotEmpty {
            place,
            cases,
            events,
        });
    }
    let mut report = MigrateReport {
        place: place.clone(),
        ..MigrateReport::default()
    };

    // Parents first: cases, then what refers to them.
    let mut after = 0;
    loop {
        let rows = from.copy_cases(after, BATCH)?;
        let Some(last) = rows.last() else { break };
        after = last.id;
        copy.cases(&rows)?;
        report.cases += rows.len() as u64;
        progress(MigrateProgress {
            what: "cases",
            done: report.cases,
            total: counts.cases,
        });
    }
    let mut after = 0;
    loop {
        let rows = from.copy_events(after, BATCH)?;
        let Some(last) = rows.last() else { break };
        after = last.id;
        copy.events(&rows)?;
        report.events += rows.len() as u64;
        progress(MigrateProgress {
            what: "events",
            done: report.events,
            total: counts.events,
        });
    }
    let mut after = 0;
    loop {
        let rows = from.copy_payments(after, BATCH)?;
        let Some(last) = rows.last() else { break };
        after = last.id;
        copy.payments(&rows)?;
        report.payments += rows.len() as u64;
    }
    let mut after = 0;
    loop {
        let rows = from.copy_outbox(after, BATCH)?;
        let Some(last) = rows.last() else { break };
        after = last.id;
        copy.outbox(&rows)?;
    }
    let mut after = 0;
    loop {
        let mut rows = from.copy_documents(after, FILE_BATCH)?;
        let Some(last) = rows.last() else { break };
        after = last.id;
        for row in &mut rows {
            let Some(file) = row.file.clone() else {
                continue;
            };
            match read_file(&document_paths(&data_dir, &file))? {
                Some(bytes) => {
                    row.content = Some(bytes);
                    report.document_files += 1;
                }
                None => report.missing_files.push(file),
            }
        }
        copy.documents(&rows)?;
        report.documents += rows.len() as u64;
        progress(MigrateProgress {
            what: "documents",
            done: report.documents,
            total: counts.documents,
        });
    }
    let mut after = 0;
    loop {
        let mut rows = from.copy_photos(after, FILE_BATCH)?;
        let Some(last) = rows.last() else { break };
        after = last.id;
        for row in &mut rows {
            let path = data_dir.join(PHOTOS_DIR).join(&row.file_name);
            match read_file(&[path])? {
                Some(bytes) => {
                    row.content = Some(bytes);
                    report.photo_files += 1;
                }
                None => report.missing_files.push(row.file_name.clone()),
            }
        }
        copy.photos(&rows)?;
        report.photos += rows.len() as u64;
        progress(MigrateProgress {
            what: "photos",
            done: report.photos,
            total: counts.photos,
        });
    }
    let mut after: Option<(String, i64)> = None;
    loop {
        let keys = from.copy_search_keys(after.as_ref(), BATCH * 4)?;
        let Some(last) = keys.last() else { break };
        after = Some(last.clone());
        copy.search_keys(&keys)?;
    }
    copy.fixed(&from.copy_fixed()?)?;

    // Checked before it counts: the chain walked and every count compared inside the
    // transaction, so a copy that does not match is never committed.
    let chain: ChainReport = copy.verify()?;
    if let Some(first) = chain.problems.first() {
        return Err(MigrateError::Mismatch {
            place,
            detail: format!("event {}: {}", first.event_id, first.problem),
        });
    }
    if let Some(detail) = counts.difference(&copy.counts()?, ("in the folder", "on the server")) {
        return Err(MigrateError::Mismatch { place, detail });
    }
    copy.commit()?;
    to.tidy_after_load()?;
    Ok(report)
}

/// Backs up the server's database `from` into a new SQLite fixdesk database file `out`
/// (see [`SqliteCopy`](super::sqlite)): every row read inside one read-only
/// `REPEATABLE READ` transaction, so the file is one consistent moment of the center
/// while the desks keep working; written with the same ids and hashes; the counts
/// compared and the file checked (integrity, chain) before it is renamed into place.
/// Photos' and documents' bytes go into `<out>.files/` beside it.
pub(crate) fn backup_server(from: &PgStore, out: &Path) -> Result<BackupReport> {
    let mut to = SqliteStore::create_copy(out)?;
    from.snapshot(|snapshot| {
        let mut after = 0;
        loop {
            let rows = snapshot.cases(after, BATCH)?;
            let Some(last) = rows.last() else { break };
            after = last.id;
            to.cases(&rows)?;
        }
        let mut after = 0;
        loop {
            let rows = snapshot.events(after, BATCH)?;
            let Some(last) = rows.last() else { break };
            after = last.id;
            to.events(&rows)?;
        }
        let mut after = 0;
        loop {
            let rows = snapshot.payments(after, BATCH)?;
            let Some(last) = rows.last() else { break };
            after = last.id;
            to.payments(&rows)?;
        }
        let mut after = 0;
        loop {
            let rows = snapshot.outbox(after, BATCH)?;
            let Some(last) = rows.last() else { break };
            after = last.id;
            to.outbox(&rows)?;
        }
        let mut after = 0;
        loop {
            let rows = snapshot.documents(after, FILE_BATCH)?;
            let Some(last) = rows.last() else { break };
            after = last.id;
            to.documents(&rows)?;
        }
        let mut after = 0;
        loop {
            let rows = snapshot.photos(after, FILE_BATCH)?;
            let Some(last) = rows.last() else { break };
            after = last.id;
            to.photos(&rows)?;
        }
        let mut after: Option<(String, i64)> = None;
        loop {
            let keys = snapshot.search_keys(after.as_ref(), BATCH * 4)?;
            let Some(last) = keys.last() else { break };
            after = Some(last.clone());
            to.search_keys(&keys)?;
        }
        to.fixed(&snapshot.fixed()?)?;
        let counts = snapshot.counts()?;
        match counts.difference(&to.counts()?, ("on the server", "in the backup")) {
            Some(detail) => Err(StoreError::Backup(
                Note::coded(
                    "backup-mismatch",
                    format!(
                        "the backup did not match the server ({detail}), so no file was written: report this problem"
                    ),
                )
                .arg("detail", detail),
            )),
            None => Ok(()),
        }
    })?;
    to.finish()
}

/// Where a printed document's file may be: the data folder's `documents/` (where the
/// app writes them, by name), or the path the command line wrote it to.
fn document_paths(data_dir: &Path, file: &str) -> Vec<PathBuf> {
    let given = Path::new(file);
    let mut paths = vec![data_dir.join(DOCUMENTS_DIR).join(given)];
    if let Some(name) = given.file_name() {
        paths.push(data_dir.join(DOCUMENTS_DIR).join(name));
    }
    if given.is_absolute() {
        paths.push(given.to_path_buf());
    }
    paths
}

/// The first of `paths` that exists, read whole; `None` when none does.
fn read_file(paths: &[PathBuf]) -> Result<Option<Vec<u8>>> {
    for path in paths {
        match std::fs::read(path) {
            Ok(bytes) => return Ok(Some(bytes)),
            Err(err)
                if err.kind() == std::io::ErrorKind::NotFound
                    || err.kind() == std::io::ErrorKind::IsADirectory => {}
            Err(err) => return Err(StoreError::io(path, err)),
        }
    }
    Ok(None)
}
