//! The command line's errors and last human lines in the center's language
//! (docs/rules.md §13): with the center in Chinese, a bad input, a store's refusal and a
//! sign-in that cannot go on are said in Chinese on standard error with their exit
//! status; in English they read word for word as before. The printers' list lines up
//! by display width, where a Chinese character takes two cells.

mod cli_support;

use std::path::Path;
use std::process::Output;

use fixdesk::cli::columns::{column_width, padded, width};
use fixdesk::domain::Language;

use cli_support::{fixdesk, text};

/// A data folder whose center speaks Chinese.
fn chinese_center() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("dir");
    let out = fixdesk(dir.path(), &["settings", "set", "language", "zh"], None);
    assert!(out.status.success(), "{}", text(&out.stderr));
    dir
}

/// What a command said on standard error, checked to be one refusal with `status`.
fn refused(dir: &Path, args: &[&str], stdin: Option<&str>, status: i32) -> String {
    let out: Output = fixdesk(dir, args, stdin);
    let said = text(&out.stderr);
    assert_eq!(out.status.code(), Some(status), "{args:?}: {said}");
    assert!(said.starts_with("fixdesk: "), "{args:?}: {said}");
    said
}

/// Chinese is there, and not one of the English frame's words.
fn chinese(said: &str, has: &str, not: &[&str]) {
    assert!(said.contains(has), "expected {has:?} in {said}");
    for english in not {
        assert!(
            !said.contains(english),
            "English {english:?} left in {said}"
        );
    }
}

#[test]
fn a_bad_input_is_said_in_the_centers_chinese_with_exit_2() {
    let dir = chinese_center();
    let dir = dir.path();

    let said = refused(dir, &["step", "SC-2026-099999", "pay"], None, 2);
    chinese(&said, "“pay”不是可用的操作", &["is not an action", "see"]);

    // The parser's words as they came, in our frame.
    let said = refused(
        dir,
        &["step", "SC-2026-099999", "payment"],
        Some("{\"amount\": "),
        2,
    );
    chinese(&said, "输入：不是 JSON（", &["input:", "not JSON"]);

    let said = refused(dir, &["report", "--month", "2026-13"], None, 2);
    chinese(
        &said,
        "--month：月份 13：必须在 1 到 12 之间",
        &["must", "month 13"],
    );

    let said = refused(dir, &["due", "--on", "31.02.2026"], None, 2);
    chinese(&said, "--on：", &["has no", "February"]);
    assert!(said.contains("二月"), "{said}");

    let said = refused(dir, &["settings", "get", "center.nonsense"], None, 2);
    chinese(
        &said,
        "center.nonsense 不是设置项",
        &["is not a setting", "lists them"],
    );
    let said = refused(dir, &["settings", "set", "nonsense", "1"], None, 2);
    chinese(&said, "nonsense 不是设置项", &["is not a setting"]);
    let said = refused(
        dir,
        &["settings", "set", "mail.server", "mail.example.com"],
        None,
        2,
    );
    chinese(
        &said,
        "不是邮件服务器地址",
        &["is not a mail server URL", "write"],
    );

    let said = refused(dir, &["show", "nonsense"], None, 2);
    chinese(&said, "“nonsense”不是维修单编号", &["is not a case number"]);
    let said = refused(dir, &["mail", "remind", "SC-2026-000001", "soon"], None, 2);
    chinese(
        &said,
        "soon：只能是 payment 或 closing",
        &["payment or closing"],
    );
}

#[test]
fn a_store_error_on_the_command_line_is_said_in_chinese() {
    let dir = chinese_center();
    let dir = dir.path();
    for args in [
        &["show", "SC-2026-099999"][..],
        &["step", "SC-2026-099999", "decline_quote"][..],
        &["receipt", "SC-2026-099999"][..],
    ] {
        let said = refused(dir, args, None, 2);
        chinese(
            &said,
            "没有维修单 SC-2026-099999：请核对编号",
            &["there is no case", "check the number"],
        );
    }
}

