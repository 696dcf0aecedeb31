//! Every word the window shows, in one place, so a second language can be added by
//! giving this module a sibling and choosing between them (sniffnet does the same with a
//! `Language` enum). Screens never hold literal sentences.

use chrono::NaiveDate;

use crate::domain::{Arrival, PasswordStatus, PurchaseChannel, State, Verdict};

mod workflow;
pub use workflow::*;

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

/// A field typed longer than it may be, with how much is too much.
pub fn too_long(field: &str, max: usize, length: usize) -> String {
    format!("{field}: at most {max} characters (this is {length})")
}

/// Why what was typed in a date field is not a date, in the clerk's words
/// ("Paid on: 31.02.2026: February has no 31st").
pub fn not_a_date(field: &str, typed: &str) -> String {
    match crate::domain::dates::parse_date_checked(typed) {
        Err(why) => format!("{field}: {why}"),
        Ok(_) => format!("{field}: not a date — write 2026-03-01 or 01.03.2026"),
    }
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
pub const WELCOME_TEXT: &str = "fixdesk runs the front desk of your repair service center: it takes in walk-in devices and online repair applications, checks parcels, decides free or paid repair by the service agreement (and tells you which clause says so), and prints receipts, confirmations and return labels.";
pub const WHERE_CASES_ARE: &str = "Where the cases are";
pub const THIS_DESK_ONLY: &str = "This desk only (on this PC)";
pub const CENTER_SERVER: &str = "Connect to the center's server";
pub const THIS_DESK_ONLY_TEXT: &str =
    "One desk: the cases stay in one file on this computer. Nothing to set up.";
pub const SERVER_INTRO: &str = "Several desks share the center's PostgreSQL server. Ask whoever runs it for its address and this desk's login; the connection is tested before anything is saved, and the password is kept on this PC for this user only and never shown again.";
pub const SERVER_HOST: &str = "Server (name or address)";
pub const SERVER_PORT: &str = "Port";
pub const SERVER_DATABASE: &str = "Database";
pub const SERVER_USER: &str = "Login of this desk";
pub const SERVER_PASSWORD: &str = "Password";
pub const SERVER_PASSWORD_HINT: &str = "Leave empty if the server needs none";
pub const SERVER_TLS: &str = "Encryption (TLS)";
pub const SERVER_TEST: &str = "Test connection";
pub const SERVER_CONNECT: &str = "Connect";
pub const SERVER_USE_THIS_DESK: &str = "Use this desk's own file instead";
pub const SERVER_TESTING: &str = "Testing the connection…";
pub const SERVER_CONNECTING: &str = "Connecting…";
pub const NO_DATA_FOLDER: &str =
    "No data folder is known for this desk: start fixdesk with --data-dir DIR";

/// Where the desk's cases are, as Settings shows it.
pub fn cases_are_on(place: &str) -> String {
    format!("The cases are on: {place}")
}

/// A daily job's last run, for the manager (docs/rules.md §9).
pub fn job_run(run: &crate::store::jobs::JobRun) -> String {
    let what = match run.job.as_str() {
        crate::store::jobs::BACKUP => "Daily backup",
        crate::store::jobs::RETENTION => "Personal-data removal (3.7)",
        other => other,
    };
    let started = run.started_at.with_timezone(&chrono::Local).format("%H:%M");
    match (&run.finished_at, &run.outcome) {
        (Some(_), Some(outcome)) => format!(
            "{what}: {} at {started}, desk \"{}\" — {outcome}",
            run.day.format("%d.%m.%Y"),
            run.desk
        ),
        _ => format!(
            "{what}: {} since {started}, desk \"{}\" — not finished",
            run.day.format("%d.%m.%Y"),
            run.desk
        ),
    }
}

/// Settings: this workstation's name (docs/rules.md §9).
pub const DESK_NAME: &str = "This desk's name";
pub const DESK_NAME_HELP: &str = "Written on every step taken here, beside the person, so the history says where. Leave it empty to use the computer's name.";
pub const DESK_NAME_PLACEHOLDER: &str = "e.g. Front counter 1";
pub const SAVE_DESK_NAME: &str = "Save name";

pub fn desk_renamed(name: &str) -> String {
    format!("This desk is now called \"{name}\": its next steps are recorded under that name.")
}

/// The status bar's word for where this desk is.
pub fn this_desk(name: &str) -> String {
    format!("This desk: {name}")
}

/// The banner while the center's server cannot be reached (docs/rules.md §9).
pub const OFFLINE_SERVER: &str =
    "Not connected to the center's server — retrying; nothing you type is lost";
/// The banner while the desk's own case file cannot be read.
pub const OFFLINE_FILE: &str = "The case file cannot be read — retrying; nothing you type is lost";
/// Why saving waits while the database cannot be reached.
pub const OFFLINE_NO_SAVE: &str = "Cannot save while the center's server is out of reach: what you typed stays here, save again once the banner is gone";

/// A connection test that worked.
pub fn server_reached(server: &str, cases: u64, fresh: bool) -> String {
    if fresh {
        format!("Connected to {server}: a new fixdesk database, ready to use.")
    } else {
        format!("Connected to {server}: {cases} cases on file.")
    }
}

pub const WELCOME_DETAILS: &str = "Your center's details, printed on every document:";
pub const CENTER_NAME: &str = "Center name";
pub const CENTER_ADDRESS: &str = "Address";
pub const CENTER_PHONE: &str = "Phone";
pub const START: &str = "Save and start";
pub const TRY_DEMO: &str = "Try it with demo data";
pub const DEMO_CENTER_NAME: &str = "Demo Repair Center";
pub const DEMO_CENTER_ADDRESS: &str = "12 Station Road\nCambridge CB1 2JD";
pub const DEMO_CENTER_PHONE: &str = "+44 1223 000000";
pub const OPENING: &str = "Opening the case store…";

pub fn demo_progress(done: usize, total: usize) -> String {
    format!("Writing demo cases: {done} of {total}…")
}

// The header's due items (docs/rules.md §4)
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
/// What became of a printing, for the status line: `Ok` when it reached the clerk,
/// `Err` (shown in red) when the printer failed — saying why, and that the PDF is saved
/// and opened to print or save by hand.
pub fn delivered(
    path: &std::path::Path,
    delivery: &crate::gui::printer::Delivery,
) -> Result<String, String> {
    use crate::gui::printer::Delivery;
    match delivery {
        Delivery::Viewer { opened: true } => Ok(printed(path)),
        Delivery::Viewer { opened: false } => Ok(printed_not_opened(path)),
        Delivery::Printed { printer, .. } => Ok(format!(
            "Printed on {printer} (saved as {}).",
            path.display()
        )),
        Delivery::Ask { printer, .. } => Ok(format!(
            "Saved as {} — print it on {printer}?",
            path.display()
        )),
        Delivery::Failed { reason, .. } => Err(format!(
            "Not printed: {reason}. The case and the printing are saved ({}): try again, open it in the PDF viewer, or save it as a PDF.",
            path.display()
        )),
    }
}

// The bar under a document the printer did not take (or that waits for a yes).
pub const PRINT_NOW: &str = "Print";
pub const PRINT_TRY_AGAIN: &str = "Try again";
pub const OPEN_IN_VIEWER: &str = "Open in the PDF viewer";
pub const SAVE_AS_PDF: &str = "Save as PDF…";
pub const NOT_NOW: &str = "Not now";
pub fn ask_to_print(title: &str, printer: &str, copies: u32) -> String {
    match copies {
        1 => format!("Print {title} on {printer}?"),
        n => format!("Print {n} copies of {title} on {printer}?"),
    }
}
pub fn print_failed_on(title: &str, printer: &str, reason: &str) -> String {
    format!("{title} was not printed on {printer}: {reason}.")
}
pub fn saved_pdf_as(path: &std::path::Path) -> String {
    format!("Saved a copy as {}.", path.display())
}
pub fn printed_not_opened(path: &std::path::Path) -> String {
    format!(
        "Saved {} — open it from there to print (no PDF viewer could be started).",
        path.display()
    )
}

// Cases screen: finding a case and reading it whole
pub const SEARCH_PLACEHOLDER: &str =
    "Case number, serial, phone, e-mail or name — or scan the case's barcode";
pub const SEARCH_HINT: &str = "Type at least two characters. A scanned or typed case number opens the case on Enter; otherwise Enter opens the first result.";
pub const SEARCHING: &str = "Searching…";
pub const COL_NUMBER: &str = "Case";
pub const COL_CUSTOMER: &str = "Customer";
pub const COL_MODEL: &str = "Model";
pub const COL_STATE: &str = "State";
pub const COL_AGE: &str = "Age";
pub const COL_DEADLINE: &str = "Next deadline";
pub const SORT_UP: &str = " ▲";
pub const SORT_DOWN: &str = " ▼";
pub const BACK_TO_RESULTS: &str = "← Back to results";
pub const OPENING_CASE: &str = "Opening the case…";
pub const UNSOLICITED: &str =
    "Unsolicited parcel: taken in without responsibility for losses (4.3)";
pub const EMAIL_PLAIN: &str = "E-mail";
pub const RETURN_TO: &str = "Return address";
pub const SAME_AS_ADDRESS: &str = "same as the address";
pub const NONE: &str = "none";
pub const NOT_GIVEN: &str = "—";
pub const REPLACEMENT_SERIAL: &str = "Replacement unit's serial (2.5)";
pub const INVOICE: &str = "Invoice";
pub const NO_INVOICE: &str = "none presented";
pub const FAULT_AND_DIAGNOSIS: &str = "Fault and diagnosis";
pub const CAUSE: &str = "Cause";
pub const FAILED_COMPONENT: &str = "Failed component";
pub const REPAIR_METHOD: &str = "Repair method";
pub const DIAGNOSIS_NOTES: &str = "Inspector's notes";
pub const KEEP_PARTS_SHORT: &str = "Faulty parts back (2.5)";
pub const ACCESSORIES_SHORT: &str = "Accessories (3.5)";
pub const CONDITION_SHORT: &str = "Condition";
pub const PASSWORD_SHORT: &str = "Password (3.2)";
pub const BACKUP_SHORT: &str = "Backup confirmed (3.1)";
pub const ACCURACY_SHORT: &str = "Details confirmed (3.3)";
pub const PARCEL: &str = "Parcel";
pub const NO_DECISION: &str = "No decision recorded.";
pub const QUOTE_AND_PAYMENTS: &str = "Quote and payments";
pub const NO_QUOTE: &str = "No quote.";
pub const QUOTE_TOTAL: &str = "Total";
pub const PAYMENT_NOTICE: &str = "Payment notice given (2.6)";
pub const ASKED_ON: &str = "Proof or answer asked for (2.3)";
pub const PAYMENTS: &str = "Payments";
pub const NO_PAYMENTS: &str = "No payments.";
pub const RETURN_REASON: &str = "Going back because";
pub const HANDBACK: &str = "Handed back";
pub const TIMELINE: &str = "Timeline";
pub const COL_WHEN: &str = "When";
pub const COL_WHO: &str = "Who";
pub const COL_STEP: &str = "From → to";
pub const COL_CLAUSE: &str = "Clause";
pub const COL_NOTE: &str = "Note";
pub const OPENED: &str = "opened";
pub const DOCUMENTS: &str = "Printed documents";
pub const NO_DOCUMENTS: &str = "Nothing printed yet.";
pub const PRINT_AGAIN: &str = "Print again";
pub const PHOTOS: &str = "Photos";
pub const NO_PHOTOS: &str = "No photos.";
pub const ACTIONS: &str = "What can happen next";
/// What can be done with a case in this state, in the desk's words, with the clauses.
pub fn case_actions(state: State) -> &'static str {
    match state {
        State::Applied => {
            "Check the parcel when it arrives: accept it, refuse or reject it (3.6), or close the application as resolved remotely (4.1)."
        }
        State::Received => {
            "Diagnose the device: confirm a free repair, ask for proof of purchase (2.3) or send a quote (2.2)."
        }
        State::AwaitingCustomer => {
            "Record the customer's answer: the proof received (2.3), or the quote accepted or declined (2.2)."
        }
        State::AwaitingPayment => {
            "Record the payment, or send the device back once the month after the payment notice has passed (2.6)."
        }
        State::InRepair => "Record the repair as done.",
        State::Ready => "Send the repaired device back: ship it, or hand it over at the counter.",
        State::ToReturn => {
            "Send the device back unrepaired: ship it, or hand it over at the counter."
        }
        State::Expired | State::Rejected | State::ResolvedRemotely | State::Returned => CLOSED_CASE,
    }
}

