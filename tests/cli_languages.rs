//! Languages from the shell (docs/rules.md §13): `fixdesk settings set language`, new
//! cases in the center's language, `fixdesk show --language`, and the reasons' codes in
//! `fixdesk warranty`'s JSON.

mod cli_support;

use std::path::Path;

use serde_json::{Value, json};

use cli_support::{fixdesk, text};

fn ok(dir: &Path, args: &[&str], stdin: Option<&str>) -> String {
    let out = fixdesk(dir, args, stdin);
    assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
    text(&out.stdout)
}

fn open(dir: &Path, name: &str, serial: &str, language: Option<&str>) -> Value {
    let mut customer = json!({"name": name, "phone": "+86 10 5555 0101", "address": "北京"});
    if let Some(language) = language {
        customer["language"] = Value::from(language);
    }
    let input = json!({
        "arrival": "walk_in", "received_on": "2026-03-02", "customer": customer,
        "device": {"model": "Aurora A5", "serial": serial},
        "proof": {"channel": "authorized", "invoice": {"date": "2025-06-01",
                  "model": "Aurora A5", "serial": serial, "legible": true, "altered": false}},
        "fault": "不开机",
    });
    let out = ok(
        dir,
        &["step", "new", "open", "--on", "2026-03-02"],
        Some(&input.to_string()),
    );
    serde_json::from_str(&out).expect("the case as JSON")
}

#[test]
fn the_centers_language_is_set_checked_and_taken_by_new_cases() {
    let dir = tempfile::tempdir().expect("dir");
    let dir = dir.path();
    ok(dir, &["settings", "set", "language", "zh-CN"], None);
    assert_eq!(ok(dir, &["settings", "get", "language"], None).trim(), "zh");

    let out = fixdesk(dir, &["settings", "set", "language", "de"], None);
    assert_eq!(out.status.code(), Some(2));
    let said = text(&out.stderr);
    // Said in the center's language (now Chinese), naming the code and the known ones.
    assert!(
        said.contains("“de”") && said.contains("en或zh") && said.contains("（language）"),
        "{said}"
    );
    assert_eq!(ok(dir, &["settings", "get", "language"], None).trim(), "zh");

    let chinese = open(dir, "王小明", "SN-C1", None);
    assert_eq!(chinese["customer"]["language"], "zh", "the center's");
    let english = open(dir, "Ann Lee", "SN-C2", Some("en"));
    assert_eq!(english["customer"]["language"], "en", "as given");
    let input = json!({"arrival": "walk_in", "customer": {"name": "X", "language": "fr"}});
    let out = fixdesk(
        dir,
        &["step", "new", "open", "--on", "2026-03-02"],
        Some(&input.to_string()),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("customer.language"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn show_writes_notes_and_reasons_in_the_language_asked_for() {
    let dir = tempfile::tempdir().expect("dir");
    let dir = dir.path();
    let case = open(dir, "王小明", "SN-S1", None);
    let number = case["number"].as_str().expect("number");
    // Without --language: the stored English and the codes, as before.
    let plain: Value = serde_json::from_str(&ok(dir, &["show", number], None)).expect("JSON");
    let event = &plain["events"][0];
    assert!(
        event["note"]
            .as_str()
            .expect("note")
            .starts_with("Device received at the desk.")
    );
    assert_eq!(event["code"], "received-at-desk warranty");
    assert!(event.get("words").is_none());

    let shown: Value =
        serde_json::from_str(&ok(dir, &["show", number, "--language", "zh"], None)).expect("JSON");
    let words = shown["events"][0]["words"].as_str().expect("words");
    assert!(words.starts_with("设备已在前台收件。"), "{words}");
    let reasons = shown["decision"]["decision"]["reasons"]
        .as_array()
        .expect("reasons");
    assert!(!reasons.is_empty());
    for reason in reasons {
        assert!(reason["text"].is_string(), "the English stays: {reason}");
        assert!(
            reason["code"].as_str().is_some_and(|c| !c.is_empty()),
            "{reason}"
        );
        assert!(reason["words"].is_string(), "{reason}");
    }

    let out = fixdesk(dir, &["show", number, "--language", "xx"], None);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn the_warranty_json_keeps_its_text_and_gains_each_reasons_code() {
    let dir = tempfile::tempdir().expect("dir");
    let facts = r#"{"claim_date": "2026-03-01", "model": "Vega Book 16", "serial": "VB16-1",
        "channel": "authorized", "shipment_date": "2024-01-15"}"#;
    let out = ok(dir.path(), &["warranty", "-"], Some(facts));
    let decision: Value = serde_json::from_str(&out).expect("JSON");
    let reasons = decision["reasons"].as_array().expect("reasons");
    let codes: Vec<&str> = reasons
        .iter()
        .map(|r| r["code"].as_str().expect("code"))
        .collect();
    assert_eq!(
        codes,
        [
            "no-invoice",
            "start-shipment",
            "period-model",
            "within-warranty",
            "free-provisional"
        ]
    );
    assert_eq!(
        reasons[0]["text"], "No invoice was presented.",
        "the English text is the contract's"
    );
    assert_eq!(reasons[1]["args"]["shipment_date"], "2024-01-15");
}

/// The commands' human lines follow the center's language: `fixdesk check`'s report and
/// `fixdesk backup`'s result in English, then in Chinese once the center speaks it; the
/// JSON and the file names stay as they are.
#[test]
fn the_commands_human_lines_are_in_the_centers_language() {
    let dir = tempfile::tempdir().expect("dir");
    let dir = dir.path();
    open(dir, "王小明", "SN-H1", None);
    let english = ok(dir, &["check"], None);
    assert_eq!(
        english, "integrity: ok\nhistory: ok (1 events verified)\n",
        "English as before"
    );

    ok(dir, &["settings", "set", "language", "zh"], None);
    let chinese = ok(dir, &["check"], None);
    assert!(chinese.starts_with("完整性：正常\n"), "{chinese}");
    assert!(chinese.contains("历史记录：正常"), "{chinese}");
    assert!(!chinese.contains("integrity"), "{chinese}");

    let out = dir.join("备份.db");
    let backup = ok(dir, &["backup", "--out", out.to_str().expect("path")], None);
    assert!(
        backup.contains("备份.db") && backup.contains("字节"),
        "{backup}"
    );

    let none = fixdesk(dir, &["search", "nobody-here"], None);
    assert!(none.status.success());
    assert!(
        text(&none.stderr).contains("没有与“nobody-here”匹配的维修单"),
        "{}",
        text(&none.stderr)
    );
}

/// A document named in a command's line is named as the printers' list names it, in
/// either language (the message refers to that list's names).
#[test]
fn a_stale_printing_is_named_in_the_language_of_its_line() {
    use fixdesk::domain::Language;
    let english = Language::English.words();
    assert_eq!(
        english.cli_document_stale("receipt", "serial"),
        "this intake receipt differs from its last printing: serial"
    );
    let chinese = Language::Chinese.words();
    assert_eq!(
        chinese.cli_document_stale("receipt", "serial"),
        "此收件回执与上次打印的不同：serial"
    );
}
