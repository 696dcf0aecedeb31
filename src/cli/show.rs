//! `fixdesk show CASE`: one case as JSON — its facts, the warranty decision, the state,
//! the deadlines, the money (paid and still due), the documents printed and the history
//! with who, when and the clause. `fixdesk step` prints the same after each step.
//!
//! Notes and reasons are printed as stored (English) with their codes; with
//! `--language en|zh` each also gains `words`: the note or reason in that language
//! (docs/rules.md §13), as stored when it has no code.

use std::io::{self, Write};

use serde_json::{Value, json};

use crate::domain::case::Handback;
use crate::domain::{Case, CaseNumber, Language, Money, lifecycle};
use crate::store::StoreError;

use super::store::{Place, store_error};
use super::{CliError, CliResult};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The case number (as printed, scanned or typed: `SC-2026-000123`, `sc2026000123`).
    #[arg(value_name = "CASE")]
    pub case: String,
    /// Also write each history note and warranty reason in this language (en, zh), as
    /// `words` beside the stored English.
    #[arg(long, value_name = "LANGUAGE", value_parser = parse_language)]
    pub language: Option<Language>,
}

fn parse_language(text: &str) -> Result<Language, String> {
    text.parse::<Language>()
}

/// Reads a case number from the command line, or says it is not one (exit 2).
pub(super) fn case_number(text: &str) -> Result<CaseNumber, CliError> {
    CaseNumber::parse(text).ok_or_else(|| {
        let text = text.trim().to_string();
        CliError::input_in(move |w| w.cli_error_not_a_case_number(&text))
    })
}

pub fn run(place: &Place, args: &Args) -> CliResult {
    let number = case_number(&args.case)?;
    let store = place.open_reader()?;
    let case = store
        .case(&number)
        .map_err(store_error)?
        .ok_or_else(|| store_error(StoreError::NotFound(number.clone())))?;
    let answer_days = store.answer_days().map_err(store_error)?;
    let mut json = case_json(&case, answer_days);
    if let Some(language) = args.language {
        add_words(&mut json, &case, language);
    }
    write_json(&json)
}

/// Adds `words` in `language` to each event and each reason of the decision.
fn add_words(json: &mut Value, case: &Case, language: Language) {
    let words = language.words();
    if let Some(events) = json.get_mut("events").and_then(Value::as_array_mut) {
        for (shown, event) in events.iter_mut().zip(&case.events) {
            shown["words"] = Value::String(words.event_note(event));
        }
    }
    if let (Some(reasons), Some(recorded)) = (
        json.pointer_mut("/decision/decision/reasons")
            .and_then(Value::as_array_mut),
        &case.decision,
    ) {
        for (shown, reason) in reasons.iter_mut().zip(&recorded.decision.reasons) {
            shown["words"] = Value::String(words.reason(reason));
        }
    }
}

/// Prints the case as `fixdesk show` does.
pub(super) fn print(case: &Case, answer_days: u32) -> CliResult {
    write_json(&case_json(case, answer_days))
}

fn write_json(json: &Value) -> CliResult {
    let text = serde_json::to_string_pretty(json).map_err(|err| {
        let error = err.to_string();
        CliError::failure_in(move |w| w.cli_error_case_unwritten(&error))
    })?;
    let mut out = io::stdout().lock();
    match writeln!(out, "{text}") {
        Err(err) if err.kind() != io::ErrorKind::BrokenPipe => Err(stdout_error(&err)),
        _ => Ok(()),
    }
}

/// Standard output could not be written (other than closed by its reader).
pub(super) fn stdout_error(err: &io::Error) -> CliError {
    let error = err.to_string();
    CliError::failure_in(move |w| w.cli_error_stdout(&error))
}

fn money(amount: &Money) -> Value {
    json!({
        "amount": amount.amount_text().replace(',', ""),
        "currency": amount.currency.code(),
    })
}

