//! Customer messages (docs/rules.md §11): the moments a customer hears from the center,
//! the center's e-mail settings, and the templates with their `{field}` placeholders.
//! Pure: which step causes which moment, and a message's words from a case. The store
//! queues what this decides, in the step's own transaction; `src/mail` sends it.

mod record;
mod words;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Note;
use super::case::{Arrival, Case, DocumentKind, Handback};
use super::lifecycle::{self, CaseState};
use super::settings::Settings;
use super::step::Step;

pub(crate) use record::switch_messages;
pub use record::{
    Consent, HELD_NO_MESSAGES, Handed, MESSAGES_CLAUSE, NoticeSource, consent, handed_note,
    is_message_event, masked_address, messages_off, notice_from_message, notice_set_note,
    notice_source,
};
pub use words::{NO_ADDRESS, moment_label};

/// A moment the customer is told about. Each has its own template and can be switched
/// off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Moment {
    ApplicationReceived,
    ParcelReceived,
    ParcelRefused,
    ProofNeeded,
    Quote,
    PaymentReminder,
    ReadyForPickup,
    Shipped,
    ApplicationClosingSoon,
    ApplicationClosed,
}

impl Moment {
    pub const ALL: [Moment; 10] = [
        Moment::ApplicationReceived,
        Moment::ParcelReceived,
        Moment::ParcelRefused,
        Moment::ProofNeeded,
        Moment::Quote,
        Moment::PaymentReminder,
        Moment::ReadyForPickup,
        Moment::Shipped,
        Moment::ApplicationClosingSoon,
        Moment::ApplicationClosed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Moment::ApplicationReceived => "application_received",
            Moment::ParcelReceived => "parcel_received",
            Moment::ParcelRefused => "parcel_refused",
            Moment::ProofNeeded => "proof_needed",
            Moment::Quote => "quote",
            Moment::PaymentReminder => "payment_reminder",
            Moment::ReadyForPickup => "ready_for_pickup",
            Moment::Shipped => "shipped",
            Moment::ApplicationClosingSoon => "application_closing_soon",
            Moment::ApplicationClosed => "application_closed",
        }
    }

    pub fn parse(word: &str) -> Option<Moment> {
        Moment::ALL.into_iter().find(|m| m.as_str() == word)
    }

    pub fn label(self) -> &'static str {
        moment_label(self)
    }

    /// The document attached to the message, rendered from the case when it is sent.
    pub fn attachment(self) -> Option<DocumentKind> {
        match self {
            Moment::ApplicationReceived => Some(DocumentKind::Confirmation),
            Moment::ParcelReceived => Some(DocumentKind::Receipt),
            Moment::Quote => Some(DocumentKind::Quote),
            _ => None,
        }
    }

    /// The fields this moment's template may use (the case's and the center's).
    pub fn fields(self) -> Vec<&'static str> {
        let own: &[&str] = match self {
            Moment::ApplicationReceived | Moment::ApplicationClosingSoon => {
                &["applied_on", "ship_by", "closes_on"]
            }
            Moment::ApplicationClosed => &["applied_on", "closes_on"],
            Moment::ParcelReceived => &["received_on"],
            Moment::ParcelRefused => &["received_on", "reason"],
            Moment::ProofNeeded => &["answer_by"],
            Moment::Quote => &["quote_total", "answer_by"],
            Moment::PaymentReminder => &["quote_total", "payment_due"],
            Moment::ReadyForPickup => &["received_on"],
            Moment::Shipped => &["carrier", "tracking"],
        };
        COMMON_FIELDS.iter().chain(own).copied().collect()
    }
}

/// Fields every template may use.
pub const COMMON_FIELDS: [&str; 8] = [
    "customer_name",
    "case_number",
    "device",
    "serial",
    "center_name",
    "center_phone",
    "center_email",
    "center_address",
];

