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

use chrono::NaiveDate;

use crate::domain::ReturnReason;
use crate::domain::settings::{Center, Paper};
use crate::domain::warranty::Verdict;
use crate::report::MonthlyFigures;
use crate::report::tiles::{days, key_figures};

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

/// "2 March 2026": unambiguous wherever the report is read.
fn long_date(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

/// `part` of `whole` as a whole percentage, rounded half up, in integers ("31 %").
fn percent(part: u32, whole: u32) -> String {
    if whole == 0 {
        return "–".to_string();
    }
    let p = (u64::from(part) * 200 + u64::from(whole)) / (2 * u64::from(whole));
    format!("{p} %")
}

/// The monthly report for `figures`, for the center `center`, on `paper`.
///
/// Always at least one page; a month with nothing in it says so in a sentence instead
/// of printing empty tables. Fails only if the layout or the fonts fail (a bug, caught by
/// the tests), never because of the figures.
pub fn monthly_report(
    figures: &MonthlyFigures,
    center: &Center,
    paper: Paper,
) -> Result<Vec<u8>, DocumentError> {
    let month = figures.month.name();
    let mut doc = Document::new(
        format!("Monthly report {month} – {}", center.name.trim()),
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
        template: "Page {n} of {m}".to_string(),
        font: Font::regular(8.0).with_colour(GREY_TEXT),
        align: Align::Right,
    });
    let footer = format!(
        "Generated on {} by fixdesk  ·  No customer personal data (3.7)",
        long_date(figures.computed_on)
    );
    let running_head = format!("{}  ·  Monthly report {month}", center.name.trim());
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

    title_block(&mut doc, figures, center);
    if figures.is_empty() {
        nothing_to_report(&mut doc, figures);
        return doc.to_pdf();
    }
    tiles(&mut doc, figures);
    cases_per_day_chart(&mut doc, figures);
    verdict_mix_chart(&mut doc, figures);
    tables(&mut doc, figures)?;
    doc.to_pdf()
}

/// The footer's left half; the page number sits on the right of the same line.
fn draw_footer(page: &mut Page, footer: &str) {
    let font = Font::regular(8.0).with_colour(GREY_TEXT);
    let y = page.bottom() + ((page.margins().bottom - font.line_height()) / 2.0).max(0.0);
    let (left, width) = (page.left(), page.content_width());
    page.text_in(left, y, width * 0.75, Align::Left, font, footer);
}

fn title_block(doc: &mut Document, figures: &MonthlyFigures, center: &Center) {
    let page = doc.page();
    let (left, right) = (page.left(), page.right());
    let top = page.cursor();
    let width = page.content_width();

    let mut y = top;
    page.text(left, y, TITLE, "Monthly report");
    y += TITLE.line_height();
    page.text(left, y, SUBTITLE, &figures.month.name());
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
            "Period",
            format!(
                "{} – {}",
                long_date(figures.month.first_day()),
                long_date(figures.month.last_day())
            ),
        ),
        ("Overdue judged on", long_date(figures.as_of)),
        ("Generated on", long_date(figures.computed_on)),
    ];
    let mut ry = top + 1.5;
    for (label, value) in &facts {
        page.text_right(right, ry, CAPTION, &label.to_uppercase());
        ry += CAPTION.line_height();
        page.text_right(right, ry, BODY, value);
        ry += BODY.line_height() + 0.8;
    }

    let y = y.max(ry) + 2.5;
    page.line(left, y, right, y, 1.2, INK);
    page.set_cursor(y + 4.0);
}

