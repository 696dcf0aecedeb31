//! Sending customer e-mail (docs/rules.md §11): SMTP through `lettre` over rustls
//! (STARTTLS or implicit TLS; plain only to this computer), the outbox's sender, and
//! "Send a test message".
//!
//! The sender claims due messages from the outbox (`Store::claim_messages`: one desk per
//! message, even with several), draws each one's PDF from the case as stored, sends it
//! with the Message-ID fixed when it was queued, and records the server's reply — or,
//! when the server is away, tries again later (`store::outbox::backoff`), or, when the
//! server refuses it for good, leaves it failed for a person to retry. A mail failure
//! never undoes the step that queued the message.
//!
//! The PDF is drawn at sending time, dated when the message was queued: the store draws
//! no documents (it sits below `documents`), the outbox stays small, and every retry of
//! a message carries the same document.

use std::time::Duration;

use chrono::{DateTime, Utc};
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{Message, SmtpTransport, Transport};

use crate::documents::{self, PrintOptions};
use crate::domain::mail::{MailSettings, Security};
use crate::domain::{Note, Settings};
use crate::i18n::Words;
use crate::store::outbox::{Delivery, OutboxEntry, backoff};
use crate::store::{Store, StoreError};

/// How long one connection to the mail server may take before it counts as down.
const TIMEOUT: Duration = Duration::from_secs(20);
/// Messages claimed per round.
pub const BATCH: usize = 20;

/// What stops mail from going out, in one sentence saying what to fix.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("customer e-mail is switched off: turn it on in Settings → E-mail")]
    Off,
    #[error("e-mail settings: {field}: {problem}")]
    Settings {
        field: String,
        problem: SettingProblem,
    },
    #[error(
        "this desk has no password for the mail server's login {0}: enter it in Settings → E-mail on the desk that sends (or leave the login empty)"
    )]
    NoSecret(String),
    #[error("{0}")]
    Send(SendFailure),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl MailError {
    /// This error in the reader's language; the English is its `Display`. What the mail
    /// server, the TLS library or the address parser said is given as it came.
    pub fn say(&self, w: Words) -> String {
        match self {
            MailError::Off => w.mail_error_off(),
            MailError::Settings { field, problem } => {
                w.mail_error_settings(w.mail_setting_field(field), problem.say(w))
            }
            MailError::NoSecret(user) => w.mail_error_no_secret(user),
            MailError::Send(failure) => failure.say(w),
            MailError::Store(err) => err.say(w),
        }
    }
}

/// What is wrong with one of the e-mail settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SettingProblem {
    /// One the settings find themselves (`MailSettings::problems`), coded.
    Setting(Note),
    /// An address that cannot be parsed, with the parser's words.
    NotAnAddress { address: String, detail: String },
    /// A draft needs a sender: neither the sender address nor the center's e-mail is set.
    NoSender,
}

impl std::fmt::Display for SettingProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SettingProblem::Setting(problem) => f.write_str(&problem.text),
            SettingProblem::NotAnAddress { address, detail } => {
                write!(f, "{address} is not an e-mail address ({detail})")
            }
            SettingProblem::NoSender => f.write_str(
                "set the sender address in Settings → Customer e-mail, or the center's e-mail",
            ),
        }
    }
}

impl SettingProblem {
    /// The problem in the reader's language.
    pub fn say(&self, w: Words) -> String {
        match self {
            SettingProblem::Setting(problem) => w.problem(problem),
            SettingProblem::NotAnAddress { address, detail } => {
                w.mail_error_not_an_address(address, detail)
            }
            SettingProblem::NoSender => w.mail_error_no_sender(),
        }
    }
}

