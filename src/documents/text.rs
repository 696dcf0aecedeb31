//! Measuring and fitting text: widths from the font's own advance widths, word wrapping
//! into a box, and shortening with an ellipsis.
//!
//! Lengths are millimetres, font sizes points. Every function here measures exactly what
//! [`super::layout::Page`] draws (same glyphs, same advances, no kerning), so "fits" here
//! means "fits on paper".

use unicode_normalization::char::is_combining_mark;

use super::fonts::{self, Weight};

/// Millimetres in one typographic point (1/72 in).
pub const MM_PER_PT: f32 = 25.4 / 72.0;

/// Line spacing as a multiple of the font size. DejaVu's glyphs span 1.16 em from the
/// deepest descender to the top of "Ł"; 1.2 keeps accented capitals clear of the line above.
pub const LINE_SPACING: f32 = 1.2;

/// Rounding slack when comparing widths, so a line measured at exactly the box width fits.
const EPSILON_MM: f32 = 1e-3;

/// The ellipsis appended to shortened text.
pub const ELLIPSIS: char = '…';

/// Horizontal alignment of text in a box or a table column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Align {
    #[default]
    Left,
    /// Money and counts: the digits line up on the right.
    Right,
    Centre,
}

/// Width of `text` in millimetres at `size_pt`, as it will be printed (see
/// [`super::fonts::printable`]).
pub fn width(text: &str, size_pt: f32, weight: Weight) -> f32 {
    raw_width(&fonts::printable(text, weight), size_pt, weight)
}

/// Width of text that is already printable (no normalisation pass: used in the inner loops).
pub(crate) fn raw_width(printable: &str, size_pt: f32, weight: Weight) -> f32 {
    let em: f32 = printable
        .chars()
        .map(|c| fonts::advance_em(c, weight))
        .sum();
    em * size_pt * MM_PER_PT
}

/// Distance from one baseline to the next, in millimetres.
pub fn line_height(size_pt: f32) -> f32 {
    size_pt * LINE_SPACING * MM_PER_PT
}

/// Breaks `text` into lines no wider than `width_mm`.
///
/// Lines break at spaces (a no-break space keeps its words together) and, in Chinese
/// and the other scripts written without spaces, between characters where the Unicode
/// line breaking rules (UAX #14) allow it: never before "。" or "，", never after "（".
/// A newline in the text starts a new line, and an empty line stays empty. A word
/// longer than the whole width is broken too, after a hyphen or slash when one falls in
/// the right place, otherwise between letters (never between a letter and its accent).
/// The returned lines are in printable form and have no leading or trailing spaces.
///
/// Only when `width_mm` is narrower than a single letter can a line be wider than asked:
/// that letter is still placed, one per line, so no text is ever lost.
pub fn wrap(text: &str, width_mm: f32, size_pt: f32, weight: Weight) -> Vec<String> {
    let measure = |s: &str| raw_width(s, size_pt, weight);
    let fits = |w: f32| w <= width_mm + EPSILON_MM;
    let space = measure(" ");
    let mut lines = Vec::new();

    for paragraph in text.split('\n') {
        let paragraph = fonts::printable(paragraph.strip_suffix('\r').unwrap_or(paragraph), weight);
        let first_line = lines.len();
        let mut line = String::new();
        let mut line_width = 0.0;

        for word in paragraph
            .split(is_break_space)
            .filter(|word| !word.is_empty())
        {
            for (k, piece) in pieces(word).into_iter().enumerate() {
                // The first piece of a word follows a space; the others join on directly.
                let joint = if k == 0 { space } else { 0.0 };
                let piece_width = measure(piece);
                if !line.is_empty() {
                    if fits(line_width + joint + piece_width) {
                        if k == 0 {
                            line.push(' ');
                        }
                        line.push_str(piece);
                        line_width += joint + piece_width;
                        continue;
                    }
                    lines.push(std::mem::take(&mut line));
                }
                let mut rest = piece;
                while !fits(measure(rest)) {
                    let (head, tail) = split_to_fit(rest, width_mm, size_pt, weight);
                    if tail.is_empty() {
                        // Narrower than one letter: `head` is that letter on its own.
                        break;
                    }
                    lines.push(head.to_string());
                    rest = tail;
                }
                line = rest.to_string();
                line_width = measure(rest);
            }
        }
        if !line.is_empty() || lines.len() == first_line {
            lines.push(line);
        }
    }
    lines
}

