//! A case as the plain values of its `cases` columns, one owned value per column, the
//! same for every engine: [`CaseColumns::of`] turns a [`Case`] into them and
//! [`CaseColumns::into_case`] reads them back. Each engine only moves these values in
//! and out of its own rows (SQLite keeps dates as text and instants as microseconds,
//! PostgreSQL as `date` and `timestamptz`), so what a case's columns mean is written
//! once.
//!
//! Nested records (proof, handover, diagnosis, decision, parcel, quote, handback) are
//! compact JSON text, as SQLite has always kept them.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Deserialize;

use super::codec::{from_json, opt_from_json, opt_to_json, parse_state, to_json};
use super::{Result, StoreError};
use crate::domain::case::{Handback, ParcelRecord, RecordedDecision};
use crate::domain::{
    Arrival, Case, CaseNumber, CaseOutline, Currency, Customer, Device, Language, Money, Move,
    Paid, Quote, ReturnReason, State, Verdict, VerdictOutline,
};

/// The columns every engine writes for a case, in [`CaseColumns`]' order (the row's id,
/// its number, year, sequence and creation are the engine's, written once at insert).
pub(crate) const COLUMN_NAMES: [&str; 33] = [
    "arrival",
    "state",
    "application_id",
    "applied_on",
    "received_on",
    "opened_on",
    "unsolicited",
    "customer_name",
    "phone",
    "email",
    "address",
    "return_address",
    "model",
    "serial",
    "proof",
    "fault",
    "handover",
    "keep_parts",
    "diagnosis",
    "decision",
    "verdict",
    "policy_version",
    "decided_at",
    "parcel",
    "quote",
    "payment_notice_on",
    "asked_on",
    "replacement_serial",
    "return_reason",
    "handback",
    "applied_serial",
    "last_activity",
    "language",
];

/// One case's column values (see [`COLUMN_NAMES`]), plus its number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CaseColumns {
    pub number: String,
    pub arrival: String,
    pub state: String,
    pub application_id: Option<String>,
    pub applied_on: Option<NaiveDate>,
    pub received_on: Option<NaiveDate>,
    /// The claim date, else the day received, else the first event's day.
    pub opened_on: NaiveDate,
    pub unsolicited: bool,
    pub customer_name: String,
    pub phone: String,
    pub email: Option<String>,
    pub address: String,
    pub return_address: Option<String>,
    pub model: String,
    pub serial: String,
    pub proof: String,
    pub fault: String,
    pub handover: String,
    pub keep_parts: bool,
    pub diagnosis: String,
    pub decision: Option<String>,
    /// The decision's verdict word, kept beside the JSON for queries (never read back:
    /// the decision is).
    pub verdict: Option<String>,
    pub policy_version: Option<i64>,
    pub decided_at: Option<DateTime<Utc>>,
    pub parcel: Option<String>,
    pub quote: Option<String>,
    pub payment_notice_on: Option<NaiveDate>,
    pub asked_on: Option<NaiveDate>,
    pub replacement_serial: Option<String>,
    pub return_reason: Option<String>,
    pub handback: Option<String>,
    pub applied_serial: Option<String>,
    pub last_activity: DateTime<Utc>,
    /// The customer's language, by its code ("en", "zh").
    pub language: String,
}

