//! One module per screen; each is a small program (State, Message, Event, update, view).

pub mod cases;
pub mod dispatch;
pub mod inspection;
pub mod intake;
pub mod reports;
pub mod settings;
pub mod welcome;
