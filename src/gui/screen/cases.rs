//! The cases screen: one search box over case number, serial, phone, e-mail and name,
//! results as you type, and the case read whole — facts, the decision with its clauses,
//! the timeline of events, printed documents, photos and what can happen next.
//!
//! A small program (STYLE.md): `State`, `Message`, `Event`, `update`, `view`. It
//! searches and reads cases itself through the desk handle and handles the answers; the
//! app hears only what it must act on: print a document, or open the case on the screen
//! that takes its next step.

use std::path::Path;

use chrono::NaiveDate;
use iced::widget::{
    button, column, container, image, row, rule, scrollable, space, text, text_input,
};
use iced::{Element, Fill, FillPortion, Length, Task};

use crate::domain::case::{Deadline, DocumentKind};
use crate::domain::{Arrival, Case, CaseNumber, Decision, State as CaseState};
use crate::gui::desk::Desk;
use crate::gui::screen::{PrintRequest, Screen, Shared, no_store};
use crate::gui::text as t;
use crate::gui::theme;
use crate::gui::widget::{self, LABEL_WIDTH, block, bold, fact};
use crate::store::CaseSummary;

/// The search box's widget id, so Ctrl+F can focus it.
pub const SEARCH_ID: &str = "cases-search";
/// Shorter queries clear the list: one character matches half the store.
pub const MIN_QUERY: usize = 2;
/// How many results a search asks for; the clerk types more to narrow it down.
pub const LIMIT: usize = 200;

/// The columns a list can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortBy {
    Number,
    Customer,
    Age,
    Deadline,
}

#[derive(Debug, Clone)]
pub enum Message {
    /// The search box changed.
    Query(String),
    /// Enter in the search box (a barcode scanner ends every case number with it).
    Submit,
    /// The store's answer to a search for this query.
    Results(String, Result<Vec<CaseSummary>, String>),
    /// A column heading was clicked: sort by it, or reverse the order.
    Sort(SortBy),
    /// A row was clicked.
    Open(CaseNumber),
    /// The store's answer to opening a case (boxed: a whole case is large, and every
    /// message is moved through the runtime).
    Opened(Result<Option<Box<Case>>, String>),
    /// Back from the case to the results (the button, or Esc).
    Back,
    /// Print a document of the open case (again).
    Print(DocumentKind),
    /// The open case's photos, scaled down.
    Thumbnails(CaseNumber, Vec<(String, image::Handle)>),
    /// Take the open case's next step on the screen that takes it.
    TakeStep(Screen),
    /// The screen came into view, with a case to open (asked for by another screen).
    Shown(Option<CaseNumber>),
    /// These cases changed elsewhere: the open one is read again if it is among them.
    CasesChanged(Vec<CaseNumber>),
}

/// What the app must act on: a document to print, and the screen that takes the open
/// case's next step. Nothing of this screen's own.
pub type Event = Shared;

/// What the screen reads from the app.
pub struct Context<'a> {
    pub desk: Option<&'a Desk>,
    pub today: NaiveDate,
    /// The center's answer deadline (2.3), for the open case's next deadline.
    pub answer_days: u32,
}

/// The screen that takes a case's next step in this state, if any is left: everything
/// from the parcel to the repair on Inspection, sending it back on Dispatch.
pub fn screen_for(state: CaseState) -> Option<Screen> {
    match state {
        CaseState::Applied
        | CaseState::Received
        | CaseState::AwaitingCustomer
        | CaseState::AwaitingPayment
        | CaseState::InRepair => Some(Screen::Inspection),
        CaseState::Ready | CaseState::ToReturn => Some(Screen::Dispatch),
        CaseState::Expired
        | CaseState::Rejected
        | CaseState::ResolvedRemotely
        | CaseState::Returned => None,
    }
}

#[derive(Debug, Default)]
pub struct State {
    query: String,
    /// The query the results answer; `None` while nothing was searched.
    answered: Option<String>,
    results: Vec<CaseSummary>,
    /// The last query sent to the store.
    asked: Option<String>,
    search_error: Option<String>,
    sort: Option<(SortBy, bool)>,
    /// Enter was pressed before the results came: open the first one when they do.
    open_first: bool,
    opening: Option<CaseNumber>,
    case: Option<Box<Case>>,
    open_error: Option<String>,
    /// The open case's photos as thumbnails, for the case they were made for.
    thumbnails: (Option<CaseNumber>, Vec<(String, image::Handle)>),
}

