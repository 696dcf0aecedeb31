//! The intake receipt (docs/rules.md §7): what the customer takes home when the device is
//! handed over at the desk, and what goes back with a parcel once it is opened.
//!
//! It carries the case number as text, as a Code 128 barcode and as a QR code; the
//! customer and the device; what was handed over (accessories, 3.5; condition; password
//! status, 3.2 — never the password itself); the fault as described; the warranty
//! decision with every reason and its clause; the acknowledgements (3.1, 3.2, 3.3, 2.5);
//! for a parcel without an application the 4.3 notice; and signature lines.

use chrono::{DateTime, Utc};

use crate::domain::case::{Arrival, Case, DocumentKind, PasswordStatus};
use crate::domain::settings::Settings;
use crate::domain::warranty::{PurchaseChannel, same_identifier};
use crate::i18n::Words;

use super::barcode::{Code128, DOT_203DPI_MM, Qr, snap_to_dots};
use super::common::{
    self, BODY, BODY_BOLD, CASE_CODE_BAR_H, CASE_CODE_MODULE, CASE_NUMBER_FONT, GREY_TEXT, Item,
    PrintError, columns, heading, items, long_date,
};
use super::layout::{Colour, Document, Font, Paint};
use super::roll::{self, Roll};
use super::text::Align;

/// The intake receipt of `case` on the center's paper (`settings.paper`), as PDF bytes.
///
/// `printed_at` is stamped in the footer and the PDF's properties; the receipt's date is
/// the day the device was received (or the day printed, if not received yet).
/// `Handover::password_note` is never printed (3.2, 3.7). In the customer's language.
pub fn receipt(
    case: &Case,
    settings: &Settings,
    printed_at: DateTime<Utc>,
) -> Result<Vec<u8>, PrintError> {
    receipt_in(case, settings, case.customer.language.words(), printed_at)
}

/// [`receipt`] in the language of `w`.
pub fn receipt_in(
    case: &Case,
    settings: &Settings,
    w: Words,
    printed_at: DateTime<Utc>,
) -> Result<Vec<u8>, PrintError> {
    let mut doc = common::sheet(
        w,
        &w.document_kind(DocumentKind::Receipt),
        &case.number,
        &settings.center,
        settings.paper,
        printed_at,
    );
    case_block(w, &mut doc, case, printed_at)?;
    body(w, &mut doc, case, settings);
    Ok(doc.to_pdf()?)
}

/// The intake receipt of `case` on a thermal receipt roll (80 or 58 mm): the same facts,
/// decision, acknowledgements and signature lines as on the sheet, one column, the case
/// number's Code 128 across the roll. In the customer's language.
pub fn receipt_on_roll(
    case: &Case,
    settings: &Settings,
    roll: Roll,
    printed_at: DateTime<Utc>,
) -> Result<Vec<u8>, PrintError> {
    receipt_on_roll_in(
        case,
        settings,
        roll,
        case.customer.language.words(),
        printed_at,
    )
}

/// [`receipt_on_roll`] in the language of `w`.
pub fn receipt_on_roll_in(
    case: &Case,
    settings: &Settings,
    roll: Roll,
    w: Words,
    printed_at: DateTime<Utc>,
) -> Result<Vec<u8>, PrintError> {
    let mut lines = vec![w.receipt_received(
        long_date(w, received_on(case, printed_at)),
        how_received(w, case),
    )];
    if let (Arrival::MailIn, Some(applied)) = (case.arrival, case.applied_on) {
        lines.push(w.receipt_application_accepted(long_date(w, applied)));
    }
    let title = &w.document_kind(DocumentKind::Receipt);
    roll::roll_pdf(title, roll, printed_at, |doc| {
        roll::head(
            w,
            doc,
            &settings.center,
            &w.receipt_roll_title(),
            &case.number,
            &lines,
            printed_at,
        )?;
        body(w, doc, case, settings);
        roll::foot(doc, title, &case.number);
        Ok(())
    })
}

/// Everything under the case block, the same on a sheet and on a roll.
fn body(w: Words, doc: &mut Document, case: &Case, settings: &Settings) {
    people_and_device(w, doc, case);
    handed_over(w, doc, case);
    heading(doc, &w.receipt_fault_heading(), 10.0);
    common::boxed_text(w, doc, BODY, &case.fault);
    doc.page().advance(3.0);
    if case.unsolicited {
        unsolicited_notice(w, doc);
    }
    common::decision_block(w, doc, case.decision.as_ref().map(|d| &d.decision));
    doc.page().advance(2.0);
    acknowledgements(w, doc, case);
    let customer = if case.customer.name.trim().is_empty() {
        w.doc_customer()
    } else {
        w.doc_customer_named(case.customer.name.trim())
    };
    let staff = w.doc_for_center(settings.center.name.trim());
    common::signatures(w, doc, &customer, &staff);
}

