//! The inspection screen: a parcel arrives, is checked at the door (RULES.md §5), opened
//! and listed (3.5), diagnosed with the warranty decided again (§4), quoted (2.2), and
//! followed through the customer's answers, the payment (2.6) and the repair (2.5).
//! Applications can also be closed as resolved remotely (4.1).
//!
//! Built for an inspector with a barcode scanner in one hand: the scan field has focus
//! when the screen opens, a scanned number ends with Enter and opens the case, the gate's
//! outcome is shown as the boxes are ticked, and every step is one button.
//!
//! A small program (STYLE.md): it never touches the store. It asks the app for cases and
//! steps through [`Event`]s; the app answers with [`Message::Loaded`] / [`Message::Done`].

use chrono::NaiveDate;
use iced::widget::{
    button, checkbox, column, container, image, row, rule, scrollable, space, text, text_input,
};
use iced::{Element, Fill, FillPortion};

use crate::domain::case::{Diagnosis, DocumentKind, Payment};
use crate::domain::dates::parse_date;
use crate::domain::lifecycle;
use crate::domain::money::{Currency, Money};
use crate::domain::parcel::{self, ApplicationStatus, ParcelCheck, ParcelDecision, ParcelOutcome};
use crate::domain::repair::{
    LineKind, PartsOwner, Quote, QuoteLine, RepairMethod, replaced_parts_owner,
};
use crate::domain::warranty::{Cause, same_identifier};
use crate::domain::{
    Arrival, Case, CaseNumber, Customer, Decision, Device, Handover, Invoice, NewCase,
    PasswordStatus, Policy, Proof, PurchaseChannel, State as CaseState, Verdict, decide,
};
use crate::gui::screen::cases::state_badge;
use crate::gui::text as t;
use crate::gui::widget::{
    block, bold, choice, fact, field, notice, reasons, thumbnails, verdict_badge,
};
use crate::store::{CaseSummary, ParcelArrival};

/// The scan field's widget id: focused when the screen opens and after every step.
pub const SCAN_ID: &str = "inspection-scan";

/// The text fields of the screen, so one message serves them all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    ReceivedOn,
    SerialFound,
    Accessory,
    Condition,
    PasswordNote,
    SenderName,
    SenderPhone,
    SenderEmail,
    SenderAddress,
    SenderModel,
    SenderSerial,
    SenderFault,
    Component,
    DiagnosisNotes,
    NoticeOn,
    InvoiceDate,
    Amount,
    PaidOn,
    PaymentMethod,
    ReplacementSerial,
    RemoteNote,
}

impl Field {
    pub fn id(self) -> &'static str {
        match self {
            Self::ReceivedOn => "inspection-received-on",
            Self::SerialFound => "inspection-serial-found",
            Self::Accessory => "inspection-accessory",
            Self::Condition => "inspection-condition",
            Self::PasswordNote => "inspection-password-note",
            Self::SenderName => "inspection-sender-name",
            Self::SenderPhone => "inspection-sender-phone",
            Self::SenderEmail => "inspection-sender-email",
            Self::SenderAddress => "inspection-sender-address",
            Self::SenderModel => "inspection-sender-model",
            Self::SenderSerial => "inspection-sender-serial",
            Self::SenderFault => "inspection-sender-fault",
            Self::Component => "inspection-component",
            Self::DiagnosisNotes => "inspection-diagnosis-notes",
            Self::NoticeOn => "inspection-notice-on",
            Self::InvoiceDate => "inspection-invoice-date",
            Self::Amount => "inspection-amount",
            Self::PaidOn => "inspection-paid-on",
            Self::PaymentMethod => "inspection-payment-method",
            Self::ReplacementSerial => "inspection-replacement-serial",
            Self::RemoteNote => "inspection-remote-note",
        }
    }
}

/// The boxes of the parcel gate (RULES.md §5).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gate {
    CashOnDelivery,
    Damaged,
    Soaked,
    Adequate,
}

/// A tick box elsewhere on the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flag {
    PrintReceipt,
    KeepParts,
    InvoiceLegible,
    InvoiceAltered,
}

/// The work lists shown while no case is open, under the parcels expected (which come
/// with the app's due items, [`Context::expected`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Queues {
    pub received: Vec<CaseSummary>,
    pub awaiting_customer: Vec<CaseSummary>,
    pub awaiting_payment: Vec<CaseSummary>,
    pub in_repair: Vec<CaseSummary>,
}

/// A step the inspector confirmed; the app runs it on the store.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Receive(ParcelArrival),
    /// A parcel without an open application: `expired` names the one it came for.
    Unsolicited {
        new: Box<NewCase>,
        parcel: ParcelArrival,
        expired: Option<CaseNumber>,
    },
    Diagnose(Diagnosis),
    SendQuote(Quote),
    AcceptQuote(NaiveDate),
    DeclineQuote,
    ProofReceived(Proof),
    ReturnUnanswered,
    Payment(Payment),
    ReturnOverdue,
    RepairDone(Option<String>),
    ResolveRemotely(String),
}

#[derive(Debug, Clone)]
pub enum Message {
    Scan(String),
    /// Enter in the scan field (a scanner ends every number with it), or Open.
    ScanSubmit,
    NoApplication,
    /// A row of a work list was clicked.
    Open(CaseNumber),
    /// The store's answer to opening a case.
    Loaded(Result<Option<Box<Case>>, String>),
    Queues(Result<Queues, String>),
    Edit(Field, String),
    Gate(Gate, bool),
    Toggle(Flag, bool),
    Password(PasswordStatus),
    Channel(PurchaseChannel),
    AddAccessory,
    RemoveAccessory(usize),
    Cause(Cause),
    Method(RepairMethod),
    AddLine(LineKind),
    LineDescription(usize, String),
    LineAmount(usize, String),
    RemoveLine(usize),
    /// A step's button: the first click arms it, a second confirms (for steps that
    /// send the device back), others run at once.
    Confirm(StepKind),
    /// The store's answer to a step: the case as it now stands.
    Done(Result<Box<Case>, String>),
    AddPhotos,
    PhotosAdded(Result<usize, String>),
    Thumbnails(CaseNumber, Vec<(String, image::Handle)>),
    PrintQuote,
    GoToDispatch,
    /// Back to the scan field (Esc).
    Close,
}

/// Which step a button asks for; the screen builds the step from its forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepKind {
    Parcel,
    Diagnose,
    SendQuote,
    AcceptQuote,
    DeclineQuote,
    ProofReceived,
    ReturnUnanswered,
    Payment,
    ReturnOverdue,
    RepairDone,
    ResolveRemotely,
}

impl StepKind {
    /// Steps that send a device back unrepaired or close an application ask twice.
    fn needs_second_click(self) -> bool {
        matches!(
            self,
            Self::DeclineQuote
                | Self::ReturnUnanswered
                | Self::ReturnOverdue
                | Self::ResolveRemotely
        )
    }
}

/// What the app must do.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// Read this case whole (answer with `Message::Loaded`).
    Load(CaseNumber),
    /// Read the work lists (answer with `Message::Queues`).
    Refresh,
    /// Run this step on the case (answer with `Message::Done`).
    Run {
        number: Option<CaseNumber>,
        step: Box<Step>,
    },
    /// Choose photo files, copy them into the data folder and attach them to the case.
    PickPhotos(CaseNumber),
    /// Decode these photos of the case into thumbnails.
    LoadThumbnails(CaseNumber, Vec<String>),
    PrintQuote(CaseNumber),
    Dispatch(CaseNumber),
}

/// What the screen needs from the app.
pub struct Context<'a> {
    pub policy: &'a Policy,
    pub today: NaiveDate,
    pub currency: &'a Currency,
    pub answer_days: u32,
    /// The center's default for printing the intake receipt of an accepted parcel.
    pub receipt_on_parcel: bool,
    /// Open applications, oldest first: the app's due items (4.2).
    pub expected: &'a [CaseSummary],
}

#[derive(Debug, Clone)]
struct LineForm {
    kind: LineKind,
    description: String,
    amount: String,
}

