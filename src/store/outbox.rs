//! The outbox of customer messages (docs/rules.md §11), engine-neutral: what a queued
//! message is, how the writing flow queues one in the step's own transaction, and the
//! sender's claims. Each engine keeps its SQL (`sqlite/outbox.rs`, `postgres/outbox.rs`).
//!
//! A message's words are fixed when it is queued (what the desk previewed is what the
//! customer reads, and the row is the record of what was said); its PDF is drawn from
//! the case when it is sent (`src/mail`), because the store draws no documents.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use sha2::{Digest, Sha256};

use super::flow::WriteTx;
use super::{Engine, LostServer, Result, Store, StoreError};
use crate::domain::case::DocumentKind;
use crate::domain::mail::{self, Moment};
use crate::domain::step::say_who;
use crate::domain::{Case, CaseNumber, Event, Note, Settings};

/// Where a message stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OutboxStatus {
    /// Waiting for the sender (again, after a failure the server called temporary).
    Queued,
    /// Claimed by a desk that is sending it now.
    Sending,
    /// Accepted by the mail server.
    Sent,
    /// Refused for good (a bounced address, a refused login): a person retries it.
    Failed,
    /// The customer has no e-mail address: the desk phones instead.
    ToPhone,
    /// Opened as a draft in the desk's own mail program, to send from there (a center
    /// without a mail server, or a message the server refused).
    Drafted,
}

impl OutboxStatus {
    pub const ALL: [OutboxStatus; 6] = [
        OutboxStatus::Queued,
        OutboxStatus::Sending,
        OutboxStatus::Sent,
        OutboxStatus::Failed,
        OutboxStatus::ToPhone,
        OutboxStatus::Drafted,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            OutboxStatus::Queued => "queued",
            OutboxStatus::Sending => "sending",
            OutboxStatus::Sent => "sent",
            OutboxStatus::Failed => "failed",
            OutboxStatus::ToPhone => "to_phone",
            OutboxStatus::Drafted => "drafted",
        }
    }

    pub fn parse(word: &str) -> Option<OutboxStatus> {
        OutboxStatus::ALL.into_iter().find(|s| s.as_str() == word)
    }

    pub fn label(self) -> &'static str {
        match self {
            OutboxStatus::Queued => "Queued",
            OutboxStatus::Sending => "Sending",
            OutboxStatus::Sent => "Sent",
            OutboxStatus::Failed => "Failed",
            OutboxStatus::ToPhone => "To phone",
            OutboxStatus::Drafted => "Given to the mail program",
        }
    }
}

/// One message of the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxEntry {
    pub id: i64,
    pub number: CaseNumber,
    pub moment: Moment,
    /// The customer's address (empty for [`OutboxStatus::ToPhone`]).
    pub to: String,
    pub subject: String,
    pub body: String,
    pub attachment: Option<DocumentKind>,
    /// `<…>`: the same on every try.
    pub message_id: String,
    pub status: OutboxStatus,
    pub attempts: u32,
    pub queued_at: DateTime<Utc>,
    pub queued_by: String,
    pub desk: String,
    pub next_try_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
    /// The server's answer when it accepted the message.
    pub reply: Option<String>,
    /// Why the last try failed, in one sentence; for `ToPhone`, why it was not e-mailed.
    pub error: Option<String>,
}

/// A message as the flow queues it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NewMessage {
    pub moment: Moment,
    pub to: String,
    pub subject: String,
    pub body: String,
    pub attachment: Option<DocumentKind>,
    pub message_id: String,
    pub status: OutboxStatus,
    pub error: Option<String>,
    pub queued_at: DateTime<Utc>,
    pub queued_by: String,
}

/// How a claimed message's try ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivery {
    /// The server accepted it; its reply.
    Sent { reply: String },
    /// A temporary failure (server down, busy): tried again at `next_try_at`.
    Retry {
        error: String,
        next_try_at: DateTime<Utc>,
    },
    /// Refused for good: waits for a person.
    Failed { error: String },
}

/// How long a desk's claim on a message holds: a desk that dies while sending leaves
/// it to another after this (which sends it again with the same Message-ID).
pub const CLAIM_LEASE: Duration = Duration::minutes(5);

/// The wait before try `attempts + 1` after a temporary failure: 1, 2, 4… minutes, at
/// most an hour.
pub fn backoff(attempts: u32) -> Duration {
    Duration::minutes(1i64 << attempts.saturating_sub(1).min(6)).min(Duration::hours(1))
}

/// A Message-ID unique to this message: the case, the moment, when and where it was
/// queued, hashed; the domain is the sender's.
fn message_id(
    case: &Case,
    moment: Moment,
    settings: &Settings,
    now: DateTime<Utc>,
    desk: &str,
) -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut hash = Sha256::new();
    for part in [
        case.number.as_str(),
        moment.as_str(),
        &now.to_rfc3339(),
        desk,
        &std::process::id().to_string(),
        &COUNTER.fetch_add(1, Ordering::Relaxed).to_string(),
    ] {
        hash.update(part.as_bytes());
        hash.update([0]);
    }
    let digest = hash.finalize();
    let token: String = digest[..12].iter().map(|b| format!("{b:02x}")).collect();
    let domain = settings
        .mail
        .from_address
        .rsplit_once('@')
        .map(|(_, d)| d.trim())
        .filter(|d| !d.is_empty())
        .unwrap_or("fixdesk.invalid");
    format!("<{}.{}.{token}@{domain}>", case.number, moment.as_str())
}

