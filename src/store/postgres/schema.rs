//! The PostgreSQL layout and its migrations.
//!
//! Migrations only go forward and are never edited once released. The table
//! `fixdesk_schema (application_id, version)` marks the database as fixdesk's and says
//! which migrations it has; a database with tables of its own and no such mark is
//! refused rather than "migrated" into a mess, and one from a newer fixdesk too.
//! Migrations run in one transaction holding `fixdesk_schema` exclusively, so two desks
//! upgrading at once take turns: the second finds the work done.

use postgres::Client;
use postgres::error::SqlState;

use super::{Place, said};
use crate::domain::Note;
use crate::domain::Policy;
use crate::store::{APPLICATION_ID, Result, StoreError};

/// Migration 1: SQLite's schema (its migrations 1 to 8) in PostgreSQL's terms. No fold
/// and no tallies: PostgreSQL writes its indexes as it goes, and counts come from the
/// state index. A site on the cases and the numbering, so several sites can come later
/// without renumbering; photo and document bytes in the database, so every desk sees
/// them.
const V1: &str = r#"
CREATE TABLE cases (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site               text NOT NULL DEFAULT 'main',
    number             text NOT NULL UNIQUE,
    year               integer NOT NULL,
    sequence           bigint NOT NULL,
    arrival            text NOT NULL CHECK (arrival IN ('walk_in', 'mail_in')),
    state              text NOT NULL,
    application_id     text UNIQUE,
    applied_on         date,
    received_on        date,
    opened_on          date NOT NULL,
    unsolicited        boolean NOT NULL DEFAULT false,
    customer_name      text NOT NULL,
    phone              text NOT NULL,
    email              text,
    address            text NOT NULL,
    return_address     text,
    model              text NOT NULL,
    serial             text NOT NULL,
    proof              text NOT NULL,
    fault              text NOT NULL,
    handover           text NOT NULL,
    keep_parts         boolean NOT NULL,
    diagnosis          text NOT NULL,
    decision           text,
    verdict            text,
    policy_version     bigint,
    decided_at         timestamptz,
    parcel             text,
    quote              text,
    payment_notice_on  date,
    asked_on           date,
    replacement_serial text,
    return_reason      text,
    handback           text,
    applied_serial     text,
    created_at         timestamptz NOT NULL,
    last_activity      timestamptz NOT NULL,
    demo               boolean NOT NULL DEFAULT false,
    UNIQUE (site, year, sequence)
);
CREATE INDEX cases_state ON cases (state, last_activity, id);
CREATE INDEX cases_activity ON cases (last_activity, id);
CREATE INDEX cases_applied ON cases (applied_on) WHERE state = 'applied';
CREATE INDEX cases_payment ON cases (payment_notice_on) WHERE payment_notice_on IS NOT NULL;
CREATE INDEX cases_asked ON cases (asked_on) WHERE state = 'awaiting_customer';
CREATE INDEX cases_replacement ON cases (replacement_serial) WHERE replacement_serial IS NOT NULL;
CREATE INDEX cases_real ON cases (id) WHERE NOT demo;

-- The last case number handed out per site and year: bumped inside the transaction
-- that opens the case, so numbers are gapless and never reused.
CREATE TABLE case_numbers (
    site text NOT NULL DEFAULT 'main',
    year integer NOT NULL,
    last bigint NOT NULL,
    PRIMARY KEY (site, year)
);

-- The history. Rows are only ever inserted; each carries the SHA-256 of its content and
-- of the previous event's hash, so a changed or removed row breaks the chain.
CREATE TABLE events (
    id         bigint PRIMARY KEY,
    case_id    bigint NOT NULL REFERENCES cases (id),
    at         timestamptz NOT NULL,
    actor      text NOT NULL,
    from_state text,
    to_state   text NOT NULL,
    clause     text NOT NULL,
    note       text NOT NULL,
    hash       bytea NOT NULL
);
CREATE INDEX events_case ON events (case_id, id);
CREATE INDEX events_at ON events (at, case_id);

-- The newest event's id and hash. Every writing transaction locks this one row first:
-- the chain stays one chain, and writers queue in one order.
CREATE TABLE chain_head (
    id       integer PRIMARY KEY CHECK (id = 1),
    event_id bigint NOT NULL,
    hash     bytea NOT NULL
);
INSERT INTO chain_head (id, event_id, hash) VALUES (1, 0, '\x0000000000000000000000000000000000000000000000000000000000000000');

