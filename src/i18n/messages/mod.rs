//! The typed front end: each part of the program declares its messages in its own file
//! here (`words!`), beside its Fluent file `locales/<language>/<part>.ftl`.

mod common;
mod domain;

pub use common::{COMMON, PATTERNS, enum_ids};
pub use domain::DOMAIN;

/// Every part's declarations, for the completeness tests.
pub const ALL: &[&[super::Declared]] = &[COMMON, PATTERNS, DOMAIN];
