//! The search keys of a case (what [`Store::search`](super::Store::search) finds it
//! by): its serials, phone, e-mail and the words of the customer's name, each folded the
//! way a search folds what is typed. A name in a script written without spaces between
//! words (Chinese, Japanese, Korean) is keyed whole under `n` (so its first characters,
//! a surname, find it) and by every run of two or more of its characters under `c` (so
//! any two consecutive characters find it: 王小明 by 小明). Kept apart from reading, writing and searching,
//! which all use them, so none of those needs another.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::domain::Case;

/// The kind tags that start every key in `search_keys`.
pub(crate) const SERIAL_TAG: char = 's';
pub(crate) const PHONE_TAG: char = 'p';
pub(crate) const EMAIL_TAG: char = 'e';
pub(crate) const NAME_TAG: char = 'n';
/// A run of two or more characters of a name in a script written without spaces, from
/// any position of the name to its end ("小明" of 王小明): a prefix range over these is a
/// search for any consecutive characters of the name.
pub(crate) const PART_TAG: char = 'c';

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
/// ("Álvarez-Núñez" is two words, "O'Brien" too), folded, each once. A run of characters
/// of a script written without spaces is a word of its own ("Anna王" is "anna" and "王").
pub fn name_words(name: &str) -> Vec<String> {
    let mut words: Vec<String> = name_pieces(name)
        .into_iter()
        .map(|(_, word)| word)
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// Whether a character belongs to a script written without spaces between words, whose
/// names are searched by their consecutive characters: Han (CJK ideographs and their
/// extensions), Hiragana, Katakana and Hangul syllables.
pub fn unspaced(c: char) -> bool {
    matches!(u32::from(c),
        0x3005..=0x3007
        | 0x3040..=0x30FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xAC00..=0xD7AF
        | 0xF900..=0xFAFF
        | 0x20000..=0x3134F)
}

/// The pieces of a name or a search text: each word split into runs of unspaced and of
/// other characters; the first folded ([`fold_word`]), the second only composed (NFC:
/// folding would break a Hangul syllable into its letters). `true` marks an unspaced run.
fn name_pieces(text: &str) -> Vec<(bool, String)> {
    let text: String = text.nfc().collect();
    let mut pieces = Vec::new();
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        let mut rest = word;
        while let Some(first) = rest.chars().next() {
            let kind = unspaced(first);
            let end = rest
                .char_indices()
                .find(|(_, c)| unspaced(*c) != kind)
                .map_or(rest.len(), |(at, _)| at);
            let (run, after) = rest.split_at(end);
            rest = after;
            let piece = if kind {
                run.to_string()
            } else {
                fold_word(run)
            };
            if !piece.is_empty() {
                pieces.push((kind, piece));
            }
        }
    }
    pieces
}

/// The `n` and `c` keys of a name: each word under `n`, and for a run of unspaced
/// characters also every part of it of two or more characters that ends where it ends,
/// under `c` (王小明: n王小明, c王小明, c小明); each once.
pub fn name_keys(name: &str) -> Vec<String> {
    let mut keys = Vec::new();
    for (kind, piece) in name_pieces(name) {
        keys.push(tagged(NAME_TAG, &piece));
        if kind {
            let starts: Vec<usize> = piece.char_indices().map(|(at, _)| at).collect();
            for &at in starts.iter().take(starts.len().saturating_sub(1)) {
                keys.push(tagged(PART_TAG, &piece[at..]));
            }
        }
    }
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// The name keys fixdesk made before names were keyed by script (each word whole, folded):
/// what a migration replaces for a name written without spaces.
pub(crate) fn legacy_name_keys(name: &str) -> Vec<String> {
    let mut words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| tagged(NAME_TAG, &fold_word(w)))
        .filter(|w| w.len() > 1)
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
    keys.extend(name_keys(name));
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

/// The typed words of a name search, each as the tag and prefix of the keys it must
/// match (every one must match a key of the case, in any order): a word of letters is
/// the prefix of a word of the name (`n`); one unspaced character the first of a name
/// (`n`: a surname, "王"); two or more the start of any part of one (`c`: "小明").
pub(crate) fn name_prefixes(text: &str) -> Vec<(char, String)> {
    let mut words: Vec<(char, String)> = name_pieces(text)
        .into_iter()
        .map(|(kind, piece)| {
            let tag = if kind && piece.chars().nth(1).is_some() {
                PART_TAG
            } else {
                NAME_TAG
            };
            (tag, piece)
        })
        .collect();
    words.sort_unstable();
    words.dedup();
    // The longest words narrow the most.
    words.sort_by_key(|(_, w)| std::cmp::Reverse(w.chars().count()));
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
        assert_eq!(
            name_prefixes("jo  smi"),
            [(NAME_TAG, "smi".into()), (NAME_TAG, "jo".into())]
        );
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
    fn an_unspaced_name_is_keyed_whole_and_by_its_parts() {
        assert_eq!(name_keys("王小明"), ["c小明", "c王小明", "n王小明"]);
        assert_eq!(name_keys("王"), ["n王"]);
        // Latin words are keyed as they always were; a mixed word splits by script.
        assert_eq!(name_keys("Ann Lee"), ["nann", "nlee"]);
        assert_eq!(name_keys("Anna王明"), ["c王明", "nanna", "n王明"]);
        assert_eq!(name_words("约翰·史密斯"), ["史密斯", "约翰"]);
        assert_eq!(
            name_prefixes("小明"),
            [(PART_TAG, "小明".to_string())],
            "two characters: any part"
        );
        assert_eq!(
            name_prefixes("王"),
            [(NAME_TAG, "王".to_string())],
            "one: the surname"
        );
        // Hangul is kept composed: a syllable is one character.
        assert_eq!(name_keys("김민수"), ["c김민수", "c민수", "n김민수"]);
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
