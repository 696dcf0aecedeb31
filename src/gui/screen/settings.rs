//! The settings screen (being built).

use iced::Element;
use iced::widget::text;

#[derive(Debug, Clone)]
pub enum Message {}

#[derive(Debug, Default)]
pub struct State {}

impl State {
    pub fn view(&self) -> Element<'_, Message> {
        text("Settings").into()
    }
}
