//! First run: an empty database opens here. Says what fixdesk is, asks for the center's
//! details (they go on every document), and offers demo data to look around with.
//!
//! A small program (STYLE.md): it saves the center's details and writes the demo cases
//! itself, through the desk handle, and tells the app only what it must act on: the
//! settings now on file, and that the desk is ready to work.

use chrono::NaiveDate;
use iced::futures::channel::mpsc;
use iced::widget::{button, center, column, container, progress_bar, row, text, text_input};
use iced::{Element, Fill, Font, Task, font};

use crate::domain::{Center, Settings};
use crate::gui::desk::Desk;
use crate::gui::screen::{Screen, Shared, connection, no_store};
use crate::gui::theme;
use crate::gui::widget;
use crate::store::location::Server;

/// How many demo cases "Try it with demo data" writes: enough to fill every screen and
/// a year and a half of reports, little enough to be done in a few seconds.
pub const DEMO_CASES: usize = 3_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Name,
    Address,
    Phone,
}

impl Field {
    pub fn id(self) -> &'static str {
        match self {
            Self::Name => "welcome-name",
            Self::Address => "welcome-address",
            Self::Phone => "welcome-phone",
        }
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    Edit(Field, String),
    Start,
    TryDemo,
    /// The store's answer to saving the center's details.
    CenterSaved(Result<Center, String>),
    /// Demo cases written so far.
    DemoProgress(usize),
    /// The demo generator is done: how many cases it wrote, or why it stopped.
    DemoDone(Result<usize, String>),
    /// The details are saved (and the demo written): on to work.
    Ready,
    /// This desk's own file, or the center's server.
    Place(Place),
    Connection(connection::Message),
    /// "Several people work here": the manager's account is made next (Staff screen).
    WithStaff(bool),
}

/// Where a new desk keeps its cases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Place {
    #[default]
    ThisDesk,
    Server,
}

impl Place {
    fn label(self, w: crate::i18n::Words) -> String {
        match self {
            Place::ThisDesk => w.this_desk_only(),
            Place::Server => w.center_server(),
        }
    }
}

/// What the app must act on: the settings now on file (the center's details), and the
/// screen to go to once the first run is over. Nothing of this screen's own.
pub type Event = Shared;

/// What the screen reads from the app.
pub struct Context<'a> {
    /// The words of this desk's window, in its language.
    pub words: crate::i18n::Words,
    pub desk: Option<&'a Desk>,
    pub settings: &'a Settings,
    pub today: NaiveDate,
    /// The data folder, where a server's address is saved.
    pub data_dir: Option<&'a std::path::Path>,
}

impl Context<'_> {
    fn connection(&self) -> connection::Context<'_> {
        connection::Context {
            words: self.words,
            data_dir: self.data_dir,
            on_server: self.desk.is_some_and(Desk::on_server),
        }
    }
}

#[derive(Debug, Default)]
pub struct State {
    name: String,
    address: String,
    phone: String,
    /// Demo cases written so far, while the generator runs.
    pub progress: Option<usize>,
    pub error: Option<String>,
    place: Place,
    connection: connection::State,
    /// Go on to the manager's account once the details are saved.
    pub with_staff: bool,
}

impl State {
    pub fn new(center: &Center) -> Self {
        let name = if center.name == Center::default().name {
            String::new()
        } else {
            center.name.clone()
        };
        Self {
            name,
            address: center.address.clone(),
            phone: center.phone.clone(),
            ..Self::default()
        }
    }

    /// The panel when the saved server could not be reached at start: its connection
    /// form, filled in, saying why.
    pub fn server_failed(center: &Center, server: &Server, reason: String) -> Self {
        Self {
            place: Place::Server,
            connection: connection::State::failed(server, reason),
            ..Self::new(center)
        }
    }

    fn center(&self, base: &Center) -> Center {
        Center {
            name: self.name.trim().to_string(),
            address: self.address.trim().to_string(),
            phone: self.phone.trim().to_string(),
            ..base.clone()
        }
    }

    /// The details saved with demo data: what was typed, the rest a demo letterhead, so
    /// demo documents look like a real center's.
    pub fn demo_center(&self, w: crate::i18n::Words, base: &Center) -> Center {
        let mut center = self.center(base);
        if center.name.is_empty() {
            center.name = w.demo_center_name();
        }
        if center.address.is_empty() {
            center.address = w.demo_center_address();
        }
        if center.phone.is_empty() {
            center.phone = w.demo_center_phone();
        }
        center
    }

