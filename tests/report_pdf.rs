//! The monthly report PDF (docs/rules.md §7), read back with lopdf: its pages, paper size,
//! title, figures, page numbers, and — above all — that no customer's name, phone,
//! e-mail or address from the cases reaches it (3.7).
//!
//! Set `FIXDESK_SAMPLE_DIR` to keep the sample reports there (with a PNG of their first
//! page), to look at them.

mod documents_support;

use documents_support::march::{busy_march, personal_data};
use documents_support::{bare, d, ev, keep_sample, lopdf_text, page_sizes};
use fixdesk::documents::monthly_report::monthly_report;
use fixdesk::domain::settings::{Center, Paper};
use fixdesk::domain::{Arrival, State};
use fixdesk::report::{Month, MonthlyFigures, monthly_of_cases};

fn center() -> Center {
    Center {
        name: "Northside Repair Centre".to_string(),
        address: "12 Mill Lane\nLeeds LS1 4AB".to_string(),
        phone: "+44 113 496 0000".to_string(),
        email: "desk@northside.example".to_string(),
        ..Center::default()
    }
}

fn march() -> Month {
    Month::new(2026, 3).expect("March 2026")
}

/// The busy March, made busier: the hand-made cases plus enough walk-ins spread over the
/// month that the report needs several pages.
fn busier_march() -> Vec<fixdesk::domain::Case> {
    let mut cases = busy_march();
    let models = [
        "X200", "Z1", "A5", "Pro 14", "B2", "Tab 8", "Watch S", "X300",
    ];
    let components = ["battery", "screen", "charging port", "mainboard", "camera"];
    for i in 0..140_u32 {
        let seq = 100 + i;
        let mut c = bare(seq, Arrival::WalkIn, models[(i * 7 % 8) as usize]);
        let day = 1 + (i * 13 % 31);
        c.events = vec![ev(
            &format!("2026-03-{day:02}T{:02}:15:00Z", 8 + i % 9),
            None,
            State::Received,
            "1.1",
        )];
        c.received_on = Some(d(&format!("2026-03-{day:02}")));
        c.diagnosis.component = Some(components[(i * 3 % 5) as usize].to_string());
        c.decision = documents_support::decided(
            [
                fixdesk::domain::Verdict::Free,
                fixdesk::domain::Verdict::Paid,
                fixdesk::domain::Verdict::Free,
                fixdesk::domain::Verdict::NeedsProof,
                fixdesk::domain::Verdict::Free,
                fixdesk::domain::Verdict::Ineligible,
            ][(i % 6) as usize],
            i % 4 == 0,
        );
        cases.push(c);
    }
    cases
}

fn busy_figures() -> (Vec<fixdesk::domain::Case>, MonthlyFigures) {
    let cases = busier_march();
    let figures = monthly_of_cases(&cases, march(), d("2026-04-02"));
    (cases, figures)
}

#[test]
fn a_busy_month_fills_several_a4_pages_with_its_figures() {
    let (_, figures) = busy_figures();
    let pdf = monthly_report(&figures, &center(), Paper::A4).expect("report");
    keep_sample(&pdf, "monthly-report-busy");
    let text = lopdf_text(&pdf);

    let pages = page_sizes(&pdf).len();
    assert!(pages >= 2, "{pages} pages");
    for (width, height) in page_sizes(&pdf) {
        assert!((width - 595.276).abs() < 0.5, "{width}");
        assert!((height - 841.89).abs() < 0.5, "{height}");
    }

    for expected in [
        "Monthly report",
        "March 2026",
        "Northside Repair Centre",
        "Page 1 of",
        &format!("Page {pages} of {pages}"),
        "Generated on 2 April 2026",
        "Cases opened per day",
        "Day of March 2026",
        "Verdict mix",
        "Parcels turned away at the door",
        "Refused: cash on delivery or freight collect",
        "Turnaround, received to returned",
        "Paid-repair revenue",
        "Overdue payments",
        "Top models",
        "Top faulty components",
        // Figures: revenue per currency, outstanding, the median turnaround.
        "151.50",
        "30.00",
        "40.01",
        "50.00",
        "23 days",
        "52 days",
    ] {
        assert!(text.contains(expected), "{expected:?} not in the report");
    }
    // The cases opened, as counted.
    assert!(
        text.contains(&figures.opened.total().to_string()),
        "total cases opened"
    );
}

