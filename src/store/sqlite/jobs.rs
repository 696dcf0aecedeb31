//! The center's daily jobs' claims (`store::jobs`) in SQLite.

use chrono::{DateTime, NaiveDate, Utc};

use super::{Result, SqliteStore};
use crate::store::codec::{self, date_text, from_micros, parse_date};
use crate::store::jobs::JobRun;

impl SqliteStore {
    /// One statement: a job not claimed for `day` yet (nor held, unfinished, by a desk
    /// since `stale_before` or later) becomes this desk's.
    pub(crate) fn claim_job(
        &mut self,
        job: &str,
        day: NaiveDate,
        desk: &str,
        now: DateTime<Utc>,
        stale_before: DateTime<Utc>,
    ) -> Result<bool> {
        let changed = self
            .conn
            .prepare_cached(
                "INSERT INTO center_jobs (job, day, desk, started_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (job) DO UPDATE SET day = excluded.day, desk = excluded.desk,
                     started_at = excluded.started_at, finished_at = NULL, outcome = NULL
                 WHERE center_jobs.day < excluded.day
                    OR (center_jobs.day = excluded.day AND center_jobs.finished_at IS NULL
                        AND center_jobs.started_at < ?5)",
            )?
            .execute(rusqlite::params![
                job,
                date_text(day),
                desk,
                codec::micros(now),
                codec::micros(stale_before)
            ])?;
        Ok(changed == 1)
    }

    pub(crate) fn finish_job(
        &mut self,
        job: &str,
        day: NaiveDate,
        now: DateTime<Utc>,
        outcome: &str,
    ) -> Result<()> {
        self.conn
            .prepare_cached(
                "UPDATE center_jobs SET finished_at = ?3, outcome = ?4 WHERE job = ?1 AND day = ?2",
            )?
            .execute(rusqlite::params![
                job,
                date_text(day),
                codec::micros(now),
                outcome
            ])?;
        Ok(())
    }

    pub(crate) fn job_runs(&self) -> Result<Vec<JobRun>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT job, day, desk, started_at, finished_at, outcome FROM center_jobs ORDER BY job",
        )?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            let job: String = row.get(0)?;
            let what = format!("the {job} job");
            let finished: Option<i64> = row.get(4)?;
            out.push(JobRun {
                day: parse_date(&row.get::<_, String>(1)?, &what)?,
                desk: row.get(2)?,
                started_at: from_micros(row.get(3)?, &what)?,
                finished_at: finished.map(|at| from_micros(at, &what)).transpose()?,
                outcome: row.get(5)?,
                job,
            });
        }
        Ok(out)
    }
}
