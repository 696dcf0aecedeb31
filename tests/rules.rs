//! The rulebook (docs/rules.md §3–§6) as named tests: every rule, every worked example.

use chrono::NaiveDate;
use fixdesk::domain::dates::{add_months, parse_date};
use fixdesk::domain::lifecycle::{
    self, State, answer_due, application_closes, application_expired, check_transition,
    payment_due, payment_overdue, ship_by,
};
use fixdesk::domain::parcel::{self, ApplicationStatus, ParcelCheck, ParcelOutcome};
use fixdesk::domain::{
    Cause, Decision, Facts, Invoice, Policy, PurchaseChannel, StartBasis, Verdict, decide,
};
use proptest::prelude::*;

fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("test date")
}

fn policy() -> Policy {
    Policy::from_json(
        r#"{"default_unit_months": 12,
            "models": {"X200": {"unit_months": 24, "components": {"battery": 12}}}}"#,
    )
    .expect("policy")
}

/// The facts of docs/rules.md §3's example.
fn example() -> Facts {
    Facts::from_json(
        r#"{"claim_date": "2026-03-01", "model": "X200", "serial": "SN-001",
            "channel": "authorized",
            "invoice": {"date": "2025-06-01", "model": "X200", "serial": "SN001",
                        "legible": true, "altered": false},
            "shipment_date": "2025-05-20", "delivery_date": "2025-05-28",
            "component": "battery", "cause": "unknown", "contract_months": null}"#,
    )
    .expect("example facts")
}

fn valid_invoice(date: &str) -> Invoice {
    Invoice {
        date: Some(d(date)),
        model: Some("X200".into()),
        serial: Some("SN-001".into()),
        legible: true,
        altered: false,
    }
}

fn clauses(decision: &Decision) -> Vec<&str> {
    decision.reasons.iter().map(|r| r.clause.as_str()).collect()
}

// ---- The worked example --------------------------------------------------------------

#[test]
fn rules_example_gives_the_documented_decision() {
    let decision = decide(&policy(), &example());
    assert_eq!(decision.verdict, Verdict::Free);
    assert!(decision.provisional);
    assert_eq!(decision.invoice_valid, Some(true));
    assert_eq!(decision.warranty_start, Some(d("2025-05-28")));
    assert_eq!(decision.start_basis, Some(StartBasis::Delivery));
    assert_eq!(decision.warranty_months, Some(12));
    assert_eq!(decision.warranty_last_day, Some(d("2026-05-27")));
    assert_eq!(decision.in_warranty, Some(true));
    assert!(clauses(&decision).contains(&"2.4"));
}

#[test]
fn decision_json_has_the_contract_fields_in_order() {
    let json = serde_json::to_value(decide(&policy(), &example())).expect("json");
    let keys: Vec<&str> = json
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "verdict",
            "provisional",
            "invoice_valid",
            "warranty_start",
            "start_basis",
            "warranty_months",
            "warranty_last_day",
            "in_warranty",
            "reasons"
        ]
    );
    assert_eq!(json["verdict"], "free");
    assert_eq!(json["start_basis"], "delivery");
    assert_eq!(json["warranty_last_day"], "2026-05-27");
    for reason in json["reasons"].as_array().expect("reasons") {
        assert!(reason["clause"].is_string() && reason["text"].is_string());
    }
}

// ---- Covered days: calendar months with month-end clamping ----------------------------

fn last_day(start: &str, months: u32) -> Option<NaiveDate> {
    let facts = Facts {
        claim_date: d(start),
        model: "Other".into(),
        serial: "S".into(),
        channel: PurchaseChannel::Authorized,
        invoice: None,
        shipment_date: Some(d(start)),
        delivery_date: None,
        component: None,
        cause: Cause::Unknown,
        contract_months: Some(months),
    };
    decide(&policy(), &facts).warranty_last_day
}

#[test]
fn start_2025_01_10_for_12_months_last_day_2026_01_09() {
    assert_eq!(last_day("2025-01-10", 12), Some(d("2026-01-09")));
}

