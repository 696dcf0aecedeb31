//! A case: one device, one customer, one repair (docs/rules.md §2).
//!
//! These are plain data. The store reads and writes them; documents print them; the
//! rules in `warranty`, `lifecycle`, `parcel` and `repair` decide what happens to them.

use std::fmt;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::lifecycle::{self, State};
use super::money::Money;
use super::parcel::{ParcelCheck, ParcelOutcome};
use super::repair::{Quote, RepairMethod};
use super::warranty::{Cause, Decision, Facts, Invoice, PurchaseChannel};

/// A case number people can read aloud and type: `SC-2026-000123`, sequential per year.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CaseNumber(String);

impl CaseNumber {
    pub const PREFIX: &'static str = "SC";

    pub fn new(year: i32, sequence: u32) -> Self {
        Self(format!("{}-{year:04}-{sequence:06}", Self::PREFIX))
    }

    /// Accepts what a scanner or a person types: any case, surrounding spaces, and
    /// without the hyphens (`sc2026000123`).
    pub fn parse(text: &str) -> Option<Self> {
        let compact: String = text
            .trim()
            .chars()
            .filter(|c| *c != '-' && !c.is_whitespace())
            .collect::<String>()
            .to_ascii_uppercase();
        let rest = compact.strip_prefix(Self::PREFIX)?;
        if rest.len() < 10 || !rest.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let year: i32 = rest[..4].parse().ok()?;
        let sequence: u32 = rest[4..].parse().ok()?;
        Some(Self::new(year, sequence))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn year(&self) -> i32 {
        self.0
            .get(3..7)
            .and_then(|y| y.parse().ok())
            .unwrap_or_default()
    }

    pub fn sequence(&self) -> u32 {
        self.0
            .get(8..)
            .and_then(|s| s.parse().ok())
            .unwrap_or_default()
    }
}

impl TryFrom<String> for CaseNumber {
    type Error = String;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value).ok_or_else(|| format!("'{value}' is not a case number"))
    }
}

impl From<CaseNumber> for String {
    fn from(value: CaseNumber) -> Self {
        value.0
    }
}

impl fmt::Display for CaseNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// How the device reached the center (1.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Arrival {
    /// Brought to the desk.
    WalkIn,
    /// An online repair application, then a parcel.
    MailIn,
}

impl Arrival {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::WalkIn => "walk_in",
            Self::MailIn => "mail_in",
        }
    }

    pub fn parse(word: &str) -> Option<Self> {
        [Self::WalkIn, Self::MailIn]
            .into_iter()
            .find(|a| a.as_str() == word)
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::WalkIn => "Walk-in",
            Self::MailIn => "Mail-in",
        }
    }
}

/// The customer (3.3 asks for these accurate; 3.7 allows no more than needed).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Customer {
    pub name: String,
    pub phone: String,
    pub email: Option<String>,
    pub address: String,
    /// Where the device goes back, when not the customer's address.
    pub return_address: Option<String>,
    /// The language the customer is written to in: receipts, labels, quotes and
    /// messages (docs/rules.md §13). Chosen at intake or import; the center's by default.
    /// Cases from before languages read as English.
    #[serde(default)]
    pub language: crate::domain::Language,
}

impl Customer {
    /// The address a return label is made out to.
    pub fn return_to(&self) -> &str {
        self.return_address
            .as_deref()
            .filter(|a| !a.trim().is_empty())
            .unwrap_or(&self.address)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Device {
    pub model: String,
    pub serial: String,
}

/// Proof of where and when the device was bought (1.2, 2.4, 4.4); by default none, the
/// channel not known.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Proof {
    pub channel: PurchaseChannel,
    pub invoice: Option<Invoice>,
    /// The manufacturer's shipment date, where known.
    pub shipment_date: Option<NaiveDate>,
    /// The actual delivery date to the customer, where known.
    pub delivery_date: Option<NaiveDate>,
    /// Months of a service contract covering the device (4.4), if any.
    pub contract_months: Option<u32>,
}

/// 3.2: what the customer did about the device's passwords. The password itself is never
/// printed, and any note of it is removed when the case is returned (3.7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PasswordStatus {
    #[default]
    Cleared,
    /// Told to the inspector (kept in `Handover::password_note` until the case closes).
    ToldToInspector,
    CouldNotClear,
}