/// English is what it was, word for word: scripts and their readers see no change.
#[test]
fn in_english_the_errors_read_as_before() {
    let dir = tempfile::tempdir().expect("dir");
    let dir = dir.path();
    let made = fixdesk(dir, &["settings", "set", "language", "en"], None);
    assert!(made.status.success(), "{}", text(&made.stderr));
    let cases = [
        (
            &["show", "SC-2026-099999"][..],
            None,
            "there is no case SC-2026-099999: check the number",
        ),
        (
            &["step", "SC-2026-099999", "pay"][..],
            None,
            "action: 'pay' is not an action; see `fixdesk step --help`",
        ),
        (
            &["step", "SC-2026-099999", "expire", "--json", "-"][..],
            Some("{\"x\": 1}"),
            "input: expire takes no input; give {} or nothing",
        ),
        (
            &["report", "--month", "2026-13"][..],
            None,
            "--month: month 13: must be from 1 to 12",
        ),
        (
            &["due", "--on", "31.02.2026"][..],
            None,
            "--on: 31.02.2026: February has no 31st",
        ),
        (
            &["settings", "get", "center.nonsense"][..],
            None,
            "center.nonsense is not a setting: `fixdesk settings get` lists them (mail.server, mail.from, mail.secret, center.name, …)",
        ),
        (
            &["settings", "set", "center.name"][..],
            None,
            "center.name: give a value",
        ),
        (
            &["mail", "set", "reminder-days", "many"][..],
            None,
            "reminder-days: a number of days",
        ),
        (
            &["events", "--since=-1"][..],
            None,
            "--since: an event id is 0 or more (the \"id\" of a line printed before)",
        ),
    ];
    for (args, stdin, sentence) in cases {
        let out = fixdesk(dir, args, stdin);
        let said = text(&out.stderr);
        assert_ne!(out.status.code(), Some(0), "{args:?}");
        assert_eq!(said, format!("fixdesk: {sentence}\n"), "{args:?}");
    }
}

/// Signing in and a new secret: the frame is ours, in the center's language; the
/// domain's problem with a secret comes as it is said there.
#[test]
fn signing_in_and_a_new_secret_are_said_in_the_centers_language() {
    let dir = chinese_center();
    let dir = dir.path();
    let said = refused(
        dir,
        &["staff", "add", "Boss", "--roles", "manager", "--pin"],
        Some("12\n"),
        2,
    );
    chinese(&said, "fixdesk: PIN 码：", &["PIN:"]);
    let said = refused(
        dir,
        &["staff", "add", "Boss", "--roles", "manager", "--pin"],
        None,
        2,
    );
    chinese(&said, "请在终端输入新的PIN 码", &["give the new PIN"]);

    let out = fixdesk(
        dir,
        &["staff", "add", "Boss", "--roles", "manager"],
        Some("Manager-Secret-91\n"),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    // Named, but no secret anywhere: the command cannot sign in (exit 1).
    let said = refused(dir, &["--user", "Boss", "check"], None, 1);
    chinese(
        &said,
        "以 Boss 身份登录",
        &["sign in as", "give the secret"],
    );
    assert!(said.contains("FIXDESK_PASSWORD"), "{said}");
}

/// The prompts and the lines a command says on its way (step's warning, events'
/// reconnections) in both languages; the English is the sentence they said before.
#[test]
fn the_prompts_and_passing_lines_in_both_languages() {
    let en = Language::English.words();
    let zh = Language::Chinese.words();
    assert_eq!(en.cli_prompt_secret("ann"), "ann's password or PIN:");
    assert_eq!(en.cli_prompt_new_secret("Ann", "pin"), "Ann's new PIN:");
    assert_eq!(
        en.cli_prompt_secret_again("password"),
        "the same password again:"
    );
    assert_eq!(zh.cli_prompt_secret("ann"), "ann 的密码或 PIN 码：");
    assert_eq!(zh.cli_prompt_new_secret("Ann", "pin"), "Ann 的新PIN 码：");
    assert_eq!(
        en.cli_error_secrets_differ("pin"),
        "the two PINs differ: nothing was changed; try again"
    );

    assert_eq!(
        en.cli_warning("Paid on 2026-03-09 is 2 days after today"),
        "warning: Paid on 2026-03-09 is 2 days after today"
    );
    assert_eq!(zh.cli_warning("x"), "警告：x");

    assert_eq!(
        en.cli_events_lost("the server went away", 41),
        "the server went away; retrying (the events after 41 follow once back)"
    );
    assert_eq!(
        en.cli_events_back("db.example"),
        "connected again to db.example"
    );
    assert_eq!(en.cli_events_retrying("gone"), "gone; retrying");
    chinese(
        &zh.cli_events_lost("断开", 41),
        "正在重试",
        &["retrying", "follow"],
    );
    chinese(
        &zh.cli_events_back("db.example"),
        "已重新连接到 db.example",
        &["connected"],
    );

    // A document's name in an error is the printers' list's, in either language.
    assert_eq!(
        en.cli_error_size("label", "4x6, a4, letter"),
        "--size: the return label is printed on 4x6, a4, letter"
    );
    chinese(
        &zh.cli_error_size("label", "4x6"),
        "--size：回寄标签",
        &["printed on"],
    );
}

#[test]
fn a_column_is_padded_by_display_width() {
    assert_eq!(width("receipt"), 7);
    assert_eq!(width("收件回执"), 8, "a Chinese character takes two cells");
    assert_eq!(padded("收件回执", 10), "收件回执  ");
    assert_eq!(padded("label", 10), "label     ");
    assert_eq!(padded("much too long", 4), "much too long", "never cut");

    // The printers' list in Chinese: every document's name padded to one width, so the
    // second column starts in the same cell on every line.
    let zh = Language::Chinese.words();
    let names: Vec<String> = ["receipt", "confirmation", "label", "sticker"]
        .into_iter()
        .map(|kind| zh.cli_printers_document(kind))
        .chain([zh.cli_printers_report(), zh.cli_printers_sticker()])
        .collect();
    let cells = column_width(names.iter().map(String::as_str), 12);
    let starts: Vec<usize> = names
        .iter()
        .map(|name| width(&format!("  {} ", padded(name, cells))))
        .collect();
    assert!(starts.iter().all(|s| *s == starts[0]), "{starts:?}");
    // Counting characters instead would have put them apart.
    let by_chars: Vec<usize> = names
        .iter()
        .map(|name| width(&format!("  {name:<12} ")))
        .collect();
    assert!(by_chars.iter().any(|s| *s != by_chars[0]), "{by_chars:?}");
}

/// `fixdesk printers` itself in Chinese: the chosen printers' lines start their second
/// column in the same cell (CUPS may be absent here: the list is printed either way).
#[test]
fn the_printers_list_lines_up_in_chinese() {
    let dir = chinese_center();
    let out = fixdesk(dir.path(), &["printers"], None);
    let shown = text(&out.stdout);
    let (_, chosen) = shown
        .split_once("各类文件选用的打印机")
        .unwrap_or_else(|| panic!("the chosen printers' heading in {shown}"));
    let starts: Vec<usize> = chosen
        .lines()
        .skip(1)
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let at = line
                .find("无打印机")
                .or_else(|| line.find(|c: char| c.is_ascii_digit()))
                .unwrap_or_else(|| panic!("a second column in {line:?}"));
            width(&line[..at])
        })
        .collect();
    assert_eq!(starts.len(), 9, "{chosen}");
    assert!(
        starts.iter().all(|s| *s == starts[0]),
        "{starts:?}\n{chosen}"
    );
}

