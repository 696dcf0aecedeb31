//! The application: opening the store, navigation between screens, the shared context
//! (settings, policy, today, who is at the desk), the due items, shortcuts, theme.

use std::path::PathBuf;

use chrono::{Local, NaiveDate, Utc};
use iced::futures::channel::mpsc;
use iced::widget::{button, center, column, container, row, rule, space, text};
use iced::{Element, Fill, Subscription, Task, Theme, keyboard};

use crate::documents;
use crate::documents::LabelForm;
use crate::domain::case::{DocumentKind, Handback};
use crate::domain::settings::Theme as ThemeChoice;
use crate::domain::{Arrival, CaseNumber, Center, Policy, Settings};
use crate::gui::desk::{Desk, Opened};
use crate::gui::screen::{cases, dispatch, inspection, intake, reports, settings, welcome};
use crate::gui::shortcut::{self, Shortcut};
use crate::gui::text as t;
use crate::store::DueItems;

// The glue with the store of the screens not yet whole programs lives beside this file.
// Inspection and Dispatch make their own store calls and tell the app only what concerns
// it (`Shared`): the app never looks inside their messages.
mod reports_flow;
mod settings_flow;

pub use crate::gui::screen::{PrintOptions, PrintRequest, Screen, Shared};

#[derive(Debug, Clone)]
pub enum Message {
    Opened(Result<Opened, String>),
    Due(Result<DueItems, String>),
    Navigate(Screen),
    Shortcut(Shortcut),
    Intake(intake::Message),
    Cases(cases::Message),
    Welcome(welcome::Message),
    Inspection(inspection::Message),
    Dispatch(dispatch::Message),
    Reports(reports::Message),
    Settings(settings::Message),
    CenterSaved(Result<Center, String>),
    DemoProgress(usize),
    DemoDone(Result<usize, String>),
    /// A document made and recorded on its case: the case, the file, whether a viewer
    /// opened it.
    Printed(Result<(CaseNumber, PathBuf, bool), String>),
    /// The daily automatic backup: the file written, none needed today, or why it failed.
    BackedUp(Result<Option<PathBuf>, String>),
    /// The retention run after the daily backup: how many cases lost personal data (3.7).
    Retained(Result<usize, String>),
    /// Time to fold the newest cases and events into the sorted indexes (issue 3).
    Fold,
    /// The fold done: how many search keys and events moved.
    Folded(Result<crate::store::Folded, String>),
}

/// How often the app folds the newest cases and events into the sorted indexes, off the
/// clerk's saves (see `Store::fold_recent`): a minute's work at a desk is a handful of
/// cases, folded in milliseconds.
const FOLD_EVERY: std::time::Duration = std::time::Duration::from_secs(60);

pub struct App {
    data_dir: Option<PathBuf>,
    desk: Option<Desk>,
    load_error: Option<String>,
    settings: Settings,
    policy: Policy,
    today: NaiveDate,
    /// Who is at the desk, written on every event (the system user's name).
    actor: String,
    screen: Screen,
    due: DueItems,
    notice: Option<Result<String, String>>,
    intake: intake::State,
    cases: cases::State,
    welcome: welcome::State,
    inspection: inspection::State,
    dispatch: dispatch::State,
    reports: reports::State,
    settings_screen: settings::State,
}

impl App {
    /// The app on a given day, before any store is open (tests pin the date and feed the
    /// store's answers in by hand; the window opens the store in `boot`).
    pub fn new(
        data_dir: Option<PathBuf>,
        settings: Settings,
        policy: Policy,
        today: NaiveDate,
    ) -> Self {
        Self {
            data_dir,
            desk: None,
            load_error: None,
            welcome: welcome::State::new(&settings.center),
            settings,
            policy,
            today,
            actor: desk_user(),
            screen: Screen::Intake,
            due: DueItems::default(),
            notice: None,
            intake: intake::State::new(today),
            cases: cases::State::default(),
            inspection: inspection::State::default(),
            dispatch: dispatch::State::default(),
            reports: reports::State::new(today),
            settings_screen: settings::State::default(),
        }
    }

