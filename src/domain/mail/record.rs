//! What the case's history keeps of its messages (docs/rules.md §11): each message that
//! leaves the center is one event on the case, and a sent quote starts 2.6's clock.

use chrono::NaiveDate;

use super::Moment;
use crate::domain::case::Case;
use crate::domain::{Event, Note};

/// How a message left the center.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Handed {
    /// The mail server accepted it.
    Sent,
    /// Opened as a draft in the desk's own mail program, to send from there.
    Drafted,
}

impl Moment {
    /// The agreement's clause the moment belongs to, for its event on the case.
    pub fn clause(self) -> &'static str {
        match self {
            Moment::ApplicationReceived
            | Moment::ApplicationClosingSoon
            | Moment::ApplicationClosed => "4.2",
            Moment::ParcelReceived | Moment::ReadyForPickup | Moment::Shipped => "2.1",
            Moment::ParcelRefused => "3.6",
            Moment::ProofNeeded => "2.3",
            // The quote tells the amount: its sending is 2.6's notice.
            Moment::Quote | Moment::PaymentReminder => "2.6",
        }
    }
}

/// The address as the history keeps it: the first letter and the domain
/// (`a…@example.com`). Events are never changed, and retention (3.7) must be able to
/// remove the customer's address, so the full address lives only on the outbox row.
pub fn masked_address(to: &str) -> String {
    match to.trim().rsplit_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}…@{domain}")
        }
        None if to.trim().is_empty() => "no address".to_string(),
        None => "…".to_string(),
    }
}

/// The note of the event that records a message leaving the center: coded
/// (`note-message-sent`, `note-message-drafted`) with the moment, the masked address and
/// the Message-ID, so the history reads in the reader's language.
pub fn handed_note(moment: Moment, to: &str, message_id: &str, handed: Handed) -> Note {
    let what = moment.label();
    let to = masked_address(to);
    let note = match handed {
        Handed::Sent => Note::coded(
            "message-sent",
            format!("{what} e-mailed to {to} (Message-ID {message_id})."),
        ),
        Handed::Drafted => Note::coded(
            "message-drafted",
            format!(
                "{what} to {to} handed to the desk's mail program as a draft (Message-ID {message_id})."
            ),
        ),
    };
    note.arg("moment", moment.as_str())
        .arg("to", to)
        .arg("message_id", message_id)
}

/// Is this event a message leaving the center ([`handed_note`])? Such events change
/// nothing a desk decides on, so a desk's step is not refused as "changed elsewhere"
/// because the sender recorded one meanwhile.
pub fn is_message_event(event: &Event) -> bool {
    event.from == Some(event.to) && event.note.contains(MESSAGE_ID_MARK)
}

const MESSAGE_ID_MARK: &str = "(Message-ID <";

/// 2.6's clock: the payment-notice date a message gives the case when it is sent on
/// `sent_on` — the quote's sending day, unless the case already has a notice date (the
/// desk recorded one by hand, or an earlier sending of the quote set it). `None`: the
/// case keeps what it has.
pub fn notice_from_message(case: &Case, moment: Moment, sent_on: NaiveDate) -> Option<NaiveDate> {
    (moment == Moment::Quote && case.quote.is_some() && case.payment_notice_on.is_none())
        .then_some(sent_on)
}

/// Where a case's payment-notice date came from, as the case shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeSource {
    /// The quote was e-mailed that day.
    Emailed(NaiveDate),
    /// The desk typed the date.
    ByHand(NaiveDate),
}

/// The sentence [`handed_note`]'s event adds when a sent quote set the notice date
/// (`note-notice-set`; put after it with [`Note::then`]).
pub fn notice_set_note(notice_on: NaiveDate, due: NaiveDate) -> Note {
    Note::coded(
        "notice-set",
        format!("Payment notice date {notice_on}: payment due by {due} (2.6)."),
    )
    .date("notice_date", notice_on)
    .date("due_date", due)
}

/// The case's payment-notice date and where it came from: the e-mail, when a message
/// event of its history set that very date; else the desk's hand.
pub fn notice_source(case: &Case) -> Option<NoticeSource> {
    let notice = case.payment_notice_on?;
    let mark = format!("Payment notice date {notice}:");
    let emailed = case
        .events
        .iter()
        .any(|e| is_message_event(e) && e.note.contains(&mark));
    Some(if emailed {
        NoticeSource::Emailed(notice)
    } else {
        NoticeSource::ByHand(notice)
    })
}

impl std::fmt::Display for NoticeSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NoticeSource::Emailed(day) => write!(f, "sent by e-mail on {day}"),
            NoticeSource::ByHand(day) => write!(f, "{day}, recorded by hand"),
        }
    }
}

