//! The monthly figures from a real store: a month of cases walked through the store's own
//! transitions (`src/store/transitions.rs`), read back with `outlines_for_report`,
//! counted by `report::monthly`. This pins the event convention the report reads (see
//! `report::figures`) to what the store actually writes: same-state events (a paid
//! verdict at diagnosis, a revised quote, a part payment), the clauses, the reasons.

mod store_common;

use fixdesk::domain::case::Handback;
use fixdesk::domain::repair::LineKind;
use fixdesk::domain::{
    Arrival, CaseNumber, CaseOutline, Cause, Currency, Customer, Device, Diagnosis, Handover,
    Invoice, NewCase, Payment, Policy, Proof, PurchaseChannel, Quote, QuoteLine, Verdict,
};
use fixdesk::report::{
    Month, Opened, Overdue, Quotes, Returns, Turnaround, TurnedAway, Unsolicited, monthly,
};
use fixdesk::store::{ParcelArrival, Store};
use store_common::{Engine, StepsByName, TestDb, at, day, eur};

fn new_case(arrival: Arrival, seq: u32, on: &str) -> NewCase {
    let on = day(on);
    let serial = format!("SN-{seq:04}");
    NewCase {
        arrival,
        application_id: (arrival == Arrival::MailIn).then(|| format!("APP-{seq}")),
        applied_on: (arrival == Arrival::MailIn).then_some(on),
        received_on: (arrival == Arrival::WalkIn).then_some(on),
        customer: Customer {
            name: format!("Zoë Kowalczyk-{seq}"),
            phone: format!("+44 7700 9{seq:05}"),
            email: None,
            address: format!("{seq} Privet Drive"),
            return_address: None,
            language: Default::default(),
        },
        device: Device {
            model: "Aurora A5".into(),
            serial: serial.clone(),
        },
        proof: Proof {
            channel: PurchaseChannel::Authorized,
            invoice: Some(Invoice {
                date: Some(on - chrono::Duration::days(100)),
                model: Some("Aurora A5".into()),
                serial: Some(serial),
                legible: true,
                altered: false,
            }),
            shipment_date: None,
            delivery_date: None,
            contract_months: None,
        },
        fault: "Does not switch on".into(),
        component: None,
        handover: Handover {
            backup_acknowledged: true,
            accuracy_confirmed: true,
            ..Handover::default()
        },
        keep_parts: false,
    }
}

fn parcel(on: &str) -> ParcelArrival {
    ParcelArrival {
        received_on: day(on),
        cash_on_delivery: false,
        package_damaged: false,
        soaked: false,
        packaging_adequate: true,
        serial_found: None,
        handover: Handover {
            backup_acknowledged: true,
            accuracy_confirmed: true,
            ..Handover::default()
        },
    }
}

fn diagnosis(cause: Cause, component: &str) -> Diagnosis {
    Diagnosis {
        cause,
        component: Some(component.into()),
        method: None,
        notes: String::new(),
    }
}

fn quote(minor: i64) -> Quote {
    Quote {
        currency: Currency::new("EUR").expect("EUR"),
        lines: vec![QuoteLine {
            kind: LineKind::Parts,
            description: "Screen and fitting".into(),
            amount: eur(minor),
        }],
    }
}

fn payment(minor: i64, on: &str) -> Payment {
    Payment {
        amount: eur(minor),
        paid_on: day(on),
        method: "card".into(),
    }
}

fn shipped() -> Handback {
    Handback::Shipped {
        carrier: "Royal Mail".into(),
        tracking: "RM123".into(),
    }
}

