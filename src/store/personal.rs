//! Everything the center holds on one customer, handed out on their request (3.7,
//! docs/rules.md §8 and §10): every case found by the customer's phone, e-mail or name
//! — whole, with its history, payments, documents printed and photos' names — and one
//! event on each case saying it was exported, when, by whom and at which desk. A
//! manager's action once the database has staff.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Engine, LostServer, Result, Store, StoreError, codec, keys};
use crate::domain::staff::Action;
use crate::domain::{Case, Note};

/// How a customer is found: the same phone (its last nine digits, the number without
/// country or trunk prefix: "+44 20 7946 0001" is "020 7946 0001"), the same e-mail
/// (case not counted), or the same name (case and spacing not counted).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "by", content = "value")]
pub enum CustomerQuery {
    Phone(String),
    Email(String),
    Name(String),
}

impl CustomerQuery {
    /// In words: "phone +44 20 7946 0001".
    pub fn describe(&self) -> String {
        match self {
            Self::Phone(text) => format!("phone {}", text.trim()),
            Self::Email(text) => format!("e-mail {}", text.trim()),
            Self::Name(text) => format!("name {}", text.trim()),
        }
    }

    /// What the search is asked for: for a phone, its last nine digits.
    fn text(&self) -> String {
        match self {
            Self::Phone(phone) => phone_tail(phone),
            Self::Email(text) | Self::Name(text) => text.trim().to_string(),
        }
    }

    /// Is this case the customer's?
    fn matches(&self, case: &Case) -> bool {
        let customer = &case.customer;
        match self {
            Self::Phone(phone) => {
                let tail = phone_tail(phone);
                !tail.is_empty() && phone_tail(&customer.phone) == tail
            }
            Self::Email(email) => {
                keys::email_key(email).is_some()
                    && customer.email.as_deref().and_then(keys::email_key) == keys::email_key(email)
            }
            Self::Name(name) => name_words(name) == name_words(&customer.name),
        }
    }
}

/// Digits that tell two ways of writing one phone number apart from another number.
const PHONE_DIGITS: usize = 9;

/// A phone's last nine digits (all of them when it has fewer).
fn phone_tail(phone: &str) -> String {
    let mut tail: String = keys::phone_key(phone).chars().take(PHONE_DIGITS).collect();
    tail = tail.chars().rev().collect();
    tail
}

fn name_words(name: &str) -> Vec<String> {
    name.split_whitespace().map(str::to_lowercase).collect()
}

/// What an export holds: what was asked for, when, by whom, and every case found.
#[derive(Debug, Clone, Serialize)]
pub struct PersonalData {
    pub asked_for: CustomerQuery,
    pub exported_at: DateTime<Utc>,
    pub by: String,
    pub desk: String,
    pub cases: Vec<Case>,
}

/// The most cases one customer is looked for among (a center's regular customer has a
/// few dozen).
const MOST_CASES: usize = 10_000;

/// The clause and the note of the export's event.
const CLAUSE: &str = "3.7";
/// Not coded: the one note every desk writes in the history's older forms (v1 without a
/// desk, v2 with one), so `fixdesk check` keeps being tested on real events of them.
const NOTE: &str = "Everything held on this customer was exported at their request.";

impl Store {
    /// Every case of the customer `who` names, each with an event recording the export
    /// (in one transaction: all of them, or none). Cases whose personal data was
    /// already removed (retention) are not found by it. Refused unless the signed-in
    /// person is a manager (once the database has staff).
    pub fn export_personal_data(
        &mut self,
        who: &CustomerQuery,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<PersonalData> {
        let actor = self.acting(Action::PersonalData, actor)?;
        if who.text().is_empty() {
            return Err(StoreError::invalid(
                "customer",
                crate::domain::Note::coded(
                    "customer-needed",
                    "give the customer's phone, e-mail or name",
                ),
            ));
        }
        let mut numbers = Vec::new();
        for summary in self.search(&who.text(), MOST_CASES)? {
            if let Some(case) = self.case(&summary.number)?
                && who.matches(&case)
            {
                numbers.push(case.number);
            }
        }
        numbers.sort();
        let now = codec::truncate(now);
        let cases = if numbers.is_empty() {
            Vec::new()
        } else {
            let note = Note::plain(NOTE);
            engine_mut!(self, s => s.note_on(&numbers, CLAUSE, &note, &actor, now))?
        };
        Ok(PersonalData {
            asked_for: who.clone(),
            exported_at: now,
            by: actor,
            desk: self.desk().to_string(),
            cases,
        })
    }
}
