//! fixdesk: the front desk of a device repair service center.
//!
//! The rooms, and which way the arrows point (see `STYLE.md`):
//! `gui` and `cli` use `store`, `documents`, `report`, `i18n` and `domain`; `documents`,
//! `report` and `mail` use `i18n` for their words; `store`, `documents`
//! and `report` use `domain`; `domain` uses nothing of ours and does no I/O.

pub mod cli;
pub mod documents;
pub mod domain;
pub mod gui;
pub mod i18n;
pub mod mail;
pub mod print;
pub mod report;
pub mod store;
