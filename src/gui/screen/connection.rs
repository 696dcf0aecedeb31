//! Where this desk's cases are: its own file on this PC, or the center's PostgreSQL
//! server. Shown on the welcome panel (first start, or when the saved server cannot be
//! reached) and in Settings.
//!
//! A small program (STYLE.md): it checks the address as it is typed, tests the
//! connection off the UI thread before anything is saved, and on "Connect" opens the
//! store on the server and saves the address for the next start
//! (`store::location`). It tells the app only that the store was replaced. The password
//! is typed in a secure field, kept only in this state until it is saved (private to the
//! desk's user), and never shown again.

use std::collections::BTreeSet;
use std::path::Path;

use iced::widget::{button, column, pick_list, row, text, text_input};
use iced::{Element, Task};

use crate::gui::desk::{Desk, Opened};
use crate::gui::screen::Shared;
use crate::gui::theme;
use crate::store::location::{Server, Tls};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    Host,
    Port,
    Database,
    User,
    Password,
}

impl Field {
    pub const fn id(self) -> &'static str {
        match self {
            Self::Host => "server-host",
            Self::Port => "server-port",
            Self::Database => "server-database",
            Self::User => "server-user",
            Self::Password => "server-password",
        }
    }

    fn name(self) -> &'static str {
        match self {
            Self::Host => "host",
            Self::Port => "port",
            Self::Database => "database",
            Self::User => "user",
            Self::Password => "password",
        }
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    Edit(Field, String),
    Tls(Tls),
    /// Try the address without saving anything.
    Test,
    Tested(Result<String, String>),
    /// Open the store on the server and keep the address for the next start.
    Connect,
    /// Leave the server: the desk uses its own file on this PC again.
    UseThisDesk,
    /// The store opened on the chosen place (the server, or this PC's file).
    Opened(Result<Box<Opened>, String>),
}

/// What the app must act on: the store replaced.
pub type Event = Shared;

/// What the form reads from the app.
pub struct Context<'a> {
    /// The words of this desk's window.
    pub words: crate::i18n::Words,
    /// The data folder: where the address is saved (and this desk's own file is).
    pub data_dir: Option<&'a Path>,
    /// Whether the desk works on a server now (offers the way back to its own file).
    pub on_server: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Status {
    Idle,
    Testing,
    Connecting,
    Tested(String),
    Failed(String),
}

#[derive(Debug, Clone)]
pub struct State {
    host: String,
    port: String,
    database: String,
    user: String,
    password: String,
    tls: Tls,
    touched: BTreeSet<Field>,
    status: Status,
}

impl Default for State {
    fn default() -> Self {
        Self::new(&Server::default())
    }
}

impl State {
    /// The form filled with a saved address (never its password).
    pub fn new(server: &Server) -> Self {
        Self {
            host: server.host.clone(),
            port: server.port.to_string(),
            database: server.database.clone(),
            user: server.user.clone(),
            password: String::new(),
            tls: server.tls,
            touched: BTreeSet::new(),
            status: Status::Idle,
        }
    }

    /// The form showing why the saved server could not be used at start.
    pub fn failed(server: &Server, reason: String) -> Self {
        Self {
            status: Status::Failed(reason),
            ..Self::new(server)
        }
    }

    /// The address as typed, or the first problem, named by field.
    fn server(&self, w: crate::i18n::Words) -> Result<Server, (Field, String)> {
        let port = match self.port.trim().parse::<u16>() {
            Ok(port) if port > 0 => port,
            _ => {
                return Err((Field::Port, w.gui_not_a_port(self.port.trim())));
            }
        };
        let server = Server {
            host: self.host.trim().to_string(),
            port,
            database: self.database.trim().to_string(),
            user: self.user.trim().to_string(),
            tls: self.tls,
        };
        if let Some((name, problem)) = server.problems().into_iter().next() {
            let field = [Field::Host, Field::Port, Field::Database, Field::User]
                .into_iter()
                .find(|f| f.name() == name)
                .unwrap_or(Field::Host);
            return Err((field, w.problem(&problem)));
        }
        Ok(server)
    }

    /// A field's problem, once it has been typed in (or a button pressed).
    fn problem(&self, field: Field, w: crate::i18n::Words) -> Option<String> {
        if !self.touched.contains(&field) {
            return None;
        }
        match self.server(w) {
            Err((f, problem)) if f == field => Some(problem),
            _ => None,
        }
    }

    fn busy(&self) -> bool {
        matches!(self.status, Status::Testing | Status::Connecting)
    }

