//! The intake screen driven like a clerk would, headless (iced_test, tiny-skia): typing,
//! clicking, the live verdict, validation, saving.

use chrono::NaiveDate;
use fixdesk::domain::{CaseNumber, Policy, Settings};
use fixdesk::gui::screen::intake::{self, Field};
use fixdesk::gui::{App, Message, Screen};
use iced_test::{Simulator, selector};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 1).expect("date")
}

fn app() -> App {
    App::new(None, Settings::default(), Policy::shipped(), today())
}

/// Feeds what the simulated user produced back into the app, as the runtime would.
/// The window as a clerk's 1280-pixel-wide screen shows it, tall enough to reach the
/// handover section without scrolling.
fn simulator(view: iced::Element<'_, Message>) -> Simulator<'_, Message> {
    Simulator::with_size(fixdesk::gui::settings(), (1280.0, 1500.0), view)
}

fn feed(app: &mut App, messages: Vec<Message>) -> usize {
    let count = messages.len();
    for message in messages {
        let _ = app.update(message);
    }
    count
}

/// Clicks a field and types into it.
fn type_into(app: &mut App, field: Field, typed: &str) {
    let mut ui = simulator(app.view());
    ui.click(selector::id(field.id()))
        .expect("field is on screen");
    ui.typewrite(typed);
    let messages = ui.into_messages().collect();
    feed(app, messages);
}

/// Clicks a widget by its text (a radio, a checkbox, a button); returns the messages fed.
fn click(app: &mut App, label: &str) -> usize {
    let mut ui = simulator(app.view());
    ui.click(label)
        .unwrap_or_else(|err| panic!("{label:?} is not clickable: {err:?}"));
    let messages = ui.into_messages().collect();
    feed(app, messages)
}

fn shows(app: &App, content: &str) -> bool {
    let mut ui = simulator(app.view());
    ui.find(content).is_ok()
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
    click(app, "Charger");
    click(app, "Customer has backed up their data (3.1)");
    click(app, "Customer confirms the details are accurate (3.3)");
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
        "Enter the model, serial number and date to see the decision."
    ));
    walk_in_customer(&mut app);
    // No invoice, no shipment date: the warranty start is unknown (2.3, 2.4).
    assert!(shows(&app, "NEEDS PROOF"));

    click(&mut app, "An unauthorized seller");
    assert!(shows(&app, "NOT ELIGIBLE"), "1.2: unauthorized channel");
    assert!(!shows(&app, "NEEDS PROOF"));

    click(&mut app, "An authorized seller");
    click(&mut app, "Invoice presented");
    type_into(&mut app, Field::InvoiceDate, "2025-06-01");
    type_into(&mut app, Field::InvoiceModel, "Aurora A5");
    type_into(&mut app, Field::InvoiceSerial, "AA5 123456");
    assert!(shows(&app, "FREE REPAIR"));
    assert!(shows(&app, "provisional until inspection"));
    assert!(shows(
        &app,
        "Warranty start: Sun 1 June 2025 (invoice date) · 24 months"
    ));

    // A delivery before the invoice date moves the start to the delivery (2.4).
    type_into(&mut app, Field::DeliveryDate, "28.05.2025");
    assert!(
        shows(&app, "= Wed 28 May 2025"),
        "the date entry shows what it understood"
    );
    assert!(shows(
        &app,
        "Warranty start: Wed 28 May 2025 (delivery date) · 24 months"
    ));
    assert!(shows(&app, "Last covered day: Thu 27 May 2027"));

    // An altered invoice is invalid: without a shipment date, proof is needed again.
    click(&mut app, "Altered");
    assert!(shows(&app, "NEEDS PROOF"));
}

#[test]
fn an_invalid_date_keeps_save_disabled_and_says_why() {
    let mut app = app();
    walk_in_customer(&mut app);
    complete_the_handover(&mut app);
    // Everything is in order: Save works.
    assert!(shows(&app, "Save case"));
    assert!(!shows(
        &app,
        "Cannot save yet — Received on: not a date — write 2026-03-01 or 01.03.2026"
    ));

    // The clerk clears the date and types one that does not exist.
    let _ = app.update(Message::Intake(intake::Message::Edit(
        Field::ReceivedOn,
        String::new(),
    )));
    type_into(&mut app, Field::ReceivedOn, "31.02.2026");
    assert!(shows(
        &app,
        "Cannot save yet — Received on: not a date — write 2026-03-01 or 01.03.2026"
    ));
    assert_eq!(
        click(&mut app, "Save case"),
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
    assert_eq!(click(&mut app, "Save case"), 1);
    assert!(shows(&app, "Saving…"), "a second click cannot save twice");

    // The store answers (the simulator runs no tasks, so the answer is fed by hand).
    let number = CaseNumber::new(2026, 42);
    let _ = app.update(Message::Intake(intake::Message::Saved(Ok(number))));
    assert!(shows(&app, "SC-2026-000042"));
    assert!(shows(&app, "Print receipt"));
    assert_eq!(app.intake().value(Field::Name), "");
    assert_eq!(app.intake().value(Field::Serial), "");

    // Next customer: a blank form, dated today.
    click(&mut app, "Next customer");
    assert!(shows(&app, "Save case"));
    assert_eq!(app.intake().value(Field::ReceivedOn), "2026-03-01");
}

#[test]
fn a_failed_save_keeps_the_form_and_says_why() {
    let mut app = app();
    walk_in_customer(&mut app);
    complete_the_handover(&mut app);
    click(&mut app, "Save case");
    let _ = app.update(Message::Intake(intake::Message::Saved(Err(
        "The disk is full: free some space and save again.".into(),
    ))));
    assert!(shows(
        &app,
        "The disk is full: free some space and save again."
    ));
    assert_eq!(app.intake().value(Field::Serial), "AA5-123456");
    assert!(shows(&app, "Save case"));
}

#[test]
fn typing_a_model_offers_the_catalogue() {
    let mut app = app();
    type_into(&mut app, Field::Model, "vega");
    assert!(shows(&app, "Vega Book 14"));
    click(&mut app, "Vega Book 16");
    assert_eq!(app.intake().value(Field::Model), "Vega Book 16");
    assert!(
        !shows(&app, "Vega Book 14"),
        "the choice closes the suggestions"
    );
}

#[test]
fn the_online_application_asks_for_the_address() {
    let mut app = app();
    click(&mut app, "Online application");
    assert_eq!(app.intake().mode(), fixdesk::domain::Arrival::MailIn);
    walk_in_customer(&mut app);
    assert!(shows(&app, "Application accepted on"));
    assert!(
        !shows(&app, "Customer has backed up their data (3.1)"),
        "no handover for a parcel yet"
    );
}

#[test]
fn navigation_switches_screens() {
    let mut app = app();
    click(&mut app, "Cases");
    assert_eq!(app.screen(), Screen::Cases);
    let _ = app.update(Message::Shortcut(
        fixdesk::gui::shortcut::Shortcut::NewIntake,
    ));
    assert_eq!(app.screen(), Screen::Intake);
}