/// The button that opens a case on the screen that takes its next step.
pub fn open_on(screen: &str) -> String {
    format!("Open in {screen}")
}
pub const CLOSED_CASE: &str = "Nothing further: this case is closed.";
pub const APPLICATION: &str = "Application";
pub const POLICY_VERSION: &str = "Policy version";
pub const DECIDED_AT: &str = "Decided";
pub const YES: &str = "yes";
pub const NO: &str = "no";

pub fn results_count(shown: usize, limit: usize) -> String {
    match shown {
        0 => "No case matches.".to_string(),
        1 => "1 case".to_string(),
        n if n >= limit => {
            format!("The {n} most recently active cases — type more to narrow the search")
        }
        n => format!("{n} cases, most recently active first unless sorted"),
    }
}

pub fn age_days(days: i64) -> String {
    if days == 1 {
        "1 day".to_string()
    } else {
        format!("{days} days")
    }
}

/// A business date in a list, short: "1 Mar 2026".
pub fn short_date(date: NaiveDate) -> String {
    date.format("%-d %b %Y").to_string()
}

/// When an event happened, in the desk's own time zone: "Sun 1 Mar 2026, 14:05".
pub fn when(at: chrono::DateTime<chrono::Utc>) -> String {
    at.with_timezone(&chrono::Local)
        .format("%a %-d %b %Y, %H:%M")
        .to_string()
}

