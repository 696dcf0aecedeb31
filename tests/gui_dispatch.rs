//! The dispatch screen driven like a dispatcher would, headless (iced_test): the queue,
//! the packing checklist that blocks closing, shipping or counter pickup, and the due
//! items acted on with a second click; each step runs on a real store through
//! `gui::steps` and `Store::hand_back`, as the app's buttons do.

mod store_common;

use fixdesk::domain::case::{Diagnosis, Handback, ReturnReason};
use fixdesk::domain::repair::RepairMethod;
use fixdesk::domain::settings::LabelSize;
use fixdesk::domain::warranty::Cause;
use fixdesk::domain::{CaseNumber, Policy, State};
use fixdesk::gui::screen::dispatch::{self, Due, Event, Field, Message, Outgoing};
use fixdesk::gui::steps;
use fixdesk::store::{DueItems, ParcelArrival, Store};
use iced_test::{Simulator, selector};
use store_common::{at, day, mail_in, temp_store, walk_in};

struct Bench {
    _dir: tempfile::TempDir,
    store: Store,
    policy: Policy,
    today: chrono::NaiveDate,
    due: DueItems,
    screen: dispatch::State,
}

impl Bench {
    fn new(today: &str) -> Self {
        let (dir, store) = temp_store();
        Self {
            _dir: dir,
            store,
            policy: Policy::shipped(),
            today: day(today),
            due: DueItems::default(),
            screen: dispatch::State::default(),
        }
    }

    /// The queue as the app reads it.
    fn outgoing(&self) -> Vec<Outgoing> {
        self.store
            .dispatch_queue(500)
            .expect("queue")
            .into_iter()
            .map(|(summary, reason)| Outgoing { summary, reason })
            .collect()
    }

    fn refresh(&mut self) {
        self.due = self.store.due(self.today, 14).expect("due");
        let queue = self.outgoing();
        self.send(Message::Queue(Ok(queue)));
    }

    fn send(&mut self, message: Message) -> Vec<Event> {
        let mut seen = Vec::new();
        let mut queue = vec![message];
        while let Some(message) = queue.pop() {
            let cx = dispatch::Context {
                today: self.today,
                due: &self.due,
                label: LabelSize::FourBySix,
            };
            let Some(event) = self.screen.update(message, &cx) else {
                continue;
            };
            seen.push(event.clone());
            match event {
                Event::Load(number) => queue.push(Message::Loaded(
                    self.store
                        .case(&number)
                        .map_err(|e| e.to_string())
                        .map(|c| c.map(Box::new)),
                )),
                Event::Close(number, handback) => queue.push(Message::Closed(
                    self.store
                        .hand_back(&number, &handback, "dispatcher", at("2026-04-01"))
                        .map(Box::new)
                        .map_err(|e| e.to_string()),
                )),
                Event::Due(due, numbers) => {
                    let mut done = 0;
                    for number in &numbers {
                        steps::due_one(&mut self.store, due, number, self.today, "dispatcher")
                            .expect("due step");
                        done += 1;
                    }
                    queue.push(Message::DueDone(Ok((done, 0))));
                }
                Event::DueAll(due) => queue.push(Message::DueDone(
                    steps::due_all(&mut self.store, due, self.today, "dispatcher")
                        .map_err(|e| e.to_string()),
                )),
                Event::Refresh => {
                    self.due = self.store.due(self.today, 14).expect("due");
                    queue.push(Message::Queue(Ok(self.outgoing())));
                }
                _ => {}
            }
        }
        seen
    }

