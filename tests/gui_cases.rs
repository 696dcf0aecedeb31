//! The cases screen driven like a clerk would, headless (iced_test, tiny-skia): searching
//! as you type, a scanner's Enter, stale answers, sorting, the case read whole, what can
//! be done next and where, and the app's navigation around it. Pure screen tests feed
//! the store's answers by hand and watch what the screen asks for; the real-store tests
//! run the screen's own tasks on a bench (tests/gui_support).

mod gui_support;
// The GUI support's bench opens its store in the store tests' temporary folder.
mod store_common;

use chrono::{DateTime, NaiveDate, Utc};
use fixdesk::domain::case::{Deadline, DocumentKind};
use fixdesk::domain::{
    Arrival, Case, CaseNumber, CaseState, Customer, Device, Handover, Invoice, NewCase,
    PasswordStatus, Policy, Proof, PurchaseChannel, Settings,
};
use fixdesk::gui::screen::Shared;
use fixdesk::gui::screen::cases::{self, Context, SortBy};
use fixdesk::gui::shortcut::Shortcut;
use fixdesk::gui::{App, Message, Screen};
use fixdesk::store::{CaseSummary, DueItems, DueList, Store};
use gui_support::screens::{self as support, Bench};
use iced::keyboard::{Key, key::Named};
use iced_test::selector;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 1).expect("date")
}

fn noon(date: NaiveDate) -> DateTime<Utc> {
    date.and_hms_opt(12, 0, 0).expect("noon").and_utc()
}

/// The screen's context without a store: what it asks of the store is watched instead.
fn cx() -> Context<'static> {
    Context {
        words: fixdesk::domain::Language::English.words(),
        desk: None,
        today: today(),
        answer_days: 14,
        may_export: true,
        actor: "ana",
    }
}

fn app() -> App {
    App::new(None, Settings::default(), Policy::shipped(), today())
}

/// The clerk's 1280×800 window.
const HEIGHT: f32 = 800.0;

/// What the screen asked for: of the store (a search, a case) or of the app.
#[derive(Debug, PartialEq)]
enum Asked {
    Search(String),
    Open(CaseNumber),
    Print(CaseNumber, DocumentKind),
    Navigate(Screen, Option<CaseNumber>),
}

/// Feeds messages to the screen as the app would; returns what it asked for. The tasks
/// are dropped: the test feeds the answers by hand.
fn feed(
    state: &mut cases::State,
    messages: impl IntoIterator<Item = cases::Message>,
) -> Vec<Asked> {
    let mut asked = Vec::new();
    for message in messages {
        let searched = state.asked().map(str::to_string);
        let opening = state.opening().cloned();
        let (_, event) = state.update(message, &cx());
        if state.asked().map(str::to_string) != searched
            && let Some(query) = state.asked()
        {
            asked.push(Asked::Search(query.to_string()));
        }
        if state.opening().cloned() != opening
            && let Some(number) = state.opening()
        {
            asked.push(Asked::Open(number.clone()));
        }
        match event {
            Some(Shared::Print(print)) => asked.push(Asked::Print(print.number, print.kind)),
            Some(Shared::Navigate(screen, number)) => asked.push(Asked::Navigate(screen, number)),
            Some(other) => panic!("the cases screen asked the app for {other:?}"),
            None => {}
        }
    }
    asked
}

/// Clicks the search box and types, as a person or a barcode scanner does.
fn type_search(state: &mut cases::State, typed: &str) -> Vec<Asked> {
    let messages = support::typed(state.view(&cx()), HEIGHT, cases::SEARCH_ID, typed);
    feed(state, messages)
}

fn press_enter(state: &mut cases::State) -> Vec<Asked> {
    let mut ui = support::simulator(state.view(&cx()), HEIGHT);
    ui.click(selector::id(cases::SEARCH_ID))
        .expect("the search box is on screen");
    ui.tap_key(Key::Named(Named::Enter));
    let messages: Vec<_> = ui.into_messages().collect();
    feed(state, messages)
}

