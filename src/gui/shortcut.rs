//! Keyboard shortcuts as a pure function, so they are tested without a window.

use iced::keyboard::{Key, Modifiers, key::Named};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    /// Ctrl+N: a new intake.
    NewIntake,
    /// Ctrl+F: find a case.
    FindCase,
    /// Ctrl+P: print the current document.
    Print,
    /// Esc: close the open dialog.
    Close,
    /// Tab: the next field, in the order of the form.
    NextField,
    /// Shift+Tab: the previous field.
    PreviousField,
}

/// Maps a key press to a shortcut (Ctrl on Linux/Windows, Cmd on macOS).
pub fn map(key: &Key, modifiers: Modifiers) -> Option<Shortcut> {
    match key {
        Key::Named(Named::Escape) if modifiers.is_empty() => Some(Shortcut::Close),
        Key::Named(Named::Tab) if modifiers.is_empty() => Some(Shortcut::NextField),
        Key::Named(Named::Tab) if modifiers == Modifiers::SHIFT => Some(Shortcut::PreviousField),
        Key::Character(c) if modifiers.command() && !modifiers.alt() && !modifiers.shift() => {
            match c.to_lowercase().as_str() {
                "n" => Some(Shortcut::NewIntake),
                "f" => Some(Shortcut::FindCase),
                "p" => Some(Shortcut::Print),
                _ => None,
            }
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ch(c: &str) -> Key {
        Key::Character(c.into())
    }

    #[test]
    fn command_letters_map_to_shortcuts() {
        assert_eq!(map(&ch("n"), Modifiers::COMMAND), Some(Shortcut::NewIntake));
        assert_eq!(map(&ch("N"), Modifiers::COMMAND), Some(Shortcut::NewIntake));
        assert_eq!(map(&ch("f"), Modifiers::COMMAND), Some(Shortcut::FindCase));
        assert_eq!(map(&ch("p"), Modifiers::COMMAND), Some(Shortcut::Print));
        assert_eq!(
            map(&Key::Named(Named::Escape), Modifiers::empty()),
            Some(Shortcut::Close)
        );
    }

    #[test]
    fn plain_typing_is_not_a_shortcut() {
        assert_eq!(map(&ch("n"), Modifiers::empty()), None);
        assert_eq!(map(&ch("n"), Modifiers::SHIFT), None);
        assert_eq!(map(&ch("x"), Modifiers::COMMAND), None);
        assert_eq!(map(&ch("n"), Modifiers::COMMAND | Modifiers::ALT), None);
        assert_eq!(map(&Key::Named(Named::Escape), Modifiers::SHIFT), None);
    }
}
