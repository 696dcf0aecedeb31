//! The inspection screen driven like an inspector would, headless (iced_test): scanning a
//! number, ticking the parcel gate, checking the serial, diagnosing; each confirmed step
//! runs on a real store through `gui::steps`, exactly as the app's buttons do.

mod store_common;

use fixdesk::domain::money::Currency;
use fixdesk::domain::warranty::Cause;
use fixdesk::domain::{Case, CaseNumber, Policy, State, Verdict};
use fixdesk::gui::screen::inspection::{self, Event, Field, Message, StepKind};
use fixdesk::gui::steps;
use fixdesk::store::{ParcelArrival, Store};
use iced_test::{Simulator, selector};
use store_common::{at, day, mail_in, temp_store, walk_in};

struct Bench {
    _dir: tempfile::TempDir,
    store: Store,
    policy: Policy,
    currency: Currency,
    today: chrono::NaiveDate,
    screen: inspection::State,
    /// The center's setting: print the intake receipt of an accepted parcel.
    receipt: bool,
}

impl Bench {
    fn new(today: &str) -> Self {
        let (dir, store) = temp_store();
        let today = day(today);
        Self {
            _dir: dir,
            store,
            policy: Policy::shipped(),
            currency: Currency::new("EUR").expect("EUR"),
            today,
            screen: inspection::State::new(today),
            receipt: true,
        }
    }

