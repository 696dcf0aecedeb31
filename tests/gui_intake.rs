//! The intake screen driven like a clerk would, headless (iced_test, tiny-skia): typing,
//! clicking, the live verdict, validation at the field once touched, length limits,
//! saving (the store's answers fed by hand, and for real on a bench).

mod gui_support;
// The GUI support's bench opens its store in the store tests' temporary folder.
mod store_common;

use chrono::NaiveDate;
use fixdesk::domain::{CaseNumber, Policy, Settings};
use fixdesk::gui::screen::intake::{self, Field};
use fixdesk::gui::{App, Message, Screen};
use gui_support::screens::{self as support, Bench, click, shows};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 1).expect("date")
}

fn app() -> App {
    App::new(None, Settings::default(), Policy::shipped(), today())
}

/// The window as a clerk's 1280-pixel-wide screen shows it, tall enough to reach the
/// handover section without scrolling.
const HEIGHT: f32 = 1500.0;

/// Clicks a field and types into it.
fn type_into(app: &mut App, field: Field, typed: &str) {
    let messages = support::typed(app.view(), HEIGHT, field.id(), typed);
    support::feed(app, messages);
}

/// A walk-in customer typed in as far as the device; no proof yet.
fn walk_in_customer(app: &mut App) {
    type_into(app, Field::Name, "Zoë Łukasiewicz-Müller");
    type_into(app, Field::Phone, "+44 20 7946 4506");
    type_into(app, Field::Model, "Aurora A5");
    type_into(app, Field::Serial, "AA5-123456");
}

fn complete_the_handover(app: &mut App) {
    let _ = app.update(Message::Intake(intake::Message::FaultEdited(
        iced::widget::text_editor::Action::Edit(iced::widget::text_editor::Edit::Paste(
            std::sync::Arc::new("Does not charge since last week".into()),
        )),
    )));
    click(app, HEIGHT, "Charger");
    click(app, HEIGHT, "Customer has backed up their data (3.1)");
    click(
        app,
        HEIGHT,
        "Customer confirms the details are accurate (3.3)",
    );
}

#[test]
fn typing_keeps_every_character() {
    let mut app = app();
    type_into(&mut app, Field::Name, "Zoë Łukasiewicz-Müller");
    assert_eq!(app.intake().value(Field::Name), "Zoë Łukasiewicz-Müller");
    assert_eq!(app.screen(), Screen::Intake);
}

#[test]
fn the_verdict_follows_the_proof_as_it_is_entered() {
    let mut app = app();
    assert!(shows(
        &app,
        HEIGHT,
        "Enter the model, serial number and date to see the decision."
    ));
    walk_in_customer(&mut app);
    // No invoice, no shipment date: the warranty start is unknown (2.3, 2.4).
    assert!(shows(&app, HEIGHT, "NEEDS PROOF"));

    click(&mut app, HEIGHT, "An unauthorized seller");
    assert!(
        shows(&app, HEIGHT, "NOT ELIGIBLE"),
        "1.2: unauthorized channel"
    );
    assert!(!shows(&app, HEIGHT, "NEEDS PROOF"));

    click(&mut app, HEIGHT, "An authorized seller");
    click(&mut app, HEIGHT, "Invoice presented");
    type_into(&mut app, Field::InvoiceDate, "2025-06-01");
    type_into(&mut app, Field::InvoiceModel, "Aurora A5");
    type_into(&mut app, Field::InvoiceSerial, "AA5 123456");
    assert!(shows(&app, HEIGHT, "FREE REPAIR"));
    assert!(shows(&app, HEIGHT, "provisional until inspection"));
    assert!(shows(
        &app,
        HEIGHT,
        "Warranty start: Sun 1 June 2025 (invoice date) · 24 months"
    ));

    // A delivery before the invoice date moves the start to the delivery (2.4).
    type_into(&mut app, Field::DeliveryDate, "28.05.2025");
    assert!(
        shows(&app, HEIGHT, "= Wed 28 May 2025"),
        "the date entry shows what it understood"
    );
    assert!(shows(
        &app,
        HEIGHT,
        "Warranty start: Wed 28 May 2025 (delivery date) · 24 months"
    ));
    assert!(shows(&app, HEIGHT, "Last covered day: Thu 27 May 2027"));

    // An altered invoice is invalid: without a shipment date, proof is needed again.
    click(&mut app, HEIGHT, "Altered");
    assert!(shows(&app, HEIGHT, "NEEDS PROOF"));
}

