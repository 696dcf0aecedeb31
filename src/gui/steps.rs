//! The store work behind the Inspection and Dispatch screens' buttons: each confirmed
//! step is one store transition (one transaction, one event with its clause). Kept apart
//! from the app so tests drive exactly what the buttons do.

use std::path::{Path, PathBuf};

use chrono::{NaiveDate, Utc};

use crate::domain::{Case, CaseNumber, Policy, Step};
use crate::gui::screen::dispatch::Due;
use crate::i18n::Words;
use crate::store::{Store, StoreError};

/// One confirmed step on the store (docs/rules.md §4–§6): the domain's rules, one
/// transaction and one event per case through [`Store::apply`]. A parcel for an expired
/// application expires it (4.2) and opens the new unsolicited case (4.3) in the same
/// transaction: two events, each with its clause, written together or not at all.
///
/// A step on an open case is taken on the case as the inspector saw it (`seen`): if
/// another desk changed it meanwhile, nothing is written and the answer is
/// [`Stepped::Changed`], with the case as it is now to show again.
pub fn inspection(
    store: &mut Store,
    seen: Option<&Case>,
    step: Step,
    policy: &Policy,
    actor: &str,
    today: NaiveDate,
    w: Words,
) -> Result<Stepped, StoreError> {
    let done = match seen {
        Some(case) => store.apply_to(case, &step, policy, today, actor, Utc::now()),
        None => store.apply(None, &step, policy, today, actor, Utc::now()),
    };
    match done {
        Ok(case) => Ok(Stepped::Done(Box::new(case))),
        Err(err @ StoreError::ChangedElsewhere { .. }) => {
            let number = seen.map(|case| case.number.clone());
            let now = match number {
                Some(number) => store.case(&number)?.map(Box::new),
                None => None,
            };
            Ok(Stepped::Changed(w.as_sentence(&err.say(w)), now))
        }
        Err(err) => Err(err),
    }
}

/// What a confirmed step came to.
#[derive(Debug, Clone)]
pub enum Stepped {
    /// Recorded: the case as it now stands.
    Done(Box<Case>),
    /// Another desk changed the case first: why, and the case as it is now.
    Changed(String, Option<Box<Case>>),
}

/// The step a due list's deadline calls for.
fn due_step(due: Due) -> Step {
    match due {
        Due::Applications => Step::Expire,
        Due::Payments => Step::ReturnOverdue,
        Due::Answers => Step::ReturnUnanswered,
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
    // None of the due steps decides the warranty: no policy is read.
    let policy = Policy::default();
    store
        .apply(
            Some(number),
            &due_step(due),
            &policy,
            today,
            actor,
            Utc::now(),
        )
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
/// What went wrong is said in English ([`copy_photos_in`] for the desk's language).
pub fn copy_photos(
    sources: &[PathBuf],
    folder: &Path,
    number: &CaseNumber,
    taken: &[String],
) -> Result<Vec<String>, String> {
    copy_photos_in(
        sources,
        folder,
        number,
        taken,
        crate::domain::Language::English.words(),
    )
}

/// [`copy_photos`], saying what went wrong in `w`'s language.
pub fn copy_photos_in(
    sources: &[PathBuf],
    folder: &Path,
    number: &CaseNumber,
    taken: &[String],
    w: crate::i18n::Words,
) -> Result<Vec<String>, String> {
    std::fs::create_dir_all(folder)
        .map_err(|err| w.gui_could_not_create(folder.display().to_string(), err.to_string()))?;
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
            // Neither a file here nor a name the case has (another desk's photo on
            // the center's server may not be on this PC).
            if !folder.join(&candidate).exists() && !taken.contains(&candidate) {
                break candidate;
            }
        };
        std::fs::copy(source, folder.join(&name))
            .map_err(|err| w.gui_could_not_copy(source.display().to_string(), err.to_string()))?;
        names.push(name);
    }
    Ok(names)
}
