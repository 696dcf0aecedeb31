//! The intake screen: a walk-in device or an online application, with the warranty
//! decision updating live as the clerk types (docs/rules.md §3), validation as you type, and
//! Save enabled only when the case can be stored.
//!
//! A small program (STYLE.md): `State`, `Message`, `Event`, `update`, `view`. It stores
//! the case itself through the desk handle and handles the answer; the app hears only
//! that a case changed (the due counters move) and when a paper is to be printed.
//!
//! A field's problem shows once the clerk has been in it (or tried to save), never on a
//! blank form; Save stays disabled, with the first reason beside it, while any remains.
//! The form is drawn in `form` beside this file.

use std::collections::BTreeSet;

use chrono::{NaiveDate, Utc};
use iced::Task;
use iced::widget::text_editor;

use crate::domain::case::DocumentKind;
use crate::domain::dates::parse_date;
use crate::domain::policy::{MAX_MONTHS, normalize_name};
use crate::domain::{
    Arrival, CaseNumber, Customer, Decision, Device, Handover, Invoice, NewCase, PasswordStatus,
    Policy, Proof, PurchaseChannel, decide,
};
use crate::gui::desk::Desk;
use crate::gui::screen::{PrintRequest, Shared, no_store};

mod form;

/// The fields of the form, so one message type serves them all: the text inputs, the
/// fault's editor and the two acknowledgements, each of which can have a problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    ApplicationId,
    AppliedOn,
    ReceivedOn,
    Name,
    Phone,
    Email,
    Address,
    ReturnAddress,
    Model,
    Serial,
    InvoiceDate,
    InvoiceModel,
    InvoiceSerial,
    ShipmentDate,
    DeliveryDate,
    ContractMonths,
    Component,
    OtherAccessories,
    Condition,
    PasswordNote,
    Fault,
    BackupAcknowledged,
    AccuracyConfirmed,
}

impl Field {
    /// The widget id, so tests and keyboard focus can find the input.
    pub fn id(self) -> &'static str {
        match self {
            Self::ApplicationId => "intake-application-id",
            Self::AppliedOn => "intake-applied-on",
            Self::ReceivedOn => "intake-received-on",
            Self::Name => "intake-name",
            Self::Phone => "intake-phone",
            Self::Email => "intake-email",
            Self::Address => "intake-address",
            Self::ReturnAddress => "intake-return-address",
            Self::Model => "intake-model",
            Self::Serial => "intake-serial",
            Self::InvoiceDate => "intake-invoice-date",
            Self::InvoiceModel => "intake-invoice-model",
            Self::InvoiceSerial => "intake-invoice-serial",
            Self::ShipmentDate => "intake-shipment-date",
            Self::DeliveryDate => "intake-delivery-date",
            Self::ContractMonths => "intake-contract-months",
            Self::Component => "intake-component",
            Self::OtherAccessories => "intake-other-accessories",
            Self::Condition => "intake-condition",
            Self::PasswordNote => "intake-password-note",
            Self::Fault => "intake-fault",
            Self::BackupAcknowledged => "intake-backup-acknowledged",
            Self::AccuracyConfirmed => "intake-accuracy-confirmed",
        }
    }

    /// The field's name, as its label says it and its problems name it.
    pub fn label(self, w: crate::i18n::Words) -> String {
        match self {
            Self::ApplicationId => w.application_id(),
            Self::AppliedOn => w.applied_on_label(),
            Self::ReceivedOn => w.received_on_label(),
            Self::Name => w.name(),
            Self::Phone => w.phone(),
            Self::Email => w.email(),
            Self::Address => w.address(),
            Self::ReturnAddress => w.return_address(),
            Self::Model => w.model(),
            Self::Serial => w.serial(),
            Self::InvoiceDate => w.invoice_date(),
            Self::InvoiceModel => w.invoice_model(),
            Self::InvoiceSerial => w.invoice_serial(),
            Self::ShipmentDate => w.shipment_date(),
            Self::DeliveryDate => w.delivery_date(),
            Self::ContractMonths => w.contract_months(),
            Self::Component => w.component(),
            Self::OtherAccessories => w.other_accessories(),
            Self::Condition => w.condition(),
            Self::PasswordNote => w.password_note(),
            Self::Fault => w.fault(),
            Self::BackupAcknowledged => w.backup_ack(),
            Self::AccuracyConfirmed => w.accuracy_ack(),
        }
    }

    /// The most a clerk can type here: enough for any real name, address or fault, short
    /// enough that every paper it is printed on keeps its layout.
    pub fn max_chars(self) -> usize {
        match self {
            Self::Name | Self::Model | Self::InvoiceModel | Self::Component => 100,
            Self::Phone | Self::ContractMonths => 40,
            Self::ApplicationId | Self::Serial | Self::InvoiceSerial => 60,
            Self::Email => 254,
            Self::Address | Self::ReturnAddress | Self::OtherAccessories => 300,
            Self::Condition | Self::PasswordNote => 500,
            Self::Fault => 2000,
            Self::AppliedOn
            | Self::ReceivedOn
            | Self::InvoiceDate
            | Self::ShipmentDate
            | Self::DeliveryDate => 40,
            Self::BackupAcknowledged | Self::AccuracyConfirmed => 0,
        }
    }
}