CREATE FUNCTION fixdesk_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are never changed or removed', TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER events_never_change BEFORE UPDATE OR DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION fixdesk_refuse();
CREATE TRIGGER events_never_emptied BEFORE TRUNCATE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION fixdesk_refuse();
CREATE TRIGGER cases_never_go BEFORE DELETE ON cases
    FOR EACH ROW EXECUTE FUNCTION fixdesk_refuse();
CREATE TRIGGER cases_never_emptied BEFORE TRUNCATE ON cases
    FOR EACH STATEMENT EXECUTE FUNCTION fixdesk_refuse();

CREATE TABLE payments (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id  bigint NOT NULL REFERENCES cases (id),
    minor    bigint NOT NULL,
    currency text NOT NULL,
    paid_on  date NOT NULL,
    method   text NOT NULL
);
CREATE INDEX payments_case ON payments (case_id, id);
CREATE INDEX payments_paid ON payments (paid_on);

CREATE TABLE documents (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id bigint NOT NULL REFERENCES cases (id),
    kind    text NOT NULL,
    at      timestamptz NOT NULL,
    actor   text NOT NULL,
    file    text,
    facts   text,
    note    text,
    content bytea
);
CREATE INDEX documents_case ON documents (case_id, id);

CREATE TABLE photos (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id   bigint NOT NULL REFERENCES cases (id),
    file_name text NOT NULL,
    content   bytea
);
CREATE INDEX photos_case ON photos (case_id, id);

CREATE TABLE settings (
    key   text PRIMARY KEY,
    value text NOT NULL
);

CREATE TABLE policies (
    version  bigint PRIMARY KEY,
    json     text NOT NULL,
    saved_at timestamptz
);

-- Every search key of every case (store::keys): byte order (COLLATE "C"), so a prefix
-- is one range of the primary key's index.
CREATE TABLE search_keys (
    key     text COLLATE "C" NOT NULL,
    case_id bigint NOT NULL REFERENCES cases (id),
    PRIMARY KEY (key, case_id)
);
CREATE INDEX search_keys_case ON search_keys (case_id);
"#;

/// Every migration, in order: index `i` brings the database to version `i + 1`.
/// Migration 2: the intake id a desk makes when a form starts, so a save sent again
/// after a dropped connection returns the case it made instead of a second one.
const V2: &str = r#"
ALTER TABLE cases ADD COLUMN client_id text UNIQUE;
"#;

/// Migration 3: search results are ordered by activity from an index alone. A name
/// prefix matches thousands of cases on a million; reading each one's row for its last
/// activity took 90 ms (a second, cold). With the activity beside the id in an index,
/// the rows are not read (where the visibility map allows: autovacuum keeps it).
const V3: &str = r#"
CREATE INDEX cases_id_activity ON cases (id) INCLUDE (last_activity);
"#;

/// Migration 4: the month's report finds its cases from indexes alone. The cases awaiting
/// payment and those with a payment notice were found through their rows (a second and a
/// half of a month's report on a million cases); with the id in the index they are not
/// read (where the visibility map allows: autovacuum keeps it).
const V4: &str = r#"
DROP INDEX cases_payment;
CREATE INDEX cases_payment ON cases (payment_notice_on) INCLUDE (id)
    WHERE payment_notice_on IS NOT NULL;
CREATE INDEX cases_awaiting_payment ON cases (opened_on) INCLUDE (id)
    WHERE state = 'awaiting_payment';
"#;

/// Migration 5: several desks, one center (docs/rules.md §9). Every event names the
/// workstation it was written at (empty for the events before: their hashes stay as
/// they were, see `codec::event_hash`; the default fills no page), and the center-wide
/// jobs (the daily backup, retention) are claimed for a day by one desk, which records
/// when and how it finished, so the others skip them and the manager sees when each last
/// ran and where. The desks' role (if there is one) may claim and finish jobs.
const V5: &str = r#"
ALTER TABLE events ADD COLUMN desk text NOT NULL DEFAULT '';
CREATE TABLE center_jobs (
    job         text PRIMARY KEY,
    day         date NOT NULL,
    desk        text NOT NULL,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz,
    outcome     text
);
DO $grant$
BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'fixdesk_desks') THEN
    GRANT SELECT, INSERT, UPDATE ON center_jobs TO fixdesk_desks;
  END IF;
END
$grant$;
"#;