impl State {
    pub fn query(&self) -> &str {
        &self.query
    }

    /// The last query the screen sent to the store (answered or not).
    pub fn asked(&self) -> Option<&str> {
        self.asked.as_deref()
    }

    /// The case being read, until the store answers.
    pub fn opening(&self) -> Option<&CaseNumber> {
        self.opening.as_ref()
    }

    /// The case on screen, if one is open.
    pub fn case(&self) -> Option<&Case> {
        self.case.as_deref()
    }

    pub fn sort(&self) -> Option<(SortBy, bool)> {
        self.sort
    }

    /// The results as the list shows them: in the store's order (most recent activity
    /// first) until a heading is clicked, then by that column.
    pub fn rows(&self, today: NaiveDate) -> Vec<&CaseSummary> {
        let mut rows: Vec<&CaseSummary> = self.results.iter().collect();
        let Some((by, descending)) = self.sort else {
            return rows;
        };
        let number = |c: &CaseSummary| (c.number.year(), c.number.sequence());
        match by {
            SortBy::Number => rows.sort_by_key(|c| number(c)),
            SortBy::Customer => {
                rows.sort_by_cached_key(|c| (c.customer_name.trim().to_lowercase(), number(c)))
            }
            SortBy::Age => rows.sort_by_key(|c| (age_days(c.opened_on, today), number(c))),
            SortBy::Deadline => {}
        }
        if by == SortBy::Deadline {
            // Cases without a deadline go last whichever way the list is sorted.
            rows.sort_by_key(|c| (c.next_deadline.is_none(), c.next_deadline.map(|d| d.1)));
            if descending {
                let with = rows.iter().filter(|c| c.next_deadline.is_some()).count();
                rows[..with].reverse();
            }
        } else if descending {
            rows.reverse();
        }
        rows
    }

    pub fn update(&mut self, message: Message, cx: &Context) -> (Task<Message>, Option<Event>) {
        let none = (Task::none(), None);
        match message {
            Message::Query(query) => {
                self.query = query;
                self.open_first = false;
                self.open_error = None;
                let wanted = self.query.trim();
                if wanted.chars().count() < MIN_QUERY {
                    self.results.clear();
                    self.answered = None;
                    self.search_error = None;
                    return none;
                }
                let wanted = wanted.to_string();
                return (self.search(wanted, cx), None);
            }
            Message::Submit => {
                let wanted = self.query.trim();
                if let Some(number) = CaseNumber::parse(wanted) {
                    return (self.open(number, cx), None);
                }
                if self.answered.as_deref() == Some(wanted) {
                    let first = self.rows(cx.today).first().map(|c| c.number.clone());
                    return (first.map_or_else(Task::none, |n| self.open(n, cx)), None);
                }
                self.open_first = wanted.chars().count() >= MIN_QUERY;
            }
            Message::Results(query, answer) => {
                // A slower answer to an earlier keystroke must not replace a newer one.
                if query != self.query.trim() {
                    return none;
                }
                self.answered = Some(query);
                match answer {
                    Ok(results) => {
                        self.results = results;
                        self.search_error = None;
                    }
                    Err(reason) => {
                        self.results.clear();
                        self.search_error = Some(reason);
                    }
                }
                if std::mem::take(&mut self.open_first) {
                    let first = self.rows(cx.today).first().map(|c| c.number.clone());
                    return (first.map_or_else(Task::none, |n| self.open(n, cx)), None);
                }
            }
            Message::Sort(by) => {
                self.sort = match self.sort {
                    Some((current, descending)) if current == by => Some((by, !descending)),
                    _ => Some((by, false)),
                };
            }
            Message::Open(number) => return (self.open(number, cx), None),
            Message::Opened(answer) => {
                let wanted = self.opening.take();
                match answer {
                    Ok(Some(case)) => {
                        // An answer for a case the clerk has since left is dropped.
                        if wanted.as_ref() == Some(&case.number) {
                            let photos = if case.photos.is_empty() {
                                Task::none()
                            } else {
                                load_thumbnails(cx, case.number.clone(), case.photos.clone()).map(
                                    |(number, thumbnails)| Message::Thumbnails(number, thumbnails),
                                )
                            };
                            if self.thumbnails.0.as_ref() != Some(&case.number) {
                                self.thumbnails = (None, Vec::new());
                            }
                            self.case = Some(case);
                            return (photos, None);
                        }
                    }
                    Ok(None) => {
                        self.open_error = wanted.as_ref().map(t::no_such_case);
                    }
                    Err(reason) => self.open_error = Some(reason),
                }
            }
            Message::Back => {
                self.case = None;
                self.opening = None;
            }
            Message::Thumbnails(number, thumbnails) => {
                if self.case.as_ref().is_some_and(|c| c.number == number) {
                    self.thumbnails = (Some(number), thumbnails);
                }
            }
            Message::Print(kind) => {
                if let Some(case) = &self.case {
                    let print = PrintRequest::new(case.number.clone(), kind);
                    return (Task::none(), Some(Shared::Print(print)));
                }
            }
            Message::Shown(Some(number)) => return (self.open(number, cx), None),
            Message::Shown(None) => {}
            // A case changed elsewhere (a step taken, a document printed): the one on
            // screen is read again, so what is shown is what is stored.
            Message::CasesChanged(numbers) => {
                if let Some(case) = &self.case
                    && numbers.contains(&case.number)
                    && self.opening.is_none()
                {
                    let number = case.number.clone();
                    return (self.open(number, cx), None);
                }
            }
            Message::TakeStep(screen) => {
                if let Some(case) = &self.case {
                    let number = case.number.clone();
                    return (Task::none(), Some(Shared::Navigate(screen, Some(number))));
                }
            }
        }
        none
    }