#[test]
fn start_2024_01_31_for_1_month_last_day_2024_02_28() {
    assert_eq!(last_day("2024-01-31", 1), Some(d("2024-02-28")));
}

#[test]
fn start_2024_02_29_for_12_months_last_day_2025_02_27() {
    assert_eq!(last_day("2024-02-29", 12), Some(d("2025-02-27")));
}

#[test]
fn claim_on_the_last_covered_day_is_in_warranty_and_the_next_day_is_not() {
    let mut facts = example();
    facts.invoice = Some(valid_invoice("2025-01-10"));
    facts.delivery_date = None;
    facts.shipment_date = None;
    facts.component = None; // X200 whole unit: 24 months → last day 2027-01-09
    facts.claim_date = d("2027-01-09");
    let on_last = decide(&policy(), &facts);
    assert_eq!(on_last.warranty_last_day, Some(d("2027-01-09")));
    assert_eq!(on_last.in_warranty, Some(true));
    assert_eq!(on_last.verdict, Verdict::Free);
    facts.claim_date = d("2027-01-10");
    let after = decide(&policy(), &facts);
    assert_eq!(after.in_warranty, Some(false));
    assert_eq!(after.verdict, Verdict::Paid);
    assert!(clauses(&after).contains(&"2.2"));
}

// ---- Invoice validity (2.4), one failure at a time --------------------------------------

fn invoice_verdict(change: impl FnOnce(&mut Invoice)) -> Decision {
    let mut facts = example();
    let mut invoice = valid_invoice("2025-06-01");
    change(&mut invoice);
    facts.invoice = Some(invoice);
    decide(&policy(), &facts)
}

fn invoice_reason(decision: &Decision) -> String {
    decision
        .reasons
        .iter()
        .find(|r| r.clause == "2.4" && r.text.contains("invoice"))
        .map(|r| r.text.clone())
        .unwrap_or_default()
}

#[test]
fn invoice_valid_when_every_part_holds() {
    assert_eq!(invoice_verdict(|_| {}).invoice_valid, Some(true));
}

#[test]
fn invoice_without_a_date_is_invalid() {
    let decision = invoice_verdict(|inv| inv.date = None);
    assert_eq!(decision.invoice_valid, Some(false));
    assert!(invoice_reason(&decision).contains("no date"));
}

#[test]
fn invoice_without_a_model_is_invalid() {
    let decision = invoice_verdict(|inv| inv.model = Some("  ".into()));
    assert_eq!(decision.invoice_valid, Some(false));
    assert!(invoice_reason(&decision).contains("no model"));
}

#[test]
fn invoice_without_a_serial_is_invalid() {
    let decision = invoice_verdict(|inv| inv.serial = None);
    assert_eq!(decision.invoice_valid, Some(false));
    assert!(invoice_reason(&decision).contains("no serial"));
}

#[test]
fn illegible_invoice_is_invalid() {
    let decision = invoice_verdict(|inv| inv.legible = false);
    assert_eq!(decision.invoice_valid, Some(false));
    assert!(invoice_reason(&decision).contains("not legible"));
}

#[test]
fn altered_invoice_is_invalid() {
    let decision = invoice_verdict(|inv| inv.altered = true);
    assert_eq!(decision.invoice_valid, Some(false));
    assert!(invoice_reason(&decision).contains("altered"));
}

#[test]
fn invoice_for_another_model_is_invalid() {
    let decision = invoice_verdict(|inv| inv.model = Some("X300".into()));
    assert_eq!(decision.invoice_valid, Some(false));
    assert!(invoice_reason(&decision).contains("model (X300)"));
}

#[test]
fn invoice_for_another_serial_is_invalid() {
    let decision = invoice_verdict(|inv| inv.serial = Some("SN-002".into()));
    assert_eq!(decision.invoice_valid, Some(false));
    assert!(invoice_reason(&decision).contains("serial number (SN-002)"));
}

#[test]
fn invoice_dated_after_the_claim_is_invalid() {
    let decision = invoice_verdict(|inv| inv.date = Some(d("2026-03-02")));
    assert_eq!(decision.invoice_valid, Some(false));
    assert!(invoice_reason(&decision).contains("after the claim date"));
}

