//! The store work behind the Inspection and Dispatch screens' buttons: each confirmed
//! step is one store transition (one transaction, one event with its clause). Kept apart
//! from the app so tests drive exactly what the buttons do.

use std::path::{Path, PathBuf};

use chrono::{NaiveDate, Utc};

use crate::domain::{Case, CaseNumber, Policy, State};
use crate::gui::screen::dispatch::Due;
use crate::gui::screen::inspection;
use crate::store::{Store, StoreError};

/// One confirmed step on the store (docs/rules.md §4–§6), each its own transaction and event.
/// A parcel for an expired application first expires it (4.2), then opens the new
/// unsolicited case (4.3): two events, each with its clause.
pub fn inspection(
    store: &mut Store,
    number: Option<&CaseNumber>,
    step: inspection::Step,
    policy: &Policy,
    actor: &str,
    today: NaiveDate,
) -> Result<Case, StoreError> {
    use inspection::Step;
    let now = Utc::now();
    let case =
        || number.ok_or_else(|| StoreError::invalid("case", "scan or type the case number first"));
    match step {
        Step::Unsolicited {
            new,
            parcel,
            expired,
        } => {
            if let Some(old) = &expired
                && store.case(old)?.is_some_and(|c| c.state == State::Applied)
            {
                store.expire_application(old, today, actor, now)?;
            }
            store.record_parcel_without_application(
                &new,
                &parcel,
                expired.as_ref(),
                policy,
                actor,
                now,
            )
        }
        Step::Receive(parcel) => store.receive_parcel(case()?, &parcel, actor, now),
        Step::Diagnose(diagnosis) => store.diagnose(case()?, &diagnosis, policy, today, actor, now),
        Step::SendQuote(quote) => store.send_quote(case()?, &quote, today, actor, now),
        Step::AcceptQuote(notice_on) => store.accept_quote(case()?, notice_on, actor, now),
        Step::DeclineQuote => store.decline_quote(case()?, actor, now),
        Step::ProofReceived(proof) => {
            store.proof_received(case()?, &proof, policy, today, actor, now)
        }
        Step::ReturnUnanswered => store.return_unanswered(case()?, today, actor, now),
        Step::Payment(payment) => store.record_payment(case()?, &payment, actor, now),
        Step::ReturnOverdue => store.return_overdue_payment(case()?, today, actor, now),
        Step::RepairDone(serial) => store.repair_done(case()?, serial.as_deref(), actor, now),
        Step::ResolveRemotely(note) => store.resolve_remotely(case()?, &note, actor, now),
    }
}

/// One due case, confirmed by a person: the transition its deadline calls for.
pub fn due_one(
    store: &mut Store,
    due: Due,
    number: &CaseNumber,
    today: NaiveDate,
    actor: &str,
) -> Result<(), StoreError> {
    let now = Utc::now();
    match due {
        Due::Applications => store.expire_application(number, today, actor, now),
        Due::Payments => store.return_overdue_payment(number, today, actor, now),
        Due::Answers => store.return_unanswered(number, today, actor, now),
    }
    .map(|_| ())
}

/// Every case of a due list, confirmed at once: the list is read again until it is empty
/// (it shows at most a hundred at a time), each case its own transaction and event.
/// Returns how many changed and how many could not be.
pub fn due_all(
    store: &mut Store,
    due: Due,
    today: NaiveDate,
    actor: &str,
) -> Result<(usize, usize), StoreError> {
    due_all_listed(store, due, today, actor).map(|(done, failed)| (done.len(), failed))
}

/// [`due_all`], naming the cases changed, so the desk is told which.
pub fn due_all_listed(
    store: &mut Store,
    due: Due,
    today: NaiveDate,
    actor: &str,
) -> Result<(Vec<CaseNumber>, usize), StoreError> {
    let mut done = Vec::new();
    let mut failed = 0;
    let mut skipped: Vec<CaseNumber> = Vec::new();
    loop {
        let days = store.answer_days()?;
        let items = store.due(today, days)?;
        let list = match due {
            Due::Applications => items.applications_past_due,
            Due::Payments => items.payments_past_due,
            Due::Answers => items.answers_past_due,
        };
        let fresh: Vec<CaseNumber> = list
            .cases
            .into_iter()
            .map(|c| c.number)
            .filter(|n| !skipped.contains(n))
            .collect();
        if fresh.is_empty() {
            return Ok((done, failed));
        }
        for number in fresh {
            match due_one(store, due, &number, today, actor) {
                Ok(()) => done.push(number),
                Err(StoreError::Transition { .. } | StoreError::Refused { .. }) => {
                    failed += 1;
                    skipped.push(number);
                }
                Err(other) => return Err(other),
            }
        }
    }
}

/// Copies the chosen photos into the data folder's `photos/` as
/// `<case>-<n>.<ext>`, never overwriting one already there; returns the new file names.
pub fn copy_photos(
    sources: &[PathBuf],
    folder: &Path,
    number: &CaseNumber,
) -> Result<Vec<String>, String> {
    std::fs::create_dir_all(folder)
        .map_err(|err| format!("Could not create {}: {err}.", folder.display()))?;
    let mut names = Vec::new();
    let mut n = 1;
    for source in sources {
        let ext = source
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .unwrap_or_else(|| "jpg".into());
        let name = loop {
            let candidate = format!("{number}-{n}.{ext}");
            n += 1;
            if !folder.join(&candidate).exists() {
                break candidate;
            }
        };
        std::fs::copy(source, folder.join(&name))
            .map_err(|err| format!("Could not copy {}: {err}.", source.display()))?;
        names.push(name);
    }
    Ok(names)
}
