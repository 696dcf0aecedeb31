//! The fonts every document prints with: DejaVu Sans, Regular and Bold, and for the
//! characters DejaVu lacks (Chinese), Noto Sans CJK SC, Regular and Bold.
//!
//! DejaVu is compiled into the program (see `assets/fonts/README.md` for where it comes
//! from and its licence) so a document looks the same on every desk PC, whatever fonts
//! the PC has. Noto Sans CJK is found on the system instead (about 20 MB a weight; see
//! docs/rules.md §13 for the measurements behind that choice): Debian's `fonts-noto-cjk`,
//! the other usual places, a `fonts` folder beside the program (the Windows and macOS
//! packages ship the files there), or the folder named by `FIXDESK_CJK_FONT_DIR`. It is
//! read only when a document has a character DejaVu cannot draw.
//!
//! Each character is drawn by the first face that has it: DejaVu (which has Ł, Ø and
//! the other Latin letters Noto CJK lacks), then Noto CJK. A PDF never embeds a face
//! whole: [`subset`] cuts each one down to the glyphs the document actually uses
//! (~750 KB → a few KB for DejaVu, ~20 MB → a few dozen KB for Noto CJK).
//!
//! Text is not shaped: every character is drawn with its own glyph and its advance width,
//! without kerning or ligatures. That is what DejaVu Sans is designed to look right with
//! for Latin, Greek and Cyrillic, and what Chinese is set with anyway (every character a
//! square), and it keeps measuring ([`super::text`]) and drawing in exact agreement,
//! which is what stops text from running out of its box.

use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{LazyLock, OnceLock};

use allsorts::binary::read::ReadScope;
use allsorts::font_data::FontData;
use allsorts::subset::{CmapTarget, SubsetProfile};
use allsorts::tables::{FontTableProvider, NameTable, OpenTypeData};
use printpdf::ParsedFont;
use unicode_normalization::UnicodeNormalization;

static REGULAR_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
static BOLD_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// The environment variable naming a folder to take Noto Sans CJK from instead of the
/// usual places (a portable install, a test without the font).
pub const CJK_FONT_DIR_ENV: &str = "FIXDESK_CJK_FONT_DIR";

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

    fn cjk_postscript_name(self) -> &'static str {
        match self {
            Weight::Regular => "NotoSansCJKsc-Regular",
            Weight::Bold => "NotoSansCJKsc-Bold",
        }
    }

    fn file_word(self) -> &'static str {
        match self {
            Weight::Regular => "Regular",
            Weight::Bold => "Bold",
        }
    }
}

impl fmt::Display for Weight {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.postscript_name())
    }
}

/// Which of the two families draws a character: DejaVu first, Noto CJK for the rest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Family {
    Latin,
    Cjk,
}

impl Family {
    pub const ALL: [Family; 2] = [Family::Latin, Family::Cjk];
}

/// One face of one family, as a page records what it drew with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FaceId {
    pub family: Family,
    pub weight: Weight,
}

impl FaceId {
    /// All four faces, in a fixed order (used to index per-face tables).
    pub const ALL: [FaceId; 4] = [
        FaceId::new(Family::Latin, Weight::Regular),
        FaceId::new(Family::Latin, Weight::Bold),
        FaceId::new(Family::Cjk, Weight::Regular),
        FaceId::new(Family::Cjk, Weight::Bold),
    ];

    pub const fn new(family: Family, weight: Weight) -> FaceId {
        FaceId { family, weight }
    }

    pub(crate) fn index(self) -> usize {
        match self.family {
            Family::Latin => self.weight.index(),
            Family::Cjk => 2 + self.weight.index(),
        }
    }

    /// The PostScript name of the face, as the PDF names it.
    pub fn postscript_name(self) -> &'static str {
        match self.family {
            Family::Latin => self.weight.postscript_name(),
            Family::Cjk => self.weight.cjk_postscript_name(),
        }
    }
}

