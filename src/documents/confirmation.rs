//! The application confirmation (docs/rules.md §7): what a mail-in customer needs to send the
//! device — where to, by when, and how to pack it.
//!
//! The case number as text and as a Code 128 barcode (to write on the parcel and to scan
//! at the door), the center's address, the ship-by date (application + 3 days) and the
//! closing date (application + 15 days, both 4.2), what goes in the box and what does not
//! (3.4, 3.5), "freight prepaid, no cash on delivery" (2.1), and the reminders to back up
//! data (3.1) and clear passwords (3.2).

use chrono::{DateTime, Utc};

use crate::domain::case::{Arrival, Case};
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

/// The confirmation of `case`'s online application on the center's paper, as PDF bytes.
///
/// Fails with [`PrintError::NotAnApplication`] for a walk-in case or one without an
/// application date: the 4.2 dates count from that day.
pub fn confirmation(
    case: &Case,
    settings: &Settings,
    printed_at: DateTime<Utc>,
) -> Result<Vec<u8>, PrintError> {
    let applied = match (case.arrival, case.applied_on) {
        (Arrival::MailIn, Some(day)) => day,
        _ => return Err(PrintError::NotAnApplication(case.number.clone())),
    };
    let center = &settings.center;
    let mut doc = common::sheet(
        "Application confirmation",
        &case.number,
        center,
        settings.paper,
        printed_at,
    );

    // Greeting.
    let name = case.customer.name.trim();
    let greeting = format!(
        "{}your repair application was accepted on {}. Please send the device to us as \
         described below. Keep this page: it has your case number.",
        if name.is_empty() {
            "Dear customer, ".to_string()
        } else {
            format!("Dear {name}, ")
        },
        long_date(applied)
    );
    let page = doc.page();
    let (left, width, y) = (page.left(), page.content_width(), page.cursor());
    let used = page.paragraph(left, y, width, BODY, &greeting);
    page.set_cursor(y + used + 4.0);

    case_number_strip(&mut doc, case)?;
    dates(&mut doc, applied);
    send_to(&mut doc, case, settings);
    in_the_box(&mut doc, case);
    before_sending(&mut doc, case);
    Ok(doc.to_pdf()?)
}

/// The case number large, the barcode beside it, and the instruction to write it on the
/// parcel: how the door knows the parcel belongs to an application (4.3).
fn case_number_strip(doc: &mut Document, case: &Case) -> Result<(), PrintError> {
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
        "YOUR CASE NUMBER",
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
        "Write it clearly on the outside of the parcel.",
    );
    page.set_cursor(y + h + 5.0);
    Ok(())
}

/// 4.2: ship within 3 days; the application closes after 15.
fn dates(doc: &mut Document, applied: chrono::NaiveDate) {
    let page = doc.page();
    let (left, width) = (page.left(), page.content_width());
    let gap = 6.0;
    let col_w = (width - gap) / 2.0;
    let boxes = [
        (
            "PLEASE SEND THE DEVICE BY (4.2)",
            long_date(ship_by(applied)),
            format!("Within {SHIP_WITHIN_DAYS} days of the application."),
        ),
        (
            "APPLICATION CLOSES (4.2)",
            long_date(application_closes(applied)),
            format!(
                "Not arrived by this day ({APPLICATION_OPEN_DAYS} days after the application)? \
                 The application closes; you would need to apply again."
            ),
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
fn send_to(doc: &mut Document, case: &Case, settings: &Settings) {
    let center = &settings.center;
    let mut to = vec![center.name.trim().to_string()];
    to.extend(address_lines(&center.address));
    let to = to.join("\n");
    let back = format!(
        "{}\n{}",
        case.customer.name.trim(),
        case.customer.return_to().trim()
    );
    let device = format!(
        "{}, serial number {}",
        case.device.model.trim(),
        case.device.serial.trim()
    );

    heading(doc, "SEND THE PARCEL TO", 0.0);
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
        let phone = format!("Questions? Call {}", center.phone.trim());
        page.text_in(left, y + used + 1.0, col_w, Align::Left, BODY, &phone);
    }
    let x = left + col_w + gap;
    let used = field_in(
        page,
        x,
        y,
        col_w,
        "WE SEND IT BACK TO (3.3: CHECK IT IS RIGHT)",
        &back,
        BODY,
    );
    field_in(page, x, y + used + 1.6, col_w, "THE DEVICE", &device, BODY);
    page.set_cursor(y + h + 4.0);
}

/// What goes in the box and what does not (3.4, 3.5).
fn in_the_box(doc: &mut Document, case: &Case) {
    let number = case.number.as_str();
    let put_in = [
        "The faulty device only.".to_string(),
        "Its original packaging if you still have it, with enough shock-proof padding \
         (bubble wrap, foam) that it cannot move (3.4)."
            .to_string(),
        format!("A note or a printout of this page with the case number {number}."),
        "If we agreed in advance that you send an accessory: a list of what you put in (3.5)."
            .to_string(),
    ];
    let keep_out = [
        "Chargers, cables, cases, memory cards and other peripherals, unless agreed with us in \
         advance (3.5)."
            .to_string(),
        "Anything loose or unpadded: damage in transport from poor packaging is repaired at \
         your cost (3.4)."
            .to_string(),
        "Cash, or a parcel sent cash on delivery or freight collect: such parcels are refused \
         (2.1)."
            .to_string(),
    ];
    heading(doc, "WHAT TO PUT IN THE BOX — AND WHAT NOT", 0.0);
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
        ("Put in", "✓", &put_in[..]),
        ("Do not put in", "✗", &keep_out[..]),
    ]
    .into_iter()
    .enumerate()
    {
        let x = left + i as f32 * (col_w + gap);
        page.text_in(x, y, col_w, Align::Left, BODY_BOLD, title);
        let mut ty = y + title_h;
        for line in list {
            page.text(x, ty, BODY_BOLD, mark);
            ty += page.paragraph(x + bullet_w, ty, col_w - bullet_w, BODY, line) + 1.2;
        }
    }
    page.set_cursor(y + h + 3.0);
}

/// The reminders, each with its clause (2.1, 3.1, 3.2, 3.6).
fn before_sending(doc: &mut Document, case: &Case) {
    let number = format!(
        "Write the case number {} on the outside of the parcel: it matches the parcel to \
         your application (4.3).",
        case.number
    );
    let list = [
        Item {
            tick: Some(false),
            clause: "3.1",
            text: "Back up your data, information and software. We are not responsible for \
                   data lost during testing and repair.",
        },
        Item {
            tick: Some(false),
            clause: "3.2",
            text: "Remove the power-on password and other protection passwords. If you \
                   cannot, tell us when you apply — do not put a written password in the box.",
        },
        Item {
            tick: Some(false),
            clause: "2.1",
            text: "Send the parcel freight prepaid. We do not accept cash on delivery or \
                   freight collect. We pay the freight to send the device back to you.",
        },
        Item {
            tick: Some(false),
            clause: "4.3",
            text: &number,
        },
        Item {
            tick: Some(false),
            clause: "3.6",
            text: "A parcel that arrives damaged or soaked is refused; you then settle it with \
                   the carrier. Pack well and keep the carrier's receipt.",
        },
    ];
    heading(doc, "BEFORE YOU SEND IT — TICK AS YOU GO", 10.0);
    items(doc, &list, BODY);
}