#[test]
fn an_invalid_date_keeps_save_disabled_and_says_why() {
    let mut app = app();
    walk_in_customer(&mut app);
    complete_the_handover(&mut app);
    // Everything is in order: Save works.
    assert!(shows(&app, HEIGHT, "Save case"));
    assert!(!shows(
        &app,
        HEIGHT,
        "Cannot save yet — Received on: not a date — write 2026-03-01 or 01.03.2026"
    ));

    // The clerk clears the date and types one that does not exist.
    let _ = app.update(Message::Intake(intake::Message::Edit(
        Field::ReceivedOn,
        String::new(),
    )));
    type_into(&mut app, Field::ReceivedOn, "31.02.2026");
    // It says why: not "write a date like…" but what is wrong with this one.
    assert!(shows(
        &app,
        HEIGHT,
        "Cannot save yet — Received on: 31.02.2026: February has no 31st"
    ));
    assert_eq!(
        click(&mut app, HEIGHT, "Save case"),
        0,
        "a disabled Save produces nothing"
    );
    assert_eq!(
        app.intake().value(Field::Name),
        "Zoë Łukasiewicz-Müller",
        "nothing typed is lost"
    );
}

#[test]
fn saving_shows_the_case_number_big_and_clears_the_form() {
    let mut app = app();
    walk_in_customer(&mut app);
    complete_the_handover(&mut app);
    assert_eq!(click(&mut app, HEIGHT, "Save case"), 1);
    assert!(
        shows(&app, HEIGHT, "Saving…"),
        "a second click cannot save twice"
    );

    // The store answers (the simulator runs no tasks, so the answer is fed by hand).
    let number = CaseNumber::new(2026, 42);
    let _ = app.update(Message::Intake(intake::Message::Saved(Ok(number))));
    assert!(shows(&app, HEIGHT, "SC-2026-000042"));
    assert!(shows(&app, HEIGHT, "Print receipt"));
    assert_eq!(app.intake().value(Field::Name), "");
    assert_eq!(app.intake().value(Field::Serial), "");

    // Next customer: a blank form, dated today.
    click(&mut app, HEIGHT, "Next customer");
    assert!(shows(&app, HEIGHT, "Save case"));
    assert_eq!(app.intake().value(Field::ReceivedOn), "2026-03-01");
}

#[test]
fn a_failed_save_keeps_the_form_and_says_why() {
    let mut app = app();
    walk_in_customer(&mut app);
    complete_the_handover(&mut app);
    click(&mut app, HEIGHT, "Save case");
    let _ = app.update(Message::Intake(intake::Message::Saved(Err(
        "The disk is full: free some space and save again.".into(),
    ))));
    assert!(shows(
        &app,
        HEIGHT,
        "The disk is full: free some space and save again."
    ));
    assert_eq!(app.intake().value(Field::Serial), "AA5-123456");
    assert!(shows(&app, HEIGHT, "Save case"));
}

#[test]
fn typing_a_model_offers_the_catalogue() {
    let mut app = app();
    type_into(&mut app, Field::Model, "vega");
    assert!(shows(&app, HEIGHT, "Vega Book 14"));
    click(&mut app, HEIGHT, "Vega Book 16");
    assert_eq!(app.intake().value(Field::Model), "Vega Book 16");
    assert!(
        !shows(&app, HEIGHT, "Vega Book 14"),
        "the choice closes the suggestions"
    );
}

#[test]
fn the_online_application_asks_for_the_address() {
    let mut app = app();
    click(&mut app, HEIGHT, "Online application");
    assert_eq!(app.intake().mode(), fixdesk::domain::Arrival::MailIn);
    walk_in_customer(&mut app);
    assert!(shows(&app, HEIGHT, "Application accepted on"));
    assert!(
        !shows(&app, HEIGHT, "Customer has backed up their data (3.1)"),
        "no handover for a parcel yet"
    );
}

