//! PDFs the desk hands out: receipts, confirmations, labels, the monthly report.
//!
//! This module holds the drawing foundation the documents are built on:
//! - [`fonts`]: DejaVu Sans Regular and Bold, compiled in, subset per document;
//! - [`text`]: measuring, wrapping and shortening text with the fonts' real widths;
//! - [`layout`]: pages in millimetres, text, lines, rectangles, and [`Document`], which
//!   gathers pages and returns the PDF as bytes;
//! - [`table`]: tables that continue across pages;
//! - [`barcode`]: Code 128 and QR drawn as vector rectangles.
//!
//! Nothing here touches files: every document comes back as `Vec<u8>`, and the caller
//! decides where it goes (a save dialog, a printer, a test).

pub mod barcode;
pub mod chart;
pub mod fonts;
pub mod layout;
pub mod table;
pub mod text;

pub use barcode::{BarcodeError, Code128, DOT_203DPI_MM, Qr};
pub use fonts::Weight;
pub use layout::{
    Colour, Document, DocumentError, Font, Margins, Page, PageNumbers, PageSize, Paint,
};
pub use table::{Column, RowStyle, Table};
pub use text::Align;
