//! Columns a person reads, lined up on a terminal: padded by display width, where a
//! Chinese character takes two cells and a combining mark none (UAX #11), not by the
//! count of characters, which leaves a Chinese column short.

use unicode_width::UnicodeWidthStr;

/// How many terminal cells `text` takes.
pub fn width(text: &str) -> usize {
    text.width()
}

/// `text` with spaces after it up to `cells` terminal cells; as it is when it is wider.
pub fn padded(text: &str, cells: usize) -> String {
    let mut out = text.to_string();
    out.push_str(&" ".repeat(cells.saturating_sub(width(text))));
    out
}

/// The width of a column: its widest entry, at least `least` cells.
pub fn column_width<'a>(entries: impl IntoIterator<Item = &'a str>, least: usize) -> usize {
    entries.into_iter().map(width).fold(least, usize::max)
}
