//! `fixdesk staff add|list|roles|disable|enable|reset|history`, and how a command signs
//! in (docs/rules.md §10).
//!
//! Secrets never come from the command line (the process list and the shell's history
//! would show them): the person's own from `FIXDESK_PASSWORD`, else a prompt on the
//! terminal (nothing echoed), else the first line of standard input; a new person's
//! from the terminal (typed twice), else the next line of standard input.

use std::io::{self, BufRead, IsTerminal};

use chrono::Utc;

use crate::domain::staff::{Role, Secret, SecretKind, parse_roles, roles_text};
use crate::i18n::Words;
use crate::store::Store;

use super::store::{Place, store_error};
use super::{CliError, CliResult};

/// Where the signed-in person's secret may come from.
pub const SECRET_ENV: &str = "FIXDESK_PASSWORD";

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Add a person: `staff add NAME --roles clerk,inspector [--pin]`. The secret is read
    /// from the terminal (twice), or from standard input for scripts. The first account
    /// of a database must hold the manager role; from then on sign-in is required.
    Add {
        #[arg(value_name = "NAME")]
        name: String,
        /// One or more of clerk, inspector, dispatcher, manager (comma-separated).
        #[arg(long, value_name = "ROLES")]
        roles: String,
        /// A PIN (4–12 digits, for a quick switch at the counter) instead of a password.
        #[arg(long)]
        pin: bool,
    },
    /// List the staff: name, roles, PIN or password, active or disabled.
    List,
    /// Give a person these roles (replacing their roles).
    Roles {
        #[arg(value_name = "NAME")]
        name: String,
        #[arg(long, value_name = "ROLES")]
        roles: String,
    },
    /// Disable a person's account: they can no longer sign in (what they did keeps
    /// their name).
    Disable {
        #[arg(value_name = "NAME")]
        name: String,
    },
    /// Enable a disabled account again.
    Enable {
        #[arg(value_name = "NAME")]
        name: String,
    },
    /// Give a person a new secret (read as for `add`); their wrong attempts are
    /// forgotten, so a name that had to wait may sign in at once.
    Reset {
        #[arg(value_name = "NAME")]
        name: String,
        /// A PIN instead of a password.
        #[arg(long)]
        pin: bool,
    },
    /// The changes to the staff, newest first: who changed whom, how, when, where.
    History {
        #[arg(long, value_name = "N", default_value_t = 100)]
        limit: usize,
    },
}

fn kind(pin: bool) -> SecretKind {
    if pin {
        SecretKind::Pin
    } else {
        SecretKind::Password
    }
}

fn roles_of(text: &str) -> Result<Vec<Role>, CliError> {
    // The domain's sentence as it came (not coded yet), in our frame.
    parse_roles(text)
        .map_err(|problem| CliError::input_in(move |w| w.cli_error_about("--roles", &problem)))
}

pub fn run(place: &Place, command: &Command) -> CliResult {
    let now = Utc::now();
    match command {
        Command::Add { name, roles, pin } => {
            let roles = roles_of(roles)?;
            let mut store = place.open()?;
            let kind = kind(*pin);
            let secret = new_secret(name, kind, super::store::words_of(&store))?;
            let person = store
                .add_staff(name, &roles, kind, &secret, now)
                .map_err(store_error)?;
            println!(
                "{}",
                super::store::words_of(&store).cli_staff_added(
                    &person.name,
                    roles_text(&person.roles),
                    kind.name()
                )
            );
        }
        Command::List => {
            let store = place.open_reader()?;
            for (person, kind) in store.staff_accounts().map_err(store_error)? {
                println!(
                    "{}\t{}\t{}\t{}",
                    person.name,
                    roles_text(&person.roles),
                    kind.name(),
                    if person.active { "active" } else { "disabled" }
                );
            }
        }
        Command::Roles { name, roles } => {
            let roles = roles_of(roles)?;
            let mut store = place.open()?;
            let person = store.set_roles(name, &roles, now).map_err(store_error)?;
            println!("{}: {}", person.name, roles_text(&person.roles));
        }
        Command::Disable { name } | Command::Enable { name } => {
            let active = matches!(command, Command::Enable { .. });
            let mut store = place.open()?;
            let person = store.set_active(name, active, now).map_err(store_error)?;
            let w = super::store::words_of(&store);
            let line = if active {
                w.cli_staff_enabled(&person.name)
            } else {
                w.cli_staff_disabled(&person.name)
            };
            println!("{line}");
        }
        Command::Reset { name, pin } => {
            let mut store = place.open()?;
            let kind = kind(*pin);
            let secret = new_secret(name, kind, super::store::words_of(&store))?;
            store
                .reset_secret(name, kind, &secret, now)
                .map_err(store_error)?;
            let w = super::store::words_of(&store);
            println!("{}", w.cli_staff_reset(name.trim(), kind.name()));
        }
        Command::History { limit } => {
            let store = place.open_reader()?;
            store
                .may(crate::domain::staff::Action::Staff)
                .map_err(store_error)?;
            for change in store.staff_changes(*limit).map_err(store_error)? {
                println!(
                    "{}\t{}\t{}\t{}\t{}\t{}",
                    change.at.format("%Y-%m-%d %H:%M:%S"),
                    change.actor,
                    change.desk,
                    change.person,
                    change.change,
                    change.detail
                );
            }
        }
    }
    Ok(())
}