#[test]
fn invoice_dated_on_the_claim_date_is_valid() {
    assert_eq!(
        invoice_verdict(|inv| inv.date = Some(d("2026-03-01"))).invoice_valid,
        Some(true)
    );
}

#[test]
fn model_and_serial_compare_trimmed_caseless_without_spaces_and_hyphens() {
    let decision = invoice_verdict(|inv| {
        inv.model = Some("  x-200 ".into());
        inv.serial = Some("s n 0-0-1".into());
    });
    assert_eq!(decision.invoice_valid, Some(true));
}

#[test]
fn several_failures_are_all_named() {
    let decision = invoice_verdict(|inv| {
        inv.legible = false;
        inv.altered = true;
    });
    let reason = invoice_reason(&decision);
    assert!(
        reason.contains("not legible") && reason.contains("altered"),
        "{reason}"
    );
}

#[test]
fn no_invoice_means_invoice_valid_is_null() {
    let mut facts = example();
    facts.invoice = None;
    assert_eq!(decide(&policy(), &facts).invoice_valid, None);
}

// ---- Warranty start (2.4) ----------------------------------------------------------------

#[test]
fn valid_invoice_starts_the_warranty_on_its_date() {
    let mut facts = example();
    facts.invoice = Some(valid_invoice("2025-05-25"));
    let decision = decide(&policy(), &facts);
    assert_eq!(decision.warranty_start, Some(d("2025-05-25")));
    assert_eq!(decision.start_basis, Some(StartBasis::Invoice));
}

#[test]
fn invoice_later_than_delivery_starts_from_delivery() {
    let decision = decide(&policy(), &example());
    assert_eq!(decision.warranty_start, Some(d("2025-05-28")));
    assert_eq!(decision.start_basis, Some(StartBasis::Delivery));
}

#[test]
fn invoice_on_the_delivery_date_starts_from_the_invoice() {
    let mut facts = example();
    facts.invoice = Some(valid_invoice("2025-05-28"));
    assert_eq!(
        decide(&policy(), &facts).start_basis,
        Some(StartBasis::Invoice)
    );
}

#[test]
fn no_valid_invoice_starts_from_the_shipment_date() {
    let mut facts = example();
    facts.invoice = None;
    let decision = decide(&policy(), &facts);
    assert_eq!(decision.warranty_start, Some(d("2025-05-20")));
    assert_eq!(decision.start_basis, Some(StartBasis::Shipment));

    facts.invoice = Some(Invoice {
        altered: true,
        ..valid_invoice("2025-06-01")
    });
    let decision = decide(&policy(), &facts);
    assert_eq!(decision.start_basis, Some(StartBasis::Shipment));
}

#[test]
fn delivery_date_alone_does_not_start_the_warranty() {
    let mut facts = example();
    facts.invoice = None;
    facts.shipment_date = None;
    let decision = decide(&policy(), &facts);
    assert_eq!(decision.warranty_start, None);
    assert_eq!(decision.start_basis, None);
    assert_eq!(decision.warranty_last_day, None);
    assert_eq!(decision.in_warranty, None);
}

// ---- Warranty length ---------------------------------------------------------------------

#[test]
fn component_period_when_listed_for_the_model() {
    assert_eq!(decide(&policy(), &example()).warranty_months, Some(12));
}

#[test]
fn whole_unit_period_when_the_component_is_not_listed() {
    let mut facts = example();
    facts.component = Some("screen".into());
    assert_eq!(decide(&policy(), &facts).warranty_months, Some(24));
    facts.component = None;
    assert_eq!(decide(&policy(), &facts).warranty_months, Some(24));
}

#[test]
fn default_period_for_an_unlisted_model() {
    let mut facts = example();
    facts.model = "Q9".into();
    facts.invoice = None;
    assert_eq!(decide(&policy(), &facts).warranty_months, Some(12));
}

#[test]
fn service_contract_prevails_over_the_policy() {
    let mut facts = example();
    facts.contract_months = Some(36);
    let decision = decide(&policy(), &facts);
    assert_eq!(decision.warranty_months, Some(36));
    assert_eq!(decision.warranty_last_day, Some(d("2028-05-27")));
    assert!(clauses(&decision).contains(&"4.4"));
}