    fn simulate(&mut self, act: impl FnOnce(&mut Simulator<'_, Message>)) -> Vec<Event> {
        let messages: Vec<Message> = {
            let cx = dispatch::Context {
                today: self.today,
                due: &self.due,
                label: LabelSize::FourBySix,
            };
            let mut ui = Simulator::with_size(
                fixdesk::gui::settings(),
                (1280.0, 2000.0),
                self.screen.view(&cx),
            );
            act(&mut ui);
            ui.into_messages().collect()
        };
        messages.into_iter().flat_map(|m| self.send(m)).collect()
    }

    fn click(&mut self, label: &str) -> Vec<Event> {
        self.simulate(|ui| {
            ui.click(label)
                .unwrap_or_else(|err| panic!("{label:?} is not clickable: {err:?}"));
        })
    }

    fn type_into(&mut self, id: &'static str, typed: &str) {
        self.simulate(|ui| {
            ui.click(selector::id(id)).expect("field on screen");
            ui.typewrite(typed);
        });
    }

    fn shows(&self, content: &str) -> bool {
        let cx = dispatch::Context {
            today: self.today,
            due: &self.due,
            label: LabelSize::FourBySix,
        };
        let mut ui = Simulator::with_size(
            fixdesk::gui::settings(),
            (1280.0, 2000.0),
            self.screen.view(&cx),
        );
        ui.find(content).is_ok()
    }

    fn state(&self, number: &CaseNumber) -> State {
        self.store.case(number).expect("read").expect("case").state
    }

    /// A mail-in case repaired for free: accepted with a charger and a case, diagnosed,
    /// repaired; ready to ship.
    fn ready_mail_in(&mut self) -> CaseNumber {
        let number = self
            .store
            .create_case(
                &mail_in("WEB-7", "Jonas Weber", "SN-700", "2026-03-01"),
                &self.policy,
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
        self.store
            .receive_parcel(&number, &parcel, "inspector", at("2026-03-04"))
            .expect("received");
        self.store
            .diagnose(
                &number,
                &Diagnosis {
                    cause: Cause::Manufacturing,
                    component: Some("battery".into()),
                    method: Some(RepairMethod::PartReplacement),
                    notes: String::new(),
                },
                &self.policy,
                day("2026-03-05"),
                "inspector",
                at("2026-03-05"),
            )
            .expect("diagnosed");
        self.store
            .repair_done(&number, None, "inspector", at("2026-03-06"))
            .expect("repaired");
        number
    }
}

#[test]
fn the_queue_lists_devices_going_back_oldest_first_with_why_and_how() {
    let mut bench = Bench::new("2026-04-01");
    let ready = bench.ready_mail_in();
    let walk = bench
        .store
        .create_case(
            &walk_in("Ann Lee", "SN-800", "2026-03-10"),
            &bench.policy,
            "clerk",
            at("2026-03-10"),
        )
        .expect("walk-in")
        .number;
    bench
        .store
        .diagnose(
            &walk,
            &Diagnosis {
                cause: Cause::ManMade,
                component: Some("display".into()),
                method: Some(RepairMethod::PartReplacement),
                notes: String::new(),
            },
            &bench.policy,
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
    bench
        .store
        .send_quote(
            &walk,
            &quote,
            day("2026-03-11"),
            "inspector",
            at("2026-03-11"),
        )
        .expect("quoted");
    bench
        .store
        .decline_quote(&walk, "clerk", at("2026-03-12"))
        .expect("declined");
    bench.refresh();

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
    assert_eq!(bench.screen.rows()[0].summary.number, walk);
    bench.type_into(dispatch::FILTER_ID, "jonas");
    assert_eq!(bench.screen.rows().len(), 1);
}

#[test]
fn the_packing_checklist_blocks_closing_until_every_item_is_ticked() {
    let mut bench = Bench::new("2026-04-01");
    let number = bench.ready_mail_in();
    bench.refresh();
    bench.send(Message::Open(number.clone()));
    let list = bench.screen.packing_list();
    assert_eq!(list.len(), 3, "device, charger, sleeve: {list:?}");
    assert!(list[1].contains("Charger") && list[2].contains("Sleeve"));

    bench.type_into(Field::Carrier.id(), "DHL");
    bench.type_into(Field::Tracking.id(), "JD0001234");
    // Nothing ticked: the button does nothing and the screen says what is missing.
    assert!(bench.click("Close the case: returned").is_empty());
    assert!(bench.shows(&fixdesk::gui::text::unticked(&list)));
    assert_eq!(bench.state(&number), State::Ready);

    bench.click(&list[0]);
    bench.click(&list[1]);
    assert!(
        bench.click("Close the case: returned").is_empty(),
        "one still missing"
    );
    assert!(bench.shows(&fixdesk::gui::text::unticked(&list[2..])));
    bench.click(&list[2]);
    let events = bench.click("Close the case: returned");
    assert!(
        matches!(events.first(), Some(Event::Close(n, Handback::Shipped { .. })) if *n == number)
    );

    let stored = bench.store.case(&number).expect("read").expect("case");
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
    let mut bench = Bench::new("2026-04-01");
    let number = bench.ready_mail_in();
    bench.send(Message::Open(number.clone()));
    bench.click("Counter pickup");
    for i in 0..bench.screen.packing_list().len() {
        bench.send(Message::Tick(i, true));
    }
    assert!(
        bench
            .screen
            .handback()
            .is_err_and(|p| p.starts_with(fixdesk::gui::text::COLLECTED_BY))
    );
    bench.type_into(Field::CollectedBy.id(), "Jonas Weber");
    assert!(
        bench
            .screen
            .handback()
            .is_err_and(|p| p.starts_with(fixdesk::gui::text::ID_CHECKED))
    );
    let print = bench.click("Print handover receipt");
    assert_eq!(
        print,
        vec![Event::PrintHandover {
            number: number.clone(),
            collected_by: "Jonas Weber".into(),
            id_checked: false
        }]
    );
    bench.click("ID checked");
    bench.click("Close the case: returned");
    let stored = bench.store.case(&number).expect("read").expect("case");
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
    let mut bench = Bench::new("2026-04-01");
    let number = bench.ready_mail_in();
    bench.send(Message::Open(number.clone()));
    bench.type_into(Field::Tracking.id(), "1Z999");
    bench.click("Sheet");
    let events = bench.click("Print return label");
    assert_eq!(
        events,
        vec![Event::PrintLabel {
            number,
            size: LabelSize::Sheet,
            tracking: Some("1Z999".into())
        }]
    );
}

#[test]
fn past_due_applications_expire_one_by_one_or_all_at_once_only_on_a_second_click() {
    let mut bench = Bench::new("2026-04-01");
    let mut numbers = Vec::new();
    for i in 0..3 {
        numbers.push(
            bench
                .store
                .create_case(
                    &mail_in(
                        &format!("WEB-{i}"),
                        "Jonas Weber",
                        &format!("SN-{i}"),
                        "2026-03-01",
                    ),
                    &bench.policy,
                    "clerk",
                    at("2026-03-01"),
                )
                .expect("application")
                .number,
        );
    }
    bench.refresh();
    assert_eq!(bench.due.applications_past_due.count, 3);
    assert!(bench.shows(&fixdesk::gui::text::applications_past(3)));

    // One: the first click arms, the second expires it with its event.
    assert!(
        bench
            .send(Message::DueOne(Due::Applications, numbers[0].clone()))
            .is_empty()
    );
    assert_eq!(bench.state(&numbers[0]), State::Applied);
    bench.send(Message::DueOne(Due::Applications, numbers[0].clone()));
    assert_eq!(bench.state(&numbers[0]), State::Expired);
    let last = bench
        .store
        .case(&numbers[0])
        .expect("read")
        .expect("case")
        .events
        .last()
        .cloned()
        .expect("event");
    assert_eq!(last.clause, "4.2");

    // All the rest at once, again only on the second click.
    bench.click(&fixdesk::gui::text::expire_all(2));
    assert_eq!(bench.state(&numbers[1]), State::Applied);
    bench.click(&fixdesk::gui::text::confirm_twice(
        &fixdesk::gui::text::expire_all(2),
    ));
    assert_eq!(bench.state(&numbers[1]), State::Expired);
    assert_eq!(bench.state(&numbers[2]), State::Expired);
    assert_eq!(bench.due.applications_past_due.count, 0);
    assert!(matches!(bench.screen.notice(), Some(Ok(done)) if done.starts_with("2 cases done")));
}
