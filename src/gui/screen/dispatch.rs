//! The dispatch screen: devices going back, the longest waiting first, with why each goes
//! back and whether it ships or is collected; the packing checklist that must be complete
//! before a case closes; the return label (freight prepaid by the center, 2.1) or the
//! counter handover with its receipt; and the due items that send cases back, each acted
//! on only when a person confirms it.
//!
//! A small program (STYLE.md): it asks the app for the store's work through [`Event`]s
//! and gets the answers back as messages.

use chrono::{DateTime, NaiveDate, Utc};
use iced::widget::{button, checkbox, column, container, row, rule, scrollable, text, text_input};
use iced::{Element, Fill, FillPortion};

use crate::documents::label::contents;
use crate::domain::case::{Handback, ReturnReason};
use crate::domain::settings::LabelSize;
use crate::domain::{Arrival, Case, CaseNumber, State as CaseState};
use crate::gui::screen::cases::{age_days, state_badge};
use crate::gui::text as t;
use crate::gui::widget::{block, bold, choice, fact, field, notice};
use crate::store::{CaseSummary, DueItems};

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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// The due lists (RULES.md §4 deadlines) and what confirming does to them.
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

#[derive(Debug, Clone)]
pub enum Message {
    Queue(Result<Vec<Outgoing>, String>),
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
    PrintHandover,
    /// Close the case as returned (enabled only when everything is packed).
    Close,
    Closed(Result<Box<Case>, String>),
    /// One due case: the first click arms the button, the second confirms.
    DueOne(Due, CaseNumber),
    /// All of a due list, with the same two clicks.
    DueAll(Due),
    DueDone(Result<(usize, usize), String>),
    Back,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    Refresh,
    Load(CaseNumber),
    PrintLabel {
        number: CaseNumber,
        size: LabelSize,
        tracking: Option<String>,
    },
    PrintHandover {
        number: CaseNumber,
        collected_by: String,
        id_checked: bool,
    },
    Close(CaseNumber, Handback),
    /// Act on these due cases, one transition and event each.
    Due(Due, Vec<CaseNumber>),
    /// Act on every case of this due list (more than the screen shows).
    DueAll(Due),
}

pub struct Context<'a> {
    pub today: NaiveDate,
    pub due: &'a DueItems,
    pub label: LabelSize,
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
    notice: Option<Result<String, String>>,
}

impl State {
    pub fn case(&self) -> Option<&Case> {
        self.case.as_deref()
    }

