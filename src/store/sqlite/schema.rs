//! The database layout and its migrations (rusqlite_migration).
//!
//! Migrations only ever go forward and are never edited once released: a database made
//! by any earlier fixdesk opens and upgrades. The schema version lives in SQLite's
//! `user_version`; the file is marked as ours by `application_id`, so a stranger's
//! database is refused instead of being "migrated" into a mess.

use rusqlite::Transaction;
use rusqlite_migration::{HookError, M, Migrations};

use crate::domain::Policy;

pub use crate::store::APPLICATION_ID;

/// Migration 1: cases, their history, the numbers handed out, settings and policies.
const V1: &str = r#"
PRAGMA application_id = 1180189771;

CREATE TABLE cases (
    id                 INTEGER PRIMARY KEY,
    number             TEXT NOT NULL UNIQUE,
    year               INTEGER NOT NULL,
    sequence           INTEGER NOT NULL,
    arrival            TEXT NOT NULL CHECK (arrival IN ('walk_in', 'mail_in')),
    state              TEXT NOT NULL,
    application_id     TEXT UNIQUE,
    applied_on         TEXT,
    received_on        TEXT,
    opened_on          TEXT NOT NULL,
    unsolicited        INTEGER NOT NULL DEFAULT 0,
    customer_name      TEXT NOT NULL,
    phone              TEXT NOT NULL,
    email              TEXT,
    address            TEXT NOT NULL,
    return_address     TEXT,
    model              TEXT NOT NULL,
    serial             TEXT NOT NULL,
    proof              TEXT NOT NULL,
    fault              TEXT NOT NULL,
    handover           TEXT NOT NULL,
    keep_parts         INTEGER NOT NULL,
    diagnosis          TEXT NOT NULL,
    decision           TEXT,
    verdict            TEXT,
    policy_version     INTEGER,
    decided_at         INTEGER,
    parcel             TEXT,
    quote              TEXT,
    payment_notice_on  TEXT,
    asked_on           TEXT,
    replacement_serial TEXT,
    return_reason      TEXT,
    handback           TEXT,
    created_at         INTEGER NOT NULL,
    last_activity      INTEGER NOT NULL,
    demo               INTEGER NOT NULL DEFAULT 0
);

-- Numbers are never reused: the last one handed out per year is kept here.
CREATE TABLE case_numbers (
    year INTEGER PRIMARY KEY,
    last INTEGER NOT NULL
);

-- The history. Rows are only ever inserted; each carries the SHA-256 of its content and
-- of the previous event's hash, so a changed or removed row breaks the chain.
CREATE TABLE events (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id INTEGER NOT NULL REFERENCES cases (id),
    at      INTEGER NOT NULL,
    actor   TEXT NOT NULL,
    from_state TEXT,
    to_state   TEXT NOT NULL,
    clause  TEXT NOT NULL,
    note    TEXT NOT NULL,
    hash    BLOB NOT NULL
);
CREATE INDEX events_case ON events (case_id, id);
-- Covering: "which cases had events in this month" never reads the event rows.
CREATE INDEX events_at ON events (at, case_id);

CREATE TRIGGER events_never_change BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are never changed'); END;
CREATE TRIGGER events_never_go BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are never deleted'); END;
CREATE TRIGGER cases_never_go BEFORE DELETE ON cases
BEGIN SELECT RAISE(ABORT, 'cases are never deleted'); END;

-- The newest event's id and hash: removing the last event is detectable too.
CREATE TABLE chain_head (
    only INTEGER PRIMARY KEY CHECK (only = 1),
    event_id INTEGER NOT NULL,
    hash BLOB NOT NULL
);

CREATE TABLE payments (
    id       INTEGER PRIMARY KEY,
    case_id  INTEGER NOT NULL REFERENCES cases (id),
    minor    INTEGER NOT NULL,
    currency TEXT NOT NULL,
    paid_on  TEXT NOT NULL,
    method   TEXT NOT NULL
);
CREATE INDEX payments_case ON payments (case_id);

CREATE TABLE documents (
    id      INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id),
    kind    TEXT NOT NULL,
    at      INTEGER NOT NULL,
    actor   TEXT NOT NULL
);
CREATE INDEX documents_case ON documents (case_id);

