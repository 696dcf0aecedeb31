//! The outbox on both engines (docs/rules.md §11): a step's customer message is queued
//! in the step's own transaction (a refused step queues nothing, a committed one exactly
//! one), a moment switched off or customer e-mail off queues nothing, a customer without
//! an address lands on the to-phone list with the reason, the words are the template's
//! filled from the case, and the sender's claims give each message to one desk, a dead
//! desk's claim passing to another with the same Message-ID. The delivery itself, to a
//! real SMTP server, is in `mail_smtp.rs`.

mod store_common;

use chrono::Duration;
use fixdesk::domain::case::DocumentKind;
use fixdesk::domain::mail::{self, Moment, MomentSetting, Security};
use fixdesk::domain::{Settings, Step};
use fixdesk::store::Store;
use fixdesk::store::outbox::{Delivery, OutboxStatus};
use store_common::*;

/// An instant: `2026-03-02T10:00:00Z`.
fn instant(text: &str) -> chrono::DateTime<chrono::Utc> {
    text.parse().expect("test instant")
}

/// Customer e-mail switched on, every moment on.
fn mail_on(store: &mut Store) -> Settings {
    let mut settings = store.settings().expect("settings");
    settings.center.name = "Fix & Co".into();
    settings.center.phone = "+44 20 7946 0000".into();
    settings.mail.on = true;
    settings.mail.server = "127.0.0.1".into();
    settings.mail.port = 2525;
    settings.mail.security = Security::Plain;
    settings.mail.from_address = "desk@fixco.example".into();
    store.save_settings(&settings).expect("save settings");
    settings
}

fn with_email(mut new: fixdesk::domain::NewCase, email: Option<&str>) -> fixdesk::domain::NewCase {
    new.customer.email = email.map(str::to_string);
    new
}

