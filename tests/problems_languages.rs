//! Problems and refusals in the reader's language (docs/rules.md §13): a refused step, a
//! field the store will not take, an import file's bad rows, a date that does not exist,
//! a server that cannot be reached. Each is said in Chinese with Chinese words (the
//! field's key after its Chinese name, the clause kept), and in English exactly as
//! before, which is also what logs keep (`Display`).

mod store_common;

use fixdesk::domain::dates::parse_date_checked;
use fixdesk::domain::staff::{Role, Secret, SecretKind};
use fixdesk::domain::{Currency, Language, Money, Step};
use fixdesk::report::Month;
use fixdesk::store::{ImportError, Store, StoreError, parse_import};
use store_common::*;

fn has_chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// The error in both languages: English as `Display` says it, Chinese with Chinese in it.
fn both(err: &StoreError) -> (String, String) {
    let en = err.say(Language::English.words());
    let zh = err.say(Language::Chinese.words());
    assert_eq!(en, err.to_string(), "English is what it was");
    assert!(has_chinese(&zh), "Chinese: {zh}");
    (en, zh)
}

/// A walk-in case asked for proof (2.3): waiting for the customer, with no quote sent.
fn waiting_without_quote(store: &mut Store) -> fixdesk::domain::CaseNumber {
    let number = open_case(
        store,
        &walk_in("Ann Lee", "SN-PL-1", "2026-03-02"),
        &policy(),
        "2026-03-02",
    );
    store
        .apply(
            Some(&number),
            &Step::AskForProof,
            &policy(),
            day("2026-03-02"),
            "ana",
            at("2026-03-02"),
        )
        .expect("ask for proof");
    number
}

#[test]
fn a_refused_step_is_said_in_chinese_with_its_clause_and_in_english_as_before() {
    let (_dir, mut store) = temp_store();
    let number = waiting_without_quote(&mut store);
    let err = refused(&mut store, &number, |s| {
        s.apply(
            Some(&number),
            &Step::AcceptQuote(day("2026-03-03")),
            &policy(),
            day("2026-03-03"),
            "ana",
            at("2026-03-03"),
        )
    });
    let (en, zh) = both(&err);
    assert_eq!(
        en,
        format!("case {number}: no quote has been sent to accept (2.2)")
    );
    assert!(zh.contains("报价单") && zh.contains("（2.2）"), "{zh}");
    assert!(zh.contains(&number.to_string()), "{zh}");
    assert!(!zh.contains("no quote"), "{zh}");
}

#[test]
fn a_date_before_the_step_it_follows_names_the_field_in_chinese_and_keeps_the_dates() {
    let (_dir, mut store) = temp_store();
    let number = open_case(
        &mut store,
        &mail_in("APP-PL-1", "Ann Lee", "SN-PL-4", "2026-03-01"),
        &policy(),
        "2026-03-01",
    );
    let parcel = parcel_with("2026-02-27", fixdesk::domain::Handover::default());
    let err = refused(&mut store, &number, |s| {
        s.apply(
            Some(&number),
            &Step::Receive(parcel),
            &policy(),
            day("2026-03-02"),
            "ana",
            at("2026-03-02"),
        )
    });
    let (en, zh) = both(&err);
    assert_eq!(
        en,
        "received_on: 2026-02-27 is before the application date (2026-03-01)"
    );
    // The dates as typed (YYYY-MM-DD), the field's key after its Chinese name.
    assert_eq!(
        zh,
        "收件日期（received_on）：2026-02-27 早于维修申请日期（2026-03-01）"
    );
}

#[test]
fn a_steps_input_is_said_in_chinese() {
    let (_dir, mut store) = temp_store();
    let number = waiting_without_quote(&mut store);
    let err = refused(&mut store, &number, |s| {
        s.apply(
            Some(&number),
            &Step::Payment(fixdesk::domain::case::Payment {
                amount: eur(0),
                paid_on: day("2026-03-03"),
                method: "cash".into(),
            }),
            &policy(),
            day("2026-03-03"),
            "ana",
            at("2026-03-03"),
        )
    });
    let (en, zh) = both(&err);
    assert_eq!(en, "amount: must be more than zero");
    assert_eq!(zh, "金额（amount）：必须大于零");
}

#[test]
fn an_intake_without_a_name_names_the_field_in_chinese() {
    let (_dir, mut store) = temp_store();
    let err = store
        .create_case(
            &walk_in("", "SN-PL-2", "2026-03-02"),
            &policy(),
            "ana",
            at("2026-03-02"),
        )
        .expect_err("no name");
    let (en, zh) = both(&err);
    assert_eq!(en, "name: missing (required)");
    assert_eq!(zh, "姓名（name）：缺少（必填）");

    let mut new = walk_in("Ann Lee", "SN-PL-3", "2026-03-02");
    new.customer.phone = "12".into();
    let err = store
        .create_case(&new, &policy(), "ana", at("2026-03-02"))
        .expect_err("a short phone");
    let (en, zh) = both(&err);
    assert_eq!(en, "phone: '12' has fewer than 6 digits");
    assert!(
        zh.starts_with("电话（phone）：") && zh.contains("“12”"),
        "{zh}"
    );
}

