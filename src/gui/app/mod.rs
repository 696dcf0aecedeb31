//! The application: opening the store, navigation between screens, the shared context
//! (settings, policy, today, who is at the desk), the due items, shortcuts, theme.
//!
//! This file holds the [`App`], its messages and its screens' routing; by job beside it:
//! `shell.rs` (the shared context), `update.rs`, `view.rs`, `gate.rs` (sign-in and
//! lock), `print.rs` and `daily.rs` (the due list, the daily backup and retention).

use std::path::PathBuf;

use chrono::{Local, NaiveDate, Utc};
use iced::{Element, Fill, Subscription, Task, Theme, keyboard};

use crate::documents;
use crate::documents::LabelForm;
use crate::domain::case::DocumentKind;
use crate::domain::settings::Theme as ThemeChoice;
use crate::domain::staff::Person;
use crate::domain::{Arrival, CaseNumber, Policy, Settings};
use crate::gui::desk::{Desk, Opened};
use crate::gui::feed;
use crate::gui::print_prompt;
use crate::gui::printer::{self, Delivery};
use crate::gui::screen::{
    cases, dispatch, inspection, intake, reports, settings, sign_in, staff, welcome,
};
use crate::gui::shortcut::{self, Shortcut};
use crate::gui::theme;
use crate::store::DueItems;
use crate::store::jobs::Daily;

// Every screen makes its own store calls and tells the app only what concerns it
// (`Shared`): the app never looks inside a screen's messages.

pub use crate::gui::screen::{PrintOptions, PrintRequest, Screen, Shared};

mod daily;
mod gate;
mod print;
mod shell;
mod update;
mod view;

use shell::Shell;

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
    /// A document made and recorded on its case: the case, the file, and whether it was
    /// printed or opened in a viewer (or why the printer failed).
    Printed(Result<(CaseNumber, DocumentKind, PathBuf, Delivery), String>),
    /// The bar under a document waiting on the clerk (asked first, or not printed).
    PrintPrompt(print_prompt::Message),
    /// The daily automatic backup: the file written, none needed today, another desk's
    /// job today, or why it failed.
    BackedUp(Result<Daily<Option<PathBuf>>, String>),
    /// The retention run after the daily backup: how many cases lost personal data (3.7).
    Retained(Result<usize, String>),
    /// Time to fold the newest cases and events into the sorted indexes.
    Fold,
    /// The fold done: how many search keys and events moved.
    Folded(Result<crate::store::Folded, String>),
    /// The change feed: what any desk recorded, or the connection lost and back.
    Feed(feed::Event),
    /// The store's own connection made sure of after the server came back.
    Reconnected(Result<(), String>),
    /// Time for a round of the customer e-mail sender.
    MailRound,
    /// A sender round done: what it sent, and what waits for a person (failed, to
    /// phone).
    MailSent(Result<(crate::mail::SendReport, (u64, u64)), String>),
    /// The sign-in card (signing in, switching person, unlocking).
    SignIn(sign_in::Message),
    Staff(staff::Message),
    /// "Switch person" in the header: the next person signs in over this one.
    SwitchPerson,
    /// Lock the desk now (the person leaves the counter).
    Lock,
    /// The clock, for the idle lock.
    Tick(std::time::Instant),
    /// A key or a click: the desk is in use.
    Activity,
    /// The store forgot who was signed in (the desk locked).
    SignedOut(Result<(), String>),
}

/// How often the app looks whether the desk has been idle long enough to lock.
const IDLE_CHECK: std::time::Duration = std::time::Duration::from_secs(15);

/// How often the app folds the newest cases and events into the sorted indexes, off the
/// clerk's saves (see `Store::fold_recent`): a minute's work at a desk is a handful of
/// cases, folded in milliseconds.
const FOLD_EVERY: std::time::Duration = std::time::Duration::from_secs(60);

/// How often the desk looks for customer messages to send (also after every change).
const MAIL_EVERY: std::time::Duration = std::time::Duration::from_secs(20);

