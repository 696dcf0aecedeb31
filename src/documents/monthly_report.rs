//! The manager's monthly report (docs/rules.md §7) as a PDF to file: a title block, key-figure
//! tiles, two charts (cases opened per day; the verdict mix), and a table for each group
//! of figures, with "Page N of M" and the generation date on every page.
//!
//! It prints [`MonthlyFigures`] only, and those hold no customer names, phones, e-mails
//! or addresses (3.7), so neither can the report. The only address on it is the
//! center's own.
//!
//! Nothing here reads the clock: the generation date is the day the figures were
//! computed ([`MonthlyFigures::computed_on`]).

use crate::domain::ReturnReason;
use crate::domain::settings::{Center, Paper};
use crate::domain::warranty::Verdict;
use crate::i18n::{Language, Words};
use crate::report::MonthlyFigures;
use crate::report::tiles::{days_in, key_figures_in, long_date};

use super::chart::{self, Area, ChartStyle};
use super::fonts::Weight;
use super::layout::{
    Colour, Document, DocumentError, Font, Margins, Page, PageNumbers, PageSize, Paint,
};
use super::table::{Column, RowStyle, Table};
use super::text::{Align, size_to_fit};

/// Generous margins: the report is filed in a ring binder and read on screen.
const MARGINS: Margins = Margins::new(16.0, 16.0, 16.0, 16.0);

const INK: Colour = Colour::grey(0.1);
const GREY_TEXT: Colour = Colour::grey(0.38);
const RULE: Colour = Colour::grey(0.6);
const TILE_FILL: Colour = Colour::grey(0.95);
const TILE_EDGE: Colour = Colour::grey(0.78);
/// A dark slate: reads as a colour on screen and as a solid dark grey from any printer.
const BAR: Colour = Colour::rgb(0.23, 0.32, 0.45);
/// The verdict mix's shades, dark to light, so they stay apart in grey print too.
const MIX_SHADES: [Colour; 4] = [
    Colour::rgb(0.23, 0.32, 0.45),
    Colour::rgb(0.42, 0.53, 0.66),
    Colour::rgb(0.66, 0.74, 0.83),
    Colour::rgb(0.88, 0.91, 0.95),
];

const TITLE: Font = Font::bold(20.0).with_colour(INK);
const SUBTITLE: Font = Font::bold(13.0).with_colour(GREY_TEXT);
const HEADING: Font = Font::bold(11.0).with_colour(INK);
const BODY: Font = Font::regular(9.0).with_colour(INK);
const SMALL: Font = Font::regular(8.0).with_colour(GREY_TEXT);
const CAPTION: Font = Font::bold(7.5).with_colour(GREY_TEXT);

/// Space above a section heading.
const SECTION_GAP: f32 = 7.0;

/// The page size for the center's paper setting.
fn paper_size(paper: Paper) -> PageSize {
    match paper {
        Paper::A4 => PageSize::A4,
        Paper::Letter => PageSize::LETTER,
    }
}

/// `part` of `whole` as a whole percentage, rounded half up, in integers ("31 %").
fn percent(part: u32, whole: u32) -> String {
    if whole == 0 {
        return "–".to_string();
    }
    let p = (u64::from(part) * 200 + u64::from(whole)) / (2 * u64::from(whole));
    format!("{p} %")
}

/// The monthly report for `figures`, for the center `center`, on `paper`, in English
/// (see [`monthly_report_in`] for the center's language).
pub fn monthly_report(
    figures: &MonthlyFigures,
    center: &Center,
    paper: Paper,
) -> Result<Vec<u8>, DocumentError> {
    monthly_report_in(figures, center, paper, Language::English.words())
}

