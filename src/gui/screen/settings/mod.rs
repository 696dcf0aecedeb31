//! The settings screen: the center's details printed on every document, paper
//! and label forms, the deadlines and data rules, backups, the warranty policy, and the
//! window's theme.
//!
//! A small program (STYLE.md): `State`, `Message`, `Event`, `update`, `view`. It saves
//! through the desk handle itself and handles the answers; the app hears only what
//! changed (the settings, the policy, the theme, or the whole store after a restore).
//! The form holds text exactly as typed, so a bad value never replaces a saved one:
//! every field is checked as you type, its error shows once the manager has been in it
//! (or tried to save), the error names the field, and Save is enabled only when all of
//! them are valid and something changed.
//!
//! One job a file: `center` (the center's details), `documents` (paper, label form,
//! receipt in the parcel, answer days, retention), `policy` (the warranty policy
//! editor), `backup` (backup and restore), `view` (the layout); this file holds the
//! form and its save.

mod backup;
mod center;
mod documents;
pub mod mail;
mod policy;
pub mod printers;
mod view;

use view::{save_status, section};

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use iced::widget::{button, row, rule, scrollable, space, text, text_editor, text_input};
use iced::{Element, Fill, FillPortion, Task};

use policy::PolicyDraft;
pub use policy::{CheckedPolicy, DEFAULT_MONTHS_ID, PolicyField};

use crate::domain::policy::MAX_MONTHS;
use crate::domain::settings::{
    Center, LabelSize, Paper, Printers, StickerSize, Theme as ThemeChoice,
};
use crate::domain::{Currency, Policy, Settings};
use crate::gui::desk::{Desk, Restored};
use crate::gui::screen::intake::{email_looks_right, phone_looks_right};
use crate::gui::screen::{Shared, connection, no_store};
use crate::gui::theme;
use crate::gui::widget::{self, bold};

/// The fields of the settings form (the address is the one on several lines).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    CenterName,
    Phone,
    Email,
    Currency,
    AnswerDays,
    RetentionMonths,
    BackupsKept,
    Address,
}

impl Field {
    /// The one-line fields, each one a text input.
    pub const ALL: [Field; 7] = [
        Field::CenterName,
        Field::Phone,
        Field::Email,
        Field::Currency,
        Field::AnswerDays,
        Field::RetentionMonths,
        Field::BackupsKept,
    ];

    /// The widget id, so tests and keyboard focus can find the input.
    pub fn id(self) -> &'static str {
        match self {
            Self::CenterName => "settings-center-name",
            Self::Phone => "settings-phone",
            Self::Email => "settings-email",
            Self::Currency => "settings-currency",
            Self::AnswerDays => "settings-answer-days",
            Self::RetentionMonths => "settings-retention-months",
            Self::BackupsKept => "settings-backups-kept",
            Self::Address => ADDRESS_ID,
        }
    }

    /// The field's name, as its label shows it and its errors begin.
    pub fn label(self, w: crate::i18n::Words) -> String {
        match self {
            Self::CenterName => w.settings_center_name(),
            Self::Phone => w.settings_phone(),
            Self::Email => w.settings_email(),
            Self::Currency => w.settings_currency(),
            Self::AnswerDays => w.settings_answer_days(),
            Self::RetentionMonths => w.settings_retention(),
            Self::BackupsKept => w.settings_backups_kept(),
            Self::Address => w.settings_address(),
        }
    }

    fn value(self, settings: &Settings) -> String {
        match self {
            Self::CenterName => settings.center.name.clone(),
            Self::Phone => settings.center.phone.clone(),
            Self::Email => settings.center.email.clone(),
            Self::Currency => settings.center.currency.code().to_string(),
            Self::AnswerDays => settings.answer_days.to_string(),
            Self::RetentionMonths => settings.retention_months.to_string(),
            Self::BackupsKept => settings.backups_kept.to_string(),
            Self::Address => settings.center.address.clone(),
        }
    }

    /// The most that may be typed: the center's details go on every paper, whose
    /// letterhead has room for this much.
    pub fn max_chars(self) -> usize {
        match self {
            Self::CenterName => 100,
            Self::Phone => 40,
            Self::Email => 254,
            Self::Address => 300,
            Self::Currency | Self::AnswerDays | Self::RetentionMonths | Self::BackupsKept => 20,
        }
    }
}