/// Why a message (or the test message) did not go, in one sentence saying what to fix:
/// the English is kept with a failed message in the outbox; [`SendFailure::say`] gives
/// it in the reader's language. The server's, the TLS library's and the parser's own
/// words are kept as they came.
#[derive(Debug)]
pub enum SendFailure {
    /// The TLS settings for the server could not be made.
    TlsSetup { host: String, detail: String },
    /// The secure connection failed.
    Tls { server: String, detail: String },
    /// The server refused the login.
    Login { detail: String },
    /// The server refused the message for good.
    Refused { detail: String },
    /// The server asked to try later.
    Later { detail: String },
    /// The server did not answer in time.
    Timeout { server: String },
    /// The server could not be reached.
    Unreachable { server: String, detail: String },
    /// The customer's address cannot be parsed.
    BadRecipient { address: String, detail: String },
    /// The message could not be put together.
    Compose { detail: String },
    /// The attached document could not be drawn.
    Draw {
        kind: crate::domain::case::DocumentKind,
        error: Box<documents::PrintError>,
    },
    /// The case of a queued message is gone.
    NoCase { number: String },
    /// The mail library's own words.
    Other(String),
}

impl std::fmt::Display for SendFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SendFailure::TlsSetup { host, detail } => write!(
                f,
                "the secure connection to {host} could not be prepared ({detail}): check the server's name"
            ),
            SendFailure::Tls { server, detail } => write!(
                f,
                "the secure connection to {server} failed ({detail}): check the security setting (STARTTLS on 587, TLS on 465) and the server's name"
            ),
            SendFailure::Login { detail } => write!(
                f,
                "the mail server refused the login ({detail}): check the user and password in Settings → E-mail"
            ),
            SendFailure::Refused { detail } => write!(
                f,
                "the mail server refused the message for good ({detail}): check the customer's e-mail address, then retry"
            ),
            SendFailure::Later { detail } => write!(
                f,
                "the mail server asked to try later ({detail}); it is tried again automatically"
            ),
            SendFailure::Timeout { server } => write!(
                f,
                "the mail server {server} did not answer in time; it is tried again automatically"
            ),
            SendFailure::Unreachable { server, detail } => write!(
                f,
                "the mail server {server} cannot be reached ({detail}): check its name and port; it is tried again automatically"
            ),
            SendFailure::BadRecipient { address, detail } => write!(
                f,
                "the customer's address {address} is not valid ({detail}): correct it on the case"
            ),
            SendFailure::Compose { detail } => {
                write!(f, "the message could not be put together ({detail})")
            }
            SendFailure::Draw { kind, error } => write!(
                f,
                "the {} could not be drawn ({error})",
                kind.label().to_lowercase()
            ),
            SendFailure::NoCase { number } => write!(f, "case {number} is no longer on file"),
            SendFailure::Other(words) => f.write_str(words),
        }
    }
}

impl SendFailure {
    /// This failure in the reader's language.
    pub fn say(&self, w: Words) -> String {
        match self {
            SendFailure::TlsSetup { host, detail } => w.mail_error_tls_setup(host, detail),
            SendFailure::Tls { server, detail } => w.mail_error_tls(server, detail),
            SendFailure::Login { detail } => w.mail_error_login(detail),
            SendFailure::Refused { detail } => w.mail_error_refused(detail),
            SendFailure::Later { detail } => w.mail_error_later(detail),
            SendFailure::Timeout { server } => w.mail_error_timeout(server),
            SendFailure::Unreachable { server, detail } => w.mail_error_unreachable(server, detail),
            SendFailure::BadRecipient { address, detail } => {
                w.mail_error_bad_recipient(address, detail)
            }
            SendFailure::Compose { detail } => w.mail_error_compose(detail),
            SendFailure::Draw { kind, error } => {
                w.mail_error_draw(w.document_kind(*kind).to_lowercase(), error.say(w))
            }
            SendFailure::NoCase { number } => w.mail_error_no_case(number),
            SendFailure::Other(words) => words.clone(),
        }
    }
}

/// A connection to the center's mail server, as the settings describe it.
pub struct Mailer {
    transport: SmtpTransport,
    from: Mailbox,
    reply_to: Option<Mailbox>,
    server: String,
}

