//! The store on a PostgreSQL server: one database shared by every desk of a center.
//!
//! [`PgStore`] offers the same methods as the SQLite [`Store`](super::Store) (same
//! names, arguments and results), so the store's facade dispatches to either. The rules
//! are shared: the writing flow is `store::flow` over [`write::PgTx`], search keys are
//! `store::keys`, the event hash is `store::codec`, a case's columns are
//! `store::columns`. Only the SQL is this module's.
//!
//! Correct under several desks at READ COMMITTED, with row locks only (no advisory
//! locks, so PostgreSQL-compatible distributed engines stay possible):
//! - every writing transaction first locks the chain head row (`chain_head`, one row),
//!   so the event hash chain stays one chain and writers take their locks in one order:
//!   chain head → case number counter → case rows; two desks never deadlock;
//! - case numbers come from `case_numbers (site, year, last)`, bumped with
//!   `INSERT … ON CONFLICT DO UPDATE … RETURNING` (its row locked until commit, rolled
//!   back with the transaction), so they stay gapless and unique;
//! - a step locks its case row before reading it (`FOR NO KEY UPDATE`).
//!
//! The session gives up on a lock after 5 s (`lock_timeout`), and the server ends a
//! session idle inside a transaction after 30 s, and TCP keepalives find a dead network:
//! a desk that loses its network cannot hold the others' locks.
//!
//! Time is always an argument: nothing here reads the clock.

mod copy;
mod jobs;
mod outbox;
mod read;
mod schema;

pub use schema::{DESKS_ROLE, VERSION};
mod search;
mod staff;
mod verify;
mod write;

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};
use postgres::error::SqlState;
use postgres::{Client, Config};

use super::{Result, SETTING_ANSWER_DAYS, StoreError};
use crate::domain::case::{DocumentKind, PrintedDocument};
use crate::domain::{CaseNumber, Note, Policy};

/// How long a statement waits for a row another desk has locked before giving up.
const LOCK_TIMEOUT: &str = "5s";
/// How long the server lets a session sit idle inside a transaction.
const IDLE_IN_TRANSACTION_TIMEOUT: &str = "30s";
/// How long connecting may take when the configuration does not say.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// TCP keepalives: the first probe after this much silence, then every interval, and
/// the connection counts as dead after that many unanswered probes (about a minute).
const KEEPALIVE_IDLE: Duration = Duration::from_secs(30);
const KEEPALIVE_INTERVAL: Duration = Duration::from_secs(10);
const KEEPALIVE_RETRIES: u32 = 3;

/// One sentence for the person at the desk about the server (coded, so it is said in
/// their language).
fn said(sentence: Note) -> StoreError {
    StoreError::Server(sentence)
}

