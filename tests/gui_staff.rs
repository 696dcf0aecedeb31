//! Staff at the desk, as the window shows it (headless, iced_test; docs/rules.md §10):
//! a database with staff opens on the sign-in card; a clerk is not offered Settings,
//! the policy editor, Restore, reports or staff, and cannot reach them; switching
//! person with a PIN takes a name, a PIN and Enter; the idle lock keeps a half-typed
//! intake, and what is saved after another person unlocks is theirs; a new database
//! makes the manager's account on the Staff screen.

mod gui_support;
mod store_common;

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use fixdesk::domain::staff::{Role, Secret, SecretKind};
use fixdesk::gui::screen::inspection;
use fixdesk::gui::screen::intake::{self, Field};
use fixdesk::gui::screen::{sign_in, staff};
use fixdesk::gui::{Message, Screen};
use fixdesk::store::Store;
use gui_support::screens::{Bench, WALK_IN_HEIGHT as HEIGHT, any_text_contains, type_a_walk_in};
use store_common::at;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 3).expect("date")
}

/// A manager (password) and a clerk (PIN 1111).
fn center(store: &mut Store) {
    let now = at("2026-03-02");
    store
        .add_staff(
            "Maria",
            &[Role::Manager],
            SecretKind::Password,
            &Secret::new("manager-pass"),
            now,
        )
        .expect("manager");
    store
        .add_staff(
            "Carl",
            &[Role::Clerk],
            SecretKind::Pin,
            &Secret::new("1111"),
            now,
        )
        .expect("clerk");
}

/// Types a name and a secret into the card and presses Enter.
fn sign_in(bench: &mut Bench, name: &str, secret: &str) {
    bench.type_into(HEIGHT, sign_in::NAME_ID, name);
    bench.type_into(HEIGHT, sign_in::SECRET_ID, secret);
    bench.send(Message::SignIn(sign_in::Message::Submit));
}

#[test]
fn a_clerk_signs_in_and_is_not_offered_the_managers_screens() {
    let mut bench = Bench::with_staff(today(), center);
    assert_eq!(
        bench.app.gate().map(|gate| gate.purpose),
        Some(sign_in::Purpose::SignIn)
    );
    assert!(bench.shows(
        HEIGHT,
        &fixdesk::domain::Language::English.words().sign_in_hint()
    ));
    assert!(
        !bench.shows(HEIGHT, &fixdesk::domain::Language::English.words().intake()),
        "nothing behind the card"
    );

    sign_in(&mut bench, "carl", "1112");
    let error = bench
        .app
        .gate()
        .and_then(|gate| gate.error())
        .unwrap_or_default();
    assert!(error.contains("wrong"), "{error}");
    assert_eq!(bench.app.person(), None);

    // The name stays; the wrong PIN is gone from the field.
    bench.type_into(HEIGHT, sign_in::SECRET_ID, "1111");
    bench.send(Message::SignIn(sign_in::Message::Submit));
    assert!(bench.app.gate().is_none());
    assert_eq!(bench.app.person().map(|p| p.name.as_str()), Some("Carl"));
    assert!(
        bench.shows(
            HEIGHT,
            &fixdesk::domain::Language::English
                .words()
                .signed_in_as("Carl")
        )
    );
    // Inspection only for the payment there (the clerk's at the counter).
    assert_eq!(
        bench.app.navigation(),
        vec![Screen::Intake, Screen::Inspection, Screen::Cases]
    );
    for hidden in [
        fixdesk::domain::Language::English.words().settings(),
        fixdesk::domain::Language::English.words().reports(),
        fixdesk::domain::Language::English.words().staff(),
        fixdesk::domain::Language::English.words().dispatch(),
    ] {
        assert!(
            !bench.shows(HEIGHT, &hidden),
            "{hidden} is offered to a clerk"
        );
    }
    // Neither a link nor a message gets there.
    bench.send(Message::Navigate(Screen::Settings));
    assert_eq!(bench.app.screen(), Screen::Intake);
    assert!(!bench.shows(HEIGHT, "Restore"));
    // On Inspection, a parcel's step is not the clerk's: Confirm does nothing.
    bench.send(Message::Navigate(Screen::Inspection));
    bench.send(Message::Inspection(inspection::Message::Confirm(
        inspection::StepKind::Parcel,
    )));
    assert_eq!(bench.store(|store| store.last_event_id()), 0);
    // And the store below refuses anyway: the clerk's saving of settings.
    let refused = bench.runtime.block_on(bench.desk.run(|store| {
        let settings = store.settings()?;
        store.save_settings(&settings)
    }));
    assert!(refused.is_err_and(|err| err.contains("a manager")));
}