impl PasswordStatus {
    pub const ALL: [Self; 3] = [Self::Cleared, Self::ToldToInspector, Self::CouldNotClear];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Cleared => "cleared",
            Self::ToldToInspector => "told_to_inspector",
            Self::CouldNotClear => "could_not_clear",
        }
    }

    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == word)
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Cleared => "Passwords cleared by the customer",
            Self::ToldToInspector => "Password told to the inspector",
            Self::CouldNotClear => "Password could not be cleared",
        }
    }
}

/// What changes hands when the device is taken in (walk-in, or a parcel opened).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Handover {
    /// Accessories received with the device (3.5); they go back with it.
    pub accessories: Vec<String>,
    /// Visible condition: scratches, dents, missing screws.
    pub condition: String,
    pub password: PasswordStatus,
    /// The password or unlock pattern when told to the inspector. Never printed; removed
    /// when the case is returned (3.2, 3.7).
    pub password_note: Option<String>,
    /// 3.1: the customer confirmed their data is backed up.
    pub backup_acknowledged: bool,
    /// 3.3: the customer confirmed the information given is accurate.
    pub accuracy_confirmed: bool,
}

/// What the inspector found (docs/rules.md §4, diagnosis).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Diagnosis {
    pub cause: Cause,
    pub component: Option<String>,
    pub method: Option<RepairMethod>,
    pub notes: String,
}

/// A payment received for a paid repair (2.2, 2.6).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payment {
    pub amount: Money,
    pub paid_on: NaiveDate,
    /// Cash, card, bank transfer…, as the desk writes it.
    pub method: String,
}

/// Why a device goes back (docs/rules.md §4, `ready` and `to_return`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReturnReason {
    Repaired,
    /// Not eligible for service (1.2).
    Ineligible,
    /// The customer declined the quote (2.2).
    QuoteDeclined,
    /// Proof was asked for and not given (2.3).
    ProofNotGiven,
    /// Payment not made within a month of the notice (2.6).
    PaymentOverdue,
}

impl ReturnReason {
    pub const ALL: [Self; 5] = [
        Self::Repaired,
        Self::Ineligible,
        Self::QuoteDeclined,
        Self::ProofNotGiven,
        Self::PaymentOverdue,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Repaired => "repaired",
            Self::Ineligible => "ineligible",
            Self::QuoteDeclined => "quote_declined",
            Self::ProofNotGiven => "proof_not_given",
            Self::PaymentOverdue => "payment_overdue",
        }
    }

    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == word)
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Repaired => "Repaired",
            Self::Ineligible => "Not eligible (1.2)",
            Self::QuoteDeclined => "Quote declined (2.2)",
            Self::ProofNotGiven => "Proof not given (2.3)",
            Self::PaymentOverdue => "Payment overdue (2.6)",
        }
    }

    pub fn clause(self) -> &'static str {
        match self {
            Self::Repaired => "2.5",
            Self::Ineligible => "1.2",
            Self::QuoteDeclined => "2.2",
            Self::ProofNotGiven => "2.3",
            Self::PaymentOverdue => "2.6",
        }
    }
}

/// What the inspector recorded at the door for a parcel (docs/rules.md §5).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParcelRecord {
    pub received_on: NaiveDate,
    pub check: ParcelCheck,
    pub outcome: ParcelOutcome,
    /// The serial found on the device, when it differs from the application's.
    pub serial_found: Option<String>,
}

/// A warranty decision as stored, with the policy version it was made under (so a later
/// policy change applies to new decisions only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordedDecision {
    pub decision: Decision,
    pub policy_version: i64,
    pub decided_at: DateTime<Utc>,
}

