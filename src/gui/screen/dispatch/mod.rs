//! The dispatch screen: devices going back, the longest waiting first, with why each goes
//! back and whether it ships or is collected; the packing checklist that must be complete
//! before a case closes; the return label (freight prepaid by the center, 2.1) or the
//! counter handover with its receipt; and the due items that send cases back, each acted
//! on only when a person confirms it.
//!
//! A small program (STYLE.md): it reads and writes the store itself through the shared
//! desk handle and handles the answers; the app hears only of changed cases, documents
//! to print and other screens to show ([`Shared`]). The due lists live in `due.rs`, the
//! hand-back in `handback.rs`, the layout of the queue in `view.rs`.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use iced::widget::{button, container, row, rule, scrollable, text, text_input};
use iced::{Element, Fill, FillPortion, Task};

use crate::documents::label::contents;
use crate::domain::case::{DocumentKind, Handback, ReturnReason};
use crate::domain::settings::LabelSize;
use crate::domain::{Arrival, Case, CaseNumber, CaseState, Money, Settings};
use crate::gui::desk::Desk;
use crate::gui::screen::cases::age_days;
use crate::gui::screen::{self, PrintOptions, PrintRequest, Screen, Shared, no_store};
use crate::gui::theme;
use crate::gui::widget::{bold, collation_key, notice};
use crate::store::{CaseSummary, DueItems};

mod due;
mod handback;
mod view;

/// How many devices the queue shows; a busy desk filters it.
const QUEUE_LIMIT: usize = 500;
/// The longest carrier, tracking number or collector's name taken.
const MAX_SHORT: usize = 120;

/// The filter box's widget id (focused when the screen opens: a scanned number filters).
pub const FILTER_ID: &str = "dispatch-filter";

/// One device in the queue, with why it goes back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    pub summary: CaseSummary,
    pub reason: Option<ReturnReason>,
}

impl Outgoing {
    /// Mail-in devices ship back; walk-ins are collected at the counter.
    pub fn ships(&self) -> bool {
        self.summary.arrival == Arrival::MailIn
    }
}

/// How the device goes back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Way {
    Ship,
    Counter,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Filter,
    Carrier,
    Tracking,
    CollectedBy,
}

impl Field {
    pub fn id(self) -> &'static str {
        match self {
            Self::Filter => FILTER_ID,
            Self::Carrier => "dispatch-carrier",
            Self::Tracking => "dispatch-tracking",
            Self::CollectedBy => "dispatch-collected-by",
        }
    }
}

/// The due lists (docs/rules.md §4 deadlines) and what confirming does to them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    /// Applications past their 15 days → expired (4.2).
    Applications,
    /// Payments overdue → to return (2.6).
    Payments,
    /// Answers past the center's deadline → to return (2.3).
    Answers,
}

/// The columns the queue can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortBy {
    Waiting,
    Number,
    Customer,
    Reason,
}

/// What the queue read brings: the devices going back, and what each overdue payment
/// still owes (2.6), for the due list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Queue {
    pub outgoing: Vec<Outgoing>,
    pub owed: HashMap<CaseNumber, Money>,
}

#[derive(Debug, Clone)]
pub enum Message {
    /// The app shows the screen, with a case to open when another screen asked for it.
    Shown(Option<CaseNumber>),
    /// Cases changed: the queue is read again, and the open case if it is one of them.
    CasesChanged(Vec<CaseNumber>),
    Queue(Result<Queue, String>),
    Edit(Field, String),
    /// Enter in the filter: a scanned case number opens that case.
    FilterSubmit,
    Sort(SortBy),
    Open(CaseNumber),
    Loaded(Result<Option<Box<Case>>, String>),
    Tick(usize, bool),
    Way(Way),
    LabelSize(LabelSize),
    IdChecked(bool),
    PrintLabel,
    /// Ctrl+P: the return label of a case that ships.
    Print,
    /// Close the case as returned (enabled only when everything is packed).
    Close,
    Closed(Result<Box<Case>, String>),
    /// The open case read again after a change.
    Refreshed(Result<Option<Box<Case>>, String>),
    /// A document to print, asked of the app.
    Printing(PrintRequest),
    /// A due row's case, opened where its next step is taken (Inspection).
    OpenDue(CaseNumber),
    /// A case not going back, opened on the Cases screen.
    OpenInCases(CaseNumber),
    /// One due case: the first click arms the button, the second confirms.
    DueOne(Due, CaseNumber),
    /// All of a due list, with the same two clicks.
    DueAll(Due),
    /// The due cases changed (their numbers) and how many could not be.
    DueDone(Due, Result<(Vec<CaseNumber>, usize), String>),
    Back,
}

