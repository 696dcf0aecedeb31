//! A small page-layout layer over printpdf 0.12: pages measured in millimetres from the
//! top-left corner (y grows downwards, as on paper and as the documents are specified),
//! text that is measured before it is drawn, and a [`Document`] that gathers pages and
//! turns them into PDF bytes with subsetted fonts.
//!
//! Units: positions and lengths are millimetres, font sizes and line widths points.
//! A text position `y` is the *top of the line box*; the baseline sits below it so that
//! the tallest accented capital still stays inside the box.
//!
//! Text never runs off the page: single-line text is shortened with "…" at the edge of
//! the page's content box (inside the margins), paragraphs wrap to their box, and the
//! flowing helpers on [`Document`] start a new page when the current one is full. What
//! cannot be fixed by shortening — something placed above or below the paper — is
//! recorded and turns [`Document::to_pdf`] into an error, so a layout bug fails in tests
//! instead of printing half a receipt.

use std::collections::BTreeSet;

use printpdf::{
    Color, FontId, Line, LinePoint, Op, PaintMode, PdfDocument, PdfFont, PdfFontHandle, PdfPage,
    PdfParseErrorSeverity, PdfSaveOptions, Point, Polygon, PolygonRing, Pt, Rect, Rgb, TextItem,
    WindingOrder,
};

use super::fonts::{self, FaceId, Family, FontError, Weight, face};
use super::text::{self, Align, MM_PER_PT};

/// Points in one millimetre.
pub const PT_PER_MM: f32 = 72.0 / 25.4;

/// Slack for "is this inside the page" checks, so a box drawn exactly to the edge passes.
const EDGE_TOLERANCE_MM: f32 = 0.01;

/// Paper sizes, in millimetres.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PageSize {
    pub width: f32,
    pub height: f32,
}

impl PageSize {
    /// ISO A4, portrait.
    pub const A4: PageSize = PageSize::new(210.0, 297.0);
    /// US Letter, portrait (8.5 × 11 in).
    pub const LETTER: PageSize = PageSize::new(215.9, 279.4);
    /// 4 × 6 in thermal shipping label (288 × 432 pt), portrait.
    pub const LABEL_4X6: PageSize = PageSize::new(101.6, 152.4);

    pub const fn new(width: f32, height: f32) -> PageSize {
        PageSize { width, height }
    }

    /// The same paper turned sideways.
    pub const fn landscape(self) -> PageSize {
        PageSize::new(self.height, self.width)
    }

    /// Width and height in points, rounded to 1/1000 pt so that a 4×6 in label is
    /// exactly 288 × 432 pt (label printers' drivers match on the exact size).
    fn in_points(self) -> (f32, f32) {
        let pt = |mm: f32| ((f64::from(mm) * 72.0 / 25.4 * 1000.0).round() / 1000.0) as f32;
        (pt(self.width), pt(self.height))
    }
}

/// White space around the printed area, in millimetres.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Margins {
    pub top: f32,
    pub right: f32,
    pub bottom: f32,
    pub left: f32,
}

impl Margins {
    pub const fn new(top: f32, right: f32, bottom: f32, left: f32) -> Margins {
        Margins {
            top,
            right,
            bottom,
            left,
        }
    }

    pub const fn uniform(mm: f32) -> Margins {
        Margins::new(mm, mm, mm, mm)
    }
}

/// A colour, each channel 0.0–1.0. Documents are mostly black and greys: they are
/// printed on office laser printers and thermal label printers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Colour {
    pub r: f32,
    pub g: f32,
    pub b: f32,
}

impl Colour {
    pub const BLACK: Colour = Colour::grey(0.0);
    pub const WHITE: Colour = Colour::grey(1.0);

    /// A grey: 0.0 is black, 1.0 white.
    pub const fn grey(level: f32) -> Colour {
        Colour {
            r: level,
            g: level,
            b: level,
        }
    }

    pub const fn rgb(r: f32, g: f32, b: f32) -> Colour {
        Colour { r, g, b }
    }

