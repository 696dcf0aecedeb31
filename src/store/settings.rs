//! The center's settings, kept in the database so a backup carries them.
//!
//! One record holds the whole [`Settings`] as JSON. Two of its values are also kept
//! under keys of their own, because the store acts on them without the rest: the
//! answer deadline (2.3, [`SETTING_ANSWER_DAYS`], read by the deadline queries) and the
//! daily backups kept ([`SETTING_BACKUPS_KEPT`], read by `auto_backup`). Saving writes
//! all three in one transaction, and reading takes those two from their own keys, so
//! the screen and the store never disagree.

use crate::domain::Settings;

use super::{Result, SETTING_ANSWER_DAYS, SETTING_BACKUPS_KEPT, Store, StoreError};

/// The settings record holding the center's [`Settings`] as JSON.
pub const SETTINGS_KEY: &str = "settings";

impl Store {
    /// The center's settings; a missing or damaged record gives the defaults, and a
    /// partial one is completed with them (never an error: a bad record must not stop
    /// the desk).
    pub fn settings(&self) -> Result<Settings> {
        let mut settings = self
            .setting(SETTINGS_KEY)?
            .map(|json| Settings::from_json_lenient(&json))
            .unwrap_or_default();
        if self.setting(SETTING_ANSWER_DAYS)?.is_some() {
            settings.answer_days = self.answer_days()?;
        }
        if let Some(kept) = self
            .setting(SETTING_BACKUPS_KEPT)?
            .and_then(|json| serde_json::from_str::<u32>(&json).ok())
        {
            settings.backups_kept = kept;
        }
        Ok(settings.sanitized())
    }

    /// Saves the settings (brought into range first) in one transaction.
    pub fn save_settings(&mut self, settings: &Settings) -> Result<()> {
        self.may(crate::domain::staff::Action::Settings)?;
        let settings = settings.clone().sanitized();
        let json = serde_json::to_string(&settings)
            .map_err(|err| StoreError::invalid("settings", crate::domain::Note::detail(err)))?;
        let pairs = [
            (SETTINGS_KEY, json),
            (SETTING_ANSWER_DAYS, settings.answer_days.to_string()),
            (SETTING_BACKUPS_KEPT, settings.backups_kept.to_string()),
        ];
        match &mut self.engine {
            super::Engine::Sqlite(s) => s.set_settings(&pairs),
            super::Engine::Postgres(s) => s.set_settings(&pairs),
        }
    }
}
