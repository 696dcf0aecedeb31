//! One way in for every document of a case, for the window and the command line alike:
//! [`render`] draws any [`DocumentKind`] from the case as stored, [`file_name`] names
//! each printing by its time so a reprint never overwrites an earlier one, and
//! [`printing`] makes the record kept on the case: the file, the facts printed that can
//! change between printings (the collector's name, the serial, the tracking number…)
//! and what changed since the previous printing of the same kind. [`stale`] says when
//! the latest printing no longer matches the case, so the desk can be asked to print
//! again (docs/rules.md §7).
//!
//! All pure: the caller passes the time, writes the file and records the printing.

use std::borrow::Cow;

use chrono::{DateTime, Utc};

use crate::domain::case::{Case, CaseNumber, DocumentKind, Handback, PrintedDocument};
use crate::domain::settings::{Form, Paper, Settings};

use super::common::{PrintError, address_lines};
use crate::domain::Verdict;
use crate::i18n::{Language, Words};

use super::label::{LabelForm, tracking_for};
use super::payment_receipt::payment_totals;
use super::roll::Roll;

/// Choices a printout can take beyond the case and the center's settings. None of them
/// can change a fact the case records: the handover receipt takes the collector and the
/// ID check only from the recorded hand-back.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PrintOptions {
    /// The return label's form; `None`: the center's (`Settings.label` and its paper).
    pub label: Option<LabelForm>,
    /// The carrier's tracking number for the label, when known before the shipment is
    /// recorded; a recorded shipment's number is used otherwise.
    pub tracking: Option<String>,
    /// The paper: a sheet, a receipt roll, a 4×6 label (`Form::for_kind` says which a
    /// document can take; another prints on the usual one). `None`: the usual one. A
    /// label's `label` choice, when given, comes first.
    pub form: Option<Form>,
    /// The language to print in; `None`: the customer's (`Customer.language`).
    pub language: Option<Language>,
}

/// The document `kind` of `case` as PDF bytes, printed at `now`.
///
/// The handover receipt is drawn only from the recorded hand-back
/// ([`Handback::Collected`]): it is printed at closing, with the collector's name and the
/// ID check as recorded, never from values still being typed; before that it fails with
/// [`PrintError::NotCollected`]. The other documents fail as their own functions do
/// (a label without an address or a sender, a confirmation for a walk-in, a quote not
/// written, a payment receipt without a payment).
pub fn render(
    kind: DocumentKind,
    case: &Case,
    settings: &Settings,
    options: &PrintOptions,
    now: DateTime<Utc>,
) -> Result<Vec<u8>, PrintError> {
    let form = options
        .form
        .filter(|f| Form::for_kind(kind).contains(f))
        .unwrap_or_default();
    let roll = Roll::of(form);
    // A sheet in another paper than the center's: the same document on that paper.
    let sheet = match form {
        Form::A4 | Form::Letter => Cow::Owned(Settings {
            paper: if form == Form::A4 {
                Paper::A4
            } else {
                Paper::Letter
            },
            ..settings.clone()
        }),
        _ => Cow::Borrowed(settings),
    };
    let settings = sheet.as_ref();
    let w = options.language.unwrap_or(case.customer.language).words();
    match kind {
        DocumentKind::Receipt => match roll {
            Some(roll) => super::receipt::receipt_on_roll_in(case, settings, roll, w, now),
            None => super::receipt::receipt_in(case, settings, w, now),
        },
        DocumentKind::Confirmation => super::confirmation::confirmation_in(case, settings, w, now),
        DocumentKind::Label => super::label::label_in(
            case,
            settings,
            label_form(settings, options, form),
            options.tracking.as_deref(),
            w,
            now,
        ),
        DocumentKind::Quote => super::quote::quote_in(case, settings, w, now),
        DocumentKind::HandoverReceipt => match &case.handback {
            Some(Handback::Collected { by, id_checked }) if !by.trim().is_empty() => match roll {
                Some(roll) => super::handover::handover_receipt_on_roll_in(
                    case,
                    settings,
                    by,
                    *id_checked,
                    roll,
                    w,
                    now,
                ),
                None => {
                    super::handover::handover_receipt_in(case, settings, by, *id_checked, w, now)
                }
            },
            _ => Err(PrintError::NotCollected(case.number.clone())),
        },
        DocumentKind::PaymentReceipt => {
            super::payment_receipt::payment_receipt_in(case, settings, w, now)
        }
        DocumentKind::Sticker => super::sticker::sticker_in(case, settings, w, now),
    }
}

