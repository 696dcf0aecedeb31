//! Signing in, switching person, and unlocking an idle desk (docs/rules.md §10).
//!
//! One small card for all three: a name, a password or PIN, Enter. The store checks the
//! secret (and makes a name wait after five wrong ones); on success the person is the
//! one acting on the desk's store, so everything saved from then on is theirs — also
//! when another person unlocks a desk someone else left. The screens behind the card
//! keep their state: a half-typed intake is still there after the unlock.
//!
//! The typed secret is held as a [`Secret`] (its `Debug` prints nothing) and dropped
//! as soon as it is sent.

use chrono::Utc;
use iced::widget::{button, center, column, container, row, text, text_input};
use iced::{Element, Task};

use crate::domain::staff::{Person, Secret};
use crate::gui::desk::Desk;
use crate::gui::screen::no_store;
use crate::gui::theme;

/// The name input's widget id.
pub const NAME_ID: &str = "sign-in-name";
/// The secret input's widget id.
pub const SECRET_ID: &str = "sign-in-secret";

/// Why the card shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// The desk opened on a database with staff, or the person signed out.
    SignIn,
    /// Someone else takes over the counter (may be cancelled).
    Switch,
    /// The desk locked itself after being idle.
    Unlock,
}

#[derive(Debug, Clone)]
pub enum Message {
    Name(String),
    Secret(Secret),
    /// Enter in the name field: on to the secret.
    NameDone,
    Submit,
    /// The store's answer: the person signed in, or why not.
    Answered(Result<Person, String>),
    Cancel,
}

/// What the app acts on.
#[derive(Debug, Clone)]
pub enum Event {
    SignedIn(Person),
    /// Switching was called off: the person before goes on.
    Cancelled,
}

#[derive(Debug, Clone)]
pub struct State {
    pub purpose: Purpose,
    name: String,
    secret: Secret,
    error: Option<String>,
    busy: bool,
}

impl State {
    pub fn new(purpose: Purpose) -> Self {
        Self {
            purpose,
            name: String::new(),
            secret: Secret::new(""),
            error: None,
            busy: false,
        }
    }

    /// The card, with the cursor in the name field.
    pub fn open(purpose: Purpose) -> (Self, Task<Message>) {
        (Self::new(purpose), iced::widget::operation::focus(NAME_ID))
    }

    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    pub fn update(
        &mut self,
        w: crate::i18n::Words,
        message: Message,
        desk: Option<&Desk>,
    ) -> (Task<Message>, Option<Event>) {
        match message {
            Message::Name(name) => {
                self.name = name;
                (Task::none(), None)
            }
            Message::Secret(secret) => {
                self.secret = secret;
                (Task::none(), None)
            }
            Message::NameDone => (iced::widget::operation::focus(SECRET_ID), None),
            Message::Submit => {
                if self.busy {
                    return (Task::none(), None);
                }
                let name = self.name.trim().to_string();
                if name.is_empty() {
                    self.error = Some(w.give_name().to_string());
                    return (iced::widget::operation::focus(NAME_ID), None);
                }
                // Sent once, then gone from the form.
                let secret = std::mem::replace(&mut self.secret, Secret::new(""));
                let Some(desk) = desk.cloned() else {
                    self.error = Some(no_store(w));
                    return (Task::none(), None);
                };
                self.busy = true;
                self.error = None;
                let task = Task::perform(
                    async move {
                        desk.run(move |store| store.sign_in(&name, &secret, Utc::now()))
                            .await
                    },
                    Message::Answered,
                );
                (task, None)
            }
            Message::Answered(Ok(person)) => {
                *self = Self::new(self.purpose);
                (Task::none(), Some(Event::SignedIn(person)))
            }
            Message::Answered(Err(reason)) => {
                self.busy = false;
                self.error = Some(w.as_sentence(&reason));
                (iced::widget::operation::focus(SECRET_ID), None)
            }
            Message::Cancel => {
                if self.purpose == Purpose::Switch {
                    (Task::none(), Some(Event::Cancelled))
                } else {
                    (Task::none(), None)
                }
            }
        }
    }

    /// The card. `signed_in`: who is signed in now (shown while switching).
    pub fn view(&self, w: crate::i18n::Words, center_name: &str) -> Element<'_, Message> {
        let (title, hint) = match self.purpose {
            Purpose::SignIn => (w.sign_in_title(), w.sign_in_hint()),
            Purpose::Switch => (w.switch_title(), w.switch_hint()),
            Purpose::Unlock => (w.locked_title(), w.locked_hint()),
        };
        let name = text_input(&w.name(), &self.name)
            .id(NAME_ID)
            .on_input(Message::Name)
            .on_submit(Message::NameDone)
            .padding(8)
            .size(16);
        let secret = text_input(&w.secret(), self.secret.expose())
            .id(SECRET_ID)
            .secure(true)
            .on_input(|typed| Message::Secret(Secret::new(typed)))
            .on_submit(Message::Submit)
            .padding(8)
            .size(16);
        let mut buttons = row![
            button(text(w.sign_in()).size(16))
                .padding([8, 20])
                .style(theme::button::primary)
                .on_press_maybe((!self.busy).then_some(Message::Submit))
        ]
        .spacing(8);
        if self.purpose == Purpose::Switch {
            buttons = buttons.push(
                button(text(w.cancel()).size(16))
                    .padding([8, 20])
                    .style(theme::button::secondary)
                    .on_press(Message::Cancel),
            );
        }
        let mut card = column![
            text(center_name.to_string()).size(14),
            text(title).size(24),
            text(hint).size(14),
            text(w.name()).size(13),
            name,
            text(w.secret()).size(13),
            secret,
            buttons,
        ]
        .spacing(8)
        // A card of its own width, in the middle of the window (its inputs fill it).
        .width(420);
        if let Some(error) = &self.error {
            card = card.push(text(error.clone()).size(14).style(theme::text::danger));
        }
        center(
            container(card)
                .padding(24)
                .style(theme::container::bordered_box),
        )
        .into()
    }
}
