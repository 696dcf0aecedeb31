//! The inspection screen driven like an inspector would, headless (iced_test): scanning a
//! number, ticking the parcel gate, checking the serial, diagnosing. The bench
//! (`gui_support`) runs the screen's own tasks on a real store, exactly as the app does.

mod gui_support;
mod store_common;

use fixdesk::domain::case::DocumentKind;
use fixdesk::domain::money::Currency;
use fixdesk::domain::warranty::Cause;
use fixdesk::domain::{Case, CaseNumber, State, Verdict};
use fixdesk::gui::screen::inspection::{self, Field, Message, StepKind};
use fixdesk::gui::screen::{Screen, Shared};
use fixdesk::gui::steps;
use fixdesk::store::ParcelArrival;
use gui_support::{Bench, Shell, inspection_context};
use iced_test::selector;
use store_common::{StepsByName, at, day, mail_in, walk_in};

type Inspection = Bench<inspection::State>;

fn new_bench(today: &str) -> Inspection {
    let shell = Shell::new(today);
    let screen = inspection::State::new(shell.today);
    Bench::new(shell, screen)
}

fn case_of(bench: &Inspection) -> &Case {
    bench.screen.case().expect("a case is open")
}

fn stored(bench: &Inspection, number: &CaseNumber) -> Case {
    bench
        .shell
        .store(|s| s.case(number))
        .expect("read")
        .expect("case")
}

fn eur() -> Currency {
    Currency::new("EUR").expect("EUR")
}

/// A bench on 5 March with the parcel of application WEB-1 (SN-100, applied 1 March, so
/// still open) scanned: the parcel form is on screen.
fn parcel_open() -> (Inspection, CaseNumber) {
    let mut bench = new_bench("2026-03-05");
    let number = application(&bench, "WEB-1", "SN-100", "2026-03-01");
    scan(&mut bench, &number);
    (bench, number)
}

/// An online application made on `applied` (an open one has 15 days).
fn application(bench: &Inspection, id: &str, serial: &str, applied: &str) -> CaseNumber {
    let policy = bench.shell.policy.clone();
    bench
        .shell
        .store(|s| {
            s.create_case(
                &mail_in(id, "Jonas Weber", serial, applied),
                &policy,
                "clerk",
                at(applied),
            )
        })
        .expect("application")
        .number
}

/// A walk-in taken in on 5 March, decided provisionally free.
fn walk_in_case(bench: &Inspection) -> Case {
    walk_in_on(bench, "2026-03-05")
}

/// A walk-in taken in on `day`, decided provisionally free.
fn walk_in_on(bench: &Inspection, day: &str) -> Case {
    let policy = bench.shell.policy.clone();
    bench
        .shell
        .store(|s| {
            s.create_case(
                &walk_in("Ann Lee", "SN-200", day),
                &policy,
                "clerk",
                at(day),
            )
        })
        .expect("walk-in")
}

/// Sends the case a one-line quote for `minor` cents, on the day it was diagnosed.
fn quote(bench: &Inspection, number: &CaseNumber, minor: i64, on: &str) {
    bench
        .shell
        .store(|s| {
            s.send_quote(
                number,
                &fixdesk::domain::repair::Quote {
                    currency: eur(),
                    lines: vec![fixdesk::domain::repair::QuoteLine {
                        kind: fixdesk::domain::repair::LineKind::Labour,
                        description: "Fitting".into(),
                        amount: fixdesk::domain::money::Money::new(minor, eur()),
                    }],
                },
                day(on),
                "inspector",
                at(on),
            )
        })
        .expect("quoted");
}

/// What the screen asked the app to print.
fn printed(events: &[Shared]) -> Vec<(CaseNumber, DocumentKind)> {
    events
        .iter()
        .filter_map(|e| match e {
            Shared::Print(request) => Some((request.number.clone(), request.kind)),
            _ => None,
        })
        .collect()
}

/// A scanner types the number and Enter: the application comes up.
fn scan(bench: &mut Inspection, number: &CaseNumber) -> Vec<Shared> {
    bench.simulate(|ui| {
        ui.click(selector::id(inspection::SCAN_ID))
            .expect("scan field");
        ui.typewrite(&number.to_string());
        ui.tap_key(iced::keyboard::key::Named::Enter);
    })
}

#[test]
fn scanning_a_case_number_and_enter_brings_up_its_application() {
    let mut bench = new_bench("2026-03-05");
    let number = application(&bench, "WEB-1", "SN-100", "2026-03-01");

    scan(&mut bench, &number);

    assert_eq!(case_of(&bench).number, number);
    assert!(
        bench.shows(&number.to_string()),
        "the case number heads the page"
    );
    assert!(bench.shows(&fixdesk::domain::Language::English.words().parcel_gate()));
    assert!(
        bench.shows(
            &fixdesk::domain::Language::English
                .words()
                .closes_on(day("2026-03-16"))
        )
    );
    // The gate is shown with the open application's outcome.
    assert!(bench.shows("ACCEPT"));
    assert!(bench.shows("Accept the parcel"));
}

#[test]
fn a_typed_number_in_lower_case_opens_too_and_nonsense_says_what_a_number_looks_like() {
    let mut bench = new_bench("2026-03-05");
    let number = application(&bench, "WEB-1", "SN-100", "2026-03-01");
    bench.type_into(inspection::SCAN_ID, &number.to_string().to_lowercase());
    bench.send(Message::ScanSubmit);
    assert_eq!(case_of(&bench).number, number);

    let mut other = new_bench("2026-03-05");
    other.type_into(inspection::SCAN_ID, "hello");
    assert!(other.send(Message::ScanSubmit).is_empty());
    assert!(
        other.shows(
            &fixdesk::domain::Language::English
                .words()
                .not_a_case_number("hello")
        )
    );
}

