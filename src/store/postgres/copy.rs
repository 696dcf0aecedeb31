//! Writing the raw rows of `store::migrate` (a desk moving to the center's server):
//! one transaction for the whole copy, ids kept as they were. And reading them back
//! for a server's backup ([`PgSnapshot`]): every table in id order, a batch at a time,
//! inside one read-only `REPEATABLE READ` transaction, so the backup is one consistent
//! moment of the database while the desks keep working.
//!
//! The transaction locks the chain head first, as every writer does, so no desk can
//! write while the copy runs, and the emptiness checked at the start still holds at the
//! commit. Ids are given explicitly (`OVERRIDING SYSTEM VALUE` on the identity columns);
//! the sequences are moved past them just before the commit.

use crate::store::staff::StaffChange;
use postgres::types::ToSql;
use postgres::{IsolationLevel, Row, Transaction};

use super::PgStore;
use super::verify::walk_chain;
use super::write::{SITE, column_params};
use crate::store::columns::COLUMN_NAMES;
use crate::store::columns::CaseColumns;
use crate::store::migrate::{
    CaseRow, DocumentRow, EventRow, FixedRows, OutboxRow, PaymentRow, PhotoRow, PolicyRow,
    RowCounts, StaffRowCopy,
};
use crate::store::{ChainReport, Result};

/// The tables whose ids the server hands out (identity columns).
const IDENTITY_TABLES: [&str; 5] = ["cases", "payments", "documents", "photos", "outbox"];

/// The copy's one transaction.
pub(crate) struct PgCopy<'a> {
    tx: Transaction<'a>,
}

impl PgStore {
    /// Starts the copy's transaction, holding the chain head (see the module's note).
    pub(crate) fn begin_copy(&mut self) -> Result<PgCopy<'_>> {
        let mut tx = self.client.get_mut().transaction()?;
        // A big folder takes longer than a desk's save may hold the head.
        tx.batch_execute("SET LOCAL idle_in_transaction_session_timeout = 0")?;
        tx.query_one("SELECT 1 FROM chain_head WHERE id = 1 FOR UPDATE", &[])?;
        Ok(PgCopy { tx })
    }
}

fn count(n: i64) -> u64 {
    n.max(0) as u64
}

impl PgStore {
    /// After a bulk load (a desk moved to the server): the planner's statistics of what
    /// was loaded, and the visibility map that lets searches order by activity from an
    /// index alone. Without them a million copied cases are planned as an empty table
    /// (a number search now and then took seconds, a name search 100 ms).
    /// The cases are moved by then: a login that may not vacuum leaves it to autovacuum.
    pub(crate) fn tidy_after_load(&mut self) -> Result<()> {
        let _ = self.client.get_mut().batch_execute("VACUUM ANALYZE");
        Ok(())
    }
}

