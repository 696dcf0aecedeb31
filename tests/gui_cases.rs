//! The cases screen driven like a clerk would, headless (iced_test, tiny-skia): searching
//! as you type, a scanner's Enter, stale answers, sorting, the case read whole, and the
//! app's navigation around it. The simulator runs no Tasks, so the store's answers are
//! fed back by hand — from a real store in a temporary folder where a whole case helps.

use chrono::{DateTime, NaiveDate, Utc};
use fixdesk::domain::case::{Deadline, DocumentKind};
use fixdesk::domain::{
    Arrival, Case, CaseNumber, Customer, Device, Handover, Invoice, NewCase, PasswordStatus,
    Policy, Proof, PurchaseChannel, Settings, State as CaseState,
};
use fixdesk::gui::screen::cases::{self, Context, Event, SortBy};
use fixdesk::gui::shortcut::Shortcut;
use fixdesk::gui::{App, Message, Screen};
use fixdesk::store::{CaseSummary, DueItems, DueList, Store};
use iced::keyboard::{Key, key::Named};
use iced_test::Simulator;
use iced_test::selector::{self, Candidate};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 1).expect("date")
}

fn noon(date: NaiveDate) -> DateTime<Utc> {
    date.and_hms_opt(12, 0, 0).expect("noon").and_utc()
}

fn cx() -> Context {
    Context {
        today: today(),
        answer_days: 14,
    }
}

fn app() -> App {
    App::new(None, Settings::default(), Policy::shipped(), today())
}

/// The clerk's 1280×800 window.
fn simulator<M: Clone>(view: iced::Element<'_, M>) -> Simulator<'_, M> {
    Simulator::with_size(fixdesk::gui::settings(), (1280.0, 800.0), view)
}

/// Feeds messages to the screen as the app would; returns the events it asked for.
fn feed(
    state: &mut cases::State,
    messages: impl IntoIterator<Item = cases::Message>,
) -> Vec<Event> {
    messages
        .into_iter()
        .filter_map(|message| state.update(message, &cx()))
        .collect()
}

/// Clicks the search box and types, as a person or a barcode scanner does.
fn type_search(state: &mut cases::State, typed: &str) -> Vec<Event> {
    let mut ui = simulator(state.view(&cx()));
    ui.click(selector::id(cases::SEARCH_ID))
        .expect("the search box is on screen");
    ui.typewrite(typed);
    let messages: Vec<_> = ui.into_messages().collect();
    feed(state, messages)
}

fn press_enter(state: &mut cases::State) -> Vec<Event> {
    let mut ui = simulator(state.view(&cx()));
    ui.click(selector::id(cases::SEARCH_ID))
        .expect("the search box is on screen");
    ui.tap_key(Key::Named(Named::Enter));
    let messages: Vec<_> = ui.into_messages().collect();
    feed(state, messages)
}

fn click(state: &mut cases::State, label: &str) -> Vec<Event> {
    let mut ui = simulator(state.view(&cx()));
    ui.click(label)
        .unwrap_or_else(|err| panic!("{label:?} is not clickable: {err:?}"));
    let messages: Vec<_> = ui.into_messages().collect();
    feed(state, messages)
}

fn shows(state: &cases::State, content: &str) -> bool {
    let mut ui = simulator(state.view(&cx()));
    ui.find(content).is_ok()
}

/// Whether any text on the screen (scrolled into view or not) contains `needle`.
fn any_text_contains<M: Clone>(view: iced::Element<'_, M>, needle: &str) -> bool {
    let mut ui = simulator(view);
    let needle = needle.to_string();
    let selector = move |candidate: Candidate<'_>| match candidate {
        Candidate::Text { content, .. } if content.contains(&needle) => Some(()),
        Candidate::TextInput { state, .. } if state.text().contains(&needle) => Some(()),
        _ => None,
    };
    ui.find(selector).is_ok()
}

fn app_shows(app: &App, content: &str) -> bool {
    let mut ui = simulator(app.view());
    ui.find(content).is_ok()
}

fn app_click(app: &mut App, label: &str) {
    let mut ui = simulator(app.view());
    ui.click(label)
        .unwrap_or_else(|err| panic!("{label:?} is not clickable: {err:?}"));
    let messages: Vec<_> = ui.into_messages().collect();
    for message in messages {
        let _ = app.update(message);
    }
}

