//! The settings screen (issue 7): the center's details printed on every document, paper
//! and label forms, the deadlines and data rules, backups, the warranty policy, and the
//! window's theme.
//!
//! A small program (STYLE.md): `State`, `Message`, `Event`, `update`, `view`. It never
//! touches the store: it hands finished `Settings` and `Policy` values to the app as
//! `Event`s, and the app feeds the store's answers back as messages. The form holds
//! text exactly as typed, so a bad value never replaces a saved one: every field is
//! checked as you type, the error names the field, and Save is enabled only when all
//! of them are valid and something changed.

use std::path::{Path, PathBuf};

use iced::widget::{
    button, checkbox, column, container, row, rule, scrollable, space, text, text_editor,
    text_input,
};
use iced::{Element, Fill, FillPortion};

use crate::domain::policy::{MAX_MONTHS, ModelPolicy, normalize_name};
use crate::domain::settings::{Center, LabelSize, Paper, Theme as ThemeChoice};
use crate::domain::{Currency, Policy, Settings};
use crate::gui::desk::Restored;
use crate::gui::screen::intake::{email_looks_right, phone_looks_right};
use crate::gui::text as t;
use crate::gui::widget::bold;

/// The one-line fields of the settings form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    CenterName,
    Phone,
    Email,
    Currency,
    AnswerDays,
    RetentionMonths,
    BackupsKept,
}

impl Field {
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
        }
    }

    /// The field's name, as its label shows it and its errors begin.
    pub fn label(self) -> &'static str {
        match self {
            Self::CenterName => t::SETTINGS_CENTER_NAME,
            Self::Phone => t::SETTINGS_PHONE,
            Self::Email => t::SETTINGS_EMAIL,
            Self::Currency => t::SETTINGS_CURRENCY,
            Self::AnswerDays => t::SETTINGS_ANSWER_DAYS,
            Self::RetentionMonths => t::SETTINGS_RETENTION,
            Self::BackupsKept => t::SETTINGS_BACKUPS_KEPT,
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
        }
    }
}

/// The address input's widget id.
pub const ADDRESS_ID: &str = "settings-address";
/// The policy's default period input's widget id.
pub const DEFAULT_MONTHS_ID: &str = "policy-default-months";

/// A field of the warranty policy editor: models and components by their row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PolicyField {
    /// Months of whole-unit warranty for models the policy does not list.
    Default,
    ModelName(usize),
    /// A model's whole-unit months; blank means the policy's default.
    ModelMonths(usize),
    ComponentName(usize, usize),
    ComponentMonths(usize, usize),
}

impl PolicyField {
    /// The widget id, so tests and keyboard focus can find the input.
    pub fn id(self) -> String {
        match self {
            Self::Default => DEFAULT_MONTHS_ID.to_string(),
            Self::ModelName(m) => format!("policy-model-{m}-name"),
            Self::ModelMonths(m) => format!("policy-model-{m}-months"),
            Self::ComponentName(m, c) => format!("policy-model-{m}-component-{c}-name"),
            Self::ComponentMonths(m, c) => format!("policy-model-{m}-component-{c}-months"),
        }
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    Edit(Field, String),
    AddressEdited(text_editor::Action),
    Paper(Paper),
    Label(LabelSize),
    ReceiptOnParcel(bool),
    /// Applies at once and is saved on its own.
    Theme(ThemeChoice),
    Save,
    Discard,
    /// The store's answer to saving the settings.
    Saved(Result<Settings, String>),
    BackUpNow,
    /// The store's answer to "Back up now": the file written.
    BackedUp(Result<PathBuf, String>),
    /// Choose a backup file to restore (the app opens a file dialog).
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
    /// The store's answer to saving the policy: its new version.
    PolicySaved(Result<(i64, Policy), String>),
    /// The policy on file and its version, read when the screen is shown.
    PolicyLoaded(i64, Policy),
    ImportPolicy,
    /// A policy file read from disk (its name and text; `None`: the dialog was
    /// cancelled), or why it could not be read.
    PolicyImported(Result<Option<(PathBuf, String)>, String>),
    /// The store's answer to saving a new theme.
    ThemeSaved(Result<(), String>),
    ExportPolicy,
    /// Where the exported policy was written (`None`: the dialog was cancelled).
    PolicyExported(Result<Option<PathBuf>, String>),
}

/// What the app must act on.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// Store these settings (answer with `Message::Saved`).
    SaveSettings(Box<Settings>),
    /// Use this theme now and store it.
    Theme(ThemeChoice),
    /// Write a backup now (answer with `Message::BackedUp`).
    BackUpNow,
    /// Ask which backup file to restore (answer with `Message::RestoreChosen`).
    PickBackup,
    /// Restore this backup, confirmed (answer with `Message::Restored`).
    Restore(PathBuf),
    /// Store this policy as a new version (answer with `Message::PolicySaved`).
    SavePolicy(Box<Policy>),
    /// Ask for a policy file and read it (answer with `Message::PolicyImported`).
    ImportPolicy,
    /// Ask where to write this policy and write it (answer with `Message::PolicyExported`).
    ExportPolicy(Box<Policy>),
}

