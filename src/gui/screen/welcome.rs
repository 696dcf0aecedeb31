//! First run: an empty database opens here. Says what fixdesk is, asks for the center's
//! details (they go on every document), and offers demo data to look around with.

use iced::widget::{button, center, column, container, progress_bar, row, text, text_input};
use iced::{Element, Fill, Font, font};

use crate::domain::Center;
use crate::gui::text as t;

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
}

pub enum Event {
    /// Save these details and start working.
    Start(Center),
    /// Save these details and write demo cases.
    Demo(Center),
}

#[derive(Debug, Default)]
pub struct State {
    name: String,
    address: String,
    phone: String,
    /// Demo cases written so far, while the generator runs.
    pub progress: Option<usize>,
    pub error: Option<String>,
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

    fn center(&self, base: &Center) -> Center {
        Center {
            name: self.name.trim().to_string(),
            address: self.address.trim().to_string(),
            phone: self.phone.trim().to_string(),
            ..base.clone()
        }
    }

    pub fn update(&mut self, message: Message, base: &Center) -> Option<Event> {
        match message {
            Message::Edit(Field::Name, v) => self.name = v,
            Message::Edit(Field::Address, v) => self.address = v,
            Message::Edit(Field::Phone, v) => self.phone = v,
            Message::Start if self.progress.is_none() && !self.name.trim().is_empty() => {
                return Some(Event::Start(self.center(base)));
            }
            Message::TryDemo if self.progress.is_none() => {
                self.progress = Some(0);
                self.error = None;
                let mut center = self.center(base);
                if center.name.is_empty() {
                    center.name = t::DEMO_CENTER_NAME.into();
                }
                // Demo documents should look like a real center's: a full letterhead.
                if center.address.is_empty() {
                    center.address = t::DEMO_CENTER_ADDRESS.into();
                }
                if center.phone.is_empty() {
                    center.phone = t::DEMO_CENTER_PHONE.into();
                }
                return Some(Event::Demo(center));
            }
            Message::Start | Message::TryDemo => {}
        }
        None
    }

    pub fn view(&self) -> Element<'_, Message> {
        let bold = Font {
            weight: font::Weight::Bold,
            ..Font::DEFAULT
        };
        let busy = self.progress.is_some();
        let input = |label: &'static str, field: Field, value: &str, hint: &'static str| {
            column![
                text(label).size(13),
                text_input(hint, value)
                    .id(field.id())
                    .on_input_maybe((!busy).then_some(move |v| Message::Edit(field, v)))
                    .on_submit(Message::Start)
                    .padding(8),
            ]
            .spacing(4)
        };
        let mut content = column![
            text(t::WELCOME_TITLE).size(30).font(bold),
            text(t::WELCOME_TEXT).size(16),
            text(t::WELCOME_DETAILS).size(16).font(bold),
            input(
                t::CENTER_NAME,
                Field::Name,
                &self.name,
                "e.g. Northside Repairs"
            ),
            input(
                t::CENTER_ADDRESS,
                Field::Address,
                &self.address,
                "Street, town, postcode"
            ),
            input(
                t::CENTER_PHONE,
                Field::Phone,
                &self.phone,
                "+44 20 7946 0000"
            ),
            row![
                button(text(t::START).size(16))
                    .padding([8, 18])
                    .on_press_maybe(
                        (!busy && !self.name.trim().is_empty()).then_some(Message::Start)
                    ),
                button(text(t::TRY_DEMO).size(16))
                    .padding([8, 18])
                    .style(button::secondary)
                    .on_press_maybe((!busy).then_some(Message::TryDemo)),
            ]
            .spacing(12),
        ]
        .spacing(14)
        .max_width(620);
        if let Some(done) = self.progress {
            content = content.push(
                column![
                    progress_bar(0.0..=DEMO_CASES as f32, done as f32).girth(10),
                    text(t::demo_progress(done, DEMO_CASES)).size(13),
                ]
                .spacing(6),
            );
        }
        if let Some(error) = &self.error {
            content = content.push(text(error.clone()).style(text::danger));
        }
        center(container(content).padding(24).width(Fill).center_x(Fill)).into()
    }
}