fn summary(
    number: CaseNumber,
    name: &str,
    state: CaseState,
    opened_on: NaiveDate,
    deadline: Option<(Deadline, NaiveDate)>,
) -> CaseSummary {
    CaseSummary {
        number,
        customer_name: name.into(),
        model: "Aurora A5".into(),
        serial: "AA5-123456".into(),
        state,
        arrival: Arrival::WalkIn,
        opened_on,
        last_activity: noon(opened_on),
        next_deadline: deadline,
    }
}

fn day(month: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, month, d).expect("date")
}

/// Three cases as a phone search returns them: most recent activity first.
fn phone_results() -> Vec<CaseSummary> {
    vec![
        summary(
            CaseNumber::new(2026, 42),
            "Zoë Łukasiewicz-Müller",
            CaseState::AwaitingCustomer,
            day(2, 10),
            Some((Deadline::AnswerDue, day(2, 24))),
        ),
        summary(
            CaseNumber::new(2026, 7),
            "Ann Lee",
            CaseState::Applied,
            day(2, 25),
            Some((Deadline::ApplicationCloses, day(3, 12))),
        ),
        summary(
            CaseNumber::new(2025, 980),
            "bob Marley",
            CaseState::Returned,
            NaiveDate::from_ymd_opt(2025, 12, 1).expect("date"),
            None,
        ),
    ]
}

/// A walk-in whose customer told us the device's password (3.2).
fn walk_in() -> NewCase {
    let received = NaiveDate::from_ymd_opt(2026, 2, 27).expect("date");
    NewCase {
        arrival: Arrival::WalkIn,
        application_id: None,
        applied_on: None,
        received_on: Some(received),
        customer: Customer {
            name: "Zoë Łukasiewicz-Müller".into(),
            phone: "+44 20 7946 4506".into(),
            email: Some("zoe@example.com".into()),
            address: "1 High Street, London".into(),
            return_address: None,
        },
        device: Device {
            model: "Aurora A5".into(),
            serial: "AA5-123456".into(),
        },
        proof: Proof {
            channel: PurchaseChannel::Authorized,
            invoice: Some(Invoice {
                date: NaiveDate::from_ymd_opt(2025, 6, 1),
                model: Some("Aurora A5".into()),
                serial: Some("AA5-123456".into()),
                legible: true,
                altered: false,
            }),
            shipment_date: None,
            delivery_date: None,
            contract_months: None,
        },
        fault: "Does not charge since last week".into(),
        component: None,
        handover: Handover {
            accessories: vec!["Charger".into()],
            condition: "Scratch on the back".into(),
            password: PasswordStatus::ToldToInspector,
            password_note: Some("7391-secret".into()),
            backup_acknowledged: true,
            accuracy_confirmed: true,
        },
        keep_parts: false,
    }
}

/// A real store in a temporary folder holding the walk-in, with its receipt printed.
fn store_with_case() -> (tempfile::TempDir, Store, Case) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(dir.path()).expect("open store");
    let case = store
        .create_case(&walk_in(), &Policy::shipped(), "ana", noon(day(2, 27)))
        .expect("create case");
    store
        .record_document(&case.number, DocumentKind::Receipt, "ana", noon(day(2, 27)))
        .expect("record receipt");
    let case = store
        .case(&case.number)
        .expect("read case")
        .expect("case exists");
    (dir, store, case)
}