/// What the app must act on: all of it is shared (a changed case, a document to print,
/// another screen to show); every store call the screen needs it makes itself.
pub type Event = Shared;

/// What the screen reads from the app.
pub struct Context<'a> {
    /// The words of this desk's window, in its language.
    pub words: crate::i18n::Words,
    /// The store; `None` while it opens.
    pub desk: Option<&'a Desk>,
    /// The center's label form.
    pub settings: &'a Settings,
    pub today: NaiveDate,
    /// Who is at the desk, written on every event.
    pub actor: &'a str,
    /// The due lists (docs/rules.md §4 deadlines) the app keeps for the header.
    pub due: &'a DueItems,
    /// Why the database cannot be reached, while it cannot: steps wait.
    pub offline: Option<&'a str>,
}

/// What a due-list button is armed for (the second click confirms).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Armed {
    One(Due, CaseNumber),
    All(Due),
}

#[derive(Debug, Default)]
pub struct State {
    queue: Vec<Outgoing>,
    /// What each overdue payment still owes (2.6).
    owed: HashMap<CaseNumber, Money>,
    queue_error: Option<String>,
    filter: String,
    sort: Option<(SortBy, bool)>,
    case: Option<Box<Case>>,
    /// One tick per line of the packing list.
    ticks: Vec<bool>,
    way: Option<Way>,
    label: Option<LabelSize>,
    carrier: String,
    tracking: String,
    collected_by: String,
    id_checked: bool,
    armed: Option<Armed>,
    busy: bool,
    /// Fields typed in: their problems show from then on.
    touched: std::collections::HashSet<Field>,
    notice: Option<Result<String, String>>,
}

impl State {
    pub fn case(&self) -> Option<&Case> {
        self.case.as_deref()
    }

    /// What Ctrl+P does on the open case: the return label when it ships. (The handover
    /// receipt prints when the case closes, with the final facts.)
    pub fn print_shortcut(&self) -> Option<Message> {
        self.case()?;
        (self.way() == Way::Ship).then_some(Message::PrintLabel)
    }

    pub fn filter(&self) -> &str {
        &self.filter
    }

    pub fn queue(&self) -> &[Outgoing] {
        &self.queue
    }

    pub fn notice(&self) -> Option<&Result<String, String>> {
        self.notice.as_ref()
    }

    /// The packing list of the open case: the device (or its replacement), each
    /// accessory received (3.5), the replaced faulty parts when 2.5 gives them back.
    pub fn packing_list(&self) -> Vec<String> {
        self.case().map(contents).unwrap_or_default()
    }

    /// The lines not ticked yet.
    pub fn unticked(&self) -> Vec<String> {
        self.packing_list()
            .into_iter()
            .zip(self.ticks.iter().copied().chain(std::iter::repeat(false)))
            .filter(|(_, ticked)| !ticked)
            .map(|(line, _)| line)
            .collect()
    }

    fn way(&self) -> Way {
        self.way.unwrap_or(match self.case().map(|c| c.arrival) {
            Some(Arrival::WalkIn) => Way::Counter,
            _ => Way::Ship,
        })
    }

