//! The warranty policy editor: the default period, each model's whole-unit months and
//! its components' months, checked as typed (errors name the row), saved as a new
//! version, imported from and exported to JSON files.

use std::path::PathBuf;

use chrono::Utc;
use iced::widget::{button, column, row, space, text, text_input};
use iced::{Element, Fill, Task};

use super::{Context, Event, Message, State, parse_whole, save_status};
use crate::domain::Policy;
use crate::domain::policy::{MAX_MONTHS, ModelPolicy, normalize_name};
use crate::gui::screen::Shared;
use crate::gui::screen::no_store;
use crate::gui::theme;
use crate::gui::widget::bold;

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

/// A model of the policy as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct ModelDraft {
    name: String,
    unit_months: String,
    components: Vec<(String, String)>,
}

/// The warranty policy as typed, and what it was loaded from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct PolicyDraft {
    default_months: String,
    models: Vec<ModelDraft>,
}

impl PolicyDraft {
    pub(super) fn of(policy: &Policy) -> Self {
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
    fn check(&self, w: crate::i18n::Words) -> CheckedPolicy {
        let mut problems = Vec::new();
        let default = parse_whole(
            w,
            &w.policy_default_months(),
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
                w.policy_model_n(m)
            } else {
                name.clone()
            };
            if name.is_empty() {
                problems.push((PolicyField::ModelName(m), w.policy_name_required(&shown)));
            } else if seen.insert(normalize_name(&name), m).is_some() {
                problems.push((PolicyField::ModelName(m), w.policy_model_twice(&shown)));
            }
            let unit_months = if model.unit_months.trim().is_empty() {
                None
            } else {
                parse_whole(
                    w,
                    &w.policy_unit_months(&shown),
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
                        w.policy_component_required(&shown, c),
                    ));
                } else if components
                    .keys()
                    .any(|known: &String| normalize_name(known) == normalize_name(&component))
                {
                    problems.push((
                        PolicyField::ComponentName(m, c),
                        w.policy_component_twice(&shown, &component),
                    ));
                }
                let months = parse_whole(
                    w,
                    &w.policy_component_months(&shown, &component, c),
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
                        problems.push((
                            PolicyField::Default,
                            w.field_problem(&err.field, &err.problem),
                        ));
                        None
                    }
                }
            }
            _ => None,
        };
        CheckedPolicy { policy, problems }
    }
}

impl State {
    pub fn check_policy(&self, w: crate::i18n::Words) -> CheckedPolicy {
        self.policy.check(w)
    }

