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

#[test]
fn the_manager_sets_up_email_previews_a_template_and_the_password_stays_on_the_desk() {
    use fixdesk::domain::mail::Moment;
    use fixdesk::gui::screen::settings::{self, mail::MailMessage};
    let mut bench = Bench::new(today());
    let mut new = store_common::mail_in("APP-G3", "Berta Vogel", "SN-G3", "2026-03-02");
    new.customer.email = Some("berta@example.com".into());
    bench.store(move |store| {
        Ok(store
            .create_case(&new, &policy(), "ana", at("2026-03-02"))?
            .number)
    });
    bench.send(Message::Navigate(Screen::Settings));
    let mail = |m: MailMessage| Message::Settings(settings::Message::Mail(m));
    // The preview is filled from the newest case.
    bench.send(mail(MailMessage::Select(Moment::ApplicationReceived)));
    assert!(bench.shows(6000.0, "Customer e-mail"));
    assert!(gui_support::screens::any_text_contains(
        bench.app.view(),
        6000.0,
        "Dear Berta Vogel,"
    ));
    let (server, port) = std::env::var("FIXDESK_TEST_SMTP")
        .ok()
        .and_then(|s| {
            let (host, port) = s.rsplit_once(':')?;
            Some((host.to_string(), port.to_string()))
        })
        .unwrap_or(("127.0.0.1".into(), "2525".into()));
    bench.send_all(vec![
        mail(MailMessage::On(true)),
        mail(MailMessage::Security(Security::Plain)),
        mail(MailMessage::Server(server)),
        mail(MailMessage::Port(port)),
        mail(MailMessage::User("desk".into())),
        mail(MailMessage::Secret("s3cret-pw".into())),
        mail(MailMessage::FromAddress("desk@fixco.example".into())),
        mail(MailMessage::MomentOn(Moment::Quote, false)),
        mail(MailMessage::Select(Moment::Shipped)),
        mail(MailMessage::Subject(
            "Shipped: {case_number} {parcel}".into(),
        )),
    ]);
    assert!(gui_support::screens::any_text_contains(
        bench.app.view(),
        6000.0,
        "{parcel}"
    ));
    assert!(!gui_support::screens::any_text_contains(
        bench.app.view(),
        6000.0,
        "s3cret-pw"
    ));
    bench.send(mail(MailMessage::Save));
    let stored = bench.store(|store| store.settings());
    assert!(stored.mail.on);
    assert_eq!(stored.mail.user, "desk");
    assert!(!stored.mail.moment(Moment::Quote).on);
    assert_eq!(
        stored
            .mail
            .template(Moment::Shipped, &stored.language.words())
            .0,
        "Shipped: {case_number} {parcel}"
    );
    assert_eq!(
        fixdesk::store::location::mail_secret(bench.dir.path()).expect("read"),
        Some("s3cret-pw".into()),
        "kept in this desk's data folder"
    );
    let json = bench.store(|store| store.setting(fixdesk::store::SETTINGS_KEY));
    assert!(
        !json.unwrap_or_default().contains("s3cret-pw"),
        "never in the database"
    );
    assert!(bench.shows(6000.0, "E-mail settings saved."));
}

#[test]
fn a_message_opened_as_draft_is_an_eml_with_its_pdf_and_is_not_sent_again() {
    use fixdesk::store::outbox::OutboxStatus;
    let mut bench = Bench::new(today());
    mail_to_nowhere(&bench);
    let mut new = store_common::mail_in("APP-G4", "Berta Vogel", "SN-G4", "2026-03-02");
    new.customer.email = Some("berta@example.com".into());
    let number = bench.store(move |store| {
        Ok(store
            .create_case(&new, &policy(), "ana", at("2026-03-02"))?
            .number)
    });
    bench.send(Message::Navigate(Screen::Cases));
    bench.send(Message::Cases(cases::Message::Open(number.clone())));
    assert!(bench.shows(HEIGHT, "Open as draft"));
    let wanted = number.clone();
    let entry = bench
        .store(move |store| store.case_messages(&wanted))
        .remove(0);
    bench.send(Message::Cases(cases::Message::Draft(entry.id)));
    let path = bench
        .dir
        .path()
        .join(cases::DRAFTS_DIR)
        .join(format!("{number}-{}.eml", entry.id));
    let eml = std::fs::read_to_string(&path).expect("the draft is written");
    assert!(
        eml.contains(&format!("Message-ID: {}", entry.message_id)),
        "{eml}"
    );
    assert!(eml.contains("X-Unsent: 1"));
    assert!(eml.contains("To: berta@example.com"));
    assert!(
        eml.contains("application/pdf"),
        "the confirmation is attached"
    );
    let wanted = number.clone();
    let drafted = bench
        .store(move |store| store.case_messages(&wanted))
        .remove(0);
    assert_eq!(drafted.status, OutboxStatus::Drafted);
    let wanted = number.clone();
    let case = bench.store(move |store| Ok(store.case(&wanted)?.expect("case")));
    let event = case.events.last().expect("the draft's event");
    assert!(
        event.note.contains("mail program") && event.note.contains("b…@example.com"),
        "handed to the mail program, on the history: {}",
        event.note
    );
    assert!(
        bench
            .store(|store| store.claim_messages(chrono::Utc::now(), 10))
            .is_empty(),
        "the sender leaves it to the mail program"
    );
}

