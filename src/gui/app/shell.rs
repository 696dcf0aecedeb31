//! What every screen reads from the app, and each screen's context drawn from it.

use super::*;

/// What every screen reads from the app: the store, the settings and policy in force,
/// the day, who is at the desk and what is due. Kept apart from the screens' states so a
/// screen's context borrows it while the screen itself is updated.
pub(super) struct Shell {
    pub(super) desk: Option<Desk>,
    /// The data folder: this desk's own file, its printed documents and photos, and the
    /// saved address of the center's server.
    pub(super) data_dir: Option<PathBuf>,
    pub(super) settings: Settings,
    pub(super) policy: Policy,
    pub(super) today: NaiveDate,
    /// Who is at the desk, written on every event (the system user's name).
    pub(super) actor: String,
    pub(super) due: DueItems,
    /// Why the database cannot be reached, while it cannot: the banner says so, saving
    /// waits, and every form keeps what is typed.
    pub(super) offline: Option<String>,
    /// This workstation's name, written on its events.
    pub(super) desk_name: String,
    /// Customer messages waiting for a person: failed, to phone (the header's count).
    pub(super) mail_attention: (u64, u64),
    /// A sender round is under way (one at a time).
    pub(super) mail_busy: bool,
    /// The database has staff accounts: someone must be signed in to work.
    pub(super) has_staff: bool,
    /// Who is signed in (with staff), whose name the store writes on events.
    pub(super) person: Option<Person>,
    /// The language chosen for this desk's window (`desk-language.txt`, or the command
    /// line's); `None` follows the center's (docs/rules.md §13).
    pub(super) language: Option<crate::domain::Language>,
}

impl Shell {
    /// The words of this desk's window: its own language, else the center's.
    pub(super) fn words(&self) -> crate::i18n::Words {
        self.language.unwrap_or(self.settings.language).words()
    }

    /// Tells the store's handle the window's language, which the store's errors are
    /// said in: after a store opens, the center's settings change, or the desk's
    /// language does.
    pub(super) fn tell_desk_words(&self) {
        if let Some(desk) = &self.desk {
            desk.set_words(self.words());
        }
    }

    pub(super) fn staff(&self) -> staff::Context<'_> {
        staff::Context {
            words: self.words(),
            desk: self.desk.as_ref(),
            settings: &self.settings,
        }
    }

    /// May whoever is at the desk use this screen?
    pub(super) fn open_to(&self, screen: Screen) -> bool {
        screen.open_to(self.person.as_ref(), self.has_staff)
    }

    pub(super) fn cases(&self) -> cases::Context<'_> {
        cases::Context {
            words: self.words(),
            desk: self.desk.as_ref(),
            today: self.today,
            answer_days: self.settings.answer_days,
            may_export: !self.has_staff
                || self
                    .person
                    .as_ref()
                    .is_some_and(|p| p.may(crate::domain::staff::Action::PersonalData)),
            actor: &self.actor,
        }
    }

    pub(super) fn intake(&self) -> intake::Context<'_> {
        intake::Context {
            words: self.words(),
            desk: self.desk.as_ref(),
            policy: &self.policy,
            today: self.today,
            actor: &self.actor,
            offline: self.offline.as_deref(),
            center_language: self.settings.language,
        }
    }

    pub(super) fn welcome(&self) -> welcome::Context<'_> {
        welcome::Context {
            words: self.words(),
            desk: self.desk.as_ref(),
            settings: &self.settings,
            today: self.today,
            data_dir: self.data_dir.as_deref(),
        }
    }

    pub(super) fn reports(&self) -> reports::Context<'_> {
        reports::Context {
            words: self.words(),
            desk: self.desk.as_ref(),
            today: self.today,
            settings: &self.settings,
        }
    }

    pub(super) fn settings(&self) -> settings::Context<'_> {
        settings::Context {
            words: self.words(),
            desk_language: self.language,
            desk: self.desk.as_ref(),
            settings: &self.settings,
            policy: &self.policy,
            data_dir: self.data_dir.as_deref(),
            desk_name: &self.desk_name,
        }
    }

    pub(super) fn inspection(&self) -> inspection::Context<'_> {
        inspection::Context {
            words: self.words(),
            desk: self.desk.as_ref(),
            settings: &self.settings,
            policy: &self.policy,
            today: self.today,
            actor: &self.actor,
            due: &self.due,
            offline: self.offline.as_deref(),
            person: self.person.as_ref().filter(|_| self.has_staff),
        }
    }

    pub(super) fn dispatch(&self) -> dispatch::Context<'_> {
        dispatch::Context {
            words: self.words(),
            desk: self.desk.as_ref(),
            settings: &self.settings,
            today: self.today,
            actor: &self.actor,
            due: &self.due,
            offline: self.offline.as_deref(),
        }
    }
}