/// The desk's month, step by step. Returns the store (and its folder, kept alive).
fn march_at_the_desk(engine: Engine) -> Option<(TestDb, Store)> {
    let (db, mut s) = engine.store()?;
    let p = Policy::shipped();
    let a = "desk";
    let create = |s: &mut Store, arrival, seq, on: &str| -> CaseNumber {
        s.create_case(&new_case(arrival, seq, on), &p, a, at(on))
            .expect("create")
            .number
    };

    // A: walk-in, free repair, back on the 6th (4 days).
    let n = create(&mut s, Arrival::WalkIn, 1, "2026-03-02");
    let free = diagnosis(Cause::Manufacturing, "battery");
    s.diagnose(&n, &free, &p, day("2026-03-03"), a, at("2026-03-03"))
        .expect("diagnose");
    s.repair_done(&n, None, a, at("2026-03-05"))
        .expect("repaired");
    s.hand_back(&n, &shipped(), a, at("2026-03-06"))
        .expect("back");

    // B: walk-in, paid; quote sent, revised, accepted, paid in two parts, back on the 12th.
    let n = create(&mut s, Arrival::WalkIn, 2, "2026-03-03");
    let paid = diagnosis(Cause::ManMade, "screen");
    s.diagnose(&n, &paid, &p, day("2026-03-04"), a, at("2026-03-04"))
        .expect("diagnose");
    s.send_quote(&n, &quote(12_000), day("2026-03-05"), a, at("2026-03-05"))
        .expect("quote");
    s.send_quote(&n, &quote(11_000), day("2026-03-06"), a, at("2026-03-06"))
        .expect("revised quote");
    s.accept_quote(&n, day("2026-03-07"), a, at("2026-03-07"))
        .expect("accept");
    s.record_payment(&n, &payment(5_000, "2026-03-08"), a, at("2026-03-08"))
        .expect("part payment");
    s.record_payment(&n, &payment(6_000, "2026-03-09"), a, at("2026-03-09"))
        .expect("payment");
    s.repair_done(&n, None, a, at("2026-03-10"))
        .expect("repaired");
    s.hand_back(&n, &shipped(), a, at("2026-03-12"))
        .expect("back");

    // C: walk-in, paid; quote declined, back on the 8th (4 days).
    let n = create(&mut s, Arrival::WalkIn, 3, "2026-03-04");
    s.diagnose(&n, &paid, &p, day("2026-03-04"), a, at("2026-03-04"))
        .expect("diagnose");
    s.send_quote(&n, &quote(9_000), day("2026-03-05"), a, at("2026-03-05"))
        .expect("quote");
    s.decline_quote(&n, a, at("2026-03-07")).expect("decline");
    s.hand_back(&n, &shipped(), a, at("2026-03-08"))
        .expect("back");

    // D: application, parcel sent cash on delivery: refused (2.1).
    let n = create(&mut s, Arrival::MailIn, 4, "2026-03-01");
    let cod = ParcelArrival {
        cash_on_delivery: true,
        ..parcel("2026-03-04")
    };
    s.receive_parcel(&n, &cod, a, at("2026-03-04"))
        .expect("refused");

    // E: application, parcel damaged: rejected (3.6).
    let n = create(&mut s, Arrival::MailIn, 5, "2026-03-01");
    let damaged = ParcelArrival {
        package_damaged: true,
        ..parcel("2026-03-05")
    };
    s.receive_parcel(&n, &damaged, a, at("2026-03-05"))
        .expect("rejected");

    // F: application, no parcel: expired on the 20th (4.2).
    let n = create(&mut s, Arrival::MailIn, 6, "2026-03-02");
    s.expire_application(&n, day("2026-03-20"), a, at("2026-03-20"))
        .expect("expired");

    // G: a parcel with no application, taken in as unsolicited (4.3).
    s.record_parcel_without_application(
        &new_case(Arrival::MailIn, 7, "2026-03-10"),
        &parcel("2026-03-10"),
        None,
        &p,
        a,
        at("2026-03-10"),
    )
    .expect("unsolicited");

    // H: February's walk-in, quote accepted 3 Feb (due 3 Mar), sent back unpaid 10 Mar.
    let n = create(&mut s, Arrival::WalkIn, 8, "2026-02-01");
    s.diagnose(&n, &paid, &p, day("2026-02-02"), a, at("2026-02-02"))
        .expect("diagnose");
    s.send_quote(&n, &quote(7_000), day("2026-02-02"), a, at("2026-02-02"))
        .expect("quote");
    s.accept_quote(&n, day("2026-02-03"), a, at("2026-02-03"))
        .expect("accept");
    s.return_overdue_payment(&n, day("2026-03-10"), a, at("2026-03-10"))
        .expect("overdue");

    // I: February's walk-in, quote accepted 12 Feb (due 12 Mar), still unpaid on 31 Mar.
    let n = create(&mut s, Arrival::WalkIn, 9, "2026-02-10");
    s.diagnose(&n, &paid, &p, day("2026-02-10"), a, at("2026-02-10"))
        .expect("diagnose");
    s.send_quote(&n, &quote(8_000), day("2026-02-11"), a, at("2026-02-11"))
        .expect("quote");
    s.accept_quote(&n, day("2026-02-12"), a, at("2026-02-12"))
        .expect("accept");

    // J: walk-in, quote sent 12 Mar, no answer: sent back on the 30th (2.3).
    let n = create(&mut s, Arrival::WalkIn, 10, "2026-03-11");
    s.diagnose(&n, &paid, &p, day("2026-03-11"), a, at("2026-03-11"))
        .expect("diagnose");
    s.send_quote(&n, &quote(4_000), day("2026-03-12"), a, at("2026-03-12"))
        .expect("quote");
    s.return_unanswered(&n, day("2026-03-30"), a, at("2026-03-30"))
        .expect("unanswered");

    // K: walk-in, proof of purchase asked for on the 13th (2.3).
    let n = create(&mut s, Arrival::WalkIn, 11, "2026-03-12");
    s.ask_for_proof(&n, day("2026-03-13"), a, at("2026-03-13"))
        .expect("proof asked");

    Some((db, s))
}