    pub fn boot(data_dir: Option<PathBuf>) -> (Self, Task<Message>) {
        let today = Local::now().date_naive();
        let app = Self::new(
            data_dir.clone(),
            Settings::default(),
            Policy::shipped(),
            today,
        );
        (app, Task::perform(Desk::open(data_dir), Message::Opened))
    }

    pub fn title(&self) -> String {
        format!("{} — {}", self.settings.center.name, t::APP_NAME)
    }

    pub fn theme(&self) -> Option<Theme> {
        match self.settings.theme {
            ThemeChoice::System => None,
            ThemeChoice::Light => Some(Theme::Light),
            ThemeChoice::Dark => Some(Theme::Dark),
        }
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let keys = keyboard::listen().filter_map(|event| match event {
            keyboard::Event::KeyPressed { key, modifiers, .. } => {
                shortcut::map(&key, modifiers).map(Message::Shortcut)
            }
            _ => None,
        });
        let fold = if self.desk.is_some() {
            iced::time::every(FOLD_EVERY).map(|_| Message::Fold)
        } else {
            Subscription::none()
        };
        Subscription::batch([keys, fold, self.reports_subscription()])
    }

    pub fn screen(&self) -> Screen {
        self.screen
    }

    pub fn intake(&self) -> &intake::State {
        &self.intake
    }

    pub fn cases(&self) -> &cases::State {
        &self.cases
    }

    fn cases_context(&self) -> cases::Context {
        cases::Context {
            today: self.today,
            answer_days: self.settings.answer_days,
        }
    }

    pub fn due(&self) -> &DueItems {
        &self.due
    }

    pub fn inspection(&self) -> &inspection::State {
        &self.inspection
    }

    pub fn dispatch(&self) -> &dispatch::State {
        &self.dispatch
    }