    fn search(&mut self, wanted: String, cx: &Context) -> Task<Message> {
        self.asked = Some(wanted.clone());
        let Some(desk) = cx.desk.cloned() else {
            return Task::done(Message::Results(wanted, Err(no_store())));
        };
        let query = wanted.clone();
        Task::perform(
            async move { desk.run(move |store| store.search(&query, LIMIT)).await },
            move |found| Message::Results(wanted.clone(), found),
        )
    }

    fn open(&mut self, number: CaseNumber, cx: &Context) -> Task<Message> {
        self.opening = Some(number.clone());
        self.open_error = None;
        let Some(desk) = cx.desk.cloned() else {
            return Task::done(Message::Opened(Err(no_store())));
        };
        Task::perform(async move { desk.case(number).await }, Message::Opened)
    }

    pub fn view<'a>(&'a self, cx: &Context) -> Element<'a, Message> {
        match &self.case {
            Some(case) => case_view(case, &self.thumbnails.1, cx),
            None => self.list_view(cx),
        }
    }

    fn list_view<'a>(&'a self, cx: &Context) -> Element<'a, Message> {
        let search = text_input(t::SEARCH_PLACEHOLDER, &self.query)
            .id(SEARCH_ID)
            .on_input(Message::Query)
            .on_submit(Message::Submit)
            .padding(10)
            .size(18);

        let wanted = self.query.trim();
        let status: Element<'a, Message> = if let Some(reason) = &self.open_error {
            text(reason.clone())
                .size(14)
                .style(theme::text::danger)
                .into()
        } else if self.opening.is_some() {
            text(t::OPENING_CASE)
                .size(14)
                .style(theme::text::secondary)
                .into()
        } else if let Some(reason) = &self.search_error {
            text(reason.clone())
                .size(14)
                .style(theme::text::danger)
                .into()
        } else if wanted.chars().count() < MIN_QUERY {
            text(t::SEARCH_HINT)
                .size(14)
                .style(theme::text::secondary)
                .into()
        } else if self.answered.as_deref() != Some(wanted) {
            text(t::SEARCHING)
                .size(14)
                .style(theme::text::secondary)
                .into()
        } else {
            text(t::results_count(self.results.len(), LIMIT))
                .size(14)
                .style(theme::text::secondary)
                .into()
        };

        let mut content = column![search, status].spacing(10).padding([12, 16]);
        if !self.results.is_empty() {
            let heading =
                |label: &'static str, by: Option<SortBy>| -> Element<'a, Message> {
                    let arrow =
                        match (by, self.sort) {
                            (Some(by), Some((sorted, descending))) if by == sorted => {
                                if descending { t::SORT_DOWN } else { t::SORT_UP }
                            }
                            _ => "",
                        };
                    let label = text(format!("{label}{arrow}")).size(13).font(bold());
                    match by {
                        Some(by) => button(label)
                            .padding([4, 0])
                            .style(theme::button::text)
                            .on_press(Message::Sort(by))
                            .into(),
                        None => container(label).padding([4, 0]).into(),
                    }
                };
            let header = row![
                cell(heading(t::COL_NUMBER, Some(SortBy::Number)), Column::Number),
                cell(
                    heading(t::COL_CUSTOMER, Some(SortBy::Customer)),
                    Column::Customer
                ),
                cell(heading(t::COL_MODEL, None), Column::Model),
                cell(heading(t::COL_STATE, None), Column::State),
                cell(heading(t::COL_AGE, Some(SortBy::Age)), Column::Age),
                cell(
                    heading(t::COL_DEADLINE, Some(SortBy::Deadline)),
                    Column::Deadline
                ),
            ]
            .spacing(COLUMN_GAP)
            // The rows' own padding, plus the room the list's scrollbar takes beside them.
            .padding(iced::Padding {
                top: 0.0,
                bottom: 0.0,
                left: 8.0,
                right: 8.0 + SCROLLBAR_ROOM,
            })
            .align_y(iced::Center);
            let rows = column(
                self.rows(cx.today)
                    .into_iter()
                    .map(|summary| result_row(summary, cx.today)),
            )
            .spacing(2);
            content = content.push(header).push(rule::horizontal(1)).push(
                scrollable(rows)
                    .height(Fill)
                    .direction(scrollable::Direction::Vertical(
                        scrollable::Scrollbar::new()
                            .width(SCROLLBAR)
                            .scroller_width(SCROLLBAR)
                            .spacing(SCROLLBAR_ROOM - SCROLLBAR),
                    )),
            );
        }
        content.height(Fill).into()
    }
}