#[test]
fn no_customer_personal_data_reaches_the_report() {
    let (cases, figures) = busy_figures();
    let pdf = monthly_report(&figures, &center(), Paper::A4).expect("report");
    let text = lopdf_text(&pdf);
    let personal = personal_data(&cases);
    assert!(personal.len() > 100);
    for item in personal {
        assert!(!text.contains(&item), "{item:?} is in the report");
    }
    // The fixtures' distinctive pieces, in case lopdf splits a line differently.
    for piece in [
        "Kowalczyk",
        "Privet",
        "Grimmauld",
        "example.org",
        "+44 7700",
    ] {
        assert!(!text.contains(piece), "{piece:?} is in the report");
    }
    // Nor does the raw PDF carry them (metadata, uncompressed strings).
    let raw = String::from_utf8_lossy(&pdf);
    assert!(!raw.contains("Kowalczyk"));
}

#[test]
fn letter_paper_is_letter_sized() {
    let (_, figures) = busy_figures();
    let pdf = monthly_report(&figures, &center(), Paper::Letter).expect("report");
    keep_sample(&pdf, "monthly-report-letter");
    let text = lopdf_text(&pdf);
    for (width, height) in page_sizes(&pdf) {
        assert!((width - 612.0).abs() < 0.5, "{width}");
        assert!((height - 792.0).abs() < 0.5, "{height}");
    }
    assert!(text.contains("Northside Repair Centre"));
}

#[test]
fn an_empty_month_says_so() {
    let figures = monthly_of_cases(&[], march(), d("2026-04-02"));
    let pdf = monthly_report(&figures, &center(), Paper::A4).expect("report");
    keep_sample(&pdf, "monthly-report-empty");
    let text = lopdf_text(&pdf);
    assert!(!page_sizes(&pdf).is_empty());
    assert!(text.contains("No cases in March 2026"), "{text}");
    assert!(text.contains("Northside Repair Centre"));
    assert!(text.contains("Page 1 of 1"));
    assert!(!text.contains("Verdict mix"), "no empty charts");
}

#[test]
fn a_quiet_month_with_no_case_opened_still_prints_what_happened() {
    // Only a device going back: no case opened, so no chart bars and no verdicts.
    let mut c = bare(1, Arrival::WalkIn, "X200");
    c.received_on = Some(d("2026-02-20"));
    c.events = vec![
        ev("2026-02-20T10:00:00Z", None, State::Received, "1.1"),
        ev(
            "2026-03-03T10:00:00Z",
            Some(State::Ready),
            State::Returned,
            "2.1",
        ),
    ];
    let figures = monthly_of_cases(&[c], march(), d("2026-04-02"));
    let pdf = monthly_report(&figures, &center(), Paper::A4).expect("report");
    keep_sample(&pdf, "monthly-report-quiet");
    let text = lopdf_text(&pdf);
    assert!(text.contains("No case was opened in March 2026"), "{text}");
    assert!(text.contains("No payment was received in March 2026"));
    assert!(text.contains("11 days"), "turnaround 20 Feb → 3 Mar");
}

#[test]
fn the_report_reads_the_same_every_time() {
    // printpdf gives every file a random /ID, so compare what is printed, not the bytes.
    let (_, figures) = busy_figures();
    let a = monthly_report(&figures, &center(), Paper::A4).expect("report");
    let b = monthly_report(&figures, &center(), Paper::A4).expect("report");
    let (ta, tb) = (lopdf_text(&a), lopdf_text(&b));
    assert_eq!(page_sizes(&a).len(), page_sizes(&b).len());
    assert!(ta == tb, "no clock, no randomness in the text");
    assert_eq!(a.len(), b.len());
}