pub fn deadline(label: &str, date: NaiveDate) -> String {
    format!("{label} · {}", short_date(date))
}

pub fn no_such_case(number: &crate::domain::CaseNumber) -> String {
    format!("There is no case {number}.")
}

pub fn next_states(states: &[State]) -> String {
    let names: Vec<&str> = states.iter().map(|s| s.label()).collect();
    format!("Next: {}", names.join(", "))
}

pub fn received_on(date: NaiveDate) -> String {
    format!("Received {}", long_date(date))
}

pub fn applied_on(date: NaiveDate, id: Option<&str>) -> String {
    match id {
        Some(id) => format!("Applied {} (application {id})", long_date(date)),
        None => format!("Applied {}", long_date(date)),
    }
}

pub fn yes_no(value: bool) -> &'static str {
    if value { YES } else { NO }
}

pub fn invoice(invoice: &crate::domain::Invoice, valid: Option<bool>) -> String {
    let mut parts = vec![invoice.date.map_or_else(
        || "undated".to_string(),
        |d| format!("dated {}", long_date(d)),
    )];
    if let Some(model) = &invoice.model {
        parts.push(format!("model {model}"));
    }
    if let Some(serial) = &invoice.serial {
        parts.push(format!("serial {serial}"));
    }
    if !invoice.legible {
        parts.push("illegible".to_string());
    }
    if invoice.altered {
        parts.push("altered".to_string());
    }
    parts.push(
        match valid {
            Some(true) => "valid (2.4)",
            Some(false) => "not valid (2.4)",
            None => "not checked",
        }
        .to_string(),
    );
    parts.join(" · ")
}

pub fn months(months: u32) -> String {
    if months == 1 {
        "1 month".to_string()
    } else {
        format!("{months} months")
    }
}

pub fn document(kind: crate::domain::case::DocumentKind) -> &'static str {
    use crate::domain::case::DocumentKind;
    match kind {
        DocumentKind::Receipt => "Intake receipt",
        DocumentKind::Confirmation => "Application confirmation",
        DocumentKind::Label => "Return label",
        DocumentKind::Quote => "Quote",
        DocumentKind::HandoverReceipt => "Handover receipt",
        DocumentKind::PaymentReceipt => "Payment receipt",
        DocumentKind::Sticker => "Device sticker",
    }
}

pub fn print_document(kind: crate::domain::case::DocumentKind) -> String {
    format!("Print {}", document(kind).to_lowercase())
}

pub fn printed_by(at: chrono::DateTime<chrono::Utc>, by: &str) -> String {
    format!("{} · {by}", when(at))
}

pub fn parcel_outcome(outcome: crate::domain::ParcelOutcome) -> &'static str {
    use crate::domain::ParcelOutcome;
    match outcome {
        ParcelOutcome::Refuse => "Refused at the door (2.1)",
        ParcelOutcome::Reject => "Rejected: damaged or soaked (3.6)",
        ParcelOutcome::AcceptUnsolicited => "Accepted without an open application (4.3)",
        ParcelOutcome::Accept => "Accepted",
    }
}

pub fn handback(handback: &crate::domain::case::Handback) -> String {
    use crate::domain::case::Handback;
    match handback {
        Handback::Shipped { carrier, tracking } => {
            format!("Shipped by {carrier}, tracking {tracking}")
        }
        Handback::Collected { by, id_checked } => format!(
            "Collected by {by}{}",
            if *id_checked { ", ID checked" } else { "" }
        ),
    }
}

pub fn payment(amount: &crate::domain::Money, on: NaiveDate, method: &str) -> String {
    format!("{amount} on {} ({method})", long_date(on))
}

