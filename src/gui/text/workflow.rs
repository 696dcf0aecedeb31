//! The words of the Inspection and Dispatch screens. Clauses are written one way
//! everywhere: the clause number in brackets after the words, "(4.2)".

use chrono::NaiveDate;

use crate::domain::case::ReturnReason;
use crate::domain::parcel::ParcelOutcome;
use crate::domain::repair::LineKind;

use super::long_date;

// Inspection: the scan field and the work lists
pub const SCAN_PLACEHOLDER: &str = "Scan or type a case number (SC-2026-000123) and press Enter";
pub const SCAN_LABEL: &str = "Parcel for case";
pub const OPEN: &str = "Open";
pub const NO_APPLICATION: &str = "No application";
pub const NOT_A_CASE_NUMBER: &str =
    "That is not a case number: it looks like SC-2026-000123 (the number on the confirmation).";
pub const PARCELS_EXPECTED_LIST: &str = "Parcels expected (open applications)";
pub const WAITING_DIAGNOSIS: &str = "Taken in, to diagnose";
pub const WAITING_CUSTOMER: &str = "Waiting for the customer";
pub const WAITING_CUSTOMER_OVERDUE_FIRST: &str = "Waiting for the customer, most overdue first";
pub const WAITING_PAYMENT: &str = "Quote accepted, waiting for payment";
pub const IN_REPAIR_LIST: &str = "In repair";
pub const NOTHING_HERE: &str = "Nothing here.";
pub const LOADING: &str = "Loading…";
pub const CLOSE_CASE_VIEW: &str = "Next parcel (Esc)";

// The parcel gate
pub const PARCEL_GATE: &str = "1. The parcel, before it is opened (2.1, 3.4, 3.6)";
pub const GATE_COD: &str = "Cash on delivery or freight collect";
pub const GATE_DAMAGED: &str = "Outer package damaged";
pub const GATE_SOAKED: &str = "Soaked in liquid";
pub const GATE_ADEQUATE: &str = "Packaging adequate";
pub const OUTCOME: &str = "Outcome";

pub fn confirm_outcome(outcome: ParcelOutcome) -> &'static str {
    match outcome {
        ParcelOutcome::Refuse => "Refuse the parcel (2.1)",
        ParcelOutcome::Reject => "Reject the parcel (3.6)",
        ParcelOutcome::AcceptUnsolicited => "Take in as unsolicited (4.3)",
        ParcelOutcome::Accept => "Accept the parcel",
    }
}

pub fn outcome_title(outcome: ParcelOutcome) -> &'static str {
    match outcome {
        ParcelOutcome::Refuse => "REFUSE (2.1)",
        ParcelOutcome::Reject => "REJECT (3.6)",
        ParcelOutcome::AcceptUnsolicited => "ACCEPT AS UNSOLICITED (4.3)",
        ParcelOutcome::Accept => "ACCEPT",
    }
}

pub fn expired_banner(closed: NaiveDate) -> String {
    format!(
        "This application expired: its last day was {} (4.2). A parcel for it is taken in only as unsolicited (4.3) — no responsibility for losses — and the customer must apply again. Check the parcel below; confirming expires the application and opens a new case.",
        long_date(closed)
    )
}

pub fn closes_on(closes: NaiveDate) -> String {
    format!(
        "Application open: the parcel must arrive by {} (4.2).",
        long_date(closes)
    )
}

// The sender of a parcel without an application
pub const SENDER: &str = "The sender (from the parcel and the note inside)";
pub const CASE_FACTS: &str = "The case";
pub const FAULT_SHORT: &str = "Fault as described";

// Contents
pub const CONTENTS: &str = "2. What is inside (3.5)";
pub const SERIAL_ON_DEVICE: &str = "Serial on the device (scan it)";
pub const ACCESSORY_FOUND: &str = "Accessory found (Enter adds it)";
pub const ADD: &str = "Add";
pub const REMOVE: &str = "Remove";
pub const NO_ACCESSORIES: &str = "No accessories listed: the device came alone.";
pub const CONDITION_NOTES: &str = "Condition (scratches, dents, missing screws)";
pub const PASSWORD_STATUS: &str = "Device password (3.2)";
pub const SETTINGS_RECEIPT_ON_PARCEL: &str =
    "Print the intake receipt when a parcel is accepted at inspection";
