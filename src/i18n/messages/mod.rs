//! The typed front end: each part of the program declares its messages in its own file
//! here (`words!`), beside its Fluent file `locales/<language>/<part>.ftl`.

mod common;
mod documents;
mod report;

pub use common::{COMMON, PATTERNS, enum_ids};
pub use documents::{CONFIRMATION, DOCUMENTS, HANDOVER, PAYMENT_RECEIPT, QUOTE, STICKER};
pub use report::REPORT;

/// Every part's declarations, for the completeness tests.
pub const ALL: &[&[super::Declared]] = &[
    COMMON,
    PATTERNS,
    DOCUMENTS,
    CONFIRMATION,
    HANDOVER,
    PAYMENT_RECEIPT,
    QUOTE,
    STICKER,
    REPORT,
];