/// What the screen needs from the app.
pub struct Context<'a> {
    pub settings: &'a Settings,
}

/// A model of the policy as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct ModelDraft {
    name: String,
    unit_months: String,
    components: Vec<(String, String)>,
}

/// The warranty policy as typed, and what it was loaded from.
#[derive(Debug, Clone, PartialEq, Eq)]
struct PolicyDraft {
    default_months: String,
    models: Vec<ModelDraft>,
}

impl PolicyDraft {
    fn of(policy: &Policy) -> Self {
        Self {
            default_months: policy.default_unit_months.to_string(),
            models: policy
                .models
                .iter()
                .map(|(name, entry)| ModelDraft {
                    name: name.clone(),
                    unit_months: entry.unit_months.map(|m| m.to_string()).unwrap_or_default(),
                    components: entry
                        .components
                        .iter()
                        .map(|(name, months)| (name.clone(), months.to_string()))
                        .collect(),
                })
                .collect(),
        }
    }
}

/// The policy editor's draft checked: the policy, or every problem by field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedPolicy {
    pub policy: Option<Policy>,
    pub problems: Vec<(PolicyField, String)>,
}

impl PolicyDraft {
    fn check(&self) -> CheckedPolicy {
        let mut problems = Vec::new();
        let default = parse_whole(
            t::POLICY_DEFAULT_MONTHS,
            &self.default_months,
            1,
            MAX_MONTHS,
        )
        .map_err(|e| problems.push((PolicyField::Default, e)))
        .ok();
        let mut models = std::collections::BTreeMap::new();
        let mut seen = std::collections::BTreeMap::new();
        for (m, model) in self.models.iter().enumerate() {
            let name = model.name.split_whitespace().collect::<Vec<_>>().join(" ");
            let shown = if name.is_empty() {
                t::policy_model_n(m)
            } else {
                name.clone()
            };
            if name.is_empty() {
                problems.push((PolicyField::ModelName(m), t::policy_name_required(&shown)));
            } else if seen.insert(normalize_name(&name), m).is_some() {
                problems.push((PolicyField::ModelName(m), t::policy_model_twice(&shown)));
            }
            let unit_months = if model.unit_months.trim().is_empty() {
                None
            } else {
                parse_whole(
                    &t::policy_unit_months(&shown),
                    &model.unit_months,
                    1,
                    MAX_MONTHS,
                )
                .map_err(|e| problems.push((PolicyField::ModelMonths(m), e)))
                .ok()
            };
            let mut components = std::collections::BTreeMap::new();
            for (c, (component, months)) in model.components.iter().enumerate() {
                let component = component.split_whitespace().collect::<Vec<_>>().join(" ");
                if component.is_empty() {
                    problems.push((
                        PolicyField::ComponentName(m, c),
                        t::policy_component_required(&shown, c),
                    ));
                } else if components
                    .keys()
                    .any(|known: &String| normalize_name(known) == normalize_name(&component))
                {
                    problems.push((
                        PolicyField::ComponentName(m, c),
                        t::policy_component_twice(&shown, &component),
                    ));
                }
                let months = parse_whole(
                    &t::policy_component_months(&shown, &component, c),
                    months,
                    1,
                    MAX_MONTHS,
                )
                .map_err(|e| problems.push((PolicyField::ComponentMonths(m, c), e)))
                .ok();
                if let Some(months) = months
                    && !component.is_empty()
                {
                    components.insert(component, months);
                }
            }
            if !name.is_empty() {
                models.insert(
                    name,
                    ModelPolicy {
                        unit_months,
                        components,
                    },
                );
            }
        }
        let policy = match default {
            Some(default_unit_months) if problems.is_empty() => {
                let policy = Policy {
                    default_unit_months,
                    models,
                };
                // The domain's own check, the same one `fixdesk warranty --policy` runs.
                match policy.validate() {
                    Ok(()) => Some(policy),
                    Err(err) => {
                        problems.push((PolicyField::Default, err.to_string()));
                        None
                    }
                }
            }
            _ => None,
        };
        CheckedPolicy { policy, problems }
    }
}