on_both_engines! {
    fn an_application_queues_its_confirmation_with_the_case(store) {
        mail_on(&mut store);
        let p = policy();
        let new = with_email(mail_in("APP-1", "Berta Vogel", "SN-1", "2026-03-02"), Some("berta@example.com"));
        let number = open_case(&mut store, &new, &p, "2026-03-02");
        let messages = store.case_messages(&number).expect("messages");
        assert_eq!(messages.len(), 1, "exactly one message for the opening");
        let m = &messages[0];
        assert_eq!(m.moment, Moment::ApplicationReceived);
        assert_eq!(m.status, OutboxStatus::Queued);
        assert_eq!(m.to, "berta@example.com");
        assert_eq!(m.attachment, Some(DocumentKind::Confirmation));
        assert_eq!(m.subject, format!("Your repair application {number}"));
        assert!(m.body.starts_with("Dear Berta Vogel,"), "{}", m.body);
        assert!(m.body.contains("reaches us by 09.03.2026") || m.body.contains("by "), "{}", m.body);
        assert!(m.body.contains("Fix & Co"), "the center signs it: {}", m.body);
        assert!(!m.body.contains('{'), "every field filled: {}", m.body);
        assert!(m.message_id.starts_with('<') && m.message_id.ends_with("@fixco.example>"));
        assert_eq!(m.queued_by, "ana");
    }

    fn a_refused_step_queues_nothing_and_a_committed_one_exactly_one(store) {
        mail_on(&mut store);
        let p = policy();
        let new = with_email(mail_in("APP-2", "Berta Vogel", "SN-2", "2026-03-02"), Some("berta@example.com"));
        let number = open_case(&mut store, &new, &p, "2026-03-02");
        // Shipping back an application never received: refused, nothing written.
        let err = store
            .apply(
                Some(&number),
                &Step::HandBack(fixdesk::domain::case::Handback::Shipped {
                    carrier: "DHL".into(),
                    tracking: "JD0001".into(),
                }),
                &p,
                day("2026-03-05"),
                "ana",
                instant("2026-03-05T10:00:00Z"),
            )
            .expect_err("refused");
        assert!(!err.to_string().is_empty());
        assert_eq!(store.case_messages(&number).expect("messages").len(), 1);
        // The parcel arrives: one more message, the receipt's.
        store
            .apply(
                Some(&number),
                &Step::Receive(parcel_with("2026-03-06", Default::default())),
                &p,
                day("2026-03-06"),
                "ben",
                instant("2026-03-06T09:00:00Z"),
            )
            .expect("received");
        let messages = store.case_messages(&number).expect("messages");
        assert_eq!(messages.len(), 2);
        assert_eq!(messages[1].moment, Moment::ParcelReceived);
        assert_eq!(messages[1].attachment, Some(DocumentKind::Receipt));
        assert_eq!(messages[1].queued_by, "ben");
        assert_ne!(messages[0].message_id, messages[1].message_id);
    }

    fn a_moment_switched_off_or_mail_off_queues_nothing(store) {
        let p = policy();
        let new = with_email(mail_in("APP-3", "Berta Vogel", "SN-3", "2026-03-02"), Some("berta@example.com"));
        let off = open_case(&mut store, &new, &p, "2026-03-02");
        assert!(store.case_messages(&off).expect("messages").is_empty(), "mail is off by default");
        let mut settings = mail_on(&mut store);
        settings.mail.moments.insert(
            Moment::ApplicationReceived,
            MomentSetting { on: false, ..MomentSetting::default() },
        );
        store.save_settings(&settings).expect("save");
        let new = with_email(mail_in("APP-4", "Carl Moor", "SN-4", "2026-03-02"), Some("carl@example.com"));
        let number = open_case(&mut store, &new, &p, "2026-03-02");
        assert!(store.case_messages(&number).expect("messages").is_empty());
        assert!(store.outbox(&[], 10).expect("outbox").is_empty());
    }

    fn a_customer_without_email_goes_on_the_phone_list_with_the_reason(store) {
        mail_on(&mut store);
        let p = policy();
        let number = open_case(&mut store, &mail_in("APP-5", "Dora Nolan", "SN-5", "2026-03-02"), &p, "2026-03-02");
        let messages = store.case_messages(&number).expect("messages");
        assert_eq!(messages.len(), 1);
        assert_eq!(messages[0].status, OutboxStatus::ToPhone);
        assert_eq!(messages[0].error.as_deref(), Some(mail::NO_ADDRESS));
        assert_eq!(store.outbox_attention().expect("attention"), (0, 1));
        assert!(
            store.claim_messages(instant("2026-03-03T10:00:00Z"), 10).expect("claim").is_empty(),
            "nothing to send"
        );
    }

    fn a_quote_sends_its_pdf_and_the_deadline(store) {
        mail_on(&mut store);
        let p = policy();
        let new = walk_in("Ann Lee", "SN-6", "2026-03-02");
        let number = open_case(&mut store, &new, &p, "2026-03-02");
        store
            .apply(
                Some(&number),
                &Step::Diagnose(found(fixdesk::domain::Cause::ManMade, "screen", fixdesk::domain::RepairMethod::PartReplacement)),
                &p,
                day("2026-03-03"),
                "ana",
                instant("2026-03-03T10:00:00Z"),
            )
            .expect("diagnosed");
        let case = store
            .apply(
                Some(&number),
                &Step::SendQuote(quote_of(("Screen", 8_000), ("Fitting", 2_500))),
                &p,
                day("2026-03-03"),
                "ana",
                instant("2026-03-03T11:00:00Z"),
            )
            .expect("quoted");
        let quote = store
            .case_messages(&number)
            .expect("messages")
            .into_iter()
            .find(|m| m.moment == Moment::Quote)
            .expect("a quote message");
        assert_eq!(quote.attachment, Some(DocumentKind::Quote));
        assert!(quote.body.contains("105.00"), "the total: {}", quote.body);
        let answer_by = fixdesk::domain::lifecycle::answer_due(case.asked_on.expect("asked"), 14);
        assert!(quote.body.contains(&answer_by.format("%d.%m.%Y").to_string()), "{}", quote.body);
    }

    fn a_reminder_is_queued_only_when_due_and_confirmed(store) {
        mail_on(&mut store);
        let p = policy();
        let new = with_email(mail_in("APP-7", "Berta Vogel", "SN-7", "2026-03-02"), Some("berta@example.com"));
        let number = open_case(&mut store, &new, &p, "2026-03-02");
        let err = store
            .remind(&number, Moment::PaymentReminder, "ana", instant("2026-03-10T10:00:00Z"))
            .expect_err("no payment is due on an application");
        assert!(err.to_string().contains("payment reminder"), "{err}");
        let status = store
            .remind(&number, Moment::ApplicationClosingSoon, "ana", instant("2026-03-14T10:00:00Z"))
            .expect("closing soon");
        assert_eq!(status, Some(OutboxStatus::Queued));
        let messages = store.case_messages(&number).expect("messages");
        assert_eq!(messages.len(), 2);
        assert!(messages[1].subject.contains("closes on"), "{}", messages[1].subject);
    }

    fn each_message_goes_to_one_desk_and_a_dead_desks_claim_passes_on(store) {
        mail_on(&mut store);
        store.set_desk("front");
        let p = policy();
        let new = with_email(mail_in("APP-8", "Berta Vogel", "SN-8", "2026-03-02"), Some("berta@example.com"));
        let number = open_case(&mut store, &new, &p, "2026-03-02");
        let mut other = store.another_connection().expect("second connection");
        other.set_desk("back");
        let now = instant("2026-03-02T12:00:05Z");
        let claimed = store.claim_messages(now, 10).expect("claim");
        assert_eq!(claimed.len(), 1);
        assert_eq!(claimed[0].status, OutboxStatus::Sending);
        assert_eq!(claimed[0].attempts, 1);
        assert!(other.claim_messages(now, 10).expect("claim").is_empty(), "claimed once");
        // "front" dies; after the lease "back" takes it, with the same Message-ID.
        let later = now + Duration::minutes(6);
        let again = other.claim_messages(later, 10).expect("claim");
        assert_eq!(again.len(), 1);
        assert_eq!(again[0].message_id, claimed[0].message_id);
        assert_eq!(again[0].attempts, 2);
        // The dead desk's late answer changes nothing; the new owner's does.
        let sent = Delivery::Sent { reply: "250 OK".into() };
        assert!(!store.finish_message(claimed[0].id, &sent, later, later.date_naive()).expect("finish"));
        assert!(other.finish_message(again[0].id, &sent, later, later.date_naive()).expect("finish"));
        let m = &store.case_messages(&number).expect("messages")[0];
        assert_eq!(m.status, OutboxStatus::Sent);
        assert_eq!(m.reply.as_deref(), Some("250 OK"));
        assert_eq!(m.sent_at, Some(later));
        // A person sends it again: the same Message-ID.
        store.retry_message(m.id, later).expect("retry");
        let again = store.claim_messages(later, 10).expect("claim");
        assert_eq!(again[0].message_id, m.message_id);
    }
}

