//! The application: opening the store, navigation between screens, the shared context
//! (settings, policy, today, who is at the desk), the due items, shortcuts, theme.

use std::path::PathBuf;

use chrono::{Local, NaiveDate, Utc};
use iced::widget::{button, center, column, container, row, rule, space, text};
use iced::{Element, Fill, Subscription, Task, Theme, keyboard};

use crate::documents;
use crate::documents::LabelForm;
use crate::domain::case::{DocumentKind, Handback};
use crate::domain::settings::Theme as ThemeChoice;
use crate::domain::{Arrival, CaseNumber, Policy, Settings};
use crate::gui::desk::{Desk, Opened};
use crate::gui::screen::{cases, dispatch, inspection, intake, reports, settings, welcome};
use crate::gui::shortcut::{self, Shortcut};
use crate::gui::text as t;
use crate::store::DueItems;

// Each screen's glue with the store lives beside this file, one file a screen.
mod dispatch_flow;
mod inspection_flow;

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
    Printed(Result<(PathBuf, bool), String>),
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
        // The reports' progress indicator moves while the store is read.
        let reports = if self.screen == Screen::Reports {
            self.reports.subscription().map(Message::Reports)
        } else {
            Subscription::none()
        };
        Subscription::batch([keys, fold, reports])
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

    fn cases_context(&self) -> cases::Context<'_> {
        cases::Context {
            desk: self.desk.as_ref(),
            today: self.today,
            answer_days: self.settings.answer_days,
        }
    }

    fn intake_context(&self) -> intake::Context<'_> {
        intake::Context {
            desk: self.desk.as_ref(),
            policy: &self.policy,
            today: self.today,
            actor: &self.actor,
        }
    }

    fn welcome_context(&self) -> welcome::Context<'_> {
        welcome::Context {
            desk: self.desk.as_ref(),
            settings: &self.settings,
            today: self.today,
        }
    }

    fn reports_context(&self) -> reports::Context<'_> {
        reports::Context {
            desk: self.desk.as_ref(),
            today: self.today,
            settings: &self.settings,
        }
    }

    fn settings_context(&self) -> settings::Context<'_> {
        settings::Context {
            desk: self.desk.as_ref(),
            settings: &self.settings,
            policy: &self.policy,
        }
    }

    /// The reports screen, as the app holds it (for tests and the export).
    pub fn reports(&self) -> &reports::State {
        &self.reports
    }

    /// The settings screen, as the app holds it (for tests).
    pub fn settings_screen(&self) -> &settings::State {
        &self.settings_screen
    }

    /// The settings the desk works by (the store's, once saved).
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The warranty policy new decisions are made under.
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    pub fn due(&self) -> &DueItems {
        &self.due
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
            Message::Navigate(screen) => {
                self.screen = screen;
                self.notice = None;
                if screen == Screen::Inspection {
                    self.enter_inspection()
                } else if screen == Screen::Dispatch {
                    self.enter_dispatch()
                } else if screen == Screen::Reports {
                    self.update(Message::Reports(reports::Message::Shown(None)))
                } else if screen == Screen::Settings {
                    self.update(Message::Settings(settings::Message::Shown(None)))
                } else if screen == Screen::Cases && self.cases.case().is_none() {
                    iced::widget::operation::focus(cases::SEARCH_ID)
                } else {
                    Task::none()
                }
            }
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
                let cx = cases::Context {
                    desk: self.desk.as_ref(),
                    today: self.today,
                    answer_days: self.settings.answer_days,
                };
                let _ = self.cases.update(cases::Message::Back, &cx);
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
                Screen::Inspection => match self.inspection.printable() {
                    Some((number, kind)) => self.print(number, kind),
                    None => Task::none(),
                },
                Screen::Dispatch => match self.dispatch.print_shortcut() {
                    Some(message) => self.update(Message::Dispatch(message)),
                    None => Task::none(),
                },
                _ => Task::none(),
            },
            Message::Shortcut(Shortcut::NextField) => iced::widget::operation::focus_next(),
            Message::Shortcut(Shortcut::PreviousField) => iced::widget::operation::focus_previous(),
            Message::Shortcut(Shortcut::Close) => {
                self.notice = None;
                if self.screen == Screen::Cases && self.cases.case().is_some() {
                    self.update(Message::Cases(cases::Message::Back))
                } else if self.screen == Screen::Inspection {
                    self.update(Message::Inspection(inspection::Message::Close))
                } else if self.screen == Screen::Dispatch && self.dispatch.case().is_some() {
                    self.update(Message::Dispatch(dispatch::Message::Back))
                } else {
                    Task::none()
                }
            }
            Message::Cases(message) => {
                let cx = cases::Context {
                    desk: self.desk.as_ref(),
                    today: self.today,
                    answer_days: self.settings.answer_days,
                };
                let (task, event) = self.cases.update(message, &cx);
                Task::batch([task.map(Message::Cases), self.on_shared(event)])
            }
            Message::Intake(message) => {
                let cx = intake::Context {
                    desk: self.desk.as_ref(),
                    policy: &self.policy,
                    today: self.today,
                    actor: &self.actor,
                };
                let (task, event) = self.intake.update(message, &cx);
                Task::batch([task.map(Message::Intake), self.on_shared(event)])
            }
            Message::Welcome(message) => {
                let cx = welcome::Context {
                    desk: self.desk.as_ref(),
                    settings: &self.settings,
                    today: self.today,
                };
                let (task, event) = self.welcome.update(message, &cx);
                // Once the first run is over (the demo, if any, written), the counters
                // have work to count.
                let done = matches!(event, Some(Shared::Navigate(..)));
                let follow_up = self.on_shared(event);
                let due = if done {
                    self.refresh_due()
                } else {
                    Task::none()
                };
                Task::batch([task.map(Message::Welcome), follow_up, due])
            }
            Message::Printed(Ok((path, opened))) => {
                self.notice = Some(Ok(if opened {
                    t::printed(&path)
                } else {
                    t::printed_not_opened(&path)
                }));
                // The open case lists its printed documents: read it again to show this one.
                match self.cases.case().map(|case| case.number.clone()) {
                    Some(number) => {
                        self.update(Message::Cases(cases::Message::CasesChanged(vec![number])))
                    }
                    None => Task::none(),
                }
            }
            Message::Printed(Err(reason)) => {
                self.notice = Some(Err(reason));
                Task::none()
            }
            Message::Inspection(message) => self.on_inspection(message),
            Message::Dispatch(message) => self.on_dispatch(message),
            Message::Reports(message) => {
                let cx = reports::Context {
                    desk: self.desk.as_ref(),
                    today: self.today,
                    settings: &self.settings,
                };
                let (task, event) = self.reports.update(message, &cx);
                Task::batch([task.map(Message::Reports), self.on_shared(event)])
            }
            Message::Settings(message) => {
                let cx = settings::Context {
                    desk: self.desk.as_ref(),
                    settings: &self.settings,
                    policy: &self.policy,
                };
                let (task, event) = self.settings_screen.update(message, &cx);
                Task::batch([task.map(Message::Settings), self.on_shared(event)])
            }
        }
    }

    /// What a screen asked of the app.
    fn on_shared(&mut self, event: Option<Shared>) -> Task<Message> {
        let Some(event) = event else {
            return Task::none();
        };
        match event {
            Shared::Navigate(screen, number) => {
                let shown = self.update(Message::Navigate(screen));
                let open = match (screen, number) {
                    (Screen::Inspection, Some(number)) => {
                        self.update(Message::Inspection(inspection::Message::Open(number)))
                    }
                    (Screen::Dispatch, Some(number)) => {
                        self.update(Message::Dispatch(dispatch::Message::Open(number)))
                    }
                    (Screen::Cases, Some(number)) => {
                        self.update(Message::Cases(cases::Message::Shown(Some(number))))
                    }
                    _ => Task::none(),
                };
                Task::batch([shown, open])
            }
            Shared::CaseChanged(number) => self.cases_changed(vec![number]),
            Shared::CasesChanged(numbers) => self.cases_changed(numbers),
            Shared::SettingsChanged(settings) => {
                self.settings = *settings;
                // The answer deadline (2.3) moves what is due.
                self.refresh_due()
            }
            Shared::PolicyChanged(policy) => {
                self.policy = *policy;
                Task::none()
            }
            Shared::StoreReplaced(opened) => {
                self.settings = opened.settings.clone();
                self.policy = opened.policy.clone();
                self.welcome = welcome::State::new(&opened.settings.center);
                // What the other screens hold was read from the database replaced.
                self.cases = cases::State::default();
                self.reports = reports::State::new(self.today);
                self.refresh_due()
            }
            Shared::Print(request) => {
                self.print_with(request.number, request.kind, request.options)
            }
            Shared::Notice(notice) => {
                self.notice = Some(notice);
                Task::none()
            }
        }
    }

    /// Cases changed: what is due is read again, and every screen showing one of them
    /// reads it again.
    fn cases_changed(&mut self, numbers: Vec<CaseNumber>) -> Task<Message> {
        let cases = self.update(Message::Cases(cases::Message::CasesChanged(numbers)));
        Task::batch([self.refresh_due(), cases])
    }

    /// 7: a document of the case, in the center's forms (see [`App::print_with`]).
    fn print(&self, number: CaseNumber, kind: DocumentKind) -> Task<Message> {
        self.print_with(number, kind, PrintOptions::default())
    }

    /// 7: a document of the case (receipt, confirmation, quote, return label, handover
    /// receipt), saved in the data folder's `documents/`, recorded on the case and opened
    /// in the system's PDF viewer. The label takes the center's form (`Settings.label`)
    /// unless `options` chooses another; the handover receipt names who collects.
    fn print_with(
        &self,
        number: CaseNumber,
        kind: DocumentKind,
        options: PrintOptions,
    ) -> Task<Message> {
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
                desk.run(move |store| store.record_document(&number, kind, &actor, now))
                    .await?;
                let opened = open::that_detached(&path).is_ok();
                Ok((path, opened))
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
            return self
                .welcome
                .view(&self.welcome_context())
                .map(Message::Welcome);
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
                .view(&self.intake_context())
                .map(Message::Intake),
            Screen::Cases => self.cases.view(&self.cases_context()).map(Message::Cases),
            Screen::Inspection => self.view_inspection(),
            Screen::Dispatch => self.view_dispatch(),
            Screen::Reports => self
                .reports
                .view(&self.reports_context())
                .map(Message::Reports),
            Screen::Settings => self
                .settings_screen
                .view(&self.settings_context())
                .map(Message::Settings),
            Screen::Welcome => self
                .welcome
                .view(&self.welcome_context())
                .map(Message::Welcome),
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