#[test]
fn a_phone_search_shows_the_cases_and_a_click_opens_one() {
    let (_dir, _store, case) = store_with_case();
    let mut state = cases::State::default();
    assert!(shows(
        &state,
        "Type at least two characters. A scanned or typed case number opens the case on Enter; otherwise Enter opens the first result."
    ));

    // Every keystroke searches; one character is too few to ask the store.
    let events = type_search(&mut state, "4506");
    assert_eq!(
        events,
        vec![
            Event::Search("45".into()),
            Event::Search("450".into()),
            Event::Search("4506".into()),
        ]
    );
    assert!(shows(&state, "Searching…"));

    let mut results = phone_results();
    results[0].number = case.number.clone();
    feed(
        &mut state,
        [cases::Message::Results("4506".into(), Ok(results))],
    );
    assert!(shows(
        &state,
        "3 cases, most recently active first unless sorted"
    ));
    assert!(shows(&state, "Zoë Łukasiewicz-Müller"));
    assert!(shows(&state, "Awaiting customer"), "the state badge");
    assert!(shows(&state, "19 days"), "age from the day it was opened");
    assert!(
        shows(&state, "Answer due (2.3) · 24 Feb 2026"),
        "the next deadline with its date"
    );
    assert!(shows(&state, "Application closes (4.2) · 12 Mar 2026"));

    // A click on the row opens the case.
    let events = click(&mut state, case.number.as_str());
    assert_eq!(events, vec![Event::Open(case.number.clone())]);
    assert!(shows(&state, "Opening the case…"));

    feed(
        &mut state,
        [cases::Message::Opened(Ok(Some(Box::new(case.clone()))))],
    );
    assert_eq!(state.case().map(|c| &c.number), Some(&case.number));
    assert!(shows(&state, case.number.as_str()), "the number, big");
    assert!(shows(&state, "Zoë Łukasiewicz-Müller"));
    assert!(shows(&state, "+44 20 7946 4506"));
    assert!(shows(&state, "FREE REPAIR"), "the recorded verdict");
    assert!(shows(&state, "§2.4"), "each reason with its clause");
    assert!(shows(&state, "Timeline"));
    assert!(shows(&state, "opened → Received"), "the first event");
    assert!(shows(&state, "§1.1"), "the event's clause");
    assert!(shows(&state, "Intake receipt"), "the printed receipt");
    assert!(
        shows(&state, "Next: In repair, Awaiting customer, To return"),
        "the states it may move to, as text"
    );

    // Back returns to the same results.
    click(&mut state, "← Back to results");
    assert!(state.case().is_none());
    assert!(shows(&state, "Ann Lee"));
    assert_eq!(state.query(), "4506");
}

#[test]
fn a_scanned_case_number_opens_the_case_directly() {
    let mut state = cases::State::default();
    let events = type_search(&mut state, "sc2026000042");
    assert!(matches!(events.last(), Some(Event::Search(q)) if q == "sc2026000042"));
    // The scanner ends with Enter: no waiting for the search, the case opens.
    assert_eq!(
        press_enter(&mut state),
        vec![Event::Open(CaseNumber::new(2026, 42))]
    );
}

#[test]
fn enter_opens_the_first_result_even_before_it_arrives() {
    let mut state = cases::State::default();
    type_search(&mut state, "lee");
    assert_eq!(press_enter(&mut state), vec![], "nothing to open yet");
    let events = feed(
        &mut state,
        [cases::Message::Results("lee".into(), Ok(phone_results()))],
    );
    assert_eq!(events, vec![Event::Open(CaseNumber::new(2026, 42))]);

    // With the results on screen, Enter opens the first row as sorted.
    let mut state = cases::State::default();
    type_search(&mut state, "lee");
    feed(
        &mut state,
        [
            cases::Message::Results("lee".into(), Ok(phone_results())),
            cases::Message::Sort(SortBy::Customer),
        ],
    );
    assert_eq!(
        press_enter(&mut state),
        vec![Event::Open(CaseNumber::new(2026, 7))],
        "Ann Lee comes first by name"
    );
}

#[test]
fn stale_results_are_ignored() {
    let mut state = cases::State::default();
    type_search(&mut state, "4506");
    let older = vec![summary(
        CaseNumber::new(2026, 1),
        "Someone Else",
        CaseState::Received,
        day(2, 1),
        None,
    )];
    // The answer to "450" arrives after the clerk typed "4506".
    feed(
        &mut state,
        [cases::Message::Results("450".into(), Ok(older.clone()))],
    );
    assert!(state.rows(today()).is_empty());
    assert!(!shows(&state, "Someone Else"));
    assert!(shows(&state, "Searching…"));

    feed(
        &mut state,
        [
            cases::Message::Results("4506".into(), Ok(phone_results())),
            cases::Message::Results("45".into(), Ok(older)),
        ],
    );
    assert_eq!(state.rows(today()).len(), 3);
    assert!(!shows(&state, "Someone Else"));

    // Deleting back to one character clears the list.
    feed(&mut state, [cases::Message::Query("4".into())]);
    assert!(state.rows(today()).is_empty());
}