/// Queues `moment`'s message for `case` in the caller's transaction, when customer
/// e-mail and the moment are on. A customer without an address gets a `to_phone` row
/// instead, so the desk sees why no mail went. Returns what was queued.
pub(crate) fn queue_in(
    tx: &mut impl WriteTx,
    case_id: i64,
    case: &Case,
    moment: Moment,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Option<OutboxStatus>> {
    let settings = tx
        .settings_json()?
        .map(|json| Settings::from_json_lenient(&json))
        .unwrap_or_default();
    // The customer asked for no messages: none is queued (the case says since when).
    if mail::messages_off(case).is_some() {
        return Ok(None);
    }
    // In the customer's language (docs/rules.md §13).
    let words = case.customer.language.words();
    let Some(composed) = mail::message_for(case, &settings, moment, &words) else {
        return Ok(None);
    };
    let (to, status, error) = match composed.to {
        Some(to) => (to, OutboxStatus::Queued, None),
        None => (
            String::new(),
            OutboxStatus::ToPhone,
            Some(words.mail_no_address()),
        ),
    };
    let message = NewMessage {
        moment,
        to,
        subject: composed.subject,
        body: composed.body,
        attachment: moment.attachment(),
        message_id: message_id(case, moment, &settings, now, tx.desk()),
        status,
        error,
        queued_at: now,
        queued_by: actor.to_string(),
    };
    tx.queue_message(case_id, &message)?;
    Ok(Some(status))
}

/// A message left the center (docs/rules.md §11): its one event on the case, in the
/// transaction that marked it sent or drafted — the case's state unchanged, the clause
/// the moment's, the address masked (events are never changed, and retention removes
/// the address from the outbox row). A sent quote also starts 2.6's clock: its sending
/// day becomes the case's payment-notice date unless the case has one already.
pub(crate) fn handed_in(
    tx: &mut impl WriteTx,
    entry: &OutboxEntry,
    handed: mail::Handed,
    actor: &str,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> Result<()> {
    let (id, case) = tx
        .load_case(&entry.number)?
        .ok_or_else(|| StoreError::NotFound(entry.number.clone()))?;
    let mut note = mail::handed_note(entry.moment, &entry.to, &entry.message_id, handed);
    if handed == mail::Handed::Sent
        && let Some(notice_on) = mail::notice_from_message(&case, entry.moment, today)
    {
        tx.set_payment_notice(id, notice_on)?;
        note = note.then(mail::notice_set_note(
            notice_on,
            crate::domain::lifecycle::payment_due(notice_on),
        ));
    }
    let event = Event {
        at: super::codec::truncate(now),
        actor: actor.trim().to_string(),
        from: Some(case.state),
        to: case.state,
        clause: entry.moment.clause().into(),
        desk: tx.desk().to_string(),
        note: note.text,
        code: note.code,
        args: note.args,
    };
    tx.record_event(id, &event)
}

/// A reminder a person confirmed from the due list (docs/rules.md §11): queued only when
/// the case is where the reminder belongs.
pub(crate) fn remind_on(
    tx: &mut impl WriteTx,
    number: &CaseNumber,
    moment: Moment,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Option<OutboxStatus>> {
    let (id, case) = tx
        .load_case(number)?
        .ok_or_else(|| StoreError::NotFound(number.clone()))?;
    let settings = tx
        .settings_json()?
        .map(|json| Settings::from_json_lenient(&json))
        .unwrap_or_default();
    match mail::reminder_due(&case, &settings.mail) {
        Some((due, _)) if due == moment => queue_in(tx, id, &case, moment, actor, now),
        _ => Err(StoreError::Refused {
            number: number.clone(),
            reason: Note::coded(
                "no-reminder-due",
                format!(
                    "no {} is due while the case is '{}'",
                    moment.label().to_lowercase(),
                    case.state
                ),
            )
            .arg("moment", moment.as_str())
            .arg("state", case.state.as_str()),
        }),
    }
}

impl Store {
    /// The messages of one case, oldest first: its customer's communication history.
    pub fn case_messages(&self, number: &CaseNumber) -> Result<Vec<OutboxEntry>> {
        engine!(self, s => s.outbox_of_case(number))
    }

    /// The outbox: the newest `limit` messages in `statuses` (all when empty), newest
    /// first.
    pub fn outbox(&self, statuses: &[OutboxStatus], limit: usize) -> Result<Vec<OutboxEntry>> {
        engine!(self, s => s.outbox_list(statuses, limit))
    }

    /// How many messages wait for a person: failed, and to phone.
    pub fn outbox_attention(&self) -> Result<(u64, u64)> {
        engine!(self, s => s.outbox_attention())
    }

    /// Claims up to `limit` messages due at `now` for this desk to send: queued ones
    /// whose time has come, and ones another desk claimed and did not finish within
    /// [`CLAIM_LEASE`]. Committed at once, so other desks skip them; each try counts.
    pub fn claim_messages(&mut self, now: DateTime<Utc>, limit: usize) -> Result<Vec<OutboxEntry>> {
        let desk = self.desk().to_string();
        engine_mut!(self, s => s.claim_outbox(&desk, now, now + CLAIM_LEASE, limit))
    }

    /// Records how a claimed message's try ended; a sent one is also an event on its
    /// case (and a sent quote's `today` the case's payment-notice date, 2.6), in the
    /// same transaction. `false`: the claim was no longer this desk's (its lease ran
    /// out and another desk took it), nothing changed.
    pub fn finish_message(
        &mut self,
        id: i64,
        delivery: &Delivery,
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> Result<bool> {
        let desk = self.desk().to_string();
        engine_mut!(self, s => s.finish_outbox(id, &desk, delivery, now, today))
    }

    /// A person sends a failed (or sent) message again: queued at once, with the same
    /// Message-ID.
    pub fn retry_message(&mut self, id: i64, now: DateTime<Utc>) -> Result<()> {
        let changed = engine_mut!(self, s => s.retry_outbox(id, now))?;
        if changed {
            Ok(())
        } else {
            Err(StoreError::invalid(
                "message",
                Note::coded(
                    "message-not-in-outbox",
                    format!(
                        "message {id} is not in the outbox or is being sent now: refresh the list"
                    ),
                )
                .arg("id", id),
            ))
        }
    }

    /// The reminder due on this case on `today`, if any, and from which day: customer
    /// e-mail and the moment on, the case where the reminder belongs (awaiting payment,
    /// 2.6; an application not yet received, 4.2), its day come, and none of that
    /// moment queued yet. A person confirms it ([`Store::remind`]).
    pub fn reminder_due(
        &self,
        number: &CaseNumber,
        today: chrono::NaiveDate,
    ) -> Result<Option<(Moment, chrono::NaiveDate)>> {
        let settings = self.settings()?;
        let Some(case) = self.case(number)? else {
            return Ok(None);
        };
        self.reminder_of(&case, &settings, today)
    }

    fn reminder_of(
        &self,
        case: &Case,
        settings: &Settings,
        today: chrono::NaiveDate,
    ) -> Result<Option<(Moment, chrono::NaiveDate)>> {
        let Some((moment, from)) = mail::reminder_due(case, &settings.mail) else {
            return Ok(None);
        };
        if !settings.mail.sends(moment) || from > today || mail::messages_off(case).is_some() {
            return Ok(None);
        }
        let sent = self
            .case_messages(&case.number)?
            .iter()
            .any(|m| m.moment == moment);
        Ok((!sent).then_some((moment, from)))
    }

    /// Every reminder due on `today` (at most `limit` cases of each kind looked at):
    /// the due list a person confirms from (`fixdesk mail due`).
    pub fn reminders_due(
        &self,
        today: chrono::NaiveDate,
        limit: usize,
    ) -> Result<Vec<(CaseNumber, Moment, chrono::NaiveDate)>> {
        let settings = self.settings()?;
        if !settings.mail.on {
            return Ok(Vec::new());
        }
        let mut out = Vec::new();
        for state in [
            crate::domain::State::AwaitingPayment,
            crate::domain::State::Applied,
        ] {
            for summary in self.cases_in_state(state, limit)? {
                let Some(case) = self.case(&summary.number)? else {
                    continue;
                };
                if let Some((moment, from)) = self.reminder_of(&case, &settings, today)? {
                    out.push((case.number, moment, from));
                }
            }
        }
        Ok(out)
    }

    /// A queued or failed message was handed to the desk's mail program as a draft by
    /// `actor`: the sender leaves it alone from now on, and the case's history says so
    /// (one event, same transaction). No 2.6 clock: when the desk sends it is its own.
    pub fn mark_drafted(&mut self, id: i64, actor: &str, now: DateTime<Utc>) -> Result<()> {
        if actor.trim().is_empty() {
            return Err(StoreError::invalid("actor", say_who()));
        }
        let changed = engine_mut!(self, s => s.draft_outbox(id, actor, now))?;
        if changed {
            Ok(())
        } else {
            Err(StoreError::invalid(
                "message",
                Note::coded(
                    "message-sent-already",
                    format!("message {id} was sent or is being sent now: refresh the list"),
                )
                .arg("id", id),
            ))
        }
    }

    /// Queues a reminder a person confirmed (payment due soon, 2.6; application closing
    /// soon, 4.2). `None`: customer e-mail or the moment is switched off.
    pub fn remind(
        &mut self,
        number: &CaseNumber,
        moment: Moment,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<OutboxStatus>> {
        if actor.trim().is_empty() {
            return Err(StoreError::invalid("actor", say_who()));
        }
        let now = super::codec::truncate(now);
        engine_mut!(self, s => s.remind(number, moment, actor, now))
    }
}
