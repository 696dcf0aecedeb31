//! The desktop app (iced).
