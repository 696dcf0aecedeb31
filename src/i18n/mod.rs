//! Every word a person reads, in every language the desk speaks.
//!
//! The words live in Fluent files, one folder per language (`src/i18n/locales/<code>/`),
//! one file per part of the program, embedded in the binary. A translator adds a
//! language by copying `locales/en/` and translating it; the programmer's part is one
//! line in [`Language`] (see the README, "Adding a language").
//!
//! Call sites never name a message by a string: each part of the program declares its
//! messages once with [`words!`], which gives [`Words`] one method per message with its
//! arguments typed. A message that is missing in a language, or a variable a translation
//! uses that English does not pass, fails the completeness tests, not a clerk.
//!
//! There is no "current language": the language is a value passed down, so the desk's
//! screens can be in Chinese while a receipt prints in the customer's English.
//!
//! Below the GUI, the command line and the documents; above the domain, whose codes
//! (reasons, steps, errors) are rendered here.

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use crate::domain::Language;

mod format;

mod messages;

pub use messages::*;

/// The Fluent files of one language, in the order of [`AREAS`].
type Files = [&'static str; AREAS.len()];

/// The parts of the program that have a file of words each. A new part is a new name
/// here and a file of that name in every language's folder.
pub const AREAS: [&str; 10] = [
    "common",
    "domain",
    "gui",
    "workflow",
    "documents",
    "report",
    "mail",
    "cli",
    "store",
    "problems",
];

macro_rules! locale {
    ($code:literal) => {
        [
            include_str!(concat!("locales/", $code, "/common.ftl")),
            include_str!(concat!("locales/", $code, "/domain.ftl")),
            include_str!(concat!("locales/", $code, "/gui.ftl")),
            include_str!(concat!("locales/", $code, "/workflow.ftl")),
            include_str!(concat!("locales/", $code, "/documents.ftl")),
            include_str!(concat!("locales/", $code, "/report.ftl")),
            include_str!(concat!("locales/", $code, "/mail.ftl")),
            include_str!(concat!("locales/", $code, "/cli.ftl")),
            include_str!(concat!("locales/", $code, "/store.ftl")),
            include_str!(concat!("locales/", $code, "/problems.ftl")),
        ]
    };
}

impl Language {
    /// The BCP 47 tag Fluent chooses plural rules by.
    fn tag(self) -> &'static str {
        match self {
            Language::English => "en-GB",
            Language::Chinese => "zh-CN",
        }
    }

    fn files(self) -> &'static Files {
        static EN: Files = locale!("en");
        static ZH: Files = locale!("zh");
        match self {
            Language::English => &EN,
            Language::Chinese => &ZH,
        }
    }

    /// The words of this language.
    pub fn words(self) -> Words {
        Words { language: self }
    }
}

/// The words of one language: a small copyable handle; its messages are the methods the
/// [`words!`] declarations give it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words {
    language: Language,
}

impl Words {
    pub fn language(self) -> Language {
        self.language
    }

    /// A message that may not exist (a name looked up by a code: `field-<name>`,
    /// `printing-fact-<name>`…): in this language, else in English; `None` when neither
    /// has it or it does not render, for the caller to show the name as it is.
    pub fn lookup(self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        format_strict(self.language, id, args)
            .or_else(|_| format_strict(Language::English, id, args))
            .ok()
    }

    /// Formats one message. A message missing in this language falls back to English,
    /// and one missing there too shows its id: never a panic at the desk (the
    /// completeness tests keep both from happening).
    pub fn format(self, id: &str, args: Option<&FluentArgs>) -> String {
        match format_in(self.language, id, args) {
            Some(text) => text,
            None if self.language != Language::English => {
                format_in(Language::English, id, args).unwrap_or_else(|| id.to_string())
            }
            None => id.to_string(),
        }
    }
}

type Bundle = FluentBundle<FluentResource>;

/// The parsed bundles, made once per language on first use (a cache, not a setting).
fn bundle(language: Language) -> &'static Bundle {
    static BUNDLES: OnceLock<HashMap<Language, Bundle>> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| {
        Language::ALL
            .into_iter()
            .map(|language| (language, build_bundle(language)))
            .collect()
    });
    &bundles[&language]
}