/// The yes/no choices of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flag {
    ReturnSame,
    InvoicePresent,
    InvoiceLegible,
    InvoiceAltered,
    BackupAcknowledged,
    AccuracyConfirmed,
    KeepParts,
}

#[derive(Debug, Clone)]
pub enum Message {
    Mode(Arrival),
    Edit(Field, String),
    Toggle(Flag, bool),
    Channel(PurchaseChannel),
    Password(PasswordStatus),
    Accessory(String, bool),
    /// The language the customer's papers and messages are written in.
    Language(crate::domain::Language),
    FaultEdited(text_editor::Action),
    Save,
    /// The store's answer to a save: the new case number, or one sentence saying why not.
    Saved(Result<CaseNumber, String>),
    /// Earlier cases with this serial number (repeat repairs), as the store answered.
    History(String, Vec<String>),
    Print,
    Clear,
}

/// What the app must act on: a case was stored (what is due has changed), and the
/// receipt (walk-in) or confirmation (application) of a saved case to print. Nothing of
/// this screen's own.
pub type Event = Shared;

/// What the screen reads from the app.
pub struct Context<'a> {
    /// The words of this desk's window, in its language.
    pub words: crate::i18n::Words,
    pub desk: Option<&'a Desk>,
    pub policy: &'a Policy,
    pub today: NaiveDate,
    /// Who is at the desk, written on the case's first event.
    pub actor: &'a str,
    /// Why the database cannot be reached, while it cannot: saving waits.
    pub offline: Option<&'a str>,
    /// The center's language: a new customer's unless the clerk chooses another.
    pub center_language: crate::domain::Language,
}

pub struct State {
    /// This intake's id, made when the form starts: a save sent again after a dropped
    /// connection returns the case already made instead of a second one.
    client_id: String,
    mode: Arrival,
    values: std::collections::BTreeMap<Field, String>,
    return_same: bool,
    /// The customer's language, when the clerk chose one (`None`: the center's).
    language: Option<crate::domain::Language>,
    channel: PurchaseChannel,
    invoice_present: bool,
    invoice_legible: bool,
    invoice_altered: bool,
    fault: text_editor::Content,
    accessories: BTreeSet<String>,
    password: PasswordStatus,
    backup_acknowledged: bool,
    accuracy_confirmed: bool,
    keep_parts: bool,
    history: Option<(String, Vec<String>)>,
    /// The fields the clerk has been in: only these show their problems, until Save is
    /// tried.
    touched: BTreeSet<Field>,
    /// Save was tried (Enter in a field): every problem shows.
    attempted: bool,
    saving: bool,
    saved: Option<(CaseNumber, Arrival)>,
    save_error: Option<String>,
}

