//! Finding a case on PostgreSQL: the same lookups as SQLite's (`store::plan`), each key
//! range one range of the `search_keys` primary key (byte order, so a prefix is a
//! range).

use postgres::types::ToSql;

use super::PgStore;
use super::read::{SUMMARY_COLUMNS, summary_from_row};
use crate::store::plan::{newest_first, search_plan};
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

/// Matches of a lookup from which on the newest are found by walking the cases from the
/// most recently active back (a hash of the matches, then a short walk), rather than by
/// reading each match's activity (thousands of index probes: 50 ms on a million cases).
/// Below it, the matches are few and read directly.
const COMMON_MATCHES: i64 = 2_000;

/// The `$1` most recently active of the cases `ids_sql` selects, found by walking the
/// cases from the newest activity back until enough are found (for common lookups).
fn newest_by_walking(ids_sql: &str) -> String {
    // The inner LIMIT keeps the walk an index scan, and keeps the planner from flattening
    // the subquery into a join that reads every match first.
    //
    // The matches are hashed once and each case walked is looked up in the hash. `+ 0`
    // keeps it so: for a word of many matches (20,000 "laur…" on a million cases) the
    // planner, expecting to find enough within a few hundred cases, would otherwise look
    // each walked case's keys up through `search_keys_case` instead — five key rows read
    // per case, and when the newest cases are of other names (a day of one big customer's
    // intakes) a walk of 30,000 cases took 60 ms warm and 230 ms cold, against 10 ms.
    format!(
        "SELECT {SUMMARY_COLUMNS} FROM cases c WHERE c.id IN (
             SELECT a.id FROM (SELECT id FROM cases ORDER BY last_activity DESC, id DESC
                               LIMIT 1000000000) a
             WHERE a.id IN (SELECT m.case_id + 0 FROM ({ids_sql}) m) LIMIT $1)
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
        let mut client = self.client.borrow_mut();
        let plan = search_plan(text);
        let mut found: Vec<CaseSummary> = Vec::new();

        if let Some(number) = &plan.number {
            for row in client.query(
                &format!("SELECT {SUMMARY_COLUMNS} FROM cases c WHERE c.number = $1"),
                &[&number.as_str()],
            )? {
                found.push(summary_from_row(&row, answer_days)?);
            }
        }
        for range in &plan.ranges {
            found.extend(newest_with_keys(
                &mut client,
                std::slice::from_ref(range),
                limit,
                answer_days,
            )?);
        }
        if !plan.name.is_empty() {
            found.extend(newest_with_keys(
                &mut client,
                &plan.name,
                limit,
                answer_days,
            )?);
        }
        newest_first(&mut found, limit);
        Ok(found)
    }
}

/// The `limit` most recently active cases with a key in every one of `ranges`. Their
/// matches are counted first (up to [`COMMON_MATCHES`]): many are walked to, few read
/// directly. Every lookup goes this way, so a serial, phone or e-mail prefix of many
/// matches (a delivery of one model's serials, a company's one number) is found as
/// quickly as a common name: read directly, the 30,000 serials of one prefix took 150 ms.
fn newest_with_keys(
    client: &mut postgres::Client,
    ranges: &[(String, String)],
    limit: usize,
    answer_days: u32,
) -> Result<Vec<CaseSummary>> {
    let bounds: Vec<&(dyn ToSql + Sync)> = ranges
        .iter()
        .flat_map(|(start, end)| [start as &(dyn ToSql + Sync), end])
        .collect();
    let matches: i64 = client
        .query_one(
            &format!(
                "SELECT count(*) FROM (SELECT 1 FROM ({}) m LIMIT {COMMON_MATCHES}) s",
                ids_in_ranges(ranges.len(), 1)
            ),
            &bounds,
        )?
        .try_get(0)?;
    if matches == 0 {
        // A name typed is looked up as a serial too, and rarely is one.
        return Ok(Vec::new());
    }
    let ids = ids_in_ranges(ranges.len(), 2);
    let sql = if matches >= COMMON_MATCHES {
        newest_by_walking(&ids)
    } else {
        newest_of(&ids)
    };
    let limit = limit as i64;
    let mut params: Vec<&(dyn ToSql + Sync)> = vec![&limit];
    params.extend(bounds);
    client
        .query(&sql, &params)?
        .iter()
        .map(|row| summary_from_row(row, answer_days))
        .collect()
}