// ---- The verdict, in order -----------------------------------------------------------------

#[test]
fn unauthorized_channel_is_ineligible_before_anything_else() {
    let mut facts = example();
    facts.channel = PurchaseChannel::Unauthorized;
    facts.cause = Cause::ManMade;
    facts.claim_date = d("2030-01-01");
    facts.invoice = None;
    facts.shipment_date = None;
    facts.delivery_date = None;
    let decision = decide(&policy(), &facts);
    assert_eq!(decision.verdict, Verdict::Ineligible);
    assert!(!decision.provisional);
    assert!(clauses(&decision).contains(&"1.2"));
}

#[test]
fn unknown_channel_needs_proof_even_when_out_of_warranty() {
    let mut facts = example();
    facts.channel = PurchaseChannel::Unknown;
    facts.claim_date = d("2030-01-01");
    facts.invoice = None;
    let decision = decide(&policy(), &facts);
    assert_eq!(decision.verdict, Verdict::NeedsProof);
    assert!(clauses(&decision).contains(&"1.2"));
}

#[test]
fn no_warranty_start_needs_proof() {
    let mut facts = example();
    facts.invoice = None;
    facts.shipment_date = None;
    facts.cause = Cause::ManMade;
    let decision = decide(&policy(), &facts);
    assert_eq!(decision.verdict, Verdict::NeedsProof);
    assert!(clauses(&decision).contains(&"2.3"));
}

#[test]
fn out_of_warranty_is_paid_before_the_cause_is_looked_at() {
    let mut facts = example();
    facts.claim_date = d("2026-06-01");
    facts.cause = Cause::Manufacturing;
    let decision = decide(&policy(), &facts);
    assert_eq!(decision.verdict, Verdict::Paid);
    assert_eq!(decision.in_warranty, Some(false));
    let last = decision.reasons.last().expect("a reason");
    assert_eq!(last.clause, "2.2");
}

#[test]
fn excluded_causes_make_a_repair_paid() {
    for (cause, clause) in [
        (Cause::ManMade, "1.3"),
        (Cause::ForceMajeure, "1.3"),
        (Cause::ImproperUse, "1.3"),
        (Cause::ImproperPackaging, "3.4"),
    ] {
        let mut facts = example();
        facts.cause = cause;
        let decision = decide(&policy(), &facts);
        assert_eq!(decision.verdict, Verdict::Paid, "{cause:?}");
        assert!(!decision.provisional);
        assert_eq!(decision.in_warranty, Some(true));
        assert_eq!(
            decision.reasons.last().map(|r| r.clause.as_str()),
            Some(clause)
        );
    }
}

#[test]
fn free_is_provisional_only_while_the_cause_is_unknown() {
    let decision = decide(&policy(), &example());
    assert_eq!(
        (decision.verdict, decision.provisional),
        (Verdict::Free, true)
    );
    let mut facts = example();
    facts.cause = Cause::Manufacturing;
    let decision = decide(&policy(), &facts);
    assert_eq!(
        (decision.verdict, decision.provisional),
        (Verdict::Free, false)
    );
}

#[test]
fn dates_are_reported_whatever_the_verdict() {
    let mut facts = example();
    facts.channel = PurchaseChannel::Unauthorized;
    let decision = decide(&policy(), &facts);
    assert_eq!(decision.verdict, Verdict::Ineligible);
    assert_eq!(decision.warranty_start, Some(d("2025-05-28")));
    assert_eq!(decision.warranty_last_day, Some(d("2026-05-27")));
    assert_eq!(decision.in_warranty, Some(true));
}

#[test]
fn every_reason_names_a_clause_of_the_agreement() {
    let known = [
        "1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.4", "4.4",
    ];
    let decision = decide(&policy(), &example());
    assert!(decision.reasons.len() >= 4);
    for reason in &decision.reasons {
        assert!(known.contains(&reason.clause.as_str()), "{reason:?}");
        assert!(!reason.text.is_empty());
    }
}

