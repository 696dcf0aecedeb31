//! Driving the app and its screens as a person would, headless (iced_test, tiny-skia),
//! and running the tasks they return to completion — store calls included — so a test
//! drives the very code the window runs.
//!
//! Two ways to drive: `feed` hands messages to the app and drops the tasks they start
//! (for tests that feed the store's answers by hand), a [`Bench`] runs every task and
//! feeds its messages back until nothing is left (for tests against a real store).
//!
//! A test file using the bench declares `mod store_common;` too (its temporary store).

use chrono::NaiveDate;
use fixdesk::domain::{Policy, Settings};
use fixdesk::gui::desk::Desk;
use fixdesk::gui::screen::intake::{self, Field};
use fixdesk::gui::{App, Message};
use iced::Task;
use iced::futures::StreamExt;
use iced_test::Simulator;
use iced_test::runtime::Action;
use iced_test::runtime::task::into_stream;
use iced_test::selector::{self, Candidate};

/// The clerk's window: 1280 pixels wide, `height` tall (taller than a real screen where
/// a test must reach the bottom of a form without scrolling).
pub fn simulator<M: Clone>(view: iced::Element<'_, M>, height: f32) -> Simulator<'_, M> {
    Simulator::with_size(fixdesk::gui::settings(), (1280.0, height), view)
}

/// The messages a simulated person produced on one view.
pub fn clicked<M: Clone>(view: iced::Element<'_, M>, height: f32, label: &str) -> Vec<M> {
    let mut ui = simulator(view, height);
    ui.click(label)
        .unwrap_or_else(|err| panic!("{label:?} is not clickable: {err:?}"));
    ui.into_messages().collect()
}

/// Clicks the input with this id and types into it.
pub fn typed<M: Clone>(view: iced::Element<'_, M>, height: f32, id: &str, text: &str) -> Vec<M> {
    let mut ui = simulator(view, height);
    ui.click(selector::id(id.to_string()))
        .unwrap_or_else(|err| panic!("{id} is not on screen: {err:?}"));
    ui.typewrite(text);
    ui.into_messages().collect()
}

/// Whether this text is on screen (exactly, as one text or input).
pub fn finds<M: Clone>(view: iced::Element<'_, M>, height: f32, target: &str) -> bool {
    let mut ui = simulator(view, height);
    ui.find(target).is_ok()
}

/// Whether any text on the screen (scrolled into view or not) contains `needle`.
pub fn any_text_contains<M: Clone>(view: iced::Element<'_, M>, height: f32, needle: &str) -> bool {
    let mut ui = simulator(view, height);
    let needle = needle.to_string();
    let selector = move |candidate: Candidate<'_>| match candidate {
        Candidate::Text { content, .. } if content.contains(&needle) => Some(()),
        Candidate::TextInput { state, .. } if state.text().contains(&needle) => Some(()),
        _ => None,
    };
    ui.find(selector).is_ok()
}

/// Clicks a widget of the app's window by its text (a radio, a checkbox, a button), the
/// window `height` tall; returns how many messages it fed the app.
pub fn click(app: &mut App, height: f32, label: &str) -> usize {
    let messages = clicked(app.view(), height, label);
    feed(app, messages)
}

/// Does the app's window, `height` tall, show `content`?
pub fn shows(app: &App, height: f32, content: &str) -> bool {
    finds(app.view(), height, content)
}

/// Hands messages to the app as the runtime would, dropping the tasks they start (the
/// test feeds the answers by hand); returns how many there were.
pub fn feed(app: &mut App, messages: Vec<Message>) -> usize {
    let count = messages.len();
    for message in messages {
        let _ = app.update(message);
    }
    count
}

/// The app on a given day, with the shipped policy, before any store is open.
pub fn app_on(today: NaiveDate) -> App {
    App::new(None, Settings::default(), Policy::shipped(), today)
}

/// Runs a task to its end and returns the messages it produced. Widget operations
/// (focus, select all) have nothing to act on headless and are dropped.
pub fn run<T: Send + 'static>(runtime: &tokio::runtime::Runtime, task: Task<T>) -> Vec<T> {
    let Some(stream) = into_stream(task) else {
        return Vec::new();
    };
    runtime.block_on(
        stream
            .filter_map(|action| async move {
                match action {
                    Action::Output(message) => Some(message),
                    _ => None,
                }
            })
            .collect(),
    )
}

/// The app on a real store in a temporary folder, its tasks run to completion on a
/// tokio runtime (the desk does its SQLite work on tokio's blocking pool).
pub struct Bench {
    pub app: App,
    pub runtime: tokio::runtime::Runtime,
    pub dir: tempfile::TempDir,
    pub desk: Desk,
}

