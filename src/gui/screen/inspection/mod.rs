//! The inspection screen: a parcel arrives, is checked at the door (docs/rules.md §5), opened
//! and listed (3.5), diagnosed with the warranty decided again (docs/rules.md §4), quoted (2.2), and
//! followed through the customer's answers, the payment (2.6) and the repair (2.5).
//! Applications can also be closed as resolved remotely (4.1).
//!
//! Built for an inspector with a barcode scanner in one hand: the scan field has focus
//! when the screen opens, a scanned number ends with Enter and opens the case, the gate's
//! outcome is shown as the boxes are ticked, and every step is one button.
//!
//! A small program (STYLE.md): it reads and writes the store itself through the shared
//! desk handle (`tasks.rs`) and handles the answers; the app hears only of what concerns
//! it: a case changed, a document to print, another screen to show ([`Shared`]). One
//! file per step: `gate.rs` (the parcel at the door), `contents.rs` (what is inside),
//! `diagnosis.rs`, `quote.rs`, `answers.rs` (the customer's answers, the payment, the
//! repair), `remote.rs` (resolved remotely); `lists.rs` and `case.rs` lay out the work
//! lists and the open case.

use chrono::NaiveDate;
use iced::widget::{button, column, image, row, rule, text, text_input};
use iced::{Element, Fill, Task};

use crate::domain::case::DocumentKind;
use crate::domain::dates::parse_date;
use crate::domain::money::Currency;
use crate::domain::repair::{LineKind, RepairMethod};
use crate::domain::staff::{Action, Person};
use crate::domain::warranty::{Cause, same_identifier};
use crate::domain::{
    Case, CaseNumber, CaseState, Invoice, PasswordStatus, Policy, PurchaseChannel, Settings,
};
use crate::gui::desk::Desk;
use crate::gui::screen::{PrintRequest, Screen, Shared};
use crate::gui::theme;
use crate::gui::widget::notice;
use crate::store::{CaseSummary, DueItems};

mod answers;
mod case;
mod contents;
mod diagnosis;
mod fields;
mod gate;
mod lists;
mod quote;
mod remote;
mod tasks;

use diagnosis::verdict_words;
pub use fields::Field;
use quote::needs_quote;

/// The scan field's widget id: focused when the screen opens and after every step.
pub const SCAN_ID: &str = "inspection-scan";

/// The boxes of the parcel gate (docs/rules.md §5).
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

/// A step the inspector confirmed: the domain's own step, so the screen, the store and
/// `fixdesk step` run the very same rules.
pub use crate::domain::Step;

#[derive(Debug, Clone)]
pub enum Message {
    /// The app shows the screen, with a case to open when another screen asked for it.
    Shown(Option<CaseNumber>),
    /// Cases changed elsewhere (or here): the lists are read again, and the open case if
    /// it is one of them.
    CasesChanged(Vec<CaseNumber>),
    /// The open case read again after a change.
    Refreshed(Result<Option<Box<Case>>, String>),
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
    /// Another desk changed the case before the step was stored: why, and the case as it
    /// is now (shown again; what was typed stays for a retry).
    ChangedElsewhere(String, Option<Box<Case>>),
    AddPhotos,
    PhotosAdded(Result<usize, String>),
    Thumbnails(CaseNumber, Vec<(String, image::Handle)>),
    PrintQuote,
    /// Ctrl+P: the paper of the open case (see [`State::printable`]).
    Print,
    /// A document of the open case, printed once the step calling for it is stored.
    PrintDocument(DocumentKind),
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
    pub const ALL: [StepKind; 11] = [
        Self::Parcel,
        Self::Diagnose,
        Self::SendQuote,
        Self::AcceptQuote,
        Self::DeclineQuote,
        Self::ProofReceived,
        Self::ReturnUnanswered,
        Self::Payment,
        Self::ReturnOverdue,
        Self::RepairDone,
        Self::ResolveRemotely,
    ];

