//! The app's side of the inspection screen: the store calls it asks for, off the UI thread.

use iced::{Element, Task};

use super::{App, Message};
use crate::gui::screen::inspection;

impl App {
    pub(super) fn on_inspection(&mut self, message: inspection::Message) -> Task<Message> {
        match message {}
    }

    pub(super) fn view_inspection(&self) -> Element<'_, Message> {
        self.inspection.view().map(Message::Inspection)
    }
}
