//! The application: navigation between screens, the shared context, shortcuts, theme.

use std::path::PathBuf;

use chrono::{Local, NaiveDate};
use iced::widget::{button, column, container, row, rule, space, text};
use iced::{Element, Fill, Subscription, Task, Theme, keyboard};

use crate::domain::settings::Theme as ThemeChoice;
use crate::domain::{Policy, Settings};
use crate::gui::screen::intake;
use crate::gui::shortcut::{self, Shortcut};
use crate::gui::text as t;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Intake,
    Inspection,
    Dispatch,
    Cases,
    Reports,
    Settings,
}

impl Screen {
    pub const ALL: [Self; 6] = [
        Self::Intake,
        Self::Inspection,
        Self::Dispatch,
        Self::Cases,
        Self::Reports,
        Self::Settings,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::Intake => t::INTAKE,
            Self::Inspection => t::INSPECTION,
            Self::Dispatch => t::DISPATCH,
            Self::Cases => t::CASES,
            Self::Reports => t::REPORTS,
            Self::Settings => t::SETTINGS,
        }
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    Navigate(Screen),
    Shortcut(Shortcut),
    Intake(intake::Message),
}

pub struct App {
    data_dir: Option<PathBuf>,
    settings: Settings,
    policy: Policy,
    today: NaiveDate,
    screen: Screen,
    intake: intake::State,
}

impl App {
    /// Starts the app on the given day (tests pin the date; the window passes today).
    pub fn new(
        data_dir: Option<PathBuf>,
        settings: Settings,
        policy: Policy,
        today: NaiveDate,
    ) -> Self {
        Self {
            data_dir,
            settings,
            policy,
            today,
            screen: Screen::Intake,
            intake: intake::State::new(today),
        }
    }

    pub fn boot(data_dir: Option<PathBuf>) -> (Self, Task<Message>) {
        let today = Local::now().date_naive();
        (
            Self::new(data_dir, Settings::default(), Policy::shipped(), today),
            Task::none(),
        )
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
        keyboard::listen().filter_map(|event| match event {
            keyboard::Event::KeyPressed { key, modifiers, .. } => {
                shortcut::map(&key, modifiers).map(Message::Shortcut)
            }
            _ => None,
        })
    }

    pub fn screen(&self) -> Screen {
        self.screen
    }

    pub fn intake(&self) -> &intake::State {
        &self.intake
    }

    fn intake_context(&self) -> intake::Context<'_> {
        intake::Context {
            policy: &self.policy,
            today: self.today,
        }
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Navigate(screen) => {
                self.screen = screen;
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
                self.screen = Screen::Cases;
                Task::none()
            }
            Message::Shortcut(Shortcut::Print) => {
                if self.screen == Screen::Intake {
                    self.update(Message::Intake(intake::Message::Print))
                } else {
                    Task::none()
                }
            }
            Message::Shortcut(Shortcut::Close) => Task::none(),
            Message::Intake(message) => {
                let cx = intake::Context {
                    policy: &self.policy,
                    today: self.today,
                };
                match self.intake.update(message, &cx) {
                    None => Task::none(),
                    // The store arrives with its own issue; until then a save is refused
                    // with a sentence, and the form keeps everything typed.
                    Some(intake::Event::Save(_)) => Task::done(Message::Intake(
                        intake::Message::Saved(Err("The case store is not available yet.".into())),
                    )),
                    Some(intake::Event::Print(..) | intake::Event::SerialChanged(_)) => {
                        Task::none()
                    }
                }
            }
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        let nav = column(Screen::ALL.into_iter().map(|screen| {
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

        let header = row![
            text(self.settings.center.name.clone()).size(20),
            space::horizontal(),
            text(t::long_date(self.today)).size(14),
        ]
        .padding([10, 16])
        .align_y(iced::Center);

        let body: Element<'_, Message> = match self.screen {
            Screen::Intake => self
                .intake
                .view(&self.intake_context())
                .map(Message::Intake),
            other => {
                iced::widget::center(text(format!("{} — coming soon", other.label())).size(20))
                    .into()
            }
        };
        let folder = self
            .data_dir
            .as_ref()
            .map(|dir| format!("Data folder: {}", dir.display()))
            .unwrap_or_default();
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
            container(text(folder).size(12)).padding([4, 16]),
        ]
        .into()
    }
}
