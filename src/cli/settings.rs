//! `fixdesk settings get [KEY]` / `fixdesk settings set KEY VALUE`: the center's settings
//! from scripts (docs/rules.md §11). A key is the settings' own path with dots
//! (`center.name`, `answer_days`, `mail.reply_to`, `mail.moments.quote.on`), plus the
//! short forms people type: `mail.server` as a URL (`smtp://host:port`: STARTTLS, or a
//! plain connection to this computer; `smtps://host:port`: TLS from the first byte),
//! `mail.from` for the sender's address, and `mail.secret`, read from standard input
//! only and kept in this desk's data folder, never in the database. `language` is the
//! center's language (`en` or `zh`, docs/rules.md §13): the language of a new case's
//! customer unless the intake or the import file says otherwise.

use serde_json::{Map, Value};

use super::store::{Place, store_error};
use super::{CliError, CliResult};
use crate::domain::Settings;
use crate::domain::mail::{Security, is_loopback};
use crate::i18n::Words;
use crate::store::location;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: SettingsCommand,
}

#[derive(Debug, clap::Subcommand)]
pub enum SettingsCommand {
    /// Print one setting's value, or every setting as KEY=VALUE (values as JSON).
    Get {
        #[arg(value_name = "KEY")]
        key: Option<String>,
    },
    /// Change one setting. `mail.secret` takes no VALUE: it is read from standard input.
    Set {
        #[arg(value_name = "KEY")]
        key: String,
        #[arg(value_name = "VALUE")]
        value: Option<String>,
    },
}

pub fn run(place: &Place, args: &Args) -> CliResult {
    match &args.command {
        SettingsCommand::Get { key } => get(place, key.as_deref()),
        SettingsCommand::Set { key, value } => set(place, key, value.as_deref()),
    }
}

/// The settings' own path for a short form.
fn path_of(key: &str) -> &str {
    match key {
        "mail.from" => "mail.from_address",
        other => other,
    }
}

/// The mail server as a URL: what `mail.server` reads and takes.
pub fn server_url(mail: &crate::domain::mail::MailSettings) -> String {
    if mail.server.trim().is_empty() {
        return String::new();
    }
    let scheme = match mail.security {
        Security::Tls => "smtps",
        Security::StartTls | Security::Plain => "smtp",
    };
    let host = if mail.server.contains(':') {
        format!("[{}]", mail.server)
    } else {
        mail.server.clone()
    };
    format!("{scheme}://{host}:{}", mail.port)
}

/// Why a mail server's URL cannot be used, said in a language by [`BadServerUrl::say`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BadServerUrl {
    /// Not `smtp://` nor `smtps://`.
    NotAUrl(String),
    /// The part after the last `:` is not a port.
    NotAPort(String),
    /// No server's name (or one with `/`, `@` or a space in it).
    NoHost(String),
    /// `smtp+plain://` to another computer.
    PlainElsewhere(String),
}

impl BadServerUrl {
    pub fn say(&self, w: Words) -> String {
        match self {
            Self::NotAUrl(url) => w.cli_error_server_url(url),
            Self::NotAPort(port) => w.cli_error_server_port(port),
            Self::NoHost(url) => w.cli_error_server_host(url),
            Self::PlainElsewhere(host) => w.cli_error_server_plain(host),
        }
    }
}

/// Reads `smtp://host:port` / `smtps://host:port`: the host, port and security. Plain
/// (no encryption) only to this computer; `smtp://` elsewhere means STARTTLS, and
/// `smtp+plain://` to another computer is refused.
pub fn parse_server_url(url: &str) -> Result<(String, u16, Security), BadServerUrl> {
    let url = url.trim();
    let (security, rest) = if let Some(rest) = url.strip_prefix("smtps://") {
        (Security::Tls, rest)
    } else if let Some(rest) = url.strip_prefix("smtp+plain://") {
        (Security::Plain, rest)
    } else if let Some(rest) = url.strip_prefix("smtp://") {
        (Security::StartTls, rest)
    } else {
        return Err(BadServerUrl::NotAUrl(url.to_string()));
    };
    let rest = rest.trim_end_matches('/');
    let (host, port) = match rest.rsplit_once(':') {
        Some((host, port)) if !host.ends_with(':') && !port.contains(']') => (
            host,
            port.parse::<u16>()
                .ok()
                .filter(|p| *p > 0)
                .ok_or_else(|| BadServerUrl::NotAPort(port.to_string()))?,
        ),
        _ => (rest, security.default_port()),
    };
    let host = host.trim_start_matches('[').trim_end_matches(']');
    if host.is_empty() || host.contains(['/', '@', ' ']) {
        return Err(BadServerUrl::NoHost(url.to_string()));
    }
    let security = match security {
        // smtp:// to this computer: a local relay or a test server, spoken to plainly.
        Security::StartTls if is_loopback(host) => Security::Plain,
        Security::Plain if !is_loopback(host) => {
            return Err(BadServerUrl::PlainElsewhere(host.to_string()));
        }
        other => other,
    };
    Ok((host.to_string(), port, security))
}

