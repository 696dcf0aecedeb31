//! The app's side of the reports screen: the store calls it asks for, off the UI thread.

use iced::{Element, Task};

use super::{App, Message};
use crate::gui::screen::reports;

impl App {
    pub(super) fn on_reports(&mut self, message: reports::Message) -> Task<Message> {
        match message {}
    }

    pub(super) fn view_reports(&self) -> Element<'_, Message> {
        self.reports.view().map(Message::Reports)
    }
}
