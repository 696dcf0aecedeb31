//! `fixdesk staff …` and signing in on the command line (docs/rules.md §10), on the
//! built binary: once staff exist, a command without sign-in changes nothing; a clerk
//! imports and the events name the clerk; a clerk may not restore; secrets come from
//! FIXDESK_PASSWORD or standard input, never from the arguments, and never reach a file
//! or a log; the manager lists events by person and period.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

const HEADER: &str = "application_id,applied_on,name,phone,email,address,return_address,model,serial,purchase_channel,invoice_date,fault,keep_parts";

fn row(id: &str) -> String {
    format!(
        "{id},2026-03-01,Ann Lee,+44 20 7946 4506,ann@example.com,\"1 High St, London\",,Aurora A5,AA5-{id},authorized,2025-06-01,No power,yes"
    )
}

/// Runs fixdesk on `dir` as `user` (with `secret` in FIXDESK_PASSWORD when given) and
/// `stdin` on standard input.
fn fixdesk(
    dir: &Path,
    user: Option<&str>,
    secret: Option<&str>,
    args: &[&str],
    stdin: &str,
) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_fixdesk"));
    command
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env("USER", "oslogin")
        .env_remove("FIXDESK_USER")
        .env_remove("FIXDESK_PASSWORD")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(user) = user {
        command.env("FIXDESK_USER", user);
    }
    if let Some(secret) = secret {
        command.env("FIXDESK_PASSWORD", secret);
    }
    let mut child = command.spawn().expect("run fixdesk");
    let _ = child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes());
    child.wait_with_output().expect("wait")
}

fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn err(out: &Output) -> String {
    assert!(!out.status.success(), "should fail");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn events(dir: &Path, user: &str, secret: &str, filter: &[&str]) -> Vec<serde_json::Value> {
    let mut args = vec!["events"];
    args.extend_from_slice(filter);
    ok(&fixdesk(dir, Some(user), Some(secret), &args, ""))
        .lines()
        .map(|line| serde_json::from_str(line).expect("json"))
        .collect()
}

const MANAGER_SECRET: &str = "Manager-Secret-91";

/// A data folder with a manager (the first account, its secret on standard input) and
/// a clerk (PIN 2468, added by the manager signed in through FIXDESK_PASSWORD).
fn center() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("dir");
    let out = fixdesk(
        dir.path(),
        None,
        None,
        &["staff", "add", "Maria", "--roles", "manager"],
        &format!("{MANAGER_SECRET}\n"),
    );
    assert!(ok(&out).contains("added Maria (manager, password)"));
    let out = fixdesk(
        dir.path(),
        Some("maria"),
        Some(MANAGER_SECRET),
        &["staff", "add", "Carl", "--roles", "clerk", "--pin"],
        "2468\n",
    );
    ok(&out);
    dir
}

#[test]
fn with_staff_import_needs_a_clerk_and_names_them() {
    let dir = center();
    let files = tempfile::tempdir().expect("dir");
    let csv = files.path().join("apps.csv");
    std::fs::write(&csv, format!("{HEADER}\n{}\n", row("S1"))).expect("write");
    let csv = csv.to_str().expect("path");

    // Nobody signed in: refused, nothing imported.
    let message = err(&fixdesk(dir.path(), None, None, &["import", csv], ""));
    assert!(message.contains("sign in first"), "{message}");
    // A wrong PIN: refused.
    let message = err(&fixdesk(
        dir.path(),
        Some("Carl"),
        Some("1357"),
        &["import", csv],
        "",
    ));
    assert!(message.contains("wrong"), "{message}");
    assert!(
        events(dir.path(), "Maria", MANAGER_SECRET, &[]).is_empty(),
        "nothing imported"
    );

    // The clerk, with the PIN on standard input: imported, and the events say Carl.
    let out = fixdesk(
        dir.path(),
        Some("Carl"),
        None,
        &["import", csv, "--by", "someone"],
        "2468\n",
    );
    assert!(ok(&out).contains("imported 1 applications"));
    let all = events(dir.path(), "Carl", "2468", &[]);
    assert_eq!(all.len(), 1);
    assert_eq!(all[0]["person"], "Carl");

    // The manager lists by person and period.
    let today = chrono::Local::now().date_naive().to_string();
    assert_eq!(
        events(
            dir.path(),
            "Maria",
            MANAGER_SECRET,
            &["--person", "carl", "--from", &today, "--to", &today]
        )
        .len(),
        1
    );
    assert!(events(dir.path(), "Maria", MANAGER_SECRET, &["--person", "Maria"]).is_empty());
    assert!(events(dir.path(), "Maria", MANAGER_SECRET, &["--to", "2020-01-01"]).is_empty());

    // A customer's data on request: the manager's, not the clerk's.
    let out = files.path().join("ann.json");
    let out = out.to_str().expect("path");
    let export = ["personal-data", "export", "--name", "ann lee", "--out", out];
    let message = err(&fixdesk(
        dir.path(),
        Some("Carl"),
        Some("2468"),
        &export,
        "",
    ));
    assert!(message.contains("a manager"), "{message}");
    assert!(!Path::new(out).exists());
    let said = ok(&fixdesk(
        dir.path(),
        Some("Maria"),
        Some(MANAGER_SECRET),
        &export,
        "",
    ));
    assert!(said.contains("1 cases written"), "{said}");
    let pdf = std::fs::read(Path::new(out).with_extension("pdf")).expect("the readable PDF");
    assert!(pdf.starts_with(b"%PDF"));
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out).expect("read")).expect("json");
    assert_eq!(json["cases"][0]["customer"]["name"], "Ann Lee");
    assert_eq!(json["by"], "Maria");
    let last = events(dir.path(), "Maria", MANAGER_SECRET, &["--person", "maria"]);
    assert_eq!(last.len(), 1, "the export is an event");
}