/// The day the device was received (or the day printed, if not received yet).
fn received_on(case: &Case, printed_at: DateTime<Utc>) -> chrono::NaiveDate {
    case.received_on.unwrap_or_else(|| printed_at.date_naive())
}

/// How the device came in, as the receipt says it.
fn how_received(w: Words, case: &Case) -> String {
    match (case.arrival, case.unsolicited) {
        (Arrival::WalkIn, _) => w.receipt_how_walk_in(),
        (Arrival::MailIn, false) => w.receipt_how_mail_in(),
        (Arrival::MailIn, true) => w.receipt_how_unsolicited(),
    }
}

/// The case number, big, with the date and how the device came in, and both barcodes on
/// the right.
fn case_block(
    w: Words,
    doc: &mut Document,
    case: &Case,
    printed_at: DateTime<Utc>,
) -> Result<(), PrintError> {
    let number = case.number.as_str();
    let code = Code128::new(number)?;
    let qr = Qr::new(number)?;
    let qr_module = 0.6;
    let block_h = qr.width(qr_module).max(CASE_CODE_BAR_H + 5.0);

    let page = doc.ensure_space(block_h + 5.0);
    let (left, right, y) = (page.left(), page.right(), page.cursor());

    let qr_x = right - qr.width(qr_module);
    qr.draw(page, qr_x, y, qr_module);
    let code_x = snap_to_dots(qr_x - 3.0 - code.width(CASE_CODE_MODULE), DOT_203DPI_MM);
    let text_w = common::case_number_heading(w, page, &code, number, left, code_x, y);
    let line = w.receipt_received(
        long_date(w, received_on(case, printed_at)),
        how_received(w, case),
    );
    let date_y = y + 4.2 + CASE_NUMBER_FONT.line_height() + 0.8;
    page.text_in(left, date_y, text_w, Align::Left, BODY, &line);
    if let (Arrival::MailIn, Some(applied)) = (case.arrival, case.applied_on) {
        let applied = w.receipt_application_accepted(long_date(w, applied));
        let font = Font::regular(8.5).with_colour(GREY_TEXT);
        page.text_in(
            left,
            date_y + BODY.line_height(),
            text_w,
            Align::Left,
            font,
            &applied,
        );
    }
    page.set_cursor(y + block_h + 5.0);
    Ok(())
}

fn channel_words(w: Words, channel: PurchaseChannel) -> String {
    match channel {
        PurchaseChannel::Authorized => w.receipt_channel_authorized(),
        PurchaseChannel::Unauthorized => w.receipt_channel_unauthorized(),
        PurchaseChannel::Unknown => w.receipt_channel_unknown(),
    }
}

/// Customer and device side by side, each a list of captioned fields (3.3).
fn people_and_device(w: Words, doc: &mut Document, case: &Case) {
    let c = &case.customer;
    let mut customer = vec![
        (w.doc_caption_customer(), c.name.clone(), Font::bold(11.0)),
        (w.doc_caption_phone(), c.phone.clone(), BODY),
    ];
    if let Some(email) = c.email.as_deref().filter(|e| !e.trim().is_empty()) {
        customer.push((w.doc_caption_email(), email.to_string(), BODY));
    }
    let mut address = vec![(w.doc_caption_address(), c.address.clone(), BODY)];
    if let Some(ret) = c.return_address.as_deref().filter(|a| !a.trim().is_empty()) {
        address.push((w.doc_caption_return_address(), ret.to_string(), BODY));
    }

    let d = &case.device;
    let mut device = vec![
        (w.doc_caption_model(), d.model.clone(), Font::bold(11.0)),
        (w.doc_caption_serial(), d.serial.clone(), Font::bold(10.0)),
    ];
    // The device received is the product (2.4): its serial is the serial; the one the
    // application gave, when it differed, is kept beside it under its own name.
    if let Some(applied) = case
        .applied_serial
        .as_deref()
        .map(str::trim)
        .filter(|a| !a.is_empty() && !same_identifier(a, &d.serial))
    {
        device.push((
            w.receipt_caption_applied_serial(),
            applied.to_string(),
            BODY,
        ));
    }
    device.push((
        w.receipt_caption_bought_through(),
        channel_words(w, case.proof.channel),
        BODY,
    ));
    let invoice = match &case.proof.invoice {
        None => w.receipt_invoice_none(),
        Some(inv) => match inv.date {
            Some(date) => w.receipt_invoice_dated(long_date(w, date)),
            None => w.receipt_invoice_undated(),
        },
    };
    device.push((w.doc_caption_invoice(), invoice, BODY));
    if let Some(months) = case.proof.contract_months {
        device.push((
            w.receipt_caption_contract(),
            w.receipt_contract_months(months),
            BODY,
        ));
    }

    heading(doc, &w.doc_customer_and_device(), 0.0);
    columns(doc, &[&customer, &address, &device]);
}