pub const PRINT_RECEIPT_ON_ACCEPT: &str = "Print the intake receipt when accepting";
pub const SERIAL_MATCHES: &str = "The serial matches the application.";

pub fn serial_mismatch(found: &str, applied: &str) -> String {
    format!(
        "SERIAL MISMATCH: the device says {found}, the application says {applied}. Check it again; if it stands, it is recorded on the case."
    )
}

// Photos
pub const ADD_PHOTOS: &str = "Add photos…";

pub fn photos_added(n: usize) -> String {
    match n {
        1 => "1 photo added to the case.".to_string(),
        n => format!("{n} photos added to the case."),
    }
}

// Diagnosis
pub const DIAGNOSIS_STEP: &str = "Diagnosis (1.3, 1.4)";
pub const RECORD_DIAGNOSIS: &str = "Record the diagnosis";
pub const DECISION_NOW: &str = "The decision as it stands";
pub const DECISION_WITH_DIAGNOSIS: &str = "With this diagnosis";
pub const CHOOSE_CAUSE: &str = "Choose the cause found (1.3) to see the decision.";
pub const PROVISIONAL_SHORT: &str = "provisional";
pub const UNCHANGED: &str = "Unchanged by the diagnosis.";

pub fn verdict_changed(from: &str, to: &str) -> String {
    format!("Changes: {from} → {to}")
}

pub fn next_after_diagnosis(verdict: crate::domain::Verdict) -> &'static str {
    use crate::domain::Verdict;
    match verdict {
        Verdict::Free => "Next: into repair at no charge (1.4).",
        Verdict::Paid => "Next: a quote for the customer (2.2); no work before they accept.",
        Verdict::NeedsProof => "Next: ask the customer for proof of purchase (2.3).",
        Verdict::Ineligible => "Next: the device goes back unrepaired (1.2).",
    }
}

// Quote
pub const QUOTE_STEP: &str = "Quote for the customer (2.2)";
pub const LINE_DESCRIPTION: &str = "Description";
pub const LINE_AMOUNT: &str = "Amount";
pub const LABOUR_LINE: &str = "Labour";
pub const ADD_PART: &str = "+ Part";
pub const ADD_LABOUR: &str = "+ Labour";
pub const SEND_QUOTE: &str = "Send the quote and print it";
pub const PRINT_QUOTE: &str = "Print the quote";
pub const TOTAL: &str = "Total";

pub fn line_kind(kind: LineKind) -> &'static str {
    match kind {
        LineKind::Parts => "Part",
        LineKind::Labour => "Labour",
    }
}

// Customer answers
pub const ANSWER_STEP: &str = "The customer's answer";
pub const QUOTE_SENT: &str = "Quote sent";
pub const NOTICE_DATE: &str = "Payment notice given on";
pub const QUOTE_ACCEPTED: &str = "Quote accepted";
pub const QUOTE_DECLINED: &str = "Quote declined → return unrepaired (2.2)";
pub const PROOF_STEP: &str = "Proof of purchase received (2.3, 2.4)";
pub const PROOF_RECEIVED: &str = "Record the proof and decide again";
pub const RETURN_UNANSWERED: &str = "No answer in time → return unrepaired (2.3)";

/// Where the payment-notice date came from (2.6, docs/rules.md §11).
pub fn notice_source(source: crate::domain::mail::NoticeSource) -> String {
    match source {
        crate::domain::mail::NoticeSource::Emailed(day) => {
            format!(
                "Notice date: the quote was sent by e-mail on {}.",
                long_date(day)
            )
        }
        crate::domain::mail::NoticeSource::ByHand(day) => {
            format!("Notice date {}: recorded by hand.", long_date(day))
        }
    }
}

