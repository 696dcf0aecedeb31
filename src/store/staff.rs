//! The center's staff in the store: accounts, sign-in, and the rule that the store itself
//! refuses what the signed-in person's roles do not allow (docs/rules.md §10).
//!
//! - A database without staff works as before: whoever the desk says acts (the
//!   operating system's user). The first account made switches sign-in on, for every
//!   desk of the center; it must be a manager's, so someone can manage the rest.
//! - Secrets are kept only as argon2id PHC strings (salted, slow: [`hash_secret`]); the
//!   secret itself is never stored, logged nor shown ([`Secret`] prints nothing).
//! - Every sign-in attempt is recorded with its desk; after five wrong secrets in a row
//!   a name waits, longer with each further wrong one (`domain::staff::wait_after`). The
//!   wait is counted from the recorded attempts and the time passed in, so it holds on
//!   every desk and across restarts. Unknown names are treated like known ones (the same
//!   slow check, the same wait), so trying names tells nobody which exist.
//! - Every change to the staff (added, roles changed, disabled, enabled, secret reset)
//!   is recorded with who did it, at which desk and when; those records are never
//!   changed nor removed (a trigger on both engines, and the desks' grants on a server).
//! - The guard ([`Store::may`]) reads the signed-in person afresh from the database for
//!   every action it checks, so roles changed or an account disabled at another desk
//!   take effect at once.

use argon2::Argon2;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Engine, LostServer, Result, Store, StoreError, codec};
use crate::domain::Note;
use crate::domain::staff::{
    self, Action, FREE_ATTEMPTS, Person, Role, Secret, SecretKind, name_key, roles_text,
};

/// How many of a name's newest attempts are read to count its wrong secrets in a row:
/// past this many the wait is at its longest anyway.
const ATTEMPTS_READ: usize = 64;

/// One stored account, with its hash: for the store's own checks, never handed out.
pub(crate) struct StaffRow {
    pub person: Person,
    pub kind: SecretKind,
    pub hash: String,
}

/// What one staff change writes (with its [`StaffChange`] record, in one transaction).
pub(crate) enum StaffWrite<'a> {
    Add {
        name: &'a str,
        key: &'a str,
        roles: String,
        kind: SecretKind,
        hash: String,
        at: DateTime<Utc>,
    },
    Roles {
        key: &'a str,
        roles: String,
    },
    Active {
        key: &'a str,
        active: bool,
    },
    /// A new secret; the name's wrong attempts are forgotten (a `reset` attempt).
    Secret {
        key: &'a str,
        kind: SecretKind,
        hash: String,
        at: DateTime<Utc>,
    },
}

/// One recorded change to the staff: who changed whom, how, when and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StaffChange {
    pub at: DateTime<Utc>,
    /// Who made the change.
    pub actor: String,
    /// At which workstation.
    pub desk: String,
    /// Whose account changed.
    pub person: String,
    /// `added`, `roles`, `disabled`, `enabled` or `secret_reset`.
    pub change: String,
    /// The roles given, or the kind of the new secret (never the secret).
    pub detail: String,
}

/// One recorded sign-in attempt's outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Attempt {
    Ok,
    Wrong,
    /// Refused unchecked: the name was waiting.
    Waiting,
    /// The secret was reset by a manager: the wrong ones before no longer count.
    Reset,
}

impl Attempt {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Attempt::Ok => "ok",
            Attempt::Wrong => "wrong",
            Attempt::Waiting => "waiting",
            Attempt::Reset => "reset",
        }
    }

    pub(crate) fn parse(text: &str) -> Attempt {
        match text {
            "ok" => Attempt::Ok,
            "waiting" => Attempt::Waiting,
            "reset" => Attempt::Reset,
            _ => Attempt::Wrong,
        }
    }
}

/// The wrong secrets in a row among a name's attempts (newest first), and the newest
/// wrong one's time: counted back to the last right secret or reset.
pub(crate) fn wrong_in_row(attempts: &[(Attempt, DateTime<Utc>)]) -> (u32, Option<DateTime<Utc>>) {
    let mut wrong = 0;
    let mut last = None;
    for (attempt, at) in attempts {
        match attempt {
            Attempt::Ok | Attempt::Reset => break,
            Attempt::Waiting => {}
            Attempt::Wrong => {
                wrong += 1;
                last = last.or(Some(*at));
            }
        }
    }
    (wrong, last)
}

/// The secret as an argon2id PHC string (`$argon2id$v=19$m=19456,t=2,p=1$salt$hash`),
/// with a fresh random salt: argon2's recommended parameters, about 20 ms and 19 MiB per
/// check on a desk PC — slow for anyone guessing, unnoticed at sign-in.
pub fn hash_secret(secret: &Secret) -> Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(secret.expose().as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|err| {
            StoreError::invalid(
                "secret",
                Note::coded("secret-not-hashed", format!("could not be hashed ({err})"))
                    .arg("detail", err),
            )
        })
}

