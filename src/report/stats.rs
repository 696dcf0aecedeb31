//! Small statistics for the report: percentiles and "top N" rankings.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use crate::domain::policy::normalize_name;

/// The `p`-th percentile of `sorted` (ascending) by the **nearest-rank** method: the
/// value at 1-based rank ⌈p/100 × n⌉ (rank 1 when that is 0). `None` for an empty list.
///
/// Why nearest rank: the answer is always one of the measured values, so a turnaround
/// stays a whole number of days and reads as a promise the desk can check — "90 % of
/// devices went back within N days" is true of the cases counted. The median is the
/// 50th percentile by the same rule, so for an even count it is the *lower* middle
/// value (1, 2, 3, 4 → 2), not an average of the two (2.5).
pub fn nearest_rank(sorted: &[u32], p: u32) -> Option<u32> {
    if sorted.is_empty() {
        return None;
    }
    let n = sorted.len() as u64;
    let p = u64::from(p.min(100));
    // ⌈p·n / 100⌉ in integers: no floating-point rounding at the boundaries.
    let rank = (p * n).div_ceil(100).max(1);
    let index = usize::try_from(rank - 1).unwrap_or(usize::MAX);
    sorted.get(index).or(sorted.last()).copied()
}

/// A name with how many cases it appears on: a model, a faulty component.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Ranked {
    pub name: String,
    pub cases: u32,
}

/// Counts names that people typed, grouping spellings that differ only in case or
/// spacing ("X200", "x200 ", "X 200" are not the same model; "Pro  14" and "pro 14" are,
/// see [`normalize_name`]).
#[derive(Debug, Default)]
pub struct Tally<'a> {
    /// Each spelling as typed, with how often it came. A month has many cases but few
    /// distinct spellings, so they are only normalised and grouped when the ranking is
    /// asked for: counting allocates nothing per case.
    spellings: HashMap<&'a str, u32>,
}

impl<'a> Tally<'a> {
    /// Counts `name` once; blank names are not counted.
    pub fn add(&mut self, name: &'a str) {
        *self.spellings.entry(name).or_insert(0) += 1;
    }

    /// The `n` most frequent names, most frequent first; ties in alphabetical order
    /// (case-insensitive), so the output is stable.
    pub fn top(&self, n: usize) -> Vec<Ranked> {
        // Normalised name → (the spelling shown, count).
        let mut names: BTreeMap<String, (String, u32)> = BTreeMap::new();
        for (spelling, count) in &self.spellings {
            let key = normalize_name(spelling);
            if key.is_empty() {
                continue;
            }
            let shown = spelling.split_whitespace().collect::<Vec<_>>().join(" ");
            let entry = names.entry(key).or_insert_with(|| (shown.clone(), 0));
            // The spelling that sorts first is shown, whatever order the cases came in,
            // so the same data always prints the same report.
            if shown < entry.0 {
                entry.0 = shown;
            }
            entry.1 = entry.1.saturating_add(*count);
        }
        let mut all: Vec<(String, u32)> = names.into_values().collect();
        // `names` was in key order; a stable sort by count keeps it for ties.
        all.sort_by_key(|(_, cases)| std::cmp::Reverse(*cases));
        all.into_iter()
            .take(n)
            .map(|(name, cases)| Ranked { name, cases })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_on_known_lists() {
        let ten: Vec<u32> = (1..=10).collect();
        assert_eq!(nearest_rank(&ten, 50), Some(5));
        assert_eq!(nearest_rank(&ten, 90), Some(9));
        assert_eq!(nearest_rank(&ten, 91), Some(10));
        assert_eq!(nearest_rank(&ten, 100), Some(10));
        assert_eq!(nearest_rank(&ten, 0), Some(1));
        assert_eq!(nearest_rank(&[1, 2, 3, 4], 50), Some(2));
        assert_eq!(nearest_rank(&[1, 2, 3], 50), Some(2));
        assert_eq!(nearest_rank(&[7], 90), Some(7));
        assert_eq!(nearest_rank(&[], 50), None);
        // 20 values: p90 is rank 18.
        let twenty: Vec<u32> = (0..20).map(|i| i * 2).collect();
        assert_eq!(nearest_rank(&twenty, 90), Some(34));
    }

    #[test]
    fn ties_are_broken_alphabetically_and_spellings_grouped() {
        let mut tally = Tally::default();
        for name in [
            "Z1", "a5", "X200", "x200 ", "A5", "Pro  14", "pro 14", "  ", "B2",
        ] {
            tally.add(name);
        }
        let top = tally.top(3);
        let shown: Vec<(&str, u32)> = top.iter().map(|r| (r.name.as_str(), r.cases)).collect();
        assert_eq!(shown, [("A5", 2), ("Pro 14", 2), ("X200", 2)]);
        assert_eq!(tally.top(10).len(), 5, "the blank name is not counted");
    }
}
