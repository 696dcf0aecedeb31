//! The application: opening the store, navigation between screens, the shared context
//! (settings, policy, today, who is at the desk), the due items, shortcuts, theme.

use std::path::PathBuf;

use chrono::{Local, NaiveDate, Utc};
use iced::widget::{button, center, column, container, row, rule, space, text};
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
use crate::gui::text as t;
use crate::gui::theme;
use crate::store::DueItems;
use crate::store::jobs::Daily;

// Every screen makes its own store calls and tells the app only what concerns it
// (`Shared`): the app never looks inside a screen's messages.

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

/// What every screen reads from the app: the store, the settings and policy in force,
/// the day, who is at the desk and what is due. Kept apart from the screens' states so a
/// screen's context borrows it while the screen itself is updated.
struct Shell {
    desk: Option<Desk>,
    /// The data folder: this desk's own file, its printed documents and photos, and the
    /// saved address of the center's server.
    data_dir: Option<PathBuf>,
    settings: Settings,
    policy: Policy,
    today: NaiveDate,
    /// Who is at the desk, written on every event (the system user's name).
    actor: String,
    due: DueItems,
    /// Why the database cannot be reached, while it cannot: the banner says so, saving
    /// waits, and every form keeps what is typed.
    offline: Option<String>,
    /// This workstation's name, written on its events.
    desk_name: String,
    /// Customer messages waiting for a person: failed, to phone (the header's count).
    mail_attention: (u64, u64),
    /// A sender round is under way (one at a time).
    mail_busy: bool,
    /// The database has staff accounts: someone must be signed in to work.
    has_staff: bool,
    /// Who is signed in (with staff), whose name the store writes on events.
    person: Option<Person>,
}

