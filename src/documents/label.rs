//! The return label (docs/rules.md §7): from the center to the case's return address, with
//! the case number in large type and as a Code 128 barcode, "freight prepaid by the
//! service center" (2.1), the contents, and the tracking number when known.
//!
//! Two forms: a 4×6 in thermal label (exactly 288 × 432 pt) and a sheet of the center's
//! paper with the same label, a little larger, to cut out. Of the customer's data only
//! what the carrier needs is printed — name, phone, address (3.7): never the e-mail, the
//! fault or anything about passwords.

use chrono::{DateTime, Datelike, Utc};

use crate::domain::case::{Case, Handback, ReturnReason};
use crate::domain::repair::{PartsOwner, RepairMethod, replaced_parts_owner};
use crate::domain::settings::{Center, LabelSize, Paper, Settings};

use super::barcode::{Code128, DOT_203DPI_MM, snap_to_dots};
use super::common::{self, GREY_TEXT, PrintError, address_lines};
use super::fonts::{self, Weight};
use super::layout::{Colour, Document, Font, Margins, Page, PageSize, Paint};
use super::text::{self, Align};
use crate::i18n::{Language, Words};

/// Which paper the label is printed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LabelForm {
    /// A 4×6 in (101.6 × 152.4 mm) label for a thermal printer.
    FourBySix,
    /// A sheet of office paper with the label on it, to cut out.
    Sheet(Paper),
}

impl LabelForm {
    /// The center's default form (`Settings.label`, and its paper for a sheet).
    pub fn from_settings(settings: &Settings) -> LabelForm {
        match settings.label {
            LabelSize::FourBySix => LabelForm::FourBySix,
            LabelSize::Sheet => LabelForm::Sheet(settings.paper),
        }
    }
}

/// The label's height in unscaled millimetres (a 4×6 label less its 4 mm margins).
const LABEL_HEIGHT: f32 = 144.4;
/// The label's width in unscaled millimetres.
const LABEL_WIDTH: f32 = 93.6;
/// How much larger the label is drawn on a sheet: easier to read, still fits on Letter.
const SHEET_SCALE: f32 = 1.25;

/// The return label of `case`, as PDF bytes.
///
/// A parcel's label must name its recipient and its sender, as a careful manager would
/// have it: fails with [`PrintError::NoReturnAddress`] when the case has no address at
/// all, and with [`PrintError::NoSender`] when the center's name or address is empty (a
/// parcel the carrier cannot deliver must be able to come back, and 2.1 makes the center
/// the sender who pays). The tracking number is not required: the carrier often gives it
/// only when it takes the parcel, and its own label carries it. `tracking` is printed
/// when given; otherwise the tracking number of a recorded shipment, if any; otherwise
/// the label says to see the carrier's label. A label can be printed at any stage,
/// including at intake. In the customer's language.
pub fn label(
    case: &Case,
    settings: &Settings,
    form: LabelForm,
    tracking: Option<&str>,
    printed_at: DateTime<Utc>,
) -> Result<Vec<u8>, PrintError> {
    let w = case.customer.language.words();
    label_in(case, settings, form, tracking, w, printed_at)
}

/// [`label`] in the language of `w`.
pub fn label_in(
    case: &Case,
    settings: &Settings,
    form: LabelForm,
    tracking: Option<&str>,
    w: Words,
    printed_at: DateTime<Utc>,
) -> Result<Vec<u8>, PrintError> {
    let to = case.customer.return_to().trim();
    if to.is_empty() {
        return Err(PrintError::NoReturnAddress(case.number.clone()));
    }
    check_sender(&settings.center)?;
    let tracking = tracking_for(case, tracking);
    let title = w.label_title(case.number.as_str());
    let mut doc = match form {
        LabelForm::FourBySix => Document::new(title, PageSize::LABEL_4X6, Margins::uniform(4.0)),
        LabelForm::Sheet(paper) => {
            Document::new(title, common::paper_size(paper), common::SHEET_MARGINS)
        }
    };
    doc.set_created(printed_at.timestamp());
    let label = Label {
        w,
        case,
        center: &settings.center,
        to,
        tracking,
        printed_at,
    };
    let page = doc.page();
    match form {
        LabelForm::FourBySix => {
            let (x, y) = (page.left(), page.top());
            label.draw(page, x, y, 1.0)?;
        }
        LabelForm::Sheet(_) => {
            let k = SHEET_SCALE;
            let (width, h) = (LABEL_WIDTH * k, LABEL_HEIGHT * k);
            let frame = 5.0;
            let x = page.left() + (page.content_width() - width) / 2.0;
            let y = page.top() + frame;
            page.rect(
                x - frame,
                y - frame,
                width + 2.0 * frame,
                h + 2.0 * frame,
                Paint::Stroke {
                    colour: Colour::grey(0.4),
                    width_pt: 0.5,
                },
            );
            page.text(
                x - frame,
                y + h + frame + 1.0,
                Font::regular(7.0).with_colour(GREY_TEXT),
                &w.label_cut(),
            );
            label.draw(page, x, y, k)?;
        }
    }
    Ok(doc.to_pdf()?)
}

