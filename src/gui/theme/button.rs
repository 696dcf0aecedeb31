//! Buttons: the main action, the secondary ones, plain text links, the dangerous and
//! the confirming ones, segmented choices, navigation, and rows of a list.

use iced::widget::button::{self, Status, Style};
use iced::{Background, Border, Theme};

/// The screen's main action (Save, Print …).
pub fn primary(theme: &Theme, status: Status) -> Style {
    button::primary(theme, status)
}

/// Everything beside the main action (Clear, Discard, Back …).
pub fn secondary(theme: &Theme, status: Status) -> Style {
    button::secondary(theme, status)
}

/// A button that reads as text: a link, a sortable heading, an idle counter.
pub fn text(theme: &Theme, status: Status) -> Style {
    button::text(theme, status)
}

/// An action that cannot be undone (restore a backup, reject a parcel).
pub fn danger(theme: &Theme, status: Status) -> Style {
    button::danger(theme, status)
}

/// An action that completes something good (accept, hand over).
pub fn success(theme: &Theme, status: Status) -> Style {
    button::success(theme, status)
}

/// A segment of a segmented choice: the chosen one stands out.
pub fn segment(chosen: bool) -> fn(&Theme, Status) -> Style {
    if chosen { primary } else { secondary }
}

/// A step's button: red when it sends the device away or cannot be undone, else the
/// main action's colour.
pub fn step(dangerous: bool) -> fn(&Theme, Status) -> Style {
    if dangerous { danger } else { primary }
}

/// A quiet button that asks a second click before it acts: red once armed.
pub fn armed(armed: bool) -> fn(&Theme, Status) -> Style {
    if armed { danger } else { secondary }
}

/// A screen in the navigation: the current one stands out, the others read as text.
pub fn navigation(current: bool) -> fn(&Theme, Status) -> Style {
    if current { primary } else { text }
}

/// A counter in the header: lit while something is due, plain when nothing is.
pub fn counter(due: bool) -> fn(&Theme, Status) -> Style {
    if due { secondary } else { text }
}

/// A row of a list: plain, lit up under the pointer, like a line in a table.
pub fn list_row(theme: &Theme, status: Status) -> Style {
    let palette = theme.extended_palette();
    let background = match status {
        Status::Hovered | Status::Pressed => Some(palette.background.weak.color),
        _ => None,
    };
    Style {
        background: background.map(Background::Color),
        text_color: palette.background.base.text,
        border: Border::default().rounded(4),
        ..Style::default()
    }
}