impl PgCopy<'_> {
    /// How many cases and events the database holds.
    pub(crate) fn contents(&mut self) -> Result<(u64, u64)> {
        let row = self.tx.query_one(
            "SELECT (SELECT count(*) FROM cases), (SELECT count(*) FROM events)",
            &[],
        )?;
        Ok((count(row.try_get(0)?), count(row.try_get(1)?)))
    }

    /// Cases with their ids, numbers and every column, and the search keys saved with
    /// them: a few hundred rows per statement (one multi-row VALUES).
    pub(crate) fn cases(&mut self, rows: &[CaseRow]) -> Result<()> {
        const FIXED: usize = 6;
        let per_row = FIXED + COLUMN_NAMES.len();
        // PostgreSQL takes at most 65,535 parameters in one statement.
        let rows_per_statement = 65_535 / per_row;
        let names = COLUMN_NAMES.join(", ");
        for chunk in rows.chunks(rows_per_statement) {
            let values = (0..chunk.len())
                .map(|r| {
                    let first = r * per_row + 1;
                    let params = (first..first + per_row)
                        .map(|i| format!("${i}"))
                        .collect::<Vec<_>>()
                        .join(", ");
                    format!("({params})")
                })
                .collect::<Vec<_>>()
                .join(",\n");
            let mut params: Vec<&(dyn ToSql + Sync)> = Vec::with_capacity(chunk.len() * per_row);
            for row in chunk {
                params.extend([
                    &row.id as &(dyn ToSql + Sync),
                    &row.columns.number,
                    &row.year,
                    &row.sequence,
                    &row.created_at,
                    &row.demo,
                ]);
                params.extend(column_params(&row.columns));
            }
            self.tx.execute(
                &format!(
                    "INSERT INTO cases (id, number, year, sequence, created_at, demo, {names})
                     OVERRIDING SYSTEM VALUE VALUES {values}"
                ),
                &params,
            )?;
        }
        let keys: Vec<(String, i64)> = rows
            .iter()
            .flat_map(|row| row.pending_keys.iter().map(|key| (key.clone(), row.id)))
            .collect();
        self.search_keys(&keys)
    }

    /// Events exactly as they were: id, case, time, words and hash.
    pub(crate) fn events(&mut self, rows: &[EventRow]) -> Result<()> {
        let ids: Vec<i64> = rows.iter().map(|e| e.id).collect();
        let cases: Vec<i64> = rows.iter().map(|e| e.case_id).collect();
        let at: Vec<_> = rows.iter().map(|e| e.at).collect();
        let actors: Vec<&str> = rows.iter().map(|e| e.actor.as_str()).collect();
        let from: Vec<Option<&str>> = rows.iter().map(|e| e.from_state.as_deref()).collect();
        let to: Vec<&str> = rows.iter().map(|e| e.to_state.as_str()).collect();
        let clauses: Vec<&str> = rows.iter().map(|e| e.clause.as_str()).collect();
        let notes: Vec<&str> = rows.iter().map(|e| e.note.as_str()).collect();
        let hashes: Vec<&[u8]> = rows.iter().map(|e| e.hash.as_slice()).collect();
        let desks: Vec<&str> = rows.iter().map(|e| e.desk.as_str()).collect();
        let codes: Vec<&str> = rows.iter().map(|e| e.code.as_str()).collect();
        let args: Vec<&str> = rows.iter().map(|e| e.args.as_str()).collect();
        self.tx.execute(
            "INSERT INTO events (id, case_id, at, actor, from_state, to_state, clause, note, hash,
                                 desk, code, args)
             SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::timestamptz[], $4::text[],
                                  $5::text[], $6::text[], $7::text[], $8::text[], $9::bytea[],
                                  $10::text[], $11::text[], $12::text[])",
            &[
                &ids, &cases, &at, &actors, &from, &to, &clauses, &notes, &hashes, &desks, &codes,
                &args,
            ],
        )?;
        Ok(())
    }

    /// Payments, one statement per batch.
    pub(crate) fn payments(&mut self, rows: &[PaymentRow]) -> Result<()> {
        let ids: Vec<i64> = rows.iter().map(|p| p.id).collect();
        let cases: Vec<i64> = rows.iter().map(|p| p.case_id).collect();
        let minor: Vec<i64> = rows.iter().map(|p| p.minor).collect();
        let currency: Vec<&str> = rows.iter().map(|p| p.currency.as_str()).collect();
        let paid_on: Vec<_> = rows.iter().map(|p| p.paid_on).collect();
        let method: Vec<&str> = rows.iter().map(|p| p.method.as_str()).collect();
        self.tx.execute(
            "INSERT INTO payments (id, case_id, minor, currency, paid_on, method)
             OVERRIDING SYSTEM VALUE
             SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::text[],
                                  $5::date[], $6::text[])",
            &[&ids, &cases, &minor, &currency, &paid_on, &method],
        )?;
        Ok(())
    }

    /// Customer messages, as they stood (a queued one is sent from here).
    pub(crate) fn outbox(&mut self, rows: &[OutboxRow]) -> Result<()> {
        for o in rows {
            self.tx.execute(
                "INSERT INTO outbox (id, case_id, moment, recipient, subject, body, attachment,
                     message_id, status, attempts, queued_at, queued_by, desk, next_try_at,
                     claimed_by, claimed_until, sent_at, reply, error)
                 OVERRIDING SYSTEM VALUE
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15,
                         $16, $17, $18, $19)",
                &[
                    &o.id,
                    &o.case_id,
                    &o.moment,
                    &o.recipient,
                    &o.subject,
                    &o.body,
                    &o.attachment,
                    &o.message_id,
                    &o.status,
                    &o.attempts,
                    &o.queued_at,
                    &o.queued_by,
                    &o.desk,
                    &o.next_try_at,
                    &o.claimed_by,
                    &o.claimed_until,
                    &o.sent_at,
                    &o.reply,
                    &o.error,
                ],
            )?;
        }
        Ok(())
    }

    /// Printed documents with their files, one statement per batch.
    pub(crate) fn documents(&mut self, rows: &[DocumentRow]) -> Result<()> {
        let ids: Vec<i64> = rows.iter().map(|d| d.id).collect();
        let cases: Vec<i64> = rows.iter().map(|d| d.case_id).collect();
        let kinds: Vec<&str> = rows.iter().map(|d| d.kind.as_str()).collect();
        let at: Vec<_> = rows.iter().map(|d| d.at).collect();
        let actors: Vec<&str> = rows.iter().map(|d| d.actor.as_str()).collect();
        let files: Vec<Option<&str>> = rows.iter().map(|d| d.file.as_deref()).collect();
        let facts: Vec<Option<&str>> = rows.iter().map(|d| d.facts.as_deref()).collect();
        let notes: Vec<Option<&str>> = rows.iter().map(|d| d.note.as_deref()).collect();
        let content: Vec<Option<&[u8]>> = rows.iter().map(|d| d.content.as_deref()).collect();
        self.tx.execute(
            "INSERT INTO documents (id, case_id, kind, at, actor, file, facts, note, content)
             OVERRIDING SYSTEM VALUE
             SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::timestamptz[],
                                  $5::text[], $6::text[], $7::text[], $8::text[], $9::bytea[])",
            &[
                &ids, &cases, &kinds, &at, &actors, &files, &facts, &notes, &content,
            ],
        )?;
        Ok(())
    }

    pub(crate) fn photos(&mut self, rows: &[PhotoRow]) -> Result<()> {
        let insert = self.tx.prepare(
            "INSERT INTO photos (id, case_id, file_name, content)
             OVERRIDING SYSTEM VALUE VALUES ($1, $2, $3, $4)",
        )?;
        for p in rows {
            self.tx
                .execute(&insert, &[&p.id, &p.case_id, &p.file_name, &p.content])?;
        }
        Ok(())
    }

    pub(crate) fn search_keys(&mut self, keys: &[(String, i64)]) -> Result<()> {
        if keys.is_empty() {
            return Ok(());
        }
        let words: Vec<&str> = keys.iter().map(|(key, _)| key.as_str()).collect();
        let cases: Vec<i64> = keys.iter().map(|(_, id)| *id).collect();
        self.tx.execute(
            "INSERT INTO search_keys (key, case_id)
             SELECT * FROM unnest($1::text[], $2::bigint[]) ON CONFLICT DO NOTHING",
            &[&words, &cases],
        )?;
        Ok(())
    }

    /// Settings, policy versions (the shipped version 1 the schema seeded is replaced
    /// by the folder's), the year counters and the chain's head.
    pub(crate) fn fixed(&mut self, fixed: &FixedRows) -> Result<()> {
        for (key, value) in &fixed.settings {
            self.tx.execute(
                "INSERT INTO settings (key, value) VALUES ($1, $2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                &[key, value],
            )?;
        }
        for policy in &fixed.policies {
            self.tx.execute(
                "INSERT INTO policies (version, json, saved_at) VALUES ($1, $2, $3)
                 ON CONFLICT (version) DO UPDATE SET json = excluded.json, saved_at = excluded.saved_at",
                &[&policy.version, &policy.json, &policy.saved_at],
            )?;
        }
        for (year, last) in &fixed.counters {
            self.tx.execute(
                "INSERT INTO case_numbers (site, year, last) VALUES ($1, $2, $3)
                 ON CONFLICT (site, year) DO UPDATE SET last = excluded.last",
                &[&SITE, year, last],
            )?;
        }
        if let Some((event_id, hash)) = &fixed.head {
            self.tx.execute(
                "UPDATE chain_head SET event_id = $1, hash = $2 WHERE id = 1",
                &[event_id, hash],
            )?;
        }
        for person in &fixed.staff {
            self.tx.execute(
                "INSERT INTO staff (name, name_key, roles, active, secret_kind, secret_hash, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
                &[
                    &person.name,
                    &person.name_key,
                    &person.roles,
                    &person.active,
                    &person.kind,
                    &person.hash,
                    &person.created_at,
                ],
            )?;
        }
        for change in &fixed.staff_changes {
            self.tx.execute(
                "INSERT INTO staff_changes (at, actor, desk, person, change, detail)
                 VALUES ($1, $2, $3, $4, $5, $6)",
                &[
                    &change.at,
                    &change.actor,
                    &change.desk,
                    &change.person,
                    &change.change,
                    &change.detail,
                ],
            )?;
        }
        Ok(())
    }

    /// The chain walked inside the transaction, as `verify` walks it.
    pub(crate) fn verify(&mut self) -> Result<ChainReport> {
        walk_chain(&mut self.tx)
    }

    /// What the copy holds, counted from its rows.
    pub(crate) fn counts(&mut self) -> Result<RowCounts> {
        counts_in(&mut self.tx)
    }

    /// Moves each identity past the copied ids (new rows get the next ones), and
    /// commits.
    pub(crate) fn commit(mut self) -> Result<()> {
        for table in IDENTITY_TABLES {
            self.tx.batch_execute(&format!(
                "SELECT setval(pg_get_serial_sequence('{table}', 'id'),
                               (SELECT coalesce(max(id), 0) + 1 FROM {table}), false)"
            ))?;
        }
        self.tx.commit()?;
        Ok(())
    }
}

