//! Writing cases: the one entry point of every step, new cases (once, by the intake's
//! id), the import of applications, the removal of personal data (3.7), demo data, and
//! the walk of the event chain that checks what was written.

use super::*;

/// "this application is already on file": an online application imported or opened
/// before (either engine's unique key says so).
pub(crate) fn on_file() -> Note {
    Note::coded("application-on-file", "this application is already on file")
}

impl Store {
    /// The one entry point of every step (the screens' buttons, `fixdesk step`, the due
    /// items): applies `step` to the case `number` under `policy`, on the business day
    /// `today`, in ONE transaction with its one event, and returns the case as it now
    /// stands. A parcel without an open application ([`Step::Unsolicited`]) opens a new
    /// case instead (`number` is not used) and returns it; when the application it came
    /// for is still `applied`, that application is expired (4.2) in the same
    /// transaction, so the two events are written together or not at all.
    pub fn apply(
        &mut self,
        number: Option<&CaseNumber>,
        step: &Step,
        policy: &Policy,
        today: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        let actor = self.acting(Action::Step(step), actor)?;
        let ctx = self.step_context(step, policy, today, &actor, now)?;
        engine_mut!(self, s => s.apply_step(number, step, &ctx, None))
    }

    /// What a step is decided with: the policy's version (for a step that decides), the
    /// answer days (2.3), the day and the time; the step's inputs and who does it are
    /// checked first.
    fn step_context<'a>(
        &mut self,
        step: &Step,
        policy: &'a Policy,
        today: NaiveDate,
        actor: &'a str,
        now: DateTime<Utc>,
    ) -> Result<StepContext<'a>> {
        flow::check_step(step, actor)?;
        let policy_version = if step.decides() {
            self.policy_version_of(policy)?
        } else {
            0
        };
        Ok(StepContext {
            policy,
            policy_version,
            today,
            now: codec::truncate(now),
            answer_days: self.answer_days()?,
            actor,
        })
    }

    /// [`Store::apply`] to the case as the desk saw it: refused with
    /// [`StoreError::ChangedElsewhere`] (who, when, what) when another desk recorded a
    /// step on it since, so nobody's step is taken on a case they did not see. The
    /// history's length is the case's version: every change writes exactly one event.
    pub fn apply_to(
        &mut self,
        seen: &Case,
        step: &Step,
        policy: &Policy,
        today: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        let actor = self.acting(Action::Step(step), actor)?;
        let ctx = self.step_context(step, policy, today, &actor, now)?;
        let seen_events = Some(seen.events.len());
        engine_mut!(self, s => s.apply_step(Some(&seen.number), step, &ctx, seen_events))
    }

    /// Opens a case: a walk-in device (`received`) or an online application
    /// (`applied`, 1.1). Validates the required fields (naming the first missing),
    /// decides the warranty with the policy (docs/rules.md §3) and stores it with the
    /// policy's version, and writes the creation event — all in one transaction.
    pub fn create_case(
        &mut self,
        new: &crate::domain::NewCase,
        policy: &Policy,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Case> {
        self.create(new, policy, actor, now, None)
    }

    /// [`Store::create_case`] with the intake's id, made by the desk when the form was
    /// started: saving again after a dropped connection (the answer lost, the save maybe
    /// made) returns the case already made instead of opening a second one.
    pub fn create_case_once(
        &mut self,
        new: &crate::domain::NewCase,
        policy: &Policy,
        actor: &str,
        now: DateTime<Utc>,
        client_id: &str,
    ) -> Result<Case> {
        if client_id.trim().is_empty() {
            return Err(StoreError::invalid("client_id", step::missing()));
        }
        self.create(new, policy, actor, now, Some(client_id.trim()))
    }

    fn create(
        &mut self,
        new: &crate::domain::NewCase,
        policy: &Policy,
        actor: &str,
        now: DateTime<Utc>,
        client_id: Option<&str>,
    ) -> Result<Case> {
        let actor = &self.acting(Action::Intake, actor)?;
        if actor.trim().is_empty() {
            return Err(StoreError::invalid("actor", step::say_who()));
        }
        if let Some((field, problem)) = crate::domain::step::new_case_problems(new)
            .into_iter()
            .next()
        {
            return Err(StoreError::invalid(&field, problem));
        }
        let version = self.policy_version_of(policy)?;
        engine_mut!(self, s => s.create_case(new, policy, version, actor, now, client_id))
    }

    /// Imports checked applications in one transaction: all of them, or none. Those
    /// already on file are skipped, so importing the same file twice creates nothing
    /// new. `progress` hears how many rows are done.
    pub fn import(
        &mut self,
        rows: &[ImportRow],
        policy: &Policy,
        actor: &str,
        now: DateTime<Utc>,
        progress: &mut dyn FnMut(usize),
    ) -> Result<ImportReport, ImportError> {
        let actor = &self.acting(Action::Import, actor)?;
        if actor.trim().is_empty() {
            return Err(StoreError::invalid(
                "actor",
                Note::coded("say-who-imports", "say who is importing"),
            )
            .into());
        }
        let version = self.policy_version_of(policy)?;
        // A row without the customer's language takes the center's (docs/rules.md §13).
        let center = self.settings()?.language;
        let rows = &import::with_language(rows, center);
        engine_mut!(self, s => s.import(rows, policy, version, actor, now, progress))
    }

    /// Removes the personal data of every case closed more than `months` months before
    /// `today` (0 keeps everything). Safe to run every day: a case is done only once.
    /// A manager's action once the database has staff.
    pub fn remove_expired_personal_data(
        &mut self,
        today: NaiveDate,
        months: u32,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<RetentionReport> {
        let actor = self.acting(Action::Retention, actor)?;
        self.remove_expired(today, months, &actor, now)
    }

    /// [`Store::remove_expired_personal_data`] without asking who: the center's daily
    /// job (`jobs.rs`), which the manager's retention setting orders.
    pub(crate) fn remove_expired(
        &mut self,
        today: NaiveDate,
        months: u32,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<RetentionReport> {
        if months == 0 {
            return Ok(RetentionReport::default());
        }
        if actor.trim().is_empty() {
            return Err(StoreError::invalid("actor", step::missing()));
        }
        let cutoff = retention::months_before(today, months);
        let before = cutoff.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc();
        let now = codec::truncate(now);
        let mut done = 0;
        // A batch at a time, until no closed case with personal data is left.
        loop {
            let numbers = engine_mut!(self, s => s.closed_with_personal_data(before))?;
            if numbers.is_empty() {
                break;
            }
            for number in &numbers {
                engine_mut!(self, s => s.forget(number, months, actor, now))?;
                done += 1;
            }
        }
        Ok(RetentionReport {
            cases: done,
            closed_before: Some(cutoff),
        })
    }

    /// Writes `cases` demo cases opened over the 18 months before `today` (see the
    /// engine's generator). Refuses a database holding real cases unless `force`.
    pub fn demo(
        &mut self,
        cases: usize,
        seed: u64,
        today: NaiveDate,
        force: bool,
        progress: &mut dyn FnMut(usize),
    ) -> Result<DemoReport> {
        self.may(Action::Demo)?;
        match &mut self.engine {
            Engine::Sqlite(s) => s.demo(cases, seed, today, force, progress),
            // On a server: made in a throw-away file with the same generator, then moved
            // in as a desk moves to the server — so only into an empty database (a
            // training server), never beside a center's real cases.
            Engine::Postgres(_) => {
                static NEXT: std::sync::atomic::AtomicUsize =
                    std::sync::atomic::AtomicUsize::new(0);
                let dir = std::env::temp_dir().join(format!(
                    "fixdesk-demo-{}-{}-{today}",
                    std::process::id(),
                    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
                ));
                let made = (|| {
                    let mut local = Store::open(&dir)?;
                    let report = local.demo(cases, seed, today, force, progress)?;
                    migrate(&local, self, &mut |_| {}).map_err(|err| match err {
                        MigrateError::Store(err) => err,
                        other => StoreError::Server(Note::detail(other)),
                    })?;
                    Ok(report)
                })();
                let _ = std::fs::remove_dir_all(&dir);
                made
            }
        }
    }

    /// Walks the whole event chain: every event's hash must match its content and the
    /// previous hash, ids must run without gaps up to the recorded head, each case's
    /// history must start with its creation and follow on from state to state, and each
    /// case's state must be where its history ends.
    pub fn verify(&self) -> Result<ChainReport> {
        engine!(self, s => s.verify())
    }
}
