//! Tables that flow down the page and continue on the next one: accessories received,
//! quote lines, the monthly report's figures.
//!
//! Cells wrap inside their column; the header row is repeated on every page the table
//! continues on; a row is never split across pages.

use super::layout::{Colour, Document, DocumentError, Font, Page, Paint, fit_lines};
use super::text::Align;

/// One column: heading, width in millimetres, alignment of its cells.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    pub heading: String,
    pub width: f32,
    pub align: Align,
}

impl Column {
    pub fn new(heading: impl Into<String>, width: f32) -> Column {
        Column {
            heading: heading.into(),
            width,
            align: Align::Left,
        }
    }

    /// Right-aligned: money and counts.
    pub fn right(self) -> Column {
        Column {
            align: Align::Right,
            ..self
        }
    }

    pub fn centre(self) -> Column {
        Column {
            align: Align::Centre,
            ..self
        }
    }
}

/// How rows are told apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum RowStyle {
    /// Every other row on a light grey band: easy to follow across a wide table.
    #[default]
    Zebra,
    /// A thin rule under every row: prints well on thermal and low-toner printers.
    Rules,
    /// No separation: short lists.
    Plain,
}

/// A table's shape. Draw it with [`Document::table`].
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub columns: Vec<Column>,
    pub font: Font,
    pub header_font: Font,
    pub style: RowStyle,
    /// Space between a cell's edge and its text, in millimetres.
    pub padding: f32,
}

impl Table {
    pub fn new(columns: Vec<Column>) -> Table {
        Table {
            columns,
            font: Font::regular(9.0),
            header_font: Font::bold(9.0),
            style: RowStyle::Zebra,
            padding: 1.5,
        }
    }

    pub fn style(self, style: RowStyle) -> Table {
        Table { style, ..self }
    }

    pub fn fonts(self, font: Font, header_font: Font) -> Table {
        Table {
            font,
            header_font,
            ..self
        }
    }
}

const HEADER_FILL: Colour = Colour::grey(0.86);
const ZEBRA_FILL: Colour = Colour::grey(0.95);
const RULE: Colour = Colour::grey(0.6);

impl Document {
    /// Draws `table` with `rows` at the cursor, from the left margin, breaking onto new
    /// pages (with the header row repeated) as needed, and moves the cursor below it.
    ///
    /// Column widths that add up to more than the content width are scaled down to fit.
    /// A row taller than a whole page has its cells cut to fit, ending in "…".
    /// Fails, without drawing anything, if a row has the wrong number of cells.
    pub fn table<R, S>(&mut self, table: &Table, rows: &[R]) -> Result<(), DocumentError>
    where
        R: AsRef<[S]>,
        S: AsRef<str>,
    {
        let expected = table.columns.len();
        for (i, row) in rows.iter().enumerate() {
            let got = row.as_ref().len();
            if got != expected {
                return Err(DocumentError::CellCount {
                    row: i + 1,
                    expected,
                    got,
                });
            }
        }
        if expected == 0 {
            return Ok(());
        }

        let page = self.page();
        let available = page.content_width();
        let total: f32 = table.columns.iter().map(|c| c.width.max(0.0)).sum();
        let scale = if total > available && total > 0.0 {
            available / total
        } else {
            1.0
        };
        let widths: Vec<f32> = table
            .columns
            .iter()
            .map(|c| c.width.max(0.0) * scale)
            .collect();
        let pad = table.padding;

        let headings: Vec<&str> = table.columns.iter().map(|c| c.heading.as_str()).collect();
        let header = layout_row(&headings, &widths, pad, f32::INFINITY, table.header_font);
        // The tallest a body row may be: a fresh page's flowing height, less the header.
        let max_row = self.page().flow_height() - header.height;

        let first_row_height = rows
            .first()
            .map(|r| layout_row(r.as_ref(), &widths, pad, max_row, table.font).height)
            .unwrap_or(0.0);
        self.ensure_space(header.height + first_row_height);
        draw_header(self.page(), table, &widths, &header);

        for (i, row) in rows.iter().enumerate() {
            let laid = layout_row(row.as_ref(), &widths, pad, max_row, table.font);
            if self.page().remaining() + 1e-3 < laid.height {
                self.new_page();
                draw_header(self.page(), table, &widths, &header);
            }
            let page = self.page();
            let (x, y) = (page.left(), page.cursor());
            let row_width: f32 = widths.iter().sum();
            match table.style {
                RowStyle::Zebra if i % 2 == 1 => {
                    page.rect(x, y, row_width, laid.height, Paint::Fill(ZEBRA_FILL));
                }
                RowStyle::Rules => {
                    let bottom = y + laid.height;
                    page.line(x, bottom, x + row_width, bottom, 0.4, RULE);
                }
                _ => {}
            }
            draw_cells(page, table, &widths, &laid, table.font);
            page.advance(laid.height);
        }
        Ok(())
    }
}