impl Bench {
    /// An empty store opened as the window opens it, on `today`; the first-run screen is
    /// left for the intake screen.
    pub fn new(today: NaiveDate) -> Self {
        let runtime = tokio::runtime::Runtime::new().expect("tokio runtime");
        // A fresh store, closed again so the desk opens it as the window does.
        let (dir, store) = crate::store_common::temp_store();
        drop(store);
        let opened = runtime
            .block_on(Desk::open(
                fixdesk::domain::Language::English.words(),
                dir.path().to_path_buf(),
                None,
            ))
            .expect("the store opens");
        let desk = opened.desk.clone();
        let mut bench = Self {
            app: app_on(today),
            runtime,
            dir,
            desk,
        };
        bench.send(Message::Opened(Ok(opened)));
        bench.send(Message::Navigate(fixdesk::gui::Screen::Intake));
        bench
    }

    /// A store whose staff `setup` made (a database with staff accounts), opened as
    /// the window opens it: the sign-in card shows, nobody is signed in.
    pub fn with_staff(today: NaiveDate, setup: impl FnOnce(&mut fixdesk::store::Store)) -> Self {
        let runtime = tokio::runtime::Runtime::new().expect("tokio runtime");
        let (dir, mut store) = crate::store_common::temp_store();
        setup(&mut store);
        drop(store);
        let opened = runtime
            .block_on(Desk::open(
                fixdesk::domain::Language::English.words(),
                dir.path().to_path_buf(),
                None,
            ))
            .expect("the store opens");
        let desk = opened.desk.clone();
        let mut bench = Self {
            app: app_on(today),
            runtime,
            dir,
            desk,
        };
        bench.send(Message::Opened(Ok(opened)));
        bench
    }

    /// Works on the store directly (to set up cases as another desk would have).
    pub fn store<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut fixdesk::store::Store) -> Result<T, fixdesk::store::StoreError>
        + Send
        + 'static,
    ) -> T {
        self.runtime
            .block_on(self.desk.run(work))
            .expect("the store answers")
    }

    /// Hands one message to the app and runs everything it starts, feeding each answer
    /// back, until nothing is left to run.
    pub fn send(&mut self, message: Message) {
        let task = self.app.update(message);
        self.settle(task);
    }

    /// Sends each of these messages in turn; returns how many there were.
    pub fn send_all(&mut self, messages: Vec<Message>) -> usize {
        let count = messages.len();
        for message in messages {
            self.send(message);
        }
        count
    }

    /// Runs a task and every task its answers start, in order.
    pub fn settle(&mut self, task: Task<Message>) {
        let mut pending = std::collections::VecDeque::from([task]);
        while let Some(task) = pending.pop_front() {
            for message in run(&self.runtime, task) {
                pending.push_back(self.app.update(message));
            }
        }
    }

    /// Clicks a widget by its text in a window this tall; returns the messages sent.
    pub fn click(&mut self, height: f32, label: &str) -> usize {
        let messages = clicked(self.app.view(), height, label);
        self.send_all(messages)
    }

    /// Clicks the input with this id and types; every keystroke's work is run.
    pub fn type_into(&mut self, height: f32, id: &str, text: &str) {
        let messages = typed(self.app.view(), height, id, text);
        self.send_all(messages);
    }

    pub fn shows(&self, height: f32, content: &str) -> bool {
        shows(&self.app, height, content)
    }
}

/// Tall enough to reach the intake's save bar without scrolling.
pub const WALK_IN_HEIGHT: f32 = 1500.0;

/// A walk-in typed as far as a valid case.
pub fn type_a_walk_in(bench: &mut Bench) {
    for (field, typed) in [
        (Field::Name, "Zoë Łukasiewicz-Müller"),
        (Field::Phone, "+44 20 7946 4506"),
        (Field::Model, "Aurora A5"),
        (Field::Serial, "AA5-123456"),
    ] {
        bench.type_into(WALK_IN_HEIGHT, field.id(), typed);
    }
    bench.send(Message::Intake(intake::Message::FaultEdited(
        iced::widget::text_editor::Action::Edit(iced::widget::text_editor::Edit::Paste(
            std::sync::Arc::new("Does not charge since last week".into()),
        )),
    )));
    bench.click(WALK_IN_HEIGHT, "Customer has backed up their data (3.1)");
    bench.click(
        WALK_IN_HEIGHT,
        "Customer confirms the details are accurate (3.3)",
    );
}
