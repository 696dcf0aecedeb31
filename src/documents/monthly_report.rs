//! The manager's monthly report (RULES.md §7) as a PDF to file: a title block, key-figure
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

fn days(value: Option<u32>) -> String {
    match value {
        Some(1) => "1 day".to_string(),
        Some(n) => format!("{n} days"),
        None => "–".to_string(),
    }
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

/// One key figure: a big value, what it is, and a line of detail.
struct Tile {
    label: &'static str,
    value: String,
    detail: String,
}

fn tiles(doc: &mut Document, f: &MonthlyFigures) {
    let revenue = match f.revenue.as_slice() {
        [] => ("0".to_string(), "No payments received".to_string()),
        [only] => (
            only.amount.to_string(),
            format!(
                "{} payment{}",
                only.payments,
                if only.payments == 1 { "" } else { "s" }
            ),
        ),
        [first, rest @ ..] => (
            first.amount.to_string(),
            format!(
                "and {}",
                rest.iter()
                    .map(|t| t.amount.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ),
    };
    let outstanding = if f.overdue.outstanding.is_empty() {
        format!("as of {}", long_date(f.as_of))
    } else {
        format!(
            "{} owed",
            f.overdue
                .outstanding
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    let tiles = [
        Tile {
            label: "Cases opened",
            value: f.opened.total().to_string(),
            detail: format!(
                "{} walk-in · {} mail-in",
                f.opened.walk_in, f.opened.mail_in
            ),
        },
        Tile {
            label: "Devices returned",
            value: f.returns.total().to_string(),
            detail: format!(
                "{} repaired · {} unrepaired",
                f.returns.repaired,
                f.returns.unrepaired()
            ),
        },
        Tile {
            label: "Turnaround, median",
            value: days(f.turnaround.median_days),
            detail: format!("90 % within {}", days(f.turnaround.p90_days)),
        },
        Tile {
            label: "Quotes accepted",
            value: format!("{} of {}", f.quotes.accepted, f.quotes.sent),
            detail: format!(
                "{} declined · {} unanswered",
                f.quotes.declined, f.quotes.unanswered
            ),
        },
        Tile {
            label: "Paid-repair revenue",
            value: revenue.0,
            detail: revenue.1,
        },
        Tile {
            label: "Overdue payments",
            value: f.overdue.cases.to_string(),
            detail: outstanding,
        },
        Tile {
            label: "Parcels turned away",
            value: f.turned_away.total().to_string(),
            detail: format!(
                "{} refused · {} rejected",
                f.turned_away.refused(),
                f.turned_away.rejected()
            ),
        },
        Tile {
            label: "Applications expired",
            value: f.applications_expired.to_string(),
            detail: format!("{} unsolicited parcels", f.unsolicited.total()),
        },
    ];

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
            "Shares of the {decided} cases opened this month with a warranty verdict (RULES §3)."
        )),
        undecided => Some(format!(
            "Shares of the {decided} cases opened this month with a warranty verdict (RULES §3); {undecided} not yet decided {} left out.",
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

/// A table's columns from fractions of the content width: the first column wide and
/// left-aligned (what is counted), a "Clause" column centred, the others right-aligned
/// (the numbers).
fn columns(doc: &mut Document, spec: &[(&str, f32)]) -> Table {
    let width = doc.page().content_width();
    let columns = spec
        .iter()
        .enumerate()
        .map(|(i, (heading, share))| {
            let column = Column::new(*heading, width * share);
            match (i, *heading) {
                (0, _) => column,
                (_, "Clause") => column.centre(),
                _ => column.right(),
            }
        })
        .collect();
    Table::new(columns)
        .style(RowStyle::Rules)
        .fonts(BODY, Font::bold(9.0).with_colour(INK))
}

/// Height a heading should keep with it: a table's header and `rows` one-line rows, so
/// that the report's short tables never start at the foot of a page and finish on the
/// next (a longer row only wraps in a very narrow column).
fn keep_rows(rows: usize) -> f32 {
    let padding = 2.0 * 1.5; // the table's default cell padding, top and bottom
    (rows + 1) as f32 * (BODY.line_height() + padding)
}

fn row<const N: usize>(cells: [String; N]) -> Vec<String> {
    cells.into()
}

fn tables(doc: &mut Document, f: &MonthlyFigures) -> Result<(), DocumentError> {
    let month = f.month.name();
    let opened = f.opened.total();

    heading(
        doc,
        "Cases opened by channel",
        Some(
            "1.1: a device brought to the desk, or an online application followed by a parcel. Parcels that came without an application count as mail-in.",
        ),
        keep_rows(3),
    );
    let table = columns(doc, &[("Channel", 0.64), ("Cases", 0.18), ("Share", 0.18)]);
    doc.table(
        &table,
        &[
            row([
                "Walk-in".to_string(),
                f.opened.walk_in.to_string(),
                percent(f.opened.walk_in, opened),
            ]),
            row([
                "Mail-in".to_string(),
                f.opened.mail_in.to_string(),
                percent(f.opened.mail_in, opened),
            ]),
            row([
                "Total cases opened".to_string(),
                opened.to_string(),
                String::new(),
            ]),
        ],
    )?;

    heading(
        doc,
        "Warranty verdicts of the cases opened",
        Some(
            "The latest decision recorded on each case opened this month, confirmed at diagnosis where it has been made (RULES §3). A free verdict is provisional until the cause is diagnosed.",
        ),
        keep_rows(5),
    );
    let table = columns(
        doc,
        &[
            ("Verdict", 0.52),
            ("Clause", 0.12),
            ("Cases", 0.18),
            ("Share", 0.18),
        ],
    );
    let v = &f.verdicts;
    doc.table(
        &table,
        &[
            row([
                format!("Free repair ({} provisional)", v.free_provisional),
                "1.3, 1.4".to_string(),
                v.free.to_string(),
                percent(v.free, opened),
            ]),
            row([
                "Paid repair".to_string(),
                "2.2".to_string(),
                v.paid.to_string(),
                percent(v.paid, opened),
            ]),
            row([
                "Needs proof".to_string(),
                "2.3".to_string(),
                v.needs_proof.to_string(),
                percent(v.needs_proof, opened),
            ]),
            row([
                "Not eligible".to_string(),
                "1.2".to_string(),
                v.ineligible.to_string(),
                percent(v.ineligible, opened),
            ]),
            row([
                "Not yet decided".to_string(),
                String::new(),
                v.undecided.to_string(),
                percent(v.undecided, opened),
            ]),
        ],
    )?;

    heading(
        doc,
        "Parcels turned away at the door",
        Some("By the day the parcel arrived. Each parcel is counted under one reason."),
        keep_rows(6),
    );
    let table = columns(
        doc,
        &[("Reason", 0.64), ("Clause", 0.18), ("Parcels", 0.18)],
    );
    let t = &f.turned_away;
    doc.table(
        &table,
        &[
            row([
                "Refused: cash on delivery or freight collect".to_string(),
                "2.1".to_string(),
                t.refused_cash_on_delivery.to_string(),
            ]),
            row([
                "Rejected: outer package damaged".to_string(),
                "3.6".to_string(),
                t.rejected_damaged.to_string(),
            ]),
            row([
                "Rejected: soaked in liquid".to_string(),
                "3.6".to_string(),
                t.rejected_soaked.to_string(),
            ]),
            row([
                "Rejected: damaged and soaked".to_string(),
                "3.6".to_string(),
                t.rejected_damaged_and_soaked.to_string(),
            ]),
            row([
                "Rejected: no reason recorded".to_string(),
                "3.6".to_string(),
                t.rejected_other.to_string(),
            ]),
            row([
                "Total turned away".to_string(),
                String::new(),
                t.total().to_string(),
            ]),
        ],
    )?;

    heading(
        doc,
        "Applications and unsolicited parcels",
        None,
        keep_rows(3),
    );
    let table = columns(doc, &[("What", 0.64), ("Clause", 0.18), ("Count", 0.18)]);
    doc.table(
        &table,
        &[
            row([
                "Applications expired: no parcel within 15 days".to_string(),
                "4.2".to_string(),
                f.applications_expired.to_string(),
            ]),
            row([
                "Unsolicited parcels taken in: no application".to_string(),
                "4.3".to_string(),
                f.unsolicited.no_application.to_string(),
            ]),
            row([
                "Unsolicited parcels taken in: the application had expired".to_string(),
                "4.2, 4.3".to_string(),
                f.unsolicited.application_expired.to_string(),
            ]),
        ],
    )?;

    heading(
        doc,
        "Devices returned",
        Some("Shipped back or collected at the counter this month, by why the device went back."),
        keep_rows(7),
    );
    let table = columns(
        doc,
        &[("Reason", 0.64), ("Clause", 0.18), ("Devices", 0.18)],
    );
    let r = &f.returns;
    let mut rows: Vec<Vec<String>> = ReturnReason::ALL
        .iter()
        .map(|reason| {
            let what = match reason {
                ReturnReason::Repaired => "Repaired",
                ReturnReason::Ineligible => "Unrepaired: not eligible for service",
                ReturnReason::QuoteDeclined => "Unrepaired: quote declined or not answered",
                ReturnReason::ProofNotGiven => "Unrepaired: proof not given",
                ReturnReason::PaymentOverdue => "Unrepaired: payment overdue",
            };
            row([
                what.to_string(),
                reason.clause().to_string(),
                r.count(*reason).to_string(),
            ])
        })
        .collect();
    rows.push(row([
        "Unrepaired: reason not recorded".to_string(),
        String::new(),
        r.reason_not_recorded.to_string(),
    ]));
    rows.push(row([
        format!("Total returned ({} unrepaired)", r.unrepaired()),
        String::new(),
        r.total().to_string(),
    ]));
    doc.table(&table, &rows)?;

    heading(
        doc,
        "Turnaround, received to returned",
        Some(
            "Whole calendar days from the day the device was taken in to the day it went back, for the devices returned this month. Percentiles by nearest rank: the median is the day by which at least half had gone back, the 90th percentile the day by which at least 90 % had.",
        ),
        keep_rows(4),
    );
    let table = columns(doc, &[("Measure", 0.64), ("Value", 0.36)]);
    let ta = &f.turnaround;
    doc.table(
        &table,
        &[
            row(["Devices measured".to_string(), ta.devices.to_string()]),
            row(["Median".to_string(), days(ta.median_days)]),
            row(["90th percentile".to_string(), days(ta.p90_days)]),
            row(["Longest".to_string(), days(ta.longest_days)]),
        ],
    )?;

    heading(
        doc,
        "Quotes and requests to customers",
        Some("Cases with each step this month; a revised quote to the same case counts once."),
        keep_rows(5),
    );
    let table = columns(doc, &[("Step", 0.64), ("Clause", 0.18), ("Cases", 0.18)]);
    let q = &f.quotes;
    doc.table(
        &table,
        &[
            row([
                "Quotes sent".to_string(),
                "2.2".to_string(),
                q.sent.to_string(),
            ]),
            row([
                "Quotes accepted".to_string(),
                "2.2".to_string(),
                q.accepted.to_string(),
            ]),
            row([
                "Quotes declined".to_string(),
                "2.2".to_string(),
                q.declined.to_string(),
            ]),
            row([
                "Quotes not answered in time".to_string(),
                "2.3".to_string(),
                q.unanswered.to_string(),
            ]),
            row([
                "Proof of purchase requested".to_string(),
                "2.3".to_string(),
                f.proofs_requested.to_string(),
            ]),
        ],
    )?;

    heading(
        doc,
        "Paid-repair revenue",
        Some(
            "Payments received this month, by the day paid, per currency; currencies are never added together.",
        ),
        keep_rows(f.revenue.len().max(1)),
    );
    if f.revenue.is_empty() {
        let page = doc.page();
        let (left, y) = (page.left(), page.cursor());
        page.text(
            left,
            y,
            BODY,
            &format!("No payment was received in {month}."),
        );
        page.advance(BODY.line_height());
    } else {
        let table = columns(
            doc,
            &[("Currency", 0.46), ("Payments", 0.18), ("Amount", 0.36)],
        );
        let rows: Vec<Vec<String>> = f
            .revenue
            .iter()
            .map(|t| {
                row([
                    t.amount.currency.to_string(),
                    t.payments.to_string(),
                    t.amount.amount_text(),
                ])
            })
            .collect();
        doc.table(&table, &rows)?;
    }

    heading(
        doc,
        "Overdue payments",
        Some(&format!(
            "2.6: payment not made more than a month after the payment notice. Cases awaiting payment and overdue at the end of {}.",
            long_date(f.as_of)
        )),
        keep_rows(2 + f.overdue.outstanding.len()),
    );
    let table = columns(doc, &[("What", 0.64), ("Value", 0.36)]);
    let mut rows = vec![row([
        "Cases overdue".to_string(),
        f.overdue.cases.to_string(),
    ])];
    for owed in &f.overdue.outstanding {
        rows.push(row([
            format!("Outstanding, {}", owed.currency),
            owed.amount_text(),
        ]));
    }
    rows.push(row([
        format!("Devices sent back unpaid in {month}"),
        f.overdue.sent_back.to_string(),
    ]));
    doc.table(&table, &rows)?;

    for (title, what, list) in [
        ("Top models", "Model", &f.top_models),
        ("Top faulty components", "Component", &f.top_components),
    ] {
        heading(
            doc,
            title,
            Some(&format!(
                "Among the cases opened this month (at most {}); equal counts in alphabetical order.",
                crate::report::TOP
            )),
            keep_rows(list.len().max(1)),
        );
        if list.is_empty() {
            let page = doc.page();
            let (left, y) = (page.left(), page.cursor());
            let text = if what == "Model" {
                "No model recorded."
            } else {
                "No faulty component diagnosed yet."
            };
            page.text(left, y, BODY, text);
            page.advance(BODY.line_height());
            continue;
        }
        let table = columns(
            doc,
            &[("#", 0.08), (what, 0.56), ("Cases", 0.18), ("Share", 0.18)],
        );
        // The rank column reads better left-aligned like the name beside it.
        let table = Table {
            columns: table
                .columns
                .into_iter()
                .enumerate()
                .map(|(i, c)| {
                    if i == 1 {
                        Column {
                            align: Align::Left,
                            ..c
                        }
                    } else {
                        c
                    }
                })
                .collect(),
            ..table
        };
        let rows: Vec<Vec<String>> = list
            .iter()
            .enumerate()
            .map(|(i, r)| {
                row([
                    (i + 1).to_string(),
                    r.name.clone(),
                    r.cases.to_string(),
                    percent(r.cases, opened),
                ])
            })
            .collect();
        doc.table(&table, &rows)?;
    }
    Ok(())
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
