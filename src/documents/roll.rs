//! Thermal receipt rolls (80 mm and 58 mm): the intake receipt and the handover receipt
//! as one narrow, long page, for the receipt printer at the counter.
//!
//! The same facts, clauses and signature lines as the sheets — the sheets' own blocks
//! draw them, and fall back to one column on a page this narrow — under a head made for
//! the roll: the center, the title, the case number large and as Code 128 across the
//! roll. The page is exactly as long as what is on it: the receipt is drawn once on a
//! very long page to measure it, then again on a page of that length, so the printer
//! cuts right below the last line.

use chrono::{DateTime, Utc};

use crate::domain::case::CaseNumber;
use crate::domain::settings::{Center, Form};

use super::barcode::{Code128, DOT_203DPI_MM, snap_to_dots};
use super::common::{BODY, CAPTION, GREY_TEXT, PrintError, address_lines, contact_line, stamp};
use super::fonts::Weight;
use super::layout::{Colour, Document, Font, Margins, PageSize};
use super::text::{self, Align};
use crate::i18n::Words;

/// A receipt roll's width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Roll {
    /// 80 mm paper (226.8 pt), 72 mm printed: 576 dots at 203 dpi.
    Mm80,
    /// 58 mm paper, 48 mm printed: 384 dots at 203 dpi.
    Mm58,
}

impl Roll {
    /// The roll a form asks for, if it is one.
    pub fn of(form: Form) -> Option<Roll> {
        match form {
            Form::Roll80 => Some(Roll::Mm80),
            Form::Roll58 => Some(Roll::Mm58),
            _ => None,
        }
    }

    /// The paper's width in millimetres.
    pub fn width(self) -> f32 {
        match self {
            Roll::Mm80 => 80.0,
            Roll::Mm58 => 58.0,
        }
    }

    /// The paper's edges the print head does not reach, left and right; a little paper
    /// at the top and room at the bottom for the tear-off bar.
    pub fn margins(self) -> Margins {
        let side = (self.width() - self.printed_width()) / 2.0;
        Margins::new(3.0, side, 8.0, side)
    }

    /// The print head's width.
    pub fn printed_width(self) -> f32 {
        match self {
            Roll::Mm80 => 72.0,
            Roll::Mm58 => 48.0,
        }
    }
}

/// The longest roll receipt drawn, in millimetres (a little under PDF's 200 in page
/// limit): far more than any case needs.
const MAX_LENGTH_MM: f32 = 5000.0;

/// A roll document made by `draw`, on one page exactly as long as what `draw` puts on it.
pub(crate) fn roll_pdf(
    title: &str,
    roll: Roll,
    printed_at: DateTime<Utc>,
    draw: impl Fn(&mut Document) -> Result<(), PrintError>,
) -> Result<Vec<u8>, PrintError> {
    let margins = roll.margins();
    let mut probe = Document::new(title, PageSize::new(roll.width(), MAX_LENGTH_MM), margins);
    draw(&mut probe)?;
    let length = (probe.page().cursor() + margins.bottom).ceil();
    let mut doc = Document::new(title, PageSize::new(roll.width(), length), margins);
    doc.set_created(printed_at.timestamp());
    draw(&mut doc)?;
    Ok(doc.to_pdf()?)
}

/// The head of a roll receipt: the center's name and details centred, the document's
/// title, the case number large and as Code 128 across the roll, then `lines` (the
/// dates) and when it was printed.
pub(crate) fn head(
    w: Words,
    doc: &mut Document,
    center: &Center,
    title: &str,
    number: &CaseNumber,
    lines: &[String],
    printed_at: DateTime<Utc>,
) -> Result<(), PrintError> {
    let page = doc.page();
    let (left, right, width) = (page.left(), page.right(), page.content_width());
    let mut y = page.cursor();

    let name = center.name.trim();
    let size = text::size_to_fit(name, width, 13.0, 9.0, Weight::Bold);
    let name_font = Font::bold(size);
    y += page.paragraph_in(
        left,
        y,
        width,
        3.0 * name_font.line_height(),
        Align::Centre,
        name_font,
        name,
    );
    let detail = Font::regular(7.5).with_colour(Colour::grey(0.2));
    let mut details = address_lines(&center.address);
    details.push(contact_line(w, center));
    for line in details.iter().filter(|l| !l.is_empty()) {
        y += page.paragraph_in(left, y, width, f32::INFINITY, Align::Centre, detail, line);
    }
    y += 1.5;
    page.line(left, y, right, y, 1.2, Colour::BLACK);
    y += 1.5;

    let title_font = Font::bold(text::size_to_fit(title, width, 12.0, 8.0, Weight::Bold));
    page.text_in(left, y, width, Align::Centre, title_font, title);
    y += title_font.line_height() + 1.5;

    // The case number as the customer reads it, and as the desk's scanner does: whole
    // printer dots per module, at least two (a one-dot bar is at the mercy of the head).
    let number = number.as_str();
    page.text_in(left, y, width, Align::Centre, CAPTION, &w.doc_case_number());
    y += CAPTION.line_height();
    let big = Font::bold(text::size_to_fit(number, width, 20.0, 10.0, Weight::Bold));
    page.text_in(left, y, width, Align::Centre, big, number);
    y += big.line_height() + 1.0;
    let code = Code128::new(number)?;
    let module = code
        .module_to_fit(width, DOT_203DPI_MM)
        .unwrap_or(DOT_203DPI_MM)
        .min(3.0 * DOT_203DPI_MM);
    let bars = 11.0;
    let code_x = snap_to_dots(left + (width - code.width(module)) / 2.0, DOT_203DPI_MM).max(left);
    code.draw(page, code_x, y, module, bars);
    y += bars + 2.0;

    for (i, line) in lines.iter().enumerate() {
        let font = if i == 0 {
            BODY
        } else {
            Font::regular(8.0).with_colour(GREY_TEXT)
        };
        y += page.paragraph_in(left, y, width, f32::INFINITY, Align::Centre, font, line);
    }
    let printed = w.doc_printed(stamp(w, printed_at));
    let small = Font::regular(7.0).with_colour(GREY_TEXT);
    page.text_in(left, y, width, Align::Centre, small, &printed);
    y += small.line_height() + 3.0;
    page.set_cursor(y);
    Ok(())
}

/// The foot of a roll receipt: the document and the case once more, so a torn-off
/// receipt still says what it is.
pub(crate) fn foot(doc: &mut Document, title: &str, number: &CaseNumber) {
    let page = doc.page();
    let (left, right, width) = (page.left(), page.right(), page.content_width());
    let y = page.cursor() + 2.0;
    page.line(left, y, right, y, 0.6, Colour::grey(0.4));
    let font = Font::regular(7.0).with_colour(GREY_TEXT);
    let words = format!("{title} {number}");
    page.text_in(left, y + 1.0, width, Align::Centre, font, &words);
    page.set_cursor(y + 1.0 + font.line_height());
}