/// The notice date with where it came from, as a fact on the case.
pub fn notice_source_short(source: crate::domain::mail::NoticeSource) -> String {
    match source {
        crate::domain::mail::NoticeSource::Emailed(day) => {
            format!("{} (sent by e-mail)", long_date(day))
        }
        crate::domain::mail::NoticeSource::ByHand(day) => {
            format!("{} (recorded by hand)", long_date(day))
        }
    }
}

pub fn payment_due_line(notice: NaiveDate, due: NaiveDate) -> String {
    format!(
        "Notice on {}: payment due by {} (2.6). After that the device goes back unrepaired.",
        long_date(notice),
        long_date(due)
    )
}

pub fn answer_due_line(asked: NaiveDate, due: NaiveDate, overdue: bool) -> String {
    if overdue {
        format!(
            "Asked on {}; the answer was due by {} (2.3) and has not come.",
            long_date(asked),
            long_date(due)
        )
    } else {
        format!(
            "Asked on {}; the answer is due by {} (2.3).",
            long_date(asked),
            long_date(due)
        )
    }
}

// Payment
pub const PAYMENT_STEP: &str = "Payment (2.6)";
pub const PAID_ON: &str = "Paid on";
pub const PAYMENT_METHOD: &str = "Paid by (cash, card, transfer…)";
pub const RECORD_PAYMENT: &str = "Record the payment → into repair";
pub const RETURN_OVERDUE: &str = "Payment overdue → return unrepaired (2.6)";

pub fn amount_due(total: &str) -> String {
    format!("Amount due: {total}")
}

/// A part payment: the quote's total, what was paid, and what is still due (2.6).
pub fn paid_and_due(total: &str, paid: &str, due: &str) -> String {
    format!("Quote total {total} · paid {paid} · still due {due}")
}

// Repair done
pub const REPAIR_STEP: &str = "Repair done (2.5)";
pub const REPAIR_DONE: &str = "Repair done → ready to go back";

pub fn parts_line(customer_keeps: bool) -> &'static str {
    if customer_keeps {
        "The replaced faulty parts go back to the customer in the same package: they asked for that when applying (2.5)."
    } else {
        "The replaced parts stay here: they belong to the manufacturer (2.5)."
    }
}

// Remote resolution
pub const REMOTE_STEP: &str = "Resolved remotely (4.1)";
pub const REMOTE_NOTE: &str = "How it was resolved (software update by phone, e-mail…)";
pub const RESOLVE_REMOTELY: &str = "Close as resolved remotely";

// After a step
pub const GOES_TO_DISPATCH: &str = "This device goes back: it is on the Dispatch screen.";
pub const OPEN_IN_DISPATCH: &str = "Open in Dispatch";
pub const NOT_TAKEN_IN: &str =
    "Not taken in: the parcel goes back unopened, so no repair is decided (2.1, 3.6).";
pub const CASE_CLOSED: &str = "This case is closed; nothing more happens to it here.";

pub const STEP_PARCEL: &str = "parcel recorded.";
pub const STEP_DIAGNOSIS: &str = "diagnosis recorded.";
pub const STEP_QUOTE: &str = "quote sent.";
pub const STEP_ACCEPTED: &str = "quote accepted.";
pub const STEP_DECLINED: &str = "quote declined.";
pub const STEP_PROOF: &str = "proof recorded and the warranty decided again.";
pub const STEP_RETURN: &str = "going back unrepaired.";
pub const STEP_PAYMENT: &str = "payment recorded.";
pub const STEP_REPAIRED: &str = "repair done.";
pub const STEP_REMOTE: &str = "closed as resolved remotely.";

pub fn step_recorded(number: &str, what: &str, state: &str) -> String {
    format!("{number}: {what} Now: {state}.")
}

pub fn step_done(number: &str, state: &str) -> String {
    format!("{number} is now: {state}.")
}

pub fn confirm_twice(what: &str) -> String {
    format!("Click again to confirm: {what}")
}

