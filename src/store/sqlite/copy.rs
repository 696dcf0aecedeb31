//! Reading the raw rows for `store::migrate` (a desk moving to the center's server):
//! every table in id order, a batch at a time, as plain Rust rows.
//!
//! And writing them, for a server's backup ([`SqliteCopy`]): a new fixdesk database
//! file, its schema made by the SQLite migrations, the rows written with the ids and
//! hashes they have on the server, the search keys and event indexes folded at the end.
//! The file is written under a temporary name, checked (`integrity_check` and the chain
//! walked) and only then renamed into place; a copy dropped before that is removed.
//! SQLite keeps photos and printed documents as files, not in the database: their bytes
//! go into a folder beside the backup, `<backup>.files/photos` and
//! `<backup>.files/documents`, renamed into place with it.

use crate::store::staff::StaffChange;
use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, Row, ToSql};

use super::backup::{check_file, io, sync_dir, sync_file, temp_name};
use super::codec::{date_text, from_micros, micros, opt_date_text, parse_date, parse_opt_date};
use super::fold::{FOLDED_TALLY, fold_recent, mark};
use super::write::{set_chain_head, year_tally};
use super::{BackupReport, Result, SqliteStore, StoreError, schema};
use crate::store::columns::{COLUMN_NAMES, CaseColumns};
use crate::store::migrate::{
    CaseRow, DocumentRow, EventRow, FixedRows, OutboxRow, PaymentRow, PhotoRow, PolicyRow,
    RowCounts, StaffRowCopy,
};

/// `limit` as SQLite's integer.
fn limit_of(limit: usize) -> i64 {
    i64::try_from(limit).unwrap_or(i64::MAX)
}

/// The case columns in `COLUMN_NAMES` order, starting at `at`.
fn columns_from_row(row: &Row<'_>, number: String, at: usize) -> Result<CaseColumns> {
    let what = format!("case {number}");
    let date =
        |i: usize| -> Result<Option<chrono::NaiveDate>> { parse_opt_date(row.get(at + i)?, &what) };
    let instant = |i: usize| -> Result<Option<chrono::DateTime<chrono::Utc>>> {
        row.get::<_, Option<i64>>(at + i)?
            .map(|micros| from_micros(micros, &what))
            .transpose()
    };
    let opened_on: String = row.get(at + 5)?;
    let last_activity: i64 = row.get(at + 31)?;
    Ok(CaseColumns {
        arrival: row.get(at)?,
        state: row.get(at + 1)?,
        application_id: row.get(at + 2)?,
        applied_on: date(3)?,
        received_on: date(4)?,
        opened_on: parse_date(&opened_on, &what)?,
        unsolicited: row.get(at + 6)?,
        customer_name: row.get(at + 7)?,
        phone: row.get(at + 8)?,
        email: row.get(at + 9)?,
        address: row.get(at + 10)?,
        return_address: row.get(at + 11)?,
        model: row.get(at + 12)?,
        serial: row.get(at + 13)?,
        proof: row.get(at + 14)?,
        fault: row.get(at + 15)?,
        handover: row.get(at + 16)?,
        keep_parts: row.get(at + 17)?,
        diagnosis: row.get(at + 18)?,
        decision: row.get(at + 19)?,
        verdict: row.get(at + 20)?,
        policy_version: row.get(at + 21)?,
        decided_at: instant(22)?,
        parcel: row.get(at + 23)?,
        quote: row.get(at + 24)?,
        payment_notice_on: date(25)?,
        asked_on: date(26)?,
        replacement_serial: row.get(at + 27)?,
        return_reason: row.get(at + 28)?,
        handback: row.get(at + 29)?,
        applied_serial: row.get(at + 30)?,
        last_activity: from_micros(last_activity, &what)?,
        language: row.get(at + 32)?,
        number,
    })
}

