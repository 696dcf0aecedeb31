//! The store's errors in the reader's language (docs/rules.md §13): every kind of
//! `StoreError` is said in Chinese without an English frame or a Fluent error, and in
//! English as its `Display` (what logs keep) says it.

use std::path::PathBuf;

use chrono::{TimeZone, Utc};
use fixdesk::domain::staff::Role;
use fixdesk::domain::{CaseEvent, CaseNumber, Language, Note, State};
use fixdesk::store::StoreError;

fn number() -> CaseNumber {
    CaseNumber::new(2026, 12)
}

/// One of every kind, with the details a real one carries.
fn every_kind() -> Vec<StoreError> {
    let at = Utc
        .with_ymd_and_hms(2026, 3, 5, 12, 0, 0)
        .single()
        .expect("time");
    let event = CaseEvent {
        at,
        actor: "ben".into(),
        desk: "Bench 2".into(),
        from: Some(State::Received),
        to: State::InRepair,
        clause: "1.4".into(),
        note: "Diagnosed: material or manufacturing fault.".into(),
        code: "diagnosed".into(),
        args: [("cause".to_string(), "manufacturing".to_string())].into(),
    };
    vec![
        StoreError::NoDataDir,
        StoreError::Io {
            path: PathBuf::from("/data"),
            source: std::io::Error::other("disk full"),
        },
        StoreError::Locked(PathBuf::from("/data")),
        StoreError::NotFixdesk(PathBuf::from("/data/x.db")),
        StoreError::TooNew {
            path: PathBuf::from("/data/fixdesk.db"),
            found: 40,
            known: 12,
        },
        StoreError::Damaged {
            path: PathBuf::from("/data/fixdesk.db"),
            detail: "page 3".into(),
        },
        StoreError::Migration("no such table".into()),
        StoreError::Database("disk I/O error".into()),
        StoreError::NotFound(number()),
        StoreError::Transition {
            number: number(),
            from: State::Received,
            to: State::Ready,
        },
        StoreError::ChangedElsewhere {
            number: number(),
            event: Box::new(event),
        },
        StoreError::DuplicateApplication {
            application_id: "WEB-77".into(),
            number: number(),
        },
        StoreError::RealCases(3),
        StoreError::SignInRequired,
        StoreError::NotAllowed {
            name: "Carl".into(),
            roles: vec![Role::Clerk],
            action_code: "policy",
            step: None,
            needed: vec![Role::Manager],
        },
        StoreError::NotAllowed {
            name: "Carl".into(),
            roles: vec![Role::Clerk],
            action_code: "step",
            step: Some("diagnose".into()),
            needed: vec![Role::Inspector, Role::Manager],
        },
        StoreError::SignInWrong { left: 0 },
        StoreError::SignInWrong { left: 3 },
        StoreError::SignInWaits {
            until: at,
            seconds: 30,
        },
        StoreError::SignInWaits {
            until: at,
            seconds: 900,
        },
        StoreError::SignInDisabled("Carl".into()),
    ]
}

fn has_chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
}

#[test]
fn every_store_error_is_said_in_chinese() {
    let zh = Language::Chinese.words();
    for err in every_kind() {
        let said = err.say(zh);
        assert!(has_chinese(&said), "{err:?}: {said}");
        assert!(
            !said.contains('\u{FFFD}') && !said.contains("store-"),
            "{said}"
        );
        let english = err.to_string();
        // The English frame is gone; what is not ours (a path, an engine's words, a
        // name) stays as it was.
        let frame: String = english
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(!said.contains(&frame), "{said} still has “{frame}”");
    }
}

#[test]
fn in_english_the_store_error_reads_as_its_log_line() {
    let en = Language::English.words();
    for err in every_kind() {
        if matches!(
            err,
            StoreError::Transition { .. } | StoreError::ChangedElsewhere { .. }
        ) {
            continue; // the states and the time are written for people on screen
        }
        assert_eq!(err.say(en), err.to_string(), "{err:?}");
    }
    let transition = StoreError::Transition {
        number: number(),
        from: State::Received,
        to: State::Ready,
    };
    assert!(transition.say(en).contains("“Received” to “Ready”"));
}

#[test]
fn a_coded_problem_is_said_in_the_readers_language_and_an_uncoded_one_as_it_came() {
    let zh = Language::Chinese.words();
    let closed = StoreError::Backup(Note::coded(
        "store-closed",
        "the case store is closed after a failed restore: close fixdesk and open it again",
    ));
    assert!(has_chinese(&closed.say(zh)), "{}", closed.say(zh));
    let engine = StoreError::Server(Note::plain("connection reset by peer"));
    assert_eq!(engine.say(zh), "connection reset by peer");
    let field = StoreError::Invalid {
        field: "no_such_field".into(),
        problem: Note::plain("must be given"),
    };
    assert!(
        field.say(zh).starts_with("no_such_field"),
        "{}",
        field.say(zh)
    );
}

/// A refusal whose arguments are a case's state and a message's moment: both by their
/// names in the reader's language.
#[test]
fn a_state_and_a_moment_in_a_refusal_are_named_in_the_readers_language() {
    let refused = StoreError::Refused {
        number: number(),
        reason: Note::coded(
            "no-reminder-due",
            "no payment reminder is due while the case is 'in_repair'",
        )
        .arg("moment", "payment_reminder")
        .arg("state", "awaiting_payment"),
    };
    let said = refused.say(Language::Chinese.words());
    assert!(
        said.contains("等待付款") && said.contains("付款提醒"),
        "{said}"
    );
    let said = refused.say(Language::English.words());
    assert!(said.contains("“Awaiting payment”"), "{said}");
}

/// A date after today is warned about, not refused: in Chinese with the field named,
/// in English as before, one day or several.
#[test]
fn a_date_after_today_is_warned_about_in_the_readers_language() {
    use chrono::NaiveDate;
    use fixdesk::domain::dates::after_today_warning;
    let day = |text: &str| NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("date");
    let today = day("2026-03-10");
    let one = after_today_warning("Paid on", "paid_on", day("2026-03-11"), today).expect("warned");
    let en = Language::English.words();
    assert_eq!(en.problem(&one), one.text);
    assert!(one.text.contains("is 1 day after today"), "{}", one.text);
    let many = after_today_warning("Paid on", "paid_on", day("2026-05-10"), today).expect("warned");
    assert_eq!(en.problem(&many), many.text);
    let zh = Language::Chinese.words().problem(&many);
    assert_eq!(
        zh,
        "付款日期（paid_on） 2026-05-10 比今天（2026-03-10）晚 61 天：请核对"
    );
}

/// A serial change on a case that had no decision until then: its note reads in English
/// as stored and in Chinese as Chinese.
#[test]
fn a_first_decision_after_a_serial_change_reads_in_the_readers_language() {
    let at = Utc
        .with_ymd_and_hms(2026, 3, 5, 12, 0, 0)
        .single()
        .expect("time");
    let event = CaseEvent {
        at,
        actor: "ana".into(),
        desk: String::new(),
        from: Some(State::Applied),
        to: State::Received,
        clause: "2.4".into(),
        note: "Warranty decided again: not decided → Needs proof, invoice not valid.".into(),
        code: "warranty-decided-first".into(),
        args: [
            ("after_verdict".to_string(), "needs_proof".to_string()),
            ("after_invoice".to_string(), "not_valid".to_string()),
        ]
        .into(),
    };
    assert_eq!(Language::English.words().event_note(&event), event.note);
    let zh = Language::Chinese.words().event_note(&event);
    assert!(zh.starts_with("重新判定保修：未判定 → "), "{zh}");
}