    pub fn update(&mut self, message: Message, cx: &Context) -> (Task<Message>, Option<Event>) {
        let w = cx.words;
        match message {
            Message::Edit(field, value) => {
                self.touched.insert(field);
                let slot = match field {
                    Field::Host => &mut self.host,
                    Field::Port => &mut self.port,
                    Field::Database => &mut self.database,
                    Field::User => &mut self.user,
                    Field::Password => &mut self.password,
                };
                *slot = value;
                if !self.busy() {
                    self.status = Status::Idle;
                }
            }
            Message::Tls(tls) => self.tls = tls,
            Message::Test | Message::Connect if self.busy() => {}
            Message::Test | Message::Connect => {
                self.touched
                    .extend([Field::Host, Field::Port, Field::Database, Field::User]);
                let server = match self.server(w) {
                    Ok(server) => server,
                    Err((field, problem)) => {
                        self.status =
                            Status::Failed(w.gui_field_says(w.field(field.name()), problem));
                        return (iced::widget::operation::focus(field.id()), None);
                    }
                };
                let password = (!self.password.is_empty()).then(|| self.password.clone());
                if matches!(message, Message::Test) {
                    self.status = Status::Testing;
                    return (
                        Task::perform(Desk::test_server(w, server, password), Message::Tested),
                        None,
                    );
                }
                let Some(dir) = cx.data_dir.map(Path::to_path_buf) else {
                    self.status = Status::Failed(w.no_data_folder());
                    return (Task::none(), None);
                };
                self.status = Status::Connecting;
                return (
                    Task::perform(Desk::connect(w, dir, server, password), |result| {
                        Message::Opened(result.map(Box::new))
                    }),
                    None,
                );
            }
            Message::UseThisDesk if self.busy() => {}
            Message::UseThisDesk => {
                let Some(dir) = cx.data_dir.map(Path::to_path_buf) else {
                    self.status = Status::Failed(w.no_data_folder());
                    return (Task::none(), None);
                };
                self.status = Status::Connecting;
                return (
                    Task::perform(Desk::use_own_file(w, dir), |result| {
                        Message::Opened(result.map(Box::new))
                    }),
                    None,
                );
            }
            Message::Tested(Ok(line)) => self.status = Status::Tested(line),
            Message::Tested(Err(reason)) => self.status = Status::Failed(reason),
            Message::Opened(Ok(opened)) => {
                self.password.clear();
                self.status = Status::Idle;
                return (Task::none(), Some(Shared::StoreReplaced(opened)));
            }
            Message::Opened(Err(reason)) => self.status = Status::Failed(reason),
        }
        (Task::none(), None)
    }

    pub fn view(&self, cx: &Context) -> Element<'_, Message> {
        let w = cx.words;
        let busy = self.busy();
        let field = |field: Field, label: String, value: &str, hint: &str| {
            let mut input = text_input(hint, value)
                .id(field.id())
                .padding(7)
                .size(15)
                .on_submit(Message::Test);
            if !busy {
                input = input.on_input(move |v| Message::Edit(field, v));
            }
            if field == Field::Password {
                input = input.secure(true);
            }
            let mut content =
                column![text(label).size(13).style(theme::text::secondary), input].spacing(3);
            if let Some(problem) = self.problem(field, w) {
                content = content.push(text(problem).size(13).style(theme::text::danger));
            }
            content
        };
        let mut form = column![
            text(w.server_intro()).size(14),
            row![
                field(Field::Host, w.server_host(), &self.host, "db.center.local")
                    .width(iced::Fill),
                field(Field::Port, w.server_port(), &self.port, "5432").width(110),
            ]
            .spacing(10),
            row![
                field(
                    Field::Database,
                    w.server_database(),
                    &self.database,
                    "fixdesk"
                ),
                field(Field::User, w.server_user(), &self.user, "e.g. desk_front"),
            ]
            .spacing(10),
            field(
                Field::Password,
                w.server_password(),
                &self.password,
                &w.server_password_hint()
            ),
            column![
                text(w.server_tls()).size(13).style(theme::text::secondary),
                pick_list(Tls::ALL, Some(self.tls), Message::Tls).padding(6),
            ]
            .spacing(3),
            row![
                button(text(w.server_test()).size(15))
                    .padding([7, 14])
                    .style(theme::button::secondary)
                    .on_press_maybe((!busy).then_some(Message::Test)),
                button(text(w.server_connect()).size(15))
                    .padding([7, 14])
                    .on_press_maybe((!busy).then_some(Message::Connect)),
            ]
            .spacing(10),
        ]
        .spacing(10);
        if cx.on_server {
            form = form.push(
                button(text(w.server_use_this_desk()).size(14))
                    .padding([6, 12])
                    .style(theme::button::secondary)
                    .on_press_maybe((!busy).then_some(Message::UseThisDesk)),
            );
        }
        let status: Option<Element<'_, Message>> = match &self.status {
            Status::Idle => None,
            Status::Testing => Some(text(w.server_testing()).size(14).into()),
            Status::Connecting => Some(text(w.server_connecting()).size(14).into()),
            Status::Tested(line) => Some(
                text(line.clone())
                    .size(14)
                    .style(theme::text::success)
                    .into(),
            ),
            Status::Failed(reason) => Some(
                text(reason.clone())
                    .size(14)
                    .style(theme::text::danger)
                    .into(),
            ),
        };
        if let Some(status) = status {
            form = form.push(status);
        }
        form.into()
    }
}