pub fn quote_line(kind: crate::domain::repair::LineKind, description: &str) -> String {
    use crate::domain::repair::LineKind;
    let kind = match kind {
        LineKind::Parts => "Parts",
        LineKind::Labour => "Labour",
    };
    format!("{kind}: {description}")
}

// Screens still being built: what they will do.

pub fn in_state(state: State, n: u64) -> String {
    format!("{}: {n}", state.label())
}

pub fn backed_up(path: &std::path::Path) -> String {
    format!("Today's automatic backup is saved: {}", path.display())
}
pub fn fold_failed(reason: &str) -> String {
    format!(
        "The search index could not take in the newest cases: {reason} They are still found; fixdesk tries again in a minute."
    )
}

pub fn backup_failed(reason: &str) -> String {
    format!(
        "Today's automatic backup failed: {reason} Use `fixdesk backup --out FILE` to make one by hand."
    )
}

// Reports screen: the month's figures, worded as the PDF words them.
pub const PREVIOUS_MONTH: &str = "◀ Previous";
pub const NEXT_MONTH: &str = "Next ▶";
pub const LAST_MONTH: &str = "Last month";
pub const MONTH_PLACEHOLDER: &str = "YYYY-MM";
pub const MONTH_FIELD: &str = "Month";
pub const VIEW_MONTH: &str = "Month";
pub const VIEW_TREND: &str = "12 months";
pub const REPORT_REFRESH: &str = "Refresh";
pub const REPORT_EXPORT_PDF: &str = "Export PDF…";
pub const REPORT_EXPORTING: &str = "Exporting…";
pub const REPORT_OPEN_PDF: &str = "Open the PDF";
pub const CHART_PER_DAY: &str = "Cases opened per day";
pub const CHART_VERDICT_MIX: &str = "Verdict mix";
pub const TABLE_VERDICTS: &str = "Warranty verdicts of the cases opened";
pub const TABLE_RETURNS: &str = "Devices returned and turnaround";
pub const TABLE_TURNED_AWAY: &str = "Parcels and applications";
pub const TABLE_QUOTES: &str = "Quotes (2.2, 2.3)";
pub const TABLE_MONEY: &str = "Paid repairs: money (2.6)";
pub const TABLE_TOP_MODELS: &str = "Top models";
pub const TABLE_TOP_COMPONENTS: &str = "Top faulty components";
pub const NO_MODELS: &str = "No model recorded.";
pub const NO_COMPONENTS: &str = "No faulty component diagnosed yet.";
pub const NO_VERDICTS: &str = "No verdict was recorded on this month's cases.";
pub const REPORT_PRIVACY: &str =
    "Counts, dates, money and model names only: no customer's personal data (3.7).";
pub const NO_PAYMENTS_RECEIVED: &str = "No payments received";
pub const REPORT_PAID: &str = "Paid repair (2.2)";
pub const REPORT_NEEDS_PROOF: &str = "Needs proof (2.3)";
pub const REPORT_NOT_ELIGIBLE: &str = "Not eligible (1.2)";
pub const REPORT_UNDECIDED: &str = "Not yet decided";
pub const PROOFS_REQUESTED: &str = "Proof of purchase requested (2.3)";
pub const REASON_NOT_RECORDED: &str = "Unrepaired: reason not recorded";
pub const TOTAL_RETURNED: &str = "Total returned";
pub const DEVICES_MEASURED: &str = "Devices measured";
pub const REPORT_MEDIAN: &str = "Median";
pub const REPORT_P90: &str = "90th percentile";
pub const REPORT_LONGEST: &str = "Longest";
pub const REFUSED_COD: &str = "Refused: cash on delivery (2.1)";
pub const REJECTED_DAMAGED: &str = "Rejected: package damaged (3.6)";
pub const REJECTED_SOAKED: &str = "Rejected: soaked in liquid (3.6)";
pub const REJECTED_BOTH: &str = "Rejected: damaged and soaked (3.6)";
pub const REJECTED_OTHER: &str = "Rejected: no reason recorded";
pub const APPLICATIONS_EXPIRED: &str = "Applications expired (4.2)";
pub const UNSOLICITED_NO_APPLICATION: &str = "Unsolicited: no application (4.3)";
pub const UNSOLICITED_EXPIRED: &str = "Unsolicited: application expired (4.3)";
pub const QUOTES_SENT: &str = "Quotes sent";
pub const QUOTES_ACCEPTED: &str = "Accepted";
pub const QUOTES_DECLINED: &str = "Declined";
pub const QUOTES_UNANSWERED: &str = "Not answered in time (2.3)";
pub const OVERDUE_CASES: &str = "Payments overdue at month end";
pub const SENT_BACK_UNPAID: &str = "Devices sent back unpaid";
pub const WALK_IN_SHORT: &str = "Walk-in";
pub const MAIL_IN_SHORT: &str = "Mail-in";
pub const TREND_HINT: &str = "Month by month: how many cases came in, how the verdicts split, and how long devices took to go back. Each month is computed as its monthly report is.";
pub const TREND_VOLUME: &str = "Cases opened per month";
pub const TREND_MIX: &str = "Verdict mix per month (share of decided cases)";
pub const TREND_TURNAROUND: &str = "Turnaround in days, received to returned";
pub const TREND_TABLE: &str = "Month by month";
pub const REPORT_COL_MONTH: &str = "Month";
pub const REPORT_COL_OPENED: &str = "Opened";
pub const REPORT_COL_FREE: &str = "Free";
pub const REPORT_COL_PAID: &str = "Paid";
pub const REPORT_COL_MEDIAN: &str = "Median";
pub const REPORT_COL_P90: &str = "90 %";