#[test]
fn navigation_switches_screens() {
    let mut app = app();
    click(&mut app, HEIGHT, "Cases");
    assert_eq!(app.screen(), Screen::Cases);
    let _ = app.update(Message::Shortcut(
        fixdesk::gui::shortcut::Shortcut::NewIntake,
    ));
    assert_eq!(app.screen(), Screen::Intake);
}

/// What the clerk would do on a real store: type, tick, save; the screen stores the
/// case itself and shows its number.
#[test]
fn saving_on_a_real_store_shows_the_new_case_number() {
    let mut bench = Bench::new(today());
    gui_support::screens::type_a_walk_in(&mut bench);
    assert_eq!(bench.click(HEIGHT, "Save case"), 1);
    let number = bench.app.intake().saved().cloned().expect("saved");
    assert!(bench.shows(HEIGHT, number.as_str()));
    let stored = bench.store(move |store| store.case(&number));
    assert_eq!(
        stored.map(|case| case.customer.name),
        Some("Zoë Łukasiewicz-Müller".to_string())
    );
}

#[test]
fn a_blank_form_shows_no_errors_until_a_field_is_touched() {
    let mut app = app();
    for problem in [
        "Name: required",
        "Phone: required",
        "Fault, in the customer's words: required",
    ] {
        assert!(
            !shows(&app, HEIGHT, problem),
            "a blank form is not red: {problem}"
        );
    }
    // The button says why it is disabled, from the start.
    assert!(shows(
        &app,
        HEIGHT,
        "Cannot save yet — Name: required (and 6 more)"
    ));

    // Into the name and out again, left empty: now it says so, at the field.
    type_into(&mut app, Field::Name, "Z");
    assert!(!shows(&app, HEIGHT, "Name: required"));
    let _ = app.update(Message::Intake(intake::Message::Edit(
        Field::Name,
        String::new(),
    )));
    assert!(shows(&app, HEIGHT, "Name: required"));
    assert!(
        !shows(&app, HEIGHT, "Phone: required"),
        "untouched fields stay quiet"
    );

    // A bad phone number shows as soon as it is typed.
    type_into(&mut app, Field::Phone, "call me");
    assert!(shows(
        &app,
        HEIGHT,
        "Phone: use digits, spaces, + - ( ) only, at least 6 digits"
    ));

    // Enter (a save attempt) shows every problem.
    let _ = app.update(Message::Intake(intake::Message::Save));
    assert!(shows(
        &app,
        HEIGHT,
        "Fault, in the customer's words: required"
    ));
    assert!(shows(
        &app,
        HEIGHT,
        "Customer has backed up their data (3.1): required"
    ));
    assert_eq!(click(&mut app, HEIGHT, "Save case"), 0, "still disabled");
}

#[test]
fn names_and_free_text_have_length_limits() {
    let mut app = app();
    walk_in_customer(&mut app);
    complete_the_handover(&mut app);
    assert!(!shows(&app, HEIGHT, "Cannot save yet"), "all in order");
    let long = "x".repeat(101);
    let _ = app.update(Message::Intake(intake::Message::Edit(Field::Name, long)));
    assert!(shows(
        &app,
        HEIGHT,
        "Name: at most 100 characters (this is 101)"
    ));
    assert!(shows(
        &app,
        HEIGHT,
        "Cannot save yet — Name: at most 100 characters (this is 101)"
    ));
    assert_eq!(click(&mut app, HEIGHT, "Save case"), 0);
    let long_fault = "y".repeat(2001);
    let _ = app.update(Message::Intake(intake::Message::FaultEdited(
        iced::widget::text_editor::Action::Edit(iced::widget::text_editor::Edit::Paste(
            std::sync::Arc::new(long_fault),
        )),
    )));
    assert!(
        app.intake()
            .check(&intake::Context {
                words: fixdesk::domain::Language::English.words(),
                desk: None,
                policy: &Policy::shipped(),
                today: today(),
                actor: "desk",
                offline: None,
                center_language: fixdesk::domain::Language::English,
            })
            .problems
            .iter()
            .any(|(field, problem)| *field == Field::Fault && problem.contains("at most 2000")),
        "the fault has its limit too"
    );
}
