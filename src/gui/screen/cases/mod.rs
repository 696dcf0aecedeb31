//! The cases screen: one search box over case number, serial, phone, e-mail and name,
//! results as you type, and the case read whole — facts, the decision with its clauses,
//! the timeline of events, printed documents, photos and what can happen next.
//!
//! A small program (STYLE.md): `State`, `Message`, `Event`, `update`, `view`. It
//! searches and reads cases itself through the desk handle and handles the answers; the
//! app hears only what it must act on: print a document, or open the case on the screen
//! that takes its next step. The case read whole is drawn in `case` beside this file.

use chrono::NaiveDate;
use iced::widget::{button, column, container, image, row, rule, scrollable, text, text_input};
use iced::{Element, Fill, FillPortion, Length, Task};

use crate::domain::case::{Deadline, DocumentKind};
use crate::domain::mail::Moment;
use crate::domain::{Case, CaseNumber, CaseState, Settings};
use crate::gui::desk::Desk;
use crate::gui::screen::{self, PrintRequest, Screen, Shared, no_store};
use crate::gui::theme;
use crate::gui::widget::{bold, collation_key};
use crate::store::CaseSummary;
use crate::store::outbox::OutboxEntry;

mod case;
use case::case_view;
pub(crate) use case::superseded_by;

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
    /// The open case's messages to the customer (the outbox), read with the case, and
    /// the reminder due on it, if any (docs/rules.md §11).
    Messages(
        CaseNumber,
        Result<(Vec<OutboxEntry>, Option<Moment>), String>,
    ),
    /// The person confirms the due reminder: it is queued.
    Remind(Moment),
    /// The store's answer to a confirmed reminder.
    Reminded(Result<(), String>),
    /// Open a queued or failed message as a draft in the desk's mail program.
    Draft(i64),
    /// The draft written (and handed to the mail program), or why not.
    Drafted(Result<std::path::PathBuf, String>),
    /// The customer wants no messages (`false`) or messages again (`true`): a step on
    /// the case, recorded on its history.
    SwitchMessages(bool),
    /// The case after the switch, or why it was refused.
    MessagesSwitched(bool, Result<Box<Case>, String>),
    /// Send a failed message again (same Message-ID).
    RetryMessage(i64),
    /// The store's answer to a retry.
    Retried(Result<(), String>),
    /// The center's settings, read with a case: its printings are compared against
    /// the documents as they would print now (a label's sender is the center's).
    Settings(Result<Box<Settings>, String>),
    /// Everything held on the open case's customer, to a JSON file (3.7; a manager's).
    ExportPersonal,
    /// The file written and how many cases it holds (`None`: the dialog was cancelled),
    /// or why not.
    PersonalExported(Result<Option<(std::path::PathBuf, usize)>, String>),
}

/// What the app must act on: a document to print, and the screen that takes the open
/// case's next step. Nothing of this screen's own.
pub type Event = Shared;