/// The address input's widget id.
pub const ADDRESS_ID: &str = "settings-address";

#[derive(Debug, Clone)]
pub enum Message {
    Edit(Field, String),
    AddressEdited(text_editor::Action),
    Paper(Paper),
    Label(LabelSize),
    ReceiptOnParcel(bool),
    /// A change to the printer, paper, copies or "when" of one kind of document.
    Printer(printers::Printout, printers::Edit),
    StickerSize(StickerSize),
    /// Ask the system again for its printers.
    ListPrinters,
    /// The printers the system offers, or why they could not be listed.
    PrintersListed(Result<Vec<crate::print::Printer>, String>),
    /// Applies at once and is saved on its own.
    Theme(ThemeChoice),
    /// The language of this desk's window (`None`: the center's).
    DeskLanguage(Option<crate::domain::Language>),
    /// The center's language: new customers' papers and messages.
    CenterLanguage(crate::domain::Language),
    Save,
    Discard,
    /// The store's answer to saving the settings.
    Saved(Result<Settings, String>),
    BackUpNow,
    /// The store's answer to "Back up now": the file written.
    BackedUp(Result<PathBuf, String>),
    /// Choose a backup file to restore (a file dialog opens).
    Restore,
    /// The file the manager chose (none when the dialog was cancelled).
    RestoreChosen(Option<PathBuf>),
    ConfirmRestore,
    CancelRestore,
    /// The store's answer to a restore: the store as it now is.
    Restored(Result<Box<Restored>, String>),
    PolicyEdit(PolicyField, String),
    AddModel,
    RemoveModel(usize),
    AddComponent(usize),
    RemoveComponent(usize, usize),
    SavePolicy,
    DiscardPolicy,
    Connection(connection::Message),
    /// This workstation's name, as typed.
    DeskNameEdited(String),
    SaveDeskName,
    /// The name now in force, or why it could not be saved.
    DeskNameSaved(Result<String, String>),
    /// The center's daily jobs' last runs, read when the screen is shown.
    JobRuns(Result<Vec<crate::store::jobs::JobRun>, String>),
    /// The store's answer to saving the policy: its new version.
    PolicySaved(Result<(i64, Policy), String>),
    /// The policy on file and its version, read when the screen is shown.
    PolicyLoaded(i64, Policy),
    /// The policy on file could not be read when the screen was shown.
    PolicyUnread(String),
    ImportPolicy,
    /// A policy file read from disk (its name and text; `None`: the dialog was
    /// cancelled), or why it could not be read.
    PolicyImported(Result<Option<(PathBuf, String)>, String>),
    /// The screen came into view: show what is on file and read the policy's version.
    Shown(Option<crate::domain::CaseNumber>),
    /// The store's answer to saving one setting on its own (the theme, the language).
    SavedAlone(Result<(), String>),
    /// Settings → Customer e-mail (mail.rs), saved on its own.
    Mail(mail::MailMessage),
    ExportPolicy,
    /// Where the exported policy was written (`None`: the dialog was cancelled).
    PolicyExported(Result<Option<PathBuf>, String>),
}

/// What the app must act on: the settings now in force (saved, or a theme chosen), a
/// new policy, the store replaced by a restore, a line for the status bar. Nothing of
/// this screen's own.
pub type Event = Shared;

/// What the screen reads from the app.
pub struct Context<'a> {
    /// The words of this desk's window, in its language.
    pub words: crate::i18n::Words,
    /// The language chosen for this desk's window (`None`: the center's).
    pub desk_language: Option<crate::domain::Language>,
    pub desk: Option<&'a Desk>,
    /// The settings the desk works by.
    pub settings: &'a Settings,
    /// The policy new decisions are made under.
    pub policy: &'a Policy,
    /// The data folder, where a server's address is saved.
    pub data_dir: Option<&'a std::path::Path>,
    /// This workstation's name, as written on its events.
    pub desk_name: &'a str,
}

impl Context<'_> {
    fn connection(&self) -> connection::Context<'_> {
        connection::Context {
            words: self.words,
            data_dir: self.data_dir,
            on_server: self.desk.is_some_and(Desk::on_server),
        }
    }
}