/// The days since the case was opened (never negative: a date typed ahead of today).
pub fn age_days(opened_on: NaiveDate, today: NaiveDate) -> i64 {
    (today - opened_on).num_days().max(0)
}

const COLUMN_GAP: u32 = 12;
const SCROLLBAR: f32 = 10.0;
/// The scrollbar and the gap before it, kept free even when the list fits.
const SCROLLBAR_ROOM: f32 = 14.0;

/// The list's columns, so the headings and the rows line up.
#[derive(Clone, Copy)]
enum Column {
    Number,
    Customer,
    Model,
    State,
    Age,
    Deadline,
}

impl Column {
    fn width(self) -> Length {
        match self {
            Self::Number => Length::Fixed(150.0),
            Self::Customer => FillPortion(3),
            Self::Model => FillPortion(2),
            Self::State => Length::Fixed(150.0),
            Self::Age => Length::Fixed(70.0),
            Self::Deadline => Length::Fixed(265.0),
        }
    }
}

fn cell<'a>(content: impl Into<Element<'a, Message>>, column: Column) -> Element<'a, Message> {
    container(content).width(column.width()).into()
}

fn result_row<'a>(summary: &CaseSummary, today: NaiveDate) -> Element<'a, Message> {
    let deadline: Element<'a, Message> = match summary.next_deadline {
        Some((deadline, date)) => deadline_text(deadline, date, today),
        None => text(t::NOT_GIVEN)
            .size(14)
            .style(theme::text::secondary)
            .into(),
    };
    let line = row![
        cell(
            text(summary.number.to_string()).size(14).font(bold()),
            Column::Number
        ),
        cell(
            text(summary.customer_name.clone()).size(14),
            Column::Customer
        ),
        cell(text(summary.model.clone()).size(14), Column::Model),
        cell(state_badge(summary.state, 12), Column::State),
        cell(
            text(t::age_days(age_days(summary.opened_on, today))).size(14),
            Column::Age
        ),
        cell(deadline, Column::Deadline),
    ]
    .spacing(COLUMN_GAP)
    .align_y(iced::Center);
    button(line)
        .width(Fill)
        .padding([6, 8])
        .style(theme::button::list_row)
        .on_press(Message::Open(summary.number.clone()))
        .into()
}

