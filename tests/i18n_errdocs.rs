//! Documents, printing and customer e-mail in the reader's language (docs/rules.md §13):
//! what changed since a printing, the customer-message notes of a case's history, and
//! the errors of drawing, printing and sending, each said in Chinese with the English
//! unchanged.

mod gui_support;
// The GUI support's bench opens its store in the store tests' temporary folder.
mod store_common;

use fixdesk::documents::printing::{Change, say};
use fixdesk::domain::mail::Security;
use fixdesk::domain::{Language, Step};
use fixdesk::store::outbox::Delivery;
use store_common::*;

fn instant(text: &str) -> chrono::DateTime<chrono::Utc> {
    text.parse().expect("test instant")
}

#[test]
fn what_changed_since_a_printing_is_said_in_the_readers_language() {
    let changes = vec![
        Change {
            what: "serial".into(),
            old: "AA5-1".into(),
            new: "AA5-2".into(),
        },
        Change {
            what: "ID checked".into(),
            old: "no".into(),
            new: "yes".into(),
        },
    ];
    let zh = say(&changes, Language::Chinese.words());
    assert_eq!(zh, "序列号：AA5-1 → AA5-2；已核验身份证件：否 → 是");
    assert_eq!(
        say(&changes, Language::English.words()),
        "serial: AA5-1 → AA5-2; ID checked: no → yes"
    );
}

/// A quote e-mailed to the customer: its event on the case (sent, with the payment
/// notice date it set) and the switch to no messages read in Chinese; the stored
/// English is as before.
#[test]
fn a_cases_message_events_read_in_the_readers_language() {
    let (_dir, mut store) = temp_store();
    let mut settings = store.settings().expect("settings");
    settings.mail.on = true;
    settings.mail.server = "127.0.0.1".into();
    settings.mail.port = 2525;
    settings.mail.security = Security::Plain;
    settings.mail.from_address = "desk@fixco.example".into();
    store.save_settings(&settings).expect("save settings");
    let p = policy();
    let number = open_case(
        &mut store,
        &walk_in("Ann Lee", "SN-Z1", "2026-03-02"),
        &p,
        "2026-03-02",
    );
    for (step, at_) in [
        (
            Step::Diagnose(found(
                fixdesk::domain::Cause::ManMade,
                "screen",
                fixdesk::domain::RepairMethod::PartReplacement,
            )),
            "2026-03-03T10:00:00Z",
        ),
        (
            Step::SendQuote(quote_of(("Screen", 8_000), ("Fitting", 2_500))),
            "2026-03-03T11:00:00Z",
        ),
    ] {
        store
            .apply(
                Some(&number),
                &step,
                &p,
                day("2026-03-03"),
                "ana",
                instant(at_),
            )
            .expect("step");
    }
    let now = instant("2026-03-05T09:00:00Z");
    for m in store.claim_messages(now, 50).expect("claim") {
        let sent = Delivery::Sent {
            reply: "250 OK".into(),
        };
        store
            .finish_message(m.id, &sent, now, day("2026-03-05"))
            .expect("finish");
    }
    store
        .apply(
            Some(&number),
            &Step::Messages(false),
            &p,
            day("2026-03-06"),
            "ana",
            instant("2026-03-06T10:00:00Z"),
        )
        .expect("no messages");
    let case = store.case(&number).expect("read").expect("case");
    let sent = case
        .events
        .iter()
        .find(|e| e.note.contains("e-mailed to"))
        .expect("the quote's sending is on the case");
    assert!(
        sent.note
            .starts_with("Quote e-mailed to a…@example.com (Message-ID <")
            && sent
                .note
                .ends_with("Payment notice date 2026-03-05: payment due by 2026-04-05 (2.6)."),
        "the English as before: {}",
        sent.note
    );
    assert_eq!(sent.code, "message-sent notice-set");
    let zh = Language::Chinese.words().event_note(sent);
    assert!(
        zh.contains("已通过电子邮件发送至 a…@example.com")
            && zh.contains("报价单")
            && zh.contains("付款通知日期"),
        "{zh}"
    );
    assert!(
        !zh.contains("e-mailed") && !zh.contains("Payment notice"),
        "{zh}"
    );
    let off = case.events.last().expect("the switch");
    let zh = Language::Chinese.words().event_note(off);
    assert!(zh.contains("客户要求不再接收"), "{zh}");
    assert!(!zh.contains("No messages"), "{zh}");
    assert_eq!(
        Language::English.words().event_note(off),
        "No messages: the customer asked to be sent none."
    );
}

