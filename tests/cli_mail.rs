//! `fixdesk mail` on the built binary: the mail settings from a script (the password
//! from standard input only, kept private to the user, never echoed), a wrong server
//! address refused in one sentence, and — with the test SMTP server (`.ci/smtp.sh`) — a
//! case's message sent by `fixdesk mail send` and listed as sent with its Message-ID.

mod cli_support;
mod store_common;

use std::path::Path;

use store_common::{mail_in, policy};

use cli_support::{fixdesk, text};

#[test]
fn the_password_comes_from_standard_input_only_and_stays_private() {
    let dir = tempfile::tempdir().expect("dir");
    let out = fixdesk(dir.path(), &["mail", "set", "secret", "hunter2"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("standard input"),
        "{}",
        text(&out.stderr)
    );
    assert!(!text(&out.stderr).contains("hunter2"), "never echoed");
    assert!(!dir.path().join("mail.secret").exists());

    let out = fixdesk(dir.path(), &["mail", "set", "secret"], Some("hunter2\n"));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let file = dir.path().join("mail.secret");
    assert_eq!(std::fs::read_to_string(&file).expect("kept"), "hunter2");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "readable by the desk's user only");
    }
    // Not in the database: a backup handed out does not carry it.
    let db = std::fs::read(dir.path().join("fixdesk.db")).unwrap_or_default();
    assert!(!db.windows(7).any(|w| w == b"hunter2"));
}

