//! Problems with what a person typed or asked for, as the domain and the store find
//! them: a field's value that cannot be taken ("phone: missing (required)"), a step the
//! case's facts refuse ("no quote has been sent to accept (2.2)"), a server that cannot
//! be reached. Each is a [`Note`]: its English sentence, and a code (`problem-<code>`
//! here) with its arguments, so the person reads it in their own language; a problem
//! without a code (the engine's own words) is shown as said.

use crate::domain::Note;
use crate::i18n::{Language, Words, format_strict};

declared! { PROBLEMS;
    "problem-of-field"(field, problem),
    "problem-store-closed",
    "problem-restored-not-reopened"(problem),
    "problem-not-restored-not-reopened"(problem),
}

impl Words {
    /// A problem in this language; its English sentence when it has no code.
    pub fn problem(self, note: &Note) -> String {
        self.sentences("problem", &note.text, &note.code, &note.args)
    }

    /// A field's name as people read it: `field-<name>` (dots and underscores as
    /// dashes: `customer.phone` is `field-customer-phone`); the name as the program
    /// writes it when it has no words (a JSON key a script sent, say).
    pub fn field(self, name: &str) -> String {
        let id = format!("field-{}", name.replace(['.', '_'], "-"));
        format_strict(self.language(), &id, None)
            .or_else(|_| format_strict(Language::English, &id, None))
            .unwrap_or_else(|_| name.to_string())
    }

    /// A field and what is wrong with it: "Phone: missing (required)".
    pub fn field_problem(self, field: &str, problem: &Note) -> String {
        let mut args = crate::i18n::FluentArgsOf::new();
        args.set("field", crate::i18n::Arg::Owned(self.field(field)).value());
        args.set(
            "problem",
            crate::i18n::Arg::Owned(self.problem(problem)).value(),
        );
        self.format("problem-of-field", args.get())
    }
}
