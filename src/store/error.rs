//! The store's errors: each says in one sentence what to do.

use super::*;
use crate::domain::staff::Role;
use crate::domain::{CaseEvent, Note};
use crate::i18n::{Language, Words};

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
    #[error("{field}: {}", problem.text)]
    Invalid { field: String, problem: Note },
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
    #[error("case {number}: {}", reason.text)]
    Refused { number: CaseNumber, reason: Note },
    /// A step prepared on a case that another desk changed meanwhile: nothing is written.
    /// `event` is the newest change: who, at which desk, when, what (and its clause).
    #[error(
        "case {number} was changed at another desk by {} at {} ({}): it is shown again as it is now; check it and do the step again if it still applies",
        changed_by(event),
        event.at.format("%H:%M on %d.%m.%Y"),
        changed_what(event)
    )]
    ChangedElsewhere {
        number: CaseNumber,
        event: Box<CaseEvent>,
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
    #[error("{}", .0.text)]
    Backup(Note),
    /// A server's address that cannot be read: the person's input (exit status 2).
    #[error("{}", .0.text)]
    BadDatabaseAddress(Note),
    /// The center's server said no, or cannot be reached: one sentence saying what to
    /// do, never with the password.
    #[error("{}", .0.text)]
    Server(Note),
    /// The database has staff accounts and nobody is signed in: nothing is written.
    #[error(
        "sign in first: this center's database has staff accounts (on the command line: --user NAME, with the secret from FIXDESK_PASSWORD or the prompt)"
    )]
    SignInRequired,
    /// The signed-in person's roles do not allow the action: nothing is written.
    #[error("{}", not_allowed(Language::English.words(), name, roles, action_code, step.as_deref(), needed))]
    NotAllowed {
        name: String,
        roles: Vec<Role>,
        /// The action's code and the step's name (`Action::code`).
        action_code: &'static str,
        step: Option<String>,
        /// The roles that may.
        needed: Vec<Role>,
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
    /// The error as the person reads it, in their language (the `Display` text is the
    /// English one logs keep). Details from the system or the engine (an OS error, a
    /// database's own message) stay as they were said.
    pub fn say(&self, w: Words) -> String {
        let path = |path: &Path| path.display().to_string();
        match self {
            Self::NoDataDir => w.store_no_data_dir(),
            Self::Io { path: p, source } => w.store_io(path(p), source.to_string()),
            Self::Locked(p) => w.store_locked(path(p)),
            Self::NotFixdesk(p) => w.store_not_fixdesk(path(p)),
            Self::TooNew {
                path: p,
                found,
                known,
            } => w.store_too_new(path(p), *found, *known),
            Self::Damaged { path: p, detail } => w.store_damaged(path(p), detail),
            Self::Migration(detail) => w.store_migration(detail),
            Self::Database(detail) => w.store_database(detail),
            Self::Invalid { field, problem } => w.field_problem(field, problem),
            Self::NotFound(number) => w.store_not_found(number.to_string()),
            Self::Transition { number, from, to } => {
                w.store_transition(number.to_string(), w.state(*from), w.state(*to))
            }
            Self::Refused { number, reason } => {
                w.store_refused(number.to_string(), w.problem(reason))
            }
            Self::ChangedElsewhere { number, event } => {
                let note = w.event_note(event);
                let note = note.trim_end_matches(['.', '。']);
                let what = match event.shown_clause() {
                    "" => note.to_string(),
                    clause => w.store_what_clause(note, clause),
                };
                let local = event.at.with_timezone(&chrono::Local);
                let date = w.date(local.date_naive());
                let time = local.format("%H:%M").to_string();
                match event.desk.as_str() {
                    "" => w.store_changed_elsewhere(
                        number.to_string(),
                        &event.actor,
                        date,
                        time,
                        what,
                    ),
                    desk => w.store_changed_elsewhere_desk(
                        number.to_string(),
                        &event.actor,
                        desk,
                        date,
                        time,
                        what,
                    ),
                }
            }
            Self::DuplicateApplication {
                application_id,
                number,
            } => w.store_duplicate_application(application_id, number.to_string()),
            Self::Corrupt { what, detail } => w.store_corrupt(what, detail),
            Self::RealCases(count) => w.store_real_cases(*count),
            Self::Backup(note) | Self::BadDatabaseAddress(note) | Self::Server(note) => {
                w.problem(note)
            }
            Self::SignInRequired => w.store_sign_in_required(),
            Self::NotAllowed {
                name,
                roles,
                action_code,
                step,
                needed,
            } => not_allowed(w, name, roles, action_code, step.as_deref(), needed),
            Self::SignInWrong { left } => w.store_sign_in_wrong(*left),
            Self::SignInWaits { seconds, .. } if *seconds < 120 => {
                w.store_sign_in_waits_seconds(*seconds)
            }
            Self::SignInWaits { seconds, .. } => w.store_sign_in_waits_minutes((seconds + 59) / 60),
            Self::SignInDisabled(person) => w.store_sign_in_disabled(person),
        }
    }

    pub(crate) fn invalid(field: &str, problem: Note) -> Self {
        Self::Invalid {
            field: field.to_string(),
            problem,
        }
    }

    /// What another desk did to `case` last (its newest event: who, at which desk, when,
    /// what), as the error a step prepared on the case before it gets; `None` for a case
    /// without history.
    pub fn changed_elsewhere(case: &Case) -> Option<Self> {
        let newest = case.events.last()?;
        Some(Self::ChangedElsewhere {
            number: case.number.clone(),
            event: Box::new(newest.clone()),
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

/// "Carl (Clerk) may not change the warranty policy: that needs the role Manager".
fn not_allowed(
    w: Words,
    name: &str,
    roles: &[Role],
    action_code: &str,
    step: Option<&str>,
    needed: &[Role],
) -> String {
    let roles: Vec<String> = roles.iter().map(|role| w.role(*role)).collect();
    let needed: Vec<String> = needed.iter().map(|role| w.role(*role)).collect();
    w.store_not_allowed(
        name,
        roles.join(&w.format("list-comma", None)),
        w.action(action_code, step),
        needed.join(&w.store_or()),
    )
}

/// Who made a change, in English: the person, and the desk when it is known.
fn changed_by(event: &CaseEvent) -> String {
    match event.desk.as_str() {
        "" => event.actor.clone(),
        desk => format!("{} (desk {desk})", event.actor),
    }
}

/// What a change was, in English: its note, and its clause when a screen shows it.
fn changed_what(event: &CaseEvent) -> String {
    match event.shown_clause() {
        "" => event.note.trim_end_matches('.').to_string(),
        clause => format!("{} ({clause})", event.note.trim_end_matches('.')),
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
