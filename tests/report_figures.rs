//! The monthly figures (docs/rules.md §7) on a hand-made month: every figure asserted exactly.
//! The cases and why each one moves which figure are in `documents_support/march.rs`.

mod documents_support;

use std::time::Instant;

use documents_support::march::{busy_march, clean, parcel};
use documents_support::{bare, d, ev, money, paid};
use fixdesk::domain::{Arrival, ParcelOutcome, State, Verdict};
use fixdesk::report::{
    Month, MonthlyFigures, Opened, Overdue, Quotes, Ranked, Returns, Step, Takings, Turnaround,
    TurnedAway, Unsolicited, Verdicts, monthly_of_cases,
};

fn march() -> Month {
    Month::new(2026, 3).expect("March 2026")
}

fn ranked(list: &[(&str, u32)]) -> Vec<Ranked> {
    list.iter()
        .map(|(name, cases)| Ranked {
            name: (*name).to_string(),
            cases: *cases,
        })
        .collect()
}

/// The figures of the busy March, written out in full so that a change to any one of
/// them fails here. Worked out by hand from the fixture's comments.
fn expected_march() -> MonthlyFigures {
    let mut cases_per_day = vec![0; 31];
    for (day, count) in [
        (2, 2),
        (3, 1),
        (4, 1),
        (5, 2),
        (10, 1),
        (11, 1),
        (12, 1),
        (13, 1),
        (14, 1),
        (16, 1),
        (31, 1),
    ] {
        cases_per_day[day - 1] = count;
    }
    MonthlyFigures {
        month: march(),
        computed_on: d("2026-04-02"),
        as_of: d("2026-03-31"),
        // W1, W2, P3, W3 walked in; M1–M5, M7–M10 are mail-in. Opened 28 Feb 23:59 and
        // 1 Apr 00:00 are not March's.
        opened: Opened {
            walk_in: 4,
            mail_in: 9,
        },
        verdicts: Verdicts {
            free: 4,
            free_provisional: 2,
            paid: 3,
            needs_proof: 1,
            ineligible: 1,
            undecided: 4,
        },
        // By the parcel's date: 1 Mar counts, 1 Apr does not.
        turned_away: TurnedAway {
            refused_cash_on_delivery: 1,
            rejected_damaged: 1,
            rejected_soaked: 1,
            rejected_damaged_and_soaked: 1,
            rejected_other: 1,
        },
        applications_expired: 1,
        unsolicited: Unsolicited {
            no_application: 1,
            application_expired: 1,
        },
        // Returned 31 Mar 23:59:59 counts (M2); 1 Apr 00:00:00 does not (M3).
        returns: Returns {
            repaired: 2,
            ineligible: 1,
            quote_declined: 1,
            proof_not_given: 1,
            payment_overdue: 1,
            reason_not_recorded: 1,
        },
        // Days: 2, 4, 14, 23, 29, 30, 52. Nearest rank: median = 4th, p90 = 7th.
        turnaround: Turnaround {
            devices: 7,
            median_days: Some(23),
            p90_days: Some(52),
            longest_days: Some(52),
        },
        // M1 (revised once: one), M3, P3 sent; M1, P3 accepted (P2's part payment is
        // not an acceptance); M3 declined; U1 unanswered. N1 has no quote to count.
        quotes: Quotes {
            sent: 3,
            accepted: 2,
            declined: 1,
            unanswered: 1,
        },
        proofs_requested: 1,
        // EUR 126.50 + 25.00; GBP 30.00 — kept apart, in currency-code order.
        revenue: vec![
            Takings {
                amount: money(15_150, "EUR"),
                payments: 2,
            },
            Takings {
                amount: money(3_000, "GBP"),
                payments: 1,
            },
        ],
        // P2 (due 20 Mar) and P4 (due 10 Mar), as of 31 Mar; P1 sent back on 2 Mar.
        overdue: Overdue {
            cases: 2,
            outstanding: vec![money(4_001, "EUR"), money(5_000, "GBP")],
            sent_back: 1,
        },
        top_models: ranked(&[("X200", 4), ("A5", 3), ("Z1", 3), ("Pro 14", 2), ("B2", 1)]),
        top_components: ranked(&[("Battery", 3), ("screen", 2), ("mainboard", 1)]),
        cases_per_day,
    }
}