    /// What Ctrl+P does on the open case: the return label when it ships, the handover
    /// receipt when it is collected.
    pub fn print_shortcut(&self) -> Option<Message> {
        self.case()?;
        Some(match self.way() {
            Way::Ship => Message::PrintLabel,
            Way::Counter => Message::PrintHandover,
        })
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

    /// The handback as entered, or what still blocks closing (in the order to fix it).
    pub fn handback(&self) -> Result<Handback, String> {
        let unticked = self.unticked();
        if !unticked.is_empty() {
            return Err(t::unticked(&unticked));
        }
        match self.way() {
            Way::Ship => {
                if self.carrier.trim().is_empty() {
                    return Err(format!("{}: write the carrier taking it.", t::CARRIER));
                }
                if self.tracking.trim().is_empty() {
                    return Err(format!("{}: scan or type it from the label.", t::TRACKING));
                }
                Ok(Handback::Shipped {
                    carrier: self.carrier.trim().to_string(),
                    tracking: self.tracking.trim().to_string(),
                })
            }
            Way::Counter => {
                if self.collected_by.trim().is_empty() {
                    return Err(format!("{}: who is taking the device?", t::COLLECTED_BY));
                }
                if !self.id_checked {
                    return Err(format!(
                        "{}: check the collector's ID before handing the device over.",
                        t::ID_CHECKED
                    ));
                }
                Ok(Handback::Collected {
                    by: self.collected_by.trim().to_string(),
                    id_checked: true,
                })
            }
        }
    }

    /// The queue as shown: filtered by what is typed, sorted by the chosen column
    /// (longest waiting first until a heading is clicked).
    pub fn rows(&self) -> Vec<&Outgoing> {
        let wanted = self.filter.trim().to_lowercase();
        let mut rows: Vec<&Outgoing> = self
            .queue
            .iter()
            .filter(|o| {
                wanted.is_empty()
                    || o.summary
                        .number
                        .to_string()
                        .to_lowercase()
                        .contains(&wanted)
                    || o.summary.customer_name.to_lowercase().contains(&wanted)
                    || o.summary.model.to_lowercase().contains(&wanted)
                    || o.summary.serial.to_lowercase().contains(&wanted)
            })
            .collect();
        let Some((by, descending)) = self.sort else {
            return rows;
        };
        let number = |o: &Outgoing| (o.summary.number.year(), o.summary.number.sequence());
        match by {
            SortBy::Waiting => rows.sort_by_key(|o| (o.summary.last_activity, number(o))),
            SortBy::Number => rows.sort_by_key(|o| number(o)),
            SortBy::Customer => rows
                .sort_by_cached_key(|o| (o.summary.customer_name.trim().to_lowercase(), number(o))),
            SortBy::Reason => rows.sort_by_key(|o| (t::return_reason(o.reason), number(o))),
        }
        if descending {
            rows.reverse();
        }
        rows
    }

    pub fn update(&mut self, message: Message, cx: &Context<'_>) -> Option<Event> {
        match message {
            Message::Queue(Ok(queue)) => {
                self.queue = queue;
                self.queue_error = None;
                None
            }
            Message::Queue(Err(reason)) => {
                self.queue_error = Some(reason);
                None
            }
            Message::Edit(field, value) => {
                match field {
                    Field::Filter => self.filter = value,
                    Field::Carrier => self.carrier = value,
                    Field::Tracking => self.tracking = value,
                    Field::CollectedBy => self.collected_by = value,
                }
                None
            }
            Message::FilterSubmit => {
                let typed = self.filter.trim().to_uppercase();
                if let Some(number) = CaseNumber::parse(&typed) {
                    return Some(Event::Load(number));
                }
                let rows = self.rows();
                match rows.as_slice() {
                    [only] => Some(Event::Load(only.summary.number.clone())),
                    _ => None,
                }
            }
            Message::Sort(by) => {
                self.sort = match self.sort {
                    Some((current, descending)) if current == by => Some((by, !descending)),
                    _ => Some((by, false)),
                };
                None
            }
            Message::Open(number) => Some(Event::Load(number)),
            Message::Loaded(Ok(Some(case))) => {
                self.open(case, cx);
                None
            }
            Message::Loaded(Ok(None)) => {
                self.notice = Some(Err(t::NOT_A_CASE_NUMBER.to_string()));
                None
            }
            Message::Loaded(Err(reason)) => {
                self.notice = Some(Err(reason));
                None
            }
            Message::Tick(i, on) => {
                if let Some(tick) = self.ticks.get_mut(i) {
                    *tick = on;
                }
                None
            }
            Message::Way(way) => {
                self.way = Some(way);
                None
            }
            Message::LabelSize(size) => {
                self.label = Some(size);
                None
            }
            Message::IdChecked(on) => {
                self.id_checked = on;
                None
            }
            Message::PrintLabel => self.case().map(|case| Event::PrintLabel {
                number: case.number.clone(),
                size: self.label.unwrap_or(cx.label),
                tracking: Some(self.tracking.trim().to_string()).filter(|t| !t.is_empty()),
            }),
            Message::PrintHandover => {
                if self.collected_by.trim().is_empty() {
                    self.notice = Some(Err(format!(
                        "{}: write who collects it first; the receipt names them.",
                        t::COLLECTED_BY
                    )));
                    return None;
                }
                self.case().map(|case| Event::PrintHandover {
                    number: case.number.clone(),
                    collected_by: self.collected_by.trim().to_string(),
                    id_checked: self.id_checked,
                })
            }
            Message::Close => {
                if self.busy {
                    return None;
                }
                let number = self.case().map(|c| c.number.clone())?;
                match self.handback() {
                    Ok(handback) => {
                        self.busy = true;
                        Some(Event::Close(number, handback))
                    }
                    Err(problem) => {
                        self.notice = Some(Err(problem));
                        None
                    }
                }
            }
            Message::Closed(Ok(case)) => {
                self.busy = false;
                self.notice = Some(Ok(t::step_done(
                    &case.number.to_string(),
                    case.state.label(),
                )));
                self.reset();
                Some(Event::Refresh)
            }
            Message::Closed(Err(reason)) => {
                // The checklist and the fields stay as they were.
                self.busy = false;
                self.notice = Some(Err(reason));
                None
            }
            Message::DueOne(due, number) => {
                let wanted = Armed::One(due, number.clone());
                if self.armed.as_ref() == Some(&wanted) {
                    self.armed = None;
                    self.busy = true;
                    Some(Event::Due(due, vec![number]))
                } else {
                    self.armed = Some(wanted);
                    None
                }
            }
            Message::DueAll(due) => {
                if self.armed == Some(Armed::All(due)) {
                    self.armed = None;
                    self.busy = true;
                    Some(Event::DueAll(due))
                } else {
                    self.armed = Some(Armed::All(due));
                    None
                }
            }
            Message::DueDone(result) => {
                self.busy = false;
                self.notice = Some(result.map(|(done, failed)| t::batch_done(done, failed)));
                Some(Event::Refresh)
            }
            Message::Back => {
                self.reset();
                self.notice = None;
                Some(Event::Refresh)
            }
        }
    }

    fn open(&mut self, case: Box<Case>, _cx: &Context<'_>) {
        self.reset();
        self.notice = None;
        self.ticks = vec![false; contents(&case).len()];
        if let Some(Handback::Shipped { carrier, tracking }) = &case.handback {
            self.carrier = carrier.clone();
            self.tracking = tracking.clone();
        }
        self.case = Some(case);
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
    }

    pub fn view<'a>(&'a self, cx: &Context<'a>) -> Element<'a, Message> {
        let mut page = column![].spacing(12).padding(16);
        if let Some(line) = &self.notice {
            page = page.push(notice(line));
        }
        let main: Element<'a, Message> = match self.case() {
            Some(case) => self.case_view(case, cx),
            None => self.queue_view(cx),
        };
        page.push(main).into()
    }

