//! The typed front end: each part of the program declares its messages in its own file
//! here (`words!`), beside its Fluent file `locales/<language>/<part>.ftl`.

/// A list of the messages a part chooses by hand (by an enum's value, or composing a
/// sentence), with the variables each is given, for the completeness tests:
/// `declared! { LIST; "gui-required"(field), "gui-results-none" }`.
macro_rules! declared {
    ($list:ident; $( $id:literal $( ( $($arg:ident),* ) )? ),* $(,)?) => {
        /// The messages this part formats by hand, for the completeness tests.
        pub const $list: &[$crate::i18n::Declared] = &[
            $( $crate::i18n::Declared { id: $id, args: &[ $( $(stringify!($arg)),* )? ] }, )*
        ];
    };
}

mod cli;
mod common;
mod documents;
mod domain;
mod gui;
mod mail;
mod problems;
mod report;
mod store;
mod workflow;

pub use cli::CLI;
pub use common::{COMMON, PATTERNS, enum_ids};
pub use documents::{
    CONFIRMATION, DOCUMENTS, HANDOVER, PAYMENT_RECEIPT, PRINTING_FACTS, QUOTE, STICKER,
};
pub use domain::DOMAIN;
pub use gui::{GUI, GUI_ACCESSORIES, GUI_CALENDAR, GUI_FILES, GUI_PHRASES, GUI_PROBLEMS};
pub use mail::{MAIL_ERRORS, MAIL_SETTINGS, mail_ids};
pub use problems::PROBLEMS;
pub use report::REPORT;
pub use store::{STORE, STORE_ACTIONS};
pub use workflow::{WORKFLOW, WORKFLOW_PHRASES};

/// Every part's declarations, for the completeness tests.
pub const ALL: &[&[super::Declared]] = &[
    COMMON,
    PATTERNS,
    DOMAIN,
    GUI,
    GUI_ACCESSORIES,
    GUI_PHRASES,
    GUI_CALENDAR,
    GUI_FILES,
    GUI_PROBLEMS,
    WORKFLOW,
    WORKFLOW_PHRASES,
    DOCUMENTS,
    CONFIRMATION,
    HANDOVER,
    PAYMENT_RECEIPT,
    QUOTE,
    STICKER,
    PRINTING_FACTS,
    MAIL_ERRORS,
    MAIL_SETTINGS,
    REPORT,
    CLI,
    STORE,
    STORE_ACTIONS,
    PROBLEMS,
];
