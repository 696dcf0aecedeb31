//! The center's staff (`store::staff`) in SQLite.

use chrono::{DateTime, Utc};
use rusqlite::Row;

use super::{Result, SqliteStore};
use crate::domain::staff::{Person, SecretKind, parse_roles};
use crate::store::StoreError;
use crate::store::codec::{self, from_micros};
use crate::store::staff::{Attempt, StaffChange, StaffRow, StaffWrite};

const COLUMNS: &str = "name, roles, active, secret_kind, secret_hash";

fn staff_from_row(row: &Row<'_>) -> Result<StaffRow> {
    let name: String = row.get(0)?;
    let roles: String = row.get(1)?;
    let kind: String = row.get(3)?;
    let what = || format!("the staff account {name}");
    Ok(StaffRow {
        person: Person {
            roles: parse_roles(&roles).map_err(|err| StoreError::corrupt(what(), err))?,
            active: row.get(2)?,
            name: name.clone(),
        },
        kind: SecretKind::parse(&kind)
            .ok_or_else(|| StoreError::corrupt(what(), format!("secret kind {kind}")))?,
        hash: row.get(4)?,
    })
}

impl SqliteStore {
    pub(crate) fn has_staff(&self) -> Result<bool> {
        Ok(self
            .conn
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM staff)")?
            .query_row([], |row| row.get(0))?)
    }

    pub(crate) fn staff_list(&self) -> Result<Vec<StaffRow>> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!("SELECT {COLUMNS} FROM staff ORDER BY name_key"))?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            out.push(staff_from_row(row)?);
        }
        Ok(out)
    }

    pub(crate) fn staff_row(&self, key: &str) -> Result<Option<StaffRow>> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!("SELECT {COLUMNS} FROM staff WHERE name_key = ?1"))?;
        let mut rows = stmt.query([key])?;
        rows.next()?.map(staff_from_row).transpose()
    }

    /// A name's newest attempts, newest first.
    pub(crate) fn sign_ins(
        &self,
        key: &str,
        limit: usize,
    ) -> Result<Vec<(Attempt, DateTime<Utc>)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT outcome, at FROM sign_ins WHERE name_key = ?1 ORDER BY id DESC LIMIT ?2",
        )?;
        let mut rows = stmt.query(rusqlite::params![key, limit as i64])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            let outcome: String = row.get(0)?;
            out.push((
                Attempt::parse(&outcome),
                from_micros(row.get(1)?, "a sign-in")?,
            ));
        }
        Ok(out)
    }

    pub(crate) fn record_sign_in(
        &mut self,
        key: &str,
        at: DateTime<Utc>,
        outcome: Attempt,
    ) -> Result<()> {
        const INSERT: &str =
            "INSERT INTO sign_ins (name_key, at, desk, outcome) VALUES (?1, ?2, ?3, ?4)";
        let params = rusqlite::params![key, codec::micros(at), self.desk, outcome.name()];
        if self._lock.is_some() {
            self.conn.prepare_cached(INSERT)?.execute(params)?;
        } else {
            // A read-only look (`open_reader`, while the app has the folder) still
            // records its sign-in, on a connection of its own: otherwise guessing
            // through read-only commands would never have to wait.
            let conn = rusqlite::Connection::open_with_flags(
                self.db_path(),
                rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE
                    | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?;
            conn.busy_timeout(std::time::Duration::from_secs(10))?;
            conn.execute(INSERT, params)?;
        }
        Ok(())
    }

    /// One staff change and its record, in one transaction.
    pub(crate) fn write_staff(
        &mut self,
        write: &StaffWrite<'_>,
        change: &StaffChange,
    ) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let changed = match write {
            StaffWrite::Add {
                name,
                key,
                roles,
                kind,
                hash,
                at,
            } => tx.execute(
                "INSERT INTO staff (name, name_key, roles, active, secret_kind, secret_hash, created_at)
                 VALUES (?1, ?2, ?3, 1, ?4, ?5, ?6)",
                rusqlite::params![name, key, roles, kind.name(), hash, codec::micros(*at)],
            )?,
            StaffWrite::Roles { key, roles } => tx.execute(
                "UPDATE staff SET roles = ?2 WHERE name_key = ?1",
                rusqlite::params![key, roles],
            )?,
            StaffWrite::Active { key, active } => tx.execute(
                "UPDATE staff SET active = ?2 WHERE name_key = ?1",
                rusqlite::params![key, active],
            )?,
            StaffWrite::Secret {
                key,
                kind,
                hash,
                at,
            } => {
                tx.execute(
                    "INSERT INTO sign_ins (name_key, at, desk, outcome) VALUES (?1, ?2, ?3, 'reset')",
                    rusqlite::params![key, codec::micros(*at), change.desk],
                )?;
                tx.execute(
                    "UPDATE staff SET secret_kind = ?2, secret_hash = ?3 WHERE name_key = ?1",
                    rusqlite::params![key, kind.name(), hash],
                )?
            }
        };
        if changed != 1 {
            return Err(StoreError::invalid(
                "name",
                crate::domain::Note::coded(
                    "not-on-staff",
                    format!("{} is not on the staff: check the name", change.person),
                )
                .arg("name", &change.person),
            ));
        }
        tx.execute(
            "INSERT INTO staff_changes (at, actor, desk, person, change, detail)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            rusqlite::params![
                codec::micros(change.at),
                change.actor,
                change.desk,
                change.person,
                change.change,
                change.detail
            ],
        )?;
        tx.commit()?;
        Ok(())
    }

    pub(crate) fn staff_changes(&self, limit: usize) -> Result<Vec<StaffChange>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT at, actor, desk, person, change, detail FROM staff_changes
             ORDER BY id DESC LIMIT ?1",
        )?;
        let mut rows = stmt.query([limit as i64])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            out.push(StaffChange {
                at: from_micros(row.get(0)?, "a staff change")?,
                actor: row.get(1)?,
                desk: row.get(2)?,
                person: row.get(3)?,
                change: row.get(4)?,
                detail: row.get(5)?,
            });
        }
        Ok(out)
    }
}
