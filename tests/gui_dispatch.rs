//! The dispatch screen driven like a dispatcher would, headless (iced_test): the queue,
//! the packing checklist that blocks closing, shipping or counter pickup, and the due
//! items acted on with a second click. The bench (`gui_support`) runs the screen's own
//! tasks on a real store, exactly as the app does.

mod gui_support;
mod store_common;

use fixdesk::domain::case::{Diagnosis, DocumentKind, Handback, ReturnReason};
use fixdesk::domain::repair::RepairMethod;
use fixdesk::domain::settings::LabelSize;
use fixdesk::domain::warranty::Cause;
use fixdesk::domain::{Case, CaseNumber, Policy, State};
use fixdesk::gui::app;
use fixdesk::gui::screen::dispatch::{self, Due, Field, Message};
use fixdesk::gui::screen::inspection;
use fixdesk::gui::screen::{Screen, Shared};
use fixdesk::store::ParcelArrival;
use gui_support::{AppBench, Bench, Shell};
use store_common::{StepsByName, at, day, mail_in, walk_in};

type Dispatch = Bench<dispatch::State>;

fn new_bench(today: &str) -> Dispatch {
    Bench::new(Shell::new(today), dispatch::State::default()).with_size(1280.0, 2000.0)
}

/// The screen comes into view: the queue and the due items are read, as the app does.
fn show(bench: &mut Dispatch) {
    bench.shell.refresh_due();
    bench.send(Message::Shown(None));
}

fn state(bench: &Dispatch, number: &CaseNumber) -> State {
    stored(bench, number).state
}

fn stored(bench: &Dispatch, number: &CaseNumber) -> Case {
    bench
        .shell
        .store(|s| s.case(number))
        .expect("read")
        .expect("case")
}

/// A mail-in case repaired for free: accepted with a charger and a case, diagnosed,
/// repaired; ready to ship.
fn ready_mail_in(bench: &Dispatch) -> CaseNumber {
    ready_mail_in_for(bench, "WEB-7", "Jonas Weber", "SN-700")
}

fn ready_mail_in_for(bench: &Dispatch, id: &str, name: &str, serial: &str) -> CaseNumber {
    ready_in(&bench.shell, id, name, serial)
}

fn ready_in(shell: &Shell, id: &str, name: &str, serial: &str) -> CaseNumber {
    let policy = shell.policy.clone();
    shell.store(|store| {
        let number = store
            .create_case(
                &mail_in(id, name, serial, "2026-03-01"),
                &policy,
                "clerk",
                at("2026-03-01"),
            )
            .expect("application")
            .number;
        let mut parcel = ParcelArrival {
            received_on: day("2026-03-04"),
            packaging_adequate: true,
            ..ParcelArrival::default()
        };
        parcel.handover.accessories = vec!["Charger".into(), "Sleeve".into()];
        parcel.handover.password_note = Some("2580".into());
        parcel.handover.password = fixdesk::domain::PasswordStatus::ToldToInspector;
        store
            .receive_parcel(&number, &parcel, "inspector", at("2026-03-04"))
            .expect("received");
        store
            .diagnose(
                &number,
                &Diagnosis {
                    cause: Cause::Manufacturing,
                    component: Some("battery".into()),
                    method: Some(RepairMethod::PartReplacement),
                    notes: String::new(),
                },
                &policy,
                day("2026-03-05"),
                "inspector",
                at("2026-03-05"),
            )
            .expect("diagnosed");
        store
            .repair_done(&number, None, "inspector", at("2026-03-06"))
            .expect("repaired");
        number
    })
}