/// 2.1: the center sends the device back, so the label names it: its name and its
/// postal address, both set in the settings.
pub fn check_sender(center: &Center) -> Result<(), PrintError> {
    if center.name.trim().is_empty() {
        return Err(PrintError::NoSender {
            field: "name",
            setting: "Center name",
        });
    }
    if address_lines(&center.address).is_empty() {
        return Err(PrintError::NoSender {
            field: "address",
            setting: "Address",
        });
    }
    Ok(())
}

/// The tracking number a label prints: the one given, else a recorded shipment's.
pub fn tracking_for<'a>(case: &'a Case, tracking: Option<&'a str>) -> Option<&'a str> {
    tracking
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .or(match &case.handback {
            Some(Handback::Shipped { tracking, .. }) => {
                Some(tracking.trim()).filter(|t| !t.is_empty())
            }
            _ => None,
        })
}

/// What is in the parcel, one entry a line (docs/rules.md §7): the device — or its
/// replacement, by serial, when the unit was replaced (2.5) —, the accessories listed at
/// intake (3.5), and the replaced faulty parts when they go back to the customer
/// ([`returned_parts`], 2.5). The handover receipt lists the same.
///
/// In the customer's language, as the label says it.
pub fn contents(case: &Case) -> Vec<String> {
    contents_in(case.customer.language.words(), case)
}

/// [`contents`] in the language of `w`.
pub fn contents_in(w: Words, case: &Case) -> Vec<String> {
    let model = case.device.model.trim();
    let mut lines = Vec::new();
    match case
        .replacement_serial
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        Some(replacement) => lines.push(w.label_replacement_unit(model, replacement)),
        None => lines.push(w.label_device(model, case.device.serial.trim())),
    }
    lines.extend(
        case.handover
            .accessories
            .iter()
            .map(|a| a.trim())
            .filter(|a| !a.is_empty())
            .map(str::to_string),
    );
    lines.extend(returned_parts(w, case));
    lines
}

/// The replaced faulty parts (or the replaced original unit) when they go back to the
/// customer in the same package (2.5): a paid repair, asked for at application time, a
/// method that replaces parts — and the repair done: a device going back unrepaired
/// (quote declined, payment overdue…) had nothing replaced.
pub fn returned_parts(w: Words, case: &Case) -> Option<String> {
    let verdict = case.decision.as_ref().map(|d| d.decision.verdict)?;
    let method = case.diagnosis.method.filter(|m| m.replaces_parts())?;
    let unrepaired = case
        .return_reason
        .is_some_and(|r| r != ReturnReason::Repaired);
    if unrepaired || replaced_parts_owner(verdict, case.keep_parts) != PartsOwner::Customer {
        return None;
    }
    Some(match method {
        RepairMethod::UnitReplacement => w.label_returned_unit(case.device.serial.trim()),
        _ => w.label_returned_parts(),
    })
}

/// The largest size from `max_pt` down to `min_pt`, in half points, at which `text`
/// wrapped to `width` fits in `height`; `None` if not even `min_pt` does.
fn fit(
    text: &str,
    width: f32,
    height: f32,
    max_pt: f32,
    min_pt: f32,
    weight: Weight,
) -> Option<f32> {
    let mut size = max_pt;
    while size >= min_pt - 1e-3 {
        let lines = text::wrap(text, width, size, weight).len();
        if lines as f32 * text::line_height(size) <= height + 1e-3 {
            return Some(size);
        }
        size -= 0.5;
    }
    None
}

