//! Reading a PDF back from the outside, in pure Rust so that `cargo test` needs nothing
//! but Rust: lopdf for the file's structure and its text as stored, hayro for what a
//! viewer makes of the pages (each glyph's Unicode and place, and the page rendered to
//! pixels) and rxing (a port of ZXing, what phone and desk scanners run) to decode the
//! barcodes on those pixels.
//!
//! hayro and lopdf are independent readers: a text found by both came through the
//! font's ToUnicode map as any viewer reads it, not through our own code.

use std::path::Path;

use hayro::hayro_interpret::font::GlyphRun;
use hayro::hayro_interpret::util::TransformExt;
use hayro::hayro_interpret::{
    BlendMode, ClipPath, Context, Device, DrawMode, DrawProps, Image, ImageDrawProps,
    InterpreterCache, InterpreterSettings, SoftMask, interpret_page,
};
use hayro::hayro_syntax::Pdf;
use hayro::kurbo::{BezPath, Point, Rect};
use hayro::vello_cpu::color::palette::css::WHITE;
use hayro::{PixmapSettings, RenderCache, RenderSettings};
use rxing::common::HybridBinarizer;
use rxing::multi::{GenericMultipleBarcodeReader, MultipleBarcodeReader};
use rxing::{BarcodeFormat, BinaryBitmap, DecodeHints, Luma8LuminanceSource, MultiFormatReader};

/// The text of every page, as lopdf extracts it, with each run of white space (line
/// breaks included) as one space, so a phrase wrapped over two lines is still found.
pub fn lopdf_text(pdf: &[u8]) -> String {
    let doc = lopdf::Document::load_mem(pdf).expect("lopdf reads the PDF");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).expect("lopdf extracts text");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text as a PDF viewer reads it (what a customer copies out of the file): every