impl SqliteStore {
    /// Up to `limit` cases after the row id `after`, in id order.
    pub(crate) fn copy_cases(&self, after: i64, limit: usize) -> Result<Vec<CaseRow>> {
        let sql = format!(
            "SELECT id, number, year, sequence, created_at, demo,
                    CASE WHEN id > {folded} THEN new_keys END, {columns}
             FROM cases WHERE id > ?1 ORDER BY id LIMIT ?2",
            folded = mark(FOLDED_TALLY),
            columns = COLUMN_NAMES.join(", "),
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows = stmt.query(rusqlite::params![after, limit_of(limit)])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(0)?;
            let number: String = row.get(1)?;
            let what = format!("case {number}");
            let created_at: i64 = row.get(4)?;
            let pending: Option<String> = row.get(6)?;
            let pending_keys = match pending {
                Some(json) => serde_json::from_str(&json)
                    .map_err(|err| StoreError::corrupt(format!("{what} search keys"), err))?,
                None => Vec::new(),
            };
            out.push(CaseRow {
                id,
                year: row.get(2)?,
                sequence: row.get(3)?,
                created_at: from_micros(created_at, &what)?,
                demo: row.get(5)?,
                columns: columns_from_row(row, number, 7)?,
                pending_keys,
            });
        }
        Ok(out)
    }

