//! The center's settings and the warranty policy in the store: a round trip,
//! defaults for what is missing or damaged, the two values the store acts on kept in
//! step, and policy versions — a new one applies to new decisions only.

mod store_common;

use fixdesk::domain::policy::ModelPolicy;
use fixdesk::domain::settings::{
    Center, Form, LabelSize, Paper, PrintWhen, PrinterChoice, Printers, StickerSize, Theme,
};
use fixdesk::domain::{Currency, Policy, Settings, Verdict};
use fixdesk::store::{SETTINGS_KEY, Store};
use store_common::{at, temp_store, walk_in};

fn northside() -> Settings {
    Settings {
        center: Center {
            name: "Northside Device Repair".into(),
            address: "14 Harbour Street\nLeeds LS1 4AB".into(),
            phone: "+44 113 496 0000".into(),
            email: "desk@northside.example".into(),
            currency: Currency::new("GBP").expect("GBP"),
        },
        paper: Paper::Letter,
        label: LabelSize::Sheet,
        receipt_on_parcel: false,
        answer_days: 21,
        retention_months: 36,
        backups_kept: 7,
        theme: Theme::Dark,
        // A receipt printer on an 80 mm roll, asked first, in two copies: kept as chosen.
        printers: Box::new(Printers {
            receipt: PrinterChoice {
                printer: "Counter-80mm".into(),
                form: Form::Roll80,
                copies: 2,
                when: PrintWhen::AskFirst,
            },
            ..Printers::default()
        }),
        sticker: StickerSize {
            width_mm: 62,
            height_mm: 29,
        },
        // Customer e-mail on, the quote's message off, a payment reminder a week ahead:
        // kept as chosen (the password is not a setting: it stays in the data folder).
        mail: Box::new(fixdesk::domain::mail::MailSettings {
            on: true,
            server: "smtp.northside.example".into(),
            user: "desk@northside.example".into(),
            from_name: "Northside Device Repair".into(),
            from_address: "desk@northside.example".into(),
            reminder_days: 7,
            moments: [(
                fixdesk::domain::mail::Moment::Quote,
                fixdesk::domain::mail::MomentSetting {
                    on: false,
                    ..Default::default()
                },
            )]
            .into(),
            ..Default::default()
        }),
        lock_minutes: 5,
        // A center working in Chinese: kept as chosen.
        language: fixdesk::domain::Language::Chinese,
    }
}

#[test]
fn settings_round_trip_through_the_store() {
    let (dir, mut store) = temp_store();
    assert_eq!(store.settings().expect("defaults"), Settings::default());
    store.save_settings(&northside()).expect("save");
    assert_eq!(store.settings().expect("read"), northside());
    drop(store);
    let store = Store::open(dir.path()).expect("reopen");
    assert_eq!(store.settings().expect("read after reopening"), northside());
    // What the store acts on by itself follows the settings record.
    assert_eq!(store.answer_days().expect("answer days"), 21);
    assert_eq!(
        store
            .setting(fixdesk::store::SETTING_BACKUPS_KEPT)
            .expect("kept")
            .as_deref(),
        Some("7")
    );
}

on_both_engines! {
    fn a_missing_field_falls_back_to_its_default(store) {
        // An older fixdesk wrote no answer deadline, retention or theme.
        store
            .set_setting(
                SETTINGS_KEY,
                r#"{"center": {"name": "Northside Device Repair", "currency": "GBP"}, "paper": "letter"}"#,
            )
            .expect("older record");
        let settings = store.settings().expect("read");
        assert_eq!(settings.center.name, "Northside Device Repair");
        assert_eq!(settings.center.currency.code(), "GBP");
        assert_eq!(settings.paper, Paper::Letter);
        let defaults = Settings::default();
        assert_eq!(settings.answer_days, defaults.answer_days);
        assert_eq!(settings.retention_months, defaults.retention_months);
        assert_eq!(settings.backups_kept, defaults.backups_kept);
        assert_eq!(settings.theme, defaults.theme);
        assert_eq!(settings.label, defaults.label);
        assert_eq!(settings.center.email, "");
    }
}

