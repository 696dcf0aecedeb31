//! The window's frame renders headless (iced_test, tiny-skia backend: no GPU, no
//! display): the center's name, the navigation, the data folder.

mod gui_support;
// The GUI support's bench opens its store in the store tests' temporary folder.
mod store_common;

use chrono::NaiveDate;
use fixdesk::domain::{Policy, Settings};
use fixdesk::gui::App;
use iced_test::simulator;

#[test]
fn the_window_shows_the_center_the_screens_and_the_data_folder() {
    let mut settings = Settings::default();
    settings.center.name = "Northside Repairs".into();
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
    let app = App::new(
        Some("/srv/desk-data".into()),
        settings,
        Policy::shipped(),
        today,
    );
    assert_eq!(app.title(), "Northside Repairs — fixdesk");
    let mut ui = simulator(app.view());
    assert!(ui.find("Northside Repairs").is_ok());
    for screen in [
        "Intake",
        "Inspection",
        "Dispatch",
        "Cases",
        "Reports",
        "Settings",
    ] {
        assert!(ui.find(screen).is_ok(), "{screen} is in the navigation");
    }
    assert!(ui.find("Data folder: /srv/desk-data").is_ok());
    assert!(ui.find("Mon 23 November 2026").is_ok());
    assert!(ui.find("something that is not there").is_err());
}

#[test]
fn due_counters_read_like_sentences() {
    assert_eq!(
        fixdesk::domain::Language::English
            .words()
            .payments_overdue(1),
        "1 payment overdue"
    );
    assert_eq!(
        fixdesk::domain::Language::English
            .words()
            .payments_overdue(4),
        "4 payments overdue"
    );
    assert_eq!(
        fixdesk::domain::Language::English
            .words()
            .parcels_expected(0),
        "0 parcels expected"
    );
    assert_eq!(
        fixdesk::domain::Language::English.words().closing_today(1),
        "1 application closes today"
    );
}

#[test]
fn demo_data_with_blank_details_gets_a_full_demo_letterhead() {
    use fixdesk::domain::{Center, Settings};
    use fixdesk::gui::screen::welcome::{Context, Message, State};
    let settings = Settings::default();
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
    let cx = Context {
        words: settings.language.words(),
        desk: None,
        settings: &settings,
        today,
        data_dir: None,
    };
    let mut welcome = State::new(&Center::default());
    // Without a store the screen answers itself at once; the letterhead it would save
    // is what the store is asked for, and what the app hears once saved.
    let (task, event) = welcome.update(Message::TryDemo, &cx);
    assert!(event.is_none(), "nothing is final before the store answers");
    assert!(welcome.progress.is_some(), "the demo is under way");
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let answers = gui_support::screens::run(&runtime, task);
    assert!(
        answers
            .iter()
            .any(|m| matches!(m, Message::CenterSaved(Err(_)))),
        "the center's details were sent to be saved: {answers:?}"
    );
    // The store's answer to the save, as it would come: the demo letterhead.
    let center = welcome.demo_center(
        fixdesk::domain::Language::English.words(),
        &Center::default(),
    );
    assert_eq!(center.name, "Demo Repair Center");
    assert!(!center.address.is_empty() && !center.phone.is_empty());
    let mut welcome = State::new(&Center::default());
    let _ = welcome.update(Message::TryDemo, &cx);
    // A second press while the demo runs does nothing.
    let (_, again) = welcome.update(Message::TryDemo, &cx);
    assert!(again.is_none());
    assert_eq!(welcome.progress, Some(0), "not started again");
}

#[test]
fn the_first_run_saves_the_center_and_writes_the_demo_on_a_real_store() {
    use fixdesk::gui::screen::welcome::Message as Welcome;
    use fixdesk::gui::{Message, Screen};
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
    let mut bench = gui_support::screens::Bench::new(today);
    bench.send(Message::Navigate(Screen::Welcome));
    bench.send(Message::Welcome(Welcome::Edit(
        fixdesk::gui::screen::welcome::Field::Name,
        "Northside Repairs".into(),
    )));
    bench.send(Message::Welcome(Welcome::Start));
    assert_eq!(bench.app.screen(), Screen::Intake, "on to work");
    assert_eq!(bench.app.settings().center.name, "Northside Repairs");
    let stored = bench.store(|store| store.settings());
    assert_eq!(stored.center.name, "Northside Repairs");
}

#[test]
fn inspection_and_dispatch_open_with_their_work_and_the_due_counts() {
    use fixdesk::gui::{Message, Screen};
    use fixdesk::store::{DueItems, DueList};
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
    let mut app = App::new(None, Settings::default(), Policy::shipped(), today);
    let due = DueItems {
        parcels_expected: DueList {
            count: 15,
            cases: Vec::new(),
        },
        payments_past_due: DueList {
            count: 1,
            cases: Vec::new(),
        },
        ..DueItems::default()
    };
    let _ = app.update(Message::Due(Ok(due)));
    let _ = app.update(Message::Navigate(Screen::Inspection));
    {
        let mut ui = simulator(app.view());
        assert!(ui.find("15 parcels expected").is_ok());
        assert!(
            ui.find(
                fixdesk::domain::Language::English
                    .words()
                    .parcels_expected_list()
            )
            .is_ok()
        );
        assert!(
            ui.find(fixdesk::domain::Language::English.words().no_application())
                .is_ok()
        );
    }
    let _ = app.update(Message::Navigate(Screen::Dispatch));
    let mut ui = simulator(app.view());
    assert!(
        ui.find(fixdesk::domain::Language::English.words().dispatch_queue())
            .is_ok()
    );
    assert!(
        ui.find(
            fixdesk::domain::Language::English
                .words()
                .payments_past(1)
                .as_str()
        )
        .is_ok()
    );
    assert!(ui.find("1 payment overdue").is_ok());
}

#[test]
fn a_failed_search_fold_says_so_on_the_status_line_and_that_cases_are_still_found() {
    use fixdesk::gui::Message;
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
    let mut app = App::new(None, Settings::default(), Policy::shipped(), today);
    let reason = "database is locked.";
    let shown = fixdesk::domain::Language::English
        .words()
        .fold_failed(reason);
    // With no store open there is nothing to fold; a fold that worked says nothing.
    let _ = app.update(Message::Fold);
    let _ = app.update(Message::Folded(Ok(fixdesk::store::Folded {
        keys: 12,
        events: 3,
    })));
    {
        let mut ui = simulator(app.view());
        assert!(ui.find(shown.as_str()).is_err());
    }
    let _ = app.update(Message::Folded(Err(reason.into())));
    let mut ui = simulator(app.view());
    assert!(shown.contains("still found"));
    assert!(ui.find(shown.as_str()).is_ok(), "the status line names it");
}