    fn to_pdf(self) -> Color {
        let c = |v: f32| {
            if v.is_finite() {
                v.clamp(0.0, 1.0)
            } else {
                0.0
            }
        };
        Color::Rgb(Rgb {
            r: c(self.r),
            g: c(self.g),
            b: c(self.b),
            icc_profile: None,
        })
    }
}

/// How text is set: size in points, weight, colour.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Font {
    pub size: f32,
    pub weight: Weight,
    pub colour: Colour,
}

impl Font {
    pub const fn regular(size: f32) -> Font {
        Font {
            size,
            weight: Weight::Regular,
            colour: Colour::BLACK,
        }
    }

    pub const fn bold(size: f32) -> Font {
        Font {
            size,
            weight: Weight::Bold,
            colour: Colour::BLACK,
        }
    }

    pub const fn with_colour(self, colour: Colour) -> Font {
        Font { colour, ..self }
    }

    /// Height of one line of this text, in millimetres.
    pub fn line_height(self) -> f32 {
        text::line_height(self.size)
    }

    /// Printed width of `s` in millimetres.
    pub fn width(self, s: &str) -> f32 {
        text::width(s, self.size, self.weight)
    }

    /// Distance from the top of the line box down to the baseline, in millimetres.
    fn baseline_offset(self) -> f32 {
        let f = face(self.weight);
        let half_leading = (text::LINE_SPACING - f.ascent_em() - f.descent_em()) / 2.0;
        (half_leading.max(0.0) + f.ascent_em()) * self.size * MM_PER_PT
    }
}

/// How a shape is painted.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Paint {
    Fill(Colour),
    /// An outline `width_pt` points wide, centred on the shape's edge.
    Stroke {
        colour: Colour,
        width_pt: f32,
    },
    FillAndStroke {
        fill: Colour,
        stroke: Colour,
        width_pt: f32,
    },
}

/// A layout problem found while drawing, reported by [`Document::to_pdf`].
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    #[error("page {page}: {what} does not fit on the paper")]
    OffPage { page: usize, what: String },
    #[error("table row {row} has {got} cells but the table has {expected} columns")]
    CellCount {
        row: usize,
        expected: usize,
        got: usize,
    },
    #[error(transparent)]
    Font(#[from] FontError),
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
}

impl DocumentError {
    /// This error in the reader's language; the English is its `Display`. What fell off
    /// the page and the PDF writer's own words are given as they came.
    pub fn say(&self, w: crate::i18n::Words) -> String {
        match self {
            DocumentError::OffPage { page, what } => w.doc_error_off_page(*page, what),
            DocumentError::CellCount { row, expected, got } => {
                w.doc_error_cell_count(*row, *expected, *got)
            }
            DocumentError::Font(err) => err.say(w),
            DocumentError::Pdf(detail) => w.doc_error_pdf(detail),
        }
    }
}

/// One page being drawn. Get one from [`Document::page`] or [`Document::new_page`].
#[derive(Clone, Debug)]
pub struct Page {
    size: PageSize,
    margins: Margins,
    ops: Vec<Op>,
    /// Characters drawn in each face ([`FaceId::index`]): the fonts are subset to
    /// exactly these.
    used: [BTreeSet<char>; 4],
    /// Things placed outside the paper (see the module docs).
    problems: Vec<String>,
    cursor: f32,
    /// Where flowing content starts on this page: below the page header, if any.
    flow_start: f32,
}

impl Page {
    fn new(size: PageSize, margins: Margins) -> Page {
        Page {
            size,
            margins,
            ops: Vec::new(),
            used: Default::default(),
            problems: Vec::new(),
            cursor: margins.top,
            flow_start: margins.top,
        }
    }

    pub fn size(&self) -> PageSize {
        self.size
    }

    pub fn margins(&self) -> Margins {
        self.margins
    }

    /// Left edge of the content box (inside the margins).
    pub fn left(&self) -> f32 {
        self.margins.left
    }