/// Every field any template may use.
pub const FIELDS: [&str; 18] = [
    "customer_name",
    "case_number",
    "device",
    "serial",
    "applied_on",
    "ship_by",
    "closes_on",
    "received_on",
    "reason",
    "quote_total",
    "answer_by",
    "payment_due",
    "carrier",
    "tracking",
    "center_name",
    "center_phone",
    "center_email",
    "center_address",
];

/// What a message's words take from a language: each moment's default template and how
/// dates and amounts are written. The desk's is `crate::i18n::Words` in the customer's
/// language (docs/rules.md §13); the domain spells no message itself.
pub trait Wording {
    /// The subject and body `moment` is sent with until the manager writes their own,
    /// with `{field}` placeholders.
    fn template(&self, moment: Moment) -> (String, String);
    /// The language the words are in: a manager's own wording is used only for
    /// customers of the language it was written in.
    fn language(&self) -> crate::domain::Language;
    fn date(&self, date: NaiveDate) -> String;
    fn money(&self, money: &crate::domain::Money) -> String;
}

/// How the desk talks to the mail server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Security {
    /// Plain connection upgraded with STARTTLS (port 587); refused if the server
    /// cannot.
    #[default]
    StartTls,
    /// TLS from the first byte (port 465).
    Tls,
    /// No encryption: allowed only to a server on this machine (127.0.0.1, ::1,
    /// localhost), e.g. a local relay.
    Plain,
}

impl Security {
    pub const ALL: [Security; 3] = [Security::StartTls, Security::Tls, Security::Plain];

    pub fn as_str(self) -> &'static str {
        match self {
            Security::StartTls => "starttls",
            Security::Tls => "tls",
            Security::Plain => "plain",
        }
    }

    pub fn parse(word: &str) -> Option<Security> {
        Security::ALL.into_iter().find(|s| s.as_str() == word)
    }

    pub fn default_port(self) -> u16 {
        match self {
            Security::StartTls => 587,
            Security::Tls => 465,
            Security::Plain => 25,
        }
    }
}

impl std::fmt::Display for Security {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Security::StartTls => "STARTTLS (port 587)",
            Security::Tls => "TLS (port 465)",
            Security::Plain => "None (this computer only)",
        })
    }
}

/// One moment's template, and whether it is sent at all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MomentSetting {
    pub on: bool,
    /// Empty: the default words ([`Wording::template`]).
    pub subject: String,
    pub body: String,
    /// The language the manager wrote `subject` and `body` in (wording saved before
    /// languages is English). A customer of another language gets that language's
    /// default words: an English text is never sent to a Chinese customer by accident.
    pub language: crate::domain::Language,
}

impl Default for MomentSetting {
    fn default() -> Self {
        Self {
            on: true,
            subject: String::new(),
            body: String::new(),
            language: crate::domain::Language::default(),
        }
    }
}

/// The center's e-mail settings. The server's secret is not here: it is kept in the
/// sending desk's data folder (`mail.secret`), never in the database or a backup.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MailSettings {
    /// Customer e-mail switched on by the manager: only then are messages queued.
    pub on: bool,
    pub server: String,
    pub port: u16,
    pub security: Security,
    /// The login at the server; empty: none.
    pub user: String,
    pub from_name: String,
    pub from_address: String,
    /// Where the customers' answers go; empty: the sender's address.
    pub reply_to: String,
    /// Days before the 2.6 deadline the payment reminder becomes due.
    pub reminder_days: u32,
    /// Days before an application closes (4.2) its reminder becomes due.
    pub closing_days: u32,
    /// Per moment (missing: on, default words).
    pub moments: BTreeMap<Moment, MomentSetting>,
}

impl Default for MailSettings {
    fn default() -> Self {
        Self {
            on: false,
            server: String::new(),
            port: Security::StartTls.default_port(),
            security: Security::StartTls,
            user: String::new(),
            from_name: String::new(),
            from_address: String::new(),
            reply_to: String::new(),
            reminder_days: 5,
            closing_days: 3,
            moments: BTreeMap::new(),
        }
    }
}