impl Mailer {
    /// Checks the settings and prepares the transport (nothing is sent yet).
    pub fn new(mail: &MailSettings, secret: Option<&str>) -> Result<Mailer, MailError> {
        if let Some((field, problem)) = mail.problems().into_iter().next() {
            return Err(MailError::Settings {
                field: field.to_string(),
                problem: SettingProblem::Setting(problem),
            });
        }
        let host = mail.server.trim().to_string();
        let mut builder = SmtpTransport::builder_dangerous(&host)
            .port(mail.port)
            .timeout(Some(TIMEOUT));
        let tls = || {
            TlsParameters::new(host.clone()).map_err(|err| {
                MailError::Send(SendFailure::TlsSetup {
                    host: host.clone(),
                    detail: err.to_string(),
                })
            })
        };
        builder = match mail.security {
            Security::StartTls => builder.tls(Tls::Required(tls()?)),
            Security::Tls => builder.tls(Tls::Wrapper(tls()?)),
            Security::Plain => builder.tls(Tls::None),
        };
        let user = mail.user.trim();
        if !user.is_empty() {
            let secret = secret.ok_or_else(|| MailError::NoSecret(user.to_string()))?;
            builder = builder.credentials(Credentials::new(user.to_string(), secret.to_string()));
        }
        let from = mailbox(&mail.from_name, &mail.from_address, "sender address")?;
        let reply_to = match mail.reply_to.trim() {
            "" => None,
            address => Some(mailbox("", address, "reply-to")?),
        };
        Ok(Mailer {
            transport: builder.build(),
            from,
            reply_to,
            server: format!("{host}:{}", mail.port),
        })
    }

    /// Sends one message; the server's reply when it accepted it.
    pub fn send(&self, message: &Message) -> Result<String, lettre::transport::smtp::Error> {
        let response = self.transport.send(message)?;
        Ok(format!(
            "{} {}",
            response.code(),
            response.message().collect::<Vec<_>>().join(" ")
        )
        .trim()
        .to_string())
    }

    /// The message of an outbox entry, its document attached.
    pub fn compose(
        &self,
        entry: &OutboxEntry,
        attachment: Option<(String, Vec<u8>)>,
    ) -> Result<Message, SendFailure> {
        compose_message(&self.from, self.reply_to.as_ref(), entry, attachment)
    }

    /// "Send a test message": a short message to `to`, sent at once, in English.
    pub fn send_test(&self, to: &str, center: &str) -> Result<String, MailError> {
        self.send_test_in(to, center, crate::domain::Language::English.words())
    }

    /// [`Mailer::send_test`] with the message's words in `w`'s language (the center's).
    pub fn send_test_in(&self, to: &str, center: &str, w: Words) -> Result<String, MailError> {
        let to = mailbox("", to, "test address")?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(w.mail_test_subject(center))
            .body(w.mail_test_body(center) + "\n")
            .map_err(|err| MailError::Send(SendFailure::Other(err.to_string())))?;
        self.send(&message)
            .map_err(|err| MailError::Send(failure(&err, &self.server)))
    }
}

/// An outbox entry as a message from `from`, its document attached.
fn compose_message(
    from: &Mailbox,
    reply_to: Option<&Mailbox>,
    entry: &OutboxEntry,
    attachment: Option<(String, Vec<u8>)>,
) -> Result<Message, SendFailure> {
    let to: Mailbox = entry
        .to
        .parse()
        .map_err(
            |err: lettre::address::AddressError| SendFailure::BadRecipient {
                address: entry.to.clone(),
                detail: err.to_string(),
            },
        )?;
    let mut builder = Message::builder()
        .from(from.clone())
        .to(to)
        .subject(entry.subject.clone())
        .message_id(Some(entry.message_id.clone()))
        .date(entry.queued_at.into());
    if let Some(reply_to) = reply_to {
        builder = builder.reply_to(reply_to.clone());
    }
    let text = SinglePart::plain(entry.body.clone());
    let built = match attachment {
        Some((name, pdf)) => {
            let pdf_type = ContentType::parse("application/pdf")
                .map_err(|e| SendFailure::Other(e.to_string()))?;
            builder.multipart(
                MultiPart::mixed()
                    .singlepart(text)
                    .singlepart(Attachment::new(name).body(pdf, pdf_type)),
            )
        }
        None => builder.singlepart(text),
    };
    built.map_err(|err| SendFailure::Compose {
        detail: err.to_string(),
    })
}