CREATE TABLE photos (
    id        INTEGER PRIMARY KEY,
    case_id   INTEGER NOT NULL REFERENCES cases (id),
    file_name TEXT NOT NULL
);
CREATE INDEX photos_case ON photos (case_id);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE policies (
    version  INTEGER PRIMARY KEY,
    json     TEXT NOT NULL,
    saved_at INTEGER
);

CREATE INDEX cases_state ON cases (state, last_activity);
-- Partial: only the cases a deadline applies to are in them, so an intake or a step
-- that does not touch a deadline writes no page of these.
CREATE INDEX cases_applied ON cases (state, applied_on) WHERE state = 'applied';
CREATE INDEX cases_payment ON cases (state, payment_notice_on) WHERE payment_notice_on IS NOT NULL;
CREATE INDEX cases_asked ON cases (state, asked_on) WHERE state = 'awaiting_customer';
"#;

/// Migration 2: search keys (serial without punctuation, phone digits reversed so a
/// suffix search is an index range, e-mail in lower case), the full-text name index,
/// and per-state counters for the home screen.
const V2: &str = r#"
ALTER TABLE cases ADD COLUMN serial_key TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN phone_key TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN email_key TEXT;
CREATE INDEX cases_serial ON cases (serial_key);
CREATE INDEX cases_phone ON cases (phone_key);
CREATE INDEX cases_email ON cases (email_key) WHERE email_key IS NOT NULL;
-- Small and covering: ordering thousands of name matches by activity reads this, not
-- the wide case rows.
CREATE INDEX cases_id_activity ON cases (id, last_activity);
-- "Does the database hold real cases?" without reading a million demo rows.
CREATE INDEX cases_real ON cases (id) WHERE demo = 0;