#[derive(Debug)]
pub struct State {
    scan: String,
    scan_error: Option<String>,
    loading: Option<CaseNumber>,
    case: Option<Box<Case>>,
    /// "No application" (or an expired one): the sender's form is shown.
    unsolicited: bool,
    queues: Queues,
    queues_error: Option<String>,
    received_on: String,
    gate: ParcelCheckBoxes,
    serial_found: String,
    accessory: String,
    accessories: Vec<String>,
    condition: String,
    password: PasswordStatus,
    password_note: String,
    print_receipt: bool,
    sender: SenderForm,
    cause: Option<Cause>,
    component: String,
    method: Option<RepairMethod>,
    diagnosis_notes: String,
    lines: Vec<LineForm>,
    notice_on: String,
    channel: PurchaseChannel,
    invoice_date: String,
    invoice_legible: bool,
    invoice_altered: bool,
    amount: String,
    paid_on: String,
    payment_method: String,
    replacement_serial: String,
    remote_note: String,
    armed: Option<StepKind>,
    busy: bool,
    notice: Option<Result<String, String>>,
    thumbnails: Vec<(String, image::Handle)>,
    /// The document the running step calls for, and once stored, what to print.
    print_after: Option<DocumentKind>,
    print_now: Option<(CaseNumber, DocumentKind)>,
    /// The step on its way to the store, for the notice when it is done.
    running: Option<StepKind>,
}

#[derive(Debug, Clone, Copy)]
struct ParcelCheckBoxes {
    cash_on_delivery: bool,
    damaged: bool,
    soaked: bool,
    adequate: bool,
}

impl Default for ParcelCheckBoxes {
    fn default() -> Self {
        Self {
            cash_on_delivery: false,
            damaged: false,
            soaked: false,
            adequate: true,
        }
    }
}

#[derive(Debug, Clone, Default)]
struct SenderForm {
    name: String,
    phone: String,
    email: String,
    address: String,
    model: String,
    serial: String,
    fault: String,
    keep_parts: bool,
}

impl Default for State {
    fn default() -> Self {
        Self::new(NaiveDate::default())
    }
}

impl State {
    pub fn new(today: NaiveDate) -> Self {
        Self {
            scan: String::new(),
            scan_error: None,
            loading: None,
            case: None,
            unsolicited: false,
            queues: Queues::default(),
            queues_error: None,
            received_on: today.format("%Y-%m-%d").to_string(),
            gate: ParcelCheckBoxes::default(),
            serial_found: String::new(),
            accessory: String::new(),
            accessories: Vec::new(),
            condition: String::new(),
            password: PasswordStatus::Cleared,
            password_note: String::new(),
            print_receipt: true,
            sender: SenderForm::default(),
            cause: None,
            component: String::new(),
            method: None,
            diagnosis_notes: String::new(),
            lines: Vec::new(),
            notice_on: today.format("%Y-%m-%d").to_string(),
            channel: PurchaseChannel::Authorized,
            invoice_date: String::new(),
            invoice_legible: true,
            invoice_altered: false,
            amount: String::new(),
            paid_on: today.format("%Y-%m-%d").to_string(),
            payment_method: String::new(),
            replacement_serial: String::new(),
            remote_note: String::new(),
            armed: None,
            busy: false,
            notice: None,
            thumbnails: Vec::new(),
            print_after: None,
            print_now: None,
            running: None,
        }
    }

    /// Fresh forms for the next parcel, keeping the work lists and the last notice.
    fn reset_forms(&mut self, cx: &Context<'_>) {
        let queues = std::mem::take(&mut self.queues);
        let notice = self.notice.take();
        *self = Self::new(cx.today);
        self.queues = queues;
        self.notice = notice;
        self.print_receipt = cx.receipt_on_parcel;
    }

    pub fn case(&self) -> Option<&Case> {
        self.case.as_deref()
    }

    /// What Ctrl+P prints for the open case: the quote while the customer decides on it,
    /// otherwise the intake receipt once the device is taken in.
    pub fn printable(&self) -> Option<(CaseNumber, DocumentKind)> {
        let case = self.case()?;
        let kind = if case.quote.is_some() && case.state == CaseState::AwaitingCustomer {
            DocumentKind::Quote
        } else if case.received_on.is_some() {
            DocumentKind::Receipt
        } else {
            return None;
        };
        Some((case.number.clone(), kind))
    }

    /// The document the last step calls for (the intake receipt of an accepted parcel,
    /// the quote just sent), once; the app prints it.
    pub fn take_print(&mut self) -> Option<(CaseNumber, DocumentKind)> {
        self.print_now.take()
    }

    pub fn is_unsolicited(&self) -> bool {
        self.unsolicited
    }

    pub fn notice(&self) -> Option<&Result<String, String>> {
        self.notice.as_ref()
    }

    /// The application status the gate works with.
    fn application(&self, today: NaiveDate) -> ApplicationStatus {
        match self.case() {
            Some(case) if case.state == CaseState::Applied => {
                let arrived = parse_date(&self.received_on).unwrap_or(today);
                match case.applied_on {
                    Some(applied) if lifecycle::application_expired(applied, arrived) => {
                        ApplicationStatus::Expired
                    }
                    _ => ApplicationStatus::Open,
                }
            }
            _ => ApplicationStatus::None,
        }
    }

    /// The gate's outcome for the boxes as they are ticked (RULES.md §5).
    pub fn gate_decision(&self, today: NaiveDate) -> ParcelDecision {
        parcel::check(&ParcelCheck {
            application: self.application(today),
            cash_on_delivery: self.gate.cash_on_delivery,
            package_damaged: self.gate.damaged,
            soaked: self.gate.soaked,
            packaging_adequate: self.gate.adequate,
        })
    }

    /// The serial scanned from the device, when it differs from the application's.
    pub fn serial_mismatch(&self) -> Option<(&str, &str)> {
        let found = self.serial_found.trim();
        let case = self.case()?;
        (!found.is_empty() && !same_identifier(found, &case.device.serial))
            .then_some((found, case.device.serial.as_str()))
    }

    /// The decision with the diagnosis as entered (before it is recorded), so the
    /// inspector sees what it changes.
    pub fn decision_with_diagnosis(&self, policy: &Policy) -> Option<Decision> {
        let mut case = self.case()?.clone();
        case.diagnosis = self.diagnosis()?;
        case.facts().map(|facts| decide(policy, &facts))
    }

    fn diagnosis(&self) -> Option<Diagnosis> {
        let cause = self.cause.filter(|c| *c != Cause::Unknown)?;
        Some(Diagnosis {
            cause,
            component: Some(self.component.trim().to_string()).filter(|c| !c.is_empty()),
            method: self.method,
            notes: self.diagnosis_notes.trim().to_string(),
        })
    }

    /// The quote as entered, or the first problem with it (naming the line and field).
    pub fn quote(&self, currency: &Currency) -> Result<Quote, String> {
        if self.lines.is_empty() {
            return Err("Add at least one line: a part or labour (2.2).".into());
        }
        let mut lines = Vec::new();
        for (i, line) in self.lines.iter().enumerate() {
            if line.description.trim().is_empty() {
                return Err(format!("Line {}: description: write what it is.", i + 1));
            }
            let amount = Money::parse(line.amount.trim(), currency.clone())
                .map_err(|err| format!("Line {}: amount: {err}.", i + 1))?;
            if amount.minor < 0 {
                return Err(format!("Line {}: amount: must not be negative.", i + 1));
            }
            lines.push(QuoteLine {
                kind: line.kind,
                description: line.description.trim().to_string(),
                amount,
            });
        }
        let quote = Quote {
            currency: currency.clone(),
            lines,
        };
        quote
            .validate()
            .map_err(|err| capitalized(&err.to_string()))?;
        Ok(quote)
    }

    fn handover(&self) -> Handover {
        Handover {
            accessories: self.accessories.clone(),
            condition: self.condition.trim().to_string(),
            password: self.password,
            password_note: (self.password == PasswordStatus::ToldToInspector)
                .then(|| self.password_note.trim().to_string())
                .filter(|n| !n.is_empty()),
            backup_acknowledged: false,
            accuracy_confirmed: false,
        }
    }

