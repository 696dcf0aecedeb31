//! The monthly figures (RULES.md §7), computed from plain rows. Pure.