fn label_form(settings: &Settings, options: &PrintOptions, form: Form) -> LabelForm {
    options.label.unwrap_or(match form {
        Form::FourBySix => LabelForm::FourBySix,
        Form::A4 | Form::Letter => LabelForm::Sheet(settings.paper),
        _ => LabelForm::from_settings(settings),
    })
}

/// The file name of one printing: `SC-2026-000123-handover-receipt-20260302-104200.pdf`.
/// The time (UTC, to the second) keeps every printing of the same document apart, and
/// the names sort in the order printed.
pub fn file_name(number: &CaseNumber, kind: DocumentKind, at: DateTime<Utc>) -> String {
    format!(
        "{number}-{}-{}.pdf",
        kind.as_str().replace('_', "-"),
        at.format("%Y%m%d-%H%M%S")
    )
}

/// [`file_name`], made unique among the files `exists` says are there: two printings
/// within the same second get `-2`, `-3`… rather than one overwriting the other.
pub fn unique_file_name(
    number: &CaseNumber,
    kind: DocumentKind,
    at: DateTime<Utc>,
    exists: impl Fn(&str) -> bool,
) -> String {
    let first = file_name(number, kind, at);
    if !exists(&first) {
        return first;
    }
    let stem = first.trim_end_matches(".pdf");
    (2..)
        .map(|n| format!("{stem}-{n}.pdf"))
        .find(|name| !exists(name))
        .unwrap_or(first)
}

/// The facts a printing of `kind` shows that can change between printings, as (what,
/// value) pairs in the order printed: the ones a reader compares when two printings
/// differ. Empty values are written "—".
pub fn facts(
    kind: DocumentKind,
    case: &Case,
    settings: &Settings,
    options: &PrintOptions,
) -> Vec<(String, String)> {
    let c = &case.customer;
    let verdict = case
        .decision
        .as_ref()
        .map(|d| d.decision.verdict.label().to_string())
        .unwrap_or_default();
    let one_line = |text: &str| address_lines(text).join(", ");
    let pairs: Vec<(&str, String)> = match kind {
        DocumentKind::Receipt => vec![
            ("customer", c.name.clone()),
            ("phone", c.phone.clone()),
            ("e-mail", c.email.clone().unwrap_or_default()),
            ("address", one_line(&c.address)),
            ("model", case.device.model.clone()),
            ("serial", case.device.serial.clone()),
            ("decision", verdict),
        ],
        DocumentKind::Confirmation => vec![
            ("customer", c.name.clone()),
            ("center address", one_line(&settings.center.address)),
            ("model", case.device.model.clone()),
            ("serial", case.device.serial.clone()),
        ],
        DocumentKind::Label => vec![
            ("sender", one_line(&settings.center.address)),
            ("recipient", c.name.clone()),
            ("address", one_line(c.return_to())),
            (
                "tracking",
                tracking_for(case, options.tracking.as_deref())
                    .unwrap_or_default()
                    .to_string(),
            ),
        ],
        DocumentKind::Quote => vec![
            ("customer", c.name.clone()),
            (
                "total",
                case.quote
                    .as_ref()
                    .and_then(|q| q.total().ok())
                    .map(|t| t.to_string())
                    .unwrap_or_default(),
            ),
        ],
        DocumentKind::HandoverReceipt => {
            let (by, id) = match &case.handback {
                Some(Handback::Collected { by, id_checked }) => {
                    let id = if *id_checked { "yes" } else { "no" };
                    (by.clone(), id.to_string())
                }
                _ => (String::new(), String::new()),
            };
            vec![("collector", by), ("ID checked", id), ("paid", paid(case))]
        }
        DocumentKind::Sticker => vec![
            ("surname", super::sticker::surname(&c.name)),
            (
                "date in",
                case.received_on.map(|d| d.to_string()).unwrap_or_default(),
            ),
        ],
        DocumentKind::PaymentReceipt => {
            let totals = payment_totals(case);
            vec![
                ("payments", case.payments.len().to_string()),
                ("paid", paid(case)),
                (
                    "still due",
                    totals.due.map(|d| d.to_string()).unwrap_or_default(),
                ),
            ]
        }
    };
    pairs
        .into_iter()
        .map(|(what, value)| {
            let value = value.trim();
            let value = if value.is_empty() { "—" } else { value };
            (what.to_string(), value.to_string())
        })
        .collect()
}

