//! The fold: what a save leaves aside (a new case's search keys in its row, its place
//! in the queue and activity indexes, a new event's index entries) moved into the sorted
//! indexes later, in key order (schema migrations 4 to 6). Reads find the rows either
//! way: the folded ones in the indexes, the few newest after the marks here.

use rusqlite::Connection;

use super::Result;

/// The `tallies` row of the newest case folded: every case after it keeps its keys in
/// its row and stays out of the queue and activity indexes until the next fold.
pub(crate) const FOLDED_TALLY: &str = "folded";

/// The `tallies` row of the newest event in `event_cases` and `event_times`.
pub(crate) const EVENTS_FOLDED_TALLY: &str = "events folded";

/// SQL for a fold mark's value (`FOLDED_TALLY` or `EVENTS_FOLDED_TALLY`): rows after it
/// are not folded yet.
pub(crate) fn mark(tally: &str) -> String {
    format!("(SELECT value FROM tallies WHERE name = '{tally}')")
}

/// What a fold moved.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Folded {
    /// Search keys moved from case rows into `search_keys`.
    pub keys: usize,
    /// Events entered in `event_cases` and `event_times`.
    pub events: usize,
}

/// Folds what the newest saves left aside, inside the caller's transaction: the newest
/// cases enter the queue and activity indexes and their search keys go from their rows
/// into `search_keys`, the newest events into `event_cases` and `event_times`, each in
/// key order; the marks move to the newest case and event. Writes nothing when nothing
/// is past the marks.
pub(crate) fn fold_recent(conn: &Connection) -> Result<Folded> {
    let (cases_pending, events_pending): (bool, bool) = conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM cases
                        WHERE id > (SELECT value FROM tallies WHERE name = ?1)),
                    EXISTS (SELECT 1 FROM events
                        WHERE id > (SELECT value FROM tallies WHERE name = ?2))",
        )?
        .query_row([FOLDED_TALLY, EVENTS_FOLDED_TALLY], |row| {
            Ok((row.get(0)?, row.get(1)?))
        })?;
    let mut folded = Folded::default();
    if cases_pending {
        folded.keys = conn
            .prepare_cached(
                "INSERT OR IGNORE INTO search_keys (key, case_id)
                 SELECT j.value, c.id FROM cases c, json_each(c.new_keys) j
                 WHERE c.id > (SELECT value FROM tallies WHERE name = ?1)
                 ORDER BY 1, 2",
            )?
            .execute([FOLDED_TALLY])?;
        conn.prepare_cached(
            "UPDATE cases SET new_keys = NULL, folded = 1
             WHERE id > (SELECT value FROM tallies WHERE name = ?1) AND NOT folded",
        )?
        .execute([FOLDED_TALLY])?;
        conn.prepare_cached(
            "UPDATE tallies SET value = (SELECT coalesce(max(id), 0) FROM cases)
             WHERE name = ?1",
        )?
        .execute([FOLDED_TALLY])?;
    }
    if events_pending {
        folded.events = conn
            .prepare_cached(
                "INSERT INTO event_cases (case_id, id)
                 SELECT case_id, id FROM events
                 WHERE id > (SELECT value FROM tallies WHERE name = ?1)
                 ORDER BY case_id, id",
            )?
            .execute([EVENTS_FOLDED_TALLY])?;
        conn.prepare_cached(
            "INSERT INTO event_times (at, case_id, id)
             SELECT at, case_id, id FROM events
             WHERE id > (SELECT value FROM tallies WHERE name = ?1)
             ORDER BY at, case_id, id",
        )?
        .execute([EVENTS_FOLDED_TALLY])?;
        conn.prepare_cached(
            "UPDATE tallies SET value = (SELECT coalesce(max(id), 0) FROM events)
             WHERE name = ?1",
        )?
        .execute([EVENTS_FOLDED_TALLY])?;
    }
    Ok(folded)
}

/// SQL for the `cases c` rows that meet `condition` (over `c.`): the folded ones, which
/// the partial queue and activity indexes hold (the condition's index applies), then the
/// few newest not yet folded, from the rowid range after the mark (schema migration 6).
/// `columns` are selected from both; order the whole by column number.
pub(crate) fn folded_and_new(columns: &str, condition: &str) -> String {
    format!(
        "SELECT {columns} FROM cases c WHERE c.folded AND {condition}
         UNION ALL
         SELECT {columns} FROM cases c
         WHERE c.id > {} AND NOT c.folded AND {condition}",
        mark(FOLDED_TALLY)
    )
}
