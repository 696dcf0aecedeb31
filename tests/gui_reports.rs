//! The reports screen driven like a manager would, headless (iced_test, tiny-skia): the
//! month picker, the dashboard, the PDF made from the figures on screen, the trend. On a
//! bench (tests/gui_support) the screen reads a demo database in a temporary folder
//! itself, as in the window; elsewhere answers are fed by hand — computed as the store
//! computes them (`Store::outlines_for_report` then `report::monthly`).

mod documents_support;
mod gui_support;
// The GUI support's bench opens its store in the store tests' temporary folder.
mod store_common;

use std::sync::Arc;

use chrono::NaiveDate;
use fixdesk::documents::monthly_report::monthly_report;
use fixdesk::domain::settings::{Center, Paper};
use fixdesk::domain::{Policy, Settings};
use fixdesk::gui::screen::reports::{self, MONTH_ID, View};
use fixdesk::gui::{App, Message, Screen};
use fixdesk::report::{Month, MonthlyFigures, monthly};
use fixdesk::store::Store;
use gui_support::screens::{self as support, Bench, click, shows};
use iced_test::Simulator;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 4, 10).expect("date")
}

fn month(year: i32, number: u32) -> Month {
    Month::new(year, number).expect("month")
}

fn app() -> App {
    App::new(None, Settings::default(), Policy::shipped(), today())
}

const HEIGHT: f32 = 1500.0;

fn simulator(view: iced::Element<'_, Message>) -> Simulator<'_, Message> {
    support::simulator(view, HEIGHT)
}

fn type_month(app: &mut App, typed: &str) {
    // Clear the box first, as a person selecting the text and typing over it does.
    let _ = app.update(Message::Reports(
        reports::Message::MonthTyped(String::new()),
    ));
    let messages = support::typed(app.view(), HEIGHT, MONTH_ID, typed);
    support::feed(app, messages);
}

/// The app on a demo desk with a year and a half of cases, its tasks run for real.
fn demo_bench() -> Bench {
    let bench = Bench::new(today());
    bench.store(|store| store.demo(1200, 7, today(), false, &mut |_| {}));
    bench
}

/// A demo desk with a year and a half of cases, made once per test that needs it.
fn demo_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(dir.path()).expect("store");
    store
        .demo(1200, 7, today(), false, &mut |_| {})
        .expect("demo cases");
    (dir, store)
}

/// What the app's flow computes for a month.
fn figures(store: &Store, month: Month) -> Arc<MonthlyFigures> {
    let cases = store
        .outlines_for_report(month.first_day(), month.last_day())
        .expect("cases of the month");
    Arc::new(monthly(&cases, month, today()))
}

fn center() -> Center {
    Center {
        name: "Northside Repair Centre".into(),
        address: "12 Mill Lane\nLeeds LS1 4AB".into(),
        phone: "+44 113 496 0000".into(),
        ..Center::default()
    }
}

#[test]
fn the_screen_opens_on_last_month_and_asks_for_its_figures() {
    let mut app = app();
    let _ = app.update(Message::Navigate(Screen::Reports));
    assert_eq!(app.screen(), Screen::Reports);
    assert_eq!(app.reports().month(), month(2026, 3));
    assert!(app.reports().is_busy(), "the figures are being computed");
    assert!(shows(
        &app,
        HEIGHT,
        "Reading the cases of March 2026 and computing its figures…"
    ));
    // Export needs figures: nothing to export yet.
    let mut ui = simulator(app.view());
    ui.click("Export PDF…").expect("the button is there");
    assert_eq!(
        ui.into_messages().count(),
        0,
        "disabled until the figures come"
    );
}

#[test]
fn figures_on_screen_equal_those_in_the_exported_pdf() {
    let mut bench = demo_bench();
    let march = month(2026, 3);
    // Shown, the screen reads March from the store itself.
    bench.send(Message::Navigate(Screen::Reports));
    let app = &bench.app;
    assert_eq!(app.reports().month(), march);
    let held = Arc::clone(app.reports().figures().expect("figures on screen"));
    assert!(held.opened.total() > 20, "a busy enough month to compare");
    assert!(!app.reports().is_busy());
    // (That Export hands over the very figures on screen is tested beside the screen.)

    // The PDF the export draws from them, read back as text.
    let pdf = monthly_report(&held, &center(), Paper::A4).expect("the report");
    let text = documents_support::viewer_text(&pdf);
    let mut ui = simulator(bench.app.view());
    for tile in reports::key_figures(&held) {
        let label = tile.label.to_uppercase();
        for shown in [&label, &tile.value, &tile.detail] {
            assert!(
                ui.find(shown.as_str()).is_ok(),
                "the screen shows {shown:?}"
            );
            assert!(text.contains(shown.as_str()), "the PDF says {shown:?}");
        }
    }
    // The verdict mix's legend reads the same on screen and on paper.
    let decided = held.verdicts.decided();
    for (verdict, count) in held.verdict_mix() {
        let line = format!(
            "{}: {count} ({})",
            fixdesk::domain::Language::English
                .words()
                .report_verdict(verdict),
            reports::percent(count, decided)
        );
        assert!(ui.find(line.as_str()).is_ok(), "the screen shows {line:?}");
        assert!(text.contains(&line), "the PDF says {line:?}");
    }
    assert!(ui.find("Monthly report · March 2026").is_ok());
    assert!(text.contains("March 2026"));
}