    /// The step's name as the roles know it (`Step::action`, the domain's one list of
    /// names; a parcel without an application is the inspector's as any parcel).
    pub fn action(self) -> &'static str {
        use crate::domain::step::name;
        match self {
            Self::Parcel => name::RECEIVE,
            Self::Diagnose => name::DIAGNOSE,
            Self::SendQuote => name::SEND_QUOTE,
            Self::AcceptQuote => name::ACCEPT_QUOTE,
            Self::DeclineQuote => name::DECLINE_QUOTE,
            Self::ProofReceived => name::PROOF_RECEIVED,
            Self::ReturnUnanswered => name::RETURN_UNANSWERED,
            Self::Payment => name::PAYMENT,
            Self::ReturnOverdue => name::RETURN_OVERDUE,
            Self::RepairDone => name::REPAIR_DONE,
            Self::ResolveRemotely => name::RESOLVE_REMOTELY,
        }
    }

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

/// What the app must act on: all of it is shared (navigation, a changed case, a document
/// to print); every store call the screen needs it makes itself.
pub type Event = Shared;

/// What the screen reads from the app.
pub struct Context<'a> {
    /// The words of this desk's window, in its language.
    pub words: crate::i18n::Words,
    /// The store; `None` while it opens.
    pub desk: Option<&'a Desk>,
    /// The center's currency, the answer deadline, the receipt-on-parcel default.
    pub settings: &'a Settings,
    pub policy: &'a Policy,
    pub today: NaiveDate,
    /// Who is at the desk, written on every event.
    pub actor: &'a str,
    /// The due items; the open applications are the parcels expected (4.2).
    pub due: &'a DueItems,
    /// Why the database cannot be reached, while it cannot: steps wait.
    pub offline: Option<&'a str>,
    /// Who is signed in (`None`: a database without staff, where anyone does all):
    /// the steps their roles do not allow are not offered (docs/rules.md §10).
    pub person: Option<&'a Person>,
}

impl<'a> Context<'a> {
    /// May the one at the desk take this step?
    pub fn may(&self, kind: StepKind) -> bool {
        self.person
            .is_none_or(|person| person.may(Action::StepNamed(kind.action())))
    }

    pub fn currency(&self) -> &'a Currency {
        &self.settings.center.currency
    }

    /// Open applications, oldest first.
    pub fn expected(&self) -> &'a [CaseSummary] {
        &self.due.parcels_expected.cases
    }
}

#[derive(Debug, Clone)]
struct LineForm {
    kind: LineKind,
    description: String,
    amount: String,
    /// Typed in: its problems show from then on.
    touched: bool,
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
    /// The document the running step calls for, printed once it is stored.
    print_after: Option<DocumentKind>,
    /// Paper the last step calls for but leaves to the inspector, offered beside its
    /// notice: the payment receipt after a payment, and a reprint of an intake receipt
    /// or label the step made stale (with what changed; docs/rules.md §7).
    offers: Vec<(
        DocumentKind,
        Option<Vec<crate::documents::printing::Change>>,
    )>,
    /// Fields the inspector has typed in: their problems show from then on.
    touched: std::collections::HashSet<Field>,
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
            offers: Vec::new(),
            touched: Default::default(),
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
        self.print_receipt = cx.settings.receipt_on_parcel;
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

    /// The work lists as last read.
    pub fn queues(&self) -> &Queues {
        &self.queues
    }

    /// The photos shown as thumbnails, by file name.
    pub fn thumbnail_names(&self) -> Vec<&str> {
        self.thumbnails
            .iter()
            .map(|(name, _)| name.as_str())
            .collect()
    }

    /// What is in the scan field.
    pub fn scan_text(&self) -> &str {
        &self.scan
    }

    pub fn is_unsolicited(&self) -> bool {
        self.unsolicited
    }

    pub fn notice(&self) -> Option<&Result<String, String>> {
        self.notice.as_ref()
    }