/// Something went wrong cutting a font down to a document's glyphs.
///
/// With DejaVu this does not happen; the error exists so that a damaged build (or a
/// future font swap) is reported as a failed document instead of a panic at the desk.
/// [`FontError::NoCjkFont`] is the one a desk can meet: Chinese text on a PC without
/// the Chinese font.
#[derive(Debug, thiserror::Error)]
pub enum FontError {
    #[error("could not read the {face} font: {reason}")]
    Read { face: &'static str, reason: String },
    #[error("could not subset the {face} font: {reason}")]
    Subset { face: &'static str, reason: String },
    #[error(
        "the document has Chinese text ({sample}) but no Chinese font was found ({searched}): \
         install the fonts-noto-cjk package (on Debian or Ubuntu: apt install fonts-noto-cjk), \
         or set {env} to a folder holding NotoSansCJK-Regular.ttc and NotoSansCJK-Bold.ttc"
    )]
    NoCjkFont {
        sample: String,
        searched: String,
        env: &'static str,
    },
}

impl FontError {
    /// This error in the reader's language; the English is its `Display`. The font
    /// library's reason and the folders searched are given as they came.
    pub fn say(&self, w: crate::i18n::Words) -> String {
        match self {
            FontError::Read { face, reason } => w.doc_error_font_read(*face, reason),
            FontError::Subset { face, reason } => w.doc_error_font_subset(*face, reason),
            FontError::NoCjkFont {
                sample,
                searched,
                env,
            } => w.doc_error_no_cjk_font(sample, searched, *env),
        }
    }
}

/// One face, parsed once: glyph lookup and metrics for measuring text.
pub struct Face {
    id: FaceId,
    parsed: ParsedFont,
    /// The face's number in a font collection (`.ttc`); 0 in a single font file.
    index: usize,
    units_per_em: f32,
    /// What is drawn for a character the font does not have.
    fallback: char,
}

static FACES: LazyLock<[Face; 2]> = LazyLock::new(|| {
    [Weight::Regular, Weight::Bold].map(|weight| {
        let bytes = match weight {
            Weight::Regular => REGULAR_TTF,
            Weight::Bold => BOLD_TTF,
        };
        // The bytes are ours, compiled in: if they do not parse, the build is broken.
        Face::parse(FaceId::new(Family::Latin, weight), bytes, 0)
            .expect("the DejaVu Sans font compiled into fixdesk must parse")
    })
});

/// The DejaVu face of the given weight. Parsed on first use, then shared.
pub fn face(weight: Weight) -> &'static Face {
    &FACES[weight.index()]
}

/// Noto Sans CJK SC of the given weight, read from the system on first use; `Err` says
/// where it was looked for. Both weights are needed: a Bold without a Regular (or the
/// other way round) counts as missing, so a document is never half in a stand-in face.
pub fn cjk(weight: Weight) -> Result<&'static Face, &'static str> {
    static CJK: OnceLock<Result<[Face; 2], String>> = OnceLock::new();
    match CJK.get_or_init(load_cjk) {
        Ok(faces) => Ok(&faces[weight.index()]),
        Err(searched) => Err(searched),
    }
}

/// The face that draws `id`, if it is there.
pub fn face_of(id: FaceId) -> Option<&'static Face> {
    match id.family {
        Family::Latin => Some(face(id.weight)),
        Family::Cjk => cjk(id.weight).ok(),
    }
}