    /// Right edge of the content box.
    pub fn right(&self) -> f32 {
        self.size.width - self.margins.right
    }

    /// Top edge of the content box.
    pub fn top(&self) -> f32 {
        self.margins.top
    }

    /// Bottom edge of the content box.
    pub fn bottom(&self) -> f32 {
        self.size.height - self.margins.bottom
    }

    /// Width of the content box.
    pub fn content_width(&self) -> f32 {
        self.right() - self.left()
    }

    /// Where the next flowing element goes: a y position, starting at the top margin.
    pub fn cursor(&self) -> f32 {
        self.cursor
    }

    pub fn set_cursor(&mut self, y: f32) {
        self.cursor = y;
    }

    /// Moves the cursor down by `mm` (up, if negative).
    pub fn advance(&mut self, mm: f32) {
        self.cursor += mm;
    }

    /// Space left between the cursor and the bottom margin.
    pub fn remaining(&self) -> f32 {
        self.bottom() - self.cursor
    }

    /// Height available to flowing content on a page like this one: from below the page
    /// header to the bottom margin.
    pub fn flow_height(&self) -> f32 {
        self.bottom() - self.flow_start
    }

    /// Whether anything has been drawn on this page yet.
    pub fn is_blank(&self) -> bool {
        self.ops.is_empty()
    }

    /// Draws one line of text starting at `x`, with the top of its line box at `y`.
    /// Text wider than the space up to the right margin is shortened with "…".
    /// Returns the width drawn.
    pub fn text(&mut self, x: f32, y: f32, font: Font, s: &str) -> f32 {
        self.check_inside_x(x, "text", s);
        let line = text::ellipsize(s, self.right() - x, font.size, font.weight);
        self.show(x, y, font, &line)
    }

    /// Draws one line of text whose right edge is at `right` (money columns).
    /// Shortened with "…" if it would cross the left margin. Returns the width drawn.
    pub fn text_right(&mut self, right: f32, y: f32, font: Font, s: &str) -> f32 {
        self.check_inside_x(right, "right-aligned text", s);
        let line = text::ellipsize(s, right - self.left(), font.size, font.weight);
        let w = text::raw_width(&line, font.size, font.weight);
        self.show(right - w, y, font, &line)
    }

    /// Draws one line of text centred on `centre`. Shortened with "…" to stay inside the
    /// margins on both sides. Returns the width drawn.
    pub fn text_centred(&mut self, centre: f32, y: f32, font: Font, s: &str) -> f32 {
        self.check_inside_x(centre, "centred text", s);
        let half = (centre - self.left()).min(self.right() - centre);
        let line = text::ellipsize(s, 2.0 * half, font.size, font.weight);
        let w = text::raw_width(&line, font.size, font.weight);
        self.show(centre - w / 2.0, y, font, &line)
    }

    /// Draws one line of text in the box from `x` to `x + width`, aligned, shortened with
    /// "…" to the box (and to the margins). Returns the width drawn.
    pub fn text_in(
        &mut self,
        x: f32,
        y: f32,
        width: f32,
        align: Align,
        font: Font,
        s: &str,
    ) -> f32 {
        let (x, width) = self.clip_box(x, width, s);
        let line = text::ellipsize(s, width, font.size, font.weight);
        let w = text::raw_width(&line, font.size, font.weight);
        self.show(text::aligned_x(align, x, width, w), y, font, &line)
    }

    /// Draws `s` word-wrapped to `width` (and to the right margin), left-aligned, starting
    /// with the top of the first line at `y`. Returns the height used.
    pub fn paragraph(&mut self, x: f32, y: f32, width: f32, font: Font, s: &str) -> f32 {
        self.paragraph_in(x, y, width, f32::INFINITY, Align::Left, font, s)
    }

