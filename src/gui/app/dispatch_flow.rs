//! The app's side of the dispatch screen: the store calls it asks for, off the UI thread.

use iced::{Element, Task};

use super::{App, Message};
use crate::gui::screen::dispatch;

impl App {
    pub(super) fn on_dispatch(&mut self, message: dispatch::Message) -> Task<Message> {
        match message {}
    }

    pub(super) fn view_dispatch(&self) -> Element<'_, Message> {
        self.dispatch.view().map(Message::Dispatch)
    }
}