/// The case as `show` prints it. The device password note is never printed (3.2): only
/// whether one is kept.
pub fn case_json(case: &Case, answer_days: u32) -> Value {
    let handover = &case.handover;
    let total = case.quote.as_ref().and_then(|q| q.total().ok());
    let payments = total.as_ref().map(|total| {
        // The same arithmetic as the Inspection screen and the payment receipt (2.6).
        let zero = || Money::zero(total.currency.clone());
        json!({
            "total": money(total),
            "paid": money(&case.paid().unwrap_or_else(zero)),
            "still_due": money(&case.still_due().unwrap_or_else(zero)),
            "notice_on": case.payment_notice_on,
            // Where the notice date came from: the quote's e-mail, or the desk's hand.
            "notice_by": crate::domain::mail::notice_source(case).map(|s| match s {
                crate::domain::mail::NoticeSource::Emailed(_) => "email",
                crate::domain::mail::NoticeSource::ByHand(_) => "hand",
            }),
            "payment_due": case.payment_notice_on.map(lifecycle::payment_due),
            "list": case.payments.iter().map(|p| json!({
                "amount": money(&p.amount),
                "paid_on": p.paid_on,
                "method": p.method,
            })).collect::<Vec<_>>(),
        })
    });
    let next = case
        .next_deadline(answer_days)
        .map(|(what, date)| json!({"what": what.label(), "date": date}));
    json!({
        "number": case.number,
        "state": case.state,
        "state_label": case.state.label(),
        "arrival": case.arrival,
        "unsolicited": case.unsolicited,
        "application_id": case.application_id,
        "applied_on": case.applied_on,
        "received_on": case.received_on,
        "claim_date": case.claim_date(),
        "customer": case.customer,
        // docs/rules.md §11: where the e-mail address (the consent to service messages)
        // was given, and whether the customer asked for no messages.
        "messages": {
            "consent": crate::domain::mail::consent(case).map(|c| json!({
                "given": c.given,
                "at": c.at,
                "desk": c.desk,
            })),
            "off_since": crate::domain::mail::messages_off(case).map(|e| json!({
                "at": e.at,
                "by": e.actor,
            })),
        },
        "device": {
            "model": case.device.model,
            "serial": case.device.serial,
            "applied_serial": case.applied_serial,
            "replacement_serial": case.replacement_serial,
        },
        "proof": case.proof,
        "fault": case.fault,
        "handover": {
            "accessories": handover.accessories,
            "condition": handover.condition,
            "password": handover.password,
            "password_note_kept": handover.password_note.is_some(),
            "backup_acknowledged": handover.backup_acknowledged,
            "accuracy_confirmed": handover.accuracy_confirmed,
        },
        "keep_parts": case.keep_parts,
        "diagnosis": case.diagnosis,
        "decision": case.decision.as_ref().map(|d| json!({
            "decision": d.decision,
            "policy_version": d.policy_version,
            "decided_at": d.decided_at,
        })),
        "parcel": case.parcel,
        "quote": case.quote.as_ref().map(|q| json!({
            "lines": q.lines.iter().map(|l| json!({
                "kind": l.kind,
                "description": l.description,
                "amount": money(&l.amount),
            })).collect::<Vec<_>>(),
            "total": total.as_ref().map(money),
        })),
        "asked_on": case.asked_on,
        "deadlines": {
            "next": next,
            "ship_by": case.applied_on.map(lifecycle::ship_by),
            "application_closes": case.applied_on.map(lifecycle::application_closes),
            "answer_due": case.asked_on.map(|d| lifecycle::answer_due(d, answer_days)),
            "payment_due": case.payment_notice_on.map(lifecycle::payment_due),
        },
        "payments": payments,
        "return_reason": case.return_reason,
        "handback": case.handback.as_ref().map(|h| match h {
            Handback::Shipped { carrier, tracking } => json!({
                "shipped": {"carrier": carrier, "tracking": tracking}
            }),
            Handback::Collected { by, id_checked } => json!({
                "collected": {"by": by, "id_checked": id_checked}
            }),
        }),
        "documents": case.documents,
        "photos": case.photos,
        "events": case.events.iter().map(|e| json!({
            "at": e.at,
            "by": e.actor,
            "desk": e.desk,
            "from": e.from,
            "to": e.to,
            "clause": e.clause,
            "note": e.note,
            "code": e.code,
            "args": e.args,
        })).collect::<Vec<_>>(),
    })
}