/// Reads a whole number from `low` to `high` as typed, or says what is wrong, naming
/// the field: blank, text, a fraction, zero or a negative number are all refused.
pub fn parse_whole(field: &str, typed: &str, low: u32, high: u32) -> Result<u32, String> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Err(t::required(field));
    }
    match typed.parse::<i64>() {
        Ok(n) if (i64::from(low)..=i64::from(high)).contains(&n) => {
            u32::try_from(n).map_err(|_| t::whole_number(field, typed, low, high))
        }
        _ => Err(t::whole_number(field, typed, low, high)),
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
    saving: bool,
    notice: Option<Result<String, String>>,
    /// Backup or restore under way, and what it says.
    busy: Option<&'static str>,
    backup_notice: Option<Result<String, String>>,
    /// A backup chosen to restore, waiting for the manager's confirmation.
    confirm_restore: Option<PathBuf>,
    policy_loaded: Policy,
    policy_version: Option<i64>,
    policy: PolicyDraft,
    policy_saving: bool,
    policy_notice: Option<Result<String, String>>,
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
        let mut problems = Vec::new();
        let value = |field: Field| self.value(field).trim().to_string();
        let name = value(Field::CenterName);
        if name.is_empty() {
            problems.push((Field::CenterName, t::required(Field::CenterName.label())));
        }
        let phone = value(Field::Phone);
        if !phone.is_empty() && !phone_looks_right(&phone) {
            problems.push((Field::Phone, t::SETTINGS_BAD_PHONE.to_string()));
        }
        let email = value(Field::Email);
        if !email.is_empty() && !email_looks_right(&email) {
            problems.push((Field::Email, t::SETTINGS_BAD_EMAIL.to_string()));
        }
        let currency = Currency::new(&value(Field::Currency))
            .map_err(|_| problems.push((Field::Currency, t::SETTINGS_BAD_CURRENCY.to_string())))
            .ok();
        let mut number = |field: Field, low: u32, high: u32| {
            parse_whole(field.label(), self.value(field), low, high)
                .map_err(|e| problems.push((field, e)))
                .ok()
        };
        let answer_days = number(Field::AnswerDays, 1, 365);
        let retention_months = number(Field::RetentionMonths, 0, MAX_MONTHS);
        let backups_kept = number(Field::BackupsKept, 1, 365);
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
                })
            }
            _ => None,
        };
        Checked { settings, problems }
    }

    pub fn check_policy(&self) -> CheckedPolicy {
        self.policy.check()
    }

    pub fn update(&mut self, message: Message, cx: &Context<'_>) -> Option<Event> {
        match message {
            Message::Edit(field, value) => {
                self.values.insert(field, value);
                self.notice = None;
            }
            Message::AddressEdited(action) => {
                self.address.perform(action);
                self.notice = None;
            }
            Message::Paper(paper) => {
                self.paper = paper;
                self.notice = None;
            }
            Message::Label(label) => {
                self.label = label;
                self.notice = None;
            }
            Message::ReceiptOnParcel(on) => {
                self.receipt_on_parcel = on;
                self.notice = None;
            }
            Message::Theme(theme) => return Some(Event::Theme(theme)),
            Message::Save => {
                if self.saving || !self.is_dirty() {
                    return None;
                }
                let settings = self.check(cx).settings?;
                self.saving = true;
                self.notice = None;
                return Some(Event::SaveSettings(Box::new(settings)));
            }
            Message::Discard => {
                let loaded = self.loaded.clone();
                self.load(&loaded);
                self.notice = None;
            }
            Message::Saved(Ok(settings)) => {
                self.saving = false;
                self.load(&settings);
                self.notice = Some(Ok(t::SETTINGS_SAVED.to_string()));
            }
            Message::Saved(Err(reason)) => {
                // What was typed stays on screen, to try again.
                self.saving = false;
                self.notice = Some(Err(t::settings_not_saved(&reason)));
            }
            Message::BackUpNow if self.busy.is_none() => {
                self.busy = Some(t::BACKING_UP);
                self.backup_notice = None;
                return Some(Event::BackUpNow);
            }
            Message::BackedUp(answer) => {
                self.busy = None;
                self.backup_notice = Some(match answer {
                    Ok(path) => Ok(t::backup_made(&path)),
                    Err(reason) => Err(t::backup_not_made(&reason)),
                });
            }
            Message::Restore if self.busy.is_none() => {
                self.backup_notice = None;
                self.confirm_restore = None;
                return Some(Event::PickBackup);
            }
            Message::BackUpNow | Message::Restore => {}
            Message::RestoreChosen(file) => self.confirm_restore = file,
            Message::CancelRestore => self.confirm_restore = None,
            Message::ConfirmRestore => {
                if self.busy.is_some() {
                    return None;
                }
                let file = self.confirm_restore.take()?;
                self.busy = Some(t::RESTORING);
                self.backup_notice = None;
                return Some(Event::Restore(file));
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
                            Some(Ok(t::restore_done(restored.set_aside.as_deref())));
                    }
                    Err(reason) => self.backup_notice = Some(Err(t::restore_failed(&reason))),
                }
            }
            Message::PolicyEdit(field, value) => {
                self.policy_notice = None;
                match field {
                    PolicyField::Default => self.policy.default_months = value,
                    PolicyField::ModelName(m) => {
                        if let Some(model) = self.policy.models.get_mut(m) {
                            model.name = value;
                        }
                    }
                    PolicyField::ModelMonths(m) => {
                        if let Some(model) = self.policy.models.get_mut(m) {
                            model.unit_months = value;
                        }
                    }
                    PolicyField::ComponentName(m, c) => {
                        if let Some(component) = self
                            .policy
                            .models
                            .get_mut(m)
                            .and_then(|model| model.components.get_mut(c))
                        {
                            component.0 = value;
                        }
                    }
                    PolicyField::ComponentMonths(m, c) => {
                        if let Some(component) = self
                            .policy
                            .models
                            .get_mut(m)
                            .and_then(|model| model.components.get_mut(c))
                        {
                            component.1 = value;
                        }
                    }
                }
            }
            Message::AddModel => {
                self.policy_notice = None;
                self.policy.models.push(ModelDraft::default());
            }
            Message::RemoveModel(m) => {
                self.policy_notice = None;
                if m < self.policy.models.len() {
                    self.policy.models.remove(m);
                }
            }
            Message::AddComponent(m) => {
                self.policy_notice = None;
                if let Some(model) = self.policy.models.get_mut(m) {
                    model.components.push((String::new(), String::new()));
                }
            }
            Message::RemoveComponent(m, c) => {
                self.policy_notice = None;
                if let Some(model) = self.policy.models.get_mut(m)
                    && c < model.components.len()
                {
                    model.components.remove(c);
                }
            }
            Message::SavePolicy => {
                if self.policy_saving {
                    return None;
                }
                let policy = self.check_policy().policy?;
                if policy == self.policy_loaded {
                    return None;
                }
                self.policy_saving = true;
                self.policy_notice = None;
                return Some(Event::SavePolicy(Box::new(policy)));
            }
            Message::DiscardPolicy => {
                self.policy = PolicyDraft::of(&self.policy_loaded);
                self.policy_notice = None;
            }
            Message::PolicySaved(Ok((version, policy))) => {
                self.policy_saving = false;
                self.load_policy(Some(version), &policy);
                self.policy_notice = Some(Ok(t::policy_saved(version)));
            }
            Message::PolicySaved(Err(reason)) => {
                self.policy_saving = false;
                self.policy_notice = Some(Err(t::policy_not_saved(&reason)));
            }
            Message::PolicyLoaded(version, policy) => {
                // A policy being edited is not thrown away; only the version is news.
                if self.is_policy_dirty() {
                    self.policy_version = Some(version);
                    self.policy_loaded = policy;
                } else {
                    self.load_policy(Some(version), &policy);
                }
            }
            Message::ImportPolicy => {
                self.policy_notice = None;
                return Some(Event::ImportPolicy);
            }
            Message::PolicyImported(Ok(None)) => {}
            Message::PolicyImported(Ok(Some((file, json)))) => match Policy::from_json(&json) {
                Ok(policy) => {
                    // Shown for review; it is used only once saved.
                    self.policy = PolicyDraft::of(&policy);
                    self.policy_notice = Some(Ok(t::policy_imported(&file)));
                }
                Err(err) => {
                    self.policy_notice = Some(Err(t::policy_not_imported(&file, &err.to_string())))
                }
            },
            Message::PolicyImported(Err(reason)) => self.policy_notice = Some(Err(reason)),
            Message::ThemeSaved(Ok(())) => {}
            Message::ThemeSaved(Err(reason)) => {
                self.notice = Some(Err(t::settings_not_saved(&reason)));
            }
            Message::ExportPolicy => {
                let policy = self.check_policy().policy?;
                self.policy_notice = None;
                return Some(Event::ExportPolicy(Box::new(policy)));
            }
            Message::PolicyExported(Ok(Some(path))) => {
                self.policy_notice = Some(Ok(t::policy_exported(&path)));
            }
            Message::PolicyExported(Ok(None)) => {}
            Message::PolicyExported(Err(reason)) => {
                self.policy_notice = Some(Err(t::policy_not_exported(&reason)));
            }
        }
        None
    }

    pub fn view<'a>(&'a self, cx: &Context<'a>) -> Element<'a, Message> {
        let left = column![
            self.center_section(cx),
            self.documents_section(),
            self.deadlines_section(cx),
            self.save_bar(cx),
            rule::horizontal(1),
            self.backups_section(),
            rule::horizontal(1),
            appearance_section(cx.settings.theme),
        ]
        .spacing(18)
        .padding([16, 20]);
        let right = self.policy_section().padding([16, 20]);
        row![
            scrollable(left)
                .spacing(2)
                .width(FillPortion(5))
                .height(Fill),
            rule::vertical(1),
            scrollable(right)
                .spacing(2)
                .width(FillPortion(6))
                .height(Fill),
        ]
        .height(Fill)
        .into()
    }

    fn problem<'a>(&self, checked: &Checked, field: Field) -> Element<'a, Message> {
        match checked.problems.iter().find(|(f, _)| *f == field) {
            Some((_, message)) => text(message.clone()).size(13).style(text::danger).into(),
            None => space::vertical().height(0).into(),
        }
    }

    fn input<'a>(
        &'a self,
        checked: &Checked,
        field: Field,
        placeholder: &'a str,
        hint: Option<&'a str>,
    ) -> Element<'a, Message> {
        let mut content = column![
            text(field.label()).size(13),
            text_input(placeholder, self.value(field))
                .id(field.id())
                .on_input(move |v| Message::Edit(field, v))
                .on_submit(Message::Save)
                .padding(6),
        ]
        .spacing(3)
        .width(Fill);
        if let Some(hint) = hint {
            content = content.push(text(hint).size(12).style(text::secondary));
        }
        content.push(self.problem(checked, field)).into()
    }

    fn center_section<'a>(&'a self, cx: &Context<'a>) -> Element<'a, Message> {
        let checked = self.check(cx);
        section(
            t::SETTINGS_CENTER,
            column![
                text(t::SETTINGS_CENTER_HINT)
                    .size(13)
                    .style(text::secondary),
                self.input(&checked, Field::CenterName, "e.g. Northside Repairs", None),
                column![
                    text(t::SETTINGS_ADDRESS).size(13),
                    text_editor(&self.address)
                        .id(ADDRESS_ID)
                        .placeholder(t::SETTINGS_ADDRESS_PLACEHOLDER)
                        .on_action(Message::AddressEdited)
                        .height(84)
                        .padding(6),
                ]
                .spacing(3),
                row![
                    self.input(&checked, Field::Phone, "+44 20 7946 0000", None),
                    self.input(&checked, Field::Email, "desk@example.com", None),
                ]
                .spacing(12),
                container(self.input(
                    &checked,
                    Field::Currency,
                    "EUR",
                    Some(t::SETTINGS_CURRENCY_HINT)
                ))
                .width(260),
            ]
            .spacing(10)
            .into(),
        )
    }

    fn documents_section(&self) -> Element<'_, Message> {
        section(
            t::SETTINGS_DOCUMENTS,
            column![
                text(t::SETTINGS_PAPER).size(13),
                choice(
                    [Paper::A4, Paper::Letter],
                    self.paper,
                    t::settings_paper,
                    Message::Paper
                ),
                text(t::SETTINGS_LABEL).size(13),
                choice(
                    [LabelSize::FourBySix, LabelSize::Sheet],
                    self.label,
                    t::settings_label,
                    Message::Label
                ),
                checkbox(self.receipt_on_parcel)
                    .label(t::SETTINGS_RECEIPT_ON_PARCEL)
                    .on_toggle(Message::ReceiptOnParcel),
            ]
            .spacing(6)
            .into(),
        )
    }

    fn deadlines_section<'a>(&'a self, cx: &Context<'a>) -> Element<'a, Message> {
        let checked = self.check(cx);
        section(
            t::SETTINGS_DEADLINES,
            column![
                self.input(
                    &checked,
                    Field::AnswerDays,
                    "14",
                    Some(t::SETTINGS_ANSWER_DAYS_HINT)
                ),
                self.input(
                    &checked,
                    Field::RetentionMonths,
                    "24",
                    Some(t::SETTINGS_RETENTION_HINT)
                ),
                self.input(
                    &checked,
                    Field::BackupsKept,
                    "14",
                    Some(t::SETTINGS_BACKUPS_KEPT_HINT)
                ),
            ]
            .spacing(10)
            .into(),
        )
    }

    fn save_bar<'a>(&'a self, cx: &Context<'a>) -> Element<'a, Message> {
        let checked = self.check(cx);
        let dirty = self.is_dirty();
        let can_save = checked.settings.is_some() && dirty && !self.saving;
        let problems: Vec<&String> = checked.problems.iter().map(|(_, p)| p).collect();
        let status = save_status(self.notice.as_ref(), &problems, dirty, t::SETTINGS_UNSAVED);
        column![
            status,
            row![
                button(text(t::SETTINGS_DISCARD))
                    .style(button::secondary)
                    .on_press_maybe((dirty && !self.saving).then_some(Message::Discard)),
                space::horizontal(),
                button(
                    text(if self.saving {
                        t::SETTINGS_SAVING
                    } else {
                        t::SAVE_SETTINGS
                    })
                    .size(16)
                )
                .padding([8, 20])
                .on_press_maybe(can_save.then_some(Message::Save)),
            ]
            .spacing(8),
        ]
        .spacing(8)
        .into()
    }

    fn backups_section(&self) -> Element<'_, Message> {
        let idle = self.busy.is_none();
        let mut content = column![
            text(t::SETTINGS_BACKUPS_HINT)
                .size(13)
                .style(text::secondary),
            row![
                button(text(t::BACK_UP_NOW))
                    .style(button::secondary)
                    .on_press_maybe(idle.then_some(Message::BackUpNow)),
                button(text(t::RESTORE_BACKUP))
                    .style(button::secondary)
                    .on_press_maybe(idle.then_some(Message::Restore)),
            ]
            .spacing(8),
        ]
        .spacing(8);
        if let Some(file) = &self.confirm_restore {
            content = content.push(
                container(
                    column![
                        text(t::restore_question(file)).size(14).font(bold()),
                        text(t::RESTORE_EXPLAINED).size(13),
                        row![
                            button(text(t::RESTORE_CONFIRM))
                                .style(button::danger)
                                .on_press_maybe(idle.then_some(Message::ConfirmRestore)),
                            button(text(t::RESTORE_CANCEL))
                                .style(button::secondary)
                                .on_press(Message::CancelRestore),
                        ]
                        .spacing(8),
                    ]
                    .spacing(8),
                )
                .padding(12)
                .style(container::warning),
            );
        }
        if let Some(doing) = self.busy {
            content = content.push(text(doing).size(14));
        }
        match &self.backup_notice {
            Some(Ok(info)) => {
                content = content.push(text(info.clone()).size(13).style(text::success))
            }
            Some(Err(problem)) => {
                content = content.push(text(problem.clone()).size(13).style(text::danger))
            }
            None => {}
        }
        section(t::SETTINGS_BACKUPS, content.into())
    }

    fn policy_section(&self) -> iced::widget::Column<'_, Message> {
        let checked = self.check_policy();
        let problem = |field: PolicyField| -> Option<Element<'_, Message>> {
            checked
                .problems
                .iter()
                .find(|(f, _)| *f == field)
                .map(|(_, message)| text(message.clone()).size(12).style(text::danger).into())
        };
        let months_input = |field: PolicyField, value: &str, placeholder: &str| {
            text_input(placeholder, value)
                .id(field.id())
                .on_input(move |v| Message::PolicyEdit(field, v))
                .on_submit(Message::SavePolicy)
                .padding(5)
                .width(90)
        };
        let version = self
            .policy_version
            .map_or_else(|| t::POLICY_TITLE.to_string(), t::policy_title);
        let mut models = column![].spacing(14);
        for (m, model) in self.policy.models.iter().enumerate() {
            let mut block = column![
                row![
                    text_input(t::POLICY_MODEL_PLACEHOLDER, &model.name)
                        .id(PolicyField::ModelName(m).id())
                        .on_input(move |v| Message::PolicyEdit(PolicyField::ModelName(m), v))
                        .on_submit(Message::SavePolicy)
                        .padding(5)
                        .width(Fill),
                    months_input(
                        PolicyField::ModelMonths(m),
                        &model.unit_months,
                        t::POLICY_USE_DEFAULT
                    ),
                    text(t::POLICY_MONTHS_UNIT).size(13),
                    button(text(t::POLICY_REMOVE_MODEL).size(13))
                        .style(button::text)
                        .on_press(Message::RemoveModel(m)),
                ]
                .spacing(8)
                .align_y(iced::Center),
            ]
            .spacing(4);
            for field in [PolicyField::ModelName(m), PolicyField::ModelMonths(m)] {
                if let Some(problem) = problem(field) {
                    block = block.push(problem);
                }
            }
            for (c, (component, months)) in model.components.iter().enumerate() {
                block = block.push(
                    row![
                        space::horizontal().width(24),
                        text_input(t::POLICY_COMPONENT_PLACEHOLDER, component)
                            .id(PolicyField::ComponentName(m, c).id())
                            .on_input(move |v| Message::PolicyEdit(
                                PolicyField::ComponentName(m, c),
                                v
                            ))
                            .on_submit(Message::SavePolicy)
                            .padding(5)
                            .width(Fill),
                        months_input(PolicyField::ComponentMonths(m, c), months, "12"),
                        text(t::POLICY_MONTHS_UNIT).size(13),
                        button(text("×").size(14))
                            .style(button::text)
                            .on_press(Message::RemoveComponent(m, c)),
                    ]
                    .spacing(8)
                    .align_y(iced::Center),
                );
                for field in [
                    PolicyField::ComponentName(m, c),
                    PolicyField::ComponentMonths(m, c),
                ] {
                    if let Some(problem) = problem(field) {
                        block = block.push(row![space::horizontal().width(24), problem]);
                    }
                }
            }
            block = block.push(row![
                space::horizontal().width(24),
                button(text(t::POLICY_ADD_COMPONENT).size(13))
                    .style(button::text)
                    .on_press(Message::AddComponent(m)),
            ]);
            models = models.push(block);
        }

        let dirty = self.is_policy_dirty();
        let can_save = checked
            .policy
            .as_ref()
            .is_some_and(|policy| *policy != self.policy_loaded)
            && !self.policy_saving;
        let problems: Vec<&String> = checked.problems.iter().map(|(_, p)| p).collect();
        let status = save_status(
            self.policy_notice.as_ref(),
            &problems,
            dirty,
            t::POLICY_UNSAVED,
        );
        let mut default = column![
            row![
                text(t::POLICY_DEFAULT_MONTHS).size(14),
                months_input(PolicyField::Default, &self.policy.default_months, "12"),
                text(t::POLICY_MONTHS_UNIT).size(13),
            ]
            .spacing(8)
            .align_y(iced::Center),
        ]
        .spacing(4);
        if let Some(problem) = problem(PolicyField::Default) {
            default = default.push(problem);
        }
        column![
            text(version).size(18).font(bold()),
            text(t::POLICY_HINT).size(13).style(text::secondary),
            row![
                button(text(t::POLICY_IMPORT))
                    .style(button::secondary)
                    .on_press(Message::ImportPolicy),
                button(text(t::POLICY_EXPORT))
                    .style(button::secondary)
                    .on_press_maybe(checked.policy.is_some().then_some(Message::ExportPolicy)),
                space::horizontal(),
                button(text(t::SETTINGS_DISCARD))
                    .style(button::secondary)
                    .on_press_maybe(dirty.then_some(Message::DiscardPolicy)),
                button(
                    text(if self.policy_saving {
                        t::SETTINGS_SAVING
                    } else {
                        t::SAVE_POLICY
                    })
                    .size(16)
                )
                .padding([8, 20])
                .on_press_maybe(can_save.then_some(Message::SavePolicy)),
            ]
            .spacing(8)
            .align_y(iced::Center),
            status,
            default,
            row![
                text(t::POLICY_MODELS).size(14).font(bold()).width(Fill),
                text(t::POLICY_UNIT_HEADING).size(12).style(text::secondary),
            ]
            .spacing(8),
            models,
            button(text(t::POLICY_ADD_MODEL))
                .style(button::secondary)
                .on_press(Message::AddModel),
        ]
        .spacing(12)
    }
}

