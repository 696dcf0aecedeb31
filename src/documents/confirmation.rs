//! The application confirmation (docs/rules.md §7): what a mail-in customer needs to send the
//! device — where to, by when, and how to pack it.
//!
//! The case number as text and as a Code 128 barcode (to write on the parcel and to scan
//! at the door), the center's address, the ship-by date (application + 3 days) and the
//! closing date (application + 15 days, both 4.2), what goes in the box and what does not
//! (3.4, 3.5), "freight prepaid, no cash on delivery" (2.1), and the reminders to back up
//! data (3.1) and clear passwords (3.2).

use chrono::{DateTime, Utc};

use crate::domain::case::{Arrival, Case, DocumentKind};
use crate::domain::lifecycle::{
    APPLICATION_OPEN_DAYS, SHIP_WITHIN_DAYS, application_closes, ship_by,
};
use crate::domain::settings::Settings;

use super::barcode::{Code128, DOT_203DPI_MM, snap_to_dots};
use super::common::{
    self, BODY, BODY_BOLD, CAPTION, Item, LIGHT_FILL, PrintError, address_lines, field_height,
    field_in, heading, items, long_date,
};
use super::layout::{Colour, Document, Font, Paint};
use super::text::Align;
use crate::i18n::Words;

/// The confirmation of `case`'s online application on the center's paper, as PDF bytes.
///
/// Fails with [`PrintError::NotAnApplication`] for a walk-in case or one without an
/// application date: the 4.2 dates count from that day. In the customer's language.
pub fn confirmation(
    case: &Case,
    settings: &Settings,
    printed_at: DateTime<Utc>,
) -> Result<Vec<u8>, PrintError> {
    confirmation_in(case, settings, case.customer.language.words(), printed_at)
}

/// [`confirmation`] in the language of `w`.
pub fn confirmation_in(
    case: &Case,
    settings: &Settings,
    w: Words,
    printed_at: DateTime<Utc>,
) -> Result<Vec<u8>, PrintError> {
    let applied = match (case.arrival, case.applied_on) {
        (Arrival::MailIn, Some(day)) => day,
        _ => return Err(PrintError::NotAnApplication(case.number.clone())),
    };
    let center = &settings.center;
    let mut doc = common::sheet(
        w,
        &w.document_kind(DocumentKind::Confirmation),
        &case.number,
        center,
        settings.paper,
        printed_at,
    );

    // Greeting.
    let name = case.customer.name.trim();
    let greeting = if name.is_empty() {
        w.conf_greeting(long_date(w, applied))
    } else {
        w.conf_greeting_named(name, long_date(w, applied))
    };
    let page = doc.page();
    let (left, width, y) = (page.left(), page.content_width(), page.cursor());
    let used = page.paragraph(left, y, width, BODY, &greeting);
    page.set_cursor(y + used + 4.0);

    case_number_strip(w, &mut doc, case)?;
    dates(w, &mut doc, applied);
    send_to(w, &mut doc, case, settings);
    in_the_box(w, &mut doc, case);
    before_sending(w, &mut doc, case);
    Ok(doc.to_pdf()?)
}

/// The case number large, the barcode beside it, and the instruction to write it on the
/// parcel: how the door knows the parcel belongs to an application (4.3).
fn case_number_strip(w: Words, doc: &mut Document, case: &Case) -> Result<(), PrintError> {
    let number = case.number.as_str();
    let code = Code128::new(number)?;
    let module = 3.0 * DOT_203DPI_MM;
    let bar_h = 15.0;
    let h = bar_h + 9.0;
    let page = doc.ensure_space(h + 4.0);
    let (left, right, width, y) = (
        page.left(),
        page.right(),
        page.content_width(),
        page.cursor(),
    );
    page.rect(
        left,
        y,
        width,
        h,
        Paint::Stroke {
            colour: Colour::BLACK,
            width_pt: 1.6,
        },
    );
    let code_x = snap_to_dots(right - 4.0 - code.width(module), DOT_203DPI_MM);
    code.draw(page, code_x, y + 3.0, module, bar_h);
    let text_x = left + 4.0;
    let text_w = code_x - text_x - 2.0;
    page.text_in(
        text_x,
        y + 3.0,
        text_w,
        Align::Left,
        CAPTION,
        &w.conf_your_case_number(),
    );
    page.text_in(
        text_x,
        y + 6.2,
        text_w,
        Align::Left,
        Font::bold(24.0),
        number,
    );
    page.text_in(
        text_x,
        y + h - 6.5,
        text_w,
        Align::Left,
        Font::bold(9.0),
        &w.conf_write_on_parcel(),
    );
    page.set_cursor(y + h + 5.0);
    Ok(())
}

