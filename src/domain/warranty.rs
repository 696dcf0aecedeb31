//! The warranty decision (docs/rules.md §3; clauses 1.2, 1.3, 2.2–2.4, 3.4, 4.4).
//!
//! `decide(policy, facts)` is pure: the same inputs give the same answer, always. All
//! comparisons use the claim date (the day the online application was accepted, or the
//! day the device was received at the desk), never "today".

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::coded::Note;
use super::dates::{add_months, day_before};
use super::policy::{PeriodSource, Policy};

/// How the customer bought the device (1.2: only formal channels are served).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PurchaseChannel {
    Authorized,
    Unauthorized,
    /// Until the customer says or shows where the device was bought (1.2).
    #[default]
    Unknown,
}

impl PurchaseChannel {
    pub const ALL: [Self; 3] = [Self::Authorized, Self::Unauthorized, Self::Unknown];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Authorized => "authorized",
            Self::Unauthorized => "unauthorized",
            Self::Unknown => "unknown",
        }
    }

    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == word)
    }
}

/// What caused the failure, as found at diagnosis (1.3, 3.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Cause {
    /// Not yet diagnosed: a free verdict is provisional.
    #[default]
    Unknown,
    /// Material, process or manufacturing problem: what the free warranty covers (1.3).
    Manufacturing,
    ManMade,
    ForceMajeure,
    ImproperUse,
    /// Transport damage through the customer's packaging (3.4).
    ImproperPackaging,
}

impl Cause {
    pub const ALL: [Self; 6] = [
        Self::Unknown,
        Self::Manufacturing,
        Self::ManMade,
        Self::ForceMajeure,
        Self::ImproperUse,
        Self::ImproperPackaging,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Unknown => "unknown",
            Self::Manufacturing => "manufacturing",
            Self::ManMade => "man_made",
            Self::ForceMajeure => "force_majeure",
            Self::ImproperUse => "improper_use",
            Self::ImproperPackaging => "improper_packaging",
        }
    }

    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == word)
    }

    /// The words a clerk says to a customer.
    pub fn label(self) -> &'static str {
        match self {
            Self::Unknown => "not yet diagnosed",
            Self::Manufacturing => "material or manufacturing fault",
            Self::ManMade => "man-made damage",
            Self::ForceMajeure => "force majeure",
            Self::ImproperUse => "improper use",
            Self::ImproperPackaging => "transport damage through improper packaging",
        }
    }

    /// The clause that takes this cause out of the free warranty, if any.
    pub fn excluding_clause(self) -> Option<&'static str> {
        match self {
            Self::ManMade | Self::ForceMajeure | Self::ImproperUse => Some("1.3"),
            Self::ImproperPackaging => Some("3.4"),
            Self::Unknown | Self::Manufacturing => None,
        }
    }
}

/// The invoice as the customer presented it (2.4).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invoice {
    pub date: Option<NaiveDate>,
    pub model: Option<String>,
    pub serial: Option<String>,
    pub legible: bool,
    pub altered: bool,
}

/// Everything the warranty decision looks at (docs/rules.md §3, "Facts in").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facts {
    pub claim_date: NaiveDate,
    pub model: String,
    pub serial: String,
    pub channel: PurchaseChannel,
    pub invoice: Option<Invoice>,
    pub shipment_date: Option<NaiveDate>,
    pub delivery_date: Option<NaiveDate>,
    pub component: Option<String>,
    #[serde(default)]
    pub cause: Cause,
    pub contract_months: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Free,
    Paid,
    NeedsProof,
    Ineligible,
}

impl Verdict {
    pub const ALL: [Self; 4] = [Self::Free, Self::Paid, Self::NeedsProof, Self::Ineligible];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Free => "free",
            Self::Paid => "paid",
            Self::NeedsProof => "needs_proof",
            Self::Ineligible => "ineligible",
        }
    }

    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == word)
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Free => "Free repair",
            Self::Paid => "Paid repair",
            Self::NeedsProof => "Needs proof",
            Self::Ineligible => "Not eligible",
        }
    }
}

/// What the warranty start date was taken from (2.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StartBasis {
    Invoice,
    Delivery,
    Shipment,
}