/// Whether `text` has a CJK character.
fn has_chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// Each error said in English is its `Display`, word for word; said in Chinese it has
/// Chinese words and none of the English sentence's frame (`frame`, a few words of it).
fn check(english: String, display: String, chinese: String, frame: &str) {
    assert_eq!(english, display, "English = Display");
    assert!(has_chinese(&chinese), "Chinese: {chinese}");
    assert!(
        !chinese.contains(frame),
        "no English frame ({frame}) in: {chinese}"
    );
}

#[test]
fn a_documents_errors_are_said_in_the_readers_language() {
    use fixdesk::documents::fonts::FontError;
    use fixdesk::documents::{BarcodeError, DocumentError, PrintError};
    use fixdesk::domain::CaseNumber;
    use fixdesk::domain::repair::QuoteError;
    let n = || CaseNumber::new(2026, 12);
    let cases: Vec<(PrintError, &str)> = vec![
        (PrintError::NoReturnAddress(n()), "has no address"),
        (PrintError::NotAnApplication(n()), "nothing to confirm"),
        (PrintError::NoQuote(n()), "has no quote"),
        (
            PrintError::BadQuote(n(), QuoteError::Empty),
            "cannot be printed",
        ),
        (
            PrintError::BadQuote(n(), QuoteError::NoDescription { line: 2 }),
            "must not be empty",
        ),
        (
            PrintError::BadQuote(n(), QuoteError::Negative { line: 3 }),
            "must not be negative",
        ),
        (
            PrintError::NoSender {
                field: "name",
                setting: "Center name",
            },
            "has no sender",
        ),
        (
            PrintError::NoSender {
                field: "address",
                setting: "Address",
            },
            "Settings",
        ),
        (PrintError::NoPayment(n()), "no payment recorded"),
        (PrintError::NotCollected(n()), "hand-back"),
        (PrintError::Barcode(BarcodeError::Empty), "barcode"),
        (
            PrintError::Barcode(BarcodeError::Unsupported { ch: 'é' }),
            "printable ASCII",
        ),
        (
            PrintError::Barcode(BarcodeError::Code128 {
                data: "x".into(),
                reason: "too long".into(),
            }),
            "encoder rejected",
        ),
        (
            PrintError::Barcode(BarcodeError::Qr {
                reason: "data too long".into(),
            }),
            "cannot be put",
        ),
        (
            PrintError::Layout(DocumentError::OffPage {
                page: 2,
                what: "the table".into(),
            }),
            "does not fit",
        ),
        (
            PrintError::Layout(DocumentError::CellCount {
                row: 1,
                expected: 3,
                got: 2,
            }),
            "cells but",
        ),
        (
            PrintError::Layout(DocumentError::Pdf("disk full".into())),
            "could not be written",
        ),
        (
            PrintError::Layout(DocumentError::Font(FontError::Read {
                face: "regular",
                reason: "bad table".into(),
            })),
            "could not read",
        ),
        (
            PrintError::Layout(DocumentError::Font(FontError::Subset {
                face: "bold",
                reason: "bad glyph".into(),
            })),
            "could not subset",
        ),
        (
            PrintError::Layout(DocumentError::Font(FontError::NoCjkFont {
                sample: "王小明".into(),
                searched: "/usr/share/fonts".into(),
                env: "FIXDESK_CJK_FONTS",
            })),
            "install the fonts-noto-cjk package",
        ),
    ];
    for (err, frame) in cases {
        check(
            err.say(Language::English.words()),
            err.to_string(),
            err.say(Language::Chinese.words()),
            frame,
        );
    }
    // What the encoder or the font library said is kept as it came.
    let err = PrintError::Layout(DocumentError::Pdf("disk full".into()));
    assert!(err.say(Language::Chinese.words()).contains("disk full"));
}