/// The attachment's file name: the document and the case, e.g. `quote-SC-2026-000012.pdf`.
fn attachment_name(kind: crate::domain::case::DocumentKind, entry: &OutboxEntry) -> String {
    format!(
        "{}-{}.pdf",
        kind.label().to_lowercase().replace(' ', "-"),
        entry.number
    )
}

fn mailbox(name: &str, address: &str, field: &str) -> Result<Mailbox, MailError> {
    let address = address
        .trim()
        .parse()
        .map_err(|err: lettre::address::AddressError| MailError::Settings {
            field: field.to_string(),
            problem: SettingProblem::NotAnAddress {
                address: address.trim().to_string(),
                detail: err.to_string(),
            },
        })?;
    let name = name.trim();
    Ok(Mailbox::new(
        (!name.is_empty()).then(|| name.to_string()),
        address,
    ))
}

/// A failed send in one sentence saying what to fix, in English (the outbox keeps it).
pub fn explain(err: &lettre::transport::smtp::Error, server: &str) -> String {
    failure(err, server).to_string()
}

/// A failed send as a [`SendFailure`], to be said in the reader's language.
pub fn failure(err: &lettre::transport::smtp::Error, server: &str) -> SendFailure {
    let code = err.status().map(|c| c.to_string());
    // rustls's failures reach lettre as network errors: known by their words.
    let said = err.to_string().to_lowercase();
    let tls_words = [
        "tls",
        "certificate",
        "handshake",
        "corrupt message",
        "invalidcontenttype",
        "starttls",
    ];
    let detail = err.to_string();
    let server = server.to_string();
    if err.is_tls() || tls_words.iter().any(|w| said.contains(w)) {
        SendFailure::Tls { server, detail }
    } else if code.as_deref() == Some("535") || code.as_deref() == Some("534") {
        SendFailure::Login { detail }
    } else if err.is_permanent() {
        SendFailure::Refused { detail }
    } else if err.is_transient() {
        SendFailure::Later { detail }
    } else if err.is_timeout() {
        SendFailure::Timeout { server }
    } else {
        SendFailure::Unreachable { server, detail }
    }
}

/// What one round of the sender did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SendReport {
    pub sent: usize,
    /// Tried again later (server away, busy).
    pub later: usize,
    /// Refused for good: wait for a person.
    pub failed: usize,
    /// Per message: its id, case and what happened.
    pub lines: Vec<String>,
    /// The cases whose messages changed.
    pub cases: Vec<crate::domain::CaseNumber>,
}

/// One round of the sender: claims the messages due at `now` and sends them. A desk
/// without the server's password (when a login is set) sends nothing and leaves the
/// outbox to the desk that has it.
pub fn send_due(
    store: &mut Store,
    secret: Option<&str>,
    now: DateTime<Utc>,
) -> Result<SendReport, MailError> {
    let settings = store.settings()?;
    if !settings.mail.on {
        return Err(MailError::Off);
    }
    let mailer = Mailer::new(&settings.mail, secret)?;
    // The center's day the messages go out on: a sent quote's is 2.6's notice date.
    let today = now.with_timezone(&chrono::Local).date_naive();
    let mut report = SendReport::default();
    loop {
        let claimed = store.claim_messages(now, BATCH)?;
        if claimed.is_empty() {
            return Ok(report);
        }
        for entry in claimed {
            let delivery = deliver(store, &mailer, &settings, &entry, now);
            let (word, detail) = match &delivery {
                Delivery::Sent { reply } => {
                    report.sent += 1;
                    ("sent", reply.clone())
                }
                Delivery::Retry { error, .. } => {
                    report.later += 1;
                    ("later", error.clone())
                }
                Delivery::Failed { error } => {
                    report.failed += 1;
                    ("failed", error.clone())
                }
            };
            if !report.cases.contains(&entry.number) {
                report.cases.push(entry.number.clone());
            }
            report.lines.push(format!(
                "{} {} {} {word}: {detail}",
                entry.id,
                entry.number,
                entry.moment.as_str()
            ));
            store.finish_message(entry.id, &delivery, now, today)?;
            if matches!(delivery, Delivery::Retry { .. }) {
                // The server is away: the rest of this round would fail the same way.
                return Ok(report);
            }
        }
    }
}

