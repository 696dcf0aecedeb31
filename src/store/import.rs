//! Import of online repair applications (clause 1.1).
//!
//! A CSV file with a header row, or a JSON array of objects, with the fields
//! `application_id, applied_on, name, phone, email, address, return_address, model,
//! serial, purchase_channel, invoice_date, fault, keep_parts`, and optionally `language`
//! (the customer's: `en` or `zh`; without it, or left empty, the center's language,
//! docs/rules.md §13). The whole file is read and
//! checked before anything is written: one bad row and nothing is imported, and every
//! bad row is reported as `line N: field: problem`. Importing the same file again
//! creates nothing new: an application already on file (by `application_id`) is skipped.

use std::collections::HashMap;
use std::path::Path;

use chrono::{DateTime, Utc};
use serde_json::Value;

use super::flow::{WriteTx, insert_new_case};
use super::{Result, StoreError};
use crate::domain::Note;
use crate::domain::dates::parse_date;
use crate::domain::step::{missing, new_case_problems};
use crate::domain::{
    Arrival, CaseNumber, Customer, Device, Handover, Invoice, Language, NewCase, Policy, Proof,
    PurchaseChannel,
};

/// The fields of an application, in the order the README's `import` section lists them.
pub const FIELDS: [&str; 13] = [
    "application_id",
    "applied_on",
    "name",
    "phone",
    "email",
    "address",
    "return_address",
    "model",
    "serial",
    "purchase_channel",
    "invoice_date",
    "fault",
    "keep_parts",
];

/// The fields a file may leave out: a file made before them imports as it did.
pub const OPTIONAL_FIELDS: [&str; 1] = ["language"];

/// One checked application and the line it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportRow {
    pub line: usize,
    pub new: NewCase,
    /// The customer's language as the file gives it; `None` takes the center's when the
    /// rows are written ([`with_language`]).
    pub language: Option<Language>,
}

/// The rows with the customer's language the file left out set to the center's.
pub(crate) fn with_language(rows: &[ImportRow], center: Language) -> Vec<ImportRow> {
    rows.iter()
        .map(|row| {
            let mut row = row.clone();
            row.new.customer.language = row.language.unwrap_or(center);
            row
        })
        .collect()
}

/// One problem with one row: printed as `line N: field: problem`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    pub line: usize,
    pub field: String,
    pub problem: Note,
}

impl std::fmt::Display for RowProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "line {}: {}: {}",
            self.line, self.field, self.problem.text
        )
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("cannot read {path}: {}", problem.text)]
    Unreadable { path: String, problem: Note },
    #[error("{} bad rows: nothing was imported; correct them and import the file again", .0.len())]
    Rows(Vec<RowProblem>),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ImportReport {
    /// The cases opened, in file order.
    pub created: Vec<CaseNumber>,
    /// Applications already on file, skipped.
    pub already_on_file: usize,
}

/// The raw text of one row by field name (absent fields are `None`).
type RawRow = HashMap<String, String>;

/// Reads and checks an import file: JSON when it starts with `[`, CSV otherwise.
pub fn read_import_file(path: &Path) -> Result<Vec<ImportRow>, ImportError> {
    let bytes = std::fs::read(path).map_err(|err| ImportError::Unreadable {
        path: path.display().to_string(),
        problem: Note::detail(err),
    })?;
    let text = String::from_utf8(bytes).map_err(|_| ImportError::Unreadable {
        path: path.display().to_string(),
        problem: Note::coded(
            "import-not-utf8",
            "it is not UTF-8 text; save it as UTF-8 (CSV or JSON)",
        ),
    })?;
    parse_import(&text)
}

/// Parses and checks import text (see [`read_import_file`]).
pub fn parse_import(text: &str) -> Result<Vec<ImportRow>, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (raw, mut problems) = if text.trim_start().starts_with('[') {
        json_rows(text)?
    } else {
        csv_rows(text)?
    };
    let mut rows = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (line, fields) in raw {
        match application(&fields) {
            Ok((new, language)) => {
                let id = new.application_id.clone().unwrap_or_default();
                if let Some(first) = seen.insert(id.clone(), line) {
                    problems.push(RowProblem {
                        line,
                        field: "application_id".into(),
                        problem: Note::coded(
                            "import-twice",
                            format!("'{id}' appears twice in the file (also line {first})"),
                        )
                        .arg("id", &id)
                        .arg("first", first),
                    });
                } else {
                    rows.push(ImportRow {
                        line,
                        new,
                        language,
                    });
                }
            }
            Err(list) => problems.extend(list.into_iter().map(|(field, problem)| RowProblem {
                line,
                field,
                problem,
            })),
        }
    }
    if problems.is_empty() {
        Ok(rows)
    } else {
        problems.sort_by_key(|p| p.line);
        Err(ImportError::Rows(problems))
    }
}

