//! The desktop app (iced 0.14, Elm architecture).
//!
//! `app/` owns the shared context (settings, policy, today) and the navigation; each
//! screen in `screen/` is a small program the app drives. All strings are in `text.rs`.

pub mod app;
pub mod desk;
pub mod feed;
pub mod print_prompt;
pub mod printer;
pub mod scan;
pub mod screen;
pub mod shortcut;
pub mod steps;
pub mod theme;
pub mod widget;

use std::path::PathBuf;

pub use app::{App, Message, Screen};

/// The font the PDFs use, loaded into the window so it looks the same everywhere.
const FONT_REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const FONT_BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// The application's name towards the desktop: the window's app id (X11 `WM_CLASS`,
/// Wayland `app_id`), which is also the name of the `.desktop` file, the AppStream id and
/// the icon, so the desktop matches the window to its menu entry and icon. Cargo.toml's
/// `[package.metadata.fixdesk] app-id` and `packaging/` spell it the same (tested below).
pub const APP_ID: &str = "org.fixdesk.Fixdesk";

/// The icon in the title bar and task switcher (packaging/icons.sh makes it from
/// assets/icon.svg). 256 px, so Windows' taskbar and large X11 docks need not scale up.
const ICON_PNG: &[u8] =
    include_bytes!("../../assets/icons/hicolor/256x256/apps/org.fixdesk.Fixdesk.png");

/// The window's settings: our font, loaded and made the default. Headless tests use the
/// same, so what they measure is what the clerk sees.
pub fn settings() -> iced::Settings {
    iced::Settings {
        fonts: vec![FONT_REGULAR.into(), FONT_BOLD.into()],
        default_font: iced::Font::with_name("DejaVu Sans"),
        id: Some(APP_ID.to_owned()),
        ..iced::Settings::default()
    }
}

/// The main window: its size, icon and app id.
pub fn window_settings() -> iced::window::Settings {
    iced::window::Settings {
        size: iced::Size::new(1280.0, 800.0),
        icon: window_icon(),
        #[cfg(target_os = "linux")]
        platform_specific: iced::window::settings::PlatformSpecific {
            application_id: APP_ID.to_owned(),
            ..Default::default()
        },
        ..iced::window::Settings::default()
    }
}

/// The embedded icon, decoded. A broken icon is no reason not to open the window: without
/// one the desktop shows its generic icon.
pub fn window_icon() -> Option<iced::window::Icon> {
    let pixels = image::load_from_memory_with_format(ICON_PNG, image::ImageFormat::Png)
        .ok()?
        .into_rgba8();
    let (width, height) = pixels.dimensions();
    iced::window::icon::from_rgba(pixels.into_raw(), width, height).ok()
}

/// Opens the window and runs until it is closed.
/// Opens the window; when it cannot be opened (no display, no graphics), why, in the
/// desk's language when this desk has chosen one.
pub fn run(data_dir: Option<PathBuf>, database: Option<String>) -> Result<(), String> {
    let w = crate::store::default_data_dir(data_dir.clone())
        .ok()
        .and_then(|dir| crate::store::location::desk_language(&dir, None))
        .unwrap_or_default()
        .words();
    // Without a display the windowing library panics; say it in a sentence instead.
    #[cfg(all(unix, not(target_os = "macos")))]
    if ["DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET"]
        .iter()
        .all(|name| std::env::var_os(name).is_none_or(|value| value.is_empty()))
    {
        return Err(w.gui_no_display());
    }
    iced::application(
        move || App::boot(data_dir.clone(), database.clone()),
        App::update,
        App::view,
    )
    .title(App::title)
    .theme(App::theme)
    .subscription(App::subscription)
    .settings(settings())
    .window(window_settings())
    .run()
    .map_err(|err| w.gui_window_failed(err.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_icon_decodes() {
        let (rgba, size) = window_icon().expect("the embedded icon decodes").into_raw();
        assert_eq!((size.width, size.height), (256, 256));
        assert_eq!(rgba.len(), 256 * 256 * 4);
    }

    /// The desktop finds the window's menu entry and icon only if every file spells the
    /// app id the same; AppStream wants release notes for the version being shipped.
    #[test]
    fn packaging_uses_the_app_id_and_version() {
        let cargo = include_str!("../../Cargo.toml");
        assert!(cargo.contains(&format!("app-id = \"{APP_ID}\"")));
        assert!(cargo.contains(&format!("packaging/linux/{APP_ID}.desktop")));
        let desktop = include_str!("../../packaging/linux/org.fixdesk.Fixdesk.desktop");
        assert!(desktop.contains(&format!("\nIcon={APP_ID}\n")));
        assert!(desktop.contains(&format!("\nStartupWMClass={APP_ID}\n")));
        let metainfo = include_str!("../../packaging/linux/org.fixdesk.Fixdesk.metainfo.xml");
        assert!(metainfo.contains(&format!("<id>{APP_ID}</id>")));
        assert!(metainfo.contains(&format!(
            "<launchable type=\"desktop-id\">{APP_ID}.desktop<"
        )));
        let version = env!("CARGO_PKG_VERSION");
        assert!(
            metainfo.contains(&format!("<release version=\"{version}\"")),
            "packaging/linux/{APP_ID}.metainfo.xml needs release notes for {version}"
        );
    }
}
