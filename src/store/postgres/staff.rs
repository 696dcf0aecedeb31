//! The center's staff (`store::staff`) on the server.

use chrono::{DateTime, Utc};
use postgres::Row;

use super::PgStore;
use crate::domain::staff::{Person, SecretKind, parse_roles};
use crate::store::staff::{Attempt, StaffChange, StaffRow, StaffWrite};
use crate::store::{Result, StoreError};

const COLUMNS: &str = "name, roles, active, secret_kind, secret_hash";

fn staff_from_row(row: &Row) -> Result<StaffRow> {
    let name: String = row.try_get(0)?;
    let roles: String = row.try_get(1)?;
    let kind: String = row.try_get(3)?;
    let what = || format!("the staff account {name}");
    Ok(StaffRow {
        person: Person {
            roles: parse_roles(&roles).map_err(|err| StoreError::corrupt(what(), err))?,
            active: row.try_get(2)?,
            name: name.clone(),
        },
        kind: SecretKind::parse(&kind)
            .ok_or_else(|| StoreError::corrupt(what(), format!("secret kind {kind}")))?,
        hash: row.try_get(4)?,
    })
}

impl PgStore {
    pub(crate) fn has_staff(&self) -> Result<bool> {
        Ok(self
            .client
            .borrow_mut()
            .query_one("SELECT EXISTS (SELECT 1 FROM staff)", &[])?
            .try_get(0)?)
    }

    pub(crate) fn staff_list(&self) -> Result<Vec<StaffRow>> {
        let rows = self.client.borrow_mut().query(
            &format!("SELECT {COLUMNS} FROM staff ORDER BY name_key"),
            &[],
        )?;
        rows.iter().map(staff_from_row).collect()
    }

    pub(crate) fn staff_row(&self, key: &str) -> Result<Option<StaffRow>> {
        let row = self.client.borrow_mut().query_opt(
            &format!("SELECT {COLUMNS} FROM staff WHERE name_key = $1"),
            &[&key],
        )?;
        row.as_ref().map(staff_from_row).transpose()
    }

    /// A name's newest attempts, newest first.
    pub(crate) fn sign_ins(
        &self,
        key: &str,
        limit: usize,
    ) -> Result<Vec<(Attempt, DateTime<Utc>)>> {
        let rows = self.client.borrow_mut().query(
            "SELECT outcome, at FROM sign_ins WHERE name_key = $1 ORDER BY id DESC LIMIT $2",
            &[&key, &(limit as i64)],
        )?;
        rows.iter()
            .map(|row| {
                let outcome: String = row.try_get(0)?;
                Ok((Attempt::parse(&outcome), row.try_get(1)?))
            })
            .collect()
    }

    pub(crate) fn record_sign_in(
        &mut self,
        key: &str,
        at: DateTime<Utc>,
        outcome: Attempt,
    ) -> Result<()> {
        let desk = self.desk.clone();
        self.client.get_mut().execute(
            "INSERT INTO sign_ins (name_key, at, desk, outcome) VALUES ($1, $2, $3, $4)",
            &[&key, &at, &desk, &outcome.name()],
        )?;
        Ok(())
    }

    /// One staff change and its record, in one transaction.
    pub(crate) fn write_staff(
        &mut self,
        write: &StaffWrite<'_>,
        change: &StaffChange,
    ) -> Result<()> {
        let mut tx = self.client.get_mut().transaction()?;
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
                 VALUES ($1, $2, $3, true, $4, $5, $6)",
                &[name, key, roles, &kind.name(), hash, at],
            )?,
            StaffWrite::Roles { key, roles } => tx.execute(
                "UPDATE staff SET roles = $2 WHERE name_key = $1",
                &[key, roles],
            )?,
            StaffWrite::Active { key, active } => tx.execute(
                "UPDATE staff SET active = $2 WHERE name_key = $1",
                &[key, active],
            )?,
            StaffWrite::Secret {
                key,
                kind,
                hash,
                at,
            } => {
                tx.execute(
                    "INSERT INTO sign_ins (name_key, at, desk, outcome) VALUES ($1, $2, $3, 'reset')",
                    &[key, at, &change.desk],
                )?;
                tx.execute(
                    "UPDATE staff SET secret_kind = $2, secret_hash = $3 WHERE name_key = $1",
                    &[key, &kind.name(), hash],
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
        tx.commit()?;
        Ok(())
    }

    pub(crate) fn staff_changes(&self, limit: usize) -> Result<Vec<StaffChange>> {
        let rows = self.client.borrow_mut().query(
            "SELECT at, actor, desk, person, change, detail FROM staff_changes
             ORDER BY id DESC LIMIT $1",
            &[&(limit as i64)],
        )?;
        rows.iter()
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
            .collect()
    }
}