/// How the device went back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Handback {
    /// Shipped, freight prepaid by the center (2.1).
    Shipped { carrier: String, tracking: String },
    /// Collected at the counter; who collected it and that their ID was checked.
    Collected { by: String, id_checked: bool },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    Receipt,
    Confirmation,
    Label,
    Quote,
    HandoverReceipt,
    /// 2.2, 2.6: what the customer paid, when and how, and what is still due.
    PaymentReceipt,
    /// The small sticker for the device or its bag: case number (Code 128), the
    /// customer's surname and the day it came in.
    Sticker,
}

impl DocumentKind {
    pub const ALL: [Self; 7] = [
        Self::Receipt,
        Self::Confirmation,
        Self::Label,
        Self::Quote,
        Self::HandoverReceipt,
        Self::PaymentReceipt,
        Self::Sticker,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Receipt => "receipt",
            Self::Confirmation => "confirmation",
            Self::Label => "label",
            Self::Quote => "quote",
            Self::HandoverReceipt => "handover_receipt",
            Self::PaymentReceipt => "payment_receipt",
            Self::Sticker => "sticker",
        }
    }

    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == word)
    }

    /// The document's name in a sentence ("the handover receipt could not be drawn").
    pub fn label(self) -> &'static str {
        match self {
            Self::Receipt => "intake receipt",
            Self::Confirmation => "application confirmation",
            Self::Label => "return label",
            Self::Quote => "quote",
            Self::HandoverReceipt => "handover receipt",
            Self::PaymentReceipt => "payment receipt",
            Self::Sticker => "device sticker",
        }
    }
}

/// A document printed for the case: what, when, by whom — and, for printings recorded
/// since the file name carries the time, the file written, the facts it printed that
/// may change between printings, and what changed since the previous printing of the
/// same kind, so every printing stays distinguishable (docs/rules.md §7).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrintedDocument {
    pub kind: DocumentKind,
    pub at: DateTime<Utc>,
    pub by: String,
    /// The PDF's file name in the data folder's `documents/` (or where the command wrote it).
    #[serde(default)]
    pub file: Option<String>,
    /// The facts printed that can change between printings, as (what, value) pairs
    /// ("collector", "Jan Nowak").
    #[serde(default)]
    pub facts: Vec<(String, String)>,
    /// What changed since the previous printing of this kind ("collector: — → Jan Nowak").
    #[serde(default)]
    pub note: Option<String>,
}

/// One step in a case's history. Never updated or deleted. (Called `CaseEvent` so a
/// screen's own `Event` needs no rename; `Event` stays as another name for it.)
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseEvent {
    pub at: DateTime<Utc>,
    /// Who did it: the desk user's name.
    pub actor: String,
    /// Where: the workstation's name (docs/rules.md §9); empty in events recorded before
    /// desks had names.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub desk: String,
    /// `None` for the event that created the case.
    pub from: Option<State>,
    pub to: State,
    /// The clause of the agreement the step rests on; empty when it rests on none (the
    /// switch to no messages, docs/rules.md §11).
    pub clause: String,
    /// The note in English, as it has always been stored.
    pub note: String,
    /// The note's codes with their arguments (`domain::coded`), rendered in the reader's
    /// language; empty in events recorded before codes (their note is shown as stored)
    /// and for notes a person typed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub code: String,
    #[serde(default, skip_serializing_if = "crate::domain::Args::is_empty")]
    pub args: crate::domain::Args,
}

impl CaseEvent {
    /// The clause as a screen shows it: the agreement's clause numbers only. Events
    /// are never changed, so the switches to no messages recorded before they carried
    /// no clause keep the rulebook's "§11"; they show none.
    pub fn shown_clause(&self) -> &str {
        shown_clause(&self.clause)
    }
}

/// A clause as a screen shows it: an agreement clause (`2.2`) as it is, a rulebook
/// section (`§11`, stored by older events) as nothing — the screens cite the agreement.
pub fn shown_clause(clause: &str) -> &str {
    if clause.trim_start().starts_with('§') {
        ""
    } else {
        clause
    }
}