#[test]
fn a_wrong_server_address_is_refused_in_one_sentence() {
    let dir = tempfile::tempdir().expect("dir");
    let out = fixdesk(
        dir.path(),
        &["mail", "set", "server", "mail.example.com"],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("smtp://host:port"),
        "{}",
        text(&out.stderr)
    );
    // Plain only to this computer: smtp:// elsewhere is STARTTLS, and sending without
    // a sender address says which field to fill.
    for args in [
        ["mail", "set", "server", "smtp://mail.example.com:587"],
        ["mail", "set", "on", "true"],
    ] {
        let out = fixdesk(dir.path(), &args, None);
        assert!(out.status.success(), "{}", text(&out.stderr));
    }
    let out = fixdesk(dir.path(), &["mail", "send"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("sender address"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn mail_send_delivers_what_is_due_and_mail_list_shows_it_sent() {
    let Ok(server) = std::env::var("FIXDESK_TEST_SMTP") else {
        assert!(
            std::env::var_os("CI").is_none(),
            "FIXDESK_TEST_SMTP is not set: CI must start the test SMTP server (.ci/smtp.sh start)"
        );
        eprintln!(
            "skipped: FIXDESK_TEST_SMTP is not set (run `.ci/smtp.sh start` and export what it prints)"
        );
        return;
    };
    let dir = tempfile::tempdir().expect("dir");
    for args in [
        vec!["mail", "set", "server", &format!("smtp://{server}")],
        vec!["mail", "set", "from", "desk@fixco.example"],
        vec!["mail", "set", "on", "true"],
        vec!["mail", "set", "moment.parcel_received", "off"],
    ] {
        let out = fixdesk(dir.path(), &args, None);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
    }
    let number = {
        let mut store = fixdesk::store::Store::open(dir.path()).expect("store");
        let mut new = mail_in("APP-C1", "Berta Vogel", "SN-C1", "2026-03-02");
        new.customer.email = Some("berta@example.com".into());
        store
            .create_case(&new, &policy(), "bench", chrono::Utc::now())
            .expect("case")
            .number
    };
    let out = fixdesk(dir.path(), &["mail", "send"], None);
    assert!(
        out.status.success(),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    assert!(
        text(&out.stdout).contains("1 sent"),
        "{}",
        text(&out.stdout)
    );
    let out = fixdesk(
        dir.path(),
        &["mail", "list", "--case", number.as_str()],
        None,
    );
    let listed = text(&out.stdout);
    let fields: Vec<&str> = listed.trim().split('\t').collect();
    assert_eq!(fields[2], "application_received", "{listed}");
    assert_eq!(fields[3], "sent", "{listed}");
    assert!(
        fields[6].starts_with('<') && fields[6].ends_with("@fixco.example>"),
        "{listed}"
    );
    let out = fixdesk(dir.path(), &["mail", "send"], None);
    assert!(
        text(&out.stdout).contains("0 sent"),
        "nothing twice: {}",
        text(&out.stdout)
    );
}

#[test]
fn settings_get_and_set_from_a_script_with_the_secret_from_standard_input() {
    let dir = tempfile::tempdir().expect("dir");
    let ok = |args: &[&str], stdin: Option<&str>| {
        let out = fixdesk(dir.path(), args, stdin);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        text(&out.stdout)
    };
    ok(
        &[
            "settings",
            "set",
            "mail.server",
            "smtps://mail.example.com:465",
        ],
        None,
    );
    assert_eq!(
        ok(&["settings", "get", "mail.server"], None).trim(),
        "smtps://mail.example.com:465"
    );
    assert_eq!(
        ok(&["settings", "get", "mail.on"], None).trim(),
        "false",
        "no sender yet"
    );
    // The sender completes the configuration: mail is on, and every moment with it.
    let said = ok(
        &["settings", "set", "mail.from", "desk@fixco.example"],
        None,
    );
    assert!(said.contains("customer e-mail is on"), "{said}");
    assert_eq!(
        ok(&["settings", "get", "mail.from"], None).trim(),
        "desk@fixco.example"
    );
    assert_eq!(ok(&["settings", "get", "mail.on"], None).trim(), "true");
    let store = fixdesk::store::Store::open(dir.path()).expect("store");
    let settings = store.settings().expect("settings");
    assert!(
        fixdesk::domain::mail::Moment::ALL
            .iter()
            .all(|m| settings.mail.sends(*m))
    );
    drop(store);
    // Other settings by their path; a moment switched off.
    ok(&["settings", "set", "center.name", "Fix & Co"], None);
    ok(&["settings", "set", "answer_days", "21"], None);
    ok(&["settings", "set", "mail.moments.shipped.on", "off"], None);
    let all = ok(&["settings", "get"], None);
    assert!(all.contains("center.name=\"Fix & Co\""), "{all}");
    assert!(all.contains("answer_days=21"), "{all}");
    assert!(all.contains("mail.moments.shipped.on=false"), "{all}");
    assert!(all.contains("mail.secret=\"not set\""), "{all}");
    // The secret: never an argument, from standard input, never printed back.
    let out = fixdesk(
        dir.path(),
        &["settings", "set", "mail.secret", "hunter2"],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("standard input"),
        "{}",
        text(&out.stderr)
    );
    ok(&["settings", "set", "mail.secret"], Some("hunter2\n"));
    assert_eq!(ok(&["settings", "get", "mail.secret"], None).trim(), "set");
    assert!(!ok(&["settings", "get"], None).contains("hunter2"));
    // Bad input: one sentence, exit 2.
    for (args, says) in [
        (
            vec![
                "settings",
                "set",
                "mail.server",
                "smtp+plain://mail.example.com:25",
            ],
            "only to this computer",
        ),
        (
            vec!["settings", "set", "mail.security", "plain"],
            "only to this computer",
        ),
        (
            vec!["settings", "set", "mail.server", "mail.example.com"],
            "smtp://host:port",
        ),
        (
            vec!["settings", "set", "answer_days", "many"],
            "answer_days",
        ),
        (vec!["settings", "get", "no.such.key"], "not a setting"),
    ] {
        let out = fixdesk(dir.path(), &args, None);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = text(&out.stderr);
        assert!(
            err.contains(says) && err.lines().count() == 1,
            "{args:?}: {err}"
        );
    }
    // A plain connection to this computer is allowed.
    ok(
        &["settings", "set", "mail.server", "smtp://127.0.0.1:2525"],
        None,
    );
    assert_eq!(
        ok(&["settings", "get", "mail.security"], None).trim(),
        "plain"
    );
}

#[test]
fn fixdesk_outbox_lists_and_sends_as_mail_list_and_send_do() {
    let Ok(server) = std::env::var("FIXDESK_TEST_SMTP") else {
        assert!(
            std::env::var_os("CI").is_none(),
            "FIXDESK_TEST_SMTP is not set: CI must start the test SMTP server (.ci/smtp.sh start)"
        );
        eprintln!("skipped: FIXDESK_TEST_SMTP is not set (run `.ci/smtp.sh start`)");
        return;
    };
    let dir = tempfile::tempdir().expect("dir");
    for args in [
        vec![
            "settings",
            "set",
            "mail.server",
            &format!("smtp://{server}"),
        ],
        vec!["settings", "set", "mail.from", "desk@fixco.example"],
    ] {
        let out = fixdesk(dir.path(), &args, None);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
    }
    let number = {
        let mut store = fixdesk::store::Store::open(dir.path()).expect("store");
        let mut new = mail_in("APP-O1", "Berta Vogel", "SN-O1", "2026-03-02");
        new.customer.email = Some("berta@example.com".into());
        store
            .create_case(&new, &policy(), "bench", chrono::Utc::now())
            .expect("case")
            .number
    };
    let listed = text(&fixdesk(dir.path(), &["outbox", "--status", "queued"], None).stdout);
    assert!(
        listed.contains(number.as_str()) && listed.contains("\tqueued\t"),
        "{listed}"
    );
    let out = fixdesk(dir.path(), &["outbox", "send"], None);
    assert!(
        out.status.success(),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    assert!(
        text(&out.stdout).contains("1 sent"),
        "{}",
        text(&out.stdout)
    );
    let listed = text(&fixdesk(dir.path(), &["outbox"], None).stdout);
    assert!(listed.contains("\tsent\t"), "{listed}");
    // The sending is on the case's history, without the full address.
    let shown = text(&fixdesk(dir.path(), &["show", number.as_str()], None).stdout);
    assert!(shown.contains("e-mailed to b…@example.com"), "{shown}");
    assert!(!shown.contains("e-mailed to berta@"), "{shown}");
}

#[test]
fn fixdesk_step_no_messages_is_recorded_and_shown_and_messages_switches_back() {
    let dir = tempfile::tempdir().expect("dir");
    let number = {
        let mut store = fixdesk::store::Store::open(dir.path()).expect("store");
        let mut new = mail_in("APP-S1", "Berta Vogel", "SN-S1", "2026-03-02");
        new.customer.email = Some("berta@example.com".into());
        store
            .create_case(&new, &policy(), "bench", chrono::Utc::now())
            .expect("case")
            .number
    };
    let show = |dir: &Path| {
        let out = fixdesk(dir, &["show", number.as_str()], None);
        serde_json::from_slice::<serde_json::Value>(&out.stdout).expect("show's JSON")
    };
    let shown = show(dir.path());
    assert_eq!(
        shown["messages"]["consent"]["given"], "online application",
        "{shown}"
    );
    assert!(shown["messages"]["off_since"].is_null());
    let out = fixdesk(
        dir.path(),
        &["step", number.as_str(), "no_messages", "--by", "ana"],
        None,
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(show(dir.path())["messages"]["off_since"]["by"], "ana");
    let out = fixdesk(dir.path(), &["step", number.as_str(), "no_messages"], None);
    assert_eq!(
        out.status.code(),
        Some(2),
        "already off: {}",
        text(&out.stderr)
    );
    assert!(
        text(&out.stderr).contains("already asked for no messages"),
        "{}",
        text(&out.stderr)
    );
    let out = fixdesk(
        dir.path(),
        &["step", number.as_str(), "messages", "--by", "bo"],
        None,
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(show(dir.path())["messages"]["off_since"].is_null());
}
