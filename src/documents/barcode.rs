//! Barcodes drawn as vector rectangles: Code 128 for the case number on receipts,
//! confirmations and return labels (docs/rules.md §7: "case number as text and as a scannable
//! barcode"), and QR for anything a phone should read.
//!
//! Vector bars stay sharp at any printer resolution. On a 203-dpi thermal label printer
//! they are only *exact* when every bar edge falls on a printer dot: use a module width
//! that is a whole number of dots ([`DOT_203DPI_MM`], [`Code128::module_to_fit`]) and
//! put the symbol's left edge on the dot grid ([`snap_to_dots`]). Otherwise the driver
//! rounds each bar separately and bar widths wobble by a dot, which is what makes
//! cheap labels unscannable.

use qrcode::{Color as QrColor, EcLevel, QrCode};

use super::layout::{Colour, Page};

/// One dot of a 203-dpi (8 dots/mm) thermal label printer, in millimetres.
pub const DOT_203DPI_MM: f32 = 25.4 / 203.0;

/// Light modules required on each side of a Code 128 symbol (ISO/IEC 15417: at least 10X).
pub const CODE128_QUIET_MODULES: usize = 10;

/// Light modules required around a QR symbol (ISO/IEC 18004: 4X).
pub const QR_QUIET_MODULES: usize = 4;

/// Why a barcode could not be made.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum BarcodeError {
    #[error("a barcode needs some text to encode")]
    Empty,
    #[error("{ch:?} cannot be put in a Code 128 barcode: only printable ASCII can")]
    Unsupported { ch: char },
    #[error("the Code 128 encoder rejected {data:?}: {reason}")]
    Code128 { data: String, reason: String },
    #[error("the text cannot be put in a QR code: {reason}")]
    Qr { reason: String },
}

impl BarcodeError {
    /// This error in the reader's language; the English is its `Display`. The
    /// encoder's reason is given as it came.
    pub fn say(&self, w: crate::i18n::Words) -> String {
        match self {
            BarcodeError::Empty => w.doc_error_barcode_empty(),
            BarcodeError::Unsupported { ch } => w.doc_error_barcode_unsupported(format!("{ch:?}")),
            BarcodeError::Code128 { data, reason } => {
                w.doc_error_barcode_code128(format!("{data:?}"), reason)
            }
            BarcodeError::Qr { reason } => w.doc_error_barcode_qr(reason),
        }
    }
}

/// `mm` moved to the nearest multiple of `dot` (e.g. [`DOT_203DPI_MM`]).
pub fn snap_to_dots(mm: f32, dot: f32) -> f32 {
    if dot > 0.0 {
        (mm / dot).round() * dot
    } else {
        mm
    }
}

/// A Code 128 symbol, ready to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct Code128 {
    data: String,
    /// Dark bars as (first module, width in modules), counted from the left edge of the
    /// left quiet zone. Adjacent dark modules are already merged into one bar.
    bars: Vec<(usize, usize)>,
    /// Total width in modules, quiet zones included.
    modules: usize,
}

impl Code128 {
    /// Encodes `data` (printable ASCII, e.g. a case number `SC-2026-000123`), switching to
    /// the double-density digit set for long runs of digits to keep the symbol short.
    pub fn new(data: &str) -> Result<Code128, BarcodeError> {
        if data.is_empty() {
            return Err(BarcodeError::Empty);
        }
        if let Some(ch) = data.chars().find(|c| !(' '..='~').contains(c)) {
            return Err(BarcodeError::Unsupported { ch });
        }
        let planned = plan_code_sets(data);
        let symbol =
            barcoders::sym::code128::Code128::new(&planned).map_err(|e| BarcodeError::Code128 {
                data: data.to_string(),
                reason: e.to_string(),
            })?;
        let pattern = symbol.encode();

        let mut bars = Vec::new();
        let mut run_start = None;
        for (i, module) in pattern.iter().enumerate() {
            match (module, run_start) {
                (1, None) => run_start = Some(i),
                (0, Some(start)) => {
                    bars.push((CODE128_QUIET_MODULES + start, i - start));
                    run_start = None;
                }
                _ => {}
            }
        }
        if let Some(start) = run_start {
            bars.push((CODE128_QUIET_MODULES + start, pattern.len() - start));
        }
        Ok(Code128 {
            data: data.to_string(),
            bars,
            modules: pattern.len() + 2 * CODE128_QUIET_MODULES,
        })
    }

    /// The text encoded.
    pub fn data(&self) -> &str {
        &self.data
    }

    /// Width in modules, quiet zones included.
    pub fn modules(&self) -> usize {
        self.modules
    }

    /// Dark bars as (first module, width in modules) from the left edge of the quiet zone.
    pub fn bars(&self) -> &[(usize, usize)] {
        &self.bars
    }

    /// Width in millimetres at `module` mm per module, quiet zones included.
    pub fn width(&self, module: f32) -> f32 {
        self.modules as f32 * module
    }