#[test]
fn the_print_systems_errors_are_said_in_the_readers_language() {
    use fixdesk::print::PrintError;
    let cases: Vec<(PrintError, &str)> = vec![
        (PrintError::NoPrintSystem, "printing commands"),
        (
            PrintError::NoServer("connection refused".into()),
            "does not answer",
        ),
        (
            PrintError::NoSuchPrinter("Zebra".into()),
            "no printer named",
        ),
        (
            PrintError::Stopped {
                printer: "Zebra".into(),
                reason: String::new(),
            },
            "is stopped",
        ),
        (
            PrintError::Stopped {
                printer: "Zebra".into(),
                reason: " paused by admin ".into(),
            },
            "start it again",
        ),
        (
            PrintError::NotAccepting {
                printer: "Zebra".into(),
                reason: String::new(),
            },
            "does not accept",
        ),
        (
            PrintError::NotAccepting {
                printer: "Zebra".into(),
                reason: "full".into(),
            },
            "does not accept",
        ),
        (
            PrintError::NeedsAttention {
                printer: "Zebra".into(),
                alerts: "media-empty".into(),
            },
            "see to the printer",
        ),
        (
            PrintError::Refused {
                printer: "Zebra".into(),
                message: "client-error-document-format-not-supported".into(),
            },
            "refused the job",
        ),
    ];
    for (err, frame) in cases {
        let zh = err.say(Language::Chinese.words());
        check(
            err.say(Language::English.words()),
            err.to_string(),
            zh.clone(),
            frame,
        );
        assert!(
            zh.contains("Zebra")
                || matches!(err, PrintError::NoPrintSystem | PrintError::NoServer(_))
        );
    }
}

#[test]
fn mails_errors_are_said_in_the_readers_language() {
    use fixdesk::domain::case::DocumentKind;
    use fixdesk::mail::{MailError, SendFailure, SettingProblem};
    let detail = || "550 5.1.1 no such user".to_string();
    let cases: Vec<(MailError, &str)> = vec![
        (MailError::Off, "switched off"),
        (
            MailError::Settings {
                field: "server".into(),
                problem: SettingProblem::Setting(
                    "the mail server's name, e.g. smtp.example.com".into(),
                ),
            },
            "e-mail settings",
        ),
        (
            MailError::Settings {
                field: "test address".into(),
                problem: SettingProblem::NotAnAddress {
                    address: "ann@".into(),
                    detail: "invalid domain".into(),
                },
            },
            "is not an e-mail address",
        ),
        (
            MailError::Settings {
                field: "sender address".into(),
                problem: SettingProblem::NoSender,
            },
            "set the sender address",
        ),
        (MailError::NoSecret("desk".into()), "has no password"),
        (
            MailError::Send(SendFailure::TlsSetup {
                host: "smtp.example.com".into(),
                detail: "bad name".into(),
            }),
            "could not be prepared",
        ),
        (
            MailError::Send(SendFailure::Tls {
                server: "smtp.example.com:587".into(),
                detail: "handshake".into(),
            }),
            "secure connection",
        ),
        (
            MailError::Send(SendFailure::Login { detail: detail() }),
            "refused the login",
        ),
        (
            MailError::Send(SendFailure::Refused { detail: detail() }),
            "for good",
        ),
        (
            MailError::Send(SendFailure::Later { detail: detail() }),
            "try later",
        ),
        (
            MailError::Send(SendFailure::Timeout {
                server: "smtp.example.com:587".into(),
            }),
            "did not answer",
        ),
        (
            MailError::Send(SendFailure::Unreachable {
                server: "smtp.example.com:587".into(),
                detail: "connection refused".into(),
            }),
            "cannot be reached",
        ),
        (
            MailError::Send(SendFailure::BadRecipient {
                address: "ann@".into(),
                detail: "invalid".into(),
            }),
            "correct it on the case",
        ),
        (
            MailError::Send(SendFailure::Compose {
                detail: "no body".into(),
            }),
            "put together",
        ),
        (
            MailError::Send(SendFailure::Draw {
                kind: DocumentKind::Quote,
                error: Box::new(fixdesk::documents::PrintError::NoQuote(
                    fixdesk::domain::CaseNumber::new(2026, 12),
                )),
            }),
            "could not be drawn",
        ),
        (
            MailError::Send(SendFailure::NoCase {
                number: "SC-2026-000012".into(),
            }),
            "no longer on file",
        ),
    ];
    for (err, frame) in cases {
        check(
            err.say(Language::English.words()),
            err.to_string(),
            err.say(Language::Chinese.words()),
            frame,
        );
    }
    // The server's own words are kept as they came.
    let err = MailError::Send(SendFailure::Refused { detail: detail() });
    assert!(
        err.say(Language::Chinese.words())
            .contains("550 5.1.1 no such user")
    );
}