on_both_engines! {
    fn a_reminder_is_on_the_due_list_from_its_day_until_a_person_sends_it(store) {
        mail_on(&mut store);
        let p = policy();
        let new = with_email(mail_in("APP-D1", "Berta Vogel", "SN-D1", "2026-03-02"), Some("berta@example.com"));
        let number = open_case(&mut store, &new, &p, "2026-03-02");
        // The application closes on 17 March (4.2); its reminder is due 3 days before.
        assert!(store.reminders_due(day("2026-03-13"), 100).expect("due").is_empty());
        assert_eq!(
            store.reminders_due(day("2026-03-14"), 100).expect("due"),
            vec![(number.clone(), Moment::ApplicationClosingSoon, day("2026-03-14"))]
        );
        assert_eq!(
            store.reminder_due(&number, day("2026-03-14")).expect("due"),
            Some((Moment::ApplicationClosingSoon, day("2026-03-14")))
        );
        store
            .remind(&number, Moment::ApplicationClosingSoon, "ana", at("2026-03-14"))
            .expect("sent");
        assert!(store.reminders_due(day("2026-03-15"), 100).expect("due").is_empty(), "once");
    }

    fn retention_removes_the_customers_words_and_address_from_their_messages(store) {
        mail_on(&mut store);
        let p = policy();
        let number = open_case(&mut store, &walk_in("Ann Lee", "SN-R1", "2023-01-10"), &p, "2023-01-10");
        store
            .apply(
                Some(&number),
                &Step::Diagnose(found(
                    fixdesk::domain::Cause::Manufacturing,
                    "battery",
                    fixdesk::domain::RepairMethod::PartReplacement,
                )),
                &p,
                day("2023-01-11"),
                "ana",
                at("2023-01-11"),
            )
            .expect("diagnosed");
        store
            .apply(Some(&number), &Step::RepairDone(None), &p, day("2023-01-12"), "ana", at("2023-01-12"))
            .expect("repaired");
        store
            .apply(
                Some(&number),
                &Step::HandBack(fixdesk::domain::case::Handback::Collected {
                    by: "Ann Lee".into(),
                    id_checked: true,
                }),
                &p,
                day("2023-01-13"),
                "ana",
                at("2023-01-13"),
            )
            .expect("collected");
        let before = store.case_messages(&number).expect("messages");
        assert!(!before.is_empty() && before.iter().all(|m| m.body.contains("Ann Lee")));
        store
            .remove_expired_personal_data(day("2026-03-01"), 24, "desk", at("2026-03-01"))
            .expect("retention");
        let after = store.case_messages(&number).expect("messages");
        assert_eq!(after.len(), before.len(), "the record that messages went stays");
        for (was, m) in before.iter().zip(&after) {
            assert_eq!((m.moment, m.message_id.as_str()), (was.moment, was.message_id.as_str()));
            assert!(m.to.is_empty() && m.body.is_empty(), "{m:?}");
            assert_eq!(m.subject, fixdesk::store::REMOVED);
            assert_ne!(m.status, OutboxStatus::Queued, "never sent after its words are gone");
        }
    }
}