fn appearance_section<'a>(theme: ThemeChoice) -> Element<'a, Message> {
    section(
        t::SETTINGS_APPEARANCE,
        column![
            text(t::SETTINGS_THEME).size(13),
            choice(
                [ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark],
                theme,
                t::settings_theme,
                Message::Theme
            ),
        ]
        .spacing(6)
        .into(),
    )
}

fn section<'a>(title: &'a str, content: Element<'a, Message>) -> Element<'a, Message> {
    column![text(title).size(18).font(bold()), content]
        .spacing(8)
        .into()
}

/// A segmented choice: one button per option, the chosen one highlighted.
fn choice<'a, T: Copy + PartialEq + 'a>(
    options: impl IntoIterator<Item = T>,
    chosen: T,
    label: fn(T) -> &'static str,
    on_choose: fn(T) -> Message,
) -> Element<'a, Message> {
    crate::gui::widget::choice(options, Some(chosen), label, on_choose)
}

/// The line above a save button: the last save's outcome, else the first problem that
/// stops a save (and how many more), else that there are unsaved changes.
fn save_status<'a>(
    notice: Option<&Result<String, String>>,
    problems: &[&String],
    dirty: bool,
    unsaved: &'static str,
) -> Element<'a, Message> {
    match (notice, problems.first()) {
        (Some(Err(problem)), _) => text(problem.clone()).size(14).style(text::danger).into(),
        (_, Some(first)) => text(t::cannot_save(first, problems.len() - 1))
            .size(14)
            .style(text::danger)
            .into(),
        (Some(Ok(info)), None) => text(info.clone()).size(14).style(text::success).into(),
        (None, None) if dirty => text(unsaved).size(14).style(text::secondary).into(),
        (None, None) => space::vertical().height(0).into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_must_be_whole_numbers_in_range() {
        assert_eq!(parse_whole("Months", " 24 ", 1, 1200), Ok(24));
        for bad in ["0", "-3", "twelve", "1.5", "1201", ""] {
            let err = parse_whole("Months", bad, 1, 1200).expect_err(bad);
            assert!(err.starts_with("Months: "), "{err}");
        }
        assert_eq!(parse_whole("Keep", "0", 0, 1200), Ok(0));
    }

    #[test]
    fn the_shipped_policy_reads_back_unchanged_from_the_editor() {
        let policy = Policy::shipped();
        let checked = PolicyDraft::of(&policy).check();
        assert_eq!(checked.problems, vec![]);
        assert_eq!(checked.policy, Some(policy));
    }

    #[test]
    fn duplicate_and_blank_names_are_refused_by_row() {
        let mut draft = PolicyDraft::of(&Policy::shipped());
        draft.models.push(ModelDraft {
            name: "aurora  a5".into(),
            unit_months: String::new(),
            components: vec![(String::new(), "6".into())],
        });
        let checked = draft.check();
        let last = draft.models.len() - 1;
        assert!(checked.policy.is_none());
        let fields: Vec<PolicyField> = checked.problems.iter().map(|(f, _)| *f).collect();
        assert_eq!(
            fields,
            vec![
                PolicyField::ModelName(last),
                PolicyField::ComponentName(last, 0)
            ]
        );
    }
}
