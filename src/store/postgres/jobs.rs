//! The center's daily jobs' claims (`store::jobs`) on the server. The claim is one
//! `INSERT … ON CONFLICT DO UPDATE … WHERE`: of two desks claiming at once, the second
//! waits for the first's row and then finds the job taken.

use chrono::{DateTime, NaiveDate, Utc};

use super::PgStore;
use crate::store::Result;
use crate::store::jobs::JobRun;

impl PgStore {
    pub(crate) fn claim_job(
        &mut self,
        job: &str,
        day: NaiveDate,
        desk: &str,
        now: DateTime<Utc>,
        stale_before: DateTime<Utc>,
    ) -> Result<bool> {
        let changed = self.client.get_mut().execute(
            "INSERT INTO center_jobs (job, day, desk, started_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (job) DO UPDATE SET day = excluded.day, desk = excluded.desk,
                 started_at = excluded.started_at, finished_at = NULL, outcome = NULL
             WHERE center_jobs.day < excluded.day
                OR (center_jobs.day = excluded.day AND center_jobs.finished_at IS NULL
                    AND center_jobs.started_at < $5)",
            &[&job, &day, &desk, &now, &stale_before],
        )?;
        Ok(changed == 1)
    }

    pub(crate) fn finish_job(
        &mut self,
        job: &str,
        day: NaiveDate,
        now: DateTime<Utc>,
        outcome: &str,
    ) -> Result<()> {
        self.client.get_mut().execute(
            "UPDATE center_jobs SET finished_at = $3, outcome = $4 WHERE job = $1 AND day = $2",
            &[&job, &day, &now, &outcome],
        )?;
        Ok(())
    }

    pub(crate) fn job_runs(&self) -> Result<Vec<JobRun>> {
        let rows = self.client.borrow_mut().query(
            "SELECT job, day, desk, started_at, finished_at, outcome FROM center_jobs ORDER BY job",
            &[],
        )?;
        rows.iter()
            .map(|row| {
                Ok(JobRun {
                    job: row.try_get(0)?,
                    day: row.try_get(1)?,
                    desk: row.try_get(2)?,
                    started_at: row.try_get(3)?,
                    finished_at: row.try_get(4)?,
                    outcome: row.try_get(5)?,
                })
            })
            .collect()
    }
}
