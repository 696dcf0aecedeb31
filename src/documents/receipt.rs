//! The intake receipt (docs/rules.md §7): what the customer takes home when the device is
//! handed over at the desk, and what goes back with a parcel once it is opened.
//!
//! It carries the case number as text, as a Code 128 barcode and as a QR code; the
//! customer and the device; what was handed over (accessories, 3.5; condition; password
//! status, 3.2 — never the password itself); the fault as described; the warranty
//! decision with every reason and its clause; the acknowledgements (3.1, 3.2, 3.3, 2.5);
//! for a parcel without an application the 4.3 notice; and signature lines.

use chrono::{DateTime, Utc};

use crate::domain::case::{Arrival, Case, PasswordStatus};
use crate::domain::settings::Settings;
use crate::domain::warranty::{PurchaseChannel, same_identifier};

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
/// `Handover::password_note` is never printed (3.2, 3.7).
pub fn receipt(
    case: &Case,
    settings: &Settings,
    printed_at: DateTime<Utc>,
) -> Result<Vec<u8>, PrintError> {
    let mut doc = common::sheet(
        "Intake receipt",
        &case.number,
        &settings.center,
        settings.paper,
        printed_at,
    );
    case_block(&mut doc, case, printed_at)?;
    body(&mut doc, case, settings);
    Ok(doc.to_pdf()?)
}

/// The intake receipt of `case` on a thermal receipt roll (80 or 58 mm): the same facts,
/// decision, acknowledgements and signature lines as on the sheet, one column, the case
/// number's Code 128 across the roll.
pub fn receipt_on_roll(
    case: &Case,
    settings: &Settings,
    roll: Roll,
    printed_at: DateTime<Utc>,
) -> Result<Vec<u8>, PrintError> {
    let mut lines = vec![format!(
        "Received {}, {}",
        long_date(received_on(case, printed_at)),
        how_received(case)
    )];
    if let (Arrival::MailIn, Some(applied)) = (case.arrival, case.applied_on) {
        lines.push(format!("Application accepted {}", long_date(applied)));
    }
    roll::roll_pdf("Intake receipt", roll, printed_at, |doc| {
        let title = "Intake receipt";
        roll::head(
            doc,
            &settings.center,
            title,
            &case.number,
            &lines,
            printed_at,
        )?;
        body(doc, case, settings);
        roll::foot(doc, title, &case.number);
        Ok(())
    })
}

/// Everything under the case block, the same on a sheet and on a roll.
fn body(doc: &mut Document, case: &Case, settings: &Settings) {
    people_and_device(doc, case);
    handed_over(doc, case);
    heading(doc, "FAULT AS DESCRIBED BY THE CUSTOMER", 10.0);
    common::boxed_text(doc, BODY, &case.fault);
    doc.page().advance(3.0);
    if case.unsolicited {
        unsolicited_notice(doc);
    }
    common::decision_block(doc, case.decision.as_ref().map(|d| &d.decision));
    doc.page().advance(2.0);
    acknowledgements(doc, case);
    let customer = if case.customer.name.trim().is_empty() {
        "Customer".to_string()
    } else {
        format!("Customer: {}", case.customer.name.trim())
    };
    let staff = format!("For {}", settings.center.name.trim());
    common::signatures(doc, &customer, &staff);
}

/// The day the device was received (or the day printed, if not received yet).
fn received_on(case: &Case, printed_at: DateTime<Utc>) -> chrono::NaiveDate {
    case.received_on.unwrap_or_else(|| printed_at.date_naive())
}

/// How the device came in, as the receipt says it.
fn how_received(case: &Case) -> &'static str {
    match (case.arrival, case.unsolicited) {
        (Arrival::WalkIn, _) => "brought to the desk",
        (Arrival::MailIn, false) => "parcel on an online application",
        (Arrival::MailIn, true) => "parcel without an application (4.3)",
    }
}