#[test]
fn the_queue_lists_devices_going_back_oldest_first_with_why_and_how() {
    let mut bench = new_bench("2026-04-01");
    let ready = ready_mail_in(&bench);
    let policy = bench.shell.policy.clone();
    let walk = bench.shell.store(|store| {
        let walk = store
            .create_case(
                &walk_in("Ann Lee", "SN-800", "2026-03-10"),
                &policy,
                "clerk",
                at("2026-03-10"),
            )
            .expect("walk-in")
            .number;
        store
            .diagnose(
                &walk,
                &Diagnosis {
                    cause: Cause::ManMade,
                    component: Some("display".into()),
                    method: Some(RepairMethod::PartReplacement),
                    notes: String::new(),
                },
                &policy,
                day("2026-03-10"),
                "inspector",
                at("2026-03-11"),
            )
            .expect("diagnosed");
        let quote = fixdesk::domain::repair::Quote {
            currency: fixdesk::domain::money::Currency::new("EUR").expect("EUR"),
            lines: vec![fixdesk::domain::repair::QuoteLine {
                kind: fixdesk::domain::repair::LineKind::Labour,
                description: "Fitting".into(),
                amount: fixdesk::domain::money::Money::new(
                    3000,
                    fixdesk::domain::money::Currency::new("EUR").expect("EUR"),
                ),
            }],
        };
        store
            .send_quote(
                &walk,
                &quote,
                day("2026-03-11"),
                "inspector",
                at("2026-03-11"),
            )
            .expect("quoted");
        store
            .decline_quote(&walk, "clerk", at("2026-03-12"))
            .expect("declined");
        walk
    });
    show(&mut bench);

    let queue = bench.screen.queue();
    assert_eq!(queue.len(), 2);
    assert_eq!(queue[0].summary.number, ready, "the longest waiting first");
    assert!(queue[0].ships());
    assert_eq!(queue[1].reason, Some(ReturnReason::QuoteDeclined));
    assert!(!queue[1].ships(), "a walk-in is collected at the counter");
    assert!(bench.shows("Quote declined (2.2)"));
    assert!(bench.shows("Repaired"));

    // Sorting by customer puts Ann before Jonas; filtering narrows the list.
    bench.click("Customer");
    assert_eq!(
        bench
            .screen
            .rows(fixdesk::domain::Language::English.words())[0]
            .summary
            .number,
        walk
    );
    bench.type_into(dispatch::FILTER_ID, "jonas");
    assert_eq!(
        bench
            .screen
            .rows(fixdesk::domain::Language::English.words())
            .len(),
        1
    );
}

#[test]
fn the_packing_checklist_blocks_closing_until_every_item_is_ticked() {
    let mut bench = new_bench("2026-04-01");
    let number = ready_mail_in(&bench);
    show(&mut bench);
    bench.send(Message::Open(number.clone()));
    let list = bench.screen.packing_list();
    assert_eq!(list.len(), 3, "device, charger, sleeve: {list:?}");
    assert!(list[1].contains("Charger") && list[2].contains("Sleeve"));

    bench.type_into(Field::Carrier.id(), "DHL");
    bench.type_into(Field::Tracking.id(), "JD0001234");
    // Nothing ticked: the button does nothing and the screen says what is missing.
    assert!(bench.click("Close the case: returned").is_empty());
    assert!(bench.shows(&fixdesk::domain::Language::English.words().unticked(&list)));
    assert_eq!(state(&bench, &number), State::Ready);

    bench.click(&list[0]);
    bench.click(&list[1]);
    assert!(
        bench.click("Close the case: returned").is_empty(),
        "one still missing"
    );
    assert!(
        bench.shows(
            &fixdesk::domain::Language::English
                .words()
                .unticked(&list[2..])
        )
    );
    bench.click(&list[2]);
    let events = bench.click("Close the case: returned");
    assert!(
        matches!(events.first(), Some(Shared::CaseChanged(n)) if *n == number),
        "{events:?}"
    );

    let stored = stored(&bench, &number);
    assert_eq!(stored.state, State::Returned);
    assert_eq!(
        stored.handback,
        Some(Handback::Shipped {
            carrier: "DHL".into(),
            tracking: "JD0001234".into()
        })
    );
    assert!(
        stored.handover.password_note.is_none(),
        "3.2, 3.7: removed on return"
    );
    assert!(bench.screen.case().is_none(), "back to the queue");
    assert!(bench.screen.queue().is_empty());
}

#[test]
fn a_counter_pickup_needs_the_collectors_name_and_an_id_check() {
    let mut bench = new_bench("2026-04-01");
    let number = ready_mail_in(&bench);
    bench.send(Message::Open(number.clone()));
    bench.click("Counter pickup");
    for i in 0..bench.screen.packing_list().len() {
        bench.send(Message::Tick(i, true));
    }
    assert!(
        bench
            .screen
            .handback(fixdesk::domain::Language::English.words())
            .is_err_and(
                |p| p.starts_with(&fixdesk::domain::Language::English.words().collected_by())
            )
    );
    bench.type_into(Field::CollectedBy.id(), "Jonas Weber");
    assert!(
        bench
            .screen
            .handback(fixdesk::domain::Language::English.words())
            .is_err_and(|p| p.starts_with(&fixdesk::domain::Language::English.words().id_checked()))
    );
    // No receipt before the facts are final: it prints when the case closes.
    assert!(!bench.shows(&fixdesk::domain::Language::English.words().print_handover()));
    assert!(bench.click("Close the case: returned").is_empty());
    bench.click("ID checked");
    let events = bench.click("Close the case: returned");
    let printed: Vec<_> = events
        .iter()
        .filter_map(|e| match e {
            Shared::Print(request) => Some((request.number.clone(), request.kind)),
            _ => None,
        })
        .collect();
    assert_eq!(
        printed,
        vec![(number.clone(), DocumentKind::HandoverReceipt)],
        "the receipt prints at closing, from the recorded handback"
    );
    let stored = stored(&bench, &number);
    assert_eq!(
        stored.handback,
        Some(Handback::Collected {
            by: "Jonas Weber".into(),
            id_checked: true
        })
    );
}