    fn queue_view<'a>(&'a self, cx: &Context<'a>) -> Element<'a, Message> {
        let heading = |label: &'a str, by: SortBy, width| {
            let arrow = match self.sort {
                Some((current, false)) if current == by => " ▲",
                Some((current, true)) if current == by => " ▼",
                _ => "",
            };
            button(text(format!("{label}{arrow}")).size(13).font(bold()))
                .padding([4, 6])
                .style(button::text)
                .width(width)
                .on_press(Message::Sort(by))
        };
        let headings = row![
            heading(t::CASE_NUMBER, SortBy::Number, FillPortion(2)),
            heading(t::CUSTOMER, SortBy::Customer, FillPortion(3)),
            container(text(t::DEVICE).size(13).font(bold()))
                .padding([4, 6])
                .width(FillPortion(3)),
            heading(t::WHY, SortBy::Reason, FillPortion(3)),
            container(text(t::HOW).size(13).font(bold()))
                .padding([4, 6])
                .width(FillPortion(1)),
            heading(t::WAITING, SortBy::Waiting, FillPortion(1)),
        ]
        .spacing(6);
        let rows = self.rows();
        let list: Element<'a, Message> = if rows.is_empty() {
            text(t::QUEUE_EMPTY).size(14).style(text::secondary).into()
        } else {
            column(rows.into_iter().map(|o| outgoing_row(o, cx.today)))
                .spacing(2)
                .into()
        };
        let mut queue = column![
            text_input(t::QUEUE_FILTER, &self.filter)
                .id(FILTER_ID)
                .on_input(|v| Message::Edit(Field::Filter, v))
                .on_submit(Message::FilterSubmit)
                .padding(8)
                .size(16),
            headings,
            rule::horizontal(1),
            list,
        ]
        .spacing(6);
        if let Some(problem) = &self.queue_error {
            queue = queue.push(text(problem.clone()).style(text::danger));
        }
        scrollable(
            column![
                block(t::DISPATCH_QUEUE, queue),
                self.due_view(cx),
                text(t::SELECT_FROM_QUEUE).size(13).style(text::secondary),
            ]
            .spacing(12)
            .padding(iced::Padding {
                right: 14.0,
                ..iced::Padding::ZERO
            }),
        )
        .height(Fill)
        .into()
    }

    /// The due lists: each case and each whole list acted on with two clicks.
    fn due_view<'a>(&'a self, cx: &Context<'a>) -> Element<'a, Message> {
        let list = |due: Due, title: String, count: u64, cases: &'a [CaseSummary]| {
            let (one, all) = match due {
                Due::Applications => (t::EXPIRE, t::expire_all(count)),
                _ => (t::MOVE_TO_RETURN, t::return_all(count)),
            };
            let armed_all = self.armed == Some(Armed::All(due));
            let mut head = row![text(title).size(15).font(bold()).width(Fill)]
                .spacing(8)
                .align_y(iced::Center);
            if count > 0 {
                head = head.push(
                    button(
                        text(if armed_all {
                            t::confirm_twice(&all)
                        } else {
                            all
                        })
                        .size(13),
                    )
                    .padding([4, 10])
                    .style(button::danger)
                    .on_press_maybe((!self.busy).then_some(Message::DueAll(due))),
                );
            }
            let rows = column(cases.iter().map(|case| {
                let armed = self.armed == Some(Armed::One(due, case.number.clone()));
                let deadline = case
                    .next_deadline
                    .map(|(what, date)| t::deadline(what.label(), date))
                    .unwrap_or_default();
                row![
                    text(case.number.to_string())
                        .size(13)
                        .font(bold())
                        .width(150),
                    text(case.customer_name.as_str())
                        .size(13)
                        .width(FillPortion(2)),
                    text(deadline)
                        .size(13)
                        .style(text::danger)
                        .width(FillPortion(2)),
                    button(
                        text(if armed {
                            t::confirm_twice(one)
                        } else {
                            one.to_string()
                        })
                        .size(12)
                    )
                    .padding([3, 8])
                    .style(if armed {
                        button::danger
                    } else {
                        button::secondary
                    })
                    .on_press_maybe(
                        (!self.busy).then(|| Message::DueOne(due, case.number.clone()))
                    ),
                ]
                .spacing(8)
                .align_y(iced::Center)
                .into()
            }))
            .spacing(3);
            column![head, rows].spacing(6)
        };
        block(
            t::DUE_TITLE,
            column![
                list(
                    Due::Applications,
                    t::applications_past(cx.due.applications_past_due.count),
                    cx.due.applications_past_due.count,
                    &cx.due.applications_past_due.cases
                ),
                list(
                    Due::Payments,
                    t::payments_past(cx.due.payments_past_due.count),
                    cx.due.payments_past_due.count,
                    &cx.due.payments_past_due.cases
                ),
                list(
                    Due::Answers,
                    t::answers_past(cx.due.answers_past_due.count),
                    cx.due.answers_past_due.count,
                    &cx.due.answers_past_due.cases
                ),
            ]
            .spacing(14),
        )
    }

    fn case_view<'a>(&'a self, case: &'a Case, cx: &Context<'a>) -> Element<'a, Message> {
        let reason = match case.state {
            CaseState::Ready => t::return_reason(Some(ReturnReason::Repaired)),
            _ => t::return_reason(case.return_reason),
        };
        let header = row![
            text(case.number.to_string()).size(26).font(bold()),
            state_badge(case.state, 14),
            text(format!(
                "{} · {} · {}",
                reason, case.customer.name, case.device.model
            ))
            .size(15)
            .width(Fill),
            button(text(t::BACK_TO_QUEUE).size(14))
                .padding([6, 12])
                .style(button::secondary)
                .on_press(Message::Back),
        ]
        .spacing(12)
        .align_y(iced::Center);

        let goes_back = matches!(case.state, CaseState::Ready | CaseState::ToReturn);
        if !goes_back {
            return column![header, text(t::NOT_GOING_BACK).size(15)]
                .spacing(12)
                .into();
        }

        let packing = column(
            self.packing_list()
                .into_iter()
                .enumerate()
                .map(|(i, line)| {
                    let ticked = self.ticks.get(i).copied().unwrap_or(false);
                    checkbox(ticked)
                        .label(line)
                        .on_toggle(move |on| Message::Tick(i, on))
                        .size(20)
                        .text_size(16)
                        .into()
                }),
        )
        .spacing(10);
        let packing = block(
            t::PACKING,
            column![
                text(t::PACKING_HINT).size(13).style(text::secondary),
                packing
            ]
            .spacing(10),
        );

        let way = self.way();
        let how: Element<'a, Message> = match way {
            Way::Ship => {
                let size = self.label.unwrap_or(cx.label);
                column![
                    fact(t::RETURN_TO, case.customer.return_to()),
                    row![
                        field(
                            t::CARRIER,
                            Field::Carrier.id(),
                            &self.carrier,
                            None,
                            |v| Message::Edit(Field::Carrier, v),
                            None
                        ),
                        field(
                            t::TRACKING,
                            Field::Tracking.id(),
                            &self.tracking,
                            None,
                            |v| Message::Edit(Field::Tracking, v),
                            Some(Message::Close)
                        ),
                    ]
                    .spacing(10),
                    row![
                        choice(
                            [LabelSize::FourBySix, LabelSize::Sheet],
                            Some(size),
                            label_size,
                            Message::LabelSize
                        ),
                        button(text(t::PRINT_LABEL).size(15))
                            .padding([7, 16])
                            .on_press(Message::PrintLabel),
                    ]
                    .spacing(12)
                    .align_y(iced::Center),
                    text(t::FREIGHT_PREPAID).size(13).style(text::secondary),
                ]
                .spacing(8)
                .into()
            }
            Way::Counter => column![
                field(
                    t::COLLECTED_BY,
                    Field::CollectedBy.id(),
                    &self.collected_by,
                    None,
                    |v| Message::Edit(Field::CollectedBy, v),
                    None
                ),
                checkbox(self.id_checked)
                    .label(t::ID_CHECKED)
                    .on_toggle(Message::IdChecked),
                button(text(t::PRINT_HANDOVER).size(15))
                    .padding([7, 16])
                    .on_press(Message::PrintHandover),
            ]
            .spacing(8)
            .into(),
        };
        let handback = block(
            t::HANDBACK,
            column![
                choice(
                    [Way::Ship, Way::Counter],
                    Some(way),
                    way_label,
                    Message::Way
                ),
                how
            ]
            .spacing(10),
        );

        let blocked = self.handback().err();
        let mut closing = column![
            button(text(t::CLOSE_RETURNED).size(17))
                .padding([10, 22])
                .style(button::success)
                .on_press_maybe((blocked.is_none() && !self.busy).then_some(Message::Close)),
        ]
        .spacing(6);
        if let Some(problem) = blocked {
            closing = closing.push(text(problem).size(14).style(text::danger));
        }
        if case.handover.password_note.is_some() {
            closing = closing.push(text(t::PASSWORD_WILL_GO).size(13).style(text::secondary));
        }

        column![
            header,
            scrollable(
                row![
                    column![packing, closing].spacing(12).width(FillPortion(1)),
                    column![handback].spacing(12).width(FillPortion(1)),
                ]
                .spacing(16)
                .padding(iced::Padding {
                    right: 14.0,
                    ..iced::Padding::ZERO
                })
            )
            .height(Fill),
        ]
        .spacing(12)
        .into()
    }
}

