//! Import of online applications (clause 1.1): idempotent, all or nothing,
//! every bad row reported as `line N: field: problem` with exit status 2.

mod store_common;

use std::path::Path;
use std::process::{Command, Output};

use fixdesk::domain::{PurchaseChannel, State, Verdict};
use fixdesk::store::{ImportError, Store, read_import_file};

const HEADER: &str = "application_id,applied_on,name,phone,email,address,return_address,model,serial,purchase_channel,invoice_date,fault,keep_parts";

fn row(id: &str) -> String {
    format!(
        "{id},2026-03-01,Ann Lee,+44 20 7946 4506,ann@example.com,\"1 High St, London\",,Aurora A5,AA5-{id},authorized,2025-06-01,No power,yes"
    )
}

fn fixdesk(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_fixdesk"))
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .output()
        .expect("run fixdesk")
}

fn count(dir: &Path) -> usize {
    let store = Store::open(dir).expect("open");
    store
        .due(
            chrono::NaiveDate::from_ymd_opt(2026, 3, 2).expect("day"),
            14,
        )
        .expect("due")
        .by_state
        .iter()
        .map(|(_, n)| *n as usize)
        .sum()
}

#[test]
fn importing_the_same_file_twice_creates_nothing_new() {
    let data = tempfile::tempdir().expect("dir");
    let files = tempfile::tempdir().expect("dir");
    let csv = files.path().join("applications.csv");
    std::fs::write(&csv, format!("{HEADER}\n{}\n{}\n", row("A1"), row("A2"))).expect("write");
    let csv_text = csv.to_str().expect("path");

    let out = fixdesk(data.path(), &["import", csv_text]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("imported 2 applications; 0 already on file")
    );
    let out = fixdesk(data.path(), &["import", csv_text]);
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("imported 0 applications; 2 already on file")
    );
    assert_eq!(count(data.path()), 2);

    // The same applications as JSON are the same applications; a new one is added.
    let json = files.path().join("applications.json");
    std::fs::write(
        &json,
        r#"[{"application_id": "A2", "applied_on": "2026-03-01", "name": "Ann Lee",
             "phone": "+44 20 7946 4506", "address": "1 High St", "model": "Aurora A5",
             "serial": "AA5-A2", "fault": "No power", "email": null, "return_address": null,
             "purchase_channel": "authorized", "invoice_date": "2025-06-01", "keep_parts": true},
            {"application_id": "A3", "applied_on": "01.03.2026", "name": "Bo Chen",
             "phone": "0123 456 789", "address": "2 Low St", "model": "Vega Book 14",
             "serial": "VB-1", "fault": "Keys stuck", "keep_parts": "no"}]"#,
    )
    .expect("write");
    let out = fixdesk(data.path(), &["import", json.to_str().expect("path")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("imported 1 applications; 1 already on file")
    );
    assert_eq!(count(data.path()), 3);

    let store = Store::open(data.path()).expect("open");
    let found = store.search("Bo Chen", 5).expect("search");
    let case = store.case(&found[0].number).expect("read").expect("case");
    assert_eq!(case.state, State::Applied);
    assert_eq!(case.application_id.as_deref(), Some("A3"));
    assert_eq!(
        case.proof.channel,
        PurchaseChannel::Unknown,
        "absent channel is unknown"
    );
    assert_eq!(
        case.decision.map(|d| d.decision.verdict),
        Some(Verdict::NeedsProof)
    );
    assert!(!case.keep_parts);
    assert_eq!(case.events.len(), 1);
    assert!(store.verify().expect("verify").is_ok());
}