#[test]
fn every_figure_of_a_busy_month() {
    let figures = monthly_of_cases(&busy_march(), march(), d("2026-04-02"));
    assert_eq!(figures, expected_march());
    // The derived totals add up.
    assert_eq!(figures.opened.total(), 13);
    assert_eq!(figures.cases_per_day.iter().sum::<u32>(), 13);
    assert_eq!(figures.verdicts.decided() + figures.verdicts.undecided, 13);
    assert_eq!(figures.turned_away.refused(), 1);
    assert_eq!(figures.turned_away.rejected(), 4);
    assert_eq!(figures.turned_away.total(), 5);
    assert_eq!(figures.unsolicited.total(), 2);
    assert_eq!(figures.returns.unrepaired(), 5);
    assert_eq!(figures.returns.total(), 7);
    assert_eq!(
        figures.verdict_mix(),
        [
            (Verdict::Free, 4),
            (Verdict::Paid, 3),
            (Verdict::NeedsProof, 1),
            (Verdict::Ineligible, 1)
        ]
    );
    assert!(!figures.is_empty());
}

#[test]
fn the_order_of_the_cases_does_not_matter() {
    let mut cases = busy_march();
    cases.reverse();
    for case in &mut cases {
        case.events.reverse();
    }
    assert_eq!(
        monthly_of_cases(&cases, march(), d("2026-04-02")),
        expected_march()
    );
}

#[test]
fn an_empty_month_is_all_zeros() {
    let figures = monthly_of_cases(&[], march(), d("2026-04-02"));
    assert!(figures.is_empty());
    assert_eq!(figures.opened, Opened::default());
    assert_eq!(figures.verdicts, Verdicts::default());
    assert_eq!(figures.turned_away, TurnedAway::default());
    assert_eq!(figures.applications_expired, 0);
    assert_eq!(figures.unsolicited, Unsolicited::default());
    assert_eq!(figures.returns, Returns::default());
    assert_eq!(figures.turnaround, Turnaround::default());
    assert_eq!(figures.turnaround.median_days, None);
    assert_eq!(figures.quotes, Quotes::default());
    assert_eq!(figures.proofs_requested, 0);
    assert!(figures.revenue.is_empty());
    assert_eq!(figures.overdue, Overdue::default());
    assert!(figures.top_models.is_empty());
    assert!(figures.top_components.is_empty());
    assert_eq!(figures.cases_per_day, vec![0; 31]);
    assert_eq!(figures.verdict_mix().map(|(_, n)| n), [0; 4]);

    // The same cases seen from a month with nothing in it.
    let june = Month::new(2025, 6).expect("June 2025");
    let figures = monthly_of_cases(&busy_march(), june, d("2026-04-02"));
    assert!(figures.is_empty(), "{figures:?}");
    assert_eq!(figures.cases_per_day.len(), 30);
}

#[test]
fn month_edges_are_utc_dates() {
    let mut inside = bare(1, Arrival::WalkIn, "X200");
    inside.events = vec![ev("2026-03-31T23:59:59Z", None, State::Received, "1.1")];
    let mut first = bare(2, Arrival::WalkIn, "X200");
    first.events = vec![ev("2026-03-01T00:00:00Z", None, State::Received, "1.1")];
    let mut after = bare(3, Arrival::WalkIn, "X200");
    after.events = vec![ev("2026-04-01T00:00:00Z", None, State::Received, "1.1")];
    let mut before = bare(4, Arrival::WalkIn, "X200");
    before.events = vec![ev("2026-02-28T23:59:59Z", None, State::Received, "1.1")];
    // A timestamp written with an offset is still bucketed by its UTC date: 1 Apr 01:30
    // in Paris is 31 Mar 23:30 UTC.
    let mut offset = bare(5, Arrival::MailIn, "X200");
    offset.events = vec![ev("2026-04-01T01:30:00+02:00", None, State::Applied, "1.1")];

    let figures = monthly_of_cases(
        &[inside, first, after, before, offset],
        march(),
        d("2026-04-02"),
    );
    assert_eq!(
        figures.opened,
        Opened {
            walk_in: 2,
            mail_in: 1
        }
    );
    assert_eq!(figures.cases_per_day[0], 1);
    assert_eq!(figures.cases_per_day[30], 2);
}

#[test]
fn overdue_is_judged_on_today_while_the_month_runs() {
    // On 15 Mar only P4 (due 10 Mar) is overdue; P2 is due on the 20th.
    let figures = monthly_of_cases(&busy_march(), march(), d("2026-03-15"));
    assert_eq!(figures.as_of, d("2026-03-15"));
    assert_eq!(figures.computed_on, d("2026-03-15"));
    assert_eq!(
        figures.overdue,
        Overdue {
            cases: 1,
            outstanding: vec![money(4_001, "EUR")],
            sent_back: 1,
        }
    );
    // On the due day itself a payment is not yet overdue (2.6: "more than 1 month").
    let figures = monthly_of_cases(&busy_march(), march(), d("2026-03-20"));
    assert_eq!(figures.overdue.cases, 1);
    let figures = monthly_of_cases(&busy_march(), march(), d("2026-03-21"));
    assert_eq!(figures.overdue.cases, 2);
}

