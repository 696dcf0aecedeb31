//! Where a desk's cases are: the data folder's own SQLite file (a one-desk shop), or the
//! center's PostgreSQL server (several desks).
//!
//! The choice belongs to the desk, not to the database, so it is kept in the data
//! folder: `server.json` holds the server's address (host, port, database, user, TLS),
//! and `server.secret` the password, readable by the desk's own user only. A hash will
//! not do for a password the desk must send; it is never logged, never shown again, and
//! never part of a backup (backups copy the database, not these files). Without
//! `server.json` the desk uses its SQLite file, as before. The command line's
//! `--database URL` (or `FIXDESK_DATABASE`) wins over both.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{Result, StoreError};
use crate::domain::{Language, Note};

/// The saved server address, in the data folder.
pub const SERVER_FILE: &str = "server.json";
/// The saved password, beside it (mode 0600 on Unix).
pub const SECRET_FILE: &str = "server.secret";
/// The mail server's password (docs/rules.md §11), beside the server's: mode 0600 on
/// Unix, in the data folder of each desk that sends customer e-mail. Not in the
/// database, because the database is what backups copy and hand out.
pub const MAIL_SECRET_FILE: &str = "mail.secret";
/// This workstation's name, as the manager set it in Settings (plain text).
pub const DESK_FILE: &str = "desk-name.txt";

/// The longest desk name kept (it is printed beside every event).
pub const DESK_NAME_MAX: usize = 40;

/// This workstation's name, written on every event beside the person (docs/rules.md
/// §9): `given` (the command line's `--desk`), else the one saved in the data folder,
/// else the computer's own name, else "desk".
pub fn desk_name(data_dir: &Path, given: Option<&str>) -> String {
    let saved = std::fs::read_to_string(data_dir.join(DESK_FILE)).ok();
    let host = gethostname::gethostname().to_string_lossy().into_owned();
    [given.map(str::to_string), saved, Some(host)]
        .into_iter()
        .flatten()
        .map(|name| clean_desk_name(&name))
        .find(|name| !name.is_empty())
        .unwrap_or_else(|| "desk".to_string())
}

/// A desk name as kept: one line, spaces trimmed, at most [`DESK_NAME_MAX`] characters.
pub fn clean_desk_name(name: &str) -> String {
    let line = name.lines().next().unwrap_or_default().trim();
    line.chars()
        .take(DESK_NAME_MAX)
        .collect::<String>()
        .trim()
        .to_string()
}

/// Saves this workstation's name in the data folder (`None` or blank: back to the
/// computer's name).
pub fn save_desk_name(data_dir: &Path, name: Option<&str>) -> Result<()> {
    let path = data_dir.join(DESK_FILE);
    match name.map(clean_desk_name).filter(|name| !name.is_empty()) {
        Some(name) => {
            std::fs::create_dir_all(data_dir).map_err(|err| StoreError::io(data_dir, err))?;
            std::fs::write(&path, format!("{name}\n")).map_err(|err| StoreError::io(&path, err))
        }
        None => match std::fs::remove_file(&path) {
            Err(err) if err.kind() != std::io::ErrorKind::NotFound => {
                Err(StoreError::io(&path, err))
            }
            _ => Ok(()),
        },
    }
}

/// The file in the data folder that keeps the language this desk's window is in.
pub const DESK_LANGUAGE_FILE: &str = "desk-language.txt";

/// The language this desk's window shows (docs/rules.md §13): `given` (the command
/// line's `--language`), else the one chosen at this desk, else `None` (the center's).
/// A file with a code fixdesk does not know is ignored.
pub fn desk_language(data_dir: &Path, given: Option<Language>) -> Option<Language> {
    given.or_else(|| {
        std::fs::read_to_string(data_dir.join(DESK_LANGUAGE_FILE))
            .ok()
            .and_then(|code| Language::parse(&code))
    })
}

/// Keeps the language chosen at this desk (`None`: the center's from now on).
pub fn save_desk_language(data_dir: &Path, language: Option<Language>) -> Result<()> {
    let path = data_dir.join(DESK_LANGUAGE_FILE);
    match language {
        Some(language) => {
            std::fs::create_dir_all(data_dir).map_err(|err| StoreError::io(data_dir, err))?;
            std::fs::write(&path, format!("{}\n", language.code()))
                .map_err(|err| StoreError::io(&path, err))
        }
        None => match std::fs::remove_file(&path) {
            Err(err) if err.kind() != std::io::ErrorKind::NotFound => {
                Err(StoreError::io(&path, err))
            }
            _ => Ok(()),
        },
    }
}

/// How the desk talks to the server: libpq's `sslmode` words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Tls {
    /// No encryption: only on the server's own machine or a trusted cable.
    Disable,
    /// Encrypted when the server offers it.
    #[default]
    Prefer,
    /// Always encrypted, the server's certificate checked against the usual roots.
    Require,
}

impl Tls {
    pub const ALL: [Tls; 3] = [Tls::Prefer, Tls::Require, Tls::Disable];

    pub fn sslmode(self) -> &'static str {
        match self {
            Tls::Disable => "disable",
            Tls::Prefer => "prefer",
            Tls::Require => "require",
        }
    }
}