/// A word (text between spaces) cut where a line may break inside it: between Chinese
/// (and Japanese, Korean) characters as UAX #14 allows, so "王小明。" gives "王", "小",
/// "明。". A break is taken only beside such a character: Latin words keep breaking at
/// spaces alone, as they always have ("E-mail" is not cut after its hyphen).
fn pieces(word: &str) -> Vec<&str> {
    let mut cuts = vec![0];
    if word.chars().any(fonts::is_cjk) {
        for (at, _) in unicode_linebreak::linebreaks(word) {
            if at == 0 || at >= word.len() {
                continue;
            }
            let before = word[..at].chars().next_back();
            let after = word[at..].chars().next();
            if before.is_some_and(fonts::is_cjk) || after.is_some_and(fonts::is_cjk) {
                cuts.push(at);
            }
        }
    }
    cuts.push(word.len());
    cuts.windows(2).map(|w| &word[w[0]..w[1]]).collect()
}

/// Spaces a line may break at. A no-break space (U+00A0, U+202F) is not one of them:
/// "12 500" in a money amount stays on one line.
fn is_break_space(c: char) -> bool {
    c.is_whitespace() && c != '\u{A0}' && c != '\u{202F}' && c != '\u{2007}'
}

/// Splits an over-long word into the longest head that fits and the rest. Prefers to
/// break just after a hyphen, slash, underscore or "@", or just before a dot
/// ("Łukasiewicz-" / "Müller", "alexandrina.papadopoulou@" / "example.org"), so an
/// e-mail address, a URL or a serial too long for its box is cut where a reader sees
/// the seam, not inside a name; always puts at least one letter (with its accents) in
/// the head so wrapping makes progress.
fn split_to_fit(word: &str, width_mm: f32, size_pt: f32, weight: Weight) -> (&str, &str) {
    let mut used = 0.0;
    let mut end = 0; // byte index just past the last cluster that fits
    let mut soft_break = None; // byte index just past the last '-' or '/' that fits
    for (start, cluster) in clusters(word) {
        let cluster_width: f32 = cluster
            .chars()
            .map(|c| fonts::advance_em(c, weight))
            .sum::<f32>()
            * size_pt
            * MM_PER_PT;
        if end > 0 && used + cluster_width > width_mm + EPSILON_MM {
            break;
        }
        used += cluster_width;
        end = start + cluster.len();
        if matches!(cluster, "-" | "/" | "_" | "@" | "\u{2010}" | "\u{2013}") {
            soft_break = Some(end);
        } else if cluster == "." && start > 0 {
            // Before the dot: ".org" on the next line reads as the rest of the address.
            soft_break = Some(start);
        }
    }
    let cut = match soft_break {
        Some(at) if at < end || end < word.len() => at,
        _ => end,
    };
    word.split_at(cut)
}

/// A letter together with the combining accents that follow it, with its byte offset.
fn clusters(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut indices = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = indices.next()?;
        let mut end = text.len();
        while let Some(&(i, c)) = indices.peek() {
            if is_combining_mark(c) {
                indices.next();
            } else {
                end = i;
                break;
            }
        }
        Some((start, &text[start..end]))
    })
}

/// `text` on one line, shortened with "…" if it is wider than `width_mm`.
///
/// Returns the printable form. When not even the ellipsis fits, returns an empty string:
/// nothing is drawn rather than something drawn outside the box.
pub fn ellipsize(text: &str, width_mm: f32, size_pt: f32, weight: Weight) -> String {
    let printable = fonts::printable(text, weight);
    if raw_width(&printable, size_pt, weight) <= width_mm + EPSILON_MM {
        return printable;
    }
    shorten(&printable, width_mm, size_pt, weight)
}

