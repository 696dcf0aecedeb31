//! What the desk's documents share: the letterhead with the center's details, the
//! continuation header and footer, section headings, labelled fields, boxed text that
//! may continue on the next page, tick boxes, the warranty-decision block, and the error
//! type of the printed forms.
//!
//! Everything here draws on a [`Document`] at its cursor and moves the cursor below what
//! it drew, starting a new page when a block would not fit (a block is never split,
//! except boxed text, which continues in a second box).

use chrono::{DateTime, NaiveDate, Utc};

use crate::domain::case::CaseNumber;
use crate::domain::repair::QuoteError;
use crate::domain::settings::{Center, Paper};
use crate::domain::warranty::{Decision, Verdict};
use crate::i18n::{Words, month_name};

use super::barcode::{BarcodeError, Code128, DOT_203DPI_MM, snap_to_dots};
use super::fonts::Weight;
use super::layout::Paint;
use super::layout::{Colour, Document, DocumentError, Font, Margins, Page, PageNumbers, PageSize};
use super::text::{self, Align};

/// Why a receipt, confirmation or label could not be printed, in one sentence that says
/// what to do.
#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    /// 3.3, 3.7: a label needs somewhere to go; a blank one is never printed.
    #[error(
        "case {0} has no address to send the device back to: add the customer's address (or a return address) first"
    )]
    NoReturnAddress(CaseNumber),
    /// 1.1, 4.2: the confirmation's dates count from the day the application was accepted.
    #[error(
        "case {0} has no accepted online application (walk-in, or no application date): there is nothing to confirm"
    )]
    NotAnApplication(CaseNumber),
    /// 2.2: a quote is printed only once its lines have been written.
    #[error("case {0} has no quote yet: write the quote's parts and labour lines first")]
    NoQuote(CaseNumber),
    /// 2.2: the stored quote's lines do not add up (mixed currencies, too large).
    #[error("the quote of case {0} cannot be printed: {1}")]
    BadQuote(CaseNumber, QuoteError),
    /// 2.1, 3.3: a parcel's label names its sender; a label without the center's
    /// address could not be sent back to the center if the carrier cannot deliver it.
    #[error(
        "the return label has no sender: the center's {field} is empty. Set it in Settings → The center → {setting}"
    )]
    NoSender {
        field: &'static str,
        setting: &'static str,
    },
    /// 2.6: a payment receipt confirms a payment; none is recorded.
    #[error("case {0} has no payment recorded: record the payment first, then print its receipt")]
    NoPayment(CaseNumber),
    /// The handover receipt carries the facts as recorded at closing, never values still
    /// being typed: who collected the device and whether their ID was checked.
    #[error(
        "case {0} has no hand-back at the counter recorded: record who collects the device and whether their ID was checked, then print the handover receipt"
    )]
    NotCollected(CaseNumber),
    #[error("the case number cannot be printed as a barcode: {0}")]
    Barcode(#[from] BarcodeError),
    #[error(transparent)]
    Layout(#[from] DocumentError),
}

impl PrintError {
    /// This error in the reader's language; the English is its `Display`.
    pub fn say(&self, w: Words) -> String {
        match self {
            PrintError::NoReturnAddress(n) => w.doc_error_no_return_address(n.to_string()),
            PrintError::NotAnApplication(n) => w.doc_error_not_an_application(n.to_string()),
            PrintError::NoQuote(n) => w.doc_error_no_quote(n.to_string()),
            PrintError::BadQuote(n, problem) => {
                w.doc_error_bad_quote(n.to_string(), quote_problem(problem, w))
            }
            PrintError::NoSender { field: "name", .. } => w.doc_error_no_sender_name(),
            PrintError::NoSender {
                field: "address", ..
            } => w.doc_error_no_sender_address(),
            PrintError::NoSender { .. } => self.to_string(),
            PrintError::NoPayment(n) => w.doc_error_no_payment(n.to_string()),
            PrintError::NotCollected(n) => w.doc_error_not_collected(n.to_string()),
            PrintError::Barcode(err) => w.doc_error_barcode(err.say(w)),
            PrintError::Layout(err) => err.say(w),
        }
    }
}

/// A quote's lines that do not add up, in the reader's language (an amount's own
/// problem as the domain says it).
pub fn quote_problem(problem: &QuoteError, w: Words) -> String {
    match problem {
        QuoteError::Empty => w.doc_error_quote_empty(),
        QuoteError::NoDescription { line } => w.doc_error_quote_no_description(*line),
        QuoteError::Negative { line } => w.doc_error_quote_negative(*line),
        QuoteError::Money { line, source } => w.doc_error_quote_money(*line, source.to_string()),
    }
}

/// The page size for the center's paper setting.
pub fn paper_size(paper: Paper) -> PageSize {
    match paper {
        Paper::A4 => PageSize::A4,
        Paper::Letter => PageSize::LETTER,
    }
}

/// Margins of receipts and confirmations: wide enough for any office printer's
/// unprintable edge, with room at the bottom for the footer line.
pub(crate) const SHEET_MARGINS: Margins = Margins::new(14.0, 15.0, 14.0, 15.0);

pub(crate) const GREY_TEXT: Colour = Colour::grey(0.35);
pub(crate) const LIGHT_FILL: Colour = Colour::grey(0.94);
pub(crate) const RULE: Colour = Colour::grey(0.55);

/// The small upper-case caption above a field ("CUSTOMER", "SERIAL NUMBER").
pub(crate) const CAPTION: Font = Font::bold(7.0).with_colour(GREY_TEXT);
pub(crate) const BODY: Font = Font::regular(9.5);
pub(crate) const BODY_BOLD: Font = Font::bold(9.5);
pub(crate) const SMALL: Font = Font::regular(8.0);

/// "2 March 2026", "2026年3月2日": unambiguous wherever the customer lives.
pub fn long_date(w: Words, date: NaiveDate) -> String {
    use chrono::Datelike;
    w.doc_date(
        date.day(),
        month_name(w, date.month()),
        date.month(),
        date.year().to_string(),
    )
}

/// "2 March 2026, 10:42 UTC".
pub fn stamp(w: Words, at: DateTime<Utc>) -> String {
    w.doc_stamp(
        long_date(w, at.date_naive()),
        at.format("%H:%M").to_string(),
    )
}

/// The center's postal address, one entry per non-empty line.
pub(crate) fn address_lines(address: &str) -> Vec<String> {
    address
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// The center's contact line: phone and e-mail, whichever are set.
pub(crate) fn contact_line(w: Words, center: &Center) -> String {
    let mut parts = Vec::new();
    if !center.phone.trim().is_empty() {
        parts.push(w.doc_tel(center.phone.trim()));
    }
    if !center.email.trim().is_empty() {
        parts.push(center.email.trim().to_string());
    }
    parts.join("  ·  ")
}

/// Starts a receipt or confirmation: the letterhead on page 1, a one-line header on
/// every page after it, and a footer on every page naming the document, the case, when
/// it was printed and "page N of M".
pub(crate) fn sheet(
    w: Words,
    title: &str,
    number: &CaseNumber,
    center: &Center,
    paper: Paper,
    printed_at: DateTime<Utc>,
) -> Document {
    sheet_about(w, title, number.as_str(), center, paper, printed_at)
}

/// [`sheet`] about something other than one case (`number` names it in the header and
/// footer: a customer, a month).
pub(crate) fn sheet_about(
    w: Words,
    title: &str,
    number: &str,
    center: &Center,
    paper: Paper,
    printed_at: DateTime<Utc>,
) -> Document {
    let mut doc = Document::new(
        format!("{title} {number}"),
        paper_size(paper),
        SHEET_MARGINS,
    );
    doc.set_created(printed_at.timestamp());
    doc.number_pages(PageNumbers {
        template: w.doc_footer(title, number, stamp(w, printed_at), "{n}", "{m}"),
        font: Font::regular(7.5).with_colour(GREY_TEXT),
        align: Align::Centre,
    });
    let (name, heading) = (center.name.clone(), format!("{title}  {number}"));
    doc.set_page_header(move |page| {
        let (left, right, top) = (page.left(), page.right(), page.top());
        page.text(left, top, Font::bold(9.0), &name);
        page.text_right(right, top, Font::bold(9.0), &heading);
        let rule = top + Font::bold(9.0).line_height() + 1.0;
        page.line(left, rule, right, rule, 0.6, Colour::BLACK);
        page.set_cursor(rule + 4.0);
    });
    letterhead(w, doc.page(), center, title);
    doc
}

/// The center's name, address and contact on the left, the document's title on the
/// right, and a heavy rule under both.
fn letterhead(w: Words, page: &mut Page, center: &Center, title: &str) {
    let (left, right, top) = (page.left(), page.right(), page.top());
    let width = page.content_width();
    let title_font = Font::bold(15.0);
    let title_width = title_font.width(title).min(width * 0.45);
    let name_width = width - title_width - 8.0;

    let name_size = text::size_to_fit(&center.name, name_width, 17.0, 11.0, Weight::Bold);
    let name_font = Font::bold(name_size);
    page.text_in(left, top, name_width, Align::Left, name_font, &center.name);
    let mut y = top + name_font.line_height() + 0.6;
    let detail = Font::regular(8.5).with_colour(Colour::grey(0.25));
    // The address on one line and the contact on the next: the letterhead stays short,
    // leaving the page to the case.
    let address = address_lines(&center.address).join(", ");
    for line in [address, contact_line(w, center)] {
        if !line.is_empty() {
            y += page.paragraph(left, y, name_width, detail, &line);
        }
    }

    page.text_in(
        right - title_width,
        top + 1.2,
        title_width,
        Align::Right,
        title_font,
        title,
    );
    let rule = y.max(top + title_font.line_height() + 2.0) + 2.0;
    page.line(left, rule, right, rule, 1.4, Colour::BLACK);
    page.set_cursor(rule + 4.0);
}

/// Two printer dots per module for a case number's Code 128: 0.25 mm, scannable by any
/// desk scanner, and exact on 203- and 300/600-dpi printers alike.
pub(crate) const CASE_CODE_MODULE: f32 = 2.0 * DOT_203DPI_MM;
/// The height of a case number's bars.
pub(crate) const CASE_CODE_BAR_H: f32 = 12.0;
/// The case number in large type, as the customer reads it off the paper.
pub(crate) const CASE_NUMBER_FONT: Font = Font::bold(22.0);

/// The case number's Code 128 at (`code_x`, `y`) with the number under the bars, and
/// from `left` up to the bars the caption and the number in large type: the head of the
/// receipt's and the other papers' case block alike. Returns the width left of the bars.
pub(crate) fn case_number_heading(
    w: Words,
    page: &mut Page,
    code: &Code128,
    number: &str,
    left: f32,
    code_x: f32,
    y: f32,
) -> f32 {
    let code_y = y + 1.5;
    code.draw(page, code_x, code_y, CASE_CODE_MODULE, CASE_CODE_BAR_H);
    page.text_in(
        code_x,
        code_y + CASE_CODE_BAR_H + 0.8,
        code.width(CASE_CODE_MODULE),
        Align::Centre,
        Font::regular(8.0),
        number,
    );
    let text_w = code_x - left - 4.0;
    page.text_in(
        left,
        y + 1.0,
        text_w,
        Align::Left,
        CAPTION,
        &w.doc_case_number(),
    );
    page.text_in(left, y + 4.2, text_w, Align::Left, CASE_NUMBER_FONT, number);
    text_w
}

/// The case number large on the left, with `lines` (dates, how the device came) under
/// it, and its Code 128 on the right with the number under the bars: the desk scans the
/// paper the customer brings back. Two printer dots per module (0.25 mm), as on the
/// receipt.
pub(crate) fn case_number_block(
    w: Words,
    doc: &mut Document,
    number: &CaseNumber,
    lines: &[String],
) -> Result<(), PrintError> {
    let number = number.as_str();
    let code = Code128::new(number)?;
    let text_h =
        4.2 + CASE_NUMBER_FONT.line_height() + 0.8 + lines.len() as f32 * BODY.line_height();
    let block_h = text_h.max(CASE_CODE_BAR_H + 6.5);

    let page = doc.ensure_space(block_h + 4.0);
    let (left, right, y) = (page.left(), page.right(), page.cursor());
    let code_x = snap_to_dots(right - code.width(CASE_CODE_MODULE), DOT_203DPI_MM);
    let text_w = case_number_heading(w, page, &code, number, left, code_x, y);
    let mut line_y = y + 4.2 + CASE_NUMBER_FONT.line_height() + 0.8;
    for (i, line) in lines.iter().enumerate() {
        let font = if i == 0 {
            BODY
        } else {
            Font::regular(8.5).with_colour(GREY_TEXT)
        };
        page.text_in(left, line_y, text_w, Align::Left, font, line);
        line_y += BODY.line_height();
    }
    page.set_cursor(y + block_h + 4.0);
    Ok(())
}

/// Height of `value` wrapped to `width` in `font`; at least one line.
pub(crate) fn wrapped_height(value: &str, width: f32, font: Font) -> f32 {
    let lines = text::wrap(value, width, font.size, font.weight)
        .len()
        .max(1);
    lines as f32 * font.line_height()
}

/// The smallest size an unbreakable value is set at to keep it on one line.
const MIN_TOKEN_PT: f32 = 7.0;

/// `font` for `value` in a box `width` wide: a value that is one unbreakable token (an
/// e-mail address, a serial, a URL) and too wide for the box is set smaller, down to
/// 7 pt, so it stays whole on one line — a split address is misread. Text with spaces
/// wraps as usual, and a token too long even at 7 pt is cut at a seam by [`text::wrap`].
pub(crate) fn token_font(value: &str, width: f32, font: Font) -> Font {
    let value = value.trim();
    if value.is_empty() || value.contains(char::is_whitespace) || font.width(value) <= width {
        return font;
    }
    let min = MIN_TOKEN_PT.min(font.size);
    let size = text::size_to_fit(value, width, font.size, min, font.weight);
    Font { size, ..font }
}

/// A caption with a value under it in `font`, wrapped to `width`. Returns the height used.
pub(crate) fn field_in(
    page: &mut Page,
    x: f32,
    y: f32,
    width: f32,
    caption: &str,
    value: &str,
    font: Font,
) -> f32 {
    page.text_in(x, y, width, Align::Left, CAPTION, caption);
    let top = y + CAPTION.line_height() + 0.3;
    let value = if value.trim().is_empty() {
        "—"
    } else {
        value
    };
    let used = page.paragraph(x, top, width, token_font(value, width, font), value);
    top + used - y
}

pub(crate) fn field_height(width: f32, value: &str, font: Font) -> f32 {
    CAPTION.line_height() + 0.3 + wrapped_height(value, width, token_font(value, width, font))
}

/// Captioned fields: caption, value, the value's font.
pub(crate) type Fields = [(String, String, Font)];

/// The narrowest a column of fields may be: on a narrower page (a 58 or 80 mm receipt
/// roll) the lists go one under the other instead of side by side.
const MIN_COLUMN_MM: f32 = 40.0;

/// Lists of fields side by side in equal columns, kept together on one page; one under
/// the other where the page is too narrow for the columns (a receipt roll).
pub(crate) fn columns(doc: &mut Document, lists: &[&Fields]) {
    let page = doc.page();
    let (left, width) = (page.left(), page.content_width());
    let gap = 6.0;
    let n = lists.len().max(1) as f32;
    if lists.len() > 1 && (width - gap * (n - 1.0)) / n < MIN_COLUMN_MM {
        for list in lists {
            columns(doc, &[list]);
        }
        return;
    }
    let col_w = (width - gap * (n - 1.0)) / n;
    let gap_after = 1.4;
    let height = |fields: &Fields| -> f32 {
        fields
            .iter()
            .map(|(_, v, f)| field_height(col_w, v, *f) + gap_after)
            .sum()
    };
    let h = lists.iter().map(|l| height(l)).fold(0.0, f32::max);
    let page = doc.ensure_space(h);
    let top = page.cursor();
    for (i, fields) in lists.iter().enumerate() {
        let x = left + i as f32 * (col_w + gap);
        let mut y = top;
        for (caption, value, font) in fields.iter() {
            y += field_in(page, x, y, col_w, caption, value, *font) + gap_after;
        }
    }
    page.set_cursor(top + h + 0.6);
}

/// A section heading: a caption on a light band. Keeps `with_next` mm of what follows on
/// the same page, so a heading never ends a page alone.
pub(crate) fn heading(doc: &mut Document, title: &str, with_next: f32) {
    let band = 4.8;
    let page = doc.ensure_space(band + 1.5 + with_next);
    let (left, width, y) = (page.left(), page.content_width(), page.cursor());
    page.rect(left, y, width, band, Paint::Fill(LIGHT_FILL));
    page.text_in(
        left + 2.0,
        y + (band - Font::bold(8.0).line_height()) / 2.0,
        width - 4.0,
        Align::Left,
        Font::bold(8.0),
        title,
    );
    page.set_cursor(y + band + 1.5);
}

/// Text in a thin frame across the content width. A text too long for the rest of the
/// page continues in a second frame on the next one: nothing is cut.
pub(crate) fn boxed_text(w: Words, doc: &mut Document, font: Font, value: &str) {
    let pad = 2.2;
    let page = doc.page();
    let inner = page.content_width() - 2.0 * pad;
    let not_given = w.doc_not_given();
    let value = if value.trim().is_empty() {
        &not_given
    } else {
        value
    };
    let lines = text::wrap(value, inner, font.size, font.weight);
    let lh = font.line_height();
    let mut next = 0;
    while next < lines.len() {
        let page = doc.ensure_space(lh + 2.0 * pad);
        let room = ((page.remaining() - 2.0 * pad) / lh + 1e-4)
            .floor()
            .max(1.0) as usize;
        let count = room.min(lines.len() - next);
        let (left, y) = (page.left(), page.cursor());
        let height = count as f32 * lh + 2.0 * pad;
        page.rect(
            left,
            y,
            inner + 2.0 * pad,
            height,
            Paint::Stroke {
                colour: RULE,
                width_pt: 0.6,
            },
        );
        for (i, line) in lines[next..next + count].iter().enumerate() {
            page.text(left + pad, y + pad + i as f32 * lh, font, line);
        }
        page.set_cursor(y + height);
        next += count;
        if next < lines.len() {
            doc.new_page();
        }
    }
}

/// A tick box, `size` mm square, ticked or left empty for the customer to tick by hand.
pub(crate) fn tick_box(page: &mut Page, x: f32, y: f32, size: f32, ticked: bool) {
    page.rect(
        x,
        y,
        size,
        size,
        Paint::Stroke {
            colour: Colour::BLACK,
            width_pt: 0.8,
        },
    );
    if ticked {
        // A check mark from two strokes: it prints the same on every printer.
        let (a, b, c) = (
            (x + size * 0.2, y + size * 0.52),
            (x + size * 0.42, y + size * 0.78),
            (x + size * 0.82, y + size * 0.22),
        );
        page.line(a.0, a.1, b.0, b.1, 1.3, Colour::BLACK);
        page.line(b.0, b.1, c.0, c.1, 1.3, Colour::BLACK);
    }
}

/// One line of a list: a clause (or a tick box) in a narrow column on the left and the
/// text wrapped beside it. Kept whole on one page.
pub(crate) struct Item<'a> {
    pub tick: Option<bool>,
    pub clause: &'a str,
    pub text: &'a str,
}

pub(crate) fn items(doc: &mut Document, items: &[Item<'_>], font: Font) {
    let clause_font = Font::bold(font.size);
    // One clause column for the whole list, so the texts line up.
    let with_clauses = items.iter().any(|i| !i.clause.is_empty());
    for item in items {
        let page = doc.page();
        let left = page.left();
        let tick_w = if item.tick.is_some() { 6.0 } else { 0.0 };
        let clause_w = if with_clauses { 10.0 } else { 0.0 };
        let text_x = left + tick_w + clause_w;
        let text_w = page.right() - text_x;
        let height = wrapped_height(item.text, text_w, font);
        let gap = (font.size * 0.12).min(1.2);
        let page = doc.ensure_space(height + gap);
        let y = page.cursor();
        if let Some(ticked) = item.tick {
            let size = 3.4;
            tick_box(
                page,
                left,
                y + (font.line_height() - size) / 2.0,
                size,
                ticked,
            );
        }
        if clause_w > 0.0 {
            page.text_in(
                left + tick_w,
                y,
                clause_w,
                Align::Left,
                clause_font,
                item.clause,
            );
        }
        page.paragraph(text_x, y, text_w, font, item.text);
        page.set_cursor(y + height + gap);
    }
}

/// The verdict in the words printed on its badge.
pub(crate) fn verdict_badge(w: Words, verdict: Verdict) -> String {
    match verdict {
        Verdict::Free => w.doc_badge_free(),
        Verdict::Paid => w.doc_badge_paid(),
        Verdict::NeedsProof => w.doc_badge_needs_proof(),
        Verdict::Ineligible => w.doc_badge_ineligible(),
    }
}

/// What the verdict means for the customer, in plain words, with its clause.
pub(crate) fn verdict_meaning(w: Words, decision: &Decision) -> String {
    match decision.verdict {
        Verdict::Free if decision.provisional => w.doc_meaning_free_provisional(),
        Verdict::Free => w.doc_meaning_free(),
        Verdict::Paid => w.doc_meaning_paid(),
        Verdict::NeedsProof => w.doc_meaning_needs_proof(),
        Verdict::Ineligible => w.doc_meaning_ineligible(),
    }
}

/// The warranty decision: the verdict badge (marked provisional when it is), the dates
/// it rests on, what it means, and every reason with its clause (docs/rules.md §3).
pub(crate) fn decision_block(w: Words, doc: &mut Document, decision: Option<&Decision>) {
    let Some(decision) = decision else {
        heading(doc, &w.doc_decision_undecided_heading(), 10.0);
        items(
            doc,
            &[Item {
                tick: None,
                clause: "2.3",
                text: &w.doc_decision_undecided(),
            }],
            BODY,
        );
        return;
    };
    heading(doc, &w.doc_decision_heading(), 24.0);

    // Badge row.
    let page = doc.page();
    let (left, y) = (page.left(), page.cursor());
    let badge_font = Font::bold(11.0).with_colour(Colour::WHITE);
    let badge = &verdict_badge(w, decision.verdict);
    let badge_h = 7.0;
    let badge_w = badge_font.width(badge) + 6.0;
    page.rect(left, y, badge_w, badge_h, Paint::Fill(Colour::BLACK));
    let text_y = y + (badge_h - badge_font.line_height()) / 2.0;
    page.text(left + 3.0, text_y, badge_font, badge);
    let mut x = left + badge_w + 3.0;
    // On a narrow page (a receipt roll) what does not fit beside the badge goes under it.
    let mut row_y = y;
    if decision.provisional {
        let font = Font::bold(9.5);
        let word = &w.doc_provisional();
        let w = font.width(word) + 5.0;
        if x + w > page.right() {
            row_y += badge_h + 1.5;
            x = left;
        }
        page.rect(
            x,
            row_y,
            w,
            badge_h,
            Paint::Stroke {
                colour: Colour::BLACK,
                width_pt: 1.2,
            },
        );
        page.text(
            x + 2.5,
            row_y + (badge_h - font.line_height()) / 2.0,
            font,
            word,
        );
        x += w + 3.0;
    }
    let mut bottom = row_y + badge_h;
    if decision.provisional {
        let note = &w.doc_provisional_note();
        let font = SMALL.with_colour(GREY_TEXT);
        if font.width(note) <= page.right() - x {
            page.text(x, row_y + (badge_h - font.line_height()) / 2.0, font, note);
        } else {
            let width = page.content_width();
            bottom += 1.0 + page.paragraph(left, bottom + 1.0, width, font, note);
        }
    }
    page.set_cursor(bottom + 2.5);

    // The dates, in four columns.
    let start = match (decision.warranty_start, decision.start_basis) {
        (Some(date), Some(basis)) => {
            w.doc_start_with_basis(long_date(w, date), w.start_basis(basis))
        }
        (Some(date), None) => long_date(w, date),
        _ => w.doc_start_unknown(),
    };
    let months = decision
        .warranty_months
        .map_or_else(|| "—".to_string(), |m| w.doc_months(m));
    let last = decision
        .warranty_last_day
        .map_or_else(|| w.doc_unknown(), |d| long_date(w, d));
    let invoice = match decision.invoice_valid {
        None => w.doc_invoice_none(),
        Some(true) => w.doc_invoice_valid(),
        Some(false) => w.doc_invoice_not_valid(),
    };
    let cells = [
        (w.doc_caption_warranty_starts(), start),
        (w.doc_caption_period(), months),
        (w.doc_caption_last_day(), last),
        (w.doc_caption_invoice(), invoice),
    ];
    let widths = [0.38, 0.16, 0.24, 0.22];
    let page = doc.page();
    let (left, width) = (page.left(), page.content_width());
    let gap = 3.0;
    if width * widths[1] - gap < 25.0 {
        // A receipt roll: the dates one under the other, as the fields above them.
        let stacked: Vec<(String, String, Font)> = cells
            .into_iter()
            .map(|(caption, value)| (caption, value, BODY_BOLD))
            .collect();
        columns(doc, &[&stacked]);
        return decision_reasons(w, doc, decision);
    }
    let col_w: Vec<f32> = widths.iter().map(|f| width * f - gap).collect();
    let height = cells
        .iter()
        .zip(&col_w)
        .map(|((_, v), w)| field_height(*w, v, BODY_BOLD))
        .fold(0.0, f32::max);
    let page = doc.ensure_space(height + 2.0);
    let y = page.cursor();
    let mut x = left;
    for ((caption, value), (w, f)) in cells.iter().zip(col_w.iter().zip(widths)) {
        field_in(page, x, y, *w, caption, value, BODY_BOLD);
        x += width * f;
    }
    page.set_cursor(y + height + 2.0);
    decision_reasons(w, doc, decision);
}

/// What the decision means, and every reason with its clause, under its dates.
fn decision_reasons(w: Words, doc: &mut Document, decision: &Decision) {
    let meaning = verdict_meaning(w, decision);
    let mut list = vec![Item {
        tick: None,
        clause: "",
        text: &meaning,
    }];
    // Each reason in the reader's language (a reason recorded before codes reads as
    // stored).
    let texts: Vec<String> = decision.reasons.iter().map(|r| w.reason(r)).collect();
    list.extend(decision.reasons.iter().zip(&texts).map(|(r, text)| Item {
        tick: None,
        clause: &r.clause,
        text,
    }));
    items(doc, &list[..1], Font::regular(9.0));
    let caption = &w.doc_why_caption();
    let page = doc.ensure_space(CAPTION.line_height() + 6.0);
    let (left, width, y) = (page.left(), page.content_width(), page.cursor() + 0.8);
    // Wrapped: one line on a sheet, two on a receipt roll.
    let used = page.paragraph(left, y, width, CAPTION, caption);
    page.set_cursor(y + used + 0.8);
    items(
        doc,
        &list[1..],
        Font::regular(7.5).with_colour(Colour::grey(0.1)),
    );
}

/// Signature lines for the customer and the staff member, at the foot of the last page
/// (on a new page if the content reached the bottom).
pub(crate) fn signatures(w: Words, doc: &mut Document, left_label: &str, right_label: &str) {
    let signature_and_date = w.doc_signature_and_date();
    let needed = 18.0;
    let page = doc.ensure_space(needed);
    // The line sits 12 mm above the bottom margin, or just below the content.
    let y = (page.bottom() - 5.0).max(page.cursor() + needed - 5.0);
    let (left, right, width) = (page.left(), page.right(), page.content_width());
    let line_w = (width - 16.0) / 2.0;
    let caption = SMALL.with_colour(GREY_TEXT);
    if line_w < MIN_COLUMN_MM {
        // A receipt roll: each line across the roll, one under the other, with room
        // above each to sign.
        for label in [left_label, right_label] {
            let page = doc.ensure_space(needed);
            let y = page.cursor() + 13.0;
            page.text_in(
                left,
                y - 9.0,
                width,
                Align::Left,
                SMALL,
                &signature_and_date,
            );
            page.line(left, y, right, y, 0.6, Colour::BLACK);
            page.text_in(left, y + 1.0, width, Align::Left, caption, label);
            page.set_cursor(y + 5.0);
        }
        return;
    }
    for (x, label) in [(left, left_label), (right - line_w, right_label)] {
        page.text_in(x, y - 9.0, line_w, Align::Left, SMALL, &signature_and_date);
        page.line(x, y, x + line_w, y, 0.6, Colour::BLACK);
        page.text_in(x, y + 1.0, line_w, Align::Left, caption, label);
    }
    page.set_cursor(y + 5.0);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_out() {
        let date = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap_or_default();
        assert_eq!(
            long_date(crate::i18n::Language::English.words(), date),
            "2 March 2026"
        );
        assert_eq!(
            long_date(crate::i18n::Language::Chinese.words(), date),
            "2026年3月2日"
        );
    }

    #[test]
    fn the_address_keeps_its_lines_and_drops_blank_ones() {
        assert_eq!(
            address_lines("14 Harbour Street\n\n  Leeds LS1 4AB \n"),
            vec!["14 Harbour Street", "Leeds LS1 4AB"]
        );
    }
}
