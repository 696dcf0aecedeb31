//! Words every part uses: the domain's names (states, verdicts, causes…), languages, and
//! the calendar. Messages chosen by an enum's code are listed by [`enum_ids`], so the
//! completeness tests reach them too.

use crate::domain::case::{Deadline, DocumentKind};
use crate::domain::repair::{LineKind, RepairMethod};
use crate::domain::staff::Role;
use crate::domain::{
    Arrival, Cause, ParcelOutcome, PasswordStatus, PurchaseChannel, ReturnReason, StartBasis,
    State, Verdict,
};
use crate::i18n::{Language, Words};

crate::words! { COMMON;
    yes = "yes";
    no = "no";
    unknown = "unknown";
    language_name = "language-name";
}

/// The Fluent id of an enum's value: its stored code, with `_` as `-`.
fn id(prefix: &str, code: &str) -> String {
    format!("{prefix}-{}", code.replace('_', "-"))
}

impl Words {
    fn coded(self, prefix: &str, code: &str) -> String {
        self.format(&id(prefix, code), None)
    }

    /// A case's state as its badge says it ("Awaiting customer", "等待客户答复").
    pub fn state(self, state: State) -> String {
        self.coded("state", state.as_str())
    }

    /// A verdict in capitals where the desk shows it large ("FREE REPAIR").
    pub fn verdict_badge(self, verdict: Verdict) -> String {
        self.coded("verdict-badge", verdict.as_str())
    }

    /// A verdict in a sentence or a table ("Free repair").
    pub fn verdict(self, verdict: Verdict) -> String {
        self.coded("verdict", verdict.as_str())
    }

    pub fn cause(self, cause: Cause) -> String {
        self.coded("cause", cause.as_str())
    }

    pub fn repair_method(self, method: RepairMethod) -> String {
        self.coded("method", method.as_str())
    }

    pub fn return_reason(self, reason: ReturnReason) -> String {
        self.coded("return-reason", reason.as_str())
    }

    pub fn document_kind(self, kind: DocumentKind) -> String {
        self.coded("document", kind.as_str())
    }

    pub fn arrival(self, arrival: Arrival) -> String {
        self.coded("arrival", arrival.as_str())
    }

    pub fn password_status(self, status: PasswordStatus) -> String {
        self.coded("password", status.as_str())
    }

    pub fn channel(self, channel: PurchaseChannel) -> String {
        self.coded("channel", channel.as_str())
    }

    pub fn parcel_outcome(self, outcome: ParcelOutcome) -> String {
        self.coded("parcel-outcome", outcome.as_str())
    }

    pub fn line_kind(self, kind: LineKind) -> String {
        self.coded("line-kind", kind.as_str())
    }

    pub fn start_basis(self, basis: StartBasis) -> String {
        self.coded("start-basis", basis.as_str())
    }

    pub fn role(self, role: Role) -> String {
        self.coded("role", role.name())
    }

    pub fn deadline(self, deadline: Deadline) -> String {
        self.coded("deadline", deadline_code(deadline))
    }

    /// "yes" or "no".
    pub fn yes_no(self, value: bool) -> String {
        if value { self.yes() } else { self.no() }
    }

    /// A language's name in this language ("Chinese", "英语").
    pub fn language_called(self, language: Language) -> String {
        self.coded("language", language.code())
    }
}

fn deadline_code(deadline: Deadline) -> &'static str {
    match deadline {
        Deadline::ApplicationCloses => "application-closes",
        Deadline::AnswerDue => "answer-due",
        Deadline::PaymentDue => "payment-due",
    }
}

/// Every id chosen by an enum's code, for the completeness tests.
pub fn enum_ids() -> Vec<String> {
    let mut ids = Vec::new();
    ids.extend(State::ALL.iter().map(|s| id("state", s.as_str())));
    for verdict in Verdict::ALL {
        ids.push(id("verdict-badge", verdict.as_str()));
        ids.push(id("verdict", verdict.as_str()));
    }
    ids.extend(Cause::ALL.iter().map(|c| id("cause", c.as_str())));
    ids.extend(RepairMethod::ALL.iter().map(|m| id("method", m.as_str())));
    ids.extend(
        ReturnReason::ALL
            .iter()
            .map(|r| id("return-reason", r.as_str())),
    );
    ids.extend(DocumentKind::ALL.iter().map(|k| id("document", k.as_str())));
    ids.extend(
        [Arrival::WalkIn, Arrival::MailIn]
            .iter()
            .map(|a| id("arrival", a.as_str())),
    );
    ids.extend(
        PasswordStatus::ALL
            .iter()
            .map(|p| id("password", p.as_str())),
    );
    ids.extend(
        PurchaseChannel::ALL
            .iter()
            .map(|c| id("channel", c.as_str())),
    );
    ids.extend(
        [
            ParcelOutcome::Refuse,
            ParcelOutcome::Reject,
            ParcelOutcome::AcceptUnsolicited,
            ParcelOutcome::Accept,
        ]
        .iter()
        .map(|o| id("parcel-outcome", o.as_str())),
    );
    ids.extend(
        [LineKind::Parts, LineKind::Labour]
            .iter()
            .map(|k| id("line-kind", k.as_str())),
    );
    ids.extend(
        [
            StartBasis::Invoice,
            StartBasis::Delivery,
            StartBasis::Shipment,
        ]
        .iter()
        .map(|b| id("start-basis", b.as_str())),
    );
    ids.extend(Role::ALL.iter().map(|r| id("role", r.name())));
    ids.extend(
        [
            Deadline::ApplicationCloses,
            Deadline::AnswerDue,
            Deadline::PaymentDue,
        ]
        .iter()
        .map(|d| id("deadline", deadline_code(*d))),
    );
    ids.extend(Language::ALL.iter().map(|l| id("language", l.code())));
    ids.extend((1..=12).map(|m| format!("month-{m}")));
    ids.extend((1..=7).map(|d| format!("weekday-{d}")));
    ids.extend(["number-group", "number-decimal"].map(String::from));
    ids
}

/// The messages the formatting of dates and money chooses, with the variables it passes.
pub const PATTERNS: &[crate::i18n::Declared] = &[
    crate::i18n::Declared {
        id: "date",
        args: DATE_ARGS,
    },
    crate::i18n::Declared {
        id: "date-long",
        args: DATE_ARGS,
    },
    crate::i18n::Declared {
        id: "date-day-month",
        args: DATE_ARGS,
    },
    crate::i18n::Declared {
        id: "date-time",
        args: &["date", "time"],
    },
    crate::i18n::Declared {
        id: "money",
        args: &["amount", "currency"],
    },
];

const DATE_ARGS: &[&str] = &[
    "year",
    "month",
    "month2",
    "day",
    "day2",
    "monthname",
    "weekday",
];