/// A deadline with its date; red once the date has passed.
fn deadline_text<'a>(
    deadline: Deadline,
    date: NaiveDate,
    today: NaiveDate,
) -> Element<'a, Message> {
    let words = text(t::deadline(deadline.label(), date)).size(14);
    if date < today {
        words.style(theme::text::danger).font(bold()).into()
    } else {
        words.into()
    }
}

/// A case state as a coloured badge (shared by every list of cases).
pub fn state_badge<'a, M: 'a>(state: CaseState, size: u32) -> Element<'a, M> {
    let colour = theme::container::state_colour(state);
    container(text(state.label()).size(size).font(bold()))
        .padding([3, 8])
        .style(theme::container::badge(colour))
        .into()
}

fn optional(value: Option<&str>) -> String {
    value
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .unwrap_or(t::NOT_GIVEN)
        .to_string()
}

fn date_or_dash(date: Option<NaiveDate>) -> String {
    date.map_or_else(|| t::NOT_GIVEN.to_string(), t::long_date)
}

/// The case read whole (issue 5): facts, decision, timeline, documents, photos, next.
fn case_view<'a>(
    case: &'a Case,
    thumbnails: &'a [(String, image::Handle)],
    cx: &Context,
) -> Element<'a, Message> {
    let back = button(text(t::BACK_TO_RESULTS).size(14))
        .padding([6, 14])
        .style(theme::button::secondary)
        .on_press(Message::Back);

    let mut facts_line = vec![t::arrival(case.arrival).to_string()];
    if let Some(applied) = case.applied_on {
        facts_line.push(t::applied_on(applied, case.application_id.as_deref()));
    }
    if let Some(received) = case.received_on {
        facts_line.push(t::received_on(received));
    }
    let mut header = column![
        row![
            text(case.number.to_string()).size(34).font(bold()),
            state_badge(case.state, 16),
            space::horizontal(),
            back,
        ]
        .spacing(16)
        .align_y(iced::Center),
        text(facts_line.join(" · ")).size(15),
    ]
    .spacing(6);
    if let Some((deadline, date)) = case.next_deadline(cx.answer_days) {
        header = header.push(deadline_text(deadline, date, cx.today));
    }
    if case.unsolicited {
        header = header.push(
            container(text(t::UNSOLICITED).size(14).font(bold()))
                .padding([6, 10])
                .style(theme::container::warning),
        );
    }

    let customer = &case.customer;
    let return_to = match customer.return_address.as_deref().map(str::trim) {
        Some(address) if !address.is_empty() => address.to_string(),
        _ => t::SAME_AS_ADDRESS.to_string(),
    };
    let customer_block = block(
        t::CUSTOMER,
        column![
            fact(t::NAME, customer.name.as_str()),
            fact(t::PHONE, customer.phone.as_str()),
            fact(t::EMAIL_PLAIN, optional(customer.email.as_deref())),
            fact(t::ADDRESS, optional(Some(&customer.address))),
            fact(t::RETURN_TO, return_to),
        ]
        .spacing(4),
    );

    let device_block = block(
        t::DEVICE,
        column![
            fact(t::MODEL, case.device.model.as_str()),
            fact(t::SERIAL, case.device.serial.as_str()),
            fact(
                t::REPLACEMENT_SERIAL,
                optional(case.replacement_serial.as_deref())
            ),
        ]
        .spacing(4),
    );

    let decision = case.decision.as_ref();
    let proof = &case.proof;
    let invoice = proof.invoice.as_ref().map_or_else(
        || t::NO_INVOICE.to_string(),
        |invoice| t::invoice(invoice, decision.and_then(|d| d.decision.invoice_valid)),
    );
    let proof_block = block(
        t::PROOF,
        column![
            fact(t::CHANNEL, t::channel(proof.channel)),
            fact(t::INVOICE, invoice),
            fact(t::SHIPMENT_DATE, date_or_dash(proof.shipment_date)),
            fact(t::DELIVERY_DATE, date_or_dash(proof.delivery_date)),
            fact(
                t::CONTRACT_MONTHS,
                proof
                    .contract_months
                    .map_or_else(|| t::NONE.to_string(), t::months)
            ),
        ]
        .spacing(4),
    );

    let diagnosis = &case.diagnosis;
    let fault_block = block(
        t::FAULT_AND_DIAGNOSIS,
        column![
            fact(t::FAULT_SECTION, case.fault.as_str()),
            fact(t::CAUSE, diagnosis.cause.label()),
            fact(
                t::FAILED_COMPONENT,
                optional(diagnosis.component.as_deref())
            ),
            fact(
                t::REPAIR_METHOD,
                diagnosis
                    .method
                    .map_or(t::NOT_GIVEN, |method| method.label())
            ),
            fact(t::DIAGNOSIS_NOTES, optional(Some(&diagnosis.notes))),
            fact(t::KEEP_PARTS_SHORT, t::yes_no(case.keep_parts)),
        ]
        .spacing(4),
    );

    // 3.2, 3.7: the password's status only. The note itself never reaches the screen.
    let handover = &case.handover;
    let accessories = if handover.accessories.is_empty() {
        t::NONE.to_string()
    } else {
        handover.accessories.join(", ")
    };
    let mut handover_facts = column![
        fact(t::ACCESSORIES_SHORT, accessories),
        fact(t::CONDITION_SHORT, optional(Some(&handover.condition))),
        fact(t::PASSWORD_SHORT, t::password(handover.password)),
        fact(t::BACKUP_SHORT, t::yes_no(handover.backup_acknowledged)),
        fact(t::ACCURACY_SHORT, t::yes_no(handover.accuracy_confirmed)),
    ]
    .spacing(4);
    if let Some(parcel) = &case.parcel {
        handover_facts = handover_facts.push(fact(
            t::PARCEL,
            format!(
                "{} · {}",
                t::long_date(parcel.received_on),
                t::parcel_outcome(parcel.outcome)
            ),
        ));
    }
    let handover_block = block(t::HANDOVER, handover_facts);

    let decision_block = block(
        t::VERDICT,
        match decision {
            Some(recorded) => decision_view(
                &recorded.decision,
                recorded.policy_version,
                recorded.decided_at,
            ),
            None => text(t::NO_DECISION).size(14).into(),
        },
    );

    let money_block = block(t::QUOTE_AND_PAYMENTS, money_view(case));

    let next = case.state.next();
    let actions_block = block(
        t::ACTIONS,
        if next.is_empty() {
            column![text(t::CLOSED_CASE).size(14)]
        } else {
            let mut actions = column![
                text(t::next_states(next)).size(15).font(bold()),
                text(t::case_actions(case.state)).size(14),
            ]
            .spacing(6);
            if let Some(screen) = screen_for(case.state) {
                actions = actions.push(
                    button(text(t::open_on(screen.label())).size(14))
                        .padding([6, 14])
                        .style(theme::button::primary)
                        .on_press(Message::TakeStep(screen)),
                );
            }
            actions
        },
    );

    let documents_block = block(t::DOCUMENTS, documents_view(case));

    let photos_block = block(
        t::PHOTOS,
        if case.photos.is_empty() {
            column![text(t::NO_PHOTOS).size(14)]
        } else if !thumbnails.is_empty() {
            column![widget::thumbnails(thumbnails, 160.0, 120.0)]
        } else {
            column(
                case.photos
                    .iter()
                    .map(|name| text(name.as_str()).size(14).into()),
            )
            .spacing(2)
        },
    );

    let timeline_block = block(t::TIMELINE, timeline_view(case));

    let left = column![
        customer_block,
        device_block,
        proof_block,
        fault_block,
        handover_block,
    ]
    .spacing(12)
    .width(FillPortion(1));
    let right = column![
        actions_block,
        decision_block,
        money_block,
        documents_block,
        photos_block,
    ]
    .spacing(12)
    .width(FillPortion(1));

    let page = column![header, row![left, right].spacing(12), timeline_block,]
        .spacing(14)
        .padding(iced::Padding {
            top: 12.0,
            right: 20.0,
            bottom: 16.0,
            left: 16.0,
        });
    scrollable(page).height(Fill).into()
}