// Dispatch
pub const CASE_NUMBER: &str = "Case";
pub const WHY: &str = "Why it goes back";
pub const HOW: &str = "How";
pub const WAITING: &str = "Waiting";
pub const BACK_TO_QUEUE: &str = "Back to the queue (Esc)";
pub const NOT_GOING_BACK: &str = "This case is not waiting to go back.";
pub const OPEN_IN_CASES: &str = "Open it on the Cases screen";
/// The queue's title until a heading is clicked to sort it another way.
pub const DISPATCH_QUEUE: &str = "Going back, longest waiting first";
pub const QUEUE_FILTER: &str = "Filter by case number, name or model";
pub const SHIPS: &str = "Ships";
pub const COLLECTED: &str = "Counter";
pub const QUEUE_EMPTY: &str = "Nothing waits to go back.";
pub const PACKING: &str = "Packing checklist";
pub const PACKING_HINT: &str = "Tick every item as it goes into the box (or over the counter).";
pub const SHIP_IT: &str = "Ship it";
pub const COUNTER_PICKUP: &str = "Counter pickup";
pub const CARRIER: &str = "Carrier";
pub const TRACKING: &str = "Tracking number";
pub const PRINT_LABEL: &str = "Print return label";
pub const LABEL_4X6: &str = "4×6 in";
pub const LABEL_SHEET: &str = "Sheet";
pub const FREIGHT_PREPAID: &str =
    "Freight prepaid by the service center (2.1); never cash on delivery.";
pub const COLLECTED_BY: &str = "Collected by (name)";
pub const ID_CHECKED: &str = "ID checked";
pub const PRINT_HANDOVER: &str = "Print handover receipt";
pub const HANDOVER_PRINTS_ON_CLOSING: &str =
    "The handover receipt prints when the case closes, naming who collected it and the ID check.";
pub const CLOSE_RETURNED: &str = "Close the case: returned";
pub const PASSWORD_WILL_GO: &str =
    "The device password note is removed when the case closes (3.2, 3.7).";
pub const DUE_TITLE: &str = "Due — each needs a person to confirm";
pub const EXPIRE: &str = "Expire";
pub const MOVE_TO_RETURN: &str = "Return";
pub const SELECT_FROM_QUEUE: &str = "Choose a case from the queue, or scan its number.";

/// What blocks closing while the packing list is not complete, naming each item.
pub fn unticked(items: &[String]) -> String {
    let what = match items.len() {
        1 => "1 item is not ticked: pack it, or find out where it is, before closing.".to_string(),
        n => format!(
            "{n} items are not ticked: pack them, or find out where they are, before closing."
        ),
    };
    format!("{what} Not ticked: {}.", items.join("; "))
}

pub fn return_reason(reason: Option<ReturnReason>) -> &'static str {
    match reason {
        None | Some(ReturnReason::Repaired) => "Repaired",
        Some(ReturnReason::Ineligible) => "Not eligible (1.2)",
        Some(ReturnReason::QuoteDeclined) => "Quote declined (2.2)",
        Some(ReturnReason::ProofNotGiven) => "Proof not given (2.3)",
        Some(ReturnReason::PaymentOverdue) => "Payment overdue (2.6)",
    }
}

pub fn expire_all(n: u64) -> String {
    format!("Expire all {n} (4.2)")
}

pub fn return_all(n: u64) -> String {
    format!("Return all {n}")
}

pub fn applications_past(n: u64) -> String {
    format!("Applications past their 15 days (4.2): {n}")
}

pub fn payments_past(n: u64) -> String {
    format!("Payments overdue (2.6): {n}")
}

pub fn answers_past(n: u64) -> String {
    format!("Answers past the center's deadline (2.3): {n}")
}

/// What acting on due cases did: which cases, what happened to them, and how many could
/// not be changed.
pub fn batch_done(done: &[String], what: &str, failed: usize) -> String {
    let cases = match done {
        [] => "No case changed".to_string(),
        [one] => format!("{one} {what}"),
        many if many.len() <= 5 => format!("{} cases {what}: {}", many.len(), many.join(", ")),
        many => format!(
            "{} cases {what}: {}, and {} more",
            many.len(),
            many[..5].join(", "),
            many.len() - 5
        ),
    };
    match failed {
        0 => format!("{cases}."),
        1 => format!("{cases}; 1 case could not be changed (open it to see why)."),
        n => format!("{cases}; {n} cases could not be changed (open them to see why)."),
    }
}