#[test]
fn a_clerk_may_not_restore_back_up_or_manage_staff() {
    let dir = center();
    let files = tempfile::tempdir().expect("dir");
    let backup = files.path().join("b.db");
    let backup = backup.to_str().expect("path");
    ok(&fixdesk(
        dir.path(),
        Some("Maria"),
        Some(MANAGER_SECRET),
        &["backup", "--out", backup],
        "",
    ));

    let message = err(&fixdesk(
        dir.path(),
        Some("Carl"),
        Some("2468"),
        &["restore", backup],
        "",
    ));
    assert!(
        message.contains("Carl (Clerk) may not restore a backup") && message.contains("Manager"),
        "{message}"
    );
    let message = err(&fixdesk(
        dir.path(),
        Some("Carl"),
        Some("2468"),
        &["backup", "--out", &format!("{backup}2")],
        "",
    ));
    assert!(message.contains("a manager"), "{message}");
    assert!(!Path::new(&format!("{backup}2")).exists());
    let message = err(&fixdesk(
        dir.path(),
        Some("Carl"),
        Some("2468"),
        &["staff", "roles", "Carl", "--roles", "manager"],
        "",
    ));
    assert!(message.contains("a manager"), "{message}");

    // Reading needs a sign-in too, any role; the list never shows a secret.
    err(&fixdesk(dir.path(), None, None, &["staff", "list"], ""));
    let list = ok(&fixdesk(
        dir.path(),
        Some("Carl"),
        Some("2468"),
        &["staff", "list"],
        "",
    ));
    assert!(list.contains("Carl\tclerk\tpin\tactive"), "{list}");
    assert!(!list.contains("2468") && !list.contains("argon"), "{list}");
    // The manager restores.
    ok(&fixdesk(
        dir.path(),
        Some("Maria"),
        Some(MANAGER_SECRET),
        &["restore", backup],
        "",
    ));
}

#[test]
fn secrets_reach_no_file_and_no_output() {
    let dir = center();
    let history = ok(&fixdesk(
        dir.path(),
        Some("Maria"),
        Some(MANAGER_SECRET),
        &["staff", "history"],
        "",
    ));
    assert!(
        history.contains("Maria\t") && history.contains("Carl\tadded\tclerk"),
        "{history}"
    );
    let mut bytes = Vec::new();
    for entry in walk(dir.path()) {
        bytes.extend(std::fs::read(entry).expect("read"));
    }
    let contains = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    assert!(
        !contains(MANAGER_SECRET.as_bytes()),
        "the password is in a file"
    );
    assert!(contains(b"$argon2id$"));
    assert!(!history.contains(MANAGER_SECRET) && !history.contains("2468"));
}

#[test]
fn five_wrong_pins_make_the_command_line_wait_too() {
    let dir = center();
    for _ in 0..5 {
        err(&fixdesk(
            dir.path(),
            Some("Carl"),
            Some("0000"),
            &["staff", "list"],
            "",
        ));
    }
    let message = err(&fixdesk(
        dir.path(),
        Some("Carl"),
        Some("2468"),
        &["staff", "list"],
        "",
    ));
    assert!(message.contains("try again in"), "{message}");
    // The manager resets the PIN: Carl may sign in at once.
    ok(&fixdesk(
        dir.path(),
        Some("Maria"),
        Some(MANAGER_SECRET),
        &["staff", "reset", "Carl", "--pin"],
        "8642\n",
    ));
    ok(&fixdesk(
        dir.path(),
        Some("Carl"),
        Some("8642"),
        &["staff", "list"],
        "",
    ));
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

/// A new data folder, its database, a backup and a printed document are the desk's
/// user's alone (0700 / 0600); a folder an older fixdesk left readable is tightened
/// when opened.
#[cfg(unix)]
#[test]
fn the_data_folder_and_what_fixdesk_writes_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |path: &Path| {
        std::fs::metadata(path)
            .unwrap_or_else(|err| panic!("{}: {err}", path.display()))
            .permissions()
            .mode()
            & 0o777
    };
    let root = tempfile::tempdir().expect("dir");
    let data = root.path().join("new-folder");
    let data_text = data.to_str().expect("path");
    ok(&fixdesk(
        Path::new(data_text),
        None,
        None,
        &["demo", "--cases", "3"],
        "",
    ));
    assert_eq!(mode(&data), 0o700);
    assert_eq!(mode(&data.join("fixdesk.db")), 0o600);

    let backup = root.path().join("b.db");
    ok(&fixdesk(
        &data,
        None,
        None,
        &["backup", "--out", backup.to_str().expect("path")],
        "",
    ));
    assert_eq!(mode(&backup), 0o600);

    let first = ok(&fixdesk(&data, None, None, &["search", "a"], ""));
    let case = first.split_whitespace().next().expect("a demo case");
    let pdf = root.path().join("r.pdf");
    ok(&fixdesk(
        &data,
        None,
        None,
        &["receipt", case, "--out", pdf.to_str().expect("path")],
        "",
    ));
    assert_eq!(mode(&pdf), 0o600);

    // What an older fixdesk left open is closed on the next start.
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    std::fs::set_permissions(
        data.join("fixdesk.db"),
        std::fs::Permissions::from_mode(0o644),
    )
    .expect("chmod");
    ok(&fixdesk(&data, None, None, &["retention"], ""));
    assert_eq!(mode(&data), 0o700);
    assert_eq!(mode(&data.join("fixdesk.db")), 0o600);
}