    /// The policy editor's messages; every other message is not its business.
    pub(super) fn update_policy(
        &mut self,
        message: Message,
        cx: &Context<'_>,
    ) -> (Task<Message>, Option<Event>) {
        let w = cx.words;
        let none = || (Task::none(), None);
        match message {
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
                    return none();
                }
                let Some(policy) = self.check_policy(w).policy else {
                    return none();
                };
                if policy == self.policy_loaded {
                    return none();
                }
                self.policy_saving = true;
                self.policy_notice = None;
                return (save(policy, cx), None);
            }
            Message::DiscardPolicy => {
                self.policy = PolicyDraft::of(&self.policy_loaded);
                self.policy_notice = None;
            }
            Message::PolicySaved(Ok((version, policy))) => {
                self.policy_saving = false;
                self.load_policy(Some(version), &policy);
                self.policy_notice = Some(Ok(w.policy_saved(version)));
                return (Task::none(), Some(Shared::PolicyChanged(Box::new(policy))));
            }
            Message::PolicySaved(Err(reason)) => {
                self.policy_saving = false;
                self.policy_notice = Some(Err(w.policy_not_saved(&reason)));
            }
            Message::PolicyLoaded(version, policy) => {
                // A policy being edited is not thrown away; only the version is news.
                if self.is_policy_dirty() {
                    self.policy_version = Some(version);
                    self.policy_loaded = policy.clone();
                } else {
                    self.load_policy(Some(version), &policy);
                }
                return (Task::none(), Some(Shared::PolicyChanged(Box::new(policy))));
            }
            Message::ImportPolicy => {
                self.policy_notice = None;
                return (import(w), None);
            }
            Message::PolicyImported(Ok(None)) => {}
            Message::PolicyImported(Ok(Some((file, json)))) => match Policy::from_json(&json) {
                Ok(policy) => {
                    // Shown for review; it is used only once saved.
                    self.policy = PolicyDraft::of(&policy);
                    self.policy_notice = Some(Ok(w.policy_imported(&file)));
                }
                Err(err) => {
                    self.policy_notice = Some(Err(
                        w.policy_not_imported(&file, &w.field_problem(&err.field, &err.problem))
                    ))
                }
            },
            Message::PolicyImported(Err(reason)) => self.policy_notice = Some(Err(reason)),
            Message::ExportPolicy => {
                let Some(policy) = self.check_policy(w).policy else {
                    return none();
                };
                self.policy_notice = None;
                let name = format!("fixdesk-policy-v{}.json", self.policy_version.unwrap_or(1));
                return (export(w, policy, name), None);
            }
            Message::PolicyExported(Ok(Some(path))) => {
                self.policy_notice = Some(Ok(w.policy_exported(&path)));
            }
            Message::PolicyExported(Ok(None)) => {}
            Message::PolicyExported(Err(reason)) => {
                self.policy_notice = Some(Err(w.policy_not_exported(&reason)));
            }
            _ => {}
        }
        none()
    }

    pub(super) fn policy_section(
        &self,
        w: crate::i18n::Words,
    ) -> iced::widget::Column<'_, Message> {
        let checked = self.check_policy(w);
        let problem = |field: PolicyField| -> Option<Element<'_, Message>> {
            checked
                .problems
                .iter()
                .find(|(f, _)| *f == field)
                .map(|(_, message)| {
                    text(message.clone())
                        .size(12)
                        .style(theme::text::danger)
                        .into()
                })
        };
        let months_input = |field: PolicyField, value: &str, placeholder: &str| {
            text_input(placeholder, value)
                .id(field.id())
                .on_input(move |v| Message::PolicyEdit(field, v))
                .on_submit(Message::SavePolicy)
                .padding(5)
                .width(90)
        };
        let version = self.policy_version.map_or_else(
            || w.policy_title_label().to_string(),
            move |v| w.policy_title(v),
        );
        let mut models = column![].spacing(14);
        for (m, model) in self.policy.models.iter().enumerate() {
            let mut block = column![
                row![
                    text_input(&w.policy_model_placeholder(), &model.name)
                        .id(PolicyField::ModelName(m).id())
                        .on_input(move |v| Message::PolicyEdit(PolicyField::ModelName(m), v))
                        .on_submit(Message::SavePolicy)
                        .padding(5)
                        .width(Fill),
                    months_input(
                        PolicyField::ModelMonths(m),
                        &model.unit_months,
                        &w.policy_use_default()
                    ),
                    text(w.policy_months_unit()).size(13),
                    button(text(w.policy_remove_model()).size(13))
                        .style(theme::button::text)
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
                        text_input(&w.policy_component_placeholder(), component)
                            .id(PolicyField::ComponentName(m, c).id())
                            .on_input(move |v| Message::PolicyEdit(
                                PolicyField::ComponentName(m, c),
                                v
                            ))
                            .on_submit(Message::SavePolicy)
                            .padding(5)
                            .width(Fill),
                        months_input(PolicyField::ComponentMonths(m, c), months, "12"),
                        text(w.policy_months_unit()).size(13),
                        button(text("×").size(14))
                            .style(theme::button::text)
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
                button(text(w.policy_add_component()).size(13))
                    .style(theme::button::text)
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
            w,
            self.policy_notice.as_ref(),
            &problems,
            dirty,
            w.policy_unsaved(),
        );
        let mut default = column![
            row![
                text(w.policy_default_months()).size(14),
                months_input(PolicyField::Default, &self.policy.default_months, "12"),
                text(w.policy_months_unit()).size(13),
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
            text(w.policy_hint()).size(13).style(theme::text::secondary),
            row![
                button(text(w.policy_import()))
                    .style(theme::button::secondary)
                    .on_press(Message::ImportPolicy),
                button(text(w.policy_export()))
                    .style(theme::button::secondary)
                    .on_press_maybe(checked.policy.is_some().then_some(Message::ExportPolicy)),
                space::horizontal(),
                button(text(w.settings_discard()))
                    .style(theme::button::secondary)
                    .on_press_maybe(dirty.then_some(Message::DiscardPolicy)),
                button(
                    text(if self.policy_saving {
                        w.settings_saving()
                    } else {
                        w.save_policy()
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
                text(w.policy_models()).size(14).font(bold()).width(Fill),
                text(w.policy_unit_heading())
                    .size(12)
                    .style(theme::text::secondary),
            ]
            .spacing(8),
            models,
            button(text(w.policy_add_model()))
                .style(theme::button::secondary)
                .on_press(Message::AddModel),
        ]
        .spacing(12)
    }
}

/// Reads the policy on file and its version (the screen is shown).
pub(super) fn load(cx: &Context<'_>) -> Task<Message> {
    let Some(desk) = cx.desk.cloned() else {
        return Task::none();
    };
    Task::perform(
        async move { desk.run(|store| store.policy()).await },
        |answer| match answer {
            Ok((version, policy)) => Message::PolicyLoaded(version, policy),
            Err(reason) => Message::PolicyUnread(reason),
        },
    )
}

/// Stores the policy as a new version.
fn save(policy: Policy, cx: &Context<'_>) -> Task<Message> {
    let w = cx.words;
    let Some(desk) = cx.desk.cloned() else {
        return Task::done(Message::PolicySaved(Err(no_store(w))));
    };
    let now = Utc::now();
    Task::perform(
        async move {
            desk.run(move |store| {
                let version = store.save_policy(&policy, now)?;
                Ok((version, policy))
            })
            .await
        },
        Message::PolicySaved,
    )
}

/// Asks for a policy file and reads it (no store needed).
fn import(w: crate::i18n::Words) -> Task<Message> {
    Task::perform(
        async move {
            let Some(file) = rfd::AsyncFileDialog::new()
                .set_title(w.policy_import())
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
                .map_err(|err| w.gui_not_read(path.display().to_string(), err.to_string()))
        },
        Message::PolicyImported,
    )
}

/// Asks where to write the policy and writes it as JSON.
fn export(w: crate::i18n::Words, policy: Policy, name: String) -> Task<Message> {
    Task::perform(
        async move {
            let Some(file) = rfd::AsyncFileDialog::new()
                .set_title(w.policy_export())
                .set_file_name(&name)
                .add_filter("JSON", &["json"])
                .save_file()
                .await
            else {
                return Ok(None::<PathBuf>);
            };
            let path = file.path().to_path_buf();
            tokio::fs::write(&path, policy.to_json_pretty() + "\n")
                .await
                .map(|()| Some(path.clone()))
                .map_err(|err| w.gui_not_written(path.display().to_string(), err.to_string()))
        },
        Message::PolicyExported,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_policy_reads_back_unchanged_from_the_editor() {
        let policy = Policy::shipped();
        let checked = PolicyDraft::of(&policy).check(crate::domain::Language::English.words());
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
        let checked = draft.check(crate::domain::Language::English.words());
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
