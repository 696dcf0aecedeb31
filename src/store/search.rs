//! Finding a case from what the customer or the clerk has at hand (issue 3 §6): the case
//! number, the serial, a phone number, an e-mail address or the customer's name.
//!
//! Every key is an index range, never a scan, so a search stays fast at a million
//! cases: serials are kept without punctuation, phones as their digits reversed (a phone
//! matches on the digits it ends with, whatever the spacing: "79464506" finds
//! "+44 20 7946 4506"), e-mail in lower case, and names in an FTS5 index that folds case
//! and accents and matches on the prefix of any word.

use super::read::{SUMMARY_COLUMNS, summary_from_row};
use super::{CaseSummary, Result, Store};
use crate::domain::CaseNumber;

/// A serial as searched: letters and digits only, lower case ("SN-001 a" → "sn001a").
pub fn serial_key(serial: &str) -> String {
    serial
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A phone as searched: its digits, reversed, so "ends with" is an index prefix range.
pub fn phone_key(phone: &str) -> String {
    phone.chars().rev().filter(char::is_ascii_digit).collect()
}

/// An e-mail address as searched: trimmed, lower case; `None` when blank.
pub fn email_key(email: &str) -> Option<String> {
    let key = email.trim().to_lowercase();
    (!key.is_empty()).then_some(key)
}

/// The fewest digits a phone search needs: fewer would match half the city.
const PHONE_MIN_DIGITS: usize = 6;
/// The fewest characters a serial prefix search needs.
const SERIAL_MIN_CHARS: usize = 4;

/// The upper bound of a prefix range over text: every string starting with `prefix`
/// sorts at or after `prefix` and before this.
fn prefix_end(prefix: &str) -> String {
    let mut end = prefix.to_string();
    end.push(char::MAX);
    end
}

/// The full-text query for a name: every word must match the prefix of a word of the
/// name. Words are quoted, so nothing the clerk types is read as FTS syntax.
fn name_query(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{w}\"*"))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

impl Store {
    /// Cases matching `text` by case number, serial, phone, e-mail or customer name,
    /// most recent activity first (ties: newest case first, so the order is stable).
    pub fn search(&self, text: &str, limit: usize) -> Result<Vec<CaseSummary>> {
        let text = text.trim();
        if text.is_empty() || limit == 0 {
            return Ok(Vec::new());
        }
        let answer_days = self.answer_days()?;
        let limit_sql = limit as i64;
        let mut found: Vec<CaseSummary> = Vec::new();
        let mut run = |sql: &str, params: &[&dyn rusqlite::ToSql]| -> Result<()> {
            let mut stmt = self.conn.prepare_cached(sql)?;
            let mut rows = stmt.query(params)?;
            while let Some(row) = rows.next()? {
                found.push(summary_from_row(row, answer_days)?);
            }
            Ok(())
        };

        if let Some(number) = CaseNumber::parse(text) {
            run(
                &format!("SELECT {SUMMARY_COLUMNS} FROM cases c WHERE c.number = ?1"),
                &[&number.as_str()],
            )?;
        }

        let serial = serial_key(text);
        if serial.chars().count() >= SERIAL_MIN_CHARS {
            run(
                &format!(
                    "SELECT {SUMMARY_COLUMNS} FROM cases c
                     WHERE c.serial_key >= ?1 AND c.serial_key < ?2
                     ORDER BY c.last_activity DESC, c.id DESC LIMIT ?3"
                ),
                &[&serial, &prefix_end(&serial), &limit_sql],
            )?;
        }

        // A phone is typed as digits with spaces, dashes, dots, brackets and a plus.
        let phone_like = text
            .chars()
            .all(|c| c.is_ascii_digit() || " +-./()".contains(c));
        if phone_like {
            // A national trunk "0" is not part of the international number: "020 7946
            // 4506" finds "+44 20 7946 4506".
            let digits: String = text.chars().filter(char::is_ascii_digit).collect();
            let digits = digits.trim_start_matches('0');
            if digits.len() >= PHONE_MIN_DIGITS {
                let key = phone_key(digits);
                run(
                    &format!(
                        "SELECT {SUMMARY_COLUMNS} FROM cases c
                         WHERE c.phone_key >= ?1 AND c.phone_key < ?2
                         ORDER BY c.last_activity DESC, c.id DESC LIMIT ?3"
                    ),
                    &[&key, &prefix_end(&key), &limit_sql],
                )?;
            }
        }

        if text.contains('@') {
            if let Some(email) = email_key(text) {
                run(
                    &format!(
                        "SELECT {SUMMARY_COLUMNS} FROM cases c
                         WHERE c.email_key >= ?1 AND c.email_key < ?2
                         ORDER BY c.last_activity DESC, c.id DESC LIMIT ?3"
                    ),
                    &[&email, &prefix_end(&email), &limit_sql],
                )?;
            }
        } else if text.chars().any(char::is_alphabetic)
            && let Some(query) = name_query(text)
        {
            run(
                // The newest matches are picked on the narrow (id, activity)
                // index first; only those rows are then read whole.
                &format!(
                    "SELECT {SUMMARY_COLUMNS} FROM cases c WHERE c.id IN (
                             SELECT a.id FROM cases a INDEXED BY cases_id_activity
                             WHERE a.id IN (SELECT rowid FROM case_names WHERE case_names MATCH ?1)
                             ORDER BY a.last_activity DESC, a.id DESC LIMIT ?2)
                         ORDER BY c.last_activity DESC, c.id DESC"
                ),
                &[&query, &limit_sql],
            )?;
        }

        found.sort_by(|a, b| {
            b.last_activity
                .cmp(&a.last_activity)
                .then_with(|| b.number.cmp(&a.number))
        });
        found.dedup_by(|a, b| a.number == b.number);
        found.truncate(limit);
        Ok(found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_spacing_and_case() {
        assert_eq!(serial_key(" SN-001/a "), "sn001a");
        assert_eq!(phone_key("+44 20 7946 4506"), "605464970244");
        assert!(phone_key("+44 20 7946 4506").starts_with(&phone_key("79464506")));
        assert_eq!(
            email_key("  Ann@Example.COM "),
            Some("ann@example.com".into())
        );
        assert_eq!(email_key("  "), None);
    }

    #[test]
    fn name_queries_quote_every_word() {
        assert_eq!(name_query("jo  smi"), Some("\"jo\"* \"smi\"*".into()));
        assert_eq!(name_query("o'brien"), Some("\"o\"* \"brien\"*".into()));
        assert_eq!(name_query("\"*)"), None);
    }

    #[test]
    fn prefix_ranges_contain_their_prefixes() {
        let end = prefix_end("sn00");
        for key in ["sn00", "sn001", "sn00zz", "sn00ü"] {
            assert!(key >= "sn00" && key < end.as_str(), "{key}");
        }
        assert!("sn01" >= end.as_str());
    }
}
