//! The center's own records in the store: backups, settings, and the warranty policy's
//! versions (decisions cite the version they were made under).

use super::*;

impl Store {
    /// A backup of the whole database into `out` (one file, checked before it counts).
    /// On a server it is the same single-file SQLite format (a new file made from one
    /// consistent snapshot), with the photos' and documents' files in `<out>.files/`.
    /// A manager's action once the database has staff (the daily backup is the center's
    /// own: see `jobs.rs`).
    pub fn backup_to(&self, out: &Path) -> Result<BackupReport> {
        self.may(Action::Backup)?;
        self.backup_unchecked(out)
    }

    pub(crate) fn backup_unchecked(&self, out: &Path) -> Result<BackupReport> {
        match &self.engine {
            Engine::Sqlite(s) => s.backup_to(out),
            Engine::Postgres(s) => {
                s.revive()?;
                let report = migrate::backup_server(s, out);
                if report.lost_server() {
                    s.suspect();
                }
                report
            }
        }
    }

    /// Does the database hold cases entered by people (not `fixdesk demo`)?
    pub fn has_real_cases(&self) -> Result<bool> {
        engine!(self, s => s.has_real_cases())
    }

    /// A stored setting (JSON text), or `None` when never set.
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        engine!(self, s => s.setting(key))
    }

    /// Stores a setting; the value must be JSON so every setting reads back typed.
    pub fn set_setting(&mut self, key: &str, json: &str) -> Result<()> {
        self.may(Action::Settings)?;
        serde_json::from_str::<serde_json::Value>(json)
            .map_err(|err| StoreError::invalid(key, codec::not_json(&err)))?;
        engine_mut!(self, s => s.set_settings(&[(key, json.to_string())]))
    }

    /// 2.3: days the customer has to answer; a missing or unreadable setting falls back
    /// to the default rather than stopping the desk.
    pub fn answer_days(&self) -> Result<u32> {
        Ok(answer_days_of(self.setting(SETTING_ANSWER_DAYS)?))
    }

    /// The current warranty policy and its version (the shipped one is version 1).
    pub fn policy(&self) -> Result<(i64, Policy)> {
        engine!(self, s => s.policy())
    }

    /// Saves a new policy version; decisions made from now on cite it, earlier ones keep
    /// theirs (2.4: the periods are the manufacturer's and may change).
    pub fn save_policy(&mut self, policy: &Policy, now: DateTime<Utc>) -> Result<i64> {
        self.may(Action::Policy)?;
        policy
            .validate()
            .map_err(|err| StoreError::invalid(&format!("policy.{}", err.field), err.problem))?;
        let json = serde_json::to_string(policy)
            .map_err(|err| StoreError::invalid("policy", Note::detail(err)))?;
        engine_mut!(self, s => s.save_policy(&json, now))
    }

    /// The version of this policy on file (decisions cite it). The policy must have
    /// been saved (`save_policy`); the shipped one is version 1.
    pub(crate) fn policy_version_of(&mut self, policy: &Policy) -> Result<i64> {
        if let Some((version, cached)) = &self.policy_cache
            && cached == policy
        {
            return Ok(*version);
        }
        let stored = engine!(self, s => s.policy_versions())?;
        for (version, json) in stored {
            if Policy::from_json(&json).is_ok_and(|stored| &stored == policy) {
                self.policy_cache = Some((version, policy.clone()));
                return Ok(version);
            }
        }
        Err(StoreError::invalid(
            "policy",
            Note::coded(
                "policy-not-on-file",
                "this warranty policy is not on file: save it in the settings first",
            ),
        ))
    }
}
