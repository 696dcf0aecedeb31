//! `fixdesk step CASE ACTION`: every step the screens take, from the shell. The action's
//! inputs come as JSON on standard input (or `--json FILE`); the step runs through the
//! same store entry point as the screens (`Store::apply`, the domain's rules, one
//! transaction, one event), and the case is printed afterwards as `fixdesk show` prints
//! it. Bad input exits 2 naming the field, and nothing is changed.

use std::io::Read;
use std::path::{Path, PathBuf};

use chrono::{Local, NaiveDate, Utc};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::domain::case::Handback;
use crate::domain::dates::{after_today_warning, parse_date_checked};
use crate::domain::repair::{LineKind, QuoteLine};
use crate::domain::warranty::{Cause, Invoice, PurchaseChannel};
use crate::domain::{
    Arrival, Case, Currency, Customer, Device, Diagnosis, Handover, Language, Money, NewCase,
    ParcelArrival, Payment, Proof, Quote, RepairMethod, Step,
};

use crate::i18n::Words;
use crate::store::StoreError;

use super::show::{case_number, print};
use super::store::{Place, login_name, store_error};
use super::{CliError, CliResult};

/// The JSON each action reads, shown by `fixdesk step --help`.
pub(super) const ACTIONS: &str = "\
Runs one step on a case, exactly as the screens do (the same rules, the same event with
its clause), and prints the case afterwards as `fixdesk show` does. The action's inputs
are a JSON object on standard input, or in --json FILE; actions marked (no input) read
nothing. Dates are written 2026-03-01 or 01.03.2026. Bad input exits 2 naming the field,
and changes nothing. Business dates are inputs; --on gives the business day of steps
that ask, check a deadline or decide (default: today).

CASE is a case number (SC-2026-000123), or `new` for `open` and `unsolicited`.