#[test]
fn an_import_files_bad_rows_are_said_in_chinese_by_line_and_column() {
    let text = "application_id,applied_on,name,phone,email,address,return_address,model,serial,purchase_channel,invoice_date,fault,keep_parts\n\
                A1,2026-03-01,Ann Lee,,,1 High St,,Aurora A5,SN1,authorized,,Screen dark,no\n\
                A2,31/02/2026,Bo Chen,0123456789,,2 High St,,Aurora A5,SN2,grey market,,Battery,maybe\n";
    let Err(ImportError::Rows(problems)) = parse_import(text) else {
        panic!("the rows are bad");
    };
    let en = Language::English.words();
    let zh = Language::Chinese.words();
    for problem in &problems {
        assert_eq!(
            en.row_problem(problem.line, &problem.field, &problem.problem),
            problem.to_string(),
            "English is what the command line printed"
        );
    }
    let said: Vec<String> = problems
        .iter()
        .map(|p| zh.row_problem(p.line, &p.field, &p.problem))
        .collect();
    let all = said.join("\n");
    assert!(
        all.contains("第 2 行：电话（phone）：缺少（必填）"),
        "{all}"
    );
    assert!(
        all.contains("第 3 行：申请日期（applied_on）：“31/02/2026”不是日期"),
        "{all}"
    );
    assert!(all.contains("购买渠道（purchase_channel）"), "{all}");
    assert!(!all.contains("missing (required)"), "{all}");

    // A misspelt column: the columns expected are listed as the program writes them.
    let Err(ImportError::Rows(problems)) = parse_import("application_id,phon\nA1,1\n") else {
        panic!("the header is bad");
    };
    let unknown = problems
        .iter()
        .find(|p| p.field == "phon")
        .expect("the unknown column");
    let said = zh.row_problem(unknown.line, &unknown.field, &unknown.problem);
    assert!(
        said.contains("未知的列") && said.contains("application_id, applied_on, name"),
        "{said}"
    );
}

#[test]
fn a_date_a_month_and_an_amount_that_cannot_be_are_said_in_chinese() {
    let en = Language::English.words();
    let zh = Language::Chinese.words();

    let err = parse_date_checked("31.02.2026").expect_err("no 31 February");
    assert_eq!(en.problem(&err.note()), err.to_string());
    assert_eq!(en.problem(&err.note()), "31.02.2026: February has no 31st");
    assert_eq!(zh.problem(&err.note()), "31.02.2026：2 月没有 31 日");
    let err = parse_date_checked("29.02.2027").expect_err("not a leap year");
    assert_eq!(en.problem(&err.note()), err.to_string());
    assert!(zh.problem(&err.note()).contains("不是闰年"));

    let err = Month::parse("2026-13").expect_err("no month 13");
    assert_eq!(en.problem(&err.note()), err.to_string());
    assert!(zh.problem(&err.note()).contains("月份 13"));

    let eur = Currency::new("EUR").expect("EUR");
    let err = Money::parse("12,5,0x", eur).expect_err("not an amount");
    assert_eq!(en.problem(&err.note()), err.to_string());
    assert!(zh.problem(&err.note()).contains("不是金额"));
}

#[test]
fn a_staff_rule_is_said_in_chinese() {
    let (_dir, mut store) = temp_store();
    let err = store
        .add_staff(
            "Maria",
            &[Role::Manager],
            SecretKind::Pin,
            &Secret::new("12"),
            at("2026-03-02"),
        )
        .expect_err("a PIN too short");
    let (en, zh) = both(&err);
    assert_eq!(en, "pin: a PIN is 4 to 12 digits");
    assert!(
        zh.contains("PIN 码（pin）") && zh.contains("4 到 12 位数字"),
        "{zh}"
    );
}

#[test]
fn a_server_that_cannot_be_reached_is_said_in_chinese() {
    // Nothing listens on port 1: the connection is refused at once, no server needed.
    let err = Store::connect("host=127.0.0.1 port=1 user=desk dbname=center connect_timeout=5")
        .expect_err("nothing listens there");
    assert!(matches!(err, StoreError::Server(_)), "{err}");
    let (en, zh) = both(&err);
    assert_eq!(
        en,
        "database \"center\" on 127.0.0.1:1: the center's server cannot be reached: check the network and that the server is running, then try again"
    );
    assert!(
        zh.contains("127.0.0.1:1") && zh.contains("“center”") && zh.contains("无法连接中心服务器"),
        "{zh}"
    );
    assert!(!zh.contains("cannot be reached"), "{zh}");

    let err = Store::connect("postgresql://[").expect_err("not an address");
    let (_, zh) = both(&err);
    assert!(zh.contains("无法识别中心服务器的地址"), "{zh}");
}
