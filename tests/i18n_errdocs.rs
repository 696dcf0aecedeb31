//! Documents, printing and customer e-mail in the reader's language (docs/rules.md §13):
//! what changed since a printing, the customer-message notes of a case's history, and
//! the errors of drawing, printing and sending, each said in Chinese with the English
//! unchanged.

use fixdesk::documents::printing::{Change, say};
use fixdesk::domain::Language;

#[test]
fn what_changed_since_a_printing_is_said_in_the_readers_language() {
    let changes = vec![
        Change {
            what: "serial".into(),
            old: "AA5-1".into(),
            new: "AA5-2".into(),
        },
        Change {
            what: "ID checked".into(),
            old: "no".into(),
            new: "yes".into(),
        },
    ];
    let zh = say(&changes, Language::Chinese.words());
    assert_eq!(zh, "序列号：AA5-1 → AA5-2；已核验身份证件：否 → 是");
    assert_eq!(
        say(&changes, Language::English.words()),
        "serial: AA5-1 → AA5-2; ID checked: no → yes"
    );
}