impl MailSettings {
    /// The moment's setting as it applies (on, default words when none are saved).
    pub fn moment(&self, moment: Moment) -> MomentSetting {
        self.moments.get(&moment).cloned().unwrap_or_default()
    }

    /// The subject and body template in use for `moment`: the manager's, or the
    /// language's default.
    pub fn template(&self, moment: Moment, wording: &dyn Wording) -> (String, String) {
        let mut saved = self.moment(moment);
        if saved.language != wording.language() {
            saved.subject.clear();
            saved.body.clear();
        }
        let (subject, body) = wording.template(moment);
        (
            Some(saved.subject)
                .filter(|s| !s.trim().is_empty())
                .unwrap_or_else(|| subject.to_string()),
            Some(saved.body)
                .filter(|s| !s.trim().is_empty())
                .unwrap_or_else(|| body.to_string()),
        )
    }

    /// Is a message of `moment` queued at all?
    pub fn sends(&self, moment: Moment) -> bool {
        self.on && self.moment(moment).on
    }

    /// What must be fixed before mail can be sent, field by field.
    pub fn problems(&self) -> Vec<(&'static str, Note)> {
        let mut out = Vec::new();
        let server = self.server.trim();
        if server.is_empty() || server.contains(char::is_whitespace) {
            out.push((
                "server",
                Note::coded(
                    "mail-server",
                    "the mail server's name, e.g. smtp.example.com",
                ),
            ));
        } else if self.security == Security::Plain && !is_loopback(server) {
            out.push((
                "security",
                Note::coded(
                    "mail-security",
                    "an unencrypted connection is allowed only to this computer: choose STARTTLS or TLS",
                ),
            ));
        }
        if self.port == 0 {
            out.push((
                "port",
                Note::coded(
                    "mail-port",
                    "a port number from 1 to 65535 (587 or 465 usually)",
                ),
            ));
        }
        if !looks_like_address(&self.from_address) {
            out.push((
                "sender address",
                Note::coded(
                    "mail-sender-address",
                    "the address customers see the mail come from",
                ),
            ));
        }
        if !self.reply_to.trim().is_empty() && !looks_like_address(&self.reply_to) {
            out.push((
                "reply-to",
                Note::coded(
                    "mail-reply-to",
                    "an e-mail address, or empty for the sender's",
                ),
            ));
        }
        out
    }
}

/// A host on this machine: where an unencrypted connection is allowed.
pub fn is_loopback(host: &str) -> bool {
    let host = host.trim().trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// Good enough to catch a typing slip: one `@`, something either side, a dot after.
pub fn looks_like_address(text: &str) -> bool {
    let text = text.trim();
    match text.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !text.contains(char::is_whitespace)
                && !domain.contains('@')
        }
        None => false,
    }
}

/// The moment a step causes, judged from the case before and after it (`None`: the
/// customer is not written to). The case's opening is [`opening_moment`].
pub fn moment_of(step: &Step, before: CaseState, after: &Case) -> Option<Moment> {
    match step {
        Step::Receive(_) | Step::Unsolicited { .. } => parcel_moment(after),
        Step::AskForProof => Some(Moment::ProofNeeded),
        Step::Diagnose(_) | Step::ProofReceived(_)
            if after.state == CaseState::AwaitingCustomer
                && before != CaseState::AwaitingCustomer =>
        {
            match after.quote {
                Some(_) => Some(Moment::Quote),
                None => Some(Moment::ProofNeeded),
            }
        }
        Step::SendQuote(_) => Some(Moment::Quote),
        Step::RepairDone(_) | Step::Diagnose(_) | Step::DeclineQuote | Step::ProofReceived(_)
            if after.arrival == Arrival::WalkIn
                && matches!(after.state, CaseState::Ready | CaseState::ToReturn)
                && before != after.state =>
        {
            Some(Moment::ReadyForPickup)
        }
        Step::HandBack(Handback::Shipped { .. }) => Some(Moment::Shipped),
        Step::Expire => Some(Moment::ApplicationClosed),
        _ => None,
    }
}

