//! Printers: list what the system offers, and send a PDF to one by name, on the paper it
//! was drawn for, in as many copies as asked (docs/rules.md §7).
//!
//! **How we talk to printers: CUPS's own commands, `lpstat` and `lp`.** Weighed against
//! the alternatives:
//! - the `ipp` crate (IPP over HTTP, pure Rust) would reach CUPS and network printers
//!   without CUPS's tools, but brings an HTTP client and its TLS stack into every build
//!   (our 2-core CI pays for each crate) and would have us reimplement what CUPS already
//!   does for the desk: the queues, the drivers, the jobs' retries, the server set in
//!   `/etc/cups/client.conf` or `CUPS_SERVER`, Kerberos/TLS to a print server;
//! - the `printers` crate and the `cups` bindings link libcups: `cargo build` would need
//!   libcups2-dev, which the README promises it never does;
//! - `lp`/`lpstat` ship with CUPS itself on every Linux desk and every Mac (where CUPS is
//!   the print system), need nothing to build, speak to the local or a remote CUPS
//!   (`-h`), and their answers are stable, documented text in the C locale.
//!
//! So this module runs them with `LC_ALL=C`, reads their answers and turns failures into
//! one sentence a clerk can act on ([`PrintError`]). A printer the system has not set up
//! (a network printer never added) is added once in the system's printer settings, as
//! for any program. Windows has no `lp`: there a chosen printer fails with a sentence
//! saying so, and the PDF is saved and opened as before (the spooler is a later step).
//!
//! Nothing here knows about cases or settings: it prints files. The state of the queue
//! is checked before sending, because CUPS accepts a job for a stopped queue and keeps
//! it waiting silently — the customer would leave without their receipt.

use std::path::Path;
use std::process::{Command, Output};

/// One printer (a CUPS queue) as the system reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Printer {
    /// The queue's name: what settings store and `lp -d` takes.
    pub name: String,
    /// The description set up with the printer ("Receipt printer at the counter").
    pub description: String,
    pub state: PrinterState,
    /// The printer's alerts as CUPS reports them (`media-empty`, `offline-report`…);
    /// empty when none.
    pub alerts: Vec<String>,
    /// The system's default printer.
    pub is_default: bool,
}

impl Printer {
    /// "fixdesk-pdf (fixdesk test PDF printer) — ready".
    pub fn summary(&self) -> String {
        self.summary_in(crate::domain::Language::English.words())
    }

    /// [`Printer::summary`] in `w`'s language: the state and "the system's default" in
    /// words, the name, description, CUPS's reason and alerts as the system gives them.
    pub fn summary_in(&self, w: crate::i18n::Words) -> String {
        let description = self.description.trim();
        let description = if description.is_empty() || self.description == self.name {
            String::new()
        } else {
            w.print_line_description(description)
        };
        let state = match &self.state {
            PrinterState::Ready => w.print_state_ready(),
            PrinterState::Printing => w.print_state_printing(),
            PrinterState::Stopped { reason } if reason.is_empty() => w.print_state_stopped(),
            PrinterState::Stopped { reason } => w.print_state_stopped_because(reason),
        };
        let alerts = if self.alerts.is_empty() {
            String::new()
        } else {
            w.print_line_alerts(self.alerts.join(", "))
        };
        let default = if self.is_default {
            w.print_line_default(w.print_system_default())
        } else {
            String::new()
        };
        w.print_line(&self.name, description, state, alerts, default)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrinterState {
    Ready,
    Printing,
    /// Paused (disabled) by someone or by CUPS after a fault, with the reason given.
    Stopped {
        reason: String,
    },
}

/// The paper a job is printed on, in millimetres: the PDF's own page size, so a receipt
/// roll is cut where the receipt ends and a label is not scaled onto A4.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Media {
    pub width_mm: f32,
    pub height_mm: f32,
}

impl Media {
    /// The first page's size of a PDF (its MediaBox), if it can be read.
    pub fn of_pdf(pdf: &[u8]) -> Option<Media> {
        let doc = lopdf::Document::load_mem(pdf).ok()?;
        let (_, id) = doc.get_pages().into_iter().next()?;
        let page = doc.get_dictionary(id).ok()?;
        let bounds: Vec<f32> = page
            .get(b"MediaBox")
            .ok()?
            .as_array()
            .ok()?
            .iter()
            .filter_map(|n| n.as_float().ok())
            .collect();
        let [x0, y0, x1, y1] = bounds.try_into().ok()?;
        let mm = |pt: f32| (pt * 25.4 / 72.0 * 10.0).round() / 10.0;
        Some(Media {
            width_mm: mm(x1 - x0),
            height_mm: mm(y1 - y0),
        })
    }

