//! PDFs the desk hands out: receipts (on sheets and on 80/58 mm receipt rolls),
//! confirmations, labels, device stickers, quotes, handover receipts, payment receipts,
//! the monthly report.
//!
//! [`render`] draws any document of a case; [`file_name`] names each printing by its
//! time and [`printing`] makes the record kept on the case (see [`printing`](mod@printing)).
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
//!
//! ```
//! use fixdesk::documents::{Code128, DOT_203DPI_MM, Document, Font, Margins, PageSize};
//!
//! let mut doc = Document::new("Return label", PageSize::LABEL_4X6, Margins::uniform(4.0));
//! let page = doc.page();
//! page.text(4.0, 4.0, Font::bold(14.0), "Zoë Łukasiewicz-Müller");
//! let code = Code128::new("SC-2026-000123")?;
//! // Whole printer dots per module, as wide as the label allows.
//! let module = code.module_to_fit(page.content_width(), DOT_203DPI_MM).unwrap_or(0.25);
//! code.draw(page, 4.0, 12.0, module, 15.0);
//! let pdf: Vec<u8> = doc.to_pdf()?;
//! assert!(pdf.starts_with(b"%PDF"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod barcode;
pub mod chart;
pub mod common;
pub mod confirmation;
pub mod fonts;
pub mod handover;
pub mod label;
pub mod layout;
pub mod monthly_report;
pub mod payment_receipt;
pub mod personal_data;
pub mod printing;
pub mod quote;
pub mod receipt;
pub mod roll;
pub mod sticker;
pub mod table;
pub mod text;

pub use barcode::{BarcodeError, Code128, DOT_203DPI_MM, Qr};
pub use common::PrintError;
pub use confirmation::confirmation;
pub use fonts::Weight;
pub use handover::{handover_receipt, handover_receipt_on_roll};
pub use label::{LabelForm, label};
pub use layout::{
    Colour, Document, DocumentError, Font, Margins, Page, PageNumbers, PageSize, Paint,
};
pub use payment_receipt::{PaymentTotals, payment_receipt, payment_totals};
pub use printing::{
    PrintOptions, changes, facts, file_name, last_printing, printing, render, stale,
    unique_file_name,
};
pub use quote::quote;
pub use receipt::{receipt, receipt_on_roll};
pub use roll::Roll;
pub use sticker::sticker;
pub use table::{Column, RowStyle, Table};
pub use text::Align;