/// What the desk enters to open a case: a walk-in device or an online application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewCase {
    pub arrival: Arrival,
    /// The manufacturer website's application id (mail-in), for idempotent import.
    pub application_id: Option<String>,
    /// The day the online application was accepted (mail-in).
    pub applied_on: Option<NaiveDate>,
    /// The day the device was received (walk-in: the claim date).
    pub received_on: Option<NaiveDate>,
    pub customer: Customer,
    pub device: Device,
    pub proof: Proof,
    /// The fault as the customer describes it.
    pub fault: String,
    /// The failed component, if the customer or clerk already knows it.
    pub component: Option<String>,
    /// Walk-in: what was handed over. Mail-in: filled in when the parcel is opened.
    pub handover: Handover,
    /// 2.5: asked at application time to keep replaced faulty parts (paid repairs).
    pub keep_parts: bool,
}

impl NewCase {
    /// The claim date (docs/rules.md §3): the application date (mail-in) or the day received
    /// (walk-in).
    pub fn claim_date(&self) -> Option<NaiveDate> {
        match self.arrival {
            Arrival::MailIn => self.applied_on,
            Arrival::WalkIn => self.received_on,
        }
    }

    /// The facts the warranty decision looks at, with the cause still unknown.
    pub fn facts(&self) -> Option<Facts> {
        Some(facts_of(
            self.claim_date()?,
            &self.device,
            &self.proof,
            self.component.clone(),
            Cause::Unknown,
        ))
    }
}

fn facts_of(
    claim_date: NaiveDate,
    device: &Device,
    proof: &Proof,
    component: Option<String>,
    cause: Cause,
) -> Facts {
    Facts {
        claim_date,
        model: device.model.clone(),
        serial: device.serial.clone(),
        channel: proof.channel,
        invoice: proof.invoice.clone(),
        shipment_date: proof.shipment_date,
        delivery_date: proof.delivery_date,
        component: component.filter(|c| !c.trim().is_empty()),
        cause,
        contract_months: proof.contract_months,
    }
}

/// A case read whole from the store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    pub number: CaseNumber,
    pub arrival: Arrival,
    pub state: State,
    pub application_id: Option<String>,
    pub applied_on: Option<NaiveDate>,
    pub received_on: Option<NaiveDate>,
    /// Taken in without an open application: no responsibility for losses (4.3).
    pub unsolicited: bool,
    pub customer: Customer,
    /// The device as received: when the parcel held a device with another serial than
    /// the application gave, that serial (the product is the device received, 2.4).
    pub device: Device,
    /// The serial given in the application, kept when the device received carried
    /// another one (2.4); `None` when they agree.
    pub applied_serial: Option<String>,
    pub proof: Proof,
    pub fault: String,
    pub handover: Handover,
    pub keep_parts: bool,
    pub diagnosis: Diagnosis,
    pub decision: Option<RecordedDecision>,
    pub parcel: Option<ParcelRecord>,
    pub quote: Option<Quote>,
    /// The day the customer was told the amount due (2.6 counts from here).
    pub payment_notice_on: Option<NaiveDate>,
    /// The day proof or an answer to a quote was asked for (2.3 deadline counts from here).
    pub asked_on: Option<NaiveDate>,
    pub payments: Vec<Payment>,
    /// 2.5: the serial of a replacement unit.
    pub replacement_serial: Option<String>,
    pub return_reason: Option<ReturnReason>,
    pub handback: Option<Handback>,
    pub documents: Vec<PrintedDocument>,
    /// File names of photos in the data folder.
    pub photos: Vec<String>,
    pub events: Vec<CaseEvent>,
}

/// The older name of [`CaseEvent`], kept so existing code reads on.
pub use CaseEvent as Event;