#[test]
fn the_label_prints_in_the_chosen_form_with_the_tracking_number() {
    let mut bench = new_bench("2026-04-01");
    let number = ready_mail_in(&bench);
    bench.send(Message::Open(number.clone()));
    bench.type_into(Field::Tracking.id(), "1Z999");
    bench.click("Sheet");
    let events = bench.click("Print return label");
    match events.as_slice() {
        [Shared::Print(request)] => {
            assert_eq!(request.number, number);
            assert_eq!(request.kind, DocumentKind::Label);
            assert_eq!(request.options.label, Some(LabelSize::Sheet));
            assert_eq!(request.options.tracking.as_deref(), Some("1Z999"));
        }
        other => panic!("expected one print request, got {other:?}"),
    }
}

#[test]
fn past_due_applications_expire_one_by_one_or_all_at_once_only_on_a_second_click() {
    let mut bench = new_bench("2026-04-01");
    let mut numbers = Vec::new();
    for i in 0..3 {
        numbers.push(
            bench
                .shell
                .store(|store| {
                    store.create_case(
                        &mail_in(
                            &format!("WEB-{i}"),
                            "Jonas Weber",
                            &format!("SN-{i}"),
                            "2026-03-01",
                        ),
                        &Policy::shipped(),
                        "clerk",
                        at("2026-03-01"),
                    )
                })
                .expect("application")
                .number,
        );
    }
    show(&mut bench);
    assert_eq!(bench.shell.due.applications_past_due.count, 3);
    assert!(
        bench.shows(
            &fixdesk::domain::Language::English
                .words()
                .applications_past(3)
        )
    );
    // A deadline that has passed is said in the past tense.
    let closed = fixdesk::domain::Language::English.words().deadline_line(
        fixdesk::domain::case::Deadline::ApplicationCloses,
        day("2026-03-16"),
        day("2026-04-01"),
    );
    assert!(closed.starts_with("Application closed (4.2)"), "{closed}");
    assert!(bench.shows(&closed), "{closed}");

    // One: the first click arms, the second expires it with its event.
    assert!(
        bench
            .send(Message::DueOne(Due::Applications, numbers[0].clone()))
            .is_empty()
    );
    assert_eq!(state(&bench, &numbers[0]), State::Applied);
    bench.send(Message::DueOne(Due::Applications, numbers[0].clone()));
    assert_eq!(state(&bench, &numbers[0]), State::Expired);
    let last = stored(&bench, &numbers[0])
        .events
        .last()
        .cloned()
        .expect("event");
    assert_eq!(last.clause, "4.2");

    // All the rest at once, again only on the second click.
    bench.click(&fixdesk::domain::Language::English.words().expire_all(2));
    assert_eq!(state(&bench, &numbers[1]), State::Applied);
    bench.click(
        &fixdesk::domain::Language::English
            .words()
            .confirm_twice(&fixdesk::domain::Language::English.words().expire_all(2)),
    );
    assert_eq!(state(&bench, &numbers[1]), State::Expired);
    assert_eq!(state(&bench, &numbers[2]), State::Expired);
    assert_eq!(bench.shell.due.applications_past_due.count, 0);
    // The notice says which cases and what happened to them.
    let done = format!("2 cases expired (4.2): {}, {}.", numbers[1], numbers[2]);
    assert!(
        matches!(bench.screen.notice(), Some(Ok(notice)) if *notice == done),
        "{:?}",
        bench.screen.notice()
    );
}