fn label_size(size: LabelSize) -> &'static str {
    match size {
        LabelSize::FourBySix => t::LABEL_4X6,
        LabelSize::Sheet => t::LABEL_SHEET,
    }
}

fn way_label(way: Way) -> &'static str {
    match way {
        Way::Ship => t::SHIP_IT,
        Way::Counter => t::COUNTER_PICKUP,
    }
}

fn waiting_days(since: DateTime<Utc>, today: NaiveDate) -> i64 {
    age_days(since.date_naive(), today)
}

fn outgoing_row<'a>(o: &'a Outgoing, today: NaiveDate) -> Element<'a, Message> {
    let line = row![
        text(o.summary.number.to_string())
            .size(14)
            .font(bold())
            .width(FillPortion(2)),
        text(o.summary.customer_name.as_str())
            .size(14)
            .width(FillPortion(3)),
        text(o.summary.model.as_str())
            .size(14)
            .width(FillPortion(3)),
        text(match o.summary.state {
            CaseState::Ready => t::return_reason(Some(ReturnReason::Repaired)),
            _ => t::return_reason(o.reason),
        })
        .size(14)
        .width(FillPortion(3)),
        text(if o.ships() { t::SHIPS } else { t::COLLECTED })
            .size(14)
            .width(FillPortion(1)),
        text(t::age_days(waiting_days(o.summary.last_activity, today)))
            .size(14)
            .width(FillPortion(1)),
    ]
    .spacing(6)
    .align_y(iced::Center);
    button(line)
        .width(Fill)
        .padding([6, 6])
        .style(button::text)
        .on_press(Message::Open(o.summary.number.clone()))
        .into()
}
