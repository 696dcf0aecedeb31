//! Shared by the document tests and the bench: realistic cases built by hand, and the
//! tools that read a PDF back (lopdf for text and sizes, poppler's `pdftotext -bbox` for
//! word positions, `pdftoppm` + `zbarimg` for barcodes).
//!
//! Each test binary uses part of this module.
#![allow(dead_code)]

use std::path::Path;
use std::process::Command;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use fixdesk::domain::case::{
    Arrival, Case, CaseNumber, Customer, Device, Diagnosis, Handover, PasswordStatus, Proof,
    RecordedDecision,
};
use fixdesk::domain::settings::{Center, Paper, Settings};
use fixdesk::domain::warranty::{Cause, Invoice, PurchaseChannel};
use fixdesk::domain::{Policy, State, decide};

pub const PASSWORD_NOTE: &str = "unlock pattern L-shape 7-4-1-2-3, PIN 482913";
pub const EMAIL: &str = "zoe.lm@example.org";
pub const FAULT: &str = "Switches itself off below about 30 % battery, even on the charger.";

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

pub fn printed_at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 2, 10, 42, 0)
        .single()
        .unwrap_or_default()
}

pub fn settings(paper: Paper) -> Settings {
    Settings {
        center: Center {
            name: "Northside Device Repair".into(),
            address: "Unit 4, Harbour Trade Park\n14 Harbour Street\nLeeds LS1 4AB\nUnited Kingdom"
                .into(),
            phone: "+44 113 496 0000".into(),
            email: "service@northside-repair.example".into(),
            ..Center::default()
        },
        paper,
        ..Settings::default()
    }
}

/// A walk-in case received on 2 March 2026: valid invoice, provisional free repair, the
/// password told to the inspector (so a note is on file that must never be printed).
pub fn walk_in() -> Case {
    let mut case = Case {
        number: CaseNumber::new(2026, 123),
        arrival: Arrival::WalkIn,
        state: State::Received,
        application_id: None,
        applied_on: None,
        received_on: Some(date(2026, 3, 2)),
        unsolicited: false,
        customer: Customer {
            name: "Zoë Łukasiewicz-Müller".into(),
            phone: "+44 7700 900123".into(),
            email: Some(EMAIL.into()),
            address: "Flat 4, 27 Wellington Road\nHeadingley\nLeeds LS6 3DF".into(),
            return_address: None,
        },
        device: Device {
            model: "Aurora X200".into(),
            serial: "SN-4471-0093-AX".into(),
        },
        applied_serial: None,
        proof: Proof {
            channel: PurchaseChannel::Authorized,
            invoice: Some(Invoice {
                date: Some(date(2025, 6, 1)),
                model: Some("Aurora X200".into()),
                serial: Some("SN44710093AX".into()),
                legible: true,
                altered: false,
            }),
            shipment_date: Some(date(2025, 5, 20)),
            delivery_date: Some(date(2025, 5, 28)),
            contract_months: None,
        },
        fault: FAULT.into(),
        handover: Handover {
            accessories: vec!["Charger, 20 W USB-C".into(), "Stylus".into()],
            condition: "Scratch on the back cover; lower left corner dented.".into(),
            password: PasswordStatus::ToldToInspector,
            password_note: Some(PASSWORD_NOTE.into()),
            backup_acknowledged: true,
            accuracy_confirmed: true,
        },
        keep_parts: false,
        diagnosis: Diagnosis::default(),
        decision: None,
        parcel: None,
        quote: None,
        payment_notice_on: None,
        asked_on: None,
        payments: Vec::new(),
        replacement_serial: None,
        return_reason: None,
        handback: None,
        documents: Vec::new(),
        photos: Vec::new(),
        events: Vec::new(),
    };
    decide_now(&mut case);
    case
}

/// Runs the warranty decision on the case's facts and records it, as the desk does.
pub fn decide_now(case: &mut Case) {
    if let Some(facts) = case.facts() {
        case.decision = Some(RecordedDecision {
            decision: decide(&Policy::shipped(), &facts),
            policy_version: 1,
            decided_at: printed_at(),
        });
    }
}