fn nothing_to_report(doc: &mut Document, figures: &MonthlyFigures) {
    let page = doc.page();
    let (left, width) = (page.left(), page.content_width());
    let y = page.cursor() + 4.0;
    let text = format!(
        "No cases in {}: no case was opened, no parcel arrived, no quote was sent, no \
         device went back, no payment was received and none was overdue. There are no \
         figures to report for this month.",
        figures.month.name()
    );
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

fn tiles(doc: &mut Document, f: &MonthlyFigures) {
    let tiles = key_figures(f);

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
        page.text_in(
            x + 2.5,
            y + 2.0,
            inner,
            Align::Left,
            CAPTION,
            &tile.label.to_uppercase(),
        );
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

fn cases_per_day_chart(doc: &mut Document, f: &MonthlyFigures) {
    const HEIGHT: f32 = 52.0;
    let month = f.month.name();
    let note = (f.opened.total() > 0).then_some(
        "Walk-in devices and mail-in applications (and parcels without one), by the UTC date the case was opened.",
    );
    heading(doc, "Cases opened per day", note, HEIGHT + 8.0);
    let page = doc.page();
    let (left, width, top) = (page.left(), page.content_width(), page.cursor());
    if f.opened.total() == 0 {
        page.text(left, top, BODY, &format!("No case was opened in {month}."));
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
    // The y axis's title sits above its numbers; the chart starts one line lower.
    page.text(left, top, axis_font, "Cases");
    let area = Area {
        x: left,
        y: top + 1.0,
        width,
        height: HEIGHT,
    };
    chart::column_chart(page, area, &data, &style);
    let below = area.y + area.height + 0.5;
    page.text_centred(
        left + width / 2.0,
        below,
        axis_font,
        &format!("Day of {month}"),
    );
    page.set_cursor(below + axis_font.line_height());
}

fn verdict_mix_chart(doc: &mut Document, f: &MonthlyFigures) {
    const BAR_HEIGHT: f32 = 9.0;
    let decided = f.verdicts.decided();
    let note = match f.verdicts.undecided {
        _ if decided == 0 => None,
        0 => Some(format!(
            "Shares of the {decided} cases opened this month with a warranty verdict (1.2, 1.3, 2.2–2.4)."
        )),
        undecided => Some(format!(
            "Shares of the {decided} cases opened this month with a warranty verdict (1.2, 1.3, 2.2–2.4); {undecided} not yet decided {} left out.",
            if undecided == 1 { "is" } else { "are" }
        )),
    };
    let legend_rows = 1.0;
    let keep = BAR_HEIGHT + 5.0 + legend_rows * 6.0 + 2.0;
    heading(doc, "Verdict mix", note.as_deref(), keep);
    let page = doc.page();
    let (left, width, top) = (page.left(), page.content_width(), page.cursor());
    if decided == 0 {
        page.text(
            left,
            top,
            BODY,
            "No verdict was recorded on this month's cases.",
        );
        page.advance(BODY.line_height());
        return;
    }

    // The stacked bar: each verdict's share of the decided cases, left to right.
    let mix = f.verdict_mix();
    let mut x = left;
    for (i, ((_, count), shade)) in mix.iter().zip(MIX_SHADES).enumerate() {
        let w = width * *count as f32 / decided as f32;
        if w <= 0.0 {
            continue;
        }
        page.rect(x, top, w, BAR_HEIGHT, Paint::Fill(shade));
        let label = percent(*count, decided);
        let font = Font::bold(7.5).with_colour(if i < 2 { Colour::WHITE } else { INK });
        if font.width(&label) + 1.5 <= w {
            let y = top + (BAR_HEIGHT - font.line_height()) / 2.0;
            page.text_in(x, y, w, Align::Centre, font, &label);
        }
        x += w;
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
        let w = axis_font.width(&label);
        let lx = (tx - w / 2.0).clamp(left, left + width - w);
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
        let text = format!(
            "{}: {} ({})",
            verdict_label(*verdict),
            count,
            percent(*count, decided)
        );
        page.text_in(x + 4.8, legend_y, slot - 5.5, Align::Left, BODY, &text);
    }
    page.set_cursor(legend_y + BODY.line_height());
}

fn verdict_label(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Free => "Free repair",
        Verdict::Paid => "Paid repair",
        Verdict::NeedsProof => "Needs proof",
        Verdict::Ineligible => "Not eligible",
    }
}

/// One group of figures: a heading, a line on what is counted, and a table.
struct Section {
    title: String,
    note: Option<String>,
    /// Heading and share of the content width of each column. The first column (what is
    /// counted) is left-aligned, a "Clause" column centred, the numbers right-aligned.
    columns: Vec<(&'static str, f32)>,
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

    fn columns(self, columns: &[(&'static str, f32)]) -> Section {
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
            .enumerate()
            .map(|(i, (heading, share))| {
                let column = Column::new(*heading, width * share);
                match (i, *heading) {
                    (0, _) | (_, "Model" | "Component") => column,
                    (_, "Clause") => column.centre(),
                    _ => column.right(),
                }
            })
            .collect();
        let table = Table::new(columns)
            .style(RowStyle::Rules)
            .fonts(BODY, Font::bold(9.0).with_colour(INK));
        doc.table(&table, &self.rows)
    }
}

fn tables(doc: &mut Document, f: &MonthlyFigures) -> Result<(), DocumentError> {
    for section in sections(f) {
        section.draw(doc)?;
    }
    Ok(())
}

/// The report's tables, in the order of docs/rules.md §7.
fn sections(f: &MonthlyFigures) -> Vec<Section> {
    let month = f.month.name();
    let opened = f.opened.total();
    let count = |n: u32| n.to_string();
    let text = |s: &str| s.to_string();
    let clause = |s: &str| s.to_string();
    let mut sections = Vec::new();

    sections.push(
        Section::new(
            "Cases opened by channel",
            Some(text("1.1: a device brought to the desk, or an online application followed by a parcel. Parcels that came without an application count as mail-in.")),
        )
        .columns(&[("Channel", 0.64), ("Cases", 0.18), ("Share", 0.18)])
        .row([text("Walk-in"), count(f.opened.walk_in), percent(f.opened.walk_in, opened)])
        .row([text("Mail-in"), count(f.opened.mail_in), percent(f.opened.mail_in, opened)])
        .row([text("Total cases opened"), count(opened), String::new()]),
    );

    let v = &f.verdicts;
    sections.push(
        Section::new(
            "Warranty verdicts of the cases opened",
            Some(text("The latest decision recorded on each case opened this month, confirmed at diagnosis where it has been made (1.3, 2.4). A free verdict is provisional until the cause is diagnosed.")),
        )
        .columns(&[("Verdict", 0.52), ("Clause", 0.12), ("Cases", 0.18), ("Share", 0.18)])
        .row([
            format!("Free repair ({} provisional)", v.free_provisional),
            clause("1.3, 1.4"),
            count(v.free),
            percent(v.free, opened),
        ])
        .row([text("Paid repair"), clause("2.2"), count(v.paid), percent(v.paid, opened)])
        .row([
            text("Needs proof"),
            clause("2.3"),
            count(v.needs_proof),
            percent(v.needs_proof, opened),
        ])
        .row([
            text("Not eligible"),
            clause("1.2"),
            count(v.ineligible),
            percent(v.ineligible, opened),
        ])
        .row([
            text("Not yet decided"),
            String::new(),
            count(v.undecided),
            percent(v.undecided, opened),
        ]),
    );

    let t = &f.turned_away;
    sections.push(
        Section::new(
            "Parcels turned away at the door",
            Some(text(
                "By the day the parcel arrived. Each parcel is counted under one reason.",
            )),
        )
        .columns(&[("Reason", 0.64), ("Clause", 0.18), ("Parcels", 0.18)])
        .row([
            text("Refused: cash on delivery or freight collect"),
            clause("2.1"),
            count(t.refused_cash_on_delivery),
        ])
        .row([
            text("Rejected: outer package damaged"),
            clause("3.6"),
            count(t.rejected_damaged),
        ])
        .row([
            text("Rejected: soaked in liquid"),
            clause("3.6"),
            count(t.rejected_soaked),
        ])
        .row([
            text("Rejected: damaged and soaked"),
            clause("3.6"),
            count(t.rejected_damaged_and_soaked),
        ])
        .row([
            text("Rejected: no reason recorded"),
            clause("3.6"),
            count(t.rejected_other),
        ])
        .row([text("Total turned away"), String::new(), count(t.total())]),
    );

    sections.push(
        Section::new("Applications and unsolicited parcels", None)
            .columns(&[("What", 0.64), ("Clause", 0.18), ("Count", 0.18)])
            .row([
                text("Applications expired: no parcel within 15 days"),
                clause("4.2"),
                count(f.applications_expired),
            ])
            .row([
                text("Unsolicited parcels taken in: no application"),
                clause("4.3"),
                count(f.unsolicited.no_application),
            ])
            .row([
                text("Unsolicited parcels taken in: the application had expired"),
                clause("4.2, 4.3"),
                count(f.unsolicited.application_expired),
            ]),
    );

    let r = &f.returns;
    let reasons = ReturnReason::ALL.iter().map(|reason| {
        let what = match reason {
            ReturnReason::Repaired => "Repaired",
            ReturnReason::Ineligible => "Unrepaired: not eligible for service",
            // The store files an unanswered quote (2.3) under "declined" too.
            ReturnReason::QuoteDeclined => "Unrepaired: quote declined or not answered",
            ReturnReason::ProofNotGiven => "Unrepaired: proof not given",
            ReturnReason::PaymentOverdue => "Unrepaired: payment overdue",
        };
        vec![text(what), clause(reason.clause()), count(r.count(*reason))]
    });
    sections.push(
        Section::new(
            "Devices returned",
            Some(text(
                "Shipped back or collected at the counter this month, by why the device went back.",
            )),
        )
        .columns(&[("Reason", 0.64), ("Clause", 0.18), ("Devices", 0.18)])
        .rows(reasons)
        .row([
            text("Unrepaired: reason not recorded"),
            String::new(),
            count(r.reason_not_recorded),
        ])
        .row([
            format!("Total returned ({} unrepaired)", r.unrepaired()),
            String::new(),
            count(r.total()),
        ]),
    );

    let ta = &f.turnaround;
    sections.push(
        Section::new(
            "Turnaround, received to returned",
            Some(text("Whole calendar days from the day the device was taken in to the day it went back, for the devices returned this month. Percentiles by nearest rank: the median is the day by which at least half had gone back, the 90th percentile the day by which at least 90 % had.")),
        )
        .columns(&[("Measure", 0.64), ("Value", 0.36)])
        .row([text("Devices measured"), count(ta.devices)])
        .row([text("Median"), days(ta.median_days)])
        .row([text("90th percentile"), days(ta.p90_days)])
        .row([text("Longest"), days(ta.longest_days)]),
    );

    let q = &f.quotes;
    sections.push(
        Section::new(
            "Quotes and requests to customers",
            Some(text(
                "Cases with each step this month; a revised quote to the same case counts once.",
            )),
        )
        .columns(&[("Step", 0.64), ("Clause", 0.18), ("Cases", 0.18)])
        .row([text("Quotes sent"), clause("2.2"), count(q.sent)])
        .row([text("Quotes accepted"), clause("2.2"), count(q.accepted)])
        .row([text("Quotes declined"), clause("2.2"), count(q.declined)])
        .row([
            text("Quotes not answered in time"),
            clause("2.3"),
            count(q.unanswered),
        ])
        .row([
            text("Proof of purchase requested"),
            clause("2.3"),
            count(f.proofs_requested),
        ]),
    );

    sections.push(
        Section::new(
            "Paid-repair revenue",
            Some(text("Payments received this month, by the day paid, per currency; currencies are never added together.")),
        )
        .columns(&[("Currency", 0.46), ("Payments", 0.18), ("Amount", 0.36)])
        .rows(f.revenue.iter().map(|t| {
            vec![
                t.amount.currency.to_string(),
                count(t.payments),
                t.amount.amount_text(),
            ]
        }))
        .when_empty(format!("No payment was received in {month}.")),
    );

    sections.push(
        Section::new(
            "Overdue payments",
            Some(format!(
                "2.6: payment not made more than a month after the payment notice. Cases awaiting payment and overdue at the end of {}.",
                long_date(f.as_of)
            )),
        )
        .columns(&[("What", 0.64), ("Value", 0.36)])
        .row([text("Cases overdue"), count(f.overdue.cases)])
        .rows(f.overdue.outstanding.iter().map(|owed| {
            vec![format!("Outstanding, {}", owed.currency), owed.amount_text()]
        }))
        .row([format!("Devices sent back unpaid in {month}"), count(f.overdue.sent_back)]),
    );

    let note = format!(
        "Among the cases opened this month (at most {}); equal counts in alphabetical order.",
        crate::report::TOP
    );
    for (title, what, list, when_empty) in [
        ("Top models", "Model", &f.top_models, "No model recorded."),
        (
            "Top faulty components",
            "Component",
            &f.top_components,
            "No faulty component diagnosed yet.",
        ),
    ] {
        sections.push(
            Section::new(title, Some(note.clone()))
                .columns(&[("#", 0.08), (what, 0.56), ("Cases", 0.18), ("Share", 0.18)])
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