    /// Builds the step a button asks for, or says what is missing.
    pub fn step(&self, kind: StepKind, cx: &Context<'_>) -> Result<Step, String> {
        let w = cx.words;
        let case = self.case();
        let date =
            |text: &str, name: &str| parse_date(text).ok_or_else(|| w.not_a_date(name, text));
        match kind {
            StepKind::Parcel => self.parcel_step(cx),
            StepKind::Diagnose => self
                .diagnosis()
                .map(Step::Diagnose)
                .ok_or_else(|| w.gui_field_says(w.gui_cause(), w.choose_cause())),
            StepKind::SendQuote => self.quote(w, cx.currency()).map(Step::SendQuote),
            StepKind::AcceptQuote => self.notice_problem(case, cx).map(Step::AcceptQuote),
            StepKind::DeclineQuote => Ok(Step::DeclineQuote),
            StepKind::ProofReceived => {
                let invoice_date = date(&self.invoice_date, &w.invoice_date())?;
                let mut proof = case.map(|c| c.proof.clone()).ok_or(w.no_case_open())?;
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
            StepKind::Payment => self.payment_step(case.ok_or(w.no_case_open())?, cx),
            StepKind::ReturnOverdue => Ok(Step::ReturnOverdue),
            StepKind::RepairDone => {
                let case = case.ok_or(w.no_case_open())?;
                if let Some(problem) = self.repair_problem(w, case) {
                    return Err(problem);
                }
                let unit = case.diagnosis.method == Some(RepairMethod::UnitReplacement);
                Ok(Step::RepairDone(
                    unit.then(|| self.replacement_serial.trim().to_string()),
                ))
            }
            StepKind::ResolveRemotely => self.remote_step(w),
        }
    }

    pub fn update(&mut self, message: Message, cx: &Context<'_>) -> (Task<Message>, Option<Event>) {
        let w = cx.words;
        let none = || (Task::none(), None);
        match message {
            Message::Shown(number) => {
                let mut tasks = vec![tasks::read_queues(cx), focus_scan()];
                if let Some(number) = number {
                    tasks.push(self.load(number, cx));
                }
                (Task::batch(tasks), None)
            }
            Message::CasesChanged(numbers) => {
                let mut tasks = vec![tasks::read_queues(cx)];
                // A step of this screen on its way keeps its forms: its own answer
                // brings the case.
                if let Some(case) = self.case()
                    && numbers.contains(&case.number)
                    && !self.busy
                {
                    tasks.push(tasks::read_case(
                        cx,
                        case.number.clone(),
                        Message::Refreshed,
                    ));
                }
                (Task::batch(tasks), None)
            }
            Message::Refreshed(Ok(Some(case))) => {
                let Some(open) = self.case() else {
                    return none();
                };
                if open.number != case.number {
                    return none();
                }
                if open.state != case.state {
                    // Moved on at another desk: said at once (who, where, when, what), the
                    // case shown as it is now; what was typed stays, and a step is judged
                    // on the case as it now is.
                    self.notice = crate::store::StoreError::changed_elsewhere(&case)
                        .map(|changed| Err(cx.words.as_sentence(&changed.say(cx.words))));
                }
                let photos = tasks::thumbnails(cx, &case);
                self.case = Some(case);
                (photos, None)
            }
            Message::Refreshed(_) => none(),
            Message::Scan(text) => {
                self.scan = text;
                self.scan_error = None;
                none()
            }
            Message::ScanSubmit => {
                let scanned = self.scan.trim().to_string();
                if scanned.is_empty() {
                    return (focus_scan(), None);
                }
                match CaseNumber::parse(&scanned.to_uppercase()) {
                    Some(number) => (self.load(number, cx), None),
                    None => {
                        // The error names what was scanned; the field is empty for the
                        // next scan, so it never lands after the old text.
                        self.scan_error = Some(w.not_a_case_number(&scanned));
                        self.scan.clear();
                        (focus_scan(), None)
                    }
                }
            }
            Message::Open(number) => (self.load(number, cx), None),
            Message::NoApplication => {
                self.reset_forms(cx);
                self.notice = None;
                self.unsolicited = true;
                // The gate comes first: its first box has the inspector's attention.
                none()
            }
            Message::Loaded(Ok(Some(case))) => {
                self.reset_forms(cx);
                self.notice = None;
                self.prefill(w, &case);
                let photos = tasks::thumbnails(cx, &case);
                self.case = Some(case);
                (Task::batch([photos, focus_scan()]), None)
            }
            Message::Loaded(Ok(None)) => {
                self.scan_error = self.loading.take().map(|n| w.no_such_case(&n));
                self.scan.clear();
                (focus_scan(), None)
            }
            Message::Loaded(Err(reason)) => {
                self.loading = None;
                self.scan_error = Some(reason);
                self.scan.clear();
                (focus_scan(), None)
            }
            Message::Queues(Ok(mut queues)) => {
                // The answers most overdue first: the oldest question is the one to chase.
                queues
                    .awaiting_customer
                    .sort_by_key(|c| c.next_deadline.map_or(NaiveDate::MAX, |(_, d)| d));
                self.queues = queues;
                self.queues_error = None;
                none()
            }
            Message::Queues(Err(reason)) => {
                self.queues_error = Some(reason);
                none()
            }
            Message::Edit(..)
            | Message::Gate(..)
            | Message::Toggle(..)
            | Message::Password(_)
            | Message::Channel(_)
            | Message::AddAccessory
            | Message::RemoveAccessory(_)
            | Message::Cause(_)
            | Message::Method(_)
            | Message::AddLine(_)
            | Message::LineDescription(..)
            | Message::LineAmount(..)
            | Message::RemoveLine(_) => {
                self.edit(message);
                none()
            }
            Message::Confirm(kind) => {
                if self.busy || !cx.may(kind) {
                    // Not this person's step: not offered, and Enter in a field does
                    // nothing either (the store would refuse it anyway).
                    return none();
                }
                let step = match self.step(kind, cx) {
                    Ok(step) => step,
                    Err(problem) => {
                        self.notice = Some(Err(problem));
                        return none();
                    }
                };
                if kind.needs_second_click() && self.armed != Some(kind) {
                    self.armed = Some(kind);
                    return none();
                }
                self.armed = None;
                self.busy = true;
                self.running = Some(kind);
                self.notice = None;
                self.offers.clear();
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
                let seen = match &step {
                    Step::Unsolicited { .. } => None,
                    _ => self.case.clone(),
                };
                (tasks::run_step(cx, seen, step), None)
            }
            Message::Done(Ok(case)) => {
                self.busy = false;
                let offers = self.offers_after(self.running, self.print_after, &case, cx);
                let print = match self.print_after.take() {
                    Some(DocumentKind::Receipt) if case.state == CaseState::Received => {
                        Task::done(Message::PrintDocument(DocumentKind::Receipt))
                    }
                    Some(DocumentKind::Quote) if case.quote.is_some() => {
                        Task::done(Message::PrintDocument(DocumentKind::Quote))
                    }
                    _ => Task::none(),
                };
                let done = match self.running.take() {
                    Some(kind) => w.step_recorded(
                        &case.number.to_string(),
                        &step_name(w, kind),
                        &w.state(case.state),
                    ),
                    None => w.step_done(&case.number.to_string(), &w.state(case.state)),
                };
                let before = self.case().map(|c| {
                    (
                        c.device.serial.clone(),
                        c.decision.as_ref().map(|d| verdict_words(w, &d.decision)),
                    )
                });
                self.reset_forms(cx);
                // What the step changed beyond the state: the device's serial (2.4: the
                // device received is the product) and the decision, before → after.
                let mut notice = done;
                if let Some((serial, verdict)) = before {
                    if !same_identifier(&serial, &case.device.serial) {
                        notice = format!(
                            "{notice} {}",
                            w.serial_recorded(&serial, &case.device.serial)
                        );
                    }
                    let after = case
                        .decision
                        .as_ref()
                        .map(|d| verdict_words(w, &d.decision));
                    if let (Some(before), Some(after)) = (verdict, after)
                        && before != after
                    {
                        notice = format!("{notice} {}.", w.verdict_changed(&before, &after));
                    }
                }
                self.notice = Some(Ok(notice));
                self.offers = offers;
                self.prefill(w, &case);
                let number = case.number.clone();
                let photos = tasks::thumbnails(cx, &case);
                self.case = Some(case);
                (
                    Task::batch([print, photos, focus_scan()]),
                    Some(Shared::CaseChanged(number)),
                )
            }
            Message::ChangedElsewhere(reason, now) => {
                // The case as it is now; the forms keep what was typed for a retry.
                self.busy = false;
                self.print_after = None;
                self.offers.clear();
                self.running = None;
                self.armed = None;
                self.notice = Some(Err(reason));
                let shared = now
                    .as_ref()
                    .map(|case| Shared::CaseChanged(case.number.clone()));
                let photos = now
                    .as_deref()
                    .map_or(Task::none(), |case| tasks::thumbnails(cx, case));
                if let Some(case) = now {
                    self.case = Some(case);
                }
                (Task::batch([photos, focus_scan()]), shared)
            }
            Message::Done(Err(reason)) => {
                // Nothing typed is lost: the forms stay as they were.
                self.busy = false;
                self.print_after = None;
                self.offers.clear();
                self.running = None;
                self.notice = Some(Err(reason));
                (focus_scan(), None)
            }
            Message::AddPhotos => match self.case() {
                Some(case) => (
                    tasks::pick_photos(cx, case.number.clone(), case.photos.clone()),
                    None,
                ),
                None => none(),
            },
            Message::PhotosAdded(Ok(0)) => none(),
            Message::PhotosAdded(Ok(n)) => {
                self.notice = Some(Ok(w.photos_added(n)));
                match self.case() {
                    Some(case) => {
                        let number = case.number.clone();
                        (
                            tasks::read_case(cx, number.clone(), Message::Refreshed),
                            Some(Shared::CaseChanged(number)),
                        )
                    }
                    None => none(),
                }
            }
            Message::PhotosAdded(Err(reason)) => {
                self.notice = Some(Err(reason));
                none()
            }
            Message::Thumbnails(number, thumbnails) => {
                if self.case().is_some_and(|c| c.number == number) {
                    self.thumbnails = thumbnails;
                }
                none()
            }
            Message::PrintQuote => self.print(DocumentKind::Quote),
            Message::PrintDocument(kind) => {
                // An offer taken is gone: the printing is on the case now.
                self.offers.retain(|(offered, _)| *offered != kind);
                self.print(kind)
            }
            Message::Print => match self.printable() {
                Some((_, kind)) => self.print(kind),
                None => none(),
            },
            Message::GoToDispatch => match self.case() {
                Some(case) => (
                    Task::none(),
                    Some(Shared::Navigate(
                        Screen::Dispatch,
                        Some(case.number.clone()),
                    )),
                ),
                None => none(),
            },
            Message::Close => {
                self.reset_forms(cx);
                self.notice = None;
                self.scan.clear();
                self.scan_error = None;
                (Task::batch([tasks::read_queues(cx), focus_scan()]), None)
            }
        }
    }

    /// What the step just stored leaves for the inspector to print: the payment
    /// receipt after a payment (the quote promises one, 2.2), and any intake receipt or
    /// return label printed earlier whose facts the step changed (a serial recorded at
    /// the parcel, 2.4), unless the step prints it itself.
    fn offers_after(
        &self,
        step: Option<StepKind>,
        printing: Option<DocumentKind>,
        case: &Case,
        cx: &Context<'_>,
    ) -> Vec<(
        DocumentKind,
        Option<Vec<crate::documents::printing::Change>>,
    )> {
        use crate::documents::printing::last_printing;
        let mut offers = Vec::new();
        if step == Some(StepKind::Payment) && !case.payments.is_empty() {
            offers.push((DocumentKind::PaymentReceipt, None));
        }
        for kind in [DocumentKind::Receipt, DocumentKind::Label] {
            if printing == Some(kind) {
                continue;
            }
            if let Some(changed) = last_printing(case, kind).and_then(|last| {
                crate::gui::screen::cases::superseded_by(last, case, Some(cx.settings))
            }) {
                offers.push((kind, Some(changed)));
            }
        }
        offers
    }

    fn print(&self, kind: DocumentKind) -> (Task<Message>, Option<Event>) {
        match self.case() {
            Some(case) => (
                Task::none(),
                Some(Shared::Print(PrintRequest::new(case.number.clone(), kind))),
            ),
            None => (Task::none(), None),
        }
    }

    fn load(&mut self, number: CaseNumber, cx: &Context<'_>) -> Task<Message> {
        self.scan_error = None;
        self.scan.clear();
        self.loading = Some(number.clone());
        tasks::read_case(cx, number, Message::Loaded)
    }

    /// Fills the forms with what the case already says (the quote's total to pay, the
    /// diagnosis so far), so the inspector only types what is new.
    fn prefill(&mut self, w: crate::i18n::Words, case: &Case) {
        self.loading = None;
        self.unsolicited = false;
        if case.diagnosis.cause != Cause::Unknown {
            self.cause = Some(case.diagnosis.cause);
        }
        self.component = case.diagnosis.component.clone().unwrap_or_default();
        self.method = case.diagnosis.method;
        self.diagnosis_notes = case.diagnosis.notes.clone();
        // The quote's e-mail set the payment-notice date (2.6): the acceptance keeps it
        // unless the inspector types another.
        if let Some(notice_on) = case.payment_notice_on {
            self.notice_on = notice_on.format("%Y-%m-%d").to_string();
        }
        // A part payment leaves the rest due (2.6): what is ready to record is the rest.
        if let Some(due) = case.still_due() {
            self.amount = due.amount_text();
        }
        // A paid repair to quote: a part line (the failed component) and a labour line
        // are ready, so the inspector types only the amounts.
        if needs_quote(case) && self.lines.is_empty() {
            self.lines = vec![
                LineForm {
                    kind: LineKind::Parts,
                    description: case.diagnosis.component.clone().unwrap_or_default(),
                    amount: String::new(),
                    touched: false,
                },
                LineForm {
                    kind: LineKind::Labour,
                    description: w.labour_line().to_string(),
                    amount: String::new(),
                    touched: false,
                },
            ];
        }
        self.channel = case.proof.channel;
        if let Some(date) = case.proof.invoice.as_ref().and_then(|i| i.date) {
            self.invoice_date = date.format("%Y-%m-%d").to_string();
        }
    }

    pub fn view<'a>(&'a self, cx: &Context<'a>) -> Element<'a, Message> {
        let w = cx.words;
        // A barcode scanner types here: never through an input method (gui::scan).
        let scan = row![
            crate::gui::scan::scan_field(
                text_input(&w.scan_placeholder(), &self.scan)
                    .id(SCAN_ID)
                    .on_input(Message::Scan)
                    .on_submit(Message::ScanSubmit)
                    .padding(10)
                    .size(20)
                    .width(Fill)
            ),
            button(text(w.open()).size(16))
                .padding([10, 18])
                .on_press(Message::ScanSubmit),
            button(text(w.no_application()).size(16))
                .padding([10, 18])
                .style(theme::button::secondary)
                .on_press(Message::NoApplication),
        ]
        .spacing(8)
        .align_y(iced::Center);
        let mut top = column![
            text(w.scan_label()).size(13).style(theme::text::secondary),
            scan
        ]
        .spacing(4);
        if let Some(problem) = &self.scan_error {
            top = top.push(text(problem.clone()).size(14).style(theme::text::danger));
        }
        if let Some(number) = &self.loading {
            top = top.push(text(format!("{} {number}", w.loading())).size(14));
        }
        if let Some(notice_line) = &self.notice {
            top = top.push(notice(notice_line));
            if notice_line.is_ok() && !self.offers.is_empty() {
                top = top.push(self.offers_view(w));
            }
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

    /// The paper offered beside the notice, one line each: why, and the button.
    fn offers_view<'a>(&'a self, w: crate::i18n::Words) -> Element<'a, Message> {
        column(self.offers.iter().map(|(kind, changed)| {
            let (why, label) = match changed {
                Some(changed) => (
                    w.stale_printing(*kind, &crate::documents::printing::say(changed, w)),
                    w.reprint(*kind),
                ),
                None => (String::new(), w.print_payment_receipt().to_string()),
            };
            row![
                button(text(label).size(14))
                    .padding([6, 12])
                    .on_press(Message::PrintDocument(*kind)),
                text(why).size(14),
            ]
            .spacing(10)
            .align_y(iced::Center)
            .into()
        }))
        .spacing(6)
        .into()
    }
}

/// What a step is called in the notice once it is stored.
fn step_name(w: crate::i18n::Words, kind: StepKind) -> String {
    match kind {
        StepKind::Parcel => w.step_parcel(),
        StepKind::Diagnose => w.step_diagnosis(),
        StepKind::SendQuote => w.step_quote(),
        StepKind::AcceptQuote => w.step_accepted(),
        StepKind::DeclineQuote => w.step_declined(),
        StepKind::ProofReceived => w.step_proof(),
        StepKind::ReturnUnanswered | StepKind::ReturnOverdue => w.step_return(),
        StepKind::Payment => w.step_payment(),
        StepKind::RepairDone => w.step_repaired(),
        StepKind::ResolveRemotely => w.step_remote(),
    }
}

/// The scan field takes focus after every outcome, so the next scan is never lost.
fn focus_scan() -> Task<Message> {
    iced::widget::operation::focus(SCAN_ID)
}