#[test]
fn switching_person_takes_a_name_a_pin_and_enter() {
    let mut bench = Bench::with_staff(today(), center);
    sign_in(&mut bench, "Maria", "manager-pass");
    assert!(bench.app.navigation().contains(&Screen::Settings));
    type_a_walk_in(&mut bench);

    bench.click(
        HEIGHT,
        &fixdesk::domain::Language::English.words().switch_person(),
    );
    assert_eq!(
        bench.app.gate().map(|gate| gate.purpose),
        Some(sign_in::Purpose::Switch)
    );
    sign_in(&mut bench, "Carl", "1111");
    assert_eq!(bench.app.person().map(|p| p.name.as_str()), Some("Carl"));
    assert_eq!(
        bench.app.intake().value(Field::Name),
        "Zoë Łukasiewicz-Müller",
        "the form is kept"
    );
    // Saved now: the clerk's.
    bench.send(Message::Intake(intake::Message::Save));
    let number = bench.app.intake().saved().cloned().expect("saved");
    let case = bench
        .store(move |store| store.case(&number))
        .expect("the case");
    assert_eq!(case.events[0].actor, "Carl");

    // Switching may be called off: the person before goes on.
    bench.click(
        HEIGHT,
        &fixdesk::domain::Language::English.words().switch_person(),
    );
    bench.send(Message::SignIn(sign_in::Message::Cancel));
    assert!(bench.app.gate().is_none());
    assert_eq!(bench.app.person().map(|p| p.name.as_str()), Some("Carl"));
    // A switch card left open locks like the desk itself: Carl is signed out.
    bench.click(
        HEIGHT,
        &fixdesk::domain::Language::English.words().switch_person(),
    );
    bench.send(Message::Tick(Instant::now() + Duration::from_secs(11 * 60)));
    assert_eq!(
        bench.app.gate().map(|gate| gate.purpose),
        Some(sign_in::Purpose::Unlock)
    );
    assert_eq!(bench.app.person(), None);
}

#[test]
fn the_idle_lock_keeps_a_half_typed_intake_and_the_next_person_saves_it() {
    let mut bench = Bench::with_staff(today(), center);
    sign_in(&mut bench, "Carl", "1111");
    type_a_walk_in(&mut bench);

    // Used a moment ago: no lock.
    bench.send(Message::Activity);
    bench.send(Message::Tick(Instant::now() + Duration::from_secs(5 * 60)));
    assert!(bench.app.gate().is_none());

    // Ten minutes without a key or a click: locked, the store signed out.
    bench.send(Message::Tick(Instant::now() + Duration::from_secs(11 * 60)));
    assert_eq!(
        bench.app.gate().map(|gate| gate.purpose),
        Some(sign_in::Purpose::Unlock)
    );
    assert!(bench.shows(
        HEIGHT,
        &fixdesk::domain::Language::English.words().locked_title()
    ));
    assert!(!bench.shows(HEIGHT, "Zoë Łukasiewicz-Müller"), "hidden");
    let nobody = bench
        .runtime
        .block_on(bench.desk.run(|store| Ok(store.person().cloned())));
    assert_eq!(nobody, Ok(None));
    // Shortcuts wait behind the card.
    bench.send(Message::Navigate(Screen::Cases));
    assert_eq!(bench.app.screen(), Screen::Intake);

    // The manager unlocks: the intake is still there, and saving it is the manager's.
    sign_in(&mut bench, "Maria", "manager-pass");
    assert_eq!(
        bench.app.intake().value(Field::Name),
        "Zoë Łukasiewicz-Müller"
    );
    bench.send(Message::Intake(intake::Message::Save));
    let number = bench.app.intake().saved().cloned().expect("saved");
    let case = bench
        .store(move |store| store.case(&number))
        .expect("the case");
    assert_eq!(case.events[0].actor, "Maria");
}

