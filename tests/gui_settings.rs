//! The settings screen driven like a manager would, headless (iced_test, tiny-skia):
//! validation as you type naming the field, saving (and failing to save) without losing
//! what was typed, the warranty policy editor changing the next intake's verdict, the
//! theme, and the restore's confirmation. Failures are fed back by hand; where the store
//! matters the screens run their own tasks against a real store on a bench
//! (tests/gui_support), as the window does. The restore itself runs through the app's
//! `Desk` on a tokio runtime.

mod gui_support;
// The GUI support's bench opens its store in the store tests' temporary folder.
mod store_common;

use chrono::{NaiveDate, Utc};
use fixdesk::domain::settings::Theme as ThemeChoice;
use fixdesk::domain::{Policy, Settings};
use fixdesk::gui::desk::Desk;
use fixdesk::gui::screen::intake::{self, Field as IntakeField};
use fixdesk::gui::screen::settings::{self, Field, PolicyField};
use fixdesk::gui::{App, Message, Screen};
use gui_support::screens::{self as support, Bench, click, shows};
use iced_test::Simulator;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 1).expect("date")
}

fn app() -> App {
    let mut app = App::new(None, Settings::default(), Policy::shipped(), today());
    let _ = app.update(Message::Navigate(Screen::Settings));
    app
}

/// Tall enough that the whole policy (and a model added at its end) is on screen.
const HEIGHT: f32 = 3200.0;

