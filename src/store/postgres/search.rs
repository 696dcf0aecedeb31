//! Finding a case on PostgreSQL: the same keys and the same rules as SQLite's search
//! (`store::search`, `store::keys`), each key kind one range of the `search_keys`
//! primary key (byte order, so a prefix is a range).

use postgres::types::ToSql;

use super::PgStore;
use super::read::{SUMMARY_COLUMNS, summary_from_row};
use crate::domain::CaseNumber;
use crate::store::keys::{
    EMAIL_TAG, NAME_TAG, PHONE_TAG, SERIAL_TAG, email_key, phone_key, serial_key, tagged,
};
use crate::store::keys::{PHONE_MIN_DIGITS, SERIAL_MIN_CHARS, name_prefixes, prefix_end};
use crate::store::{CaseSummary, Result};

/// The ids of cases with a key in each of `count` ranges, parameters from `$first`.
fn ids_in_ranges(count: usize, first: usize) -> String {
    (0..count)
        .map(|i| {
            let a = first + 2 * i;
            format!(
                "SELECT case_id FROM search_keys WHERE key >= ${a} AND key < ${}",
                a + 1
            )
        })
        .collect::<Vec<_>>()
        .join(" INTERSECT ")
}

/// Matches of a name from which on the newest are found by walking the cases from the
/// most recently active back (a hash of the matches, then a short walk), rather than by
/// reading each match's activity (thousands of index probes: 50 ms on a million cases).
/// Below it, the matches are few and read directly.
const COMMON_MATCHES: i64 = 2_000;

/// The `$1` most recently active of the cases `ids_sql` selects, found by walking the
/// cases from the newest activity back until enough are found (for common name words).
fn newest_by_walking(ids_sql: &str) -> String {
    // The inner LIMIT keeps the walk an index scan, and keeps the planner from flattening
    // the subquery into a join that reads every match first.
    format!(
        "SELECT {SUMMARY_COLUMNS} FROM cases c WHERE c.id IN (
             SELECT a.id FROM (SELECT id FROM cases ORDER BY last_activity DESC, id DESC
                               LIMIT 1000000000) a
             WHERE a.id IN ({ids_sql}) LIMIT $1)
         ORDER BY c.last_activity DESC, c.id DESC LIMIT $1"
    )
}

/// The `$1` most recently active of the cases `ids_sql` selects.
fn newest_of(ids_sql: &str) -> String {
    format!(
        "SELECT {SUMMARY_COLUMNS} FROM cases c WHERE c.id IN ({ids_sql})
         ORDER BY c.last_activity DESC, c.id DESC LIMIT $1"
    )
}

impl PgStore {
    /// Cases matching `text` by case number, serial, phone, e-mail or customer name,
    /// most recent activity first: see `Store::search`.
    pub(crate) fn search(&self, text: &str, limit: usize) -> Result<Vec<CaseSummary>> {
        let text = text.trim();
        if text.is_empty() || limit == 0 {
            return Ok(Vec::new());
        }
        let answer_days = self.answer_days()?;
        let limit_sql = limit as i64;
        let mut client = self.client.borrow_mut();
        // A name: its words' key ranges, and whether they match many cases.
        // A case number is not a name: "SC-2026-000123" looks for no "sc" words.
        let name_words = if !text.contains('@')
            && text.chars().any(char::is_alphabetic)
            && CaseNumber::parse(text).is_none()
        {
            name_prefixes(text)
        } else {
            Vec::new()
        };
        let name_bounds: Vec<String> = name_words
            .iter()
            .flat_map(|w| {
                let start = tagged(NAME_TAG, w);
                let end = prefix_end(&start);
                [start, end]
            })
            .collect();
        let common_name = if name_words.is_empty() {
            false
        } else {
            let params: Vec<&(dyn ToSql + Sync)> = name_bounds
                .iter()
                .map(|b| b as &(dyn ToSql + Sync))
                .collect();
            let matches: i64 = client
                .query_one(
                    &format!(
                        "SELECT count(*) FROM (SELECT 1 FROM ({}) m LIMIT {COMMON_MATCHES}) s",
                        ids_in_ranges(name_words.len(), 1)
                    ),
                    &params,
                )?
                .try_get(0)?;
            matches >= COMMON_MATCHES
        };
        let mut found: Vec<CaseSummary> = Vec::new();
        let mut run = |sql: &str, params: &[&(dyn ToSql + Sync)]| -> Result<()> {
            for row in client.query(sql, params)? {
                found.push(summary_from_row(&row, answer_days)?);
            }
            Ok(())
        };

        if let Some(number) = CaseNumber::parse(text) {
            run(
                &format!("SELECT {SUMMARY_COLUMNS} FROM cases c WHERE c.number = $1"),
                &[&number.as_str()],
            )?;
        }

        let mut by_prefix = |tag: char, prefix: &str| -> Result<()> {
            let start = tagged(tag, prefix);
            let end = prefix_end(&start);
            run(
                &newest_of(&ids_in_ranges(1, 2)),
                &[&limit_sql, &start, &end],
            )
        };

        let serial = serial_key(text);
        if serial.chars().count() >= SERIAL_MIN_CHARS {
            by_prefix(SERIAL_TAG, &serial)?;
        }

        // As on SQLite: digits with spaces, dashes, dots, brackets and a plus; a
        // national trunk "0" is not part of the international number.
        let phone_like = text
            .chars()
            .all(|c| c.is_ascii_digit() || " +-./()".contains(c));
        if phone_like {
            let digits: String = text.chars().filter(char::is_ascii_digit).collect();
            let digits = digits.trim_start_matches('0');
            if digits.len() >= PHONE_MIN_DIGITS {
                by_prefix(PHONE_TAG, &phone_key(digits))?;
            }
        }

        if text.contains('@') {
            if let Some(email) = email_key(text) {
                by_prefix(EMAIL_TAG, &email)?;
            }
        } else if !name_words.is_empty() {
            let mut params: Vec<&(dyn ToSql + Sync)> = vec![&limit_sql];
            params.extend(name_bounds.iter().map(|b| b as &(dyn ToSql + Sync)));
            let ids = ids_in_ranges(name_words.len(), 2);
            let sql = if common_name {
                newest_by_walking(&ids)
            } else {
                newest_of(&ids)
            };
            run(&sql, &params)?;
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