#[test]
fn a_new_database_works_without_sign_in_until_the_managers_account_is_made() {
    let mut bench = Bench::new(today());
    assert!(bench.app.gate().is_none());
    assert!(bench.app.navigation().contains(&Screen::Staff));
    bench.send(Message::Navigate(Screen::Staff));
    assert!(
        bench.shows(
            HEIGHT,
            &fixdesk::domain::Language::English
                .words()
                .staff_intro_none()
        )
    );

    bench.type_into(HEIGHT, staff::NAME_ID, "Maria");
    bench.type_into(HEIGHT, staff::SECRET_ID, "manager-pass");
    bench.type_into(HEIGHT, staff::AGAIN_ID, "manager-pass");
    bench.send(Message::Staff(staff::Message::Add));
    assert_eq!(bench.app.staff_screen().error(), None);
    assert_eq!(bench.app.person().map(|p| p.name.as_str()), Some("Maria"));
    assert!(
        bench.shows(
            HEIGHT,
            &fixdesk::domain::Language::English
                .words()
                .signed_in_as("Maria")
        )
    );
    assert_eq!(bench.app.staff_screen().people().len(), 1);

    // The manager adds a clerk with a PIN; the secret shows nowhere on screen.
    bench.type_into(HEIGHT, staff::NAME_ID, "Carl");
    bench.send(Message::Staff(staff::Message::Role(Role::Clerk, true)));
    bench.send(Message::Staff(staff::Message::Pin(true)));
    bench.type_into(HEIGHT, staff::SECRET_ID, "4711");
    bench.type_into(HEIGHT, staff::AGAIN_ID, "4711");
    bench.send(Message::Staff(staff::Message::Add));
    assert_eq!(bench.app.staff_screen().people().len(), 2);
    assert!(!any_text_contains(bench.app.view(), HEIGHT, "4711"));
    assert!(any_text_contains(
        bench.app.view(),
        HEIGHT,
        "Carl  ·  clerk  ·  pin"
    ));
    let state = format!("{:?}", bench.app.staff_screen());
    assert!(
        !state.contains("4711") && !state.contains("manager-pass"),
        "{state}"
    );
    assert!(bench.store(|store| store.has_staff()));
}

#[test]
fn the_welcome_panel_leads_a_shop_of_several_people_to_the_managers_account() {
    use fixdesk::gui::screen::welcome;
    let mut bench = Bench::new(today());
    bench.send(Message::Welcome(welcome::Message::WithStaff(true)));
    bench.send(Message::Welcome(welcome::Message::Ready));
    assert_eq!(bench.app.screen(), Screen::Staff);
    assert!(bench.shows(
        HEIGHT,
        &fixdesk::domain::Language::English.words().staff_first()
    ));
}

#[test]
fn a_typed_secret_is_in_no_debug_output() {
    let mut bench = Bench::with_staff(today(), center);
    bench.type_into(HEIGHT, sign_in::NAME_ID, "Carl");
    bench.type_into(HEIGHT, sign_in::SECRET_ID, "1111");
    let typed = sign_in::Message::Secret(Secret::new("1111"));
    let shown = format!("{:?} {:?}", bench.app.gate(), typed);
    assert!(shown.contains("Carl") && !shown.contains("1111"), "{shown}");
}

#[test]
fn only_a_manager_is_offered_the_customers_data_export() {
    use fixdesk::gui::screen::cases;
    let mut bench = Bench::with_staff(today(), |store| {
        center(store);
        store_common::open_case(
            store,
            &store_common::walk_in("Ann Lee", "AA5-0001", "2026-03-02"),
            &store_common::policy(),
            "2026-03-02",
        );
    });
    let number = bench.store(|store| store.search("Ann Lee", 5))[0]
        .number
        .clone();
    sign_in(&mut bench, "Carl", "1111");
    bench.send(Message::Navigate(Screen::Cases));
    bench.send(Message::Cases(cases::Message::Open(number)));
    assert!(bench.shows(HEIGHT, "Ann Lee"));
    assert!(
        !bench.shows(
            HEIGHT,
            &fixdesk::domain::Language::English.words().export_personal()
        ),
        "not the clerk's"
    );

    bench.send(Message::SwitchPerson);
    sign_in(&mut bench, "Maria", "manager-pass");
    assert!(bench.shows(
        HEIGHT,
        &fixdesk::domain::Language::English.words().export_personal()
    ));
}
