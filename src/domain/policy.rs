//! The warranty policy: how long the free warranty runs, per model and per component.
//!
//! 2.4 says "the corresponding warranty period of products and components"; the periods
//! themselves come from the manufacturer's policy, which the manager keeps in settings.
//! The JSON form is the one `fixdesk warranty --policy FILE` reads (docs/rules.md §3).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::coded::Note;

/// The longest period a policy may state: 100 years. Anything longer is a typo.
pub const MAX_MONTHS: u32 = 1200;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Policy {
    /// Months of whole-unit warranty for a model the policy does not list.
    pub default_unit_months: u32,
    /// Models by name, as the manufacturer writes them.
    #[serde(default)]
    pub models: BTreeMap<String, ModelPolicy>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ModelPolicy {
    /// Whole-unit warranty of this model; absent means the policy's default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_months: Option<u32>,
    /// Component periods that differ from the whole unit (e.g. batteries).
    #[serde(default)]
    pub components: BTreeMap<String, u32>,
}

/// Where a warranty length came from, for the reason shown to the customer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PeriodSource {
    /// The model's period for the failed component.
    Component { model: String, component: String },
    /// The model's whole-unit period.
    Model(String),
    /// The policy's default for models it does not list.
    Default,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {}", problem.text)]
pub struct PolicyError {
    pub field: String,
    pub problem: Note,
}

/// "listed twice (also as 'X-1')": a name given twice under different spellings.
fn listed_twice(other: &str) -> Note {
    Note::coded(
        "policy-listed-twice",
        format!("listed twice (also as '{other}')"),
    )
    .arg("other", other)
}

impl Policy {
    /// The policy fixdesk ships with (`assets/policy.json`).
    pub fn shipped() -> Self {
        Self::from_json(include_str!("../../assets/policy.json"))
            .expect("assets/policy.json is a valid policy (checked by a test)")
    }

    /// Reads a policy and checks it, naming the field that is wrong.
    pub fn from_json(text: &str) -> Result<Self, PolicyError> {
        let deserializer = &mut serde_json::Deserializer::from_str(text);
        let policy: Policy = serde_path_to_error::deserialize(deserializer).map_err(|err| {
            let path = err.path().to_string();
            PolicyError {
                field: if path == "." { "policy".into() } else { path },
                problem: Note::detail(err.inner()),
            }
        })?;
        policy.validate()?;
        Ok(policy)
    }

    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Every period must be a whole number of months from 1 to [`MAX_MONTHS`]; model and
    /// component names must not be blank or listed twice under different spellings.
    pub fn validate(&self) -> Result<(), PolicyError> {
        let months_ok = |field: String, months: u32| {
            if (1..=MAX_MONTHS).contains(&months) {
                Ok(())
            } else {
                Err(PolicyError {
                    field,
                    problem: Note::coded(
                        "policy-months",
                        format!("{months} months: must be from 1 to {MAX_MONTHS}"),
                    )
                    .arg("months", months)
                    .arg("max", MAX_MONTHS),
                })
            }
        };
        months_ok("default_unit_months".into(), self.default_unit_months)?;
        let mut seen_models = BTreeMap::new();
        for (model, entry) in &self.models {
            let key = normalize_name(model);
            if key.is_empty() {
                return Err(PolicyError {
                    field: "models".into(),
                    problem: Note::coded("policy-model-no-name", "a model has no name"),
                });
            }
            if let Some(other) = seen_models.insert(key, model) {
                return Err(PolicyError {
                    field: format!("models.{model}"),
                    problem: listed_twice(other),
                });
            }
            if let Some(months) = entry.unit_months {
                months_ok(format!("models.{model}.unit_months"), months)?;
            }
            let mut seen_components = BTreeMap::new();
            for (component, &months) in &entry.components {
                let key = normalize_name(component);
                if key.is_empty() {
                    return Err(PolicyError {
                        field: format!("models.{model}.components"),
                        problem: Note::coded("policy-component-no-name", "a component has no name"),
                    });
                }
                if let Some(other) = seen_components.insert(key, component) {
                    return Err(PolicyError {
                        field: format!("models.{model}.components.{component}"),
                        problem: listed_twice(other),
                    });
                }
                months_ok(format!("models.{model}.components.{component}"), months)?;
            }
        }
        Ok(())
    }

    /// The model entry for a model name as typed at the desk (trimmed, any case).
    pub fn model(&self, model: &str) -> Option<(&str, &ModelPolicy)> {
        let wanted = normalize_name(model);
        self.models
            .iter()
            .find(|(name, _)| normalize_name(name) == wanted)
            .map(|(name, entry)| (name.as_str(), entry))
    }

    /// 2.4: the model's component period when the failed component is known and listed
    /// for that model, else the model's whole-unit period, else the policy's default.
    pub fn months_for(&self, model: &str, component: Option<&str>) -> (u32, PeriodSource) {
        let Some((name, entry)) = self.model(model) else {
            return (self.default_unit_months, PeriodSource::Default);
        };
        let wanted = component.map(normalize_name).filter(|c| !c.is_empty());
        if let Some((listed, &months)) = wanted.and_then(|wanted| {
            entry
                .components
                .iter()
                .find(|(listed, _)| normalize_name(listed) == wanted)
        }) {
            return (
                months,
                PeriodSource::Component {
                    model: name.to_string(),
                    component: listed.clone(),
                },
            );
        }
        match entry.unit_months {
            Some(months) => (months, PeriodSource::Model(name.to_string())),
            None => (self.default_unit_months, PeriodSource::Default),
        }
    }

    /// All component names the policy knows, for pick lists.
    pub fn components(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .models
            .values()
            .flat_map(|entry| entry.components.keys().cloned())
            .collect();
        names.sort_by_key(|name| name.to_lowercase());
        names.dedup_by_key(|name| name.to_lowercase());
        names
    }
}

impl Default for Policy {
    fn default() -> Self {
        Self::shipped()
    }
}

/// Model and component names match when they are equal after trimming, ignoring case
/// and inner runs of white space ("Pro  14" is "pro 14").
pub fn normalize_name(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Policy {
        Policy::from_json(
            r#"{"default_unit_months": 12,
                "models": {"X200": {"unit_months": 24, "components": {"battery": 12}},
                           "Z1": {"components": {"screen": 6}}}}"#,
        )
        .expect("valid")
    }

    #[test]
    fn the_shipped_policy_is_valid_and_realistic() {
        let policy = Policy::shipped();
        assert!(policy.models.len() >= 4, "a handful of models");
        assert!(policy.models.values().any(|m| !m.components.is_empty()));
    }

    #[test]
    fn component_then_model_then_default() {
        let policy = sample();
        assert_eq!(policy.months_for("X200", Some("battery")).0, 12);
        assert_eq!(policy.months_for("x200 ", Some(" Battery")).0, 12);
        assert_eq!(policy.months_for("X200", Some("screen")).0, 24);
        assert_eq!(policy.months_for("X200", None).0, 24);
        assert_eq!(policy.months_for("Z1", Some("screen")).0, 6);
        assert_eq!(
            policy.months_for("Z1", Some("battery")),
            (12, PeriodSource::Default)
        );
        assert_eq!(
            policy.months_for("Unknown-9", Some("battery")),
            (12, PeriodSource::Default)
        );
    }

    #[test]
    fn bad_periods_name_the_field() {
        let err = Policy::from_json(r#"{"default_unit_months": 0}"#).expect_err("zero");
        assert_eq!(err.field, "default_unit_months");
        let err = Policy::from_json(
            r#"{"default_unit_months": 12, "models": {"X200": {"unit_months": -1}}}"#,
        )
        .expect_err("negative");
        assert_eq!(err.field, "models.X200.unit_months");
        let err = Policy::from_json(
            r#"{"default_unit_months": 12, "models": {"X200": {"components": {"battery": "12"}}}}"#,
        )
        .expect_err("text");
        assert_eq!(err.field, "models.X200.components.battery");
        let err = Policy::from_json(r#"{"models": {}}"#).expect_err("missing");
        assert!(err.problem.text.contains("default_unit_months"), "{err}");
        let err =
            Policy::from_json(r#"{"default_unit_months": 12, "models": {"X200": {}, "x200": {}}}"#)
                .expect_err("duplicate");
        assert!(err.problem.text.contains("listed twice"), "{err}");
    }

    #[test]
    fn policy_round_trips_through_json() {
        let policy = sample();
        assert_eq!(Policy::from_json(&policy.to_json_pretty()), Ok(policy));
    }
}
