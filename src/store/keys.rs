//! The search keys of a case (what [`Store::search`](super::Store::search) finds it
//! by): its serials, phone, e-mail and the words of the customer's name, each folded the
//! way a search folds what is typed. Kept apart from reading, writing and searching,
//! which all use them, so none of those needs another.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::domain::Case;

/// The kind tags that start every key in `search_keys`.
pub(crate) const SERIAL_TAG: char = 's';
pub(crate) const PHONE_TAG: char = 'p';
pub(crate) const EMAIL_TAG: char = 'e';
pub(crate) const NAME_TAG: char = 'n';

/// A serial as searched: letters and digits only, lower case ("SN-001 a" → "sn001a").
pub fn serial_key(serial: &str) -> String {
    serial
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A phone as searched: its digits, reversed, so "ends with" is an index prefix range.
pub fn phone_key(phone: &str) -> String {
    phone.chars().rev().filter(char::is_ascii_digit).collect()
}

/// An e-mail address as searched: trimmed, lower case; `None` when blank.
pub fn email_key(email: &str) -> Option<String> {
    let key = email.trim().to_lowercase();
    (!key.is_empty()).then_some(key)
}

/// One word as searched: lower case, accents and other combining marks removed
/// ("Álvarez" → "alvarez"), as SQLite's `unicode61 remove_diacritics 2` tokenizer folds.
pub fn fold_word(word: &str) -> String {
    word.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The words of a name as searched: split at anything not a letter or digit
/// ("Álvarez-Núñez" is two words, "O'Brien" too), folded, each once.
pub fn name_words(name: &str) -> Vec<String> {
    let mut words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(fold_word)
        .filter(|w| !w.is_empty())
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

pub(crate) fn tagged(tag: char, key: &str) -> String {
    let mut out = String::with_capacity(key.len() + 1);
    out.push(tag);
    out.push_str(key);
    out
}

/// Every `search_keys` key of a case: its serial, phone, e-mail and each word of the
/// customer's name, tagged by kind; blank keys are left out, duplicates removed.
pub fn case_keys(serial: &str, phone: &str, email: Option<&str>, name: &str) -> Vec<String> {
    let mut keys = Vec::with_capacity(6);
    let serial = serial_key(serial);
    if !serial.is_empty() {
        keys.push(tagged(SERIAL_TAG, &serial));
    }
    let phone = phone_key(phone);
    if !phone.is_empty() {
        keys.push(tagged(PHONE_TAG, &phone));
    }
    if let Some(email) = email.and_then(email_key) {
        keys.push(tagged(EMAIL_TAG, &email));
    }
    keys.extend(name_words(name).iter().map(|w| tagged(NAME_TAG, w)));
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// Every key of a stored case: [`case_keys`] plus the serial given in the application,
/// when the device received carried another (both find the case, 2.4).
pub(crate) fn keys_of(case: &Case) -> Vec<String> {
    with_applied_serial(
        case_keys(
            &case.device.serial,
            &case.customer.phone,
            case.customer.email.as_deref(),
            &case.customer.name,
        ),
        case.applied_serial.as_deref(),
    )
}

/// The keys of a case whose customer's data was removed (3.7): its serials only, which
/// belong to the device, not a person.
pub(crate) fn device_keys(case: &Case) -> Vec<String> {
    with_applied_serial(
        case_keys(&case.device.serial, "", None, ""),
        case.applied_serial.as_deref(),
    )
}

/// Adds the application's serial to a case's keys, in key order, each once.
pub(crate) fn with_applied_serial(mut keys: Vec<String>, applied: Option<&str>) -> Vec<String> {
    let applied = applied.map(serial_key).filter(|k| !k.is_empty());
    if let Some(key) = applied {
        keys.push(tagged(SERIAL_TAG, &key));
        keys.sort_unstable();
        keys.dedup();
    }
    keys
}

/// The fewest digits a phone search needs: fewer would match half the city.
pub(crate) const PHONE_MIN_DIGITS: usize = 6;
/// The fewest characters a serial prefix search needs.
pub(crate) const SERIAL_MIN_CHARS: usize = 4;

/// The upper bound of a prefix range over text: every string starting with `prefix`
/// sorts at or after `prefix` and before this.
pub(crate) fn prefix_end(prefix: &str) -> String {
    let mut end = prefix.to_string();
    end.push(char::MAX);
    end
}

/// The most words of a name search that are matched; more narrow nothing in practice.
const NAME_WORDS_MAX: usize = 4;

/// The typed words of a name search, folded: every one must be the prefix of a word of
/// the name (in any order).
pub(crate) fn name_prefixes(text: &str) -> Vec<String> {
    let mut words = name_words(text);
    // The longest words narrow the most.
    words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    words.truncate(NAME_WORDS_MAX);
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_applied_serial_is_a_key_too_once() {
        let keys = case_keys("AA5-999", "", None, "Ann");
        assert_eq!(
            with_applied_serial(keys.clone(), Some("AA5 500")),
            ["nann", "saa5500", "saa5999"]
        );
        assert_eq!(with_applied_serial(keys.clone(), Some("aa5999")), keys);
        assert_eq!(with_applied_serial(keys.clone(), Some(" - ")), keys);
        assert_eq!(with_applied_serial(keys.clone(), None), keys);
    }

    #[test]
    fn keys_ignore_spacing_and_case() {
        assert_eq!(serial_key(" SN-001/a "), "sn001a");
        assert_eq!(phone_key("+44 20 7946 4506"), "605464970244");
        assert!(phone_key("+44 20 7946 4506").starts_with(&phone_key("79464506")));
        assert_eq!(
            email_key("  Ann@Example.COM "),
            Some("ann@example.com".into())
        );
        assert_eq!(email_key("  "), None);
    }

    #[test]
    fn names_split_into_folded_words() {
        assert_eq!(
            name_words("José Álvarez-Núñez"),
            ["alvarez", "jose", "nunez"]
        );
        assert_eq!(name_words("Anna O'Brien anna"), ["anna", "brien", "o"]);
        assert_eq!(name_words("\"*) OR"), ["or"]);
        assert!(name_words(" -- ").is_empty());
        assert_eq!(fold_word("MÜLLER"), "muller");
        assert_eq!(name_prefixes("jo  smi"), ["smi", "jo"]);
    }

    #[test]
    fn a_case_has_one_key_per_kind_and_word() {
        assert_eq!(
            case_keys("SN-001", "+44 20 7946 4506", Some(" Ann@X.org"), "Ann Lee"),
            ["eann@x.org", "nann", "nlee", "p605464970244", "ssn001"]
        );
        assert_eq!(case_keys("", "", None, "Ann"), ["nann"]);
    }

    #[test]
    fn prefix_ranges_contain_their_prefixes() {
        let end = prefix_end("sn00");
        for key in ["sn00", "sn001", "sn00zz", "sn00ü"] {
            assert!(key >= "sn00" && key < end.as_str(), "{key}");
        }
        assert!("sn01" >= end.as_str());
    }
}
