//! Problems with what a person typed or asked for, as the domain and the store find
//! them: a field's value that cannot be taken ("phone: missing (required)"), a step the
//! case's facts refuse ("no quote has been sent to accept (2.2)"), a server that cannot
//! be reached. Each is a [`Note`]: its English sentence, and a code (`problem-<code>`
//! here) with its arguments, so the person reads it in their own language; a problem
//! without a code (the engine's own words) is shown as said.

use crate::domain::Note;
use crate::i18n::Words;

declared! { PROBLEMS;
    "problem-of-field"(field, problem),
    "problem-host-missing",
    "problem-host-spaces",
    "problem-port-range",
    "problem-database-missing",
    "problem-user-missing",
    "problem-mail-server",
    "problem-mail-security",
    "problem-mail-port",
    "problem-mail-sender-address",
    "problem-mail-reply-to",
    "problem-after-today"(what, field, given_on, days, today_on),
    "field-host",
    "field-port",
    "field-database",
    "field-user",
    "problem-store-closed",
    "problem-restored-not-reopened"(problem),
    "problem-not-restored-not-reopened"(problem),
    // The codes of the domain's and the store's problems (`Note::coded`), with the
    // arguments each passes.
    "problem-detail"(detail),
    "problem-not-json"(detail),
    "problem-missing",
    "problem-say-who",
    "problem-say-who-imports",
    "problem-cause-needed",
    "problem-more-than-zero",
    "problem-say-how-resolved",
    "problem-missing-collected-by",
    "problem-missing-return-address",
    "problem-missing-sender-name",
    "problem-months-range"(max),
    "problem-phone-few-digits"(phone),
    "problem-not-an-email"(email),
    "problem-after-claim-date"(given_on, claim_on),
    "problem-before-quote-sent"(given_on, earlier_on),
    "problem-before-application-date"(given_on, earlier_on),
    "problem-before-device-received"(given_on, earlier_on),
    "problem-before-payment-notice"(given_on, earlier_on),
    "problem-currency-differs"(quote_currency, currency),
    "problem-replacement-serial-needed",
    "problem-in-the-future"(given_on),
    "problem-facts-not-an-object",
    "problem-facts-invoice-not-an-object",
    "problem-not-empty",
    "problem-must-be-bool"(value),
    "problem-facts-not-a-date"(text),
    "problem-unknown-value"(text, expected),
    "problem-facts-months"(value, max),
    "problem-facts-months-kind"(value),
    "problem-no-claim-date",
    "problem-unsolicited-opens-case",
    "problem-no-quote-to-accept",
    "problem-no-quote-to-decline",
    "problem-no-quote-to-pay",
    "problem-application-closed"(closed_on),
    "problem-only-paid-quoted",
    "problem-application-no-date",
    "problem-application-open-until"(open_until),
    "problem-no-notice-date",
    "problem-payment-not-overdue"(due_on),
    "problem-no-request-recorded",
    "problem-answer-not-due"(due_on),
    "problem-messages-already-off",
    "problem-messages-already-on",
    "problem-application-still-open",
    "problem-no-reminder-due"(moment, state),
    "problem-date-empty",
    "problem-date-not-a-date"(text),
    "problem-date-short-year"(text),
    "problem-date-no-such-month"(text, month),
    "problem-date-day-zero"(text),
    "problem-date-no-such-day"(text, month_name, day_ordinal, month, day),
    "problem-date-not-leap-year"(text, year),
    "problem-month-out-of-range"(month),
    "problem-year-out-of-range"(year),
    "problem-month-not-a-month"(text),
    "problem-money-currency"(code),
    "problem-money-not-an-amount"(text),
    "problem-money-precision"(text, digits, currency),
    "problem-money-too-large"(text),
    "problem-money-mixed"(first, second),
    "problem-quote-empty",
    "problem-quote-no-description"(line),
    "problem-quote-negative"(line),
    "problem-quote-line-amount"(line),
    "problem-import-not-utf8",
    "problem-import-twice"(id, first),
    "problem-import-field-count"(count, expected),
    "problem-import-unknown-column"(expected, optional),
    "problem-import-column-twice",
    "problem-import-column-missing",
    "problem-import-not-an-array",
    "problem-import-array-not-closed",
    "problem-import-expected-comma",
    "problem-import-unknown-field",
    "problem-must-be-text"(value),
    "problem-must-be-object"(value),
    "problem-import-not-a-date"(text),
    "problem-import-not-a-channel"(text),
    "problem-import-not-yes-no"(text),
    "problem-import-not-a-language"(text, known, codes),
    "problem-import-row"(line, problem),
    "problem-import-unreadable"(path, problem),
    "problem-case-number-first",
    "problem-application-on-file",
    "problem-not-a-day",
    "problem-customer-needed",
    "problem-plain-file-name",
    "problem-message-not-in-outbox"(id),
    "problem-message-sent-already"(id),
    "problem-policy-months"(months, max),
    "problem-policy-model-no-name",
    "problem-policy-component-no-name",
    "problem-policy-listed-twice"(other),
    "problem-policy-not-on-file",
    "problem-migrate-from-sqlite",
    "problem-migrate-to-server",
    "problem-give-your-name",
    "problem-name-needed",
    "problem-name-too-long"(max),
    "problem-name-control-characters",
    "problem-password-too-short"(min),
    "problem-pin-digits"(min, max),
    "problem-secret-not-hashed"(detail),
    "problem-roles-needed",
    "problem-first-is-manager",
    "problem-already-on-staff"(name),
    "problem-nobody-called"(name),
    "problem-not-on-staff"(name),
    "problem-only-manager-role"(name),
    "problem-only-manager-disable"(name),
    "problem-backup-no-file"(path),
    "problem-backup-path-not-plain"(path),
    "problem-backup-closed",
    "problem-backup-mismatch"(detail),
    "problem-server-address",
    "problem-server-file-unreadable"(path, detail),
    "problem-server-place"(database, host, port),
    "problem-server-password",
    "problem-server-user-not-let-in",
    "problem-server-no-database",
    "problem-server-saved-at-once",
    "problem-server-case-held",
    "problem-server-save-cancelled",
    "problem-server-not-permitted",
    "problem-server-busy",
    "problem-server-tls-failed",
    "problem-server-unreachable",
    "problem-server-ca-file"(path, detail),
    "problem-server-tls-setup"(detail),
    "problem-server-connection-closed",
    "problem-server-foreign-tables"(database, host, port),
    "problem-server-foreign-mark"(database, host, port),
    "problem-server-damaged-mark"(database, host, port),
    "problem-server-too-new"(database, host, port, found, known),
    "problem-server-owner-needed"(database, host, port),
    "field-name",
    "field-phone",
    "field-email",
    "field-address",
    "field-return-address",
    "field-model",
    "field-serial",
    "field-fault",
    "field-application-id",
    "field-applied-on",
    "field-received-on",
    "field-purchase-channel",
    "field-invoice-date",
    "field-keep-parts",
    "field-language",
    "field-delivery-date",
    "field-shipment-date",
    "field-claim-date",
    "field-contract-months",
    "field-header",
    "field-row",
    "field-file",
    "field-actor",
    "field-cause",
    "field-quote",
    "field-amount",
    "field-currency",
    "field-note",
    "field-carrier",
    "field-tracking",
    "field-collected-by",
    "field-notice-on",
    "field-paid-on",
    "field-today",
    "field-replacement-serial",
    "field-client-id",
    "field-customer",
    "field-case",
    "field-step",
    "field-message",
    "field-photo",
    "field-settings",
    "field-policy",
    "field-policy-default-unit-months",
    "field-server",
    "field-secret",
    "field-password",
    "field-pin",
    "field-roles",
    "field-handback",
    "field-migrate",
    "field-default-unit-months",
    "field-models",
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
        self.lookup(&id, None).unwrap_or_else(|| name.to_string())
    }

    /// One problem of an import file's row: "line 3: phone: missing (required)".
    pub fn row_problem(self, line: usize, field: &str, problem: &Note) -> String {
        let mut args = crate::i18n::FluentArgsOf::new();
        args.set("line", crate::i18n::Arg::Number(line as i64).value());
        args.set(
            "problem",
            crate::i18n::Arg::Owned(self.field_problem(field, problem)).value(),
        );
        self.format("problem-import-row", args.get())
    }

    /// An import file that cannot be read: "cannot read FILE: it is not UTF-8 text…".
    pub fn import_unreadable(self, path: &str, problem: &Note) -> String {
        let mut args = crate::i18n::FluentArgsOf::new();
        args.set("path", crate::i18n::Arg::Text(path).value());
        args.set(
            "problem",
            crate::i18n::Arg::Owned(self.problem(problem)).value(),
        );
        self.format("problem-import-unreadable", args.get())
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