ACTIONS AND THEIR JSON
  open            a walk-in device or an online application (1.1); CASE is `new`
                  {\"arrival\": \"walk_in\" | \"mail_in\", \"application_id\": null,
                   \"applied_on\": DATE (mail-in), \"received_on\": DATE (walk-in),
                   \"customer\": {\"name\", \"phone\", \"email\", \"address\", \"return_address\"},
                   \"device\": {\"model\", \"serial\"}, \"proof\": PROOF, \"fault\": TEXT,
                   \"component\": null, \"handover\": HANDOVER, \"keep_parts\": false}
  receive         the parcel for an open application (docs/rules.md §5; 2.1, 3.4-3.6, 4.2)
                  {\"received_on\": DATE, \"cash_on_delivery\": false, \"package_damaged\": false,
                   \"soaked\": false, \"packaging_adequate\": true,
                   \"serial_found\": null | SERIAL (the device's, when not the application's:
                   it becomes the case's serial and the warranty is decided again, 2.4),
                   \"handover\": HANDOVER}
  unsolicited     a parcel without an open application (4.3); CASE is `new`, or the
                  expired application it came for (expired now if still open, 4.2)
                  {\"parcel\": (as receive), \"sender\": (as open, without arrival and dates)}
  diagnose        {\"cause\": \"manufacturing\" | \"man_made\" | \"force_majeure\" |
                   \"improper_use\" | \"improper_packaging\", \"component\": null,
                   \"method\": null | \"software_update\" | \"part_replacement\" |
                   \"unit_replacement\", \"notes\": \"\"}
  send_quote      {\"currency\": \"EUR\" (default: the center's),
                   \"lines\": [{\"kind\": \"parts\" | \"labour\", \"description\": TEXT,
                               \"amount\": \"45.50\"}]}
  accept_quote    {\"notice_on\": DATE}  the payment notice (2.6 counts a month from it),
                  not before the quote was sent; left out: the day the quote was e-mailed
  decline_quote   (no input)
  ask_for_proof   (no input)  proof asked for on --on (2.3)
  proof_received  PROOF
  return_unanswered (no input)  no answer by the answer days after --on (2.3)
  payment         {\"amount\": \"50.00\", \"paid_on\": DATE, \"method\": \"cash\"}
                  (the quote's currency; not before the payment notice)
  return_overdue  (no input)  payment overdue on --on (2.6)
  repair_done     {\"replacement_serial\": null | SERIAL (a whole-unit replacement, 2.5)}
  resolve_remotely {\"note\": TEXT}  (4.1)
  expire          (no input)  application past its 15 days on --on (4.2)
  hand_back       {\"carrier\": TEXT, \"tracking\": TEXT}  shipped back (2.1), or
                  {\"collected_by\": NAME, \"id_checked\": true}  collected at the counter
  no_messages     (no input)  the customer asks for no e-mail: none is queued from now on
  messages        (no input)  the customer asks for e-mail again (docs/rules.md §11)

  PROOF           {\"channel\": \"authorized\" | \"unauthorized\" | \"unknown\",
                   \"invoice\": null | {\"date\": DATE, \"model\": TEXT, \"serial\": TEXT,
                                       \"legible\": true, \"altered\": false},
                   \"shipment_date\": null, \"delivery_date\": null, \"contract_months\": null}
  HANDOVER        {\"accessories\": [TEXT], \"condition\": TEXT,
                   \"password\": \"cleared\" | \"told_to_inspector\" | \"could_not_clear\",
                   \"password_note\": null, \"backup_acknowledged\": false,
                   \"accuracy_confirmed\": false}

Required: received_on (receive), cause (diagnose), lines (send_quote), amount and paid_on (payment), note (resolve_remotely), and for open the
customer's name and phone, the device and the fault (and the address for mail-in). Any
other field may be left out.";

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The case number, or `new` for `open` and `unsolicited`.
    #[arg(value_name = "CASE")]
    pub case: String,
    /// What to do (see the list below).
    #[arg(value_name = "ACTION")]
    pub action: String,
    /// Read the action's inputs from this file instead of standard input (`-`: stdin).
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,
    /// The business day the step is taken on (default: today).
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    /// Who takes the step, for the history (default: the login name).
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,
}

/// A business date in the JSON: ISO or the desk's local forms, with the reason when it
/// is not a date ("31.02.2026: February has no 31st").
#[derive(Debug, Clone, Copy)]
struct Day(NaiveDate);

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        parse_date_checked(&text)
            .map(Day)
            .map_err(serde::de::Error::custom)
    }
}

fn day(day: Option<Day>) -> Option<NaiveDate> {
    day.map(|d| d.0)
}

fn yes() -> bool {
    true
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct InvoiceInput {
    date: Option<Day>,
    model: Option<String>,
    serial: Option<String>,
    #[serde(default = "yes")]
    legible: bool,
    #[serde(default)]
    altered: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProofInput {
    /// Not given: not known (1.2).
    #[serde(default)]
    channel: PurchaseChannel,
    invoice: Option<InvoiceInput>,
    shipment_date: Option<Day>,
    delivery_date: Option<Day>,
    contract_months: Option<u32>,
}

impl ProofInput {
    fn proof(self) -> Proof {
        Proof {
            channel: self.channel,
            invoice: self.invoice.map(|i| Invoice {
                date: day(i.date),
                model: i.model,
                serial: i.serial,
                legible: i.legible,
                altered: i.altered,
            }),
            shipment_date: day(self.shipment_date),
            delivery_date: day(self.delivery_date),
            contract_months: self.contract_months,
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct CustomerInput {
    #[serde(default)]
    name: String,
    #[serde(default)]
    phone: String,
    email: Option<String>,
    #[serde(default)]
    address: String,
    return_address: Option<String>,
    /// The customer's language ("en", "zh"); without it, the center's.
    language: Option<String>,
}

impl CustomerInput {
    /// The customer's language: as given, else the center's (docs/rules.md §13).
    fn language(&self, center: Language) -> Result<Language, CliError> {
        match &self.language {
            None => Ok(center),
            Some(code) => code
                .parse::<Language>()
                .map_err(|_| super::settings::not_a_language("customer.language", code)),
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct DeviceInput {
    #[serde(default)]
    model: String,
    #[serde(default)]
    serial: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct HandoverInput {
    #[serde(default)]
    accessories: Vec<String>,
    #[serde(default)]
    condition: String,
    #[serde(default)]
    password: crate::domain::PasswordStatus,
    password_note: Option<String>,
    #[serde(default)]
    backup_acknowledged: bool,
    #[serde(default)]
    accuracy_confirmed: bool,
}

impl HandoverInput {
    fn handover(self) -> Handover {
        Handover {
            accessories: self.accessories,
            condition: self.condition,
            password: self.password,
            password_note: self.password_note,
            backup_acknowledged: self.backup_acknowledged,
            accuracy_confirmed: self.accuracy_confirmed,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OpenInput {
    #[serde(default = "walk_in")]
    arrival: Arrival,
    application_id: Option<String>,
    applied_on: Option<Day>,
    received_on: Option<Day>,
    #[serde(default)]
    customer: CustomerInput,
    #[serde(default)]
    device: DeviceInput,
    #[serde(default)]
    proof: ProofInput,
    #[serde(default)]
    fault: String,
    component: Option<String>,
    #[serde(default)]
    handover: HandoverInput,
    #[serde(default)]
    keep_parts: bool,
}

fn walk_in() -> Arrival {
    Arrival::WalkIn
}

impl OpenInput {
    fn new_case(self, center_language: Language) -> Result<NewCase, CliError> {
        let language = self.customer.language(center_language)?;
        Ok(NewCase {
            arrival: self.arrival,
            application_id: self.application_id,
            applied_on: day(self.applied_on),
            received_on: day(self.received_on),
            customer: Customer {
                name: self.customer.name,
                phone: self.customer.phone,
                email: self.customer.email,
                address: self.customer.address,
                return_address: self.customer.return_address,
                language,
            },
            device: Device {
                model: self.device.model,
                serial: self.device.serial,
            },
            proof: self.proof.proof(),
            fault: self.fault,
            component: self.component,
            handover: self.handover.handover(),
            keep_parts: self.keep_parts,
        })
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReceiveInput {
    received_on: Day,
    #[serde(default)]
    cash_on_delivery: bool,
    #[serde(default)]
    package_damaged: bool,
    #[serde(default)]
    soaked: bool,
    #[serde(default = "yes")]
    packaging_adequate: bool,
    serial_found: Option<String>,
    #[serde(default)]
    handover: HandoverInput,
}

impl ReceiveInput {
    fn parcel(self) -> ParcelArrival {
        ParcelArrival {
            received_on: self.received_on.0,
            cash_on_delivery: self.cash_on_delivery,
            package_damaged: self.package_damaged,
            soaked: self.soaked,
            packaging_adequate: self.packaging_adequate,
            serial_found: self.serial_found.filter(|s| !s.trim().is_empty()),
            handover: self.handover.handover(),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct UnsolicitedInput {
    parcel: ReceiveInput,
    sender: OpenInput,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DiagnoseInput {
    cause: Cause,
    component: Option<String>,
    method: Option<RepairMethod>,
    #[serde(default)]
    notes: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LineInput {
    kind: LineKind,
    #[serde(default)]
    description: String,
    amount: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct QuoteInput {
    currency: Option<Currency>,
    lines: Vec<LineInput>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AcceptInput {
    /// Left out: the day the quote's e-mail went (2.6, docs/rules.md §11).
    notice_on: Option<Day>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PaymentInput {
    amount: String,
    paid_on: Day,
    #[serde(default)]
    method: String,
    currency: Option<Currency>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RepairInput {
    replacement_serial: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ResolveInput {
    note: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct HandBackInput {
    carrier: Option<String>,
    tracking: Option<String>,
    collected_by: Option<String>,
    #[serde(default)]
    id_checked: bool,
}

/// The actions that read no input.
const NO_INPUT: [&str; 7] = [
    "decline_quote",
    "ask_for_proof",
    "return_unanswered",
    "return_overdue",
    "expire",
    "no_messages",
    "messages",
];

/// Reads the inputs: the file, or standard input.
fn read_input(json: Option<&Path>) -> Result<Value, CliError> {
    let text = match json {
        Some(path) if path != Path::new("-") => std::fs::read_to_string(path).map_err(|err| {
            let (file, error) = (path.display().to_string(), err.to_string());
            CliError::input_in(move |w| w.cli_error_json_unreadable(&file, &error))
        })?,
        _ => {
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text).map_err(|err| {
                let error = err.to_string();
                CliError::input_in(move |w| w.cli_error_stdin_unreadable(&error))
            })?;
            text
        }
    };
    if text.trim().is_empty() {
        return Ok(Value::Object(serde_json::Map::new()));
    }
    // The parser's words as they came, in our frame.
    serde_json::from_str(&text).map_err(|err| {
        let error = err.to_string();
        CliError::input_in(move |w| w.cli_error_not_json(&error))
    })
}

/// Reads one action's inputs, naming the field that is wrong.
fn parse<T: DeserializeOwned>(value: Value) -> Result<T, CliError> {
    serde_path_to_error::deserialize(value).map_err(|err| {
        let path = err.path().to_string();
        let inner = err.into_inner();
        // The parser's words (and the domain's, for a date) as they came; the field's
        // path as the JSON writes it.
        let inner = inner.to_string();
        if path == "." || path.is_empty() {
            CliError::input(inner)
        } else {
            CliError::input_in(move |w| w.cli_error_about(&path, &inner))
        }
    })
}

fn money(field: &str, text: &str, currency: &Currency) -> Result<Money, CliError> {
    Money::parse(text, currency.clone()).map_err(|err| {
        let (field, problem) = (field.to_string(), err.note());
        CliError::input_in(move |w| w.field_problem(&field, &problem))
    })
}

/// The step an action asks for, built from its inputs and (for a payment's currency) the
/// case as it stands.
fn build_step(
    action: &str,
    input: Value,
    case: Option<&Case>,
    expired: Option<crate::domain::CaseNumber>,
    center_currency: &Currency,
    center_language: Language,
) -> Result<Step, CliError> {
    Ok(match action {
        "receive" => Step::Receive(parse::<ReceiveInput>(input)?.parcel()),
        "unsolicited" => {
            let input: UnsolicitedInput = parse(input)?;
            Step::Unsolicited {
                new: Box::new(input.sender.new_case(center_language)?),
                parcel: input.parcel.parcel(),
                expired,
            }
        }
        "diagnose" => {
            let input: DiagnoseInput = parse(input)?;
            Step::Diagnose(Diagnosis {
                cause: input.cause,
                component: input.component,
                method: input.method,
                notes: input.notes,
            })
        }
        "send_quote" => {
            let input: QuoteInput = parse(input)?;
            let currency = input.currency.unwrap_or_else(|| center_currency.clone());
            let lines = input
                .lines
                .into_iter()
                .enumerate()
                .map(|(i, line)| {
                    Ok(QuoteLine {
                        kind: line.kind,
                        description: line.description,
                        amount: money(&format!("lines[{i}].amount"), &line.amount, &currency)?,
                    })
                })
                .collect::<Result<Vec<_>, CliError>>()?;
            Step::SendQuote(Quote { currency, lines })
        }
        "accept_quote" => match (parse::<AcceptInput>(input)?.notice_on, case) {
            (Some(day), _) => Step::AcceptQuote(day.0),
            (
                None,
                Some(Case {
                    payment_notice_on: Some(emailed),
                    ..
                }),
            ) => Step::AcceptQuote(*emailed),
            (None, _) => {
                return Err(CliError::input_in(|w| w.cli_error_notice_on()));
            }
        },
        "decline_quote" => Step::DeclineQuote,
        "ask_for_proof" => Step::AskForProof,
        "proof_received" => Step::ProofReceived(parse::<ProofInput>(input)?.proof()),
        "return_unanswered" => Step::ReturnUnanswered,
        "payment" => {
            let input: PaymentInput = parse(input)?;
            let currency = input
                .currency
                .or_else(|| {
                    case.and_then(|c| c.quote.as_ref())
                        .map(|q| q.currency.clone())
                })
                .unwrap_or_else(|| center_currency.clone());
            Step::Payment(Payment {
                amount: money("amount", &input.amount, &currency)?,
                paid_on: input.paid_on.0,
                method: input.method,
            })
        }
        "return_overdue" => Step::ReturnOverdue,
        "repair_done" => Step::RepairDone(parse::<RepairInput>(input)?.replacement_serial),
        "resolve_remotely" => Step::ResolveRemotely(parse::<ResolveInput>(input)?.note),
        "expire" => Step::Expire,
        "no_messages" => Step::Messages(false),
        "messages" => Step::Messages(true),
        "hand_back" => {
            let input: HandBackInput = parse(input)?;
            match (input.carrier, input.tracking, input.collected_by) {
                (None, None, Some(by)) => Step::HandBack(Handback::Collected {
                    by,
                    id_checked: input.id_checked,
                }),
                (carrier, tracking, None) if carrier.is_some() || tracking.is_some() => {
                    Step::HandBack(Handback::Shipped {
                        carrier: carrier.unwrap_or_default(),
                        tracking: tracking.unwrap_or_default(),
                    })
                }
                (None, None, None) => {
                    return Err(CliError::input_in(|w| w.cli_error_hand_back_how()));
                }
                _ => {
                    return Err(CliError::input_in(|w| w.cli_error_hand_back_both()));
                }
            }
        }
        other => {
            let action = other.to_string();
            return Err(CliError::input_in(move |w| {
                w.cli_error_not_an_action(&action)
            }));
        }
    })
}

/// Warns (on standard error, without refusing) about a business date after the day the
/// step is taken on: most likely mistyped, and it would move a deadline.
/// Said in the center's language (`w`).
fn warn_after(step: &Step, today: NaiveDate, w: Words) {
    for (what, field, date) in step.business_dates() {
        if let Some(warning) = after_today_warning(what, field, date, today) {
            eprintln!("fixdesk: {}", w.cli_warning(w.problem(&warning)));
        }
    }
}

pub fn run(place: &Place, args: &Args) -> CliResult {
    let action = args.action.trim().to_ascii_lowercase().replace('-', "_");
    let today = match &args.on {
        Some(text) => parse_date_checked(text).map_err(|err| {
            CliError::input_in(move |w| w.cli_error_about("--on", w.date_error(&err)))
        })?,
        None => Local::now().date_naive(),
    };
    let actor = args.by.clone().unwrap_or_else(login_name);
    let new = args.case.trim().eq_ignore_ascii_case("new");
    let number = if new {
        None
    } else {
        Some(case_number(&args.case)?)
    };
    // `open` makes a case; every other action is a step's.
    if action != "open" && !crate::domain::step::ACTIONS.contains(&action.as_str()) {
        let action = args.action.trim().to_string();
        return Err(CliError::input_in(move |w| {
            w.cli_error_not_an_action(&action)
        }));
    }
    // The inputs are read before the store is opened; nothing is written until the
    // step's one transaction, so a wrong input changes nothing.
    let input = if NO_INPUT.contains(&action.as_str()) && args.json.is_none() {
        Value::Object(serde_json::Map::new())
    } else {
        read_input(args.json.as_deref())?
    };
    if NO_INPUT.contains(&action.as_str()) && input.as_object().is_none_or(|o| !o.is_empty()) {
        return Err(CliError::input_in(move |w| w.cli_error_no_input(&action)));
    }
    let mut store = place.open()?;
    let (_, policy) = store.policy().map_err(store_error)?;
    let settings = store.settings().map_err(store_error)?;
    let currency = settings.center.currency.clone();
    let now = Utc::now();
    let case = match action.as_str() {
        "open" => {
            if !new {
                return Err(CliError::input_in(|w| w.cli_error_open_new()));
            }
            let new_case = parse::<OpenInput>(input)?.new_case(settings.language)?;
            store
                .create_case(&new_case, &policy, &actor, now)
                .map_err(store_error)?
        }
        "unsolicited" => {
            let step = build_step(&action, input, None, number, &currency, settings.language)?;
            warn_after(&step, today, settings.language.words());
            store
                .apply(None, &step, &policy, today, &actor, now)
                .map_err(store_error)?
        }
        _ => {
            let Some(number) = number else {
                let action = action.clone();
                return Err(CliError::input_in(move |w| w.cli_error_needs_case(&action)));
            };
            let case = store
                .case(&number)
                .map_err(store_error)?
                .ok_or_else(|| store_error(StoreError::NotFound(number.clone())))?;
            let step = build_step(
                &action,
                input,
                Some(&case),
                None,
                &currency,
                settings.language,
            )?;
            warn_after(&step, today, settings.language.words());
            store
                .apply(Some(&number), &step, &policy, today, &actor, now)
                .map_err(store_error)?
        }
    };
    let answer_days = store.answer_days().map_err(store_error)?;
    print(&case, answer_days)
}