fn click(state: &mut cases::State, label: &str) -> Vec<Asked> {
    click_in(state, HEIGHT, label)
}

/// Clicks in a window this tall (for what sits below a 800-pixel window's fold).
fn click_in(state: &mut cases::State, height: f32, label: &str) -> Vec<Asked> {
    let messages = support::clicked(state.view(&cx()), height, label);
    feed(state, messages)
}

fn shows(state: &cases::State, content: &str) -> bool {
    support::finds(state.view(&cx()), HEIGHT, content)
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
            language: Default::default(),
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
            Asked::Search("45".into()),
            Asked::Search("450".into()),
            Asked::Search("4506".into()),
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
        shows(&state, "Answer was due (2.3) · 24 Feb 2026"),
        "the next deadline with its date, passed"
    );
    assert!(shows(&state, "Application closes (4.2) · 12 Mar 2026"));

    // A click on the row opens the case.
    let events = click(&mut state, case.number.as_str());
    assert_eq!(events, vec![Asked::Open(case.number.clone())]);
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
    assert!(shows(&state, "2.4"), "each reason with its clause");
    assert!(shows(&state, "Timeline"));
    assert!(shows(&state, "opened → Received"), "the first event");
    assert!(shows(&state, "1.1"), "the event's clause");
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
    assert!(matches!(events.last(), Some(Asked::Search(q)) if q == "sc2026000042"));
    // The scanner ends with Enter: no waiting for the search, the case opens.
    assert_eq!(
        press_enter(&mut state),
        vec![Asked::Open(CaseNumber::new(2026, 42))]
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
    assert_eq!(events, vec![Asked::Open(CaseNumber::new(2026, 42))]);

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
        vec![Asked::Open(CaseNumber::new(2026, 7))],
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

/// Accented capitals sort by their letter, not after "Z" as in byte order: "Élodie"
/// sits between "Ann" and "Viktor", "Åsa" beside "Anton" (the key Dispatch sorts by).
#[test]
fn customers_sort_by_letter_whatever_the_accents() {
    let mut state = cases::State::default();
    type_search(&mut state, "aurora");
    let names = [
        "Viktor Brandt",
        "Élodie Martin",
        "Åsa Berg",
        "anton Ruiz",
        "Zoë Lin",
    ];
    let results = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            summary(
                CaseNumber::new(2026, 100 + i as u32),
                name,
                CaseState::Applied,
                day(2, 20),
                None,
            )
        })
        .collect();
    feed(
        &mut state,
        [cases::Message::Results("aurora".into(), Ok(results))],
    );
    assert!(shows(
        &state,
        "5 cases, most recently active first unless sorted"
    ));
    click(&mut state, "Customer");
    assert!(
        shows(&state, "5 cases, by customer"),
        "the count names the order the list is in now"
    );
    let sorted: Vec<String> = state
        .rows(today())
        .into_iter()
        .map(|c| c.customer_name.clone())
        .collect();
    assert_eq!(
        sorted,
        [
            "anton Ruiz",
            "Åsa Berg",
            "Élodie Martin",
            "Viktor Brandt",
            "Zoë Lin"
        ]
    );
    click(&mut state, "Customer ▲");
    let sorted: Vec<String> = state
        .rows(today())
        .into_iter()
        .map(|c| c.customer_name.clone())
        .collect();
    assert_eq!(
        sorted,
        [
            "Zoë Lin",
            "Viktor Brandt",
            "Élodie Martin",
            "Åsa Berg",
            "anton Ruiz"
        ],
        "a second click reverses the same order"
    );
    assert!(shows(&state, "5 cases, by customer (reversed)"));
}