#[test]
fn the_preview_fills_a_template_and_names_unknown_fields() {
    let mut settings = Settings::default();
    settings.center.name = "Fix & Co".into();
    settings.mail.moments.insert(
        Moment::Shipped,
        MomentSetting {
            on: true,
            subject: "On its way: {case_number}".into(),
            body: "Hello {customer_name}, {carrier} {tracking} {parcel_size}".into(),
            ..MomentSetting::default()
        },
    );
    let mut case = fixdesk::domain::Case::from_new(
        &walk_in("Ann Lee", "SN-9", "2026-03-02"),
        fixdesk::domain::CaseNumber::new(2026, 9),
        fixdesk::domain::State::Returned,
    );
    case.handback = Some(fixdesk::domain::case::Handback::Shipped {
        carrier: "DHL".into(),
        tracking: "JD42".into(),
    });
    let words = fixdesk::domain::Language::English.words();
    let (subject, body) = mail::compose(&case, &settings, Moment::Shipped, &words);
    assert_eq!(subject, "On its way: SC-2026-000009");
    assert_eq!(body, "Hello Ann Lee, DHL JD42 {parcel_size}\n");
    assert_eq!(
        mail::unknown_fields(
            &settings.mail.template(Moment::Shipped, &words).1,
            Moment::Shipped
        ),
        vec!["parcel_size".to_string()]
    );
}

