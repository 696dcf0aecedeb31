//! `fixdesk warranty` from the shell: the JSON contract of docs/rules.md §3, batches, and
//! bad input (exit 2, the field named).

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const EXAMPLE: &str = r#"{"claim_date": "2026-03-01", "model": "X200", "serial": "SN-001",
 "channel": "authorized",
 "invoice": {"date": "2025-06-01", "model": "X200", "serial": "SN001",
             "legible": true, "altered": false},
 "shipment_date": "2025-05-20", "delivery_date": "2025-05-28",
 "component": "battery", "cause": "unknown", "contract_months": null}"#;

const POLICY: &str = r#"{"default_unit_months": 12,
 "models": {"X200": {"unit_months": 24, "components": {"battery": 12}}}}"#;

fn fixdesk(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_fixdesk"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("fixdesk runs");
    // The command may stop before reading its input (a bad policy, a missing file):
    // a closed pipe then is its answer, not a test failure.
    if let Err(err) = child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
    {
        assert_eq!(
            err.kind(),
            std::io::ErrorKind::BrokenPipe,
            "write stdin: {err}"
        );
    }
    child.wait_with_output().expect("fixdesk ends")
}

fn temp_file(name: &str, text: &str) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(name);
    std::fs::write(&path, text).expect("write");
    let path = path.to_string_lossy().into_owned();
    (dir, path)
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn the_rules_example_round_trips_through_the_command() {
    let (_dir, policy) = temp_file("policy.json", POLICY);
    let (_dir2, facts) = temp_file("facts.json", EXAMPLE);
    let output = fixdesk(&["warranty", "--policy", &policy, &facts], "");
    assert!(output.status.success(), "{}", stderr(&output));
    let decision: Value = serde_json::from_slice(&output.stdout).expect("JSON out");
    assert_eq!(decision["verdict"], "free");
    assert_eq!(decision["provisional"], true);
    assert_eq!(decision["invoice_valid"], true);
    assert_eq!(decision["warranty_start"], "2025-05-28");
    assert_eq!(decision["start_basis"], "delivery");
    assert_eq!(decision["warranty_months"], 12);
    assert_eq!(decision["warranty_last_day"], "2026-05-27");
    assert_eq!(decision["in_warranty"], true);
    assert!(
        decision["reasons"]
            .as_array()
            .expect("reasons")
            .iter()
            .any(|r| r["clause"] == "2.4")
    );
}

#[test]
fn facts_can_come_from_standard_input() {
    let (_dir, policy) = temp_file("policy.json", POLICY);
    let output = fixdesk(&["warranty", "--policy", &policy, "-"], EXAMPLE);
    assert!(output.status.success(), "{}", stderr(&output));
    let decision: Value = serde_json::from_slice(&output.stdout).expect("JSON out");
    assert_eq!(decision["warranty_last_day"], "2026-05-27");
}

#[test]
fn without_a_policy_the_shipped_one_is_used() {
    let facts = r#"{"claim_date": "2026-03-01", "model": "Vega Book 16", "serial": "VB16-1",
        "channel": "authorized", "shipment_date": "2024-01-15"}"#;
    let output = fixdesk(&["warranty", "-"], facts);
    assert!(output.status.success(), "{}", stderr(&output));
    let decision: Value = serde_json::from_slice(&output.stdout).expect("JSON out");
    // Vega Book 16 has 36 months whole-unit in assets/policy.json.
    assert_eq!(decision["warranty_months"], 36);
    assert_eq!(decision["start_basis"], "shipment");
    assert_eq!(decision["verdict"], "free");
}

