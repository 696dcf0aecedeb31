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
        let limit_sql = limit as i64;
        let mut client = self.client.borrow_mut();
        let plan = search_plan(text);
        // Whether the name's words match many cases (see [`COMMON_MATCHES`]).
        let common_name = if plan.name.is_empty() {
            false
        } else {
            let params: Vec<&(dyn ToSql + Sync)> = plan
                .name
                .iter()
                .flat_map(|(start, end)| [start as &(dyn ToSql + Sync), end])
                .collect();
            let matches: i64 = client
                .query_one(
                    &format!(
                        "SELECT count(*) FROM (SELECT 1 FROM ({}) m LIMIT {COMMON_MATCHES}) s",
                        ids_in_ranges(plan.name.len(), 1)
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

        if let Some(number) = &plan.number {
            run(
                &format!("SELECT {SUMMARY_COLUMNS} FROM cases c WHERE c.number = $1"),
                &[&number.as_str()],
            )?;
        }
        for (start, end) in &plan.ranges {
            run(&newest_of(&ids_in_ranges(1, 2)), &[&limit_sql, start, end])?;
        }
        if !plan.name.is_empty() {
            let mut params: Vec<&(dyn ToSql + Sync)> = vec![&limit_sql];
            for (start, end) in &plan.name {
                params.push(start);
                params.push(end);
            }
            let ids = ids_in_ranges(plan.name.len(), 2);
            let sql = if common_name {
                newest_by_walking(&ids)
            } else {
                newest_of(&ids)
            };
            run(&sql, &params)?;
        }
        newest_first(&mut found, limit);
        Ok(found)
    }
}