/// The recorded decision: verdict badge, start, last day, each reason with its clause.
fn decision_view<'a>(
    decision: &'a Decision,
    policy_version: i64,
    decided_at: chrono::DateTime<chrono::Utc>,
) -> Element<'a, Message> {
    let start = match (decision.warranty_start, decision.start_basis) {
        (Some(date), Some(basis)) => format!("{} ({})", t::long_date(date), t::start_basis(basis)),
        (Some(date), None) => t::long_date(date),
        _ => t::UNKNOWN.to_string(),
    };
    let start = match decision.warranty_months {
        Some(months) => format!("{start} · {}", t::months(months)),
        None => start,
    };
    let last = decision
        .warranty_last_day
        .map_or_else(|| t::UNKNOWN.to_string(), t::long_date);
    column![
        widget::verdict_badge(decision, 20),
        fact(t::WARRANTY_START, start),
        fact(t::LAST_COVERED_DAY, last),
        widget::reasons(decision),
        fact(
            t::POLICY_VERSION,
            format!(
                "{policy_version} · {} {}",
                t::DECIDED_AT.to_lowercase(),
                t::when(decided_at)
            )
        ),
    ]
    .spacing(8)
    .into()
}

fn money_view<'a>(case: &'a Case) -> Element<'a, Message> {
    let mut lines = column![].spacing(4);
    match &case.quote {
        Some(quote) => {
            for line in &quote.lines {
                lines = lines.push(fact_owned(
                    t::quote_line(line.kind, &line.description),
                    line.amount.to_string(),
                ));
            }
            if let Ok(total) = quote.total() {
                lines = lines.push(
                    row![
                        text(t::QUOTE_TOTAL).size(14).font(bold()).width(Fill),
                        text(total.to_string()).size(14).font(bold()),
                    ]
                    .spacing(10),
                );
            }
        }
        None => lines = lines.push(text(t::NO_QUOTE).size(14)),
    }
    if let Some(date) = case.asked_on {
        lines = lines.push(fact(t::ASKED_ON, t::long_date(date)));
    }
    if let Some(date) = case.payment_notice_on {
        lines = lines.push(fact(t::PAYMENT_NOTICE, t::long_date(date)));
    }
    if case.payments.is_empty() {
        if case.quote.is_some() {
            lines = lines.push(text(t::NO_PAYMENTS).size(14));
        }
    } else {
        for payment in &case.payments {
            lines = lines.push(fact(
                t::PAYMENTS,
                t::payment(&payment.amount, payment.paid_on, &payment.method),
            ));
        }
    }
    if let Some(reason) = case.return_reason {
        lines = lines.push(fact(t::RETURN_REASON, reason.label()));
    }
    if let Some(handback) = &case.handback {
        lines = lines.push(fact(t::HANDBACK, t::handback(handback)));
    }
    lines.into()
}