impl Default for State {
    fn default() -> Self {
        Self {
            client_id: String::new(),
            mode: Arrival::WalkIn,
            values: Default::default(),
            return_same: true,
            language: None,
            channel: PurchaseChannel::Authorized,
            invoice_present: false,
            invoice_legible: true,
            invoice_altered: false,
            fault: text_editor::Content::new(),
            accessories: BTreeSet::new(),
            password: PasswordStatus::Cleared,
            backup_acknowledged: false,
            accuracy_confirmed: false,
            keep_parts: false,
            history: None,
            touched: BTreeSet::new(),
            attempted: false,
            saving: false,
            saved: None,
            save_error: None,
        }
    }
}

/// The form read as a case: what could be built, and what stops it being saved.
#[derive(Debug, Clone)]
pub struct Checked {
    /// Problems by field, each one sentence naming the field.
    pub problems: Vec<(Field, String)>,
    /// The live decision, as soon as model, serial and claim date are known.
    pub decision: Option<Decision>,
    /// The case, when there are no problems.
    pub case: Option<NewCase>,
}

impl State {
    /// A blank form for a new customer, dated `today` (the clerk can change the date).
    pub fn new(today: NaiveDate) -> Self {
        let mut state = Self {
            client_id: intake_id(),
            ..Self::default()
        };
        let date = today.format("%Y-%m-%d").to_string();
        state.values.insert(Field::ReceivedOn, date.clone());
        state.values.insert(Field::AppliedOn, date);
        state
    }

    /// A blank form in the same mode, dated `today`.
    fn fresh(&self, today: NaiveDate) -> Self {
        Self {
            mode: self.mode,
            ..Self::new(today)
        }
    }

    pub fn mode(&self) -> Arrival {
        self.mode
    }

    pub fn value(&self, field: Field) -> &str {
        self.values.get(&field).map_or("", String::as_str)
    }

    pub fn saved(&self) -> Option<&CaseNumber> {
        self.saved.as_ref().map(|(number, _)| number)
    }

    /// Nothing typed yet (the prefilled dates do not count).
    pub fn is_blank(&self) -> bool {
        self.values
            .iter()
            .filter(|(field, _)| !matches!(field, Field::ReceivedOn | Field::AppliedOn))
            .all(|(_, v)| v.trim().is_empty())
            && self.fault.text().trim().is_empty()
    }

    pub fn update(&mut self, message: Message, cx: &Context<'_>) -> (Task<Message>, Option<Event>) {
        match message {
            Message::Mode(mode) => self.mode = mode,
            Message::Edit(field, value) => {
                let serial_changed =
                    field == Field::Serial && value.trim() != self.value(field).trim();
                self.values.insert(field, value);
                self.touched.insert(field);
                self.save_error = None;
                if serial_changed {
                    self.history = None;
                    let serial = self.value(Field::Serial).trim().to_string();
                    if serial.chars().filter(char::is_ascii_alphanumeric).count() >= 4 {
                        return (serial_history(serial, cx), None);
                    }
                }
            }
            Message::Toggle(flag, on) => match flag {
                Flag::ReturnSame => self.return_same = on,
                Flag::InvoicePresent => self.invoice_present = on,
                Flag::InvoiceLegible => self.invoice_legible = on,
                Flag::InvoiceAltered => self.invoice_altered = on,
                Flag::BackupAcknowledged => {
                    self.backup_acknowledged = on;
                    self.touched.insert(Field::BackupAcknowledged);
                }
                Flag::AccuracyConfirmed => {
                    self.accuracy_confirmed = on;
                    self.touched.insert(Field::AccuracyConfirmed);
                }
                Flag::KeepParts => self.keep_parts = on,
            },
            Message::Channel(channel) => self.channel = channel,
            Message::Password(status) => self.password = status,
            Message::Language(language) => self.language = Some(language),
            Message::Accessory(name, on) => {
                if on {
                    self.accessories.insert(name);
                } else {
                    self.accessories.remove(&name);
                }
            }
            Message::FaultEdited(action) => {
                if action.is_edit() {
                    self.touched.insert(Field::Fault);
                }
                self.fault.perform(action);
            }
            Message::Save => {
                // Out of reach: refused here with the reason on the save bar, not
                // failed late; the form keeps everything.
                if self.saving || cx.offline.is_some() {
                    return (Task::none(), None);
                }
                self.attempted = true;
                if let Some(case) = self.check(cx).case {
                    self.saving = true;
                    self.save_error = None;
                    return (save(case, self.client_id.clone(), cx), None);
                }
            }
            Message::Saved(Ok(number)) => {
                // Nothing of this customer stays in the form for the next one.
                let mode = self.mode;
                *self = Self {
                    saved: Some((number.clone(), mode)),
                    ..self.fresh(cx.today)
                };
                return (Task::none(), Some(Shared::CaseChanged(number)));
            }
            Message::Saved(Err(reason)) => {
                // The form keeps everything typed, so nothing is lost.
                self.saving = false;
                self.save_error = Some(reason);
            }
            Message::History(serial, cases) => {
                if serial == self.value(Field::Serial).trim() {
                    self.history = Some((serial, cases));
                }
            }
            Message::Print => {
                if let Some((number, arrival)) = &self.saved {
                    let kind = match arrival {
                        Arrival::WalkIn => DocumentKind::Receipt,
                        Arrival::MailIn => DocumentKind::Confirmation,
                    };
                    let print = PrintRequest::new(number.clone(), kind);
                    return (Task::none(), Some(Shared::Print(print)));
                }
            }
            Message::Clear => *self = self.fresh(cx.today),
        }
        (Task::none(), None)
    }