    /// Like [`Page::paragraph`], but aligned, and never taller than `max_height`: lines
    /// that do not fit are dropped and the last line kept ends with "…", so a long fault
    /// description cannot push the rest of a fixed form off the paper. Returns the height
    /// used.
    #[allow(clippy::too_many_arguments)] // a box, an alignment, a font and the text: all needed
    pub fn paragraph_in(
        &mut self,
        x: f32,
        y: f32,
        width: f32,
        max_height: f32,
        align: Align,
        font: Font,
        s: &str,
    ) -> f32 {
        let (x, width) = self.clip_box(x, width, s);
        let lines = fit_lines(s, width, max_height, font);
        let line_height = font.line_height();
        for (i, line) in lines.iter().enumerate() {
            let w = text::raw_width(line, font.size, font.weight);
            let top = y + i as f32 * line_height;
            self.show(text::aligned_x(align, x, width, w), top, font, line);
        }
        lines.len() as f32 * line_height
    }

    /// A straight line from (x1, y1) to (x2, y2), `width_pt` points wide.
    pub fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, width_pt: f32, colour: Colour) {
        self.check_inside_box(
            x1.min(x2),
            y1.min(y2),
            (x1 - x2).abs(),
            (y1 - y2).abs(),
            "a line",
        );
        let point = |x: f32, y: f32| LinePoint {
            p: self.point(x, y),
            bezier: false,
        };
        let line = Line {
            points: vec![point(x1, y1), point(x2, y2)],
            is_closed: false,
        };
        self.ops.push(Op::SetOutlineColor {
            col: colour.to_pdf(),
        });
        self.ops.push(Op::SetOutlineThickness { pt: Pt(width_pt) });
        self.ops.push(Op::DrawLine { line });
    }

    /// A rectangle with its top-left corner at (x, y).
    pub fn rect(&mut self, x: f32, y: f32, width: f32, height: f32, paint: Paint) {
        if width <= 0.0 || height <= 0.0 {
            return;
        }
        self.check_inside_box(x, y, width, height, "a rectangle");
        let mode = match paint {
            Paint::Fill(fill) => {
                self.ops.push(Op::SetFillColor { col: fill.to_pdf() });
                PaintMode::Fill
            }
            Paint::Stroke { colour, width_pt } => {
                self.set_stroke(colour, width_pt);
                PaintMode::Stroke
            }
            Paint::FillAndStroke {
                fill,
                stroke,
                width_pt,
            } => {
                self.ops.push(Op::SetFillColor { col: fill.to_pdf() });
                self.set_stroke(stroke, width_pt);
                PaintMode::FillStroke
            }
        };
        let bottom_left = self.point(x, y + height);
        self.ops.push(Op::DrawRectangle {
            rectangle: Rect {
                x: bottom_left.x,
                y: bottom_left.y,
                width: Pt(width * PT_PER_MM),
                height: Pt(height * PT_PER_MM),
                mode: Some(mode),
                winding_order: Some(WindingOrder::NonZero),
            },
        });
    }

    /// Many filled rectangles of one colour as a single path: how barcodes and chart bars
    /// are drawn. One path fills without hairline seams between touching rectangles and
    /// keeps the PDF small. Each rectangle is `(x, y, width, height)`, top-left corner.
    pub fn fill_rects(&mut self, colour: Colour, rects: &[(f32, f32, f32, f32)]) {
        let mut rings = Vec::with_capacity(rects.len());
        for &(x, y, w, h) in rects {
            if w <= 0.0 || h <= 0.0 {
                continue;
            }
            self.check_inside_box(x, y, w, h, "a filled shape");
            let corner = |cx: f32, cy: f32| LinePoint {
                p: self.point(cx, cy),
                bezier: false,
            };
            rings.push(PolygonRing {
                points: vec![
                    corner(x, y + h),
                    corner(x + w, y + h),
                    corner(x + w, y),
                    corner(x, y),
                ],
            });
        }
        if rings.is_empty() {
            return;
        }
        self.ops.push(Op::SetFillColor {
            col: colour.to_pdf(),
        });
        self.ops.push(Op::DrawPolygon {
            polygon: Polygon {
                rings,
                mode: PaintMode::Fill,
                winding_order: WindingOrder::NonZero,
            },
        });
    }

    fn set_stroke(&mut self, colour: Colour, width_pt: f32) {
        self.ops.push(Op::SetOutlineColor {
            col: colour.to_pdf(),
        });
        self.ops.push(Op::SetOutlineThickness { pt: Pt(width_pt) });
    }

    /// Page coordinates (mm from the top-left) to PDF user space (pt from bottom-left).
    fn point(&self, x: f32, y: f32) -> Point {
        Point {
            x: Pt(x * PT_PER_MM),
            y: Pt((self.size.height - y) * PT_PER_MM),
        }
    }

    /// Emits one already-fitted, printable line. Returns its width.
    fn show(&mut self, x: f32, top: f32, font: Font, line: &str) -> f32 {
        if line.is_empty() {
            return 0.0;
        }
        let f = face(font.weight);
        let baseline = top + font.baseline_offset();
        let ink_top = baseline - f.ascent_em() * font.size * MM_PER_PT;
        let ink_bottom = baseline + f.descent_em() * font.size * MM_PER_PT;
        if ink_top < -EDGE_TOLERANCE_MM || ink_bottom > self.size.height + EDGE_TOLERANCE_MM {
            self.problems
                .push(format!("text {line:?} at y = {top:.1} mm"));
        }
        // Each run of characters in the face that draws them (DejaVu, else Noto CJK),
        // one after the other along the baseline.
        let mut x = x;
        for (family, run) in runs(line, font.weight) {
            let id = FaceId::new(family, font.weight);
            self.used[id.index()].extend(run.chars());
            let pos = self.point(x, baseline);
            self.ops.extend([
                Op::StartTextSection,
                Op::SetFont {
                    font: PdfFontHandle::External(font_id(id)),
                    size: Pt(font.size),
                },
                Op::SetFillColor {
                    col: font.colour.to_pdf(),
                },
                Op::SetTextCursor { pos },
                Op::ShowText {
                    items: vec![TextItem::Text(run.to_string())],
                },
                Op::EndTextSection,
            ]);
            x += text::raw_width(run, font.size, font.weight);
        }
        text::raw_width(line, font.size, font.weight)
    }

    /// The part of the box from `x` to `x + width` that lies inside the margins. A box
    /// wholly outside them is a layout bug, not something to shorten quietly.
    fn clip_box(&mut self, x: f32, width: f32, what: &str) -> (f32, f32) {
        let left = x.max(self.left());
        let right = (x + width).min(self.right());
        if right - left <= 0.0 && !what.trim().is_empty() {
            self.problems.push(format!(
                "a text box for {what:?} from x = {x:.1} mm, {width:.1} mm wide, lies outside the margins"
            ));
        }
        (left, (right - left).max(0.0))
    }

    /// Text anchored outside the content box cannot be rescued by shortening it.
    fn check_inside_x(&mut self, x: f32, kind: &str, s: &str) {
        if x < self.left() - EDGE_TOLERANCE_MM || x > self.right() + EDGE_TOLERANCE_MM {
            self.problems.push(format!(
                "{kind} {s:?} anchored at x = {x:.1} mm, outside the margins"
            ));
        }
    }

    fn check_inside_box(&mut self, x: f32, y: f32, w: f32, h: f32, what: &str) {
        let t = EDGE_TOLERANCE_MM;
        if x < -t || y < -t || x + w > self.size.width + t || y + h > self.size.height + t {
            self.problems
                .push(format!("{what} at ({x:.1}, {y:.1}) mm, {w:.1} × {h:.1} mm"));
        }
    }
}

