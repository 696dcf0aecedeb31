//! Every word the window shows, in one place, so a second language can be added by
//! giving this module a sibling and choosing between them (sniffnet does the same with a
//! `Language` enum). Screens never hold literal sentences.

use chrono::NaiveDate;

use crate::domain::{Arrival, PasswordStatus, PurchaseChannel, State, Verdict};

pub const APP_NAME: &str = "fixdesk";

// Navigation
pub const INTAKE: &str = "Intake";
pub const INSPECTION: &str = "Inspection";
pub const DISPATCH: &str = "Dispatch";
pub const CASES: &str = "Cases";
pub const REPORTS: &str = "Reports";
pub const SETTINGS: &str = "Settings";

// Intake form
pub const WALK_IN: &str = "Walk-in device";
pub const ONLINE_APPLICATION: &str = "Online application";
pub const CUSTOMER: &str = "Customer";
pub const NAME: &str = "Name";
pub const PHONE: &str = "Phone";
pub const EMAIL: &str = "E-mail (optional)";
pub const ADDRESS: &str = "Address";
pub const RETURN_SAME: &str = "Return to the same address";
pub const RETURN_ADDRESS: &str = "Return address";
pub const DEVICE: &str = "Device";
pub const MODEL: &str = "Model";
pub const SERIAL: &str = "Serial number";
pub const CHANNEL: &str = "Bought through";
pub const PROOF: &str = "Proof of purchase";
pub const INVOICE_PRESENT: &str = "Invoice presented";
pub const INVOICE_DATE: &str = "Invoice date";
pub const INVOICE_MODEL: &str = "Model on invoice";
pub const INVOICE_SERIAL: &str = "Serial on invoice";
pub const INVOICE_LEGIBLE: &str = "Legible";
pub const INVOICE_ALTERED: &str = "Altered";
pub const SHIPMENT_DATE: &str = "Manufacturer shipment date";
pub const DELIVERY_DATE: &str = "Delivery date";
pub const CONTRACT_MONTHS: &str = "Service contract months (4.4)";
pub const APPLIED_ON: &str = "Application accepted on";
pub const APPLICATION_ID: &str = "Application number (website)";
pub const RECEIVED_ON: &str = "Received on";
pub const FAULT_SECTION: &str = "Fault";
pub const FAULT: &str = "Fault, in the customer's words";
pub const COMPONENT: &str = "Failed component, if known";
pub const HANDOVER: &str = "Handover";
pub const ACCESSORIES: &str = "Accessories handed over (3.5)";
pub const OTHER_ACCESSORIES: &str = "Other accessories, separated by commas";
pub const CONDITION: &str = "Condition notes (scratches, dents…)";
pub const PASSWORD: &str = "Device password (3.2)";
pub const PASSWORD_NOTE: &str = "Password or unlock pattern (never printed)";
pub const BACKUP_ACK: &str = "Customer has backed up their data (3.1)";
pub const ACCURACY_ACK: &str = "Customer confirms the details are accurate (3.3)";
pub const KEEP_PARTS: &str =
    "Customer wants replaced faulty parts back if the repair is paid (2.5)";
pub const SAVE: &str = "Save case";
pub const CLEAR: &str = "Clear form";
pub const SAVING: &str = "Saving…";
pub const PRINT_RECEIPT: &str = "Print receipt";
pub const PRINT_CONFIRMATION: &str = "Print confirmation";
pub const NEXT_CUSTOMER: &str = "Next customer";
pub const CASE_SAVED: &str = "Case saved";
pub const VERDICT: &str = "Warranty decision";
pub const PROVISIONAL: &str = "provisional until inspection";
pub const NO_VERDICT_YET: &str = "Enter the model, serial number and date to see the decision.";
pub const WARRANTY_START: &str = "Warranty start";
pub const LAST_COVERED_DAY: &str = "Last covered day";
pub const UNKNOWN: &str = "unknown";
pub const REPEAT_REPAIRS: &str = "This serial number has been here before:";

/// Common accessories offered as checkboxes; anything else is typed.
pub const COMMON_ACCESSORIES: [&str; 7] = [
    "Charger",
    "Cable",
    "Case or cover",
    "Original box",
    "Stylus",
    "Memory card",
    "SIM card",
];

pub fn arrival(arrival: Arrival) -> &'static str {
    match arrival {
        Arrival::WalkIn => WALK_IN,
        Arrival::MailIn => ONLINE_APPLICATION,
    }
}

