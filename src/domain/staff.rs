//! The center's staff: who may do what (docs/rules.md §10). Pure: the roles, a person,
//! the table of which role may take which action, the rules for secrets and the wait
//! after wrong ones. Hashing and storing live in `store::staff`; the store refuses an
//! action the signed-in person's roles do not allow, so no screen or command gets
//! around this table.

use std::fmt;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::Step;
use super::coded::Note;

/// A job at the desk. One person may hold several.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The counter: intake, online applications, payments, receipts, the cases.
    Clerk,
    /// The workshop side: the parcel gate, contents, diagnosis, quotes, customer answers.
    Inspector,
    /// Devices going back: dispatch, labels, pickup, returns, the due items.
    Dispatcher,
    /// Everything, plus the warranty policy, center settings, staff, backup and restore,
    /// retention, reports and personal-data export.
    Manager,
}

impl Role {
    pub const ALL: [Role; 4] = [
        Role::Clerk,
        Role::Inspector,
        Role::Dispatcher,
        Role::Manager,
    ];

    /// The role's name as stored and typed (`--roles clerk,inspector`).
    pub fn name(self) -> &'static str {
        match self {
            Role::Clerk => "clerk",
            Role::Inspector => "inspector",
            Role::Dispatcher => "dispatcher",
            Role::Manager => "manager",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        let text = text.trim();
        Role::ALL
            .into_iter()
            .find(|role| role.name().eq_ignore_ascii_case(text))
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Roles read from `clerk,inspector` (spaces and case do not matter; duplicates are
/// dropped; the result is sorted). An unknown name or an empty list is an error naming
/// the choices.
pub fn parse_roles(text: &str) -> Result<Vec<Role>, String> {
    let mut roles = Vec::new();
    for part in text
        .split([',', ' '])
        .filter(|part| !part.trim().is_empty())
    {
        let role = Role::parse(part).ok_or_else(|| {
            format!(
                "'{}' is not a role: choose from {}",
                part.trim(),
                role_list()
            )
        })?;
        roles.push(role);
    }
    let roles = normalized(roles);
    if roles.is_empty() {
        return Err(format!("give at least one role: {}", role_list()));
    }
    Ok(roles)
}

/// The roles as stored and shown: `clerk,inspector`.
pub fn roles_text(roles: &[Role]) -> String {
    roles
        .iter()
        .map(|role| role.name())
        .collect::<Vec<_>>()
        .join(",")
}

fn role_list() -> String {
    roles_text(&Role::ALL).replace(',', ", ")
}

/// Sorted, without duplicates.
pub fn normalized(mut roles: Vec<Role>) -> Vec<Role> {
    roles.sort();
    roles.dedup();
    roles
}

/// A member of staff as the desk knows them: never with their secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub name: String,
    pub roles: Vec<Role>,
    pub active: bool,
}

impl Person {
    /// May this person take `action`? A disabled person may do nothing.
    pub fn may(&self, action: Action<'_>) -> bool {
        self.active && allowed(&self.roles, action)
    }

    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }
}

/// What a person may or may not do: each step of a case, and the center's other actions.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Action<'a> {
    /// A step on a case (by its kind; see [`step_roles`]).
    Step(&'a Step),
    /// A step by its name (`Step::action`), for screens and commands that offer a step
    /// before its inputs exist.
    StepNamed(&'a str),
    /// A walk-in device at the counter, or an online application typed in.
    Intake,
    /// Online applications imported from a file.
    Import,
    /// Printing a document for a case, or keeping a photo of the device: it changes no
    /// case, and every role hands documents out (receipts, quotes, labels).
    Print,
    /// Changing one's own password or PIN.
    OwnSecret,
    /// The warranty policy.
    Policy,
    /// The center's settings (who the center is, documents, printers, deadlines).
    Settings,
    /// Staff accounts: add, change roles, disable, reset a secret.
    Staff,
    /// A backup of the whole database.
    Backup,
    /// Restoring a backup over the center's data.
    Restore,
    /// Removing the personal data of cases closed long ago (3.7).
    Retention,
    /// The monthly report and the center's figures.
    Reports,
    /// Everything the center holds on one customer (3.7).
    PersonalData,
    /// Demo cases (a training database).
    Demo,
}

impl Action<'_> {
    /// The action's code for its words (`action-<code>`), and the step's name for a
    /// step (`action-step`).
    pub fn code(&self) -> (&'static str, Option<String>) {
        match self {
            Action::Step(step) => ("step", Some(step.action().to_string())),
            Action::StepNamed(name) => ("step", Some(name.to_string())),
            Action::Intake => ("intake", None),
            Action::Import => ("import", None),
            Action::Print => ("print", None),
            Action::OwnSecret => ("own-secret", None),
            Action::Policy => ("policy", None),
            Action::Settings => ("settings", None),
            Action::Staff => ("staff", None),
            Action::Backup => ("backup", None),
            Action::Restore => ("restore", None),
            Action::Retention => ("retention", None),
            Action::Reports => ("reports", None),
            Action::PersonalData => ("personal-data", None),
            Action::Demo => ("demo", None),
        }
    }
}

const MANAGER: &[Role] = &[Role::Manager];
const CLERK: &[Role] = &[Role::Clerk, Role::Manager];
const INSPECTOR: &[Role] = &[Role::Inspector, Role::Manager];
const DISPATCHER: &[Role] = &[Role::Dispatcher, Role::Manager];
const ANYONE: &[Role] = &[
    Role::Clerk,
    Role::Inspector,
    Role::Dispatcher,
    Role::Manager,
];

/// The roles that may take `action` (the manager always among them).
pub fn roles_for(action: Action<'_>) -> &'static [Role] {
    match action {
        Action::Step(step) => step_roles(step.action()),
        Action::StepNamed(name) => step_roles(name),
        Action::Intake => CLERK,
        Action::Import => CLERK,
        Action::Print | Action::OwnSecret => ANYONE,
        Action::Policy
        | Action::Settings
        | Action::Staff
        | Action::Backup
        | Action::Restore
        | Action::Retention
        | Action::Reports
        | Action::PersonalData
        | Action::Demo => MANAGER,
    }
}

/// Who takes each step (docs/rules.md §10), by the step's name (`Step::action`). An
/// unknown name is the manager's only: a new step is nobody else's until it is placed
/// here (the test below walks every step's name).
pub fn step_roles(action: &str) -> &'static [Role] {
    match action {
        // The parcel gate and the workshop's findings.
        "receive" | "unsolicited" | "diagnose" | "send_quote" | "ask_for_proof" | "repair_done"
        | "resolve_remotely" => INSPECTOR,
        // The customer's answers (to a quote, to a request for proof).
        "accept_quote" | "decline_quote" | "proof_received" => INSPECTOR,
        // Money is taken at the counter (with its receipt).
        "payment" => CLERK,
        // Devices going back and the due items that send them back.
        "hand_back" | "return_unanswered" | "return_overdue" | "expire" => DISPATCHER,
        // The customer's wish about messages (docs/rules.md §11): whoever they tell.
        "no_messages" | "messages" => ANYONE,
        _ => MANAGER,
    }
}

/// Do these roles allow `action`?
pub fn allowed(roles: &[Role], action: Action<'_>) -> bool {
    roles_for(action).iter().any(|role| roles.contains(role))
}

/// The kind of a person's secret.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SecretKind {
    /// At least [`PASSWORD_MIN`] characters.
    Password,
    /// [`PIN_MIN`] to [`PIN_MAX`] digits, for a quick switch at a shared counter.
    Pin,
}