/// What the person must fix, for the errors a desk can do something about; `None` for
/// the rest (a bug, or damage), which keep the server's own words.
fn sentence_for(err: &postgres::Error) -> Option<Note> {
    if let Some(db) = err.as_db_error() {
        let code = db.code();
        let (code, text) = if *code == SqlState::INVALID_PASSWORD {
            (
                "server-password",
                "the center's server refused the password: check the user name and password in the connection settings",
            )
        } else if *code == SqlState::INVALID_AUTHORIZATION_SPECIFICATION {
            (
                "server-user-not-let-in",
                "the center's server does not let this user in from this desk: check the user name, or ask whoever runs the server to allow it",
            )
        } else if *code == SqlState::INVALID_CATALOG_NAME {
            (
                "server-no-database",
                "the center's server has no database of that name: check the database name in the connection settings",
            )
        } else if *code == SqlState::T_R_SERIALIZATION_FAILURE
            || *code == SqlState::T_R_DEADLOCK_DETECTED
        {
            (
                "server-saved-at-once",
                "another desk saved at the same moment and nothing was saved here: try again",
            )
        } else if *code == SqlState::LOCK_NOT_AVAILABLE {
            (
                "server-case-held",
                "another desk holds this case (or is in the middle of a save): wait a moment and try again",
            )
        } else if *code == SqlState::IDLE_IN_TRANSACTION_SESSION_TIMEOUT {
            (
                "server-save-cancelled",
                "the save waited too long and the server cancelled it: try again",
            )
        } else if *code == SqlState::INSUFFICIENT_PRIVILEGE {
            (
                "server-not-permitted",
                "the login of this desk may not do this on the center's server: ask whoever runs the server",
            )
        } else if *code == SqlState::ADMIN_SHUTDOWN
            || *code == SqlState::CANNOT_CONNECT_NOW
            || *code == SqlState::CRASH_SHUTDOWN
            || *code == SqlState::TOO_MANY_CONNECTIONS
        {
            (
                "server-busy",
                "the center's server is shutting down, starting or full: wait a moment and try again",
            )
        } else {
            return None;
        };
        return Some(Note::coded(code, text));
    }
    // Anything else without a database error is the connection: refused, reset, timed
    // out, a TLS handshake that failed, or a session the server closed.
    let text = err.to_string();
    if text.contains("TLS") || text.contains("tls") || text.contains("certificate") {
        return Some(Note::coded(
            "server-tls-failed",
            "the secure connection to the center's server failed: check the TLS setting (sslmode), that the server's certificate is valid for its name, and name the authority that signed it with sslrootcert=FILE",
        ));
    }
    Some(Note::coded(
        "server-unreachable",
        "the center's server cannot be reached: check the network and that the server is running, then try again",
    ))
}

/// The server's errors become store errors a person can act on. The password is never
/// in them: server messages do not carry it, and connection errors are replaced by
/// sentences of our own.
impl From<postgres::Error> for StoreError {
    fn from(err: postgres::Error) -> Self {
        match sentence_for(&err) {
            Some(sentence) => said(sentence),
            None => StoreError::Database(detail(&err)),
        }
    }
}

/// The server's own words for an error (`postgres::Error` alone prints "db error").
pub(crate) fn detail(err: &postgres::Error) -> String {
    match err.as_db_error() {
        Some(db) => format!("{} ({})", db.message(), db.code().code()),
        None => err.to_string(),
    }
}

/// Where a configuration points, for messages: database, host and port (never the
/// password). Written in English by `Display` (`database "fixdesk" on db:5432`); a
/// sentence naming it takes its parts as arguments ([`Place::named`]).
pub(crate) struct Place {
    database: String,
    host: String,
    port: u16,
}

impl std::fmt::Display for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "database \"{}\" on {}:{}",
            self.database, self.host, self.port
        )
    }
}

impl Place {
    /// `note` with this place's parts as its arguments (`database`, `host`, `port`).
    pub(crate) fn named(&self, note: Note) -> Note {
        note.arg("database", &self.database)
            .arg("host", &self.host)
            .arg("port", self.port)
    }
}

fn describe(config: &Config) -> Place {
    let host = config
        .get_hosts()
        .first()
        .map(|host| match host {
            postgres::config::Host::Tcp(name) => name.clone(),
            #[cfg(unix)]
            postgres::config::Host::Unix(path) => path.display().to_string(),
        })
        .unwrap_or_else(|| "localhost".into());
    let port = config.get_ports().first().copied().unwrap_or(5432);
    let db = config
        .get_dbname()
        .or(config.get_user())
        .unwrap_or("postgres");
    Place {
        database: db.to_string(),
        host,
        port,
    }
}

/// A connection configuration as this store uses it: the driver's, and the file of
/// the certificate authority that signed the server's certificate, if one is named.
#[derive(Clone)]
pub(crate) struct Target {
    config: Config,
    root_cert: Option<PathBuf>,
}

