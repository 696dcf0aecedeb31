//! The agreement's rules as code. Pure: no I/O, no clock, no GUI.
//!
//! Every decision here cites the clause of the maintenance service agreement it rests on
//! (summarised clause by clause in `docs/rules.md`). Time is always an
//! argument (`today`, `claim_date`), so deadlines are plain functions that tests can pin.

pub mod balance;
pub mod case;
pub mod coded;
pub mod dates;
pub mod language;
pub mod lifecycle;
pub mod mail;
pub mod money;
pub mod opening;
pub mod outline;
pub mod parcel;
pub mod policy;
pub mod repair;
pub mod settings;
pub mod staff;
pub mod step;
pub mod warranty;

pub use case::{
    Arrival, Case, CaseEvent, CaseNumber, Customer, Device, Diagnosis, Event, Handover, NewCase,
    PasswordStatus, Payment, PrintedDocument, Proof, ReturnReason,
};
pub use coded::{Args, Note};
pub use language::Language;
pub use lifecycle::{CaseState, State, TransitionError};
pub use money::{Currency, Money};
pub use outline::{CaseOutline, Move, Paid, VerdictOutline};
pub use parcel::{ParcelCheck, ParcelOutcome};
pub use policy::Policy;
pub use repair::{PartsOwner, Quote, QuoteLine, RepairMethod};
pub use settings::{Center, LabelSize, Paper, Settings};
pub use step::{ParcelArrival, Step, StepContext, StepError};
pub use warranty::{
    Cause, Decision, Facts, FactsError, Invoice, PurchaseChannel, Reason, StartBasis, Verdict,
    decide,
};