/// The clause of the switch to no messages and back: none, as the agreement says
/// nothing of it (docs/rules.md §11). Not the clause of a message it holds or lets go
/// either: the report counts a same-state event with 2.2 or 2.3 as a quote or request.
pub const MESSAGES_CLAUSE: &str = "";
/// What such switches carried before: the rulebook's section, which events keep (they
/// are never changed) and the screens do not show ([`crate::domain::case::shown_clause`]).
const OLD_MESSAGES_CLAUSE: &str = "§11";
const MESSAGES_OFF: &str = "No messages: the customer asked to be sent none.";
const MESSAGES_ON: &str = "Messages again: the customer asked to be written to.";

/// Why a message waiting when the customer asked for no messages was not sent.
pub const HELD_NO_MESSAGES: &str =
    "Not sent: the customer asked for no messages (Retry sends it all the same).";

/// When the customer asked for no messages and who recorded it (`None`: messages go).
/// The history is the record: the newest switch decides.
pub fn messages_off(case: &Case) -> Option<&Event> {
    case.events
        .iter()
        .rev()
        .find(|e| {
            (e.clause == MESSAGES_CLAUSE || e.clause == OLD_MESSAGES_CLAUSE)
                && (e.note == MESSAGES_OFF || e.note == MESSAGES_ON)
        })
        .filter(|e| e.note == MESSAGES_OFF)
}

/// The step `Messages(on)`: refused when the case is already so; the state stays.
pub(crate) fn switch_messages(
    case: &Case,
    on: bool,
) -> crate::domain::step::StepResult<crate::domain::step::Move> {
    use crate::domain::step::{Move, StepError};
    match (on, messages_off(case).is_some()) {
        (false, true) => Err(StepError::refused(crate::domain::Note::coded(
            "messages-already-off",
            "the customer already asked for no messages",
        ))),
        (true, false) => Err(StepError::refused(crate::domain::Note::coded(
            "messages-already-on",
            "messages to this customer are already on",
        ))),
        (false, false) => Ok(Move::new(
            case.state,
            MESSAGES_CLAUSE,
            Note::coded("messages-off", MESSAGES_OFF),
        )),
        (true, true) => Ok(Move::new(
            case.state,
            MESSAGES_CLAUSE,
            Note::coded("messages-on", MESSAGES_ON),
        )),
    }
}

/// Where the customer's e-mail address was given: an e-mail about their own case is a
/// service message, and giving the address for it is the consent (docs/rules.md §11).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consent {
    /// `online application` or `intake at the desk`.
    pub given: &'static str,
    pub at: chrono::DateTime<chrono::Utc>,
    pub desk: String,
}

/// The consent the case records: the case's opening with its address (imported from an
/// online application, or typed at intake). Cases keep their address from opening on;
/// fixdesk has no later edit of it.
pub fn consent(case: &Case) -> Option<Consent> {
    case.customer
        .email
        .as_deref()
        .filter(|e| !e.trim().is_empty())?;
    let opened = case.events.first()?;
    Some(Consent {
        given: if case.application_id.is_some() {
            "online application"
        } else {
            "intake at the desk"
        },
        at: opened.at,
        desk: opened.desk.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_history_keeps_only_the_first_letter_and_the_domain() {
        assert_eq!(masked_address("anna.b@example.com"), "a…@example.com");
        assert_eq!(masked_address(""), "no address");
        let note = handed_note(Moment::Quote, "anna@example.com", "<x@y>", Handed::Sent).text;
        assert!(note.contains("a…@example.com") && note.contains("<x@y>"));
        assert!(!note.contains("anna@"));
    }

    #[test]
    fn the_switch_to_no_messages_cites_no_clause_and_older_switches_still_count() {
        use crate::domain::Arrival;
        use crate::domain::step::Step;
        use crate::domain::step::tests::{opened, run};
        let mut case = opened(Arrival::WalkIn);
        let off = run(&mut case, Step::Messages(false), "2026-03-02").expect("off");
        assert_eq!((off.clause.as_str(), off.shown_clause()), ("", ""));
        assert_eq!(messages_off(&case), case.events.last());
        // A switch recorded before it carried no clause: "§11", the rulebook's section.
        // Still the record of the customer's wish, shown without the section.
        let old = case.events.last_mut().expect("event");
        old.clause = "§11".into();
        assert_eq!(old.shown_clause(), "");
        assert!(messages_off(&case).is_some());
        run(&mut case, Step::Messages(true), "2026-03-03").expect("on again");
        assert!(messages_off(&case).is_none());
        case.events.last_mut().expect("event").clause = "§11".into();
        assert!(
            messages_off(&case).is_none(),
            "the old switch back counts too"
        );
        // The agreement's clauses show as they are.
        assert_eq!(crate::domain::case::shown_clause("2.6"), "2.6");
    }
}