#[test]
fn a_fully_paid_overdue_case_owes_nothing_and_an_unquoted_one_is_still_counted() {
    let mut paid_up = bare(1, Arrival::WalkIn, "X200");
    paid_up.quote = Some(documents_support::march::quote(5_000, "EUR"));
    paid_up.payment_notice_on = Some(d("2026-01-05"));
    paid_up.payments = vec![paid(6_000, "EUR", "2026-01-20")];
    paid_up.events = vec![
        ev("2026-01-04T10:00:00Z", None, State::Received, "1.1"),
        ev(
            "2026-01-05T10:00:00Z",
            Some(State::AwaitingCustomer),
            State::AwaitingPayment,
            "2.6",
        ),
    ];
    // No notice date typed: the day it entered `awaiting_payment` (1 Jan) counts.
    let mut unquoted = bare(2, Arrival::WalkIn, "X200");
    unquoted.events = vec![ev(
        "2026-01-01T10:00:00Z",
        Some(State::AwaitingCustomer),
        State::AwaitingPayment,
        "2.6",
    )];
    let figures = monthly_of_cases(&[paid_up, unquoted], march(), d("2026-04-02"));
    assert_eq!(
        figures.overdue,
        Overdue {
            cases: 2,
            outstanding: vec![money(0, "EUR")],
            sent_back: 0,
        }
    );
}

#[test]
fn revenue_in_two_currencies_is_never_added_together() {
    let mut a = bare(1, Arrival::WalkIn, "X200");
    a.payments = vec![
        paid(1_000, "EUR", "2026-03-01"),
        paid(1_500, "USD", "2026-03-31"),
        paid(70_000, "JPY", "2026-03-15"),
        paid(999_999, "EUR", "2026-04-01"),
    ];
    let mut b = bare(2, Arrival::MailIn, "Z1");
    b.payments = vec![paid(250, "usd", "2026-03-02"), paid(5, "EUR", "2026-02-28")];
    let figures = monthly_of_cases(&[a, b], march(), d("2026-04-02"));
    let shown: Vec<(String, u32)> = figures
        .revenue
        .iter()
        .map(|t| (t.amount.to_string(), t.payments))
        .collect();
    assert_eq!(
        shown,
        [
            ("10.00 EUR".to_string(), 1),
            ("70,000 JPY".to_string(), 1),
            ("17.50 USD".to_string(), 2)
        ]
    );
}

#[test]
fn events_are_read_by_the_store_convention() {
    use State::*;
    let step = |from, to, clause| Step::of(&ev("2026-03-01T00:00:00Z", from, to, clause));
    assert_eq!(step(None, Received, "1.1"), Step::Opened);
    assert_eq!(step(None, Rejected, "2.1"), Step::Opened);
    assert_eq!(
        step(Some(Received), AwaitingCustomer, "2.2"),
        Step::QuoteSent
    );
    assert_eq!(
        step(Some(Received), AwaitingCustomer, " 2.2 "),
        Step::QuoteSent
    );
    assert_eq!(
        step(Some(Received), AwaitingCustomer, "2.3"),
        Step::ProofRequested
    );
    assert_eq!(
        step(Some(AwaitingCustomer), AwaitingPayment, "2.6"),
        Step::QuoteAccepted
    );
    assert_eq!(
        step(Some(AwaitingCustomer), ToReturn, "2.2"),
        Step::QuoteDeclined
    );
    assert_eq!(
        step(Some(AwaitingPayment), ToReturn, "2.6"),
        Step::PaymentOverdue
    );
    assert_eq!(
        step(Some(AwaitingPayment), ToReturn, "2.2"),
        Step::PaymentOverdue
    );
    assert_eq!(
        step(Some(AwaitingCustomer), ToReturn, "2.3"),
        Step::AnswerOverdue
    );
    assert_eq!(
        step(Some(AwaitingPayment), AwaitingPayment, "2.6"),
        Step::Other
    );
    assert_eq!(
        step(Some(AwaitingCustomer), AwaitingCustomer, "2.2"),
        Step::QuoteSent
    );
    assert_eq!(
        step(Some(AwaitingCustomer), AwaitingCustomer, "2.3"),
        Step::ProofRequested
    );
    assert_eq!(step(Some(Received), Received, "2.2"), Step::Other);
    assert_eq!(step(Some(Received), ToReturn, "1.2"), Step::Other);
    assert_eq!(
        step(Some(Applied), Expired, "4.2"),
        Step::ApplicationExpired
    );
    assert_eq!(step(Some(Ready), Returned, "2.1"), Step::Returned);
    assert_eq!(step(Some(Received), InRepair, "2.5"), Step::Other);
}