/// What the screen reads from the app.
pub struct Context<'a> {
    /// The words of this desk's window, in its language.
    pub words: crate::i18n::Words,
    pub desk: Option<&'a Desk>,
    pub today: NaiveDate,
    /// The center's answer deadline (2.3), for the open case's next deadline.
    pub answer_days: u32,
    /// May the one at the desk export a customer's personal data (a manager, or anyone
    /// on a database without staff)?
    pub may_export: bool,
    /// Who is at the desk: written on the export's events and who confirms a reminder
    /// to the customer (the signed-in person's name wins in the store).
    pub actor: &'a str,
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
    /// The open case's messages, for the case they were read for, and what a retry said.
    messages: (
        Option<CaseNumber>,
        Vec<OutboxEntry>,
        Option<Result<String, String>>,
    ),
    /// The reminder due on the open case, for a person to confirm.
    reminder: Option<Moment>,
    /// The center's settings as last read, to tell a superseded printing.
    settings: Option<Box<Settings>>,
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
            // "Élodie" sorts beside "Elodie", not after "Viktor"; the same key as Dispatch.
            SortBy::Customer => rows.sort_by_cached_key(|c| {
                (
                    collation_key(&c.customer_name),
                    c.customer_name.clone(),
                    number(c),
                )
            }),
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
        let w = cx.words;
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
                            if self.messages.0.as_ref() != Some(&case.number) {
                                self.messages = (None, Vec::new(), None);
                            }
                            let messages = read_messages(cx, case.number.clone());
                            self.case = Some(case);
                            return (Task::batch([photos, messages, read_settings(cx)]), None);
                        }
                    }
                    Ok(None) => {
                        self.open_error = wanted.as_ref().map(move |v| w.no_such_case(v));
                    }
                    Err(reason) => self.open_error = Some(reason),
                }
            }
            Message::Back => {
                self.case = None;
                self.opening = None;
            }
            Message::Settings(Ok(settings)) => self.settings = Some(settings),
            // Without them the printings are listed without the comparison.
            Message::Settings(Err(_)) => {}
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
            Message::ExportPersonal => {
                if let (Some(case), Some(desk), true) = (&self.case, cx.desk, cx.may_export) {
                    return (
                        export_personal(w, case, desk.clone(), cx.actor.to_string()),
                        None,
                    );
                }
            }
            Message::PersonalExported(Ok(Some((path, cases)))) => {
                // Each case exported has a new event: the open one is read again.
                let number = self.case.as_ref().map(|case| case.number.clone());
                let task = match number {
                    Some(number) => screen::read_case(w, cx.desk, number, Message::Opened),
                    None => Task::none(),
                };
                return (
                    task,
                    Some(Shared::Notice(Ok(w.personal_exported(&path, cases)))),
                );
            }
            Message::PersonalExported(Ok(None)) => {}
            Message::PersonalExported(Err(reason)) => {
                return (Task::none(), Some(Shared::Notice(Err(reason))));
            }
            Message::Shown(Some(number)) => return (self.open(number, cx), None),
            Message::Shown(None) => {}
            // A case changed elsewhere (a step taken, a document printed): the one on
            // screen is read again, so what is shown is what is stored.
            Message::Messages(number, answer) => {
                if self.case.as_ref().is_some_and(|c| c.number == number) {
                    match answer {
                        Ok((list, reminder)) => {
                            self.messages = (Some(number), list, self.messages.2.take());
                            self.reminder = reminder;
                        }
                        Err(reason) => self.messages.2 = Some(Err(reason)),
                    }
                }
            }
            Message::RetryMessage(id) => {
                let Some(desk) = cx.desk.cloned() else {
                    return none;
                };
                let now = chrono::Utc::now();
                return (
                    Task::perform(
                        async move { desk.run(move |store| store.retry_message(id, now)).await },
                        Message::Retried,
                    ),
                    None,
                );
            }
            Message::Remind(moment) => {
                let (Some(desk), Some(case)) = (cx.desk.cloned(), &self.case) else {
                    return none;
                };
                let number = case.number.clone();
                let actor = cx.actor.to_string();
                let now = chrono::Utc::now();
                self.reminder = None;
                return (
                    Task::perform(
                        async move {
                            desk.run(move |store| {
                                store.remind(&number, moment, &actor, now).map(|_| ())
                            })
                            .await
                        },
                        Message::Reminded,
                    ),
                    None,
                );
            }
            Message::Draft(id) => {
                let (Some(desk), Some(case)) = (cx.desk.cloned(), &self.case) else {
                    return none;
                };
                let number = case.number.clone();
                let folder = desk.data_dir().join(DRAFTS_DIR);
                let actor = cx.actor.to_string();
                let now = chrono::Utc::now();
                return (
                    Task::perform(
                        async move {
                            desk.run(move |store| {
                                write_draft(store, &number, id, &folder, &actor, now, w)
                            })
                            .await
                        },
                        Message::Drafted,
                    ),
                    None,
                );
            }
            Message::Drafted(answer) => {
                self.messages.2 = Some(answer.and_then(|path| {
                    open::that_detached(&path)
                        .map(|()| w.draft_opened(&path))
                        .map_err(|err| w.draft_not_opened(&path, &err.to_string()))
                }));
                if let Some(case) = &self.case {
                    return (read_messages(cx, case.number.clone()), None);
                }
            }
            Message::Reminded(answer) => {
                self.messages.2 = Some(answer.map(|()| w.reminder_queued().to_string()));
                if let Some(case) = &self.case {
                    return (read_messages(cx, case.number.clone()), None);
                }
            }
            Message::SwitchMessages(on) => {
                let (Some(desk), Some(case)) = (cx.desk.cloned(), &self.case) else {
                    return none;
                };
                let seen = (**case).clone();
                let actor = cx.actor.to_string();
                let today = cx.today;
                return (
                    Task::perform(
                        async move {
                            desk.run(move |store| {
                                // The switch decides nothing: no policy is read.
                                store.apply_to(
                                    &seen,
                                    &crate::domain::Step::Messages(on),
                                    &crate::domain::Policy::default(),
                                    today,
                                    &actor,
                                    chrono::Utc::now(),
                                )
                            })
                            .await
                            .map(Box::new)
                        },
                        move |answer| Message::MessagesSwitched(on, answer),
                    ),
                    None,
                );
            }
            Message::MessagesSwitched(on, answer) => match answer {
                Ok(case) => {
                    self.messages.2 = Some(Ok(if on {
                        w.messages_switched_on()
                    } else {
                        w.messages_switched_off()
                    }
                    .to_string()));
                    let number = case.number.clone();
                    self.case = Some(case);
                    return (read_messages(cx, number), None);
                }
                Err(reason) => self.messages.2 = Some(Err(reason)),
            },
            Message::Retried(answer) => {
                self.messages.2 = Some(answer.map(|()| w.message_retried()));
                if let Some(case) = &self.case {
                    return (read_messages(cx, case.number.clone()), None);
                }
            }
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
        let w = cx.words;
        self.asked = Some(wanted.clone());
        let Some(desk) = cx.desk.cloned() else {
            return Task::done(Message::Results(wanted, Err(no_store(w))));
        };
        let query = wanted.clone();
        Task::perform(
            async move { desk.run(move |store| store.search(&query, LIMIT)).await },
            move |found| Message::Results(wanted.clone(), found),
        )
    }

    fn open(&mut self, number: CaseNumber, cx: &Context) -> Task<Message> {
        let w = cx.words;
        self.opening = Some(number.clone());
        self.open_error = None;
        screen::read_case(w, cx.desk, number, Message::Opened)
    }

    pub fn view<'a>(&'a self, cx: &Context) -> Element<'a, Message> {
        match &self.case {
            Some(case) => case_view(
                case,
                &self.thumbnails.1,
                (&self.messages.1, &self.messages.2, self.reminder),
                self.settings.as_deref(),
                cx,
            ),
            None => self.list_view(cx),
        }
    }

    fn list_view<'a>(&'a self, cx: &Context) -> Element<'a, Message> {
        let w = cx.words;
        let search = text_input(&w.search_placeholder(), &self.query)
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
            text(w.opening_case())
                .size(14)
                .style(theme::text::secondary)
                .into()
        } else if let Some(reason) = &self.search_error {
            text(reason.clone())
                .size(14)
                .style(theme::text::danger)
                .into()
        } else if wanted.chars().count() < MIN_QUERY {
            text(w.search_hint())
                .size(14)
                .style(theme::text::secondary)
                .into()
        } else if self.answered.as_deref() != Some(wanted) {
            text(w.searching())
                .size(14)
                .style(theme::text::secondary)
                .into()
        } else if let Some((by, reversed)) = self.sort {
            text(w.results_sorted(self.results.len(), LIMIT, &sort_label(w, by), reversed))
                .size(14)
                .style(theme::text::secondary)
                .into()
        } else {
            text(w.results_count(self.results.len(), LIMIT))
                .size(14)
                .style(theme::text::secondary)
                .into()
        };

        let mut content = column![search, status].spacing(10).padding([12, 16]);
        if !self.results.is_empty() {
            let heading = |label: String, by: Option<SortBy>| -> Element<'a, Message> {
                let arrow = match (by, self.sort) {
                    (Some(by), Some((sorted, descending))) if by == sorted => {
                        if descending {
                            w.sort_down()
                        } else {
                            w.sort_up()
                        }
                    }
                    _ => String::new(),
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
                cell(
                    heading(w.col_number(), Some(SortBy::Number)),
                    Column::Number
                ),
                cell(
                    heading(w.col_customer(), Some(SortBy::Customer)),
                    Column::Customer
                ),
                cell(heading(w.col_model(), None), Column::Model),
                cell(heading(w.col_state(), None), Column::State),
                cell(heading(w.col_age(), Some(SortBy::Age)), Column::Age),
                cell(
                    heading(w.col_deadline(), Some(SortBy::Deadline)),
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
                    .map(|summary| result_row(w, summary, cx.today)),
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

/// A sortable column's heading, as the count names the order.
fn sort_label(w: crate::i18n::Words, by: SortBy) -> String {
    match by {
        SortBy::Number => w.col_number(),
        SortBy::Customer => w.col_customer(),
        SortBy::Age => w.col_age(),
        SortBy::Deadline => w.col_deadline(),
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

fn result_row<'a>(
    w: crate::i18n::Words,
    summary: &CaseSummary,
    today: NaiveDate,
) -> Element<'a, Message> {
    let deadline: Element<'a, Message> = match summary.next_deadline {
        Some((deadline, date)) => deadline_text(w, deadline, date, today),
        None => text(w.not_given())
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
        cell(state_badge(w, summary.state, 12), Column::State),
        cell(
            text(w.age_days(age_days(summary.opened_on, today))).size(14),
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

/// A deadline with its date, in the past tense and red once the date has passed (the
/// same words as Inspection's and Dispatch's lists).
fn deadline_text<'a>(
    w: crate::i18n::Words,
    deadline: Deadline,
    date: NaiveDate,
    today: NaiveDate,
) -> Element<'a, Message> {
    let words = text(w.deadline_line(deadline, date, today)).size(14);
    if date < today {
        words.style(theme::text::danger).font(bold()).into()
    } else {
        words.into()
    }
}

/// A case state as a coloured badge (shared by every list of cases).
pub fn state_badge<'a, M: 'a>(
    w: crate::i18n::Words,
    state: CaseState,
    size: u32,
) -> Element<'a, M> {
    let colour = theme::container::state_colour(state);
    container(text(w.state(state)).size(size).font(bold()))
        .padding([3, 8])
        .style(theme::container::badge(colour))
        .into()
}

/// A case's photos scaled down off the UI thread; a missing or unreadable file is left
/// out (its name is still listed on the case).
/// Where "Open as draft" writes its `.eml` files, in the data folder.
pub const DRAFTS_DIR: &str = "mail-drafts";

/// Writes message `id` of case `number` as a draft (`<folder>/<case>-<id>.eml`) and
/// records it as handed to the mail program, so the sender leaves it alone.
fn write_draft(
    store: &mut crate::store::Store,
    number: &CaseNumber,
    id: i64,
    folder: &std::path::Path,
    actor: &str,
    now: chrono::DateTime<chrono::Utc>,
    w: crate::i18n::Words,
) -> Result<std::path::PathBuf, crate::store::StoreError> {
    use crate::store::StoreError;
    let entry = store
        .case_messages(number)?
        .into_iter()
        .find(|m| m.id == id)
        .ok_or_else(|| {
            StoreError::invalid(
                "message",
                crate::domain::Note::coded("message-gone", "it is no longer on the case: refresh"),
            )
        })?;
    let case = store
        .case(number)?
        .ok_or_else(|| StoreError::NotFound(number.clone()))?;
    let settings = store.settings()?;
    let eml = crate::mail::draft(&entry, &case, &settings)
        .map_err(|err| StoreError::invalid("draft", crate::domain::Note::plain(err.say(w))))?;
    let path = folder.join(format!("{number}-{id}.eml"));
    let io = |err: std::io::Error| StoreError::Io {
        path: path.clone(),
        source: err,
    };
    std::fs::create_dir_all(folder).map_err(io)?;
    std::fs::write(&path, eml).map_err(io)?;
    store.mark_drafted(id, actor, now)?;
    Ok(path)
}

/// Reads the center's settings (for the printings' comparison).
fn read_settings(cx: &Context) -> Task<Message> {
    let Some(desk) = cx.desk.cloned() else {
        return Task::none();
    };
    Task::perform(
        async move { desk.run(|store| store.settings()).await.map(Box::new) },
        Message::Settings,
    )
}

/// Reads a case's messages to the customer.
fn read_messages(cx: &Context, number: CaseNumber) -> Task<Message> {
    let Some(desk) = cx.desk.cloned() else {
        return Task::none();
    };
    let today = cx.today;
    Task::perform(
        async move {
            let wanted = number.clone();
            let answer = desk
                .run(move |store| {
                    let reminder = store
                        .reminder_due(&wanted, today)?
                        .map(|(moment, _)| moment);
                    Ok((store.case_messages(&wanted)?, reminder))
                })
                .await;
            (number, answer)
        },
        |(number, answer)| Message::Messages(number, answer),
    )
}

pub fn load_thumbnails(
    cx: &Context,
    number: CaseNumber,
    names: Vec<String>,
) -> Task<(CaseNumber, Vec<(String, image::Handle)>)> {
    let Some(desk) = cx.desk.cloned() else {
        return Task::none();
    };
    Task::perform(
        async move { (number.clone(), desk.thumbnails(number, names).await) },
        |answer| answer,
    )
}

/// The open case's customer's data, found by phone (else e-mail, else name), written to
/// a JSON file the manager chooses; each case exported records it (3.7).
fn export_personal(w: crate::i18n::Words, case: &Case, desk: Desk, actor: String) -> Task<Message> {
    use crate::store::personal::CustomerQuery;
    let customer = &case.customer;
    let who = if !crate::store::keys::phone_key(&customer.phone).is_empty() {
        CustomerQuery::Phone(customer.phone.clone())
    } else if let Some(email) = customer.email.clone().filter(|e| !e.trim().is_empty()) {
        CustomerQuery::Email(email)
    } else {
        CustomerQuery::Name(customer.name.clone())
    };
    let name = format!(
        "{}-personal-data.json",
        customer
            .name
            .split_whitespace()
            .last()
            .unwrap_or("customer")
            .to_lowercase()
    );
    Task::perform(
        async move {
            let Some(file) = rfd::AsyncFileDialog::new()
                .set_title(w.export_personal())
                .set_file_name(&name)
                .add_filter("JSON", &["json"])
                .save_file()
                .await
            else {
                return Ok(None);
            };
            let path = file.path().to_path_buf();
            let (data, settings) = desk
                .run(move |store| {
                    let data = store.export_personal_data(&who, &actor, chrono::Utc::now())?;
                    Ok((data, store.settings()?))
                })
                .await?;
            let json = serde_json::to_string_pretty(&data).map_err(|err| err.to_string())?;
            tokio::fs::write(&path, json + "\n")
                .await
                .map_err(|err| w.gui_not_written(path.display().to_string(), err.to_string()))?;
            // The same, readable, beside it: what the customer is handed.
            let pdf = crate::documents::personal_data::personal_data(
                &data.asked_for.describe(),
                &data.by,
                &data.cases,
                &settings,
                data.exported_at,
            )
            .map_err(|err| err.say(w))?;
            let pdf_path = path.with_extension("pdf");
            tokio::fs::write(&pdf_path, pdf).await.map_err(|err| {
                w.gui_not_written(pdf_path.display().to_string(), err.to_string())
            })?;
            Ok(Some((path, data.cases.len())))
        },
        Message::PersonalExported,
    )
}
