//! Customer e-mail in the window (docs/rules.md §11), on a real store: the case shows
//! the message its step queued; a round of the background sender against a server that
//! does not answer leaves it queued with the reason on the case; a customer without an
//! address is counted in the header as one to phone.

mod gui_support;
mod store_common;

use chrono::NaiveDate;
use fixdesk::domain::mail::Security;
use fixdesk::domain::{Cause, RepairMethod, Step};
use fixdesk::gui::screen::cases;
use fixdesk::gui::{Message, Screen};
use gui_support::screens::Bench;
use store_common::{at, day, found, policy, walk_in};

/// Tall enough to reach the messages under the timeline without scrolling.
const HEIGHT: f32 = 3000.0;

fn today() -> NaiveDate {
    day("2026-03-03")
}

/// Customer e-mail on, to a port nothing listens on.
fn mail_to_nowhere(bench: &Bench) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port");
    bench.store(move |store| {
        let mut settings = store.settings()?;
        settings.mail.on = true;
        settings.mail.server = "127.0.0.1".into();
        settings.mail.port = port;
        settings.mail.security = Security::Plain;
        settings.mail.from_address = "desk@fixco.example".into();
        store.save_settings(&settings)
    });
}

/// A walk-in repaired and ready at the counter: its "ready for pickup" message queued.
fn ready_walk_in(bench: &Bench, email: Option<&str>) -> fixdesk::domain::CaseNumber {
    let mut new = walk_in("Ann Lee", "SN-G1", "2026-03-02");
    new.customer.email = email.map(str::to_string);
    bench.store(move |store| {
        let p = policy();
        let number = store.create_case(&new, &p, "ana", at("2026-03-02"))?.number;
        store.apply(
            Some(&number),
            &Step::Diagnose(found(
                Cause::Manufacturing,
                "battery",
                RepairMethod::PartReplacement,
            )),
            &p,
            day("2026-03-03"),
            "ana",
            at("2026-03-03"),
        )?;
        store.apply(
            Some(&number),
            &Step::RepairDone(None),
            &p,
            day("2026-03-03"),
            "ana",
            at("2026-03-03"),
        )?;
        Ok(number)
    })
}

#[test]
fn the_case_shows_its_message_and_why_it_waits() {
    let mut bench = Bench::new(today());
    mail_to_nowhere(&bench);
    let number = ready_walk_in(&bench, Some("ann@example.com"));
    bench.send(Message::Navigate(Screen::Cases));
    bench.send(Message::Cases(cases::Message::Open(number.clone())));
    assert!(bench.shows(HEIGHT, "Messages to the customer"));
    assert!(bench.shows(HEIGHT, "Ready for pickup"));
    assert!(bench.shows(HEIGHT, "Queued"));
    // The background sender's round: the server does not answer, the message stays.
    bench.send(Message::MailRound);
    let message = bench
        .store(move |store| store.case_messages(&number))
        .remove(0);
    assert!(message.error.is_some(), "{message:?}");
    assert!(
        gui_support::screens::any_text_contains(bench.app.view(), HEIGHT, "cannot be reached"),
        "the reason is on the case"
    );
}

#[test]
fn a_customer_without_email_is_counted_to_phone() {
    let mut bench = Bench::new(today());
    mail_to_nowhere(&bench);
    ready_walk_in(&bench, None);
    bench.send(Message::MailRound);
    assert!(bench.shows(800.0, "✉ 1 to phone"));
}

#[test]
fn a_due_reminder_is_sent_when_a_person_confirms_it_on_the_case() {
    let mut bench = Bench::new(day("2026-03-14"));
    mail_to_nowhere(&bench);
    let mut new = store_common::mail_in("APP-G2", "Berta Vogel", "SN-G2", "2026-03-02");
    new.customer.email = Some("berta@example.com".into());
    let number = bench.store(move |store| {
        Ok(store
            .create_case(&new, &policy(), "ana", at("2026-03-02"))?
            .number)
    });
    bench.send(Message::Navigate(Screen::Cases));
    bench.send(Message::Cases(cases::Message::Open(number.clone())));
    let label = "Send the application closing soon";
    assert!(bench.shows(HEIGHT, label));
    bench.click(HEIGHT, label);
    let moments: Vec<_> = bench
        .store(move |store| store.case_messages(&number))
        .into_iter()
        .map(|m| m.moment)
        .collect();
    assert_eq!(
        moments,
        [
            fixdesk::domain::mail::Moment::ApplicationReceived,
            fixdesk::domain::mail::Moment::ApplicationClosingSoon
        ]
    );
    assert!(!bench.shows(HEIGHT, label), "sent once");
}
