//! The app's side of the settings screen: the store calls it asks for, off the UI thread.

use iced::{Element, Task};

use super::{App, Message};
use crate::gui::screen::settings;

impl App {
    pub(super) fn on_settings(&mut self, message: settings::Message) -> Task<Message> {
        match message {}
    }

    pub(super) fn view_settings(&self) -> Element<'_, Message> {
        self.settings_screen.view().map(Message::Settings)
    }
}
