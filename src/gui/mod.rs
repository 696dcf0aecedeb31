//! The desktop app (iced). For now a placeholder window; the screens come in their own
//! issues (intake, inspection, dispatch, cases, reports, settings).

use std::path::PathBuf;

use iced::widget::{center, column, text};
use iced::{Element, Task};

/// Opens the window and runs until it is closed.
pub fn run(data_dir: Option<PathBuf>) -> iced::Result {
    iced::application(move || App::new(data_dir.clone()), App::update, App::view)
        .title("fixdesk")
        .window_size((1280.0, 800.0))
        .run()
}

#[derive(Debug, Default)]
struct App {
    data_dir: Option<PathBuf>,
}

#[derive(Debug, Clone)]
enum Message {}

impl App {
    fn new(data_dir: Option<PathBuf>) -> (Self, Task<Message>) {
        (Self { data_dir }, Task::none())
    }

    fn update(&mut self, message: Message) -> Task<Message> {
        match message {}
    }

    fn view(&self) -> Element<'_, Message> {
        let folder = self
            .data_dir
            .as_ref()
            .map(|dir| format!("Data folder: {}", dir.display()))
            .unwrap_or_default();
        center(
            column![
                text("fixdesk").size(40),
                text("The front desk of your repair service center.").size(18),
                text(folder).size(14),
            ]
            .spacing(12),
        )
        .into()
    }
}