/// `fixdesk` with no command opens the window; in a session without a screen (over SSH,
/// a service) it says so in one sentence, in the desk's language, and does not panic.
#[cfg(all(unix, not(target_os = "macos")))]
#[test]
fn the_window_without_a_screen_is_said_in_one_sentence() {
    for (language, has) in [
        (None, "the window needs a screen"),
        (Some("zh"), "窗口需要显示器"),
    ] {
        let dir = tempfile::tempdir().expect("dir");
        if let Some(code) = language {
            std::fs::write(dir.path().join("desk-language.txt"), code).expect("desk language");
        }
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_fixdesk"))
            .arg("--data-dir")
            .arg(dir.path())
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .env_remove("WAYLAND_SOCKET")
            .output()
            .expect("run fixdesk");
        let said = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{said}");
        assert!(
            said.starts_with("fixdesk: ") && said.contains(has),
            "{said}"
        );
        assert!(!said.contains("panicked"), "{said}");
    }
}

/// A warranty check's facts that cannot be read: the field named in Chinese with its
/// key, and the problem in Chinese.
#[test]
fn bad_facts_for_a_warranty_check_are_said_in_chinese() {
    let dir = chinese_center();
    let said = refused(
        dir.path(),
        &["warranty", "-"],
        Some(r#"{"model": "X", "serial": "S", "channel": "authorized"}"#),
        2,
    );
    assert!(
        said.contains("(claim_date)") || said.contains("（claim_date）"),
        "{said}"
    );
    assert!(
        said.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c)),
        "{said}"
    );
    assert!(!said.contains("missing"), "no English left: {said}");
}