pub fn channel(channel: PurchaseChannel) -> &'static str {
    match channel {
        PurchaseChannel::Authorized => "An authorized seller",
        PurchaseChannel::Unauthorized => "An unauthorized seller",
        PurchaseChannel::Unknown => "Not known",
    }
}

pub fn password(status: PasswordStatus) -> &'static str {
    match status {
        PasswordStatus::Cleared => "Cleared by the customer",
        PasswordStatus::ToldToInspector => "Told to us",
        PasswordStatus::CouldNotClear => "Could not be cleared",
    }
}

pub fn verdict(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Free => "FREE REPAIR",
        Verdict::Paid => "PAID REPAIR",
        Verdict::NeedsProof => "NEEDS PROOF",
        Verdict::Ineligible => "NOT ELIGIBLE",
    }
}

pub fn state(state: State) -> &'static str {
    state.label()
}

pub fn start_basis(basis: crate::domain::StartBasis) -> &'static str {
    match basis {
        crate::domain::StartBasis::Invoice => "invoice date",
        crate::domain::StartBasis::Delivery => "delivery date",
        crate::domain::StartBasis::Shipment => "shipment date",
    }
}

/// A business date as people read it: "Sun 1 March 2026".
pub fn long_date(date: NaiveDate) -> String {
    date.format("%a %-d %B %Y").to_string()
}

pub fn understood_date(date: NaiveDate) -> String {
    format!("= {}", long_date(date))
}

// Validation: each names the field and says what to do.
pub fn required(field: &str) -> String {
    format!("{field}: required")
}

pub fn not_a_date(field: &str) -> String {
    format!("{field}: not a date — write 2026-03-01 or 01.03.2026")
}

pub fn date_in_future(field: &str) -> String {
    format!("{field}: cannot be in the future")
}

pub fn after_claim(field: &str) -> String {
    format!("{field}: cannot be after the claim date")
}

pub const BAD_PHONE: &str = "Phone: use digits, spaces, + - ( ) only, at least 6 digits";
pub const BAD_EMAIL: &str = "E-mail: should look like name@example.com";
pub const BAD_MONTHS: &str = "Service contract months: a whole number from 1 to 1200";
pub const PASSWORD_NOTE_NEEDED: &str = "Password: write it down, or choose another password status";

pub fn cannot_save(first_problem: &str, more: usize) -> String {
    if more == 0 {
        format!("Cannot save yet — {first_problem}")
    } else {
        format!("Cannot save yet — {first_problem} (and {more} more)")
    }
}

// First run
pub const WELCOME_TITLE: &str = "Welcome to fixdesk";
pub const WELCOME_TEXT: &str = "fixdesk runs the front desk of your repair service center: it takes in walk-in devices and online repair applications, checks parcels, decides free or paid repair by the service agreement (and tells you which clause says so), and prints receipts, confirmations and return labels. Everything stays in one file on this computer.";
pub const WELCOME_DETAILS: &str = "Your center's details, printed on every document:";
pub const CENTER_NAME: &str = "Center name";
pub const CENTER_ADDRESS: &str = "Address";
pub const CENTER_PHONE: &str = "Phone";
pub const START: &str = "Save and start";
pub const TRY_DEMO: &str = "Try it with demo data";
pub const DEMO_CENTER_NAME: &str = "Demo Repair Center";
pub const OPENING: &str = "Opening the case store…";

pub fn demo_progress(done: usize, total: usize) -> String {
    format!("Writing demo cases: {done} of {total}…")
}

// The header's due items (RULES.md §4)
fn count(n: u64, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}
pub fn parcels_expected(n: u64) -> String {
    count(n, "parcel expected", "parcels expected")
}
pub fn closing_today(n: u64) -> String {
    count(n, "application closes today", "applications close today")
}
pub fn payments_overdue(n: u64) -> String {
    count(n, "payment overdue", "payments overdue")
}
pub fn answers_overdue(n: u64) -> String {
    count(n, "answer past due", "answers past due")
}

pub fn printed(path: &std::path::Path) -> String {
    format!("Saved {} and opened it for printing.", path.display())
}
pub fn printed_not_opened(path: &std::path::Path) -> String {
    format!(
        "Saved {} — open it from there to print (no PDF viewer could be started).",
        path.display()
    )
}