/// How the last active manager would stop being one: the role taken away, or the
/// account disabled.
#[derive(Clone, Copy)]
enum ManagerLoss {
    Role,
    Disable,
}

/// Does `secret` match the stored PHC string? A damaged string matches nothing.
fn verify_secret(secret: &Secret, stored: &str) -> bool {
    PasswordHash::new(stored).is_ok_and(|hash| {
        Argon2::default()
            .verify_password(secret.expose().as_bytes(), &hash)
            .is_ok()
    })
}

/// A hash no secret matches, checked for names that do not exist, so they take as long
/// as names that do.
fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash_secret(&Secret::new("\u{0}decoy\u{0}")).unwrap_or_default())
}

fn check_secret(secret: &Secret, kind: SecretKind) -> Result<()> {
    match secret.problem(kind) {
        Some(problem) => Err(StoreError::invalid(kind.name(), problem)),
        None => Ok(()),
    }
}

fn check_roles(roles: &[Role]) -> Result<Vec<Role>> {
    let roles = staff::normalized(roles.to_vec());
    if roles.is_empty() {
        return Err(StoreError::invalid(
            "roles",
            Note::coded(
                "roles-needed",
                "give at least one role: clerk, inspector, dispatcher, manager",
            ),
        ));
    }
    Ok(roles)
}

impl Store {
    /// Does this database have staff accounts (so sign-in is required)?
    pub fn has_staff(&self) -> Result<bool> {
        engine!(self, s => s.has_staff())
    }

    /// Everyone on the staff, by name (never with their secrets).
    pub fn staff(&self) -> Result<Vec<Person>> {
        engine!(self, s => s.staff_list()).map(|rows| rows.into_iter().map(|r| r.person).collect())
    }

    /// Everyone on the staff with the kind of their secret (a PIN or a password; never
    /// the secret nor its hash).
    pub fn staff_accounts(&self) -> Result<Vec<(Person, SecretKind)>> {
        engine!(self, s => s.staff_list())
            .map(|rows| rows.into_iter().map(|r| (r.person, r.kind)).collect())
    }

    /// The newest `limit` changes to the staff, newest first.
    pub fn staff_changes(&self, limit: usize) -> Result<Vec<StaffChange>> {
        engine!(self, s => s.staff_changes(limit))
    }

    /// Who is signed in on this store (`None`: nobody, or a database without staff).
    pub fn person(&self) -> Option<&Person> {
        self.person.as_ref()
    }

    /// Signs `name` in with `secret` at `now`: the person on success, who then acts on
    /// this store (their name on every event). Refused, and recorded, when the secret
    /// is wrong or the name must wait after wrong ones; a disabled account is refused.
    /// The person signed in before stays signed in when this fails.
    pub fn sign_in(&mut self, name: &str, secret: &Secret, now: DateTime<Utc>) -> Result<Person> {
        let key = name_key(name);
        if key.is_empty() {
            return Err(StoreError::invalid(
                "name",
                Note::coded("give-your-name", "give your name"),
            ));
        }
        let now = codec::truncate(now);
        let attempts = engine!(self, s => s.sign_ins(&key, ATTEMPTS_READ))?;
        let (wrong, last_wrong) = wrong_in_row(&attempts);
        if let Some(until) = staff::waits_until(wrong, last_wrong, now) {
            engine_mut!(self, s => s.record_sign_in(&key, now, Attempt::Waiting))?;
            return Err(StoreError::SignInWaits {
                until,
                seconds: (until - now).num_seconds().max(1),
            });
        }
        let row = engine!(self, s => s.staff_row(&key))?;
        let right = match &row {
            Some(row) => verify_secret(secret, &row.hash),
            None => {
                let _ = verify_secret(secret, decoy_hash());
                false
            }
        };
        let Some(row) = row.filter(|_| right) else {
            engine_mut!(self, s => s.record_sign_in(&key, now, Attempt::Wrong))?;
            let wrong = wrong + 1;
            return Err(StoreError::SignInWrong {
                left: FREE_ATTEMPTS.saturating_sub(wrong),
            });
        };
        if !row.person.active {
            engine_mut!(self, s => s.record_sign_in(&key, now, Attempt::Wrong))?;
            return Err(StoreError::SignInDisabled(row.person.name));
        }
        engine_mut!(self, s => s.record_sign_in(&key, now, Attempt::Ok))?;
        self.person = Some(row.person.clone());
        Ok(row.person)
    }

