//! The handover receipt (docs/rules.md §7, dispatch): printed when a device is collected at
//! the counter, for the collector to sign.
//!
//! The case number as text and as a Code 128 barcode; the customer; the device going
//! back — or its replacement unit under its new serial (2.5); what was done (repaired,
//! or returned unrepaired and why, with the clause); what is handed back, the same list
//! as the return label's contents: the device, the accessories received at intake (3.5)
//! and the replaced faulty parts when they go back (2.5); the payments received; who
//! collected it and whether their ID was checked; signature lines for the collector and
//! the desk. `Handover::password_note` is never printed (3.2, 3.7).

use chrono::{DateTime, Utc};

use crate::domain::case::{Case, DocumentKind, PasswordStatus, ReturnReason};
use crate::domain::lifecycle::State;
use crate::domain::money::Money;
use crate::domain::repair::RepairMethod;
use crate::domain::settings::Settings;
use crate::domain::warranty::Verdict;

use super::common::{
    self, BODY, BODY_BOLD, Item, PrintError, columns, heading, items, long_date, stamp,
};
use super::label::{contents_in, returned_parts};
use super::layout::{Document, Font};
use super::roll::{self, Roll};
use super::table::{Column, RowStyle, Table};
use crate::i18n::{Language, Words};

/// The handover receipt of `case`, collected at the counter by `collected_by` (whose ID
/// was checked or not), on the center's paper, as PDF bytes.
///
/// It can be printed before the case is closed as returned (the collector signs it, then
/// the desk records the hand-back). A blank `collected_by` prints a line to write the
/// name on by hand. Once the hand-back is recorded, the date and time handed back are
/// the recorded step's, however much later it is printed again; [`super::render`]
/// prints it only from the recorded hand-back. In the customer's language.
pub fn handover_receipt(
    case: &Case,
    settings: &Settings,
    collected_by: &str,
    id_checked: bool,
    printed_at: DateTime<Utc>,
) -> Result<Vec<u8>, PrintError> {
    let w = case.customer.language.words();
    handover_receipt_in(case, settings, collected_by, id_checked, w, printed_at)
}

/// [`handover_receipt`] in the language of `w`.
pub fn handover_receipt_in(
    case: &Case,
    settings: &Settings,
    collected_by: &str,
    id_checked: bool,
    w: Words,
    printed_at: DateTime<Utc>,
) -> Result<Vec<u8>, PrintError> {
    let mut doc = common::sheet(
        w,
        &w.document_kind(DocumentKind::HandoverReceipt),
        &case.number,
        &settings.center,
        settings.paper,
        printed_at,
    );
    let back_at = handed_back_at(case).unwrap_or(printed_at);
    let lines = dates(w, case, back_at);
    common::case_number_block(w, &mut doc, &case.number, &lines)?;
    body(
        w,
        &mut doc,
        case,
        settings,
        collected_by,
        id_checked,
        back_at,
    )?;
    Ok(doc.to_pdf()?)
}

/// The handover receipt on a thermal receipt roll (80 or 58 mm): the same content as the
/// sheet, one column, with the case number's Code 128 across the roll. In the
/// customer's language.
pub fn handover_receipt_on_roll(
    case: &Case,
    settings: &Settings,
    collected_by: &str,
    id_checked: bool,
    roll: Roll,
    printed_at: DateTime<Utc>,
) -> Result<Vec<u8>, PrintError> {
    let w = case.customer.language.words();
    handover_receipt_on_roll_in(
        case,
        settings,
        collected_by,
        id_checked,
        roll,
        w,
        printed_at,
    )
}

/// [`handover_receipt_on_roll`] in the language of `w`.
#[allow(clippy::too_many_arguments)] // the receipt's facts, its paper and its language
pub fn handover_receipt_on_roll_in(
    case: &Case,
    settings: &Settings,
    collected_by: &str,
    id_checked: bool,
    roll: Roll,
    w: Words,
    printed_at: DateTime<Utc>,
) -> Result<Vec<u8>, PrintError> {
    let back_at = handed_back_at(case).unwrap_or(printed_at);
    let lines = dates(w, case, back_at);
    let title = &w.document_kind(DocumentKind::HandoverReceipt);
    roll::roll_pdf(title, roll, printed_at, |doc| {
        roll::head(
            w,
            doc,
            &settings.center,
            &w.hand_roll_title(),
            &case.number,
            &lines,
            printed_at,
        )?;
        body(w, doc, case, settings, collected_by, id_checked, back_at)?;
        roll::foot(doc, title, &case.number);
        Ok(())
    })
}

/// When the device went back, and when it came in.
fn dates(w: Words, case: &Case, back_at: DateTime<Utc>) -> Vec<String> {
    let mut lines = vec![w.hand_handed_back_on(long_date(w, back_at.date_naive()))];
    if let Some(received) = case.received_on {
        lines.push(w.doc_device_received(long_date(w, received)));
    }
    lines
}