fn simulator(view: iced::Element<'_, Message>) -> Simulator<'_, Message> {
    support::simulator(view, HEIGHT)
}

/// Empties an input (as selecting its text and deleting does), clicks it and types.
fn type_over(app: &mut App, id: &str, clear: Message, typed: &str) {
    let _ = app.update(clear);
    let messages = support::typed(app.view(), HEIGHT, id, typed);
    support::feed(app, messages);
}

fn type_setting(app: &mut App, field: Field, typed: &str) {
    let clear = Message::Settings(settings::Message::Edit(field, String::new()));
    type_over(app, field.id(), clear, typed);
}

fn type_policy(app: &mut App, field: PolicyField, typed: &str) {
    let clear = Message::Settings(settings::Message::PolicyEdit(field, String::new()));
    type_over(app, &field.id(), clear, typed);
}

fn type_intake(app: &mut App, field: IntakeField, typed: &str) {
    let clear = Message::Intake(intake::Message::Edit(field, String::new()));
    type_over(app, field.id(), clear, typed);
}

fn checked(app: &App) -> settings::Checked {
    app.settings_screen().check(&settings::Context {
        words: app.settings().language.words(),
        desk_language: None,
        desk: None,
        settings: app.settings(),
        policy: app.policy(),
        data_dir: None,
        desk_name: "",
    })
}

#[test]
fn the_form_shows_the_settings_on_file() {
    let mut stored = Settings::default();
    stored.center.name = "Northside Device Repair".into();
    stored.answer_days = 21;
    let mut app = App::new(None, stored, Policy::shipped(), today());
    let _ = app.update(Message::Navigate(Screen::Settings));
    assert_eq!(
        app.settings_screen().value(Field::CenterName),
        "Northside Device Repair"
    );
    assert_eq!(app.settings_screen().value(Field::AnswerDays), "21");
    assert!(!app.settings_screen().is_dirty());
    // Nothing changed: Save does nothing.
    let mut ui = simulator(app.view());
    ui.click("Save settings").expect("the button is there");
    assert_eq!(
        ui.into_messages().count(),
        0,
        "disabled while nothing changed"
    );
}

#[test]
fn invalid_numbers_are_refused_with_the_field_named() {
    let mut app = app();
    for (typed, problem) in [
        (
            "0",
            "Answer deadline (days): '0' is not allowed — write a whole number from 1 to 365",
        ),
        (
            "-5",
            "Answer deadline (days): '-5' is not allowed — write a whole number from 1 to 365",
        ),
        (
            "two weeks",
            "Answer deadline (days): 'two weeks' is not allowed — write a whole number from 1 to 365",
        ),
        ("", "Answer deadline (days): required"),
    ] {
        type_setting(&mut app, Field::AnswerDays, typed);
        assert_eq!(app.settings_screen().value(Field::AnswerDays), typed);
        assert!(shows(&app, HEIGHT, problem), "{typed:?}: {problem}");
        assert!(checked(&app).settings.is_none());
        // Save is disabled: clicking it changes nothing, and nothing saved is lost.
        let mut ui = simulator(app.view());
        ui.click("Save settings").expect("the button is there");
        assert_eq!(ui.into_messages().count(), 0);
        assert_eq!(app.settings().answer_days, 14, "the saved value stays");
    }
    type_setting(&mut app, Field::Currency, "euro");
    assert!(shows(
        &app,
        HEIGHT,
        "Currency: three letters such as EUR, GBP or USD"
    ));
    type_setting(&mut app, Field::RetentionMonths, "0");
    assert!(
        !checked(&app)
            .problems
            .iter()
            .any(|(field, _)| *field == Field::RetentionMonths),
        "0 months of retention means keep"
    );
}

#[test]
fn invalid_policy_months_are_refused_with_the_field_named() {
    let mut app = app();
    // The shipped policy lists Aurora A5 first, with its battery first.
    for (typed, problem) in [
        (
            "0",
            "Aurora A5 — whole-unit months: '0' is not allowed — write a whole number from 1 to 1200",
        ),
        (
            "-12",
            "Aurora A5 — whole-unit months: '-12' is not allowed — write a whole number from 1 to 1200",
        ),
        (
            "two years",
            "Aurora A5 — whole-unit months: 'two years' is not allowed — write a whole number from 1 to 1200",
        ),
    ] {
        type_policy(&mut app, PolicyField::ModelMonths(0), typed);
        assert!(shows(&app, HEIGHT, problem), "{typed:?}: {problem}");
        assert!(
            app.settings_screen()
                .check_policy(fixdesk::domain::Language::English.words())
                .policy
                .is_none()
        );
        let mut ui = simulator(app.view());
        ui.click("Save policy").expect("the button is there");
        assert_eq!(ui.into_messages().count(), 0, "Save policy is disabled");
    }
    click(&mut app, HEIGHT, "Discard changes");
    type_policy(&mut app, PolicyField::ComponentMonths(0, 0), "0");
    assert!(shows(
        &app,
        HEIGHT,
        "Aurora A5 — battery months: '0' is not allowed — write a whole number from 1 to 1200"
    ));
    type_policy(&mut app, PolicyField::ComponentMonths(0, 0), "12");
    type_policy(&mut app, PolicyField::Default, "text");
    assert!(shows(
        &app,
        HEIGHT,
        "Default whole-unit months: 'text' is not allowed — write a whole number from 1 to 1200"
    ));
    // The policy the desk decides by is untouched throughout.
    assert_eq!(app.policy(), &Policy::shipped());
}

/// Types a walk-in with an 18-month-old invoice for a Helios H1, a model the shipped
/// policy does not list.
fn intake_helios(app: &mut App) {
    let _ = app.update(Message::Navigate(Screen::Intake));
    for (field, typed) in [
        (IntakeField::Name, "Ann Lee"),
        (IntakeField::Phone, "+44 20 7946 4506"),
        (IntakeField::Address, "1 High Street, London"),
        (IntakeField::Model, "Helios H1"),
        (IntakeField::Serial, "HX-100"),
    ] {
        type_intake(app, field, typed);
    }
    let _ = app.update(Message::Intake(intake::Message::Toggle(
        intake::Flag::InvoicePresent,
        true,
    )));
    for (field, typed) in [
        (IntakeField::InvoiceDate, "2024-09-01"),
        (IntakeField::InvoiceModel, "Helios H1"),
        (IntakeField::InvoiceSerial, "HX-100"),
    ] {
        type_intake(app, field, typed);
    }
}

#[test]
fn a_model_added_in_the_policy_editor_changes_the_verdict_of_a_new_intake() {
    let mut bench = Bench::new(today());

    // Before: the default 12 months apply, and 18 months is out of warranty (2.2, 2.4).
    intake_helios(&mut bench.app);
    assert!(shows(&bench.app, HEIGHT, "PAID REPAIR"));

    // The manager adds the model with 24 months of whole-unit warranty.
    bench.send(Message::Navigate(Screen::Settings));
    let models = Policy::shipped().models.len();
    bench.click(HEIGHT, "+ Add model");
    let name = PolicyField::ModelName(models);
    let months = PolicyField::ModelMonths(models);
    assert!(shows(&bench.app, HEIGHT, "Model 9: name required"));
    type_policy(&mut bench.app, name, "Helios H1");
    type_policy(&mut bench.app, months, "24");
    // Every model has its own "+ Add component": this model's is the last one.
    bench.send(Message::Settings(settings::Message::AddComponent(models)));
    type_policy(
        &mut bench.app,
        PolicyField::ComponentName(models, 0),
        "battery",
    );
    type_policy(
        &mut bench.app,
        PolicyField::ComponentMonths(models, 0),
        "12",
    );
    assert!(shows(
        &bench.app,
        HEIGHT,
        "Policy changes not saved yet: new decisions still use the saved version."
    ));
    let policy = bench
        .app
        .settings_screen()
        .check_policy(fixdesk::domain::Language::English.words())
        .policy
        .expect("a valid policy");
    assert_eq!(
        policy.model("helios h1").and_then(|(_, m)| m.unit_months),
        Some(24)
    );

    // Save: the screen asks the store; the desk decides by it only once stored.
    let clicked = support::clicked(bench.app.view(), HEIGHT, "Save policy");
    assert_eq!(clicked.len(), 1);
    let saving: Vec<_> = clicked
        .into_iter()
        .map(|message| bench.app.update(message))
        .collect();
    assert_eq!(
        bench.app.policy(),
        &Policy::shipped(),
        "only once the store has it"
    );
    for task in saving {
        bench.settle(task);
    }
    assert_eq!(bench.app.policy(), &policy);
    assert!(shows(
        &bench.app,
        HEIGHT,
        "Policy saved as version 2: new decisions use it; earlier ones keep theirs."
    ));
    assert!(shows(
        &bench.app,
        HEIGHT,
        "Warranty policy · version 2 in use"
    ));

    // After: the same intake is now a free repair, and the case cites version 2.
    intake_helios(&mut bench.app);
    bench.send(Message::Intake(intake::Message::FaultEdited(
        iced::widget::text_editor::Action::Edit(iced::widget::text_editor::Edit::Paste(
            std::sync::Arc::new("Does not charge".into()),
        )),
    )));
    bench.click(HEIGHT, "Customer has backed up their data (3.1)");
    bench.click(HEIGHT, "Customer confirms the details are accurate (3.3)");
    assert!(shows(&bench.app, HEIGHT, "FREE REPAIR"));
    assert!(!shows(&bench.app, HEIGHT, "PAID REPAIR"));
    assert_eq!(bench.click(HEIGHT, "Save case"), 1);
    let number = bench.app.intake().saved().cloned().expect("stored");
    let case = bench
        .store(move |store| store.case(&number))
        .expect("the case is there");
    let decision = case.decision.expect("decided");
    assert_eq!(decision.policy_version, 2);
    assert_eq!(decision.decision.verdict, fixdesk::domain::Verdict::Free);
}

#[test]
fn a_failed_save_keeps_what_was_typed_and_a_good_one_says_so() {
    let mut bench = Bench::new(today());
    bench.send(Message::Navigate(Screen::Settings));
    let app = &mut bench.app;
    type_setting(app, Field::CenterName, "Northside Device Repair");
    type_setting(app, Field::AnswerDays, "21");
    click(app, HEIGHT, "Letter");
    assert!(shows(app, HEIGHT, "Changes not saved yet."));
    // The save starts; this time the store fails (its answer is fed by hand).
    assert_eq!(click(app, HEIGHT, "Save settings"), 1);
    assert!(shows(app, HEIGHT, "Saving…"));

    let _ = app.update(Message::Settings(settings::Message::Saved(Err(
        "The database failed (disk full).".into(),
    ))));
    assert!(shows(
        app,
        HEIGHT,
        "Not saved: The database failed (disk full). Your changes are still here; try again."
    ));
    assert_eq!(
        app.settings_screen().value(Field::CenterName),
        "Northside Device Repair"
    );
    assert_eq!(app.settings().center.name, Settings::default().center.name);

    // Try again; this time the store takes it.
    assert!(checked(app).settings.is_some(), "valid");
    assert_eq!(bench.click(HEIGHT, "Save settings"), 1);
    let app = &bench.app;
    assert!(shows(
        app,
        HEIGHT,
        "Settings saved. New documents use them."
    ));
    assert_eq!(app.settings().center.name, "Northside Device Repair");
    assert_eq!(app.settings().answer_days, 21);
    assert_eq!(app.settings().paper, fixdesk::domain::Paper::Letter);
    assert!(!app.settings_screen().is_dirty());
    assert_eq!(app.title(), "Northside Device Repair — fixdesk");
    let stored = bench.store(|store| store.settings());
    assert_eq!(stored.center.name, "Northside Device Repair");
}

#[test]
fn a_settings_field_shows_its_problem_once_touched_and_names_have_limits() {
    let mut app = app();
    // The form on file is valid; nothing is red.
    assert!(!shows(&app, HEIGHT, "Center name: required"));
    type_setting(&mut app, Field::CenterName, "");
    assert!(
        shows(&app, HEIGHT, "Center name: required"),
        "touched and left empty"
    );
    let long = "N".repeat(101);
    type_setting(&mut app, Field::CenterName, &long);
    assert!(shows(
        &app,
        HEIGHT,
        "Center name: at most 100 characters (this is 101)"
    ));
    assert!(checked(&app).settings.is_none());
    let mut ui = simulator(app.view());
    ui.click("Save settings").expect("the button is there");
    assert_eq!(ui.into_messages().count(), 0, "Save is disabled");
}

#[test]
fn the_theme_applies_at_once() {
    let mut app = app();
    assert_eq!(app.theme(), None, "as the system");
    click(&mut app, HEIGHT, "Dark");
    assert_eq!(app.settings().theme, ThemeChoice::Dark);
    assert!(matches!(app.theme(), Some(iced::Theme::Dark)));
    click(&mut app, HEIGHT, "Light");
    assert!(matches!(app.theme(), Some(iced::Theme::Light)));
}

#[test]
fn a_restore_asks_first_and_says_what_will_happen() {
    let mut app = app();
    assert_eq!(click(&mut app, HEIGHT, "Restore…"), 1);
    let file = std::path::PathBuf::from("/backups/fixdesk-2026-02-27.db");
    let _ = app.update(Message::Settings(settings::Message::RestoreChosen(Some(
        file.clone(),
    ))));
    assert!(shows(
        &app,
        HEIGHT,
        "Restore /backups/fixdesk-2026-02-27.db?"
    ));
    assert!(shows(
        &app,
        HEIGHT,
        &fixdesk::domain::Language::English
            .words()
            .restore_explained()
    ));
    click(&mut app, HEIGHT, "Cancel");
    assert_eq!(app.settings_screen().confirming_restore(), None);

    let _ = app.update(Message::Settings(settings::Message::RestoreChosen(Some(
        file,
    ))));
    click(&mut app, HEIGHT, "Restore this backup");
    assert!(shows(&app, HEIGHT, "Restoring…"));
    // Without a store the app answers at once; here the answer is fed by hand.
    let _ = app.update(Message::Settings(settings::Message::Restored(Err(
        "/backups/fixdesk-2026-02-27.db is not a fixdesk database".into(),
    ))));
    assert!(shows(
        &app,
        HEIGHT,
        "Not restored: /backups/fixdesk-2026-02-27.db is not a fixdesk database"
    ));
}

/// The restore through the app's store handle: the open store is closed, the backup
/// put in place, and the store opened again on it — with the settings it holds.
#[test]
fn the_desk_restores_a_backup_and_works_on_afterwards() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let dir = tempfile::tempdir().expect("temp dir");
    let opened = runtime
        .block_on(Desk::open(
            fixdesk::domain::Language::English.words(),
            dir.path().to_path_buf(),
            None,
        ))
        .expect("the desk opens");
    let desk = opened.desk;
    let mut before = Settings::default();
    before.center.name = "Before the restore".into();
    let backup = dir.path().join("my-backup.db");
    runtime
        .block_on({
            let backup = backup.clone();
            desk.run(move |store| {
                store.save_settings(&before)?;
                store.backup_to(&backup)
            })
        })
        .expect("backed up");
    let mut after = Settings::default();
    after.center.name = "Changed after the backup".into();
    runtime
        .block_on(desk.run(move |store| store.save_settings(&after)))
        .expect("changed");

    // A file that is not a backup is refused, and the desk carries on as it was.
    let junk = dir.path().join("junk.db");
    std::fs::write(&junk, b"not a database at all").expect("junk");
    let refused = runtime.block_on(desk.restore(junk, Utc::now()));
    assert!(refused.is_err());
    let name = runtime
        .block_on(desk.run(|store| store.settings()))
        .expect("still open")
        .center
        .name;
    assert_eq!(name, "Changed after the backup");

    let restored = runtime
        .block_on(desk.restore(backup, Utc::now()))
        .expect("restored");
    assert_eq!(restored.opened.settings.center.name, "Before the restore");
    let aside = restored
        .set_aside
        .clone()
        .expect("the replaced database is kept");
    assert!(aside.is_file());
    // The same handle works on the restored database.
    let name = runtime
        .block_on(desk.run(|store| store.settings()))
        .expect("open again")
        .center
        .name;
    assert_eq!(name, "Before the restore");

    // And the app takes the restored settings and policy as its own.
    let mut app = app();
    let _ = app.update(Message::Settings(settings::Message::Restored(Ok(
        Box::new(restored),
    ))));
    assert_eq!(app.settings().center.name, "Before the restore");
    assert_eq!(
        app.settings_screen().value(Field::CenterName),
        "Before the restore"
    );
    assert!(shows(
        &app,
        HEIGHT,
        &fixdesk::domain::Language::English
            .words()
            .restore_done(Some(&aside))
    ));
}