    /// The widest module, a whole number of `dot`s, that keeps the symbol (with its quiet
    /// zones) within `max_width`. `None` if not even one dot per module fits.
    pub fn module_to_fit(&self, max_width: f32, dot: f32) -> Option<f32> {
        if dot <= 0.0 || self.modules == 0 {
            return None;
        }
        let dots = (max_width / (self.modules as f32 * dot) + 1e-4).floor();
        (dots >= 1.0).then_some(dots * dot)
    }

    /// Draws the symbol with the left edge of its quiet zone at `x` and its top at `y`;
    /// bars `height` mm tall. The quiet zones are painted white, so the symbol scans even
    /// on a shaded background. Returns the width used.
    pub fn draw(&self, page: &mut Page, x: f32, y: f32, module: f32, height: f32) -> f32 {
        let width = self.width(module);
        page.fill_rects(Colour::WHITE, &[(x, y, width, height)]);
        let bars: Vec<(f32, f32, f32, f32)> = self
            .bars
            .iter()
            .map(|&(start, w)| (x + start as f32 * module, y, w as f32 * module, height))
            .collect();
        page.fill_rects(Colour::BLACK, &bars);
        width
    }
}

/// Writes `data` in barcoders' notation (`Ɓ` = code set B, `Ć` = code set C), using set C
/// (two digits per symbol character) where it shortens the symbol: a run of 4+ digits at
/// the start or end, or 6+ in the middle; the whole data if it is 2+ digits only. An odd
/// digit out is encoded in set B, so set C always gets digit pairs.
fn plan_code_sets(data: &str) -> String {
    #[derive(PartialEq)]
    enum Set {
        B,
        C,
    }
    let chars: Vec<char> = data.chars().collect();
    let mut out = String::with_capacity(data.len() + 4);
    let mut set = None;
    let mut i = 0;
    while i < chars.len() {
        let run = chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        let at_start = i == 0;
        let to_end = i + run == chars.len();
        let worth_c = match (at_start, to_end) {
            (true, true) => run >= 2,
            (true, false) | (false, true) => run >= 4,
            (false, false) => run >= 6,
        };
        if worth_c {
            if run % 2 == 1 && !at_start {
                if set != Some(Set::B) {
                    out.push('Ɓ');
                }
                out.push(chars[i]);
                i += 1;
            }
            let pairs = run / 2 * 2;
            out.push('Ć');
            set = Some(Set::C);
            out.extend(&chars[i..i + pairs]);
            i += pairs;
        } else {
            if set != Some(Set::B) {
                out.push('Ɓ');
                set = Some(Set::B);
            }
            let take = run.max(1);
            out.extend(&chars[i..i + take]);
            i += take;
        }
    }
    out
}

/// A QR symbol, ready to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct Qr {
    data: String,
    /// Modules per side, without the quiet zone.
    size: usize,
    /// Row-major, `true` = dark.
    dark: Vec<bool>,
}