#[test]
fn ticking_soaked_shows_reject_with_3_6_and_confirming_records_a_rejected_case() {
    let (mut bench, number) = parcel_open();

    bench.click("Soaked in liquid");

    assert!(bench.shows("REJECT (3.6)"));
    assert!(bench.shows("Reject the parcel (3.6)"));
    assert_eq!(
        bench.screen.gate_decision(bench.shell.today).clause,
        "3.6",
        "the outcome cites 3.6"
    );
    // Nothing is taken in: the contents step is not offered.
    assert!(!bench.shows("2. What is inside (3.5)"));

    bench.click("Reject the parcel (3.6)");
    let stored = stored(&bench, &number);
    assert_eq!(stored.state, State::Rejected);
    let last = stored.events.last().expect("event");
    assert_eq!(last.clause, "3.6");
    assert!(stored.received_on.is_none(), "nothing was taken in");
}

#[test]
fn cash_on_delivery_is_refused_whatever_else_is_ticked() {
    let (mut bench, _) = parcel_open();
    bench.click("Soaked in liquid");
    bench.click("Cash on delivery or freight collect");
    assert!(bench.shows("REFUSE (2.1)"));
    assert_eq!(bench.screen.gate_decision(bench.shell.today).clause, "2.1");
}

#[test]
fn an_accepted_parcel_with_a_serial_mismatch_shows_the_warning_and_records_it() {
    let (mut bench, number) = parcel_open();
    let decision = stored(&bench, &number).decision.expect("decided").decision;
    assert_ne!(
        decision.verdict,
        Verdict::NeedsProof,
        "the invoice stood before"
    );
    let before = format!(
        "{} ({})",
        fixdesk::domain::Language::English
            .words()
            .gui_verdict(decision.verdict),
        fixdesk::domain::Language::English
            .words()
            .provisional_short()
    );

    bench.type_into(Field::SerialFound.id(), "SN-999");
    let warning = fixdesk::domain::Language::English
        .words()
        .serial_mismatch("SN-999", "SN-100");
    assert!(bench.shows(&warning), "the mismatch is shown loudly");

    bench.type_into(Field::Accessory.id(), "Charger");
    bench.send(Message::AddAccessory);
    bench.send(Message::Toggle(inspection::Flag::PrintReceipt, false));
    bench.click("Accept the parcel");

    let stored = stored(&bench, &number);
    assert_eq!(stored.state, State::Received);
    assert_eq!(stored.handover.accessories, vec!["Charger".to_string()]);
    let note = &stored.events.last().expect("event").note;
    assert!(
        note.contains("SN-999") && note.contains("differs"),
        "{note}"
    );
    // The open case keeps showing it beside the decision.
    assert!(bench.shows(&warning));
    // The device received is the product (2.4): its serial is recorded, and the
    // decision taken again with it says what changed, before → after.
    assert_eq!(stored.device.serial, "SN-999");
    assert_eq!(stored.applied_serial.as_deref(), Some("SN-100"));
    let Some(Ok(notice)) = bench.screen.notice() else {
        panic!("a notice: {:?}", bench.screen.notice());
    };
    assert!(
        notice.contains(
            &fixdesk::domain::Language::English
                .words()
                .serial_recorded("SN-100", "SN-999")
        ),
        "{notice}"
    );
    let changed = fixdesk::domain::Language::English.words().verdict_changed(
        &before,
        &fixdesk::domain::Language::English
            .words()
            .gui_verdict(Verdict::NeedsProof),
    );
    assert!(notice.contains(&changed), "{changed:?} in {notice}");
}

#[test]
fn the_same_serial_written_differently_is_no_mismatch() {
    let (mut bench, _) = parcel_open();
    bench.type_into(Field::SerialFound.id(), "sn 100");
    assert!(bench.screen.serial_mismatch().is_none());
    assert!(bench.shows(&fixdesk::domain::Language::English.words().serial_matches()));
}

#[test]
fn an_expired_application_is_shown_expired_and_its_parcel_taken_in_as_unsolicited() {
    let mut bench = new_bench("2026-03-20");
    let number = application(&bench, "WEB-1", "SN-100", "2026-03-01");
    scan(&mut bench, &number);

    assert!(
        bench.shows(
            &fixdesk::domain::Language::English
                .words()
                .expired_banner(day("2026-03-16"))
        )
    );
    assert!(bench.shows("ACCEPT AS UNSOLICITED (4.3)"));
    bench.send(Message::Toggle(inspection::Flag::PrintReceipt, false));
    bench.click("Take in as unsolicited (4.3)");

    let old = stored(&bench, &number);
    assert_eq!(old.state, State::Expired);
    assert_eq!(old.events.last().expect("event").clause, "4.2");
    let new = case_of(&bench);
    assert_ne!(new.number, number);
    assert!(new.unsolicited);
    assert_eq!(new.state, State::Received);
    assert_eq!(new.events[0].clause, "4.3");
}