#[test]
fn every_kind_of_bad_row_is_reported_and_nothing_is_imported() {
    let data = tempfile::tempdir().expect("dir");
    let files = tempfile::tempdir().expect("dir");
    let csv = files.path().join("bad.csv");
    let lines = [
        HEADER.to_string(),
        row("G1"),                                               // line 2: good
        row("G1"),                                               // 3: duplicate id
        row("B3").replace("2026-03-01", "31/02/2026"),           // 4: bad date
        row("B4").replace("Ann Lee", ""),                        // 5: no name
        row("B5").replace("authorized", "grey market"),          // 6: channel
        row("B6").replace(",yes", ",maybe"),                     // 7: keep_parts
        row("B7").replace("ann@example.com", "ann.example.com"), // 8: e-mail
        row("B8").replace("+44 20 7946 4506", "12"),             // 9: phone
        row("B9").replace("2025-06-01", "2027-01-01"),           // 10: invoice after claim
        row("B10").replace(",No power,", ",,"),                  // 11: no fault
        format!("{},extra", row("B11")),                         // 12: too many fields
        row("").to_string(),                                     // 13: no id
        row("B13").replace("2026-03-01", "2099-03-01"),          // 14: future
    ];
    std::fs::write(&csv, lines.join("\n")).expect("write");
    let out = fixdesk(data.path(), &["import", csv.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("line 12: row: has 14 fields where the header has 13"),
        "{stderr}"
    );
    assert!(
        stderr.contains("line 13: application_id: missing (required)"),
        "{stderr}"
    );
    assert!(stderr.contains("nothing was imported"), "{stderr}");
    assert_eq!(count(data.path()), 0);

    // A header missing its columns is one bad row, however many columns it lacks.
    let header_only = files.path().join("header.csv");
    std::fs::write(&header_only, "applied_on,name\n2026-03-01,Ann Lee\n").expect("write");
    let out = fixdesk(
        data.path(),
        &["import", header_only.to_str().expect("path")],
    );
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.matches("line 1: ").count() > 1, "{stderr}");
    assert!(stderr.contains("fixdesk: 1 bad row: "), "{stderr}");

    // Every field problem is listed, each with its line.
    let mut fixed = lines.to_vec();
    fixed.remove(11);
    std::fs::write(&csv, fixed.join("\n")).expect("write");
    let out = fixdesk(data.path(), &["import", csv.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    for expected in [
        "line 3: application_id: 'G1' appears twice in the file (also line 2)",
        "line 4: applied_on: '31/02/2026' is not a date",
        "line 5: name: missing (required)",
        "line 6: purchase_channel: 'grey market' is not one of authorized, unauthorized, unknown",
        "line 7: keep_parts: 'maybe' is not yes or no",
        "line 8: email: 'ann.example.com' is not an e-mail address",
        "line 9: phone: '12' has fewer than 6 digits",
        "line 10: invoice_date: 2027-01-01 is after the claim date 2026-03-01",
        "line 11: fault: missing (required)",
        "line 12: application_id: missing (required)",
    ] {
        assert!(
            stderr.contains(expected),
            "missing '{expected}' in:\n{stderr}"
        );
    }
    assert_eq!(count(data.path()), 0, "nothing imported");

    // A row in the future is only known against the clock: still all or nothing.
    std::fs::write(&csv, format!("{HEADER}\n{}\n{}\n", row("F1"), lines[13])).expect("write");
    let out = fixdesk(data.path(), &["import", csv.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("line 3: applied_on: 2099-03-01 is in the future")
    );
    assert_eq!(count(data.path()), 0);
}

#[test]
fn bad_headers_and_files_are_named() {
    let files = tempfile::tempdir().expect("dir");
    let csv = files.path().join("h.csv");
    std::fs::write(&csv, HEADER.replace("serial", "serail")).expect("write");
    let Err(ImportError::Rows(problems)) = read_import_file(&csv) else {
        panic!("expected header problems");
    };
    let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(shown.contains(&"line 1: serail: unknown column (expected application_id, applied_on, name, phone, email, address, return_address, model, serial, purchase_channel, invoice_date, fault, keep_parts, and optionally language)".to_string()), "{shown:?}");
    assert!(
        shown.contains(&"line 1: serial: column missing".to_string()),
        "{shown:?}"
    );

    let json = files.path().join("j.json");
    std::fs::write(
        &json,
        "[{\"application_id\": \"A\"},\n 42,\n {\"colour\": \"red\"}]",
    )
    .expect("write");
    let Err(ImportError::Rows(problems)) = read_import_file(&json) else {
        panic!("expected problems");
    };
    let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        shown.contains(&"line 1: name: missing (required)".to_string()),
        "{shown:?}"
    );
    assert!(
        shown.contains(&"line 2: row: must be an object, not 42".to_string()),
        "{shown:?}"
    );
    assert!(
        shown.contains(&"line 3: colour: unknown field".to_string()),
        "{shown:?}"
    );

    std::fs::write(&json, "[{\"application_id\": ").expect("write");
    assert!(matches!(read_import_file(&json), Err(ImportError::Rows(_))));
    assert!(matches!(
        read_import_file(&files.path().join("absent.csv")),
        Err(ImportError::Unreadable { .. })
    ));
}

#[test]
fn a_ten_thousand_row_file_imports_in_one_go() {
    let data = tempfile::tempdir().expect("dir");
    let files = tempfile::tempdir().expect("dir");
    let csv = files.path().join("big.csv");
    let mut text = String::from(HEADER);
    for i in 0..10_000 {
        text.push('\n');
        text.push_str(&row(&format!("BIG-{i:05}")));
    }
    std::fs::write(&csv, text).expect("write");
    let out = fixdesk(data.path(), &["import", csv.to_str().expect("path")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("imported 10000 applications"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("importing: 10000 of 10000"));
    let store = Store::open(data.path()).expect("open");
    assert_eq!(
        store
            .state_counts()
            .expect("counts")
            .iter()
            .find(|(s, _)| *s == State::Applied)
            .map(|(_, n)| *n),
        Some(10_000)
    );
    assert_eq!(store.verify().expect("verify").events, 10_000);
    assert_eq!(store.search("AA5-BIG-09999", 5).expect("search").len(), 1);
    // A file's keys go into the sorted search index at the end, not one by one later.
    assert_eq!(store.recent_search_keys().expect("recent"), 0);
}
