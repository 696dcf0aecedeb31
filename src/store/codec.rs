//! How domain values sit in SQLite columns, and the event hash.
//!
//! Dates are `YYYY-MM-DD` text (readable, and sorting as text sorts by date); instants
//! are integer microseconds since 1970 UTC; nested records are compact JSON. Anything
//! read back that does not parse is reported as damage, never unwrapped.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};

use super::{Result, StoreError};
use crate::domain::{Note, State};

/// An instant as stored: microseconds since the epoch.
pub fn micros(at: DateTime<Utc>) -> i64 {
    at.timestamp_micros()
}

/// An instant cut to what the store keeps (microseconds), so what a write returns
/// equals what a later read gives.
pub fn truncate(at: DateTime<Utc>) -> DateTime<Utc> {
    DateTime::from_timestamp_micros(at.timestamp_micros()).unwrap_or(at)
}

pub fn from_micros(value: i64, what: &str) -> Result<DateTime<Utc>> {
    DateTime::from_timestamp_micros(value)
        .ok_or_else(|| StoreError::corrupt(what, format!("{value} is not a time")))
}

pub fn date_text(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

pub fn opt_date_text(date: Option<NaiveDate>) -> Option<String> {
    date.map(date_text)
}

pub fn parse_date(text: &str, what: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| StoreError::corrupt(what, format!("'{text}' is not a date")))
}

pub fn parse_opt_date(text: Option<String>, what: &str) -> Result<Option<NaiveDate>> {
    text.map(|t| parse_date(&t, what)).transpose()
}

pub fn parse_state(text: &str, what: &str) -> Result<State> {
    State::parse(text).ok_or_else(|| StoreError::corrupt(what, format!("unknown state '{text}'")))
}

pub fn to_json<T: Serialize>(value: &T, what: &str) -> Result<String> {
    serde_json::to_string(value).map_err(|err| StoreError::invalid(what, Note::detail(err)))
}

/// "not valid JSON (…)": the parser's words kept as they came, as `detail`.
pub(crate) fn not_json(err: &serde_json::Error) -> Note {
    Note::coded("not-json", format!("not valid JSON ({err})")).arg("detail", err)
}

pub fn opt_to_json<T: Serialize>(value: &Option<T>, what: &str) -> Result<Option<String>> {
    value.as_ref().map(|v| to_json(v, what)).transpose()
}

pub fn from_json<T: DeserializeOwned>(text: &str, what: &str) -> Result<T> {
    serde_json::from_str(text).map_err(|err| StoreError::corrupt(what, err))
}

pub fn opt_from_json<T: DeserializeOwned>(text: Option<String>, what: &str) -> Result<Option<T>> {
    text.map(|t| from_json(&t, what)).transpose()
}

/// The fields of one event that its hash covers.
pub struct EventFields<'a> {
    pub id: i64,
    pub case_id: i64,
    pub at: i64,
    pub actor: &'a str,
    pub from: Option<&'a str>,
    pub to: &'a str,
    pub clause: &'a str,
    pub note: &'a str,
    /// The workstation's name; empty for events written before desks had names.
    pub desk: &'a str,
    /// The note's codes (`domain::coded`); empty for events written before codes.
    pub code: &'a str,
    /// The codes' arguments as stored: [`args_text`].
    pub args: &'a str,
}

/// A note's arguments as the `events.args` column keeps them (and the hash covers them):
/// compact JSON with the names sorted, or nothing when there are none.
pub fn args_text(args: &crate::domain::Args) -> String {
    if args.is_empty() {
        String::new()
    } else {
        serde_json::to_string(args).unwrap_or_default()
    }
}

/// A note's arguments read back from [`args_text`]; anything else is damage.
pub fn parse_args(text: &str, what: &str) -> Result<crate::domain::Args> {
    if text.is_empty() {
        Ok(crate::domain::Args::new())
    } else {
        from_json(text, what)
    }
}

/// The hash before the first event.
pub const GENESIS: [u8; 32] = [0; 32];