impl Shell {
    fn staff(&self) -> staff::Context<'_> {
        staff::Context {
            desk: self.desk.as_ref(),
            settings: &self.settings,
        }
    }

    /// May whoever is at the desk use this screen?
    fn open_to(&self, screen: Screen) -> bool {
        screen.open_to(self.person.as_ref(), self.has_staff)
    }

    fn cases(&self) -> cases::Context<'_> {
        cases::Context {
            desk: self.desk.as_ref(),
            today: self.today,
            answer_days: self.settings.answer_days,
            may_export: !self.has_staff
                || self
                    .person
                    .as_ref()
                    .is_some_and(|p| p.may(crate::domain::staff::Action::PersonalData)),
            actor: &self.actor,
        }
    }

    fn intake(&self) -> intake::Context<'_> {
        intake::Context {
            desk: self.desk.as_ref(),
            policy: &self.policy,
            today: self.today,
            actor: &self.actor,
            offline: self.offline.as_deref(),
        }
    }

    fn welcome(&self) -> welcome::Context<'_> {
        welcome::Context {
            desk: self.desk.as_ref(),
            settings: &self.settings,
            today: self.today,
            data_dir: self.data_dir.as_deref(),
        }
    }

    fn reports(&self) -> reports::Context<'_> {
        reports::Context {
            desk: self.desk.as_ref(),
            today: self.today,
            settings: &self.settings,
        }
    }

    fn settings(&self) -> settings::Context<'_> {
        settings::Context {
            desk: self.desk.as_ref(),
            settings: &self.settings,
            policy: &self.policy,
            data_dir: self.data_dir.as_deref(),
            desk_name: &self.desk_name,
        }
    }

    fn inspection(&self) -> inspection::Context<'_> {
        inspection::Context {
            desk: self.desk.as_ref(),
            settings: &self.settings,
            policy: &self.policy,
            today: self.today,
            actor: &self.actor,
            due: &self.due,
            offline: self.offline.as_deref(),
            person: self.person.as_ref().filter(|_| self.has_staff),
        }
    }

    fn dispatch(&self) -> dispatch::Context<'_> {
        dispatch::Context {
            desk: self.desk.as_ref(),
            settings: &self.settings,
            today: self.today,
            actor: &self.actor,
            due: &self.due,
            offline: self.offline.as_deref(),
        }
    }
}

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

    /// Shows the sign-in card for `purpose`, the cursor in its name field.
    fn open_gate(&mut self, purpose: sign_in::Purpose) -> Task<Message> {
        let (gate, task) = sign_in::State::open(purpose);
        self.gate = Some(gate);
        task.map(Message::SignIn)
    }

    /// Locks the desk: the card over the screens (which keep their state), and the
    /// store forgets who was signed in, so nothing is saved until someone signs in.
    fn lock(&mut self) -> Task<Message> {
        self.shell.person = None;
        let gate = self.open_gate(sign_in::Purpose::Unlock);
        match self.shell.desk.clone() {
            Some(desk) => Task::batch([
                gate,
                Task::perform(
                    async move {
                        desk.run(|store| {
                            store.sign_out();
                            Ok(())
                        })
                        .await
                    },
                    Message::SignedOut,
                ),
            ]),
            None => gate,
        }
    }

    /// Someone signed in: they act from now on (their name on what is saved), and the
    /// screen shown is one they may use.
    fn signed_in(&mut self, person: Person) -> Task<Message> {
        self.shell.actor = person.name.clone();
        self.shell.person = Some(person);
        self.shell.has_staff = true;
        self.gate = None;
        self.last_activity = std::time::Instant::now();
        if self.screen != Screen::Welcome && !self.shell.open_to(self.screen) {
            let first = self.navigation().first().copied().unwrap_or(Screen::Cases);
            return Task::batch([self.show(first, None), self.refresh_due()]);
        }
        self.refresh_due()
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
                    Task::perform(Desk::open(dir, database), Message::Opened),
                )
            }
            Err(err) => {
                app.load_error = Some(crate::gui::desk::capitalize(&err.to_string()));
                (app, Task::none())
            }
        }
    }

    pub fn title(&self) -> String {
        format!("{} — {}", self.shell.settings.center.name, t::APP_NAME)
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
        if !self.shell.open_to(screen) {
            // Not offered to this person (a counter, a shortcut, another screen's link).
            self.notice = Some(Err(t::not_your_screen(screen.label())));
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
        }
    }

    /// The header's count of customer messages waiting for a person: failed ones (to
    /// retry on their case) and customers to phone (no e-mail address). Nothing when
    /// none wait.
    fn mail_counter(&self) -> Element<'_, Message> {
        let (failed, to_phone) = self.shell.mail_attention;
        if failed + to_phone == 0 {
            return space::horizontal().width(0).into();
        }
        button(text(t::mail_attention(failed, to_phone)).size(13))
            .padding([4, 10])
            .style(theme::button::counter(true))
            .on_press(Message::Navigate(Screen::Cases))
            .into()
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
        self.load_error
            .clone()
            .unwrap_or_else(|| t::OPENING.to_string())
    }

    fn refresh_due(&self) -> Task<Message> {
        match &self.shell.desk {
            Some(desk) => {
                let desk = desk.clone();
                let today = self.shell.today;
                Task::perform(async move { desk.due(today).await }, Message::Due)
            }
            None => Task::none(),
        }
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        if matches!(
            message,
            Message::Activity | Message::Shortcut(_) | Message::Navigate(_)
        ) {
            self.last_activity = std::time::Instant::now();
        }
        // While the card shows, the keyboard's shortcuts and the navigation wait — but
        // Tab and Shift+Tab still move between the card's name and secret.
        if self.gate.is_some()
            && matches!(
                message,
                Message::Shortcut(_) | Message::Navigate(_) | Message::SwitchPerson | Message::Lock
            )
            && !matches!(
                message,
                Message::Shortcut(Shortcut::NextField | Shortcut::PreviousField)
            )
        {
            return Task::none();
        }
        match message {
            Message::Activity | Message::SignedOut(Ok(())) => Task::none(),
            Message::SignedOut(Err(reason)) => {
                self.notice = Some(Err(reason));
                Task::none()
            }
            Message::Tick(now) => {
                let minutes = u64::from(self.shell.settings.lock_minutes);
                let idle = now.saturating_duration_since(self.last_activity);
                // A "Switch person" card left open locks too: the person before is
                // still signed in behind it.
                let open = self
                    .gate
                    .as_ref()
                    .is_none_or(|gate| gate.purpose == sign_in::Purpose::Switch);
                if self.shell.has_staff
                    && open
                    && self.shell.person.is_some()
                    && minutes > 0
                    && idle >= std::time::Duration::from_secs(minutes * 60)
                {
                    self.lock()
                } else {
                    Task::none()
                }
            }
            Message::Lock => self.lock(),
            Message::SwitchPerson => self.open_gate(sign_in::Purpose::Switch),
            Message::SignIn(message) => {
                let Some(gate) = self.gate.as_mut() else {
                    return Task::none();
                };
                let (task, event) = gate.update(message, self.shell.desk.as_ref());
                let task = task.map(Message::SignIn);
                match event {
                    Some(sign_in::Event::SignedIn(person)) => {
                        Task::batch([task, self.signed_in(person)])
                    }
                    Some(sign_in::Event::Cancelled) => {
                        self.gate = None;
                        task
                    }
                    None => task,
                }
            }
            Message::Staff(message) => {
                let (task, event) = self.staff_screen.update(message, &self.shell.staff());
                let task = task.map(Message::Staff);
                match event {
                    Some(staff::Event::Shared(shared)) => {
                        Task::batch([task, self.on_shared(shared)])
                    }
                    Some(staff::Event::Roster {
                        has_staff,
                        me,
                        line,
                    }) => {
                        self.notice = Some(Ok(line));
                        self.shell.has_staff = has_staff;
                        if let Some(me) = &me {
                            self.shell.actor = me.name.clone();
                        }
                        self.shell.person = me;
                        // One's own roles may have changed: off a screen no longer theirs.
                        if !self.shell.open_to(self.screen) {
                            let first = self.navigation().first().copied().unwrap_or(Screen::Cases);
                            return Task::batch([task, self.show(first, None)]);
                        }
                        task
                    }
                    None => task,
                }
            }
            Message::Opened(Ok(opened)) => {
                self.shell.data_dir = Some(opened.desk.data_dir().clone());
                self.welcome = welcome::State::new(&opened.settings.center);
                self.shell.desk_name = opened.desk_name;
                self.shell.settings = opened.settings;
                self.shell.policy = opened.policy;
                self.shell.desk = Some(opened.desk);
                self.screen = if opened.has_cases || opened.has_staff {
                    Screen::Intake
                } else {
                    Screen::Welcome
                };
                self.shell.has_staff = opened.has_staff;
                let gate = if opened.has_staff {
                    self.open_gate(sign_in::Purpose::SignIn)
                } else {
                    Task::none()
                };
                Task::batch([gate, self.refresh_due(), self.daily_backup()])
            }
            // Retention follows the backup at the desk that made it: never before one.
            Message::BackedUp(Ok(Daily::Done(Some(path)))) => {
                self.notice = Some(Ok(t::backed_up(&path)));
                self.retention()
            }
            Message::BackedUp(Ok(Daily::Done(None))) => self.retention(),
            Message::BackedUp(Ok(Daily::Skipped)) => Task::none(),
            Message::Retained(Ok(0)) => Task::none(),
            Message::Retained(Ok(cases)) => {
                self.notice = Some(Ok(t::retained(cases, self.shell.settings.retention_months)));
                Task::none()
            }
            Message::Retained(Err(reason)) => {
                self.notice = Some(Err(reason));
                Task::none()
            }
            Message::Fold => match self.shell.desk.clone() {
                Some(desk) => Task::perform(
                    async move { desk.run(|store| store.fold_recent()).await },
                    Message::Folded,
                ),
                None => Task::none(),
            },
            Message::Feed(feed::Event::Changed(changes)) => {
                let mut numbers: Vec<CaseNumber> = Vec::new();
                for change in changes {
                    if !numbers.contains(&change.case) {
                        numbers.push(change.case);
                    }
                }
                // A step may have queued a message: send it now, not at the next tick.
                let mail = self.update(Message::MailRound);
                Task::batch([self.cases_changed(numbers), mail])
            }
            Message::MailRound => match self.shell.desk.clone() {
                Some(desk) if !self.shell.mail_busy && self.shell.offline.is_none() => {
                    self.shell.mail_busy = true;
                    let now = chrono::Utc::now();
                    Task::perform(async move { desk.send_mail(now).await }, Message::MailSent)
                }
                _ => Task::none(),
            },
            Message::MailSent(answer) => {
                self.shell.mail_busy = false;
                match answer {
                    Ok((report, attention)) => {
                        self.shell.mail_attention = attention;
                        if report.cases.is_empty() {
                            Task::none()
                        } else {
                            self.cases_changed(report.cases)
                        }
                    }
                    // The connection's trouble shows through the feed's banner.
                    Err(_) => Task::none(),
                }
            }
            Message::Feed(feed::Event::Lost(reason)) => {
                self.shell.offline = Some(reason);
                Task::none()
            }
            Message::Feed(feed::Event::Back) => {
                self.shell.offline = None;
                match self.shell.desk.clone() {
                    Some(desk) => Task::perform(
                        async move { desk.run(|store| store.reconnect()).await },
                        Message::Reconnected,
                    ),
                    None => Task::none(),
                }
            }
            // What was shown may have changed meanwhile: everything on screen is read
            // again, once.
            Message::Reconnected(Ok(())) => self.cases_changed(self.open_cases()),
            Message::Reconnected(Err(reason)) => {
                self.notice = Some(Err(reason));
                self.cases_changed(self.open_cases())
            }
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
                match &self.saved_server {
                    // The saved server is unreachable or refused: its form, saying why,
                    // so the desk can fix the address or go back to its own file.
                    Some(server) => {
                        self.welcome = welcome::State::server_failed(
                            &self.shell.settings.center,
                            server,
                            reason,
                        );
                        self.screen = Screen::Welcome;
                    }
                    None => self.load_error = Some(reason),
                }
                Task::none()
            }
            Message::Due(Ok(due)) => {
                self.shell.due = due;
                Task::none()
            }
            Message::Due(Err(reason)) => {
                self.notice = Some(Err(reason));
                Task::none()
            }
            Message::Navigate(screen) => self.show(screen, None),
            Message::Shortcut(Shortcut::NewIntake) if !self.shell.open_to(Screen::Intake) => {
                Task::none()
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
                let _ = self.cases.update(cases::Message::Back, &self.shell.cases());
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
                let answer = self.cases.update(message, &self.shell.cases());
                self.routed(answer, Message::Cases)
            }
            Message::Intake(message) => {
                let answer = self.intake.update(message, &self.shell.intake());
                self.routed(answer, Message::Intake)
            }
            Message::Welcome(message) => {
                let answer = self.welcome.update(message, &self.shell.welcome());
                // Once the first run is over (the demo, if any, written), the counters
                // have work to count.
                let done = matches!(answer.1, Some(Shared::Navigate(..)));
                let routed = self.routed(answer, Message::Welcome);
                if done {
                    Task::batch([routed, self.refresh_due()])
                } else {
                    routed
                }
            }
            Message::Printed(Ok((number, kind, path, delivery))) => {
                self.notice = Some(t::delivered(&path, &delivery));
                self.print_prompt = print_prompt::State::after(
                    number.clone(),
                    format!("{} {number}", kind.label()),
                    path,
                    &delivery,
                );
                let number = Some(number);
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
            Message::PrintPrompt(message) => {
                let Some(prompt) = self.print_prompt.as_mut() else {
                    return Task::none();
                };
                let (task, outcome) = prompt.update(message);
                if let print_prompt::Outcome::Close(line) = outcome {
                    self.print_prompt = None;
                    if line.is_some() {
                        self.notice = line;
                    }
                }
                task.map(Message::PrintPrompt)
            }
            Message::Inspection(message) => self.route_inspection(message),
            Message::Dispatch(message) => self.route_dispatch(message),
            Message::Reports(message) => {
                let answer = self.reports.update(message, &self.shell.reports());
                self.routed(answer, Message::Reports)
            }
            Message::Settings(message) => {
                let answer = self.settings_screen.update(message, &self.shell.settings());
                self.routed(answer, Message::Settings)
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
        let Some(desk) = self.shell.desk.clone() else {
            return Task::done(Message::Printed(Err(self.no_store())));
        };
        let settings = self.shell.settings.clone();
        // The dispatcher may pick another label form than the center's for this parcel.
        let options = documents::PrintOptions {
            label: options.label.map(|size| {
                LabelForm::from_settings(&Settings {
                    label: size,
                    ..settings.clone()
                })
            }),
            tracking: options.tracking,
            // The paper chosen for this kind in Settings → Printers.
            form: Some(settings.printers.for_kind(kind).form),
            // The customer's language: a paper to a customer speaks theirs.
            language: None,
        };
        let actor = self.shell.actor.clone();
        let folder = desk.data_dir().join("documents");
        let choice = settings.printers.for_kind(kind).clone();
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
                // The same drawing as `fixdesk receipt`/`label`/…: one dispatch for all.
                let pdf = documents::render(kind, &case, &settings, &options, now)
                    .map_err(|err| crate::gui::desk::capitalize(&err.to_string()))?;
                // Every printing is its own file, named by the time (docs/rules.md §7): a
                // reprint never overwrites what was handed out before.
                let name = documents::unique_file_name(&number, kind, now, |name| {
                    folder.join(name).exists()
                });
                let path = folder.join(&name);
                // On the center's server the PDF is kept with the case too: every desk
                // has what was handed out.
                let kept = desk.on_server().then(|| pdf.clone());
                let pdf_sent = pdf.clone();
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
                let printed =
                    documents::printing(kind, &case, &settings, &options, &actor, now, Some(name));
                let recorded = number.clone();
                desk.run(move |store| store.record_printed(&recorded, &printed, kept.as_deref()))
                    .await?;
                // To its printer (Settings → Printers), or into the viewer; a printer
                // that fails leaves all of the above done.
                let title = format!("{number} {}", kind.label());
                let delivery = tokio::task::spawn_blocking({
                    let path = path.clone();
                    move || printer::deliver(&choice, &path, &pdf_sent, &title)
                })
                .await
                .map_err(|err| err.to_string())?;
                Ok((number, kind, path, delivery))
            },
            Message::Printed,
        )
    }

    /// The daily automatic backup (the last N kept, a setting), made off the
    /// UI thread once the store is open; an existing backup for today is left alone.
    fn daily_backup(&self) -> Task<Message> {
        let Some(desk) = self.shell.desk.clone() else {
            return Task::none();
        };
        let today = self.shell.today;
        Task::perform(
            async move { desk.daily_backup(today, Utc::now()).await },
            Message::BackedUp,
        )
    }

    /// docs/rules.md §8: once the day's backup is made, personal data leaves cases closed
    /// longer ago than the retention setting allows (never before a backup exists).
    fn retention(&self) -> Task<Message> {
        let Some(desk) = self.shell.desk.clone() else {
            return Task::none();
        };
        let today = self.shell.today;
        let months = self.shell.settings.retention_months;
        let actor = self.shell.actor.clone();
        Task::perform(
            async move { desk.daily_retention(today, months, actor, Utc::now()).await },
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
        if let Some(gate) = &self.gate {
            return gate
                .view(&self.shell.settings.center.name)
                .map(Message::SignIn);
        }
        if self.screen == Screen::Welcome {
            return self
                .welcome
                .view(&self.shell.welcome())
                .map(Message::Welcome);
        }
        let nav = column(self.navigation().into_iter().map(|screen| {
            button(text(screen.label()).size(16))
                .width(Fill)
                .padding([10, 16])
                .style(theme::button::navigation(screen == self.screen))
                .on_press(Message::Navigate(screen))
                .into()
        }))
        .spacing(4)
        .width(Fill);
        // Who is signed in sits at the foot of the navigation, where it has room.
        let nav = column![nav, space::vertical(), self.person_badge()]
            .padding(8)
            .width(170)
            .height(Fill);

        let due = |label: String, count: u64, screen: Screen| {
            button(text(label).size(13))
                .padding([4, 10])
                .style(theme::button::counter(count > 0))
                .on_press(Message::Navigate(screen))
        };
        let header = row![
            text(self.shell.settings.center.name.clone()).size(20),
            space::horizontal(),
            due(
                t::parcels_expected(self.shell.due.parcels_expected.count),
                self.shell.due.parcels_expected.count,
                Screen::Inspection
            ),
            due(
                t::closing_today(self.shell.due.applications_closing_today.count),
                self.shell.due.applications_closing_today.count,
                Screen::Inspection
            ),
            due(
                t::payments_overdue(self.shell.due.payments_past_due.count),
                self.shell.due.payments_past_due.count,
                Screen::Dispatch
            ),
            due(
                t::answers_overdue(self.shell.due.answers_past_due.count),
                self.shell.due.answers_past_due.count,
                Screen::Dispatch
            ),
            self.mail_counter(),
            text(t::long_date(self.shell.today)).size(14),
        ]
        .spacing(8)
        .padding([10, 16])
        .align_y(iced::Center);

        let body: Element<'_, Message> = match self.screen {
            Screen::Intake => self.intake.view(&self.shell.intake()).map(Message::Intake),
            Screen::Cases => self.cases.view(&self.shell.cases()).map(Message::Cases),
            Screen::Inspection => self
                .inspection
                .view(&self.shell.inspection())
                .map(Message::Inspection),
            Screen::Dispatch => self
                .dispatch
                .view(&self.shell.dispatch())
                .map(Message::Dispatch),
            Screen::Reports => self
                .reports
                .view(&self.shell.reports())
                .map(Message::Reports),
            Screen::Settings => self
                .settings_screen
                .view(&self.shell.settings())
                .map(Message::Settings),
            Screen::Staff => self
                .staff_screen
                .view(&self.shell.staff())
                .map(Message::Staff),
            Screen::Welcome => self
                .welcome
                .view(&self.shell.welcome())
                .map(Message::Welcome),
        };
        let status: Element<'_, Message> = match &self.notice {
            Some(Ok(info)) => text(info.clone()).size(13).into(),
            Some(Err(problem)) => text(problem.clone())
                .size(13)
                .style(theme::text::danger)
                .into(),
            None => text(match &self.shell.desk {
                Some(desk) if desk.on_server() => format!(
                    "{} · {}",
                    t::cases_are_on(desk.place()),
                    t::this_desk(&self.shell.desk_name)
                ),
                _ => self
                    .shell
                    .data_dir
                    .as_ref()
                    .map(|dir| format!("Data folder: {}", dir.display()))
                    .unwrap_or_default(),
            })
            .size(12)
            .into(),
        };
        let banner: Element<'_, Message> = match &self.shell.offline {
            Some(reason) => container(
                column![
                    text(if self.shell.desk.as_ref().is_some_and(Desk::on_server) {
                        t::OFFLINE_SERVER
                    } else {
                        t::OFFLINE_FILE
                    })
                    .size(15),
                    text(reason.clone()).size(12),
                ]
                .spacing(2),
            )
            .width(Fill)
            .padding([6, 16])
            .style(theme::container::warning)
            .into(),
            None => space::vertical().height(0).into(),
        };
        let prompt: Element<'_, Message> = match &self.print_prompt {
            Some(prompt) => prompt.view().map(Message::PrintPrompt),
            None => space::vertical().height(0).into(),
        };
        column![
            header,
            banner,
            rule::horizontal(1),
            row![
                nav,
                rule::vertical(1),
                container(body).width(Fill).height(Fill)
            ]
            .height(Fill),
            prompt,
            rule::horizontal(1),
            container(status).padding([4, 16]),
        ]
        .into()
    }
}

impl App {
    /// Who is signed in, with "Switch person" and "Lock" (nothing without staff).
    fn person_badge(&self) -> Element<'_, Message> {
        match (&self.shell.person, self.shell.has_staff) {
            (Some(person), true) => column![
                text(t::signed_in_as(&person.name)).size(13),
                button(text(t::SWITCH_PERSON).size(13))
                    .width(Fill)
                    .padding([4, 10])
                    .style(theme::button::secondary)
                    .on_press(Message::SwitchPerson),
                button(text(t::LOCK).size(13))
                    .width(Fill)
                    .padding([4, 10])
                    .style(theme::button::secondary)
                    .on_press(Message::Lock),
            ]
            .spacing(6)
            .into(),
            _ => space::horizontal().width(0).into(),
        }
    }
}

/// The name written on events: the system user, or "desk" when none is known.
fn desk_user() -> String {
    ["USER", "USERNAME"]
        .into_iter()
        .find_map(|var| std::env::var(var).ok().filter(|v| !v.trim().is_empty()))
        .unwrap_or_else(|| "desk".to_string())
}