impl Case {
    /// The claim date (docs/rules.md §3): the application date (mail-in) or the day received
    /// (walk-in, and unsolicited parcels, which have no application).
    pub fn claim_date(&self) -> Option<NaiveDate> {
        match self.arrival {
            Arrival::MailIn => self.applied_on.or(self.received_on),
            Arrival::WalkIn => self.received_on,
        }
    }

    /// The facts for the warranty decision, with what diagnosis has found so far.
    pub fn facts(&self) -> Option<Facts> {
        let component = self
            .diagnosis
            .component
            .clone()
            .filter(|c| !c.trim().is_empty());
        Some(facts_of(
            self.claim_date()?,
            &self.device,
            &self.proof,
            component,
            self.diagnosis.cause,
        ))
    }

    /// The next date the desk must watch for this case, with what it is, given the
    /// center's answer deadline (2.3) — shown in lists and on the case.
    pub fn next_deadline(&self, answer_days: u32) -> Option<(Deadline, NaiveDate)> {
        next_deadline(
            self.state,
            self.applied_on,
            self.asked_on,
            self.payment_notice_on,
            answer_days,
        )
    }

    /// The latest event's time: "most recent activity".
    pub fn last_activity(&self) -> Option<DateTime<Utc>> {
        self.events.iter().map(|e| e.at).max()
    }

    /// The case the desk opens from what it entered, under `number` and in `state`,
    /// before its first event: what was typed, trimmed (a blank application id, e-mail,
    /// return address or component is none), and nothing decided, checked, quoted, paid,
    /// printed or photographed yet.
    pub fn from_new(new: &NewCase, number: CaseNumber, state: State) -> Case {
        let trimmed = |text: &str| text.trim().to_string();
        let filled = |text: &Option<String>| {
            text.as_deref()
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_string)
        };
        Case {
            number,
            arrival: new.arrival,
            state,
            application_id: filled(&new.application_id),
            applied_on: new.applied_on,
            received_on: new.received_on,
            unsolicited: false,
            customer: Customer {
                name: trimmed(&new.customer.name),
                phone: trimmed(&new.customer.phone),
                email: filled(&new.customer.email),
                address: trimmed(&new.customer.address),
                return_address: filled(&new.customer.return_address),
                language: new.customer.language,
            },
            device: Device {
                model: trimmed(&new.device.model),
                serial: trimmed(&new.device.serial),
            },
            applied_serial: None,
            proof: new.proof.clone(),
            fault: trimmed(&new.fault),
            handover: new.handover.clone(),
            keep_parts: new.keep_parts,
            diagnosis: Diagnosis {
                component: new.component.clone().filter(|c| !c.trim().is_empty()),
                ..Diagnosis::default()
            },
            decision: None,
            parcel: None,
            quote: None,
            payment_notice_on: None,
            asked_on: None,
            payments: Vec::new(),
            replacement_serial: None,
            return_reason: None,
            handback: None,
            documents: Vec::new(),
            photos: Vec::new(),
            events: Vec::new(),
        }
    }
}

/// The next deadline of a case from its state and stored dates (docs/rules.md §4): the
/// application closing (4.2), the customer's answer (2.3) or the payment (2.6). Lists
/// that hold only these columns use it without loading the whole case.
pub fn next_deadline(
    state: State,
    applied_on: Option<NaiveDate>,
    asked_on: Option<NaiveDate>,
    payment_notice_on: Option<NaiveDate>,
    answer_days: u32,
) -> Option<(Deadline, NaiveDate)> {
    match state {
        State::Applied => applied_on.map(|d| {
            (
                Deadline::ApplicationCloses,
                lifecycle::application_closes(d),
            )
        }),
        State::AwaitingCustomer => {
            asked_on.map(|d| (Deadline::AnswerDue, lifecycle::answer_due(d, answer_days)))
        }
        State::AwaitingPayment => {
            payment_notice_on.map(|d| (Deadline::PaymentDue, lifecycle::payment_due(d)))
        }
        _ => None,
    }
}