/// Takes libpq's `sslrootcert=FILE` out of a configuration (the driver does not know
/// it): a center's server usually has a certificate of its own authority, not one of
/// the public roots.
fn take_root_cert(text: &str) -> (String, Option<PathBuf>) {
    const KEY: &str = "sslrootcert=";
    let Some(start) = text.find(KEY) else {
        return (text.to_string(), None);
    };
    let value_start = start + KEY.len();
    let end = text[value_start..]
        .find(|c: char| c.is_whitespace() || c == '&')
        .map_or(text.len(), |n| value_start + n);
    let path = PathBuf::from(&text[value_start..end]);
    let mut rest = format!("{}{}", &text[..start], &text[end..]);
    for (from, to) in [("?&", "?"), ("&&", "&")] {
        rest = rest.replace(from, to);
    }
    let rest = rest.trim_end_matches(['?', '&']).trim().to_string();
    (rest, Some(path))
}

/// Reads a connection configuration: a `postgresql://` URI or the `key=value` form.
/// libpq's `verify-ca` and `verify-full` are read as `require`: rustls always checks
/// the server's certificate and name, so `require` here is what they ask for.
fn parse_config(text: &str) -> Result<Target> {
    let (text, root_cert) = take_root_cert(text);
    let text = text
        .replace("sslmode=verify-full", "sslmode=require")
        .replace("sslmode=verify-ca", "sslmode=require");
    let mut config: Config = text.parse().map_err(|_| {
        // The parser's message may quote the text, password included: not shown.
        StoreError::BadDatabaseAddress(Note::coded(
            "server-address",
            "the center's server address is not understood: write it as postgresql://USER@HOST:PORT/DATABASE or host=HOST port=PORT user=USER dbname=DATABASE",
        ))
    })?;
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(CONNECT_TIMEOUT);
    }
    config
        .keepalives(true)
        .keepalives_idle(KEEPALIVE_IDLE)
        .keepalives_interval(KEEPALIVE_INTERVAL)
        .keepalives_retries(KEEPALIVE_RETRIES);
    if config.get_application_name().is_none() {
        config.application_name("fixdesk");
    }
    Ok(Target { config, root_cert })
}

/// TLS through rustls with the `ring` provider (no OpenSSL, no system package to
/// build), trusting Mozilla's roots, or only the authority in `root_cert` when one is
/// named (as libpq's `sslrootcert` does).
fn tls(root_cert: Option<&Path>) -> Result<tokio_postgres_rustls::MakeRustlsConnect> {
    let roots = match root_cert {
        None => rustls::RootCertStore {
            roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
        },
        Some(path) => {
            use rustls::pki_types::CertificateDer;
            use rustls::pki_types::pem::PemObject;
            let unreadable = |detail: String| {
                said(
                    Note::coded(
                        "server-ca-file",
                        format!(
                            "the certificate authority file {} cannot be used ({detail}): check sslrootcert in the connection settings",
                            path.display()
                        ),
                    )
                    .arg("path", path.display())
                    .arg("detail", detail),
                )
            };
            let mut roots = rustls::RootCertStore::empty();
            let certs =
                CertificateDer::pem_file_iter(path).map_err(|err| unreadable(err.to_string()))?;
            for cert in certs {
                let cert = cert.map_err(|err| unreadable(err.to_string()))?;
                roots.add(cert).map_err(|err| unreadable(err.to_string()))?;
            }
            if roots.is_empty() {
                return Err(unreadable("no certificate in it".into()));
            }
            roots
        }
    };
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|err| {
            said(
                Note::coded(
                    "server-tls-setup",
                    format!("TLS could not be set up on this desk ({err})"),
                )
                .arg("detail", err),
            )
        })?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(tokio_postgres_rustls::MakeRustlsConnect::new(config))
}