    fn parcel(&self, today: NaiveDate) -> Result<ParcelArrival, String> {
        let received_on = parse_date(&self.received_on).ok_or_else(|| {
            format!(
                "{}: write the date the parcel arrived (2026-03-01 or 01.03.2026).",
                t::RECEIVED_ON
            )
        })?;
        if received_on > today {
            return Err(format!("{}: the date is in the future.", t::RECEIVED_ON));
        }
        Ok(ParcelArrival {
            received_on,
            cash_on_delivery: self.gate.cash_on_delivery,
            package_damaged: self.gate.damaged,
            soaked: self.gate.soaked,
            packaging_adequate: self.gate.adequate,
            serial_found: Some(self.serial_found.trim().to_string()).filter(|s| !s.is_empty()),
            handover: self.handover(),
        })
    }

    /// The new case for a parcel without an open application (4.3).
    fn unsolicited_case(&self, parcel: &ParcelArrival) -> NewCase {
        let (customer, device, fault, keep_parts) = match self.case() {
            // It came for an expired application: the application's details stand.
            Some(case) => (
                case.customer.clone(),
                case.device.clone(),
                case.fault.clone(),
                case.keep_parts,
            ),
            None => (
                Customer {
                    name: self.sender.name.trim().to_string(),
                    phone: self.sender.phone.trim().to_string(),
                    email: Some(self.sender.email.trim().to_string()).filter(|e| !e.is_empty()),
                    address: self.sender.address.trim().to_string(),
                    return_address: None,
                },
                Device {
                    model: self.sender.model.trim().to_string(),
                    serial: self.sender.serial.trim().to_string(),
                },
                self.sender.fault.trim().to_string(),
                self.sender.keep_parts,
            ),
        };
        NewCase {
            arrival: Arrival::MailIn,
            application_id: None,
            applied_on: None,
            received_on: Some(parcel.received_on),
            customer,
            device,
            proof: self.case().map_or(
                Proof {
                    channel: PurchaseChannel::Unknown,
                    invoice: None,
                    shipment_date: None,
                    delivery_date: None,
                    contract_months: None,
                },
                |case| case.proof.clone(),
            ),
            fault,
            component: None,
            handover: parcel.handover.clone(),
            keep_parts,
        }
    }

    /// The sender's fields a taken-in parcel needs, with what is wrong (for a refused or
    /// rejected parcel only the name is needed: it is not opened).
    pub fn sender_problems(&self, takes_in: bool) -> Vec<(Field, &'static str)> {
        let mut problems = Vec::new();
        let blank = |s: &str| s.trim().is_empty();
        if blank(&self.sender.name) {
            problems.push((
                Field::SenderName,
                "Name: write the sender's name from the parcel.",
            ));
        }
        if takes_in {
            if blank(&self.sender.phone) {
                problems.push((Field::SenderPhone, "Phone: needed to reach the customer."));
            }
            if blank(&self.sender.address) {
                problems.push((Field::SenderAddress, "Address: the device goes back there."));
            }
            if blank(&self.sender.model) {
                problems.push((Field::SenderModel, "Model: read it off the device."));
            }
            if blank(&self.sender.serial) {
                problems.push((
                    Field::SenderSerial,
                    "Serial: read or scan it off the device.",
                ));
            }
            if blank(&self.sender.fault) {
                problems.push((Field::SenderFault, "Fault: what the note in the box says."));
            }
        }
        problems
    }

    /// Builds the step a button asks for, or says what is missing.
    pub fn step(&self, kind: StepKind, cx: &Context<'_>) -> Result<Step, String> {
        let case = self.case();
        let date = |text: &str, name: &str| {
            parse_date(text)
                .ok_or_else(|| format!("{name}: write a date like 2026-03-01 or 01.03.2026."))
        };
        match kind {
            StepKind::Parcel => {
                let parcel = self.parcel(cx.today)?;
                let decision = self.gate_decision(cx.today);
                match (case, decision.outcome) {
                    (
                        Some(case),
                        ParcelOutcome::Accept | ParcelOutcome::Refuse | ParcelOutcome::Reject,
                    ) if case.state == CaseState::Applied
                        && self.application(cx.today) == ApplicationStatus::Open =>
                    {
                        Ok(Step::Receive(parcel))
                    }
                    (Some(case), _) if case.state == CaseState::Applied => Ok(Step::Unsolicited {
                        new: Box::new(self.unsolicited_case(&parcel)),
                        parcel,
                        expired: Some(case.number.clone()),
                    }),
                    (None, outcome) if self.unsolicited => {
                        if let Some((_, problem)) = self.sender_problems(outcome.takes_in()).first()
                        {
                            return Err((*problem).to_string());
                        }
                        Ok(Step::Unsolicited {
                            new: Box::new(self.unsolicited_case(&parcel)),
                            parcel,
                            expired: None,
                        })
                    }
                    _ => {
                        Err("Scan the parcel's case number first, or choose No application.".into())
                    }
                }
            }
            StepKind::Diagnose => self
                .diagnosis()
                .map(Step::Diagnose)
                .ok_or_else(|| format!("{}: {}", t::CAUSE, t::CHOOSE_CAUSE)),
            StepKind::SendQuote => self.quote(cx.currency).map(Step::SendQuote),
            StepKind::AcceptQuote => {
                let notice = date(&self.notice_on, t::NOTICE_DATE)?;
                if notice > cx.today {
                    return Err(format!("{}: the date is in the future.", t::NOTICE_DATE));
                }
                Ok(Step::AcceptQuote(notice))
            }
            StepKind::DeclineQuote => Ok(Step::DeclineQuote),
            StepKind::ProofReceived => {
                let invoice_date = date(&self.invoice_date, t::INVOICE_DATE)?;
                let mut proof = case.map(|c| c.proof.clone()).ok_or("No case is open.")?;
                proof.channel = self.channel;
                proof.invoice = Some(Invoice {
                    date: Some(invoice_date),
                    model: None,
                    serial: None,
                    legible: self.invoice_legible,
                    altered: self.invoice_altered,
                });
                Ok(Step::ProofReceived(proof))
            }
            StepKind::ReturnUnanswered => Ok(Step::ReturnUnanswered),
            StepKind::Payment => {
                let currency = case
                    .and_then(|c| c.quote.as_ref())
                    .map_or_else(|| cx.currency.clone(), |q| q.currency.clone());
                let amount = Money::parse(self.amount.trim(), currency)
                    .map_err(|err| format!("{}: {err}.", t::LINE_AMOUNT))?;
                if amount.minor <= 0 {
                    return Err(format!("{}: must be more than zero.", t::LINE_AMOUNT));
                }
                let paid_on = date(&self.paid_on, t::PAID_ON)?;
                if paid_on > cx.today {
                    return Err(format!("{}: the date is in the future.", t::PAID_ON));
                }
                if self.payment_method.trim().is_empty() {
                    return Err(format!("{}: say how it was paid.", t::PAYMENT_METHOD));
                }
                Ok(Step::Payment(Payment {
                    amount,
                    paid_on,
                    method: self.payment_method.trim().to_string(),
                }))
            }
            StepKind::ReturnOverdue => Ok(Step::ReturnOverdue),
            StepKind::RepairDone => {
                let serial = self.replacement_serial.trim();
                let unit =
                    case.and_then(|c| c.diagnosis.method) == Some(RepairMethod::UnitReplacement);
                if unit && serial.is_empty() {
                    return Err(format!(
                        "{}: the replacement unit has its own serial; record it (2.5).",
                        t::REPLACEMENT_SERIAL
                    ));
                }
                Ok(Step::RepairDone(unit.then(|| serial.to_string())))
            }
            StepKind::ResolveRemotely => {
                let note = self.remote_note.trim();
                if note.is_empty() {
                    return Err(format!("{}: say how it was resolved.", t::REMOTE_NOTE));
                }
                Ok(Step::ResolveRemotely(note.to_string()))
            }
        }
    }

