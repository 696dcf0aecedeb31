//! The desktop app (iced 0.14, Elm architecture).
//!
//! `app.rs` owns the shared context (settings, policy, today) and the navigation; each
//! screen in `screen/` is a small program the app drives. All strings are in `text.rs`.

pub mod app;
pub mod desk;
pub mod screen;
pub mod shortcut;
pub mod text;

use std::path::PathBuf;

pub use app::{App, Message, Screen};

/// The font the PDFs use, loaded into the window so it looks the same everywhere.
const FONT_REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const FONT_BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// The window's settings: our font, loaded and made the default. Headless tests use the
/// same, so what they measure is what the clerk sees.
pub fn settings() -> iced::Settings {
    iced::Settings {
        fonts: vec![FONT_REGULAR.into(), FONT_BOLD.into()],
        default_font: iced::Font::with_name("DejaVu Sans"),
        ..iced::Settings::default()
    }
}

/// Opens the window and runs until it is closed.
pub fn run(data_dir: Option<PathBuf>) -> iced::Result {
    iced::application(move || App::boot(data_dir.clone()), App::update, App::view)
        .title(App::title)
        .theme(App::theme)
        .subscription(App::subscription)
        .settings(settings())
        .window_size((1280.0, 800.0))
        .run()
}