    /// Up to `limit` events after the id `after`, in id order, exactly as stored.
    pub(crate) fn copy_events(&self, after: i64, limit: usize) -> Result<Vec<EventRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, case_id, at, actor, from_state, to_state, clause, note, hash, desk,
                    code, args
             FROM events WHERE id > ?1 ORDER BY id LIMIT ?2",
        )?;
        let mut rows = stmt.query(rusqlite::params![after, limit_of(limit)])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(0)?;
            let at: i64 = row.get(2)?;
            out.push(EventRow {
                id,
                case_id: row.get(1)?,
                at: from_micros(at, &format!("event {id}"))?,
                actor: row.get(3)?,
                from_state: row.get(4)?,
                to_state: row.get(5)?,
                clause: row.get(6)?,
                note: row.get(7)?,
                hash: row.get(8)?,
                desk: row.get(9)?,
                code: row.get(10)?,
                args: row.get(11)?,
            });
        }
        Ok(out)
    }

    /// Up to `limit` payments after the id `after`, in id order.
    pub(crate) fn copy_payments(&self, after: i64, limit: usize) -> Result<Vec<PaymentRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, case_id, minor, currency, paid_on, method
             FROM payments WHERE id > ?1 ORDER BY id LIMIT ?2",
        )?;
        let mut rows = stmt.query(rusqlite::params![after, limit_of(limit)])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(0)?;
            let paid_on: String = row.get(4)?;
            out.push(PaymentRow {
                id,
                case_id: row.get(1)?,
                minor: row.get(2)?,
                currency: row.get(3)?,
                paid_on: parse_date(&paid_on, &format!("payment {id}"))?,
                method: row.get(5)?,
            });
        }
        Ok(out)
    }

    /// Up to `limit` customer messages after the id `after`, in id order.
    pub(crate) fn copy_outbox(&self, after: i64, limit: usize) -> Result<Vec<OutboxRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, case_id, moment, recipient, subject, body, attachment, message_id,
                    status, attempts, queued_at, queued_by, desk, next_try_at, claimed_by,
                    claimed_until, sent_at, reply, error
             FROM outbox WHERE id > ?1 ORDER BY id LIMIT ?2",
        )?;
        let mut rows = stmt.query(rusqlite::params![after, limit_of(limit)])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(0)?;
            let what = format!("message {id}");
            let instant = |micros: Option<i64>| -> Result<Option<chrono::DateTime<chrono::Utc>>> {
                micros.map(|m| from_micros(m, &what)).transpose()
            };
            out.push(OutboxRow {
                id,
                case_id: row.get(1)?,
                moment: row.get(2)?,
                recipient: row.get(3)?,
                subject: row.get(4)?,
                body: row.get(5)?,
                attachment: row.get(6)?,
                message_id: row.get(7)?,
                status: row.get(8)?,
                attempts: row.get(9)?,
                queued_at: from_micros(row.get(10)?, &what)?,
                queued_by: row.get(11)?,
                desk: row.get(12)?,
                next_try_at: from_micros(row.get(13)?, &what)?,
                claimed_by: row.get(14)?,
                claimed_until: instant(row.get(15)?)?,
                sent_at: instant(row.get(16)?)?,
                reply: row.get(17)?,
                error: row.get(18)?,
            });
        }
        Ok(out)
    }

    /// Up to `limit` printed documents after the id `after`, in id order (without their
    /// files: those are in the data folder).
    pub(crate) fn copy_documents(&self, after: i64, limit: usize) -> Result<Vec<DocumentRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, case_id, kind, at, actor, file, facts, note
             FROM documents WHERE id > ?1 ORDER BY id LIMIT ?2",
        )?;
        let mut rows = stmt.query(rusqlite::params![after, limit_of(limit)])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(0)?;
            let at: i64 = row.get(3)?;
            out.push(DocumentRow {
                id,
                case_id: row.get(1)?,
                kind: row.get(2)?,
                at: from_micros(at, &format!("document {id}"))?,
                actor: row.get(4)?,
                file: row.get(5)?,
                facts: row.get(6)?,
                note: row.get(7)?,
                content: None,
            });
        }
        Ok(out)
    }

    /// Up to `limit` photos after the id `after`, in id order (names only).
    pub(crate) fn copy_photos(&self, after: i64, limit: usize) -> Result<Vec<PhotoRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, case_id, file_name FROM photos WHERE id > ?1 ORDER BY id LIMIT ?2",
        )?;
        let mut rows = stmt.query(rusqlite::params![after, limit_of(limit)])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            out.push(PhotoRow {
                id: row.get(0)?,
                case_id: row.get(1)?,
                file_name: row.get(2)?,
                content: None,
            });
        }
        Ok(out)
    }

    /// Up to `limit` folded search keys after `after` in key order (the unfolded ones
    /// come with their cases, [`CaseRow::pending_keys`]).
    pub(crate) fn copy_search_keys(
        &self,
        after: Option<&(String, i64)>,
        limit: usize,
    ) -> Result<Vec<(String, i64)>> {
        let (key, case_id) = after.cloned().unwrap_or((String::new(), i64::MIN));
        let mut stmt = self.conn.prepare_cached(
            "SELECT key, case_id FROM search_keys WHERE (key, case_id) > (?1, ?2)
             ORDER BY key, case_id LIMIT ?3",
        )?;
        let rows = stmt
            .query_map(rusqlite::params![key, case_id, limit_of(limit)], |row| {
                Ok((row.get(0)?, row.get(1)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// The small tables: settings, policy versions, year counters, the chain's head.
    pub(crate) fn copy_fixed(&self) -> Result<FixedRows> {
        let conn = &self.conn;
        let settings = conn
            .prepare("SELECT key, value FROM settings ORDER BY key")?
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut policies = Vec::new();
        let mut stmt =
            conn.prepare("SELECT version, json, saved_at FROM policies ORDER BY version")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let version: i64 = row.get(0)?;
            let saved_at: Option<i64> = row.get(2)?;
            policies.push(PolicyRow {
                version,
                json: row.get(1)?,
                saved_at: saved_at
                    .map(|micros| from_micros(micros, &format!("policy version {version}")))
                    .transpose()?,
            });
        }
        let counters = conn
            .prepare("SELECT year, last FROM case_numbers ORDER BY year")?
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let head = conn
            .prepare("SELECT event_id, hash FROM chain_head")?
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
            .next()
            .transpose()?;
        let mut staff = Vec::new();
        let mut stmt = conn.prepare(
            "SELECT name, name_key, roles, active, secret_kind, secret_hash, created_at
             FROM staff ORDER BY id",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            staff.push(StaffRowCopy {
                name: row.get(0)?,
                name_key: row.get(1)?,
                roles: row.get(2)?,
                active: row.get(3)?,
                kind: row.get(4)?,
                hash: row.get(5)?,
                created_at: from_micros(row.get(6)?, "a staff account")?,
            });
        }
        let mut staff_changes = Vec::new();
        let mut stmt = conn.prepare(
            "SELECT at, actor, desk, person, change, detail FROM staff_changes ORDER BY id",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            staff_changes.push(StaffChange {
                at: from_micros(row.get(0)?, "a staff change")?,
                actor: row.get(1)?,
                desk: row.get(2)?,
                person: row.get(3)?,
                change: row.get(4)?,
                detail: row.get(5)?,
            });
        }
        Ok(FixedRows {
            settings,
            policies,
            counters,
            head,
            staff,
            staff_changes,
        })
    }

    /// What the database holds, counted from its rows (not the tallies).
    pub(crate) fn copy_counts(&self) -> Result<RowCounts> {
        counts_of(&self.conn)
    }
}

/// What the database on `conn` holds, counted from its rows (not the tallies).
fn counts_of(conn: &Connection) -> Result<RowCounts> {
    let count = |table: &str| -> Result<u64> {
        let n: i64 = conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |row| {
            row.get(0)
        })?;
        Ok(n.max(0) as u64)
    };
    let by_state = conn
        .prepare("SELECT state, count(*) FROM cases GROUP BY state ORDER BY state")?
        .query_map([], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, i64>(1)?.max(0) as u64,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(RowCounts {
        cases: count("cases")?,
        events: count("events")?,
        payments: count("payments")?,
        documents: count("documents")?,
        photos: count("photos")?,
        by_state,
    })
}

/// `<path>.files`: the folder of photos and documents beside a backup file.
fn files_dir(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".files");
    PathBuf::from(name)
}

