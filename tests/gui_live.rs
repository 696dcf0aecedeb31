//! Several desks live on one database, as the window shows it (headless, iced_test): the
//! change feed's news refresh the header's counts and the screen's queue by themselves;
//! a lost connection shows the banner, keeps the typed intake and holds Save back with
//! the reason; the connection back clears it and saving works again.

mod gui_support;
// The GUI support's bench opens its store in the store tests' temporary folder.
mod store_common;

use std::time::Duration;

use chrono::NaiveDate;
use fixdesk::domain::{Cause, Policy, RepairMethod, State, Step};
use fixdesk::gui::feed;
use fixdesk::gui::screen::inspection;
use fixdesk::gui::screen::intake::{self, Field};
use fixdesk::gui::{Message, Screen};
use gui_support::screens::{Bench, type_a_walk_in};
use store_common::{at, day, found, mail_in, walk_in};

/// Tall enough to reach the intake's save bar without scrolling.
const HEIGHT: f32 = 1500.0;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 3).expect("date")
}

#[test]
fn another_desks_intake_refreshes_the_header_and_the_inspection_queue() {
    let mut bench = Bench::new(today());
    bench.send(Message::Navigate(Screen::Inspection));
    assert_eq!(bench.app.due().parcels_expected.count, 0);
    assert!(!bench.shows(HEIGHT, "Lina Park"));

    // The feed this desk listens to, and another desk on the same database.
    let mut news = bench
        .desk
        .feed_source()
        .listen(None)
        .expect("the desk listens");
    let mut other = bench.store(|store| store.another_connection());
    other.set_desk("Front counter");
    let case = other
        .create_case(
            &mail_in("LIVE-1", "Lina Park", "AA5-0401", "2026-03-02"),
            &Policy::shipped(),
            "ana",
            at("2026-03-02"),
        )
        .expect("the other desk's intake");
    let changes = news.next(Duration::from_secs(3)).expect("the feed reads");
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0].case, case.number);

    bench.send(Message::Feed(feed::Event::Changed(changes)));
    assert_eq!(bench.app.due().parcels_expected.count, 1);
    assert!(
        bench.shows(
            HEIGHT,
            &fixdesk::domain::Language::English
                .words()
                .parcels_expected(1)
        ),
        "the header counts it"
    );
    assert!(
        bench.shows(HEIGHT, "Lina Park"),
        "the inspector's list of parcels expected shows it"
    );
}

#[test]
fn a_lost_connection_shows_the_banner_keeps_the_intake_and_holds_save_back() {
    let mut bench = Bench::new(today());
    type_a_walk_in(&mut bench);
    let reason = "The center's server cannot be reached: check the network cable.";
    bench.send(Message::Feed(feed::Event::Lost(std::sync::Arc::new(
        fixdesk::store::StoreError::Server(reason.into()),
    ))));

    assert_eq!(bench.app.offline(), Some(reason));
    assert!(
        bench.shows(
            HEIGHT,
            &fixdesk::domain::Language::English.words().offline_file()
        ),
        "the banner"
    );
    assert!(bench.shows(HEIGHT, reason), "and why");
    assert!(
        bench.shows(
            HEIGHT,
            &fixdesk::domain::Language::English.words().offline_no_save()
        ),
        "Save says why it waits"
    );
    // The button does nothing, and neither does Enter in a field.
    bench.click(HEIGHT, "Save case");
    bench.send(Message::Intake(intake::Message::Save));
    assert_eq!(bench.app.intake().saved(), None);
    assert_eq!(
        bench.app.intake().value(Field::Name),
        "Zoë Łukasiewicz-Müller"
    );
    assert_eq!(
        bench.store(|store| store.last_event_id()),
        0,
        "nothing written"
    );

    bench.send(Message::Feed(feed::Event::Back));
    assert_eq!(bench.app.offline(), None);
    assert!(!bench.shows(
        HEIGHT,
        &fixdesk::domain::Language::English.words().offline_file()
    ));
    assert!(!bench.shows(
        HEIGHT,
        &fixdesk::domain::Language::English.words().offline_no_save()
    ));
    assert_eq!(bench.click(HEIGHT, "Save case"), 1);
    let number = bench
        .app
        .intake()
        .saved()
        .cloned()
        .expect("saved once back");
    let stored = bench.store(move |store| store.case(&number));
    assert_eq!(
        stored.map(|case| case.customer.name),
        Some("Zoë Łukasiewicz-Müller".to_string())
    );
}

/// A case open on the inspector's screen, diagnosed meanwhile at another desk: the view
/// shows the case as it now is, and the inspector is told who did it, where and when.
#[test]
fn a_case_changed_at_another_desk_updates_the_open_view_and_says_who() {
    let mut bench = Bench::new(today());
    let number = bench
        .store(|store| {
            store.create_case(
                &walk_in("Ada Byron", "AA5-0402", "2026-03-03"),
                &Policy::shipped(),
                "ana",
                at("2026-03-03"),
            )
        })
        .number;
    bench.send(Message::Navigate(Screen::Inspection));
    bench.send(Message::Inspection(inspection::Message::Open(
        number.clone(),
    )));
    assert_eq!(
        bench.app.inspection().case().map(|c| c.state),
        Some(State::Received)
    );

    let mut other = bench.store(|store| store.another_connection());
    other.set_desk("Bench 2");
    let diagnosed = other
        .apply(
            Some(&number),
            &Step::Diagnose(found(
                Cause::Manufacturing,
                "battery",
                RepairMethod::PartReplacement,
            )),
            &Policy::shipped(),
            day("2026-03-03"),
            "ben",
            at("2026-03-03"),
        )
        .expect("the other desk's diagnosis");
    assert_ne!(diagnosed.state, State::Received);

    bench.send(Message::Feed(feed::Event::Changed(
        other.events_after(0, 10).expect("history"),
    )));
    assert_eq!(
        bench.app.inspection().case().map(|c| c.state),
        Some(diagnosed.state),
        "the open case is shown as it now is"
    );
    let notice = bench.app.inspection().notice().cloned();
    assert!(
        matches!(&notice, Some(Err(text)) if text.contains("changed at another desk by ben (desk Bench 2)")),
        "{notice:?}"
    );
}