/// The case number, big, with the date and how the device came in, and both barcodes on
/// the right.
fn case_block(
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
    let text_w = common::case_number_heading(page, &code, number, left, code_x, y);
    let line = format!(
        "Received {}, {}",
        long_date(received_on(case, printed_at)),
        how_received(case)
    );
    let date_y = y + 4.2 + CASE_NUMBER_FONT.line_height() + 0.8;
    page.text_in(left, date_y, text_w, Align::Left, BODY, &line);
    if let (Arrival::MailIn, Some(applied)) = (case.arrival, case.applied_on) {
        let applied = format!("Application accepted {}", long_date(applied));
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

fn channel_words(channel: PurchaseChannel) -> &'static str {
    match channel {
        PurchaseChannel::Authorized => "Authorized seller",
        PurchaseChannel::Unauthorized => "Not a formal channel (1.2)",
        PurchaseChannel::Unknown => "Not known yet (1.2)",
    }
}

/// Customer and device side by side, each a list of captioned fields (3.3).
fn people_and_device(doc: &mut Document, case: &Case) {
    let c = &case.customer;
    let mut customer = vec![
        ("CUSTOMER", c.name.clone(), Font::bold(11.0)),
        ("PHONE", c.phone.clone(), BODY),
    ];
    if let Some(email) = c.email.as_deref().filter(|e| !e.trim().is_empty()) {
        customer.push(("E-MAIL", email.to_string(), BODY));
    }
    let mut address = vec![("ADDRESS", c.address.clone(), BODY)];
    if let Some(ret) = c.return_address.as_deref().filter(|a| !a.trim().is_empty()) {
        address.push(("RETURN ADDRESS", ret.to_string(), BODY));
    }

    let d = &case.device;
    let mut device = vec![
        ("MODEL", d.model.clone(), Font::bold(11.0)),
        ("SERIAL NUMBER", d.serial.clone(), Font::bold(10.0)),
    ];
    // The device received is the product (2.4): its serial is the serial; the one the
    // application gave, when it differed, is kept beside it under its own name.
    if let Some(applied) = case
        .applied_serial
        .as_deref()
        .map(str::trim)
        .filter(|a| !a.is_empty() && !same_identifier(a, &d.serial))
    {
        device.push(("SERIAL GIVEN IN THE APPLICATION", applied.to_string(), BODY));
    }
    device.extend([(
        "BOUGHT THROUGH (1.2)",
        channel_words(case.proof.channel).to_string(),
        BODY,
    )]);
    let invoice = match &case.proof.invoice {
        None => "None presented".to_string(),
        Some(inv) => match inv.date {
            Some(date) => format!("Presented, dated {}", long_date(date)),
            None => "Presented, without a date".to_string(),
        },
    };
    device.push(("INVOICE (2.4)", invoice, BODY));
    if let Some(months) = case.proof.contract_months {
        device.push((
            "SERVICE CONTRACT (4.4)",
            format!("{months} months of cover"),
            BODY,
        ));
    }

    heading(doc, "CUSTOMER AND DEVICE", 0.0);
    columns(doc, &[&customer, &address, &device]);
}

/// What changed hands: accessories (3.5), visible condition, password status (3.2).
fn handed_over(doc: &mut Document, case: &Case) {
    let h = &case.handover;
    let accessories = if h.accessories.iter().all(|a| a.trim().is_empty()) {
        "None: the device only".to_string()
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
        "No visible damage noted".to_string()
    } else {
        h.condition.trim().to_string()
    };
    heading(doc, "HANDED OVER", 0.0);
    columns(
        doc,
        &[
            &[("ACCESSORIES RECEIVED (3.5)", accessories, BODY)],
            &[("CONDITION ON RECEIPT", condition, BODY)],
            &[(
                "DEVICE PASSWORD (3.2)",
                password_words(h.password).to_string(),
                BODY,
            )],
        ],
    );
}

/// The password status in words. The password itself is never printed (3.2, 3.7).
fn password_words(status: PasswordStatus) -> &'static str {
    match status {
        PasswordStatus::Cleared => "Cleared by the customer",
        PasswordStatus::ToldToInspector => "Told to the inspector (never printed)",
        PasswordStatus::CouldNotClear => "Could not be cleared (the customer told us)",
    }
}

/// 4.3: a parcel sent without an open application.
fn unsolicited_notice(doc: &mut Document) {
    let text = "This device was sent without an open repair application (4.3). The service \
                center takes no responsibility for any loss or risk this causes you. A new \
                repair application is needed before the repair can go ahead.";
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
fn acknowledgements(doc: &mut Document, case: &Case) {
    let h = &case.handover;
    let password = match h.password {
        PasswordStatus::Cleared => {
            "I have cleared the power-on password and other protection \
                                    passwords, so the fault can be checked and repaired."
        }
        PasswordStatus::ToldToInspector => {
            "I could not remove the password and have told it \
                                            to the service center, as the agreement asks."
        }
        PasswordStatus::CouldNotClear => {
            "I could not clear the password and have told the \
                                          service center; testing may be limited without it."
        }
    };
    let parts = if case.keep_parts {
        "I asked, when applying, to keep replaced faulty parts. For a paid repair they come \
         back in the same package as the device; after a free repair they belong to the \
         manufacturer."
    } else {
        "I did not ask to keep replaced faulty parts: parts or units replaced in the repair \
         belong to the manufacturer and are not sent back."
    };
    let list = [
        Item {
            tick: Some(h.backup_acknowledged),
            clause: "3.1",
            text: "My data, information and software are backed up. The service center is \
                   not responsible for data lost during testing and repair.",
        },
        Item {
            tick: Some(true),
            clause: "3.2",
            text: password,
        },
        Item {
            tick: Some(h.accuracy_confirmed),
            clause: "3.3",
            text: "The details on this receipt (name, phone, address, model, serial number) \
                   are accurate. The center is not responsible for the consequences of wrong \
                   details.",
        },
        Item {
            tick: Some(true),
            clause: "2.5",
            text: parts,
        },
    ];
    heading(doc, "THE CUSTOMER CONFIRMS", 12.0);
    items(doc, &list, Font::regular(8.5));
}