/// A date as the report prints it: "2 March 2026".
pub fn report_date(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}
pub fn report_title(month: crate::report::Month) -> String {
    format!("Monthly report · {}", month.name())
}
pub fn report_period(f: &crate::report::MonthlyFigures) -> String {
    format!(
        "{} – {} · overdue judged on {} · computed on {}",
        report_date(f.month.first_day()),
        report_date(f.month.last_day()),
        report_date(f.as_of),
        report_date(f.computed_on)
    )
}
/// A month on a chart's axis: "Mar" (the chart's title gives the years).
pub fn report_short_month(month: crate::report::Month) -> String {
    month.first_day().format("%b").to_string()
}
pub fn reading_month(month: crate::report::Month) -> String {
    format!(
        "Reading the cases of {} and computing its figures…",
        month.name()
    )
}
pub fn trend_progress(done: usize, total: usize) -> String {
    format!("Computing month by month: {done} of {total} done…")
}
pub fn trend_title(first: crate::report::Month, last: crate::report::Month) -> String {
    format!("Trend · {} to {}", first.name(), last.name())
}
pub fn trend_failed(reason: &str) -> String {
    format!("The trend stopped: {reason} Press Refresh to try again.")
}
pub fn figures_failed(month: crate::report::Month, reason: &str) -> String {
    format!(
        "The figures of {} could not be computed: {reason} Press Refresh to try again.",
        month.name()
    )
}
pub fn nothing_to_report(month: crate::report::Month) -> String {
    format!(
        "No cases in {}: no case was opened, no parcel arrived, no quote was sent, no device went back, no payment was received and none was overdue.",
        month.name()
    )
}
pub fn day_of(month: crate::report::Month) -> String {
    format!("Day of {}", month.name())
}
pub fn month_problem(problem: &str) -> String {
    format!("{MONTH_FIELD}: {problem}")
}
pub fn month_not_begun(month: crate::report::Month) -> String {
    format!(
        "{MONTH_FIELD}: {} has not begun yet — pick this month or an earlier one",
        month.name()
    )
}
pub fn report_saved(path: &std::path::Path) -> String {
    format!("Saved the monthly report as {}.", path.display())
}
pub fn report_not_saved(reason: &str) -> String {
    format!("The report was not saved: {reason}")
}
pub fn payments_count(n: u32) -> String {
    if n == 1 {
        "1 payment".to_string()
    } else {
        format!("{n} payments")
    }
}
pub fn report_verdict(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Free => "Free repair",
        Verdict::Paid => "Paid repair",
        Verdict::NeedsProof => "Needs proof",
        Verdict::Ineligible => "Not eligible",
    }
}
pub fn verdict_share(verdict: Verdict, count: u32, share: &str) -> String {
    format!("{}: {count} ({share})", report_verdict(verdict))
}
pub fn verdict_mix_note(decided: u32, undecided: u32) -> String {
    match undecided {
        0 => format!("Shares of the {decided} cases opened this month with a warranty verdict."),
        1 => format!(
            "Shares of the {decided} cases opened this month with a warranty verdict; 1 not yet decided is left out."
        ),
        n => format!(
            "Shares of the {decided} cases opened this month with a warranty verdict; {n} not yet decided are left out."
        ),
    }
}
pub fn free_provisional(provisional: u32) -> String {
    format!("Free repair, {provisional} provisional (1.3, 1.4)")
}
pub fn report_return_reason(reason: crate::domain::ReturnReason) -> &'static str {
    use crate::domain::ReturnReason;
    match reason {
        ReturnReason::Repaired => "Repaired",
        ReturnReason::Ineligible => "Unrepaired: not eligible (1.2)",
        ReturnReason::QuoteDeclined => "Unrepaired: quote declined or unanswered (2.2)",
        ReturnReason::ProofNotGiven => "Unrepaired: proof not given (2.3)",
        ReturnReason::PaymentOverdue => "Unrepaired: payment overdue (2.6)",
    }
}
pub fn revenue_in(currency: &str, payments: u32) -> String {
    format!("Received in {currency} ({})", payments_count(payments))
}
pub fn outstanding_in(currency: &str) -> String {
    format!("Outstanding, {currency}")
}

// Settings screen
pub const SETTINGS_CENTER: &str = "The center";
pub const SETTINGS_CENTER_HINT: &str = "Printed on every receipt, confirmation, label and report.";
pub const SETTINGS_CENTER_NAME: &str = "Center name";
pub const SETTINGS_ADDRESS: &str = "Address";
pub const SETTINGS_ADDRESS_PLACEHOLDER: &str = "Street\nTown and postcode";
pub const SETTINGS_PHONE: &str = "Phone";
pub const SETTINGS_EMAIL: &str = "E-mail";
pub const SETTINGS_CURRENCY: &str = "Currency";
pub const SETTINGS_CURRENCY_HINT: &str = "Three letters: EUR, GBP, USD…";
pub const SETTINGS_BAD_PHONE: &str = "Phone: use digits, spaces, + - ( ) only, at least 6 digits";
pub const SETTINGS_BAD_EMAIL: &str = "E-mail: should look like desk@example.com";
pub const SETTINGS_BAD_CURRENCY: &str = "Currency: three letters such as EUR, GBP or USD";
pub const SETTINGS_DOCUMENTS: &str = "Documents";
pub const SETTINGS_PAPER: &str = "Paper for receipts, confirmations and reports";
pub const SETTINGS_LABEL: &str = "Return label, unless chosen when printing";
pub const SETTINGS_DEADLINES: &str = "Deadlines and data";
pub const SETTINGS_ANSWER_DAYS: &str = "Answer deadline (days)";
pub const SETTINGS_ANSWER_DAYS_HINT: &str = "Days a customer has to send proof of purchase or answer a quote (2.3); then the device goes back unrepaired.";
pub const SETTINGS_RETENTION: &str = "Keep personal data (months)";
pub const SETTINGS_RETENTION_HINT: &str = "Months after a case closes that the customer's personal data may be kept (3.7); 0 keeps it. Once a day, after the backup, older closed cases lose the customer's name, phone, e-mail and addresses; the device, money and history stay for the reports.";
pub const SETTINGS_BACKUPS_KEPT: &str = "Daily backups kept";
pub const SETTINGS_BACKUPS_KEPT_HINT: &str =
    "fixdesk backs up once a day when it opens and keeps this many daily copies.";