#[test]
fn top_lists_keep_ten_and_break_ties_alphabetically() {
    let mut cases = Vec::new();
    for (i, model) in [
        "M12", "M11", "M10", "M09", "M08", "M07", "M06", "M05", "M04", "M03", "M02", "M01",
    ]
    .iter()
    .enumerate()
    {
        let mut c = bare(i as u32 + 1, Arrival::WalkIn, model);
        c.events = vec![ev("2026-03-10T10:00:00Z", None, State::Received, "1.1")];
        c.diagnosis.component = Some(if i % 2 == 0 { "fan" } else { "Battery" }.to_string());
        cases.push(c);
    }
    // One more M12: it leads; the rest tie at one case each, alphabetically.
    let mut extra = bare(99, Arrival::WalkIn, "m12 ");
    extra.events = vec![ev("2026-03-11T10:00:00Z", None, State::Received, "1.1")];
    cases.push(extra);

    let figures = monthly_of_cases(&cases, march(), d("2026-04-02"));
    let names: Vec<&str> = figures.top_models.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "M12", "M01", "M02", "M03", "M04", "M05", "M06", "M07", "M08", "M09"
        ]
    );
    assert_eq!(figures.top_models[0].cases, 2);
    assert_eq!(
        figures.top_components,
        ranked(&[("Battery", 6), ("fan", 6)])
    );
}

#[test]
fn twenty_thousand_cases_are_quick() {
    // A guard against accidental quadratic work, generous enough for a debug build on a
    // busy machine; `cargo bench --bench documents` gives the real figure.
    let template = busy_march();
    let cases: Vec<_> = (0..20_000)
        .map(|i| template[i % template.len()].clone())
        .collect();
    let start = Instant::now();
    let figures = monthly_of_cases(&cases, march(), d("2026-04-02"));
    let elapsed = start.elapsed();
    assert!(figures.opened.total() > 10_000);
    assert!(elapsed.as_millis() < 1_000, "{elapsed:?}");
}

#[test]
fn a_parcel_accepted_normally_is_neither_turned_away_nor_unsolicited() {
    let mut c = bare(1, Arrival::MailIn, "X200");
    c.parcel = parcel("2026-03-05", ParcelOutcome::Accept, clean());
    let figures = monthly_of_cases(&[c], march(), d("2026-04-02"));
    assert_eq!(figures.turned_away.total(), 0);
    assert_eq!(figures.unsolicited.total(), 0);
}

#[test]
fn a_case_marked_unsolicited_without_a_parcel_record_still_counts() {
    // Imported history: the 4.3 flag and the day received, but no door check on file.
    let mut inside = bare(1, Arrival::MailIn, "X200");
    inside.unsolicited = true;
    inside.received_on = Some(d("2026-03-31"));
    let mut outside = bare(2, Arrival::MailIn, "X200");
    outside.unsolicited = true;
    outside.received_on = Some(d("2026-04-01"));
    let figures = monthly_of_cases(&[inside, outside], march(), d("2026-04-02"));
    assert_eq!(
        figures.unsolicited,
        Unsolicited {
            no_application: 1,
            application_expired: 0
        }
    );
}

/// A message sent (docs/rules.md §11) is an event that moves nothing: the report does
/// not count it as a request, a return or an expiry, nor read a return's reason from it.
#[test]
fn a_message_event_is_no_step_the_report_counts() {
    use fixdesk::report::figures::Step;
    for (state, clause) in [
        (State::AwaitingCustomer, "2.6"),
        (State::AwaitingCustomer, "§11"),
        (State::Returned, "2.1"),
        (State::Expired, "4.2"),
        (State::ToReturn, "2.1"),
        (State::Rejected, "3.6"),
    ] {
        assert_eq!(
            Step::of_move(Some(state), state, clause),
            Step::Other,
            "{state:?} {clause}"
        );
    }
    // A new quote while the customer is already asked still counts (2.2).
    assert_eq!(
        Step::of_move(
            Some(State::AwaitingCustomer),
            State::AwaitingCustomer,
            "2.2"
        ),
        Step::QuoteSent
    );
}