    /// Does this field show its problem yet? Once the clerk has been in it, or tried to
    /// save; a blank form is never red.
    pub fn shows_problem(&self, field: Field) -> bool {
        self.attempted || self.saving || self.save_error.is_some() || self.touched.contains(&field)
    }

    /// Reads the whole form: the problems, the live decision and, if all is well, the case.
    pub fn check(&self, cx: &Context<'_>) -> Checked {
        let w = cx.words;
        let mut problems = Vec::new();
        let walk_in = self.mode == Arrival::WalkIn;
        let text = |field| self.value(field).trim().to_string();
        let optional = |field| Some(text(field)).filter(|v| !v.is_empty());

        let (claim_field, claim_label) = if walk_in {
            (Field::ReceivedOn, w.received_on_label())
        } else {
            (Field::AppliedOn, w.applied_on_label())
        };
        let claim_date = self.date(w, claim_field, &claim_label, cx.today, &mut problems, true);
        for (field, label) in [
            (Field::Name, w.name()),
            (Field::Model, w.model()),
            (Field::Serial, w.serial()),
        ] {
            if text(field).is_empty() {
                problems.push((field, w.required(&label)));
            }
        }
        let phone = text(Field::Phone);
        if phone.is_empty() {
            problems.push((Field::Phone, w.required(&w.phone())));
        } else if !phone_looks_right(&phone) {
            problems.push((Field::Phone, w.bad_phone().to_string()));
        }
        let email = optional(Field::Email);
        if email.as_deref().is_some_and(|e| !email_looks_right(e)) {
            problems.push((Field::Email, w.bad_email().to_string()));
        }
        // A mail-in device goes back by post, so its address is needed from the start.
        if !walk_in && text(Field::Address).is_empty() {
            problems.push((Field::Address, w.required(&w.address())));
        }
        if !self.return_same && text(Field::ReturnAddress).is_empty() {
            problems.push((Field::ReturnAddress, w.required(&w.return_address())));
        }
        let invoice_date = if self.invoice_present {
            self.date(
                w,
                Field::InvoiceDate,
                &w.invoice_date(),
                cx.today,
                &mut problems,
                false,
            )
        } else {
            None
        };
        let shipment = self.date(
            w,
            Field::ShipmentDate,
            &w.shipment_date(),
            cx.today,
            &mut problems,
            false,
        );
        let delivery = self.date(
            w,
            Field::DeliveryDate,
            &w.delivery_date(),
            cx.today,
            &mut problems,
            false,
        );
        if let Some(claim) = claim_date {
            for (date, field, label) in [
                (shipment, Field::ShipmentDate, w.shipment_date()),
                (delivery, Field::DeliveryDate, w.delivery_date()),
            ] {
                if date.is_some_and(|d| d > claim) && !problems.iter().any(|(f, _)| *f == field) {
                    problems.push((field, w.after_claim(&label)));
                }
            }
        }
        let contract_months = match optional(Field::ContractMonths) {
            None => None,
            Some(months) => match months.parse::<u32>() {
                Ok(m) if (1..=MAX_MONTHS).contains(&m) => Some(m),
                _ => {
                    problems.push((Field::ContractMonths, w.bad_months().to_string()));
                    None
                }
            },
        };
        if self.fault.text().trim().is_empty() {
            problems.push((Field::Fault, w.required(&w.fault())));
        }
        if walk_in {
            if self.password == PasswordStatus::ToldToInspector
                && text(Field::PasswordNote).is_empty()
            {
                problems.push((Field::PasswordNote, w.password_note_needed().to_string()));
            }
            if !self.backup_acknowledged {
                problems.push((Field::BackupAcknowledged, w.required(&w.backup_ack())));
            }
            if !self.accuracy_confirmed {
                problems.push((Field::AccuracyConfirmed, w.required(&w.accuracy_ack())));
            }
        }
        let fault_text = self.fault.text();
        let typed = self
            .values
            .iter()
            .map(|(field, value)| (*field, value.as_str()))
            .chain([(Field::Fault, fault_text.trim())]);
        for (field, value) in typed {
            let length = value.trim().chars().count();
            if length > field.max_chars() && !problems.iter().any(|(f, _)| *f == field) {
                problems.push((
                    field,
                    w.too_long(&field.label(w), field.max_chars(), length),
                ));
            }
        }

        let invoice = self.invoice_present.then(|| Invoice {
            date: invoice_date,
            model: optional(Field::InvoiceModel),
            serial: optional(Field::InvoiceSerial),
            legible: self.invoice_legible,
            altered: self.invoice_altered,
        });
        let proof = Proof {
            channel: self.channel,
            invoice,
            shipment_date: shipment.filter(|d| claim_date.is_none_or(|c| *d <= c)),
            delivery_date: delivery.filter(|d| claim_date.is_none_or(|c| *d <= c)),
            contract_months,
        };
        let mut accessories: Vec<String> = self.accessories.iter().map(|a| a.to_string()).collect();
        accessories.extend(
            text(Field::OtherAccessories)
                .split(',')
                .map(str::trim)
                .filter(|a| !a.is_empty())
                .map(str::to_string),
        );
        let new = NewCase {
            arrival: self.mode,
            application_id: if walk_in {
                None
            } else {
                optional(Field::ApplicationId)
            },
            applied_on: if walk_in { None } else { claim_date },
            received_on: if walk_in { claim_date } else { None },
            customer: Customer {
                name: text(Field::Name),
                phone,
                email,
                address: text(Field::Address),
                return_address: if self.return_same {
                    None
                } else {
                    optional(Field::ReturnAddress)
                },
                // Chosen on the form, else the center's (docs/rules.md §13).
                language: self.language.unwrap_or(cx.center_language),
            },
            device: Device {
                model: canonical_model(cx.policy, &text(Field::Model)),
                serial: text(Field::Serial),
            },
            proof,
            fault: self.fault.text().trim().to_string(),
            component: optional(Field::Component),
            handover: if walk_in {
                Handover {
                    accessories,
                    condition: text(Field::Condition),
                    password: self.password,
                    password_note: (self.password == PasswordStatus::ToldToInspector)
                        .then(|| text(Field::PasswordNote))
                        .filter(|n| !n.is_empty()),
                    backup_acknowledged: self.backup_acknowledged,
                    accuracy_confirmed: self.accuracy_confirmed,
                }
            } else {
                Handover::default()
            },
            keep_parts: self.keep_parts,
        };
        let decision = (!new.device.model.is_empty() && !new.device.serial.is_empty())
            .then(|| new.facts())
            .flatten()
            .map(|facts| decide(cx.policy, &facts));
        let case = problems.is_empty().then_some(new);
        Checked {
            problems,
            decision,
            case,
        }
    }