impl std::fmt::Display for Tls {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Tls::Disable => "Off (trusted network only)",
            Tls::Prefer => "When the server offers it",
            Tls::Require => "Always",
        })
    }
}

/// The center's server as a desk saves it (the password apart).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Server {
    /// A host name, an address, or a folder holding the server's unix socket.
    pub host: String,
    pub port: u16,
    pub database: String,
    pub user: String,
    #[serde(default)]
    pub tls: Tls,
}

impl Default for Server {
    fn default() -> Self {
        Self {
            host: String::new(),
            port: 5432,
            database: "fixdesk".into(),
            user: String::new(),
            tls: Tls::Prefer,
        }
    }
}

/// A value in libpq's `key=value` form: quoted, with `\` and `'` escaped.
fn quoted(value: &str) -> String {
    format!("'{}'", value.replace('\\', "\\\\").replace('\'', "\\'"))
}

impl Server {
    /// What is wrong with the address, field by field (empty when it can be tried).
    pub fn problems(&self) -> Vec<(&'static str, Note)> {
        let mut out = Vec::new();
        if self.host.trim().is_empty() {
            out.push((
                "host",
                Note::coded("host-missing", "missing: the server's name or address"),
            ));
        } else if self.host.trim().contains(char::is_whitespace) {
            out.push((
                "host",
                Note::coded("host-spaces", "a host name has no spaces"),
            ));
        }
        if self.port == 0 {
            out.push((
                "port",
                Note::coded(
                    "port-range",
                    "must be 1 to 65535 (PostgreSQL's usual is 5432)",
                ),
            ));
        }
        if self.database.trim().is_empty() {
            out.push((
                "database",
                Note::coded("database-missing", "missing: the database's name"),
            ));
        }
        if self.user.trim().is_empty() {
            out.push((
                "user",
                Note::coded("user-missing", "missing: the login of this desk"),
            ));
        }
        out
    }

    /// The connection string for this server with `password` (never shown or logged).
    pub fn conninfo(&self, password: Option<&str>) -> String {
        let mut out = format!(
            "host={} port={} dbname={} user={} sslmode={} application_name=fixdesk",
            quoted(self.host.trim()),
            self.port,
            quoted(self.database.trim()),
            quoted(self.user.trim()),
            self.tls.sslmode()
        );
        if let Some(password) = password.filter(|p| !p.is_empty()) {
            out.push_str(" password=");
            out.push_str(&quoted(password));
        }
        out
    }

    /// How the desk names the server to people: `user@host:port/database`.
    pub fn describe(&self) -> String {
        format!(
            "{}@{}:{}/{}",
            self.user.trim(),
            self.host.trim(),
            self.port,
            self.database.trim()
        )
    }
}

/// The server this data folder's desk uses, with its password, if one was saved.
pub fn saved_server(data_dir: &Path) -> Result<Option<(Server, Option<String>)>> {
    let path = data_dir.join(SERVER_FILE);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(err) => return Err(StoreError::Io { path, source: err }),
    };
    let server: Server = serde_json::from_str(&text).map_err(|err| {
        StoreError::BadDatabaseAddress(
            Note::coded(
                "server-file-unreadable",
                format!(
                    "{} cannot be read ({err}): connect to the server again from the welcome panel, or remove the file to use this desk's own database",
                    path.display()
                ),
            )
            .arg("path", path.display())
            .arg("detail", err),
        )
    })?;
    let secret = data_dir.join(SECRET_FILE);
    let password = match std::fs::read_to_string(&secret) {
        Ok(text) => Some(text.trim_end_matches(['\r', '\n']).to_string()),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => None,
        Err(err) => {
            return Err(StoreError::Io {
                path: secret,
                source: err,
            });
        }
    };
    Ok(Some((server, password)))
}

/// Saves the server (and its password, private to the desk's user) in the data folder;
/// from now on the desk connects there. `None` forgets it: the desk uses its own file.
pub fn save_server(data_dir: &Path, server: Option<(&Server, Option<&str>)>) -> Result<()> {
    let path = data_dir.join(SERVER_FILE);
    let secret = data_dir.join(SECRET_FILE);
    std::fs::create_dir_all(data_dir).map_err(|err| StoreError::Io {
        path: data_dir.to_path_buf(),
        source: err,
    })?;
    let Some((server, password)) = server else {
        for file in [&path, &secret] {
            match std::fs::remove_file(file) {
                Ok(()) => {}
                Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
                Err(err) => {
                    return Err(StoreError::Io {
                        path: file.clone(),
                        source: err,
                    });
                }
            }
        }
        return Ok(());
    };
    let json = serde_json::to_string_pretty(server)
        .map_err(|err| StoreError::invalid("server", Note::detail(err)))?;
    write_private(&path, json.as_bytes())?;
    match password.filter(|p| !p.is_empty()) {
        Some(password) => write_private(&secret, password.as_bytes())?,
        None => match std::fs::remove_file(&secret) {
            Ok(()) => {}
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
            Err(err) => {
                return Err(StoreError::Io {
                    path: secret,
                    source: err,
                });
            }
        },
    }
    Ok(())
}