    pub fn update(&mut self, message: Message, cx: &Context) -> (Task<Message>, Option<Event>) {
        let w = cx.words;
        let base = &cx.settings.center;
        match message {
            Message::Edit(Field::Name, v) => self.name = v,
            Message::Edit(Field::Address, v) => self.address = v,
            Message::Edit(Field::Phone, v) => self.phone = v,
            Message::Start if self.progress.is_none() && !self.name.trim().is_empty() => {
                return (save_center(self.center(base), cx), None);
            }
            Message::TryDemo if self.progress.is_none() => {
                self.progress = Some(0);
                self.error = None;
                let center = self.demo_center(w, base);
                return (Task::batch([save_center(center, cx), write_demo(cx)]), None);
            }
            Message::Start | Message::TryDemo => {}
            Message::CenterSaved(Ok(center)) => {
                let settings = Settings {
                    center,
                    ..cx.settings.clone()
                };
                // With the demo still writing, the screen stays until it is done.
                let next = if self.progress.is_none() {
                    Task::done(Message::Ready)
                } else {
                    Task::none()
                };
                return (next, Some(Shared::SettingsChanged(Box::new(settings))));
            }
            Message::Ready => {
                // A shop of several people makes the manager's account first; a one-person
                // shop skips it and works as before (docs/rules.md §10).
                let next = if self.with_staff {
                    Screen::Staff
                } else {
                    Screen::Intake
                };
                return (Task::none(), Some(Shared::Navigate(next, None)));
            }
            Message::WithStaff(on) => {
                self.with_staff = on;
                return (Task::none(), None);
            }
            Message::CenterSaved(Err(reason)) | Message::DemoDone(Err(reason)) => {
                self.progress = None;
                self.error = Some(reason);
            }
            Message::DemoProgress(done) => {
                // A late progress report after the end is not a restart.
                if self.progress.is_some() {
                    self.progress = Some(done);
                }
            }
            Message::DemoDone(Ok(_)) => {
                self.progress = None;
                return (Task::done(Message::Ready), None);
            }
            Message::Place(place) if self.progress.is_none() => self.place = place,
            Message::Place(_) => {}
            Message::Connection(message) => {
                let (task, event) = self.connection.update(message, &cx.connection());
                return (task.map(Message::Connection), event);
            }
        }
        (Task::none(), None)
    }

    pub fn view<'a>(&'a self, cx: &Context<'a>) -> Element<'a, Message> {
        let w = cx.words;
        let bold = Font {
            weight: font::Weight::Bold,
            ..Font::DEFAULT
        };
        let busy = self.progress.is_some();
        let input = |label: String, field: Field, value: &str, hint: String| {
            column![
                text(label).size(13),
                text_input(&hint, value)
                    .id(field.id())
                    .on_input_maybe((!busy).then_some(move |v| Message::Edit(field, v)))
                    .on_submit(Message::Start)
                    .padding(8),
            ]
            .spacing(4)
        };
        let on_server = cx.desk.is_some_and(Desk::on_server);
        let place = if on_server { Place::Server } else { self.place };
        let mut content = column![
            text(w.welcome_title()).size(30).font(bold),
            text(w.welcome_text()).size(16),
            text(w.where_cases_are()).size(16).font(bold),
            widget::choice(
                [Place::ThisDesk, Place::Server],
                Some(place),
                move |p: Place| p.label(w),
                Message::Place
            ),
        ]
        .spacing(14)
        .max_width(620);
        if place == Place::Server && !on_server {
            content = content.push(
                self.connection
                    .view(&cx.connection())
                    .map(Message::Connection),
            );
            if let Some(error) = &self.error {
                content = content.push(text(error.clone()).style(theme::text::danger));
            }
            return center(container(content).padding(24).width(Fill).center_x(Fill)).into();
        }
        content = content.push(
            text(match cx.desk {
                Some(desk) if on_server => w.cases_are_on(desk.place()),
                _ => w.this_desk_only_text().to_string(),
            })
            .size(14)
            .style(theme::text::secondary),
        );
        let mut content = content.extend([
            text(w.welcome_details()).size(16).font(bold).into(),
            input(
                w.center_name(),
                Field::Name,
                &self.name,
                w.hint_center_name(),
            )
            .into(),
            input(
                w.center_address(),
                Field::Address,
                &self.address,
                w.hint_address(),
            )
            .into(),
            input(
                w.center_phone(),
                Field::Phone,
                &self.phone,
                "+44 20 7946 0000".into(),
            )
            .into(),
            iced::widget::checkbox(self.with_staff)
                .label(w.welcome_with_staff())
                .on_toggle(Message::WithStaff)
                .into(),
            row![
                button(text(w.start()).size(16))
                    .padding([8, 18])
                    .on_press_maybe(
                        (!busy && !self.name.trim().is_empty()).then_some(Message::Start)
                    ),
                // Demo cases go into a desk's own file only: a server holds real ones.
                button(text(w.try_demo()).size(16))
                    .padding([8, 18])
                    .style(theme::button::secondary)
                    .on_press_maybe((!busy && !on_server).then_some(Message::TryDemo)),
            ]
            .spacing(12)
            .into(),
        ]);
        if let Some(done) = self.progress {
            content = content.push(
                column![
                    progress_bar(0.0..=DEMO_CASES as f32, done as f32).girth(10),
                    text(w.demo_progress(done, DEMO_CASES)).size(13),
                ]
                .spacing(6),
            );
        }
        if let Some(error) = &self.error {
            content = content.push(text(error.clone()).style(theme::text::danger));
        }
        center(container(content).padding(24).width(Fill).center_x(Fill)).into()
    }
}

/// Saves the center's details in the settings on file.
fn save_center(center: Center, cx: &Context) -> Task<Message> {
    let w = cx.words;
    let Some(desk) = cx.desk.cloned() else {
        return Task::done(Message::CenterSaved(Err(no_store(w))));
    };
    let mut settings = cx.settings.clone();
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
fn write_demo(cx: &Context) -> Task<Message> {
    let w = cx.words;
    let Some(desk) = cx.desk.cloned() else {
        return Task::done(Message::DemoDone(Err(no_store(w))));
    };
    let today = cx.today;
    let (progress, updates) = mpsc::unbounded();
    let work = async move {
        desk.run(move |store| {
            store
                .demo(DEMO_CASES, 1, today, false, &mut |done| {
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
