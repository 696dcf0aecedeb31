//! The due lists and counters on SQLite: each a range of a partial index.

use chrono::NaiveDate;

use super::read::{SUMMARY_COLUMNS, summary_from_row};
use super::{DueList, Result, SqliteStore, codec};
use crate::domain::State;
use crate::store::queries::DUE_LIST_LIMIT;

impl SqliteStore {
    /// The counts per state (kept up to date by triggers: one read, however many cases).
    pub fn state_counts(&self) -> Result<Vec<(State, u64)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT substr(name, 7), value FROM tallies WHERE name GLOB 'state *'",
        )?;
        let mut rows = stmt.query([])?;
        let mut counts: Vec<(State, u64)> = State::ALL.iter().map(|s| (*s, 0)).collect();
        while let Some(row) = rows.next()? {
            let word: String = row.get(0)?;
            let count: i64 = row.get(1)?;
            let state = codec::parse_state(&word, "the state counters")?;
            if let Some(slot) = counts.iter_mut().find(|(s, _)| *s == state) {
                slot.1 = count.max(0) as u64;
            }
        }
        Ok(counts)
    }

    /// Cases in `state` whose `column` date is after `after` and on or before `up_to`.
    pub fn due_list(
        &self,
        state: State,
        column: &str,
        after: Option<NaiveDate>,
        up_to: Option<NaiveDate>,
        answer_days: u32,
    ) -> Result<DueList> {
        // The state is written into the SQL (a fixed word, never user text) so SQLite
        // can use the partial index of that state.
        let condition = format!(
            "c.state = '{}' AND c.{column} IS NOT NULL AND c.{column} > ?1 AND c.{column} <= ?2",
            state.as_str()
        );
        // Dates are `YYYY-MM-DD` text: "" sorts before every date and "~" after.
        let after = after.map_or(String::new(), codec::date_text);
        let up_to = up_to.map_or("~".to_string(), codec::date_text);
        let count: i64 = self
            .conn
            .prepare_cached(&format!("SELECT count(*) FROM cases c WHERE {condition}"))?
            .query_row(rusqlite::params![after, up_to], |row| row.get(0))?;
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM cases c WHERE {condition}
             ORDER BY c.{column}, c.id LIMIT ?3"
        ))?;
        let mut rows = stmt.query(rusqlite::params![after, up_to, DUE_LIST_LIMIT as i64])?;
        let mut cases = Vec::new();
        while let Some(row) = rows.next()? {
            cases.push(summary_from_row(row, answer_days)?);
        }
        Ok(DueList {
            count: count.max(0) as u64,
            cases,
        })
    }
}
