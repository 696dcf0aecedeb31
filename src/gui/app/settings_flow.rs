//! The app's side of the settings screen: the store calls it asks for, off the UI thread.
//!
//! The app's shared context (`settings`, `policy`) changes only once the store has
//! taken the change: a failed save leaves the desk working by what is on file, and the
//! screen keeps what was typed. The theme is the exception — it applies at once, and is
//! stored on its own.

use std::path::PathBuf;

use chrono::{Local, Utc};
use iced::{Element, Task};

use super::{App, Message};
use crate::domain::Policy;
use crate::gui::screen::{cases, reports, settings, welcome};
use crate::gui::text as t;
use crate::store::BACKUP_DIR;

impl App {
    pub(super) fn on_settings(&mut self, message: settings::Message) -> Task<Message> {
        let mut follow_up = Task::none();
        match &message {
            settings::Message::Saved(Ok(saved)) => {
                // The theme is saved on its own: one chosen while this save was under
                // way stays.
                let theme = self.settings.theme;
                self.settings = saved.clone();
                self.settings.theme = theme;
                // The answer deadline (2.3) moves what is due.
                follow_up = self.refresh_due();
            }
            settings::Message::PolicySaved(Ok((_, policy)))
            | settings::Message::PolicyLoaded(_, policy) => self.policy = policy.clone(),
            settings::Message::Restored(Ok(restored)) => {
                let opened = &restored.opened;
                self.settings = opened.settings.clone();
                self.policy = opened.policy.clone();
                self.welcome = welcome::State::new(&opened.settings.center);
                // What the other screens hold was read from the database replaced.
                self.cases = cases::State::default();
                self.reports = reports::State::new(self.today);
                follow_up = self.refresh_due();
            }
            _ => {}
        }
        let cx = settings::Context {
            settings: &self.settings,
        };
        let event = self.settings_screen.update(message, &cx);
        Task::batch([follow_up, self.settings_event(event)])
    }

    /// The screen was opened: show what is on file (unless something is being edited)
    /// and read the policy's version.
    pub(super) fn settings_shown(&mut self) -> Task<Message> {
        if !self.settings_screen.is_dirty() {
            self.settings_screen.load(&self.settings);
        }
        if !self.settings_screen.is_policy_dirty() {
            self.settings_screen.load_policy(None, &self.policy);
        }
        let Some(desk) = self.desk.clone() else {
            return Task::none();
        };
        Task::perform(
            async move { desk.run(|store| store.policy()).await },
            |answer| match answer {
                Ok((version, policy)) => {
                    Message::Settings(settings::Message::PolicyLoaded(version, policy))
                }
                Err(reason) => Message::Printed(Err(reason)),
            },
        )
    }

    /// The settings screen, as the app holds it (for tests).
    pub fn settings_screen(&self) -> &settings::State {
        &self.settings_screen
    }

    /// The settings the desk works by (the store's, once saved).
    pub fn settings(&self) -> &crate::domain::Settings {
        &self.settings
    }

