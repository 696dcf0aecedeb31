//! One module per screen; each is a small program (State, Message, Event, update, view).

pub mod cases;
pub mod intake;
pub mod welcome;