/// 4.2: ship within 3 days; the application closes after 15.
fn dates(w: Words, doc: &mut Document, applied: chrono::NaiveDate) {
    let page = doc.page();
    let (left, width) = (page.left(), page.content_width());
    let gap = 6.0;
    let col_w = (width - gap) / 2.0;
    let boxes = [
        (
            w.conf_send_by(),
            long_date(w, ship_by(applied)),
            w.conf_send_by_note(SHIP_WITHIN_DAYS),
        ),
        (
            w.conf_closes(),
            long_date(w, application_closes(applied)),
            w.conf_closes_note(APPLICATION_OPEN_DAYS),
        ),
    ];
    let pad = 2.5;
    let inner = col_w - 2.0 * pad;
    let date_font = Font::bold(15.0);
    let note_font = Font::regular(8.5);
    let h = boxes
        .iter()
        .map(|(_, _, note)| {
            CAPTION.line_height()
                + 1.0
                + date_font.line_height()
                + 1.0
                + common::wrapped_height(note, inner, note_font)
        })
        .fold(0.0, f32::max)
        + 2.0 * pad;
    let page = doc.ensure_space(h + 5.0);
    let y = page.cursor();
    for (i, (caption, date, note)) in boxes.iter().enumerate() {
        let x = left + i as f32 * (col_w + gap);
        page.rect(x, y, col_w, h, Paint::Fill(LIGHT_FILL));
        let mut ty = y + pad;
        page.text_in(x + pad, ty, inner, Align::Left, CAPTION, caption);
        ty += CAPTION.line_height() + 1.0;
        page.text_in(x + pad, ty, inner, Align::Left, date_font, date);
        ty += date_font.line_height() + 1.0;
        page.paragraph(x + pad, ty, inner, note_font, note);
    }
    page.set_cursor(y + h + 5.0);
}

/// Where the parcel goes (the center) and where the device comes back to (3.3: check it).
fn send_to(w: Words, doc: &mut Document, case: &Case, settings: &Settings) {
    let center = &settings.center;
    let mut to = vec![center.name.trim().to_string()];
    to.extend(address_lines(&center.address));
    let to = to.join("\n");
    let back = format!(
        "{}\n{}",
        case.customer.name.trim(),
        case.customer.return_to().trim()
    );
    let device = w.conf_device_line(case.device.model.trim(), case.device.serial.trim());

    heading(doc, &w.conf_send_to(), 0.0);
    let page = doc.page();
    let (left, width) = (page.left(), page.content_width());
    let gap = 8.0;
    let col_w = (width - gap) / 2.0;
    let to_font = Font::bold(11.0);
    let h_left = common::wrapped_height(&to, col_w, to_font)
        + if center.phone.trim().is_empty() {
            0.0
        } else {
            BODY.line_height() + 1.0
        };
    let h_right = field_height(col_w, &back, BODY) + 1.6 + field_height(col_w, &device, BODY);
    let h = h_left.max(h_right);
    let page = doc.ensure_space(h + 3.0);
    let y = page.cursor();
    let used = page.paragraph(left, y, col_w, to_font, &to);
    if !center.phone.trim().is_empty() {
        let phone = w.conf_questions(center.phone.trim());
        page.text_in(left, y + used + 1.0, col_w, Align::Left, BODY, &phone);
    }
    let x = left + col_w + gap;
    let used = field_in(page, x, y, col_w, &w.conf_back_to(), &back, BODY);
    let caption = w.conf_the_device();
    field_in(page, x, y + used + 1.6, col_w, &caption, &device, BODY);
    page.set_cursor(y + h + 4.0);
}

/// What goes in the box and what does not (3.4, 3.5).
fn in_the_box(w: Words, doc: &mut Document, case: &Case) {
    let number = case.number.as_str();
    let put_in = [
        w.conf_put_device(),
        w.conf_put_packaging(),
        w.conf_put_note(number),
        w.conf_put_list(),
    ];
    let keep_out = [
        w.conf_out_peripherals(),
        w.conf_out_loose(),
        w.conf_out_cash(),
    ];
    heading(doc, &w.conf_box_heading(), 0.0);
    let page = doc.page();
    let (left, width) = (page.left(), page.content_width());
    let gap = 8.0;
    let col_w = (width - gap) / 2.0;
    let bullet_w = 4.0;
    let list_h = |list: &[String]| -> f32 {
        list.iter()
            .map(|t| common::wrapped_height(t, col_w - bullet_w, BODY) + 1.2)
            .sum::<f32>()
    };
    let title_h = BODY_BOLD.line_height() + 1.0;
    let h = title_h + list_h(&put_in).max(list_h(&keep_out));
    let page = doc.ensure_space(h + 3.0);
    let y = page.cursor();
    for (i, (title, mark, list)) in [
        (w.conf_put_in(), "✓", &put_in[..]),
        (w.conf_keep_out(), "✗", &keep_out[..]),
    ]
    .into_iter()
    .enumerate()
    {
        let x = left + i as f32 * (col_w + gap);
        page.text_in(x, y, col_w, Align::Left, BODY_BOLD, &title);
        let mut ty = y + title_h;
        for line in list {
            page.text(x, ty, BODY_BOLD, mark);
            ty += page.paragraph(x + bullet_w, ty, col_w - bullet_w, BODY, line) + 1.2;
        }
    }
    page.set_cursor(y + h + 3.0);
}

/// The reminders, each with its clause (2.1, 3.1, 3.2, 3.6).
fn before_sending(w: Words, doc: &mut Document, case: &Case) {
    let number = w.conf_write_number(case.number.as_str());
    let (backup, passwords, freight, damaged) = (
        w.conf_backup(),
        w.conf_passwords(),
        w.conf_freight(),
        w.conf_damaged(),
    );
    let list = [
        Item {
            tick: Some(false),
            clause: "3.1",
            text: &backup,
        },
        Item {
            tick: Some(false),
            clause: "3.2",
            text: &passwords,
        },
        Item {
            tick: Some(false),
            clause: "2.1",
            text: &freight,
        },
        Item {
            tick: Some(false),
            clause: "4.3",
            text: &number,
        },
        Item {
            tick: Some(false),
            clause: "3.6",
            text: &damaged,
        },
    ];
    heading(doc, &w.conf_before_heading(), 10.0);
    items(doc, &list, BODY);
}