    /// Reads a date field: empty is `None` (or a problem when required), anything typed
    /// must be a real date and not in the future.
    fn date(
        &self,
        w: crate::i18n::Words,
        field: Field,
        label: &str,
        today: NaiveDate,
        problems: &mut Vec<(Field, String)>,
        required: bool,
    ) -> Option<NaiveDate> {
        let value = self.value(field).trim();
        if value.is_empty() {
            if required {
                problems.push((field, w.required(label)));
            }
            return None;
        }
        match parse_date(value) {
            None => {
                problems.push((field, w.not_a_date(label, value)));
                None
            }
            Some(date) if date > today => {
                problems.push((field, w.date_in_future(label)));
                None
            }
            Some(date) => Some(date),
        }
    }
}

/// Catalogue models that match what is typed (any word prefix, any case), unless the
/// text already is one of them.
pub fn model_suggestions(policy: &Policy, typed: &str) -> Vec<String> {
    let wanted = normalize_name(typed);
    if wanted.is_empty() || policy.model(typed).is_some() {
        return Vec::new();
    }
    policy
        .models
        .keys()
        .filter(|model| {
            let name = normalize_name(model);
            name.contains(&wanted) || name.split(' ').any(|word| word.starts_with(&wanted))
        })
        .take(6)
        .cloned()
        .collect()
}