/// SHA-256 over the previous event's hash and every field of this one, each text
/// length-prefixed so no two different events can run together into the same bytes.
///
/// Three versions of the format, each chosen by what the event holds, so an event is
/// always hashed as it was written and old chains verify unchanged:
/// - `v3`: an event whose note has codes (docs/rules.md §13): after the note, the desk
///   (even when empty), the codes and their arguments (as [`args_text`] stores them);
/// - `v2`: an event with a desk's name and no codes: the desk after the note;
/// - `v1`: neither (every event written before desks had names).
pub fn event_hash(previous: &[u8], event: &EventFields<'_>) -> [u8; 32] {
    let mut hasher = Sha256::new();
    let coded = !event.code.is_empty();
    hasher.update(if coded {
        b"fixdesk-event-v3"
    } else if event.desk.is_empty() {
        b"fixdesk-event-v1"
    } else {
        b"fixdesk-event-v2"
    });
    hasher.update(previous);
    hasher.update(event.id.to_be_bytes());
    hasher.update(event.case_id.to_be_bytes());
    hasher.update(event.at.to_be_bytes());
    for text in [
        event.actor,
        event.from.unwrap_or("\u{0}none"),
        event.to,
        event.clause,
        event.note,
    ] {
        hasher.update((text.len() as u64).to_be_bytes());
        hasher.update(text.as_bytes());
    }
    if coded {
        for text in [event.desk, event.code, event.args] {
            hasher.update((text.len() as u64).to_be_bytes());
            hasher.update(text.as_bytes());
        }
    } else if !event.desk.is_empty() {
        hasher.update((event.desk.len() as u64).to_be_bytes());
        hasher.update(event.desk.as_bytes());
    }
    hasher.finalize().into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields<'a>(note: &'a str) -> EventFields<'a> {
        EventFields {
            id: 1,
            case_id: 7,
            at: 1_700_000_000_000_000,
            actor: "desk",
            from: None,
            to: "received",
            clause: "1.1",
            note,
            desk: "",
            code: "",
            args: "",
        }
    }

    #[test]
    fn any_change_changes_the_hash() {
        let base = event_hash(&GENESIS, &fields("walk-in"));
        assert_ne!(base, event_hash(&GENESIS, &fields("walk-in ")));
        assert_ne!(base, event_hash(&[1; 32], &fields("walk-in")));
        let mut moved = fields("walk-in");
        moved.case_id = 8;
        assert_ne!(base, event_hash(&GENESIS, &moved));
        let mut from = fields("walk-in");
        from.from = Some("applied");
        assert_ne!(base, event_hash(&GENESIS, &from));
        assert_eq!(base, event_hash(&GENESIS, &fields("walk-in")));
        let mut at_desk = fields("walk-in");
        at_desk.desk = "FRONT-1";
        assert_ne!(base, event_hash(&GENESIS, &at_desk));
        at_desk.desk = "FRONT-2";
        let other_desk = event_hash(&GENESIS, &at_desk);
        at_desk.desk = "FRONT-1";
        assert_ne!(other_desk, event_hash(&GENESIS, &at_desk));
    }

    #[test]
    fn codes_and_their_arguments_are_covered_and_only_then_change_the_format() {
        let mut coded = fields("Repaired.");
        coded.code = "repaired";
        let v3 = event_hash(&GENESIS, &coded);
        assert_ne!(v3, event_hash(&GENESIS, &fields("Repaired.")));
        coded.args = r#"{"serial":"SN-2"}"#;
        assert_ne!(v3, event_hash(&GENESIS, &coded));
        coded.args = "";
        coded.code = "repaired-replaced";
        assert_ne!(v3, event_hash(&GENESIS, &coded));
        // The arguments' text is what is stored: the same map, the same bytes.
        let mut args = crate::domain::Args::new();
        args.insert("b".into(), "2".into());
        args.insert("a".into(), "1".into());
        assert_eq!(args_text(&args), r#"{"a":"1","b":"2"}"#);
        assert_eq!(args_text(&crate::domain::Args::new()), "");
        assert_eq!(parse_args(&args_text(&args), "t").ok(), Some(args));
    }

    #[test]
    fn an_event_without_a_desk_keeps_its_first_format() {
        // Written by fixdesk before desks had names: its hash must not change.
        let hash = event_hash(&GENESIS, &fields("walk-in"));
        let mut v1 = Sha256::new();
        v1.update(b"fixdesk-event-v1");
        v1.update(GENESIS);
        v1.update(1i64.to_be_bytes());
        v1.update(7i64.to_be_bytes());
        v1.update(1_700_000_000_000_000i64.to_be_bytes());
        for text in ["desk", "\u{0}none", "received", "1.1", "walk-in"] {
            v1.update((text.len() as u64).to_be_bytes());
            v1.update(text.as_bytes());
        }
        let expected: [u8; 32] = v1.finalize().into();
        assert_eq!(hash, expected);
    }

    #[test]
    fn instants_round_trip_at_microseconds() {
        let at = DateTime::from_timestamp(1_767_225_600, 123_456_789).unwrap_or_default();
        let cut = truncate(at);
        assert_eq!(from_micros(micros(cut), "t").ok(), Some(cut));
        assert_eq!(cut.timestamp_subsec_nanos(), 123_456_000);
    }
}
