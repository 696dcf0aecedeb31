//! The fonts every document prints with: DejaVu Sans, Regular and Bold.
//!
//! They are compiled into the program (see `assets/fonts/README.md` for where they come
//! from and their licence) so a document looks the same on every desk PC, whatever fonts
//! the PC has. A PDF never embeds them whole: [`subset`] cuts each one down to the
//! glyphs the document actually uses (~750 KB → a few KB).
//!
//! Text is not shaped: every character is drawn with its own glyph and its advance width,
//! without kerning or ligatures. That is what DejaVu Sans is designed to look right with
//! for Latin, Greek and Cyrillic, and it keeps measuring ([`super::text`]) and drawing in
//! exact agreement, which is what stops text from running out of its box.

use std::collections::BTreeSet;
use std::fmt;
use std::sync::LazyLock;

use allsorts::binary::read::ReadScope;
use allsorts::font_data::FontData;
use allsorts::subset::{CmapTarget, SubsetProfile};
use printpdf::ParsedFont;
use unicode_normalization::UnicodeNormalization;

static REGULAR_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
static BOLD_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// The two weights the documents use. Headings and labels' key fields are bold;
/// everything else is regular.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Weight {
    Regular,
    Bold,
}

impl Weight {
    /// Both weights, in a fixed order (used to index per-weight tables).
    pub const ALL: [Weight; 2] = [Weight::Regular, Weight::Bold];

    pub(crate) fn index(self) -> usize {
        match self {
            Weight::Regular => 0,
            Weight::Bold => 1,
        }
    }

    /// The PostScript name of the face, as the PDF names it.
    pub fn postscript_name(self) -> &'static str {
        match self {
            Weight::Regular => "DejaVuSans",
            Weight::Bold => "DejaVuSans-Bold",
        }
    }
}

impl fmt::Display for Weight {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.postscript_name())
    }
}

/// Something went wrong cutting a font down to a document's glyphs.
///
/// With the fonts we ship this does not happen; the error exists so that a damaged build
/// (or a future font swap) is reported as a failed document instead of a panic at the desk.
#[derive(Debug, thiserror::Error)]
pub enum FontError {
    #[error("could not read the {weight} font: {reason}")]
    Read { weight: Weight, reason: String },
    #[error("could not subset the {weight} font: {reason}")]
    Subset { weight: Weight, reason: String },
}

/// One face, parsed once: glyph lookup and metrics for measuring text.
pub struct Face {
    weight: Weight,
    bytes: &'static [u8],
    parsed: ParsedFont,
    units_per_em: f32,
    /// What is drawn for a character the font does not have.
    fallback: char,
}

static FACES: LazyLock<[Face; 2]> =
    LazyLock::new(|| [Face::load(Weight::Regular), Face::load(Weight::Bold)]);

/// The face of the given weight. Parsed on first use, then shared.
pub fn face(weight: Weight) -> &'static Face {
    &FACES[weight.index()]
}

impl Face {
    fn load(weight: Weight) -> Face {
        let bytes = match weight {
            Weight::Regular => REGULAR_TTF,
            Weight::Bold => BOLD_TTF,
        };
        let mut warnings = Vec::new();
        // The bytes are ours, compiled in: if they do not parse, the build is broken.
        let parsed = ParsedFont::from_bytes(bytes, 0, &mut warnings)
            .expect("the DejaVu Sans font compiled into fixdesk must parse");
        let units_per_em = f32::from(parsed.units_per_em.max(1));
        let fallback = if parsed.lookup_glyph_index('\u{FFFD}' as u32).is_some() {
            '\u{FFFD}'
        } else {
            '?'
        };
        Face {
            weight,
            bytes,
            parsed,
            units_per_em,
            fallback,
        }
    }

    pub fn weight(&self) -> Weight {
        self.weight
    }

    /// Whether the font has a glyph for `c`.
    pub fn has_char(&self, c: char) -> bool {
        self.glyph(c).is_some()
    }

    fn glyph(&self, c: char) -> Option<u16> {
        self.parsed
            .lookup_glyph_index(c as u32)
            .filter(|gid| *gid != 0)
    }

    /// Advance width of `c` in em (multiply by the font size). Characters the font lacks
    /// measure as the fallback glyph they will be drawn with.
    pub fn advance_em(&self, c: char) -> f32 {
        let gid = self
            .glyph(c)
            .or_else(|| self.glyph(self.fallback))
            .unwrap_or(0);
        f32::from(self.parsed.get_glyph_width(gid).unwrap_or(0)) / self.units_per_em
    }

    /// Height above the baseline of the tallest glyphs (accented capitals), in em.
    pub fn ascent_em(&self) -> f32 {
        f32::from(self.parsed.font_metrics.ascent) / self.units_per_em
    }

    /// Depth below the baseline (positive), in em.
    pub fn descent_em(&self) -> f32 {
        -f32::from(self.parsed.font_metrics.descent) / self.units_per_em
    }

    /// `text` as it will be printed: composed (NFC, so "e" + combining diaeresis becomes
    /// one "ë" glyph), control characters as spaces, and characters the font lacks as a
    /// replacement mark rather than an invisible `.notdef` box.
    pub fn printable(&self, text: &str) -> String {
        text.nfc()
            .map(|c| {
                if c.is_control() {
                    ' '
                } else if self.has_char(c) {
                    c
                } else {
                    self.fallback
                }
            })
            .collect()
    }
}