/// word hayro finds on the pages, in the order they are drawn, one space between words.
pub fn viewer_text(pdf: &[u8]) -> String {
    words(pdf)
        .iter()
        .map(|w| w.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Each page's MediaBox: left, bottom, right, top in points.
pub fn media_boxes(pdf: &[u8]) -> Vec<[f32; 4]> {
    let doc = lopdf::Document::load_mem(pdf).expect("lopdf reads the PDF");
    doc.get_pages()
        .values()
        .map(|id| {
            let page = doc.get_dictionary(*id).expect("page dictionary");
            let numbers: Vec<f32> = page
                .get(b"MediaBox")
                .and_then(|o| o.as_array())
                .expect("MediaBox")
                .iter()
                .map(|n| n.as_float().expect("number"))
                .collect();
            numbers.try_into().expect("four numbers")
        })
        .collect()
}

/// Page count and each page's MediaBox width × height in points.
pub fn page_sizes(pdf: &[u8]) -> Vec<(f32, f32)> {
    media_boxes(pdf)
        .iter()
        .map(|b| (b[2] - b[0], b[3] - b[1]))
        .collect()
}

pub fn assert_size(pdf: &[u8], pages: usize, width: f32, height: f32) {
    let sizes = page_sizes(pdf);
    assert_eq!(sizes.len(), pages, "{sizes:?}");
    for (w, h) in sizes {
        assert!(
            (w - width).abs() < 0.5 && (h - height).abs() < 0.5,
            "page is {w} × {h} pt, expected {width} × {height}"
        );
    }
}

/// One word on a page (pages count from 1), its box in points from the page's top-left
/// corner: from the first glyph's origin to the last glyph's advance across, and from
/// the font's ascent to its descent down (what a viewer highlights when it is selected).
#[derive(Debug, Clone)]
pub struct Word {
    pub page: usize,
    pub text: String,
    pub x_min: f32,
    pub y_min: f32,
    pub x_max: f32,
    pub y_max: f32,
}

/// No word crosses the box `left..right` × `top..bottom` (points), and no two words on a
/// page overlap.
pub fn assert_words_inside_and_apart(words: &[Word], left: f32, top: f32, right: f32, bottom: f32) {
    let tol = 0.3;
    for w in words {
        assert!(
            w.x_min >= left - tol
                && w.x_max <= right + tol
                && w.y_min >= top - tol
                && w.y_max <= bottom + tol,
            "{w:?} leaves the box {left}..{right} × {top}..{bottom}"
        );
    }
    for (i, a) in words.iter().enumerate() {
        for b in &words[i + 1..] {
            if a.page != b.page {
                continue;
            }
            let overlap_x = a.x_max.min(b.x_max) - a.x_min.max(b.x_min);
            let overlap_y = a.y_max.min(b.y_max) - a.y_min.max(b.y_min);
            assert!(overlap_x <= 0.5 || overlap_y <= 0.5, "{a:?} overlaps {b:?}");
        }
    }
}

/// Every word of every page, in the order drawn. A word ends at a space and wherever
/// the next glyph does not follow on (another line, or a gap wider than a tenth of the
/// type size), as viewers split words.
pub fn words(pdf: &[u8]) -> Vec<Word> {
    let (ascent, descent) = font_extent(pdf);
    let file = Pdf::new(pdf.to_vec()).expect("hayro reads the PDF");
    let cache = InterpreterCache::new();
    let mut words = Vec::new();
    for (index, page) in file.pages().iter().enumerate() {
        let (width, height) = page.render_dimensions();
        let mut context = Context::new(
            page.initial_transform(true).to_kurbo(),
            Rect::new(0.0, 0.0, f64::from(width), f64::from(height)),
            &cache,
            page.xref(),
            InterpreterSettings::default(),
        );
        let mut glyphs = Glyphs::default();
        interpret_page(page, &mut context, &mut glyphs);
        words.extend(glyphs.into_words(index + 1, ascent, descent));
    }
    words
}

/// The tallest ascent and deepest descent of the fonts in the file (per em), from
/// their descriptors: every word's box is at least as tall as any viewer makes it.
///
/// Only the TrueType faces (DejaVu) count: Noto Sans CJK's descriptor gives its `hhea`
/// ascent and descent (1.16 and 0.29 em), room kept for vertical writing and for marks
/// its ideographs never reach. An ideograph's ink lies in its 0.88/0.12 em design box,
/// inside DejaVu's 0.93/0.24, which the documents' line spacing is made for.
fn font_extent(pdf: &[u8]) -> (f32, f32) {
    let doc = lopdf::Document::load_mem(pdf).expect("lopdf reads the PDF");
    let (mut ascent, mut descent) = (0.0_f32, 0.0_f32);
    for object in doc.objects.values() {
        if let Ok(dict) = object.as_dict()
            && dict.get(b"Type").and_then(|t| t.as_name()).ok() == Some(b"FontDescriptor")
            && dict.has(b"FontFile2")
        {
            let number = |key: &[u8]| {
                dict.get(key)
                    .and_then(|n| n.as_float())
                    .expect("font descriptor metric")
                    / 1000.0
            };
            ascent = ascent.max(number(b"Ascent"));
            descent = descent.min(number(b"Descent"));
        }
    }
    assert!(ascent > 0.0, "the fonts are embedded with their metrics");
    (ascent, descent)
}

/// One glyph as placed on the page: its text, where its baseline starts and ends, and
/// the type size, in points from the page's top-left corner.
struct Placed {
    text: String,
    start: Point,
    end: Point,
    size: f64,
}

/// A hayro device that keeps the glyphs and ignores everything else.
#[derive(Default)]
struct Glyphs {
    placed: Vec<Placed>,
}

impl Glyphs {
    fn into_words(self, page: usize, ascent: f32, descent: f32) -> Vec<Word> {
        let mut words: Vec<(String, Point, Point, f64)> = Vec::new();
        let mut open = false;
        for glyph in self.placed {
            if glyph.text.chars().all(char::is_whitespace) {
                open = false;
                continue;
            }
            let follows_on = open
                && words.last().is_some_and(|(_, _, end, size)| {
                    (glyph.start.x - end.x).abs() <= 0.1 * size
                        && (glyph.start.y - end.y).abs() <= 0.1 * size
                });
            match words.last_mut() {
                Some((text, _, end, _)) if follows_on => {
                    text.push_str(&glyph.text);
                    *end = glyph.end;
                }
                _ => words.push((glyph.text, glyph.start, glyph.end, glyph.size)),
            }
            open = true;
        }
        words
            .into_iter()
            .map(|(text, start, end, size)| {
                let size = size as f32;
                Word {
                    page,
                    text,
                    x_min: start.x.min(end.x) as f32,
                    x_max: start.x.max(end.x) as f32,
                    y_min: start.y as f32 - ascent * size,
                    y_max: start.y as f32 - descent * size,
                }
            })
            .collect()
    }
}

impl<'a> Device<'a> for Glyphs {
    fn draw_path(&mut self, _: &BezPath, _: DrawProps<'a>, _: &DrawMode) {}
    fn push_clip_path(&mut self, _: &ClipPath) {}
    fn push_transparency_group(&mut self, _: f32, _: Option<SoftMask<'a>>, _: BlendMode) {}
    fn draw_image(&mut self, _: Image<'a, '_>, _: ImageDrawProps<'a>) {}
    fn pop_clip(&mut self) {}
    fn pop_transparency_group(&mut self) {}

    fn draw_glyph_run(&mut self, run: &GlyphRun<'_, 'a>, props: DrawProps<'a>, _: &DrawMode) {
        for glyph in run.glyphs() {
            // Glyph space is a thousandth of an em; the transform scales it to the page.
            let transform = props.transform * glyph.transform();
            let advance = match &**glyph {
                hayro::hayro_interpret::font::Glyph::Outline(outline) => outline.advance_width(),
                hayro::hayro_interpret::font::Glyph::Type3(type3) => type3.advance_width(),
            }
            .unwrap_or(0.0);
            let start = transform * Point::ZERO;
            let end = transform * Point::new(f64::from(advance), 0.0);
            let size = (transform * Point::new(0.0, 1000.0) - start).hypot();
            let text = match glyph.as_unicode() {
                Some(hayro::hayro_interpret::hayro_cmap::BfString::Char(c)) => c.to_string(),
                Some(hayro::hayro_interpret::hayro_cmap::BfString::String(s)) => s,
                None => char::REPLACEMENT_CHARACTER.to_string(),
            };
            self.placed.push(Placed {
                text,
                start,
                end,
                size,
            });
        }
    }
}

/// Page `page` (from 1) of `pdf` rendered at `dpi` on white; `printed`: as a printer
/// puts it on paper, each pixel black or white with no anti-aliasing (a dot is printed
/// or not), else smoothed for the screen.
fn pixmap(pdf: &[u8], page: usize, dpi: u32, printed: bool) -> hayro::vello_cpu::Pixmap {
    let file = Pdf::new(pdf.to_vec()).expect("hayro reads the PDF");
    let page = &file.pages()[page - 1];
    let scale = dpi as f32 / 72.0;
    hayro::render(
        page,
        &RenderCache::new(),
        &InterpreterSettings::default(),
        &RenderSettings {
            aliasing_threshold: printed.then_some(127),
            ..RenderSettings::default()
        },
        &PixmapSettings {
            x_scale: scale,
            y_scale: scale,
            bg_color: WHITE,
        },
    )
}

/// Page `page` (from 1) of `pdf` as printed at `dpi` (see [`pixmap`]): grey levels, one
/// byte a pixel, row by row; and the width and height in pixels.
pub fn render(pdf: &[u8], page: usize, dpi: u32) -> (Vec<u8>, u32, u32) {
    let pixmap = pixmap(pdf, page, dpi, true);
    let (width, height) = (u32::from(pixmap.width()), u32::from(pixmap.height()));
    // Opaque on a white background: premultiplied is plain RGB.
    let grey = pixmap
        .data()
        .iter()
        .map(|p| {
            let luma = u32::from(p.r) * 299 + u32::from(p.g) * 587 + u32::from(p.b) * 114;
            u8::try_from(luma / 1000).unwrap_or(u8::MAX)
        })
        .collect();
    (grey, width, height)
}

/// What a scanner reads on page `page` (from 1) of `pdf` printed at `dpi`: one line a
/// barcode, `CODE-128:data` or `QR-Code:data` (as zbarimg writes them).
pub fn scan(pdf: &[u8], page: u32, dpi: u32) -> String {
    let (grey, width, height) = render(pdf, page as usize, dpi);
    let source = Luma8LuminanceSource::new(grey, width, height).expect("pixels fit the size");
    let mut bitmap = BinaryBitmap::new(HybridBinarizer::new(source));
    let mut reader = GenericMultipleBarcodeReader::new(MultiFormatReader::default());
    let hints = DecodeHints::default()
        .with(rxing::DecodeHintValue::TryHarder(true))
        .with(rxing::DecodeHintValue::PossibleFormats(
            [BarcodeFormat::CODE_128, BarcodeFormat::QR_CODE].into(),
        ));
    let found = reader
        .decode_multiple_with_hints(&mut bitmap, &hints)
        .unwrap_or_default();
    let mut lines: Vec<String> = found
        .iter()
        .map(|result| {
            let kind = match result.getBarcodeFormat() {
                BarcodeFormat::CODE_128 => "CODE-128",
                BarcodeFormat::QR_CODE => "QR-Code",
                other => panic!("asked only for Code 128 and QR, read {other:?}"),
            };
            format!("{kind}:{}", result.getText())
        })
        .collect();
    lines.sort();
    lines.dedup();
    lines.join("\n")
}

/// Writes `pdf`, and its first page as a PNG at 80 dpi, into `FIXDESK_SAMPLE_DIR` if
/// it is set, to look at.
pub fn keep_sample(pdf: &[u8], name: &str) {
    if let Some(out) = std::env::var_os("FIXDESK_SAMPLE_DIR") {
        let out = Path::new(&out);
        std::fs::write(out.join(format!("{name}.pdf")), pdf).expect("keep sample");
        let png = pixmap(pdf, 1, 80, false).into_png().expect("PNG");
        std::fs::write(out.join(format!("{name}.png")), png).expect("keep sample");
    }
}
