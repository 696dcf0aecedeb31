//! The words: every message exists in every language, a translation uses only the
//! variables English passes, everything renders without a Fluent error or U+FFFD, the
//! glossary's terms are what docs/glossary.md says, and dates and money read as each
//! language writes them.

use chrono::NaiveDate;
use fixdesk::domain::{Currency, Money};
use fixdesk::i18n::{self, Language};

fn defined_ids(language: Language) -> Vec<(String, Vec<String>)> {
    i18n::defined(language)
}

#[test]
fn the_files_parse() {
    for language in Language::ALL {
        let errors = i18n::syntax_errors(language);
        assert!(errors.is_empty(), "{errors:#?}");
    }
}

#[test]
fn every_message_is_in_every_language() {
    let english = defined_ids(Language::English);
    for language in Language::ALL {
        let other = defined_ids(language);
        for (id, _) in &english {
            assert!(
                other.iter().any(|(o, _)| o == id),
                "{id} is in English but not in {}",
                language.code()
            );
        }
        for (id, _) in &other {
            assert!(
                english.iter().any(|(e, _)| e == id),
                "{id} is in {} but not in English",
                language.code()
            );
        }
    }
    let mut seen = std::collections::HashSet::new();
    for (id, _) in &english {
        assert!(seen.insert(id), "{id} is defined twice in English");
    }
}

/// A translation may leave a variable out (Chinese has no plural), but never use one the
/// code does not pass: that would print as an error at a desk.
#[test]
fn a_translation_uses_only_the_variables_the_code_passes() {
    let every = i18n::every_message();
    for language in Language::ALL {
        for (id, vars) in defined_ids(language) {
            let passed: &[&str] = every
                .iter()
                .find(|(e, _)| *e == id)
                .map_or(&[], |(_, args)| args);
            for var in vars {
                assert!(
                    passed.contains(&var.as_str()),
                    "{}: {id} uses ${var}, which the code does not pass",
                    language.code()
                );
            }
        }
    }
}

/// Every message the code asks for has words, and no words are left that nothing asks for.
#[test]
fn the_code_and_the_files_name_the_same_messages() {
    let english = defined_ids(Language::English);
    let every = i18n::every_message();
    for (id, _) in &every {
        assert!(
            english.iter().any(|(e, _)| e == id),
            "{id} is asked for in code but has no English words"
        );
    }
    for (id, _) in &english {
        assert!(
            every.iter().any(|(e, _)| e == id),
            "{id} is never asked for"
        );
    }
}

/// Every message the code can ask for, rendered in every language with sample arguments:
/// no Fluent error (which would fall back to English or show the id) and no U+FFFD.
#[test]
fn everything_renders_in_every_language() {
    for language in Language::ALL {
        for (id, args) in i18n::every_message() {
            let mut fluent_args = fluent_bundle::FluentArgs::new();
            for (n, arg) in args.iter().enumerate() {
                // Numbers make plural selectors choose; text fills the rest.
                if n % 2 == 0 {
                    fluent_args.set(*arg, fluent_bundle::FluentValue::from(2));
                } else {
                    fluent_args.set(*arg, fluent_bundle::FluentValue::from("x"));
                }
            }
            let text = i18n::format_strict(language, &id, Some(&fluent_args))
                .unwrap_or_else(|error| panic!("{}: {id}: {error}", language.code()));
            assert!(
                !text.contains('\u{FFFD}'),
                "{}: {id}: {text}",
                language.code()
            );
            assert!(!text.contains('\u{2068}'), "isolation marks in {id}");
        }
    }
}

#[test]
fn the_glossary_is_what_the_files_say() {
    let table = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/glossary.md"))
        .expect("docs/glossary.md");
    let rows: Vec<Vec<String>> = table
        .lines()
        .filter(|line| line.starts_with("| ") && !line.starts_with("| Term"))
        .map(|line| line.split('|').map(|c| c.trim().to_string()).collect())
        .collect();
    assert!(rows.len() >= 15, "the glossary lists the agreement's terms");
    for row in rows {
        let (term, english, chinese) = (&row[1], &row[2], &row[3]);
        for (language, expected) in [(Language::English, english), (Language::Chinese, chinese)] {
            let said = i18n::term(language, term)
                .unwrap_or_else(|| panic!("-{term} is not a term in {}", language.code()));
            assert_eq!(&said, expected, "-{term} in {}", language.code());
        }
    }
}

