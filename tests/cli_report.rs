//! `fixdesk report` end to end: demo data in a fresh data folder, the month's PDF, and
//! none of the customers' personal data in it (3.7).

mod documents_support;

use std::path::Path;
use std::process::{Command, Output};

use chrono::{Datelike, Local, NaiveDate};
use fixdesk::store::Store;

fn fixdesk(data_dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_fixdesk"))
        .arg("--data-dir")
        .arg(data_dir)
        .args(args)
        .output()
        .expect("fixdesk runs")
}

/// The PDF's text as a viewer reads it.
fn pdf_text(pdf: &Path) -> String {
    documents_support::viewer_text(&std::fs::read(pdf).expect("the report was written"))
}

#[test]
fn the_monthly_report_of_demo_data_names_no_customer() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let demo = fixdesk(&data, &["demo", "--cases", "1500", "--seed", "7"]);
    assert!(
        demo.status.success(),
        "{}",
        String::from_utf8_lossy(&demo.stderr)
    );

    // Last month is always inside the demo's 18 months.
    let today = Local::now().date_naive();
    let first_of_this = NaiveDate::from_ymd_opt(today.year(), today.month(), 1).expect("date");
    let last_month = first_of_this.pred_opt().expect("a day before");
    let month = last_month.format("%Y-%m").to_string();
    let out = dir.path().join("report.pdf");
    let report = fixdesk(
        &data,
        &["report", "--month", &month, "--out", &out.to_string_lossy()],
    );
    assert!(
        report.status.success(),
        "{}",
        String::from_utf8_lossy(&report.stderr)
    );
    let said = String::from_utf8_lossy(&report.stdout);
    assert!(said.contains("cases opened"), "{said}");

    let text = pdf_text(&out);
    assert!(text.contains("Monthly report"));
    let store = Store::open(&data).expect("store");
    let first = NaiveDate::from_ymd_opt(last_month.year(), last_month.month(), 1).expect("date");
    let cases = store.cases_for_report(first, last_month).expect("cases");
    assert!(!cases.is_empty(), "the demo has cases last month");
    let flat = text.replace(char::is_whitespace, "");
    for case in &cases {
        assert!(
            !text.contains(&case.customer.name),
            "name {} printed",
            case.customer.name
        );
        let digits: String = case
            .customer
            .phone
            .chars()
            .filter(char::is_ascii_digit)
            .collect();
        assert!(
            !flat.contains(&digits),
            "phone {} printed",
            case.customer.phone
        );
        if let Some(email) = &case.customer.email {
            assert!(!text.contains(email.as_str()), "e-mail {email} printed");
        }
    }
}

#[test]
fn an_empty_month_still_makes_a_report_that_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("empty.pdf");
    let report = fixdesk(
        &dir.path().join("data"),
        &[
            "report",
            "--month",
            "2020-02",
            "--out",
            &out.to_string_lossy(),
        ],
    );
    assert!(
        report.status.success(),
        "{}",
        String::from_utf8_lossy(&report.stderr)
    );
    assert!(String::from_utf8_lossy(&report.stdout).contains("no cases in February 2020"));
    assert!(pdf_text(&out).contains("February 2020"));
}

#[test]
fn a_malformed_month_exits_2_naming_the_option() {
    let dir = tempfile::tempdir().expect("temp dir");
    for month in ["2026-13", "26-01", "March"] {
        let report = fixdesk(&dir.path().join("data"), &["report", "--month", month]);
        assert_eq!(report.status.code(), Some(2), "{month}");
        assert!(String::from_utf8_lossy(&report.stderr).contains("--month"));
    }
}
