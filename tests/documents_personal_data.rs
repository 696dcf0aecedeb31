//! The readable export of a customer's personal data (3.7), read back: every case with
//! the customer's details, the device, payments and the whole history with who did each
//! step and where.

mod documents_support;

use documents_support::*;
use fixdesk::documents::personal_data::personal_data;
use fixdesk::domain::settings::Paper;

#[test]
fn the_export_holds_each_case_and_its_history() {
    let mut first = walk_in();
    let mut opened = ev("2026-03-02T10:00:00Z", None, first.state, "1.1");
    opened.actor = "Carl".into();
    opened.desk = "Counter 1".into();
    first.events.push(opened);
    let second = paid_repair_to_return();
    let pdf = personal_data(
        "name Ann Lee",
        "Maria",
        &[first.clone(), second.clone()],
        &settings(Paper::A4),
        printed_at(),
    )
    .expect("the export");
    keep_sample(&pdf, "personal-data-a4");
    let text = lopdf_text(&pdf);
    for expected in [
        "Personal data held",
        "name Ann Lee",
        "Exported by Maria",
        first.number.as_str(),
        second.number.as_str(),
        &first.customer.name,
        &first.customer.phone,
        &first.device.serial,
        "Carl at Counter 1",
        "History",
    ] {
        has(&text, expected);
    }
}