/// The moment a parcel's inspection causes: received, or refused/rejected.
pub fn parcel_moment(after: &Case) -> Option<Moment> {
    match after.state {
        CaseState::Rejected => Some(Moment::ParcelRefused),
        CaseState::Received => Some(Moment::ParcelReceived),
        _ => None,
    }
}

/// The moment a new case causes: an online application's confirmation.
pub fn opening_moment(case: &Case) -> Option<Moment> {
    (case.state == CaseState::Applied).then_some(Moment::ApplicationReceived)
}

/// The due reminders a person confirms before they are queued, with the day each
/// becomes due: the payment reminder (some days before 2.6's deadline) and the
/// application closing soon (4.2).
pub fn reminder_due(case: &Case, mail: &MailSettings) -> Option<(Moment, NaiveDate)> {
    match case.state {
        CaseState::AwaitingPayment => {
            let due = lifecycle::payment_due(case.payment_notice_on?);
            Some((
                Moment::PaymentReminder,
                due - chrono::Days::new(u64::from(mail.reminder_days)),
            ))
        }
        CaseState::Applied => {
            let closes = lifecycle::application_closes(case.applied_on?);
            Some((
                Moment::ApplicationClosingSoon,
                closes - chrono::Days::new(u64::from(mail.closing_days)),
            ))
        }
        _ => None,
    }
}

/// The values of every field for `case`, as a message about `moment` shows them.
/// `answer_days` is the center's (2.3). A field the case does not have yet is empty.
pub fn field_values(
    case: &Case,
    settings: &Settings,
    wording: &dyn Wording,
) -> BTreeMap<&'static str, String> {
    let date = |d: Option<NaiveDate>| d.map(|d| wording.date(d)).unwrap_or_default();
    let mut out = BTreeMap::new();
    out.insert("customer_name", case.customer.name.trim().to_string());
    out.insert("case_number", case.number.to_string());
    out.insert("device", case.device.model.trim().to_string());
    out.insert("serial", case.device.serial.trim().to_string());
    out.insert("applied_on", date(case.applied_on));
    out.insert("ship_by", date(case.applied_on.map(lifecycle::ship_by)));
    out.insert(
        "closes_on",
        date(case.applied_on.map(lifecycle::application_closes)),
    );
    out.insert("received_on", date(case.received_on));
    let reason = case
        .events
        .iter()
        .rev()
        .find(|e| e.to == CaseState::Rejected)
        .map(|e| e.note.trim().to_string())
        .unwrap_or_default();
    out.insert("reason", reason);
    out.insert(
        "quote_total",
        case.quote
            .as_ref()
            .and_then(|q| q.total().ok())
            .map(|m| wording.money(&m))
            .unwrap_or_default(),
    );
    out.insert(
        "answer_by",
        date(
            case.asked_on
                .map(|d| lifecycle::answer_due(d, settings.answer_days)),
        ),
    );
    out.insert(
        "payment_due",
        date(case.payment_notice_on.map(lifecycle::payment_due)),
    );
    let (carrier, tracking) = match &case.handback {
        Some(Handback::Shipped { carrier, tracking }) => (carrier.clone(), tracking.clone()),
        _ => Default::default(),
    };
    out.insert("carrier", carrier);
    out.insert("tracking", tracking);
    let center = &settings.center;
    out.insert("center_name", center.name.trim().to_string());
    out.insert("center_phone", center.phone.trim().to_string());
    out.insert("center_email", center.email.trim().to_string());
    out.insert("center_address", center.address.trim().to_string());
    out
}

