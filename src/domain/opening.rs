//! Opening a case (docs/rules.md §2, §5): an online application or a walk-in device
//! (1.1), and a parcel that came without an open application (4.3). Pure, like the
//! steps in [`step`](super::step) that move an opened case along: the store hands out
//! the number and writes the case with its creation entry.

use super::case::{Arrival, Case, CaseEvent, CaseNumber, NewCase, ParcelRecord};
use super::coded::Note;
use super::lifecycle::{self, CaseState};
use super::parcel::{self, ApplicationStatus};
use super::policy::MAX_MONTHS;
use super::step::{
    ParcelArrival, StepContext, StepError, StepResult, blank, check_actor, missing, months_range,
    record_decision, verdict_phrase,
};

/// Everything wrong with a new case, each as (field, problem): the import reports all
/// of them, opening a case the first.
pub fn new_case_problems(new: &NewCase) -> Vec<(String, Note)> {
    let mut problems = Vec::new();
    let mut need = |field: &str, value: &str| {
        if blank(value) {
            problems.push((field.to_string(), missing()));
        }
    };
    need("name", &new.customer.name);
    need("phone", &new.customer.phone);
    // A walk-in device is collected at the counter: its customer's address is not needed
    // (3.7: collect only what the agreement needs). A device that came by post goes back
    // by post, so a mail-in case needs it.
    if new.arrival == Arrival::MailIn {
        need("address", &new.customer.address);
    }
    need("model", &new.device.model);
    need("serial", &new.device.serial);
    need("fault", &new.fault);
    if !blank(&new.customer.phone)
        && new
            .customer
            .phone
            .chars()
            .filter(char::is_ascii_digit)
            .count()
            < 6
    {
        let phone = new.customer.phone.trim();
        problems.push((
            "phone".into(),
            Note::coded(
                "phone-few-digits",
                format!("'{phone}' has fewer than 6 digits"),
            )
            .arg("phone", phone),
        ));
    }
    if let Some(email) = new.customer.email.as_deref().filter(|e| !blank(e))
        && !looks_like_email(email)
    {
        problems.push((
            "email".into(),
            Note::coded(
                "not-an-email",
                format!("'{}' is not an e-mail address", email.trim()),
            )
            .arg("email", email.trim()),
        ));
    }
    match new.arrival {
        Arrival::MailIn if new.applied_on.is_none() => {
            problems.push(("applied_on".into(), missing()));
        }
        Arrival::WalkIn if new.received_on.is_none() => {
            problems.push(("received_on".into(), missing()));
        }
        _ => {}
    }
    if new.proof.contract_months.is_some_and(|m| m > MAX_MONTHS) {
        problems.push(("contract_months".into(), months_range()));
    }
    if let Some(facts) = new.facts() {
        if let Err(err) = facts.check_dates() {
            problems.push((err.field, err.problem));
        }
        if let Some(date) = new.proof.invoice.as_ref().and_then(|i| i.date) {
            // A future-dated invoice is a typing error, not a verdict; 2.4 makes it
            // invalid anyway, but the desk should hear about it now.
            if date > facts.claim_date {
                problems.push((
                    "invoice_date".into(),
                    super::warranty::after_claim_date(date, facts.claim_date),
                ));
            }
        }
    }
    problems
}

fn looks_like_email(text: &str) -> bool {
    let text = text.trim();
    match text.split_once('@') {
        Some((user, domain)) => {
            !user.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !text.contains(char::is_whitespace)
                && !domain.contains('@')
        }
        None => false,
    }
}

fn first_problem(problems: Vec<(String, Note)>) -> StepResult<()> {
    match problems.into_iter().next() {
        Some((field, problem)) => Err(StepError::invalid(&field, problem)),
        None => Ok(()),
    }
}