#[test]
fn dates_money_and_numbers_as_each_language_writes_them() {
    let day = NaiveDate::from_ymd_opt(2026, 3, 1).expect("a date");
    let en = Language::English.words();
    let zh = Language::Chinese.words();
    assert_eq!(en.date(day), "01.03.2026");
    assert_eq!(zh.date(day), "2026年3月1日");
    assert_eq!(en.date_long(day), "Sunday 1 March 2026");
    assert_eq!(zh.date_long(day), "2026年3月1日 星期日");
    let money = Money::new(123_450, Currency::new("EUR").expect("EUR"));
    assert_eq!(en.money(&money), "1,234.50 EUR");
    assert_eq!(zh.money(&money), "1,234.50 EUR");
    assert_eq!(en.number(-1_234_567), "-1,234,567");
    assert_eq!(
        zh.state(fixdesk::domain::State::AwaitingCustomer),
        "等待客户答复"
    );
    assert_eq!(zh.verdict(fixdesk::domain::Verdict::Free), "免费保修");
}

#[test]
fn a_language_is_read_from_its_code() {
    assert_eq!(Language::parse("zh-CN"), Some(Language::Chinese));
    assert_eq!(Language::parse(" EN_us "), Some(Language::English));
    assert_eq!(Language::parse("de"), None);
    assert!("de".parse::<Language>().unwrap_err().contains("en or zh"));
}

/// Customer messages: each language's default words use only the moment's fields, the
/// English words are those customers got before, and a manager's own wording goes only
/// to customers of the language it was written in.
#[test]
fn customer_messages_are_in_the_customers_language() {
    use fixdesk::domain::mail::{self, Moment, MomentSetting};
    for language in Language::ALL {
        for moment in Moment::ALL {
            let (subject, body) = language.words().mail_template(moment);
            assert!(
                mail::unknown_fields(&subject, moment).is_empty(),
                "{moment:?}"
            );
            assert!(
                mail::unknown_fields(&body, moment).is_empty(),
                "{moment:?} {body}"
            );
            for field in moment.fields() {
                assert!(!language.words().mail_field(field).is_empty(), "{field}");
            }
        }
    }
    let (subject, body) = Language::English.words().mail_template(Moment::Quote);
    assert_eq!(
        subject,
        "Quote for the repair of your {device} ({case_number})"
    );
    assert!(
        body.starts_with("Dear {customer_name},\n\nthe repair of your {device} is not covered")
    );
    assert!(body.ends_with("Kind regards,\n{center_name}"), "{body}");
    let (subject, _) = Language::Chinese.words().mail_template(Moment::Quote);
    assert_eq!(subject, "您的 {device} 维修报价单（{case_number}）");

    let mut settings = fixdesk::domain::Settings::default();
    settings.mail.moments.insert(
        Moment::Quote,
        MomentSetting {
            subject: "Our quote {case_number}".into(),
            ..MomentSetting::default()
        },
    );
    let english = settings
        .mail
        .template(Moment::Quote, &Language::English.words());
    assert_eq!(english.0, "Our quote {case_number}");
    let chinese = settings
        .mail
        .template(Moment::Quote, &Language::Chinese.words());
    assert_eq!(chinese.0, "您的 {device} 维修报价单（{case_number}）");
}

/// A desk keeps the language chosen for its window in its data folder; the command line
/// wins, and without either the desk follows the center's.
#[test]
fn a_desk_keeps_its_own_language() {
    use fixdesk::store::location::{desk_language, save_desk_language};
    let dir = tempfile::tempdir().expect("temp dir");
    assert_eq!(desk_language(dir.path(), None), None, "the center's");
    save_desk_language(dir.path(), Some(Language::Chinese)).expect("save");
    assert_eq!(desk_language(dir.path(), None), Some(Language::Chinese));
    assert_eq!(
        desk_language(dir.path(), Some(Language::English)),
        Some(Language::English),
        "--language wins"
    );
    save_desk_language(dir.path(), None).expect("back to the center's");
    assert_eq!(desk_language(dir.path(), None), None);
    std::fs::write(dir.path().join("desk-language.txt"), "klingon\n").expect("write");
    assert_eq!(
        desk_language(dir.path(), None),
        None,
        "an unknown code is ignored"
    );
}