/// [`fit`], or `min_pt` when nothing fits (the paragraph is then cut with "…").
fn fit_size(text: &str, width: f32, height: f32, max_pt: f32, min_pt: f32, weight: Weight) -> f32 {
    fit(text, width, height, max_pt, min_pt, weight).unwrap_or(min_pt)
}

/// One label's content, drawn at any scale.
struct Label<'a> {
    w: Words,
    case: &'a Case,
    center: &'a Center,
    to: &'a str,
    tracking: Option<&'a str>,
    printed_at: DateTime<Utc>,
}

impl Label<'_> {
    /// Draws the label with its top-left corner at (`x0`, `y0`), `LABEL_WIDTH × k` wide
    /// and `LABEL_HEIGHT × k` tall. Every block has a fixed band of that height; text
    /// that would not fit its band is made smaller or shortened with "…", never let out.
    fn draw(&self, page: &mut Page, x0: f32, y0: f32, k: f32) -> Result<(), PrintError> {
        let words = self.w;
        let w = LABEL_WIDTH * k;
        let at = |y: f32| y0 + y * k;
        let pt = |size: f32| size * k;
        // Chinese is not legible below 9 pt on a 203-dpi label printer (a character's
        // strokes need the dots): the label's own words are set at least that large in
        // Chinese, and what follows a caption moves down by what the caption grew.
        let zh = words.language() == Language::Chinese;
        let least = |size: f32| if zh { size.max(9.0) } else { size };
        // The same for what the desk typed: a Chinese name or address is 9 pt at least
        // on any label; Latin text keeps its sizes.
        let typed = |text: &str, size: f32| {
            if text.chars().any(fonts::is_cjk) {
                size.max(9.0)
            } else {
                size
            }
        };
        // The contents mix both (the label's "serial" beside the desk's accessories).
        let least_in = |text: &str, size: f32| typed(text, least(size));
        let caption = Font::bold(pt(least(6.5))).with_colour(GREY_TEXT);
        let e = if zh {
            (caption.line_height() - text::line_height(pt(6.5))) / k
        } else {
            0.0
        };
        let rule = |page: &mut Page, y: f32, weight: f32| {
            page.line(x0, at(y), x0 + w, at(y), weight * k, Colour::BLACK);
        };

        // FROM: the center (2.1: it sends, so it pays).
        page.text_in(x0, at(0.0), w, Align::Left, caption, &words.label_from());
        page.text_in(
            x0,
            at(2.8 + e),
            w,
            Align::Left,
            Font::bold(pt(typed(&self.center.name, 8.5))),
            &self.center.name,
        );
        let mut from = address_lines(&self.center.address).join(", ");
        if !self.center.phone.trim().is_empty() {
            from = format!("{from}\n{}", words.label_tel(self.center.phone.trim()));
        }
        let small = Font::regular(pt(typed(&from, 7.5)));
        page.paragraph_in(
            x0,
            at(6.6 + e),
            w,
            (3.0 * small.line_height()).min(at(18.3) - at(6.6 + e)),
            Align::Left,
            small,
            &from,
        );
        rule(page, 18.5, 1.5);

        // TO: name, address, phone — nothing else of the customer's (3.7).
        page.text_in(
            x0,
            at(20.0),
            w,
            Align::Left,
            caption,
            &words.label_ship_to(),
        );
        // Long names and addresses get smaller type, then more lines, before anything
        // is cut: a carrier can deliver to a small address, not to half of one.
        let name = self.case.customer.name.trim();
        let band = at(30.5) - at(23.0 + e);
        let least_name = pt(typed(name, 8.0));
        let name_font = Font::bold(fit_size(name, w, band, pt(17.0), least_name, Weight::Bold));
        page.paragraph_in(x0, at(23.0 + e), w, band, Align::Left, name_font, name);
        let band = at(55.8) - at(30.5);
        let address = Font::regular(fit_size(
            self.to,
            w,
            band,
            pt(12.0),
            pt(typed(self.to, 7.0)),
            Weight::Regular,
        ));
        let used = page.paragraph_in(x0, at(30.5), w, band, Align::Left, address, self.to);
        let phone = self.case.customer.phone.trim();
        if !phone.is_empty() {
            // Right under the address, which may take the whole band.
            let phone_y = (at(30.5) + used + 1.0 * k).min(at(56.2));
            page.text_in(
                x0,
                phone_y,
                w,
                Align::Left,
                Font::regular(pt(10.0)),
                &words.label_tel(phone),
            );
        }
        rule(page, 61.5, 1.5);

        // The case number, large and as Code 128 with whole printer dots per module.
        let number = self.case.number.as_str();
        page.text_in(x0, at(63.0), w, Align::Left, caption, &words.label_case());
        let big = text::size_to_fit(number, w - 12.0 * k, pt(20.0 - e), pt(10.0), Weight::Bold);
        page.text_in(x0, at(65.0 + e), w, Align::Centre, Font::bold(big), number);
        let code = Code128::new(number)?;
        let module = code
            .module_to_fit(w, DOT_203DPI_MM)
            .unwrap_or(DOT_203DPI_MM)
            .min(4.0 * DOT_203DPI_MM);
        let code_x = snap_to_dots(x0 + (w - code.width(module)) / 2.0, DOT_203DPI_MM);
        code.draw(page, code_x, at(74.5), module, 18.0 * k);

        // 2.1: the center pays the return; never cash on delivery.
        let (band_y, band_h) = (at(95.0), 11.0 * k);
        page.rect(x0, band_y, w, band_h, Paint::Fill(Colour::BLACK));
        let banner = &words.label_banner();
        let size = text::size_to_fit(banner, w - 4.0 * k, pt(11.0), pt(6.0), Weight::Bold);
        let white = Colour::WHITE;
        let centre = x0 + w / 2.0;
        page.text_centred(
            centre,
            at(96.2),
            Font::bold(size).with_colour(white),
            banner,
        );
        page.text_centred(
            centre,
            at(101.2),
            Font::regular(pt(least(7.5))).with_colour(white),
            &words.label_no_cod(),
        );

        // Contents.
        page.text_in(
            x0,
            at(108.0),
            w,
            Align::Left,
            caption,
            &words.label_contents(),
        );
        // One item a line while that fits; a long list runs on, separated by semicolons.
        let items = contents_in(words, self.case);
        let band = at(137.0) - at(111.0 + e);
        let listed = items
            .iter()
            .map(|line| format!("• {line}"))
            .collect::<Vec<_>>()
            .join("\n");
        let run_on = items.join(&words.label_list_separator());
        let (list, size) = match fit(
            &listed,
            w,
            band,
            pt(least_in(&listed, 8.0)),
            pt(least_in(&listed, 6.5)),
            Weight::Regular,
        ) {
            Some(size) => (listed, size),
            None => {
                let (max, min) = (pt(least_in(&run_on, 8.0)), pt(least_in(&run_on, 6.0)));
                let size = fit_size(&run_on, w, band, max, min, Weight::Regular);
                (run_on, size)
            }
        };
        page.paragraph_in(
            x0,
            at(111.0 + e),
            w,
            band,
            Align::Left,
            Font::regular(size),
            &list,
        );
        rule(page, 137.8, 0.6);

        // Tracking, and when the label was printed.
        let foot = at(139.2);
        let day = self.printed_at.date_naive();
        let date = words.label_date(
            day.day(),
            day.month(),
            self.printed_at.format("%b").to_string(),
            day.year().to_string(),
        );
        let stamp = words.doc_printed(date);
        let stamp_font = Font::regular(pt(least(6.5))).with_colour(GREY_TEXT);
        let stamp_w = stamp_font.width(&stamp);
        page.text_right(x0 + w, foot + 0.6 * k, stamp_font, &stamp);
        let tracking = match self.tracking {
            Some(t) => words.label_tracking(t),
            None => words.label_tracking_unknown(),
        };
        page.text_in(
            x0,
            foot,
            w - stamp_w - 3.0 * k,
            Align::Left,
            Font::bold(pt(9.0)),
            &tracking,
        );
        Ok(())
    }
}