/// Signs `user` in on `store` when the database has staff (any command that reads or
/// writes); refuses, changing nothing, when nobody is named or the secret is wrong.
pub(super) fn sign_in(store: &mut Store, user: Option<&str>) -> CliResult {
    if !store.has_staff().map_err(store_error)? {
        return Ok(());
    }
    let Some(user) = user.map(str::trim).filter(|user| !user.is_empty()) else {
        return Err(store_error(crate::store::StoreError::SignInRequired));
    };
    let secret = own_secret(user, super::store::words_of(store))?;
    store
        .sign_in(user, &secret, Utc::now())
        .map_err(store_error)?;
    Ok(())
}

/// The signed-in person's secret: `FIXDESK_PASSWORD`, else a prompt (in the center's
/// language, `w`), else standard input.
fn own_secret(user: &str, w: Words) -> Result<Secret, CliError> {
    if let Some(secret) = std::env::var_os(SECRET_ENV) {
        return Ok(Secret::new(secret.to_string_lossy().into_owned()));
    }
    if io::stdin().is_terminal() {
        return rpassword::prompt_password(prompt(w.cli_prompt_secret(user)))
            .map(Secret::new)
            .map_err(|err| {
                let error = err.to_string();
                CliError::failure_in(move |w| w.cli_error_secret_unread(&error))
            });
    }
    stdin_line().ok_or_else(|| {
        let user = user.to_string();
        CliError::failure_in(move |w| w.cli_error_sign_in_secret(&user, SECRET_ENV))
    })
}

/// A prompt as the terminal shows it: the words, then a space to type after.
fn prompt(words: String) -> String {
    format!("{words} ")
}

/// A new secret for `name`: typed twice on the terminal, else the next line of
/// standard input.
/// The prompts are in the center's language (`w`); the kind is said by its code
/// (`password`, `pin`), which the words choose by.
fn new_secret(name: &str, kind: SecretKind, w: Words) -> Result<Secret, CliError> {
    let what = kind.name();
    let secret = if io::stdin().is_terminal() {
        let read = |prompt: String| {
            rpassword::prompt_password(prompt).map_err(|err| {
                let error = err.to_string();
                CliError::failure_in(move |w| w.cli_error_new_secret_unread(what, &error))
            })
        };
        let first = read(prompt(w.cli_prompt_new_secret(name.trim(), what)))?;
        let again = read(prompt(w.cli_prompt_secret_again(what)))?;
        if first != again {
            return Err(CliError::input_in(move |w| {
                w.cli_error_secrets_differ(what)
            }));
        }
        Secret::new(first)
    } else {
        stdin_line()
            .ok_or_else(|| CliError::input_in(move |w| w.cli_error_new_secret_missing(what)))?
    };
    if let Some(problem) = secret.problem(kind) {
        return Err(CliError::input_in(move |w| {
            w.cli_error_secret_problem(what, w.problem(&problem))
        }));
    }
    Ok(secret)
}

/// The next line of standard input, without its line end; `None` at its end.
fn stdin_line() -> Option<Secret> {
    let mut line = String::new();
    match io::stdin().lock().read_line(&mut line) {
        Ok(0) | Err(_) => None,
        Ok(_) => Some(Secret::new(line.trim_end_matches(['\n', '\r']).to_string())),
    }
}