/// Reads a whole number from `low` to `high` as typed, or says what is wrong, naming
/// the field: blank, text, a fraction, zero or a negative number are all refused.
pub fn parse_whole(
    w: crate::i18n::Words,
    field: &str,
    typed: &str,
    low: u32,
    high: u32,
) -> Result<u32, String> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Err(w.required(field));
    }
    match typed.parse::<i64>() {
        Ok(n) if (i64::from(low)..=i64::from(high)).contains(&n) => {
            u32::try_from(n).map_err(|_| w.whole_number(field, typed, low, high))
        }
        _ => Err(w.whole_number(field, typed, low, high)),
    }
}

/// The settings form checked: the settings to save, or every problem by field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    pub settings: Option<Settings>,
    pub problems: Vec<(Field, String)>,
}

#[derive(Debug)]
pub struct State {
    /// The settings the form was loaded from (the store's, as last known).
    loaded: Settings,
    values: std::collections::BTreeMap<Field, String>,
    address: text_editor::Content,
    paper: Paper,
    label: LabelSize,
    receipt_on_parcel: bool,
    /// A printer, paper, copies and when, per kind of document (printers.rs).
    printers: Printers,
    sticker: StickerSize,
    /// The printers the system offers, once asked (`None`: not asked yet), or why they
    /// could not be listed.
    system_printers: Option<Result<Vec<crate::print::Printer>, String>>,
    /// The fields the manager has been in: only these show their problems, until Save
    /// is tried.
    touched: BTreeSet<Field>,
    /// Save was tried (Enter in a field): every problem shows.
    attempted: bool,
    saving: bool,
    notice: Option<Result<String, String>>,
    /// Backup or restore under way, and what it says.
    busy: Option<String>,
    backup_notice: Option<Result<String, String>>,
    /// A backup chosen to restore, waiting for the manager's confirmation.
    confirm_restore: Option<PathBuf>,
    policy_loaded: Policy,
    policy_version: Option<i64>,
    policy: PolicyDraft,
    policy_saving: bool,
    policy_notice: Option<Result<String, String>>,
    /// Where the cases are: the center's server, or this desk's own file.
    connection: connection::State,
    /// This workstation's name, as typed (filled when the screen is shown).
    desk_name: String,
    desk_name_notice: Option<Result<String, String>>,
    /// The center's daily jobs' last runs (when, at which desk, how).
    job_runs: Vec<crate::store::jobs::JobRun>,
    /// Customer e-mail: the server, the sender, the moments and their templates.
    mail: mail::MailForm,
}

impl Default for State {
    fn default() -> Self {
        Self::new(&Settings::default(), &Policy::shipped())
    }
}

impl State {
    pub fn new(settings: &Settings, policy: &Policy) -> Self {
        let mut state = Self {
            loaded: Settings::default(),
            values: Default::default(),
            address: text_editor::Content::new(),
            paper: Paper::default(),
            label: LabelSize::default(),
            receipt_on_parcel: true,
            printers: Printers::default(),
            sticker: StickerSize::default(),
            system_printers: None,
            touched: BTreeSet::new(),
            attempted: false,
            saving: false,
            notice: None,
            busy: None,
            backup_notice: None,
            confirm_restore: None,
            policy_loaded: policy.clone(),
            policy_version: None,
            policy: PolicyDraft::of(policy),
            policy_saving: false,
            policy_notice: None,
            connection: connection::State::default(),
            desk_name: String::new(),
            desk_name_notice: None,
            job_runs: Vec::new(),
            mail: mail::MailForm::default(),
        };
        state.load(settings);
        state
    }

    /// Fills the form from these settings (the store's), dropping what was typed.
    pub fn load(&mut self, settings: &Settings) {
        self.loaded = settings.clone();
        self.values = Field::ALL
            .into_iter()
            .map(|field| (field, field.value(settings)))
            .collect();
        self.address = text_editor::Content::with_text(&settings.center.address);
        self.paper = settings.paper;
        self.label = settings.label;
        self.receipt_on_parcel = settings.receipt_on_parcel;
        self.printers = (*settings.printers).clone();
        self.sticker = settings.sticker;
        self.touched.clear();
        self.attempted = false;
    }