/// A walk-in diagnosed as paid, quoted 75.50, accepted with the notice on `notice`, and
/// 50.00 paid: the rest is due a month after the notice (2.6).
fn part_paid(bench: &Dispatch, notice: &str) -> CaseNumber {
    let policy = bench.shell.policy.clone();
    let eur = fixdesk::domain::money::Currency::new("EUR").expect("EUR");
    bench.shell.store(|store| {
        let number = store
            .create_case(
                &walk_in("Ann Lee", "SN-900", "2026-01-10"),
                &policy,
                "clerk",
                at("2026-01-10"),
            )
            .expect("walk-in")
            .number;
        store
            .diagnose(
                &number,
                &Diagnosis {
                    cause: Cause::ManMade,
                    component: Some("display".into()),
                    method: Some(RepairMethod::PartReplacement),
                    notes: String::new(),
                },
                &policy,
                day("2026-01-11"),
                "inspector",
                at("2026-01-11"),
            )
            .expect("diagnosed");
        store
            .send_quote(
                &number,
                &fixdesk::domain::repair::Quote {
                    currency: eur.clone(),
                    lines: vec![fixdesk::domain::repair::QuoteLine {
                        kind: fixdesk::domain::repair::LineKind::Parts,
                        description: "Display".into(),
                        amount: fixdesk::domain::money::Money::new(7550, eur.clone()),
                    }],
                },
                day("2026-01-12"),
                "inspector",
                at("2026-01-12"),
            )
            .expect("quoted");
        store
            .accept_quote(&number, day(notice), "clerk", at(notice))
            .expect("accepted");
        store
            .record_payment(
                &number,
                &fixdesk::domain::Payment {
                    amount: fixdesk::domain::money::Money::new(5000, eur),
                    paid_on: day(notice),
                    method: "cash".into(),
                },
                "clerk",
                at(notice),
            )
            .expect("part paid");
        number
    })
}

#[test]
fn closing_the_case_the_filter_found_clears_the_filter_and_focuses_it() {
    let mut bench = new_bench("2026-04-01");
    let first = ready_mail_in(&bench);
    let second = ready_mail_in_for(&bench, "WEB-8", "Mia Chen", "SN-800");
    show(&mut bench);
    assert_eq!(bench.focused, Some(dispatch::FILTER_ID), "on opening");

    bench.type_into(dispatch::FILTER_ID, &first.to_string());
    bench.send(Message::FilterSubmit);
    assert_eq!(
        bench.screen.case().map(|c| c.number.clone()),
        Some(first.clone())
    );
    for i in 0..bench.screen.packing_list().len() {
        bench.send(Message::Tick(i, true));
    }
    bench.type_into(Field::Carrier.id(), "DHL");
    bench.type_into(Field::Tracking.id(), "JD0001");
    bench.focused = None;
    bench.click(&fixdesk::domain::Language::English.words().close_returned());
    assert_eq!(state(&bench, &first), State::Returned);
    assert_eq!(
        bench.screen.filter(),
        "",
        "the filter found the closed case"
    );
    assert_eq!(
        bench.focused,
        Some(dispatch::FILTER_ID),
        "ready for the next scan"
    );
    let rows: Vec<&CaseNumber> = bench
        .screen
        .rows(fixdesk::domain::Language::English.words())
        .iter()
        .map(|o| &o.summary.number)
        .collect();
    assert_eq!(rows, vec![&second], "the rest of the queue shows");
    assert!(!bench.shows(&fixdesk::domain::Language::English.words().queue_empty()));
}

#[test]
fn sorting_by_customer_puts_accented_names_beside_their_plain_spelling() {
    let mut bench = new_bench("2026-04-01");
    let viktor = ready_mail_in_for(&bench, "WEB-1", "Viktor Adams", "SN-1");
    let elodie = ready_mail_in_for(&bench, "WEB-2", "Élodie Martin", "SN-2");
    let eloise = ready_mail_in_for(&bench, "WEB-3", "Eloise Bernard", "SN-3");
    show(&mut bench);
    assert!(
        bench.shows(
            &fixdesk::domain::Language::English
                .words()
                .dispatch_queue_title(None)
        )
    );
    bench.click("Customer");
    let rows: Vec<&CaseNumber> = bench
        .screen
        .rows(fixdesk::domain::Language::English.words())
        .iter()
        .map(|o| &o.summary.number)
        .collect();
    // Élodie ("elodie") sorts before Eloise and both before Viktor.
    assert_eq!(rows, vec![&elodie, &eloise, &viktor]);
    // The title says the order it is in now, not "longest waiting first".
    assert!(
        bench.shows(
            &fixdesk::domain::Language::English
                .words()
                .dispatch_queue_title(Some((
                    &fixdesk::domain::Language::English.words().customer(),
                    false
                )))
        )
    );
    assert!(
        !bench.shows(
            &fixdesk::domain::Language::English
                .words()
                .dispatch_queue_title(None)
        )
    );
    // Accents do not matter to the filter either.
    bench.type_into(dispatch::FILTER_ID, "elodie");
    assert_eq!(
        bench
            .screen
            .rows(fixdesk::domain::Language::English.words())
            .len(),
        1
    );
}