CREATE VIRTUAL TABLE case_names USING fts5 (
    customer_name,
    content = 'cases',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
CREATE TRIGGER case_names_insert AFTER INSERT ON cases BEGIN
    INSERT INTO case_names (rowid, customer_name) VALUES (new.id, new.customer_name);
END;
CREATE TRIGGER case_names_update AFTER UPDATE OF customer_name ON cases
WHEN old.customer_name IS NOT new.customer_name BEGIN
    INSERT INTO case_names (case_names, rowid, customer_name)
        VALUES ('delete', old.id, old.customer_name);
    INSERT INTO case_names (rowid, customer_name) VALUES (new.id, new.customer_name);
END;
INSERT INTO case_names (case_names) VALUES ('rebuild');

CREATE TABLE state_counts (
    state TEXT PRIMARY KEY,
    count INTEGER NOT NULL
);
INSERT INTO state_counts (state, count) SELECT state, count(*) FROM cases GROUP BY state;
CREATE TRIGGER state_counts_insert AFTER INSERT ON cases BEGIN
    INSERT INTO state_counts (state, count) VALUES (new.state, 1)
        ON CONFLICT (state) DO UPDATE SET count = count + 1;
END;
CREATE TRIGGER state_counts_update AFTER UPDATE OF state ON cases
WHEN old.state IS NOT new.state BEGIN
    UPDATE state_counts SET count = count - 1 WHERE state = old.state;
    INSERT INTO state_counts (state, count) VALUES (new.state, 1)
        ON CONFLICT (state) DO UPDATE SET count = count + 1;
END;
"#;

/// Migration 3: fewer pages written per intake (an intake within 2× of
/// a bare single-row insert). Every B-tree a commit touches costs at least one page in
/// the WAL (and again at the checkpoint), so:
/// - the search keys of a case (serial, phone, e-mail, each word of the name) go into
///   one table, `search_keys`, instead of three indexes on `cases` and an FTS5 index
///   (which wrote a new segment, its structure record, a doc-size row and incremental
///   merges on every commit: some twelve pages per intake on a million cases);
/// - the year counters, the per-state counts, the chain head and the count of real
///   (non-demo) cases share one small table, `tallies` (one page for all of them, where
///   three tables and the `cases_real` index took four); views keep the old names
///   readable;
/// - `events` loses AUTOINCREMENT, which rewrote `sqlite_sequence` on every event: event
///   ids are given explicitly (the previous id + 1, under the hash chain) and events are
///   never deleted, so it guarded nothing. The table's stored format is the same with or
///   without it, so only its declaration changes (SQLite's documented procedure for
///   schema changes that do not touch stored content; see [`drop_autoincrement`]).
const V3: &str = r#"
CREATE TABLE tallies (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL,
    hash  BLOB
) WITHOUT ROWID;
INSERT INTO tallies (name, value) SELECT 'year ' || year, last FROM case_numbers;
INSERT INTO tallies (name, value) SELECT 'state ' || state, count FROM state_counts;
INSERT INTO tallies (name, value, hash) SELECT 'chain', event_id, hash FROM chain_head;
INSERT INTO tallies (name, value) SELECT 'real', count(*) FROM cases WHERE demo = 0;

DROP TRIGGER state_counts_insert;
DROP TRIGGER state_counts_update;
DROP TABLE case_numbers;
DROP TABLE state_counts;
DROP TABLE chain_head;
DROP INDEX cases_real;

CREATE VIEW case_numbers AS
    SELECT CAST(substr(name, 6) AS INTEGER) AS year, value AS last
    FROM tallies WHERE name GLOB 'year *';
CREATE VIEW state_counts AS
    SELECT substr(name, 7) AS state, value AS count
    FROM tallies WHERE name GLOB 'state *';
CREATE VIEW chain_head AS
    SELECT value AS event_id, hash FROM tallies WHERE name = 'chain';

CREATE TRIGGER cases_tally_insert AFTER INSERT ON cases BEGIN
    INSERT INTO tallies (name, value) VALUES ('state ' || new.state, 1)
        ON CONFLICT (name) DO UPDATE SET value = value + 1;
    INSERT INTO tallies (name, value) SELECT 'real', 1 WHERE new.demo = 0
        ON CONFLICT (name) DO UPDATE SET value = value + 1;
END;
CREATE TRIGGER cases_tally_state AFTER UPDATE OF state ON cases
WHEN old.state IS NOT new.state BEGIN
    UPDATE tallies SET value = value - 1 WHERE name = 'state ' || old.state;
    INSERT INTO tallies (name, value) VALUES ('state ' || new.state, 1)
        ON CONFLICT (name) DO UPDATE SET value = value + 1;
END;

CREATE TABLE search_keys (
    key     TEXT NOT NULL,
    case_id INTEGER NOT NULL,
    PRIMARY KEY (key, case_id)
) WITHOUT ROWID;

DROP TRIGGER case_names_insert;
DROP TRIGGER case_names_update;
DROP TABLE case_names;
DROP INDEX cases_serial;
DROP INDEX cases_phone;
DROP INDEX cases_email;
"#;

/// Migration 4: an intake's search keys wait in its own row.
///
/// Each key of a new case landed at a random place in the million-case `search_keys`
/// B-tree: about six of an intake's seventeen pages. A new case now keeps its keys in
/// its own row (`new_keys`, a JSON array: no page beyond the row's), and
/// [`SqliteStore::fold_recent`](super::SqliteStore::fold_recent) moves them into
/// `search_keys` in key order later, off the clerk's save: the app does it every minute
/// and on opening, an import and the demo at their end. The `folded` tally is the newest
/// case folded; search reads the cases after it (a short rowid range) beside
/// `search_keys`, through the `every_search_key` view, so a case is found the moment it
/// is saved.
///
/// It also empties `phone_key` and `email_key` (unused since migration 3) of the cases
/// whose personal data retention already removed: those two columns had kept the
/// customer's phone digits and e-mail.
///
/// (Rebuilding `cases` to drop the columns migration 3 left unused and to make the
/// application id's unique index partial was tried and left: on a million cases it took
/// over a minute and left the file twice its size, half of it free pages that every
/// later allocation would have paid for. New rows leave those columns empty instead.)
const V4: &str = r#"
ALTER TABLE cases ADD COLUMN new_keys TEXT;
INSERT INTO tallies (name, value) SELECT 'folded', coalesce(max(id), 0) FROM cases;
CREATE VIEW every_search_key AS
    SELECT key, case_id FROM search_keys
    UNION ALL
    SELECT j.value AS key, c.id AS case_id
    FROM cases c, json_each(c.new_keys) j
    WHERE c.id > (SELECT value FROM tallies WHERE name = 'folded');

UPDATE cases SET phone_key = '' WHERE phone = '' AND phone_key <> '';
UPDATE cases SET email_key = NULL WHERE email IS NULL AND email_key IS NOT NULL;
"#;

/// Migration 5: an event's two index entries are folded in later too. The indexes
/// `events_case (case_id, id)` (a case's history) and
/// `events_at (at, case_id)` (the month's cases, for the report) cost an intake a page
/// each. They become two tables of the same content, `event_cases` and `event_times`,
/// that the fold fills in key order for the events up to the `events folded` tally;
/// readers take the few newer events from a short rowid range of `events`. Events never
/// change, so folding them is only ever an insert.
///
/// The indexes are dropped before the tables are filled, so the tables reuse the pages
/// the indexes freed instead of growing the file.
const V5: &str = r#"
DROP INDEX events_case;
DROP INDEX events_at;
CREATE TABLE event_cases (
    case_id INTEGER NOT NULL,
    id      INTEGER NOT NULL,
    PRIMARY KEY (case_id, id)
) WITHOUT ROWID;
CREATE TABLE event_times (
    at      INTEGER NOT NULL,
    case_id INTEGER NOT NULL,
    id      INTEGER NOT NULL,
    PRIMARY KEY (at, case_id, id)
) WITHOUT ROWID;
INSERT INTO event_cases (case_id, id) SELECT case_id, id FROM events ORDER BY case_id, id;
INSERT INTO event_times (at, case_id, id) SELECT at, case_id, id FROM events ORDER BY at, case_id, id;
INSERT INTO tallies (name, value) SELECT 'events folded', coalesce(max(id), 0) FROM events;
"#;

/// Migration 6: a new case enters the queue and activity indexes at the fold too.
/// `cases_state (state, last_activity)` (the screens' queues) and
/// `cases_id_activity (id, last_activity)` (search results by activity) cost an intake a
/// page each. They become partial indexes over the cases marked `folded`: an intake
/// writes its row with `folded = 0`, so neither index is touched, and the fold sets it
/// (and so enters the case) along with moving its search keys. Once folded, a case's
/// steps keep both indexes up to date as before. Readers take the few unfolded cases
/// from the rowid range after the `folded` tally.
///
/// Each index carries `folded` as its last column: a query names `c.folded` to use a
/// partial index, and SQLite reads that term from the index only if it is there (else
/// from every row, which took the name search from 10 to 37 ms). The indexes are dropped
/// before they are made again, so the new ones reuse the freed pages; existing rows take
/// the column's default (folded) without being rewritten.
const V6: &str = r#"
ALTER TABLE cases ADD COLUMN folded INTEGER NOT NULL DEFAULT 1;
UPDATE cases SET folded = 0 WHERE id > (SELECT value FROM tallies WHERE name = 'folded');
DROP INDEX cases_state;
DROP INDEX cases_id_activity;
CREATE INDEX cases_state ON cases (state, last_activity, folded) WHERE folded;
CREATE INDEX cases_id_activity ON cases (id, last_activity, folded) WHERE folded;
"#;

/// Migration 7: every printing of a document stays distinguishable (docs/rules.md §7).
/// A printing records the file it wrote (named by the time, so a reprint never
/// overwrites the earlier one), the facts it printed that can change between printings
/// (JSON pairs, e.g. the collector's name), and what changed since the previous printing
/// of the same kind. Printings recorded before have none of these: the columns are NULL.
const V7: &str = r#"
ALTER TABLE documents ADD COLUMN file TEXT;
ALTER TABLE documents ADD COLUMN facts TEXT;
ALTER TABLE documents ADD COLUMN note TEXT;
"#;

/// Migration 8: the serial given in the application, kept when the device in the parcel
/// carries another one. The device received is the product (2.4): its serial becomes
/// the case's `serial`, and the applied one moves here (and stays searchable). Cases
/// received before this keep the application's serial, as they were decided on it.
const V8: &str = r#"
ALTER TABLE cases ADD COLUMN applied_serial TEXT;
"#;

/// Migration 9: several desks, one center (docs/rules.md §9). Every event names the
/// workstation it was written at (empty for the events before: their hashes stay as
/// they were, see `codec::event_hash`), and the center-wide jobs (the daily backup,
/// retention, the fold) are claimed for a day by one desk, which records when and how it
/// finished, so the others skip them and the manager sees when each last ran and where.
const V9: &str = r#"
ALTER TABLE events ADD COLUMN desk TEXT NOT NULL DEFAULT '';
CREATE TABLE center_jobs (
    job         TEXT PRIMARY KEY,
    day         TEXT NOT NULL,
    desk        TEXT NOT NULL,
    started_at  INTEGER NOT NULL,
    finished_at INTEGER,
    outcome     TEXT
);
"#;

/// Customer messages (docs/rules.md §11): the outbox. A row is written in the same
/// transaction as the step that causes it, so a message is never lost and never sent
/// for a step that did not happen. `message_id` is made when the row is queued, so a
/// message sent again after an unknown outcome carries the same Message-ID. Status:
/// `queued`, `sending` (claimed by `claimed_by` until `claimed_until`), `sent` (with
/// the server's `reply`), `failed` (permanent: a person retries it), `to_phone` (the
/// customer has no e-mail address). Instants in microseconds, as everywhere here.
const V10: &str = r#"
CREATE TABLE outbox (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases(id),
    moment        TEXT NOT NULL,
    recipient     TEXT NOT NULL,
    subject       TEXT NOT NULL,
    body          TEXT NOT NULL,
    attachment    TEXT,
    message_id    TEXT NOT NULL UNIQUE,
    status        TEXT NOT NULL,
    attempts      INTEGER NOT NULL DEFAULT 0,
    queued_at     INTEGER NOT NULL,
    queued_by     TEXT NOT NULL,
    desk          TEXT NOT NULL,
    next_try_at   INTEGER NOT NULL,
    claimed_by    TEXT,
    claimed_until INTEGER,
    sent_at       INTEGER,
    reply         TEXT,
    error         TEXT
);
CREATE INDEX outbox_case ON outbox (case_id, id);
CREATE INDEX outbox_due ON outbox (next_try_at) WHERE status IN ('queued', 'sending');
"#;

/// Migration 11: the center's staff (docs/rules.md §10). Each person's name (unique
/// without regard to case: `name_key` is the name in lower case, made in Rust), roles
/// (`clerk,inspector`), whether they may still sign in, and their secret as an argon2id
/// PHC string (salted, slow; never the secret itself). Every sign-in attempt is kept
/// (the wait after wrong secrets is counted from them, so it holds across desks and
/// restarts), and every change to the staff is kept in `staff_changes`, which, like the
/// events, is never changed nor deleted. (`fixdesk events --person` reads the events in
/// order and picks the person's: no index on the actor, so no save pays for one.)
const V11: &str = r#"
CREATE TABLE staff (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL UNIQUE,
    roles       TEXT NOT NULL,
    active      INTEGER NOT NULL DEFAULT 1,
    secret_kind TEXT NOT NULL CHECK (secret_kind IN ('password', 'pin')),
    secret_hash TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE TABLE sign_ins (
    id       INTEGER PRIMARY KEY,
    name_key TEXT NOT NULL,
    at       INTEGER NOT NULL,
    desk     TEXT NOT NULL,
    outcome  TEXT NOT NULL CHECK (outcome IN ('ok', 'wrong', 'waiting', 'reset'))
);
CREATE INDEX sign_ins_name ON sign_ins (name_key, id);
CREATE TABLE staff_changes (
    id      INTEGER PRIMARY KEY,
    at      INTEGER NOT NULL,
    actor   TEXT NOT NULL,
    desk    TEXT NOT NULL,
    person  TEXT NOT NULL,
    change  TEXT NOT NULL,
    detail  TEXT NOT NULL
);
CREATE TRIGGER staff_changes_never_change BEFORE UPDATE ON staff_changes
BEGIN SELECT RAISE(ABORT, 'staff changes are never changed'); END;
CREATE TRIGGER staff_changes_never_go BEFORE DELETE ON staff_changes
BEGIN SELECT RAISE(ABORT, 'staff changes are never deleted'); END;
"#;

/// Migration 12: languages (docs/rules.md §13). Each case keeps its customer's language
/// (cases from before are English, as they were written); each event may keep its note
/// as codes with their arguments (JSON), which its hash then covers (`codec::event_hash`
/// v3); events from before have neither and keep their hashes. The Rust part re-keys the
/// names written without spaces (Chinese…), so they are found by any two consecutive
/// characters: see [`rekey_unspaced_names`].
const V12: &str = r#"
ALTER TABLE cases ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE events ADD COLUMN code TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN args TEXT NOT NULL DEFAULT '';
"#;

/// Migration 12's Rust part: a case whose customer's name has characters of a script
/// written without spaces (`keys::unspaced`) gets the name keys the store now makes
/// (`keys::name_keys`), in place of those it was saved with (each word of the name
/// whole). Latin names' keys are the same as before, so no other case is touched: on a
/// center of Latin names the migration reads the names once and writes nothing.
fn rekey_unspaced_names(tx: &Transaction) -> Result<(), HookError> {
    use crate::store::keys;
    let mut read = tx.prepare(
        "SELECT id, customer_name, serial, phone, email, applied_serial, new_keys FROM cases",
    )?;
    let mut rows = read.query([])?;
    let mut delete = tx.prepare("DELETE FROM search_keys WHERE key = ?1 AND case_id = ?2")?;
    let mut insert =
        tx.prepare("INSERT OR IGNORE INTO search_keys (key, case_id) VALUES (?1, ?2)")?;
    let mut set_new = tx.prepare("UPDATE cases SET new_keys = ?2 WHERE id = ?1")?;
    while let Some(row) = rows.next()? {
        let name: String = row.get(1)?;
        if !name.chars().any(keys::unspaced) {
            continue;
        }
        let id: i64 = row.get(0)?;
        let new_keys: Option<String> = row.get(6)?;
        if new_keys.is_some() {
            // Not yet folded: its keys are in its row, all of them made again.
            let serial: String = row.get(2)?;
            let phone: String = row.get(3)?;
            let email: Option<String> = row.get(4)?;
            let applied: Option<String> = row.get(5)?;
            let all = keys::with_applied_serial(
                keys::case_keys(&serial, &phone, email.as_deref(), &name),
                applied.as_deref(),
            );
            let json = serde_json::to_string(&all)
                .map_err(|err| HookError::Hook(format!("the search keys: {err}")))?;
            set_new.execute(rusqlite::params![id, json])?;
            continue;
        }
        for old in keys::legacy_name_keys(&name) {
            delete.execute(rusqlite::params![old, id])?;
        }
        for key in keys::name_keys(&name) {
            insert.execute(rusqlite::params![key, id])?;
        }
    }
    Ok(())
}

/// Seeds the shipped warranty policy as version 1 (settings live in the database so a
/// backup carries them).
fn seed_policy(tx: &Transaction) -> Result<(), HookError> {
    let json = serde_json::to_string(&Policy::shipped())
        .map_err(|err| HookError::Hook(format!("the shipped policy: {err}")))?;
    tx.execute(
        "INSERT OR IGNORE INTO policies (version, json, saved_at) VALUES (1, ?1, NULL)",
        [json],
    )?;
    Ok(())
}

/// Fills migration 2's search keys for cases written before it (computed in Rust, the
/// same functions the store uses when it writes).
fn fill_search_keys(tx: &Transaction) -> Result<(), HookError> {
    let mut read = tx.prepare("SELECT id, serial, phone, email FROM cases")?;
    let mut write = tx.prepare(
        "UPDATE cases SET serial_key = ?2, phone_key = ?3, email_key = ?4 WHERE id = ?1",
    )?;
    let mut rows = read.query([])?;
    while let Some(row) = rows.next()? {
        let id: i64 = row.get(0)?;
        let serial: String = row.get(1)?;
        let phone: String = row.get(2)?;
        let email: Option<String> = row.get(3)?;
        write.execute(rusqlite::params![
            id,
            super::keys::serial_key(&serial),
            super::keys::phone_key(&phone),
            email.as_deref().and_then(super::keys::email_key),
        ])?;
    }
    Ok(())
}

/// Migration 3's Rust part: fills `search_keys` for every case (in key order, so the
/// B-tree is written front to back), and drops AUTOINCREMENT from `events`.
fn migrate_3(tx: &Transaction) -> Result<(), HookError> {
    tx.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS search_keys_staging (key TEXT NOT NULL, case_id INTEGER NOT NULL);
         DELETE FROM temp.search_keys_staging;",
    )?;
    {
        let mut read = tx.prepare("SELECT id, serial, phone, email, customer_name FROM cases")?;
        let mut write =
            tx.prepare("INSERT INTO temp.search_keys_staging (key, case_id) VALUES (?1, ?2)")?;
        let mut rows = read.query([])?;
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(0)?;
            let serial: String = row.get(1)?;
            let phone: String = row.get(2)?;
            let email: Option<String> = row.get(3)?;
            let name: String = row.get(4)?;
            for key in super::keys::case_keys(&serial, &phone, email.as_deref(), &name) {
                write.execute(rusqlite::params![key, id])?;
            }
        }
    }
    fill_search_keys_from_staging(tx)?;
    drop_autoincrement(tx)?;
    Ok(())
}