/// The window's own sentences about files: a saved PDF that cannot be read again for a
/// retry, a photo that cannot be copied — in the desk's language, the system's words as
/// they came; English as before.
#[test]
fn the_windows_file_problems_are_said_in_the_desks_language() {
    use fixdesk::domain::Policy;
    use fixdesk::domain::case::DocumentKind;
    use fixdesk::gui::printer::Delivery;
    use fixdesk::gui::screen::settings;
    use fixdesk::gui::{Message, print_prompt, steps};
    use gui_support::screens::{Bench, any_text_contains};
    const HEIGHT: f32 = 900.0;

    let mut bench = Bench::new(day("2026-03-03"));
    bench.send(Message::Settings(settings::Message::DeskLanguage(Some(
        Language::Chinese,
    ))));
    let number = bench
        .store(|store| {
            store.create_case(
                &walk_in("Ada Byron", "AA5-0600", "2026-03-03"),
                &Policy::shipped(),
                "ana",
                at("2026-03-03"),
            )
        })
        .number;
    // The saved PDF is gone by the time the clerk tries the printer again.
    let path = bench.dir.path().join("documents").join("gone.pdf");
    bench.send(Message::Printed(Ok((
        number.clone(),
        DocumentKind::Receipt,
        path.clone(),
        Delivery::Failed {
            printer: "Front".into(),
            copies: 1,
            reason: "out of paper".into(),
        },
    ))));
    bench.send(Message::PrintPrompt(print_prompt::Message::Print));
    let unreadable = format!("无法读取 {}", path.display());
    assert!(
        any_text_contains(bench.app.view(), HEIGHT, &unreadable),
        "the retry's problem in Chinese"
    );
    assert!(!any_text_contains(
        bench.app.view(),
        HEIGHT,
        "cannot be read"
    ));

    let folder = bench.dir.path().join("photos");
    let missing = bench.dir.path().join("missing.jpg");
    let zh = steps::copy_photos_in(
        std::slice::from_ref(&missing),
        &folder,
        &number,
        &[],
        Language::Chinese.words(),
    )
    .expect_err("refused");
    assert!(
        zh.starts_with("无法复制 ") && zh.contains("missing.jpg"),
        "{zh}"
    );
    let en = steps::copy_photos(std::slice::from_ref(&missing), &folder, &number, &[])
        .expect_err("refused");
    assert!(
        en.starts_with("Could not copy ") && en.ends_with('.'),
        "{en}"
    );
}

/// A field the window checks itself says what it needs in the desk's language.
#[test]
fn the_windows_field_problems_are_said_in_the_desks_language() {
    let zh = Language::Chinese.words();
    let en = Language::English.words();
    let said = zh.gui_check_collector_id(zh.id_checked());
    assert!(
        said.contains("身份证件") && !said.contains("check the collector"),
        "{said}"
    );
    assert_eq!(
        en.gui_check_collector_id(en.id_checked()),
        format!(
            "{}: check the collector's ID before handing the device over.",
            en.id_checked()
        )
    );
    let port = zh.gui_field_says(zh.mail_port(), zh.gui_mail_port_problem());
    assert!(port.contains("：") && port.contains("65535") && !port.contains("a number"));
}

/// "Send a test message" is written in the center's language; its English as before.
#[test]
fn the_test_message_is_in_the_centers_language() {
    let en = Language::English.words();
    assert_eq!(
        en.mail_test_subject("Fix & Co"),
        "Test message from Fix & Co"
    );
    assert_eq!(
        en.mail_test_body("Fix & Co") + "\n",
        "This is a test message from fixdesk at Fix & Co.\n\nIf you can read it, customer e-mail is set up correctly.\n"
    );
    let zh = Language::Chinese.words();
    assert!(zh.mail_test_subject("维修中心").contains("测试邮件"));
    assert!(!zh.mail_test_body("维修中心").contains("test message"));
}

/// A message held because the customer asked for none is kept in the outbox in English;
/// the desk reads it in its own language, and the two sentences are the same in English.
#[test]
fn a_held_message_reads_in_the_desks_language() {
    assert_eq!(
        Language::English.words().gui_held_no_messages(),
        fixdesk::domain::mail::HELD_NO_MESSAGES
    );
    let zh = Language::Chinese.words().gui_held_no_messages();
    assert!(has_chinese(&zh) && !zh.contains("Not sent"), "{zh}");
}

/// A printer as the system lists it: its state in the reader's language, its name and
/// CUPS's own words as they came; English as before.
#[test]
fn a_printers_state_is_said_in_the_readers_language() {
    use fixdesk::print::{Printer, PrinterState};
    let printer = Printer {
        name: "Front".into(),
        description: "Counter".into(),
        state: PrinterState::Stopped {
            reason: "paused".into(),
        },
        alerts: vec!["media-empty".into()],
        is_default: true,
    };
    assert_eq!(
        printer.summary(),
        "Front (Counter) — stopped: paused (media-empty) — the system's default"
    );
    let zh = printer.summary_in(Language::Chinese.words());
    assert_eq!(
        zh,
        "Front (Counter) — 已停止：paused (media-empty) — 系统默认打印机"
    );
}
