//! The GUI layer's test support: a bench that drives a screen exactly as the app does.
//! It calls the screen's own `update`, runs the task it returns to completion (store
//! calls included, on a real temporary store, on a tokio runtime as the window does),
//! feeds the task's messages back, and answers the screen's shared events the way the
//! app does (a changed case: the due items and the screen's lists are read again). It
//! also keeps the simulator helpers (`simulate`, `click`, `type_into`, `shows`) and
//! watches which text field the screen's tasks focus.
//!
//! A test file using it declares `mod store_common;` (the temporary store) and
//! `mod gui_support;`.

#![allow(dead_code)]

pub mod screens;

use std::fmt::Debug;

use chrono::NaiveDate;
use fixdesk::domain::{CaseNumber, Policy, Settings};
use fixdesk::gui::app::{self, App};
use fixdesk::gui::desk::{Desk, Opened};
use fixdesk::gui::screen::{Shared, connection, dispatch, inspection};
use fixdesk::store::{DueItems, Store};
use iced::advanced::widget::operation::Focusable;
use iced::advanced::widget::{Id, Operation};
use iced::{Element, Rectangle, Task};
use iced_test::futures::futures::StreamExt;
use iced_test::runtime::{Action, task::into_stream};
use iced_test::{Simulator, selector};

use crate::store_common::{day, temp_store};

/// What every screen reads from the app, kept by the bench: the store on a temporary
/// folder, the settings, the policy, the day, who is at the desk, the due items.
pub struct Shell {
    pub desk: Desk,
    pub settings: Settings,
    pub policy: Policy,
    pub today: NaiveDate,
    pub actor: String,
    pub due: DueItems,
    /// Why the database is out of reach (the app's banner), if it is.
    pub offline: Option<String>,
    runtime: tokio::runtime::Runtime,
    _dir: tempfile::TempDir,
}

impl Shell {
    pub fn new(today: &str) -> Self {
        let (dir, store) = temp_store();
        let desk = Desk::from_store(store, dir.path().to_path_buf());
        Self {
            desk,
            settings: Settings::default(),
            policy: Policy::shipped(),
            today: day(today),
            actor: "desk".to_string(),
            due: DueItems::default(),
            offline: None,
            runtime: tokio::runtime::Builder::new_multi_thread()
                .worker_threads(1)
                .enable_all()
                .build()
                .expect("tokio runtime"),
            _dir: dir,
        }
    }

    /// Works on the store directly (setting a case up, reading what a step wrote).
    pub fn store<T>(&self, work: impl FnOnce(&mut Store) -> T) -> T {
        self.desk.blocking(work)
    }

    /// The due items as the app reads them for the header.
    pub fn refresh_due(&mut self) {
        let today = self.today;
        let days = self.settings.answer_days;
        self.due = self
            .store(|store| store.due(today, days))
            .expect("due items");
    }

    /// Runs a task to completion: the messages it produces, and the text fields its
    /// widget operations focus (checked against `fields`).
    pub fn run<M: Send + 'static>(
        &self,
        task: Task<M>,
        fields: &[&'static str],
    ) -> (Vec<M>, Vec<&'static str>) {
        let Some(stream) = into_stream(task) else {
            return (Vec::new(), Vec::new());
        };
        let actions: Vec<Action<M>> = self.runtime.block_on(stream.collect());
        let mut messages = Vec::new();
        let mut focused = Vec::new();
        for action in actions {
            match action {
                Action::Output(message) => messages.push(message),
                Action::Widget(mut operation) => {
                    for field in fields {
                        let mut probe = Probe(false);
                        operation.focusable(
                            Some(&Id::new(field)),
                            Rectangle::default(),
                            &mut probe,
                        );
                        if probe.0 {
                            focused.push(*field);
                        }
                    }
                }
                _ => {}
            }
        }
        (messages, focused)
    }
}

/// A stand-in text field: remembers whether an operation focused it.
struct Probe(bool);

impl Focusable for Probe {
    fn is_focused(&self) -> bool {
        self.0
    }
    fn focus(&mut self) {
        self.0 = true;
    }
    fn unfocus(&mut self) {
        self.0 = false;
    }
}