/// A quote line: its description wrapping, its amount at the right.
fn fact_owned<'a>(label: String, value: String) -> Element<'a, Message> {
    row![text(label).size(14).width(Fill), text(value).size(14),]
        .spacing(10)
        .into()
}

/// The documents this case can have printed from here.
fn printable(case: &Case) -> Vec<DocumentKind> {
    let mut kinds = Vec::new();
    if case.arrival == Arrival::WalkIn || case.received_on.is_some() {
        kinds.push(DocumentKind::Receipt);
    }
    if case.arrival == Arrival::MailIn {
        kinds.push(DocumentKind::Confirmation);
    }
    kinds.push(DocumentKind::Label);
    kinds
}

fn documents_view<'a>(case: &'a Case) -> Element<'a, Message> {
    let kinds = printable(case);
    let mut list = column![].spacing(6);
    if case.documents.is_empty() {
        list = list.push(text(t::NO_DOCUMENTS).size(14));
    }
    for document in &case.documents {
        let again: Element<'a, Message> = if kinds.contains(&document.kind) {
            button(text(t::PRINT_AGAIN).size(13))
                .padding([3, 10])
                .style(theme::button::secondary)
                .on_press(Message::Print(document.kind))
                .into()
        } else {
            space::horizontal().width(0).into()
        };
        list = list.push(
            row![
                text(t::document(document.kind))
                    .size(14)
                    .font(bold())
                    .width(Length::Fixed(LABEL_WIDTH)),
                text(t::printed_by(document.at, &document.by))
                    .size(14)
                    .width(Fill),
                again,
            ]
            .spacing(10)
            .align_y(iced::Center),
        );
    }
    let never_printed: Vec<DocumentKind> = kinds
        .into_iter()
        .filter(|kind| !case.documents.iter().any(|d| d.kind == *kind))
        .collect();
    if !never_printed.is_empty() {
        list = list.push(
            row(never_printed.into_iter().map(|kind| {
                button(text(t::print_document(kind)).size(13))
                    .padding([4, 12])
                    .on_press(Message::Print(kind))
                    .into()
            }))
            .spacing(8)
            .wrap(),
        );
    }
    list.into()
}