    /// The warranty policy new decisions are made under.
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    fn settings_event(&mut self, event: Option<settings::Event>) -> Task<Message> {
        use settings::{Event, Message as M};
        let Some(event) = event else {
            return Task::none();
        };
        let answer = |message: M| Message::Settings(message);
        // Choosing files needs no store.
        match event {
            Event::PickBackup => {
                let folder = self.data_dir.as_ref().map(|dir| dir.join(BACKUP_DIR));
                return Task::perform(
                    async move {
                        let mut dialog = rfd::AsyncFileDialog::new()
                            .set_title(t::RESTORE_BACKUP)
                            .add_filter("fixdesk backup", &["db"]);
                        if let Some(folder) = folder.filter(|f| f.is_dir()) {
                            dialog = dialog.set_directory(folder);
                        }
                        dialog
                            .pick_file()
                            .await
                            .map(|file| file.path().to_path_buf())
                    },
                    move |file| answer(M::RestoreChosen(file)),
                );
            }
            Event::ImportPolicy => {
                return Task::perform(
                    async move {
                        let Some(file) = rfd::AsyncFileDialog::new()
                            .set_title(t::POLICY_IMPORT)
                            .add_filter("JSON", &["json"])
                            .pick_file()
                            .await
                        else {
                            return Ok(None);
                        };
                        let path = file.path().to_path_buf();
                        tokio::fs::read_to_string(&path)
                            .await
                            .map(|json| Some((path.clone(), json)))
                            .map_err(|err| format!("{} could not be read ({err}).", path.display()))
                    },
                    move |read| answer(M::PolicyImported(read)),
                );
            }
            Event::ExportPolicy(policy) => {
                let name = format!(
                    "fixdesk-policy-v{}.json",
                    self.settings_screen.policy_version().unwrap_or(1)
                );
                return Task::perform(
                    async move {
                        let Some(file) = rfd::AsyncFileDialog::new()
                            .set_title(t::POLICY_EXPORT)
                            .set_file_name(&name)
                            .add_filter("JSON", &["json"])
                            .save_file()
                            .await
                        else {
                            return Ok(None);
                        };
                        let path = file.path().to_path_buf();
                        tokio::fs::write(&path, policy.to_json_pretty() + "\n")
                            .await
                            .map(|()| Some(path.clone()))
                            .map_err(|err| {
                                format!("{} could not be written ({err}).", path.display())
                            })
                    },
                    move |written| answer(M::PolicyExported(written)),
                );
            }
            Event::Theme(theme) => {
                self.settings.theme = theme;
            }
            _ => {}
        }

        let Some(desk) = self.desk.clone() else {
            let reason = self.no_store();
            return match event {
                Event::SaveSettings(_) => Task::done(answer(M::Saved(Err(reason)))),
                Event::SavePolicy(_) => Task::done(answer(M::PolicySaved(Err(reason)))),
                Event::BackUpNow => Task::done(answer(M::BackedUp(Err(reason)))),
                Event::Restore(_) => Task::done(answer(M::Restored(Err(reason)))),
                // Without a store the theme still applies; there is nowhere to keep it.
                _ => Task::none(),
            };
        };
        match event {
            Event::SaveSettings(wanted) => Task::perform(
                async move {
                    desk.run(move |store| {
                        store.save_settings(&wanted)?;
                        store.settings()
                    })
                    .await
                },
                move |saved| answer(M::Saved(saved)),
            ),
            Event::Theme(theme) => Task::perform(
                async move {
                    // Only the theme changes: a settings save in flight is not undone.
                    desk.run(move |store| {
                        let mut stored = store.settings()?;
                        stored.theme = theme;
                        store.save_settings(&stored)
                    })
                    .await
                },
                move |saved| answer(M::ThemeSaved(saved)),
            ),
            Event::SavePolicy(policy) => {
                let now = Utc::now();
                Task::perform(
                    async move {
                        desk.run(move |store| {
                            let version = store.save_policy(&policy, now)?;
                            Ok((version, *policy))
                        })
                        .await
                    },
                    move |saved| answer(M::PolicySaved(saved)),
                )
            }
            Event::BackUpNow => {
                // A name of its own, so the daily backups' pruning never removes it.
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
                    move |made| answer(M::BackedUp(made)),
                )
            }
            Event::Restore(file) => Task::perform(
                async move { desk.restore(file, Utc::now()).await.map(Box::new) },
                move |restored| answer(M::Restored(restored)),
            ),
            Event::PickBackup | Event::ImportPolicy | Event::ExportPolicy(_) => Task::none(),
        }
    }

    pub(super) fn view_settings(&self) -> Element<'_, Message> {
        self.settings_screen
            .view(&settings::Context {
                settings: &self.settings,
            })
            .map(Message::Settings)
    }
}