    /// The screen is shown: what is on file fills the form (unless something is being
    /// edited), and the policy's version is read.
    fn shown(&mut self, cx: &Context<'_>) -> Task<Message> {
        cx.desk_name.clone_into(&mut self.desk_name);
        self.desk_name_notice = None;
        if !self.is_dirty() {
            self.load(cx.settings);
        }
        if !self.is_policy_dirty() {
            self.load_policy(None, cx.policy);
        }
        let runs = match cx.desk.cloned() {
            Some(desk) => Task::perform(async move { desk.job_runs().await }, Message::JobRuns),
            None => Task::none(),
        };
        let mail = self.mail.shown(cx).map(Message::Mail);
        Task::batch([policy::load(cx), printers::list(cx.words), runs, mail])
    }

    /// Does this field show its problem yet? Once the manager has been in it, or tried
    /// to save.
    pub fn shows_problem(&self, field: Field) -> bool {
        self.attempted || self.touched.contains(&field)
    }

    /// Fills the policy editor from this policy (the store's), dropping what was typed.
    pub fn load_policy(&mut self, version: Option<i64>, policy: &Policy) {
        self.policy_loaded = policy.clone();
        self.policy_version = version.or(self.policy_version);
        self.policy = PolicyDraft::of(policy);
    }

    pub fn value(&self, field: Field) -> &str {
        self.values.get(&field).map_or("", String::as_str)
    }

    pub fn address(&self) -> String {
        self.address.text()
    }

    /// Has the form changed since it was loaded (or saved)?
    pub fn is_dirty(&self) -> bool {
        Field::ALL
            .into_iter()
            .any(|field| self.value(field) != field.value(&self.loaded))
            || self.address().trim_end() != self.loaded.center.address.trim_end()
            || self.paper != self.loaded.paper
            || self.label != self.loaded.label
            || self.receipt_on_parcel != self.loaded.receipt_on_parcel
            || self.printers != *self.loaded.printers
            || self.sticker != self.loaded.sticker
    }

    /// Has the policy editor changed since it was loaded (or saved)?
    pub fn is_policy_dirty(&self) -> bool {
        self.policy != PolicyDraft::of(&self.policy_loaded)
    }

    pub fn policy_version(&self) -> Option<i64> {
        self.policy_version
    }

    /// What the settings notice says (saved, or why not).
    pub fn notice(&self) -> Option<&Result<String, String>> {
        self.notice.as_ref()
    }

    pub fn policy_notice(&self) -> Option<&Result<String, String>> {
        self.policy_notice.as_ref()
    }

    /// The backup chosen to restore, while it waits for confirmation.
    pub fn confirming_restore(&self) -> Option<&Path> {
        self.confirm_restore.as_deref()
    }

    /// Checks every field; the settings come out only when all are valid.
    pub fn check(&self, cx: &Context<'_>) -> Checked {
        let w = cx.words;
        let mut problems = Vec::new();
        let value = |field: Field| self.value(field).trim().to_string();
        let name = value(Field::CenterName);
        if name.is_empty() {
            problems.push((Field::CenterName, w.required(&Field::CenterName.label(w))));
        }
        let phone = value(Field::Phone);
        if !phone.is_empty() && !phone_looks_right(&phone) {
            problems.push((Field::Phone, w.settings_bad_phone().to_string()));
        }
        let email = value(Field::Email);
        if !email.is_empty() && !email_looks_right(&email) {
            problems.push((Field::Email, w.settings_bad_email().to_string()));
        }
        let currency = Currency::new(&value(Field::Currency))
            .map_err(|_| problems.push((Field::Currency, w.settings_bad_currency().to_string())))
            .ok();
        let mut number = |field: Field, low: u32, high: u32| {
            parse_whole(w, &field.label(w), self.value(field), low, high)
                .map_err(|e| problems.push((field, e)))
                .ok()
        };
        let answer_days = number(Field::AnswerDays, 1, 365);
        let retention_months = number(Field::RetentionMonths, 0, MAX_MONTHS);
        let backups_kept = number(Field::BackupsKept, 1, 365);
        for field in Field::ALL {
            let length = self.value(field).trim().chars().count();
            if length > field.max_chars() && !problems.iter().any(|(f, _)| *f == field) {
                problems.push((
                    field,
                    w.too_long(&field.label(w), field.max_chars(), length),
                ));
            }
        }
        let address_length = self.address().trim().chars().count();
        if address_length > Field::Address.max_chars() {
            problems.push((
                Field::Address,
                w.too_long(
                    &Field::Address.label(w),
                    Field::Address.max_chars(),
                    address_length,
                ),
            ));
        }
        let address = self
            .address()
            .lines()
            .map(str::trim_end)
            .collect::<Vec<_>>()
            .join("\n")
            .trim()
            .to_string();
        let settings = match (currency, answer_days, retention_months, backups_kept) {
            (Some(currency), Some(answer_days), Some(retention_months), Some(backups_kept))
                if problems.is_empty() =>
            {
                Some(Settings {
                    center: Center {
                        name,
                        address,
                        phone,
                        email,
                        currency,
                    },
                    paper: self.paper,
                    label: self.label,
                    receipt_on_parcel: self.receipt_on_parcel,
                    answer_days,
                    retention_months,
                    backups_kept,
                    // The theme is saved on its own, the moment it is chosen.
                    theme: cx.settings.theme,
                    printers: Box::new(self.printers.clone()),
                    sticker: self.sticker,
                    // Customer e-mail is saved from its own section (settings/mail.rs).
                    mail: cx.settings.mail.clone(),
                    // Set on the Staff screen.
                    lock_minutes: cx.settings.lock_minutes,
                    // Saved the moment it is chosen, like the theme.
                    language: cx.settings.language,
                })
            }
            _ => None,
        };
        Checked { settings, problems }
    }