/// A screen the bench can drive: its `update` and `view` with the context built from the
/// bench's [`Shell`], as the app builds it.
pub trait Program {
    type Message: Clone + Debug + Send + 'static;
    /// The text fields whose focus the bench watches.
    const FIELDS: &'static [&'static str];
    fn update(
        &mut self,
        message: Self::Message,
        shell: &Shell,
    ) -> (Task<Self::Message>, Option<Shared>);
    fn view<'a>(&'a self, shell: &'a Shell) -> Element<'a, Self::Message>;
    /// What the app tells the screen when cases changed.
    fn cases_changed(numbers: Vec<CaseNumber>) -> Self::Message;
}

impl Program for inspection::State {
    type Message = inspection::Message;
    const FIELDS: &'static [&'static str] = &[inspection::SCAN_ID];

    fn update(
        &mut self,
        message: inspection::Message,
        shell: &Shell,
    ) -> (Task<inspection::Message>, Option<Shared>) {
        inspection::State::update(self, message, &inspection_context(shell))
    }

    fn view<'a>(&'a self, shell: &'a Shell) -> Element<'a, inspection::Message> {
        inspection::State::view(self, &inspection_context(shell))
    }

    fn cases_changed(numbers: Vec<CaseNumber>) -> inspection::Message {
        inspection::Message::CasesChanged(numbers)
    }
}

pub fn inspection_context(shell: &Shell) -> inspection::Context<'_> {
    inspection::Context {
        words: shell.settings.language.words(),
        desk: Some(&shell.desk),
        settings: &shell.settings,
        policy: &shell.policy,
        today: shell.today,
        actor: &shell.actor,
        due: &shell.due,
        offline: shell.offline.as_deref(),
        person: None,
    }
}

impl Program for dispatch::State {
    type Message = dispatch::Message;
    const FIELDS: &'static [&'static str] = &[dispatch::FILTER_ID];

    fn update(
        &mut self,
        message: dispatch::Message,
        shell: &Shell,
    ) -> (Task<dispatch::Message>, Option<Shared>) {
        dispatch::State::update(self, message, &dispatch_context(shell))
    }

    fn view<'a>(&'a self, shell: &'a Shell) -> Element<'a, dispatch::Message> {
        dispatch::State::view(self, &dispatch_context(shell))
    }

    fn cases_changed(numbers: Vec<CaseNumber>) -> dispatch::Message {
        dispatch::Message::CasesChanged(numbers)
    }
}

/// The "Where the cases are" form, saving the server's address in the bench's folder.
impl Program for connection::State {
    type Message = connection::Message;
    const FIELDS: &'static [&'static str] = &[
        connection::Field::Host.id(),
        connection::Field::Port.id(),
        connection::Field::Database.id(),
        connection::Field::User.id(),
    ];

    fn update(
        &mut self,
        message: connection::Message,
        shell: &Shell,
    ) -> (Task<connection::Message>, Option<Shared>) {
        connection::State::update(self, message, &connection_context(shell))
    }

    fn view<'a>(&'a self, shell: &'a Shell) -> Element<'a, connection::Message> {
        connection::State::view(self, &connection_context(shell))
    }

    fn cases_changed(_: Vec<CaseNumber>) -> connection::Message {
        connection::Message::Tested(Ok(String::new()))
    }
}

pub fn connection_context(shell: &Shell) -> connection::Context<'_> {
    connection::Context {
        words: shell.settings.language.words(),
        data_dir: Some(shell.desk.data_dir().as_path()),
        on_server: shell.desk.on_server(),
    }
}

pub fn dispatch_context(shell: &Shell) -> dispatch::Context<'_> {
    dispatch::Context {
        words: shell.settings.language.words(),
        desk: Some(&shell.desk),
        settings: &shell.settings,
        today: shell.today,
        actor: &shell.actor,
        due: &shell.due,
        offline: shell.offline.as_deref(),
    }
}

/// A screen on the bench, with everything it asked of the app and where the focus went.
pub struct Bench<P: Program> {
    pub shell: Shell,
    pub screen: P,
    /// Every shared event the screen reported, in order.
    pub events: Vec<Shared>,
    /// The text field the screen's tasks focused last.
    pub focused: Option<&'static str>,
    size: (f32, f32),
}

impl<P: Program> Bench<P> {
    pub fn new(shell: Shell, screen: P) -> Self {
        Self {
            shell,
            screen,
            events: Vec::new(),
            focused: None,
            size: (1280.0, 2400.0),
        }
    }

    /// The window size the simulator lays the screen out in.
    pub fn with_size(mut self, width: f32, height: f32) -> Self {
        self.size = (width, height);
        self
    }