/// Everything under the case block, the same on a sheet and on a roll.
fn body(
    w: Words,
    doc: &mut Document,
    case: &Case,
    settings: &Settings,
    collected_by: &str,
    id_checked: bool,
    back_at: DateTime<Utc>,
) -> Result<(), PrintError> {
    customer_and_device(w, doc, case);
    what_was_done(w, doc, case);
    handed_back(w, doc, case);
    payments(w, doc, case)?;
    collection(w, doc, collected_by, id_checked, back_at);

    let collector = match collected_by.trim() {
        "" => w.hand_collected_by(),
        name => w.hand_collected_by_named(name),
    };
    let staff = w.hand_for_center(settings.center.name.trim());
    common::signatures(w, doc, &collector, &staff);
    Ok(())
}

/// When the hand-back was recorded (the step that closed the case as returned): a reprint
/// says when the device went back, not when it was printed again. `None` before closing.
fn handed_back_at(case: &Case) -> Option<DateTime<Utc>> {
    case.events
        .iter()
        .rev()
        .find(|e| e.to == State::Returned && e.from != Some(State::Returned))
        .map(|e| e.at)
}

/// The customer, and the device going back: its model and serial, or the replacement
/// unit's new serial beside the original's (2.5).
fn customer_and_device(w: Words, doc: &mut Document, case: &Case) {
    let c = &case.customer;
    let customer = [
        (w.doc_caption_customer(), c.name.clone(), Font::bold(11.0)),
        (w.doc_caption_phone(), c.phone.clone(), BODY),
    ];
    let mut device = vec![(
        w.doc_caption_model(),
        case.device.model.clone(),
        Font::bold(11.0),
    )];
    match replacement(case) {
        Some(new_serial) => {
            device.push((
                w.hand_caption_replacement(),
                new_serial.to_string(),
                Font::bold(10.0),
            ));
            device.push((w.hand_caption_replaces(), case.device.serial.clone(), BODY));
        }
        None => device.push((
            w.doc_caption_serial(),
            case.device.serial.clone(),
            Font::bold(10.0),
        )),
    }
    heading(doc, &w.doc_customer_and_device(), 0.0);
    columns(doc, &[&customer, &device]);
}