    pub fn update(&mut self, message: Message, cx: &Context<'_>) -> Option<Event> {
        match message {
            Message::Scan(text) => {
                self.scan = text;
                self.scan_error = None;
                None
            }
            Message::ScanSubmit => {
                let typed = self.scan.trim();
                if typed.is_empty() {
                    return None;
                }
                match CaseNumber::parse(&typed.to_uppercase()) {
                    Some(number) => Some(self.load(number)),
                    None => {
                        self.scan_error = Some(t::NOT_A_CASE_NUMBER.to_string());
                        None
                    }
                }
            }
            Message::Open(number) => Some(self.load(number)),
            Message::NoApplication => {
                self.reset_forms(cx);
                self.notice = None;
                self.unsolicited = true;
                None
            }
            Message::Loaded(Ok(Some(case))) => {
                self.reset_forms(cx);
                self.notice = None;
                self.scan = case.number.to_string();
                self.prefill(&case);
                let photos = (!case.photos.is_empty())
                    .then(|| Event::LoadThumbnails(case.number.clone(), case.photos.clone()));
                self.case = Some(case);
                photos
            }
            Message::Loaded(Ok(None)) => {
                self.scan_error = self.loading.take().map(|n| t::no_such_case(&n));
                None
            }
            Message::Loaded(Err(reason)) => {
                self.loading = None;
                self.scan_error = Some(reason);
                None
            }
            Message::Queues(Ok(queues)) => {
                self.queues = queues;
                self.queues_error = None;
                None
            }
            Message::Queues(Err(reason)) => {
                self.queues_error = Some(reason);
                None
            }
            Message::Edit(field, value) => {
                self.armed = None;
                let slot = match field {
                    Field::ReceivedOn => &mut self.received_on,
                    Field::SerialFound => &mut self.serial_found,
                    Field::Accessory => &mut self.accessory,
                    Field::Condition => &mut self.condition,
                    Field::PasswordNote => &mut self.password_note,
                    Field::SenderName => &mut self.sender.name,
                    Field::SenderPhone => &mut self.sender.phone,
                    Field::SenderEmail => &mut self.sender.email,
                    Field::SenderAddress => &mut self.sender.address,
                    Field::SenderModel => &mut self.sender.model,
                    Field::SenderSerial => &mut self.sender.serial,
                    Field::SenderFault => &mut self.sender.fault,
                    Field::Component => &mut self.component,
                    Field::DiagnosisNotes => &mut self.diagnosis_notes,
                    Field::NoticeOn => &mut self.notice_on,
                    Field::InvoiceDate => &mut self.invoice_date,
                    Field::Amount => &mut self.amount,
                    Field::PaidOn => &mut self.paid_on,
                    Field::PaymentMethod => &mut self.payment_method,
                    Field::ReplacementSerial => &mut self.replacement_serial,
                    Field::RemoteNote => &mut self.remote_note,
                };
                *slot = value;
                None
            }
            Message::Gate(gate, on) => {
                self.armed = None;
                match gate {
                    Gate::CashOnDelivery => self.gate.cash_on_delivery = on,
                    Gate::Damaged => self.gate.damaged = on,
                    Gate::Soaked => self.gate.soaked = on,
                    Gate::Adequate => self.gate.adequate = on,
                }
                None
            }
            Message::Toggle(flag, on) => {
                match flag {
                    Flag::PrintReceipt => self.print_receipt = on,
                    Flag::KeepParts => self.sender.keep_parts = on,
                    Flag::InvoiceLegible => self.invoice_legible = on,
                    Flag::InvoiceAltered => self.invoice_altered = on,
                }
                None
            }
            Message::Password(status) => {
                self.password = status;
                None
            }
            Message::Channel(channel) => {
                self.channel = channel;
                None
            }
            Message::AddAccessory => {
                let item = self.accessory.trim().to_string();
                if !item.is_empty()
                    && !self
                        .accessories
                        .iter()
                        .any(|a| a.eq_ignore_ascii_case(&item))
                {
                    self.accessories.push(item);
                }
                self.accessory.clear();
                None
            }
            Message::RemoveAccessory(i) => {
                if i < self.accessories.len() {
                    self.accessories.remove(i);
                }
                None
            }
            Message::Cause(cause) => {
                self.cause = Some(cause);
                None
            }
            Message::Method(method) => {
                self.method = Some(method);
                None
            }
            Message::AddLine(kind) => {
                self.lines.push(LineForm {
                    kind,
                    description: String::new(),
                    amount: String::new(),
                });
                None
            }
            Message::LineDescription(i, value) => {
                if let Some(line) = self.lines.get_mut(i) {
                    line.description = value;
                }
                None
            }
            Message::LineAmount(i, value) => {
                if let Some(line) = self.lines.get_mut(i) {
                    line.amount = value;
                }
                None
            }
            Message::RemoveLine(i) => {
                if i < self.lines.len() {
                    self.lines.remove(i);
                }
                None
            }
            Message::Confirm(kind) => {
                if self.busy {
                    return None;
                }
                let step = match self.step(kind, cx) {
                    Ok(step) => step,
                    Err(problem) => {
                        self.notice = Some(Err(problem));
                        return None;
                    }
                };
                if kind.needs_second_click() && self.armed != Some(kind) {
                    self.armed = Some(kind);
                    return None;
                }
                self.armed = None;
                self.busy = true;
                self.running = Some(kind);
                self.notice = None;
                // The paper a step calls for prints once the step is stored.
                self.print_after = match kind {
                    StepKind::Parcel
                        if self.print_receipt
                            && self.gate_decision(cx.today).outcome.takes_in() =>
                    {
                        Some(DocumentKind::Receipt)
                    }
                    StepKind::SendQuote => Some(DocumentKind::Quote),
                    _ => None,
                };
                Some(Event::Run {
                    number: match &step {
                        Step::Unsolicited { .. } => None,
                        _ => self.case().map(|c| c.number.clone()),
                    },
                    step: Box::new(step),
                })
            }
            Message::Done(Ok(case)) => {
                self.busy = false;
                self.print_now = match self.print_after.take() {
                    Some(DocumentKind::Receipt) if case.state == CaseState::Received => {
                        Some((case.number.clone(), DocumentKind::Receipt))
                    }
                    Some(DocumentKind::Quote) if case.quote.is_some() => {
                        Some((case.number.clone(), DocumentKind::Quote))
                    }
                    _ => None,
                };
                let print_now = self.print_now.take();
                let done = match self.running.take() {
                    Some(kind) => t::step_recorded(
                        &case.number.to_string(),
                        step_name(kind),
                        case.state.label(),
                    ),
                    None => t::step_done(&case.number.to_string(), case.state.label()),
                };
                self.reset_forms(cx);
                self.notice = Some(Ok(done));
                self.scan = case.number.to_string();
                self.prefill(&case);
                let photos = (!case.photos.is_empty())
                    .then(|| Event::LoadThumbnails(case.number.clone(), case.photos.clone()));
                self.case = Some(case);
                self.print_now = print_now;
                photos
            }
            Message::Done(Err(reason)) => {
                // Nothing typed is lost: the forms stay as they were.
                self.busy = false;
                self.print_after = None;
                self.running = None;
                self.notice = Some(Err(reason));
                None
            }
            Message::AddPhotos => self.case().map(|c| Event::PickPhotos(c.number.clone())),
            Message::PhotosAdded(Ok(0)) => None,
            Message::PhotosAdded(Ok(n)) => {
                self.notice = Some(Ok(t::photos_added(n)));
                self.case().map(|c| Event::Load(c.number.clone()))
            }
            Message::PhotosAdded(Err(reason)) => {
                self.notice = Some(Err(reason));
                None
            }
            Message::Thumbnails(number, thumbnails) => {
                if self.case().is_some_and(|c| c.number == number) {
                    self.thumbnails = thumbnails;
                }
                None
            }
            Message::PrintQuote => self.case().map(|c| Event::PrintQuote(c.number.clone())),
            Message::GoToDispatch => self.case().map(|c| Event::Dispatch(c.number.clone())),
            Message::Close => {
                self.reset_forms(cx);
                self.notice = None;
                Some(Event::Refresh)
            }
        }
    }

    fn load(&mut self, number: CaseNumber) -> Event {
        self.scan_error = None;
        self.loading = Some(number.clone());
        Event::Load(number)
    }