/// The monthly report for `figures`, for the center `center`, on `paper`, in the
/// language of `w` (the center's, `Settings.language`, unless another is asked for).
///
/// Always at least one page; a month with nothing in it says so in a sentence instead
/// of printing empty tables. Fails only if the layout or the fonts fail (a bug, caught by
/// the tests), never because of the figures.
pub fn monthly_report_in(
    figures: &MonthlyFigures,
    center: &Center,
    paper: Paper,
    w: Words,
) -> Result<Vec<u8>, DocumentError> {
    let month = figures.month.name_in(w);
    let mut doc = Document::new(
        w.report_pdf_title(month.as_str(), center.name.trim()),
        paper_size(paper),
        MARGINS,
    );
    let created = figures
        .computed_on
        .and_hms_opt(0, 0, 0)
        .map(|t| t.and_utc().timestamp());
    if let Some(created) = created {
        doc.set_created(created);
    }
    doc.number_pages(PageNumbers {
        template: w.report_page("{n}", "{m}"),
        font: Font::regular(8.0).with_colour(GREY_TEXT),
        align: Align::Right,
    });
    let footer = w.report_footer(long_date(w, figures.computed_on));
    let running_head = w.report_running_head(center.name.trim(), month.as_str());
    {
        let footer = footer.clone();
        doc.set_page_header(move |page| {
            draw_footer(page, &footer);
            let (left, right, top) = (page.left(), page.right(), page.top());
            page.text(left, top, CAPTION, &running_head);
            let y = top + CAPTION.line_height() + 1.0;
            page.line(left, y, right, y, 0.5, RULE);
            page.set_cursor(y + 3.0);
        });
    }
    draw_footer(doc.page(), &footer);

    title_block(w, &mut doc, figures, center);
    if figures.is_empty() {
        nothing_to_report(w, &mut doc, figures);
        return doc.to_pdf();
    }
    tiles(w, &mut doc, figures);
    cases_per_day_chart(w, &mut doc, figures);
    verdict_mix_chart(w, &mut doc, figures);
    tables(w, &mut doc, figures)?;
    doc.to_pdf()
}

/// The footer's left half; the page number sits on the right of the same line.
fn draw_footer(page: &mut Page, footer: &str) {
    let font = Font::regular(8.0).with_colour(GREY_TEXT);
    let y = page.bottom() + ((page.margins().bottom - font.line_height()) / 2.0).max(0.0);
    let (left, width) = (page.left(), page.content_width());
    page.text_in(left, y, width * 0.75, Align::Left, font, footer);
}

