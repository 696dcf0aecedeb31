//! The staff screen (a manager's; anyone's while nobody has an account): who works at
//! the center, their roles, disabling an account, a new secret for someone who forgot
//! theirs, the idle lock's minutes, and the record of every change (docs/rules.md §10).
//!
//! A screen of its own rather than a section of Settings: it has its own list and
//! forms, its own saves (each one a staff change the store records), and its own rule
//! for who sees it. The store refuses these changes to anyone but a manager anyway.

use std::collections::BTreeSet;

use chrono::Utc;
use iced::widget::{
    button, checkbox, column, container, row, rule, scrollable, space, text, text_input,
};
use iced::{Element, Fill, Task};

use crate::domain::Settings;
use crate::domain::staff::{Person, Role, Secret, SecretKind, roles_text};
use crate::gui::desk::Desk;
use crate::gui::screen::{Shared, no_store};
use crate::gui::theme;
use crate::gui::widget;
use crate::store::staff::StaffChange;

/// Widget ids, for keyboard focus and tests.
pub const NAME_ID: &str = "staff-name";
pub const SECRET_ID: &str = "staff-secret";
pub const AGAIN_ID: &str = "staff-again";
pub const RESET_ID: &str = "staff-reset";
pub const LOCK_ID: &str = "staff-lock-minutes";

/// What the store says after reading or changing the staff.
#[derive(Debug, Clone)]
pub struct Roster {
    pub people: Vec<(Person, SecretKind)>,
    pub changes: Vec<StaffChange>,
    /// Who is signed in on this desk's store now.
    pub me: Option<Person>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Shown,
    Loaded(Result<Roster, String>),
    Name(String),
    Role(Role, bool),
    Pin(bool),
    Secret(Secret),
    Again(Secret),
    Add,
    /// One person chosen in the list, to change.
    Select(String),
    EditRole(Role, bool),
    SaveRoles,
    SetActive(bool),
    ResetSecret(Secret),
    SaveSecret,
    /// A change done (a line for the status bar and the roster as it now is), or why not.
    Done(Result<(String, Roster), String>),
    LockMinutes(String),
    SaveLock,
    LockSaved(Result<Settings, String>),
}

/// What the app acts on.
#[derive(Debug, Clone)]
pub enum Event {
    Shared(Shared),
    /// The staff as they now are: whether the database has staff, and who is signed in
    /// (the first account signs its maker in; one's own roles may have changed).
    Roster {
        has_staff: bool,
        me: Option<Person>,
        /// What was done, for the status bar.
        line: String,
    },
}

/// What the screen reads from the app.
pub struct Context<'a> {
    /// The words of this desk's window, in its language.
    pub words: crate::i18n::Words,
    pub desk: Option<&'a Desk>,
    pub settings: &'a Settings,
}

#[derive(Debug, Default)]
pub struct State {
    roster: Option<Roster>,
    name: String,
    roles: BTreeSet<Role>,
    pin: bool,
    secret: Secret,
    again: Secret,
    selected: Option<String>,
    edit_roles: BTreeSet<Role>,
    reset: Secret,
    lock_minutes: Option<String>,
    error: Option<String>,
}

fn roster(store: &crate::store::Store) -> Result<Roster, crate::store::StoreError> {
    Ok(Roster {
        people: store.staff_accounts()?,
        changes: store.staff_changes(50)?,
        me: store.person().cloned(),
    })
}

impl State {
    pub fn people(&self) -> &[(Person, SecretKind)] {
        self.roster.as_ref().map_or(&[], |r| r.people.as_slice())
    }

    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    fn first(&self) -> bool {
        self.people().is_empty()
    }

    /// Runs a staff change on the store and reads the roster again.
    fn change(
        &mut self,
        cx: &Context,
        work: impl FnOnce(&mut crate::store::Store) -> Result<String, crate::store::StoreError>
        + Send
        + 'static,
    ) -> Task<Message> {
        let w = cx.words;
        let Some(desk) = cx.desk.cloned() else {
            self.error = Some(no_store(w));
            return Task::none();
        };
        self.error = None;
        Task::perform(
            async move {
                desk.run(move |store| {
                    let line = work(store)?;
                    Ok((line, roster(store)?))
                })
                .await
            },
            Message::Done,
        )
    }