    /// Fills the forms with what the case already says (the quote's total to pay, the
    /// diagnosis so far), so the inspector only types what is new.
    fn prefill(&mut self, case: &Case) {
        self.loading = None;
        self.unsolicited = false;
        if case.diagnosis.cause != Cause::Unknown {
            self.cause = Some(case.diagnosis.cause);
        }
        self.component = case.diagnosis.component.clone().unwrap_or_default();
        self.method = case.diagnosis.method;
        self.diagnosis_notes = case.diagnosis.notes.clone();
        if let Some(total) = case.quote.as_ref().and_then(|q| q.total().ok()) {
            self.amount = total.amount_text();
        }
        // A paid repair to quote: a part line (the failed component) and a labour line
        // are ready, so the inspector types only the amounts.
        if needs_quote(case) && self.lines.is_empty() {
            self.lines = vec![
                LineForm {
                    kind: LineKind::Parts,
                    description: case.diagnosis.component.clone().unwrap_or_default(),
                    amount: String::new(),
                },
                LineForm {
                    kind: LineKind::Labour,
                    description: t::LABOUR_LINE.to_string(),
                    amount: String::new(),
                },
            ];
        }
        self.channel = case.proof.channel;
        if let Some(date) = case.proof.invoice.as_ref().and_then(|i| i.date) {
            self.invoice_date = date.format("%Y-%m-%d").to_string();
        }
    }