/// The rows that could be read, and the problems of those that could not.
type Rows = (Vec<(usize, RawRow)>, Vec<RowProblem>);

fn csv_rows(text: &str) -> Result<Rows, ImportError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|err| rows_error(1, "header", Note::detail(err)))?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    check_columns(headers.iter().map(String::as_str), 1)?;
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for record in reader.records() {
        match record {
            Ok(record) => {
                let line = record.position().map_or(0, |p| p.line() as usize);
                if record.iter().all(|v| v.is_empty()) {
                    continue;
                }
                let row = headers
                    .iter()
                    .cloned()
                    .zip(record.iter().map(str::to_string))
                    .collect();
                out.push((line, row));
            }
            Err(err) => {
                let line = err.position().map_or(0, |p| p.line() as usize);
                let problem = match err.kind() {
                    csv::ErrorKind::UnequalLengths {
                        expected_len, len, ..
                    } => Note::coded(
                        "import-field-count",
                        format!("has {len} fields where the header has {expected_len}"),
                    )
                    .arg("count", len)
                    .arg("expected", expected_len),
                    _ => Note::detail(err),
                };
                problems.push(RowProblem {
                    line,
                    field: "row".into(),
                    problem,
                });
            }
        }
    }
    Ok((out, problems))
}

fn rows_error(line: usize, field: &str, problem: Note) -> ImportError {
    ImportError::Rows(vec![RowProblem {
        line,
        field: field.into(),
        problem,
    }])
}

/// "not valid JSON (…)": the parser's words kept as they came.
fn not_json(err: &serde_json::Error) -> Note {
    Note::coded("not-json", format!("not valid JSON ({err})")).arg("detail", err)
}

/// "must be text, not 12": a JSON value of the wrong kind (`what` is the English).
fn must_be(code: &str, what: &str, value: &Value) -> Note {
    Note::coded(code, format!("must be {what}, not {value}")).arg("value", value)
}

