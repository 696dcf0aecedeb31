//! The center's settings: who the center is (printed on every document) and the choices
//! that differ between centers. Stored in the database so a backup carries them.
//!
//! Every field has a default (`#[serde(default)]`), so an older or damaged settings
//! record still loads and the gaps are filled (STYLE.md: a damaged file never stops the
//! app). `sanitized` then brings out-of-range values back to something usable.

use serde::{Deserialize, Serialize};

use super::lifecycle::DEFAULT_ANSWER_DAYS;
use super::money::Currency;

/// Who the center is, as printed on receipts, confirmations and labels.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Center {
    pub name: String,
    /// Postal address, one line per line of the address.
    pub address: String,
    pub phone: String,
    pub email: String,
    pub currency: Currency,
}

impl Default for Center {
    fn default() -> Self {
        Self {
            name: "Repair Service Center".into(),
            address: String::new(),
            phone: String::new(),
            email: String::new(),
            currency: Currency::default(),
        }
    }
}

/// Paper for receipts, confirmations and reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

/// The return label's default form: a 4×6 in thermal label or a sheet of the paper size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LabelSize {
    #[default]
    FourBySix,
    Sheet,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub center: Center,
    pub paper: Paper,
    pub label: LabelSize,
    /// Print the intake receipt when a parcel is accepted at inspection (docs/rules.md §7: the
    /// receipt goes back with the parcel); the inspector can still untick it per parcel.
    pub receipt_on_parcel: bool,
    /// 2.3 sets no deadline for the customer's answer to a request for proof or a quote.
    pub answer_days: u32,
    /// 3.7: months after closing before a customer's personal data is removed (0 = never).
    pub retention_months: u32,
    /// Daily automatic backups kept.
    pub backups_kept: u32,
    pub theme: Theme,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            center: Center::default(),
            paper: Paper::default(),
            label: LabelSize::default(),
            receipt_on_parcel: true,
            answer_days: DEFAULT_ANSWER_DAYS,
            retention_months: 24,
            backups_kept: 14,
            theme: Theme::default(),
        }
    }
}

impl Settings {
    /// Reads settings leniently: unknown or damaged parts fall back to defaults.
    ///
    /// Field by field: one damaged value (a paper size a newer fixdesk knows, a number
    /// written as text) falls back to its default alone, and the center's name and
    /// address beside it are kept.
    pub fn from_json_lenient(text: &str) -> Self {
        if let Ok(settings) = serde_json::from_str::<Settings>(text) {
            return settings.sanitized();
        }
        let Ok(stored) = serde_json::from_str::<serde_json::Value>(text) else {
            return Settings::default();
        };
        let Ok(mut merged) = serde_json::to_value(Settings::default()) else {
            return Settings::default();
        };
        let mut leaves = Vec::new();
        leaf_pointers(&stored, String::new(), &mut leaves);
        for (pointer, value) in leaves {
            let Some(slot) = merged.pointer_mut(&pointer) else {
                continue; // a field this fixdesk does not know
            };
            let previous = std::mem::replace(slot, value.clone());
            if serde_json::from_value::<Settings>(merged.clone()).is_err()
                && let Some(slot) = merged.pointer_mut(&pointer)
            {
                *slot = previous;
            }
        }
        serde_json::from_value::<Settings>(merged)
            .unwrap_or_default()
            .sanitized()
    }

    /// Brings values out of range back into range.
    pub fn sanitized(mut self) -> Self {
        if !(1..=365).contains(&self.answer_days) {
            self.answer_days = DEFAULT_ANSWER_DAYS;
        }
        self.retention_months = self.retention_months.min(1200);
        self.backups_kept = self.backups_kept.clamp(1, 365);
        if self.center.name.trim().is_empty() {
            self.center.name = Center::default().name;
        }
        self
    }
}

/// Every non-object value in `value` with its JSON pointer (`/center/name`).
fn leaf_pointers<'a>(
    value: &'a serde_json::Value,
    at: String,
    out: &mut Vec<(String, &'a serde_json::Value)>,
) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, inner) in map {
                let key = key.replace('~', "~0").replace('/', "~1");
                leaf_pointers(inner, format!("{at}/{key}"), out);
            }
        }
        _ if !at.is_empty() => out.push((at, value)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_fields_fall_back_to_defaults() {
        let settings =
            Settings::from_json_lenient(r#"{"center": {"name": "Fix & Co"}, "paper": "letter"}"#);
        assert_eq!(settings.center.name, "Fix & Co");
        assert_eq!(settings.paper, Paper::Letter);
        assert_eq!(settings.answer_days, DEFAULT_ANSWER_DAYS);
        assert_eq!(settings.center.currency.code(), "EUR");
    }

    #[test]
    fn damaged_settings_never_stop_the_app() {
        assert_eq!(Settings::from_json_lenient("{{{"), Settings::default());
        let settings = Settings::from_json_lenient(r#"{"answer_days": 0, "backups_kept": 0}"#);
        assert_eq!(settings.answer_days, DEFAULT_ANSWER_DAYS);
        assert_eq!(settings.backups_kept, 1);
    }

    #[test]
    fn one_damaged_field_keeps_the_others() {
        let settings = Settings::from_json_lenient(
            r#"{"center": {"name": "Fix & Co", "phone": 12345, "address": "1 Mill Lane"},
                "paper": "a3", "label": "sheet", "answer_days": "twenty",
                "retention_months": 36, "theme": "dark", "added_later": true}"#,
        );
        assert_eq!(settings.center.name, "Fix & Co");
        assert_eq!(settings.center.address, "1 Mill Lane");
        assert_eq!(
            settings.center.phone, "",
            "a number is not a phone text: default"
        );
        assert_eq!(settings.paper, Paper::A4, "unknown paper: default");
        assert_eq!(settings.label, LabelSize::Sheet);
        assert_eq!(settings.answer_days, DEFAULT_ANSWER_DAYS);
        assert_eq!(settings.retention_months, 36);
        assert_eq!(settings.theme, Theme::Dark);
        assert_eq!(Settings::from_json_lenient("[1, 2]"), Settings::default());
        assert_eq!(Settings::from_json_lenient("null"), Settings::default());
    }
}