fn build_bundle(language: Language) -> Bundle {
    let tag = language
        .tag()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // The words go into PDFs, terminals and e-mails as well as the window: Unicode's
    // isolation marks around each variable would print as boxes or stray bytes there.
    bundle.set_use_isolating(false);
    for source in language.files() {
        // The files are ours and tested; a broken entry is skipped rather than losing
        // the rest of the language (the completeness tests name it).
        let resource = match FluentResource::try_new((*source).to_string()) {
            Ok(resource) => resource,
            Err((resource, _)) => resource,
        };
        bundle.add_resource_overriding(resource);
    }
    bundle
}

fn format_in(language: Language, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let bundle = bundle(language);
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    if errors.is_empty() {
        Some(text.into_owned())
    } else {
        None
    }
}

/// One message a part of the program declares: its id and the variables English passes.
#[derive(Debug, Clone, Copy)]
pub struct Declared {
    pub id: &'static str,
    pub args: &'static [&'static str],
}

/// A value handed to a message: text or a number (numbers choose plural forms).
pub enum Arg<'a> {
    Text(&'a str),
    Owned(String),
    Number(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(text)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(text)
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Owned(text)
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(number: $t) -> Self {
                Arg::Number(i64::try_from(number).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(i64, i32, u32, u64, usize, u16, u8);

impl<'a> Arg<'a> {
    pub fn value(self) -> FluentValue<'a> {
        match self {
            Arg::Text(text) => FluentValue::from(text),
            Arg::Owned(text) => FluentValue::from(text),
            Arg::Number(number) => FluentValue::from(number),
        }
    }
}

/// Declares a part's messages: each line gives [`Words`] a method of that name, and the
/// whole list is kept as `$list` for the completeness tests.
///
/// ```ignore
/// words! { GUI_WORDS;
///     nav_intake = "nav-intake";
///     cases_found(count) = "cases-found";
/// }
/// ```
/// Arguments take anything that is text or a whole number (`impl Into<Arg>`); the
/// Fluent variable has the argument's name (`{ $count }`).
#[macro_export]
macro_rules! words {
    ($list:ident; $( $(#[$meta:meta])* $name:ident $( ( $($arg:ident),* ) )? = $id:literal; )*) => {
        impl $crate::i18n::Words {
            $(
                $(#[$meta])*
                #[allow(clippy::too_many_arguments, clippy::extra_unused_lifetimes)]
                pub fn $name<'a>(self $( $(, $arg: impl Into<$crate::i18n::Arg<'a>>)* )?) -> String {
                    #[allow(unused_mut)]
                    let mut args = $crate::i18n::FluentArgsOf::new();
                    $( $( args.set(stringify!($arg), $arg.into().value()); )* )?
                    self.format($id, args.get())
                }
            )*
        }

        /// The messages this part declares, for the completeness tests.
        pub const $list: &[$crate::i18n::Declared] = &[
            $( $crate::i18n::Declared { id: $id, args: &[ $( $(stringify!($arg)),* )? ] }, )*
        ];
    };
}
pub use words;

/// The arguments being gathered for one message (no allocation when there are none).
#[derive(Default)]
pub struct FluentArgsOf<'a> {
    args: Option<FluentArgs<'a>>,
}

impl<'a> FluentArgsOf<'a> {
    pub fn new() -> Self {
        Self { args: None }
    }

    pub fn set(&mut self, name: &'static str, value: FluentValue<'a>) {
        self.args
            .get_or_insert_with(FluentArgs::new)
            .set(name, value);
    }

    pub fn get(&self) -> Option<&FluentArgs<'a>> {
        self.args.as_ref()
    }
}

/// Every message of every part, for the completeness tests.
pub fn declared() -> Vec<Declared> {
    messages::ALL
        .iter()
        .flat_map(|list| list.iter().copied())
        .collect()
}

/// Every message the code can ask for, with the variables it passes: the declared ones,
/// those chosen by a domain name's code, and the customer messages' templates.
pub fn every_message() -> Vec<(String, &'static [&'static str])> {
    let mut out: Vec<(String, &'static [&'static str])> = declared()
        .into_iter()
        .map(|d| (d.id.to_string(), d.args))
        .collect();
    out.extend(enum_ids().into_iter().map(|id| (id, &[][..])));
    out.extend(mail_ids());
    out
}