/// Every event, oldest first: when, who, from → to, the clause, the note.
fn timeline_view<'a>(case: &'a Case) -> Element<'a, Message> {
    let widths = [
        Length::Fixed(180.0),
        Length::Fixed(150.0),
        Length::Fixed(240.0),
        Length::Fixed(56.0),
        Fill,
    ];
    let line = |cells: [Element<'a, Message>; 5]| -> Element<'a, Message> {
        row(cells
            .into_iter()
            .zip(widths)
            .map(|(content, width)| container(content).width(width).into()))
        .spacing(COLUMN_GAP)
        .into()
    };
    let heading =
        |label: &'a str| -> Element<'a, Message> { text(label).size(13).font(bold()).into() };
    let mut rows = column![line([
        heading(t::COL_WHEN),
        heading(t::COL_WHO),
        heading(t::COL_STEP),
        heading(t::COL_CLAUSE),
        heading(t::COL_NOTE),
    ])]
    .spacing(6);
    for event in &case.events {
        let step = match event.from {
            Some(from) => format!("{} → {}", from.label(), event.to.label()),
            None => format!("{} → {}", t::OPENED, event.to.label()),
        };
        rows = rows.push(rule::horizontal(1));
        rows = rows.push(line([
            text(t::when(event.at)).size(14).into(),
            text(event.actor.as_str()).size(14).into(),
            text(step).size(14).into(),
            text(format!("§{}", event.clause))
                .size(14)
                .font(bold())
                .into(),
            text(event.note.as_str()).size(14).into(),
        ]));
    }
    rows.into()
}

/// The longest side of a photo's thumbnail, in pixels.
const THUMBNAIL_SIDE: u32 = 240;

/// A case's photos scaled down off the UI thread; a missing or unreadable file is left
/// out (its name is still listed on the case).
pub fn load_thumbnails(
    cx: &Context,
    number: CaseNumber,
    names: Vec<String>,
) -> Task<(CaseNumber, Vec<(String, image::Handle)>)> {
    let Some(desk) = cx.desk else {
        return Task::none();
    };
    let folder = desk.data_dir().join("photos");
    Task::perform(
        async move {
            let thumbnails = tokio::task::spawn_blocking(move || {
                names
                    .into_iter()
                    .filter_map(|name| thumbnail(&folder.join(&name)).map(|handle| (name, handle)))
                    .collect::<Vec<_>>()
            })
            .await
            .unwrap_or_default();
            (number, thumbnails)
        },
        |answer| answer,
    )
}

/// A photo scaled down for the screen; `None` if the file is missing or not an image.
fn thumbnail(path: &Path) -> Option<image::Handle> {
    let picture = ::image::open(path).ok()?;
    let small = picture
        .thumbnail(THUMBNAIL_SIDE, THUMBNAIL_SIDE)
        .into_rgba8();
    let (width, height) = small.dimensions();
    Some(image::Handle::from_rgba(width, height, small.into_raw()))
}
