//! The change feed: what other desks (and other processes: the command line, an import)
//! wrote, as it happens, so a desk's screens follow the center's work (docs/rules.md §9).
//!
//! Every change a person makes writes exactly one event, and event ids are handed out
//! in commit order on both engines (the chain head is locked first on the server; SQLite
//! has one writer at a time). So "what changed since I last looked" is always "the
//! events after the last id I saw" — read from the database itself, never from a
//! message that could be lost. What wakes a [`Feed`] up differs:
//!
//! - **PostgreSQL**: every event's transaction sends `NOTIFY fixdesk_events` (delivered
//!   on commit, in commit order; nothing if it rolls back). The feed listens on its own
//!   session and reads the new events the moment one arrives.
//! - **SQLite**: another process cannot notify, so the feed looks at the events' tail
//!   every [`POLL`] (one indexed read of nothing, most of the time).
//!
//! A feed that loses its connection says so with an error; the caller opens a new one
//! with [`FeedSource::listen`] from the last id it saw, and nothing is missed.
//!
//! The waits here are for I/O only: no business time is read (the events carry theirs).

use std::hash::{Hash, Hasher};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::Result;
use super::postgres::{PgStore, Target};
use super::sqlite::SqliteStore;
use crate::domain::{CaseNumber, State};

/// The server's notification channel.
pub(crate) const CHANNEL: &str = "fixdesk_events";

/// How often a feed on a desk's own file looks for new events.
pub const POLL: Duration = Duration::from_millis(500);

/// The most events one read returns; the next read takes the rest.
pub const BATCH: usize = 500;

/// One change: an event as another desk (or this one) recorded it, in the form
/// `fixdesk events` prints (one JSON line each).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// The event's id: feeds resume after it.
    pub id: i64,
    pub case: CaseNumber,
    /// `None` for the event that opened the case.
    pub from: Option<State>,
    pub to: State,
    pub clause: String,
    pub at: DateTime<Utc>,
    /// The workstation's name (empty for events from before desks had names).
    pub desk: String,
    /// Who did it.
    pub person: String,
}

/// Where a feed listens: the store's database, without the store itself (so a feed can
/// be opened again while the desk's own store is busy or its server away). Two sources
/// are the same when they name the same place; a password is never part of that.
#[derive(Clone)]
pub struct FeedSource {
    place: String,
    at: Where,
}

#[derive(Clone)]
enum Where {
    File(PathBuf),
    Server(Box<Target>),
}

impl std::fmt::Debug for FeedSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FeedSource")
            .field("place", &self.place)
            .finish()
    }
}

impl Hash for FeedSource {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.place.hash(state);
    }
}

impl PartialEq for FeedSource {
    fn eq(&self, other: &Self) -> bool {
        self.place == other.place
    }
}

impl FeedSource {
    pub(crate) fn file(data_dir: PathBuf, place: String) -> Self {
        Self {
            place,
            at: Where::File(data_dir),
        }
    }

    pub(crate) fn server(target: Target, place: String) -> Self {
        Self {
            place,
            at: Where::Server(Box::new(target)),
        }
    }

    /// Where the cases are, as people read it.
    pub fn place(&self) -> &str {
        &self.place
    }

    /// Is it the center's server (so a lost connection is worth a banner)?
    pub fn is_server(&self) -> bool {
        matches!(self.at, Where::Server(_))
    }

    /// Opens a feed of the events after `after` (`None`: after the newest one now). On
    /// the server, listening starts before the newest id is read, so nothing committed
    /// in between is missed.
    pub fn listen(&self, after: Option<i64>) -> Result<Feed> {
        let engine = match &self.at {
            Where::File(dir) => Listener::File(SqliteStore::open_reader(dir)?),
            Where::Server(target) => {
                let store = PgStore::session(target)?;
                store.listen()?;
                Listener::Server(Box::new(store))
            }
        };
        let last = match after {
            Some(id) => id,
            None => engine.last_event_id()?,
        };
        Ok(Feed { engine, last })
    }
}

enum Listener {
    File(SqliteStore),
    Server(Box<PgStore>),
}

impl Listener {
    fn last_event_id(&self) -> Result<i64> {
        match self {
            Listener::File(s) => s.last_event_id(),
            Listener::Server(s) => s.last_event_id(),
        }
    }

    fn events_after(&self, after: i64) -> Result<Vec<Change>> {
        match self {
            Listener::File(s) => s.events_after(after, BATCH),
            Listener::Server(s) => s.events_after(after, BATCH),
        }
    }
}

/// A feed open on the database: see the module's comment.
pub struct Feed {
    engine: Listener,
    last: i64,
}

impl std::fmt::Debug for Feed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Feed").field("last", &self.last).finish()
    }
}

impl Feed {
    /// The id of the last event this feed gave (or started after).
    pub fn last_id(&self) -> i64 {
        self.last
    }

    /// The events recorded since the last call, oldest first; waits up to `wait` for
    /// the first one (an empty list when none came). An error means the connection is
    /// gone: open a new feed from [`Feed::last_id`].
    pub fn next(&mut self, wait: Duration) -> Result<Vec<Change>> {
        let changes = match &self.engine {
            Listener::File(_) => {
                let until = Instant::now() + wait;
                loop {
                    let changes = self.engine.events_after(self.last)?;
                    let left = until.saturating_duration_since(Instant::now());
                    if !changes.is_empty() || left.is_zero() {
                        break changes;
                    }
                    std::thread::sleep(left.min(POLL));
                }
            }
            Listener::Server(store) => {
                // Anything committed before listening started, or since the last read.
                let changes = self.engine.events_after(self.last)?;
                if changes.is_empty() {
                    store.wait_for_notice(wait)?;
                    self.engine.events_after(self.last)?
                } else {
                    changes
                }
            }
        };
        if let Some(newest) = changes.last() {
            self.last = newest.id;
        }
        Ok(changes)
    }
}

/// One event's row as both engines read it for the feed: id, case number, from, to,
/// clause, time, desk, person.
pub(crate) struct ChangeRow {
    pub id: i64,
    pub number: String,
    pub from: Option<String>,
    pub to: String,
    pub clause: String,
    pub at: DateTime<Utc>,
    pub desk: String,
    pub person: String,
}

impl ChangeRow {
    /// The change, its number and states checked (a damaged row is reported, never
    /// unwrapped).
    pub(crate) fn change(self) -> Result<Change> {
        let what = format!("event {}", self.id);
        let case = CaseNumber::parse(&self.number).ok_or_else(|| {
            super::StoreError::corrupt(&what, format!("'{}' is not a case number", self.number))
        })?;
        Ok(Change {
            id: self.id,
            case,
            from: self
                .from
                .map(|from| super::codec::parse_state(&from, &what))
                .transpose()?,
            to: super::codec::parse_state(&self.to, &what)?,
            clause: self.clause,
            at: self.at,
            desk: self.desk,
            person: self.person,
        })
    }
}
