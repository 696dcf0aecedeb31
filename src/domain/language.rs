//! The languages fixdesk speaks: a customer's (on the case, chosen at intake) and a
//! desk's (in the settings). Only the value lives here; the words are `crate::i18n`'s.

use serde::{Deserialize, Serialize};

/// A language fixdesk speaks. Stored by its code ("en", "zh") in settings, on cases and
/// in import files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Language {
    #[default]
    #[serde(rename = "en")]
    English,
    #[serde(rename = "zh")]
    Chinese,
}

impl Language {
    /// Every language, in the order a language picker offers them.
    pub const ALL: [Language; 2] = [Language::English, Language::Chinese];

    /// The code stored in settings and on cases, and accepted on the command line.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Chinese => "zh",
        }
    }

    /// The language's own name, as a picker shows it to someone who reads only it.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Chinese => "中文（简体）",
        }
    }

    /// Reads a code as typed on the command line, in an import file or a setting:
    /// "en", "zh", and their common regional forms ("en-US", "zh-CN", "zh_Hans").
    pub fn parse(text: &str) -> Option<Language> {
        let lower = text.trim().to_ascii_lowercase().replace('_', "-");
        let primary = lower.split('-').next().unwrap_or("");
        Language::ALL
            .into_iter()
            .find(|language| language.code() == primary)
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.native_name())
    }
}

impl std::str::FromStr for Language {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Language::parse(text).ok_or_else(|| {
            let known: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
            format!(
                "'{text}' is not a language fixdesk speaks: use {}",
                known.join(" or ")
            )
        })
    }
}