#[test]
fn the_case_switches_a_customer_to_no_messages_and_back() {
    let mut bench = Bench::new(today());
    mail_to_nowhere(&bench);
    let number = ready_walk_in(&bench, Some("ann@example.com"));
    bench.send(Message::Navigate(Screen::Cases));
    bench.send(Message::Cases(cases::Message::Open(number.clone())));
    let contains = |bench: &Bench, words: &str| {
        gui_support::screens::any_text_contains(bench.app.view(), HEIGHT, words)
    };
    assert!(contains(
        &bench,
        "E-mail address given in the intake at the desk"
    ));
    bench.click(HEIGHT, "Customer wants no messages");
    assert!(contains(&bench, "No messages: the customer asked for none"));
    // The timeline records the switch, and its clause column shows the agreement's
    // clauses only: no rulebook section.
    let whole =
        |words: &str| gui_support::screens::any_text_contains(bench.app.view(), 20_000.0, words);
    assert!(whole("No messages: the customer asked to be sent none."));
    assert!(!whole("§"), "no rulebook section on the screen");
    let wanted = number.clone();
    let case = bench.store(move |store| Ok(store.case(&wanted)?.expect("case")));
    let off = fixdesk::domain::mail::messages_off(&case).expect("recorded as an event");
    assert_eq!(off, case.events.last().expect("event"));
    bench.click(HEIGHT, "Send messages again");
    assert!(!contains(
        &bench,
        "No messages: the customer asked for none"
    ));
    let case = bench.store(move |store| Ok(store.case(&number)?.expect("case")));
    assert!(fixdesk::domain::mail::messages_off(&case).is_none());
}

#[test]
fn the_case_says_its_payment_notice_came_from_the_quotes_email() {
    let mut bench = Bench::new(today());
    mail_to_nowhere(&bench);
    let number = bench.store(move |store| {
        let p = policy();
        let number = store
            .create_case(
                &walk_in("Ann Lee", "SN-G9", "2026-03-02"),
                &p,
                "ana",
                at("2026-03-02"),
            )?
            .number;
        store.apply(
            Some(&number),
            &Step::Diagnose(found(
                Cause::ManMade,
                "screen",
                RepairMethod::PartReplacement,
            )),
            &p,
            day("2026-03-03"),
            "ana",
            at("2026-03-03"),
        )?;
        store.apply(
            Some(&number),
            &Step::SendQuote(store_common::quote_of(
                ("Screen", 8_000),
                ("Fitting", 2_500),
            )),
            &p,
            day("2026-03-03"),
            "ana",
            at("2026-03-03"),
        )?;
        // The sender's round, as against a server that accepted it.
        let now = at("2026-03-03") + chrono::Duration::hours(2);
        for m in store.claim_messages(now, 10)? {
            let sent = fixdesk::store::outbox::Delivery::Sent {
                reply: "250 OK".into(),
            };
            store.finish_message(m.id, &sent, now, day("2026-03-03"))?;
        }
        Ok(number)
    });
    bench.send(Message::Navigate(Screen::Cases));
    bench.send(Message::Cases(cases::Message::Open(number)));
    assert!(
        gui_support::screens::any_text_contains(bench.app.view(), HEIGHT, "(sent by e-mail)"),
        "the notice date says where it came from"
    );
    assert!(gui_support::screens::any_text_contains(
        bench.app.view(),
        HEIGHT,
        "Quote e-mailed to a…@example.com"
    ));
}
