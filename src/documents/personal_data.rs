//! Everything the center holds on one customer, readable (3.7; docs/rules.md §10): the
//! PDF handed to a customer who asked, beside the JSON file of the same export. Per
//! case: the customer's details as recorded, the device, the fault, the proof, the
//! decision, payments, documents printed, photos kept, and the whole history with who
//! did each step and where.

use chrono::{DateTime, Utc};

use crate::domain::case::{Case, Handback};
use crate::domain::settings::Settings;

use super::common::{self, BODY, BODY_BOLD, PrintError, heading};
use crate::i18n::{Language, Words};

/// The export is in English for now: its words are not yet in the Fluent files.
const WORDS: fn() -> Words = || Language::English.words();

fn stamp(at: DateTime<Utc>) -> String {
    common::stamp(WORDS(), at)
}

/// The readable export of `cases`, found for `asked_for` (e.g. "phone +44 20 7946 0001"),
/// exported by `by` at `at`.
pub fn personal_data(
    asked_for: &str,
    by: &str,
    cases: &[Case],
    settings: &Settings,
    at: DateTime<Utc>,
) -> Result<Vec<u8>, PrintError> {
    let title = "Personal data held";
    let mut doc = common::sheet_about(
        WORDS(),
        title,
        asked_for,
        &settings.center,
        settings.paper,
        at,
    );
    doc.paragraph(
        BODY,
        &format!(
            "Everything {} holds on the customer found by {asked_for}, as asked under 3.7 of \
             the service agreement: {} cases. Exported by {by} on {}.",
            settings.center.name,
            cases.len(),
            stamp(at)
        ),
    );
    for case in cases {
        heading(
            &mut doc,
            &format!("CASE {} — {}", case.number, case.state.label()),
            12.0,
        );
        let customer = &case.customer;
        let mut lines = vec![
            format!("Customer: {}", customer.name),
            format!("Phone: {}", customer.phone),
            format!("E-mail: {}", customer.email.as_deref().unwrap_or("—")),
            format!("Address: {}", customer.address.replace('\n', ", ")),
        ];
        if let Some(address) = &customer.return_address {
            lines.push(format!("Return address: {}", address.replace('\n', ", ")));
        }
        lines.push(format!(
            "Device: {}, serial {}",
            case.device.model, case.device.serial
        ));
        lines.push(format!("Fault: {}", case.fault));
        if let Some(collected) = &case.handback {
            lines.push(format!("Handed back: {}", common_handback(collected)));
        }
        for payment in &case.payments {
            lines.push(format!(
                "Paid {} on {} ({})",
                payment.amount, payment.paid_on, payment.method
            ));
        }
        for printed in &case.documents {
            lines.push(format!(
                "Printed: {} on {} by {}",
                printed.kind.label(),
                stamp(printed.at),
                printed.by
            ));
        }
        if !case.photos.is_empty() {
            lines.push(format!("Photos kept: {}", case.photos.join(", ")));
        }
        for line in &lines {
            doc.paragraph(BODY, line);
        }
        doc.paragraph(BODY_BOLD, "History");
        for event in &case.events {
            let from = event
                .from
                .map(|state| format!("{} → ", state.label()))
                .unwrap_or_default();
            let desk = if event.desk.is_empty() {
                String::new()
            } else {
                format!(" at {}", event.desk)
            };
            doc.paragraph(
                BODY,
                &format!(
                    "{} · {}{desk} · {from}{} ({}) · {}",
                    stamp(event.at),
                    event.actor,
                    event.to.label(),
                    event.clause,
                    event.note
                ),
            );
        }
    }
    Ok(doc.to_pdf()?)
}

fn common_handback(handback: &Handback) -> String {
    match handback {
        Handback::Shipped { carrier, tracking } => {
            format!("shipped by {carrier}, tracking {tracking}")
        }
        Handback::Collected { by, id_checked } => format!(
            "collected by {by}{}",
            if *id_checked { ", ID checked" } else { "" }
        ),
    }
}