/// The deadlines of docs/rules.md §4 that the desk watches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Deadline {
    /// 4.2: the parcel must arrive by this day.
    ApplicationCloses,
    /// 2.3: the customer's answer (proof, or yes/no to a quote) is due.
    AnswerDue,
    /// 2.6: payment is due.
    PaymentDue,
}

impl Deadline {
    pub fn label(self) -> &'static str {
        match self {
            Self::ApplicationCloses => "Application closes (4.2)",
            Self::AnswerDue => "Answer due (2.3)",
            Self::PaymentDue => "Payment due (2.6)",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_numbers_read_back_however_they_are_typed() {
        let number = CaseNumber::new(2026, 123);
        assert_eq!(number.as_str(), "SC-2026-000123");
        assert_eq!(CaseNumber::parse(" sc-2026-000123 "), Some(number.clone()));
        assert_eq!(CaseNumber::parse("SC2026000123"), Some(number.clone()));
        assert_eq!(number.year(), 2026);
        assert_eq!(number.sequence(), 123);
        assert_eq!(CaseNumber::parse("SC-2026-12a"), None);
        assert_eq!(CaseNumber::parse("XX-2026-000123"), None);
        assert_eq!(CaseNumber::parse(""), None);
        // Past a million cases in a year the number grows a digit rather than wrapping.
        assert_eq!(CaseNumber::new(2026, 1_234_567).as_str(), "SC-2026-1234567");
        assert_eq!(
            CaseNumber::parse("SC-2026-1234567").map(|n| n.sequence()),
            Some(1_234_567)
        );
    }

    #[test]
    fn the_return_address_defaults_to_the_customer_address() {
        let mut customer = Customer {
            address: "1 Main St".into(),
            ..Customer::default()
        };
        assert_eq!(customer.return_to(), "1 Main St");
        customer.return_address = Some("  ".into());
        assert_eq!(customer.return_to(), "1 Main St");
        customer.return_address = Some("Office, 2 High St".into());
        assert_eq!(customer.return_to(), "Office, 2 High St");
    }

    #[test]
    fn a_new_case_starts_from_what_was_typed_trimmed_and_nothing_else() {
        let new = NewCase {
            arrival: Arrival::MailIn,
            application_id: Some("  ".into()),
            applied_on: NaiveDate::from_ymd_opt(2026, 3, 2),
            received_on: None,
            customer: Customer {
                name: "  Zoë Łukasiewicz ".into(),
                phone: " +44 7700 900123".into(),
                email: Some(" zoe@example.org ".into()),
                address: "1 Main St\n".into(),
                return_address: Some(" ".into()),
                language: Default::default(),
            },
            device: Device {
                model: " Aurora X200 ".into(),
                serial: "SN-1 ".into(),
            },
            proof: Proof::default(),
            fault: " No power ".into(),
            component: Some(" ".into()),
            handover: Handover::default(),
            keep_parts: true,
        };
        let number = CaseNumber::new(2026, 7);
        let case = Case::from_new(&new, number.clone(), State::Applied);
        assert_eq!(case.number, number);
        assert_eq!(case.state, State::Applied);
        assert_eq!(case.arrival, Arrival::MailIn);
        assert_eq!(case.claim_date(), new.applied_on);
        assert_eq!(case.application_id, None);
        assert_eq!(case.customer.name, "Zoë Łukasiewicz");
        assert_eq!(case.customer.phone, "+44 7700 900123");
        assert_eq!(case.customer.email.as_deref(), Some("zoe@example.org"));
        assert_eq!(case.customer.address, "1 Main St");
        assert_eq!(case.customer.return_address, None);
        assert_eq!(case.device.model, "Aurora X200");
        assert_eq!(case.device.serial, "SN-1");
        assert_eq!(case.fault, "No power");
        assert_eq!(case.diagnosis, Diagnosis::default());
        assert!(case.keep_parts && !case.unsolicited);
        assert!(case.decision.is_none() && case.events.is_empty() && case.payments.is_empty());
    }
}