/// Opens a case (1.1): a walk-in device (`received`) or an online application
/// (`applied`). Checks the required fields (naming the first missing) and decides the
/// warranty (docs/rules.md §3); the case carries its creation entry.
pub fn open_case(new: &NewCase, number: CaseNumber, ctx: &StepContext) -> StepResult<Case> {
    check_actor(ctx.actor)?;
    first_problem(new_case_problems(new))?;
    let (state, note) = match new.arrival {
        Arrival::MailIn => (
            CaseState::Applied,
            match new.application_id.as_deref().filter(|id| !blank(id)) {
                Some(id) => Note::coded(
                    "application-accepted-id",
                    format!("Online application {} accepted.", id.trim()),
                )
                .arg("application", id.trim()),
                None => Note::coded("application-accepted", "Online application accepted."),
            },
        ),
        Arrival::WalkIn => (
            CaseState::Received,
            Note::coded("received-at-desk", "Device received at the desk."),
        ),
    };
    let mut case = Case::from_new(new, number, state);
    record_decision(&mut case, ctx);
    let note = match &case.decision {
        Some(recorded) => note.then(verdict_phrase(&recorded.decision)),
        None => note,
    };
    case.events.push(CaseEvent {
        at: ctx.now,
        actor: ctx.actor.trim().to_string(),
        // Where: stamped by the store, which knows the desk it writes for.
        desk: String::new(),
        from: None,
        to: state,
        clause: "1.1".to_string(),
        note: note.text,
        code: note.code,
        args: note.args,
    });
    Ok(case)
}

/// A parcel with no open application (docs/rules.md §5): refused or rejected at the door, it
/// is recorded as a new `rejected` case so the month's figures count it (2.1, 3.6);
/// accepted, it becomes a new `received` case marked unsolicited — the center takes no
/// responsibility for losses and a new application is needed (4.3). `expired` is the
/// application it came for, if any: it must have expired by the day the parcel arrived
/// (expire it first with [`Step::Expire`] if it is still `applied`).
///
/// A refused parcel is unopened: only the sender's name is required then.
pub fn open_unsolicited(
    new: &NewCase,
    parcel: &ParcelArrival,
    expired: Option<&Case>,
    number: CaseNumber,
    ctx: &StepContext,
) -> StepResult<Case> {
    check_actor(ctx.actor)?;
    let status = match expired {
        Some(old) => {
            let lapsed = old.state == CaseState::Expired
                || (old.state == CaseState::Applied
                    && old
                        .applied_on
                        .is_some_and(|d| lifecycle::application_expired(d, parcel.received_on)));
            if !lapsed {
                return Err(StepError::refused(Note::coded(
                    "application-still-open",
                    "this application is still open: receive the parcel on it instead",
                )));
            }
            ApplicationStatus::Expired
        }
        None => ApplicationStatus::None,
    };
    let decision = parcel::check(&parcel.check(status));
    let mut new = new.clone();
    new.arrival = Arrival::MailIn;
    new.applied_on = None;
    new.application_id = None;
    new.received_on = Some(parcel.received_on);
    let state = if decision.outcome.takes_in() {
        // Checked as a walk-in: the claim date is the day received.
        let mut as_walk_in = new.clone();
        as_walk_in.arrival = Arrival::WalkIn;
        first_problem(new_case_problems(&as_walk_in))?;
        // It goes back by post: the sender's address is needed.
        if blank(&new.customer.address) {
            return Err(StepError::invalid(
                "address",
                Note::coded(
                    "missing-return-address",
                    "missing (required): the device goes back to the sender's address",
                ),
            ));
        }
        CaseState::Received
    } else {
        if blank(&new.customer.name) {
            return Err(StepError::invalid(
                "name",
                Note::coded(
                    "missing-sender-name",
                    "missing (required): write the sender's name from the parcel",
                ),
            ));
        }
        CaseState::Rejected
    };
    let mut note = Note::coded(decision.code, decision.text.clone());
    if let Some(old) = expired {
        note = note.then(
            Note::coded(
                "parcel-for-expired",
                format!(
                    "The parcel came for application {}, which had expired.",
                    old.number
                ),
            )
            .arg("expired_case", &old.number),
        );
    }
    for ((clause, text), code) in decision.notes.iter().zip(&decision.note_codes) {
        note = note.then(Note::coded(code, format!("{text} ({clause})")));
    }
    let mut case = Case::from_new(&new, number, state);
    case.parcel = Some(ParcelRecord {
        received_on: parcel.received_on,
        check: parcel.check(status),
        outcome: decision.outcome,
        serial_found: parcel.serial_found.clone().filter(|s| !blank(s)),
    });
    if state == CaseState::Received {
        case.unsolicited = true;
        case.handover = parcel.handover.clone();
        record_decision(&mut case, ctx);
        if let Some(recorded) = &case.decision {
            note = note.then(verdict_phrase(&recorded.decision));
        }
    }
    case.events.push(CaseEvent {
        at: ctx.now,
        actor: ctx.actor.trim().to_string(),
        // Where: stamped by the store, which knows the desk it writes for.
        desk: String::new(),
        from: None,
        to: state,
        clause: decision.clause.to_string(),
        note: note.text,
        code: note.code,
        args: note.args,
    });
    Ok(case)
}