/// The plain file name of `name` (a stored document may name a path), if it has one.
fn plain_name(name: &str) -> Option<&std::ffi::OsStr> {
    Path::new(name).file_name()
}

/// A new SQLite fixdesk database being written from another engine's rows (see the
/// module's note). Removed, with its folder of files, unless [`SqliteCopy::finish`]
/// put it in place.
pub(crate) struct SqliteCopy {
    conn: Option<Connection>,
    out: PathBuf,
    temp: PathBuf,
    done: bool,
}

impl SqliteStore {
    /// Starts a new database file that will become `out`: written under a temporary
    /// name beside it, with the schema of the current migrations, inside one
    /// transaction.
    pub(crate) fn create_copy(out: &Path) -> Result<SqliteCopy> {
        if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::create_dir_all(parent).map_err(io(parent))?;
        }
        let temp = temp_name(out);
        remove_leftovers(&temp)?;
        let mut copy = SqliteCopy {
            conn: None,
            out: out.to_path_buf(),
            temp: temp.clone(),
            done: false,
        };
        let mut conn = Connection::open(&temp)?;
        // A temporary file, synced once whole before it is checked and renamed: no
        // journal work per row.
        conn.execute_batch(
            "PRAGMA foreign_keys = ON;
             PRAGMA synchronous = OFF;
             PRAGMA temp_store = MEMORY;",
        )?;
        schema::migrations()
            .to_latest(&mut conn)
            .map_err(|err| StoreError::Migration(err.to_string()))?;
        conn.execute_batch("BEGIN IMMEDIATE")?;
        copy.conn = Some(conn);
        Ok(copy)
    }
}

/// Removes a temporary file and its folder of files left by an earlier attempt.
fn remove_leftovers(temp: &Path) -> Result<()> {
    if temp.exists() {
        fs::remove_file(temp).map_err(io(temp))?;
    }
    let files = files_dir(temp);
    if files.exists() {
        fs::remove_dir_all(&files).map_err(io(&files))?;
    }
    Ok(())
}

impl SqliteCopy {
    fn conn(&self) -> Result<&Connection> {
        self.conn.as_ref().ok_or_else(|| {
            StoreError::Backup(crate::domain::Note::coded(
                "backup-closed",
                "the backup file is already closed",
            ))
        })
    }

    /// Cases with their ids, numbers and every column (and any search keys they carry).
    pub(crate) fn cases(&mut self, rows: &[CaseRow]) -> Result<()> {
        let conn = self.conn()?;
        {
            let names = COLUMN_NAMES.join(", ");
            let marks = (1..=6 + COLUMN_NAMES.len())
                .map(|i| format!("?{i}"))
                .collect::<Vec<_>>()
                .join(", ");
            let mut insert = conn.prepare_cached(&format!(
                "INSERT INTO cases (id, number, year, sequence, created_at, demo, {names})
                 VALUES ({marks})"
            ))?;
            for row in rows {
                let c = &row.columns;
                let created_at = micros(row.created_at);
                let applied_on = opt_date_text(c.applied_on);
                let received_on = opt_date_text(c.received_on);
                let opened_on = date_text(c.opened_on);
                let decided_at = c.decided_at.map(micros);
                let payment_notice_on = opt_date_text(c.payment_notice_on);
                let asked_on = opt_date_text(c.asked_on);
                let last_activity = micros(c.last_activity);
                let params: [&dyn ToSql; 39] = [
                    &row.id,
                    &c.number,
                    &row.year,
                    &row.sequence,
                    &created_at,
                    &row.demo,
                    &c.arrival,
                    &c.state,
                    &c.application_id,
                    &applied_on,
                    &received_on,
                    &opened_on,
                    &c.unsolicited,
                    &c.customer_name,
                    &c.phone,
                    &c.email,
                    &c.address,
                    &c.return_address,
                    &c.model,
                    &c.serial,
                    &c.proof,
                    &c.fault,
                    &c.handover,
                    &c.keep_parts,
                    &c.diagnosis,
                    &c.decision,
                    &c.verdict,
                    &c.policy_version,
                    &decided_at,
                    &c.parcel,
                    &c.quote,
                    &payment_notice_on,
                    &asked_on,
                    &c.replacement_serial,
                    &c.return_reason,
                    &c.handback,
                    &c.applied_serial,
                    &last_activity,
                    &c.language,
                ];
                insert.execute(&params[..])?;
            }
        }
        let keys: Vec<(String, i64)> = rows
            .iter()
            .flat_map(|row| row.pending_keys.iter().map(|key| (key.clone(), row.id)))
            .collect();
        self.search_keys(&keys)
    }