    fn cx(&self) -> inspection::Context<'_> {
        inspection::Context {
            policy: &self.policy,
            today: self.today,
            currency: &self.currency,
            answer_days: 14,
            receipt_on_parcel: self.receipt,
            expected: &[],
        }
    }

    /// Feeds one message; answers the events the way the app does (store reads and
    /// steps on the store), and returns the events seen.
    fn send(&mut self, message: Message) -> Vec<Event> {
        let mut seen = Vec::new();
        let mut queue = vec![message];
        while let Some(message) = queue.pop() {
            let cx = inspection::Context {
                policy: &self.policy,
                today: self.today,
                currency: &self.currency,
                answer_days: 14,
                receipt_on_parcel: self.receipt,
                expected: &[],
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
                Event::Run { number, step } => queue.push(Message::Done(
                    steps::inspection(
                        &mut self.store,
                        number.as_ref(),
                        *step,
                        &self.policy,
                        "inspector",
                        self.today,
                    )
                    .map(Box::new)
                    .map_err(|e| e.to_string()),
                )),
                _ => {}
            }
        }
        seen
    }

    fn simulate(&mut self, act: impl FnOnce(&mut Simulator<'_, Message>)) -> Vec<Event> {
        let messages: Vec<Message> = {
            let cx = self.cx();
            let mut ui = Simulator::with_size(
                fixdesk::gui::settings(),
                (1280.0, 2400.0),
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

    fn type_into(&mut self, id: &'static str, typed: &str) -> Vec<Event> {
        self.simulate(|ui| {
            ui.click(selector::id(id)).expect("field on screen");
            ui.typewrite(typed);
        })
    }

    fn shows(&self, content: &str) -> bool {
        let cx = self.cx();
        let mut ui = Simulator::with_size(
            fixdesk::gui::settings(),
            (1280.0, 2400.0),
            self.screen.view(&cx),
        );
        ui.find(content).is_ok()
    }

    fn case(&self) -> &Case {
        self.screen.case().expect("a case is open")
    }

    /// An online application made on `applied` (an open one has 15 days).
    fn application(&mut self, id: &str, serial: &str, applied: &str) -> CaseNumber {
        self.store
            .create_case(
                &mail_in(id, "Jonas Weber", serial, applied),
                &self.policy,
                "clerk",
                at(applied),
            )
            .expect("application")
            .number
    }
}

/// A scanner types the number and Enter: the application comes up.
fn scan(bench: &mut Bench, number: &CaseNumber) -> Vec<Event> {
    bench.simulate(|ui| {
        ui.click(selector::id(inspection::SCAN_ID))
            .expect("scan field");
        ui.typewrite(&number.to_string());
        ui.tap_key(iced::keyboard::key::Named::Enter);
    })
}

#[test]
fn scanning_a_case_number_and_enter_brings_up_its_application() {
    let mut bench = Bench::new("2026-03-05");
    let number = bench.application("WEB-1", "SN-100", "2026-03-01");

    let events = scan(&mut bench, &number);

    assert!(events.contains(&Event::Load(number.clone())), "{events:?}");
    assert_eq!(bench.case().number, number);
    assert!(
        bench.shows(&number.to_string()),
        "the case number heads the page"
    );
    assert!(bench.shows(fixdesk::gui::text::PARCEL_GATE));
    assert!(bench.shows(&fixdesk::gui::text::closes_on(day("2026-03-16"))));
    // The gate is shown with the open application's outcome.
    assert!(bench.shows("ACCEPT"));
    assert!(bench.shows("Accept the parcel"));
}

#[test]
fn a_typed_number_in_lower_case_opens_too_and_nonsense_says_what_a_number_looks_like() {
    let mut bench = Bench::new("2026-03-05");
    let number = bench.application("WEB-1", "SN-100", "2026-03-01");
    bench.type_into(inspection::SCAN_ID, &number.to_string().to_lowercase());
    bench.send(Message::ScanSubmit);
    assert_eq!(bench.case().number, number);

    let mut other = Bench::new("2026-03-05");
    other.type_into(inspection::SCAN_ID, "hello");
    assert!(other.send(Message::ScanSubmit).is_empty());
    assert!(other.shows(fixdesk::gui::text::NOT_A_CASE_NUMBER));
}

#[test]
fn ticking_soaked_shows_reject_with_3_6_and_confirming_records_a_rejected_case() {
    let mut bench = Bench::new("2026-03-05");
    let number = bench.application("WEB-1", "SN-100", "2026-03-01");
    scan(&mut bench, &number);

    bench.click("Soaked in liquid");

    assert!(bench.shows("REJECT (3.6)"));
    assert!(bench.shows("Reject the parcel (3.6)"));
    assert_eq!(
        bench.screen.gate_decision(bench.today).clause,
        "3.6",
        "the outcome cites 3.6"
    );
    // Nothing is taken in: the contents step is not offered.
    assert!(!bench.shows("2. What is inside (3.5)"));

    bench.click("Reject the parcel (3.6)");
    let stored = bench.store.case(&number).expect("read").expect("case");
    assert_eq!(stored.state, State::Rejected);
    let last = stored.events.last().expect("event");
    assert_eq!(last.clause, "3.6");
    assert!(stored.received_on.is_none(), "nothing was taken in");
}

#[test]
fn cash_on_delivery_is_refused_whatever_else_is_ticked() {
    let mut bench = Bench::new("2026-03-05");
    let number = bench.application("WEB-1", "SN-100", "2026-03-01");
    scan(&mut bench, &number);
    bench.click("Soaked in liquid");
    bench.click("Cash on delivery or freight collect");
    assert!(bench.shows("REFUSE (2.1)"));
    assert_eq!(bench.screen.gate_decision(bench.today).clause, "2.1");
}

#[test]
fn an_accepted_parcel_with_a_serial_mismatch_shows_the_warning_and_records_it() {
    let mut bench = Bench::new("2026-03-05");
    let number = bench.application("WEB-1", "SN-100", "2026-03-01");
    scan(&mut bench, &number);

    bench.type_into(Field::SerialFound.id(), "SN-999");
    let warning = fixdesk::gui::text::serial_mismatch("SN-999", "SN-100");
    assert!(bench.shows(&warning), "the mismatch is shown loudly");

    bench.type_into(Field::Accessory.id(), "Charger");
    bench.send(Message::AddAccessory);
    bench.send(Message::Toggle(inspection::Flag::PrintReceipt, false));
    bench.click("Accept the parcel");

    let stored = bench.store.case(&number).expect("read").expect("case");
    assert_eq!(stored.state, State::Received);
    assert_eq!(stored.handover.accessories, vec!["Charger".to_string()]);
    let note = &stored.events.last().expect("event").note;
    assert!(
        note.contains("SN-999") && note.contains("differs"),
        "{note}"
    );
    // The open case keeps showing it beside the decision.
    assert!(bench.shows(&warning));
}

#[test]
fn the_same_serial_written_differently_is_no_mismatch() {
    let mut bench = Bench::new("2026-03-05");
    let number = bench.application("WEB-1", "SN-100", "2026-03-01");
    scan(&mut bench, &number);
    bench.type_into(Field::SerialFound.id(), "sn 100");
    assert!(bench.screen.serial_mismatch().is_none());
    assert!(bench.shows(fixdesk::gui::text::SERIAL_MATCHES));
}

#[test]
fn an_expired_application_is_shown_expired_and_its_parcel_taken_in_as_unsolicited() {
    let mut bench = Bench::new("2026-03-20");
    let number = bench.application("WEB-1", "SN-100", "2026-03-01");
    scan(&mut bench, &number);

    assert!(bench.shows(&fixdesk::gui::text::expired_banner(day("2026-03-16"))));
    assert!(bench.shows("ACCEPT AS UNSOLICITED (4.3)"));
    bench.send(Message::Toggle(inspection::Flag::PrintReceipt, false));
    bench.click("Take in as unsolicited (4.3)");

    let old = bench.store.case(&number).expect("read").expect("case");
    assert_eq!(old.state, State::Expired);
    assert_eq!(old.events.last().expect("event").clause, "4.2");
    let new = bench.case();
    assert_ne!(new.number, number);
    assert!(new.unsolicited);
    assert_eq!(new.state, State::Received);
    assert_eq!(new.events[0].clause, "4.3");
}

#[test]
fn no_application_opens_the_senders_form_and_names_what_is_missing() {
    let mut bench = Bench::new("2026-03-05");
    bench.click("No application");
    assert!(bench.screen.is_unsolicited());
    bench.click("Take in as unsolicited (4.3)");
    assert!(matches!(bench.screen.notice(), Some(Err(problem)) if problem.starts_with("Name:")));
    assert_eq!(
        bench
            .store
            .state_counts()
            .expect("counts")
            .iter()
            .map(|(_, n)| n)
            .sum::<u64>(),
        0
    );

    bench.type_into(Field::SenderName.id(), "Mia Chen");
    bench.type_into(Field::SenderPhone.id(), "+1 555 0100");
    bench.type_into(Field::SenderAddress.id(), "5 Elm Street");
    bench.type_into(Field::SenderModel.id(), "Aurora A5");
    bench.type_into(Field::SenderSerial.id(), "SN-555");
    bench.type_into(Field::SenderFault.id(), "Cracked screen");
    bench.send(Message::Toggle(inspection::Flag::PrintReceipt, false));
    bench.click("Take in as unsolicited (4.3)");
    let case = bench.case();
    assert!(case.unsolicited);
    assert_eq!(case.customer.name, "Mia Chen");
    assert_eq!(case.state, State::Received);
}

#[test]
fn diagnosing_man_made_turns_a_provisional_free_case_into_a_quote() {
    let mut bench = Bench::new("2026-03-05");
    let case = bench
        .store
        .create_case(
            &walk_in("Ann Lee", "SN-200", "2026-03-05"),
            &bench.policy,
            "clerk",
            at("2026-03-05"),
        )
        .expect("walk-in");
    let recorded = case.decision.as_ref().expect("decided");
    assert_eq!(recorded.decision.verdict, Verdict::Free);
    assert!(recorded.decision.provisional);
    scan(&mut bench, &case.number);

    bench.click(Cause::ManMade.label());
    assert!(bench.shows("Changes: FREE REPAIR (provisional) → PAID REPAIR"));
    assert!(bench.shows(fixdesk::gui::text::next_after_diagnosis(Verdict::Paid)));
    bench.click("Part replacement");
    bench.type_into(Field::Component.id(), "display");
    bench.click("Record the diagnosis");

    let stored = bench.case();
    assert_eq!(
        stored.state,
        State::Received,
        "paid: waits for the quote (2.2)"
    );
    assert_eq!(
        stored.decision.as_ref().map(|d| d.decision.verdict),
        Some(Verdict::Paid)
    );
    assert!(bench.shows("Quote for the customer (2.2)"));

    // The quote starts with a line for the failed part and one for labour.
    assert!(bench.shows("display"), "the part line names the component");
    bench.send(Message::LineDescription(0, "Display assembly".into()));
    bench.send(Message::LineAmount(0, "89.90".into()));
    bench.send(Message::LineAmount(1, "30".into()));
    assert!(bench.shows("Total: 119.90 EUR"));
    bench.click("Send the quote and print it");
    let stored = bench.case();
    assert_eq!(stored.state, State::AwaitingCustomer);
    assert_eq!(
        bench.screen.take_print().map(|(_, kind)| kind),
        Some(fixdesk::domain::case::DocumentKind::Quote),
        "the quote prints once sent"
    );
}

#[test]
fn a_quote_line_without_an_amount_names_the_line_and_field() {
    let bench = {
        let mut bench = Bench::new("2026-03-05");
        bench.send(Message::AddLine(fixdesk::domain::repair::LineKind::Parts));
        bench.send(Message::LineDescription(0, "Battery".into()));
        bench.send(Message::LineAmount(0, "lots".into()));
        bench
    };
    let problem = bench.screen.quote(&bench.currency).expect_err("refused");
    assert!(problem.starts_with("Line 1: amount:"), "{problem}");
}

#[test]
fn sending_a_device_back_unrepaired_asks_for_a_second_click() {
    let mut bench = Bench::new("2026-03-05");
    let case = bench
        .store
        .create_case(
            &walk_in("Ann Lee", "SN-200", "2026-03-05"),
            &bench.policy,
            "clerk",
            at("2026-03-05"),
        )
        .expect("walk-in");
    let number = case.number.clone();
    bench
        .store
        .diagnose(
            &number,
            &fixdesk::domain::case::Diagnosis {
                cause: Cause::ManMade,
                component: Some("display".into()),
                method: Some(fixdesk::domain::repair::RepairMethod::PartReplacement),
                notes: String::new(),
            },
            &bench.policy,
            bench.today,
            "inspector",
            at("2026-03-05"),
        )
        .expect("diagnosed");
    bench
        .store
        .send_quote(
            &number,
            &fixdesk::domain::repair::Quote {
                currency: bench.currency.clone(),
                lines: vec![fixdesk::domain::repair::QuoteLine {
                    kind: fixdesk::domain::repair::LineKind::Labour,
                    description: "Fitting".into(),
                    amount: fixdesk::domain::money::Money::new(3000, bench.currency.clone()),
                }],
            },
            bench.today,
            "inspector",
            at("2026-03-05"),
        )
        .expect("quoted");
    scan(&mut bench, &number);

    assert!(
        bench
            .send(Message::Confirm(StepKind::DeclineQuote))
            .is_empty(),
        "first click arms"
    );
    assert_eq!(
        bench
            .store
            .case(&number)
            .expect("read")
            .expect("case")
            .state,
        State::AwaitingCustomer
    );
    bench.send(Message::Confirm(StepKind::DeclineQuote));
    assert_eq!(
        bench
            .store
            .case(&number)
            .expect("read")
            .expect("case")
            .state,
        State::ToReturn
    );
}

#[test]
fn a_refused_step_keeps_what_was_typed_and_says_why() {
    let mut bench = Bench::new("2026-03-05");
    let number = bench.application("WEB-1", "SN-100", "2026-03-01");
    scan(&mut bench, &number);
    bench.send(Message::Edit(Field::ReceivedOn, "31.02.2026".into()));
    bench.type_into(Field::Condition.id(), "Dent on the back");
    bench.click("Accept the parcel");
    assert!(
        matches!(bench.screen.notice(), Some(Err(p)) if p.starts_with(fixdesk::gui::text::RECEIVED_ON))
    );
    assert!(
        bench.shows("Dent on the back"),
        "the condition note is still there"
    );
    assert_eq!(
        bench
            .store
            .case(&number)
            .expect("read")
            .expect("case")
            .state,
        State::Applied
    );
}

#[test]
fn an_open_application_can_be_closed_as_resolved_remotely_with_a_note() {
    let mut bench = Bench::new("2026-03-05");
    let number = bench.application("WEB-1", "SN-100", "2026-03-01");
    scan(&mut bench, &number);
    bench.click("Close as resolved remotely");
    assert!(matches!(bench.screen.notice(), Some(Err(p)) if p.contains("say how it was resolved")));
    bench.type_into(Field::RemoteNote.id(), "Guided a firmware update by phone");
    bench.send(Message::Confirm(StepKind::ResolveRemotely));
    bench.send(Message::Confirm(StepKind::ResolveRemotely));
    let stored = bench.store.case(&number).expect("read").expect("case");
    assert_eq!(stored.state, State::ResolvedRemotely);
    assert_eq!(stored.events.last().expect("event").clause, "4.1");
}

#[test]
fn receiving_through_the_parcel_api_matches_what_the_screen_builds() {
    // The gate's boxes map one to one onto the store's record of the parcel.
    let mut bench = Bench::new("2026-03-05");
    let number = bench.application("WEB-1", "SN-100", "2026-03-01");
    scan(&mut bench, &number);
    bench.click("Packaging adequate");
    let step = bench
        .screen
        .step(StepKind::Parcel, &bench.cx())
        .expect("step");
    match step {
        inspection::Step::Receive(ParcelArrival {
            packaging_adequate,
            received_on,
            ..
        }) => {
            assert!(!packaging_adequate);
            assert_eq!(received_on, bench.today);
        }
        other => panic!("expected a receive step, got {other:?}"),
    }
    assert!(bench.shows("§3.4 Packaging was not adequate: transport damage caused by it is repaired at the customer's cost."));
}

#[test]
fn photos_are_copied_into_the_data_folder_without_overwriting_and_shown_as_thumbnails() {
    let mut bench = Bench::new("2026-03-05");
    let number = bench.application("WEB-1", "SN-100", "2026-03-01");
    let outside = tempfile::tempdir().expect("temp dir");
    let picture = outside.path().join("IMG_0001.JPG");
    ::image::RgbImage::from_pixel(64, 48, ::image::Rgb([200, 40, 40]))
        .save_with_format(&picture, ::image::ImageFormat::Jpeg)
        .expect("jpeg");
    let folder = outside.path().join("data").join("photos");

    let first =
        steps::copy_photos(std::slice::from_ref(&picture), &folder, &number).expect("copied");
    let second =
        steps::copy_photos(std::slice::from_ref(&picture), &folder, &number).expect("copied");
    assert_eq!(first, vec![format!("{number}-1.jpg")]);
    assert_eq!(second, vec![format!("{number}-2.jpg")], "the first is kept");
    assert!(folder.join(&first[0]).exists() && folder.join(&second[0]).exists());
    for name in first.iter().chain(&second) {
        bench.store.add_photo(&number, name).expect("attached");
    }

    // Opening the case asks for its thumbnails.
    let events = scan(&mut bench, &number);
    assert!(
        events.contains(&Event::LoadThumbnails(
            number.clone(),
            vec![first[0].clone(), second[0].clone()]
        )),
        "{events:?}"
    );
    // A missing source names the file.
    let missing = steps::copy_photos(&[outside.path().join("gone.jpg")], &folder, &number)
        .expect_err("refused");
    assert!(missing.contains("gone.jpg"), "{missing}");
}

#[test]
fn the_intake_receipt_prints_on_acceptance_as_the_center_chooses() {
    for (setting, printed) in [(true, true), (false, false)] {
        let mut bench = Bench::new("2026-03-05");
        bench.receipt = setting;
        let number = bench.application("WEB-1", "SN-100", "2026-03-01");
        scan(&mut bench, &number);
        bench.click("Accept the parcel");
        assert_eq!(bench.case().state, State::Received);
        assert_eq!(
            bench.screen.take_print(),
            printed.then(|| (number.clone(), fixdesk::domain::case::DocumentKind::Receipt)),
            "setting {setting}"
        );
    }
}
