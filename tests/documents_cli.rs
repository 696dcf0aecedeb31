//! `fixdesk receipt | confirmation | label`: the commands find the case in the store,
//! write the PDF where asked (or `<CASE>-<document>.pdf` here), print the path, record
//! the printing on the case, and fail with one sentence and exit 2 on an unknown case.

mod documents_support;
mod print_support;
mod store_common;

use std::path::Path;
use std::process::{Command, Output};

use chrono::{NaiveDate, TimeZone, Utc};
use fixdesk::domain::case::{CaseNumber, DocumentKind};
use fixdesk::domain::{
    Arrival, Customer, Device, Handover, NewCase, PasswordStatus, Policy, Proof,
};
use fixdesk::store::Store;
use store_common::StepsByName;

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
            language: Default::default(),
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

fn command(dir: &Path, cwd: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_fixdesk"));
    command
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .current_dir(cwd)
        .env("USER", "ann");
    command
}

fn fixdesk(dir: &Path, cwd: &Path, args: &[&str]) -> Output {
    command(dir, cwd, args).output().expect("run fixdesk")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).trim().to_string()
}

/// `SC-2026-000001-<kind>-YYYYMMDD-HHMMSS.pdf`, or with `-2`… after it.
fn is_printing_file(name: &str, number: &CaseNumber, kind: &str) -> bool {
    let Some(rest) = name.strip_prefix(&format!("{number}-{kind}-")) else {
        return false;
    };
    let Some(rest) = rest.strip_suffix(".pdf") else {
        return false;
    };
    let stamp = rest.get(..15).unwrap_or_default();
    let extra = rest.get(15..).unwrap_or_default();
    stamp.len() == 15
        && stamp.as_bytes()[8] == b'-'
        && stamp
            .chars()
            .enumerate()
            .all(|(i, c)| i == 8 || c.is_ascii_digit())
        && (extra.is_empty()
            || extra
                .strip_prefix('-')
                .is_some_and(|n| n.parse::<u32>().is_ok()))
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
    // `<CASE>-receipt-<YYYYMMDD-HHMMSS>.pdf`: each printing its own file.
    let expected = stdout(&out);
    assert!(
        is_printing_file(&expected, &walk_in, "receipt"),
        "{expected}"
    );
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
    assert!(
        is_printing_file(&stdout(&out), &walk_in, "label"),
        "{}",
        stdout(&out)
    );
    let pdf = std::fs::read(here.path().join(stdout(&out))).expect("sheet");
    assert_eq!(media_box(&pdf)[2].round(), 595.0);

    let out = fixdesk(
        dir.path(),
        here.path(),
        &["confirmation", &mail_in.to_string()],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(is_printing_file(&stdout(&out), &mail_in, "confirmation"));
    assert!(here.path().join(stdout(&out)).exists());

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

#[test]
fn a_reprint_keeps_both_files_and_both_printings_on_the_case() {
    let (dir, walk_in, _) = data_dir();
    let here = tempfile::tempdir().expect("cwd");
    let first = fixdesk(dir.path(), here.path(), &["label", &walk_in.to_string()]);
    assert!(first.status.success(), "{}", stderr(&first));
    let second = fixdesk(
        dir.path(),
        here.path(),
        &[
            "label",
            &walk_in.to_string(),
            "--tracking",
            "1Z999AA10123456784",
        ],
    );
    assert!(second.status.success(), "{}", stderr(&second));

    // Two files, neither overwritten (even within the same second).
    let (a, b) = (stdout(&first), stdout(&second));
    assert_ne!(a, b);
    assert!(is_printing_file(&a, &walk_in, "label"), "{a}");
    assert!(is_printing_file(&b, &walk_in, "label"), "{b}");
    assert!(here.path().join(&a).exists() && here.path().join(&b).exists());
    let second_pdf = std::fs::read(here.path().join(&b)).expect("second");
    let text = documents_support::lopdf_text(&second_pdf).replace(' ', "");
    assert!(text.contains("1Z999AA10123456784"));

    // Two records: each its file and facts; the second says what changed.
    let store = Store::open(dir.path()).expect("reopen");
    let case = store.case(&walk_in).expect("read").expect("case");
    let labels: Vec<_> = case
        .documents
        .iter()
        .filter(|d| d.kind == DocumentKind::Label)
        .collect();
    assert_eq!(labels.len(), 2);
    assert_eq!(labels[0].file.as_deref(), Some(a.as_str()));
    assert_eq!(labels[1].file.as_deref(), Some(b.as_str()));
    assert!(labels[0].at <= labels[1].at);
    assert_eq!(labels[0].note, None);
    assert_eq!(
        labels[1].note.as_deref(),
        Some("tracking: — → 1Z999AA10123456784")
    );
    assert!(
        labels[1]
            .facts
            .contains(&("tracking".to_string(), "1Z999AA10123456784".to_string())),
        "{:?}",
        labels[1].facts
    );
    // The change is told at the terminal too.
    assert!(
        stderr(&second).contains("tracking: — → 1Z999AA10123456784"),
        "{}",
        stderr(&second)
    );
}

/// Opens the store, waiting a moment if the folder's lock is still held: a `fixdesk`
/// started by a test running beside this one may have inherited the lock file's handle
/// for the instant between its fork and its exec.
fn open_when_free(dir: &Path) -> Store {
    for _ in 0..100 {
        match Store::open(dir) {
            Err(fixdesk::store::StoreError::Locked(_)) => {
                std::thread::sleep(std::time::Duration::from_millis(20))
            }
            other => return other.expect("open store"),
        }
    }
    Store::open(dir).expect("open store")
}

#[test]
fn a_label_without_the_center_address_exits_2_and_says_where_to_set_it() {
    let (dir, walk_in, _) = data_dir();
    {
        let mut store = open_when_free(dir.path());
        store
            .set_setting(
                "settings",
                r#"{"center": {"name": "Northside Device Repair", "address": ""}}"#,
            )
            .expect("settings");
    }
    let here = tempfile::tempdir().expect("cwd");
    let out = fixdesk(dir.path(), here.path(), &["label", &walk_in.to_string()]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "fixdesk: the return label has no sender: the center's address is empty. Set it in \
         Settings → The center → Address"
    );
    assert_eq!(
        std::fs::read_dir(here.path()).expect("cwd").count(),
        0,
        "no file written"
    );
    let store = Store::open(dir.path()).expect("reopen");
    let case = store.case(&walk_in).expect("read").expect("case");
    assert!(case.documents.is_empty(), "nothing recorded");
}

#[test]
fn payment_receipt_prints_the_payments_of_a_paid_repair() {
    use fixdesk::domain::repair::{LineKind, Quote, QuoteLine};
    use fixdesk::domain::{
        Cause, Currency, Diagnosis, Money, Payment, PurchaseChannel, RepairMethod,
    };

    let (dir, walk_in, _) = data_dir();
    let here = tempfile::tempdir().expect("cwd");
    // Nothing paid yet: refused, exit 2.
    let out = fixdesk(
        dir.path(),
        here.path(),
        &["payment-receipt", &walk_in.to_string()],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("has no payment recorded"),
        "{}",
        stderr(&out)
    );

    let at = |d: u32| {
        Utc.with_ymd_and_hms(2026, 3, d, 10, 0, 0)
            .single()
            .unwrap_or_default()
    };
    let eur = Currency::new("EUR").expect("EUR");
    // Bought through a formal channel, out of warranty: a paid repair (2.2).
    let paid = {
        let mut store = open_when_free(dir.path());
        let policy = Policy::shipped();
        let mut application = new_case(Arrival::WalkIn);
        application.proof = Proof {
            channel: PurchaseChannel::Authorized,
            shipment_date: Some(day(2023, 1, 10)),
            ..Proof::default()
        };
        let paid = store
            .create_case(&application, &policy, "ann", at(2))
            .expect("paid case")
            .number;
        store
            .diagnose(
                &paid,
                &Diagnosis {
                    cause: Cause::ManMade,
                    component: Some("display".into()),
                    method: Some(RepairMethod::PartReplacement),
                    notes: String::new(),
                },
                &policy,
                day(2026, 3, 3),
                "ben",
                at(3),
            )
            .expect("diagnose");
        let quote = Quote {
            currency: eur.clone(),
            lines: vec![QuoteLine {
                kind: LineKind::Parts,
                description: "Display".into(),
                amount: Money::new(7_550, eur.clone()),
            }],
        };
        store
            .send_quote(&paid, &quote, day(2026, 3, 3), "ben", at(3))
            .expect("quote");
        store
            .accept_quote(&paid, day(2026, 3, 4), "ann", at(4))
            .expect("accepted");
        store
            .record_payment(
                &paid,
                &Payment {
                    amount: Money::new(5_000, eur.clone()),
                    paid_on: day(2026, 3, 5),
                    method: "Cash".into(),
                },
                "ann",
                at(5),
            )
            .expect("paid");
        paid
    };
    let out = fixdesk(
        dir.path(),
        here.path(),
        &["payment-receipt", &paid.to_string()],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        is_printing_file(&stdout(&out), &paid, "payment-receipt"),
        "{}",
        stdout(&out)
    );
    let pdf = std::fs::read(here.path().join(stdout(&out))).expect("written");
    for expected in ["Totalpaid50.00EUR", "Stilldue25.50EUR", "by4April2026"] {
        // Spaces left out: the words' runs are drawn apart.
        let text = documents_support::lopdf_text(&pdf).replace(' ', "");
        assert!(text.contains(expected), "{expected}");
    }
    let store = Store::open(dir.path()).expect("reopen");
    let case = store.case(&paid).expect("read").expect("case");
    assert_eq!(
        case.documents.last().map(|d| d.kind),
        Some(DocumentKind::PaymentReceipt)
    );
}

/// `--printer NAME` on the test CUPS server (`CUPS_SERVER`, as `lp` reads it): the PDF
/// written and recorded as without it, then printed on the paper asked for.
#[test]
fn printer_sends_the_receipt_on_an_80_mm_roll_and_keeps_the_pdf() {
    let Some(server) = print_support::test_cups() else {
        return;
    };
    let (dir, walk_in, _) = data_dir();
    let cwd = tempfile::tempdir().expect("cwd");
    let number = walk_in.to_string();
    let out = command(
        dir.path(),
        cwd.path(),
        &[
            "receipt",
            &number,
            "--size",
            "80mm",
            "--printer",
            print_support::PDF_PRINTER,
        ],
    )
    .env("CUPS_SERVER", &server.server)
    .output()
    .expect("run fixdesk");
    assert!(out.status.success(), "{}", stderr(&out));
    let said = stdout(&out);
    let job = said
        .lines()
        .find_map(|l| l.strip_prefix("sent to fixdesk-pdf as job "))
        .unwrap_or_else(|| panic!("no job in {said:?}"));
    let file = said.lines().next().unwrap_or_default();
    assert!(cwd.path().join(file).exists(), "{said}");
    let printed = server.printed(job);
    let (width, _) = documents_support::page_sizes(&printed)[0];
    assert!((width - 226.8).abs() < 1.5, "{width}");
    assert_eq!(
        documents_support::scan(&printed, 1, 203),
        format!("CODE-128:{number}")
    );
}

/// A printer that does not exist: exit 1, one sentence saying so and where the PDF is;
/// the PDF is written and the printing recorded on the case all the same.
#[test]
fn a_printer_that_does_not_exist_says_so_and_the_pdf_is_saved() {
    let Some(server) = print_support::test_cups() else {
        return;
    };
    let (dir, walk_in, _) = data_dir();
    let cwd = tempfile::tempdir().expect("cwd");
    let number = walk_in.to_string();
    let out = command(
        dir.path(),
        cwd.path(),
        &["sticker", &number, "--printer", "nope"],
    )
    .env("CUPS_SERVER", &server.server)
    .output()
    .expect("run fixdesk");
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let said = stderr(&out);
    assert!(
        said.contains("there is no printer named \"nope\""),
        "{said}"
    );
    let file = stdout(&out);
    assert!(
        said.contains(&format!("The PDF is saved as {file}")),
        "{said}"
    );
    assert!(cwd.path().join(&file).exists());
    let store = Store::open(dir.path()).expect("store");
    let case = store.case(&walk_in).expect("read").expect("case");
    assert!(
        case.documents
            .iter()
            .any(|d| d.kind == DocumentKind::Sticker)
    );
}

#[test]
fn language_prints_the_customers_paper_in_chinese_and_a_bad_one_exits_2() {
    if !documents_support::chinese_font() {
        return;
    }
    let (dir, walk_in, _) = data_dir();
    let here = tempfile::tempdir().expect("cwd");
    let number = walk_in.to_string();
    let out = fixdesk(
        dir.path(),
        here.path(),
        &["receipt", &number, "--language", "zh", "--out", "zh.pdf"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let pdf = std::fs::read(here.path().join("zh.pdf")).expect("the PDF");
    let text = documents_support::viewer_text(&pdf);
    for expected in ["收件回执", "维修单号", "Zoë Łukasiewicz-Müller"] {
        assert!(text.contains(expected), "{expected:?} not in:\n{text}");
    }
    // The customer's language (English here) is the default.
    let out = fixdesk(
        dir.path(),
        here.path(),
        &["receipt", &number, "--out", "en.pdf"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let pdf = std::fs::read(here.path().join("en.pdf")).expect("the PDF");
    assert!(documents_support::viewer_text(&pdf).contains("Intake receipt"));

    let out = fixdesk(
        dir.path(),
        here.path(),
        &["receipt", &number, "--language", "klingon"],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("en or zh"), "{}", stderr(&out));
}

#[test]
fn without_the_chinese_font_a_chinese_paper_fails_saying_what_to_install() {
    let (dir, walk_in, _) = data_dir();
    let here = tempfile::tempdir().expect("cwd");
    let no_fonts = tempfile::tempdir().expect("an empty font folder");
    let out = command(
        dir.path(),
        here.path(),
        &[
            "label",
            &walk_in.to_string(),
            "--language",
            "zh",
            "--out",
            "zh.pdf",
        ],
    )
    .env("FIXDESK_CJK_FONT_DIR", no_fonts.path())
    .output()
    .expect("run fixdesk");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let said = stderr(&out);
    assert!(said.contains("fonts-noto-cjk"), "{said}");
    assert!(said.contains("Chinese"), "{said}");
    assert!(said.lines().count() == 1, "one sentence: {said}");
    assert!(!here.path().join("zh.pdf").exists(), "no PDF with ? marks");
    // An English paper needs no Chinese font.
    let out = command(
        dir.path(),
        here.path(),
        &["label", &walk_in.to_string(), "--out", "en.pdf"],
    )
    .env("FIXDESK_CJK_FONT_DIR", no_fonts.path())
    .output()
    .expect("run fixdesk");
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn the_report_takes_a_language_too() {
    if !documents_support::chinese_font() {
        return;
    }
    let (dir, _, _) = data_dir();
    let here = tempfile::tempdir().expect("cwd");
    let out = fixdesk(
        dir.path(),
        here.path(),
        &[
            "report",
            "--month",
            "2026-03",
            "--language",
            "zh",
            "--out",
            "r.pdf",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let pdf = std::fs::read(here.path().join("r.pdf")).expect("the PDF");
    let text = documents_support::viewer_text(&pdf);
    assert!(
        text.contains("月度报告") && text.contains("2026年3月"),
        "{text}"
    );
}