impl StartBasis {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Invoice => "invoice",
            Self::Delivery => "delivery",
            Self::Shipment => "shipment",
        }
    }

    pub fn parse(word: &str) -> Option<Self> {
        [Self::Invoice, Self::Delivery, Self::Shipment]
            .into_iter()
            .find(|b| b.as_str() == word)
    }
}

/// One step of the decision in words, with the clause it rests on: its English `text`
/// (the JSON contract's), and its `code` with `args` (`domain::coded`) that render it in
/// the reader's language. Decisions recorded before codes have none (serde's default),
/// and are shown as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason {
    pub clause: String,
    pub text: String,
    #[serde(default)]
    pub code: String,
    #[serde(default, skip_serializing_if = "crate::domain::Args::is_empty")]
    pub args: crate::domain::Args,
}

impl Reason {
    fn new(clause: &str, code: &str, text: impl Into<String>) -> Self {
        Self {
            clause: clause.to_string(),
            text: text.into(),
            code: code.to_string(),
            args: crate::domain::Args::new(),
        }
    }

    fn arg(mut self, name: &str, value: impl ToString) -> Self {
        self.args.insert(name.to_string(), value.to_string());
        self
    }

    fn date(self, name: &str, date: NaiveDate) -> Self {
        self.arg(name, date.format("%Y-%m-%d"))
    }
}

/// The answer (docs/rules.md §3, "Decision out"). Field order is the JSON contract's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub verdict: Verdict,
    pub provisional: bool,
    pub invoice_valid: Option<bool>,
    pub warranty_start: Option<NaiveDate>,
    pub start_basis: Option<StartBasis>,
    pub warranty_months: Option<u32>,
    pub warranty_last_day: Option<NaiveDate>,
    pub in_warranty: Option<bool>,
    pub reasons: Vec<Reason>,
}

/// The outcome of checking an invoice against the device and the claim date (2.4).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvoiceCheck {
    /// Each part that failed, in words ("the serial on the invoice (SN9) differs from the
    /// device's (SN1)"). Empty means valid.
    pub failures: Vec<String>,
    /// The same failures as codes (`no-date`, `date-after`, `no-model`, `model-differs`,
    /// `no-serial`, `serial-differs`, `illegible`, `altered`), in the same order.
    pub codes: Vec<&'static str>,
}

impl InvoiceCheck {
    pub fn is_valid(&self) -> bool {
        self.failures.is_empty()
    }
}

/// Model and serial numbers match when equal after trimming, ignoring case, spaces and
/// hyphens (docs/rules.md §3): "SN-001" on the invoice is the device's "sn 001".
pub fn same_identifier(a: &str, b: &str) -> bool {
    normalize_identifier(a) == normalize_identifier(b)
}

fn normalize_identifier(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}'))
        .flat_map(char::to_lowercase)
        .collect()
}

fn present(text: &Option<String>) -> Option<&str> {
    text.as_deref().map(str::trim).filter(|t| !t.is_empty())
}

/// 2.4: an invoice is valid only when it has a date, a model and a serial, is legible,
/// is not altered, names this device's model and serial, and is not dated after the claim.
pub fn check_invoice(invoice: &Invoice, facts: &Facts) -> InvoiceCheck {
    let mut failures = Vec::new();
    let mut codes = Vec::new();
    let mut fail = |code: &'static str, text: String| {
        codes.push(code);
        failures.push(text);
    };
    match invoice.date {
        None => fail("no-date", "it has no date".to_string()),
        Some(date) if date > facts.claim_date => fail(
            "date-after",
            format!(
                "its date {date} is after the claim date {}",
                facts.claim_date
            ),
        ),
        Some(_) => {}
    }
    match present(&invoice.model) {
        None => fail("no-model", "it shows no model".to_string()),
        Some(model) if !same_identifier(model, &facts.model) => fail(
            "model-differs",
            format!(
                "its model ({model}) differs from the device's ({})",
                facts.model.trim()
            ),
        ),
        Some(_) => {}
    }
    match present(&invoice.serial) {
        None => fail("no-serial", "it shows no serial number".to_string()),
        Some(serial) if !same_identifier(serial, &facts.serial) => fail(
            "serial-differs",
            format!(
                "its serial number ({serial}) differs from the device's ({})",
                facts.serial.trim()
            ),
        ),
        Some(_) => {}
    }
    if !invoice.legible {
        fail("illegible", "it is not legible".to_string());
    }
    if invoice.altered {
        fail("altered", "it has been altered".to_string());
    }
    InvoiceCheck { failures, codes }
}

