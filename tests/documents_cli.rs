//! `fixdesk receipt | confirmation | label`: the commands find the case in the store,
//! write the PDF where asked (or `<CASE>-<document>.pdf` here), print the path, record
//! the printing on the case, and fail with one sentence and exit 2 on an unknown case.

mod documents_support;

use std::path::Path;
use std::process::{Command, Output};

use chrono::{NaiveDate, TimeZone, Utc};
use fixdesk::domain::case::{CaseNumber, DocumentKind};
use fixdesk::domain::{
    Arrival, Customer, Device, Handover, NewCase, PasswordStatus, Policy, Proof,
};
use fixdesk::store::Store;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn new_case(arrival: Arrival) -> NewCase {
    NewCase {
        arrival,
        application_id: (arrival == Arrival::MailIn).then(|| "APP-1".to_string()),
        applied_on: (arrival == Arrival::MailIn).then(|| day(2026, 3, 2)),
        received_on: (arrival == Arrival::WalkIn).then(|| day(2026, 3, 2)),
        customer: Customer {
            name: "Zoë Łukasiewicz-Müller".into(),
            phone: "+44 7700 900123".into(),
            email: Some("zoe@example.org".into()),
            address: "27 Wellington Road\nLeeds LS6 3DF".into(),
            return_address: None,
        },
        device: Device {
            model: "Aurora X200".into(),
            serial: "SN-4471-0093-AX".into(),
        },
        proof: Proof::default(),
        fault: "Does not charge".into(),
        component: None,
        handover: Handover {
            accessories: vec!["Charger".into()],
            password: PasswordStatus::ToldToInspector,
            password_note: Some("PIN 4829".into()),
            backup_acknowledged: true,
            accuracy_confirmed: true,
            ..Handover::default()
        },
        keep_parts: false,
    }
}

/// A data folder with one walk-in and one mail-in case, and the center's settings.
fn data_dir() -> (tempfile::TempDir, CaseNumber, CaseNumber) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(dir.path()).expect("open store");
    let now = Utc
        .with_ymd_and_hms(2026, 3, 2, 10, 0, 0)
        .single()
        .unwrap_or_default();
    let policy = Policy::shipped();
    let walk_in = store
        .create_case(&new_case(Arrival::WalkIn), &policy, "ann", now)
        .expect("walk-in case");
    let mail_in = store
        .create_case(&new_case(Arrival::MailIn), &policy, "ann", now)
        .expect("mail-in case");
    store
        .set_setting(
            "settings",
            r#"{"center": {"name": "Northside Device Repair",
                "address": "14 Harbour Street\nLeeds LS1 4AB", "phone": "+44 113 496 0000"},
                "paper": "letter"}"#,
        )
        .expect("settings");
    (dir, walk_in.number, mail_in.number)
}

fn fixdesk(dir: &Path, cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_fixdesk"))
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .current_dir(cwd)
        .env("USER", "ann")
        .output()
        .expect("run fixdesk")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).trim().to_string()
}

/// The first page's MediaBox.
fn media_box(pdf: &[u8]) -> [f32; 4] {
    documents_support::media_boxes(pdf)[0]
}

#[test]
fn receipt_writes_the_default_file_here_and_records_it_on_the_case() {
    let (dir, walk_in, _) = data_dir();
    let here = tempfile::tempdir().expect("cwd");
    let out = fixdesk(dir.path(), here.path(), &["receipt", &walk_in.to_string()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let expected = format!("{walk_in}-receipt.pdf");
    assert_eq!(stdout(&out), expected);
    let pdf = std::fs::read(here.path().join(&expected)).expect("receipt written");
    // The center's paper setting (Letter) is used.
    assert_eq!(media_box(&pdf), [0.0, 0.0, 612.0, 792.0]);

    let store = Store::open(dir.path()).expect("reopen");
    let case = store.case(&walk_in).expect("read").expect("case");
    let printed: Vec<_> = case
        .documents
        .iter()
        .map(|d| (d.kind, d.by.as_str()))
        .collect();
    assert_eq!(printed, [(DocumentKind::Receipt, "ann")]);
}

#[test]
fn label_and_confirmation_go_where_asked() {
    let (dir, walk_in, mail_in) = data_dir();
    let here = tempfile::tempdir().expect("cwd");
    let file = here.path().join("label.pdf");
    let out = fixdesk(
        dir.path(),
        here.path(),
        &[
            "label",
            // As a scanner or a person might type it.
            &walk_in.to_string().to_lowercase().replace('-', ""),
            "--size",
            "4x6",
            "--tracking",
            "1Z999AA10123456784",
            "--out",
            file.to_str().expect("utf-8 path"),
            "--by",
            "dispatch",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), file.display().to_string());
    let pdf = std::fs::read(&file).expect("label written");
    assert_eq!(media_box(&pdf), [0.0, 0.0, 288.0, 432.0]);

    let out = fixdesk(
        dir.path(),
        here.path(),
        &["label", &walk_in.to_string(), "--size", "a4"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let pdf = std::fs::read(here.path().join(format!("{walk_in}-label.pdf"))).expect("sheet");
    assert_eq!(media_box(&pdf)[2].round(), 595.0);

    let out = fixdesk(
        dir.path(),
        here.path(),
        &["confirmation", &mail_in.to_string()],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        here.path()
            .join(format!("{mail_in}-confirmation.pdf"))
            .exists()
    );

    let store = Store::open(dir.path()).expect("reopen");
    let kinds: Vec<_> = store
        .case(&walk_in)
        .expect("read")
        .expect("case")
        .documents
        .iter()
        .map(|d| (d.kind, d.by.clone()))
        .collect();
    assert_eq!(
        kinds,
        [
            (DocumentKind::Label, "dispatch".to_string()),
            (DocumentKind::Label, "ann".to_string())
        ]
    );
}

#[test]
fn an_unknown_case_or_a_walk_in_confirmation_exits_2_with_one_sentence() {
    let (dir, walk_in, _) = data_dir();
    let here = tempfile::tempdir().expect("cwd");

    let out = fixdesk(dir.path(), here.path(), &["receipt", "SC-2026-999999"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "fixdesk: there is no case SC-2026-999999: check the number"
    );

    let out = fixdesk(dir.path(), here.path(), &["label", "not-a-case"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("is not a case number"),
        "{}",
        stderr(&out)
    );

    let out = fixdesk(
        dir.path(),
        here.path(),
        &["confirmation", &walk_in.to_string()],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no accepted online application"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read_dir(here.path()).expect("cwd").count(),
        0,
        "no file written"
    );
}
