//! Everything the center holds on one customer, readable (3.7; docs/rules.md §10): the
//! PDF handed to a customer who asked, beside the JSON file of the same export. Per
//! case: the customer's details as recorded, the device, the fault, the proof, the
//! decision, payments, documents printed, photos kept, and the whole history with who
//! did each step and where.

use chrono::{DateTime, Utc};

use crate::domain::case::{Case, Handback};
use crate::domain::settings::Settings;

use super::common::{self, BODY, BODY_BOLD, PrintError, heading};
use crate::i18n::Words;

/// The readable export of `cases`, found for `asked_for` (e.g. "phone +44 20 7946 0001"),
/// exported by `by` at `at`.
pub fn personal_data(
    asked_for: &str,
    by: &str,
    cases: &[Case],
    settings: &Settings,
    at: DateTime<Utc>,
) -> Result<Vec<u8>, PrintError> {
    // In the customer's language (all the cases found are one customer's), else the
    // center's.
    let w = cases
        .first()
        .map_or(settings.language, |case| case.customer.language)
        .words();
    let stamp = |at: DateTime<Utc>| common::stamp(w, at);
    let title = w.pd_title();
    let mut doc = common::sheet_about(w, &title, asked_for, &settings.center, settings.paper, at);
    doc.paragraph(
        BODY,
        &w.pd_intro(
            settings.center.name.as_str(),
            asked_for,
            cases.len(),
            by,
            stamp(at),
        ),
    );
    for case in cases {
        heading(
            &mut doc,
            &w.pd_case(case.number.to_string(), w.state(case.state)),
            12.0,
        );
        let customer = &case.customer;
        let mut lines = vec![
            w.pd_customer(customer.name.as_str()),
            w.pd_phone(customer.phone.as_str()),
            w.pd_email(customer.email.as_deref().unwrap_or("—")),
            w.pd_address(customer.address.replace('\n', ", ")),
        ];
        if let Some(address) = &customer.return_address {
            lines.push(w.pd_return_address(address.replace('\n', ", ")));
        }
        lines.push(w.pd_device(case.device.model.as_str(), case.device.serial.as_str()));
        lines.push(w.pd_fault(case.fault.as_str()));
        if let Some(collected) = &case.handback {
            lines.push(w.pd_handed_back(common_handback(w, collected)));
        }
        for payment in &case.payments {
            lines.push(w.pd_paid(
                payment.amount.to_string(),
                payment.paid_on.to_string(),
                payment.method.as_str(),
            ));
        }
        for printed in &case.documents {
            lines.push(w.pd_printed(
                w.document_kind(printed.kind).to_lowercase(),
                stamp(printed.at),
                printed.by.as_str(),
            ));
        }
        if !case.photos.is_empty() {
            lines.push(w.pd_photos(case.photos.join(", ")));
        }
        for line in &lines {
            doc.paragraph(BODY, line);
        }
        doc.paragraph(BODY_BOLD, &w.pd_history());
        for event in &case.events {
            let from = event
                .from
                .map(|state| format!("{} → ", w.state(state)))
                .unwrap_or_default();
            let desk = if event.desk.is_empty() {
                String::new()
            } else {
                format!(" {}", w.pd_at_desk(event.desk.as_str()))
            };
            doc.paragraph(
                BODY,
                &format!(
                    "{} · {}{desk} · {from}{} ({}) · {}",
                    stamp(event.at),
                    event.actor,
                    w.state(event.to),
                    event.clause,
                    w.event_note(event)
                ),
            );
        }
    }
    Ok(doc.to_pdf()?)
}

fn common_handback(w: Words, handback: &Handback) -> String {
    match handback {
        Handback::Shipped { carrier, tracking } => {
            w.pd_shipped(carrier.as_str(), tracking.as_str())
        }
        Handback::Collected {
            by,
            id_checked: true,
        } => w.pd_collected_checked(by.as_str()),
        Handback::Collected {
            by,
            id_checked: false,
        } => w.pd_collected(by.as_str()),
    }
}