    fn inspection_context(&self) -> inspection::Context<'_> {
        inspection::Context {
            desk: self.desk.as_ref(),
            settings: &self.settings,
            policy: &self.policy,
            today: self.today,
            actor: &self.actor,
            due: &self.due,
        }
    }

    fn dispatch_context(&self) -> dispatch::Context<'_> {
        dispatch::Context {
            desk: self.desk.as_ref(),
            settings: &self.settings,
            today: self.today,
            actor: &self.actor,
            due: &self.due,
        }
    }

    /// A message for the Inspection screen: routed, its task mapped, its event acted on.
    fn route_inspection(&mut self, message: inspection::Message) -> Task<Message> {
        let cx = inspection::Context {
            desk: self.desk.as_ref(),
            settings: &self.settings,
            policy: &self.policy,
            today: self.today,
            actor: &self.actor,
            due: &self.due,
        };
        let (task, event) = self.inspection.update(message, &cx);
        let task = task.map(Message::Inspection);
        match event {
            Some(event) => Task::batch([task, self.on_shared(event)]),
            None => task,
        }
    }

    /// A message for the Dispatch screen: routed, its task mapped, its event acted on.
    fn route_dispatch(&mut self, message: dispatch::Message) -> Task<Message> {
        let cx = dispatch::Context {
            desk: self.desk.as_ref(),
            settings: &self.settings,
            today: self.today,
            actor: &self.actor,
            due: &self.due,
        };
        let (task, event) = self.dispatch.update(message, &cx);
        let task = task.map(Message::Dispatch);
        match event {
            Some(event) => Task::batch([task, self.on_shared(event)]),
            None => task,
        }
    }

    /// Shows a screen, telling it so (with the case another screen asked it to open).
    fn show(&mut self, screen: Screen, case: Option<CaseNumber>) -> Task<Message> {
        self.screen = screen;
        self.notice = None;
        match screen {
            Screen::Inspection => Task::batch([
                self.route_inspection(inspection::Message::Shown(case)),
                self.refresh_due(),
            ]),
            Screen::Dispatch => Task::batch([
                self.route_dispatch(dispatch::Message::Shown(case)),
                self.refresh_due(),
            ]),
            Screen::Reports => self.reports_shown(),
            Screen::Settings => self.settings_shown(),
            Screen::Cases => match case {
                Some(number) => self.update(Message::Cases(cases::Message::Open(number))),
                None if self.cases.case().is_none() => {
                    iced::widget::operation::focus(cases::SEARCH_ID)
                }
                None => Task::none(),
            },
            Screen::Intake | Screen::Welcome => Task::none(),
        }
    }

    /// What a screen asks of the app.
    fn on_shared(&mut self, event: Shared) -> Task<Message> {
        match event {
            Shared::Navigate(screen, case) => self.show(screen, case),
            Shared::CaseChanged(number) => self.cases_changed(vec![number]),
            Shared::CasesChanged(numbers) => self.cases_changed(numbers),
            Shared::SettingsChanged(settings) => {
                self.settings = *settings;
                Task::none()
            }
            Shared::PolicyChanged(policy) => {
                self.policy = *policy;
                Task::none()
            }
            Shared::StoreReplaced(opened) => {
                let opened = *opened;
                self.settings = opened.settings;
                self.policy = opened.policy;
                self.desk = Some(opened.desk);
                self.cases_changed(Vec::new())
            }
            Shared::Print(request) => self.print_with(request),
            Shared::Notice(line) => {
                self.notice = Some(line);
                Task::none()
            }
        }
    }

    /// Cases changed: every screen that shows them reads them again, and the due items
    /// are read again (a step may settle one).
    fn cases_changed(&mut self, numbers: Vec<CaseNumber>) -> Task<Message> {
        let reopen = match self.cases.case() {
            Some(case) if numbers.contains(&case.number) => {
                let number = case.number.clone();
                self.update(Message::Cases(cases::Message::Open(number)))
            }
            _ => Task::none(),
        };
        Task::batch([
            self.refresh_due(),
            self.route_inspection(inspection::Message::CasesChanged(numbers.clone())),
            self.route_dispatch(dispatch::Message::CasesChanged(numbers)),
            reopen,
        ])
    }

    /// Why a store call cannot run: the store failed to open, or is still opening.
    pub(super) fn no_store(&self) -> String {
        self.load_error
            .clone()
            .unwrap_or_else(|| t::OPENING.to_string())
    }

    fn refresh_due(&self) -> Task<Message> {
        match &self.desk {
            Some(desk) => {
                let desk = desk.clone();
                let today = self.today;
                Task::perform(async move { desk.due(today).await }, Message::Due)
            }
            None => Task::none(),
        }
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Opened(Ok(opened)) => {
                self.data_dir = Some(opened.desk.data_dir().clone());
                self.welcome = welcome::State::new(&opened.settings.center);
                self.settings = opened.settings;
                self.policy = opened.policy;
                self.desk = Some(opened.desk);
                self.screen = if opened.has_cases {
                    Screen::Intake
                } else {
                    Screen::Welcome
                };
                Task::batch([self.refresh_due(), self.daily_backup()])
            }
            Message::BackedUp(Ok(Some(path))) => {
                self.notice = Some(Ok(t::backed_up(&path)));
                self.retention()
            }
            Message::BackedUp(Ok(None)) => self.retention(),
            Message::Retained(Ok(0)) => Task::none(),
            Message::Retained(Ok(cases)) => {
                self.notice = Some(Ok(t::retained(cases, self.settings.retention_months)));
                Task::none()
            }
            Message::Retained(Err(reason)) => {
                self.notice = Some(Err(reason));
                Task::none()
            }
            Message::Fold => match self.desk.clone() {
                Some(desk) => Task::perform(
                    async move { desk.run(|store| store.fold_recent()).await },
                    Message::Folded,
                ),
                None => Task::none(),
            },
            Message::Folded(Ok(_)) => Task::none(),
            Message::Folded(Err(reason)) => {
                self.notice = Some(Err(t::fold_failed(&reason)));
                Task::none()
            }
            Message::BackedUp(Err(reason)) => {
                self.notice = Some(Err(t::backup_failed(&reason)));
                Task::none()
            }
            Message::Opened(Err(reason)) => {
                self.load_error = Some(reason);
                Task::none()
            }
            Message::Due(Ok(due)) => {
                self.due = due;
                Task::none()
            }
            Message::Due(Err(reason)) => {
                self.notice = Some(Err(reason));
                Task::none()
            }
            Message::Navigate(screen) => self.show(screen, None),
            Message::Shortcut(Shortcut::NewIntake) => {
                self.screen = Screen::Intake;
                if self.intake.saved().is_some() {
                    self.update(Message::Intake(intake::Message::Clear))
                } else {
                    iced::widget::operation::focus(intake::Field::Name.id())
                }
            }
            Message::Shortcut(Shortcut::FindCase) => {
                // Back to the search box with its text selected, so a scanned number
                // replaces the last search instead of adding to it.
                self.screen = Screen::Cases;
                self.notice = None;
                let _ = self
                    .cases
                    .update(cases::Message::Back, &self.cases_context());
                Task::batch([
                    iced::widget::operation::focus(cases::SEARCH_ID),
                    iced::widget::operation::select_all(cases::SEARCH_ID),
                ])
            }
            Message::Shortcut(Shortcut::Print) => match self.screen {
                Screen::Intake => self.update(Message::Intake(intake::Message::Print)),
                // An open case prints the paper the customer got when it came in.
                Screen::Cases => match self.cases.case() {
                    Some(case) => {
                        let kind = match case.arrival {
                            Arrival::WalkIn => DocumentKind::Receipt,
                            Arrival::MailIn if case.received_on.is_some() => DocumentKind::Receipt,
                            Arrival::MailIn => DocumentKind::Confirmation,
                        };
                        self.print(case.number.clone(), kind)
                    }
                    None => Task::none(),
                },
                Screen::Inspection => self.route_inspection(inspection::Message::Print),
                Screen::Dispatch => self.route_dispatch(dispatch::Message::Print),
                _ => Task::none(),
            },
            Message::Shortcut(Shortcut::NextField) => iced::widget::operation::focus_next(),
            Message::Shortcut(Shortcut::PreviousField) => iced::widget::operation::focus_previous(),
            Message::Shortcut(Shortcut::Close) => {
                self.notice = None;
                if self.screen == Screen::Cases && self.cases.case().is_some() {
                    self.update(Message::Cases(cases::Message::Back))
                } else if self.screen == Screen::Inspection {
                    self.route_inspection(inspection::Message::Close)
                } else if self.screen == Screen::Dispatch && self.dispatch.case().is_some() {
                    self.route_dispatch(dispatch::Message::Back)
                } else {
                    Task::none()
                }
            }
            Message::Cases(message) => {
                let event = self.cases.update(message, &self.cases_context());
                self.on_cases(event)
            }
            Message::Intake(message) => {
                let cx = intake::Context {
                    policy: &self.policy,
                    today: self.today,
                };
                let saved = matches!(message, intake::Message::Saved(Ok(_)));
                let event = self.intake.update(message, &cx);
                let follow_up = if saved {
                    self.refresh_due()
                } else {
                    Task::none()
                };
                Task::batch([follow_up, self.on_intake(event)])
            }
            Message::Welcome(message) => {
                match self.welcome.update(message, &self.settings.center) {
                    None => Task::none(),
                    Some(welcome::Event::Start(center)) => self.save_center(center),
                    Some(welcome::Event::Demo(center)) => {
                        Task::batch([self.save_center(center), self.write_demo()])
                    }
                }
            }
            Message::CenterSaved(Ok(center)) => {
                self.settings.center = center;
                if self.welcome.progress.is_none() {
                    self.screen = Screen::Intake;
                }
                Task::none()
            }
            Message::CenterSaved(Err(reason)) | Message::DemoDone(Err(reason)) => {
                self.welcome.progress = None;
                self.welcome.error = Some(reason);
                Task::none()
            }
            Message::DemoProgress(done) => {
                self.welcome.progress = Some(done);
                Task::none()
            }
            Message::DemoDone(Ok(_)) => {
                self.welcome.progress = None;
                self.screen = Screen::Intake;
                self.refresh_due()
            }
            Message::Printed(Ok((number, path, opened))) => {
                let number = Some(number);
                self.notice = Some(Ok(if opened {
                    t::printed(&path)
                } else {
                    t::printed_not_opened(&path)
                }));
                // The case lists its printed documents: every screen showing it reads it
                // again to show this one.
                match number {
                    Some(number) => self.cases_changed(vec![number]),
                    None => Task::none(),
                }
            }
            Message::Printed(Err(reason)) => {
                self.notice = Some(Err(reason));
                Task::none()
            }
            Message::Inspection(message) => self.route_inspection(message),
            Message::Dispatch(message) => self.route_dispatch(message),
            Message::Reports(message) => self.on_reports(message),
            Message::Settings(message) => self.on_settings(message),
        }
    }

    fn on_intake(&mut self, event: Option<intake::Event>) -> Task<Message> {
        let Some(event) = event else {
            return Task::none();
        };
        let Some(desk) = self.desk.clone() else {
            return match event {
                intake::Event::Save(_) => Task::done(Message::Intake(intake::Message::Saved(Err(
                    self.no_store(),
                )))),
                _ => Task::none(),
            };
        };
        match event {
            intake::Event::Save(new) => {
                let policy = self.policy.clone();
                let actor = self.actor.clone();
                Task::perform(
                    async move {
                        desk.run(move |store| store.create_case(&new, &policy, &actor, Utc::now()))
                            .await
                            .map(|case| case.number)
                    },
                    |result| Message::Intake(intake::Message::Saved(result)),
                )
            }
            intake::Event::SerialChanged(serial) => {
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
                                    case.claim_date().map(t::long_date).unwrap_or_default(),
                                    case.state.label(),
                                    case.fault.lines().next().unwrap_or_default()
                                )
                            })
                            .collect()
                    },
                    move |lines| Message::Intake(intake::Message::History(serial, lines)),
                )
            }
            intake::Event::Print(number, arrival) => {
                let kind = match arrival {
                    Arrival::WalkIn => DocumentKind::Receipt,
                    Arrival::MailIn => DocumentKind::Confirmation,
                };
                self.print(number, kind)
            }
        }
    }

    fn on_cases(&mut self, event: Option<cases::Event>) -> Task<Message> {
        let Some(event) = event else {
            return Task::none();
        };
        let Some(desk) = self.desk.clone() else {
            let reason = self.no_store();
            return match event {
                cases::Event::Search(query) => {
                    Task::done(Message::Cases(cases::Message::Results(query, Err(reason))))
                }
                cases::Event::Open(_) => {
                    Task::done(Message::Cases(cases::Message::Opened(Err(reason))))
                }
                cases::Event::Print(..) => Task::done(Message::Printed(Err(reason))),
                cases::Event::LoadThumbnails(..) => Task::none(),
            };
        };
        match event {
            cases::Event::Search(query) => {
                let wanted = query.clone();
                Task::perform(
                    async move {
                        desk.run(move |store| store.search(&wanted, cases::LIMIT))
                            .await
                    },
                    move |found| Message::Cases(cases::Message::Results(query, found)),
                )
            }
            cases::Event::Open(number) => {
                Task::perform(async move { desk.case(number).await }, |case| {
                    Message::Cases(cases::Message::Opened(case))
                })
            }
            cases::Event::Print(number, kind) => self.print(number, kind),
            cases::Event::LoadThumbnails(number, names) => {
                Task::perform(async move { desk.thumbnails(names).await }, move |found| {
                    Message::Cases(cases::Message::Thumbnails(number.clone(), found))
                })
            }
        }
    }

    /// 7: a document of the case, in the center's forms (see [`App::print_with`]).
    fn print(&self, number: CaseNumber, kind: DocumentKind) -> Task<Message> {
        self.print_with(PrintRequest::new(number, kind))
    }

    /// 7: a document of the case (receipt, confirmation, quote, return label, handover
    /// receipt), saved in the data folder's `documents/`, recorded on the case and opened
    /// in the system's PDF viewer. The label takes the center's form (`Settings.label`)
    /// unless `options` chooses another; the handover receipt names who collects.
    fn print_with(&self, request: PrintRequest) -> Task<Message> {
        let PrintRequest {
            number,
            kind,
            options,
        } = request;
        let Some(desk) = self.desk.clone() else {
            return Task::done(Message::Printed(Err(self.no_store())));
        };
        let mut settings = self.settings.clone();
        if let Some(size) = options.label {
            settings.label = size;
        }
        let actor = self.actor.clone();
        let folder = desk.data_dir().join("documents");
        Task::perform(
            async move {
                let now = Utc::now();
                let case = desk
                    .run({
                        let number = number.clone();
                        move |store| store.case(&number)
                    })
                    .await?
                    .ok_or_else(|| t::no_such_case(&number))?;
                let pdf = match kind {
                    DocumentKind::Receipt => documents::receipt(&case, &settings, now),
                    DocumentKind::Confirmation => documents::confirmation(&case, &settings, now),
                    DocumentKind::Label => documents::label(
                        &case,
                        &settings,
                        LabelForm::from_settings(&settings),
                        options.tracking.as_deref(),
                        now,
                    ),
                    DocumentKind::Quote => documents::quote(&case, &settings, now),
                    DocumentKind::PaymentReceipt => {
                        documents::payment_receipt(&case, &settings, now)
                    }
                    DocumentKind::HandoverReceipt => {
                        let (by, id_checked) = match (&options.collected, &case.handback) {
                            (Some((by, checked)), _) => (by.clone(), *checked),
                            (None, Some(Handback::Collected { by, id_checked })) => {
                                (by.clone(), *id_checked)
                            }
                            _ => return Err(t::cannot_print(kind)),
                        };
                        documents::handover_receipt(&case, &settings, &by, id_checked, now)
                    }
                };
                let pdf = pdf.map_err(|err| err.to_string())?;
                let path = folder.join(format!("{number}-{}.pdf", kind.as_str()));
                let write = {
                    let path = path.clone();
                    tokio::task::spawn_blocking(move || {
                        std::fs::create_dir_all(path.parent().unwrap_or(&path))?;
                        std::fs::write(&path, pdf)
                    })
                };
                write
                    .await
                    .map_err(|err| err.to_string())?
                    .map_err(|err| format!("Could not save {}: {err}.", path.display()))?;
                let recorded = number.clone();
                desk.run(move |store| store.record_document(&recorded, kind, &actor, now))
                    .await?;
                let opened = open::that_detached(&path).is_ok();
                Ok((number, path, opened))
            },
            Message::Printed,
        )
    }

    /// Issue 3: the daily automatic backup (the last N kept, a setting), made off the
    /// UI thread once the store is open; an existing backup for today is left alone.
    fn daily_backup(&self) -> Task<Message> {
        let Some(desk) = self.desk.clone() else {
            return Task::none();
        };
        let today = self.today;
        Task::perform(
            async move {
                desk.run(move |store| store.auto_backup(today))
                    .await
                    .map(|made| made.map(|report| report.path))
            },
            Message::BackedUp,
        )
    }

    /// RULES.md §8: once the day's backup is made, personal data leaves cases closed
    /// longer ago than the retention setting allows (never before a backup exists).
    fn retention(&self) -> Task<Message> {
        let Some(desk) = self.desk.clone() else {
            return Task::none();
        };
        let today = self.today;
        let months = self.settings.retention_months;
        let actor = self.actor.clone();
        Task::perform(
            async move {
                desk.run(move |store| {
                    store.remove_expired_personal_data(today, months, &actor, Utc::now())
                })
                .await
                .map(|report| report.cases)
            },
            Message::Retained,
        )
    }

    fn save_center(&self, center: Center) -> Task<Message> {
        let Some(desk) = self.desk.clone() else {
            return Task::none();
        };
        let mut settings = self.settings.clone();
        settings.center = center.clone();
        Task::perform(
            async move {
                desk.run(move |store| store.save_settings(&settings))
                    .await
                    .map(|()| center)
            },
            Message::CenterSaved,
        )
    }

    /// The demo generator off the UI thread, its progress streamed back as messages.
    fn write_demo(&self) -> Task<Message> {
        let Some(desk) = self.desk.clone() else {
            return Task::none();
        };
        let today = self.today;
        let (progress, updates) = mpsc::unbounded();
        let work = async move {
            desk.run(move |store| {
                store
                    .demo(welcome::DEMO_CASES, 1, today, false, &mut |done| {
                        let _ = progress.unbounded_send(done);
                    })
                    .map(|report| report.cases)
            })
            .await
        };
        Task::batch([
            Task::run(updates, Message::DemoProgress),
            Task::perform(work, Message::DemoDone),
        ])
    }

    pub fn view(&self) -> Element<'_, Message> {
        if let Some(reason) = &self.load_error {
            return center(
                column![
                    text("fixdesk cannot open its case store").size(24),
                    text(reason.clone()).size(16),
                ]
                .spacing(12)
                .max_width(700),
            )
            .into();
        }
        if self.screen == Screen::Welcome {
            return self.welcome.view().map(Message::Welcome);
        }
        let nav = column(Screen::NAVIGATION.into_iter().map(|screen| {
            button(text(screen.label()).size(16))
                .width(Fill)
                .padding([10, 16])
                .style(if screen == self.screen {
                    button::primary
                } else {
                    button::text
                })
                .on_press(Message::Navigate(screen))
                .into()
        }))
        .spacing(4)
        .padding(8)
        .width(170);

        let due = |label: String, count: u64, screen: Screen| {
            button(text(label).size(13))
                .padding([4, 10])
                .style(if count > 0 {
                    button::secondary
                } else {
                    button::text
                })
                .on_press(Message::Navigate(screen))
        };
        let header = row![
            text(self.settings.center.name.clone()).size(20),
            space::horizontal(),
            due(
                t::parcels_expected(self.due.parcels_expected.count),
                self.due.parcels_expected.count,
                Screen::Inspection
            ),
            due(
                t::closing_today(self.due.applications_closing_today.count),
                self.due.applications_closing_today.count,
                Screen::Inspection
            ),
            due(
                t::payments_overdue(self.due.payments_past_due.count),
                self.due.payments_past_due.count,
                Screen::Dispatch
            ),
            due(
                t::answers_overdue(self.due.answers_past_due.count),
                self.due.answers_past_due.count,
                Screen::Dispatch
            ),
            text(t::long_date(self.today)).size(14),
        ]
        .spacing(8)
        .padding([10, 16])
        .align_y(iced::Center);

        let body: Element<'_, Message> = match self.screen {
            Screen::Intake => self
                .intake
                .view(&intake::Context {
                    policy: &self.policy,
                    today: self.today,
                })
                .map(Message::Intake),
            Screen::Cases => self.cases.view(&self.cases_context()).map(Message::Cases),
            Screen::Inspection => self
                .inspection
                .view(&self.inspection_context())
                .map(Message::Inspection),
            Screen::Dispatch => self
                .dispatch
                .view(&self.dispatch_context())
                .map(Message::Dispatch),
            Screen::Reports => self.view_reports(),
            Screen::Settings => self.view_settings(),
            Screen::Welcome => self.welcome.view().map(Message::Welcome),
        };
        let status: Element<'_, Message> = match &self.notice {
            Some(Ok(info)) => text(info.clone()).size(13).into(),
            Some(Err(problem)) => text(problem.clone()).size(13).style(text::danger).into(),
            None => text(
                self.data_dir
                    .as_ref()
                    .map(|dir| format!("Data folder: {}", dir.display()))
                    .unwrap_or_default(),
            )
            .size(12)
            .into(),
        };
        column![
            header,
            rule::horizontal(1),
            row![
                nav,
                rule::vertical(1),
                container(body).width(Fill).height(Fill)
            ]
            .height(Fill),
            rule::horizontal(1),
            container(status).padding([4, 16]),
        ]
        .into()
    }
}

/// The name written on events: the system user, or "desk" when none is known.
fn desk_user() -> String {
    ["USER", "USERNAME"]
        .into_iter()
        .find_map(|var| std::env::var(var).ok().filter(|v| !v.trim().is_empty()))
        .unwrap_or_else(|| "desk".to_string())
}