    /// Sends one message and everything that follows from it: the tasks' answers, and
    /// for a changed case what the app does (due items read again, the screen told).
    /// Returns the shared events seen.
    pub fn send(&mut self, message: P::Message) -> Vec<Shared> {
        let mut seen = Vec::new();
        let mut queue = std::collections::VecDeque::from([message]);
        while let Some(message) = queue.pop_front() {
            let (task, event) = self.screen.update(message, &self.shell);
            let (messages, focused) = self.shell.run(task, P::FIELDS);
            if let Some(field) = focused.last() {
                self.focused = Some(field);
            }
            queue.extend(messages);
            if let Some(event) = event {
                match &event {
                    Shared::CaseChanged(number) => {
                        self.shell.refresh_due();
                        queue.push_back(P::cases_changed(vec![number.clone()]));
                    }
                    Shared::CasesChanged(numbers) => {
                        self.shell.refresh_due();
                        queue.push_back(P::cases_changed(numbers.clone()));
                    }
                    _ => {}
                }
                self.events.push(event.clone());
                seen.push(event);
            }
        }
        seen
    }

    /// Acts on the screen as drawn (click, type…), then sends what it produced.
    pub fn simulate(&mut self, act: impl FnOnce(&mut Simulator<'_, P::Message>)) -> Vec<Shared> {
        let messages: Vec<P::Message> = {
            let mut ui = Simulator::with_size(
                fixdesk::gui::settings(),
                self.size,
                self.screen.view(&self.shell),
            );
            act(&mut ui);
            ui.into_messages().collect()
        };
        messages.into_iter().flat_map(|m| self.send(m)).collect()
    }

    pub fn click(&mut self, label: &str) -> Vec<Shared> {
        self.simulate(|ui| {
            ui.click(label)
                .unwrap_or_else(|err| panic!("{label:?} is not clickable: {err:?}"));
        })
    }

    pub fn type_into(&mut self, id: &'static str, typed: &str) -> Vec<Shared> {
        self.simulate(|ui| {
            ui.click(selector::id(id)).expect("field on screen");
            ui.typewrite(typed);
        })
    }

    pub fn shows(&self, content: &str) -> bool {
        let mut ui = Simulator::with_size(
            fixdesk::gui::settings(),
            self.size,
            self.screen.view(&self.shell),
        );
        ui.find(content).is_ok()
    }

    /// Where a text (or a text field's content) is laid out, and the part of it in sight
    /// (`None` when scrolled out of view or outside the window).
    pub fn place(&self, content: &str) -> Option<(Rectangle, Option<Rectangle>)> {
        let mut ui = Simulator::with_size(
            fixdesk::gui::settings(),
            self.size,
            self.screen.view(&self.shell),
        );
        ui.find(content)
            .ok()
            .map(|found| (found.bounds(), found.visible_bounds()))
    }
}

/// The whole app on the bench, its store open on a temporary folder: messages go through
/// `App::update` and every task it returns runs, so the routing between screens is the
/// app's own. (Keep printing out of these tests: a print opens a PDF viewer.)
pub struct AppBench {
    pub shell: Shell,
    pub app: App,
}

impl AppBench {
    pub fn new(today: &str) -> Self {
        let shell = Shell::new(today);
        let mut app = App::new(
            Some(shell.desk.data_dir().clone()),
            shell.settings.clone(),
            shell.policy.clone(),
            shell.today,
        );
        // The opened store's follow-up work (the daily backup) is not this bench's.
        let _ = app.update(app::Message::Opened(Ok(Opened {
            desk: shell.desk.clone(),
            settings: shell.settings.clone(),
            policy: shell.policy.clone(),
            policy_version: 1,
            has_cases: true,
            has_staff: false,
            desk_name: "Counter 1".to_string(),
        })));
        Self { shell, app }
    }

    /// Renders the whole window to a PNG (to look at a screen as the desk sees it).
    pub fn save_png(&self, path: &std::path::Path, size: (f32, f32)) {
        let _ = std::fs::remove_file(path);
        let mut ui = Simulator::with_size(fixdesk::gui::settings(), size, self.app.view());
        let snapshot = ui.snapshot(&iced::Theme::Light).expect("snapshot");
        snapshot.matches_image(path).expect("PNG written");
    }

    /// Sends a message and runs everything that follows from it.
    pub fn send(&mut self, message: app::Message) {
        let mut queue = std::collections::VecDeque::from([message]);
        while let Some(message) = queue.pop_front() {
            let task = self.app.update(message);
            let (messages, _) = self.shell.run(task, &[]);
            queue.extend(messages);
        }
    }
}