    pub fn update(&mut self, message: Message, cx: &Context) -> (Task<Message>, Option<Event>) {
        let w = cx.words;
        match message {
            Message::Shown => {
                self.lock_minutes = Some(cx.settings.lock_minutes.to_string());
                let Some(desk) = cx.desk.cloned() else {
                    return (Task::none(), None);
                };
                let task = Task::perform(
                    async move { desk.run(|store| roster(store)).await },
                    Message::Loaded,
                );
                (task, None)
            }
            Message::Loaded(Ok(roster)) => {
                self.roster = Some(roster);
                (Task::none(), None)
            }
            Message::Loaded(Err(reason)) | Message::Done(Err(reason)) => {
                self.error = Some(w.as_sentence(&reason));
                (Task::none(), None)
            }
            Message::Name(name) => {
                self.name = name;
                (Task::none(), None)
            }
            Message::Role(role, on) => {
                toggle(&mut self.roles, role, on);
                (Task::none(), None)
            }
            Message::Pin(pin) => {
                self.pin = pin;
                (Task::none(), None)
            }
            Message::Secret(secret) => {
                self.secret = secret;
                (Task::none(), None)
            }
            Message::Again(secret) => {
                self.again = secret;
                (Task::none(), None)
            }
            Message::Add => {
                if self.secret != self.again {
                    self.error = Some(w.staff_secrets_differ().to_string());
                    return (Task::none(), None);
                }
                let name = self.name.trim().to_string();
                let mut roles: Vec<Role> = self.roles.iter().copied().collect();
                if self.first() && roles.is_empty() {
                    roles.push(Role::Manager);
                }
                let kind = if self.pin {
                    SecretKind::Pin
                } else {
                    SecretKind::Password
                };
                let secret = std::mem::take(&mut self.secret);
                self.again = Secret::default();
                let task = self.change(cx, move |store| {
                    let person = store.add_staff(&name, &roles, kind, &secret, Utc::now())?;
                    Ok(w.staff_added(&person.name))
                });
                (task, None)
            }
            Message::Select(name) => {
                self.edit_roles = self
                    .people()
                    .iter()
                    .find(|(person, _)| person.name == name)
                    .map(|(person, _)| person.roles.iter().copied().collect())
                    .unwrap_or_default();
                self.selected = Some(name);
                self.reset = Secret::default();
                (Task::none(), None)
            }
            Message::EditRole(role, on) => {
                toggle(&mut self.edit_roles, role, on);
                (Task::none(), None)
            }
            Message::SaveRoles => {
                let Some(name) = self.selected.clone() else {
                    return (Task::none(), None);
                };
                let roles: Vec<Role> = self.edit_roles.iter().copied().collect();
                let task = self.change(cx, move |store| {
                    store.set_roles(&name, &roles, Utc::now())?;
                    Ok(w.staff_changed(&name))
                });
                (task, None)
            }
            Message::SetActive(active) => {
                let Some(name) = self.selected.clone() else {
                    return (Task::none(), None);
                };
                let task = self.change(cx, move |store| {
                    store.set_active(&name, active, Utc::now())?;
                    Ok(w.staff_changed(&name))
                });
                (task, None)
            }
            Message::ResetSecret(secret) => {
                self.reset = secret;
                (Task::none(), None)
            }
            Message::SaveSecret => {
                let Some(name) = self.selected.clone() else {
                    return (Task::none(), None);
                };
                let secret = std::mem::take(&mut self.reset);
                let kind = if secret.expose().chars().all(|c| c.is_ascii_digit()) {
                    SecretKind::Pin
                } else {
                    SecretKind::Password
                };
                let task = self.change(cx, move |store| {
                    store.reset_secret(&name, kind, &secret, Utc::now())?;
                    Ok(w.staff_changed(&name))
                });
                (task, None)
            }
            Message::Done(Ok((line, roster))) => {
                let event = Event::Roster {
                    has_staff: !roster.people.is_empty(),
                    me: roster.me.clone(),
                    line,
                };
                self.roster = Some(roster);
                self.name.clear();
                self.roles.clear();
                self.pin = false;
                (Task::none(), Some(event))
            }
            Message::LockMinutes(minutes) => {
                self.lock_minutes = Some(minutes);
                (Task::none(), None)
            }
            Message::SaveLock => {
                let typed = self.lock_minutes.clone().unwrap_or_default();
                let Ok(minutes) = typed.trim().parse::<u32>() else {
                    self.error = Some(w.gui_whole_minutes(w.staff_lock_minutes()));
                    return (Task::none(), None);
                };
                let Some(desk) = cx.desk.cloned() else {
                    self.error = Some(no_store(w));
                    return (Task::none(), None);
                };
                let settings = Settings {
                    lock_minutes: minutes,
                    ..cx.settings.clone()
                };
                let task = Task::perform(
                    async move {
                        desk.run(move |store| {
                            store.save_settings(&settings)?;
                            store.settings()
                        })
                        .await
                    },
                    Message::LockSaved,
                );
                (task, None)
            }
            Message::LockSaved(Ok(settings)) => {
                self.lock_minutes = Some(settings.lock_minutes.to_string());
                (
                    Task::none(),
                    Some(Event::Shared(Shared::SettingsChanged(Box::new(settings)))),
                )
            }
            Message::LockSaved(Err(reason)) => {
                self.error = Some(w.as_sentence(&reason));
                (Task::none(), None)
            }
        }
    }

    pub fn view(&self, cx: &Context) -> Element<'_, Message> {
        let w = cx.words;
        let first = self.first();
        let mut page = column![text(w.staff()).size(24)].spacing(12).padding(16);
        if first {
            page = page.push(text(w.staff_intro_none()).size(14));
        }
        if let Some(error) = &self.error {
            page = page.push(text(error.clone()).size(14).style(theme::text::danger));
        }