impl SecretKind {
    pub fn name(self) -> &'static str {
        match self {
            SecretKind::Password => "password",
            SecretKind::Pin => "pin",
        }
    }

    pub fn parse(text: &str) -> Option<SecretKind> {
        match text.trim().to_ascii_lowercase().as_str() {
            "password" => Some(SecretKind::Password),
            "pin" => Some(SecretKind::Pin),
            _ => None,
        }
    }
}

pub const PASSWORD_MIN: usize = 8;
pub const PIN_MIN: usize = 4;
pub const PIN_MAX: usize = 12;

/// A password or PIN as typed: shown nowhere. `Debug` prints no part of it, and it is
/// neither `Serialize` nor `Display`, so it cannot reach a log, an export or a file by
/// accident.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(text: impl Into<String>) -> Secret {
        Secret(text.into())
    }

    /// The typed text, for the hash only.
    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// What makes this secret unfit for `kind`, coded (`problem-password-too-short`,
    /// `problem-pin-digits`) so the person reads it in their language.
    pub fn problem(&self, kind: SecretKind) -> Option<Note> {
        let text = self.0.as_str();
        match kind {
            SecretKind::Password if text.chars().count() < PASSWORD_MIN => Some(
                Note::coded(
                    "password-too-short",
                    format!("a password has at least {PASSWORD_MIN} characters"),
                )
                .arg("min", PASSWORD_MIN),
            ),
            SecretKind::Pin
                if !text.chars().all(|c| c.is_ascii_digit())
                    || !(PIN_MIN..=PIN_MAX).contains(&text.len()) =>
            {
                Some(
                    Note::coded(
                        "pin-digits",
                        format!("a PIN is {PIN_MIN} to {PIN_MAX} digits"),
                    )
                    .arg("min", PIN_MIN)
                    .arg("max", PIN_MAX),
                )
            }
            _ => None,
        }
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(hidden)")
    }
}

