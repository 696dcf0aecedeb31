//! The window in another language (docs/rules.md §13): switching a desk's language in
//! Settings changes the screen's words at once and is kept in the desk's folder; a
//! customer's language is chosen at intake and kept on the case.

mod gui_support;
mod store_common;

use chrono::NaiveDate;
use fixdesk::domain::Language;
use fixdesk::gui::screen::settings;
use fixdesk::gui::{Message, Screen};
use fixdesk::store::location;
use gui_support::screens::{Bench, WALK_IN_HEIGHT, type_a_walk_in};

const HEIGHT: f32 = WALK_IN_HEIGHT;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 10).expect("date")
}

#[test]
fn switching_the_desks_language_changes_the_words_at_once_and_is_kept() {
    let mut bench = Bench::new(today());
    assert!(bench.shows(HEIGHT, "Intake"));
    assert!(bench.shows(HEIGHT, "Save case"));

    bench.send(Message::Settings(settings::Message::DeskLanguage(Some(
        Language::Chinese,
    ))));
    // The same screen, now in Chinese: the navigation, the form's button and the date.
    assert!(bench.shows(HEIGHT, "收件"), "the navigation in Chinese");
    assert!(bench.shows(HEIGHT, "保存维修单"), "the form in Chinese");
    assert!(
        !bench.shows(HEIGHT, "Save case"),
        "no English left on the button"
    );
    assert_eq!(
        location::desk_language(bench.dir.path(), None),
        Some(Language::Chinese),
        "kept in this desk's folder for the next start"
    );

    // The Settings screen offers the choice, in the desk's language.
    bench.send(Message::Navigate(Screen::Settings));
    assert!(bench.shows(HEIGHT, "与服务中心相同"));

    // Back to the center's language: English again, and nothing kept.
    bench.send(Message::Settings(settings::Message::DeskLanguage(None)));
    bench.send(Message::Navigate(Screen::Intake));
    assert!(bench.shows(HEIGHT, "Save case"));
    assert_eq!(location::desk_language(bench.dir.path(), None), None);
}

#[test]
fn a_customers_language_is_chosen_at_intake_and_kept_on_the_case() {
    let mut bench = Bench::new(today());
    type_a_walk_in(&mut bench);
    // The center's language (English) is offered first; the clerk picks Chinese.
    assert_eq!(bench.click(HEIGHT, "中文（简体）"), 1);
    assert_eq!(bench.click(HEIGHT, "Save case"), 1);
    let number = bench.app.intake().saved().cloned().expect("saved");
    let stored = bench.store(move |store| store.case(&number));
    assert_eq!(
        stored.map(|case| case.customer.language),
        Some(Language::Chinese)
    );
}

#[test]
fn a_new_customer_takes_the_centers_language() {
    let mut bench = Bench::new(today());
    bench.send(Message::Settings(settings::Message::CenterLanguage(
        Language::Chinese,
    )));
    // The desk follows the center's language, having none of its own.
    assert!(bench.shows(HEIGHT, "收件"));
    let saved = bench.store(|store| store.settings().map(|s| s.language));
    assert_eq!(saved, Language::Chinese);
}
