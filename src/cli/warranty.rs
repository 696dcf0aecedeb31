//! `fixdesk warranty`: the warranty decision from the shell, in the JSON contract of
//! docs/rules.md §3.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use crate::domain::{Facts, Policy, decide};

use super::{CliError, CliResult};

#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("input").required(true).args(["facts", "jsonl"])))]
pub struct Args {
    /// The warranty policy (JSON). Default: the policy fixdesk ships with.
    #[arg(long, value_name = "FILE")]
    pub policy: Option<PathBuf>,

    /// One facts object in JSON; `-` reads standard input.
    #[arg(value_name = "FACTS.json")]
    pub facts: Option<PathBuf>,

    /// One facts object per line; prints one decision per line, in order. `-` reads
    /// standard input.
    #[arg(long, value_name = "FILE", conflicts_with = "facts")]
    pub jsonl: Option<PathBuf>,
}

pub fn run(args: &Args) -> CliResult {
    let policy = match &args.policy {
        Some(path) => {
            let text = read_to_string(path)?;
            Policy::from_json(&text).map_err(|err| {
                let file = path.display().to_string();
                CliError::input_in(move |w| {
                    w.cli_error_policy(&file, w.field_problem(&err.field, &err.problem))
                })
            })?
        }
        None => Policy::shipped(),
    };
    if let Some(path) = &args.jsonl {
        return batch(&policy, path);
    }
    let Some(path) = &args.facts else {
        return Err(CliError::input_in(|w| w.cli_error_no_facts()));
    };
    let text = read_to_string(path)?;
    let facts = Facts::from_json(&text)
        .map_err(|err| CliError::input_in(move |w| w.field_problem(&err.field, &err.problem)))?;
    let decision = decide(&policy, &facts);
    let json = serde_json::to_string_pretty(&decision).map_err(|err| {
        let error = err.to_string();
        CliError::failure_in(move |w| w.cli_error_decision_unwritten(&error))
    })?;
    let mut out = io::stdout().lock();
    ignore_closed_pipe(writeln!(out, "{json}"))
}

/// Streams a JSONL batch: one line in, one decision out, so a million lines never sit in
/// memory. A bad line stops the batch with its line number; the decisions already
/// written stay valid and nothing is written for the bad line.
fn batch(policy: &Policy, path: &Path) -> CliResult {
    let reader: Box<dyn BufRead> = if path == Path::new("-") {
        Box::new(BufReader::new(io::stdin().lock()))
    } else {
        Box::new(BufReader::new(
            File::open(path).map_err(|err| unreadable(path, &err))?,
        ))
    };
    let mut out = BufWriter::new(io::stdout().lock());
    for (index, line) in reader.lines().enumerate() {
        let number = index + 1;
        let line = line.map_err(|err| {
            let error = err.to_string();
            CliError::input_in(move |w| w.cli_error_line_unreadable(number, &error))
        })?;
        if line.trim().is_empty() {
            continue;
        }
        let facts = match Facts::from_json(&line) {
            Ok(facts) => facts,
            Err(err) => {
                ignore_closed_pipe(out.flush())?;
                return Err(CliError::input_in(move |w| {
                    w.cli_error_line(number, w.field_problem(&err.field, &err.problem))
                }));
            }
        };
        let decision = decide(policy, &facts);
        let written = serde_json::to_writer(&mut out, &decision)
            .map_err(io::Error::from)
            .and_then(|()| out.write_all(b"\n"));
        if let Err(err) = written {
            return ignore_closed_pipe(Err(err));
        }
    }
    ignore_closed_pipe(out.flush())
}

fn read_to_string(path: &Path) -> Result<String, CliError> {
    let mut text = String::new();
    let result = if path == Path::new("-") {
        io::stdin().read_to_string(&mut text)
    } else {
        File::open(path).and_then(|mut file| file.read_to_string(&mut text))
    };
    result.map_err(|err| unreadable(path, &err))?;
    Ok(text)
}

fn unreadable(path: &Path, err: &io::Error) -> CliError {
    let (file, error) = (path.display().to_string(), err.to_string());
    CliError::input_in(move |w| w.cli_error_unreadable(&file, &error))
}

/// `fixdesk warranty --jsonl big.jsonl | head` must end quietly, not with an error.
fn ignore_closed_pipe(result: io::Result<()>) -> CliResult {
    match result {
        Ok(()) => Ok(()),
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(err) => {
            let error = err.to_string();
            Err(CliError::failure_in(move |w| w.cli_error_output(&error)))
        }
    }
}