impl CaseColumns {
    /// The columns of `case` as it now stands, opened on `opened_on`, last active at
    /// `last_activity`.
    pub(crate) fn of(
        case: &Case,
        opened_on: NaiveDate,
        last_activity: DateTime<Utc>,
    ) -> Result<Self> {
        let what = |field: &str| format!("case {} {field}", case.number);
        Ok(Self {
            number: case.number.as_str().to_string(),
            arrival: case.arrival.as_str().to_string(),
            state: case.state.as_str().to_string(),
            application_id: case.application_id.clone(),
            applied_on: case.applied_on,
            received_on: case.received_on,
            opened_on,
            unsolicited: case.unsolicited,
            customer_name: case.customer.name.clone(),
            phone: case.customer.phone.clone(),
            email: case.customer.email.clone(),
            address: case.customer.address.clone(),
            return_address: case.customer.return_address.clone(),
            model: case.device.model.clone(),
            serial: case.device.serial.clone(),
            proof: to_json(&case.proof, &what("proof"))?,
            fault: case.fault.clone(),
            handover: to_json(&case.handover, &what("handover"))?,
            keep_parts: case.keep_parts,
            diagnosis: to_json(&case.diagnosis, &what("diagnosis"))?,
            decision: case
                .decision
                .as_ref()
                .map(|d| to_json(&d.decision, &what("decision")))
                .transpose()?,
            verdict: case
                .decision
                .as_ref()
                .map(|d| d.decision.verdict.as_str().to_string()),
            policy_version: case.decision.as_ref().map(|d| d.policy_version),
            decided_at: case.decision.as_ref().map(|d| d.decided_at),
            parcel: opt_to_json(&case.parcel, &what("parcel"))?,
            quote: opt_to_json(&case.quote, &what("quote"))?,
            payment_notice_on: case.payment_notice_on,
            asked_on: case.asked_on,
            replacement_serial: case.replacement_serial.clone(),
            return_reason: case.return_reason.map(|r| r.as_str().to_string()),
            handback: opt_to_json(&case.handback, &what("handback"))?,
            applied_serial: case.applied_serial.clone(),
            last_activity,
            language: case.customer.language.code().to_string(),
        })
    }

    /// The case these columns hold, without its lists (events, payments, documents,
    /// photos). Anything that does not parse is reported as damage, never unwrapped.
    pub(crate) fn into_case(self) -> Result<Case> {
        let what = format!("case {}", self.number);
        let number = CaseNumber::parse(&self.number)
            .ok_or_else(|| StoreError::corrupt(&what, "the case number is malformed"))?;
        let arrival = Arrival::parse(&self.arrival)
            .ok_or_else(|| StoreError::corrupt(&what, format!("arrival '{}'", self.arrival)))?;
        let state = parse_state(&self.state, &what)?;
        let decision = match self.decision {
            Some(json) => Some(RecordedDecision {
                decision: from_json(&json, &what)?,
                // Decisions recorded before versions were kept cite the shipped policy.
                policy_version: self.policy_version.unwrap_or(1),
                decided_at: self.decided_at.unwrap_or(DateTime::UNIX_EPOCH),
            }),
            None => None,
        };
        let return_reason = self
            .return_reason
            .map(|word| {
                ReturnReason::parse(&word)
                    .ok_or_else(|| StoreError::corrupt(&what, format!("return reason '{word}'")))
            })
            .transpose()?;
        let parcel: Option<ParcelRecord> = opt_from_json(self.parcel, &what)?;
        let handback: Option<Handback> = opt_from_json(self.handback, &what)?;
        let language = language_of(&self.language, &what)?;
        Ok(Case {
            number,
            arrival,
            state,
            application_id: self.application_id,
            applied_on: self.applied_on,
            received_on: self.received_on,
            unsolicited: self.unsolicited,
            customer: Customer {
                name: self.customer_name,
                phone: self.phone,
                email: self.email,
                address: self.address,
                return_address: self.return_address,
                language,
            },
            device: Device {
                model: self.model,
                serial: self.serial,
            },
            applied_serial: self.applied_serial,
            proof: from_json(&self.proof, &what)?,
            fault: self.fault,
            handover: from_json(&self.handover, &what)?,
            keep_parts: self.keep_parts,
            diagnosis: from_json(&self.diagnosis, &what)?,
            decision,
            parcel,
            quote: opt_from_json(self.quote, &what)?,
            payment_notice_on: self.payment_notice_on,
            asked_on: self.asked_on,
            payments: Vec::new(),
            replacement_serial: self.replacement_serial,
            return_reason,
            handback,
            documents: Vec::new(),
            photos: Vec::new(),
            events: Vec::new(),
        })
    }
}

/// A customer's language as stored: its code; anything else is damage.
pub(crate) fn language_of(code: &str, what: &str) -> Result<Language> {
    Language::parse(code)
        .filter(|language| language.code() == code)
        .ok_or_else(|| StoreError::corrupt(what, format!("language '{code}'")))
}

/// The `cases` columns a case's outline is read from (what the monthly report needs,
/// [`CaseOutline`]), in [`OutlineColumns`]' order. The rest of a case (the customer, the
/// proof, the words typed, the documents and photos) is left on the server or the disk:
/// a month's report reads a hundred thousand cases.
pub(crate) const OUTLINE_COLUMN_NAMES: [&str; 12] = [
    "number",
    "arrival",
    "state",
    "received_on",
    "unsolicited",
    "model",
    "diagnosis",
    "decision",
    "parcel",
    "quote",
    "payment_notice_on",
    "return_reason",
];