/// The mail server's password kept on this desk, if any.
pub fn mail_secret(data_dir: &Path) -> Result<Option<String>> {
    let path = data_dir.join(MAIL_SECRET_FILE);
    match std::fs::read_to_string(&path) {
        Ok(text) => {
            Ok(Some(text.trim_end_matches(['\r', '\n']).to_string()).filter(|s| !s.is_empty()))
        }
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(err) => Err(StoreError::Io { path, source: err }),
    }
}

/// Keeps the mail server's password on this desk (`None` or empty: forgets it).
pub fn save_mail_secret(data_dir: &Path, secret: Option<&str>) -> Result<()> {
    let path = data_dir.join(MAIL_SECRET_FILE);
    match secret.filter(|s| !s.is_empty()) {
        Some(secret) => {
            std::fs::create_dir_all(data_dir).map_err(|err| StoreError::io(data_dir, err))?;
            write_private(&path, secret.as_bytes())
        }
        None => match std::fs::remove_file(&path) {
            Err(err) if err.kind() != std::io::ErrorKind::NotFound => {
                Err(StoreError::io(&path, err))
            }
            _ => Ok(()),
        },
    }
}

/// Writes a file readable and writable by the desk's own user only, replacing it at
/// once (a crash leaves the old file or the new one).
fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let io = |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    };
    let temp: PathBuf = path.with_extension("partial");
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(&temp).map_err(io)?;
    file.write_all(bytes).map_err(io)?;
    file.sync_all().map_err(io)?;
    drop(file);
    std::fs::rename(&temp, path).map_err(io)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_desk_name_comes_from_the_flag_then_the_folder_then_the_computer() {
        let dir = tempfile::tempdir().expect("temp dir");
        let computer = desk_name(dir.path(), None);
        assert!(!computer.is_empty());
        save_desk_name(dir.path(), Some("  Counter 2\nsecond line")).expect("saved");
        assert_eq!(desk_name(dir.path(), None), "Counter 2");
        assert_eq!(desk_name(dir.path(), Some("Back office")), "Back office");
        assert_eq!(desk_name(dir.path(), Some("   ")), "Counter 2");
        save_desk_name(dir.path(), None).expect("forgotten");
        assert_eq!(desk_name(dir.path(), None), computer);
        assert_eq!(clean_desk_name(&"x".repeat(100)).len(), DESK_NAME_MAX);
    }

    #[test]
    fn a_connection_string_quotes_every_value() {
        let server = Server {
            host: "db.center.local".into(),
            port: 5433,
            database: "fix desk".into(),
            user: "o'brien".into(),
            tls: Tls::Require,
        };
        assert_eq!(
            server.conninfo(Some(r"pa'ss\word")),
            r"host='db.center.local' port=5433 dbname='fix desk' user='o\'brien' sslmode=require application_name=fixdesk password='pa\'ss\\word'"
        );
        assert!(!server.conninfo(None).contains("password"));
        assert_eq!(server.describe(), "o'brien@db.center.local:5433/fix desk");
    }

    #[test]
    fn an_incomplete_address_names_each_field() {
        let server = Server {
            host: " ".into(),
            port: 0,
            database: String::new(),
            user: String::new(),
            tls: Tls::Prefer,
        };
        let fields: Vec<&str> = server.problems().iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, ["host", "port", "database", "user"]);
        // Each problem is coded: a Chinese desk reads it in Chinese, the field named.
        let zh = Language::Chinese.words();
        let said: Vec<String> = server
            .problems()
            .iter()
            .map(|(field, problem)| zh.field_problem(field, problem))
            .collect();
        assert_eq!(said[0], "主机（host）：缺少：服务器的名称或地址");
        assert!(
            said.iter()
                .all(|line| !line.contains("missing") && !line.contains("must be")),
            "{said:?}"
        );
        assert!(
            Server {
                host: "10.0.0.5".into(),
                user: "desk_front".into(),
                ..Server::default()
            }
            .problems()
            .is_empty()
        );
    }

    #[test]
    fn the_saved_server_and_password_come_back_and_the_password_file_is_private() {
        let dir = tempfile::tempdir().expect("temp dir");
        assert_eq!(saved_server(dir.path()).expect("read"), None);
        let server = Server {
            host: "10.0.0.5".into(),
            ..Server::default()
        };
        save_server(dir.path(), Some((&server, Some("s3cret")))).expect("save");
        assert_eq!(
            saved_server(dir.path()).expect("read"),
            Some((server.clone(), Some("s3cret".to_string())))
        );
        let json = std::fs::read_to_string(dir.path().join(SERVER_FILE)).expect("json");
        assert!(
            !json.contains("s3cret"),
            "the password is not in server.json"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(SECRET_FILE))
                .expect("secret")
                .permissions()
                .mode();
            assert_eq!(mode & 0o077, 0, "nobody else may read the password");
        }
        save_server(dir.path(), None).expect("forget");
        assert_eq!(saved_server(dir.path()).expect("read"), None);
    }
}