#[test]
fn the_month_box_refuses_bad_months_naming_the_field() {
    let mut app = app();
    let _ = app.update(Message::Navigate(Screen::Reports));
    for (typed, problem) in [
        ("2026-13", "Month: month 13: must be from 1 to 12"),
        ("2026-00", "Month: month 0: must be from 1 to 12"),
        (
            "March",
            "Month: 'March' is not a month: write it like 2026-03",
        ),
        ("-3", "Month: '-3' is not a month: write it like 2026-03"),
        (
            "2026-05",
            "Month: May 2026 has not begun yet — pick this month or an earlier one",
        ),
    ] {
        type_month(&mut app, typed);
        assert!(shows(&app, HEIGHT, problem), "{typed}: {problem}");
        assert_eq!(
            app.reports().month(),
            month(2026, 3),
            "{typed} is not shown"
        );
    }
    // A good month is shown as soon as it is complete.
    type_month(&mut app, "2025-11");
    assert_eq!(app.reports().month(), month(2025, 11));
    assert!(
        app.reports()
            .month_problem(fixdesk::domain::Language::English.words(), today())
            .is_none()
    );
}

#[test]
fn previous_next_and_last_month_page_through_months() {
    let mut app = app();
    let _ = app.update(Message::Navigate(Screen::Reports));
    click(&mut app, HEIGHT, "◀ Previous");
    assert_eq!(app.reports().month(), month(2026, 2));
    assert_eq!(app.reports().month_text(), "2026-02");
    click(&mut app, HEIGHT, "Next ▶");
    click(&mut app, HEIGHT, "Next ▶");
    assert_eq!(app.reports().month(), month(2026, 4), "the running month");
    // April is running: there is no next month to show yet.
    let mut ui = simulator(app.view());
    ui.click("Next ▶").expect("the button is there");
    assert_eq!(ui.into_messages().count(), 0);
    click(&mut app, HEIGHT, "Last month");
    assert_eq!(app.reports().month(), month(2026, 3));
}

#[test]
fn a_month_without_cases_says_so() {
    let mut app = app();
    let _ = app.update(Message::Navigate(Screen::Reports));
    let march = month(2026, 3);
    let _ = app.update(Message::Reports(reports::Message::Figures(
        march,
        Ok(Arc::new(monthly(&[], march, today()))),
    )));
    assert!(shows(
        &app,
        HEIGHT,
        "No cases in March 2026: no case was opened, no parcel arrived, no quote was sent, no device went back, no payment was received and none was overdue."
    ));
}

#[test]
fn a_failed_reading_says_why_and_refresh_tries_again() {
    let mut app = app();
    let _ = app.update(Message::Navigate(Screen::Reports));
    let march = month(2026, 3);
    let _ = app.update(Message::Reports(reports::Message::Figures(
        march,
        Err("The database failed (disk I/O error).".into()),
    )));
    assert!(shows(
        &app,
        HEIGHT,
        "The figures of March 2026 could not be computed: The database failed (disk I/O error). Press Refresh to try again."
    ));
    click(&mut app, HEIGHT, "Refresh");
    assert!(app.reports().is_busy(), "asked again");
}

#[test]
fn the_trend_is_computed_month_by_month_with_progress() {
    let (_dir, store) = demo_store();
    let mut app = app();
    let _ = app.update(Message::Navigate(Screen::Reports));
    click(&mut app, HEIGHT, "12 months");
    assert_eq!(app.reports().view_shown(), View::Trend);
    assert!(shows(
        &app,
        HEIGHT,
        "Computing month by month: 0 of 12 done…"
    ));
    let months = reports::trend_months(month(2026, 3));
    assert_eq!(months.first(), Some(&month(2025, 4)));
    let end = month(2026, 3);
    for (i, m) in months.iter().enumerate() {
        let _ = app.update(Message::Reports(reports::Message::TrendMonth(
            end,
            figures(&store, *m),
        )));
        if i == 2 {
            assert!(shows(
                &app,
                HEIGHT,
                "Computing month by month: 3 of 12 done…"
            ));
        }
    }
    let _ = app.update(Message::Reports(reports::Message::TrendDone(end, Ok(()))));
    assert!(!app.reports().is_busy());
    assert_eq!(app.reports().trend_months(), months);
    assert!(shows(&app, HEIGHT, "Trend · April 2025 to March 2026"));
    // The table names each month with its volume.
    let march = figures(&store, end);
    assert!(shows(&app, HEIGHT, "March 2026"));
    assert!(shows(&app, HEIGHT, &march.opened.total().to_string()));
    // The months are known now: the month view shows March without reading it again.
    click(&mut app, HEIGHT, "Month");
    assert!(!app.reports().is_busy());
    assert!(shows(&app, HEIGHT, "Monthly report · March 2026"));
}

#[test]
fn the_trend_on_a_real_store_reads_all_twelve_months() {
    let mut bench = demo_bench();
    bench.send(Message::Navigate(Screen::Reports));
    bench.click(HEIGHT, "12 months");
    let app = &bench.app;
    assert_eq!(app.reports().view_shown(), View::Trend);
    assert!(!app.reports().is_busy(), "every month read");
    assert_eq!(
        app.reports().trend_months(),
        reports::trend_months(month(2026, 3))
    );
    assert!(shows(app, HEIGHT, "Trend · April 2025 to March 2026"));
}