pub const SETTINGS_SAVED: &str = "Settings saved. New documents use them.";
pub const SETTINGS_UNSAVED: &str = "Changes not saved yet.";
pub const SETTINGS_DISCARD: &str = "Discard changes";
pub const SETTINGS_SAVING: &str = "Saving…";
pub const SAVE_SETTINGS: &str = "Save settings";
pub const SETTINGS_BACKUPS: &str = "Backups";
pub const SETTINGS_BACKUPS_HINT: &str = "A backup is a copy of every case and setting in one file, made safely while the desk works. Keep a copy away from this computer too.";
pub const BACK_UP_NOW: &str = "Back up now";
pub const BACKING_UP: &str = "Backing up…";
pub const RESTORE_BACKUP: &str = "Restore…";
pub const RESTORING: &str = "Restoring…";
pub const RESTORE_EXPLAINED: &str = "fixdesk checks the backup first and refuses a damaged one. Then it closes the case store, keeps the current database aside in the backups folder, puts the backup in its place and opens it. Every case, payment and setting entered since that backup was made will no longer be on the desk (it stays in the copy set aside).";
pub const RESTORE_CONFIRM: &str = "Restore this backup";
pub const RESTORE_CANCEL: &str = "Cancel";
pub const SETTINGS_APPEARANCE: &str = "Appearance";
pub const SETTINGS_THEME: &str = "Theme (applies at once)";
pub const SAVE_POLICY: &str = "Save policy";
pub const POLICY_TITLE: &str = "Warranty policy";
pub const POLICY_HINT: &str = "The manufacturer's warranty periods (2.4): the model's component period when the failed part is listed, else the model's whole-unit period, else the default. Saving makes a new version: decisions already made keep the version they were made under.";
pub const POLICY_DEFAULT_MONTHS: &str = "Default whole-unit months";
pub const POLICY_MODELS: &str = "Models and their components";
pub const POLICY_UNIT_HEADING: &str = "whole unit (blank: default)";
pub const POLICY_MODEL_PLACEHOLDER: &str = "Model, as the manufacturer writes it";
pub const POLICY_COMPONENT_PLACEHOLDER: &str = "Component, e.g. battery";
pub const POLICY_USE_DEFAULT: &str = "default";
pub const POLICY_MONTHS_UNIT: &str = "months";
pub const POLICY_REMOVE_MODEL: &str = "Remove model";
pub const POLICY_ADD_COMPONENT: &str = "+ Add component";
pub const POLICY_ADD_MODEL: &str = "+ Add model";
pub const POLICY_IMPORT: &str = "Import…";
pub const POLICY_EXPORT: &str = "Export…";
pub const POLICY_UNSAVED: &str =
    "Policy changes not saved yet: new decisions still use the saved version.";

pub const SETTINGS_PRINTERS: &str = "Printers";
pub const NO_PRINTER: &str = "No printer: open in the PDF viewer";
pub const PRINTERS_ASKING: &str = "Asking the system for its printers…";
pub const PRINTERS_NONE: &str =
    "The system offers no printers: add one in the system's printer settings, then look again.";
pub const PRINTERS_UNLISTED: &str = "The printers could not be listed";
pub const PRINTERS_REFRESH: &str = "Look for printers again";
pub const STICKER_SIZE: &str = "Device sticker size";
pub fn sticker_size(size: crate::domain::settings::StickerSize) -> &'static str {
    match (size.width_mm, size.height_mm) {
        (57, 32) => "57 × 32 mm",
        (50, 25) => "50 × 25 mm",
        (62, 29) => "62 × 29 mm",
        (102, 51) => "102 × 51 mm",
        _ => "Another size",
    }
}
pub fn copies(n: u32) -> &'static str {
    match n {
        1 => "1 copy",
        2 => "2 copies",
        3 => "3 copies",
        _ => "More copies",
    }
}
pub fn print_when(when: crate::domain::settings::PrintWhen) -> &'static str {
    use crate::domain::settings::PrintWhen;
    match when {
        PrintWhen::AtOnce => "Print at once",
        PrintWhen::AskFirst => "Ask first (print dialog)",
    }
}
pub fn form(form: crate::domain::settings::Form) -> &'static str {
    use crate::domain::settings::Form;
    match form {
        Form::Usual => "The center's paper",
        Form::A4 => "A4",
        Form::Letter => "Letter",
        Form::Roll80 => "80 mm roll",
        Form::Roll58 => "58 mm roll",
        Form::FourBySix => "4×6 in label",
    }
}
pub fn settings_paper(paper: crate::domain::Paper) -> &'static str {
    match paper {
        crate::domain::Paper::A4 => "A4",
        crate::domain::Paper::Letter => "Letter",
    }
}
pub fn settings_label(label: crate::domain::LabelSize) -> &'static str {
    match label {
        crate::domain::LabelSize::FourBySix => "4×6 in thermal label",
        crate::domain::LabelSize::Sheet => "Sheet (A4 / Letter)",
    }
}
pub fn settings_theme(theme: crate::domain::settings::Theme) -> &'static str {
    use crate::domain::settings::Theme;
    match theme {
        Theme::System => "As the system",
        Theme::Light => "Light",
        Theme::Dark => "Dark",
    }
}
/// A whole number out of range or not a number, naming the field.
pub fn whole_number(field: &str, typed: &str, low: u32, high: u32) -> String {
    format!("{field}: '{typed}' is not allowed — write a whole number from {low} to {high}")
}
pub fn settings_not_saved(reason: &str) -> String {
    format!("Not saved: {reason} Your changes are still here; try again.")
}
pub fn backup_made(path: &std::path::Path) -> String {
    format!("Backup saved: {}", path.display())
}
pub fn backup_not_made(reason: &str) -> String {
    format!("No backup was made: {reason}")
}
pub fn restore_question(file: &std::path::Path) -> String {
    format!("Restore {}?", file.display())
}
pub fn restore_done(set_aside: Option<&std::path::Path>) -> String {
    match set_aside {
        Some(aside) => format!(
            "Backup restored. The database it replaced is kept as {}.",
            aside.display()
        ),
        None => "Backup restored.".to_string(),
    }
}
pub fn restore_failed(reason: &str) -> String {
    format!("Not restored: {reason}")
}
pub fn policy_title(version: i64) -> String {
    format!("Warranty policy · version {version} in use")
}
pub fn policy_saved(version: i64) -> String {
    format!("Policy saved as version {version}: new decisions use it; earlier ones keep theirs.")
}
pub fn policy_not_saved(reason: &str) -> String {
    format!("Policy not saved: {reason} Your changes are still here.")
}
pub fn policy_imported(file: &std::path::Path) -> String {
    format!(
        "Read {}: check it, then press Save policy to use it.",
        file.display()
    )
}
pub fn policy_not_imported(file: &std::path::Path, problem: &str) -> String {
    format!(
        "{} was not imported: {problem}. The policy on screen is unchanged.",
        file.display()
    )
}
pub fn policy_exported(path: &std::path::Path) -> String {
    format!(
        "Policy written to {} (the format `fixdesk warranty --policy` reads).",
        path.display()
    )
}
pub fn policy_not_exported(reason: &str) -> String {
    format!("The policy was not exported: {reason}")
}
/// A model row without a name yet: "Model 3".
pub fn policy_model_n(index: usize) -> String {
    format!("Model {}", index + 1)
}
pub fn policy_name_required(model: &str) -> String {
    format!("{model}: name required")
}
pub fn policy_model_twice(model: &str) -> String {
    format!("{model}: listed twice — each model once")
}
pub fn policy_unit_months(model: &str) -> String {
    format!("{model} — whole-unit months")
}
pub fn policy_component_required(model: &str, index: usize) -> String {
    format!("{model} — component {}: name required", index + 1)
}
pub fn policy_component_twice(model: &str, component: &str) -> String {
    format!("{model} — {component}: listed twice — each component once")
}
pub fn policy_component_months(model: &str, component: &str, index: usize) -> String {
    if component.is_empty() {
        format!("{model} — component {} months", index + 1)
    } else {
        format!("{model} — {component} months")
    }
}

