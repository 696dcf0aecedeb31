//! Documents, printing and customer e-mail in the reader's language (docs/rules.md §13):
//! what changed since a printing, the customer-message notes of a case's history, and
//! the errors of drawing, printing and sending, each said in Chinese with the English
//! unchanged.

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