    /// The queue as shown: filtered by what is typed, sorted by the chosen column
    /// (longest waiting first until a heading is clicked).
    pub fn rows(&self, w: crate::i18n::Words) -> Vec<&Outgoing> {
        let mut rows: Vec<&Outgoing> = self
            .queue
            .iter()
            .filter(|o| {
                filter_finds(
                    &self.filter,
                    &[
                        &o.summary.number.to_string(),
                        &o.summary.customer_name,
                        &o.summary.model,
                        &o.summary.serial,
                    ],
                )
            })
            .collect();
        let Some((by, descending)) = self.sort else {
            return rows;
        };
        let number = |o: &Outgoing| (o.summary.number.year(), o.summary.number.sequence());
        match by {
            SortBy::Waiting => rows.sort_by_key(|o| (o.summary.last_activity, number(o))),
            SortBy::Number => rows.sort_by_key(|o| number(o)),
            // "Élodie" sorts beside "Elodie", not after "Viktor".
            SortBy::Customer => rows.sort_by_cached_key(|o| {
                (
                    collation_key(&o.summary.customer_name),
                    o.summary.customer_name.clone(),
                    number(o),
                )
            }),
            SortBy::Reason => rows.sort_by_key(|o| (w.gui_return_reason(o.reason), number(o))),
        }
        if descending {
            rows.reverse();
        }
        rows
    }