// Customer e-mail (docs/rules.md §11): the case's messages, Settings → E-mail, the
// header's count. The messages' own words are in domain/mail/words.rs.
pub const MESSAGES: &str = "Messages to the customer";
pub const NO_MESSAGES: &str = "No messages: customer e-mail is off, or no step has caused one yet.";
pub const RETRY: &str = "Retry";
pub const OPEN_AS_DRAFT: &str = "Open as draft";
pub fn draft_opened(path: &std::path::Path) -> String {
    format!(
        "The message is open in your mail program as a draft ({}): send it from there.",
        path.display()
    )
}
pub fn draft_not_opened(path: &std::path::Path, reason: &str) -> String {
    format!(
        "The draft is saved as {} but no mail program opened it ({reason}): open it by hand.",
        path.display()
    )
}
pub const COL_MOMENT: &str = "Moment";
pub const COL_STATUS: &str = "Status";
pub const COL_SUBJECT: &str = "Subject";
pub fn reminder_due(moment: &str) -> String {
    format!("{moment} due: send it when you have checked the case.")
}
pub fn send_reminder(moment: &str) -> String {
    format!("Send the {}", moment.to_lowercase())
}
/// Where the customer's address (their consent to service messages) was given.
pub fn consent_line(given: &str, at: chrono::DateTime<chrono::Utc>) -> String {
    format!(
        "E-mail address given in the {given} on {}: consent to messages about this case.",
        at.with_timezone(&chrono::Local).format("%d.%m.%Y %H:%M")
    )
}

/// The customer asked for no messages: why none is queued.
pub fn messages_off_line(by: &str, at: chrono::DateTime<chrono::Utc>) -> String {
    format!(
        "No messages: the customer asked for none (recorded by {by} on {}). Nothing is e-mailed; phone instead.",
        at.with_timezone(&chrono::Local).format("%d.%m.%Y")
    )
}

pub const MESSAGES_SWITCH_OFF: &str = "Customer wants no messages";
pub const MESSAGES_SWITCH_ON: &str = "Send messages again";
pub const MESSAGES_SWITCHED_OFF: &str = "Recorded: no messages to this customer from now on.";
pub const MESSAGES_SWITCHED_ON: &str = "Recorded: this customer gets messages again.";

pub const REMINDER_QUEUED: &str = "The reminder is queued and goes out in a moment.";
pub fn message_retried() -> String {
    "The message is queued again (same Message-ID).".to_string()
}
pub fn mail_attention(failed: u64, to_phone: u64) -> String {
    match (failed, to_phone) {
        (0, n) => format!("✉ {n} to phone"),
        (n, 0) => format!("✉ {n} failed"),
        (f, p) => format!("✉ {f} failed, {p} to phone"),
    }
}
pub const MAIL_SECTION: &str = "Customer e-mail";
pub const MAIL_HELP: &str = "Customers hear from the center at each step, with the document attached. A message is queued with the step that causes it and sent in the background; nothing is sent until e-mail is switched on here.";
pub const MAIL_ON: &str = "Send customer e-mail";
pub const MAIL_SERVER: &str = "Mail server";
pub const MAIL_PORT: &str = "Port";
pub const MAIL_SECURITY: &str = "Security";
pub const MAIL_USER: &str = "Login";
pub const MAIL_SECRET: &str = "Password";
pub const MAIL_SECRET_KEPT: &str =
    "A password is kept on this desk (never shown). Type a new one to replace it.";