/// A name as compared: trimmed, lower case (names are unique without regard to case).
pub fn name_key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// A person's name: 1 to 60 characters, printable, not blank.
pub fn check_name(name: &str) -> Result<(), String> {
    match name_problem(name) {
        Some(problem) => Err(problem.text),
        None => Ok(()),
    }
}

/// What is wrong with a person's name ([`check_name`]), coded so the person reads it
/// in their language.
pub fn name_problem(name: &str) -> Option<Note> {
    let name = name.trim();
    if name.is_empty() {
        return Some(Note::coded("name-needed", "give the person's name"));
    }
    if name.chars().count() > NAME_MAX {
        return Some(
            Note::coded(
                "name-too-long",
                format!("a name has at most {NAME_MAX} characters"),
            )
            .arg("max", NAME_MAX),
        );
    }
    if name.chars().any(char::is_control) {
        return Some(Note::coded(
            "name-control-characters",
            "a name has no control characters",
        ));
    }
    None
}

/// The longest name a person may have.
const NAME_MAX: usize = 60;

/// Wrong secrets allowed in a row before a name has to wait.
pub const FREE_ATTEMPTS: u32 = 5;
/// The first wait; each further wrong secret doubles it, up to [`LONGEST_WAIT`].
pub const FIRST_WAIT: Duration = Duration::seconds(30);
pub const LONGEST_WAIT: Duration = Duration::hours(1);

/// How long a name waits after `wrong` wrong secrets in a row (none before
/// [`FREE_ATTEMPTS`]): 30 s after the fifth, then 1, 2, 4 … minutes, at most an hour.
pub fn wait_after(wrong: u32) -> Duration {
    if wrong < FREE_ATTEMPTS {
        return Duration::zero();
    }
    let doublings = (wrong - FREE_ATTEMPTS).min(16);
    let wait = FIRST_WAIT * 2_i32.pow(doublings);
    wait.min(LONGEST_WAIT)
}