#[test]
fn no_application_opens_the_senders_form_and_names_what_is_missing() {
    let mut bench = new_bench("2026-03-05");
    bench.click("No application");
    assert!(bench.screen.is_unsolicited());
    // Nothing typed is not wrong yet: no field is red, but the button is disabled and
    // says what comes first.
    assert!(!bench.shows("Phone: needed to reach the customer."));
    assert!(bench.shows("Name: write the sender's name from the parcel."));
    assert!(bench.click("Take in as unsolicited (4.3)").is_empty());
    assert_eq!(
        bench
            .shell
            .store(|s| s.state_counts())
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
    let case = case_of(&bench);
    assert!(case.unsolicited);
    assert_eq!(case.customer.name, "Mia Chen");
    assert_eq!(case.state, State::Received);
}

#[test]
fn diagnosing_man_made_turns_a_provisional_free_case_into_a_quote() {
    let mut bench = new_bench("2026-03-05");
    let case = walk_in_case(&bench);
    let recorded = case.decision.as_ref().expect("decided");
    assert_eq!(recorded.decision.verdict, Verdict::Free);
    assert!(recorded.decision.provisional);
    scan(&mut bench, &case.number);

    bench.click(Cause::ManMade.label());
    assert!(bench.shows("Changes: FREE REPAIR (provisional) → PAID REPAIR"));
    assert!(
        bench.shows(
            &fixdesk::domain::Language::English
                .words()
                .next_after_diagnosis(Verdict::Paid)
        )
    );
    bench.click("Part replacement");
    bench.type_into(Field::Component.id(), "display");
    bench.click("Record the diagnosis");

    let stored = case_of(&bench);
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
    let events = bench.click("Send the quote and print it");
    let stored = case_of(&bench);
    assert_eq!(stored.state, State::AwaitingCustomer);
    assert_eq!(
        printed(&events),
        vec![(stored.number.clone(), DocumentKind::Quote)],
        "the quote prints once sent"
    );
}

#[test]
fn a_quote_line_without_an_amount_names_the_line_and_field() {
    let bench = {
        let mut bench = new_bench("2026-03-05");
        bench.send(Message::AddLine(fixdesk::domain::repair::LineKind::Parts));
        bench.send(Message::LineDescription(0, "Battery".into()));
        bench.send(Message::LineAmount(0, "lots".into()));
        bench
    };
    let problem = bench
        .screen
        .quote(fixdesk::domain::Language::English.words(), &eur())
        .expect_err("refused");
    assert!(problem.starts_with("Line 1: amount:"), "{problem}");
}

#[test]
fn sending_a_device_back_unrepaired_asks_for_a_second_click() {
    let mut bench = new_bench("2026-03-05");
    let number = quoted_walk_in(&bench, 3000);
    scan(&mut bench, &number);

    assert!(
        bench
            .send(Message::Confirm(StepKind::DeclineQuote))
            .is_empty(),
        "first click arms"
    );
    assert_eq!(stored(&bench, &number).state, State::AwaitingCustomer);
    bench.send(Message::Confirm(StepKind::DeclineQuote));
    assert_eq!(stored(&bench, &number).state, State::ToReturn);
}

#[test]
fn a_refused_step_keeps_what_was_typed_and_says_why() {
    let (mut bench, number) = parcel_open();
    bench.send(Message::Edit(Field::ReceivedOn, "31.02.2026".into()));
    bench.type_into(Field::Condition.id(), "Dent on the back");
    // The date is wrong at the field, and the button is disabled, saying why.
    assert!(bench.shows(&format!(
        "{}: 31.02.2026: February has no 31st",
        fixdesk::domain::Language::English.words().received_on_label()
    )));
    assert!(bench.click("Accept the parcel").is_empty());
    assert!(
        matches!(bench.screen.step(StepKind::Parcel, &inspection_context(&bench.shell)), Err(p) if p.starts_with(&fixdesk::domain::Language::English.words().received_on_label()))
    );
    assert!(
        bench.shows("Dent on the back"),
        "the condition note is still there"
    );
    assert_eq!(stored(&bench, &number).state, State::Applied);
}

#[test]
fn an_open_application_can_be_closed_as_resolved_remotely_with_a_note() {
    let (mut bench, number) = parcel_open();
    // Without a note the button is disabled and says what is missing.
    assert!(bench.click("Close as resolved remotely").is_empty());
    assert!(bench.shows(&format!(
        "{}: say how it was resolved.",
        fixdesk::domain::Language::English.words().remote_note()
    )));
    assert_eq!(stored(&bench, &number).state, State::Applied);
    bench.type_into(Field::RemoteNote.id(), "Guided a firmware update by phone");
    bench.send(Message::Confirm(StepKind::ResolveRemotely));
    bench.send(Message::Confirm(StepKind::ResolveRemotely));
    let stored = stored(&bench, &number);
    assert_eq!(stored.state, State::ResolvedRemotely);
    assert_eq!(stored.events.last().expect("event").clause, "4.1");
}

#[test]
fn receiving_through_the_parcel_api_matches_what_the_screen_builds() {
    // The gate's boxes map one to one onto the store's record of the parcel.
    let (mut bench, _) = parcel_open();
    bench.click("Packaging adequate");
    let step = bench
        .screen
        .step(StepKind::Parcel, &inspection_context(&bench.shell))
        .expect("step");
    match step {
        inspection::Step::Receive(ParcelArrival {
            packaging_adequate,
            received_on,
            ..
        }) => {
            assert!(!packaging_adequate);
            assert_eq!(received_on, bench.shell.today);
        }
        other => panic!("expected a receive step, got {other:?}"),
    }
    // Clauses are written one way on screen: after the words, in brackets.
    assert!(bench.shows("Packaging was not adequate: transport damage caused by it is repaired at the customer's cost. (3.4)"));
}

#[test]
fn photos_are_copied_into_the_data_folder_without_overwriting_and_shown_as_thumbnails() {
    let mut bench = new_bench("2026-03-05");
    let number = application(&bench, "WEB-1", "SN-100", "2026-03-01");
    let outside = tempfile::tempdir().expect("temp dir");
    let picture = outside.path().join("IMG_0001.JPG");
    ::image::RgbImage::from_pixel(64, 48, ::image::Rgb([200, 40, 40]))
        .save_with_format(&picture, ::image::ImageFormat::Jpeg)
        .expect("jpeg");
    let folder = bench.shell.desk.data_dir().join("photos");

    let first =
        steps::copy_photos(std::slice::from_ref(&picture), &folder, &number, &[]).expect("copied");
    let second =
        steps::copy_photos(std::slice::from_ref(&picture), &folder, &number, &[]).expect("copied");
    assert_eq!(first, vec![format!("{number}-1.jpg")]);
    assert_eq!(second, vec![format!("{number}-2.jpg")], "the first is kept");
    assert!(folder.join(&first[0]).exists() && folder.join(&second[0]).exists());
    for name in first.iter().chain(&second) {
        bench
            .shell
            .store(|s| s.add_photo(&number, name))
            .expect("attached");
    }

    // Opening the case shows its thumbnails.
    scan(&mut bench, &number);
    assert_eq!(
        bench.screen.thumbnail_names(),
        vec![first[0].as_str(), second[0].as_str()]
    );
    // A missing source names the file.
    let missing = steps::copy_photos(&[outside.path().join("gone.jpg")], &folder, &number, &[])
        .expect_err("refused");
    assert!(missing.contains("gone.jpg"), "{missing}");
}

#[test]
fn the_intake_receipt_prints_on_acceptance_as_the_center_chooses() {
    for (setting, printed_wanted) in [(true, true), (false, false)] {
        let mut bench = new_bench("2026-03-05");
        bench.shell.settings.receipt_on_parcel = setting;
        let number = application(&bench, "WEB-1", "SN-100", "2026-03-01");
        scan(&mut bench, &number);
        let events = bench.click("Accept the parcel");
        assert_eq!(case_of(&bench).state, State::Received);
        assert_eq!(
            printed(&events),
            if printed_wanted {
                vec![(number.clone(), DocumentKind::Receipt)]
            } else {
                vec![]
            },
            "setting {setting}"
        );
    }
}

/// A walk-in taken in, diagnosed as a paid repair and quoted `minor` cents, all on 5 March.
fn quoted_walk_in(bench: &Inspection, minor: i64) -> CaseNumber {
    quoted_walk_in_on(bench, "2026-03-05", "2026-03-05", "2026-03-05", minor)
}

/// A walk-in taken in on `taken_in`, diagnosed as a paid repair on `diagnosed` and
/// quoted `minor` cents on `quoted`.
fn quoted_walk_in_on(
    bench: &Inspection,
    taken_in: &str,
    diagnosed: &str,
    quoted: &str,
    minor: i64,
) -> CaseNumber {
    let number = walk_in_on(bench, taken_in).number;
    let policy = bench.shell.policy.clone();
    bench
        .shell
        .store(|store| {
            store.diagnose(
                &number,
                &fixdesk::domain::case::Diagnosis {
                    cause: Cause::ManMade,
                    component: Some("display".into()),
                    method: Some(fixdesk::domain::repair::RepairMethod::PartReplacement),
                    notes: String::new(),
                },
                &policy,
                day(diagnosed),
                "inspector",
                at(diagnosed),
            )
        })
        .expect("diagnosed");
    quote(bench, &number, minor, quoted);
    number
}

/// A quoted walk-in whose quote was accepted on 6 March, with `paid` cents paid.
fn awaiting_payment(bench: &Inspection, total: i64, paid: i64) -> CaseNumber {
    let number = quoted_walk_in(bench, total);
    bench
        .shell
        .store(|store| {
            store.accept_quote(&number, day("2026-03-06"), "clerk", at("2026-03-06"))?;
            if paid > 0 {
                store.record_payment(
                    &number,
                    &fixdesk::domain::Payment {
                        amount: fixdesk::domain::money::Money::new(paid, eur()),
                        paid_on: day("2026-03-07"),
                        method: "cash".into(),
                    },
                    "clerk",
                    at("2026-03-07"),
                )?;
            }
            Ok::<_, fixdesk::store::StoreError>(())
        })
        .expect("accepted and part paid");
    number
}

#[test]
fn the_scan_field_is_focused_and_ready_for_the_next_scan_after_every_outcome() {
    let mut bench = new_bench("2026-03-05");
    let number = application(&bench, "WEB-1", "SN-100", "2026-03-01");
    bench.send(Message::Shown(None));
    assert_eq!(bench.focused, Some(inspection::SCAN_ID), "on opening");

    // No such case: the error names it; the field is empty and focused, so the next
    // scan is not appended to the old text.
    bench.focused = None;
    bench.type_into(inspection::SCAN_ID, "SC-2026-009999");
    bench.send(Message::ScanSubmit);
    assert!(bench.shows("There is no case SC-2026-009999."));
    assert_eq!(bench.screen.scan_text(), "");
    assert_eq!(bench.focused, Some(inspection::SCAN_ID), "after an error");
    scan(&mut bench, &number);
    assert_eq!(case_of(&bench).number, number);
    assert_eq!(bench.focused, Some(inspection::SCAN_ID), "after opening");

    // Something that is not a number: named, cleared, focused.
    bench.focused = None;
    bench.type_into(inspection::SCAN_ID, "sc2026001720x");
    bench.send(Message::ScanSubmit);
    assert!(
        bench.shows(
            &fixdesk::domain::Language::English
                .words()
                .not_a_case_number("sc2026001720x")
        )
    );
    assert_eq!(bench.screen.scan_text(), "");
    assert_eq!(bench.focused, Some(inspection::SCAN_ID));

    // Next parcel (the button, as Esc does): the field is empty and focused.
    bench.focused = None;
    bench.click(&fixdesk::domain::Language::English.words().close_case_view());
    assert!(bench.screen.case().is_none());
    assert_eq!(bench.screen.scan_text(), "");
    assert_eq!(
        bench.focused,
        Some(inspection::SCAN_ID),
        "after Next parcel"
    );

    // A step done: focused again for the next parcel.
    scan(&mut bench, &number);
    bench.send(Message::Toggle(inspection::Flag::PrintReceipt, false));
    bench.focused = None;
    bench.click("Accept the parcel");
    assert_eq!(case_of(&bench).state, State::Received);
    assert_eq!(bench.focused, Some(inspection::SCAN_ID), "after a step");
}

#[test]
fn a_part_payment_shows_what_was_paid_and_prefills_what_is_still_due() {
    let mut bench = new_bench("2026-03-10");
    let number = awaiting_payment(&bench, 7550, 5000);
    scan(&mut bench, &number);

    assert!(
        bench.shows(&fixdesk::domain::Language::English.words().paid_and_due(
            "75.50 EUR",
            "50.00 EUR",
            "25.50 EUR"
        ))
    );
    assert!(
        !bench.shows(
            &fixdesk::domain::Language::English
                .words()
                .amount_due("75.50 EUR")
        )
    );
    assert!(bench.shows("25.50"), "the amount field holds what is due");

    bench.type_into(Field::PaymentMethod.id(), "card");
    bench.click(&fixdesk::domain::Language::English.words().record_payment());
    let case = stored(&bench, &number);
    assert_eq!(case.state, State::InRepair, "paid in full now");
    assert_eq!(case.payments.last().map(|p| p.amount.minor), Some(2550));
}

#[test]
fn a_mistyped_amount_is_named_at_the_field_and_the_button_says_why() {
    let mut bench = new_bench("2026-03-10");
    let number = awaiting_payment(&bench, 7550, 0);
    scan(&mut bench, &number);
    // Untouched, the method field is not red; the button says what is missing.
    let method = format!(
        "{}: say how it was paid.",
        fixdesk::domain::Language::English.words().payment_method()
    );
    assert!(bench.shows(&method));
    bench.type_into(Field::PaymentMethod.id(), "cash");
    assert!(!bench.shows(&method));

    bench.send(Message::Edit(Field::Amount, "75.5O".into()));
    let problem = bench
        .screen
        .step(StepKind::Payment, &inspection_context(&bench.shell))
        .expect_err("refused");
    assert!(
        problem.starts_with(&fixdesk::domain::Language::English.words().line_amount()),
        "{problem}"
    );
    assert!(bench.shows(&problem), "named at the field and the button");
    assert!(
        bench
            .click(&fixdesk::domain::Language::English.words().record_payment())
            .is_empty(),
        "the button is disabled"
    );
    assert_eq!(stored(&bench, &number).state, State::AwaitingPayment);
}

#[test]
fn a_fresh_quote_is_not_red_until_typed_in() {
    let mut bench = new_bench("2026-03-05");
    let number = walk_in_case(&bench).number;
    scan(&mut bench, &number);
    bench.click(Cause::ManMade.label());
    bench.click("Part replacement");
    bench.click("Record the diagnosis");
    assert!(bench.shows("Quote for the customer (2.2)"));
    assert!(!bench.shows("Line 1: amount: '' is not an amount."));
    // The send button is disabled and says what the quote still needs, kindly.
    let problem = bench
        .screen
        .quote(fixdesk::domain::Language::English.words(), &eur())
        .expect_err("nothing typed yet");
    assert!(
        problem.starts_with("Line 1:") && !problem.contains("''"),
        "{problem}"
    );
    assert!(bench.shows(&problem));
    bench.send(Message::LineDescription(0, "Display".into()));
    assert!(bench.shows("Line 1: amount: write what it costs."));
    assert!(
        bench
            .click(&fixdesk::domain::Language::English.words().send_quote())
            .is_empty()
    );
    assert_eq!(stored(&bench, &number).state, State::Received);
}

#[test]
fn names_and_notes_are_kept_to_sensible_lengths() {
    let mut bench = new_bench("2026-03-05");
    bench.click("No application");
    bench.send(Message::Edit(Field::SenderName, "x".repeat(5000)));
    bench.send(Message::Edit(Field::SenderFault, "y".repeat(50_000)));
    let problem = bench
        .screen
        .step(StepKind::Parcel, &inspection_context(&bench.shell))
        .expect_err("still incomplete");
    assert!(!problem.starts_with("Name:"), "the name was kept");
    assert_eq!(Field::SenderName.max_chars(), 120);
    assert!(!bench.shows(&"x".repeat(121)));
    assert!(bench.shows(&"x".repeat(120)));
}

#[test]
fn a_step_elsewhere_is_seen_here_and_open_in_dispatch_goes_there() {
    let mut bench = new_bench("2026-03-10");
    let number = awaiting_payment(&bench, 3000, 3000);
    bench
        .shell
        .store(|s| s.repair_done(&number, None, "inspector", at("2026-03-08")))
        .expect("repaired");
    scan(&mut bench, &number);
    assert_eq!(case_of(&bench).state, State::Ready);
    let events = bench.click(
        &fixdesk::domain::Language::English
            .words()
            .open_in_dispatch(),
    );
    assert!(
        matches!(events.as_slice(), [Shared::Navigate(Screen::Dispatch, Some(n))] if *n == number),
        "{events:?}"
    );

    // Dispatch hands it back; the app tells every screen, and this one reads it again.
    bench
        .shell
        .store(|s| {
            s.hand_back(
                &number,
                &fixdesk::domain::case::Handback::Collected {
                    by: "Ann Lee".into(),
                    id_checked: true,
                },
                "dispatcher",
                at("2026-03-10"),
            )
        })
        .expect("handed back");
    bench.send(Message::CasesChanged(vec![number.clone()]));
    assert_eq!(case_of(&bench).state, State::Returned);
    assert!(
        !bench.shows(
            &fixdesk::domain::Language::English
                .words()
                .open_in_dispatch()
        )
    );
    assert!(bench.shows(&fixdesk::domain::Language::English.words().case_closed()));
}

#[test]
fn the_answers_most_overdue_come_first() {
    let mut bench = new_bench("2026-03-30");
    let later = quoted_walk_in(&bench, 3000);
    // A second case, taken in and asked earlier: its answer is the more overdue.
    let earlier = quoted_walk_in_on(&bench, "2026-02-18", "2026-02-20", "2026-02-26", 3000);
    bench.send(Message::Shown(None));
    let waiting: Vec<&CaseNumber> = bench
        .screen
        .queues()
        .awaiting_customer
        .iter()
        .map(|c| &c.number)
        .collect();
    assert_eq!(waiting, vec![&earlier, &later]);
    assert!(
        bench.shows(
            &fixdesk::domain::Language::English
                .words()
                .waiting_customer_overdue_first()
        )
    );
}

#[test]
fn a_rejected_parcel_offers_no_remote_resolution_and_no_free_repair() {
    let (mut bench, _) = parcel_open();
    assert!(
        bench.shows(
            &fixdesk::domain::Language::English
                .words()
                .resolve_remotely()
        ),
        "an open application can be"
    );
    bench.click("Soaked in liquid");
    assert!(bench.shows("Reject the parcel (3.6)"));
    assert!(
        !bench.shows(
            &fixdesk::domain::Language::English
                .words()
                .resolve_remotely()
        )
    );
    assert!(
        !bench.shows(
            &fixdesk::domain::Language::English
                .words()
                .gui_verdict(Verdict::Free)
        )
    );
    assert!(bench.shows(&fixdesk::domain::Language::English.words().not_taken_in()));
    // The screen cites clauses, never the rulebook's file.
    assert!(bench.shows(&fixdesk::domain::Language::English.words().parcel_gate()));
    for title in [
        fixdesk::domain::Language::English.words().parcel_gate(),
        fixdesk::domain::Language::English.words().diagnosis_step(),
    ] {
        assert!(!title.contains("RULES") && !title.contains('§'), "{title}");
    }
}

#[test]
fn the_no_application_form_asks_the_gate_first_and_picks_the_model_from_the_catalogue() {
    let mut bench = new_bench("2026-03-05");
    bench.click("No application");
    let gate = bench
        .place(&fixdesk::domain::Language::English.words().parcel_gate())
        .expect("gate")
        .0;
    let sender = bench
        .place(&fixdesk::domain::Language::English.words().sender())
        .expect("sender")
        .0;
    assert!(gate.y < sender.y, "the gate comes first");
    bench.type_into(Field::SenderModel.id(), "auro");
    bench.click("Aurora A5");
    let step = bench
        .screen
        .step(StepKind::Parcel, &inspection_context(&bench.shell));
    // The model is the catalogue's; the form still needs the rest.
    assert!(step.is_err());
    assert!(bench.shows("Aurora A5"));
}

#[test]
fn add_photos_is_in_sight_without_scrolling() {
    let shell = Shell::new("2026-03-05");
    let screen = inspection::State::new(shell.today);
    let mut bench = Bench::new(shell, screen).with_size(1110.0, 700.0);
    let number = application(&bench, "WEB-1", "SN-100", "2026-03-01");
    scan(&mut bench, &number);
    let (_, visible) = bench
        .place(&fixdesk::domain::Language::English.words().add_photos())
        .expect("on screen");
    assert!(visible.is_some(), "in sight in a 1110×700 screen area");
}

#[test]
fn a_step_that_changes_the_decision_says_so_before_and_after() {
    let mut bench = new_bench("2026-03-05");
    let number = walk_in_case(&bench).number;
    scan(&mut bench, &number);
    bench.click(Cause::ManMade.label());
    bench.click("Part replacement");
    bench.click("Record the diagnosis");
    let said = fixdesk::domain::Language::English
        .words()
        .verdict_changed("FREE REPAIR (provisional)", "PAID REPAIR");
    assert!(
        matches!(bench.screen.notice(), Some(Ok(notice)) if notice.contains(&said)),
        "{:?}",
        bench.screen.notice()
    );
}

/// Two desks, one case: while this inspector types a diagnosis, another desk records
/// one first. Recording here is refused, saying who did what and when; the case is
/// shown as it is now, what was typed stays for a retry, and nothing is written twice.
#[test]
fn a_step_on_a_case_another_desk_changed_is_refused_and_keeps_what_was_typed() {
    let mut bench = new_bench("2026-03-05");
    let case = walk_in_case(&bench);
    scan(&mut bench, &case.number);
    bench.click(Cause::ManMade.label());
    bench.click("Part replacement");
    bench.type_into(Field::Component.id(), "display");

    // Meanwhile, at the other desk.
    let policy = bench.shell.policy.clone();
    bench
        .shell
        .store(|s| {
            s.diagnose(
                &case.number,
                &store_common::found(
                    Cause::Manufacturing,
                    "battery",
                    fixdesk::domain::RepairMethod::PartReplacement,
                ),
                &policy,
                day("2026-03-05"),
                "ben",
                at("2026-03-05"),
            )
        })
        .expect("the other desk's diagnosis");
    let events_before = stored(&bench, &case.number).events.len();

    bench.click("Record the diagnosis");
    let notice = match bench.screen.notice() {
        Some(Err(text)) => text.clone(),
        other => panic!("expected the refusal, got {other:?}"),
    };
    assert!(
        notice.starts_with(&format!(
            "Case {} was changed at another desk by ben at 12:00 on 05.03.2026 (",
            case.number
        )),
        "{notice}"
    );
    assert!(bench.shows(&notice), "the refusal is on screen");
    assert_eq!(
        stored(&bench, &case.number).events.len(),
        events_before,
        "nothing written"
    );
    assert_eq!(
        case_of(&bench).events.len(),
        events_before,
        "the case is shown as it is now"
    );
    // What was typed stays, ready for a retry on the case as it is now.
    let retry = bench
        .screen
        .step(StepKind::Diagnose, &inspection_context(&bench.shell))
        .expect("the typed diagnosis is still there");
    assert!(
        matches!(&retry, fixdesk::domain::Step::Diagnose(d)
            if d.cause == Cause::ManMade && d.component.as_deref() == Some("display")),
        "{retry:?}"
    );
}

/// A payment notice before the quote was sent, or after today, is refused at the field
/// (docs/rules.md §4, 2.6): the field says why, the button stays disabled, nothing is
/// stored, and what was typed stays for the inspector to correct.
#[test]
fn a_notice_date_before_the_quote_or_after_today_is_refused_at_the_field() {
    let mut bench = new_bench("2026-03-10");
    let number = quoted_walk_in_on(&bench, "2026-03-05", "2026-03-05", "2026-03-08", 7550);
    scan(&mut bench, &number);
    assert_eq!(case_of(&bench).state, State::AwaitingCustomer);

    bench.send(Message::Edit(Field::NoticeOn, "2026-03-07".into()));
    let early = fixdesk::domain::Language::English.words().date_before(
        &fixdesk::domain::Language::English.words().notice_date(),
        &fixdesk::domain::Language::English.words().when_quote_sent(),
        day("2026-03-08"),
    );
    assert!(bench.shows(&early), "said at the field: {early}");
    assert!(bench.shows("2026-03-07"), "what was typed is kept");
    assert!(
        bench
            .click(&fixdesk::domain::Language::English.words().quote_accepted())
            .is_empty(),
        "the button is disabled"
    );
    assert_eq!(stored(&bench, &number).state, State::AwaitingCustomer);

    bench.send(Message::Edit(Field::NoticeOn, "2026-04-10".into()));
    assert!(
        bench.shows(
            &fixdesk::domain::Language::English
                .words()
                .date_in_future(&fixdesk::domain::Language::English.words().notice_date())
        )
    );
    assert!(bench.shows("2026-04-10"));
    assert!(
        bench
            .click(&fixdesk::domain::Language::English.words().quote_accepted())
            .is_empty()
    );
    assert_eq!(stored(&bench, &number).state, State::AwaitingCustomer);

    // The day the quote was sent is allowed.
    bench.send(Message::Edit(Field::NoticeOn, "2026-03-08".into()));
    assert!(!bench.shows(&early));
    bench.click(&fixdesk::domain::Language::English.words().quote_accepted());
    let case = stored(&bench, &number);
    assert_eq!(case.state, State::AwaitingPayment);
    assert_eq!(case.payment_notice_on, Some(day("2026-03-08")));
}

/// A payment made before the payment notice, or after today, is refused at the field
/// in the same words as every other date (2.6).
#[test]
fn a_paid_on_date_before_the_notice_or_after_today_is_refused_at_the_field() {
    let mut bench = new_bench("2026-03-10");
    // Notice given on 6 March.
    let number = awaiting_payment(&bench, 7550, 0);
    scan(&mut bench, &number);
    bench.type_into(Field::PaymentMethod.id(), "cash");

    bench.send(Message::Edit(Field::PaidOn, "2026-03-05".into()));
    let early = fixdesk::domain::Language::English.words().date_before(
        &fixdesk::domain::Language::English.words().paid_on(),
        &fixdesk::domain::Language::English.words().when_notice(),
        day("2026-03-06"),
    );
    assert!(bench.shows(&early), "said at the field: {early}");
    assert!(bench.shows("2026-03-05"), "what was typed is kept");
    assert!(
        bench
            .click(&fixdesk::domain::Language::English.words().record_payment())
            .is_empty(),
        "disabled"
    );
    assert!(stored(&bench, &number).payments.is_empty());

    bench.send(Message::Edit(Field::PaidOn, "2026-03-11".into()));
    let future = fixdesk::domain::Language::English
        .words()
        .date_in_future(&fixdesk::domain::Language::English.words().paid_on());
    assert!(bench.shows(&future));
    assert!(bench.shows("2026-03-11"));
    assert!(
        bench
            .click(&fixdesk::domain::Language::English.words().record_payment())
            .is_empty(),
        "disabled"
    );
    assert!(stored(&bench, &number).payments.is_empty());

    bench.send(Message::Edit(Field::PaidOn, "2026-03-06".into()));
    assert!(!bench.shows(&early) && !bench.shows(&future));
    bench.click(&fixdesk::domain::Language::English.words().record_payment());
    let case = stored(&bench, &number);
    assert_eq!(case.state, State::InRepair);
    assert_eq!(
        case.payments.last().map(|p| p.paid_on),
        Some(day("2026-03-06"))
    );
}

/// Inspection says a date in the future in the words Intake uses.
#[test]
fn a_received_on_date_in_the_future_is_said_as_on_intake() {
    let (mut bench, _number) = parcel_open();
    bench.send(Message::Edit(Field::ReceivedOn, "2026-03-06".into()));
    let problem = bench
        .screen
        .step(StepKind::Parcel, &inspection_context(&bench.shell))
        .expect_err("refused");
    assert_eq!(
        problem,
        fixdesk::domain::Language::English.words().date_in_future(
            &fixdesk::domain::Language::English
                .words()
                .received_on_label()
        )
    );
    assert!(bench.shows(&problem));
}

/// After a payment the payment receipt the quote promises (2.2, 2.6) is offered beside
/// the notice, printed through the same print path as every document, then gone.
#[test]
fn a_payment_offers_its_payment_receipt() {
    let mut bench = new_bench("2026-03-10");
    let number = awaiting_payment(&bench, 7550, 0);
    scan(&mut bench, &number);
    assert!(
        !bench.shows(
            &fixdesk::domain::Language::English
                .words()
                .print_payment_receipt()
        ),
        "nothing paid yet"
    );
    bench.send(Message::Edit(Field::Amount, "50.00".into()));
    bench.type_into(Field::PaymentMethod.id(), "cash");
    let events = bench.click(&fixdesk::domain::Language::English.words().record_payment());
    assert!(printed(&events).is_empty(), "not printed unasked");
    assert_eq!(stored(&bench, &number).payments.len(), 1);
    assert!(
        bench.shows(
            &fixdesk::domain::Language::English
                .words()
                .print_payment_receipt()
        ),
        "offered after a part payment"
    );

    let events = bench.click(
        &fixdesk::domain::Language::English
            .words()
            .print_payment_receipt(),
    );
    assert_eq!(
        printed(&events),
        vec![(number.clone(), DocumentKind::PaymentReceipt)]
    );
    assert!(
        !bench.shows(
            &fixdesk::domain::Language::English
                .words()
                .print_payment_receipt()
        ),
        "an offer taken is gone"
    );
}

/// Records a printing of `kind` as the case stands now, with the facts it shows, as the
/// app does after printing (docs/rules.md §7).
fn printed_now(bench: &Inspection, number: &CaseNumber, kind: DocumentKind, on: &str) {
    use fixdesk::documents::printing::{PrintOptions, printing};
    let settings = bench.shell.settings.clone();
    bench
        .shell
        .store(|s| {
            let case = s.case(number)?.expect("case");
            let record = printing(
                kind,
                &case,
                &settings,
                &PrintOptions::default(),
                "clerk",
                at(on),
                None,
            );
            s.record_printing(number, &record)
        })
        .expect("printing recorded");
}

/// A step that makes an earlier printing wrong (the parcel's device has another serial
/// than the intake receipt printed at the counter, 2.4) says so in its notice and offers
/// to print it again; a step that prints the receipt itself offers nothing.
#[test]
fn a_step_that_makes_a_printed_receipt_stale_offers_to_reprint_it() {
    let (mut bench, number) = parcel_open();
    printed_now(&bench, &number, DocumentKind::Receipt, "2026-03-01");
    bench.type_into(Field::SerialFound.id(), "SN-999");
    bench.send(Message::Toggle(inspection::Flag::PrintReceipt, false));
    bench.click("Accept the parcel");
    assert_eq!(stored(&bench, &number).state, State::Received);

    let reprint = fixdesk::domain::Language::English
        .words()
        .reprint(DocumentKind::Receipt);
    assert!(bench.shows(&reprint), "offered beside the notice");
    assert!(
        fixdesk_shows_containing(&bench, "serial: SN-100 → SN-999"),
        "says what changed"
    );
    let events = bench.click(&reprint);
    assert_eq!(printed(&events), vec![(number, DocumentKind::Receipt)]);
    assert!(!bench.shows(&reprint));

    // The same parcel with the receipt printed by the step itself: no offer.
    let mut bench = new_bench("2026-03-05");
    let number = application(&bench, "WEB-2", "SN-100", "2026-03-01");
    printed_now(&bench, &number, DocumentKind::Receipt, "2026-03-01");
    scan(&mut bench, &number);
    bench.type_into(Field::SerialFound.id(), "SN-999");
    let events = bench.click("Accept the parcel");
    assert_eq!(printed(&events), vec![(number, DocumentKind::Receipt)]);
    assert!(
        !bench.shows(
            &fixdesk::domain::Language::English
                .words()
                .reprint(DocumentKind::Receipt)
        )
    );
}

fn fixdesk_shows_containing(bench: &Inspection, needle: &str) -> bool {
    gui_support::screens::any_text_contains(
        bench.screen.view(&inspection_context(&bench.shell)),
        1600.0,
        needle,
    )
}

/// The payment method's hint ("cash, card, transfer…") fits in its field: the field is
/// at least as wide as the hint drawn at the field's size plus its padding. (The label
/// above the field is the same words at 13 px; the field draws them at 15 px.)
#[test]
fn the_payment_method_hint_is_not_clipped() {
    let mut bench = new_bench("2026-03-10");
    let number = awaiting_payment(&bench, 7550, 0);
    scan(&mut bench, &number);
    let (label, _) = bench
        .place(&fixdesk::domain::Language::English.words().payment_method())
        .expect("the label");
    let view = bench.screen.view(&inspection_context(&bench.shell));
    let mut ui = iced_test::Simulator::with_size(fixdesk::gui::settings(), (1280.0, 2400.0), view);
    let field = ui
        .find(selector::id(Field::PaymentMethod.id()))
        .expect("the field")
        .bounds();
    let hint = label.width * 15.0 / 13.0 + 2.0 * 7.0;
    assert!(
        field.width >= hint,
        "the field is {} px wide, its hint needs {hint} px",
        field.width
    );
}
