//! SQLite storage of cases and their history.