/// The folders Noto Sans CJK is looked for in, in order: only the one named by
/// [`CJK_FONT_DIR_ENV`] when it is set; else the usual places on Linux (Debian/Ubuntu's
/// `fonts-noto-cjk`, Fedora's `google-noto-sans-cjk-fonts`, Arch's `noto-fonts-cjk`),
/// the user's own fonts, and a `fonts` folder beside the program (the Windows and macOS
/// packages).
pub fn cjk_dirs() -> Vec<PathBuf> {
    if let Some(dir) = std::env::var_os(CJK_FONT_DIR_ENV).filter(|d| !d.is_empty()) {
        return vec![PathBuf::from(dir)];
    }
    let mut dirs: Vec<PathBuf> = [
        "/usr/share/fonts/opentype/noto",
        "/usr/share/fonts/noto-cjk",
        "/usr/share/fonts/google-noto-sans-cjk-fonts",
        "/usr/share/fonts/google-noto-cjk",
        "/usr/share/fonts/noto",
        "/usr/share/fonts/OTF",
        "/usr/local/share/fonts",
    ]
    .into_iter()
    .map(PathBuf::from)
    .collect();
    if let Some(home) = std::env::var_os("HOME") {
        dirs.push(Path::new(&home).join(".local/share/fonts"));
    }
    if let Some(exe_dir) = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(Path::to_path_buf))
    {
        dirs.push(exe_dir.join("fonts"));
        // macOS: Contents/MacOS/fixdesk beside Contents/Resources/fonts.
        dirs.push(exe_dir.join("../Resources/fonts"));
    }
    dirs
}

/// The file names Noto Sans CJK SC comes in: the collection of all CJK languages
/// (Debian, Fedora), the Simplified Chinese font alone, and Google Fonts' "Noto Sans SC".
fn cjk_file_names(weight: Weight) -> [String; 3] {
    let w = weight.file_word();
    [
        format!("NotoSansCJK-{w}.ttc"),
        format!("NotoSansCJKsc-{w}.otf"),
        format!("NotoSansSC-{w}.otf"),
    ]
}

/// The family names the Simplified Chinese face goes by (the collection holds the
/// Japanese, Korean and Traditional Chinese faces too, whose glyphs differ).
const CJK_FAMILIES: [&str; 2] = ["Noto Sans CJK SC", "Noto Sans SC"];