/// What a database holds, counted from its rows (inside `tx`).
fn counts_in(tx: &mut Transaction<'_>) -> Result<RowCounts> {
    let row = tx.query_one(
        "SELECT (SELECT count(*) FROM cases), (SELECT count(*) FROM events),
                    (SELECT count(*) FROM payments), (SELECT count(*) FROM documents),
                    (SELECT count(*) FROM photos)",
        &[],
    )?;
    let mut by_state = Vec::new();
    for state in tx.query("SELECT state, count(*) FROM cases GROUP BY state", &[])? {
        by_state.push((state.try_get(0)?, count(state.try_get(1)?)));
    }
    Ok(RowCounts {
        cases: count(row.try_get(0)?),
        events: count(row.try_get(1)?),
        payments: count(row.try_get(2)?),
        documents: count(row.try_get(3)?),
        photos: count(row.try_get(4)?),
        by_state,
    })
}

/// The backup's one read-only transaction: a consistent snapshot of the whole database.
pub(crate) struct PgSnapshot<'a> {
    tx: Transaction<'a>,
}

/// `limit` as the server's integer.
fn limit_of(limit: usize) -> i64 {
    i64::try_from(limit).unwrap_or(i64::MAX)
}

impl PgStore {
    /// Runs `read` inside one read-only `REPEATABLE READ` transaction: every batch it
    /// reads sees the database as it was at the first read, whatever the desks write
    /// meanwhile (and it takes no lock a desk waits for).
    pub(crate) fn snapshot<T>(
        &self,
        read: impl FnOnce(&mut PgSnapshot<'_>) -> Result<T>,
    ) -> Result<T> {
        let mut client = self.client.borrow_mut();
        let mut tx = client
            .build_transaction()
            .isolation_level(IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()?;
        // Between batches the session waits for the backup file: not idle, busy.
        tx.batch_execute("SET LOCAL idle_in_transaction_session_timeout = 0")?;
        let mut snapshot = PgSnapshot { tx };
        let out = read(&mut snapshot)?;
        snapshot.tx.commit()?;
        Ok(out)
    }
}

/// A `cases` row read with [`PgSnapshot::cases`]' columns.
fn case_row(row: &Row) -> Result<CaseRow> {
    const AT: usize = 6;
    let at = |i: usize| AT + i;
    Ok(CaseRow {
        id: row.try_get(0)?,
        year: row.try_get(2)?,
        sequence: row.try_get(3)?,
        created_at: row.try_get(4)?,
        demo: row.try_get(5)?,
        columns: CaseColumns {
            number: row.try_get(1)?,
            arrival: row.try_get(at(0))?,
            state: row.try_get(at(1))?,
            application_id: row.try_get(at(2))?,
            applied_on: row.try_get(at(3))?,
            received_on: row.try_get(at(4))?,
            opened_on: row.try_get(at(5))?,
            unsolicited: row.try_get(at(6))?,
            customer_name: row.try_get(at(7))?,
            phone: row.try_get(at(8))?,
            email: row.try_get(at(9))?,
            address: row.try_get(at(10))?,
            return_address: row.try_get(at(11))?,
            model: row.try_get(at(12))?,
            serial: row.try_get(at(13))?,
            proof: row.try_get(at(14))?,
            fault: row.try_get(at(15))?,
            handover: row.try_get(at(16))?,
            keep_parts: row.try_get(at(17))?,
            diagnosis: row.try_get(at(18))?,
            decision: row.try_get(at(19))?,
            verdict: row.try_get(at(20))?,
            policy_version: row.try_get(at(21))?,
            decided_at: row.try_get(at(22))?,
            parcel: row.try_get(at(23))?,
            quote: row.try_get(at(24))?,
            payment_notice_on: row.try_get(at(25))?,
            asked_on: row.try_get(at(26))?,
            replacement_serial: row.try_get(at(27))?,
            return_reason: row.try_get(at(28))?,
            handback: row.try_get(at(29))?,
            applied_serial: row.try_get(at(30))?,
            last_activity: row.try_get(at(31))?,
            language: row.try_get(at(32))?,
        },
        // Every key of a server's case is in `search_keys` (see `search_keys`).
        pending_keys: Vec::new(),
    })
}

impl PgSnapshot<'_> {
    /// Up to `limit` cases after the row id `after`, in id order.
    pub(crate) fn cases(&mut self, after: i64, limit: usize) -> Result<Vec<CaseRow>> {
        let sql = format!(
            "SELECT id, number, year, sequence, created_at, demo, {}
             FROM cases WHERE id > $1 ORDER BY id LIMIT $2",
            COLUMN_NAMES.join(", ")
        );
        self.tx
            .query(&sql, &[&after, &limit_of(limit)])?
            .iter()
            .map(case_row)
            .collect()
    }

    /// Up to `limit` events after the id `after`, in id order, exactly as stored.
    pub(crate) fn events(&mut self, after: i64, limit: usize) -> Result<Vec<EventRow>> {
        self.tx
            .query(
                "SELECT id, case_id, at, actor, from_state, to_state, clause, note, hash, desk,
                        code, args
                 FROM events WHERE id > $1 ORDER BY id LIMIT $2",
                &[&after, &limit_of(limit)],
            )?
            .iter()
            .map(|row| {
                Ok(EventRow {
                    id: row.try_get(0)?,
                    case_id: row.try_get(1)?,
                    at: row.try_get(2)?,
                    actor: row.try_get(3)?,
                    from_state: row.try_get(4)?,
                    to_state: row.try_get(5)?,
                    clause: row.try_get(6)?,
                    note: row.try_get(7)?,
                    hash: row.try_get(8)?,
                    desk: row.try_get(9)?,
                    code: row.try_get(10)?,
                    args: row.try_get(11)?,
                })
            })
            .collect()
    }

    /// Up to `limit` payments after the id `after`, in id order.
    pub(crate) fn payments(&mut self, after: i64, limit: usize) -> Result<Vec<PaymentRow>> {
        self.tx
            .query(
                "SELECT id, case_id, minor, currency, paid_on, method
                 FROM payments WHERE id > $1 ORDER BY id LIMIT $2",
                &[&after, &limit_of(limit)],
            )?
            .iter()
            .map(|row| {
                Ok(PaymentRow {
                    id: row.try_get(0)?,
                    case_id: row.try_get(1)?,
                    minor: row.try_get(2)?,
                    currency: row.try_get(3)?,
                    paid_on: row.try_get(4)?,
                    method: row.try_get(5)?,
                })
            })
            .collect()
    }

    /// Up to `limit` customer messages after the id `after`, in id order.
    pub(crate) fn outbox(&mut self, after: i64, limit: usize) -> Result<Vec<OutboxRow>> {
        self.tx
            .query(
                "SELECT id, case_id, moment, recipient, subject, body, attachment, message_id,
                        status, attempts, queued_at, queued_by, desk, next_try_at, claimed_by,
                        claimed_until, sent_at, reply, error
                 FROM outbox WHERE id > $1 ORDER BY id LIMIT $2",
                &[&after, &limit_of(limit)],
            )?
            .iter()
            .map(|row| {
                Ok(OutboxRow {
                    id: row.try_get(0)?,
                    case_id: row.try_get(1)?,
                    moment: row.try_get(2)?,
                    recipient: row.try_get(3)?,
                    subject: row.try_get(4)?,
                    body: row.try_get(5)?,
                    attachment: row.try_get(6)?,
                    message_id: row.try_get(7)?,
                    status: row.try_get(8)?,
                    attempts: row.try_get(9)?,
                    queued_at: row.try_get(10)?,
                    queued_by: row.try_get(11)?,
                    desk: row.try_get(12)?,
                    next_try_at: row.try_get(13)?,
                    claimed_by: row.try_get(14)?,
                    claimed_until: row.try_get(15)?,
                    sent_at: row.try_get(16)?,
                    reply: row.try_get(17)?,
                    error: row.try_get(18)?,
                })
            })
            .collect()
    }

    /// Up to `limit` printed documents after the id `after`, in id order, with their
    /// files' bytes when the server holds them.
    pub(crate) fn documents(&mut self, after: i64, limit: usize) -> Result<Vec<DocumentRow>> {
        self.tx
            .query(
                "SELECT id, case_id, kind, at, actor, file, facts, note, content
                 FROM documents WHERE id > $1 ORDER BY id LIMIT $2",
                &[&after, &limit_of(limit)],
            )?
            .iter()
            .map(|row| {
                Ok(DocumentRow {
                    id: row.try_get(0)?,
                    case_id: row.try_get(1)?,
                    kind: row.try_get(2)?,
                    at: row.try_get(3)?,
                    actor: row.try_get(4)?,
                    file: row.try_get(5)?,
                    facts: row.try_get(6)?,
                    note: row.try_get(7)?,
                    content: row.try_get(8)?,
                })
            })
            .collect()
    }

    /// Up to `limit` photos after the id `after`, in id order, with their bytes when the
    /// server holds them.
    pub(crate) fn photos(&mut self, after: i64, limit: usize) -> Result<Vec<PhotoRow>> {
        self.tx
            .query(
                "SELECT id, case_id, file_name, content
                 FROM photos WHERE id > $1 ORDER BY id LIMIT $2",
                &[&after, &limit_of(limit)],
            )?
            .iter()
            .map(|row| {
                Ok(PhotoRow {
                    id: row.try_get(0)?,
                    case_id: row.try_get(1)?,
                    file_name: row.try_get(2)?,
                    content: row.try_get(3)?,
                })
            })
            .collect()
    }

    /// Up to `limit` search keys after `after`, in key order (byte order: the column's
    /// collation is "C", as SQLite's).
    pub(crate) fn search_keys(
        &mut self,
        after: Option<&(String, i64)>,
        limit: usize,
    ) -> Result<Vec<(String, i64)>> {
        let rows = match after {
            Some((key, case_id)) => self.tx.query(
                "SELECT key, case_id FROM search_keys WHERE (key, case_id) > ($1, $2)
                 ORDER BY key, case_id LIMIT $3",
                &[key, case_id, &limit_of(limit)],
            )?,
            None => self.tx.query(
                "SELECT key, case_id FROM search_keys ORDER BY key, case_id LIMIT $1",
                &[&limit_of(limit)],
            )?,
        };
        rows.iter()
            .map(|row| Ok((row.try_get(0)?, row.try_get(1)?)))
            .collect()
    }

    /// The small tables: settings, policy versions, this site's year counters, and the
    /// chain's head (none while there are no events).
    pub(crate) fn fixed(&mut self) -> Result<FixedRows> {
        let settings = self
            .tx
            .query("SELECT key, value FROM settings ORDER BY key", &[])?
            .iter()
            .map(|row| Ok((row.try_get(0)?, row.try_get(1)?)))
            .collect::<Result<Vec<_>>>()?;
        let policies = self
            .tx
            .query(
                "SELECT version, json, saved_at FROM policies ORDER BY version",
                &[],
            )?
            .iter()
            .map(|row| {
                Ok(PolicyRow {
                    version: row.try_get(0)?,
                    json: row.try_get(1)?,
                    saved_at: row.try_get(2)?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let counters = self
            .tx
            .query(
                "SELECT year, last FROM case_numbers WHERE site = $1 ORDER BY year",
                &[&SITE],
            )?
            .iter()
            .map(|row| Ok((row.try_get(0)?, row.try_get(1)?)))
            .collect::<Result<Vec<_>>>()?;
        let head = self
            .tx
            .query_opt(
                "SELECT event_id, hash FROM chain_head WHERE id = 1 AND event_id > 0",
                &[],
            )?
            .map(|row| -> Result<(i64, Vec<u8>)> { Ok((row.try_get(0)?, row.try_get(1)?)) })
            .transpose()?;
        let staff = self
            .tx
            .query(
                "SELECT name, name_key, roles, active, secret_kind, secret_hash, created_at
                 FROM staff ORDER BY id",
                &[],
            )?
            .iter()
            .map(|row| {
                Ok(StaffRowCopy {
                    name: row.try_get(0)?,
                    name_key: row.try_get(1)?,
                    roles: row.try_get(2)?,
                    active: row.try_get(3)?,
                    kind: row.try_get(4)?,
                    hash: row.try_get(5)?,
                    created_at: row.try_get(6)?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let staff_changes = self
            .tx
            .query(
                "SELECT at, actor, desk, person, change, detail FROM staff_changes ORDER BY id",
                &[],
            )?
            .iter()
            .map(|row| {
                Ok(StaffChange {
                    at: row.try_get(0)?,
                    actor: row.try_get(1)?,
                    desk: row.try_get(2)?,
                    person: row.try_get(3)?,
                    change: row.try_get(4)?,
                    detail: row.try_get(5)?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(FixedRows {
            settings,
            policies,
            counters,
            head,
            staff,
            staff_changes,
        })
    }

    /// What the snapshot holds, counted from its rows.
    pub(crate) fn counts(&mut self) -> Result<RowCounts> {
        counts_in(&mut self.tx)
    }
}