/// Wrapped lines of `s` that fit in `max_height`; the last kept line ends with "…" when
/// lines were dropped.
pub(crate) fn fit_lines(s: &str, width: f32, max_height: f32, font: Font) -> Vec<String> {
    let mut lines = text::wrap(s, width, font.size, font.weight);
    let max_lines = (max_height / font.line_height() + 1e-4).floor();
    if (lines.len() as f32) > max_lines {
        let keep = max_lines.max(0.0) as usize;
        lines.truncate(keep);
        if let Some(last) = lines.last_mut() {
            *last = text::shorten(last, width, font.size, font.weight);
        }
    }
    lines
}

/// `line` cut into runs of characters drawn by the same family.
fn runs(line: &str, weight: Weight) -> Vec<(Family, &str)> {
    let mut runs: Vec<(Family, &str)> = Vec::new();
    let mut start = 0;
    let mut current = None;
    for (i, c) in line.char_indices() {
        // A combining accent stays in its letter's run.
        let family = if unicode_normalization::char::is_combining_mark(c) {
            current.unwrap_or(Family::Latin)
        } else {
            fonts::family_of(c, weight)
        };
        if current.is_some_and(|f| f != family) {
            runs.push((current.unwrap_or(Family::Latin), &line[start..i]));
            start = i;
        }
        current = Some(family);
    }
    if let Some(family) = current {
        runs.push((family, &line[start..]));
    }
    runs
}