/// The warranty decision of docs/rules.md §3. Pure and total: every input gets an answer.
pub fn decide(policy: &Policy, facts: &Facts) -> Decision {
    let mut reasons = Vec::new();

    // 2.4: is there a valid invoice?
    let invoice_check = facts.invoice.as_ref().map(|inv| check_invoice(inv, facts));
    let invoice_valid = invoice_check.as_ref().map(InvoiceCheck::is_valid);
    match &invoice_check {
        None => reasons.push(Reason::new(
            "2.4",
            "no-invoice",
            "No invoice was presented.",
        )),
        Some(check) if check.is_valid() => reasons.push(Reason::new(
            "2.4",
            "invoice-valid",
            "The invoice is valid: dated, legible, unaltered, and it names this model and serial number.",
        )),
        Some(check) => reasons.push(invoice_not_valid(check, facts)),
    }

    // 2.4: where the warranty starts.
    let valid_invoice_date = if invoice_valid == Some(true) {
        facts.invoice.as_ref().and_then(|inv| inv.date)
    } else {
        None
    };
    let start = match valid_invoice_date {
        Some(invoice_date) => match facts.delivery_date {
            Some(delivery) if invoice_date > delivery => {
                reasons.push(
                    Reason::new(
                        "2.4",
                        "start-delivery",
                        format!(
                            "The warranty runs from the delivery date {delivery}, because the invoice date {invoice_date} is later than the actual delivery."
                        ),
                    )
                    .date("delivery_date", delivery)
                    .date("invoice_date", invoice_date),
                );
                Some((delivery, StartBasis::Delivery))
            }
            _ => {
                reasons.push(
                    Reason::new(
                        "2.4",
                        "start-invoice",
                        format!("The warranty runs from the invoice date {invoice_date}."),
                    )
                    .date("invoice_date", invoice_date),
                );
                Some((invoice_date, StartBasis::Invoice))
            }
        },
        None => match facts.shipment_date {
            Some(shipment) => {
                reasons.push(
                    Reason::new(
                        "2.4",
                        "start-shipment",
                        format!(
                            "Without a valid invoice the warranty runs from the manufacturer's shipment date {shipment}."
                        ),
                    )
                    .date("shipment_date", shipment),
                );
                Some((shipment, StartBasis::Shipment))
            }
            None => {
                reasons.push(Reason::new(
                    "2.4",
                    "start-unknown",
                    "The warranty start is unknown: there is no valid invoice and no shipment date.",
                ));
                None
            }
        },
    };

    // The length: a service contract prevails (4.4), else the policy.
    let months = match facts.contract_months {
        Some(months) => {
            reasons.push(
                Reason::new(
                    "4.4",
                    "period-contract",
                    format!("The customer's service contract sets the warranty to {months} months, and prevails over the standard policy."),
                )
                .arg("months", months),
            );
            months
        }
        None => {
            let component = facts.component.as_deref();
            let (months, source) = policy.months_for(&facts.model, component);
            let reason = match source {
                PeriodSource::Component { model, component } => Reason::new(
                    "2.4",
                    "period-component",
                    format!(
                        "The warranty period for the {component} of the {model} is {months} months."
                    ),
                )
                .arg("component", component)
                .arg("model", model),
                PeriodSource::Model(model) => Reason::new(
                    "2.4",
                    "period-model",
                    format!("The warranty period of the {model} is {months} months."),
                )
                .arg("model", model),
                PeriodSource::Default => Reason::new(
                    "2.4",
                    "period-default",
                    format!(
                        "The model is not listed in the warranty policy: the standard period of {months} months applies."
                    ),
                ),
            };
            reasons.push(reason.arg("months", months));
            months
        }
    };

    // The covered days: claim_date < start + months.
    let coverage = start.map(|(start, _)| {
        let end = add_months(start, months);
        let last_day = day_before(end);
        (last_day, facts.claim_date < end)
    });
    if let Some((last_day, covered)) = coverage {
        let reason = if covered {
            Reason::new(
                "2.4",
                "within-warranty",
                format!(
                    "The claim date {} is within the warranty, which covers up to {last_day}.",
                    facts.claim_date
                ),
            )
        } else {
            Reason::new(
                "2.4",
                "after-warranty",
                format!(
                    "The claim date {} is after the warranty ended on {last_day}.",
                    facts.claim_date
                ),
            )
        };
        reasons.push(
            reason
                .date("claim_date", facts.claim_date)
                .date("last_date", last_day),
        );
    }

    // The verdict: the first rule that applies decides.
    let (verdict, provisional) = if facts.channel == PurchaseChannel::Unauthorized {
        reasons.push(Reason::new(
            "1.2",
            "unauthorized-channel",
            "The device was bought through an unauthorized channel: the service covers only products bought through formal channels, so no repair can be done, free or paid.",
        ));
        (Verdict::Ineligible, false)
    } else if facts.channel == PurchaseChannel::Unknown {
        reasons.push(Reason::new(
            "1.2",
            "unknown-channel",
            "Where the device was bought is not known: ask the customer for proof that it was bought through a formal channel (2.3).",
        ));
        (Verdict::NeedsProof, false)
    } else if coverage.is_none() {
        reasons.push(Reason::new(
            "2.3",
            "ask-for-invoice",
            "Ask the customer for a valid invoice showing the model and serial number, or offer a paid repair (2.4).",
        ));
        (Verdict::NeedsProof, false)
    } else if coverage.is_some_and(|(_, covered)| !covered) {
        reasons.push(Reason::new(
            "2.2",
            "out-of-warranty",
            "Out of warranty: a paid repair can be quoted; nothing is repaired without the customer's agreement.",
        ));
        (Verdict::Paid, false)
    } else if let Some(clause) = facts.cause.excluding_clause() {
        reasons.push(
            Reason::new(
                clause,
                "excluded-cause",
                format!(
                    "The failure was caused by {}, which the free warranty does not cover: a paid repair can be quoted (2.2).",
                    facts.cause.label()
                ),
            )
            .arg("cause", facts.cause.as_str()),
        );
        (Verdict::Paid, false)
    } else if facts.cause == Cause::Unknown {
        reasons.push(Reason::new(
            "1.3",
            "free-provisional",
            "Free repair within the warranty, provisionally: inspection confirms it unless the fault turns out to be man-made, force majeure, improper use or bad packaging (1.3, 3.4).",
        ));
        (Verdict::Free, true)
    } else {
        reasons.push(Reason::new(
            "1.3",
            "free",
            "Free repair: a material or manufacturing fault within the warranty period, at no charge (1.4).",
        ));
        (Verdict::Free, false)
    };

    Decision {
        verdict,
        provisional,
        invoice_valid,
        warranty_start: start.map(|(date, _)| date),
        start_basis: start.map(|(_, basis)| basis),
        warranty_months: Some(months),
        warranty_last_day: coverage.map(|(last, _)| last),
        in_warranty: coverage.map(|(_, covered)| covered),
        reasons,
    }
}