/// Cuts printable `text` so that it plus "…" fits in `width_mm`, and appends "…" even if
/// the whole text would have fitted: used when lines after this one were dropped.
pub(crate) fn shorten(printable: &str, width_mm: f32, size_pt: f32, weight: Weight) -> String {
    let scale = size_pt * MM_PER_PT;
    let mut budget = width_mm + EPSILON_MM - fonts::advance_em(ELLIPSIS, weight) * scale;
    if budget < 0.0 {
        return String::new();
    }
    let mut end = 0;
    for (start, cluster) in clusters(printable) {
        let w: f32 = cluster
            .chars()
            .map(|c| fonts::advance_em(c, weight))
            .sum::<f32>()
            * scale;
        if w > budget {
            break;
        }
        budget -= w;
        end = start + cluster.len();
    }
    let mut out = printable[..end].trim_end().to_string();
    out.push(ELLIPSIS);
    out
}

/// The largest font size, at most `max_pt`, at which `text` fits on one line in
/// `width_mm`; never below `min_pt` (past that, shorten it with [`ellipsize`]). For a
/// label's name line or banner: long names get smaller type instead of being cut.
pub fn size_to_fit(text: &str, width_mm: f32, max_pt: f32, min_pt: f32, weight: Weight) -> f32 {
    let at_one_pt = width(text, 1.0, weight);
    if at_one_pt <= 0.0 {
        return max_pt;
    }
    // Width is proportional to size; shave a hair so rounding cannot tip it over.
    (width_mm / at_one_pt * 0.9999).min(max_pt).max(min_pt)
}