/// A mail-in application accepted on 2 March 2026, waiting for its parcel.
pub fn mail_in() -> Case {
    let mut case = walk_in();
    case.number = CaseNumber::new(2026, 124);
    case.arrival = Arrival::MailIn;
    case.state = State::Applied;
    case.application_id = Some("APP-88231".into());
    case.applied_on = Some(date(2026, 3, 2));
    case.received_on = None;
    case.customer = Customer {
        name: "Кирилл Соколов".into(),
        phone: "+7 912 345-67-89".into(),
        email: Some("kirill@example.ru".into()),
        address: "ул. Ленина, д. 5, кв. 12\nЕкатеринбург 620014\nRussia".into(),
        return_address: None,
    };
    case.handover = Handover::default();
    decide_now(&mut case);
    case
}

/// A paid repair by part replacement, the customer having asked to keep the parts, with
/// a return address that differs from the customer's.
pub fn paid_repair_to_return() -> Case {
    let mut case = walk_in();
    case.number = CaseNumber::new(2026, 131);
    case.state = State::Ready;
    case.proof.invoice = None;
    case.proof.shipment_date = Some(date(2023, 1, 10));
    case.keep_parts = true;
    case.diagnosis = Diagnosis {
        cause: Cause::ManMade,
        component: Some("display".into()),
        method: Some(fixdesk::domain::RepairMethod::PartReplacement),
        notes: "Cracked panel".into(),
    };
    case.customer.return_address =
        Some("Łukasiewicz-Müller, c/o Westgate Dental Practice\n3 Park Row\nLeeds LS1 5HD".into());
    decide_now(&mut case);
    case
}

/// The paid repair of [`paid_repair_to_return`] at the quote stage: quoted on 2 March
/// 2026 (parts and labour in EUR, 228.50 in all), waiting for the customer's answer.
pub fn quoted() -> Case {
    use fixdesk::domain::repair::{LineKind, Quote, QuoteLine};
    use fixdesk::domain::{Currency, Money};
    let mut case = paid_repair_to_return();
    case.state = State::AwaitingCustomer;
    case.asked_on = Some(date(2026, 3, 2));
    let eur = Currency::new("EUR").unwrap_or_default();
    let line = |kind, description: &str, minor| QuoteLine {
        kind,
        description: description.into(),
        amount: Money::new(minor, eur.clone()),
    };
    case.quote = Some(Quote {
        currency: eur.clone(),
        lines: vec![
            line(LineKind::Parts, "Display assembly, OLED 6.1 in", 18_900),
            line(LineKind::Parts, "Adhesive seal kit", 450),
            line(
                LineKind::Labour,
                "Fitting and calibration, 45 minutes",
                3_500,
            ),
        ],
    });
    case
}

pub fn long_text(words: usize) -> String {
    let base = "The screen flickers after a fall from the kitchen table and the charging port \
                only works when the cable is held at an angle; Bluetooth headphones disconnect \
                every few minutes and the fingerprint reader rejects enrolled fingers.";
    let mut out: Vec<&str> = base.split(' ').cycle().take(words).collect();
    out.push("ENDOFFAULT");
    out.join(" ")
}

// ---- reading PDFs back ----

/// Runs `program`, failing with the Debian package to install if it is missing.
pub fn run(program: &str, package: &str, args: &[&str]) -> String {
    let output = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| {
            panic!("`{program}` could not be run ({e}): install the Debian package `{package}`")
        });
    assert!(
        output.status.success(),
        "`{program} {}` failed: {}",
        args.join(" "),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn path_str(path: &Path) -> &str {
    path.to_str().expect("temporary paths are UTF-8")
}

/// The text of every page, as lopdf extracts it, with each run of white space (line
/// breaks included) as one space, so a phrase wrapped over two lines is still found.
pub fn lopdf_text(pdf: &[u8]) -> String {
    let doc = lopdf::Document::load_mem(pdf).expect("lopdf reads the PDF");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).expect("lopdf extracts text");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text as poppler's `pdftotext` reads it (what a customer's PDF viewer copies),
/// white space collapsed as in [`lopdf_text`].
pub fn poppler_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("text.pdf");
    std::fs::write(&path, pdf).expect("write PDF");
    let text = run("pdftotext", "poppler-utils", &[path_str(&path), "-"]);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Page count and each page's MediaBox width × height in points.
pub fn page_sizes(pdf: &[u8]) -> Vec<(f32, f32)> {
    let doc = lopdf::Document::load_mem(pdf).expect("lopdf reads the PDF");
    doc.get_pages()
        .values()
        .map(|id| {
            let page = doc.get_dictionary(*id).expect("page dictionary");
            let b: Vec<f32> = page
                .get(b"MediaBox")
                .and_then(|o| o.as_array())
                .expect("MediaBox")
                .iter()
                .map(|n| n.as_float().expect("number"))
                .collect();
            (b[2] - b[0], b[3] - b[1])
        })
        .collect()
}