/// "Where the cases are": the server's address is checked as it is typed, naming the
/// field; Connect with a problem says which and saves nothing; against the real test
/// server, "Test connection" says what it found without saving, and "Connect" opens the
/// cases there and keeps the address (never the password) for the next start.
#[test]
fn a_server_is_checked_as_typed_tested_then_kept_without_its_password() {
    use fixdesk::gui::screen::connection::{self, Field as ServerField, Message as ServerMessage};
    use fixdesk::store::location;

    let mut bench = gui_support::Bench::new(
        gui_support::Shell::new("2026-03-01"),
        connection::State::default(),
    );
    let folder = bench.shell.desk.data_dir().clone();
    bench.type_into(ServerField::Port.id(), "x");
    assert!(bench.shows("'5432x' is not a port: 1 to 65535 (usually 5432)"));
    bench.click("Connect");
    assert!(bench.shows("port: '5432x' is not a port: 1 to 65535 (usually 5432)"));
    assert_eq!(bench.focused, Some(ServerField::Port.id()));
    bench.send(ServerMessage::Edit(ServerField::Port, "5432".into()));
    bench.click("Connect");
    assert!(bench.shows("host: missing: the server's name or address"));
    assert_eq!(bench.focused, Some(ServerField::Host.id()));
    assert_eq!(location::saved_server(&folder).expect("read"), None);

    let Some(db) = store_common::ServerDb::create() else {
        return;
    };
    // The test server's address, field by field, as a manager would type it.
    let pairs: Vec<(String, String)> = db
        .url
        .split_whitespace()
        .filter_map(|pair| pair.split_once('='))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let value = |key: &str| {
        pairs
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    for (field, key) in [
        (ServerField::Host, "host"),
        (ServerField::Port, "port"),
        (ServerField::Database, "dbname"),
        (ServerField::User, "user"),
    ] {
        bench.send(ServerMessage::Edit(field, value(key)));
    }
    bench.send(ServerMessage::Edit(
        ServerField::Password,
        "desk-s3cret".into(),
    ));
    bench.click("Test connection");
    let reached = format!(
        "Connected to {}@{}:{}/{}: a new fixdesk database, ready to use.",
        value("user"),
        value("host"),
        value("port"),
        db.name
    );
    assert!(
        bench.shows(&reached),
        "the test says what it found: {reached}"
    );
    assert_eq!(
        location::saved_server(&folder).expect("read"),
        None,
        "a test saves nothing"
    );

    let events = bench.click("Connect");
    let opened = events
        .iter()
        .find_map(|event| match event {
            fixdesk::gui::screen::Shared::StoreReplaced(opened) => Some(opened),
            _ => None,
        })
        .expect("the store is replaced by the server's");
    assert!(opened.desk.on_server());
    assert!(
        opened.desk.place().contains(&db.name),
        "{}",
        opened.desk.place()
    );
    let (saved, password) = location::saved_server(&folder)
        .expect("read")
        .expect("the server is kept for the next start");
    assert_eq!(saved.database, db.name);
    assert_eq!(password.as_deref(), Some("desk-s3cret"));
    let json = std::fs::read_to_string(folder.join(location::SERVER_FILE)).expect("server.json");
    assert!(
        !json.contains("desk-s3cret"),
        "the password is not in the address file"
    );
    assert!(!bench.shows("desk-s3cret"));
}

/// Settings → Printers: the printers the system offers are listed; choosing one for the
/// receipt brings its copies, "at once / ask first" and its paper (the rolls among them).
#[test]
fn a_printer_chosen_for_the_receipt_shows_its_copies_when_and_rolls() {
    use fixdesk::domain::case::DocumentKind;
    use fixdesk::gui::screen::settings::printers::{Edit, Printout};
    use fixdesk::print::{Printer, PrinterState};
    let mut app = app();
    let counter = Printer {
        name: "Counter-80".into(),
        description: "Counter receipt printer".into(),
        state: PrinterState::Ready,
        alerts: Vec::new(),
        is_default: false,
    };
    let _ = app.update(Message::Settings(settings::Message::PrintersListed(Ok(
        vec![counter],
    ))));
    {
        let mut ui = simulator(app.view());
        assert!(
            ui.find("Counter-80 (Counter receipt printer) — ready")
                .is_ok()
        );
        assert!(ui.find("Print at once").is_err(), "no printer chosen yet");
    }
    let receipt = Printout::Case(DocumentKind::Receipt);
    let _ = app.update(Message::Settings(settings::Message::Printer(
        receipt,
        Edit::Printer(Some("Counter-80".into())),
    )));
    let mut ui = simulator(app.view());
    for shown in [
        "Print at once",
        "Ask first (print dialog)",
        "2 copies",
        "80 mm roll",
        "58 mm roll",
    ] {
        assert!(ui.find(shown).is_ok(), "{shown} not shown");
    }
}