#[test]
fn an_overdue_payment_row_shows_what_is_owed_and_opens_its_case() {
    let mut bench = new_bench("2026-04-01");
    let number = part_paid(&bench, "2026-02-01");
    show(&mut bench);
    assert_eq!(bench.shell.due.payments_past_due.count, 1);
    let due = fixdesk::domain::lifecycle::payment_due(day("2026-02-01"));
    let line = format!(
        "{} · {}",
        fixdesk::domain::Language::English.words().deadline_line(
            fixdesk::domain::case::Deadline::PaymentDue,
            due,
            day("2026-04-01")
        ),
        fixdesk::domain::Language::English.words().owed("25.50 EUR")
    );
    assert!(bench.shows(&line), "{line}");

    let events = bench.click(&number.to_string());
    assert!(
        matches!(events.as_slice(), [Shared::Navigate(Screen::Inspection, Some(n))] if *n == number),
        "{events:?}"
    );
}

#[test]
fn a_case_not_going_back_has_a_button_to_the_cases_screen() {
    let mut bench = new_bench("2026-04-01");
    let number = part_paid(&bench, "2026-03-20");
    bench.send(Message::Open(number.clone()));
    assert!(bench.shows(&fixdesk::domain::Language::English.words().not_going_back()));
    let events = bench.click(&fixdesk::domain::Language::English.words().open_in_cases());
    assert!(
        matches!(events.as_slice(), [Shared::Navigate(Screen::Cases, Some(n))] if *n == number),
        "{events:?}"
    );
}

#[test]
fn acting_on_one_due_case_names_it_and_what_happened() {
    let mut bench = new_bench("2026-04-01");
    let number = part_paid(&bench, "2026-02-01");
    show(&mut bench);
    bench.send(Message::DueOne(Due::Payments, number.clone()));
    let events = bench.send(Message::DueOne(Due::Payments, number.clone()));
    assert_eq!(state(&bench, &number), State::ToReturn);
    assert!(
        matches!(events.as_slice(), [Shared::CasesChanged(n)] if *n == vec![number.clone()]),
        "{events:?}"
    );
    let said = format!(
        "{number} {}.",
        fixdesk::domain::Language::English
            .words()
            .return_overdue_done()
    );
    assert!(
        matches!(bench.screen.notice(), Some(Ok(notice)) if *notice == said),
        "{:?}",
        bench.screen.notice()
    );
    assert_eq!(
        bench.shell.due.payments_past_due.count, 0,
        "the due items were read again"
    );
}

#[test]
fn a_case_handed_back_on_dispatch_is_read_again_on_inspection() {
    let mut bench = AppBench::new("2026-04-01");
    let number = ready_in(&bench.shell, "WEB-7", "Jonas Weber", "SN-700");
    bench.send(app::Message::Navigate(Screen::Inspection));
    bench.send(app::Message::Inspection(inspection::Message::Open(
        number.clone(),
    )));
    assert_eq!(
        bench.app.inspection().case().map(|c| c.state),
        Some(State::Ready)
    );

    // "Open in Dispatch" goes there with the case open.
    bench.send(app::Message::Inspection(inspection::Message::GoToDispatch));
    assert_eq!(bench.app.screen(), Screen::Dispatch);
    assert_eq!(
        bench.app.dispatch().case().map(|c| c.number.clone()),
        Some(number.clone())
    );
    for i in 0..bench.app.dispatch().packing_list().len() {
        bench.send(app::Message::Dispatch(Message::Tick(i, true)));
    }
    bench.send(app::Message::Dispatch(Message::Edit(
        Field::Carrier,
        "DHL".into(),
    )));
    bench.send(app::Message::Dispatch(Message::Edit(
        Field::Tracking,
        "JD1".into(),
    )));
    bench.send(app::Message::Dispatch(Message::Close));
    assert_eq!(
        bench
            .shell
            .store(|s| s.case(&number))
            .expect("read")
            .expect("case")
            .state,
        State::Returned
    );
    // Inspection still had it open: it read it again, so it no longer says "Ready".
    assert_eq!(
        bench.app.inspection().case().map(|c| c.state),
        Some(State::Returned)
    );
}
