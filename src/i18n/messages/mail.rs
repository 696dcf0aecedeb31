//! The words of customer messages (docs/rules.md §11) in each language: a moment's
//! default template, its name, when it is sent, and what each field stands for.
//!
//! A template keeps the `{field}` form the manager's own wording uses: the Fluent
//! message is formatted with each variable set to its own `{name}`, and the case's
//! values are filled in afterwards by `domain::mail::fill`, the same for both.

use chrono::NaiveDate;

use crate::domain::Money;
use crate::domain::mail::{FIELDS, Moment, Wording};
use crate::i18n::{Arg, FluentArgsOf, Words};

fn key(moment: Moment) -> String {
    moment.as_str().replace('_', "-")
}

impl Words {
    /// The subject and body `moment` is sent with until the manager writes their own.
    pub fn mail_template(self, moment: Moment) -> (String, String) {
        let mut args = FluentArgsOf::new();
        for field in FIELDS {
            args.set(field, Arg::Owned(format!("{{{field}}}")).value());
        }
        let key = key(moment);
        (
            self.format(&format!("mail-{key}-subject"), args.get()),
            self.format(&format!("mail-{key}-body"), args.get()),
        )
    }

    /// What a moment is called on the settings screen and in the case's messages.
    pub fn mail_moment(self, moment: Moment) -> String {
        self.format(&format!("mail-moment-{}", key(moment)), None)
    }

    /// When a moment's message is queued, as the settings screen explains it.
    pub fn mail_when(self, moment: Moment) -> String {
        self.format(&format!("mail-when-{}", key(moment)), None)
    }

    /// What a template field stands for, beside the template editor.
    pub fn mail_field(self, field: &str) -> String {
        if !FIELDS.contains(&field) {
            return String::new();
        }
        self.format(&format!("mail-field-{}", field.replace('_', "-")), None)
    }

    /// Why a message was not queued for e-mail.
    pub fn mail_no_address(self) -> String {
        self.format("mail-no-address", None)
    }
}

/// A language's words are what a message's wording takes from it.
impl Wording for Words {
    fn template(&self, moment: Moment) -> (String, String) {
        self.mail_template(moment)
    }

    fn language(&self) -> crate::domain::Language {
        Words::language(*self)
    }

    fn date(&self, date: NaiveDate) -> String {
        Words::date(*self, date)
    }

    fn money(&self, money: &Money) -> String {
        Words::money(*self, money)
    }
}

/// Every mail message with the variables it is given, for the completeness tests.
pub fn mail_ids() -> Vec<(String, &'static [&'static str])> {
    let mut out = Vec::new();
    for moment in Moment::ALL {
        let key = key(moment);
        out.push((format!("mail-{key}-subject"), &FIELDS[..]));
        out.push((format!("mail-{key}-body"), &FIELDS[..]));
        out.push((format!("mail-moment-{key}"), &[][..]));
        out.push((format!("mail-when-{key}"), &[][..]));
    }
    for field in FIELDS {
        out.push((format!("mail-field-{}", field.replace('_', "-")), &[][..]));
    }
    out.push(("mail-no-address".to_string(), &[][..]));
    out
}

// Why mail did not go (`mail::MailError::say`, `SendFailure::say`): English = their
// `Display`; the server's, the TLS library's and the parser's words as they came.
crate::words! { MAIL_ERRORS;
    mail_error_off = "mail-error-off";
    mail_error_settings(field, problem) = "mail-error-settings";
    mail_error_no_secret(user) = "mail-error-no-secret";
    mail_error_not_an_address(address, detail) = "mail-error-not-an-address";
    mail_error_no_sender = "mail-error-no-sender";
    mail_error_tls_setup(host, detail) = "mail-error-tls-setup";
    mail_error_tls(server, detail) = "mail-error-tls";
    mail_error_login(detail) = "mail-error-login";
    mail_error_refused(detail) = "mail-error-refused";
    mail_error_later(detail) = "mail-error-later";
    mail_error_timeout(server) = "mail-error-timeout";
    mail_error_unreachable(server, detail) = "mail-error-unreachable";
    mail_error_bad_recipient(address, detail) = "mail-error-bad-recipient";
    mail_error_compose(detail) = "mail-error-compose";
    mail_error_draw(document, problem) = "mail-error-draw";
    mail_error_no_case(number) = "mail-error-no-case";
    mail_test_subject(center) = "mail-test-subject";
    mail_test_body(center) = "mail-test-body";
}

// The e-mail settings by name, and what each must hold (`MailSettings::problems`).
declared! { MAIL_SETTINGS;
    "mail-field-server", "mail-field-security", "mail-field-port",
    "mail-field-sender-address", "mail-field-reply-to", "mail-field-test-address",
}

impl Words {
    /// An e-mail setting's name as people read it (`mail-field-<name>`); the name as
    /// given when it has none.
    pub fn mail_setting_field(self, field: &str) -> String {
        let id = format!("mail-field-{}", field.replace([' ', '_'], "-"));
        self.lookup(&id, None).unwrap_or_else(|| field.to_string())
    }
}