fn leaves(prefix: &str, value: &Value, out: &mut Vec<(String, Value)>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                leaves(&key, v, out);
            }
        }
        other => out.push((prefix.to_string(), other.clone())),
    }
}

fn as_json(settings: &Settings) -> Result<Value, CliError> {
    serde_json::to_value(settings).map_err(|err| {
        let error = err.to_string();
        CliError::failure_in(move |w| w.cli_error_settings_json(&error))
    })
}

fn get(place: &Place, key: Option<&str>) -> CliResult {
    let settings = place.open_reader()?.settings().map_err(store_error)?;
    let secret_set = || -> Result<bool, CliError> {
        let dir = place.folder()?;
        Ok(location::mail_secret(&dir).map_err(store_error)?.is_some())
    };
    let json = as_json(&settings)?;
    let mut all = Vec::new();
    leaves("", &json, &mut all);
    match key {
        None => {
            println!("mail.server={}", Value::String(server_url(&settings.mail)));
            println!(
                "mail.secret={}",
                Value::String(if secret_set()? { "set" } else { "not set" }.into())
            );
            for (k, v) in all {
                println!("{k}={v}");
            }
        }
        Some("mail.server") => println!("{}", server_url(&settings.mail)),
        // Never the secret itself: only whether one is kept.
        Some("mail.secret") => println!("{}", if secret_set()? { "set" } else { "not set" }),
        Some(key) => {
            let path = path_of(key);
            let found = all
                .iter()
                .find(|(k, _)| k == path)
                .map(|(_, v)| v.clone())
                .or_else(|| pointer(&json, path).cloned())
                .ok_or_else(|| unknown(key))?;
            match found {
                Value::String(text) => println!("{text}"),
                other => println!("{other}"),
            }
        }
    }
    Ok(())
}

fn unknown(key: &str) -> CliError {
    let key = key.to_string();
    CliError::input_in(move |w| w.cli_error_unknown_setting(&key))
}

fn pointer<'a>(json: &'a Value, path: &str) -> Option<&'a Value> {
    json.pointer(&format!("/{}", path.replace('.', "/")))
}

fn set(place: &Place, key: &str, value: Option<&str>) -> CliResult {
    if key == "mail.secret" {
        if value.is_some() {
            return Err(CliError::input_in(|w| {
                w.cli_error_settings_secret_argument()
            }));
        }
        let mut secret = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut secret)
            .map_err(|err| stdin_error(&err))?;
        let secret = secret.trim_end_matches(['\r', '\n']);
        let dir = place.folder()?;
        return location::save_mail_secret(&dir, Some(secret).filter(|s| !s.is_empty()))
            .map_err(store_error);
    }
    let value = value.ok_or_else(|| give_a_value(key))?;
    let mut store = place.open()?;
    let before = store.settings().map_err(store_error)?;
    let mut settings = before.clone();
    if key == "language" {
        settings.language = value
            .parse::<crate::domain::Language>()
            .map_err(|_| not_a_language("language", value))?;
    } else if key == "mail.server" {
        let (host, port, security) =
            parse_server_url(value).map_err(|bad| CliError::input_in(move |w| bad.say(w)))?;
        settings.mail.server = host;
        settings.mail.port = port;
        settings.mail.security = security;
    } else {
        let mut json = as_json(&settings)?;
        let path = path_of(key);
        let parts: Vec<&str> = path.split('.').collect();
        let (last, parents) = parts.split_last().ok_or_else(|| unknown(key))?;
        let mut at = &mut json;
        for part in parents {
            let map = at.as_object_mut().ok_or_else(|| unknown(key))?;
            // A moment never changed has no entry yet: it is made with its defaults.
            if !map.contains_key(*part) && path.starts_with("mail.moments.") {
                map.insert((*part).to_string(), Value::Object(Map::new()));
            }
            at = map.get_mut(*part).ok_or_else(|| unknown(key))?;
        }
        let map = at.as_object_mut().ok_or_else(|| unknown(key))?;
        let old = map.get(*last).cloned();
        if old.is_none() && !path.starts_with("mail.moments.") {
            return Err(unknown(key));
        }
        let new = match (&old, value) {
            (Some(Value::String(_)), _) => Value::String(value.to_string()),
            (_, "on" | "yes" | "true") => Value::Bool(true),
            (_, "off" | "no" | "false") => Value::Bool(false),
            _ => serde_json::from_str(value).unwrap_or_else(|_| Value::String(value.into())),
        };
        map.insert((*last).to_string(), new);
        settings = serde_json::from_value(json).map_err(|err| {
            let (key, value, error) = (key.to_string(), value.to_string(), err.to_string());
            CliError::input_in(move |w| w.cli_error_does_not_fit(&key, &value, &error))
        })?;
    }
    if let Some((field, problem)) = settings
        .mail
        .problems()
        .into_iter()
        .find(|(field, _)| *field == "security")
    {
        let field = field.to_string();
        return Err(CliError::input_in(move |w| {
            w.cli_error_about(format!("mail.{field}"), w.problem(&problem))
        }));
    }
    // With mail configured the first time (a server and a sender), customer e-mail is
    // on, every moment with it; `mail.on false` switches it off again.
    let configured = |m: &crate::domain::mail::MailSettings| {
        !m.server.trim().is_empty() && !m.from_address.trim().is_empty()
    };
    if key != "mail.on" && configured(&settings.mail) && !configured(&before.mail) {
        settings.mail.on = true;
        println!("{}", settings.language.words().cli_mail_on());
    }
    store.save_settings(&settings).map_err(store_error)
}