/// Opens one session with the store's timeouts.
fn open_session(target: &Target) -> Result<Client> {
    let config = &target.config;
    let mut client = config
        .connect(tls(target.root_cert.as_deref())?)
        .map_err(|err| {
            let sentence = sentence_for(&err).unwrap_or_else(|| Note::detail(&err));
            let place = describe(config);
            said(
                place
                    .named(Note::coded("server-place", format!("{place}:")))
                    .then(sentence),
            )
        })?;
    client.batch_execute(&format!(
        "SET lock_timeout = '{LOCK_TIMEOUT}';
         SET idle_in_transaction_session_timeout = '{IDLE_IN_TRANSACTION_TIMEOUT}';"
    ))?;
    Ok(client)
}

/// The case store on a PostgreSQL server: one session.
///
/// The session sits in a `RefCell` because `postgres::Client` needs `&mut` even to read
/// while the store's reads take `&self`; a store is used by one thread at a time (it is
/// `Send`, not `Sync`), and no method holds the borrow while calling another.
pub struct PgStore {
    client: RefCell<Client>,
    target: Target,
    /// Set after a call failed on the server's side: see [`PgStore::revive`].
    suspect: std::cell::Cell<bool>,
    /// The workstation's name, stamped on every event this store writes.
    pub(crate) desk: String,
}

impl std::fmt::Debug for PgStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the configuration itself: it may hold the password.
        f.debug_struct("PgStore")
            .field("database", &describe(&self.target.config).to_string())
            .finish()
    }
}

impl PgStore {
    /// Connects to the center's server (`config`: a `postgresql://` URI or the
    /// `key=value` form, unix-socket hosts included), sets the session's timeouts and
    /// brings the database's schema up to date. Refuses a database of another program
    /// and one written by a newer fixdesk, each in one sentence without the password.
    pub(crate) fn connect(config: &str) -> Result<PgStore> {
        let target = parse_config(config)?;
        let mut client = open_session(&target)?;
        schema::migrate(&mut client, &describe(&target.config))?;
        Ok(PgStore {
            client: RefCell::new(client),
            target,
            suspect: std::cell::Cell::new(false),
            desk: String::new(),
        })
    }

    /// A session the server or the network closed (a restart, a cable pulled, the idle
    /// timeout) is opened again before the next call, so a desk carries on once the
    /// server is back instead of failing until fixdesk is restarted. What the lost
    /// session had not committed was rolled back by the server: nothing half-written.
    pub(crate) fn revive(&self) -> Result<()> {
        if self.suspect.get() || self.client.borrow().is_closed() {
            let client = open_session(&self.target)?;
            *self.client.borrow_mut() = client;
            self.suspect.set(false);
        }
        Ok(())
    }

    /// Makes sure the session works, opening a new one if the server closed it (after
    /// the server came back: the next call must not fail for the old session).
    pub(crate) fn reconnect(&self) -> Result<()> {
        self.revive()?;
        if self.client.borrow_mut().simple_query("").is_err() {
            self.suspect();
            self.revive()?;
        }
        Ok(())
    }

    /// The last call failed on the server's side (the session may be gone even though
    /// the driver has not noticed yet): the next call starts a new session.
    pub(crate) fn suspect(&self) {
        self.suspect.set(true);
    }

    /// A session on `target` as it is, without migrating (a change feed's listener).
    pub(crate) fn session(target: &Target) -> Result<PgStore> {
        Ok(PgStore {
            client: RefCell::new(open_session(target)?),
            target: target.clone(),
            suspect: std::cell::Cell::new(false),
            desk: String::new(),
        })
    }

    /// The change feed's source: this database, reached as this store reaches it.
    pub(crate) fn feed_source(&self) -> crate::store::feed::FeedSource {
        crate::store::feed::FeedSource::server(self.target.clone(), self.place())
    }

    /// Another session on the same database (a second worker thread).
    pub(crate) fn another_connection(&self) -> Result<PgStore> {
        Ok(PgStore {
            client: RefCell::new(open_session(&self.target)?),
            target: self.target.clone(),
            suspect: std::cell::Cell::new(false),
            desk: self.desk.clone(),
        })
    }