    /// CUPS's custom size option value: `Custom.80x141.2mm`.
    pub fn cups_option(self) -> String {
        format!("Custom.{}x{}mm", self.width_mm, self.height_mm)
    }
}

/// One printing: a PDF file to a printer.
#[derive(Debug, Clone)]
pub struct Job<'a> {
    pub printer: &'a str,
    pub file: &'a Path,
    /// The job's name in the queue ("SC-2026-000123 intake receipt").
    pub title: &'a str,
    pub media: Option<Media>,
    /// 1 to 99.
    pub copies: u32,
}

/// Why a printer could not be listed or a job sent, in a sentence that says what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PrintError {
    #[error(
        "this computer has no CUPS printing commands (lp, lpstat): install CUPS (on Debian and Ubuntu: apt install cups-client), or choose no printer to open documents in the PDF viewer"
    )]
    NoPrintSystem,
    #[error("the print system does not answer: {0}")]
    NoServer(String),
    #[error(
        "there is no printer named \"{0}\": choose one the system lists in Settings → Printers"
    )]
    NoSuchPrinter(String),
    #[error("the printer \"{printer}\" is stopped{}: start it again in the system's printer settings", reason_words(.reason))]
    Stopped { printer: String, reason: String },
    #[error("the printer \"{printer}\" does not accept jobs now{}", reason_words(.reason))]
    NotAccepting { printer: String, reason: String },
    #[error("the printer \"{printer}\" reports {alerts}: see to the printer, then print again")]
    NeedsAttention { printer: String, alerts: String },
    #[error("the printer \"{printer}\" refused the job: {message}")]
    Refused { printer: String, message: String },
}

impl PrintError {
    /// This error in the reader's language; the English is its `Display`. What the
    /// print system said (its reason, its alerts, its refusal) is given as it came.
    pub fn say(&self, w: crate::i18n::Words) -> String {
        let reason = |reason: &str| reason.trim().to_string();
        match self {
            PrintError::NoPrintSystem => w.print_error_no_print_system(),
            PrintError::NoServer(detail) => w.print_error_no_server(detail),
            PrintError::NoSuchPrinter(printer) => w.print_error_no_such_printer(printer),
            PrintError::Stopped { printer, reason: r } if r.trim().is_empty() => {
                w.print_error_stopped(printer)
            }
            PrintError::Stopped { printer, reason: r } => {
                w.print_error_stopped_because(printer, reason(r))
            }
            PrintError::NotAccepting { printer, reason: r } if r.trim().is_empty() => {
                w.print_error_not_accepting(printer)
            }
            PrintError::NotAccepting { printer, reason: r } => {
                w.print_error_not_accepting_because(printer, reason(r))
            }
            PrintError::NeedsAttention { printer, alerts } => {
                w.print_error_needs_attention(printer, alerts)
            }
            PrintError::Refused { printer, message } => w.print_error_refused(printer, message),
        }
    }
}

fn reason_words(reason: &str) -> String {
    if reason.trim().is_empty() {
        String::new()
    } else {
        format!(" ({})", reason.trim())
    }
}

/// Alerts that mean nothing will come out until someone sees to the printer.
const BLOCKING_ALERTS: [&str; 6] = [
    "media-empty",
    "media-jam",
    "offline",
    "door-open",
    "cover-open",
    "toner-empty",
];