pub fn assert_size(pdf: &[u8], pages: usize, width: f32, height: f32) {
    let sizes = page_sizes(pdf);
    assert_eq!(sizes.len(), pages, "{sizes:?}");
    for (w, h) in sizes {
        assert!(
            (w - width).abs() < 0.5 && (h - height).abs() < 0.5,
            "page is {w} × {h} pt, expected {width} × {height}"
        );
    }
}

/// One word as poppler places it, in points from the page's top-left.
#[derive(Debug, Clone)]
pub struct Word {
    pub page: usize,
    pub text: String,
    pub x_min: f32,
    pub y_min: f32,
    pub x_max: f32,
    pub y_max: f32,
}

/// Every word with its box (`pdftotext -bbox`).
pub fn words(pdf: &[u8]) -> Vec<Word> {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("words.pdf");
    std::fs::write(&path, pdf).expect("write PDF");
    let html = run(
        "pdftotext",
        "poppler-utils",
        &["-bbox", path_str(&path), "-"],
    );
    let mut out = Vec::new();
    let mut page = 0;
    for line in html.lines() {
        if line.contains("<page ") {
            page += 1;
        }
        if !line.contains("<word") {
            continue;
        }
        let attr = |name: &str| -> f32 {
            let start = line.find(&format!(" {name}=\"")).expect("attribute") + name.len() + 3;
            let end = start + line[start..].find('"').expect("closing quote");
            line[start..end].parse().expect("number")
        };
        let text_start = line.find('>').expect("word text") + 1;
        let text_end = line.rfind("</word>").expect("word end");
        out.push(Word {
            page,
            text: line[text_start..text_end].to_string(),
            x_min: attr("xMin"),
            y_min: attr("yMin"),
            x_max: attr("xMax"),
            y_max: attr("yMax"),
        });
    }
    out
}

/// No word crosses the box `left..right` × `top..bottom` (points), and no two words on a
/// page overlap.
pub fn assert_words_inside_and_apart(words: &[Word], left: f32, top: f32, right: f32, bottom: f32) {
    let tol = 0.3;
    for w in words {
        assert!(
            w.x_min >= left - tol
                && w.x_max <= right + tol
                && w.y_min >= top - tol
                && w.y_max <= bottom + tol,
            "{w:?} leaves the box {left}..{right} × {top}..{bottom}"
        );
    }
    for (i, a) in words.iter().enumerate() {
        for b in &words[i + 1..] {
            if a.page != b.page {
                continue;
            }
            let overlap_x = a.x_max.min(b.x_max) - a.x_min.max(b.x_min);
            let overlap_y = a.y_max.min(b.y_max) - a.y_min.max(b.y_min);
            assert!(overlap_x <= 0.5 || overlap_y <= 0.5, "{a:?} overlaps {b:?}");
        }
    }
}

/// Renders `page` of `pdf` at `dpi` and returns what zbarimg decodes (`TYPE:data` lines).
pub fn scan(pdf: &[u8], page: u32, dpi: u32) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let pdf_path = dir.path().join("scan.pdf");
    std::fs::write(&pdf_path, pdf).expect("write PDF");
    let prefix = dir.path().join("scan");
    let page = page.to_string();
    run(
        "pdftoppm",
        "poppler-utils",
        &[
            "-f",
            &page,
            "-l",
            &page,
            "-r",
            &dpi.to_string(),
            "-png",
            "-singlefile",
            "-aa",
            "no",
            "-aaVector",
            "no",
            path_str(&pdf_path),
            path_str(&prefix),
        ],
    );
    run(
        "zbarimg",
        "zbar-tools",
        &["--quiet", path_str(&dir.path().join("scan.png"))],
    )
}

/// Writes `pdf` into `FIXDESK_SAMPLE_DIR`, if set, to look at.
pub fn keep_sample(pdf: &[u8], name: &str) {
    if let Some(out) = std::env::var_os("FIXDESK_SAMPLE_DIR") {
        let path = Path::new(&out).join(format!("{name}.pdf"));
        std::fs::write(path, pdf).expect("keep sample");
    }
}