// ---- Malformed facts are errors naming the field -------------------------------------------

fn error_field(json: &str) -> String {
    Facts::from_json(json).expect_err("must be refused").field
}

#[test]
fn malformed_facts_name_the_field() {
    let ok = r#""model": "X200", "serial": "S1", "channel": "authorized""#;
    assert_eq!(
        error_field(&format!(r#"{{"claim_date": "2026-02-30", {ok}}}"#)),
        "claim_date"
    );
    assert_eq!(
        error_field(&format!(r#"{{"claim_date": "01.03.2026", {ok}}}"#)),
        "claim_date"
    );
    assert_eq!(error_field(&format!("{{{ok}}}")), "claim_date");
    assert_eq!(
        error_field(r#"{"claim_date": "2026-03-01", "serial": "S1", "channel": "authorized"}"#),
        "model"
    );
    assert_eq!(
        error_field(
            r#"{"claim_date": "2026-03-01", "model": "X", "serial": "S1", "channel": "grey"}"#
        ),
        "channel"
    );
    assert_eq!(
        error_field(&format!(
            r#"{{"claim_date": "2026-03-01", {ok}, "cause": "dropped"}}"#
        )),
        "cause"
    );
    assert_eq!(
        error_field(&format!(
            r#"{{"claim_date": "2026-03-01", {ok}, "delivery_date": "2026-03-02"}}"#
        )),
        "delivery_date"
    );
    assert_eq!(
        error_field(&format!(
            r#"{{"claim_date": "2026-03-01", {ok}, "shipment_date": "2026-04-01"}}"#
        )),
        "shipment_date"
    );
    assert_eq!(
        error_field(&format!(
            r#"{{"claim_date": "2026-03-01", {ok}, "invoice": {{"date": "x", "legible": true, "altered": false}}}}"#
        )),
        "invoice.date"
    );
    assert_eq!(
        error_field(&format!(
            r#"{{"claim_date": "2026-03-01", {ok}, "invoice": {{"date": "2026-01-01"}}}}"#
        )),
        "invoice.legible"
    );
    assert_eq!(
        error_field(&format!(
            r#"{{"claim_date": "2026-03-01", {ok}, "contract_months": -3}}"#
        )),
        "contract_months"
    );
    assert_eq!(
        error_field(&format!(
            r#"{{"claim_date": "2026-03-01", {ok}, "contract_months": 1.5}}"#
        )),
        "contract_months"
    );
    assert_eq!(error_field("[1, 2]"), "facts");
    assert_eq!(error_field("{not json"), "facts");
}

#[test]
fn absent_optional_fields_are_accepted() {
    let facts = Facts::from_json(
        r#"{"claim_date": "2026-03-01", "model": "X200", "serial": "S1", "channel": "authorized"}"#,
    )
    .expect("minimal facts");
    assert_eq!(facts.cause, Cause::Unknown);
    assert_eq!(facts.invoice, None);
    let decision = decide(&policy(), &facts);
    assert_eq!(decision.verdict, Verdict::NeedsProof);
    assert_eq!(decision.warranty_months, Some(24));
}

// ---- Properties -------------------------------------------------------------------------------

fn arb_date() -> impl Strategy<Value = NaiveDate> {
    (0i64..4000).prop_map(|days| d("2020-01-01") + chrono::Duration::days(days))
}

prop_compose! {
    fn arb_facts()(
        claim in arb_date(),
        channel in prop::sample::select(PurchaseChannel::ALL.to_vec()),
        cause in prop::sample::select(Cause::ALL.to_vec()),
        model in prop::sample::select(vec!["X200", "x-200", "Q9"]),
        component in prop::option::of(prop::sample::select(vec!["battery", "screen"])),
        invoice in prop::option::of((prop::option::of(arb_date()), any::<bool>(), any::<bool>(), any::<bool>())),
        shipment_back in prop::option::of(0i64..2000),
        delivery_back in prop::option::of(0i64..2000),
        contract in prop::option::of(0u32..60),
    ) -> Facts {
        Facts {
            claim_date: claim,
            model: model.to_string(),
            serial: "SN-001".into(),
            channel,
            invoice: invoice.map(|(date, legible, altered, right_serial)| Invoice {
                date,
                model: Some("X200".into()),
                serial: Some(if right_serial { "sn001".into() } else { "SN-999".into() }),
                legible,
                altered,
            }),
            shipment_date: shipment_back.map(|b| claim - chrono::Duration::days(b)),
            delivery_date: delivery_back.map(|b| claim - chrono::Duration::days(b)),
            component: component.map(str::to_string),
            cause,
            contract_months: contract,
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn decide_is_deterministic(facts in arb_facts()) {
        prop_assert_eq!(decide(&policy(), &facts), decide(&policy(), &facts.clone()));
    }

    #[test]
    fn provisional_implies_free(facts in arb_facts()) {
        let decision = decide(&policy(), &facts);
        if decision.provisional {
            prop_assert_eq!(decision.verdict, Verdict::Free);
            prop_assert_eq!(facts.cause, Cause::Unknown);
        }
    }

    #[test]
    fn unauthorized_is_always_ineligible(mut facts in arb_facts()) {
        facts.channel = PurchaseChannel::Unauthorized;
        prop_assert_eq!(decide(&policy(), &facts).verdict, Verdict::Ineligible);
    }

    #[test]
    fn last_day_is_start_plus_months_minus_one_day(facts in arb_facts()) {
        let decision = decide(&policy(), &facts);
        match (decision.warranty_start, decision.warranty_months) {
            (Some(start), Some(months)) => {
                let expected = add_months(start, months).pred_opt().expect("a day before");
                prop_assert_eq!(decision.warranty_last_day, Some(expected));
            }
            _ => prop_assert_eq!(decision.warranty_last_day, None),
        }
    }

    #[test]
    fn in_warranty_agrees_with_the_claim_date_and_the_last_day(facts in arb_facts()) {
        let decision = decide(&policy(), &facts);
        match decision.warranty_last_day {
            Some(last) => prop_assert_eq!(decision.in_warranty, Some(facts.claim_date <= last)),
            None => prop_assert_eq!(decision.in_warranty, None),
        }
    }

    #[test]
    fn facts_round_trip_through_the_json_contract(facts in arb_facts()) {
        let json = serde_json::to_string(&facts).expect("json");
        prop_assert_eq!(Facts::from_json(&json).expect("parses"), facts);
    }

    #[test]
    fn typed_dates_never_panic(text in "\\PC{0,20}") {
        let _ = parse_date(&text);
    }
}

// ---- Lifecycle (docs/rules.md §4) -------------------------------------------------------------------

const ALLOWED: &[(State, State)] = &[
    (State::Applied, State::Received),
    (State::Applied, State::Expired),
    (State::Applied, State::Rejected),
    (State::Applied, State::ResolvedRemotely),
    (State::Received, State::InRepair),
    (State::Received, State::AwaitingCustomer),
    (State::Received, State::ToReturn),
    (State::AwaitingCustomer, State::AwaitingPayment),
    (State::AwaitingCustomer, State::InRepair),
    (State::AwaitingCustomer, State::ToReturn),
    (State::AwaitingPayment, State::InRepair),
    (State::AwaitingPayment, State::ToReturn),
    (State::InRepair, State::Ready),
    (State::Ready, State::Returned),
    (State::ToReturn, State::Returned),
];

#[test]
fn every_allowed_transition_succeeds_and_every_other_is_refused() {
    for from in State::ALL {
        for to in State::ALL {
            let result = check_transition(from, to);
            if ALLOWED.contains(&(from, to)) {
                assert_eq!(result, Ok(()), "{from} → {to}");
            } else {
                let err = result.expect_err("refused");
                let message = err.to_string();
                assert!(
                    message.contains(from.as_str()) && message.contains(to.as_str()),
                    "{message}"
                );
            }
        }
    }
}

#[test]
fn closed_states_have_no_way_out() {
    for state in [
        State::Expired,
        State::Rejected,
        State::ResolvedRemotely,
        State::Returned,
    ] {
        assert!(state.is_terminal());
    }
    assert!(!State::ToReturn.is_terminal());
}

#[test]
fn ship_by_is_three_days_after_the_application() {
    assert_eq!(ship_by(d("2026-03-01")), d("2026-03-04"));
}

#[test]
fn parcel_on_day_15_is_on_time_and_on_day_16_finds_the_application_expired() {
    let applied = d("2026-03-01");
    assert_eq!(application_closes(applied), d("2026-03-16"));
    assert!(!application_expired(applied, d("2026-03-16")));
    assert!(application_expired(applied, d("2026-03-17")));
}

#[test]
fn payment_is_due_one_calendar_month_after_the_notice() {
    assert_eq!(payment_due(d("2026-01-31")), d("2026-02-28"));
    assert_eq!(payment_due(d("2028-01-31")), d("2028-02-29"));
    assert_eq!(payment_due(d("2026-03-15")), d("2026-04-15"));
    assert!(!payment_overdue(d("2026-01-31"), d("2026-02-28")));
    assert!(payment_overdue(d("2026-01-31"), d("2026-03-01")));
}

#[test]
fn answer_is_due_after_the_centers_number_of_days() {
    assert_eq!(
        answer_due(d("2026-03-01"), lifecycle::DEFAULT_ANSWER_DAYS),
        d("2026-03-15")
    );
    assert_eq!(answer_due(d("2026-03-01"), 7), d("2026-03-08"));
    assert!(!lifecycle::answer_overdue(
        d("2026-03-01"),
        7,
        d("2026-03-08")
    ));
    assert!(lifecycle::answer_overdue(
        d("2026-03-01"),
        7,
        d("2026-03-09")
    ));
}

// ---- Parcels (docs/rules.md §5) --------------------------------------------------------------------

fn parcel_outcome(change: impl FnOnce(&mut ParcelCheck)) -> parcel::ParcelDecision {
    let mut check = ParcelCheck {
        application: ApplicationStatus::Open,
        cash_on_delivery: false,
        package_damaged: false,
        soaked: false,
        packaging_adequate: true,
    };
    change(&mut check);
    parcel::check(&check)
}

#[test]
fn a_sound_parcel_on_an_open_application_is_accepted() {
    assert_eq!(parcel_outcome(|_| {}).outcome, ParcelOutcome::Accept);
}

#[test]
fn cash_on_delivery_is_refused_first() {
    let decision = parcel_outcome(|p| {
        p.cash_on_delivery = true;
        p.soaked = true;
        p.application = ApplicationStatus::None;
    });
    assert_eq!(
        (decision.outcome, decision.clause),
        (ParcelOutcome::Refuse, "2.1")
    );
}

#[test]
fn damaged_or_soaked_parcels_are_rejected() {
    for change in [
        (|p: &mut ParcelCheck| p.package_damaged = true) as fn(&mut ParcelCheck),
        |p| p.soaked = true,
    ] {
        let decision = parcel_outcome(change);
        assert_eq!(
            (decision.outcome, decision.clause),
            (ParcelOutcome::Reject, "3.6")
        );
        assert!(decision.text.contains("carrier"));
    }
}

#[test]
fn no_or_expired_application_is_accepted_only_as_unsolicited() {
    for status in [ApplicationStatus::None, ApplicationStatus::Expired] {
        let decision = parcel_outcome(|p| p.application = status);
        assert_eq!(
            (decision.outcome, decision.clause),
            (ParcelOutcome::AcceptUnsolicited, "4.3")
        );
        assert!(decision.outcome.takes_in());
    }
    let expired = parcel_outcome(|p| p.application = ApplicationStatus::Expired);
    assert!(expired.notes.iter().any(|(clause, _)| *clause == "4.2"));
}

#[test]
fn inadequate_packaging_is_noted_but_does_not_refuse() {
    let decision = parcel_outcome(|p| p.packaging_adequate = false);
    assert_eq!(decision.outcome, ParcelOutcome::Accept);
    assert!(decision.notes.iter().any(|(clause, _)| *clause == "3.4"));
}

#[test]
fn people_can_type_dates_day_first() {
    assert_eq!(parse_date("28.05.2025"), Some(d("2025-05-28")));
}