/// The system's print service (CUPS), reached through its commands.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cups {
    /// `host:port` of the CUPS server; `None`: the system's own (its `client.conf` or
    /// the `CUPS_SERVER` variable).
    pub server: Option<String>,
}

impl Cups {
    /// The system's own CUPS.
    pub fn system() -> Cups {
        Cups::default()
    }

    /// A CUPS server at `host:port`.
    pub fn at(server: impl Into<String>) -> Cups {
        Cups {
            server: Some(server.into()),
        }
    }

    fn command(&self, program: &str) -> Command {
        let mut command = Command::new(program);
        // The answers are read as text: always in the C locale's words.
        command.env("LC_ALL", "C").env("LANG", "C");
        if let Some(server) = &self.server {
            command.arg("-h").arg(server);
        }
        command
    }

    fn run(&self, mut command: Command) -> Result<Output, PrintError> {
        command.output().map_err(|err| match err.kind() {
            std::io::ErrorKind::NotFound => PrintError::NoPrintSystem,
            _ => PrintError::NoServer(err.to_string()),
        })
    }

    /// Every printer the system offers, in its order.
    pub fn printers(&self) -> Result<Vec<Printer>, PrintError> {
        let mut command = self.command("lpstat");
        command.args(["-l", "-p"]);
        let out = self.run(command)?;
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        if !out.status.success() && !stderr.contains("No destinations") {
            return Err(PrintError::NoServer(one_line(&stderr)));
        }
        let mut printers = parse_printers(&stdout);
        if let Some(default) = self.default_printer()? {
            for p in &mut printers {
                p.is_default = p.name == default;
            }
        }
        Ok(printers)
    }

    /// The one printer named `name`, as [`Cups::printers`] reports it.
    pub fn printer(&self, name: &str) -> Result<Printer, PrintError> {
        let mut command = self.command("lpstat");
        command.args(["-l", "-p", name]);
        let out = self.run(command)?;
        let stderr = String::from_utf8_lossy(&out.stderr);
        if stderr.contains("Invalid destination") || stderr.contains("does not exist") {
            return Err(PrintError::NoSuchPrinter(name.to_string()));
        }
        if !out.status.success() {
            return Err(PrintError::NoServer(one_line(&stderr)));
        }
        parse_printers(&String::from_utf8_lossy(&out.stdout))
            .into_iter()
            .find(|p| p.name == name)
            .ok_or_else(|| PrintError::NoSuchPrinter(name.to_string()))
    }

    fn default_printer(&self) -> Result<Option<String>, PrintError> {
        let mut command = self.command("lpstat");
        command.arg("-d");
        let out = self.run(command)?;
        Ok(String::from_utf8_lossy(&out.stdout)
            .lines()
            .find_map(|l| l.strip_prefix("system default destination:"))
            .map(|name| name.trim().to_string()))
    }

    /// Whether `name` accepts jobs, and why not.
    fn accepting(&self, name: &str) -> Result<Result<(), String>, PrintError> {
        let mut command = self.command("lpstat");
        command.args(["-a", name]);
        let out = self.run(command)?;
        let stdout = String::from_utf8_lossy(&out.stdout);
        let mut lines = stdout.lines();
        match lines.next() {
            Some(line) if line.contains("not accepting") => {
                Ok(Err(lines.next().map(str::trim).unwrap_or("").to_string()))
            }
            _ => Ok(Ok(())),
        }
    }