/// 2.4: why an invoice is not valid, with each failure's code (`failures`, joined by
/// commas) and the values they name.
fn invoice_not_valid(check: &InvoiceCheck, facts: &Facts) -> Reason {
    let mut reason = Reason::new(
        "2.4",
        "invoice-not-valid",
        format!(
            "The invoice is not valid because {}.",
            join_words(&check.failures)
        ),
    )
    .arg("failures", check.codes.join(","));
    let invoice = facts.invoice.as_ref();
    if let Some(date) = invoice.and_then(|i| i.date) {
        reason = reason.date("invoice_date", date);
    }
    reason = reason.date("claim_date", facts.claim_date);
    if let Some(model) = invoice.and_then(|i| present(&i.model)) {
        reason = reason.arg("invoice_model", model);
    }
    if let Some(serial) = invoice.and_then(|i| present(&i.serial)) {
        reason = reason.arg("invoice_serial", serial);
    }
    reason
        .arg("device_model", facts.model.trim())
        .arg("device_serial", facts.serial.trim())
}

fn join_words(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// A malformed facts input: not a verdict but an error naming the field (docs/rules.md §3).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {}", problem.text)]
pub struct FactsError {
    pub field: String,
    pub problem: Note,
}

impl FactsError {
    fn new(field: impl Into<String>, problem: impl Into<Note>) -> Self {
        Self {
            field: field.into(),
            problem: problem.into(),
        }
    }
}

/// "2026-03-05 is after the claim date 2026-03-01": a date that cannot follow the claim.
pub(crate) fn after_claim_date(date: NaiveDate, claim_date: NaiveDate) -> Note {
    Note::coded(
        "after-claim-date",
        format!("{date} is after the claim date {claim_date}"),
    )
    .arg("given_on", date)
    .arg("claim_on", claim_date)
}

impl Facts {
    /// Reads facts in the JSON contract of docs/rules.md §3, refusing anything malformed with
    /// an error that names the field: bad dates, unknown words, missing required fields,
    /// and delivery or shipment dates after the claim date.
    pub fn from_json(text: &str) -> Result<Self, FactsError> {
        let value: Value = serde_json::from_str(text).map_err(|err| {
            FactsError::new(
                "facts",
                Note::coded("not-json", format!("not valid JSON ({err})")).arg("detail", err),
            )
        })?;
        Self::from_value(&value)
    }

    pub fn from_value(value: &Value) -> Result<Self, FactsError> {
        let Value::Object(obj) = value else {
            return Err(FactsError::new(
                "facts",
                Note::coded("facts-not-an-object", "must be a JSON object"),
            ));
        };
        let reader = Fields { obj, prefix: "" };
        let invoice = match obj.get("invoice") {
            None | Some(Value::Null) => None,
            Some(Value::Object(inv)) => {
                let reader = Fields {
                    obj: inv,
                    prefix: "invoice.",
                };
                Some(Invoice {
                    date: reader.opt_date("date")?,
                    model: reader.opt_string("model")?,
                    serial: reader.opt_string("serial")?,
                    legible: reader.req_bool("legible")?,
                    altered: reader.req_bool("altered")?,
                })
            }
            Some(_) => {
                return Err(FactsError::new(
                    "invoice",
                    Note::coded("facts-invoice-not-an-object", "must be an object or null"),
                ));
            }
        };
        let facts = Facts {
            claim_date: reader.req_date("claim_date")?,
            model: reader.req_string("model")?,
            serial: reader.req_string("serial")?,
            channel: reader.req_word("channel", PurchaseChannel::parse, "authorized, unauthorized or unknown")?,
            invoice,
            shipment_date: reader.opt_date("shipment_date")?,
            delivery_date: reader.opt_date("delivery_date")?,
            component: reader.opt_string("component")?.filter(|c| !c.trim().is_empty()),
            cause: reader
                .opt_word(
                    "cause",
                    Cause::parse,
                    "unknown, manufacturing, man_made, force_majeure, improper_use or improper_packaging",
                )?
                .unwrap_or_default(),
            contract_months: reader.opt_months("contract_months")?,
        };
        facts.check_dates()?;
        Ok(facts)
    }

    /// Delivery and shipment cannot be after the claim: such facts are a typing error,
    /// not a verdict.
    pub fn check_dates(&self) -> Result<(), FactsError> {
        for (field, date) in [
            ("delivery_date", self.delivery_date),
            ("shipment_date", self.shipment_date),
        ] {
            if let Some(date) = date.filter(|date| *date > self.claim_date) {
                return Err(FactsError::new(
                    field,
                    after_claim_date(date, self.claim_date),
                ));
            }
        }
        Ok(())
    }
}

/// Reads the fields of one JSON object, naming each in its errors.
struct Fields<'a> {
    obj: &'a Map<String, Value>,
    prefix: &'static str,
}