fn title_block(w: Words, doc: &mut Document, figures: &MonthlyFigures, center: &Center) {
    let page = doc.page();
    let (left, right) = (page.left(), page.right());
    let top = page.cursor();
    let width = page.content_width();

    let mut y = top;
    page.text(left, y, TITLE, &w.pdf_report_title());
    y += TITLE.line_height();
    page.text(left, y, SUBTITLE, &figures.month.name_in(w));
    y += SUBTITLE.line_height() + 1.5;
    page.text_in(
        left,
        y,
        width * 0.6,
        Align::Left,
        HEADING,
        center.name.trim(),
    );
    y += HEADING.line_height();
    let address: Vec<&str> = center
        .address
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if !address.is_empty() {
        page.text_in(
            left,
            y,
            width * 0.6,
            Align::Left,
            SMALL,
            &address.join(", "),
        );
        y += SMALL.line_height();
    }
    let contact: Vec<&str> = [center.phone.trim(), center.email.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    if !contact.is_empty() {
        page.text_in(
            left,
            y,
            width * 0.6,
            Align::Left,
            SMALL,
            &contact.join("  ·  "),
        );
        y += SMALL.line_height();
    }

    // The period, on the right, level with the title.
    let facts = [
        (
            w.report_caption_period(),
            w.pdf_report_period(
                long_date(w, figures.month.first_day()),
                long_date(w, figures.month.last_day()),
            ),
        ),
        (w.report_caption_as_of(), long_date(w, figures.as_of)),
        (
            w.report_caption_generated(),
            long_date(w, figures.computed_on),
        ),
    ];
    let mut ry = top + 1.5;
    for (label, value) in &facts {
        page.text_right(right, ry, CAPTION, label);
        ry += CAPTION.line_height();
        page.text_right(right, ry, BODY, value);
        ry += BODY.line_height() + 0.8;
    }

    let y = y.max(ry) + 2.5;
    page.line(left, y, right, y, 1.2, INK);
    page.set_cursor(y + 4.0);
}

fn nothing_to_report(w: Words, doc: &mut Document, figures: &MonthlyFigures) {
    let page = doc.page();
    let (left, width) = (page.left(), page.content_width());
    let y = page.cursor() + 4.0;
    let text = w.report_nothing(figures.month.name_in(w));
    let inner = width - 12.0;
    let height = super::text::wrap(&text, inner, BODY.size, BODY.weight).len() as f32
        * BODY.line_height()
        + 10.0;
    page.rect(
        left,
        y,
        width,
        height,
        Paint::FillAndStroke {
            fill: TILE_FILL,
            stroke: TILE_EDGE,
            width_pt: 0.6,
        },
    );
    page.paragraph(left + 6.0, y + 5.0, inner, BODY, &text);
    page.set_cursor(y + height + 4.0);
}

fn tiles(w: Words, doc: &mut Document, f: &MonthlyFigures) {
    let tiles = key_figures_in(w, f);

    const PER_ROW: usize = 4;
    const GAP: f32 = 3.0;
    const HEIGHT: f32 = 20.0;
    let value_font = Font::bold(15.0).with_colour(INK);
    let detail_font = Font::regular(7.5).with_colour(GREY_TEXT);
    let rows = tiles.len().div_ceil(PER_ROW);
    let page = doc.ensure_space(rows as f32 * (HEIGHT + GAP));
    let (left, width) = (page.left(), page.content_width());
    let tile_width = (width - GAP * (PER_ROW - 1) as f32) / PER_ROW as f32;
    let top = page.cursor();
    for (i, tile) in tiles.iter().enumerate() {
        let x = left + (i % PER_ROW) as f32 * (tile_width + GAP);
        let y = top + (i / PER_ROW) as f32 * (HEIGHT + GAP);
        page.rect(
            x,
            y,
            tile_width,
            HEIGHT,
            Paint::FillAndStroke {
                fill: TILE_FILL,
                stroke: TILE_EDGE,
                width_pt: 0.5,
            },
        );
        let inner = tile_width - 5.0;
        page.text_in(x + 2.5, y + 2.0, inner, Align::Left, CAPTION, &tile.caption);
        // Long amounts get smaller type before they are shortened with "…".
        let value_font = Font {
            size: size_to_fit(&tile.value, inner, value_font.size, 10.0, Weight::Bold),
            ..value_font
        };
        page.text_in(
            x + 2.5,
            y + 2.0 + CAPTION.line_height() + 0.5,
            inner,
            Align::Left,
            value_font,
            &tile.value,
        );
        let detail_font = Font {
            size: size_to_fit(&tile.detail, inner, detail_font.size, 6.0, Weight::Regular),
            ..detail_font
        };
        page.text_in(
            x + 2.5,
            y + HEIGHT - 2.0 - detail_font.line_height(),
            inner,
            Align::Left,
            detail_font,
            &tile.detail,
        );
    }
    page.set_cursor(top + rows as f32 * (HEIGHT + GAP) - GAP);
}

/// A section heading, kept on the same page as at least `keep` mm of what follows.
fn heading(doc: &mut Document, title: &str, note: Option<&str>, keep: f32) {
    let note_lines = note.map_or(0.0, |n| {
        let width = doc.page().content_width();
        super::text::wrap(n, width, SMALL.size, SMALL.weight).len() as f32
    });
    let need = SECTION_GAP + HEADING.line_height() + note_lines * SMALL.line_height() + keep;
    let page = doc.ensure_space(need);
    // No gap at the top of a fresh page: the running head already spaces it.
    if page.cursor() > page.top() + 15.0 {
        page.advance(SECTION_GAP);
    }
    let (left, width, y) = (page.left(), page.content_width(), page.cursor());
    page.text(left, y, HEADING, title);
    page.advance(HEADING.line_height() + 0.5);
    if let Some(note) = note {
        let y = page.cursor();
        let h = page.paragraph(left, y, width, SMALL, note);
        page.advance(h + 0.5);
    }
    page.advance(1.0);
}

fn cases_per_day_chart(w: Words, doc: &mut Document, f: &MonthlyFigures) {
    const HEIGHT: f32 = 52.0;
    let month = f.month.name_in(w);
    let note = (f.opened.total() > 0).then(|| w.report_per_day_note());
    heading(doc, &w.report_per_day(), note.as_deref(), HEIGHT + 8.0);
    let page = doc.page();
    let (left, width, top) = (page.left(), page.content_width(), page.cursor());
    if f.opened.total() == 0 {
        page.text(left, top, BODY, &w.report_no_case_opened(month.as_str()));
        page.advance(BODY.line_height());
        return;
    }
    let labels: Vec<String> = (1..=f.cases_per_day.len()).map(|d| d.to_string()).collect();
    let data: Vec<(&str, f64)> = labels
        .iter()
        .zip(&f.cases_per_day)
        .map(|(label, n)| (label.as_str(), f64::from(*n)))
        .collect();
    let style = ChartStyle {
        bar: BAR,
        ..ChartStyle::default()
    };
    let axis_font = style.font.with_colour(GREY_TEXT);
    // The y axis's title sits above its numbers; the chart starts below it, so the top
    // number (drawn centred on the top grid line) stays clear of the title.
    page.text(left, top, axis_font, &w.report_axis_cases());
    let area = Area {
        x: left,
        y: top + axis_font.line_height(),
        width,
        height: HEIGHT,
    };
    chart::column_chart(page, area, &data, &style);
    let below = area.y + area.height + 0.5;
    page.text_centred(
        left + width / 2.0,
        below,
        axis_font,
        &w.report_axis_day(month.as_str()),
    );
    page.set_cursor(below + axis_font.line_height());
}

fn verdict_mix_chart(w: Words, doc: &mut Document, f: &MonthlyFigures) {
    const BAR_HEIGHT: f32 = 9.0;
    let decided = f.verdicts.decided();
    let note = match f.verdicts.undecided {
        _ if decided == 0 => None,
        0 => Some(w.report_mix_note(decided)),
        undecided => Some(w.report_mix_note_undecided(decided, undecided)),
    };
    let legend_rows = 1.0;
    let keep = BAR_HEIGHT + 5.0 + legend_rows * 6.0 + 2.0;
    heading(doc, &w.report_mix(), note.as_deref(), keep);
    let page = doc.page();
    let (left, width, top) = (page.left(), page.content_width(), page.cursor());
    if decided == 0 {
        page.text(left, top, BODY, &w.report_no_verdict());
        page.advance(BODY.line_height());
        return;
    }

    // The stacked bar: each verdict's share of the decided cases, left to right.
    let mix = f.verdict_mix();
    let mut x = left;
    for (i, ((_, count), shade)) in mix.iter().zip(MIX_SHADES).enumerate() {
        let share = width * *count as f32 / decided as f32;
        if share <= 0.0 {
            continue;
        }
        page.rect(x, top, share, BAR_HEIGHT, Paint::Fill(shade));
        let label = percent(*count, decided);
        let font = Font::bold(7.5).with_colour(if i < 2 { Colour::WHITE } else { INK });
        if font.width(&label) + 1.5 <= share {
            let y = top + (BAR_HEIGHT - font.line_height()) / 2.0;
            page.text_in(x, y, share, Align::Centre, font, &label);
        }
        x += share;
        if x < left + width - 0.1 {
            page.line(x, top, x, top + BAR_HEIGHT, 0.8, Colour::WHITE);
        }
    }
    page.rect(
        left,
        top,
        width,
        BAR_HEIGHT,
        Paint::Stroke {
            colour: INK,
            width_pt: 0.5,
        },
    );
    // A percentage scale under the bar.
    let axis_font = Font::regular(6.5).with_colour(GREY_TEXT);
    let tick_top = top + BAR_HEIGHT;
    for step in 0..=4 {
        let tx = left + width * step as f32 / 4.0;
        page.line(tx, tick_top, tx, tick_top + 1.2, 0.4, INK);
        let label = format!("{} %", step * 25);
        let label_w = axis_font.width(&label);
        let lx = (tx - label_w / 2.0).clamp(left, left + width - label_w);
        page.text(lx, tick_top + 1.4, axis_font, &label);
    }

    // The legend: a swatch, the verdict, its count and share.
    let legend_y = tick_top + 1.4 + axis_font.line_height() + 2.0;
    let slot = width / mix.len() as f32;
    for (i, ((verdict, count), shade)) in mix.iter().zip(MIX_SHADES).enumerate() {
        let x = left + i as f32 * slot;
        page.rect(
            x,
            legend_y + 0.4,
            3.2,
            3.2,
            Paint::FillAndStroke {
                fill: shade,
                stroke: INK,
                width_pt: 0.3,
            },
        );
        let text = w.report_legend(w.verdict(*verdict), *count, percent(*count, decided));
        page.text_in(x + 4.8, legend_y, slot - 5.5, Align::Left, BODY, &text);
    }
    page.set_cursor(legend_y + BODY.line_height());
}

/// One group of figures: a heading, a line on what is counted, and a table.
struct Section {
    title: String,
    note: Option<String>,
    /// Heading, share of the content width and alignment of each column (`None`: a
    /// number, right-aligned).
    columns: Vec<(String, f32, Option<Align>)>,
    rows: Vec<Vec<String>>,
    /// Said instead of a table with no rows.
    when_empty: String,
}

impl Section {
    fn new(title: impl Into<String>, note: Option<String>) -> Section {
        Section {
            title: title.into(),
            note,
            columns: Vec::new(),
            rows: Vec::new(),
            when_empty: String::new(),
        }
    }

    fn columns(self, columns: &[(String, f32, Option<Align>)]) -> Section {
        Section {
            columns: columns.to_vec(),
            ..self
        }
    }

    fn row<const N: usize>(mut self, cells: [String; N]) -> Section {
        self.rows.push(cells.into());
        self
    }

    fn rows(mut self, rows: impl IntoIterator<Item = Vec<String>>) -> Section {
        self.rows.extend(rows);
        self
    }

    fn when_empty(self, text: impl Into<String>) -> Section {
        Section {
            when_empty: text.into(),
            ..self
        }
    }

    /// Draws the heading and the table, kept together on one page: the report's tables
    /// are short, and one that starts at the foot of a page and ends on the next is hard
    /// to read.
    fn draw(&self, doc: &mut Document) -> Result<(), DocumentError> {
        let padding = 2.0 * 1.5; // the table's default cell padding, above and below
        let keep = (self.rows.len().max(1) + 1) as f32 * (BODY.line_height() + padding);
        heading(doc, &self.title, self.note.as_deref(), keep);
        if self.rows.is_empty() {
            let page = doc.page();
            let (left, y) = (page.left(), page.cursor());
            page.text(left, y, BODY, &self.when_empty);
            page.advance(BODY.line_height());
            return Ok(());
        }
        let width = doc.page().content_width();
        let columns = self
            .columns
            .iter()
            .map(|(heading, share, align)| {
                let column = Column::new(heading.as_str(), width * share);
                match align {
                    Some(Align::Left) => column,
                    Some(Align::Centre) => column.centre(),
                    Some(Align::Right) | None => column.right(),
                }
            })
            .collect();
        let table = Table::new(columns)
            .style(RowStyle::Rules)
            .fonts(BODY, Font::bold(9.0).with_colour(INK));
        doc.table(&table, &self.rows)
    }
}

fn tables(w: Words, doc: &mut Document, f: &MonthlyFigures) -> Result<(), DocumentError> {
    for section in sections(w, f) {
        section.draw(doc)?;
    }
    Ok(())
}

/// The report's tables, in the order of docs/rules.md §7.
fn sections(w: Words, f: &MonthlyFigures) -> Vec<Section> {
    let month = f.month.name_in(w);
    let opened = f.opened.total();
    let count = |n: u32| n.to_string();
    let clause = |s: &str| s.to_string();
    let mut sections = Vec::new();
    // What each column holds: the first is what is counted (left), a clause is centred,
    // the numbers are right-aligned, and a name (a model, a component) is left-aligned.
    let (what, num) = (Some(Align::Left), None);
    let clause_col = Some(Align::Centre);

    sections.push(
        Section::new(w.report_by_channel(), Some(w.report_by_channel_note()))
            .columns(&[
                (w.report_col_channel(), 0.64, what),
                (w.report_col_cases(), 0.18, num),
                (w.report_col_share(), 0.18, num),
            ])
            .row([
                w.report_walk_in(),
                count(f.opened.walk_in),
                percent(f.opened.walk_in, opened),
            ])
            .row([
                w.report_mail_in(),
                count(f.opened.mail_in),
                percent(f.opened.mail_in, opened),
            ])
            .row([w.report_total_opened(), count(opened), String::new()]),
    );

    let v = &f.verdicts;
    sections.push(
        Section::new(w.report_verdicts(), Some(w.report_verdicts_note()))
            .columns(&[
                (w.report_col_verdict(), 0.52, what),
                (w.report_col_clause(), 0.12, clause_col),
                (w.report_col_cases(), 0.18, num),
                (w.report_col_share(), 0.18, num),
            ])
            .row([
                w.report_free_provisional(v.free_provisional),
                clause("1.3, 1.4"),
                count(v.free),
                percent(v.free, opened),
            ])
            .row([
                w.verdict(Verdict::Paid),
                clause("2.2"),
                count(v.paid),
                percent(v.paid, opened),
            ])
            .row([
                w.verdict(Verdict::NeedsProof),
                clause("2.3"),
                count(v.needs_proof),
                percent(v.needs_proof, opened),
            ])
            .row([
                w.verdict(Verdict::Ineligible),
                clause("1.2"),
                count(v.ineligible),
                percent(v.ineligible, opened),
            ])
            .row([
                w.pdf_report_undecided(),
                String::new(),
                count(v.undecided),
                percent(v.undecided, opened),
            ]),
    );

    let t = &f.turned_away;
    sections.push(
        Section::new(w.report_turned_away(), Some(w.report_turned_away_note()))
            .columns(&[
                (w.report_col_reason(), 0.64, what),
                (w.report_col_clause(), 0.18, clause_col),
                (w.report_col_parcels(), 0.18, num),
            ])
            .row([
                w.report_refused_cod(),
                clause("2.1"),
                count(t.refused_cash_on_delivery),
            ])
            .row([
                w.report_rejected_damaged(),
                clause("3.6"),
                count(t.rejected_damaged),
            ])
            .row([
                w.report_rejected_soaked(),
                clause("3.6"),
                count(t.rejected_soaked),
            ])
            .row([
                w.report_rejected_both(),
                clause("3.6"),
                count(t.rejected_damaged_and_soaked),
            ])
            .row([
                w.report_rejected_other(),
                clause("3.6"),
                count(t.rejected_other),
            ])
            .row([
                w.report_total_turned_away(),
                String::new(),
                count(t.total()),
            ]),
    );

    sections.push(
        Section::new(w.report_applications(), None)
            .columns(&[
                (w.report_col_what(), 0.64, what),
                (w.report_col_clause(), 0.18, clause_col),
                (w.report_col_count(), 0.18, num),
            ])
            .row([
                w.report_applications_expired(),
                clause("4.2"),
                count(f.applications_expired),
            ])
            .row([
                w.report_unsolicited_no_application(),
                clause("4.3"),
                count(f.unsolicited.no_application),
            ])
            .row([
                w.report_unsolicited_expired(),
                clause("4.2, 4.3"),
                count(f.unsolicited.application_expired),
            ]),
    );

    let r = &f.returns;
    let reasons = ReturnReason::ALL.iter().map(|reason| {
        let text = match reason {
            ReturnReason::Repaired => w.report_returned_repaired(),
            ReturnReason::Ineligible => w.report_returned_ineligible(),
            // The store files an unanswered quote (2.3) under "declined" too.
            ReturnReason::QuoteDeclined => w.report_returned_declined(),
            ReturnReason::ProofNotGiven => w.report_returned_no_proof(),
            ReturnReason::PaymentOverdue => w.report_returned_overdue(),
        };
        vec![text, clause(reason.clause()), count(r.count(*reason))]
    });
    sections.push(
        Section::new(w.report_returned(), Some(w.report_returned_note()))
            .columns(&[
                (w.report_col_reason(), 0.64, what),
                (w.report_col_clause(), 0.18, clause_col),
                (w.report_col_devices(), 0.18, num),
            ])
            .rows(reasons)
            .row([
                w.report_returned_not_recorded(),
                String::new(),
                count(r.reason_not_recorded),
            ])
            .row([
                w.report_total_returned(r.unrepaired()),
                String::new(),
                count(r.total()),
            ]),
    );

    let ta = &f.turnaround;
    sections.push(
        Section::new(w.report_turnaround(), Some(w.report_turnaround_note()))
            .columns(&[
                (w.report_col_measure(), 0.64, what),
                (w.report_col_value(), 0.36, num),
            ])
            .row([w.report_devices_measured(), count(ta.devices)])
            .row([w.pdf_report_median(), days_in(w, ta.median_days)])
            .row([w.pdf_report_p90(), days_in(w, ta.p90_days)])
            .row([w.pdf_report_longest(), days_in(w, ta.longest_days)]),
    );

    let q = &f.quotes;
    sections.push(
        Section::new(w.report_quotes(), Some(w.report_quotes_note()))
            .columns(&[
                (w.report_col_step(), 0.64, what),
                (w.report_col_clause(), 0.18, clause_col),
                (w.report_col_cases(), 0.18, num),
            ])
            .row([w.report_quotes_sent(), clause("2.2"), count(q.sent)])
            .row([w.report_quotes_accepted(), clause("2.2"), count(q.accepted)])
            .row([w.report_quotes_declined(), clause("2.2"), count(q.declined)])
            .row([
                w.report_quotes_unanswered(),
                clause("2.3"),
                count(q.unanswered),
            ])
            .row([
                w.report_proofs_requested(),
                clause("2.3"),
                count(f.proofs_requested),
            ]),
    );

    sections.push(
        Section::new(w.report_revenue(), Some(w.report_revenue_note()))
            .columns(&[
                (w.report_col_currency(), 0.46, what),
                (w.report_col_payments(), 0.18, num),
                (w.report_col_amount(), 0.36, num),
            ])
            .rows(f.revenue.iter().map(|t| {
                vec![
                    t.amount.currency.to_string(),
                    count(t.payments),
                    w.amount(&t.amount),
                ]
            }))
            .when_empty(w.report_no_payment(month.as_str())),
    );

    sections.push(
        Section::new(
            w.report_overdue(),
            Some(w.report_overdue_note(long_date(w, f.as_of))),
        )
        .columns(&[
            (w.report_col_what(), 0.64, what),
            (w.report_col_value(), 0.36, num),
        ])
        .row([w.report_cases_overdue(), count(f.overdue.cases)])
        .rows(f.overdue.outstanding.iter().map(|owed| {
            vec![
                w.report_outstanding(owed.currency.to_string()),
                w.amount(owed),
            ]
        }))
        .row([
            w.report_sent_back_unpaid(month.as_str()),
            count(f.overdue.sent_back),
        ]),
    );

    let note = w.report_top_note(crate::report::TOP);
    for (title, col, list, when_empty) in [
        (
            w.report_top_models(),
            w.report_col_model(),
            &f.top_models,
            w.report_no_model(),
        ),
        (
            w.report_top_components(),
            w.report_col_component(),
            &f.top_components,
            w.report_no_component(),
        ),
    ] {
        sections.push(
            Section::new(title, Some(note.clone()))
                .columns(&[
                    ("#".to_string(), 0.08, num),
                    (col, 0.56, what),
                    (w.report_col_cases(), 0.18, num),
                    (w.report_col_share(), 0.18, num),
                ])
                .rows(list.iter().enumerate().map(|(i, ranked)| {
                    vec![
                        (i + 1).to_string(),
                        ranked.name.clone(),
                        count(ranked.cases),
                        percent(ranked.cases, opened),
                    ]
                }))
                .when_empty(when_empty),
        );
    }
    sections
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::tiles::days;

    #[test]
    fn percentages_round_half_up_in_integers() {
        assert_eq!(percent(1, 3), "33 %");
        assert_eq!(percent(2, 3), "67 %");
        assert_eq!(percent(1, 8), "13 %");
        assert_eq!(percent(0, 5), "0 %");
        assert_eq!(percent(5, 5), "100 %");
        assert_eq!(percent(1, 0), "–");
    }

    #[test]
    fn days_read_naturally() {
        assert_eq!(days(Some(1)), "1 day");
        assert_eq!(days(Some(0)), "0 days");
        assert_eq!(days(Some(14)), "14 days");
        assert_eq!(days(None), "–");
    }
}