    /// Sends `job` after checking the printer exists and is neither stopped, refusing
    /// jobs nor reporting an empty tray or a jam. Returns CUPS's job id
    /// (`fixdesk-pdf-12`).
    pub fn send(&self, job: &Job<'_>) -> Result<String, PrintError> {
        let printer = self.printer(job.printer)?;
        if let PrinterState::Stopped { reason } = printer.state {
            return Err(PrintError::Stopped {
                printer: printer.name,
                reason,
            });
        }
        if let Err(reason) = self.accepting(job.printer)? {
            return Err(PrintError::NotAccepting {
                printer: printer.name,
                reason,
            });
        }
        let blocking: Vec<&str> = printer
            .alerts
            .iter()
            .map(String::as_str)
            .filter(|a| {
                !a.ends_with("-warning") && BLOCKING_ALERTS.iter().any(|b| a.starts_with(b))
            })
            .collect();
        if !blocking.is_empty() {
            return Err(PrintError::NeedsAttention {
                printer: printer.name.clone(),
                alerts: blocking.join(", "),
            });
        }

        let mut command = self.command("lp");
        command
            .arg("-d")
            .arg(job.printer)
            .arg("-n")
            .arg(job.copies.clamp(1, 99).to_string())
            .arg("-t")
            .arg(job.title);
        if let Some(media) = job.media {
            command
                .arg("-o")
                .arg(format!("media={}", media.cups_option()));
        }
        command.arg("--").arg(job.file);
        let out = self.run(command)?;
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        if !out.status.success() {
            if stderr.contains("does not exist") {
                return Err(PrintError::NoSuchPrinter(job.printer.to_string()));
            }
            return Err(PrintError::Refused {
                printer: job.printer.to_string(),
                message: one_line(stderr.trim_start_matches("lp: ")),
            });
        }
        // "request id is fixdesk-pdf-12 (1 file(s))"
        Ok(stdout
            .split_whitespace()
            .skip_while(|w| *w != "is")
            .nth(1)
            .unwrap_or_default()
            .to_string())
    }
}

/// Prints the PDF `pdf`, already saved as `file`, on `printer` at its own page size, in
/// `copies`: what the desk and the command line do with a document that has a printer
/// chosen. The file stays, whatever happens: it is the record of what was handed out,
/// and the clerk's way to print by hand when the printer fails.
pub fn print_pdf(
    cups: &Cups,
    printer: &str,
    file: &Path,
    pdf: &[u8],
    title: &str,
    copies: u32,
) -> Result<String, PrintError> {
    cups.send(&Job {
        printer,
        file,
        title,
        media: Media::of_pdf(pdf),
        copies,
    })
}

/// The first line of a tool's message, without its "Error - " prefix.
fn one_line(text: &str) -> String {
    let line = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim();
    line.trim_start_matches("lpstat: ")
        .trim_start_matches("Error - ")
        .trim_end_matches('.')
        .to_string()
}

/// Reads `lpstat -l -p` in the C locale:
/// ```text
/// printer fixdesk-stopped disabled since Sun Nov 29 21:18:00 2026 -
///         paused for the tests
///         Description: fixdesk test printer, paused
///         Alerts: paused
/// ```
pub fn parse_printers(text: &str) -> Vec<Printer> {
    let mut printers: Vec<Printer> = Vec::new();
    let mut reason_next = false;
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("printer ") {
            let mut words = rest.split_whitespace();
            let name = words.next().unwrap_or_default().to_string();
            let state = if rest.contains(" disabled since ") {
                PrinterState::Stopped {
                    reason: String::new(),
                }
            } else if rest.contains(" now printing ") {
                PrinterState::Printing
            } else {
                PrinterState::Ready
            };
            reason_next = matches!(state, PrinterState::Stopped { .. }) && rest.ends_with('-');
            printers.push(Printer {
                description: name.clone(),
                name,
                state,
                alerts: Vec::new(),
                is_default: false,
            });
            continue;
        }
        let Some(printer) = printers.last_mut() else {
            continue;
        };
        let field = line.trim();
        if reason_next {
            reason_next = false;
            if let PrinterState::Stopped { reason } = &mut printer.state
                && !field.contains(':')
            {
                *reason = field.to_string();
                continue;
            }
        }
        if let Some(description) = field.strip_prefix("Description:") {
            let description = description.trim();
            if !description.is_empty() {
                printer.description = description.to_string();
            }
        } else if let Some(alerts) = field.strip_prefix("Alerts:") {
            printer.alerts = alerts
                .split([',', ' '])
                .map(str::trim)
                .filter(|a| !a.is_empty() && *a != "none" && *a != "paused")
                .map(str::to_string)
                .collect();
        }
    }
    printers
}