pub const MAIL_SECRET_NONE: &str = "No password on this desk. The desk that sends needs it; it stays in this desk's data folder, never in the database or a backup.";
pub const MAIL_FROM_NAME: &str = "Sender name";
pub const MAIL_FROM_ADDRESS: &str = "Sender address";
pub const MAIL_REPLY_TO: &str = "Reply-to (empty: the sender)";
pub const MAIL_REMINDER_DAYS: &str = "Payment reminder due (days before 2.6's deadline)";
pub const MAIL_SAVE: &str = "Save e-mail settings";
pub const MAIL_SAVED: &str = "E-mail settings saved.";
pub const MAIL_TEST_TO: &str = "Send a test message to";
pub const MAIL_TEST: &str = "Send a test message";
pub const MAIL_TESTING: &str = "Sending…";
pub fn mail_tested(reply: &str) -> String {
    format!("The server accepted the test message ({reply}).")
}
pub const MAIL_MOMENTS: &str = "Moments";
pub const MAIL_TEMPLATE: &str = "Template";
pub const MAIL_SUBJECT: &str = "Subject";
pub const MAIL_DEFAULT_WORDS: &str = "Back to the default words";
pub const MAIL_FIELDS: &str = "Fields this template may use";
pub const MAIL_PREVIEW: &str = "Preview";
pub fn mail_preview_of(number: &str) -> String {
    format!("Filled from case {number}")
}
pub const MAIL_PREVIEW_NONE: &str =
    "No case yet to fill the preview from: the fields are shown as written.";
pub fn mail_unknown_fields(names: &[String]) -> String {
    format!(
        "Not fields of this moment, sent as written: {}",
        names
            .iter()
            .map(|n| format!("{{{n}}}"))
            .collect::<Vec<_>>()
            .join(", ")
    )
}
pub fn mail_attachment(document: &str) -> String {
    format!("Attached: {document} (PDF)")
}

// Staff, sign-in and the idle lock (docs/rules.md §10).
pub const STAFF: &str = "Staff";
pub const SIGN_IN_TITLE: &str = "Sign in";
pub const SWITCH_TITLE: &str = "Switch person";
pub const LOCKED_TITLE: &str = "This desk is locked";
pub const LOCKED_HINT: &str = "It locked itself after a while without use. What was typed is kept: sign in to go on (anyone may; what is saved from now on is theirs).";
pub const SIGN_IN_HINT: &str = "This center's desks are used by named people: sign in.";
pub const SWITCH_HINT: &str = "The next person signs in; the forms stay as they are.";
pub const SECRET: &str = "Password or PIN";
pub const SIGN_IN: &str = "Sign in";
pub const CANCEL: &str = "Cancel";
pub const SWITCH_PERSON: &str = "Switch person";
pub const LOCK: &str = "Lock";
pub const GIVE_NAME: &str = "Name: give your name.";
pub const STAFF_INTRO_NONE: &str = "Nobody has an account yet: anyone at this desk may do everything, and the history names the computer's user. Once the manager's account is made, every desk of the center asks who is working, and each person may do what their roles allow.";
pub const WELCOME_WITH_STAFF: &str =
    "Several people work here: create the manager's account next (a one-person shop can skip this)";
pub const STAFF_FIRST: &str = "Create the manager's account";
pub const STAFF_ADD: &str = "Add a person";
pub const STAFF_ROLES: &str = "Roles";
pub const STAFF_PIN: &str = "PIN (4–12 digits) instead of a password";
pub const STAFF_SECRET_AGAIN: &str = "The same again";
pub const STAFF_NEW_SECRET: &str = "New password or PIN";
pub const STAFF_SAVE_ROLES: &str = "Save roles";
pub const STAFF_DISABLE: &str = "Disable";
pub const STAFF_ENABLE: &str = "Enable";
pub const STAFF_RESET: &str = "Set the new secret";
pub const STAFF_HISTORY: &str = "Changes to the staff";
pub const STAFF_LOCK_MINUTES: &str = "Lock an idle desk after (minutes, 0 = never)";
pub const STAFF_SAVE_LOCK: &str = "Save";
pub const STAFF_SECRETS_DIFFER: &str = "The two entries differ: type the same secret twice.";
pub const STAFF_DISABLED: &str = "disabled";
pub fn signed_in_as(name: &str) -> String {
    format!("Signed in: {name}")
}
pub fn role_label(role: crate::domain::staff::Role) -> &'static str {
    use crate::domain::staff::Role;
    match role {
        Role::Clerk => "Clerk — intake, applications, payments, receipts",
        Role::Inspector => "Inspector — parcels, diagnosis, quotes, customer answers",
        Role::Dispatcher => "Dispatcher — dispatch, labels, pickup, returns, due items",
        Role::Manager => "Manager — everything, with policy, settings, staff, backups, reports",
    }
}
pub fn staff_added(name: &str) -> String {
    format!("{name} was added.")
}
pub fn staff_changed(name: &str) -> String {
    format!("{name}'s account was changed.")
}
pub fn staff_change_line(change: &crate::store::staff::StaffChange) -> String {
    let what = match change.change.as_str() {
        "added" => format!("added {} ({})", change.person, change.detail),
        "roles" => format!("gave {} the roles {}", change.person, change.detail),
        "disabled" => format!("disabled {}", change.person),
        "enabled" => format!("enabled {}", change.person),
        "secret_reset" => format!("set a new {} for {}", change.detail, change.person),
        other => format!("{other} {}", change.person),
    };
    let desk = if change.desk.is_empty() {
        String::new()
    } else {
        format!(" at {}", change.desk)
    };
    format!(
        "{} — {} {what}{desk}",
        change
            .at
            .with_timezone(&chrono::Local)
            .format("%d.%m.%Y %H:%M"),
        change.actor
    )
}
pub fn not_your_screen(screen: &str) -> String {
    format!("{screen} is not among your roles' work: ask a manager, or switch person.")
}
pub const EXPORT_PERSONAL: &str = "Export the customer's data (3.7)";
pub fn personal_exported(path: &std::path::Path, cases: usize) -> String {
    format!(
        "Everything held on this customer ({cases} cases) was written to {}; each case records the export.",
        path.display()
    )
}