    pub fn update(&mut self, message: Message, cx: &Context<'_>) -> (Task<Message>, Option<Event>) {
        let w = cx.words;
        let none = (Task::none(), None);
        match message {
            Message::Connection(message) => {
                let (task, event) = self.connection.update(message, &cx.connection());
                return (task.map(Message::Connection), event);
            }
            Message::Mail(message) => {
                let (task, event) = self.mail.update(message, cx);
                return (task.map(Message::Mail), event);
            }
            Message::Edit(field, value) => {
                self.values.insert(field, value);
                self.touched.insert(field);
                self.notice = None;
            }
            Message::AddressEdited(action) => {
                if action.is_edit() {
                    self.touched.insert(Field::Address);
                }
                self.address.perform(action);
                self.notice = None;
            }
            Message::Paper(paper) => {
                self.paper = paper;
                self.notice = None;
            }
            Message::Printer(printout, edit) => self.edit_printer(printout, edit),
            Message::StickerSize(size) => {
                self.sticker = size;
                self.notice = None;
            }
            Message::ListPrinters => return (printers::list(cx.words), None),
            Message::PrintersListed(listed) => self.system_printers = Some(listed),
            Message::Label(label) => {
                self.label = label;
                self.notice = None;
            }
            Message::ReceiptOnParcel(on) => {
                self.receipt_on_parcel = on;
                self.notice = None;
            }
            Message::Theme(theme) => {
                // Applies at once; stored on its own, so a settings save in flight is
                // not undone.
                let settings = Settings {
                    theme,
                    ..cx.settings.clone()
                };
                let changed = Shared::SettingsChanged(Box::new(settings));
                return (save_theme(theme, cx), Some(changed));
            }
            Message::DeskLanguage(language) => {
                return (Task::none(), Some(Shared::DeskLanguage(language)));
            }
            Message::CenterLanguage(language) => {
                // Like the theme: applies at once, stored on its own.
                let settings = Settings {
                    language,
                    ..cx.settings.clone()
                };
                let changed = Shared::SettingsChanged(Box::new(settings));
                return (save_language(language, cx), Some(changed));
            }
            Message::Save => {
                if self.saving || !self.is_dirty() {
                    return none;
                }
                self.attempted = true;
                let Some(settings) = self.check(cx).settings else {
                    return none;
                };
                self.saving = true;
                self.notice = None;
                return (save(settings, cx), None);
            }
            Message::Discard => {
                let loaded = self.loaded.clone();
                self.load(&loaded);
                self.notice = None;
            }
            Message::Saved(Ok(settings)) => {
                self.saving = false;
                self.load(&settings);
                self.notice = Some(Ok(w.settings_saved().to_string()));
                // The theme is saved on its own: one chosen while this save was under
                // way stays.
                let settings = Settings {
                    theme: cx.settings.theme,
                    language: cx.settings.language,
                    ..settings
                };
                return (
                    Task::none(),
                    Some(Shared::SettingsChanged(Box::new(settings))),
                );
            }
            Message::Saved(Err(reason)) => {
                // What was typed stays on screen, to try again.
                self.saving = false;
                self.notice = Some(Err(w.settings_not_saved(&reason)));
            }
            Message::SavedAlone(Ok(())) => {}
            Message::SavedAlone(Err(reason)) => {
                self.notice = Some(Err(w.settings_not_saved(&reason)));
            }
            Message::PolicyUnread(reason) => {
                return (Task::none(), Some(Shared::Notice(Err(reason))));
            }
            Message::Shown(_) => return (self.shown(cx), None),
            Message::DeskNameEdited(name) => {
                self.desk_name = name;
                self.desk_name_notice = None;
            }
            Message::SaveDeskName => {
                let Some(desk) = cx.desk.cloned() else {
                    return (Task::done(Message::DeskNameSaved(Err(no_store(w)))), None);
                };
                let name = self.desk_name.clone();
                return (
                    Task::perform(
                        async move { desk.rename(name).await },
                        Message::DeskNameSaved,
                    ),
                    None,
                );
            }
            Message::DeskNameSaved(Ok(name)) => {
                self.desk_name_notice = Some(Ok(w.desk_renamed(&name)));
                self.desk_name.clone_from(&name);
                return (Task::none(), Some(Shared::DeskRenamed(name)));
            }
            Message::DeskNameSaved(Err(reason)) => {
                self.desk_name_notice = Some(Err(reason));
            }
            Message::JobRuns(Ok(runs)) => self.job_runs = runs,
            Message::JobRuns(Err(reason)) => {
                return (Task::none(), Some(Shared::Notice(Err(reason))));
            }
            message @ (Message::BackUpNow
            | Message::BackedUp(_)
            | Message::Restore
            | Message::RestoreChosen(_)
            | Message::ConfirmRestore
            | Message::CancelRestore
            | Message::Restored(_)) => return self.update_backup(message, cx),
            message => return self.update_policy(message, cx),
        }
        none
    }
}