    pub fn update(&mut self, message: Message, cx: &Context<'_>) -> (Task<Message>, Option<Event>) {
        let w = cx.words;
        let none = || (Task::none(), None);
        match message {
            Message::Shown(number) => {
                let mut tasks = vec![self.read_queue(cx), focus_filter()];
                if let Some(number) = number {
                    tasks.push(read_case(cx, number, Message::Loaded));
                }
                (Task::batch(tasks), None)
            }
            Message::CasesChanged(numbers) => {
                let mut tasks = vec![self.read_queue(cx)];
                if let Some(case) = self.case()
                    && numbers.contains(&case.number)
                    && !self.busy
                {
                    tasks.push(read_case(cx, case.number.clone(), Message::Refreshed));
                }
                (Task::batch(tasks), None)
            }
            Message::Refreshed(Ok(Some(case))) => {
                if self.case().is_some_and(|open| open.number == case.number) {
                    if self.case().is_some_and(|open| open.state != case.state) {
                        // Moved on elsewhere: the checklist of the old state is void, and
                        // the dispatcher is told who changed it, where and when.
                        let changed = crate::store::StoreError::changed_elsewhere(&case);
                        self.open(case);
                        self.notice = changed
                            .map(|changed| Err(cx.words.as_sentence(&changed.say(cx.words))));
                    } else {
                        self.case = Some(case);
                    }
                }
                none()
            }
            Message::Refreshed(_) => none(),
            Message::Queue(Ok(queue)) => {
                self.queue = queue.outgoing;
                self.owed = queue.owed;
                self.queue_error = None;
                none()
            }
            Message::Queue(Err(reason)) => {
                self.queue_error = Some(reason);
                none()
            }
            Message::Edit(field, value) => {
                let value: String = value.chars().take(MAX_SHORT).collect();
                match field {
                    Field::Filter => self.filter = value,
                    Field::Carrier => self.carrier = value,
                    Field::Tracking => self.tracking = value,
                    Field::CollectedBy => self.collected_by = value,
                }
                self.touched.insert(field);
                none()
            }
            Message::FilterSubmit => {
                let typed = self.filter.trim().to_uppercase();
                if let Some(number) = CaseNumber::parse(&typed) {
                    return (read_case(cx, number, Message::Loaded), None);
                }
                let rows = self.rows(w);
                match rows.as_slice() {
                    [only] => {
                        let number = only.summary.number.clone();
                        (read_case(cx, number, Message::Loaded), None)
                    }
                    _ => none(),
                }
            }
            Message::Sort(by) => {
                self.sort = match self.sort {
                    Some((current, descending)) if current == by => Some((by, !descending)),
                    _ => Some((by, false)),
                };
                none()
            }
            Message::Open(number) => (read_case(cx, number, Message::Loaded), None),
            Message::Loaded(Ok(Some(case))) => {
                self.open(case);
                self.notice = None;
                none()
            }
            Message::Loaded(Ok(None)) => {
                self.notice = Some(Err(w.not_a_case_number_label().to_string()));
                (focus_filter(), None)
            }
            Message::Loaded(Err(reason)) => {
                self.notice = Some(Err(reason));
                (focus_filter(), None)
            }
            Message::Tick(i, on) => {
                if let Some(tick) = self.ticks.get_mut(i) {
                    *tick = on;
                }
                none()
            }
            Message::Way(way) => {
                self.way = Some(way);
                none()
            }
            Message::LabelSize(size) => {
                self.label = Some(size);
                none()
            }
            Message::IdChecked(on) => {
                self.id_checked = on;
                none()
            }
            Message::PrintLabel | Message::Print => match self.case() {
                Some(case) if self.way() == Way::Ship => (
                    Task::none(),
                    Some(Shared::Print(PrintRequest {
                        number: case.number.clone(),
                        kind: DocumentKind::Label,
                        options: PrintOptions {
                            label: Some(self.label.unwrap_or(cx.settings.label)),
                            tracking: Some(self.tracking.trim().to_string())
                                .filter(|t| !t.is_empty()),
                        },
                    })),
                ),
                _ => none(),
            },
            Message::Close => {
                if self.busy {
                    return none();
                }
                let Some(seen) = self.case.clone() else {
                    return none();
                };
                match self.handback(w) {
                    Ok(handback) => {
                        self.busy = true;
                        (close(cx, seen, handback), None)
                    }
                    Err(problem) => {
                        self.notice = Some(Err(problem));
                        none()
                    }
                }
            }
            Message::Closed(Ok(case)) => {
                self.busy = false;
                self.notice = Some(Ok(
                    w.step_done(&case.number.to_string(), &w.state(case.state))
                ));
                // The filter found this case; it is gone from the queue, so the filter
                // would hide every device still waiting.
                if filter_finds(
                    &self.filter,
                    &[
                        &case.number.to_string(),
                        &case.customer.name,
                        &case.device.model,
                        &case.device.serial,
                    ],
                ) {
                    self.filter.clear();
                }
                self.reset();
                // The handover receipt prints now, naming who collected with the ID
                // check as recorded: never before those facts are final.
                let receipt = match &case.handback {
                    Some(Handback::Collected { .. }) => Task::done(Message::Printing(
                        PrintRequest::new(case.number.clone(), DocumentKind::HandoverReceipt),
                    )),
                    _ => Task::none(),
                };
                (
                    Task::batch([receipt, self.read_queue(cx), focus_filter()]),
                    Some(Shared::CaseChanged(case.number.clone())),
                )
            }
            Message::Closed(Err(reason)) => {
                // The checklist and the fields stay as they were; if another desk
                // changed the case meanwhile, it is read again to show it as it is.
                self.busy = false;
                self.notice = Some(Err(reason));
                match self.case().map(|c| c.number.clone()) {
                    Some(number) => (read_case(cx, number, Message::Refreshed), None),
                    None => none(),
                }
            }
            Message::Printing(request) => (Task::none(), Some(Shared::Print(request))),
            Message::OpenDue(number) => (
                Task::none(),
                Some(Shared::Navigate(Screen::Inspection, Some(number))),
            ),
            Message::OpenInCases(number) => (
                Task::none(),
                Some(Shared::Navigate(Screen::Cases, Some(number))),
            ),
            Message::DueOne(due, number) => {
                let wanted = Armed::One(due, number.clone());
                if self.armed.as_ref() == Some(&wanted) {
                    self.armed = None;
                    self.busy = true;
                    (due::act(cx, due, Some(vec![number])), None)
                } else {
                    self.armed = Some(wanted);
                    none()
                }
            }
            Message::DueAll(due) => {
                if self.armed == Some(Armed::All(due)) {
                    self.armed = None;
                    self.busy = true;
                    (due::act(cx, due, None), None)
                } else {
                    self.armed = Some(Armed::All(due));
                    none()
                }
            }
            Message::DueDone(due, result) => {
                self.busy = false;
                match result {
                    Ok((done, failed)) => {
                        let names: Vec<String> = done.iter().map(ToString::to_string).collect();
                        self.notice = Some(Ok(w.batch_done(&names, &due::what(w, due), failed)));
                        (self.read_queue(cx), Some(Shared::CasesChanged(done)))
                    }
                    Err(reason) => {
                        self.notice = Some(Err(reason));
                        (self.read_queue(cx), None)
                    }
                }
            }
            Message::Back => {
                self.reset();
                self.notice = None;
                (Task::batch([self.read_queue(cx), focus_filter()]), None)
            }
        }
    }

