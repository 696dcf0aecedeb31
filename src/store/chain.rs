//! Walking the event chain, the same on every engine: every hash, no gaps, the recorded
//! head, each case's history following on from state to state and ending where the case
//! stands. An engine feeds [`ChainWalk`] its cases and its events in id order.

use std::collections::HashMap;

use super::codec::{self, EventFields};
use super::{ChainProblem, ChainReport};
use crate::domain::CaseNumber;

/// The number of problems `verify` lists before it only counts.
const MAX_LISTED_PROBLEMS: usize = 50;

/// One stored event, as its hash covers it.
pub(crate) struct StoredEvent {
    pub id: i64,
    pub case_id: i64,
    pub at: i64,
    pub actor: String,
    pub from: Option<String>,
    pub to: String,
    pub clause: String,
    pub note: String,
    pub hash: Vec<u8>,
    pub desk: String,
    pub code: String,
    pub args: String,
}

impl StoredEvent {
    /// Its hash computed from its content and the previous event's hash.
    pub(crate) fn compute(&self, previous: &[u8]) -> [u8; 32] {
        codec::event_hash(
            previous,
            &EventFields {
                id: self.id,
                case_id: self.case_id,
                at: self.at,
                actor: &self.actor,
                from: self.from.as_deref(),
                to: &self.to,
                clause: &self.clause,
                note: &self.note,
                desk: &self.desk,
                code: &self.code,
                args: &self.args,
            },
        )
    }
}

/// The chain walked so far.
pub(crate) struct ChainWalk {
    /// Each case's number and state, by row id.
    cases: HashMap<i64, (CaseNumber, String)>,
    /// Where each case's history stands as the walk goes on.
    last_state: HashMap<i64, String>,
    previous: Vec<u8>,
    previous_id: i64,
    report: ChainReport,
    problem_count: usize,
}

impl ChainWalk {
    pub(crate) fn new(cases: HashMap<i64, (CaseNumber, String)>) -> Self {
        let capacity = cases.len();
        Self {
            cases,
            last_state: HashMap::with_capacity(capacity),
            previous: codec::GENESIS.to_vec(),
            previous_id: 0,
            report: ChainReport::default(),
            problem_count: 0,
        }
    }

    /// A problem found (the first ones listed, the rest counted).
    pub(crate) fn note(&mut self, event_id: i64, case: Option<CaseNumber>, problem: String) {
        self.problem_count += 1;
        if self.report.problems.len() < MAX_LISTED_PROBLEMS {
            self.report.problems.push(ChainProblem {
                event_id,
                case,
                problem,
            });
        }
    }

    /// The next event, in id order.
    pub(crate) fn event(&mut self, event: StoredEvent) {
        self.report.events += 1;
        let case = self.cases.get(&event.case_id).map(|(n, _)| n.clone());
        if event.id != self.previous_id + 1 {
            let text = format!(
                "events {} to {} are missing",
                self.previous_id + 1,
                event.id - 1
            );
            self.note(event.id, case.clone(), text);
        }
        if event.compute(&self.previous)[..] != event.hash[..] {
            self.note(
                event.id,
                case.clone(),
                "the event does not match its hash: it was changed, or one before it was".into(),
            );
        }
        if case.is_none() {
            self.note(event.id, None, "the event belongs to no case".into());
        }
        let before = self.last_state.get(&event.case_id).cloned();
        if before.as_deref() != event.from.as_deref() {
            let text = format!(
                "the event starts from '{}' but the case's history stood at '{}'",
                event.from.as_deref().unwrap_or("nothing"),
                before.as_deref().unwrap_or("nothing")
            );
            self.note(event.id, case, text);
        }
        self.last_state.insert(event.case_id, event.to);
        self.previous = event.hash;
        self.previous_id = event.id;
    }

    /// The recorded head (`None` when none is kept) against the newest event walked.
    pub(crate) fn head(&mut self, head: Option<(i64, Vec<u8>)>) {
        let at_head = match &head {
            Some((id, hash)) => *id == self.previous_id && *hash == self.previous,
            None => self.previous_id == 0,
        };
        if !at_head {
            self.note(
                self.previous_id,
                None,
                "the newest event is not the recorded head of the history: events were removed or added behind the store's back".into(),
            );
        }
    }

    /// The end of the walk: each case's state against where its history ended.
    pub(crate) fn finish(mut self) -> ChainReport {
        let mut cases: Vec<(i64, (CaseNumber, String))> =
            std::mem::take(&mut self.cases).into_iter().collect();
        cases.sort_by_key(|(id, _)| *id);
        for (id, (number, state)) in cases {
            match self.last_state.get(&id).cloned() {
                None => self.note(0, Some(number), "the case has no history".into()),
                Some(last) if last != state => self.note(
                    0,
                    Some(number),
                    format!("the case is '{state}' but its history ends at '{last}'"),
                ),
                Some(_) => {}
            }
        }
        if self.problem_count > self.report.problems.len() {
            let more = self.problem_count - self.report.problems.len();
            self.report.problems.push(ChainProblem {
                event_id: 0,
                case: None,
                problem: format!("… and {more} more problems"),
            });
        }
        self.report
    }
}
