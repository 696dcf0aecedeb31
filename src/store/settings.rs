//! The center's settings, kept in the database so a backup carries them (issue 7).

use crate::domain::Settings;

use super::{Result, Store};

/// The settings record holding the center's [`Settings`] as JSON.
pub const SETTINGS_KEY: &str = "settings";

impl Store {
    /// The center's settings; a missing or damaged record gives the defaults, and a
    /// partial one is completed with them (never an error: a bad record must not stop
    /// the desk).
    pub fn settings(&self) -> Result<Settings> {
        Ok(self
            .setting(SETTINGS_KEY)?
            .map(|json| Settings::from_json_lenient(&json))
            .unwrap_or_default())
    }

    pub fn save_settings(&mut self, settings: &Settings) -> Result<()> {
        let json = serde_json::to_string(settings).map_err(|err| super::StoreError::Invalid {
            field: "settings".into(),
            problem: err.to_string(),
        })?;
        self.set_setting(SETTINGS_KEY, &json)
    }
}