    /// The queue, and what each overdue payment still owes.
    fn read_queue(&self, cx: &Context<'_>) -> Task<Message> {
        let Some(desk) = cx.desk.cloned() else {
            return Task::none();
        };
        let today = cx.today;
        Task::perform(
            async move {
                desk.run(move |store| {
                    let outgoing = store
                        .dispatch_queue(QUEUE_LIMIT)?
                        .into_iter()
                        .map(|(summary, reason)| Outgoing { summary, reason })
                        .collect();
                    let days = store.answer_days()?;
                    let mut owed = HashMap::new();
                    for summary in store.due(today, days)?.payments_past_due.cases {
                        if let Some(due) = store.case(&summary.number)?.and_then(|c| c.still_due())
                        {
                            owed.insert(summary.number, due);
                        }
                    }
                    Ok(Queue { outgoing, owed })
                })
                .await
            },
            Message::Queue,
        )
    }

    fn open(&mut self, case: Box<Case>) {
        self.reset();
        self.notice = None;
        self.ticks = vec![false; contents(&case).len()];
        if let Some(Handback::Shipped { carrier, tracking }) = &case.handback {
            self.carrier = carrier.clone();
            self.tracking = tracking.clone();
        }
        self.case = Some(case);
    }

    /// A field's problem, once it was typed in.
    fn at_field(&self, w: crate::i18n::Words, field: Field) -> Option<String> {
        if !self.touched.contains(&field) {
            return None;
        }
        let blank = |v: &str| v.trim().is_empty();
        match field {
            Field::Carrier if blank(&self.carrier) => Some(w.gui_write_carrier(w.carrier())),
            Field::Tracking if blank(&self.tracking) => Some(w.gui_scan_tracking(w.tracking())),
            Field::CollectedBy if blank(&self.collected_by) => {
                Some(w.gui_who_collects(w.collected_by()))
            }
            _ => None,
        }
    }

    fn reset(&mut self) {
        self.case = None;
        self.ticks.clear();
        self.way = None;
        self.label = None;
        self.carrier.clear();
        self.tracking.clear();
        self.collected_by.clear();
        self.id_checked = false;
        self.armed = None;
        self.touched.clear();
    }
}

/// The filter takes focus after every outcome: a scanned number filters or opens.
fn focus_filter() -> Task<Message> {
    iced::widget::operation::focus(FILTER_ID)
}

/// Reads a case whole; `answer` says what the answer is for.
fn read_case(
    cx: &Context<'_>,
    number: CaseNumber,
    answer: fn(Result<Option<Box<Case>>, String>) -> Message,
) -> Task<Message> {
    let w = cx.words;
    screen::read_case(w, cx.desk, number, answer)
}

/// Closing as returned: one transition, one event (2.1, 3.7), on the case as the
/// dispatcher saw it (refused, saying who and when, if another desk changed it since).
fn close(cx: &Context<'_>, seen: Box<Case>, handback: Handback) -> Task<Message> {
    let w = cx.words;
    let Some(desk) = cx.desk.cloned() else {
        return Task::done(Message::Closed(Err(no_store(w))));
    };
    // Out of reach: said at once, the checklist kept for when the connection is back.
    if cx.offline.is_some() {
        return Task::done(Message::Closed(Err(w.offline_no_save().to_string())));
    }
    let actor = cx.actor.to_string();
    Task::perform(
        async move {
            desk.run(move |store| {
                let now = Utc::now();
                // Handing back decides nothing: no policy is read.
                store.apply_to(
                    &seen,
                    &crate::domain::Step::HandBack(handback),
                    &crate::domain::Policy::default(),
                    now.date_naive(),
                    &actor,
                    now,
                )
            })
            .await
            .map(Box::new)
        },
        Message::Closed,
    )
}

/// Whether what is typed in the filter finds a row with these words (case and accents
/// ignored).
fn filter_finds(filter: &str, words: &[&str]) -> bool {
    let wanted = collation_key(filter.trim());
    wanted.is_empty() || words.iter().any(|w| collation_key(w).contains(&wanted))
}