on_both_engines! {
fn the_figures_match_what_the_store_wrote(engine engine) {
    let Some((_db, store)) = march_at_the_desk(engine) else {
        return;
    };
    let month = Month::new(2026, 3).expect("March");
    let cases = store
        .outlines_for_report(month.first_day(), month.last_day())
        .expect("cases for the report");
    // The outlines read are those of the same cases read whole, in the same order.
    let whole = store
        .cases_for_report(month.first_day(), month.last_day())
        .expect("whole cases");
    assert_eq!(
        cases,
        whole.iter().map(CaseOutline::of).collect::<Vec<_>>()
    );
    let f = monthly(&cases, month, day("2026-04-02"));

    assert_eq!(
        f.opened,
        Opened {
            walk_in: 5,
            mail_in: 4
        }
    );
    // Diagnosed: A free; B, C, J paid. Still provisional at intake: D, E, F, G, K.
    assert_eq!(f.verdicts.count(Verdict::Free), 6, "{:?}", f.verdicts);
    assert_eq!(f.verdicts.free_provisional, 5);
    assert_eq!(f.verdicts.count(Verdict::Paid), 3);
    assert_eq!(f.verdicts.undecided, 0);
    assert_eq!(
        f.turned_away,
        TurnedAway {
            refused_cash_on_delivery: 1,
            rejected_damaged: 1,
            ..TurnedAway::default()
        }
    );
    assert_eq!(f.applications_expired, 1);
    assert_eq!(
        f.unsolicited,
        Unsolicited {
            no_application: 1,
            application_expired: 0
        }
    );
    // B's revised quote is one quote; its part payment is not a second acceptance.
    assert_eq!(
        f.quotes,
        Quotes {
            sent: 3,
            accepted: 1,
            declined: 1,
            unanswered: 1,
        }
    );
    assert_eq!(f.proofs_requested, 1);
    assert_eq!(
        f.returns,
        Returns {
            repaired: 2,
            quote_declined: 1,
            ..Returns::default()
        }
    );
    assert_eq!(
        f.turnaround,
        Turnaround {
            devices: 3,
            median_days: Some(4),
            p90_days: Some(9),
            longest_days: Some(9),
        }
    );
    assert_eq!(f.revenue.len(), 1);
    assert_eq!(f.revenue[0].amount, eur(11_000));
    assert_eq!(f.revenue[0].payments, 2);
    assert_eq!(
        f.overdue,
        Overdue {
            cases: 1,
            outstanding: vec![eur(8_000)],
            sent_back: 1,
        }
    );
    assert_eq!(f.top_models.len(), 1);
    assert_eq!(f.top_models[0].cases, 9);
}
}

on_both_engines! {
/// A payment overdue at a month's end (2.6) still counts in that month's report after
/// the customer paid late, though nothing happened to the case during the month.
fn an_overdue_payment_paid_later_still_counts_in_its_month(engine engine) {
    let Some((_db, mut s)) = engine.store() else {
        return;
    };
    let p = Policy::shipped();
    let a = "desk";
    let n = s
        .create_case(
            &new_case(Arrival::WalkIn, 1, "2026-01-05"),
            &p,
            a,
            at("2026-01-05"),
        )
        .expect("create")
        .number;
    let paid = diagnosis(Cause::ManMade, "screen");
    s.diagnose(&n, &paid, &p, day("2026-01-06"), a, at("2026-01-06"))
        .expect("diagnose");
    s.send_quote(&n, &quote(9_000), day("2026-01-07"), a, at("2026-01-07"))
        .expect("quote");
    // Payment notice on 20 January: due 20 February, overdue at the end of February.
    s.accept_quote(&n, day("2026-01-20"), a, at("2026-01-20"))
        .expect("accept");
    // Paid late, in March: no event at all in February.
    s.record_payment(&n, &payment(9_000, "2026-03-03"), a, at("2026-03-03"))
        .expect("late payment");

    let february = Month::new(2026, 2).expect("month");
    let cases = s
        .cases_for_report(february.first_day(), february.last_day())
        .expect("cases");
    assert!(
        cases.iter().any(|case| case.number == n),
        "the overdue case is read"
    );
    let outlines = s
        .outlines_for_report(february.first_day(), february.last_day())
        .expect("outlines");
    assert_eq!(outlines.len(), cases.len());
    let figures = monthly(&outlines, february, day("2026-11-23"));
    assert_eq!(figures.overdue.cases, 1, "{:?}", figures.overdue);
}
}