#[test]
fn jsonl_prints_one_decision_per_line_in_order() {
    let (_dir, policy) = temp_file("policy.json", POLICY);
    let compact: Value = serde_json::from_str(EXAMPLE).expect("example");
    let mut lines = Vec::new();
    // Alternate channels so the order is visible in the verdicts.
    let channels = [
        "authorized",
        "unauthorized",
        "unknown",
        "authorized",
        "unauthorized",
    ];
    for channel in channels {
        let mut facts = compact.clone();
        facts["channel"] = Value::from(channel);
        lines.push(facts.to_string());
    }
    let input = lines.join("\n") + "\n";
    let output = fixdesk(&["warranty", "--policy", &policy, "--jsonl", "-"], &input);
    assert!(output.status.success(), "{}", stderr(&output));
    let verdicts: Vec<String> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| {
            let decision: Value = serde_json::from_str(line).expect("one JSON per line");
            decision["verdict"].as_str().unwrap_or_default().to_string()
        })
        .collect();
    assert_eq!(
        verdicts,
        ["free", "ineligible", "needs_proof", "free", "ineligible"]
    );
}

#[test]
fn jsonl_reads_a_file_too() {
    let (_dir, policy) = temp_file("policy.json", POLICY);
    let compact: Value = serde_json::from_str(EXAMPLE).expect("example");
    let (_dir2, batch) = temp_file("batch.jsonl", &format!("{compact}\n\n{compact}\n"));
    let output = fixdesk(&["warranty", "--policy", &policy, "--jsonl", &batch], "");
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(String::from_utf8_lossy(&output.stdout).lines().count(), 2);
}

#[test]
fn a_bad_line_stops_the_batch_with_its_number_and_field() {
    let compact: Value = serde_json::from_str(EXAMPLE).expect("example");
    let mut bad = compact.clone();
    bad["delivery_date"] = Value::from("2026-13-01");
    let input = format!("{compact}\n{compact}\n{bad}\n{compact}\n");
    let output = fixdesk(&["warranty", "--jsonl", "-"], &input);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert_eq!(message.lines().count(), 1, "{message}");
    assert!(message.contains("line 3"), "{message}");
    assert!(message.contains("delivery_date"), "{message}");
    // The two good lines before it were decided; nothing stands for the bad line.
    let out = String::from_utf8_lossy(&output.stdout);
    assert_eq!(out.lines().count(), 2);
    for line in out.lines() {
        let decision: Value = serde_json::from_str(line).expect("decisions only");
        assert!(decision["verdict"].is_string());
    }
}

#[test]
fn bad_facts_exit_2_naming_the_field() {
    for (facts, field) in [
        (
            r#"{"claim_date": "2026-03-01", "model": "X", "serial": "S", "channel": "grey"}"#,
            "channel",
        ),
        (
            r#"{"model": "X", "serial": "S", "channel": "authorized"}"#,
            "claim_date",
        ),
        (
            r#"{"claim_date": "2026-03-01", "model": "X", "serial": "S", "channel": "authorized", "shipment_date": "2026-03-05"}"#,
            "shipment_date",
        ),
        (
            r#"{"claim_date": "2026-03-01", "model": "X", "serial": "S", "channel": "authorized", "cause": "accident"}"#,
            "cause",
        ),
        ("not json", "facts"),
    ] {
        let output = fixdesk(&["warranty", "-"], facts);
        assert_eq!(output.status.code(), Some(2), "{facts}");
        let message = stderr(&output);
        assert!(message.contains(field), "{facts}: {message}");
        assert_eq!(message.lines().count(), 1, "{message}");
        assert!(
            output.stdout.is_empty(),
            "nothing printed as if it were a decision"
        );
    }
}

#[test]
fn a_bad_policy_exits_2_naming_the_field() {
    let (_dir, policy) = temp_file(
        "policy.json",
        r#"{"default_unit_months": 12, "models": {"X200": {"unit_months": 0}}}"#,
    );
    let output = fixdesk(&["warranty", "--policy", &policy, "-"], EXAMPLE);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("models.X200.unit_months"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_missing_file_exits_2_and_says_which() {
    let output = fixdesk(&["warranty", "/nonexistent/facts.json"], "");
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("/nonexistent/facts.json"));
}

#[test]
fn help_lists_the_warranty_command() {
    let output = fixdesk(&["--help"], "");
    assert!(output.status.success());
    let help = String::from_utf8_lossy(&output.stdout);
    assert!(help.contains("warranty"), "{help}");
}
