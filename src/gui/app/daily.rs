//! The work a desk does on its own: the due list read again, the center's daily backup
//! and the removal of personal data (docs/rules.md §8, §9).

use super::*;

impl App {
    pub(super) fn refresh_due(&self) -> Task<Message> {
        match &self.shell.desk {
            Some(desk) => {
                let desk = desk.clone();
                let today = self.shell.today;
                Task::perform(async move { desk.due(today).await }, Message::Due)
            }
            None => Task::none(),
        }
    }

    /// The daily automatic backup (the last N kept, a setting), made off the
    /// UI thread once the store is open; an existing backup for today is left alone.
    pub(super) fn daily_backup(&self) -> Task<Message> {
        let Some(desk) = self.shell.desk.clone() else {
            return Task::none();
        };
        let today = self.shell.today;
        Task::perform(
            async move { desk.daily_backup(today, Utc::now()).await },
            Message::BackedUp,
        )
    }

    /// docs/rules.md §8: once the day's backup is made, personal data leaves cases closed
    /// longer ago than the retention setting allows (never before a backup exists).
    pub(super) fn retention(&self) -> Task<Message> {
        let Some(desk) = self.shell.desk.clone() else {
            return Task::none();
        };
        let today = self.shell.today;
        let months = self.shell.settings.retention_months;
        let actor = self.shell.actor.clone();
        Task::perform(
            async move { desk.daily_retention(today, months, actor, Utc::now()).await },
            Message::Retained,
        )
    }
}