/// A deadline that has passed is written in the past tense ("closed", "was due"), as on
/// Inspection's and Dispatch's lists, not as if it were still ahead.
#[test]
fn a_passed_deadline_says_closed() {
    let mut state = cases::State::default();
    type_search(&mut state, "aurora");
    let results = vec![
        summary(
            CaseNumber::new(2026, 5),
            "Ann Lee",
            CaseState::Applied,
            day(2, 1),
            Some((Deadline::ApplicationCloses, day(2, 26))),
        ),
        summary(
            CaseNumber::new(2026, 6),
            "Bo Kim",
            CaseState::Applied,
            day(2, 20),
            Some((Deadline::ApplicationCloses, day(3, 12))),
        ),
    ];
    feed(
        &mut state,
        [cases::Message::Results("aurora".into(), Ok(results))],
    );
    assert!(
        shows(&state, "Application closed (4.2) · 26 Feb 2026"),
        "passed"
    );
    assert!(!shows(&state, "Application closes (4.2) · 26 Feb 2026"));
    assert!(
        shows(&state, "Application closes (4.2) · 12 Mar 2026"),
        "still ahead: the present tense"
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
    assert!(!support::any_text_contains(
        state.view(&cx()),
        HEIGHT,
        "7391"
    ));
    assert!(support::any_text_contains(
        state.view(&cx()),
        HEIGHT,
        "Scratch on the back"
    ));
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
        vec![Asked::Print(case.number.clone(), DocumentKind::Receipt)]
    );
    assert_eq!(
        click_in(&mut state, 1000.0, "Print return label"),
        vec![Asked::Print(case.number.clone(), DocumentKind::Label)]
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

/// Presses Enter in the app's case search box, as a scanner does; runs what it starts.
fn bench_enter(bench: &mut Bench) {
    let mut ui = support::simulator(bench.app.view(), HEIGHT);
    ui.click(selector::id(cases::SEARCH_ID))
        .expect("the search box is on screen");
    ui.tap_key(Key::Named(Named::Enter));
    let messages: Vec<_> = ui.into_messages().collect();
    bench.send_all(messages);
}

/// A bench whose store holds the walk-in (created as the intake desk would).
fn bench_with_case() -> (Bench, Case) {
    let bench = Bench::new(today());
    let case = bench
        .store(|store| store.create_case(&walk_in(), &Policy::shipped(), "ana", noon(day(2, 27))));
    (bench, case)
}

#[test]
fn a_search_against_a_real_store_finds_the_case_by_phone_and_opens_it() {
    let (mut bench, case) = bench_with_case();
    bench.send(Message::Navigate(Screen::Cases));
    // Every keystroke searches the store; its answers come back to the screen.
    bench.type_into(HEIGHT, cases::SEARCH_ID, "020 7946 4506");
    assert_eq!(bench.app.cases().asked(), Some("020 7946 4506"));
    assert_eq!(bench.app.cases().rows(today()).len(), 1);
    assert!(bench.shows(HEIGHT, "Zoë Łukasiewicz-Müller"));

    bench_enter(&mut bench);
    assert_eq!(
        bench.app.cases().case().map(|c| &c.number),
        Some(&case.number),
        "Enter opened the first result, read from the store"
    );
    assert!(bench.shows(HEIGHT, "AA5-123456"));
    assert!(bench.shows(HEIGHT, "Does not charge since last week"));
}

#[test]
fn ctrl_f_goes_to_the_cases_screen_and_esc_closes_the_case() {
    let (_dir, _store, case) = store_with_case();
    let mut app = app();
    assert_eq!(app.screen(), Screen::Intake);
    let _ = app.update(Message::Shortcut(Shortcut::FindCase));
    assert_eq!(app.screen(), Screen::Cases);
    assert!(support::shows(
        &app,
        HEIGHT,
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
    assert!(support::shows(&app, HEIGHT, "← Back to results"));

    // Esc closes the case and shows the results again.
    let _ = app.update(Message::Shortcut(Shortcut::Close));
    assert!(app.cases().case().is_none());
    assert!(support::shows(&app, HEIGHT, "Ann Lee"));

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
    assert!(support::shows(&app, HEIGHT, "3 parcels expected"));
    assert!(support::shows(&app, HEIGHT, "1 payment overdue"));
    assert!(support::shows(&app, HEIGHT, "0 answers past due"));

    support::click(&mut app, HEIGHT, "1 payment overdue");
    assert_eq!(app.screen(), Screen::Dispatch);
    support::click(&mut app, HEIGHT, "3 parcels expected");
    assert_eq!(app.screen(), Screen::Inspection);
    support::click(&mut app, HEIGHT, "Cases");
    assert_eq!(app.screen(), Screen::Cases);

    // A failed count says why in the status line and keeps the last counts.
    let _ = app.update(Message::Due(Err("The case store is locked.".into())));
    assert!(support::shows(&app, HEIGHT, "The case store is locked."));
    assert!(support::shows(&app, HEIGHT, "3 parcels expected"));
}

#[test]
fn the_case_says_what_can_be_done_next_and_opens_the_screen_that_does_it() {
    let (_dir, _store, case) = store_with_case();
    let mut state = cases::State::default();
    feed(
        &mut state,
        [
            cases::Message::Open(case.number.clone()),
            cases::Message::Opened(Ok(Some(Box::new(case.clone())))),
        ],
    );
    assert_eq!(case.state, CaseState::Received);
    assert!(shows(
        &state,
        "Diagnose the device: confirm a free repair, ask for proof of purchase (2.3) or send a quote (2.2)."
    ));
    assert!(
        !support::any_text_contains(state.view(&cx()), HEIGHT, "not built yet"),
        "every screen that takes a step exists"
    );
    assert_eq!(
        click(&mut state, "Open in Inspection"),
        vec![Asked::Navigate(
            Screen::Inspection,
            Some(case.number.clone())
        )]
    );

    // A repaired case goes back from Dispatch; a closed one has nothing left to do.
    assert_eq!(cases::screen_for(CaseState::Ready), Some(Screen::Dispatch));
    assert_eq!(
        cases::screen_for(CaseState::ToReturn),
        Some(Screen::Dispatch)
    );
    assert_eq!(cases::screen_for(CaseState::Returned), None);
    let mut closed = case.clone();
    closed.state = CaseState::Returned;
    let mut state = cases::State::default();
    feed(
        &mut state,
        [
            cases::Message::Open(closed.number.clone()),
            cases::Message::Opened(Ok(Some(Box::new(closed)))),
        ],
    );
    assert!(shows(&state, "Nothing further: this case is closed."));
    assert!(!shows(&state, "Open in Inspection"));
    assert!(!shows(&state, "Open in Dispatch"));
}

#[test]
fn the_step_button_opens_the_case_on_inspection() {
    let (mut bench, case) = bench_with_case();
    bench.send(Message::Navigate(Screen::Cases));
    bench.send(Message::Cases(cases::Message::Open(case.number.clone())));
    assert!(bench.app.cases().case().is_some());
    bench.click(HEIGHT, "Open in Inspection");
    assert_eq!(bench.app.screen(), Screen::Inspection);
    assert_eq!(
        bench.app.inspection().case().map(|c| &c.number),
        Some(&case.number),
        "the case is open there, read from the store"
    );
}

#[test]
fn the_invoice_serial_is_shown_as_the_invoice_gives_it() {
    let (mut bench, _) = bench_with_case();
    let mut new = walk_in();
    new.customer.name = "Invoice Spelling".into();
    if let Some(invoice) = new.proof.invoice.as_mut() {
        invoice.serial = Some("AA5 123-456".into());
    }
    let case = bench
        .store(move |store| store.create_case(&new, &Policy::shipped(), "ana", noon(day(2, 27))));
    bench.send(Message::Navigate(Screen::Cases));
    bench.send(Message::Cases(cases::Message::Open(case.number.clone())));
    assert!(
        support::any_text_contains(bench.app.view(), HEIGHT, "serial AA5 123-456"),
        "the invoice's own spelling, not the device's"
    );
    assert!(support::any_text_contains(
        bench.app.view(),
        HEIGHT,
        "valid (2.4)"
    ));
}

#[test]
fn a_case_changed_elsewhere_is_read_again() {
    let (mut bench, case) = bench_with_case();
    bench.send(Message::Navigate(Screen::Cases));
    bench.send(Message::Cases(cases::Message::Open(case.number.clone())));
    assert!(
        bench
            .app
            .cases()
            .case()
            .is_some_and(|c| c.documents.is_empty()),
        "nothing printed yet"
    );
    // Another desk prints the return label; the screen hears the case changed.
    let number = case.number.clone();
    bench.store(move |store| {
        store.record_document(&number, DocumentKind::Label, "bo", noon(day(2, 28)))
    });
    bench.send(Message::Cases(cases::Message::CasesChanged(vec![
        case.number.clone(),
    ])));
    assert!(
        bench
            .app
            .cases()
            .case()
            .is_some_and(|c| c.documents.iter().any(|d| d.kind == DocumentKind::Label)),
        "the case on screen is the one stored"
    );
}

#[test]
fn a_part_paid_case_shows_what_was_paid_and_what_is_still_due() {
    use fixdesk::domain::money::{Currency, Money};
    use fixdesk::domain::repair::{LineKind, Quote, QuoteLine};
    let (_dir, _store, mut case) = store_with_case();
    let eur = Currency::new("EUR").expect("EUR");
    case.quote = Some(Quote {
        currency: eur.clone(),
        lines: vec![QuoteLine {
            kind: LineKind::Labour,
            description: "New screen fitted".into(),
            amount: Money::new(7550, eur.clone()),
        }],
    });
    case.payments = vec![fixdesk::domain::Payment {
        amount: Money::new(5000, eur),
        paid_on: today(),
        method: "card".into(),
    }];
    let mut state = cases::State::default();
    feed(
        &mut state,
        [
            cases::Message::Open(case.number.clone()),
            cases::Message::Opened(Ok(Some(Box::new(case.clone())))),
        ],
    );
    // 2.6: the desk sees at once what is left to pay, not only the payments.
    assert!(shows(
        &state,
        "Quote total 75.50 EUR · paid 50.00 EUR · still due 25.50 EUR"
    ));
}

/// 2.4: once the parcel's device had another serial than the application, the case
/// shows the device's own serial as its serial, and the application's under its name.
#[test]
fn a_serial_mismatch_shows_the_real_serial_and_the_one_given_in_the_application() {
    let (_dir, _store, mut case) = store_with_case();
    let mut state = cases::State::default();
    feed(
        &mut state,
        [
            cases::Message::Open(case.number.clone()),
            cases::Message::Opened(Ok(Some(Box::new(case.clone())))),
        ],
    );
    assert!(
        !shows(
            &state,
            &fixdesk::domain::Language::English.words().serial_applied()
        ),
        "no mismatch"
    );

    case.applied_serial = Some(case.device.serial.clone());
    case.device.serial = "AA5-999999".into();
    feed(
        &mut state,
        [
            cases::Message::Open(case.number.clone()),
            cases::Message::Opened(Ok(Some(Box::new(case.clone())))),
        ],
    );
    assert!(shows(
        &state,
        &fixdesk::domain::Language::English.words().serial_applied()
    ));
    assert!(shows(&state, "AA5-999999"), "the device's own serial");
    assert!(shows(&state, "AA5-123456"), "the application's, labelled");
}

/// A printing whose facts differ from the case now is marked superseded, saying what
/// changed, and the latest such printing offers a reprint (docs/rules.md §7); a printing
/// that still matches is only offered again.
#[test]
fn a_printing_the_case_has_outgrown_is_marked_superseded_with_a_reprint() {
    use fixdesk::documents::printing::{PrintOptions, printing};
    let (_dir, mut store, case) = store_with_case();
    let record = printing(
        DocumentKind::Receipt,
        &case,
        &Settings::default(),
        &PrintOptions::default(),
        "ana",
        noon(day(2, 28)),
        Some("receipt.pdf".into()),
    );
    store
        .record_printing(&case.number, &record)
        .expect("printing recorded");
    // A label printed with the tracking number known before the shipment is recorded:
    // nothing recorded contradicts it.
    let label = printing(
        DocumentKind::Label,
        &case,
        &Settings::default(),
        &PrintOptions {
            tracking: Some("JD0146".into()),
            ..PrintOptions::default()
        },
        "ana",
        noon(day(2, 28)),
        Some("label.pdf".into()),
    );
    store
        .record_printing(&case.number, &label)
        .expect("printing recorded");
    let mut case = store.case(&case.number).expect("read").expect("case");
    let tall = 1600.0;
    let open = |state: &mut cases::State, case: &Case| {
        feed(
            state,
            [
                cases::Message::Open(case.number.clone()),
                cases::Message::Opened(Ok(Some(Box::new(case.clone())))),
                cases::Message::Settings(Ok(Box::new(Settings::default()))),
            ],
        )
    };
    let mut state = cases::State::default();
    open(&mut state, &case);
    let reprint = fixdesk::domain::Language::English
        .words()
        .reprint(DocumentKind::Receipt);
    assert!(
        !support::finds(state.view(&cx()), tall, &reprint),
        "it matches"
    );
    assert!(
        !support::any_text_contains(state.view(&cx()), tall, "Superseded"),
        "nothing is superseded yet"
    );

    // The device's serial recorded since (2.4): the receipt printed names the old one.
    case.applied_serial = Some(case.device.serial.clone());
    case.device.serial = "AA5-999999".into();
    open(&mut state, &case);
    let superseded = fixdesk::domain::Language::English
        .words()
        .superseded("serial: AA5-123456 → AA5-999999");
    assert!(
        support::finds(state.view(&cx()), tall, &superseded),
        "marked, saying what changed"
    );
    assert_eq!(
        click_in(&mut state, tall, &reprint),
        vec![Asked::Print(case.number.clone(), DocumentKind::Receipt)]
    );
}

/// What changed since a printing is said in the desk's language: the fact's name, a
/// yes/no, as the reader writes them; the record keeps its English (§7, §13).
#[test]
fn a_superseded_printing_says_what_changed_in_the_desks_language() {
    use fixdesk::documents::printing::{PrintOptions, printing};
    let (_dir, mut store, case) = store_with_case();
    let first = printing(
        DocumentKind::Receipt,
        &case,
        &Settings::default(),
        &PrintOptions::default(),
        "ana",
        noon(day(2, 28)),
        Some("receipt.pdf".into()),
    );
    store
        .record_printing(&case.number, &first)
        .expect("printing recorded");
    // Printed again after the serial was corrected: the second printing's note names it.
    let mut case = store.case(&case.number).expect("read").expect("case");
    case.device.serial = "AA5-777777".into();
    let again = printing(
        DocumentKind::Receipt,
        &case,
        &Settings::default(),
        &PrintOptions::default(),
        "ana",
        noon(day(3, 1)),
        Some("receipt-2.pdf".into()),
    );
    assert_eq!(
        again.note.as_deref(),
        Some("serial: AA5-123456 → AA5-777777"),
        "the record keeps its English"
    );
    store
        .record_printing(&case.number, &again)
        .expect("printing recorded");
    let mut case = store.case(&case.number).expect("read").expect("case");
    // And the serial corrected once more since: the latest printing is superseded.
    case.device.serial = "AA5-999999".into();
    let chinese = Context {
        words: fixdesk::domain::Language::Chinese.words(),
        ..cx()
    };
    let mut state = cases::State::default();
    feed(
        &mut state,
        [
            cases::Message::Open(case.number.clone()),
            cases::Message::Opened(Ok(Some(Box::new(case.clone())))),
            cases::Message::Settings(Ok(Box::new(Settings::default()))),
        ],
    );
    let tall = 1600.0;
    let w = fixdesk::domain::Language::Chinese.words();
    let superseded = w.superseded("序列号：AA5-777777 → AA5-999999");
    assert!(
        support::any_text_contains(state.view(&chinese), tall, &superseded),
        "the superseded line in Chinese: {superseded}"
    );
    assert!(
        support::any_text_contains(
            state.view(&chinese),
            tall,
            "序列号：AA5-123456 → AA5-777777"
        ),
        "the earlier printing's note in Chinese"
    );
    for english in ["Superseded", "serial:"] {
        assert!(
            !support::any_text_contains(state.view(&chinese), tall, english),
            "no English left: {english}"
        );
    }
}
