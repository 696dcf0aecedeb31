//! The words the domain stores as codes (docs/rules.md §13, "Stored text and search"):
//! a warranty decision's reasons ([`Words::reason`]) and the notes of a case's history
//! ([`Words::event_note`]), rendered in the reader's language. A record from before codes,
//! or with a code this fixdesk does not know (written by a newer one), is shown as stored:
//! its English text.
//!
//! The arguments are stored as plain text (`domain::coded`); here they are written as the
//! reader's language writes them: dates (names ending in `date`), money (ending in
//! `amount`), a verdict (ending in `verdict`), a cause, a case's state or a message's
//! moment by its name, and a number of months as a number.

use chrono::NaiveDate;
use fluent_bundle::{FluentArgs, FluentValue};

use crate::domain::{Args, CaseEvent, Cause, Money, Note, Reason, Verdict};
use crate::i18n::{Declared, Words};

const fn declared(id: &'static str, args: &'static [&'static str]) -> Declared {
    Declared { id, args }
}

/// Every message of this part, with the variables the code passes, for the
/// completeness tests.
pub const DOMAIN: &[Declared] = &[
    declared("note-separator", &[]),
    declared("list-comma", &[]),
    declared("list-and", &[]),
    declared("reason-no-invoice", &[]),
    declared("reason-invoice-valid", &[]),
    declared("reason-invoice-not-valid", &["failures"]),
    declared("reason-start-delivery", &["delivery_date", "invoice_date"]),
    declared("reason-start-invoice", &["invoice_date"]),
    declared("reason-start-shipment", &["shipment_date"]),
    declared("reason-start-unknown", &[]),
    declared("reason-period-contract", &["months"]),
    declared("reason-period-component", &["months", "component", "model"]),
    declared("reason-period-model", &["months", "model"]),
    declared("reason-period-default", &["months"]),
    declared("reason-within-warranty", &["claim_date", "last_date"]),
    declared("reason-after-warranty", &["claim_date", "last_date"]),
    declared("reason-unauthorized-channel", &[]),
    declared("reason-unknown-channel", &[]),
    declared("reason-ask-for-invoice", &[]),
    declared("reason-out-of-warranty", &[]),
    declared("reason-excluded-cause", &["cause"]),
    declared("reason-free-provisional", &[]),
    declared("reason-free", &[]),
    declared("invoice-failure-no-date", &[]),
    declared(
        "invoice-failure-date-after",
        &["invoice_date", "claim_date"],
    ),
    declared("invoice-failure-no-model", &[]),
    declared(
        "invoice-failure-model-differs",
        &["invoice_model", "device_model"],
    ),
    declared("invoice-failure-no-serial", &[]),
    declared(
        "invoice-failure-serial-differs",
        &["invoice_serial", "device_serial"],
    ),
    declared("invoice-failure-illegible", &[]),
    declared("invoice-failure-altered", &[]),
    declared("note-received-at-desk", &[]),
    declared("note-application-accepted", &[]),
    declared("note-application-accepted-id", &["application"]),
    declared("note-warranty", &["verdict", "provisional"]),
    declared("note-diagnosed", &["cause"]),
    declared("note-diagnosed-component", &["cause", "component"]),
    declared("note-quote-first", &[]),
    declared("note-proof-asked-short", &[]),
    declared("note-quote-sent", &["total_amount"]),
    declared("note-proof-asked", &[]),
    declared("note-proof-received", &[]),
    declared("note-paid-needs-quote", &[]),
    declared("note-proof-not-sufficient", &[]),
    declared("note-quote-accepted", &["due_date"]),
    declared("note-quote-declined", &[]),
    declared("note-paid", &["paid_amount", "method"]),
    declared("note-part-paid", &["paid_amount", "method", "due_amount"]),
    declared("note-repaired", &[]),
    declared("note-repaired-replaced", &["serial"]),
    declared("note-expired", &["closes_date"]),
    declared("note-payment-overdue", &["due_date"]),
    declared("note-unanswered-quote", &["due_date"]),
    declared("note-unanswered-proof", &["due_date"]),
    declared("note-resolved-remotely", &["text"]),
    declared("note-shipped-back", &["carrier", "tracking"]),
    declared("note-collected", &[]),
    declared("note-collected-id-checked", &[]),
    declared("note-password-removed", &[]),
    declared("note-personal-data-removed", &["months"]),
    declared("note-parcel-refuse", &[]),
    declared("note-parcel-reject-damaged", &[]),
    declared("note-parcel-reject-soaked", &[]),
    declared("note-parcel-reject-damaged-soaked", &[]),
    declared("note-parcel-unsolicited", &[]),
    declared("note-parcel-accept", &[]),
    declared("note-packaging-inadequate", &[]),
    declared("note-application-had-expired", &[]),
    declared("note-parcel-for-expired", &["expired_case"]),
    declared("note-serial-changed", &["found", "applied"]),
    declared(
        "note-warranty-decided-first",
        &["after_verdict", "after_invoice"],
    ),
    declared("note-warranty-not-decided", &[]),
    declared("note-message-sent", &["moment", "to", "message_id"]),
    declared("note-message-drafted", &["moment", "to", "message_id"]),
    declared("note-notice-set", &["notice_date", "due_date"]),
    declared("note-messages-off", &[]),
    declared("note-messages-on", &[]),
    declared(
        "note-warranty-unchanged",
        &["after_verdict", "after_invoice"],
    ),
    declared(
        "note-warranty-decided-again",
        &[
            "before_verdict",
            "before_invoice",
            "after_verdict",
            "after_invoice",
        ],
    ),
];

impl Words {
    /// A warranty reason in this language; as stored when it has no code (a decision
    /// recorded before codes) or one this fixdesk does not know.
    pub fn reason(self, reason: &Reason) -> String {
        if reason.code.is_empty() {
            return reason.text.clone();
        }
        let mut args = self.coded_args(&reason.args);
        if let Some(failures) = reason.args.get("failures") {
            let Some(list) = self.failures(failures, &args) else {
                return reason.text.clone();
            };
            args.set("failures", FluentValue::from(list));
        }
        self.render(&format!("reason-{}", reason.code), &args)
            .unwrap_or_else(|| reason.text.clone())
    }

    /// An event's note in this language: each of its codes' sentence, in order; as stored
    /// when it has no code (an event recorded before codes, or words a person typed) or
    /// one this fixdesk does not know.
    pub fn event_note(self, event: &CaseEvent) -> String {
        self.sentences("note", &event.note, &event.code, &event.args)
    }

    /// A note not (yet) in a history, such as the last change another desk made, in
    /// this language.
    pub fn note(self, note: &Note) -> String {
        self.sentences("note", &note.text, &note.code, &note.args)
    }

    /// Coded sentences (`<prefix>-<code>` each, codes separated by spaces) in this
    /// language; `text` when there is no code or one of them is unknown here.
    pub(super) fn sentences(self, prefix: &str, text: &str, code: &str, args: &Args) -> String {
        if code.is_empty() {
            return text.to_string();
        }
        let args = self.coded_args(args);
        let mut sentences = Vec::new();
        for code in code.split(' ') {
            match self.render(&format!("{prefix}-{code}"), &args) {
                Some(sentence) => sentences.push(sentence),
                None => return text.to_string(),
            }
        }
        sentences.join(&self.format("note-separator", None))
    }

    /// An invoice's failures (codes joined by commas) as one list in words.
    fn failures(self, codes: &str, args: &FluentArgs<'static>) -> Option<String> {
        let parts = codes
            .split(',')
            .map(|code| self.render(&format!("invoice-failure-{code}"), args))
            .collect::<Option<Vec<String>>>()?;
        Some(match parts.as_slice() {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => format!(
                "{}{}{last}",
                init.join(&self.format("list-comma", None)),
                self.format("list-and", None)
            ),
        })
    }

    /// A message of a stored code, in this language, else in English; `None` when
    /// neither knows it (a code from a newer fixdesk) or it does not render.
    fn render(self, id: &str, args: &FluentArgs<'static>) -> Option<String> {
        self.lookup(id, Some(args))
    }

    /// Stored arguments written as this language writes them.
    fn coded_args(self, stored: &Args) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        for (name, value) in stored {
            let shown: FluentValue<'static> = if name.ends_with("date") {
                match NaiveDate::parse_from_str(value, "%Y-%m-%d") {
                    Ok(date) => FluentValue::from(self.date(date)),
                    Err(_) => FluentValue::from(value.clone()),
                }
            } else if name.ends_with("amount") {
                match Money::from_written(value) {
                    Some(money) => FluentValue::from(self.money(&money)),
                    None => FluentValue::from(value.clone()),
                }
            } else if name.ends_with("verdict") {
                match Verdict::parse(value) {
                    Some(verdict) => FluentValue::from(self.verdict(verdict)),
                    None => FluentValue::from(value.clone()),
                }
            } else if name == "cause" {
                match Cause::parse(value) {
                    Some(cause) => FluentValue::from(self.cause(cause)),
                    None => FluentValue::from(value.clone()),
                }
            } else if name == "moment" {
                match crate::domain::mail::Moment::parse(value) {
                    Some(moment) => FluentValue::from(self.mail_moment(moment)),
                    None => FluentValue::from(value.clone()),
                }
            } else if name == "state" {
                match crate::domain::State::parse(value) {
                    Some(state) => FluentValue::from(self.state(state)),
                    None => FluentValue::from(value.clone()),
                }
            } else if name == "field" {
                FluentValue::from(self.field(value))
            } else if name == "months" || name == "days" {
                match value.parse::<i64>() {
                    Ok(months) => FluentValue::from(months),
                    Err(_) => FluentValue::from(value.clone()),
                }
            } else {
                FluentValue::from(value.clone())
            };
            args.set(name.clone(), shown);
        }
        args
    }
}