/// One case's [`OUTLINE_COLUMN_NAMES`] values, as an engine reads them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct OutlineColumns {
    pub number: String,
    pub arrival: String,
    pub state: String,
    pub received_on: Option<NaiveDate>,
    pub unsolicited: bool,
    pub model: String,
    pub diagnosis: String,
    pub decision: Option<String>,
    pub parcel: Option<String>,
    pub quote: Option<String>,
    pub payment_notice_on: Option<NaiveDate>,
    pub return_reason: Option<String>,
}

/// Of a diagnosis's JSON, the component only (serde skips the rest without keeping it).
#[derive(Deserialize)]
struct ComponentOnly {
    component: Option<String>,
}

/// Of a decision's JSON, the verdict only (its reasons are most of it, and skipped).
#[derive(Deserialize)]
struct VerdictOnly {
    verdict: Verdict,
    provisional: bool,
}

impl OutlineColumns {
    /// The outline these columns hold, without its moves and payments. What does not
    /// parse is reported as damage, as for a case read whole.
    pub(crate) fn into_outline(self) -> Result<CaseOutline> {
        let what = || format!("case {}", self.number);
        let arrival = Arrival::parse(&self.arrival)
            .ok_or_else(|| StoreError::corrupt(what(), format!("arrival '{}'", self.arrival)))?;
        let state = State::parse(&self.state).ok_or_else(|| {
            StoreError::corrupt(what(), format!("unknown state '{}'", self.state))
        })?;
        let diagnosis: ComponentOnly = serde_json::from_str(&self.diagnosis)
            .map_err(|err| StoreError::corrupt(what(), err))?;
        let verdict = match &self.decision {
            Some(text) => {
                let only: VerdictOnly =
                    serde_json::from_str(text).map_err(|err| StoreError::corrupt(what(), err))?;
                Some(VerdictOutline {
                    verdict: only.verdict,
                    provisional: only.provisional,
                })
            }
            None => None,
        };
        let parcel: Option<ParcelRecord> = match &self.parcel {
            Some(text) => {
                Some(serde_json::from_str(text).map_err(|err| StoreError::corrupt(what(), err))?)
            }
            None => None,
        };
        let quote: Option<Quote> = match &self.quote {
            Some(text) => {
                Some(serde_json::from_str(text).map_err(|err| StoreError::corrupt(what(), err))?)
            }
            None => None,
        };
        let return_reason =
            match &self.return_reason {
                Some(word) => Some(ReturnReason::parse(word).ok_or_else(|| {
                    StoreError::corrupt(what(), format!("return reason '{word}'"))
                })?),
                None => None,
            };
        Ok(CaseOutline {
            arrival,
            state,
            received_on: self.received_on,
            unsolicited: self.unsolicited,
            model: self.model,
            component: diagnosis.component,
            verdict,
            parcel,
            quote,
            payment_notice_on: self.payment_notice_on,
            return_reason,
            payments: Vec::new(),
            moves: Vec::new(),
        })
    }
}

/// One event of an outline's case, from its stored words; `case` names the case in a
/// message, and is only asked for when something is damaged.
pub(crate) fn move_of(
    at: DateTime<Utc>,
    from: Option<&str>,
    to: &str,
    clause: String,
    case: impl Fn() -> String,
) -> Result<Move> {
    let state = |word: &str| {
        State::parse(word).ok_or_else(|| {
            StoreError::corrupt(
                format!("an event of {}", case()),
                format!("unknown state '{word}'"),
            )
        })
    };
    Ok(Move {
        at,
        from: from.map(state).transpose()?,
        to: state(to)?,
        clause,
    })
}

/// One payment of an outline's case, from its stored values.
pub(crate) fn paid_of(
    minor: i64,
    currency: &str,
    paid_on: NaiveDate,
    case: impl Fn() -> String,
) -> Result<Paid> {
    let currency = Currency::new(currency)
        .map_err(|err| StoreError::corrupt(format!("a payment of {}", case()), err))?;
    Ok(Paid {
        amount: Money::new(minor, currency),
        paid_on,
    })
}