/// The ids a language's files define, with the variables each message uses.
pub fn defined(language: Language) -> Vec<(String, Vec<String>)> {
    use fluent_syntax::ast;
    let mut out = Vec::new();
    for source in language.files() {
        let resource = match fluent_syntax::parser::parse(*source) {
            Ok(resource) => resource,
            Err((resource, _)) => resource,
        };
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let mut vars = Vec::new();
                if let Some(pattern) = &message.value {
                    pattern_vars(pattern, &mut vars);
                }
                out.push((message.id.name.to_string(), vars));
            }
        }
    }
    out
}

/// Syntax errors in a language's files, each as "file: error".
pub fn syntax_errors(language: Language) -> Vec<String> {
    let mut out = Vec::new();
    for (area, source) in AREAS.iter().zip(language.files()) {
        if let Err((_, errors)) = fluent_syntax::parser::parse(*source) {
            for error in errors {
                out.push(format!("{}/{area}.ftl: {error:?}", language.code()));
            }
        }
    }
    out
}

fn pattern_vars(pattern: &fluent_syntax::ast::Pattern<&str>, vars: &mut Vec<String>) {
    use fluent_syntax::ast::PatternElement;
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &fluent_syntax::ast::Expression<&str>, vars: &mut Vec<String>) {
    use fluent_syntax::ast::Expression;
    match expression {
        Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for variant in variants {
                pattern_vars(&variant.value, vars);
            }
        }
        Expression::Inline(inline) => inline_vars(inline, vars),
    }
}

fn inline_vars(inline: &fluent_syntax::ast::InlineExpression<&str>, vars: &mut Vec<String>) {
    use fluent_syntax::ast::InlineExpression;
    match inline {
        InlineExpression::VariableReference { id } if !vars.iter().any(|v| v == id.name) => {
            vars.push(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        InlineExpression::FunctionReference { arguments, .. } => {
            for positional in &arguments.positional {
                inline_vars(positional, vars);
            }
        }
        _ => {}
    }
}

/// The month's own name ("March", "三月") in a language.
pub fn month_name(words: Words, month: u32) -> String {
    words.format(&format!("month-{month}"), None)
}

/// The weekday's own name ("Sunday", "星期日") in a language.
pub fn weekday_name(words: Words, date: NaiveDate) -> String {
    let day = date.weekday().number_from_monday();
    words.format(&format!("weekday-{day}"), None)
}

/// Formats one message without falling back: the error says what went wrong (a missing
/// message or value, or Fluent's own errors). For the completeness tests.
pub fn format_strict(
    language: Language,
    id: &str,
    args: Option<&FluentArgs>,
) -> Result<String, String> {
    let bundle = bundle(language);
    let message = bundle.get_message(id).ok_or("no such message")?;
    let pattern = message.value().ok_or("the message has no value")?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    if errors.is_empty() {
        Ok(text.into_owned())
    } else {
        Err(format!("{errors:?}"))
    }
}

/// A glossary term (`-free-repair`) as a language's files word it (terms are plain text).
pub fn term(language: Language, name: &str) -> Option<String> {
    use fluent_syntax::ast::{Entry, PatternElement};
    language.files().iter().find_map(|source| {
        let resource = match fluent_syntax::parser::parse(*source) {
            Ok(resource) => resource,
            Err((resource, _)) => resource,
        };
        resource.body.into_iter().find_map(|entry| match entry {
            Entry::Term(term) if term.id.name == name => Some(
                term.value
                    .elements
                    .iter()
                    .map(|element| match element {
                        PatternElement::TextElement { value } => value.to_string(),
                        PatternElement::Placeable { .. } => String::new(),
                    })
                    .collect(),
            ),
            _ => None,
        })
    })
}