impl Qr {
    /// Encodes `data` with error correction level M (15 %): survives a scuffed label
    /// without making the symbol much bigger.
    pub fn new(data: &str) -> Result<Qr, BarcodeError> {
        if data.is_empty() {
            return Err(BarcodeError::Empty);
        }
        let code =
            QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M).map_err(|e| {
                BarcodeError::Qr {
                    reason: e.to_string(),
                }
            })?;
        let size = code.width();
        let dark = code
            .to_colors()
            .into_iter()
            .map(|c| c == QrColor::Dark)
            .collect();
        Ok(Qr {
            data: data.to_string(),
            size,
            dark,
        })
    }

    pub fn data(&self) -> &str {
        &self.data
    }

    /// Modules per side, quiet zone included.
    pub fn modules(&self) -> usize {
        self.size + 2 * QR_QUIET_MODULES
    }

    /// Side length in millimetres at `module` mm per module, quiet zone included.
    pub fn width(&self, module: f32) -> f32 {
        self.modules() as f32 * module
    }

    /// Dark areas as (column, row, width, height) in modules from the outer corner of the
    /// quiet zone. Runs along a row are merged, and identical runs on consecutive rows
    /// merged into one taller rectangle: fewer shapes, and no seams between rows.
    pub fn rects(&self) -> Vec<(usize, usize, usize, usize)> {
        let mut done = Vec::new();
        // Rectangles still growing downwards, keyed by their (column, width).
        let mut open: Vec<(usize, usize, usize, usize)> = Vec::new();
        for row in 0..self.size {
            let mut runs = Vec::new();
            let mut col = 0;
            while col < self.size {
                if self.dark[row * self.size + col] {
                    let start = col;
                    while col < self.size && self.dark[row * self.size + col] {
                        col += 1;
                    }
                    runs.push((start, col - start));
                } else {
                    col += 1;
                }
            }
            let mut still_open = Vec::with_capacity(runs.len());
            for (start, len) in runs {
                if let Some(pos) = open.iter().position(|r| r.0 == start && r.2 == len) {
                    let mut r = open.swap_remove(pos);
                    r.3 += 1;
                    still_open.push(r);
                } else {
                    still_open.push((start, row, len, 1));
                }
            }
            done.append(&mut open);
            open = still_open;
        }
        done.append(&mut open);
        done.into_iter()
            .map(|(c, r, w, h)| (c + QR_QUIET_MODULES, r + QR_QUIET_MODULES, w, h))
            .collect()
    }

    /// Draws the symbol with the outer corner of its quiet zone at (`x`, `y`). The quiet
    /// zone is painted white. Returns the side length used.
    pub fn draw(&self, page: &mut Page, x: f32, y: f32, module: f32) -> f32 {
        let side = self.width(module);
        page.fill_rects(Colour::WHITE, &[(x, y, side, side)]);
        let rects: Vec<(f32, f32, f32, f32)> = self
            .rects()
            .into_iter()
            .map(|(c, r, w, h)| {
                (
                    x + c as f32 * module,
                    y + r as f32 * module,
                    w as f32 * module,
                    h as f32 * module,
                )
            })
            .collect();
        page.fill_rects(Colour::BLACK, &rects);
        side
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_numbers_use_set_c_for_the_digit_tail() {
        assert_eq!(plan_code_sets("SC-2026-000123"), "ƁSC-2026-Ć000123");
        assert_eq!(plan_code_sets("SC-2026-00123"), "ƁSC-2026-0Ć0123");
        assert_eq!(plan_code_sets("123456"), "Ć123456");
        assert_eq!(plan_code_sets("12345"), "Ć1234Ɓ5");
        assert_eq!(plan_code_sets("1234AB"), "Ć1234ƁAB");
        assert_eq!(plan_code_sets("A12B"), "ƁA12B");
        assert_eq!(plan_code_sets("AB123456CD"), "ƁABĆ123456ƁCD");
        assert_eq!(plan_code_sets("X"), "ƁX");
    }

    #[test]
    fn code128_structure() {
        let code = Code128::new("SC-2026-000123").expect("encodes");
        // Start + 8 set-B chars + switch + 3 digit pairs + check = 14 × 11, stop 13, quiet 20.
        assert_eq!(code.modules(), 14 * 11 + 13 + 20);
        let first = code.bars()[0];
        assert_eq!(
            first.0, CODE128_QUIET_MODULES,
            "quiet zone before the first bar"
        );
        let (start, width) = code.bars()[code.bars().len() - 1];
        assert_eq!(start + width, code.modules() - CODE128_QUIET_MODULES);
        // Bars are merged: no two touch, and each is 1..=4 modules wide.
        for pair in code.bars().windows(2) {
            assert!(pair[0].0 + pair[0].1 < pair[1].0);
        }
        assert!(code.bars().iter().all(|&(_, w)| (1..=4).contains(&w)));
    }

    #[test]
    fn code128_refuses_what_it_cannot_encode() {
        assert_eq!(Code128::new(""), Err(BarcodeError::Empty));
        assert_eq!(
            Code128::new("SC-Ø1"),
            Err(BarcodeError::Unsupported { ch: 'Ø' })
        );
    }

    #[test]
    fn module_width_is_whole_printer_dots() {
        let code = Code128::new("SC-2026-000123").expect("encodes");
        let module = code.module_to_fit(90.0, DOT_203DPI_MM).expect("fits");
        let dots = module / DOT_203DPI_MM;
        assert!((dots - dots.round()).abs() < 1e-4, "{dots}");
        assert!(code.width(module) <= 90.0);
        assert!(
            code.width(module + DOT_203DPI_MM) > 90.0,
            "the widest that fits"
        );
        assert_eq!(code.module_to_fit(1.0, DOT_203DPI_MM), None);
        let dots = snap_to_dots(10.0, DOT_203DPI_MM) / DOT_203DPI_MM;
        assert!((dots - dots.round()).abs() < 1e-3, "{dots}");
    }

    #[test]
    fn qr_rects_cover_exactly_the_dark_modules() {
        let qr = Qr::new("SC-2026-000123").expect("encodes");
        let mut covered = vec![false; qr.size * qr.size];
        for (c, r, w, h) in qr.rects() {
            for row in r..r + h {
                for col in c..c + w {
                    let (row, col) = (row - QR_QUIET_MODULES, col - QR_QUIET_MODULES);
                    assert!(!covered[row * qr.size + col], "overlap");
                    covered[row * qr.size + col] = true;
                }
            }
        }
        assert_eq!(covered, qr.dark);
        assert!(qr.rects().len() < qr.dark.iter().filter(|d| **d).count() / 2);
        assert_eq!(qr.modules(), qr.size + 8);
    }
}
