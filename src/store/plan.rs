//! What a search text is looked up as, the same on every engine: the case number it may
//! be, the key ranges of its serial, phone and e-mail, and the words of a name. Each
//! engine turns the plan into its own SQL over `search_keys` and merges the answers with
//! [`newest_first`], so both engines find the same cases in the same order.

use super::CaseSummary;
use super::keys::{
    EMAIL_TAG, PHONE_MIN_DIGITS, PHONE_TAG, SERIAL_MIN_CHARS, SERIAL_TAG, email_key, name_prefixes,
    phone_key, prefix_end, serial_key, tagged,
};
use crate::domain::CaseNumber;

/// A search text's lookups. A key range is `[start, end)` over `search_keys.key`.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct SearchPlan {
    pub number: Option<CaseNumber>,
    /// Ranges searched each on its own (serial, phone, e-mail).
    pub ranges: Vec<(String, String)>,
    /// The name's words: a case matches when every one of these ranges does.
    pub name: Vec<(String, String)>,
}

/// The range of the keys of kind `tag` that start with `prefix`.
fn range(tag: char, prefix: &str) -> (String, String) {
    let start = tagged(tag, prefix);
    let end = prefix_end(&start);
    (start, end)
}

/// How `text` (trimmed, not empty) is looked up.
pub(crate) fn search_plan(text: &str) -> SearchPlan {
    let number = CaseNumber::parse(text);
    let mut ranges = Vec::new();
    let serial = serial_key(text);
    if serial.chars().count() >= SERIAL_MIN_CHARS {
        ranges.push(range(SERIAL_TAG, &serial));
    }
    // A phone is typed as digits with spaces, dashes, dots, brackets and a plus. A
    // national trunk "0" is not part of the international number: "020 7946 4506" finds
    // "+44 20 7946 4506".
    if text
        .chars()
        .all(|c| c.is_ascii_digit() || " +-./()".contains(c))
    {
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        let digits = digits.trim_start_matches('0');
        if digits.len() >= PHONE_MIN_DIGITS {
            ranges.push(range(PHONE_TAG, &phone_key(digits)));
        }
    }
    let mut name = Vec::new();
    if text.contains('@') {
        if let Some(email) = email_key(text) {
            ranges.push(range(EMAIL_TAG, &email));
        }
    } else if text.chars().any(char::is_alphabetic) && number.is_none() {
        // A case number is not a name: "SC-2026-000123" looks for no "sc" words.
        name = name_prefixes(text)
            .iter()
            .map(|(tag, word)| range(*tag, word))
            .collect();
    }
    SearchPlan {
        number,
        ranges,
        name,
    }
}

/// The answers of a plan's lookups merged: most recent activity first (ties: newest case
/// first, so the order is stable), each case once, at most `limit`.
pub(crate) fn newest_first(found: &mut Vec<CaseSummary>, limit: usize) {
    found.sort_by(|a, b| {
        b.last_activity
            .cmp(&a.last_activity)
            .then_with(|| b.number.cmp(&a.number))
    });
    found.dedup_by(|a, b| a.number == b.number);
    found.truncate(limit);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_is_looked_up_as_what_it_can_be() {
        let number = search_plan("SC-2026-000123");
        assert!(number.number.is_some());
        assert!(number.name.is_empty(), "a case number is not a name");
        assert_eq!(number.ranges.len(), 1, "its serial-like prefix");
        let phone = search_plan("020 7946 4506");
        assert_eq!(phone.ranges.len(), 2, "serial and phone: {phone:?}");
        assert_eq!(
            phone.ranges[1].0,
            tagged(PHONE_TAG, &phone_key("2079464506"))
        );
        let email = search_plan("Ann@Example.com");
        assert!(email.name.is_empty());
        assert!(email.ranges.iter().any(|(s, _)| s.starts_with(EMAIL_TAG)));
        let name = search_plan("jos mey");
        assert_eq!(name.name.len(), 2);
        assert_eq!(
            name.ranges,
            [(
                tagged(SERIAL_TAG, "josmey"),
                prefix_end(&tagged(SERIAL_TAG, "josmey"))
            )],
            "and as a serial"
        );
    }
}
