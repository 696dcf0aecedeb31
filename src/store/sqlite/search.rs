//! Finding a case from what the customer or the clerk has at hand: the case
//! number, the serial, a phone number, an e-mail address or the customer's name.
//!
//! Every key is an index range, never a scan, so a search stays fast at a million
//! cases: serials are kept without punctuation, phones as their digits reversed (a phone
//! matches on the digits it ends with, whatever the spacing: "79464506" finds
//! "+44 20 7946 4506"), e-mail in lower case, and each word of the name folded to lower
//! case without accents, so a name matches on the prefix of any of its words.
//!
//! All the keys of all the cases live in one table, `search_keys (key, case_id)`, each
//! key tagged by its kind (`s` serial, `p` phone, `e` e-mail, `n` a word of the name),
//! where three indexes on `cases` and an FTS5 index (its segment, structure record,
//! doc-size row and incremental merges) cost an intake two to three times the pages.
//! A new case keeps its keys in its own row (no page beyond the row's, where one per key
//! in `search_keys` cost six) until [`SqliteStore::fold_recent`] moves them into
//! `search_keys`; a search reads both through the `every_search_key` view, so a case is
//! found the moment it is saved.

use super::fold::{FOLDED_TALLY, mark};
use super::read::{SUMMARY_COLUMNS, summary_from_row};
use super::{CaseSummary, Result, SqliteStore};
use crate::store::plan::{newest_first, search_plan};

/// The ids of cases with a key in each of `ranges` (half-open `[start, end)`), as SQL
/// over `?`-parameters starting at `?{first}`.
fn ids_in_ranges(count: usize, first: usize) -> String {
    (0..count)
        .map(|i| {
            let a = first + 2 * i;
            format!(
                "SELECT case_id FROM every_search_key WHERE key >= ?{a} AND key < ?{}",
                a + 1
            )
        })
        .collect::<Vec<_>>()
        .join(" INTERSECT ")
}

/// The cases whose ids `ids_sql` selects, the `?1` most recently active first: the
/// newest are picked on the narrow (id, activity) index (and among the few cases not
/// yet folded into it, from their rows), and only those rows are then read whole.
///
/// For the cases not yet folded, `+a.id` keeps SQLite from looking each id up in
/// `cases` (thousands of wide rows for a common name) instead of walking the short
/// rowid range after the mark; when that range is empty, as it mostly is, the ids are
/// not even gathered a second time.
fn newest_of(ids_sql: &str) -> String {
    format!(
        "SELECT {SUMMARY_COLUMNS} FROM cases c WHERE c.id IN (
             SELECT id FROM (
                 SELECT a.id, a.last_activity FROM cases a INDEXED BY cases_id_activity
                 WHERE a.folded AND a.id IN ({ids_sql})
                 UNION ALL
                 SELECT a.id, a.last_activity FROM cases a
                 WHERE a.id > {} AND NOT a.folded AND +a.id IN ({ids_sql}))
             ORDER BY last_activity DESC, id DESC LIMIT ?1)
         ORDER BY c.last_activity DESC, c.id DESC",
        mark(FOLDED_TALLY)
    )
}

impl SqliteStore {
    /// How many search keys wait to be folded into the sorted index.
    pub fn recent_search_keys(&self) -> Result<usize> {
        let count: i64 = self
            .conn
            .prepare_cached(
                "SELECT coalesce(sum(json_array_length(new_keys)), 0) FROM cases
                 WHERE id > (SELECT value FROM tallies WHERE name = ?1)",
            )?
            .query_row([FOLDED_TALLY], |row| row.get(0))?;
        Ok(usize::try_from(count).unwrap_or(0))
    }

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

        let plan = search_plan(text);
        if let Some(number) = &plan.number {
            run(
                &format!("SELECT {SUMMARY_COLUMNS} FROM cases c WHERE c.number = ?1"),
                &[&number.as_str()],
            )?;
        }
        // One key range of one kind: the newest matches by activity.
        for (start, end) in &plan.ranges {
            run(&newest_of(&ids_in_ranges(1, 2)), &[&limit_sql, start, end])?;
        }
        if !plan.name.is_empty() {
            let mut params: Vec<&dyn rusqlite::ToSql> = vec![&limit_sql];
            for (start, end) in &plan.name {
                params.push(start);
                params.push(end);
            }
            run(&newest_of(&ids_in_ranges(plan.name.len(), 2)), &params)?;
        }
        newest_first(&mut found, limit);
        Ok(found)
    }
}