/// Customer messages (docs/rules.md §11): the outbox, written in the same transaction as
/// the step that causes each message. Desks claim due rows with `FOR UPDATE SKIP
/// LOCKED` (and a lease, `claimed_until`, for a desk that dies mid-sending), so one
/// desk sends each message. See SQLite's migration 10 for the columns.
const V6: &str = r#"
CREATE TABLE outbox (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id       bigint NOT NULL REFERENCES cases(id),
    moment        text NOT NULL,
    recipient     text NOT NULL,
    subject       text NOT NULL,
    body          text NOT NULL,
    attachment    text,
    message_id    text NOT NULL UNIQUE,
    status        text NOT NULL,
    attempts      integer NOT NULL DEFAULT 0,
    queued_at     timestamptz NOT NULL,
    queued_by     text NOT NULL,
    desk          text NOT NULL,
    next_try_at   timestamptz NOT NULL,
    claimed_by    text,
    claimed_until timestamptz,
    sent_at       timestamptz,
    reply         text,
    error         text
);
CREATE INDEX outbox_case ON outbox (case_id, id);
CREATE INDEX outbox_due ON outbox (next_try_at) WHERE status IN ('queued', 'sending');
DO $grant$
BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'fixdesk_desks') THEN
    GRANT SELECT, INSERT, UPDATE ON outbox TO fixdesk_desks;
  END IF;
END
$grant$;
"#;

/// Migration 7: the center's staff (docs/rules.md §10), as SQLite's migration 11: each
/// person's name (unique without regard to case, `name_key` made in Rust), roles,
/// whether they may sign in, and their secret as an argon2id PHC string; every sign-in
/// attempt (the wait after wrong secrets is counted from them, on every desk); every
/// change to the staff, which the desks' role may add but never change or remove (and a
/// trigger refuses for the owner too).
const V7: &str = r#"
CREATE TABLE staff (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text NOT NULL,
    name_key    text NOT NULL UNIQUE,
    roles       text NOT NULL,
    active      boolean NOT NULL DEFAULT true,
    secret_kind text NOT NULL CHECK (secret_kind IN ('password', 'pin')),
    secret_hash text NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE TABLE sign_ins (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name_key text NOT NULL,
    at       timestamptz NOT NULL,
    desk     text NOT NULL,
    outcome  text NOT NULL CHECK (outcome IN ('ok', 'wrong', 'waiting', 'reset'))
);
CREATE INDEX sign_ins_name ON sign_ins (name_key, id);
CREATE TABLE staff_changes (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at      timestamptz NOT NULL,
    actor   text NOT NULL,
    desk    text NOT NULL,
    person  text NOT NULL,
    change  text NOT NULL,
    detail  text NOT NULL
);
CREATE TRIGGER staff_changes_never_change BEFORE UPDATE OR DELETE ON staff_changes
    FOR EACH ROW EXECUTE FUNCTION fixdesk_refuse();
CREATE TRIGGER staff_changes_never_emptied BEFORE TRUNCATE ON staff_changes
    FOR EACH STATEMENT EXECUTE FUNCTION fixdesk_refuse();
DO $grant$
BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'fixdesk_desks') THEN
    GRANT SELECT, INSERT, UPDATE ON staff TO fixdesk_desks;
    GRANT SELECT, INSERT ON sign_ins, staff_changes TO fixdesk_desks;
    -- The new tables' identity sequences, for a server whose grants were made before.
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO fixdesk_desks',
                   current_schema());
  END IF;
END
$grant$;
"#;

/// Migration 8: languages (docs/rules.md §13), as SQLite's migration 12: each case's
/// customer's language (English for the cases from before), and each event's note as
/// codes with their arguments, which its hash then covers (`codec::event_hash` v3).
/// No new table, so the desks' grants are as they were (they may insert events and
/// update cases, all columns). The Rust part, [`rekey_unspaced_names`], runs with it.
const V8: &str = r#"
ALTER TABLE cases ADD COLUMN language text NOT NULL DEFAULT 'en';
ALTER TABLE events ADD COLUMN code text NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN args text NOT NULL DEFAULT '';
"#;

/// The migration whose Rust part is [`rekey_unspaced_names`].
const REKEY_MIGRATION: i32 = 8;

const MIGRATIONS: &[&str] = &[V1, V2, V3, V4, V5, V6, V7, V8];

/// The schema version this fixdesk writes.
pub const VERSION: i32 = MIGRATIONS.len() as i32;