/// The PDF resource name of our font `id` (fixed, so output is reproducible).
fn font_id(id: FaceId) -> FontId {
    FontId(
        match (id.family, id.weight) {
            (Family::Latin, Weight::Regular) => "FdxRegular",
            (Family::Latin, Weight::Bold) => "FdxBold",
            (Family::Cjk, Weight::Regular) => "FdxCjkRegular",
            (Family::Cjk, Weight::Bold) => "FdxCjkBold",
        }
        .to_string(),
    )
}

/// "Page N of M" on every page, stamped when the document is finished (only then is M
/// known).
#[derive(Clone, Debug, PartialEq)]
pub struct PageNumbers {
    /// The wording, with `{n}` for this page's number and `{m}` for the page count, so
    /// the desk can print it in its own language.
    pub template: String,
    pub font: Font,
    pub align: Align,
}

impl Default for PageNumbers {
    fn default() -> Self {
        PageNumbers {
            template: "Page {n} of {m}".to_string(),
            font: Font::regular(8.0).with_colour(Colour::grey(0.35)),
            align: Align::Right,
        }
    }
}

/// A function that draws the same thing at the top of every new page (a letterhead, a
/// report's title line) and moves the cursor below it.
pub type PageHeader = Box<dyn Fn(&mut Page)>;

/// A PDF being put together: pages of one size, drawn in order.
pub struct Document {
    title: String,
    size: PageSize,
    margins: Margins,
    pages: Vec<Page>,
    numbers: Option<PageNumbers>,
    header: Option<PageHeader>,
    created_unix: Option<i64>,
}

impl Document {
    /// A document with one empty page.
    pub fn new(title: impl Into<String>, size: PageSize, margins: Margins) -> Document {
        Document {
            title: title.into(),
            size,
            margins,
            pages: vec![Page::new(size, margins)],
            numbers: None,
            header: None,
            created_unix: None,
        }
    }

    pub fn size(&self) -> PageSize {
        self.size
    }

    pub fn margins(&self) -> Margins {
        self.margins
    }