/// Cuts the face down to the glyphs for `chars` (plus `.notdef`) and returns it parsed,
/// ready to be embedded.
///
/// printpdf 0.12 only subsets when its `text_layout` feature is on, which brings in the
/// whole azul layout engine; with `default-features = false` it embeds fonts whole
/// (~750 KB a face). So we subset before handing the font over, with the same allsorts
/// subsetter printpdf uses. The subset keeps a Unicode `cmap`, so printpdf maps our text
/// to the renumbered glyphs and writes the `/ToUnicode` map that makes the text
/// searchable and copyable.
pub(crate) fn subset(weight: Weight, chars: &BTreeSet<char>) -> Result<ParsedFont, FontError> {
    let face = face(weight);
    let read_err = |reason: String| FontError::Read { weight, reason };
    let glyphs: BTreeSet<u16> = chars.iter().filter_map(|c| face.glyph(*c)).collect();
    // allsorts requires .notdef first and no duplicates (the set guarantees the latter).
    let ids: Vec<u16> = std::iter::once(0).chain(glyphs).collect();

    let data = ReadScope::new(face.bytes)
        .read::<FontData<'_>>()
        .map_err(|e| read_err(e.to_string()))?;
    let provider = data
        .table_provider(0)
        .map_err(|e| read_err(e.to_string()))?;
    let bytes = allsorts::subset::subset(&provider, &ids, &SubsetProfile::Pdf, CmapTarget::Unicode)
        .map_err(|e| FontError::Subset {
            weight,
            reason: e.to_string(),
        })?;

    let mut warnings = Vec::new();
    let mut parsed =
        ParsedFont::from_bytes(&bytes, 0, &mut warnings).ok_or_else(|| FontError::Subset {
            weight,
            reason: "the subset font does not parse".to_string(),
        })?;
    parsed.font_name = Some(format!("{}+{}", subset_tag(&ids), weight.postscript_name()));
    Ok(parsed)
}

/// The six capital letters a subset font's name starts with (ISO 32000-1, 9.6.4).
/// Derived from the glyph set, so the same text gives the same name every time.
fn subset_tag(ids: &[u16]) -> String {
    // FNV-1a: tiny, stable, and good enough to tell two subsets apart.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for id in ids {
        for byte in id.to_be_bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    (0..6)
        .map(|i| char::from(b'A' + ((hash >> (i * 8)) % 26) as u8))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_faces_cover_the_names_the_desk_sees() {
        for weight in Weight::ALL {
            let face = face(weight);
            for c in "Zoë Łukasiewicz-Müller Кирилл Ørsted Ñandú Çelik Δημήτρης €…".chars()
            {
                assert!(face.has_char(c), "{weight} lacks {c:?}");
            }
        }
    }

    /// A PDF's /ToUnicode maps each glyph to one text: if two characters shared a glyph
    /// (some fonts draw Latin "p" and Cyrillic "р" with one), copying text out of the PDF
    /// would give the wrong one. DejaVu gives every character its own glyph; keep it so.
    #[test]
    fn every_character_has_its_own_glyph() {
        for weight in Weight::ALL {
            let map = &face(weight).parsed.codepoint_to_glyph;
            let glyphs: BTreeSet<u16> = map.values().copied().collect();
            assert_eq!(glyphs.len(), map.len(), "{weight} shares glyphs");
        }
    }

    #[test]
    fn metrics_are_sane() {
        let regular = face(Weight::Regular);
        assert!(regular.ascent_em() > 0.7 && regular.ascent_em() < 1.1);
        assert!(regular.descent_em() > 0.1 && regular.descent_em() < 0.4);
        // Bold is wider than regular.
        assert!(face(Weight::Bold).advance_em('m') > regular.advance_em('m'));
    }

    #[test]
    fn printable_composes_and_replaces() {
        let face = face(Weight::Regular);
        // "e" + COMBINING DIAERESIS composes to the single "ë".
        assert_eq!(face.printable("Zoe\u{308}"), "Zoë");
        assert_eq!(face.printable("a\tb\nc"), "a b c");
        // A character no font of ours has is drawn as the replacement mark.
        let out = face.printable("x\u{1F600}y");
        assert_eq!(out.chars().count(), 3);
        assert!(out.chars().all(|c| face.has_char(c)));
    }

    #[test]
    fn subset_is_small_and_keeps_the_characters() {
        let chars: BTreeSet<char> = "Zoë Łukasiewicz-Müller Кирилл".chars().collect();
        let font = subset(Weight::Regular, &chars).expect("subset");
        assert!(
            font.original_bytes.len() < 40_000,
            "{}",
            font.original_bytes.len()
        );
        for c in chars {
            assert!(font.lookup_glyph_index(c as u32).is_some(), "{c:?} lost");
        }
        let name = font.font_name.unwrap_or_default();
        assert!(name.ends_with("+DejaVuSans"), "{name}");
        assert_eq!(name.find('+'), Some(6));
    }
}
