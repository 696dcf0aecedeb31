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

/// The store's errors reach the window in the desk's language: a wrong secret on the
/// sign-in card, once the desk has switched to Chinese.
#[test]
fn a_wrong_secret_is_said_in_the_desks_language() {
    use fixdesk::domain::staff::{Role, Secret, SecretKind};
    use fixdesk::gui::screen::sign_in;
    let mut bench = Bench::with_staff(today(), |store| {
        store
            .add_staff(
                "Maria",
                &[Role::Manager],
                SecretKind::Password,
                &Secret::new("manager-pass"),
                store_common::at("2026-03-02"),
            )
            .expect("manager");
    });
    bench.send(Message::Settings(settings::Message::DeskLanguage(Some(
        Language::Chinese,
    ))));
    bench.type_into(HEIGHT, sign_in::NAME_ID, "maria");
    bench.type_into(HEIGHT, sign_in::SECRET_ID, "not-the-pass");
    bench.send(Message::SignIn(sign_in::Message::Submit));
    let error = bench
        .app
        .gate()
        .and_then(|gate| gate.error())
        .unwrap_or_default();
    assert!(error.contains("用户名或密码错误"), "{error}");
    assert!(!error.contains("wrong"), "no English left: {error}");
    assert!(
        error.ends_with('。'),
        "a Chinese sentence ends with 。: {error}"
    );
}

/// A case changed at another desk while it is open here: who, where, when and what, in
/// the desk's language (the other desk's note rendered from its code).
#[test]
fn a_change_made_at_another_desk_is_said_in_the_desks_language() {
    use fixdesk::domain::{Cause, Policy, RepairMethod, Step};
    use fixdesk::gui::feed;
    use fixdesk::gui::screen::inspection;
    use store_common::{at, day, found, walk_in};
    let mut bench = Bench::new(today());
    bench.send(Message::Settings(settings::Message::DeskLanguage(Some(
        Language::Chinese,
    ))));
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
    let mut other = bench.store(|store| store.another_connection());
    other.set_desk("Bench 2");
    other
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
    bench.send(Message::Feed(feed::Event::Changed(
        other.events_after(0, 10).expect("history"),
    )));
    let notice = match bench.app.inspection().notice() {
        Some(Err(text)) => text.clone(),
        other => panic!("expected the other desk's change, got {other:?}"),
    };
    assert!(
        notice.contains("已在工作站“Bench 2”被 ben 于 2026年3月3日"),
        "{notice}"
    );
    assert!(notice.contains("检测结果"), "the note in Chinese: {notice}");
    assert!(!notice.contains("changed at"), "no English left: {notice}");
}