/// Draws the attachment and sends one claimed message.
fn deliver(
    store: &Store,
    mailer: &Mailer,
    settings: &Settings,
    entry: &OutboxEntry,
    now: DateTime<Utc>,
) -> Delivery {
    let attachment = match entry.attachment {
        None => None,
        Some(kind) => {
            let case = match store.case(&entry.number) {
                Ok(Some(case)) => case,
                Ok(None) => {
                    return Delivery::Failed {
                        error: SendFailure::NoCase {
                            number: entry.number.to_string(),
                        }
                        .to_string(),
                    };
                }
                Err(err) => {
                    return Delivery::Retry {
                        error: err.to_string(),
                        next_try_at: now + backoff(entry.attempts),
                    };
                }
            };
            match documents::render(
                kind,
                &case,
                settings,
                &PrintOptions::default(),
                entry.queued_at,
            ) {
                Ok(pdf) => Some((
                    format!(
                        "{}-{}.pdf",
                        kind.label().to_lowercase().replace(' ', "-"),
                        entry.number
                    ),
                    pdf,
                )),
                Err(err) => {
                    return Delivery::Failed {
                        error: SendFailure::Draw {
                            kind,
                            error: Box::new(err),
                        }
                        .to_string(),
                    };
                }
            }
        }
    };
    let message = match mailer.compose(entry, attachment) {
        Ok(message) => message,
        Err(error) => {
            return Delivery::Failed {
                error: error.to_string(),
            };
        }
    };
    match mailer.send(&message) {
        Ok(reply) => Delivery::Sent { reply },
        Err(err) => {
            let error = explain(&err, &mailer.server);
            let login = matches!(
                err.status().map(|c| c.to_string()).as_deref(),
                Some("535" | "534")
            );
            if err.is_permanent() && !login {
                Delivery::Failed { error }
            } else {
                Delivery::Retry {
                    error,
                    next_try_at: now + backoff(entry.attempts),
                }
            }
        }
    }
}

/// "Open as draft" (docs/rules.md §11): the message of an outbox entry, its document
/// attached, as an `.eml` file the desk's own mail program opens as an unsent draft —
/// for a center without a mail server, or a message its server refused. The sender is
/// the center's sender address, else its e-mail; the Message-ID is the entry's.
pub fn draft(
    entry: &OutboxEntry,
    case: &crate::domain::Case,
    settings: &Settings,
) -> Result<Vec<u8>, MailError> {
    let from = [&settings.mail.from_address, &settings.center.email]
        .into_iter()
        .map(|a| a.trim())
        .find(|a| crate::domain::mail::looks_like_address(a))
        .ok_or_else(|| MailError::Settings {
            field: "sender address".into(),
            problem: SettingProblem::NoSender,
        })?;
    let from = mailbox(&settings.mail.from_name, from, "sender address")?;
    let reply_to = match settings.mail.reply_to.trim() {
        "" => None,
        address => Some(mailbox("", address, "reply-to")?),
    };
    let attachment = match entry.attachment {
        Some(kind) => Some((
            attachment_name(kind, entry),
            documents::render(
                kind,
                case,
                settings,
                &PrintOptions::default(),
                entry.queued_at,
            )
            .map_err(|err| {
                MailError::Send(SendFailure::Draw {
                    kind,
                    error: Box::new(err),
                })
            })?,
        )),
        None => None,
    };
    let mut message =
        compose_message(&from, reply_to.as_ref(), entry, attachment).map_err(MailError::Send)?;
    // Outlook and Thunderbird open a message marked so as a draft to send.
    message
        .headers_mut()
        .insert_raw(lettre::message::header::HeaderValue::new(
            lettre::message::header::HeaderName::new_from_ascii_str("X-Unsent"),
            "1".into(),
        ));
    Ok(message.formatted())
}
