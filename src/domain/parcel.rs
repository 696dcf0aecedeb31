//! What the inspector decides at the door, before a parcel is opened (docs/rules.md §5).

use serde::{Deserialize, Serialize};

/// Which application, if any, a parcel belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApplicationStatus {
    /// "No application": the customer sent it without applying (4.3).
    None,
    /// The application is open (within its 15 days, 4.2).
    Open,
    /// The application has expired (4.2).
    Expired,
}

/// What the inspector records on arrival, before anything is opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParcelCheck {
    pub application: ApplicationStatus,
    /// Cash on delivery or freight collect.
    pub cash_on_delivery: bool,
    pub package_damaged: bool,
    pub soaked: bool,
    pub packaging_adequate: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParcelOutcome {
    /// Not taken from the carrier: the sender pays the freight (2.1).
    Refuse,
    /// Damaged or soaked: the customer takes it up with the carrier (3.6).
    Reject,
    /// No application, or it expired: taken in without responsibility for losses (4.3);
    /// the customer must apply again.
    AcceptUnsolicited,
    Accept,
}

impl ParcelOutcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Refuse => "refuse",
            Self::Reject => "reject",
            Self::AcceptUnsolicited => "accept_unsolicited",
            Self::Accept => "accept",
        }
    }

    pub fn parse(word: &str) -> Option<Self> {
        [
            Self::Refuse,
            Self::Reject,
            Self::AcceptUnsolicited,
            Self::Accept,
        ]
        .into_iter()
        .find(|o| o.as_str() == word)
    }

    /// Is the device taken in?
    pub fn takes_in(self) -> bool {
        matches!(self, Self::Accept | Self::AcceptUnsolicited)
    }
}

/// The outcome with the clause and the words to tell the customer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParcelDecision {
    pub outcome: ParcelOutcome,
    pub clause: &'static str,
    pub text: String,
    /// Remarks that do not change the outcome but belong on the case (e.g. 3.4).
    pub notes: Vec<(&'static str, String)>,
    /// The code of `text` (`domain::coded`, docs/rules.md §13).
    pub code: &'static str,
    /// The codes of `notes`, in the same order.
    pub note_codes: Vec<&'static str>,
}

impl ParcelDecision {
    /// The decision and its remarks as the history's note: "text note (clause) …", coded.
    pub fn note(&self) -> super::coded::Note {
        use super::coded::Note;
        let mut note = Note::coded(self.code, self.text.clone());
        for ((clause, text), code) in self.notes.iter().zip(&self.note_codes) {
            note = note.then(Note::coded(code, format!("{text} ({clause})")));
        }
        note
    }
}

/// docs/rules.md §5, checked in this order: cash on delivery → refuse (2.1); damaged or soaked
/// → reject (3.6); no or expired application → accept as unsolicited (4.3); else accept.
pub fn check(parcel: &ParcelCheck) -> ParcelDecision {
    let mut notes = Vec::new();
    let mut note_codes = Vec::new();
    if !parcel.packaging_adequate {
        note_codes.push("packaging-inadequate");
        notes.push((
            "3.4",
            "Packaging was not adequate: transport damage caused by it is repaired at the customer's cost.".to_string(),
        ));
    }
    if parcel.application == ApplicationStatus::Expired {
        note_codes.push("application-had-expired");
        notes.push((
            "4.2",
            "The application had expired (no parcel within 15 days): the customer must apply again.".to_string(),
        ));
    }
    let (outcome, clause, code, text) = if parcel.cash_on_delivery {
        (
            ParcelOutcome::Refuse,
            "2.1",
            "parcel-refuse",
            "Refuse the parcel: it was sent cash on delivery or freight collect, and the sender pays the freight to the service center.",
        )
    } else if parcel.package_damaged || parcel.soaked {
        let (what, code) = match (parcel.package_damaged, parcel.soaked) {
            (true, true) => ("damaged and soaked", "parcel-reject-damaged-soaked"),
            (true, false) => ("damaged", "parcel-reject-damaged"),
            _ => ("soaked in liquid", "parcel-reject-soaked"),
        };
        return ParcelDecision {
            outcome: ParcelOutcome::Reject,
            clause: "3.6",
            text: format!(
                "Reject the parcel: the package is {what}. The customer takes it up with the carrier."
            ),
            notes,
            code,
            note_codes,
        };
    } else if parcel.application != ApplicationStatus::Open {
        (
            ParcelOutcome::AcceptUnsolicited,
            "4.3",
            "parcel-unsolicited",
            "Accept as unsolicited: there is no open application, so the center takes no responsibility for losses or risks, and a new application is needed.",
        )
    } else {
        (
            ParcelOutcome::Accept,
            "1.1",
            "parcel-accept",
            "Accept the parcel: it belongs to an open application.",
        )
    };
    ParcelDecision {
        outcome,
        clause,
        text: text.to_string(),
        notes,
        code,
        note_codes,
    }
}