    /// The page being drawn (the last one).
    pub fn page(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.pages.push(Page::new(self.size, self.margins));
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    pub fn pages(&self) -> &[Page] {
        &self.pages
    }

    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// Starts a new page (running the page header, if one is set) and returns it.
    pub fn new_page(&mut self) -> &mut Page {
        let mut page = Page::new(self.size, self.margins);
        if let Some(header) = &self.header {
            header(&mut page);
        }
        page.flow_start = page.cursor;
        self.pages.push(page);
        self.page()
    }

    /// Draws `header` on every page started from now on by [`Document::new_page`]
    /// (including the pages a long table or paragraph breaks onto).
    pub fn set_page_header(&mut self, header: impl Fn(&mut Page) + 'static) {
        self.header = Some(Box::new(header));
    }

    /// Prints "Page N of M" (or the given wording) in the bottom margin of every page.
    pub fn number_pages(&mut self, numbers: PageNumbers) {
        self.numbers = Some(numbers);
    }

    /// The creation date recorded in the PDF's properties, as seconds since 1970 (UTC).
    /// Time is an argument: the caller passes "now".
    pub fn set_created(&mut self, unix_seconds: i64) {
        self.created_unix = Some(unix_seconds);
    }

    /// Returns the current page if `height` mm still fit below its cursor, otherwise
    /// starts a new page. Use before drawing a block that must not be split.
    pub fn ensure_space(&mut self, height: f32) -> &mut Page {
        let page = self.page();
        // A block taller than a whole page goes on the current page if nothing flowed
        // onto it yet: a fresh page would not hold it either, and the caller shortens it.
        if page.remaining() + EDGE_TOLERANCE_MM < height
            && page.cursor() > page.flow_start + EDGE_TOLERANCE_MM
        {
            self.new_page();
        }
        self.page()
    }

    /// Draws `s` at the cursor across the content width, wrapping, and continuing on new
    /// pages as needed. Moves the cursor below it. Returns the number of lines drawn.
    pub fn paragraph(&mut self, font: Font, s: &str) -> usize {
        let page = self.page();
        let lines = text::wrap(s, page.content_width(), font.size, font.weight);
        let line_height = font.line_height();
        for line in &lines {
            let page = self.ensure_space(line_height);
            let (x, y) = (page.left(), page.cursor());
            page.show(x, y, font, line);
            page.advance(line_height);
        }
        lines.len()
    }

    /// The finished PDF.
    ///
    /// Fails if something was drawn outside the paper (see the module docs) or if the
    /// fonts could not be prepared.
    pub fn to_pdf(&self) -> Result<Vec<u8>, DocumentError> {
        let total = self.pages.len();
        let mut pages = self.pages.clone();
        if let Some(numbers) = &self.numbers {
            for (i, page) in pages.iter_mut().enumerate() {
                stamp_page_number(page, numbers, i + 1, total);
            }
        }
        for (i, page) in pages.iter().enumerate() {
            if let Some(what) = page.problems.first() {
                return Err(DocumentError::OffPage {
                    page: i + 1,
                    what: what.clone(),
                });
            }
        }

        let mut pdf = PdfDocument::new(&self.title);
        pdf.metadata.info.producer = "fixdesk".to_string();
        pdf.metadata.info.creator = "fixdesk".to_string();
        if let Some(date) = self
            .created_unix
            .and_then(|s| printpdf::OffsetDateTime::from_unix_timestamp(s).ok())
        {
            pdf.metadata.info.creation_date = date;
            pdf.metadata.info.modification_date = date;
            pdf.metadata.info.metadata_date = date;
        }

        for id in FaceId::ALL {
            let used: BTreeSet<char> = pages
                .iter()
                .flat_map(|p| p.used[id.index()].iter().copied())
                .collect();
            if !used.is_empty() {
                let font = fonts::subset(id, &used)?;
                pdf.resources
                    .fonts
                    .map
                    .insert(font_id(id), PdfFont::new(font));
            }
        }

        let (width, height) = self.size.in_points();
        let media = Rect::from_wh(Pt(width), Pt(height));
        pdf.pages = pages
            .into_iter()
            .map(|page| PdfPage {
                media_box: media.clone(),
                trim_box: media.clone(),
                crop_box: media.clone(),
                ops: page.ops,
            })
            .collect();

        let options = PdfSaveOptions {
            optimize: true,
            // Ignored without printpdf's `text_layout` feature; our fonts arrive subset.
            subset_fonts: false,
            secure: true,
            image_optimization: None,
        };
        let mut warnings = Vec::new();
        let bytes = pdf.save(&options, &mut warnings);
        if let Some(error) = warnings
            .iter()
            .find(|w| w.severity == PdfParseErrorSeverity::Error)
        {
            return Err(DocumentError::Pdf(error.msg.clone()));
        }
        Ok(bytes)
    }
}

fn stamp_page_number(page: &mut Page, numbers: &PageNumbers, n: usize, total: usize) {
    let label = numbers
        .template
        .replace("{n}", &n.to_string())
        .replace("{m}", &total.to_string());
    // Centred vertically in the bottom margin; inside it, whatever the margin's size.
    let line_height = numbers.font.line_height();
    let y = page.bottom() + ((page.margins.bottom - line_height) / 2.0).max(0.0);
    let (left, width) = (page.left(), page.content_width());
    page.text_in(left, y, width, numbers.align, numbers.font, &label);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> Document {
        Document::new("test", PageSize::A4, Margins::uniform(20.0))
    }

    #[test]
    fn label_is_exactly_4_by_6_inches_in_points() {
        assert_eq!(PageSize::LABEL_4X6.in_points(), (288.0, 432.0));
        let (w, h) = PageSize::A4.in_points();
        assert!((w - 595.276).abs() < 0.001 && (h - 841.89).abs() < 0.001);
    }

    #[test]
    fn text_is_shortened_at_the_right_margin() {
        let mut d = doc();
        let page = d.page();
        let font = Font::regular(12.0);
        let long = "A very long customer name that goes on and on and on and on and on and on";
        let drawn = page.text(150.0, 50.0, font, long);
        assert!(150.0 + drawn <= page.right() + 0.001, "{drawn}");
        assert!(drawn > 30.0);
    }

    #[test]
    fn right_aligned_text_ends_at_the_edge() {
        let mut d = doc();
        let page = d.page();
        let font = Font::bold(10.0);
        let drawn = page.text_right(120.0, 40.0, font, "1 234,50 EUR");
        assert!((drawn - font.width("1 234,50 EUR")).abs() < 1e-4);
        // The text op is positioned at right - width.
        let x = page.ops.iter().find_map(|op| match op {
            Op::SetTextCursor { pos } => Some(pos.x.0 / PT_PER_MM),
            _ => None,
        });
        let x = x.unwrap_or(f32::NAN);
        assert!((x + drawn - 120.0).abs() < 0.001, "left {x}, width {drawn}");
    }

    #[test]
    fn paragraph_in_drops_lines_and_marks_the_cut() {
        let mut d = doc();
        let page = d.page();
        let font = Font::regular(10.0);
        let text = "word ".repeat(200);
        let h = page.paragraph_in(
            20.0,
            30.0,
            50.0,
            3.0 * font.line_height(),
            Align::Left,
            font,
            &text,
        );
        assert!((h - 3.0 * font.line_height()).abs() < 1e-4);
        let lines = fit_lines(&text, 50.0, 3.0 * font.line_height(), font);
        assert_eq!(lines.len(), 3);
        assert!(lines[2].ends_with(text::ELLIPSIS));
    }

    #[test]
    fn drawing_below_the_paper_is_an_error() {
        let mut d = doc();
        d.page().text(20.0, 296.0, Font::regular(12.0), "falls off");
        match d.to_pdf() {
            Err(DocumentError::OffPage { page: 1, what }) => assert!(what.contains("falls off")),
            other => panic!("expected OffPage, got {other:?}"),
        }
    }

    #[test]
    fn flowing_paragraph_breaks_onto_new_pages_with_the_header() {
        let mut d = doc();
        d.set_page_header(|page| {
            let y = page.top();
            page.text(
                page.left(),
                y,
                Font::bold(9.0),
                "Monthly report (continued)",
            );
            page.advance(10.0);
        });
        let text = "lorem ipsum dolor sit amet ".repeat(400);
        let lines = d.paragraph(Font::regular(11.0), &text);
        assert!(lines > 60);
        assert!(d.page_count() >= 2);
        for page in d.pages() {
            assert!(page.cursor() <= page.bottom() + 0.001);
        }
        assert!(d.pages()[1].used[0].contains(&'l'));
        assert!(
            d.pages()[1].used[1].contains(&'M'),
            "header drawn on page 2"
        );
        assert!(d.to_pdf().is_ok());
    }
}