/// The catalogue's spelling of a model typed in another case ("aurora a5" → "Aurora A5").
fn canonical_model(policy: &Policy, typed: &str) -> String {
    policy
        .model(typed)
        .map_or_else(|| typed.trim().to_string(), |(name, _)| name.to_string())
}

/// A phone number: digits with the usual punctuation, at least 6 digits.
pub fn phone_looks_right(phone: &str) -> bool {
    phone
        .chars()
        .all(|c| c.is_ascii_digit() || " +-()./".contains(c))
        && phone.chars().filter(char::is_ascii_digit).count() >= 6
}

/// An e-mail address: something@domain.tld, no spaces.
pub fn email_looks_right(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !email.contains(char::is_whitespace)
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
}

/// A new intake's id: the process's random hash keys (seeded by the operating system)
/// over the time, the process and a counter — unique across the center's desks.
fn intake_id() -> String {
    use std::hash::{BuildHasher, Hasher};
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(nanos);
    hasher.write_u32(std::process::id());
    hasher.write_u64(NEXT.fetch_add(1, Ordering::Relaxed));
    format!("{:016x}{:032x}", hasher.finish(), nanos)
}

/// Stores the case (docs/rules.md §3: decided under the policy in force) off the UI thread.
fn save(new: NewCase, client_id: String, cx: &Context<'_>) -> Task<Message> {
    let w = cx.words;
    let Some(desk) = cx.desk.cloned() else {
        return Task::done(Message::Saved(Err(no_store(w))));
    };
    let policy = cx.policy.clone();
    let actor = cx.actor.to_string();
    Task::perform(
        async move {
            desk.run(move |store| {
                store.create_case_once(&new, &policy, &actor, Utc::now(), &client_id)
            })
            .await
            .map(|case| case.number)
        },
        Message::Saved,
    )
}

/// Earlier cases with this serial (repeat repairs), one line each. Without a store, or
/// when it cannot answer, there is simply nothing to warn about.
fn serial_history(serial: String, cx: &Context<'_>) -> Task<Message> {
    let w = cx.words;
    let Some(desk) = cx.desk.cloned() else {
        return Task::none();
    };
    let wanted = serial.clone();
    Task::perform(
        async move {
            desk.run(move |store| store.serial_history(&wanted))
                .await
                .unwrap_or_default()
                .into_iter()
                .map(|case| {
                    format!(
                        "{} · {} · {} · {}",
                        case.number,
                        case.claim_date()
                            .map(move |v| w.long_date(v))
                            .unwrap_or_default(),
                        w.state(case.state),
                        case.fault.lines().next().unwrap_or_default()
                    )
                })
                .collect()
        },
        move |lines| Message::History(serial, lines),
    )
}
