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

/// A Chinese customer's export is in Chinese: its title, its captions and the history's
/// states; what was recorded (names, serials) as it was typed.
#[test]
fn a_chinese_customers_export_is_in_chinese() {
    if !chinese_font() {
        return;
    }
    let mut case = walk_in();
    case.customer.language = fixdesk::domain::Language::Chinese;
    case.customer.name = "王小明".into();
    let mut opened = ev("2026-03-02T10:00:00Z", None, case.state, "1.1");
    opened.desk = "Counter 1".into();
    case.events.push(opened);
    let pdf = personal_data(
        "电话 +44 7700 900123",
        "Maria",
        &[case.clone()],
        &settings(Paper::A4),
        printed_at(),
    )
    .expect("the export");
    let text = lopdf_text(&pdf);
    for expected in [
        "所持有的个人数据",
        "历史记录",
        "王小明",
        "于 Counter 1",
        case.device.serial.as_str(),
    ] {
        has(&text, expected);
    }
    assert!(!text.contains("Personal data held"), "{text}");
}