#[test]
fn the_list_sorts_by_age_customer_number_and_deadline() {
    let mut state = cases::State::default();
    type_search(&mut state, "aurora");
    feed(
        &mut state,
        [cases::Message::Results(
            "aurora".into(),
            Ok(phone_results()),
        )],
    );
    let names = |state: &cases::State| -> Vec<String> {
        state
            .rows(today())
            .into_iter()
            .map(|c| c.customer_name.clone())
            .collect()
    };
    assert_eq!(
        names(&state),
        ["Zoë Łukasiewicz-Müller", "Ann Lee", "bob Marley"],
        "the store's order until a heading is clicked"
    );

    click(&mut state, "Age");
    assert_eq!(state.sort(), Some((SortBy::Age, false)));
    assert_eq!(
        names(&state),
        ["Ann Lee", "Zoë Łukasiewicz-Müller", "bob Marley"],
        "youngest first"
    );
    click(&mut state, "Age ▲");
    assert_eq!(
        names(&state),
        ["bob Marley", "Zoë Łukasiewicz-Müller", "Ann Lee"],
        "a second click: oldest first"
    );
    assert!(shows(&state, "Age ▼"));

    click(&mut state, "Customer");
    assert_eq!(
        names(&state),
        ["Ann Lee", "bob Marley", "Zoë Łukasiewicz-Müller"],
        "by name, whatever the case of the letters"
    );

    click(&mut state, "Case");
    let numbers: Vec<String> = state
        .rows(today())
        .into_iter()
        .map(|c| c.number.to_string())
        .collect();
    assert_eq!(
        numbers,
        ["SC-2025-000980", "SC-2026-000007", "SC-2026-000042"]
    );

    click(&mut state, "Next deadline");
    assert_eq!(
        names(&state),
        ["Zoë Łukasiewicz-Müller", "Ann Lee", "bob Marley"],
        "soonest first, no deadline last"
    );
    click(&mut state, "Next deadline ▲");
    assert_eq!(
        names(&state),
        ["Ann Lee", "Zoë Łukasiewicz-Müller", "bob Marley"],
        "latest first, no deadline still last"
    );
}

#[test]
fn the_password_note_never_appears_in_the_case_view() {
    let (_dir, _store, case) = store_with_case();
    assert_eq!(
        case.handover.password_note.as_deref(),
        Some("7391-secret"),
        "the store keeps the note until the case is returned"
    );
    let mut state = cases::State::default();
    feed(
        &mut state,
        [
            cases::Message::Open(case.number.clone()),
            cases::Message::Opened(Ok(Some(Box::new(case.clone())))),
        ],
    );
    assert!(state.case().is_some());
    assert!(shows(&state, "Told to us"), "the password's status");
    assert!(!any_text_contains(state.view(&cx()), "7391"));
    assert!(any_text_contains(state.view(&cx()), "Scratch on the back"));
}

#[test]
fn print_again_asks_the_app_to_print_that_document() {
    let (_dir, _store, case) = store_with_case();
    let mut state = cases::State::default();
    feed(
        &mut state,
        [
            cases::Message::Open(case.number.clone()),
            cases::Message::Opened(Ok(Some(Box::new(case.clone())))),
        ],
    );
    assert_eq!(
        click(&mut state, "Print again"),
        vec![Event::Print(case.number.clone(), DocumentKind::Receipt)]
    );
    assert_eq!(
        click(&mut state, "Print return label"),
        vec![Event::Print(case.number.clone(), DocumentKind::Label)]
    );
}

#[test]
fn an_answer_for_a_case_left_behind_is_dropped() {
    let (_dir, _store, case) = store_with_case();
    let mut state = cases::State::default();
    feed(
        &mut state,
        [
            cases::Message::Open(CaseNumber::new(2026, 999)),
            cases::Message::Opened(Ok(Some(Box::new(case.clone())))),
        ],
    );
    assert!(state.case().is_none(), "the clerk asked for another case");

    feed(
        &mut state,
        [
            cases::Message::Open(CaseNumber::new(2026, 999)),
            cases::Message::Opened(Ok(None)),
        ],
    );
    assert!(shows(&state, "There is no case SC-2026-000999."));
}