    pub fn view<'a>(&'a self, cx: &Context<'a>) -> Element<'a, Message> {
        let scan = row![
            text_input(t::SCAN_PLACEHOLDER, &self.scan)
                .id(SCAN_ID)
                .on_input(Message::Scan)
                .on_submit(Message::ScanSubmit)
                .padding(10)
                .size(20)
                .width(Fill),
            button(text(t::OPEN).size(16))
                .padding([10, 18])
                .on_press(Message::ScanSubmit),
            button(text(t::NO_APPLICATION).size(16))
                .padding([10, 18])
                .style(button::secondary)
                .on_press(Message::NoApplication),
        ]
        .spacing(8)
        .align_y(iced::Center);
        let mut top = column![text(t::SCAN_LABEL).size(13).style(text::secondary), scan].spacing(4);
        if let Some(problem) = &self.scan_error {
            top = top.push(text(problem.clone()).size(14).style(text::danger));
        }
        if let Some(number) = &self.loading {
            top = top.push(text(format!("{} {number}", t::LOADING)).size(14));
        }
        if let Some(notice_line) = &self.notice {
            top = top.push(notice(notice_line));
        }

        let body: Element<'a, Message> = match (self.case(), self.unsolicited) {
            (Some(case), _) => self.case_view(case, cx),
            (None, true) => self.unsolicited_view(cx),
            (None, false) => self.queues_view(cx),
        };
        column![top, rule::horizontal(1), body]
            .spacing(12)
            .padding(16)
            .into()
    }

    fn queues_view<'a>(&'a self, cx: &Context<'a>) -> Element<'a, Message> {
        let list = |title: &'a str, cases: &'a [CaseSummary]| -> Element<'a, Message> {
            let rows: Element<'a, Message> = if cases.is_empty() {
                text(t::NOTHING_HERE).size(14).style(text::secondary).into()
            } else {
                column(cases.iter().map(|c| queue_row(c, cx.today)))
                    .spacing(2)
                    .into()
            };
            block(title, rows)
        };
        let mut page = column![].spacing(12);
        if let Some(problem) = &self.queues_error {
            page = page.push(text(problem.clone()).style(text::danger));
        }
        page = page
            .push(list(t::PARCELS_EXPECTED_LIST, cx.expected))
            .push(list(t::WAITING_DIAGNOSIS, &self.queues.received))
            .push(list(t::WAITING_CUSTOMER, &self.queues.awaiting_customer))
            .push(list(t::WAITING_PAYMENT, &self.queues.awaiting_payment))
            .push(list(t::IN_REPAIR_LIST, &self.queues.in_repair));
        scrollable(page.padding(iced::Padding {
            right: 14.0,
            ..iced::Padding::ZERO
        }))
        .height(Fill)
        .into()
    }

    fn case_view<'a>(&'a self, case: &'a Case, cx: &Context<'a>) -> Element<'a, Message> {
        let mut subtitle = vec![
            t::arrival(case.arrival).to_string(),
            case.customer.name.clone(),
            format!("{} · {}", case.device.model, case.device.serial),
        ];
        if let Some(applied) = case.applied_on {
            subtitle.push(format!("{} {}", t::APPLIED_ON, t::long_date(applied)));
        }
        let header = row![
            text(case.number.to_string()).size(26).font(bold()),
            state_badge(case.state, 14),
            text(subtitle.join(" · ")).size(14).width(Fill),
            button(text(t::CLOSE_CASE_VIEW).size(14))
                .padding([6, 12])
                .style(button::secondary)
                .on_press(Message::Close),
        ]
        .spacing(12)
        .align_y(iced::Center);

        let steps: Element<'a, Message> = match case.state {
            CaseState::Applied => self.applied_view(case, cx),
            CaseState::Received => self.received_view(case, cx),
            CaseState::AwaitingCustomer => self.awaiting_customer_view(case, cx),
            CaseState::AwaitingPayment => self.awaiting_payment_view(case, cx),
            CaseState::InRepair => self.in_repair_view(case),
            CaseState::Ready | CaseState::ToReturn => block(
                t::DISPATCH,
                column![
                    text(t::GOES_TO_DISPATCH).size(15),
                    button(text(t::OPEN_IN_DISPATCH).size(15))
                        .padding([8, 16])
                        .on_press(Message::GoToDispatch),
                ]
                .spacing(10),
            ),
            CaseState::Returned
            | CaseState::Rejected
            | CaseState::Expired
            | CaseState::ResolvedRemotely => {
                block(case.state.label(), text(t::CASE_CLOSED).size(15))
            }
        };

        let side = self.side_view(case);
        // The parcel's confirm button stays in sight under the form, however long the
        // contents list grows: the inspector's free hand never has to scroll for it.
        let mut steps_column = column![
            scrollable(container(steps).padding(iced::Padding {
                right: 14.0,
                ..iced::Padding::ZERO
            }))
            .height(Fill)
        ]
        .spacing(10)
        .width(FillPortion(3));
        if let Some(bar) = self.action_bar(case, cx) {
            steps_column = steps_column.push(bar);
        }
        column![
            header,
            row![
                steps_column,
                scrollable(container(side).padding(iced::Padding {
                    right: 14.0,
                    ..iced::Padding::ZERO
                }))
                .height(Fill)
                .width(FillPortion(2)),
            ]
            .spacing(16),
        ]
        .spacing(12)
        .into()
    }

    /// The decision, what came in, the photos: what the inspector glances at.
    fn side_view<'a>(&'a self, case: &'a Case) -> Element<'a, Message> {
        let decision: Element<'a, Message> = match &case.decision {
            Some(recorded) => column![
                verdict_badge(&recorded.decision, 18),
                reasons(&recorded.decision)
            ]
            .spacing(8)
            .into(),
            None => text(t::NO_VERDICT_YET).size(14).into(),
        };
        let accessories = if case.handover.accessories.is_empty() {
            t::NOT_GIVEN.to_string()
        } else {
            case.handover.accessories.join(", ")
        };
        let mut facts = column![
            fact(t::FAULT_SHORT, case.fault.as_str()),
            fact(t::ACCESSORIES_SHORT, accessories),
            fact(
                t::KEEP_PARTS_SHORT,
                if case.keep_parts { t::YES } else { t::NO }
            ),
        ]
        .spacing(6);
        // The application's serial: kept apart once the device received replaced it (2.4).
        let applied = case
            .applied_serial
            .as_deref()
            .unwrap_or(&case.device.serial);
        if let Some(found) = case.parcel.as_ref().and_then(|p| p.serial_found.as_deref())
            && !same_identifier(found, applied)
        {
            facts = facts.push(
                container(text(t::serial_mismatch(found, applied)).size(14))
                    .padding(8)
                    .width(Fill)
                    .style(container::danger),
            );
        }
        let photos: Element<'a, Message> = if self.thumbnails.is_empty() {
            text(if case.photos.is_empty() {
                t::NO_PHOTOS.to_string()
            } else {
                case.photos.join(", ")
            })
            .size(13)
            .into()
        } else {
            thumbnails(&self.thumbnails, 120.0, 90.0)
        };
        column![
            block(t::VERDICT, decision),
            block(t::CASE_FACTS, facts),
            block(
                t::PHOTOS,
                column![
                    photos,
                    button(text(t::ADD_PHOTOS).size(14))
                        .padding([6, 12])
                        .style(button::secondary)
                        .on_press(Message::AddPhotos),
                ]
                .spacing(8)
            ),
        ]
        .spacing(12)
        .into()
    }

    fn applied_view<'a>(&'a self, case: &'a Case, cx: &Context<'a>) -> Element<'a, Message> {
        let mut page = column![].spacing(12);
        if let Some(applied) = case.applied_on {
            let closes = lifecycle::application_closes(applied);
            if self.application(cx.today) == ApplicationStatus::Expired {
                page = page.push(
                    container(text(t::expired_banner(closes)).size(15))
                        .padding(12)
                        .width(Fill)
                        .style(container::warning),
                );
            } else {
                page = page.push(text(t::closes_on(closes)).size(14));
            }
        }
        page = page.push(self.gate_view(cx));
        if self.gate_decision(cx.today).outcome.takes_in() {
            page = page.push(self.contents_view(Some(case)));
        }
        if self.application(cx.today) == ApplicationStatus::Open {
            page = page.push(block(
                t::REMOTE_STEP,
                column![
                    field(
                        t::REMOTE_NOTE,
                        Field::RemoteNote.id(),
                        &self.remote_note,
                        None,
                        |v| Message::Edit(Field::RemoteNote, v),
                        None,
                    ),
                    self.step_button(t::RESOLVE_REMOTELY, StepKind::ResolveRemotely, true),
                ]
                .spacing(8),
            ));
        }
        page.into()
    }

    fn unsolicited_view<'a>(&'a self, cx: &Context<'a>) -> Element<'a, Message> {
        let takes_in = self.gate_decision(cx.today).outcome.takes_in();
        let problems = self.sender_problems(takes_in);
        let problem = |f: Field| {
            problems
                .iter()
                .find(|(field, _)| *field == f)
                .map(|(_, p)| (*p).to_string())
        };
        let input = |label: &'a str, f: Field, value: &'a str| {
            field(
                label,
                f.id(),
                value,
                problem(f),
                move |v| Message::Edit(f, v),
                None,
            )
        };
        let sender = block(
            t::SENDER,
            column![
                row![
                    input(t::NAME, Field::SenderName, &self.sender.name),
                    input(t::PHONE, Field::SenderPhone, &self.sender.phone),
                    input(t::EMAIL, Field::SenderEmail, &self.sender.email),
                ]
                .spacing(10),
                input(t::ADDRESS, Field::SenderAddress, &self.sender.address),
                row![
                    input(t::MODEL, Field::SenderModel, &self.sender.model),
                    input(t::SERIAL, Field::SenderSerial, &self.sender.serial),
                ]
                .spacing(10),
                input(t::FAULT_SHORT, Field::SenderFault, &self.sender.fault),
                checkbox(self.sender.keep_parts)
                    .label(t::KEEP_PARTS)
                    .on_toggle(|on| Message::Toggle(Flag::KeepParts, on)),
            ]
            .spacing(8),
        );
        let mut page = column![sender, self.gate_view(cx)].spacing(12);
        if takes_in {
            page = page.push(self.contents_view(None));
        }
        scrollable(page.push(self.confirm_parcel(cx)).padding(iced::Padding {
            right: 14.0,
            ..iced::Padding::ZERO
        }))
        .height(Fill)
        .into()
    }

    /// The four boxes and the outcome they lead to, with its clause (RULES.md §5).
    fn gate_view<'a>(&'a self, cx: &Context<'a>) -> Element<'a, Message> {
        let decision = self.gate_decision(cx.today);
        let style = match decision.outcome {
            ParcelOutcome::Refuse | ParcelOutcome::Reject => container::danger,
            ParcelOutcome::AcceptUnsolicited => container::warning,
            ParcelOutcome::Accept => container::success,
        };
        let mut outcome = column![
            text(t::outcome_title(decision.outcome))
                .size(20)
                .font(bold()),
            text(format!("§{} {}", decision.clause, decision.text)).size(14),
        ]
        .spacing(4);
        for (clause, note) in &decision.notes {
            outcome = outcome.push(text(format!("§{clause} {note}")).size(13));
        }
        let received_problem = parse_date(&self.received_on).is_none().then(|| {
            format!(
                "{}: write a date like 2026-03-01 or 01.03.2026.",
                t::RECEIVED_ON
            )
        });
        block(
            t::PARCEL_GATE,
            column![
                row![
                    container(field(
                        t::RECEIVED_ON,
                        Field::ReceivedOn.id(),
                        &self.received_on,
                        received_problem,
                        |v| Message::Edit(Field::ReceivedOn, v),
                        None,
                    ))
                    .width(220),
                    column![
                        checkbox(self.gate.cash_on_delivery)
                            .label(t::GATE_COD)
                            .on_toggle(|on| Message::Gate(Gate::CashOnDelivery, on)),
                        checkbox(self.gate.damaged)
                            .label(t::GATE_DAMAGED)
                            .on_toggle(|on| Message::Gate(Gate::Damaged, on)),
                        checkbox(self.gate.soaked)
                            .label(t::GATE_SOAKED)
                            .on_toggle(|on| Message::Gate(Gate::Soaked, on)),
                        checkbox(self.gate.adequate)
                            .label(t::GATE_ADEQUATE)
                            .on_toggle(|on| Message::Gate(Gate::Adequate, on)),
                    ]
                    .spacing(8),
                ]
                .spacing(24),
                container(outcome).padding(12).width(Fill).style(style),
            ]
            .spacing(10),
        )
    }

    /// What is inside: the serial compared with the application, accessories,
    /// condition, password status (3.2, 3.5).
    fn contents_view<'a>(&'a self, case: Option<&'a Case>) -> Element<'a, Message> {
        let mut content = column![].spacing(8);
        if case.is_some() {
            content = content.push(field(
                t::SERIAL_ON_DEVICE,
                Field::SerialFound.id(),
                &self.serial_found,
                None,
                |v| Message::Edit(Field::SerialFound, v),
                None,
            ));
            match self.serial_mismatch() {
                Some((found, applied)) => {
                    content = content.push(
                        container(
                            text(t::serial_mismatch(found, applied))
                                .size(16)
                                .font(bold()),
                        )
                        .padding(10)
                        .width(Fill)
                        .style(container::danger),
                    );
                }
                None if !self.serial_found.trim().is_empty() => {
                    content = content.push(text(t::SERIAL_MATCHES).size(14).style(text::success));
                }
                None => {}
            }
        }
        let accessories: Element<'a, Message> = if self.accessories.is_empty() {
            text(t::NO_ACCESSORIES)
                .size(13)
                .style(text::secondary)
                .into()
        } else {
            column(self.accessories.iter().enumerate().map(|(i, item)| {
                row![
                    text(format!("• {item}")).size(14).width(Fill),
                    button(text(t::REMOVE).size(12))
                        .padding([2, 8])
                        .style(button::text)
                        .on_press(Message::RemoveAccessory(i)),
                ]
                .align_y(iced::Center)
                .into()
            }))
            .spacing(2)
            .into()
        };
        let mut password = column![
            text(t::PASSWORD_STATUS).size(13).style(text::secondary),
            choice(
                PasswordStatus::ALL,
                Some(self.password),
                t::password,
                Message::Password
            ),
        ]
        .spacing(4);
        if self.password == PasswordStatus::ToldToInspector {
            password = password.push(
                text_input(t::PASSWORD_NOTE, &self.password_note)
                    .id(Field::PasswordNote.id())
                    .on_input(|v| Message::Edit(Field::PasswordNote, v))
                    .secure(true)
                    .padding(7),
            );
        }
        content = content
            .push(
                row![
                    text_input(t::ACCESSORY_FOUND, &self.accessory)
                        .id(Field::Accessory.id())
                        .on_input(|v| Message::Edit(Field::Accessory, v))
                        .on_submit(Message::AddAccessory)
                        .padding(7),
                    button(text(t::ADD).size(14))
                        .padding([7, 14])
                        .style(button::secondary)
                        .on_press(Message::AddAccessory),
                ]
                .spacing(6),
            )
            .push(accessories)
            .push(field(
                t::CONDITION_NOTES,
                Field::Condition.id(),
                &self.condition,
                None,
                |v| Message::Edit(Field::Condition, v),
                None,
            ))
            .push(password)
            .push(
                checkbox(self.print_receipt)
                    .label(t::PRINT_RECEIPT_ON_ACCEPT)
                    .on_toggle(|on| Message::Toggle(Flag::PrintReceipt, on)),
            );
        block(t::CONTENTS, content)
    }

    fn confirm_parcel<'a>(&'a self, cx: &Context<'a>) -> Element<'a, Message> {
        let outcome = self.gate_decision(cx.today).outcome;
        let style = match outcome {
            ParcelOutcome::Refuse | ParcelOutcome::Reject => button::danger,
            _ => button::primary,
        };
        button(text(t::confirm_outcome(outcome)).size(17))
            .padding([10, 22])
            .style(style)
            .on_press_maybe((!self.busy).then_some(Message::Confirm(StepKind::Parcel)))
            .into()
    }

    /// The step's main button, kept below the scrolling form: accept/refuse/reject the
    /// parcel, record the diagnosis, send the quote.
    fn action_bar<'a>(&'a self, case: &'a Case, cx: &Context<'a>) -> Option<Element<'a, Message>> {
        match case.state {
            CaseState::Applied => Some(self.confirm_parcel(cx)),
            CaseState::Received if needs_quote(case) => Some(self.step_button(
                t::SEND_QUOTE,
                StepKind::SendQuote,
                self.quote(cx.currency).is_ok(),
            )),
            CaseState::Received => Some(self.step_button(
                t::RECORD_DIAGNOSIS,
                StepKind::Diagnose,
                self.diagnosis().is_some(),
            )),
            _ => None,
        }
    }

    fn received_view<'a>(&'a self, case: &'a Case, cx: &Context<'a>) -> Element<'a, Message> {
        // Once diagnosed as paid, the quote comes first; the diagnosis can still change.
        if needs_quote(case) {
            column![self.quote_view(cx), self.diagnosis_view(case, cx)]
        } else {
            column![self.diagnosis_view(case, cx)]
        }
        .spacing(12)
        .into()
    }

    fn diagnosis_view<'a>(&'a self, case: &'a Case, cx: &Context<'a>) -> Element<'a, Message> {
        let mut components = cx.policy.components();
        components.retain(|c| {
            let typed = self.component.trim().to_lowercase();
            !typed.is_empty()
                && c.to_lowercase().starts_with(&typed)
                && !c.eq_ignore_ascii_case(&typed)
        });
        let suggestions = row(components.into_iter().take(6).map(|name| {
            button(text(name.clone()).size(13))
                .padding([3, 8])
                .style(button::text)
                .on_press(Message::Edit(Field::Component, name))
                .into()
        }))
        .spacing(4);
        let before = case.decision.as_ref().map(|d| &d.decision);
        let after = self.decision_with_diagnosis(cx.policy);
        let comparison: Element<'a, Message> = match (&after, before) {
            (None, _) => text(t::CHOOSE_CAUSE).size(14).style(text::secondary).into(),
            (Some(after), before) => {
                let change = match before {
                    Some(b) if b.verdict == after.verdict && b.provisional == after.provisional => {
                        t::UNCHANGED.to_string()
                    }
                    Some(b) => t::verdict_changed(&verdict_words(b), &verdict_words(after)),
                    None => verdict_words(after),
                };
                column![
                    text(t::DECISION_WITH_DIAGNOSIS)
                        .size(13)
                        .style(text::secondary),
                    verdict_badge(after, 18),
                    text(change).size(15).font(bold()),
                    text(t::next_after_diagnosis(after.verdict)).size(14),
                    reasons(after),
                ]
                .spacing(6)
                .into()
            }
        };
        block(
            t::DIAGNOSIS_STEP,
            column![
                text(t::CAUSE).size(13).style(text::secondary),
                choice(
                    Cause::ALL.into_iter().filter(|c| *c != Cause::Unknown),
                    self.cause,
                    Cause::label,
                    Message::Cause
                ),
                field(
                    t::FAILED_COMPONENT,
                    Field::Component.id(),
                    &self.component,
                    None,
                    |v| Message::Edit(Field::Component, v),
                    None,
                ),
                suggestions,
                text(t::REPAIR_METHOD).size(13).style(text::secondary),
                choice(
                    RepairMethod::ALL,
                    self.method,
                    RepairMethod::label,
                    Message::Method
                ),
                field(
                    t::DIAGNOSIS_NOTES,
                    Field::DiagnosisNotes.id(),
                    &self.diagnosis_notes,
                    None,
                    |v| Message::Edit(Field::DiagnosisNotes, v),
                    None,
                ),
                container(comparison)
                    .padding(10)
                    .width(Fill)
                    .style(container::bordered_box),
            ]
            .spacing(8),
        )
    }

    fn quote_view<'a>(&'a self, cx: &Context<'a>) -> Element<'a, Message> {
        let lines = column(self.lines.iter().enumerate().map(|(i, line)| {
            row![
                text(t::line_kind(line.kind)).size(14).width(70),
                text_input(t::LINE_DESCRIPTION, &line.description)
                    .on_input(move |v| Message::LineDescription(i, v))
                    .padding(6)
                    .width(FillPortion(4)),
                text_input(t::LINE_AMOUNT, &line.amount)
                    .on_input(move |v| Message::LineAmount(i, v))
                    .padding(6)
                    .width(FillPortion(1)),
                button(text(t::REMOVE).size(12))
                    .padding([4, 8])
                    .style(button::text)
                    .on_press(Message::RemoveLine(i)),
            ]
            .spacing(6)
            .align_y(iced::Center)
            .into()
        }))
        .spacing(4);
        let total: Element<'a, Message> = match self.quote(cx.currency) {
            Ok(quote) => text(format!(
                "{}: {}",
                t::TOTAL,
                quote.total().map(|m| m.to_string()).unwrap_or_default()
            ))
            .size(17)
            .font(bold())
            .into(),
            Err(problem) if !self.lines.is_empty() => {
                text(problem).size(13).style(text::danger).into()
            }
            Err(_) => space::vertical().height(0).into(),
        };
        block(
            t::QUOTE_STEP,
            column![
                lines,
                row![
                    button(text(t::ADD_PART).size(14))
                        .padding([5, 12])
                        .style(button::secondary)
                        .on_press(Message::AddLine(LineKind::Parts)),
                    button(text(t::ADD_LABOUR).size(14))
                        .padding([5, 12])
                        .style(button::secondary)
                        .on_press(Message::AddLine(LineKind::Labour)),
                ]
                .spacing(6),
                total,
            ]
            .spacing(8),
        )
    }

    fn awaiting_customer_view<'a>(
        &'a self,
        case: &'a Case,
        cx: &Context<'a>,
    ) -> Element<'a, Message> {
        let mut page = column![].spacing(12);
        if let Some(asked) = case.asked_on {
            let due = lifecycle::answer_due(asked, cx.answer_days);
            let overdue = lifecycle::answer_overdue(asked, cx.answer_days, cx.today);
            let mut line =
                column![text(t::answer_due_line(asked, due, overdue)).size(15)].spacing(8);
            if overdue {
                line = line.push(self.step_button(
                    t::RETURN_UNANSWERED,
                    StepKind::ReturnUnanswered,
                    true,
                ));
            }
            page = page.push(line);
        }
        if let Some(quote) = &case.quote {
            let notice_date = parse_date(&self.notice_on);
            let due_line: Element<'a, Message> = match notice_date {
                Some(notice) => text(t::payment_due_line(notice, lifecycle::payment_due(notice)))
                    .size(14)
                    .into(),
                None => text(format!(
                    "{}: write a date like 2026-03-01 or 01.03.2026.",
                    t::NOTICE_DATE
                ))
                .size(13)
                .style(text::danger)
                .into(),
            };
            let total = quote.total().map(|m| m.to_string()).unwrap_or_default();
            page = page.push(block(
                t::ANSWER_STEP,
                column![
                    fact(t::QUOTE_SENT, format!("{} {total}", t::TOTAL)),
                    button(text(t::PRINT_QUOTE).size(14))
                        .padding([6, 12])
                        .style(button::secondary)
                        .on_press(Message::PrintQuote),
                    field(
                        t::NOTICE_DATE,
                        Field::NoticeOn.id(),
                        &self.notice_on,
                        None,
                        |v| Message::Edit(Field::NoticeOn, v),
                        None,
                    ),
                    due_line,
                    row![
                        self.step_button(
                            t::QUOTE_ACCEPTED,
                            StepKind::AcceptQuote,
                            notice_date.is_some()
                        ),
                        self.step_button(t::QUOTE_DECLINED, StepKind::DeclineQuote, true),
                    ]
                    .spacing(10),
                ]
                .spacing(8),
            ));
        } else {
            page = page.push(block(
                t::PROOF_STEP,
                column![
                    text(t::CHANNEL).size(13).style(text::secondary),
                    choice(
                        PurchaseChannel::ALL,
                        Some(self.channel),
                        t::channel,
                        Message::Channel
                    ),
                    field(
                        t::INVOICE_DATE,
                        Field::InvoiceDate.id(),
                        &self.invoice_date,
                        (!self.invoice_date.trim().is_empty()
                            && parse_date(&self.invoice_date).is_none())
                        .then(|| format!(
                            "{}: write a date like 2026-03-01 or 01.03.2026.",
                            t::INVOICE_DATE
                        )),
                        |v| Message::Edit(Field::InvoiceDate, v),
                        None,
                    ),
                    row![
                        checkbox(self.invoice_legible)
                            .label(t::INVOICE_LEGIBLE)
                            .on_toggle(|on| Message::Toggle(Flag::InvoiceLegible, on)),
                        checkbox(self.invoice_altered)
                            .label(t::INVOICE_ALTERED)
                            .on_toggle(|on| Message::Toggle(Flag::InvoiceAltered, on)),
                    ]
                    .spacing(24),
                    self.step_button(
                        t::PROOF_RECEIVED,
                        StepKind::ProofReceived,
                        parse_date(&self.invoice_date).is_some()
                    ),
                ]
                .spacing(8),
            ));
        }
        page.into()
    }

    fn awaiting_payment_view<'a>(
        &'a self,
        case: &'a Case,
        cx: &Context<'a>,
    ) -> Element<'a, Message> {
        let mut page = column![].spacing(12);
        if let Some(notice_on) = case.payment_notice_on {
            let due = lifecycle::payment_due(notice_on);
            page = page.push(text(t::payment_due_line(notice_on, due)).size(15));
            if lifecycle::payment_overdue(notice_on, cx.today) {
                page =
                    page.push(self.step_button(t::RETURN_OVERDUE, StepKind::ReturnOverdue, true));
            }
        }
        let total = case
            .quote
            .as_ref()
            .and_then(|q| q.total().ok())
            .map(|m| m.to_string())
            .unwrap_or_default();
        page = page.push(block(
            t::PAYMENT_STEP,
            column![
                text(t::amount_due(&total)).size(16).font(bold()),
                row![
                    field(
                        t::LINE_AMOUNT,
                        Field::Amount.id(),
                        &self.amount,
                        None,
                        |v| Message::Edit(Field::Amount, v),
                        None
                    ),
                    field(
                        t::PAID_ON,
                        Field::PaidOn.id(),
                        &self.paid_on,
                        None,
                        |v| Message::Edit(Field::PaidOn, v),
                        None
                    ),
                    field(
                        t::PAYMENT_METHOD,
                        Field::PaymentMethod.id(),
                        &self.payment_method,
                        None,
                        |v| Message::Edit(Field::PaymentMethod, v),
                        Some(Message::Confirm(StepKind::Payment)),
                    ),
                ]
                .spacing(10),
                self.step_button(t::RECORD_PAYMENT, StepKind::Payment, true),
            ]
            .spacing(8),
        ));
        page.into()
    }

    fn in_repair_view<'a>(&'a self, case: &'a Case) -> Element<'a, Message> {
        let method = case.diagnosis.method;
        let mut content = column![].spacing(8);
        if let Some(method) = method {
            content = content.push(fact(t::REPAIR_METHOD, method.label()));
        }
        if method == Some(RepairMethod::UnitReplacement) {
            content = content.push(field(
                t::REPLACEMENT_SERIAL,
                Field::ReplacementSerial.id(),
                &self.replacement_serial,
                None,
                |v| Message::Edit(Field::ReplacementSerial, v),
                Some(Message::Confirm(StepKind::RepairDone)),
            ));
        }
        if method.is_some_and(RepairMethod::replaces_parts) {
            let verdict = case
                .decision
                .as_ref()
                .map_or(Verdict::Free, |d| d.decision.verdict);
            let keeps = replaced_parts_owner(verdict, case.keep_parts) == PartsOwner::Customer;
            content = content.push(text(t::parts_line(keeps)).size(14));
        }
        let ready = method != Some(RepairMethod::UnitReplacement)
            || !self.replacement_serial.trim().is_empty();
        content = content.push(self.step_button(t::REPAIR_DONE, StepKind::RepairDone, ready));
        block(t::REPAIR_STEP, content)
    }

    /// A step's button; steps that send a device back ask for a second click.
    fn step_button<'a>(
        &self,
        label: &'a str,
        kind: StepKind,
        enabled: bool,
    ) -> Element<'a, Message> {
        let armed = self.armed == Some(kind);
        let words = if armed {
            t::confirm_twice(label)
        } else {
            label.to_string()
        };
        let style = if armed || kind.needs_second_click() {
            button::danger
        } else {
            button::primary
        };
        button(text(words).size(15))
            .padding([8, 16])
            .style(style)
            .on_press_maybe((enabled && !self.busy).then_some(Message::Confirm(kind)))
            .into()
    }
}