#[cfg(test)]
mod tests {
    use super::*;

    const LPSTAT: &str = "printer fixdesk-pdf is idle.  enabled since Sun Nov 29 21:18:00 2026
\tForm mounted:
\tDescription: Counter receipt printer
\tAlerts: none
printer fixdesk-stopped disabled since Sun Nov 29 21:18:00 2026 -
\tpaused for the tests
\tDescription: fixdesk test printer, paused
\tAlerts: paused
printer office now printing office-7.  enabled since Sun Nov 29 21:18:00 2026
\tDescription: 
\tAlerts: media-empty-warning
";

    #[test]
    fn lpstat_is_read_into_printers_with_their_state() {
        let printers = parse_printers(LPSTAT);
        assert_eq!(printers.len(), 3);
        assert_eq!(printers[0].name, "fixdesk-pdf");
        assert_eq!(printers[0].description, "Counter receipt printer");
        assert_eq!(printers[0].state, PrinterState::Ready);
        assert_eq!(
            printers[1].state,
            PrinterState::Stopped {
                reason: "paused for the tests".into()
            }
        );
        assert!(printers[1].alerts.is_empty());
        assert_eq!(printers[2].state, PrinterState::Printing);
        assert_eq!(printers[2].description, "office");
        assert_eq!(printers[2].alerts, vec!["media-empty-warning"]);
        assert_eq!(
            printers[1].summary(),
            "fixdesk-stopped (fixdesk test printer, paused) — stopped: paused for the tests"
        );
    }

    fn front(state: PrinterState, alerts: &[&str], is_default: bool) -> Printer {
        Printer {
            name: "Front".into(),
            description: "Counter laser".into(),
            state,
            alerts: alerts.iter().map(|a| a.to_string()).collect(),
            is_default,
        }
    }

    /// A printer's line, as `fixdesk printers` and the Settings screen show it.
    #[test]
    fn a_printers_line_names_its_state_alerts_and_default() {
        let w = crate::domain::Language::English.words();
        let stopped = |reason: &str| PrinterState::Stopped {
            reason: reason.into(),
        };
        for (printer, line) in [
            (
                front(PrinterState::Ready, &[], true),
                "Front (Counter laser) — ready — the system's default",
            ),
            (
                front(PrinterState::Printing, &["toner-low"], false),
                "Front (Counter laser) — printing (toner-low)",
            ),
            (
                front(stopped(""), &[], false),
                "Front (Counter laser) — stopped",
            ),
            (
                front(stopped("paper jam"), &["a", "b"], true),
                "Front (Counter laser) — stopped: paper jam (a, b) — the system's default",
            ),
        ] {
            assert_eq!(printer.summary_in(w), line);
            assert_eq!(printer.summary(), line);
        }
    }

    #[test]
    fn a_printers_line_in_chinese_has_no_english_frame() {
        let w = crate::domain::Language::Chinese.words();
        let line = front(
            PrinterState::Stopped {
                reason: "paper jam".into(),
            },
            &[],
            true,
        )
        .summary_in(w);
        assert!(
            line.contains("已停止") && line.contains("系统默认"),
            "{line}"
        );
        assert!(
            line.contains("paper jam"),
            "CUPS's words as they came: {line}"
        );
        assert!(
            !line.contains("stopped") && !line.contains("default"),
            "{line}"
        );
    }

    #[test]
    fn the_media_is_the_pdfs_own_page() {
        assert_eq!(
            Media {
                width_mm: 80.0,
                height_mm: 141.2
            }
            .cups_option(),
            "Custom.80x141.2mm"
        );
    }

    #[test]
    fn errors_say_what_to_do() {
        let stopped = PrintError::Stopped {
            printer: "Front".into(),
            reason: "paused".into(),
        };
        assert_eq!(
            stopped.to_string(),
            "the printer \"Front\" is stopped (paused): start it again in the system's printer settings"
        );
        assert!(
            PrintError::NoSuchPrinter("X".into())
                .to_string()
                .contains("no printer named \"X\"")
        );
    }
}