    /// Events exactly as they were: id, case, time, words and hash.
    pub(crate) fn events(&mut self, rows: &[EventRow]) -> Result<()> {
        let mut insert = self.conn()?.prepare_cached(
            "INSERT INTO events (id, case_id, at, actor, from_state, to_state, clause, note, hash, desk,
                                 code, args)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        )?;
        for e in rows {
            insert.execute(rusqlite::params![
                e.id,
                e.case_id,
                micros(e.at),
                e.actor,
                e.from_state,
                e.to_state,
                e.clause,
                e.note,
                e.hash,
                e.desk,
                e.code,
                e.args,
            ])?;
        }
        Ok(())
    }

    pub(crate) fn payments(&mut self, rows: &[PaymentRow]) -> Result<()> {
        let mut insert = self.conn()?.prepare_cached(
            "INSERT INTO payments (id, case_id, minor, currency, paid_on, method)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for p in rows {
            insert.execute(rusqlite::params![
                p.id,
                p.case_id,
                p.minor,
                p.currency,
                date_text(p.paid_on),
                p.method,
            ])?;
        }
        Ok(())
    }

    pub(crate) fn outbox(&mut self, rows: &[OutboxRow]) -> Result<()> {
        let mut insert = self.conn()?.prepare_cached(
            "INSERT INTO outbox (id, case_id, moment, recipient, subject, body, attachment,
                 message_id, status, attempts, queued_at, queued_by, desk, next_try_at,
                 claimed_by, claimed_until, sent_at, reply, error)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                     ?17, ?18, ?19)",
        )?;
        for o in rows {
            insert.execute(rusqlite::params![
                o.id,
                o.case_id,
                o.moment,
                o.recipient,
                o.subject,
                o.body,
                o.attachment,
                o.message_id,
                o.status,
                o.attempts,
                micros(o.queued_at),
                o.queued_by,
                o.desk,
                micros(o.next_try_at),
                o.claimed_by,
                o.claimed_until.map(micros),
                o.sent_at.map(micros),
                o.reply,
                o.error,
            ])?;
        }
        Ok(())
    }

    /// Printed documents; the bytes of those that carry them go to
    /// `<backup>.files/documents/<file name>`.
    pub(crate) fn documents(&mut self, rows: &[DocumentRow]) -> Result<()> {
        {
            let mut insert = self.conn()?.prepare_cached(
                "INSERT INTO documents (id, case_id, kind, at, actor, file, facts, note)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?;
            for d in rows {
                insert.execute(rusqlite::params![
                    d.id,
                    d.case_id,
                    d.kind,
                    micros(d.at),
                    d.actor,
                    d.file,
                    d.facts,
                    d.note,
                ])?;
            }
        }
        for d in rows {
            if let (Some(file), Some(bytes)) = (&d.file, &d.content) {
                self.write_file("documents", file, bytes)?;
            }
        }
        Ok(())
    }

    /// Photos; their bytes go to `<backup>.files/photos/<file name>`.
    pub(crate) fn photos(&mut self, rows: &[PhotoRow]) -> Result<()> {
        {
            let mut insert = self.conn()?.prepare_cached(
                "INSERT INTO photos (id, case_id, file_name) VALUES (?1, ?2, ?3)",
            )?;
            for p in rows {
                insert.execute(rusqlite::params![p.id, p.case_id, p.file_name])?;
            }
        }
        for p in rows {
            if let Some(bytes) = &p.content {
                self.write_file("photos", &p.file_name, bytes)?;
            }
        }
        Ok(())
    }

    /// One file's bytes into the temporary folder of files, under its plain name (a
    /// name without one is not written: the row is kept).
    fn write_file(&mut self, folder: &str, name: &str, bytes: &[u8]) -> Result<()> {
        let Some(plain) = plain_name(name) else {
            return Ok(());
        };
        let dir = files_dir(&self.temp).join(folder);
        fs::create_dir_all(&dir).map_err(io(&dir))?;
        let path = dir.join(plain);
        fs::write(&path, bytes).map_err(io(&path))?;
        Ok(())
    }

    /// Search keys, straight into the sorted index (the fold at the end finds none left
    /// in the case rows).
    pub(crate) fn search_keys(&mut self, keys: &[(String, i64)]) -> Result<()> {
        let mut insert = self
            .conn()?
            .prepare_cached("INSERT OR IGNORE INTO search_keys (key, case_id) VALUES (?1, ?2)")?;
        for (key, case_id) in keys {
            insert.execute(rusqlite::params![key, case_id])?;
        }
        Ok(())
    }

    /// Settings, policy versions (the shipped version 1 the schema seeded is replaced by
    /// the source's), the year counters and the chain's head.
    pub(crate) fn fixed(&mut self, fixed: &FixedRows) -> Result<()> {
        let conn = self.conn()?;
        for (key, value) in &fixed.settings {
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                rusqlite::params![key, value],
            )?;
        }
        for policy in &fixed.policies {
            conn.execute(
                "INSERT INTO policies (version, json, saved_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (version) DO UPDATE SET json = excluded.json, saved_at = excluded.saved_at",
                rusqlite::params![policy.version, policy.json, policy.saved_at.map(micros)],
            )?;
        }
        for (year, last) in &fixed.counters {
            conn.execute(
                "INSERT INTO tallies (name, value) VALUES (?1, ?2)
                 ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                rusqlite::params![year_tally(*year), last],
            )?;
        }
        if let Some((event_id, hash)) = &fixed.head {
            set_chain_head(conn, *event_id, hash)?;
        }
        for person in &fixed.staff {
            conn.execute(
                "INSERT INTO staff (name, name_key, roles, active, secret_kind, secret_hash, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                rusqlite::params![
                    person.name,
                    person.name_key,
                    person.roles,
                    person.active,
                    person.kind,
                    person.hash,
                    micros(person.created_at)
                ],
            )?;
        }
        for change in &fixed.staff_changes {
            conn.execute(
                "INSERT INTO staff_changes (at, actor, desk, person, change, detail)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                rusqlite::params![
                    micros(change.at),
                    change.actor,
                    change.desk,
                    change.person,
                    change.change,
                    change.detail
                ],
            )?;
        }
        Ok(())
    }

    /// What the copy holds, counted from its rows.
    pub(crate) fn counts(&self) -> Result<RowCounts> {
        counts_of(self.conn()?)
    }

    /// Folds the search keys and event indexes, commits and closes the file, flushes
    /// it, checks it (`integrity_check`, the chain walked) and renames it, and its
    /// folder of files, into place.
    pub(crate) fn finish(mut self) -> Result<BackupReport> {
        {
            let conn = self.conn()?;
            fold_recent(conn)?;
            conn.execute_batch("COMMIT")?;
        }
        if let Some(conn) = self.conn.take() {
            conn.close().map_err(|(_, err)| StoreError::from(err))?;
        }
        sync_file(&self.temp)?;
        check_file(&self.temp, true)?;

        fs::rename(&self.temp, &self.out).map_err(io(&self.out))?;
        let files_temp = files_dir(&self.temp);
        let files_out = files_dir(&self.out);
        // The folder beside an earlier backup of this name belonged to that backup.
        if files_out.exists() {
            fs::remove_dir_all(&files_out).map_err(io(&files_out))?;
        }
        let files = if files_temp.exists() {
            fs::rename(&files_temp, &files_out).map_err(io(&files_out))?;
            crate::store::private::tighten(&files_out);
            Some(files_out)
        } else {
            None
        };
        crate::store::private::tighten(&self.out);
        self.done = true;
        if let Some(parent) = self.out.parent() {
            sync_dir(parent);
        }
        let bytes = fs::metadata(&self.out).map(|m| m.len()).unwrap_or_default();
        Ok(BackupReport {
            path: self.out.clone(),
            bytes,
            files,
        })
    }
}

impl Drop for SqliteCopy {
    fn drop(&mut self) {
        if !self.done {
            // Closed first: the file must not stay open while it is removed.
            self.conn.take();
            let _ = remove_leftovers(&self.temp);
        }
    }
}