/// Until when a name must wait, from its wrong secrets in a row (since the last right
/// one or reset) and the last one's time; `None` when it may try now.
pub fn waits_until(
    wrong: u32,
    last_wrong: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    let until = last_wrong? + wait_after(wrong);
    (wrong >= FREE_ATTEMPTS && until > now).then_some(until)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Step;

    fn person(roles: &[Role]) -> Person {
        Person {
            name: "Ana".into(),
            roles: roles.to_vec(),
            active: true,
        }
    }

    /// Every step's name, so a new step cannot slip past the table.
    const STEPS: &[&str] = &crate::domain::step::ACTIONS;

    #[test]
    fn the_step_list_here_is_every_step() {
        // The steps that need no inputs name themselves; the list above must hold them.
        for step in [
            Step::DeclineQuote,
            Step::AskForProof,
            Step::ReturnUnanswered,
            Step::ReturnOverdue,
            Step::Expire,
            Step::Messages(false),
            Step::Messages(true),
        ] {
            assert!(STEPS.contains(&step.action()), "{}", step.action());
        }
        assert_eq!(STEPS.len(), 17);
    }

    #[test]
    fn each_step_belongs_to_its_role_and_the_manager() {
        let expect = |name: &str| -> Role {
            match name {
                "payment" => Role::Clerk,
                "hand_back" | "return_unanswered" | "return_overdue" | "expire" => Role::Dispatcher,
                _ => Role::Inspector,
            }
        };
        // The customer's wish about messages is anyone's at the desk.
        for name in ["no_messages", "messages"] {
            for role in Role::ALL {
                assert!(
                    allowed(&[role], Action::StepNamed(name)),
                    "{role} on {name}"
                );
            }
        }
        for name in STEPS.iter().filter(|n| !n.ends_with("messages")) {
            let owner = expect(name);
            for role in Role::ALL {
                let may = allowed(&[role], Action::StepNamed(name));
                assert_eq!(
                    may,
                    role == owner || role == Role::Manager,
                    "{role} on {name}"
                );
            }
        }
        assert!(!allowed(&[Role::Clerk], Action::Step(&Step::Expire)));
        assert!(allowed(&[Role::Dispatcher], Action::Step(&Step::Expire)));
    }

    #[test]
    fn manager_only_actions_refuse_every_other_role() {
        for action in [
            Action::Policy,
            Action::Settings,
            Action::Staff,
            Action::Backup,
            Action::Restore,
            Action::Retention,
            Action::Reports,
            Action::PersonalData,
            Action::Demo,
        ] {
            for role in [Role::Clerk, Role::Inspector, Role::Dispatcher] {
                assert!(!allowed(&[role], action), "{role} may {action:?}");
            }
            assert!(allowed(&[Role::Manager], action));
            assert_eq!(roles_for(action), [Role::Manager]);
        }
    }

    #[test]
    fn intake_and_import_are_the_clerks_printing_everyones() {
        for action in [Action::Intake, Action::Import] {
            assert!(allowed(&[Role::Clerk], action));
            assert!(!allowed(&[Role::Inspector], action));
            assert!(!allowed(&[Role::Dispatcher], action));
            assert_eq!(roles_for(action), [Role::Clerk, Role::Manager]);
        }
        assert_eq!(
            roles_for(Action::StepNamed("diagnose")),
            [Role::Inspector, Role::Manager]
        );
        for role in Role::ALL {
            assert!(allowed(&[role], Action::Print));
        }
    }

    #[test]
    fn several_roles_add_up_and_a_disabled_person_may_nothing() {
        let mut both = person(&[Role::Clerk, Role::Dispatcher]);
        assert!(both.may(Action::Intake));
        assert!(both.may(Action::StepNamed("hand_back")));
        assert!(!both.may(Action::StepNamed("diagnose")));
        both.active = false;
        assert!(!both.may(Action::Intake));
        assert!(!both.may(Action::Print));
    }

    #[test]
    fn roles_are_read_from_a_list() {
        assert_eq!(
            parse_roles("Inspector, clerk,clerk"),
            Ok(vec![Role::Clerk, Role::Inspector])
        );
        assert!(parse_roles("boss").unwrap_err().contains("not a role"));
        assert!(parse_roles(" , ").is_err());
        assert_eq!(roles_text(&[Role::Clerk, Role::Manager]), "clerk,manager");
    }

    #[test]
    fn secrets_are_checked_for_their_kind_and_never_shown() {
        assert!(Secret::new("1234").problem(SecretKind::Pin).is_none());
        assert!(Secret::new("12a4").problem(SecretKind::Pin).is_some());
        assert!(Secret::new("123").problem(SecretKind::Pin).is_some());
        assert!(Secret::new("short").problem(SecretKind::Password).is_some());
        assert!(
            Secret::new("long enough")
                .problem(SecretKind::Password)
                .is_none()
        );
        let secret = Secret::new("hunter2-secret");
        assert!(!format!("{secret:?}").contains("hunter2"));
        assert!(!format!("{:?}", Some(&secret)).contains("hunter2"));
    }

    #[test]
    fn names_compare_without_case() {
        assert_eq!(name_key("  Ana María "), "ana maría");
        assert!(check_name(" ").is_err());
        assert!(check_name("Ana").is_ok());
    }

    #[test]
    fn the_wait_grows_after_five_wrong_secrets() {
        assert_eq!(wait_after(4), Duration::zero());
        assert_eq!(wait_after(5), Duration::seconds(30));
        assert_eq!(wait_after(6), Duration::seconds(60));
        assert_eq!(wait_after(7), Duration::seconds(120));
        assert_eq!(wait_after(40), LONGEST_WAIT);
        let at = DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default();
        assert_eq!(waits_until(4, Some(at), at), None);
        assert_eq!(
            waits_until(5, Some(at), at + Duration::seconds(10)),
            Some(at + Duration::seconds(30))
        );
        assert_eq!(waits_until(5, Some(at), at + Duration::seconds(30)), None);
    }
}