#[test]
fn a_queued_message_moves_to_the_server_and_into_its_backup_with_its_message_id() {
    let Some(server) = ServerDb::create() else {
        return;
    };
    let (_dir, mut source) = temp_store();
    mail_on(&mut source);
    let p = policy();
    let new = with_email(
        mail_in("APP-MV", "Berta Vogel", "SN-MV", "2026-03-02"),
        Some("berta@example.com"),
    );
    let number = open_case(&mut source, &new, &p, "2026-03-02");
    let before = source.case_messages(&number).expect("messages");
    assert_eq!(before.len(), 1);
    let mut target = server.store();
    fixdesk::store::migrate(&source, &mut target, &mut |_| {}).expect("migrated");
    assert_eq!(target.case_messages(&number).expect("messages"), before);
    // Sent from the server as it would have been from the desk.
    let claimed = target
        .claim_messages(instant("2026-03-02T12:00:01Z"), 10)
        .expect("claim");
    assert_eq!(claimed.len(), 1);
    assert_eq!(claimed[0].message_id, before[0].message_id);
    // The server's backup carries it too; a second message gets a new id after it.
    let out = tempfile::tempdir().expect("dir");
    target
        .backup_to(&out.path().join(fixdesk::store::DB_FILE))
        .expect("backup");
    let copy = Store::open_reader(out.path()).expect("the backup opens");
    assert_eq!(
        copy.case_messages(&number).expect("messages")[0].message_id,
        before[0].message_id
    );
    let again = open_case(
        &mut target,
        &with_email(
            mail_in("APP-MV2", "Carl Moor", "SN-MV2", "2026-03-02"),
            Some("carl@example.com"),
        ),
        &p,
        "2026-03-02",
    );
    let second = target.case_messages(&again).expect("messages");
    assert!(second[0].id > before[0].id);
}