/// `template` with each `{field}` replaced by its value; an unknown `{name}` is left as
/// written (the preview lists it, see [`unknown_fields`]).
pub fn fill(template: &str, values: &BTreeMap<&'static str, String>) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) if values.contains_key(&after[..close]) => {
                out.push_str(&values[&after[..close]]);
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The `{names}` in `template` that are not fields of `moment`.
pub fn unknown_fields(template: &str, moment: Moment) -> Vec<String> {
    let fields = moment.fields();
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        let name = &after[..close];
        if !name.is_empty()
            && !name.contains(char::is_whitespace)
            && !fields.contains(&name)
            && !out.iter().any(|n: &String| n == name)
        {
            out.push(name.to_string());
        }
        rest = &after[close + 1..];
    }
    out
}

/// A message's words for `case` at `moment`: (subject, body).
pub fn compose(
    case: &Case,
    settings: &Settings,
    moment: Moment,
    wording: &dyn Wording,
) -> (String, String) {
    let values = field_values(case, settings, wording);
    let (subject, body) = settings.mail.template(moment, wording);
    // A subject is one line: a template's line breaks become spaces.
    let subject = fill(&subject, &values)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    (subject, tidy(&fill(&body, &values)))
}

/// A body as sent: a field left empty (a center without an address) leaves no run of
/// blank lines, and no line ends in spaces.
fn tidy(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut blank = 0;
    for line in body.trim().lines().map(str::trim_end) {
        blank = if line.is_empty() { blank + 1 } else { 0 };
        if blank < 2 {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// What the store queues for a step: the moment, the address (`None`: the customer has
/// none, so the desk phones instead: [`NO_ADDRESS`]) and the words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Composed {
    pub moment: Moment,
    pub to: Option<String>,
    pub subject: String,
    pub body: String,
}

/// The message `moment` makes for `case` under `settings`, or `None` when customer
/// e-mail or this moment is switched off.
pub fn message_for(
    case: &Case,
    settings: &Settings,
    moment: Moment,
    wording: &dyn Wording,
) -> Option<Composed> {
    if !settings.mail.sends(moment) {
        return None;
    }
    let (subject, body) = compose(case, settings, moment, wording);
    let to = case
        .customer
        .email
        .as_deref()
        .map(str::trim)
        .filter(|a| looks_like_address(a))
        .map(str::to_string);
    Some(Composed {
        moment,
        to,
        subject,
        body,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_known_fields_and_keeps_the_rest() {
        let mut values = BTreeMap::new();
        values.insert("case_number", "2026-00012".to_string());
        assert_eq!(
            fill("Case {case_number} {unknown} {", &values),
            "Case 2026-00012 {unknown} {"
        );
        assert_eq!(
            unknown_fields("{case_number} {tracking} {oops}", Moment::Quote),
            vec!["tracking".to_string(), "oops".to_string()]
        );
    }

    #[test]
    fn an_empty_field_leaves_no_run_of_blank_lines() {
        assert_eq!(tidy("Hello,\n\n \n\n\nBye  \n"), "Hello,\n\nBye\n");
    }

    #[test]
    fn plain_only_to_this_computer() {
        let mut mail = MailSettings {
            server: "smtp.example.com".into(),
            security: Security::Plain,
            from_address: "desk@example.com".into(),
            ..MailSettings::default()
        };
        assert_eq!(mail.problems()[0].0, "security");
        mail.server = "127.0.0.1".into();
        assert!(mail.problems().is_empty());
        assert!(is_loopback("::1") && is_loopback("localhost") && !is_loopback("10.0.0.1"));
    }

    #[test]
    fn a_moment_is_on_by_default_once_mail_is() {
        let mut mail = MailSettings::default();
        assert!(!mail.sends(Moment::Quote), "mail itself is off by default");
        mail.on = true;
        assert!(mail.sends(Moment::Quote));
        mail.moments.insert(
            Moment::Quote,
            MomentSetting {
                on: false,
                ..MomentSetting::default()
            },
        );
        assert!(!mail.sends(Moment::Quote));
    }
}