/// A row's cells wrapped into their columns.
struct LaidRow {
    cells: Vec<Vec<String>>,
    height: f32,
}

fn layout_row<S: AsRef<str>>(
    cells: &[S],
    widths: &[f32],
    pad: f32,
    max_height: f32,
    font: Font,
) -> LaidRow {
    let text_max = (max_height - 2.0 * pad).max(0.0);
    let cells: Vec<Vec<String>> = cells
        .iter()
        .zip(widths)
        .map(|(cell, w)| fit_lines(cell.as_ref(), (w - 2.0 * pad).max(0.0), text_max, font))
        .collect();
    let lines = cells.iter().map(Vec::len).max().unwrap_or(0).max(1);
    LaidRow {
        height: lines as f32 * font.line_height() + 2.0 * pad,
        cells,
    }
}

fn draw_header(page: &mut Page, table: &Table, widths: &[f32], header: &LaidRow) {
    let (x, y) = (page.left(), page.cursor());
    let row_width: f32 = widths.iter().sum();
    match table.style {
        RowStyle::Zebra => page.rect(x, y, row_width, header.height, Paint::Fill(HEADER_FILL)),
        RowStyle::Rules | RowStyle::Plain => {
            let bottom = y + header.height;
            page.line(x, bottom, x + row_width, bottom, 0.8, Colour::BLACK);
        }
    }
    draw_cells(page, table, widths, header, table.header_font);
    page.advance(header.height);
}

fn draw_cells(page: &mut Page, table: &Table, widths: &[f32], row: &LaidRow, font: Font) {
    let pad = table.padding;
    let y = page.cursor() + pad;
    let mut x = page.left();
    for ((lines, width), column) in row.cells.iter().zip(widths).zip(&table.columns) {
        let inner = (width - 2.0 * pad).max(0.0);
        for (i, line) in lines.iter().enumerate() {
            let top = y + i as f32 * font.line_height();
            // Lines are already wrapped to `inner`, so this only aligns them.
            page.text_in(x + pad, top, inner, column.align, font, line);
        }
        x += width;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::documents::layout::{Margins, PageSize};

    fn table() -> Table {
        Table::new(vec![
            Column::new("Item", 90.0),
            Column::new("Qty", 20.0).right(),
            Column::new("Amount", 40.0).right(),
        ])
    }

    #[test]
    fn a_long_table_continues_on_new_pages() {
        let mut doc = Document::new("t", PageSize::A4, Margins::uniform(20.0));
        let rows: Vec<Vec<String>> = (0..150)
            .map(|i| {
                vec![
                    format!("Replacement part number {i}"),
                    (i % 3 + 1).to_string(),
                    format!("{}.00", i * 7),
                ]
            })
            .collect();
        doc.table(&table(), &rows).expect("table");
        assert!(doc.page_count() >= 3, "{}", doc.page_count());
        for page in doc.pages() {
            assert!(page.cursor() <= page.bottom() + 1e-3);
        }
        assert!(doc.to_pdf().is_ok());
    }

    #[test]
    fn wrong_cell_count_is_refused_before_drawing() {
        let mut doc = Document::new("t", PageSize::A4, Margins::uniform(20.0));
        let rows = vec![vec!["a", "1", "2"], vec!["b", "1"]];
        match doc.table(&table(), &rows) {
            Err(DocumentError::CellCount {
                row: 2,
                expected: 3,
                got: 2,
            }) => {}
            other => panic!("{other:?}"),
        }
        assert!(doc.pages()[0].is_blank());
    }

    #[test]
    fn a_huge_cell_is_cut_to_one_page() {
        let mut doc = Document::new("t", PageSize::LABEL_4X6, Margins::uniform(4.0));
        let text = "very long fault description ".repeat(300);
        let rows = vec![vec![text.as_str(), "1", "0.00"]];
        doc.table(&table(), &rows).expect("table");
        assert_eq!(doc.page_count(), 1);
        assert!(doc.to_pdf().is_ok());
    }

    #[test]
    fn wide_columns_are_scaled_to_the_page() {
        let mut doc = Document::new("t", PageSize::LABEL_4X6, Margins::uniform(4.0));
        let rows = vec![vec!["Charger", "1", "12.00"]];
        doc.table(&table(), &rows).expect("table");
        assert!(doc.to_pdf().is_ok(), "nothing off the paper");
    }
}