fn load_cjk() -> Result<[Face; 2], String> {
    let dirs = cjk_dirs();
    let searched = || {
        dirs.iter()
            .map(|d| d.display().to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut faces = Vec::with_capacity(2);
    for weight in Weight::ALL {
        let found = dirs.iter().find_map(|dir| {
            cjk_file_names(weight)
                .iter()
                .find_map(|name| load_cjk_file(&dir.join(name), weight))
        });
        match found {
            Some(face) => faces.push(face),
            None => {
                return Err(format!(
                    "no Noto Sans CJK SC {} in {}",
                    weight.file_word(),
                    searched()
                ));
            }
        }
    }
    faces
        .try_into()
        .map_err(|_| "Noto Sans CJK SC could not be read".to_string())
}

fn load_cjk_file(path: &Path, weight: Weight) -> Option<Face> {
    let bytes = std::fs::read(path).ok()?;
    let index = simplified_chinese_index(&bytes)?;
    Face::parse(FaceId::new(Family::Cjk, weight), &bytes, index).ok()
}

/// The number of the Simplified Chinese face in a font file, found by its family name
/// (in Debian's collection it is the third of ten, but nothing promises that).
fn simplified_chinese_index(bytes: &[u8]) -> Option<usize> {
    let data = ReadScope::new(bytes).read::<FontData<'_>>().ok()?;
    let count = match &data {
        FontData::OpenType(font) => match &font.data {
            OpenTypeData::Single(_) => 1,
            OpenTypeData::Collection(ttc) => ttc.offset_tables.len(),
        },
        _ => 1,
    };
    (0..count).find(|&index| {
        let Ok(provider) = data.table_provider(index) else {
            return false;
        };
        let Ok(name_data) = provider.read_table_data(allsorts::tag::NAME) else {
            return false;
        };
        let Ok(names) = ReadScope::new(&name_data).read::<NameTable<'_>>() else {
            return false;
        };
        [
            NameTable::TYPOGRAPHIC_FAMILY_NAME,
            NameTable::FONT_FAMILY_NAME,
        ]
        .into_iter()
        .filter_map(|id| names.string_for_id(id))
        .any(|family| CJK_FAMILIES.contains(&family.trim()))
    })
}

/// Whether a character is one only a CJK font draws: used when no CJK font was found,
/// so that such text fails the document with [`FontError::NoCjkFont`] instead of being
/// printed as "?" or empty boxes.
pub fn is_cjk(c: char) -> bool {
    matches!(
        u32::from(c),
        0x2E80..=0x2FDF      // radicals, Kangxi radicals
            | 0x2FF0..=0x9FFF   // ideographic description, CJK punctuation, kana, bopomofo,
                                // CJK strokes, enclosed CJK, extension A, unified ideographs
            | 0xA960..=0xA97F   // Hangul Jamo extended-A
            | 0xAC00..=0xD7FF   // Hangul syllables, Jamo extended-B
            | 0xF900..=0xFAFF   // compatibility ideographs
            | 0xFE10..=0xFE1F   // vertical forms
            | 0xFE30..=0xFE4F   // CJK compatibility forms
            | 0xFF00..=0xFFEF   // full-width and half-width forms
            | 0x20000..=0x3FFFF // extensions B and later
    )
}

/// The family that draws `c` (already in printable form, see [`printable`]).
pub fn family_of(c: char, weight: Weight) -> Family {
    if face(weight).has_char(c) {
        return Family::Latin;
    }
    match cjk(weight) {
        Ok(cjk) if cjk.has_char(c) => Family::Cjk,
        // No CJK font: the character stays CJK so the document fails saying so.
        Err(_) if is_cjk(c) => Family::Cjk,
        _ => Family::Latin,
    }
}

/// Advance width of `c` in em in `weight`, in whichever face draws it. Without a CJK
/// font, CJK characters measure one em (what every ideograph is) so layout goes on and
/// the document then fails with the clear error.
pub fn advance_em(c: char, weight: Weight) -> f32 {
    let latin = face(weight);
    if latin.has_char(c) {
        return latin.advance_em(c);
    }
    match cjk(weight) {
        Ok(cjk) if cjk.has_char(c) => cjk.advance_em(c),
        Err(_) if is_cjk(c) => 1.0,
        _ => latin.advance_em(c),
    }
}

/// `text` as it will be printed: composed (NFC, so "e" + combining diaeresis becomes one
/// "ë" glyph), control characters as spaces, and characters no face has as a
/// replacement mark rather than an invisible `.notdef` box. CJK characters stay as they
/// are even without a CJK font (the document then fails, see [`family_of`]).
pub fn printable(text: &str, weight: Weight) -> String {
    let latin = face(weight);
    text.nfc()
        .map(|c| {
            if c.is_control() {
                ' '
            } else if latin.has_char(c) {
                c
            } else {
                match cjk(weight) {
                    Ok(cjk) if cjk.has_char(c) => c,
                    Err(_) if is_cjk(c) => c,
                    _ => latin.fallback,
                }
            }
        })
        .collect()
}

impl Face {
    fn parse(id: FaceId, bytes: &[u8], index: usize) -> Result<Face, FontError> {
        let mut warnings = Vec::new();
        let parsed =
            ParsedFont::from_bytes(bytes, index, &mut warnings).ok_or_else(|| FontError::Read {
                face: id.postscript_name(),
                reason: "the font does not parse".to_string(),
            })?;
        let units_per_em = f32::from(parsed.units_per_em.max(1));
        let fallback = if parsed.lookup_glyph_index('\u{FFFD}' as u32).is_some() {
            '\u{FFFD}'
        } else {
            '?'
        };
        Ok(Face {
            id,
            parsed,
            index,
            units_per_em,
            fallback,
        })
    }

    pub fn weight(&self) -> Weight {
        self.id.weight
    }

    pub fn id(&self) -> FaceId {
        self.id
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

    /// `text` as DejaVu alone would print it (see the free function [`printable`], which
    /// the documents use: it lets the CJK face draw what DejaVu lacks).
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

/// Cuts the face `id` down to the glyphs for `chars` (plus `.notdef`) and returns it
/// parsed, ready to be embedded. Fails with [`FontError::NoCjkFont`] when `chars` need
/// the CJK face and there is none.
///
/// printpdf 0.12 only subsets when its `text_layout` feature is on, which brings in the
/// whole azul layout engine; with `default-features = false` it embeds fonts whole
/// (~750 KB a face, ~20 MB for Noto CJK). So we subset before handing the font over, with
/// the same allsorts subsetter printpdf uses. The subset keeps a Unicode `cmap`, so
/// printpdf maps our text to the renumbered glyphs and writes the `/ToUnicode` map that
/// makes the text searchable and copyable.
pub(crate) fn subset(id: FaceId, chars: &BTreeSet<char>) -> Result<ParsedFont, FontError> {
    let name = id.postscript_name();
    let face = match face_of(id) {
        Some(face) => face,
        None => {
            return Err(FontError::NoCjkFont {
                sample: chars.iter().take(8).collect(),
                searched: cjk(id.weight).err().unwrap_or_default().to_string(),
                env: CJK_FONT_DIR_ENV,
            });
        }
    };
    let read_err = |reason: String| FontError::Read { face: name, reason };
    let glyphs: BTreeSet<u16> = chars.iter().filter_map(|c| face.glyph(*c)).collect();
    // allsorts requires .notdef first and no duplicates (the set guarantees the latter).
    let ids: Vec<u16> = std::iter::once(0).chain(glyphs).collect();

    let data = ReadScope::new(&face.parsed.original_bytes)
        .read::<FontData<'_>>()
        .map_err(|e| read_err(e.to_string()))?;
    let provider = data
        .table_provider(face.index)
        .map_err(|e| read_err(e.to_string()))?;
    let bytes = allsorts::subset::subset(&provider, &ids, &SubsetProfile::Pdf, CmapTarget::Unicode)
        .map_err(|e| FontError::Subset {
            face: name,
            reason: e.to_string(),
        })?;

    let mut warnings = Vec::new();
    let mut parsed =
        ParsedFont::from_bytes(&bytes, 0, &mut warnings).ok_or_else(|| FontError::Subset {
            face: name,
            reason: "the subset font does not parse".to_string(),
        })?;
    parsed.font_name = Some(format!("{}+{}", subset_tag(&ids), name));
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
        let font = subset(FaceId::new(Family::Latin, Weight::Regular), &chars).expect("subset");
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

    /// Noto Sans CJK is on every desk that prints Chinese (the .deb depends on it, CI
    /// installs it): the Simplified Chinese face of the collection is the one taken.
    #[test]
    fn the_simplified_chinese_face_draws_what_dejavu_lacks() {
        for weight in Weight::ALL {
            let cjk = cjk(weight).expect("Noto Sans CJK SC (install fonts-noto-cjk)");
            assert_eq!(cjk.id(), FaceId::new(Family::Cjk, weight));
            for c in "王小明。，（）：保修".chars() {
                assert!(cjk.has_char(c), "{c:?}");
                assert_eq!(family_of(c, weight), Family::Cjk, "{c:?}");
                assert!(
                    (advance_em(c, weight) - 1.0).abs() < 0.01,
                    "{c:?} is square"
                );
            }
            // DejaVu first: Ł and the Latin letters stay in DejaVu.
            for c in "Łukasiewicz Zoë 123".chars() {
                assert_eq!(family_of(c, weight), Family::Latin, "{c:?}");
            }
        }
        assert_eq!(printable("王小明 Ł", Weight::Regular), "王小明 Ł");
    }

    #[test]
    fn a_chinese_subset_is_small() {
        let chars: BTreeSet<char> = "王小明的维修收据".chars().collect();
        let id = FaceId::new(Family::Cjk, Weight::Bold);
        let font = subset(id, &chars).expect("subset");
        assert!(
            font.original_bytes.len() < 40_000,
            "{}",
            font.original_bytes.len()
        );
        for c in chars {
            assert!(font.lookup_glyph_index(c as u32).is_some(), "{c:?} lost");
        }
        let name = font.font_name.unwrap_or_default();
        assert!(name.ends_with("+NotoSansCJKsc-Bold"), "{name}");
    }
}