fn replacement(case: &Case) -> Option<&str> {
    case.replacement_serial
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// Repaired (how, and whether free or paid), or returned unrepaired with the reason and
/// its clause.
fn what_was_done(w: Words, doc: &mut Document, case: &Case) {
    let verdict = case.decision.as_ref().map(|d| d.decision.verdict);
    let reason = case.return_reason.or(match case.state {
        State::Ready => Some(ReturnReason::Repaired),
        _ => None,
    });
    let (clause, text) = match reason {
        Some(ReturnReason::Repaired) => {
            let how = match case.diagnosis.method {
                Some(RepairMethod::UnitReplacement) => match replacement(case) {
                    Some(serial) => w.hand_replaced_by_serial(serial),
                    None => w.hand_replaced(),
                },
                Some(RepairMethod::SoftwareUpdate) => w.hand_repaired_by_software_update(),
                Some(RepairMethod::PartReplacement) => w.hand_repaired_by_part_replacement(),
                None => w.hand_repaired(),
            };
            let charge = match verdict {
                Some(Verdict::Paid) => w.hand_charge_paid(),
                Some(Verdict::Free) => w.hand_charge_free(),
                _ => String::new(),
            };
            // Sentences follow on with a space in English, without one in Chinese.
            let sep = if charge.is_empty() || w.language() == Language::Chinese {
                ""
            } else {
                " "
            };
            ("2.5", format!("{how}{sep}{charge}"))
        }
        Some(reason) => {
            let why = match reason {
                ReturnReason::Ineligible => w.hand_why_ineligible(),
                ReturnReason::QuoteDeclined => w.hand_why_declined(),
                ReturnReason::ProofNotGiven => w.hand_why_no_proof(),
                ReturnReason::PaymentOverdue => w.hand_why_overdue(),
                ReturnReason::Repaired => String::new(),
            };
            (reason.clause(), w.hand_unrepaired(why, reason.clause()))
        }
        None => ("", w.hand_handed_back()),
    };
    heading(doc, &w.hand_what_was_done(), 8.0);
    items(
        doc,
        &[Item {
            tick: None,
            clause,
            text: &text,
        }],
        BODY_BOLD,
    );
    doc.page().advance(1.5);
}

/// What goes back, one item a line with a box the collector ticks as they check it —
/// the same list as the return label's contents (3.5, 2.5) — and, when parts were
/// replaced but stay with the manufacturer, a line that says so (2.5).
fn handed_back(w: Words, doc: &mut Document, case: &Case) {
    let lines = contents_in(w, case);
    let mut list: Vec<Item<'_>> = lines
        .iter()
        .enumerate()
        .map(|(i, line)| Item {
            tick: Some(false),
            clause: if i == 0 { "" } else { "3.5" },
            text: line,
        })
        .collect();
    // The parts line, when there is one, cites 2.5, not 3.5.
    let parts = returned_parts(w, case);
    if let (Some(parts), Some(last)) = (&parts, list.last_mut())
        && last.text == parts
    {
        last.clause = "2.5";
    }
    // Remarks, not items to check: printed under the list without boxes.
    let mut notes: Vec<Item<'_>> = Vec::new();
    let (no_accessories, password) = (w.hand_no_accessories(), w.hand_password_deleted());
    if lines.len() == 1 {
        notes.push(Item {
            tick: None,
            clause: "3.5",
            text: &no_accessories,
        });
    }
    let repaired = case
        .return_reason
        .is_none_or(|r| r == ReturnReason::Repaired);
    let kept = match case.diagnosis.method {
        Some(RepairMethod::UnitReplacement) if parts.is_none() && repaired => {
            Some(w.hand_unit_kept(case.device.serial.trim()))
        }
        Some(m) if m.replaces_parts() && parts.is_none() && repaired => Some(w.hand_parts_kept()),
        _ => None,
    };
    if let Some(kept) = &kept {
        notes.push(Item {
            tick: None,
            clause: "2.5",
            text: kept,
        });
    }
    if case.handover.password == PasswordStatus::ToldToInspector {
        notes.push(Item {
            tick: None,
            clause: "3.7",
            text: &password,
        });
    }
    heading(doc, &w.hand_handed_back_heading(), 12.0);
    items(doc, &list, Font::regular(9.5));
    if !notes.is_empty() {
        doc.page().advance(1.0);
        items(doc, &notes, Font::regular(8.5));
    }
    doc.page().advance(1.5);
}

/// The payments received for a paid repair, with their total; or that nothing was
/// charged.
fn payments(w: Words, doc: &mut Document, case: &Case) -> Result<(), PrintError> {
    heading(doc, &w.doc_payments_heading(), 10.0);
    if case.payments.is_empty() {
        let free = case
            .decision
            .as_ref()
            .is_some_and(|d| d.decision.verdict == Verdict::Free)
            && case.return_reason == Some(ReturnReason::Repaired);
        let (clause, text) = if free {
            ("1.4", w.hand_no_charge_free())
        } else {
            ("", w.hand_no_charge())
        };
        items(
            doc,
            &[Item {
                tick: None,
                clause,
                text: &text,
            }],
            BODY,
        );
        doc.page().advance(1.5);
        return Ok(());
    }
    let page = doc.page();
    let width = page.content_width();
    // Narrower date and amount columns on a receipt roll, so the method keeps room.
    let (date_w, amount_w) = ((width * 0.3).min(40.0), (width * 0.3).min(40.0));
    let table = Table::new(vec![
        Column::new(w.doc_col_paid_on(), date_w),
        Column::new(w.doc_col_method(), width - date_w - amount_w),
        Column::new(w.doc_col_amount(), amount_w).right(),
    ])
    .style(RowStyle::Rules)
    .fonts(Font::regular(9.0), Font::bold(8.5));
    let mut rows: Vec<[String; 3]> = case
        .payments
        .iter()
        .map(|p| {
            [
                long_date(w, p.paid_on),
                p.method.trim().to_string(),
                w.money(&p.amount),
            ]
        })
        .collect();
    // One total per currency: payments are checked against the quote's currency, but a
    // receipt must not add up amounts it should not.
    let first = &case.payments[0].amount.currency;
    if case.payments.iter().all(|p| &p.amount.currency == first) {
        let total = case
            .payments
            .iter()
            .try_fold(Money::zero(first.clone()), |sum, p| {
                sum.checked_add(&p.amount)
            });
        if let Ok(total) = total {
            rows.push(["".into(), w.hand_total_received(), w.money(&total)]);
        }
    }
    doc.table(&table, &rows)?;
    doc.page().advance(3.0);
    Ok(())
}

/// Who collected the device, whether their ID was checked, and when.
fn collection(
    w: Words,
    doc: &mut Document,
    collected_by: &str,
    id_checked: bool,
    at: DateTime<Utc>,
) {
    let name = match collected_by.trim() {
        "" => "________________________________".to_string(),
        name => name.to_string(),
    };
    let id = if id_checked {
        w.hand_id_checked()
    } else {
        w.hand_id_not_checked()
    };
    heading(doc, &w.hand_collected_heading(), 0.0);
    columns(
        doc,
        &[
            &[(w.hand_caption_name(), name, Font::bold(11.0))],
            &[(w.hand_caption_id(), id, BODY_BOLD)],
            &[(w.hand_caption_handed_back(), stamp(w, at), BODY)],
        ],
    );
    let page = doc.page();
    let (left, width, y) = (page.left(), page.content_width(), page.cursor() + 1.0);
    let used = page.paragraph(left, y, width, BODY, &w.hand_signing());
    page.set_cursor(y + used + 2.0);
}
