//! Text colours: secondary (hints, labels), danger (problems), success (done).

use iced::Theme;
use iced::widget::text::{self, Style};

/// Hints, labels of facts, counts: quieter than the content.
pub fn secondary(theme: &Theme) -> Style {
    text::secondary(theme)
}

/// A problem: a field's error, a failed save, a deadline passed.
pub fn danger(theme: &Theme) -> Style {
    text::danger(theme)
}

/// Something done: saved, backed up, exported.
pub fn success(theme: &Theme) -> Style {
    text::success(theme)
}

/// A deadline: red once it has passed, quiet before.
pub fn deadline(late: bool) -> fn(&Theme) -> Style {
    if late { danger } else { secondary }
}