        // The people, each a row to choose.
        if !first {
            let list = column(self.people().iter().map(|(person, kind)| {
                let line = format!(
                    "{}  ·  {}  ·  {}{}",
                    person.name,
                    roles_text(&person.roles).replace(',', ", "),
                    kind.name(),
                    if person.active {
                        String::new()
                    } else {
                        format!("  ·  {}", w.staff_disabled())
                    }
                );
                button(text(line).size(14))
                    .width(Fill)
                    .style(theme::button::list_row)
                    .on_press(Message::Select(person.name.clone()))
                    .into()
            }))
            .spacing(2);
            page = page.push(widget::block(w.staff(), list));
        }

        // The chosen person: roles, disable/enable, a new secret.
        if let Some(name) = &self.selected
            && let Some((person, _)) = self.people().iter().find(|(p, _)| &p.name == name)
        {
            let roles = column(Role::ALL.into_iter().map(|role| {
                checkbox(self.edit_roles.contains(&role))
                    .label(w.role_label(role))
                    .on_toggle(move |on| Message::EditRole(role, on))
                    .into()
            }))
            .spacing(4);
            let active = if person.active {
                button(text(w.staff_disable()))
                    .style(theme::button::danger)
                    .on_press(Message::SetActive(false))
            } else {
                button(text(w.staff_enable()))
                    .style(theme::button::secondary)
                    .on_press(Message::SetActive(true))
            };
            let reset = row![
                text_input(&w.staff_new_secret(), self.reset.expose())
                    .id(RESET_ID)
                    .secure(true)
                    .on_input(|typed| Message::ResetSecret(Secret::new(typed)))
                    .on_submit(Message::SaveSecret)
                    .padding(6),
                button(text(w.staff_reset()))
                    .style(theme::button::secondary)
                    .on_press(Message::SaveSecret),
            ]
            .spacing(8);
            page = page.push(widget::block(
                &person.name,
                column![
                    roles,
                    row![
                        button(text(w.staff_save_roles()))
                            .style(theme::button::primary)
                            .on_press(Message::SaveRoles),
                        active
                    ]
                    .spacing(8),
                    reset,
                ]
                .spacing(8),
            ));
        }

        // A new person (the first: the manager).
        let roles = column(Role::ALL.into_iter().map(|role| {
            let on = self.roles.contains(&role) || (first && role == Role::Manager);
            checkbox(on)
                .label(w.role_label(role))
                .on_toggle_maybe(
                    (!first || role != Role::Manager).then_some(move |on| Message::Role(role, on)),
                )
                .into()
        }))
        .spacing(4);
        let add = column![
            text_input(&w.name(), &self.name)
                .id(NAME_ID)
                .on_input(Message::Name)
                .padding(6),
            roles,
            checkbox(self.pin)
                .label(w.staff_pin())
                .on_toggle(Message::Pin),
            text_input(&w.secret(), self.secret.expose())
                .id(SECRET_ID)
                .secure(true)
                .on_input(|typed| Message::Secret(Secret::new(typed)))
                .padding(6),
            text_input(&w.staff_secret_again(), self.again.expose())
                .id(AGAIN_ID)
                .secure(true)
                .on_input(|typed| Message::Again(Secret::new(typed)))
                .on_submit(Message::Add)
                .padding(6),
            button(text(if first {
                w.staff_first()
            } else {
                w.staff_add()
            }))
            .style(theme::button::primary)
            .on_press(Message::Add),
        ]
        .spacing(8)
        .max_width(520);
        page = page.push(widget::block(
            if first {
                w.staff_first()
            } else {
                w.staff_add()
            },
            add,
        ));

        if !first {
            let lock = row![
                text(w.staff_lock_minutes()).size(14),
                text_input("10", self.lock_minutes.as_deref().unwrap_or_default())
                    .id(LOCK_ID)
                    .on_input(Message::LockMinutes)
                    .on_submit(Message::SaveLock)
                    .width(80)
                    .padding(6),
                button(text(w.staff_save_lock()))
                    .style(theme::button::secondary)
                    .on_press(Message::SaveLock),
            ]
            .spacing(8)
            .align_y(iced::Center);
            page = page.push(lock);
            let changes = self
                .roster
                .as_ref()
                .map_or(&[][..], |r| r.changes.as_slice());
            let history = column(changes.iter().map(|change| {
                text(w.staff_change_line(
                    change.at,
                    &change.actor,
                    &change.desk,
                    &change.person,
                    &change.change,
                    &change.detail,
                ))
                .size(13)
                .into()
            }))
            .spacing(2);
            page = page.push(widget::block(w.staff_history(), history));
        }
        page = page.push(space::vertical().height(16));
        container(scrollable(page.push(rule::horizontal(0))).height(Fill))
            .width(Fill)
            .into()
    }
}

fn toggle(roles: &mut BTreeSet<Role>, role: Role, on: bool) {
    if on {
        roles.insert(role);
    } else {
        roles.remove(&role);
    }
}
