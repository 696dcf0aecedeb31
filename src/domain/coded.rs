//! Sentences stored as codes (docs/rules.md §13, "Stored text and search").
//!
//! A warranty reason or an event's note is kept as its English sentence, as always, and
//! now also as a code with its arguments, so each reader sees it in their own language
//! (`crate::i18n`'s `Words::reason` and `Words::event_note`). Records from before codes
//! have none and are shown as stored.
//!
//! Arguments are plain text: dates as `YYYY-MM-DD` (names ending in `date`), amounts as
//! the domain writes money, "25.50 EUR" (names ending in `amount`), a domain value by its
//! stored code (`verdict`, `cause`, `return_reason`…), anything else as typed (serials,
//! models, clauses).
//!
//! A problem's dates (`problem-*`: "2026-03-01 is before the quote was sent") are
//! arguments ending in `on`, not `date`: they stay written `YYYY-MM-DD` in every
//! language, as the person typed them on the command line or in an import file, so the
//! English sentence scripts read is unchanged and a clerk finds the file's own date in it.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::Money;

/// A code's arguments, by name (sorted, so their JSON is always the same bytes).
pub type Args = BTreeMap<String, String>;

/// A note as it is stored: its English sentences, and the codes of those sentences with
/// their arguments. `code` is the sentences' codes separated by spaces, in order
/// ("diagnosed paid-needs-quote"); empty when any sentence has no code, so a note is
/// either rendered whole or shown as stored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Note {
    pub text: String,
    pub code: String,
    pub args: Args,
}

impl Note {
    /// One coded sentence: its code and its English words.
    pub fn coded(code: &str, text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            code: code.to_string(),
            args: Args::new(),
        }
    }

    /// A sentence without a code (typed by a person, or not yet coded): shown as is.
    pub fn plain(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            code: String::new(),
            args: Args::new(),
        }
    }

    /// Words from the system or an engine (an OS error, a parser's or a server's
    /// message), said as they came in every language: coded `detail`, the words its
    /// argument, so a sentence around them can still be translated.
    pub fn detail(detail: impl ToString) -> Self {
        let detail = detail.to_string();
        Self::coded("detail", detail.clone()).arg("detail", detail)
    }

    /// The note with one more argument.
    pub fn arg(mut self, name: &str, value: impl ToString) -> Self {
        self.args.insert(name.to_string(), value.to_string());
        self
    }

    /// A date argument (its name should end in `date`).
    pub fn date(self, name: &str, date: NaiveDate) -> Self {
        self.arg(name, date.format("%Y-%m-%d"))
    }

    /// A money argument (its name should end in `amount`).
    pub fn money(self, name: &str, money: &Money) -> Self {
        self.arg(name, money)
    }

    /// This note followed by `next` (a sentence after a sentence). When either has no
    /// code, nor does the whole: it is shown as stored. Arguments of the same name must
    /// agree; when they do not, the whole is left uncoded rather than rendered wrong.
    pub fn then(mut self, next: Note) -> Self {
        if next.text.is_empty() {
            return self;
        }
        if self.text.is_empty() {
            return next;
        }
        self.text.push(' ');
        self.text.push_str(&next.text);
        let clash = next
            .args
            .iter()
            .any(|(name, value)| self.args.get(name).is_some_and(|v| v != value));
        if self.code.is_empty() || next.code.is_empty() || clash {
            self.code.clear();
            self.args.clear();
        } else {
            self.code.push(' ');
            self.code.push_str(&next.code);
            self.args.extend(next.args);
        }
        self
    }
}

impl From<String> for Note {
    fn from(text: String) -> Self {
        Note::plain(text)
    }
}

impl From<&str> for Note {
    fn from(text: &str) -> Self {
        Note::plain(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_join_their_codes_or_lose_them_together() {
        let a = Note::coded("a", "First.").arg("x", 1);
        let b = Note::coded("b", "Second.").arg("y", 2);
        let both = a.clone().then(b);
        assert_eq!(both.text, "First. Second.");
        assert_eq!(both.code, "a b");
        assert_eq!(both.args.len(), 2);
        let plain = a.clone().then(Note::plain("Typed."));
        assert_eq!(plain.text, "First. Typed.");
        assert!(plain.code.is_empty() && plain.args.is_empty());
        let clash = a.clone().then(Note::coded("c", "Third.").arg("x", 2));
        assert!(clash.code.is_empty());
        assert_eq!(a.clone().then(Note::plain("")), a);
    }
}