/// Brings the database up to [`VERSION`], or refuses it. `place` names the database in
/// messages.
pub(crate) fn migrate(client: &mut Client, place: &Place) -> Result<()> {
    // Two desks making the mark table of an empty database at the same moment: the
    // second one's CREATE fails on the catalog; the second attempt finds it made.
    match migrate_once(client, place) {
        Err(err) if is_catalog_race(&err) => migrate_once(client, place),
        other => other,
    }
}

/// The mark `migrate_once` records when two desks created the mark table at once.
const RACE: &str = "fixdesk_schema was created by another desk at the same moment";

fn is_catalog_race(err: &StoreError) -> bool {
    matches!(err, StoreError::Migration(text) if text == RACE)
}

fn migrate_once(client: &mut Client, place: &Place) -> Result<()> {
    let mut tx = client.transaction()?;
    let marked: bool = tx
        .query_one("SELECT to_regclass('fixdesk_schema') IS NOT NULL", &[])?
        .try_get(0)?;
    if !marked {
        let tables: i64 = tx
            .query_one(
                "SELECT count(*) FROM pg_catalog.pg_class c
                 JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'f')",
                &[],
            )?
            .try_get(0)?;
        if tables > 0 {
            return Err(said(place.named(Note::coded(
                "server-foreign-tables",
                format!(
                    "{place} holds another program's tables, not fixdesk's: give fixdesk an empty database of its own, or the one it created"
                ),
            ))));
        }
        if let Err(err) = tx.batch_execute(
            "CREATE TABLE IF NOT EXISTS fixdesk_schema (
                 application_id integer NOT NULL,
                 version integer NOT NULL
             )",
        ) {
            let code = err.code();
            if code == Some(&SqlState::UNIQUE_VIOLATION) || code == Some(&SqlState::DUPLICATE_TABLE)
            {
                return Err(StoreError::Migration(RACE.into()));
            }
            return Err(err.into());
        }
    }
    if marked {
        // Up to date already (every start of every desk): nothing to lock, so a desk's
        // login, which may not lock the mark, opens as well as the owner's.
        let rows = tx.query("SELECT application_id, version FROM fixdesk_schema", &[])?;
        if let [row] = rows.as_slice()
            && row.try_get::<_, i32>(0)? == APPLICATION_ID
            && row.try_get::<_, i32>(1)? == VERSION
        {
            grant_desks(&mut tx)?;
            tx.commit()?;
            return Ok(());
        }
    }
    tx.batch_execute("LOCK TABLE fixdesk_schema IN ACCESS EXCLUSIVE MODE")
        .map_err(|err| owner_needed(err, place))?;
    let rows = tx.query("SELECT application_id, version FROM fixdesk_schema", &[])?;
    let version = match rows.as_slice() {
        [] => {
            tx.execute(
                "INSERT INTO fixdesk_schema (application_id, version) VALUES ($1, 0)",
                &[&APPLICATION_ID],
            )?;
            0
        }
        [row] => {
            let app: i32 = row.try_get(0)?;
            let version: i32 = row.try_get(1)?;
            if app != APPLICATION_ID {
                return Err(said(place.named(Note::coded(
                    "server-foreign-mark",
                    format!(
                        "{place} is marked as another program's database, not fixdesk's: give fixdesk an empty database of its own"
                    ),
                ))));
            }
            version
        }
        _ => {
            return Err(said(place.named(Note::coded(
                "server-damaged-mark",
                format!(
                    "{place} has a damaged fixdesk_schema table (more than one row): ask whoever runs the server to restore a backup"
                ),
            ))));
        }
    };
    if version > VERSION {
        return Err(said(
            place
                .named(Note::coded(
                    "server-too-new",
                    format!(
                        "{place} was written by a newer fixdesk (database version {version}, this one knows up to {VERSION}): install the newer fixdesk on this desk"
                    ),
                ))
                .arg("found", version)
                .arg("known", VERSION),
        ));
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(version.max(0) as usize) {
        let to = index as i32 + 1;
        tx.batch_execute(sql).map_err(|err| {
            StoreError::Migration(format!("to version {to}: {}", super::detail(&err)))
        })?;
        if to == 1 {
            seed_policy(&mut tx)?;
        }
        if to == REKEY_MIGRATION {
            rekey_unspaced_names(&mut tx)?;
        }
        tx.execute("UPDATE fixdesk_schema SET version = $1", &[&to])?;
    }
    grant_desks(&mut tx)?;
    tx.commit()?;
    Ok(())
}