    /// Does the database hold cases entered by people (not `fixdesk demo`)?
    pub(crate) fn has_real_cases(&self) -> Result<bool> {
        let row = self
            .client
            .borrow_mut()
            .query_one("SELECT EXISTS (SELECT 1 FROM cases WHERE NOT demo)", &[])?;
        Ok(row.try_get(0)?)
    }

    /// A stored setting (JSON text), or `None` when never set.
    pub(crate) fn setting(&self, key: &str) -> Result<Option<String>> {
        let row = self
            .client
            .borrow_mut()
            .query_opt("SELECT value FROM settings WHERE key = $1", &[&key])?;
        Ok(row.map(|row| row.try_get(0)).transpose()?)
    }

    /// Stores settings (already checked JSON) in one transaction.
    pub(crate) fn set_settings(&mut self, pairs: &[(&str, String)]) -> Result<()> {
        let mut tx = self.client.get_mut().transaction()?;
        for (key, value) in pairs {
            tx.execute(
                "INSERT INTO settings (key, value) VALUES ($1, $2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                &[key, value],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// 2.3: the answer days, for the deadlines shown in lists.
    pub(crate) fn answer_days(&self) -> Result<u32> {
        Ok(super::answer_days_of(self.setting(SETTING_ANSWER_DAYS)?))
    }

    /// Where the cases are, as people read it: `user@host:port/database`.
    pub(crate) fn place(&self) -> String {
        describe(&self.target.config).to_string()
    }

    /// The current warranty policy and its version (the shipped one is version 1).
    pub(crate) fn policy(&self) -> Result<(i64, Policy)> {
        let row = self.client.borrow_mut().query_one(
            "SELECT version, json FROM policies ORDER BY version DESC LIMIT 1",
            &[],
        )?;
        let version: i64 = row.try_get(0)?;
        let json: String = row.try_get(1)?;
        let policy =
            Policy::from_json(&json).map_err(|err| StoreError::corrupt("the policy", err))?;
        Ok((version, policy))
    }

    /// Saves a new policy version; decisions made from now on cite it, earlier ones keep
    /// theirs (2.4: the periods are the manufacturer's and may change).
    pub(crate) fn save_policy(&mut self, json: &str, now: DateTime<Utc>) -> Result<i64> {
        let mut tx = self.client.get_mut().transaction()?;
        // Two desks saving at once get consecutive versions, not the same one; readers
        // are not held up.
        tx.batch_execute("LOCK TABLE policies IN EXCLUSIVE MODE")?;
        let row = tx.query_one(
            "INSERT INTO policies (version, json, saved_at)
             SELECT coalesce(max(version), 0) + 1, $1, $2 FROM policies
             RETURNING version",
            &[&json, &super::codec::truncate(now)],
        )?;
        let version: i64 = row.try_get(0)?;
        tx.commit()?;
        Ok(version)
    }

    /// Every stored policy version with its JSON, newest first.
    pub(crate) fn policy_versions(&self) -> Result<Vec<(i64, String)>> {
        let rows = self.client.borrow_mut().query(
            "SELECT version, json FROM policies ORDER BY version DESC",
            &[],
        )?;
        rows.iter()
            .map(|row| Ok((row.try_get(0)?, row.try_get(1)?)))
            .collect()
    }

    /// Records that a document was printed for the case (no state change, no event).
    pub(crate) fn record_document(
        &mut self,
        number: &CaseNumber,
        kind: DocumentKind,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let id = self.case_id(number)?;
        self.client.get_mut().execute(
            "INSERT INTO documents (case_id, kind, at, actor) VALUES ($1, $2, $3, $4)",
            &[&id, &kind.as_str(), &super::codec::truncate(now), &actor],
        )?;
        Ok(())
    }

    /// Records one printing of a document with its file, the facts it printed and what
    /// changed since the previous printing of that kind (no state change, no event): each
    /// printing stays distinguishable on the case (docs/rules.md §7).
    pub(crate) fn record_printing(
        &mut self,
        number: &CaseNumber,
        printed: &PrintedDocument,
        content: Option<&[u8]>,
    ) -> Result<()> {
        let id = self.case_id(number)?;
        let facts = if printed.facts.is_empty() {
            None
        } else {
            Some(
                serde_json::to_string(&printed.facts)
                    .map_err(|err| StoreError::invalid("document facts", Note::detail(err)))?,
            )
        };
        self.client.get_mut().execute(
            "INSERT INTO documents (case_id, kind, at, actor, file, facts, note, content)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            &[
                &id,
                &printed.kind.as_str(),
                &super::codec::truncate(printed.at),
                &printed.by,
                &printed.file,
                &facts,
                &printed.note,
                &content,
            ],
        )?;
        Ok(())
    }

    /// Adds a photo's file name. (Its bytes go into `photos.content` so other desks see
    /// it; the store's call for the bytes comes with the photo screens.)
    pub(crate) fn add_photo(
        &mut self,
        number: &CaseNumber,
        file_name: &str,
        content: Option<&[u8]>,
    ) -> Result<()> {
        // Checked by the facade (`Store::keep_photo`).
        let name = file_name;
        let id = self.case_id(number)?;
        self.client.get_mut().execute(
            "INSERT INTO photos (case_id, file_name, content) VALUES ($1, $2, $3)",
            &[&id, &name, &content],
        )?;
        Ok(())
    }

    /// A photo's bytes as a desk saved them (`None`: not kept, or no such photo).
    pub(crate) fn photo(&self, number: &CaseNumber, file_name: &str) -> Result<Option<Vec<u8>>> {
        let row = self.client.borrow_mut().query_opt(
            "SELECT p.content FROM photos p JOIN cases c ON c.id = p.case_id
             WHERE c.number = $1 AND p.file_name = $2 AND p.content IS NOT NULL
             ORDER BY p.id DESC LIMIT 1",
            &[&number.as_str(), &file_name],
        )?;
        Ok(row.map(|row| row.try_get(0)).transpose()?)
    }

    pub(crate) fn case_id(&self, number: &CaseNumber) -> Result<i64> {
        let row = self.client.borrow_mut().query_opt(
            "SELECT id FROM cases WHERE number = $1",
            &[&number.as_str()],
        )?;
        match row {
            Some(row) => Ok(row.try_get(0)?),
            None => Err(StoreError::NotFound(number.clone())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_servers_authority_file_is_taken_out_of_the_configuration() {
        use std::path::PathBuf;
        let cases = [
            (
                "host=db.center port=5432 sslrootcert=/etc/fixdesk/ca.pem user=desk",
                "host=db.center port=5432  user=desk",
            ),
            (
                "postgresql://desk@db.center/fixdesk?sslrootcert=/etc/fixdesk/ca.pem&sslmode=require",
                "postgresql://desk@db.center/fixdesk?sslmode=require",
            ),
            (
                "postgresql://desk@db.center/fixdesk?sslmode=require&sslrootcert=/etc/fixdesk/ca.pem",
                "postgresql://desk@db.center/fixdesk?sslmode=require",
            ),
            (
                "postgresql://desk@db.center/fixdesk?sslrootcert=/etc/fixdesk/ca.pem",
                "postgresql://desk@db.center/fixdesk",
            ),
        ];
        for (text, rest) in cases {
            let (left, path) = take_root_cert(text);
            assert_eq!(left, rest);
            assert_eq!(path, Some(PathBuf::from("/etc/fixdesk/ca.pem")));
            assert!(parse_config(text).is_ok(), "{text}");
        }
        assert_eq!(take_root_cert("host=h").1, None);
        let err = tls(Some(std::path::Path::new("/nonexistent/ca.pem")))
            .err()
            .expect("no such file");
        assert!(err.to_string().contains("sslrootcert"), "{err}");
    }
}