/// A walk-in case diagnosed as paid and quoted on 3 March: its quote message queued.
fn quoted_case(store: &mut Store, serial: &str) -> fixdesk::domain::CaseNumber {
    let p = policy();
    let number = open_case(
        store,
        &walk_in("Ann Lee", serial, "2026-03-02"),
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
    number
}

/// Claims every due message at `now` and marks each sent on `today`.
fn send_all(store: &mut Store, now: chrono::DateTime<chrono::Utc>, today: &str) {
    for m in store.claim_messages(now, 50).expect("claim") {
        let sent = Delivery::Sent {
            reply: "250 OK queued".into(),
        };
        assert!(
            store
                .finish_message(m.id, &sent, now, day(today))
                .expect("finish")
        );
    }
}

on_both_engines! {
    fn a_sent_quote_starts_the_payment_month_on_its_sending_day(store) {
        mail_on(&mut store);
        let number = quoted_case(&mut store, "SN-C1");
        assert_eq!(store.case(&number).expect("case").expect("case").payment_notice_on, None);
        // The sender delivers it on 5 March (the desk's day).
        send_all(&mut store, instant("2026-03-05T09:00:00Z"), "2026-03-05");
        let case = store.case(&number).expect("case").expect("case");
        assert_eq!(case.payment_notice_on, Some(day("2026-03-05")));
        assert_eq!(
            mail::notice_source(&case),
            Some(mail::NoticeSource::Emailed(day("2026-03-05")))
        );
        // The customer accepts; the desk keeps the e-mail's date: due one month later (2.6).
        let case = store
            .apply(
                Some(&number),
                &Step::AcceptQuote(case.payment_notice_on.expect("notice")),
                &policy(),
                day("2026-03-09"),
                "ana",
                instant("2026-03-09T10:00:00Z"),
            )
            .expect("accepted");
        assert_eq!(mail::notice_source(&case), Some(mail::NoticeSource::Emailed(day("2026-03-05"))));
        assert_eq!(
            case.next_deadline(14).map(|(_, on)| on),
            Some(day("2026-04-05")),
            "payment due = the quote's sending day + 1 month"
        );
    }

    fn a_notice_date_recorded_by_hand_is_kept_and_shown_as_such(store) {
        mail_on(&mut store);
        let number = quoted_case(&mut store, "SN-C2");
        // The customer accepts by phone before the sender ran; the desk types 4 March.
        store
            .apply(
                Some(&number),
                &Step::AcceptQuote(day("2026-03-04")),
                &policy(),
                day("2026-03-04"),
                "ana",
                instant("2026-03-04T10:00:00Z"),
            )
            .expect("accepted");
        send_all(&mut store, instant("2026-03-06T09:00:00Z"), "2026-03-06");
        let case = store.case(&number).expect("case").expect("case");
        assert_eq!(case.payment_notice_on, Some(day("2026-03-04")), "the desk's date stays");
        assert_eq!(
            mail::notice_source(&case),
            Some(mail::NoticeSource::ByHand(day("2026-03-04")))
        );
    }

    fn every_sent_message_is_one_event_on_the_case_without_the_full_address(store) {
        mail_on(&mut store);
        let number = quoted_case(&mut store, "SN-C3");
        let before = store.case(&number).expect("case").expect("case");
        send_all(&mut store, instant("2026-03-05T09:00:00Z"), "2026-03-05");
        let after = store.case(&number).expect("case").expect("case");
        let sent = store.case_messages(&number).expect("messages");
        assert_eq!(after.events.len(), before.events.len() + sent.len(), "one event a message");
        let quote = sent.iter().find(|m| m.moment == Moment::Quote).expect("quote");
        let event = after
            .events
            .iter()
            .find(|e| e.note.contains(&quote.message_id))
            .expect("the quote's event");
        assert_eq!((event.from, event.to), (Some(after.state), after.state), "no change of state");
        assert_eq!(event.clause, "2.6");
        assert_eq!(event.actor, "ana", "on behalf of whoever took the step");
        assert!(event.note.contains("a…@example.com"), "{}", event.note);
        assert!(!event.note.contains("ann.lee@"), "no full address in the history: {}", event.note);
        assert!(mail::is_message_event(event));
        assert!(store.verify().expect("verify").is_ok(), "the hash chain holds");
        // A desk that saw the case before the sender wrote is not refused for it.
        store
            .apply_to(
                &before,
                &Step::DeclineQuote,
                &policy(),
                day("2026-03-06"),
                "bo",
                instant("2026-03-06T10:00:00Z"),
            )
            .expect("a message event is not a change a desk must see first");
    }

    fn a_message_opened_as_a_draft_is_one_event_and_starts_no_clock(store) {
        mail_on(&mut store);
        let number = quoted_case(&mut store, "SN-C4");
        let quote = store
            .case_messages(&number)
            .expect("messages")
            .into_iter()
            .find(|m| m.moment == Moment::Quote)
            .expect("quote");
        let events = store.case(&number).expect("case").expect("case").events.len();
        store.mark_drafted(quote.id, "bo", instant("2026-03-04T09:00:00Z")).expect("drafted");
        let case = store.case(&number).expect("case").expect("case");
        assert_eq!(case.events.len(), events + 1);
        let event = case.events.last().expect("event");
        assert!(event.note.contains("mail program"), "{}", event.note);
        assert_eq!(event.actor, "bo");
        assert_eq!(case.payment_notice_on, None, "the desk records the notice date itself");
    }
}

on_both_engines! {
    fn a_customer_switched_to_no_messages_gets_none_until_switched_back(store) {
        mail_on(&mut store);
        let p = policy();
        let number = quoted_case(&mut store, "SN-N1");
        let consent = mail::consent(&store.case(&number).expect("case").expect("case")).expect("consent");
        assert_eq!(consent.given, "intake at the desk");
        let waiting = store.case_messages(&number).expect("messages");
        assert!(waiting.iter().any(|m| m.status == OutboxStatus::Queued), "{waiting:?}");
        let case = store
            .apply(Some(&number), &Step::Messages(false), &p, day("2026-03-03"), "ana", instant("2026-03-03T11:30:00Z"))
            .expect("no messages");
        let off = mail::messages_off(&case).expect("off, with who and when");
        assert_eq!((off.actor.as_str(), off.clause.as_str()), ("ana", mail::MESSAGES_CLAUSE));
        assert_eq!((off.from, off.to), (Some(case.state), case.state), "the state stays");
        // What was still waiting is not sent either, and says why.
        for m in store.case_messages(&number).expect("messages") {
            assert_eq!(m.status, OutboxStatus::Failed, "{m:?}");
            assert_eq!(m.error.as_deref(), Some(mail::HELD_NO_MESSAGES));
        }
        assert!(store.claim_messages(instant("2026-03-03T11:31:00Z"), 10).expect("claim").is_empty());
        // Asked twice: refused, nothing written.
        assert!(store
            .apply(Some(&number), &Step::Messages(false), &p, day("2026-03-03"), "ana", instant("2026-03-03T11:32:00Z"))
            .is_err());
        // A step that would write to the customer queues nothing now.
        let queued = store.case_messages(&number).expect("messages").len();
        store
            .apply(Some(&number), &Step::DeclineQuote, &p, day("2026-03-04"), "bo", instant("2026-03-04T09:00:00Z"))
            .expect("declined");
        assert_eq!(store.case_messages(&number).expect("messages").len(), queued, "none queued");
        // Switched back: the next moment is written again.
        let case = store
            .apply(Some(&number), &Step::Messages(true), &p, day("2026-03-04"), "bo", instant("2026-03-04T10:00:00Z"))
            .expect("messages again");
        assert!(mail::messages_off(&case).is_none());
        store
            .apply(
                Some(&number),
                &Step::HandBack(fixdesk::domain::case::Handback::Shipped {
                    carrier: "DHL".into(),
                    tracking: "JD0001".into(),
                }),
                &p,
                day("2026-03-05"),
                "bo",
                instant("2026-03-05T10:00:00Z"),
            )
            .expect("shipped");
        let messages = store.case_messages(&number).expect("messages");
        assert_eq!(messages.len(), queued + 1, "{messages:?}");
        assert_eq!(messages.last().expect("message").moment, Moment::Shipped);
    }

    fn an_online_application_records_its_address_as_given_online(store) {
        mail_on(&mut store);
        let new = with_email(mail_in("APP-N2", "Berta Vogel", "SN-N2", "2026-03-02"), Some("berta@example.com"));
        let number = open_case(&mut store, &new, &policy(), "2026-03-02");
        let case = store.case(&number).expect("case").expect("case");
        let consent = mail::consent(&case).expect("consent");
        assert_eq!(consent.given, "online application");
        assert_eq!(consent.at, case.events[0].at);
        let no_email = with_email(mail_in("APP-N3", "Carl Roth", "SN-N3", "2026-03-02"), None);
        let number = open_case(&mut store, &no_email, &policy(), "2026-03-02");
        assert_eq!(mail::consent(&store.case(&number).expect("case").expect("case")), None);
    }
}

on_both_engines! {
    fn a_chinese_customer_is_written_to_in_chinese(store) {
        mail_on(&mut store);
        let p = policy();
        let mut new = with_email(mail_in("APP-9", "王小明", "SN-9", "2026-03-02"), Some("wang@example.com"));
        new.customer.language = fixdesk::domain::Language::Chinese;
        let number = open_case(&mut store, &new, &p, "2026-03-02");
        let messages = store.case_messages(&number).expect("messages");
        let m = &messages[0];
        assert_eq!(m.subject, format!("您的维修申请 {number}"));
        assert!(m.body.starts_with("王小明 您好："), "{}", m.body);
        assert!(m.body.contains("2026年3月"), "dates as Chinese writes them: {}", m.body);
        assert!(!m.body.contains('{'), "every field filled: {}", m.body);
    }
}