/// Stores the settings and reads them back, so the form shows what is on file.
fn save(wanted: Settings, cx: &Context<'_>) -> Task<Message> {
    let w = cx.words;
    let Some(desk) = cx.desk.cloned() else {
        return Task::done(Message::Saved(Err(no_store(w))));
    };
    Task::perform(
        async move {
            desk.run(move |store| {
                store.save_settings(&wanted)?;
                store.settings()
            })
            .await
        },
        Message::Saved,
    )
}

/// Stores the theme alone: a settings save in flight is not undone. Without a store the
/// theme still applies; there is nowhere to keep it.
fn save_theme(theme: ThemeChoice, cx: &Context<'_>) -> Task<Message> {
    save_alone(cx, move |stored| stored.theme = theme)
}

/// Stores the center's language alone, as the theme is.
fn save_language(language: crate::domain::Language, cx: &Context<'_>) -> Task<Message> {
    save_alone(cx, move |stored| stored.language = language)
}

/// Changes one setting in what is stored, leaving the rest as it is there.
fn save_alone(
    cx: &Context<'_>,
    change: impl FnOnce(&mut Settings) + Send + 'static,
) -> Task<Message> {
    let Some(desk) = cx.desk.cloned() else {
        return Task::none();
    };
    Task::perform(
        async move {
            desk.run(move |store| {
                let mut stored = store.settings()?;
                change(&mut stored);
                store.save_settings(&stored)
            })
            .await
        },
        Message::SavedAlone,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_must_be_whole_numbers_in_range() {
        let w = crate::domain::Language::English.words();
        assert_eq!(parse_whole(w, "Months", " 24 ", 1, 1200), Ok(24));
        for bad in ["0", "-3", "twelve", "1.5", "1201", ""] {
            let err = parse_whole(w, "Months", bad, 1, 1200).expect_err(bad);
            assert!(err.starts_with("Months: "), "{err}");
        }
        assert_eq!(parse_whole(w, "Keep", "0", 0, 1200), Ok(0));
    }
}