#[cfg(test)]
mod tests {
    use super::super::step::tests::{ctx, d, new_case, opened, parcel, policy, run};
    use super::super::step::{Step, StepError};
    use super::super::warranty::Verdict;
    use super::*;

    #[test]
    fn opening_decides_and_records_the_creation() {
        let case = opened(Arrival::MailIn);
        assert_eq!(case.state, CaseState::Applied);
        assert_eq!(case.events.len(), 1);
        assert_eq!(case.events[0].from, None);
        assert_eq!(case.events[0].clause, "1.1");
        let decision = &case.decision.as_ref().unwrap().decision;
        assert_eq!(decision.verdict, Verdict::Free);
        assert_eq!(decision.invoice_valid, Some(true));
        let mut missing = new_case(Arrival::WalkIn);
        missing.customer.phone = " ".into();
        let err = open_case(
            &missing,
            CaseNumber::new(2026, 2),
            &ctx(&policy(), "2026-03-01"),
        )
        .unwrap_err();
        assert_eq!(err, StepError::invalid("phone", super::missing()));
    }

    #[test]
    fn a_parcel_without_an_open_application_opens_an_unsolicited_case() {
        let ctx = ctx(&policy(), "2026-03-20");
        let mut old = opened(Arrival::MailIn);
        let sender = new_case(Arrival::MailIn);
        let err = open_unsolicited(
            &sender,
            &parcel("2026-03-10"),
            Some(&old),
            CaseNumber::new(2026, 2),
            &ctx,
        );
        assert!(
            matches!(err, Err(StepError::Refused(reason)) if reason.text.contains("still open"))
        );
        run(&mut old, Step::Expire, "2026-03-20").unwrap();
        let case = open_unsolicited(
            &sender,
            &parcel("2026-03-20"),
            Some(&old),
            CaseNumber::new(2026, 2),
            &ctx,
        )
        .unwrap();
        assert_eq!(case.state, CaseState::Received);
        assert!(case.unsolicited);
        assert_eq!(case.claim_date(), Some(d("2026-03-20")));
        assert_eq!(case.events.len(), 1);
        assert_eq!(case.events[0].clause, "4.3");
        assert!(case.events[0].note.contains(old.number.as_str()));

        let wet = ParcelArrival {
            soaked: true,
            ..parcel("2026-03-20")
        };
        let mut nameless = sender.clone();
        nameless.customer.name = String::new();
        let err = open_unsolicited(&nameless, &wet, None, CaseNumber::new(2026, 3), &ctx);
        assert!(matches!(err, Err(StepError::Invalid { field, .. }) if field == "name"));
        let case = open_unsolicited(&sender, &wet, None, CaseNumber::new(2026, 3), &ctx).unwrap();
        assert_eq!(case.state, CaseState::Rejected);
    }
}