on_both_engines! {
    fn a_damaged_record_never_stops_the_desk(store) {
        // One bad value: the rest of the record is kept.
        store
            .set_setting(
                SETTINGS_KEY,
                r#"{"center": {"name": "Northside", "currency": "pounds"}, "paper": "A3",
                    "answer_days": -4, "backups_kept": "seven", "theme": "dark"}"#,
            )
            .expect("damaged record");
        let settings = store.settings().expect("read");
        assert_eq!(settings.center.name, "Northside");
        assert_eq!(settings.center.currency.code(), "EUR");
        assert_eq!(settings.paper, Paper::A4);
        assert_eq!(settings.answer_days, 14);
        assert_eq!(settings.backups_kept, 14);
        assert_eq!(settings.theme, Theme::Dark);
        // Not an object at all: all defaults.
        store
            .set_setting(SETTINGS_KEY, "[1, 2, 3]")
            .expect("nonsense");
        assert_eq!(store.settings().expect("read"), Settings::default());
    }
}

#[test]
fn a_stored_decision_keeps_the_policy_version_it_was_made_under() {
    let (dir, mut store) = temp_store();
    let (v1, shipped) = store.policy().expect("policy on file");
    assert_eq!(v1, 1);
    // A model the shipped policy does not list: the default 12 months apply, so an
    // invoice 18 months old is out of warranty (2.4) and the repair is paid.
    let mut before = walk_in("Ann Lee", "HX-1", "2026-03-02");
    before.device.model = "Helios H1".into();
    if let Some(invoice) = before.proof.invoice.as_mut() {
        invoice.model = Some("Helios H1".into());
        invoice.date = Some(store_common::day("2024-09-01"));
    }
    let first = store
        .create_case(&before, &shipped, "ann", at("2026-03-02"))
        .expect("first case");
    let first_decision = first.decision.clone().expect("decided");
    assert_eq!(first_decision.policy_version, 1);
    assert_eq!(first_decision.decision.verdict, Verdict::Paid);

    // The manager adds the model with 24 months.
    let mut policy = shipped.clone();
    policy.models.insert(
        "Helios H1".into(),
        ModelPolicy {
            unit_months: Some(24),
            components: Default::default(),
        },
    );
    let v2 = store.save_policy(&policy, at("2026-03-03")).expect("save");
    assert_eq!(v2, 2);
    assert_eq!(store.policy().expect("current"), (2, policy.clone()));

    let mut after = before.clone();
    after.device.serial = "HX-2".into();
    if let Some(invoice) = after.proof.invoice.as_mut() {
        invoice.serial = Some("HX-2".into());
    }
    let second = store
        .create_case(&after, &policy, "ann", at("2026-03-04"))
        .expect("second case");
    let second_decision = second.decision.expect("decided");
    assert_eq!(second_decision.policy_version, 2);
    assert_eq!(second_decision.decision.verdict, Verdict::Free);

    // The first case still says what it said, under version 1, after reopening too.
    drop(store);
    let store = Store::open(dir.path()).expect("reopen");
    let reread = store
        .case(&first.number)
        .expect("read")
        .expect("the first case");
    assert_eq!(reread.decision, Some(first_decision));
}

on_both_engines! {
    fn an_invalid_policy_is_refused_naming_the_field(store) {
        let mut policy = Policy::shipped();
        policy.default_unit_months = 0;
        let err = store
            .save_policy(&policy, at("2026-03-03"))
            .expect_err("zero months");
        assert!(
            err.to_string().starts_with("policy.default_unit_months:"),
            "{err}"
        );
        assert_eq!(store.policy().expect("unchanged").0, 1);
    }
}
