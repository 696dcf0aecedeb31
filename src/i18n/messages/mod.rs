//! The typed front end: each part of the program declares its messages in its own file
//! here (`words!`), beside its Fluent file `locales/<language>/<part>.ftl`.

mod common;
mod gui;
mod mail;
mod workflow;

pub use common::{COMMON, PATTERNS, enum_ids};
pub use gui::{GUI, GUI_ACCESSORIES};
pub use mail::mail_ids;
pub use workflow::WORKFLOW;

/// Every part's declarations, for the completeness tests.
pub const ALL: &[&[super::Declared]] = &[COMMON, PATTERNS, GUI, GUI_ACCESSORIES, WORKFLOW];