    /// Nobody acts on this store any more (the desk locked, the person left).
    pub fn sign_out(&mut self) {
        self.person = None;
    }

    /// May the one acting on this store take `action`? `Ok(None)` on a database without
    /// staff (anyone may); `Ok(Some(person))` with the signed-in person as the database
    /// has them now; refused when nobody is signed in, the account was disabled, or
    /// their roles do not allow it.
    pub fn may(&self, action: Action<'_>) -> Result<Option<Person>> {
        let Some(signed_in) = &self.person else {
            return if self.has_staff()? {
                Err(StoreError::SignInRequired)
            } else {
                Ok(None)
            };
        };
        let key = name_key(&signed_in.name);
        let person = engine!(self, s => s.staff_row(&key))?
            .map(|row| row.person)
            .filter(|person| person.active)
            .ok_or_else(|| StoreError::SignInDisabled(signed_in.name.clone()))?;
        if !person.may(action) {
            let (action_code, step) = action.code();
            return Err(StoreError::NotAllowed {
                name: person.name.clone(),
                roles: person.roles.clone(),
                action_code,
                step,
                needed: staff::roles_for(action).to_vec(),
            });
        }
        Ok(Some(person))
    }

    /// Who is written on what `action` records: the signed-in person's name, else
    /// (a database without staff) `actor` as the desk says it.
    pub(crate) fn acting(&self, action: Action<'_>, actor: &str) -> Result<String> {
        Ok(match self.may(action)? {
            Some(person) => person.name,
            None => actor.trim().to_string(),
        })
    }

    /// Adds a person. On a database without staff this is the first account, which
    /// switches sign-in on: it must hold the manager's role, and its maker is signed in
    /// as it. Afterwards only a manager may add staff.
    pub fn add_staff(
        &mut self,
        name: &str,
        roles: &[Role],
        kind: SecretKind,
        secret: &Secret,
        now: DateTime<Utc>,
    ) -> Result<Person> {
        let first = !self.has_staff()?;
        let actor = if first {
            name.trim().to_string()
        } else {
            self.acting(Action::Staff, "")?
        };
        if let Some(problem) = staff::name_problem(name) {
            return Err(StoreError::invalid("name", problem));
        }
        let roles = check_roles(roles)?;
        if first && !roles.contains(&Role::Manager) {
            return Err(StoreError::invalid(
                "roles",
                Note::coded(
                    "first-is-manager",
                    "the first account is the manager's: give it the manager role (the manager then adds the others)",
                ),
            ));
        }
        check_secret(secret, kind)?;
        let key = name_key(name);
        if engine!(self, s => s.staff_row(&key))?.is_some() {
            return Err(StoreError::invalid(
                "name",
                Note::coded(
                    "already-on-staff",
                    format!(
                        "{} is already on the staff: choose another name, or change that account",
                        name.trim()
                    ),
                )
                .arg("name", name.trim()),
            ));
        }
        let now = codec::truncate(now);
        let name = name.trim();
        let write = StaffWrite::Add {
            name,
            key: &key,
            roles: roles_text(&roles),
            kind,
            hash: hash_secret(secret)?,
            at: now,
        };
        let change = self.change(&actor, name, "added", roles_text(&roles), now);
        engine_mut!(self, s => s.write_staff(&write, &change))?;
        let person = Person {
            name: name.to_string(),
            roles,
            active: true,
        };
        if first {
            self.person = Some(person.clone());
        }
        Ok(person)
    }

    /// Gives a person these roles (a manager's action). The last active manager keeps
    /// the manager's role, so the center is never left without one.
    pub fn set_roles(&mut self, name: &str, roles: &[Role], now: DateTime<Utc>) -> Result<Person> {
        let actor = self.acting(Action::Staff, "")?;
        let roles = check_roles(roles)?;
        let mut person = self.account(name)?.person;
        if !roles.contains(&Role::Manager) {
            self.keep_a_manager(&person, ManagerLoss::Role)?;
        }
        let key = name_key(name);
        let write = StaffWrite::Roles {
            key: &key,
            roles: roles_text(&roles),
        };
        let change = self.change(&actor, &person.name, "roles", roles_text(&roles), now);
        engine_mut!(self, s => s.write_staff(&write, &change))?;
        person.roles = roles;
        self.refresh_signed_in(&person);
        Ok(person)
    }