#[test]
fn a_search_against_a_real_store_finds_the_case_by_phone_and_opens_it() {
    let (_dir, store, case) = store_with_case();
    let mut state = cases::State::default();
    let events = type_search(&mut state, "020 7946 4506");
    let Some(Event::Search(query)) = events.last().cloned() else {
        panic!("typing searches: {events:?}");
    };
    // What the app does with the event, on the blocking pool.
    let found = store
        .search(&query, cases::LIMIT)
        .map_err(|e| e.to_string());
    feed(&mut state, [cases::Message::Results(query, found)]);
    assert_eq!(state.rows(today()).len(), 1);
    assert!(shows(&state, "Zoë Łukasiewicz-Müller"));

    let events = press_enter(&mut state);
    assert_eq!(events, vec![Event::Open(case.number.clone())]);
    let opened = store
        .case(&case.number)
        .map(|case| case.map(Box::new))
        .map_err(|e| e.to_string());
    feed(&mut state, [cases::Message::Opened(opened)]);
    assert!(shows(&state, "AA5-123456"));
    assert!(shows(&state, "Does not charge since last week"));
}

#[test]
fn ctrl_f_goes_to_the_cases_screen_and_esc_closes_the_case() {
    let (_dir, _store, case) = store_with_case();
    let mut app = app();
    assert_eq!(app.screen(), Screen::Intake);
    let _ = app.update(Message::Shortcut(Shortcut::FindCase));
    assert_eq!(app.screen(), Screen::Cases);
    assert!(app_shows(
        &app,
        "Type at least two characters. A scanned or typed case number opens the case on Enter; otherwise Enter opens the first result."
    ));

    let _ = app.update(Message::Cases(cases::Message::Query("zoë".into())));
    let _ = app.update(Message::Cases(cases::Message::Results(
        "zoë".into(),
        Ok(phone_results()),
    )));
    let _ = app.update(Message::Cases(cases::Message::Open(case.number.clone())));
    let _ = app.update(Message::Cases(cases::Message::Opened(Ok(Some(Box::new(
        case.clone(),
    ))))));
    assert!(app.cases().case().is_some());
    assert!(app_shows(&app, "← Back to results"));

    // Esc closes the case and shows the results again.
    let _ = app.update(Message::Shortcut(Shortcut::Close));
    assert!(app.cases().case().is_none());
    assert!(app_shows(&app, "Ann Lee"));

    // Ctrl+F from a case (or from anywhere) lands in the search box, not in a case.
    let _ = app.update(Message::Cases(cases::Message::Open(case.number.clone())));
    let _ = app.update(Message::Cases(cases::Message::Opened(Ok(Some(Box::new(
        case,
    ))))));
    let _ = app.update(Message::Navigate(Screen::Intake));
    let _ = app.update(Message::Shortcut(Shortcut::FindCase));
    assert_eq!(app.screen(), Screen::Cases);
    assert!(app.cases().case().is_none());
    assert_eq!(app.cases().query(), "zoë", "the last search stays");
}

#[test]
fn the_due_counters_count_and_lead_to_their_screen() {
    let mut app = app();
    let list = |count| DueList {
        count,
        cases: Vec::new(),
    };
    let _ = app.update(Message::Due(Ok(DueItems {
        parcels_expected: list(3),
        payments_past_due: list(1),
        ..DueItems::default()
    })));
    assert_eq!(app.due().parcels_expected.count, 3);
    assert!(app_shows(&app, "3 parcels expected"));
    assert!(app_shows(&app, "1 payment overdue"));
    assert!(app_shows(&app, "0 answers past due"));

    app_click(&mut app, "1 payment overdue");
    assert_eq!(app.screen(), Screen::Dispatch);
    app_click(&mut app, "3 parcels expected");
    assert_eq!(app.screen(), Screen::Inspection);
    app_click(&mut app, "Cases");
    assert_eq!(app.screen(), Screen::Cases);

    // A failed count says why in the status line and keeps the last counts.
    let _ = app.update(Message::Due(Err("The case store is locked.".into())));
    assert!(app_shows(&app, "The case store is locked."));
    assert!(app_shows(&app, "3 parcels expected"));
}