/// Migration 8's Rust part, as SQLite's migration 12's: a case whose customer's name has
/// characters of a script written without spaces gets the name keys the store now makes
/// in place of those it was saved with. Latin names' keys are unchanged: those cases
/// are only read (their names, once).
fn rekey_unspaced_names(tx: &mut postgres::Transaction<'_>) -> Result<()> {
    use crate::store::keys;
    let rows = tx.query("SELECT id, customer_name FROM cases", &[])?;
    for row in rows {
        let name: String = row.try_get(1)?;
        if !name.chars().any(keys::unspaced) {
            continue;
        }
        let id: i64 = row.try_get(0)?;
        let old = keys::legacy_name_keys(&name);
        let new = keys::name_keys(&name);
        tx.execute(
            "DELETE FROM search_keys WHERE case_id = $2 AND key = ANY($1)",
            &[&old, &id],
        )?;
        tx.execute(
            "INSERT INTO search_keys (key, case_id) SELECT k, $2 FROM unnest($1::text[]) k
             ON CONFLICT DO NOTHING",
            &[&new, &id],
        )?;
    }
    Ok(())
}

/// The group role of the desks' logins (README: "A center's server").
pub const DESKS_ROLE: &str = "fixdesk_desks";

/// What the desks' logins may do, granted by the database's owner (on every start of a
/// desk connected as the owner, so a role made after the tables gets them too): read
/// everything, add cases and events, change cases — but never change or remove an
/// event, nor remove a case. The history is guarded twice: by these privileges (and
/// the triggers, for the owner too) and by the hash chain. Nothing happens when the role
/// does not exist (a one-login center) or the login is not the owner.
fn grant_desks(tx: &mut postgres::Transaction<'_>) -> Result<()> {
    tx.batch_execute(
        "DO $grant$
         BEGIN
           IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'fixdesk_desks')
              AND pg_has_role(current_user,
                  (SELECT relowner FROM pg_class WHERE oid = 'fixdesk_schema'::regclass), 'USAGE')
              AND NOT has_table_privilege('fixdesk_desks', 'search_keys', 'DELETE')
           THEN
             -- Two owners' desks starting at once take turns (concurrent GRANTs on
             -- one table fail); the second finds the work done.
             LOCK TABLE fixdesk_schema IN ACCESS EXCLUSIVE MODE;
             IF NOT has_table_privilege('fixdesk_desks', 'search_keys', 'DELETE') THEN
               GRANT SELECT ON fixdesk_schema TO fixdesk_desks;
               GRANT SELECT, INSERT, UPDATE
                   ON cases, case_numbers, chain_head, documents, photos, settings, policies,
                      center_jobs, outbox, staff
                   TO fixdesk_desks;
               GRANT SELECT, INSERT ON events, payments, sign_ins, staff_changes
                   TO fixdesk_desks;
               REVOKE UPDATE, DELETE, TRUNCATE ON events FROM fixdesk_desks;
               REVOKE DELETE, TRUNCATE ON cases FROM fixdesk_desks;
               EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO fixdesk_desks',
                              current_schema());
               -- Last: it is what says the grants are done.
               GRANT SELECT, INSERT, DELETE ON search_keys TO fixdesk_desks;
             END IF;
           END IF;
         END
         $grant$",
    )?;
    Ok(())
}

/// A desk's login meeting a database that needs upgrading: only its owner may.
fn owner_needed(err: postgres::Error, place: &Place) -> StoreError {
    if err.code() == Some(&SqlState::INSUFFICIENT_PRIVILEGE) {
        said(place.named(Note::coded(
            "server-owner-needed",
            format!(
                "{place} needs upgrading to this fixdesk's version, which only the database's owner may do: start fixdesk once with the owner's login (e.g. `fixdesk --database \"…user=OWNER\" check`), then the desks again"
            ),
        )))
    } else {
        err.into()
    }
}

/// Seeds the shipped warranty policy as version 1.
fn seed_policy(tx: &mut postgres::Transaction<'_>) -> Result<()> {
    let json = serde_json::to_string(&Policy::shipped())
        .map_err(|err| StoreError::Migration(format!("the shipped policy: {err}")))?;
    tx.execute(
        "INSERT INTO policies (version, json, saved_at) VALUES (1, $1, NULL)
         ON CONFLICT (version) DO NOTHING",
        &[&json],
    )?;
    Ok(())
}