/// What changed hands: accessories (3.5), visible condition, password status (3.2).
fn handed_over(w: Words, doc: &mut Document, case: &Case) {
    let h = &case.handover;
    let accessories = if h.accessories.iter().all(|a| a.trim().is_empty()) {
        w.receipt_no_accessories()
    } else {
        h.accessories
            .iter()
            .map(|a| a.trim())
            .filter(|a| !a.is_empty())
            .map(|a| format!("• {a}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let condition = if h.condition.trim().is_empty() {
        w.receipt_no_damage()
    } else {
        h.condition.trim().to_string()
    };
    heading(doc, &w.receipt_handed_over(), 0.0);
    columns(
        doc,
        &[
            &[(w.receipt_caption_accessories(), accessories, BODY)],
            &[(w.receipt_caption_condition(), condition, BODY)],
            &[(
                w.receipt_caption_password(),
                password_words(w, h.password),
                BODY,
            )],
        ],
    );
}

/// The password status in words. The password itself is never printed (3.2, 3.7).
fn password_words(w: Words, status: PasswordStatus) -> String {
    match status {
        PasswordStatus::Cleared => w.receipt_password_cleared(),
        PasswordStatus::ToldToInspector => w.receipt_password_told(),
        PasswordStatus::CouldNotClear => w.receipt_password_could_not_clear(),
    }
}

/// 4.3: a parcel sent without an open application.
fn unsolicited_notice(w: Words, doc: &mut Document) {
    let text = &w.receipt_unsolicited();
    let font = BODY_BOLD;
    let page = doc.page();
    let inner = page.content_width() - 8.0;
    let h = common::wrapped_height(text, inner, font) + 5.0;
    let page = doc.ensure_space(h + 3.0);
    let (left, width, y) = (page.left(), page.content_width(), page.cursor());
    page.rect(
        left,
        y,
        width,
        h,
        Paint::FillAndStroke {
            fill: common::LIGHT_FILL,
            stroke: Colour::BLACK,
            width_pt: 1.4,
        },
    );
    page.paragraph(left + 4.0, y + 2.5, inner, font, text);
    page.set_cursor(y + h + 3.0);
}

/// 3.1 backup, 3.2 password, 3.3 accuracy, 2.5 keep-parts choice. Items the customer has
/// not confirmed print with an empty box, to tick by hand before signing.
fn acknowledgements(w: Words, doc: &mut Document, case: &Case) {
    let h = &case.handover;
    let password = match h.password {
        PasswordStatus::Cleared => w.receipt_confirm_password_cleared(),
        PasswordStatus::ToldToInspector => w.receipt_confirm_password_told(),
        PasswordStatus::CouldNotClear => w.receipt_confirm_password_could_not_clear(),
    };
    let parts = if case.keep_parts {
        w.receipt_confirm_keep_parts()
    } else {
        w.receipt_confirm_no_parts()
    };
    let (backup, accuracy) = (w.receipt_confirm_backup(), w.receipt_confirm_accuracy());
    let list = [
        Item {
            tick: Some(h.backup_acknowledged),
            clause: "3.1",
            text: &backup,
        },
        Item {
            tick: Some(true),
            clause: "3.2",
            text: &password,
        },
        Item {
            tick: Some(h.accuracy_confirmed),
            clause: "3.3",
            text: &accuracy,
        },
        Item {
            tick: Some(true),
            clause: "2.5",
            text: &parts,
        },
    ];
    heading(doc, &w.receipt_confirms_heading(), 12.0);
    items(doc, &list, Font::regular(8.5));
}