/// `KEY` was given without its value (`settings set`, `mail set`).
pub(super) fn give_a_value(key: &str) -> CliError {
    let key = key.to_string();
    CliError::input_in(move |w| w.cli_error_give_value(&key))
}

/// Standard input could not be read (a secret given there).
pub(super) fn stdin_error(err: &std::io::Error) -> CliError {
    let error = err.to_string();
    CliError::failure_in(move |w| w.cli_error_stdin(&error))
}

/// A language code fixdesk does not speak, naming the field and the codes it knows.
pub(super) fn not_a_language(field: &'static str, text: &str) -> CliError {
    let text = text.to_string();
    CliError::input_in(move |w| {
        let known: Vec<&str> = crate::domain::Language::ALL
            .iter()
            .map(|language| language.code())
            .collect();
        let known = known.join(&w.store_or());
        w.cli_error_about(w.field(field), w.cli_error_not_a_language(&text, &known))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_server_url_names_host_port_and_security() {
        assert_eq!(
            parse_server_url("smtps://mail.example.com:465"),
            Ok(("mail.example.com".into(), 465, Security::Tls))
        );
        assert_eq!(
            parse_server_url("smtp://mail.example.com"),
            Ok(("mail.example.com".into(), 587, Security::StartTls))
        );
        assert_eq!(
            parse_server_url("smtp://127.0.0.1:2525"),
            Ok(("127.0.0.1".into(), 2525, Security::Plain))
        );
        assert!(parse_server_url("smtp+plain://mail.example.com:25").is_err());
        assert!(parse_server_url("mail.example.com").is_err());
        assert!(parse_server_url("smtp://mail.example.com:0").is_err());
    }

    /// The English is the sentence these said before they were words of a language.
    #[test]
    fn a_bad_server_url_is_said_in_the_centers_language() {
        use crate::domain::Language;
        let en = Language::English.words();
        let zh = Language::Chinese.words();
        let bad = parse_server_url("smtp+plain://mail.example.com:25").expect_err("plain");
        assert_eq!(
            bad.say(en),
            "an unencrypted connection is allowed only to this computer, not mail.example.com: use smtp:// (STARTTLS) or smtps:// (TLS)"
        );
        assert!(bad.say(zh).contains("mail.example.com"), "{}", bad.say(zh));
        assert!(!bad.say(zh).contains("unencrypted"), "{}", bad.say(zh));
        let bad = parse_server_url("smtp://mail.example.com:0").expect_err("port");
        assert_eq!(
            bad.say(en),
            "0 is not a port: give a number from 1 to 65535"
        );
        let bad = parse_server_url("mail.example.com").expect_err("url");
        assert_eq!(
            bad.say(en),
            "mail.example.com is not a mail server URL: write smtp://host:port (STARTTLS) or smtps://host:port (TLS)"
        );
        let bad = parse_server_url("smtp://@x").expect_err("host");
        assert_eq!(
            bad.say(en),
            "smtp://@x: give the server's name, like smtp://mail.example.com:587"
        );
    }
}