/// The header must name every field once and nothing else (a misspelt column would
/// otherwise be dropped silently).
fn check_columns<'a>(names: impl Iterator<Item = &'a str>, line: usize) -> Result<(), ImportError> {
    let mut problems = Vec::new();
    let mut seen = Vec::new();
    for name in names {
        if !FIELDS.contains(&name) && !OPTIONAL_FIELDS.contains(&name) {
            problems.push(RowProblem {
                line,
                field: name.to_string(),
                problem: Note::coded(
                    "import-unknown-column",
                    format!(
                        "unknown column (expected {}, and optionally {})",
                        FIELDS.join(", "),
                        OPTIONAL_FIELDS.join(", ")
                    ),
                )
                .arg("expected", FIELDS.join(", "))
                .arg("optional", OPTIONAL_FIELDS.join(", ")),
            });
        } else if seen.contains(&name) {
            problems.push(RowProblem {
                line,
                field: name.to_string(),
                problem: Note::coded("import-column-twice", "column appears twice"),
            });
        }
        seen.push(name);
    }
    for field in FIELDS {
        if !seen.contains(&field) {
            problems.push(RowProblem {
                line,
                field: field.to_string(),
                problem: Note::coded("import-column-missing", "column missing"),
            });
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(ImportError::Rows(problems))
    }
}

/// Reads a JSON array element by element, so each object's line is known.
fn json_rows(text: &str) -> Result<Rows, ImportError> {
    let line_at = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
    let skip_ws = |mut pos: usize| {
        while let Some(c) = text[pos..].chars().next() {
            if c.is_whitespace() {
                pos += c.len_utf8();
            } else {
                break;
            }
        }
        pos
    };
    let mut pos = skip_ws(0);
    if !text[pos..].starts_with('[') {
        return Err(rows_error(
            line_at(pos),
            "file",
            Note::coded("import-not-an-array", "must be a JSON array of objects"),
        ));
    }
    pos = skip_ws(pos + 1);
    let mut out = Vec::new();
    let mut problems = Vec::new();
    if text[pos..].starts_with(']') {
        return Ok((out, problems));
    }
    loop {
        let line = line_at(pos);
        let mut stream = serde_json::Deserializer::from_str(&text[pos..]).into_iter::<Value>();
        let value = match stream.next() {
            Some(Ok(value)) => value,
            Some(Err(err)) => {
                return Err(rows_error(
                    line + err.line().saturating_sub(1),
                    "file",
                    not_json(&err),
                ));
            }
            None => {
                return Err(rows_error(
                    line,
                    "file",
                    Note::coded("import-array-not-closed", "the array is not closed"),
                ));
            }
        };
        pos = skip_ws(pos + stream.byte_offset());
        match value {
            Value::Object(map) => {
                let mut row = RawRow::new();
                let mut bad = Vec::new();
                for (key, value) in map {
                    let name = key.trim().to_lowercase();
                    if !FIELDS.contains(&name.as_str()) && !OPTIONAL_FIELDS.contains(&name.as_str())
                    {
                        bad.push((name, Note::coded("import-unknown-field", "unknown field")));
                        continue;
                    }
                    match value {
                        Value::Null => {}
                        Value::String(s) => {
                            row.insert(name, s.trim().to_string());
                        }
                        Value::Bool(b) => {
                            row.insert(name, b.to_string());
                        }
                        Value::Number(n) => {
                            row.insert(name, n.to_string());
                        }
                        other => bad.push((name, must_be("must-be-text", "text", &other))),
                    }
                }
                if bad.is_empty() {
                    out.push((line, row));
                } else {
                    problems.extend(bad.into_iter().map(|(field, problem)| RowProblem {
                        line,
                        field,
                        problem,
                    }));
                }
            }
            other => problems.push(RowProblem {
                line,
                field: "row".into(),
                problem: must_be("must-be-object", "an object", &other),
            }),
        }
        if text[pos..].starts_with(',') {
            pos = skip_ws(pos + 1);
        } else if text[pos..].starts_with(']') {
            break;
        } else {
            return Err(rows_error(
                line_at(pos),
                "file",
                Note::coded(
                    "import-expected-comma",
                    "expected ',' or ']' between objects",
                ),
            ));
        }
    }
    Ok((out, problems))
}

/// A row read: the new case, and the customer's language when the file gives one.
type Application = (NewCase, Option<Language>);

/// One row as a new mail-in case, or every problem with it.
///
/// The application states the invoice date; the invoice itself (legible, unaltered,
/// naming this model and serial) is seen when the parcel is opened, so until then it is
/// taken as stated, and the decision is provisional (inspection decides again).
fn application(row: &RawRow) -> Result<Application, Vec<(String, Note)>> {
    let mut problems: Vec<(String, Note)> = Vec::new();
    let get = |name: &str| row.get(name).map(|v| v.trim()).filter(|v| !v.is_empty());
    let text = |name: &str| get(name).unwrap_or_default().to_string();
    let application_id = get("application_id").map(str::to_string);
    if application_id.is_none() {
        problems.push(("application_id".into(), missing()));
    }
    let mut date = |name: &str| -> Option<chrono::NaiveDate> {
        let value = get(name)?;
        let parsed = parse_date(value);
        if parsed.is_none() {
            problems.push((
                name.to_string(),
                Note::coded(
                    "import-not-a-date",
                    format!("'{value}' is not a date (write YYYY-MM-DD)"),
                )
                .arg("text", value),
            ));
        }
        parsed
    };
    let applied_on = date("applied_on");
    let invoice_date = date("invoice_date");
    let applied_missing = get("applied_on").is_none();
    let channel = match get("purchase_channel") {
        None => PurchaseChannel::Unknown,
        Some(word) => match PurchaseChannel::parse(&word.to_lowercase()) {
            Some(channel) => channel,
            None => {
                problems.push((
                    "purchase_channel".into(),
                    Note::coded(
                        "import-not-a-channel",
                        format!("'{word}' is not one of authorized, unauthorized, unknown"),
                    )
                    .arg("text", word),
                ));
                PurchaseChannel::Unknown
            }
        },
    };
    let keep_parts = match get("keep_parts").map(str::to_lowercase).as_deref() {
        None | Some("false" | "no" | "n" | "0") => false,
        Some("true" | "yes" | "y" | "1") => true,
        Some(other) => {
            problems.push((
                "keep_parts".into(),
                Note::coded("import-not-yes-no", format!("'{other}' is not yes or no"))
                    .arg("text", other),
            ));
            false
        }
    };
    let language = match get("language") {
        None => None,
        Some(code) => match Language::parse(code) {
            Some(language) => Some(language),
            None => {
                let known: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
                problems.push((
                    "language".into(),
                    Note::coded(
                        "import-not-a-language",
                        format!(
                            "'{code}' is not a language fixdesk speaks (write {})",
                            known.join(" or ")
                        ),
                    )
                    .arg("text", code)
                    .arg("known", known.join(" or "))
                    .arg("codes", known.join("、")),
                ));
                None
            }
        },
    };
    let model = text("model");
    let serial = text("serial");
    let new = NewCase {
        arrival: Arrival::MailIn,
        application_id,
        applied_on,
        received_on: None,
        customer: Customer {
            name: text("name"),
            phone: text("phone"),
            email: get("email").map(str::to_string),
            address: text("address"),
            return_address: get("return_address").map(str::to_string),
            language: language.unwrap_or_default(),
        },
        device: Device {
            model: model.clone(),
            serial: serial.clone(),
        },
        proof: Proof {
            channel,
            invoice: invoice_date.map(|date| Invoice {
                date: Some(date),
                model: Some(model),
                serial: Some(serial),
                legible: true,
                altered: false,
            }),
            shipment_date: None,
            delivery_date: None,
            contract_months: None,
        },
        fault: text("fault"),
        component: None,
        handover: Handover::default(),
        keep_parts,
    };
    for (field, problem) in new_case_problems(&new) {
        // A date already reported as unreadable is not also "missing".
        if field == "applied_on" && !applied_missing {
            continue;
        }
        if !problems.iter().any(|(f, _)| *f == field) {
            problems.push((field, problem));
        }
    }
    if problems.is_empty() {
        Ok((new, language))
    } else {
        Err(problems)
    }
}

/// Writes checked applications inside the caller's transaction (any engine): those
/// already on file are skipped; every row that the flow refuses is collected, and then
/// the caller must not commit. `progress` hears how many rows are done.
pub(crate) fn import_rows(
    tx: &mut impl WriteTx,
    rows: &[ImportRow],
    policy: &Policy,
    policy_version: i64,
    actor: &str,
    now: DateTime<Utc>,
    progress: &mut dyn FnMut(usize),
) -> Result<ImportReport, ImportError> {
    let mut report = ImportReport::default();
    let mut problems = Vec::new();
    for (done, row) in rows.iter().enumerate() {
        if let Some(today) = row.new.applied_on.filter(|d| *d > now.date_naive()) {
            problems.push(RowProblem {
                line: row.line,
                field: "applied_on".into(),
                problem: Note::coded("in-the-future", format!("{today} is in the future"))
                    .arg("given_on", today),
            });
            continue;
        }
        match insert_new_case(tx, &row.new, policy, policy_version, actor, now, None) {
            Ok(case) => report.created.push(case.number),
            Err(StoreError::DuplicateApplication { .. }) => report.already_on_file += 1,
            Err(StoreError::Invalid { field, problem }) => problems.push(RowProblem {
                line: row.line,
                field,
                problem,
            }),
            Err(other) => return Err(other.into()),
        }
        if done % 1000 == 999 {
            progress(done + 1);
        }
    }
    if !problems.is_empty() {
        return Err(ImportError::Rows(problems));
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "application_id,applied_on,name,phone,email,address,return_address,model,serial,purchase_channel,invoice_date,fault,keep_parts";

    #[test]
    fn csv_rows_become_applications() {
        let text = format!(
            "{HEADER}\nA-1,2026-03-01,Ann Lee,+44 20 7946 4506,ann@example.com,1 Main St,,Aurora A5,SN-1,authorized,2025-06-01,No power,yes\n"
        );
        let rows = parse_import(&text).expect("valid");
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].line, 2);
        let new = &rows[0].new;
        assert_eq!(new.arrival, Arrival::MailIn);
        assert!(new.keep_parts);
        assert_eq!(new.customer.return_address, None);
        assert_eq!(new.proof.channel, PurchaseChannel::Authorized);
        assert!(new.proof.invoice.is_some());
    }

    #[test]
    fn json_lines_are_the_objects_lines() {
        let text = r#"[
  {"application_id": "A-1", "applied_on": "2026-03-01", "name": "Ann", "phone": "0123456",
   "address": "1 Main St", "model": "X", "serial": "S1", "fault": "dead",
   "email": null, "return_address": null, "purchase_channel": "unknown",
   "invoice_date": null, "keep_parts": false},
  {"application_id": "A-2", "applied_on": "soon", "name": "", "phone": "0123456",
   "address": "1 Main St", "model": "X", "serial": "S2", "fault": "dead"}
]"#;
        let Err(ImportError::Rows(problems)) = parse_import(text) else {
            panic!("expected bad rows");
        };
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "line 6: applied_on: 'soon' is not a date (write YYYY-MM-DD)",
                "line 6: name: missing (required)",
            ]
        );
    }
}
