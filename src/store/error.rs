//! The store's errors: each says in one sentence what to do.

use super::*;

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
            what: match newest.shown_clause() {
                "" => newest.note.trim_end_matches('.').to_string(),
                clause => format!("{} ({clause})", newest.note.trim_end_matches('.')),
            },
        })
    }

    pub(crate) fn corrupt(what: impl Into<String>, detail: impl ToString) -> Self {
        Self::Corrupt {
            what: what.into(),
            detail: detail.to_string(),
        }
    }

    pub(super) fn io(path: &Path, source: std::io::Error) -> Self {
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