    /// Disables (`false`) or enables again (`true`) a person's account (a manager's
    /// action). A disabled person cannot sign in, and what they had signed in to stops
    /// at their next action. Their name stays on what they did. The last active manager
    /// cannot be disabled.
    pub fn set_active(&mut self, name: &str, active: bool, now: DateTime<Utc>) -> Result<Person> {
        let actor = self.acting(Action::Staff, "")?;
        let mut person = self.account(name)?.person;
        if !active {
            self.keep_a_manager(&person, ManagerLoss::Disable)?;
        }
        let key = name_key(name);
        let write = StaffWrite::Active { key: &key, active };
        let what = if active { "enabled" } else { "disabled" };
        let change = self.change(&actor, &person.name, what, String::new(), now);
        engine_mut!(self, s => s.write_staff(&write, &change))?;
        person.active = active;
        self.refresh_signed_in(&person);
        Ok(person)
    }

    /// Gives a person a new password or PIN (a manager's action, or the person's own:
    /// anyone may change their own secret). Their wrong attempts so far are forgotten,
    /// so a name that had to wait may sign in at once.
    pub fn reset_secret(
        &mut self,
        name: &str,
        kind: SecretKind,
        secret: &Secret,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let own = self
            .person
            .as_ref()
            .is_some_and(|person| name_key(&person.name) == name_key(name));
        let actor = if own {
            self.acting(Action::OwnSecret, "")?
        } else {
            self.acting(Action::Staff, "")?
        };
        let person = self.account(name)?.person;
        check_secret(secret, kind)?;
        let now = codec::truncate(now);
        let key = name_key(name);
        let write = StaffWrite::Secret {
            key: &key,
            kind,
            hash: hash_secret(secret)?,
            at: now,
        };
        let change = self.change(
            &actor,
            &person.name,
            "secret_reset",
            kind.name().into(),
            now,
        );
        engine_mut!(self, s => s.write_staff(&write, &change))?;
        Ok(())
    }

    fn account(&self, name: &str) -> Result<StaffRow> {
        engine!(self, s => s.staff_row(&name_key(name)))?.ok_or_else(|| {
            StoreError::invalid(
                "name",
                Note::coded(
                    "nobody-called",
                    format!(
                        "nobody called {} is on the staff: check the name (`fixdesk staff list`)",
                        name.trim()
                    ),
                )
                .arg("name", name.trim()),
            )
        })
    }

    /// Refuses to leave the center without an active manager.
    fn keep_a_manager(&self, person: &Person, loss: ManagerLoss) -> Result<()> {
        if !person.active || !person.has(Role::Manager) {
            return Ok(());
        }
        let others = self
            .staff()?
            .into_iter()
            .filter(|other| other.active && other.has(Role::Manager))
            .filter(|other| name_key(&other.name) != name_key(&person.name))
            .count();
        if others == 0 {
            return Err(StoreError::invalid("roles", {
                let (code, what) = match loss {
                    ManagerLoss::Role => ("only-manager-role", "take the manager role from"),
                    ManagerLoss::Disable => ("only-manager-disable", "disable"),
                };
                Note::coded(
                        code,
                        format!(
                            "{} is the only active manager: make someone else a manager before you {what} them",
                            person.name
                        ),
                    )
                    .arg("name", &person.name)
            }));
        }
        Ok(())
    }

    fn change(
        &self,
        actor: &str,
        person: &str,
        change: &str,
        detail: String,
        now: DateTime<Utc>,
    ) -> StaffChange {
        StaffChange {
            at: codec::truncate(now),
            actor: actor.to_string(),
            desk: self.desk().to_string(),
            person: person.to_string(),
            change: change.to_string(),
            detail,
        }
    }

    /// The signed-in person's own account changed: keep what this store holds of it.
    fn refresh_signed_in(&mut self, changed: &Person) {
        if let Some(person) = &mut self.person
            && name_key(&person.name) == name_key(&changed.name)
        {
            *person = changed.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    #[test]
    fn a_hash_is_salted_argon2id_and_holds_no_secret() {
        let secret = Secret::new("4711-counter");
        let one = hash_secret(&secret).expect("hash");
        let two = hash_secret(&secret).expect("hash");
        assert!(one.starts_with("$argon2id$"), "{one}");
        assert_ne!(one, two, "each hash has its own salt");
        assert!(!one.contains("4711"));
        assert!(verify_secret(&secret, &one));
        assert!(!verify_secret(&Secret::new("4712-counter"), &one));
        assert!(!verify_secret(&secret, "not a hash"));
    }

    #[test]
    fn wrong_secrets_count_back_to_the_last_right_one() {
        let at = DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default();
        let minute = |n| at + Duration::minutes(n);
        let attempts = [
            (Attempt::Wrong, minute(5)),
            (Attempt::Waiting, minute(4)),
            (Attempt::Wrong, minute(3)),
            (Attempt::Ok, minute(2)),
            (Attempt::Wrong, minute(1)),
        ];
        assert_eq!(wrong_in_row(&attempts), (2, Some(minute(5))));
        assert_eq!(wrong_in_row(&[(Attempt::Reset, at)]), (0, None));
    }
}