/// What a due list's confirmation did to each case.
pub const EXPIRED_DONE: &str = "expired (4.2)";
pub const RETURN_OVERDUE_DONE: &str = "going back unrepaired: payment overdue (2.6)";
pub const RETURN_UNANSWERED_DONE: &str = "going back unrepaired: no answer in time (2.3)";

/// What the dispatch queue is sorted by, for its title.
pub fn dispatch_queue_title(sort: Option<(&str, bool)>) -> String {
    match sort {
        None => DISPATCH_QUEUE.to_string(),
        Some((column, false)) => format!("Going back, by {}", column.to_lowercase()),
        Some((column, true)) => format!("Going back, by {} (reversed)", column.to_lowercase()),
    }
}

/// A due row's amount still owed (2.6).
pub fn owed(amount: &str) -> String {
    format!("owes {amount}")
}

pub fn retained(cases: usize, months: u32) -> String {
    format!(
        "Personal data removed from {cases} cases closed more than {months} months ago (3.7, retention setting)."
    )
}

/// Something scanned that is not a case number, named, so the inspector sees what the
/// scanner read.
pub fn not_a_case_number(typed: &str) -> String {
    format!(
        "“{typed}” is not a case number: it looks like SC-2026-000123 (the number on the confirmation)."
    )
}

/// 2.4: the device received is the product; its serial replaced the application's.
pub fn serial_recorded(applied: &str, found: &str) -> String {
    format!("Device serial: {applied} → {found} (2.4).")
}

/// A deadline in a list: in the past tense once it has passed.
pub fn deadline_line(
    what: crate::domain::case::Deadline,
    date: NaiveDate,
    today: NaiveDate,
) -> String {
    use crate::domain::case::Deadline;
    if date >= today {
        return super::deadline(what.label(), date);
    }
    let past = match what {
        Deadline::ApplicationCloses => "Application closed (4.2)",
        Deadline::AnswerDue => "Answer was due (2.3)",
        Deadline::PaymentDue => "Payment was due (2.6)",
    };
    super::deadline(past, date)
}

/// The Cases screen's count once a heading is clicked: the order it is in now, not the
/// store's ("most recently active first") it no longer is in.
pub fn results_sorted(shown: usize, limit: usize, column: &str, reversed: bool) -> String {
    if shown < 2 || shown >= limit {
        return super::results_count(shown, limit);
    }
    let column = column.to_lowercase();
    if reversed {
        format!("{shown} cases, by {column} (reversed)")
    } else {
        format!("{shown} cases, by {column}")
    }
}

/// A business date earlier than the step it follows (docs/rules.md §4), said at the
/// field in the same words as [`super::date_in_future`].
pub fn date_before(field: &str, what: &str, earlier: NaiveDate) -> String {
    format!(
        "{field}: cannot be before {what} ({})",
        super::short_date(earlier)
    )
}

pub const WHEN_QUOTE_SENT: &str = "the day the quote was sent";
pub const WHEN_NOTICE: &str = "the payment notice";

/// The application's serial, kept beside the device's once they differed (2.4).
pub const SERIAL_APPLIED: &str = "Serial given in the application";

/// After a payment: the receipt the quote promises (2.2, 2.6), offered in the notice.
pub const PRINT_PAYMENT_RECEIPT: &str = "Print payment receipt";

/// The button that prints a document again once its earlier printing no longer matches
/// the case ("Reprint the intake receipt").
pub fn reprint(kind: crate::domain::case::DocumentKind) -> String {
    format!("Reprint the {}", kind.label())
}

/// Why an earlier printing is offered again: what changed since it was printed.
pub fn stale_printing(kind: crate::domain::case::DocumentKind, changed: &str) -> String {
    format!(
        "The {} printed earlier no longer matches the case ({changed}).",
        kind.label()
    )
}

/// An earlier printing whose facts differ from the case now (docs/rules.md §7).
pub fn superseded(changed: &str) -> String {
    format!("Superseded: {changed}")
}