/// Where a line of `line_width` starts in a box at `x` of `box_width`, for `align`.
pub fn aligned_x(align: Align, x: f32, box_width: f32, line_width: f32) -> f32 {
    match align {
        Align::Left => x,
        Align::Right => x + box_width - line_width,
        Align::Centre => x + (box_width - line_width) / 2.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const SIZE: f32 = 10.0;

    fn assert_lines_fit(lines: &[String], width_mm: f32, weight: Weight) {
        for line in lines {
            let w = width(line, SIZE, weight);
            assert!(
                w <= width_mm + EPSILON_MM,
                "line {line:?} is {w} mm, box is {width_mm} mm"
            );
            assert_eq!(line.trim(), line, "no stray spaces");
        }
    }

    #[test]
    fn width_grows_with_size_and_text() {
        let w10 = width("Repair", 10.0, Weight::Regular);
        let w20 = width("Repair", 20.0, Weight::Regular);
        assert!((w20 - 2.0 * w10).abs() < 1e-4);
        assert!(width("Repairs", 10.0, Weight::Regular) > w10);
        assert!(width("Repair", 10.0, Weight::Bold) > w10);
        assert_eq!(width("", 10.0, Weight::Regular), 0.0);
        // An 'M' in DejaVu Sans is about 0.86 em: at 10 pt, ~3 mm.
        let m = width("M", 10.0, Weight::Regular);
        assert!(m > 2.8 && m < 3.2, "{m}");
    }

    #[test]
    fn decomposed_accents_measure_like_composed_ones() {
        let composed = width("Zoë", SIZE, Weight::Regular);
        let decomposed = width("Zoe\u{308}", SIZE, Weight::Regular);
        assert!((composed - decomposed).abs() < 1e-5);
    }

    #[test]
    fn wrapping_keeps_every_line_in_the_box() {
        let text = "The customer reports that the device switches off when the battery \
                    is below 30 %, and that the screen flickers after a drop from a table. \
                    Accessories handed over: charger, USB-C cable, original box.";
        for width_mm in [20.0, 35.5, 60.0, 120.0] {
            let lines = wrap(text, width_mm, SIZE, Weight::Regular);
            assert_lines_fit(&lines, width_mm, Weight::Regular);
            let strip = |s: &str| s.split_whitespace().collect::<String>();
            assert_eq!(
                strip(&lines.concat()),
                strip(text),
                "nothing lost at {width_mm} mm"
            );
            if width_mm >= 35.0 {
                // Wide enough for every word: words are never split.
                assert_eq!(
                    lines.join(" ").split_whitespace().collect::<Vec<_>>(),
                    text.split_whitespace().collect::<Vec<_>>(),
                );
            }
        }
    }

    #[test]
    fn wrapping_fills_lines_greedily() {
        let lines = wrap(
            "aa bb cc dd",
            width("aa bb", SIZE, Weight::Regular),
            SIZE,
            Weight::Regular,
        );
        assert_eq!(lines, ["aa bb", "cc dd"]);
    }

    #[test]
    fn long_words_are_broken() {
        let word = "SN-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        let lines = wrap(word, 25.0, SIZE, Weight::Bold);
        assert!(lines.len() > 2, "{lines:?}");
        assert_lines_fit(&lines, 25.0, Weight::Bold);
        assert_eq!(lines.concat(), word);
    }

    #[test]
    fn long_words_break_after_a_hyphen_when_they_can() {
        let name = "Łukasiewicz-Müller";
        let lines = wrap(
            name,
            width("Łukasiewicz-Mü", SIZE, Weight::Regular),
            SIZE,
            Weight::Regular,
        );
        assert_eq!(lines, ["Łukasiewicz-", "Müller"]);
    }

    #[test]
    fn an_email_address_is_never_split_when_it_fits_and_at_a_seam_when_it_must() {
        let email = "alexandrina.papadopoulou42@example.org";
        // Fits on a line of its own: moved down whole, never split.
        let w = width(email, SIZE, Weight::Regular) + 1.0;
        let lines = wrap(&format!("E-mail {email}"), w, SIZE, Weight::Regular);
        assert_eq!(lines, ["E-mail", email]);
        // Too long for the box: cut after the "@" rather than between letters.
        let w = width("alexandrina.papadopoulou42@exa", SIZE, Weight::Regular);
        let lines = wrap(email, w, SIZE, Weight::Regular);
        assert_eq!(lines, ["alexandrina.papadopoulou42@", "example.org"]);
        // Narrower still: before a dot.
        let w = width("alexandrina.papado", SIZE, Weight::Regular);
        let lines = wrap(email, w, SIZE, Weight::Regular);
        assert_eq!(lines[0], "alexandrina");
        assert!(lines[1].starts_with(".papadopoulou"), "{lines:?}");
        assert_eq!(lines.concat(), email);
    }

    #[test]
    fn accents_stay_with_their_letter() {
        // A decomposed "ë" that NFC cannot compose (q + diaeresis) must not be split.
        let word = "q\u{308}q\u{308}q\u{308}q\u{308}";
        let one = width("q\u{308}", SIZE, Weight::Regular);
        let lines = wrap(word, one * 1.5, SIZE, Weight::Regular);
        assert_eq!(lines, vec!["q\u{308}"; 4]);
    }

    #[test]
    fn newlines_are_kept_and_blank_lines_survive() {
        let lines = wrap("Name\n\nAddress line\r\nTown", 100.0, SIZE, Weight::Regular);
        assert_eq!(lines, ["Name", "", "Address line", "Town"]);
        assert_eq!(wrap("", 50.0, SIZE, Weight::Regular), [""]);
    }

    #[test]
    fn no_break_space_keeps_an_amount_together() {
        let text = "Total 12\u{A0}500,00\u{A0}EUR";
        let lines = wrap(
            text,
            width("Total 12 500,00", SIZE, Weight::Regular),
            SIZE,
            Weight::Regular,
        );
        assert_eq!(lines, ["Total", "12\u{A0}500,00\u{A0}EUR"]);
    }

    #[test]
    fn a_box_narrower_than_a_letter_still_terminates() {
        let lines = wrap("abc", 0.1, SIZE, Weight::Regular);
        assert_eq!(lines, ["a", "b", "c"]);
    }

    #[test]
    fn ellipsize_fits_and_marks_the_cut() {
        let name = "Zoë Łukasiewicz-Müller";
        assert_eq!(ellipsize(name, 200.0, SIZE, Weight::Regular), name);
        let short = ellipsize(name, 20.0, SIZE, Weight::Regular);
        assert!(short.ends_with(ELLIPSIS), "{short}");
        assert!(width(&short, SIZE, Weight::Regular) <= 20.0 + EPSILON_MM);
        assert!(short.starts_with("Zoë"));
        assert_eq!(ellipsize(name, 0.5, SIZE, Weight::Regular), "");
    }

    #[test]
    fn size_to_fit_shrinks_long_text_only() {
        let size = size_to_fit(
            "FREIGHT PREPAID BY THE SERVICE CENTRE",
            90.0,
            11.0,
            6.0,
            Weight::Bold,
        );
        assert!(size < 11.0 && size > 6.0, "{size}");
        assert!(width("FREIGHT PREPAID BY THE SERVICE CENTRE", size, Weight::Bold) <= 90.0);
        assert_eq!(size_to_fit("Kim", 90.0, 11.0, 6.0, Weight::Bold), 11.0);
        assert_eq!(
            size_to_fit(&"x".repeat(500), 90.0, 11.0, 6.0, Weight::Bold),
            6.0
        );
        assert_eq!(size_to_fit("", 90.0, 11.0, 6.0, Weight::Bold), 11.0);
    }

    #[test]
    fn alignment_puts_the_edge_where_asked() {
        assert_eq!(aligned_x(Align::Left, 10.0, 50.0, 20.0), 10.0);
        assert_eq!(aligned_x(Align::Right, 10.0, 50.0, 20.0), 40.0);
        assert_eq!(aligned_x(Align::Centre, 10.0, 50.0, 20.0), 25.0);
    }

    #[test]
    fn chinese_wraps_between_characters_and_never_before_its_punctuation() {
        let text = "客户报告设备在电量低于百分之三十时自动关机，屏幕在跌落后闪烁。请检查。";
        let one = width("客", SIZE, Weight::Regular);
        for chars in [3.5, 5.0, 7.2, 11.0] {
            let width_mm = one * chars;
            let lines = wrap(text, width_mm, SIZE, Weight::Regular);
            assert_lines_fit(&lines, width_mm, Weight::Regular);
            assert_eq!(lines.concat(), text, "nothing lost at {chars} characters");
            for line in &lines {
                assert!(
                    !line.starts_with(['。', '，']),
                    "{line:?} starts with punctuation: {lines:?}"
                );
            }
        }
        // Five characters a line, the full stop kept with the character before it.
        let lines = wrap("王小明你好。", one * 5.0, SIZE, Weight::Regular);
        assert_eq!(lines, ["王小明你", "好。"]);
    }

    #[test]
    fn latin_and_chinese_mix() {
        let text = "客户 Łukasiewicz-Müller 的设备";
        let lines = wrap(
            text,
            width("客户 Łukasiewicz-Müller 的", SIZE, Weight::Regular),
            SIZE,
            Weight::Regular,
        );
        assert_eq!(lines, ["客户 Łukasiewicz-Müller 的", "设备"]);
    }

    proptest! {
        #[test]
        fn wrap_never_overflows_and_never_loses_text(
            text in "[a-zA-Zëłüкир0-9 ,.\\-]{0,200}",
            width_mm in 8.0f32..150.0,
        ) {
            let lines = wrap(&text, width_mm, SIZE, Weight::Regular);
            for line in &lines {
                prop_assert!(width(line, SIZE, Weight::Regular) <= width_mm + EPSILON_MM);
            }
            let strip = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            prop_assert_eq!(strip(&lines.concat()), strip(&text));
        }

        #[test]
        fn any_text_wraps_and_shortens_without_panicking(
            text in "\\PC{0,80}",
            width_mm in 8.0f32..150.0,
        ) {
            for line in wrap(&text, width_mm, SIZE, Weight::Bold) {
                // Only a single letter-with-accents may be wider than the box.
                let fits = width(&line, SIZE, Weight::Bold) <= width_mm + EPSILON_MM;
                prop_assert!(fits || clusters(&line).count() == 1, "{:?}", line);
            }
            let short = ellipsize(&text, width_mm, SIZE, Weight::Regular);
            prop_assert!(width(&short, SIZE, Weight::Regular) <= width_mm + EPSILON_MM);
        }
    }
}
