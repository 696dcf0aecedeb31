//! The device sticker: a small label for the device or its bag, so a device on the shelf
//! is matched to its case at a glance and by scanner. The case number as text and as
//! Code 128, the customer's surname and the day the device came in — nothing more of
//! the customer's (3.7): the sticker is seen by everyone who handles the device.
//!
//! About 57 × 32 mm by default (a common direct-thermal label), its size a setting
//! ([`StickerSize`]); everything on it is fitted to that size, never let out.

use chrono::{DateTime, Datelike, Utc};

use crate::domain::case::Case;
use crate::domain::settings::{Settings, StickerSize};

use super::barcode::{Code128, DOT_203DPI_MM, snap_to_dots};
use super::common::{GREY_TEXT, PrintError};
use super::fonts::Weight;
use super::layout::{Document, Font, Margins, PageSize};
use super::text::{self, Align};
use crate::i18n::{Language, Words};

/// The label printer's unprintable edge on die-cut labels.
const MARGIN_MM: f32 = 2.0;

/// The device sticker of `case`, at the center's sticker size, as PDF bytes, in the
/// customer's language.
pub fn sticker(
    case: &Case,
    settings: &Settings,
    printed_at: DateTime<Utc>,
) -> Result<Vec<u8>, PrintError> {
    sticker_in(case, settings, case.customer.language.words(), printed_at)
}

/// [`sticker`] in the language of `w`.
pub fn sticker_in(
    case: &Case,
    settings: &Settings,
    w: Words,
    printed_at: DateTime<Utc>,
) -> Result<Vec<u8>, PrintError> {
    let StickerSize {
        width_mm,
        height_mm,
    } = settings.sticker;
    let size = PageSize::new(width_mm as f32, height_mm as f32);
    let mut doc = Document::new(
        w.sticker_title(case.number.as_str()),
        size,
        Margins::uniform(MARGIN_MM),
    );
    doc.set_created(printed_at.timestamp());
    let page = doc.page();
    let (left, width, top, bottom) = (page.left(), page.content_width(), page.top(), page.bottom());
    let number = case.number.as_str();

    // The number on top, as large as the width allows.
    let big = Font::bold(text::size_to_fit(number, width, 13.0, 7.0, Weight::Bold));
    page.text_in(left, top, width, Align::Centre, big, number);
    let mut y = top + big.line_height() + 0.5;

    // Surname and date in share the last line; the bars take what is left between.
    let name_font = Font::bold(9.0);
    // Chinese is set at 9 pt at least: smaller, a 203-dpi printer loses its strokes.
    let date_size = if w.language() == Language::Chinese {
        9.0
    } else {
        7.5
    };
    let date_font = Font::regular(date_size).with_colour(GREY_TEXT);
    let foot = name_font.line_height();
    let bars = (bottom - foot - 0.8 - y).clamp(5.0, 14.0);
    let code = Code128::new(number)?;
    // Two printer dots a module where they fit, one where the sticker is too narrow.
    let module = code
        .module_to_fit(width, DOT_203DPI_MM)
        .unwrap_or(DOT_203DPI_MM)
        .min(2.0 * DOT_203DPI_MM);
    let code_x = snap_to_dots(left + (width - code.width(module)) / 2.0, DOT_203DPI_MM);
    code.draw(page, code_x.max(0.0), y, module, bars);
    y += bars + 0.8;

    let day = case.received_on.unwrap_or_else(|| printed_at.date_naive());
    let received = w.sticker_in(
        day.day(),
        day.month(),
        day.format("%b").to_string(),
        day.year().to_string(),
    );
    let date_w = date_font.width(&received);
    page.text_right(left + width, y + 0.5, date_font, &received);
    let surname = surname(&case.customer.name);
    let name_w = (width - date_w - 2.0).max(0.0);
    let name_font = Font::bold(text::size_to_fit(&surname, name_w, 9.0, 6.5, Weight::Bold));
    page.text_in(left, y, name_w, Align::Left, name_font, &surname);
    Ok(doc.to_pdf()?)
}

/// The customer's surname as a shelf sticker shows it: the part before a comma
/// ("Kowalski, Jan"), else the last word ("Zoë Łukasiewicz-Müller" → "Łukasiewicz-Müller").
pub fn surname(name: &str) -> String {
    let name = name.trim();
    match name.split_once(',') {
        Some((before, _)) if !before.trim().is_empty() => before.trim().to_string(),
        _ => name.split_whitespace().last().unwrap_or("").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::surname;

    #[test]
    fn the_surname_is_the_last_word_or_what_comes_before_a_comma() {
        assert_eq!(surname("Zoë Łukasiewicz-Müller"), "Łukasiewicz-Müller");
        assert_eq!(surname("Kowalski, Jan"), "Kowalski");
        assert_eq!(surname("  Cher "), "Cher");
        assert_eq!(surname(""), "");
    }
}