impl Fields<'_> {
    fn name(&self, field: &str) -> String {
        format!("{}{field}", self.prefix)
    }

    fn get(&self, field: &str) -> Option<&Value> {
        self.obj.get(field).filter(|v| !v.is_null())
    }

    fn missing(&self, field: &str) -> FactsError {
        FactsError::new(self.name(field), super::step::missing())
    }

    fn opt_string(&self, field: &str) -> Result<Option<String>, FactsError> {
        match self.get(field) {
            None => Ok(None),
            Some(Value::String(text)) => Ok(Some(text.clone())),
            Some(other) => Err(FactsError::new(
                self.name(field),
                Note::coded("must-be-text", format!("must be text, not {other}"))
                    .arg("value", other),
            )),
        }
    }

    fn req_string(&self, field: &str) -> Result<String, FactsError> {
        let text = self.opt_string(field)?.ok_or_else(|| self.missing(field))?;
        if text.trim().is_empty() {
            return Err(FactsError::new(
                self.name(field),
                Note::coded("not-empty", "must not be empty"),
            ));
        }
        Ok(text)
    }

    fn opt_date(&self, field: &str) -> Result<Option<NaiveDate>, FactsError> {
        let Some(text) = self.opt_string(field)? else {
            return Ok(None);
        };
        NaiveDate::parse_from_str(&text, "%Y-%m-%d")
            .ok()
            .filter(|_| text.len() == 10)
            .map(Some)
            .ok_or_else(|| {
                FactsError::new(
                    self.name(field),
                    Note::coded(
                        "facts-not-a-date",
                        format!("'{text}' is not a date in the form YYYY-MM-DD"),
                    )
                    .arg("text", &text),
                )
            })
    }

    fn req_date(&self, field: &str) -> Result<NaiveDate, FactsError> {
        self.opt_date(field)?.ok_or_else(|| self.missing(field))
    }

    fn req_bool(&self, field: &str) -> Result<bool, FactsError> {
        match self.get(field) {
            None => Err(self.missing(field)),
            Some(Value::Bool(b)) => Ok(*b),
            Some(other) => Err(FactsError::new(
                self.name(field),
                Note::coded(
                    "must-be-bool",
                    format!("must be true or false, not {other}"),
                )
                .arg("value", other),
            )),
        }
    }

    fn opt_word<T>(
        &self,
        field: &str,
        parse: fn(&str) -> Option<T>,
        expected: &str,
    ) -> Result<Option<T>, FactsError> {
        let Some(word) = self.opt_string(field)? else {
            return Ok(None);
        };
        parse(&word).map(Some).ok_or_else(|| {
            FactsError::new(
                self.name(field),
                Note::coded(
                    "unknown-value",
                    format!("unknown value '{word}' (expected {expected})"),
                )
                .arg("text", &word)
                .arg("expected", expected),
            )
        })
    }

    fn req_word<T>(
        &self,
        field: &str,
        parse: fn(&str) -> Option<T>,
        expected: &str,
    ) -> Result<T, FactsError> {
        self.opt_word(field, parse, expected)?
            .ok_or_else(|| self.missing(field))
    }

    fn opt_months(&self, field: &str) -> Result<Option<u32>, FactsError> {
        match self.get(field) {
            None => Ok(None),
            Some(Value::Number(n)) => n
                .as_u64()
                .filter(|m| *m <= u64::from(super::policy::MAX_MONTHS))
                .map(|m| Some(m as u32))
                .ok_or_else(|| {
                    FactsError::new(
                        self.name(field),
                        Note::coded(
                            "facts-months",
                            format!(
                                "{n} is not a whole number of months from 0 to {}",
                                super::policy::MAX_MONTHS
                            ),
                        )
                        .arg("value", n)
                        .arg("max", super::policy::MAX_MONTHS),
                    )
                }),
            Some(other) => Err(FactsError::new(
                self.name(field),
                Note::coded(
                    "facts-months-kind",
                    format!("must be a whole number of months, not {other}"),
                )
                .arg("value", other),
            )),
        }
    }
}
