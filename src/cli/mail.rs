//! `fixdesk mail`: customer e-mail from scripts and a server's cron (docs/rules.md §11).
//! `list` shows the outbox, `send` delivers what is due and exits, `test` sends a test
//! message, `set` changes the mail settings (the password read from standard input,
//! never an argument), `remind` queues a reminder a person confirmed.

use std::io::Read;

use chrono::Utc;

use super::store::{Place, login_name, store_error};
use super::{CliError, CliResult};
use crate::domain::CaseNumber;
use crate::domain::mail::Moment;
use crate::mail::{self, MailError, Mailer};
use crate::store::location;
use crate::store::outbox::OutboxStatus;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: MailCommand,
}

#[derive(Debug, clap::Subcommand)]
pub enum MailCommand {
    /// List the outbox, newest first: queued, sending, sent, failed and to-phone
    /// messages, with when and why.
    List {
        /// Only these: queued, sending, sent, failed, to_phone, drafted (repeatable).
        #[arg(long, value_name = "STATUS")]
        status: Vec<String>,
        /// Only the messages of this case, oldest first.
        #[arg(long, value_name = "NUMBER")]
        case: Option<String>,
        #[arg(long, value_name = "N", default_value_t = 50)]
        limit: usize,
    },
    /// Send the messages that are due, then exit (for a server-side cron). Exit 1 when
    /// any failed or must wait for the server.
    Send,
    /// Send a test message to ADDRESS with the saved settings.
    Test {
        #[arg(value_name = "ADDRESS")]
        to: String,
    },
    /// Change a mail setting: on (true/false), server (smtp://host:port for STARTTLS or
    /// a plain connection to this computer, smtps://host:port for TLS), user, from,
    /// from-name, reply-to, reminder-days, moment.NAME (on/off). `secret` reads the
    /// password from standard input and keeps it in this desk's data folder.
    Set {
        #[arg(value_name = "KEY")]
        key: String,
        #[arg(value_name = "VALUE")]
        value: Option<String>,
    },
    /// The reminders due (payment due soon, 2.6; application closing soon, 4.2), for a
    /// person to check and confirm with `fixdesk mail remind`.
    Due {
        /// As of this day (YYYY-MM-DD; default today).
        #[arg(long, value_name = "DAY")]
        on: Option<String>,
    },
    /// Queue a reminder a person confirmed: `payment` (2.6) or `closing` (4.2).
    Remind {
        #[arg(value_name = "NUMBER")]
        case: String,
        #[arg(value_name = "WHICH")]
        which: String,
        /// Who confirms it, for the outbox (default: the login name).
        #[arg(long, value_name = "NAME")]
        by: Option<String>,
    },
}

/// `fixdesk outbox`: the outbox's list and `send`, the short form of `fixdesk mail list`
/// and `fixdesk mail send`.
#[derive(Debug, clap::Args)]
pub struct OutboxArgs {
    #[command(subcommand)]
    pub command: Option<OutboxCommand>,
    /// Only these: queued, sending, sent, failed, to_phone, drafted (repeatable).
    #[arg(long, value_name = "STATUS")]
    status: Vec<String>,
    /// Only the messages of this case, oldest first.
    #[arg(long, value_name = "NUMBER")]
    case: Option<String>,
    #[arg(long, value_name = "N", default_value_t = 50)]
    limit: usize,
}

#[derive(Debug, clap::Subcommand)]
pub enum OutboxCommand {
    /// Send the messages that are due, then exit (for a server-side cron). Exit 1 when
    /// any failed or must wait for the server.
    Send,
}

pub fn outbox(place: &Place, args: &OutboxArgs) -> CliResult {
    match args.command {
        Some(OutboxCommand::Send) => send(place),
        None => list(place, &args.status, args.case.as_deref(), args.limit),
    }
}

pub fn run(place: &Place, args: &Args) -> CliResult {
    match &args.command {
        MailCommand::List {
            status,
            case,
            limit,
        } => list(place, status, case.as_deref(), *limit),
        MailCommand::Send => send(place),
        MailCommand::Test { to } => test(place, to),
        MailCommand::Set { key, value } => set(place, key, value.as_deref()),
        MailCommand::Remind { case, which, by } => remind(place, case, which, by.as_deref()),
        MailCommand::Due { on } => due(place, on.as_deref()),
    }
}

fn number(text: &str) -> Result<CaseNumber, CliError> {
    CaseNumber::parse(text.trim()).ok_or_else(|| {
        let text = text.to_string();
        CliError::input_in(move |w| w.cli_error_mail_case_number(&text))
    })
}

fn list(place: &Place, status: &[String], case: Option<&str>, limit: usize) -> CliResult {
    let store = place.open_reader()?;
    let entries = match case {
        Some(case) => store.case_messages(&number(case)?),
        None => {
            let statuses = status
                .iter()
                .map(|s| {
                    OutboxStatus::parse(s).ok_or_else(|| {
                        let status = s.clone();
                        CliError::input_in(move |w| w.cli_error_mail_status(&status))
                    })
                })
                .collect::<Result<Vec<_>, _>>()?;
            store.outbox(&statuses, limit)
        }
    }
    .map_err(store_error)?;
    for e in entries {
        let when = e.sent_at.unwrap_or(e.queued_at).format("%Y-%m-%d %H:%M");
        let note = match e.status {
            OutboxStatus::Sent => e.reply.clone().unwrap_or_default(),
            _ => e.error.clone().unwrap_or_default(),
        };
        println!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            e.id,
            e.number,
            e.moment.as_str(),
            e.status.as_str(),
            when,
            e.to,
            e.message_id,
            e.subject,
            note
        );
    }
    Ok(())
}