pub struct App {
    shell: Shell,
    load_error: Option<String>,
    /// The server saved in the data folder, if the desk works on one.
    saved_server: Option<crate::store::location::Server>,
    screen: Screen,
    notice: Option<Result<String, String>>,
    /// A printed document waiting on the clerk (asked first, or the printer failed).
    print_prompt: Option<print_prompt::State>,
    intake: intake::State,
    cases: cases::State,
    welcome: welcome::State,
    inspection: inspection::State,
    dispatch: dispatch::State,
    reports: reports::State,
    settings_screen: settings::State,
    staff_screen: staff::State,
    /// The sign-in card over everything (nobody signed in, switching, or locked): the
    /// screens underneath keep what was typed.
    gate: Option<sign_in::State>,
    /// The last key or click, for the idle lock.
    last_activity: std::time::Instant,
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
        // The language chosen at this desk, kept in its data folder.
        let language = data_dir
            .as_deref()
            .and_then(|dir| crate::store::location::desk_language(dir, None));
        Self {
            load_error: None,
            saved_server: None,
            welcome: welcome::State::new(&settings.center),
            shell: Shell {
                desk: None,
                data_dir,
                settings,
                policy,
                today,
                actor: desk_user(),
                due: DueItems::default(),
                offline: None,
                mail_attention: (0, 0),
                mail_busy: false,
                desk_name: String::new(),
                has_staff: false,
                person: None,
                language,
            },
            screen: Screen::Intake,
            notice: None,
            print_prompt: None,
            intake: intake::State::new(today),
            cases: cases::State::default(),
            inspection: inspection::State::default(),
            dispatch: dispatch::State::default(),
            reports: reports::State::new(today),
            settings_screen: settings::State::default(),
            staff_screen: staff::State::default(),
            gate: None,
            last_activity: std::time::Instant::now(),
        }
    }

    /// Who is signed in at this desk (with staff accounts).
    pub fn person(&self) -> Option<&Person> {
        self.shell.person.as_ref()
    }

    /// The sign-in card, when it shows (nobody signed in, switching, locked).
    pub fn gate(&self) -> Option<&sign_in::State> {
        self.gate.as_ref()
    }

    /// The staff screen, as the app holds it (for tests).
    pub fn staff_screen(&self) -> &staff::State {
        &self.staff_screen
    }

    /// The screens this person may use, in the navigation's order.
    pub fn navigation(&self) -> Vec<Screen> {
        Screen::NAVIGATION
            .into_iter()
            .filter(|screen| self.shell.open_to(*screen))
            .collect()
    }

    /// The window's app: opens the store in the data folder (the flag,
    /// `FIXDESK_DATA_DIR`, or the platform's place), or on the center's server
    /// (`database`, else the one saved in the data folder).
    pub fn boot(data_dir: Option<PathBuf>, database: Option<String>) -> (Self, Task<Message>) {
        let today = Local::now().date_naive();
        let dir = crate::store::default_data_dir(data_dir);
        let mut app = Self::new(
            dir.as_ref().ok().cloned(),
            Settings::default(),
            Policy::shipped(),
            today,
        );
        let w = app.shell.words();
        match dir {
            Ok(dir) => {
                // Read before the window shows (a small file): if that server cannot be
                // reached, the welcome panel shows its address and why.
                app.saved_server = crate::store::location::saved_server(&dir)
                    .ok()
                    .flatten()
                    .map(|(server, _)| server);
                (
                    app,
                    Task::perform(Desk::open(w, dir, database), Message::Opened),
                )
            }
            Err(err) => {
                app.load_error = Some(w.as_sentence(&err.say(w)));
                (app, Task::none())
            }
        }
    }

    pub fn title(&self) -> String {
        let w = self.shell.words();
        format!("{} — {}", self.shell.settings.center.name, w.app_name())
    }

    pub fn theme(&self) -> Option<Theme> {
        match self.shell.settings.theme {
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
        let fold = if self.shell.desk.is_some() {
            iced::time::every(FOLD_EVERY).map(|_| Message::Fold)
        } else {
            Subscription::none()
        };
        // Other desks' work, as it is committed.
        let changes = match &self.shell.desk {
            Some(desk) => feed::subscription(desk.feed_source()).map(Message::Feed),
            None => Subscription::none(),
        };
        // The reports' progress indicator moves while the store is read.
        let reports = if self.screen == Screen::Reports {
            self.reports.subscription().map(Message::Reports)
        } else {
            Subscription::none()
        };
        // Customer e-mail goes out in the background (docs/rules.md §11).
        let mail = if self.shell.desk.is_some() {
            iced::time::every(MAIL_EVERY).map(|_| Message::MailRound)
        } else {
            Subscription::none()
        };
        // The idle lock: a key or a click is use; the clock looks now and then.
        let idle = if self.shell.has_staff && self.shell.settings.lock_minutes > 0 {
            Subscription::batch([
                iced::time::every(IDLE_CHECK).map(Message::Tick),
                iced::event::listen_with(|event, _status, _window| match event {
                    iced::Event::Keyboard(keyboard::Event::KeyPressed { .. })
                    | iced::Event::Mouse(iced::mouse::Event::ButtonPressed(_))
                    | iced::Event::Mouse(iced::mouse::Event::WheelScrolled { .. }) => {
                        Some(Message::Activity)
                    }
                    _ => None,
                }),
            ])
        } else {
            Subscription::none()
        };
        Subscription::batch([keys, fold, reports, changes, mail, idle])
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
        &self.shell.settings
    }

    /// The warranty policy new decisions are made under.
    pub fn policy(&self) -> &Policy {
        &self.shell.policy
    }

    pub fn due(&self) -> &DueItems {
        &self.shell.due
    }

    pub fn inspection(&self) -> &inspection::State {
        &self.inspection
    }

    pub fn dispatch(&self) -> &dispatch::State {
        &self.dispatch
    }

    /// A message for the Inspection screen: routed, its task mapped, its event acted on.
    fn route_inspection(&mut self, message: inspection::Message) -> Task<Message> {
        let answer = self.inspection.update(message, &self.shell.inspection());
        self.routed(answer, Message::Inspection)
    }

    /// A message for the Dispatch screen: routed, its task mapped, its event acted on.
    fn route_dispatch(&mut self, message: dispatch::Message) -> Task<Message> {
        let answer = self.dispatch.update(message, &self.shell.dispatch());
        self.routed(answer, Message::Dispatch)
    }

    /// Shows a screen, telling it so (with the case another screen asked it to open).
    fn show(&mut self, screen: Screen, case: Option<CaseNumber>) -> Task<Message> {
        let w = self.shell.words();
        if !self.shell.open_to(screen) {
            // Not offered to this person (a counter, a shortcut, another screen's link).
            self.notice = Some(Err(w.not_your_screen(&screen.label(w))));
            return Task::none();
        }
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
            Screen::Reports => self.update(Message::Reports(reports::Message::Shown(None))),
            Screen::Settings => self.update(Message::Settings(settings::Message::Shown(None))),
            Screen::Staff => self.update(Message::Staff(staff::Message::Shown)),
            Screen::Cases => match case {
                Some(number) => self.update(Message::Cases(cases::Message::Shown(Some(number)))),
                None if self.cases.case().is_none() => {
                    iced::widget::operation::focus(cases::SEARCH_ID)
                }
                None => Task::none(),
            },
            Screen::Intake | Screen::Welcome => Task::none(),
        }
    }

    /// A screen's update answered: its task mapped, its event (if any) acted on.
    fn routed<M: Send + 'static>(
        &mut self,
        (task, event): (Task<M>, Option<Shared>),
        wrap: fn(M) -> Message,
    ) -> Task<Message> {
        let task = task.map(wrap);
        match event {
            Some(event) => Task::batch([task, self.on_shared(event)]),
            None => task,
        }
    }

    /// What a screen asks of the app.
    fn on_shared(&mut self, event: Shared) -> Task<Message> {
        match event {
            Shared::Navigate(screen, case) => self.show(screen, case),
            Shared::CaseChanged(number) => self.cases_changed(vec![number]),
            Shared::CasesChanged(numbers) => self.cases_changed(numbers),
            Shared::SettingsChanged(settings) => {
                self.shell.settings = *settings;
                self.shell.tell_desk_words();
                // The answer deadline (2.3) moves what is due.
                self.refresh_due()
            }
            Shared::PolicyChanged(policy) => {
                self.shell.policy = *policy;
                Task::none()
            }
            Shared::StoreReplaced(opened) => {
                let opened = *opened;
                self.shell.desk_name = opened.desk_name;
                self.shell.settings = opened.settings;
                self.shell.policy = opened.policy;
                self.shell.desk = Some(opened.desk);
                self.shell.tell_desk_words();
                self.welcome = welcome::State::new(&self.shell.settings.center);
                // The restored database has its own staff (or none): sign in again.
                self.shell.has_staff = opened.has_staff;
                self.shell.person = None;
                let gate = if opened.has_staff {
                    self.open_gate(sign_in::Purpose::SignIn)
                } else {
                    Task::none()
                };
                // What the other screens hold was read from the database replaced.
                self.cases = cases::State::default();
                self.reports = reports::State::new(self.shell.today);
                Task::batch([gate, self.cases_changed(Vec::new())])
            }
            Shared::Print(request) => self.print_with(request),
            Shared::Notice(line) => {
                self.notice = Some(line);
                Task::none()
            }
            Shared::DeskRenamed(name) => {
                self.shell.desk_name = name;
                Task::none()
            }
            Shared::DeskLanguage(language) => {
                // Every screen reads its words from the shell: the next view is in it.
                self.shell.language = language;
                self.shell.tell_desk_words();
                if let Some(dir) = &self.shell.data_dir
                    && let Err(err) = crate::store::location::save_desk_language(dir, language)
                {
                    self.notice = Some(Err(err.say(self.shell.words())));
                }
                Task::none()
            }
        }
    }

    /// Cases changed: every screen that shows them reads them again, and the due items
    /// are read again (a step may settle one).
    fn cases_changed(&mut self, numbers: Vec<CaseNumber>) -> Task<Message> {
        let reopen = self.update(Message::Cases(cases::Message::CasesChanged(
            numbers.clone(),
        )));
        Task::batch([
            self.refresh_due(),
            self.route_inspection(inspection::Message::CasesChanged(numbers.clone())),
            self.route_dispatch(dispatch::Message::CasesChanged(numbers)),
            reopen,
        ])
    }

    /// The cases open on the screens (read again after a reconnection).
    fn open_cases(&self) -> Vec<CaseNumber> {
        let mut numbers = Vec::new();
        for case in [
            self.cases.case(),
            self.inspection.case(),
            self.dispatch.case(),
        ]
        .into_iter()
        .flatten()
        {
            if !numbers.contains(&case.number) {
                numbers.push(case.number.clone());
            }
        }
        numbers
    }

    /// Why the database cannot be reached, while it cannot (the banner's reason).
    pub fn offline(&self) -> Option<&str> {
        self.shell.offline.as_deref()
    }

    /// Why a store call cannot run: the store failed to open, or is still opening.
    pub(super) fn no_store(&self) -> String {
        let w = self.shell.words();
        self.load_error
            .clone()
            .unwrap_or_else(|| w.opening().to_string())
    }
}

/// The name written on events: the system user, or "desk" when none is known.
fn desk_user() -> String {
    ["USER", "USERNAME"]
        .into_iter()
        .find_map(|var| std::env::var(var).ok().filter(|v| !v.trim().is_empty()))
        .unwrap_or_else(|| "desk".to_string())
}