fn paid(case: &Case) -> String {
    payment_totals(case)
        .paid
        .filter(|p| p.minor != 0)
        .map(|p| p.to_string())
        .unwrap_or_default()
}

/// One fact a printing shows that differs from the case (or from the printing before):
/// what it is, as the printing's facts name it ("serial", "ID checked"), and its value
/// then and now ("—" for none). The names and values are stored as printed, in English;
/// `Words::printing_changes` says them in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub what: String,
    pub old: String,
    pub new: String,
}

impl std::fmt::Display for Change {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {} → {}", self.what, self.old, self.new)
    }
}

impl Change {
    /// "serial: A → B" in the reader's language: the fact's name from
    /// `printing-fact-<name>` (as stored when it has none), a yes/no, a verdict, an
    /// amount or a date written as the language writes them, other values as printed.
    pub fn say(&self, w: Words) -> String {
        let slug = self.what.to_lowercase().replace(' ', "-");
        let what = w
            .lookup(&format!("printing-fact-{slug}"), None)
            .unwrap_or_else(|| self.what.clone());
        w.printing_change(what, self.value(&self.old, w), self.value(&self.new, w))
    }

    fn value(&self, value: &str, w: Words) -> String {
        match (self.what.as_str(), value) {
            (_, "—") => value.to_string(),
            ("ID checked", "yes") => w.printing_yes(),
            ("ID checked", "no") => w.printing_no(),
            ("decision", label) => Verdict::ALL
                .into_iter()
                .find(|v| v.label() == label)
                .map_or_else(|| label.to_string(), |v| w.verdict(v)),
            ("date in", date) => chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d")
                .map_or_else(|_| date.to_string(), |d| w.date(d)),
            ("paid" | "total" | "still due", amount) => crate::domain::Money::from_written(amount)
                .map_or_else(|| amount.to_string(), |m| w.money(&m)),
            (_, value) => value.to_string(),
        }
    }
}

/// Changes in the reader's language, one after another ("序列号：A → B；…").
pub fn say(changes: &[Change], w: Words) -> String {
    changes
        .iter()
        .map(|change| change.say(w))
        .collect::<Vec<_>>()
        .join(&w.printing_change_separator())
}

/// What differs from `before` to `after`, one [`Change`] a fact, in the order of
/// `after` (then facts only `before` has); empty when nothing did.
pub fn changed(before: &[(String, String)], after: &[(String, String)]) -> Vec<Change> {
    let value = |list: &[(String, String)], what: &str| {
        list.iter()
            .find(|(w, _)| w == what)
            .map_or_else(|| "—".to_string(), |(_, v)| v.clone())
    };
    let mut whats: Vec<&str> = after.iter().map(|(w, _)| w.as_str()).collect();
    for (w, _) in before {
        if !whats.contains(&w.as_str()) {
            whats.push(w);
        }
    }
    whats
        .into_iter()
        .filter_map(|what| {
            let (old, new) = (value(before, what), value(after, what));
            (old != new).then(|| Change {
                what: what.to_string(),
                old,
                new,
            })
        })
        .collect()
}

/// What differs from `before` to `after` in English, one "what: old → new" a change,
/// joined with "; " ("collector: — → Jan Nowak; ID checked: no → yes"); empty when
/// nothing did. The history's record of a printing keeps this English.
pub fn changes(before: &[(String, String)], after: &[(String, String)]) -> String {
    english(&changed(before, after))
}