/// Moves the staged keys into `search_keys`, sorted, and empties the staging table.
pub(crate) fn fill_search_keys_from_staging(conn: &rusqlite::Connection) -> rusqlite::Result<()> {
    conn.execute_batch(
        "INSERT OR IGNORE INTO search_keys (key, case_id)
             SELECT key, case_id FROM temp.search_keys_staging ORDER BY key, case_id;
         DROP TABLE temp.search_keys_staging;",
    )
}

/// Removes AUTOINCREMENT from the declaration of `events`, following SQLite's procedure
/// for schema changes that leave the stored content as it is
/// (<https://sqlite.org/lang_altertable.html#otheralter>): inside the migration's
/// transaction, rewrite the table's SQL in `sqlite_schema`, bump `schema_version`, and
/// leave `writable_schema` off again. A rowid table is stored the same way with or
/// without AUTOINCREMENT; the keyword only made every insert rewrite `sqlite_sequence`.
fn drop_autoincrement(tx: &Transaction) -> Result<(), HookError> {
    const FROM: &str = "INTEGER PRIMARY KEY AUTOINCREMENT";
    let sql: String = tx.query_row(
        "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'events'",
        [],
        |row| row.get(0),
    )?;
    if !sql.contains(FROM) {
        return Ok(());
    }
    let version: i64 = tx.pragma_query_value(None, "schema_version", |row| row.get(0))?;
    tx.execute_batch("PRAGMA writable_schema = ON;")?;
    let changed = tx.execute(
        "UPDATE sqlite_schema SET sql = replace(sql, ?1, 'INTEGER PRIMARY KEY')
         WHERE type = 'table' AND name = 'events'",
        [FROM],
    );
    let bumped = tx.pragma_update(None, "schema_version", version + 1);
    tx.execute_batch("PRAGMA writable_schema = OFF;")?;
    changed?;
    bumped?;
    tx.execute("DELETE FROM sqlite_sequence WHERE name = 'events'", [])?;
    Ok(())
}

/// Every migration, in order. Index `i` brings the database to version `i + 1`.
pub fn migrations() -> Migrations<'static> {
    Migrations::new(vec![
        M::up_with_hook(V1, seed_policy),
        M::up_with_hook(V2, fill_search_keys),
        M::up_with_hook(V3, migrate_3),
        M::up(V4),
        M::up(V5),
        M::up(V6),
        M::up(V7),
        M::up(V8),
        M::up(V9),
        M::up(V10),
        M::up(V11),
        M::up_with_hook(V12, rekey_unspaced_names),
    ])
}

/// The schema version this fixdesk writes.
pub const VERSION: i64 = 12;
