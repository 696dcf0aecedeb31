//! Backups: "Back up now" (a file of its own the daily pruning never removes) and
//! restoring a chosen backup, confirmed first; the current database is kept aside.

use std::path::PathBuf;

use chrono::{Local, Utc};
use iced::widget::{button, column, container, row, text};
use iced::{Element, Task};

use super::{Context, Event, Message, State, section};
use crate::gui::screen::Shared;
use crate::gui::screen::no_store;
use crate::gui::theme;
use crate::gui::widget::bold;
use crate::store::BACKUP_DIR;

impl State {
    /// Backing up and restoring; every other message is not its business.
    pub(super) fn update_backup(
        &mut self,
        message: Message,
        cx: &Context<'_>,
    ) -> (Task<Message>, Option<Event>) {
        let w = cx.words;
        match message {
            Message::BackUpNow if self.busy.is_none() => {
                self.busy = Some(w.backing_up());
                self.backup_notice = None;
                return (back_up(cx), None);
            }
            Message::BackedUp(answer) => {
                self.busy = None;
                self.backup_notice = Some(match answer {
                    Ok(path) => Ok(w.backup_made(&path)),
                    Err(reason) => Err(w.backup_not_made(&reason)),
                });
            }
            Message::Restore if self.busy.is_none() => {
                self.backup_notice = None;
                self.confirm_restore = None;
                return (pick_backup(cx), None);
            }
            Message::RestoreChosen(file) => self.confirm_restore = file,
            Message::CancelRestore => self.confirm_restore = None,
            Message::ConfirmRestore => {
                if self.busy.is_some() {
                    return (Task::none(), None);
                }
                let Some(file) = self.confirm_restore.take() else {
                    return (Task::none(), None);
                };
                self.busy = Some(w.restoring());
                self.backup_notice = None;
                return (restore(file, cx), None);
            }
            Message::Restored(answer) => {
                self.busy = None;
                match answer {
                    Ok(restored) => {
                        self.load(&restored.opened.settings);
                        self.load_policy(
                            Some(restored.opened.policy_version),
                            &restored.opened.policy,
                        );
                        self.notice = None;
                        self.policy_notice = None;
                        self.backup_notice =
                            Some(Ok(w.restore_done(restored.set_aside.as_deref())));
                        let opened = Box::new(restored.opened);
                        return (Task::none(), Some(Shared::StoreReplaced(opened)));
                    }
                    Err(reason) => self.backup_notice = Some(Err(w.restore_failed(&reason))),
                }
            }
            _ => {}
        }
        (Task::none(), None)
    }

    pub(super) fn backups_section(&self, w: crate::i18n::Words) -> Element<'_, Message> {
        let idle = self.busy.is_none();
        let mut content = column![
            text(w.settings_backups_hint())
                .size(13)
                .style(theme::text::secondary),
            row![
                button(text(w.back_up_now()))
                    .style(theme::button::secondary)
                    .on_press_maybe(idle.then_some(Message::BackUpNow)),
                button(text(w.restore_backup()))
                    .style(theme::button::secondary)
                    .on_press_maybe(idle.then_some(Message::Restore)),
            ]
            .spacing(8),
        ]
        .spacing(8);
        if let Some(file) = &self.confirm_restore {
            content = content.push(
                container(
                    column![
                        text(w.restore_question(file)).size(14).font(bold()),
                        text(w.restore_explained()).size(13),
                        row![
                            button(text(w.restore_confirm()))
                                .style(theme::button::danger)
                                .on_press_maybe(idle.then_some(Message::ConfirmRestore)),
                            button(text(w.restore_cancel()))
                                .style(theme::button::secondary)
                                .on_press(Message::CancelRestore),
                        ]
                        .spacing(8),
                    ]
                    .spacing(8),
                )
                .padding(12)
                .style(theme::container::warning),
            );
        }
        // When each of the center's daily jobs last ran, and at which desk.
        for run in &self.job_runs {
            content = content.push(
                text(w.job_run(
                    &run.job,
                    run.day,
                    &run.desk,
                    run.started_at,
                    run.finished_at.and(run.outcome.as_deref()),
                ))
                .size(13)
                .style(theme::text::secondary),
            );
        }
        if let Some(doing) = &self.busy {
            content = content.push(text(doing.clone()).size(14));
        }
        match &self.backup_notice {
            Some(Ok(info)) => {
                content = content.push(text(info.clone()).size(13).style(theme::text::success))
            }
            Some(Err(problem)) => {
                content = content.push(text(problem.clone()).size(13).style(theme::text::danger))
            }
            None => {}
        }
        section(w.settings_backups(), content.into())
    }
}

/// Writes a backup now, under a name of its own so the daily backups' pruning never
/// removes it.
fn back_up(cx: &Context<'_>) -> Task<Message> {
    let w = cx.words;
    let Some(desk) = cx.desk.cloned() else {
        return Task::done(Message::BackedUp(Err(no_store(w))));
    };
    let stamp = Local::now().format("%Y-%m-%d-%H%M%S");
    let out: PathBuf = desk
        .data_dir()
        .join(BACKUP_DIR)
        .join(format!("fixdesk-backup-{stamp}.db"));
    Task::perform(
        async move {
            desk.run(move |store| store.backup_to(&out).map(|report| report.path))
                .await
        },
        Message::BackedUp,
    )
}

/// Asks which backup file to restore, starting in the backups folder.
fn pick_backup(cx: &Context<'_>) -> Task<Message> {
    let w = cx.words;
    let folder = cx.desk.map(|desk| desk.data_dir().join(BACKUP_DIR));
    Task::perform(
        async move {
            let mut dialog = rfd::AsyncFileDialog::new()
                .set_title(w.restore_backup())
                .add_filter("fixdesk backup", &["db"]);
            if let Some(folder) = folder.filter(|f| f.is_dir()) {
                dialog = dialog.set_directory(folder);
            }
            dialog
                .pick_file()
                .await
                .map(|file| file.path().to_path_buf())
        },
        Message::RestoreChosen,
    )
}

/// Restores the confirmed backup through the desk, which closes and reopens the store.
fn restore(file: PathBuf, cx: &Context<'_>) -> Task<Message> {
    let w = cx.words;
    let Some(desk) = cx.desk.cloned() else {
        return Task::done(Message::Restored(Err(no_store(w))));
    };
    Task::perform(
        async move { desk.restore(file, Utc::now()).await.map(Box::new) },
        Message::Restored,
    )
}