fn send(place: &Place) -> CliResult {
    let dir = place.folder()?;
    let secret = location::mail_secret(&dir).map_err(store_error)?;
    let mut store = place.open()?;
    let report = mail::send_due(&mut store, secret.as_deref(), Utc::now()).map_err(mail_error)?;
    for line in &report.lines {
        println!("{line}");
    }
    let w = super::store::words_of(&store);
    println!(
        "{}",
        w.cli_mail_sent(report.sent, report.later, report.failed)
    );
    if report.later + report.failed > 0 {
        return Err(CliError::failure_in(|w| w.cli_mail_not_all()));
    }
    Ok(())
}

fn mail_error(err: MailError) -> CliError {
    match err {
        MailError::Store(err) => store_error(err),
        MailError::Settings { .. } | MailError::Off | MailError::NoSecret(_) => {
            CliError::input_in(move |w| err.say(w))
        }
        MailError::Send(_) => CliError::failure_in(move |w| err.say(w)),
    }
}

fn test(place: &Place, to: &str) -> CliResult {
    let dir = place.folder()?;
    let secret = location::mail_secret(&dir).map_err(store_error)?;
    let settings = place.open_reader()?.settings().map_err(store_error)?;
    let mailer = Mailer::new(&settings.mail, secret.as_deref()).map_err(mail_error)?;
    let reply = mailer
        .send_test_in(to, &settings.center.name, settings.language.words())
        .map_err(mail_error)?;
    println!("{}", settings.language.words().cli_mail_test_sent(reply));
    Ok(())
}

fn set(place: &Place, key: &str, value: Option<&str>) -> CliResult {
    if key == "secret" {
        if value.is_some() {
            return Err(CliError::input_in(|w| w.cli_error_mail_secret_argument()));
        }
        let mut secret = String::new();
        std::io::stdin()
            .read_to_string(&mut secret)
            .map_err(|err| super::settings::stdin_error(&err))?;
        let secret = secret.trim_end_matches(['\r', '\n']);
        let dir = place.folder()?;
        location::save_mail_secret(&dir, Some(secret).filter(|s| !s.is_empty()))
            .map_err(store_error)?;
        return Ok(());
    }
    let value = value.ok_or_else(|| super::settings::give_a_value(key))?;
    let mut store = place.open()?;
    let mut settings = store.settings().map_err(store_error)?;
    let mail = &mut settings.mail;
    let yes_no = |v: &str| match v {
        "true" | "on" | "yes" => Ok(true),
        "false" | "off" | "no" => Ok(false),
        _ => {
            let key = key.to_string();
            Err(CliError::input_in(move |w| w.cli_error_on_or_off(&key)))
        }
    };
    match key {
        "on" => mail.on = yes_no(value)?,
        "server" => {
            let (host, port, security) =
                super::settings::parse_server_url(value).map_err(|bad| {
                    let key = key.to_string();
                    CliError::input_in(move |w| w.cli_error_about(&key, bad.say(w)))
                })?;
            mail.server = host;
            mail.port = port;
            mail.security = security;
        }
        "user" => mail.user = value.trim().to_string(),
        "from" => mail.from_address = value.trim().to_string(),
        "from-name" => mail.from_name = value.trim().to_string(),
        "reply-to" => mail.reply_to = value.trim().to_string(),
        "reminder-days" => {
            mail.reminder_days = value.parse().map_err(|_| {
                let key = key.to_string();
                CliError::input_in(move |w| w.cli_error_number_of_days(&key))
            })?
        }
        _ => match key.strip_prefix("moment.").and_then(Moment::parse) {
            Some(moment) => mail.moments.entry(moment).or_default().on = yes_no(value)?,
            None => {
                let key = key.to_string();
                return Err(CliError::input_in(move |w| {
                    w.cli_error_not_a_mail_setting(&key)
                }));
            }
        },
    }
    store.save_settings(&settings).map_err(store_error)
}

fn remind(place: &Place, case: &str, which: &str, by: Option<&str>) -> CliResult {
    let moment = match which {
        "payment" => Moment::PaymentReminder,
        "closing" => Moment::ApplicationClosingSoon,
        _ => {
            let which = which.to_string();
            return Err(CliError::input_in(move |w| {
                w.cli_error_remind_which(&which)
            }));
        }
    };
    let number = number(case)?;
    let mut store = place.open()?;
    let by = by.map(str::to_string).unwrap_or_else(login_name);
    match store
        .remind(&number, moment, &by, Utc::now())
        .map_err(store_error)?
    {
        Some(status) => println!("{number}: {} {}", moment.as_str(), status.as_str()),
        None => println!(
            "{}",
            super::store::words_of(&store).cli_mail_reminder_off(number.to_string())
        ),
    }
    Ok(())
}

fn due(place: &Place, on: Option<&str>) -> CliResult {
    let today = match on {
        Some(day) => chrono::NaiveDate::parse_from_str(day.trim(), "%Y-%m-%d").map_err(|_| {
            let day = day.to_string();
            CliError::input_in(move |w| w.cli_error_mail_day(&day))
        })?,
        None => chrono::Local::now().date_naive(),
    };
    let store = place.open_reader()?;
    for (number, moment, from) in store.reminders_due(today, 1000).map_err(store_error)? {
        let which = match moment {
            Moment::PaymentReminder => "payment",
            _ => "closing",
        };
        println!("{number}\t{which}\tdue since {from}");
    }
    Ok(())
}