/// What a step is called in the notice once it is stored.
fn step_name(kind: StepKind) -> &'static str {
    match kind {
        StepKind::Parcel => t::STEP_PARCEL,
        StepKind::Diagnose => t::STEP_DIAGNOSIS,
        StepKind::SendQuote => t::STEP_QUOTE,
        StepKind::AcceptQuote => t::STEP_ACCEPTED,
        StepKind::DeclineQuote => t::STEP_DECLINED,
        StepKind::ProofReceived => t::STEP_PROOF,
        StepKind::ReturnUnanswered | StepKind::ReturnOverdue => t::STEP_RETURN,
        StepKind::Payment => t::STEP_PAYMENT,
        StepKind::RepairDone => t::STEP_REPAIRED,
        StepKind::ResolveRemotely => t::STEP_REMOTE,
    }
}

/// Diagnosed as a paid repair and no quote sent yet (2.2).
fn needs_quote(case: &Case) -> bool {
    case.diagnosis.cause != Cause::Unknown
        && case.quote.is_none()
        && case
            .decision
            .as_ref()
            .is_some_and(|d| d.decision.verdict == Verdict::Paid)
}

fn verdict_words(decision: &Decision) -> String {
    if decision.provisional {
        format!(
            "{} ({})",
            t::verdict(decision.verdict),
            t::PROVISIONAL_SHORT
        )
    } else {
        t::verdict(decision.verdict).to_string()
    }
}

fn queue_row<'a>(case: &'a CaseSummary, today: NaiveDate) -> Element<'a, Message> {
    let deadline = case
        .next_deadline
        .map(|(what, date)| (t::deadline(what.label(), date), date < today));
    let mut line = row![
        text(case.number.to_string())
            .size(14)
            .font(bold())
            .width(150),
        state_badge(case.state, 12),
        text(case.customer_name.as_str())
            .size(14)
            .width(FillPortion(2)),
        text(format!("{} · {}", case.model, case.serial))
            .size(14)
            .width(FillPortion(2)),
    ]
    .spacing(10)
    .align_y(iced::Center);
    if let Some((words, late)) = deadline {
        line = line.push(text(words).size(13).width(FillPortion(2)).style(if late {
            text::danger
        } else {
            text::secondary
        }));
    }
    button(line)
        .width(Fill)
        .padding([6, 8])
        .style(button::text)
        .on_press(Message::Open(case.number.clone()))
        .into()
}

fn capitalized(sentence: &str) -> String {
    let mut chars = sentence.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect::<String>() + ".",
        None => String::new(),
    }
}
