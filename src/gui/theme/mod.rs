//! Every widget's look, in one place (STYLE.md, after halloy's `theme/`): one small file
//! per widget kind. Screens name a style here (`theme::button::secondary`) instead of
//! writing a closure, so a change of look is made once and every screen follows.
//!
//! The functions have the signatures iced's `.style(…)` takes; most follow iced's own
//! built-in styles over the chosen palette, so light and dark themes both work.

pub mod button;
pub mod container;
pub mod text;