/// Changes in English, as the history records them.
pub fn english(changes: &[Change]) -> String {
    changes
        .iter()
        .map(Change::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

/// The latest printing of `kind` recorded on the case, if any.
pub fn last_printing(case: &Case, kind: DocumentKind) -> Option<&PrintedDocument> {
    case.documents
        .iter()
        .filter(|d| d.kind == kind)
        .max_by_key(|d| d.at)
}

/// The record of one printing, to store on the case: `kind` printed at `at` by `by` into
/// `file`, with the facts it shows and, when the document was printed before, what
/// changed since the latest earlier printing (or that nothing did).
pub fn printing(
    kind: DocumentKind,
    case: &Case,
    settings: &Settings,
    options: &PrintOptions,
    by: &str,
    at: DateTime<Utc>,
    file: Option<String>,
) -> PrintedDocument {
    let facts = facts(kind, case, settings, options);
    let note = last_printing(case, kind).map(|before| again_note(before, &facts, None));
    PrintedDocument {
        kind,
        at,
        by: by.to_string(),
        file,
        facts,
        note,
    }
}

/// The note of a printing made again: what changed since `before`, or that nothing did.
/// In `w`'s language; `None`: as the record keeps it (English, the facts as printed).
fn again_note(before: &PrintedDocument, facts: &[(String, String)], w: Option<Words>) -> String {
    let words = w.unwrap_or(Language::English.words());
    if before.facts.is_empty() {
        return words.printing_again_no_facts(super::common::stamp(words, before.at));
    }
    match changed(&before.facts, facts) {
        none if none.is_empty() => {
            words.printing_again_same(super::common::stamp(words, before.at))
        }
        changed => match w {
            Some(w) => say(&changed, w),
            None => english(&changed),
        },
    }
}

/// A recorded printing's note in the reader's language, worked out again from the
/// printings kept on the case (the note is stored in English, as the history keeps
/// it); the note as stored when it cannot be (a printing recorded differently).
pub fn note_in(case: &Case, document: &PrintedDocument, w: Words) -> Option<String> {
    let stored = document.note.as_ref()?;
    let before = case
        .documents
        .iter()
        .filter(|d| d.kind == document.kind && d.at < document.at)
        .max_by_key(|d| d.at);
    let Some(before) = before else {
        return Some(stored.clone());
    };
    if again_note(before, &document.facts, None) != *stored {
        return Some(stored.clone());
    }
    Some(again_note(before, &document.facts, Some(w)))
}

/// When the latest printing of `kind` shows facts the case no longer has (a collector's
/// name recorded after it was printed, a serial corrected at inspection…): what changed,
/// for the desk to offer printing it again and to mark the earlier one superseded.
/// `None` when it was never printed, still matches, or kept no facts to compare.
/// In English; [`stale_changes`] gives the changes for the reader's language.
pub fn stale(
    kind: DocumentKind,
    case: &Case,
    settings: &Settings,
    options: &PrintOptions,
) -> Option<String> {
    stale_changes(kind, case, settings, options).map(|changes| english(&changes))
}

/// [`stale`]'s changes one by one, to be said in the reader's language
/// (`Words::printing_changes`).
pub fn stale_changes(
    kind: DocumentKind,
    case: &Case,
    settings: &Settings,
    options: &PrintOptions,
) -> Option<Vec<Change>> {
    let before = last_printing(case, kind)?;
    if before.facts.is_empty() {
        return None;
    }
    let changed = changed(&before.facts, &facts(kind, case, settings, options));
    (!changed.is_empty()).then_some(changed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(h: u32, m: u32, s: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, 2, h, m, s)
            .single()
            .unwrap_or_default()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn file_names_carry_the_case_the_document_and_the_second() {
        let number = CaseNumber::new(2026, 123);
        assert_eq!(
            file_name(&number, DocumentKind::HandoverReceipt, at(10, 42, 7)),
            "SC-2026-000123-handover-receipt-20260302-104207.pdf"
        );
        assert_ne!(
            file_name(&number, DocumentKind::Label, at(10, 42, 7)),
            file_name(&number, DocumentKind::Label, at(10, 42, 8))
        );
        let taken = [
            "SC-2026-000123-label-20260302-104207.pdf",
            "SC-2026-000123-label-20260302-104207-2.pdf",
        ];
        assert_eq!(
            unique_file_name(&number, DocumentKind::Label, at(10, 42, 7), |name| {
                taken.contains(&name)
            }),
            "SC-2026-000123-label-20260302-104207-3.pdf"
        );
    }

    #[test]
    fn changes_name_what_changed_from_what_to_what() {
        let before = pairs(&[("collector", "—"), ("ID checked", "no"), ("paid", "—")]);
        let after = pairs(&[
            ("collector", "Jan Nowak"),
            ("ID checked", "yes"),
            ("paid", "—"),
        ]);
        assert_eq!(
            changes(&before, &after),
            "collector: — → Jan Nowak; ID checked: no → yes"
        );
        assert_eq!(changes(&after, &after), "");
        // A fact only one side has still shows.
        assert_eq!(changes(&pairs(&[("old", "x")]), &pairs(&[])), "old: x → —");
    }
}
