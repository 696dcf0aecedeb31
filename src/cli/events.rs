//! `fixdesk events [--since ID] [--follow] [--person NAME] [--from DATE] [--to DATE]`:
//! the center's history as it happens, one JSON line per event (id, case, from, to,
//! clause, at, desk, person), on either engine — for integrations, scripts, tests, and
//! the manager's "who did what in this period".
//!
//! Without `--follow`: the events after `--since` (default: all), then exit. With it:
//! those after `--since` (default: none before now), then each new one as soon as it is
//! committed — by this desk, another desk, an import or any other process — until
//! interrupted. A lost connection is said on standard error and the feed resumes where it
//! stopped once the server is back: nothing is printed twice or skipped.

use std::io::{self, Write};
use std::time::Duration;

use chrono::{Local, NaiveDate};

use crate::domain::staff::name_key;
use crate::store::feed::{self, Change, FeedSource};

use crate::i18n::Words;

use super::store::{Place, store_error, words_of};
use super::{CliError, CliResult};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only the events after this id (each line's "id"; 0: from the first).
    #[arg(long, value_name = "ID")]
    pub since: Option<i64>,
    /// Keep printing new events as they happen, until interrupted.
    #[arg(long)]
    pub follow: bool,
    /// Only what this person did (names compare without case): who did what.
    #[arg(long, value_name = "NAME")]
    pub person: Option<String>,
    /// Only events on or after this day (YYYY-MM-DD, this computer's time zone).
    #[arg(long, value_name = "DATE")]
    pub from: Option<NaiveDate>,
    /// Only events on or before this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub to: Option<NaiveDate>,
}

impl Args {
    /// Does this event pass `--person`, `--from` and `--to`?
    fn wants(&self, change: &Change) -> bool {
        let day = change.at.with_timezone(&Local).date_naive();
        self.person
            .as_deref()
            .is_none_or(|person| name_key(person) == name_key(&change.person))
            && self.from.is_none_or(|from| day >= from)
            && self.to.is_none_or(|to| day <= to)
    }
}

/// How long a follower waits on the server before looking again (it wakes at once when
/// an event comes).
const WAIT: Duration = Duration::from_secs(30);
/// The longest pause between attempts to reach a server that went away.
const MOST_BACKOFF: Duration = Duration::from_secs(30);

pub fn run(place: &Place, args: &Args) -> CliResult {
    if args.since.is_some_and(|id| id < 0) {
        return Err(CliError::input_in(|w| w.cli_error_since()));
    }
    let store = place.open_reader()?;
    if !args.follow {
        let mut after = args.since.unwrap_or(0);
        loop {
            let changes = store
                .events_after(after, feed::BATCH)
                .map_err(store_error)?;
            let Some(last) = changes.last() else {
                return Ok(());
            };
            after = last.id;
            let wanted: Vec<Change> = changes.into_iter().filter(|c| args.wants(c)).collect();
            if !print(&wanted)? {
                return Ok(());
            }
        }
    }
    let source = store.feed_source();
    let w = words_of(&store);
    drop(store);
    follow(&source, args, w)
}

/// Prints each new event until interrupted (or the reader of the output goes away); a
/// lost connection is said on standard error in the center's language (`w`).
fn follow(source: &FeedSource, args: &Args, w: Words) -> CliResult {
    let mut feed = source.listen(args.since).map_err(store_error)?;
    loop {
        match feed.next(WAIT) {
            Ok(changes) => {
                let wanted: Vec<Change> = changes.into_iter().filter(|c| args.wants(c)).collect();
                if !print(&wanted)? {
                    return Ok(());
                }
            }
            Err(err) => {
                let last = feed.last_id();
                eprintln!("fixdesk: {}", w.cli_events_lost(err.say(w), last));
                feed = reconnect(source, last, w);
            }
        }
    }
}

/// A feed again from `last`, waiting longer between attempts (1 s, 2 s, 4 s … 30 s).
fn reconnect(source: &FeedSource, last: i64, w: Words) -> feed::Feed {
    let mut pause = Duration::from_secs(1);
    loop {
        std::thread::sleep(pause);
        match source.listen(Some(last)) {
            Ok(feed) => {
                eprintln!("fixdesk: {}", w.cli_events_back(source.place()));
                return feed;
            }
            Err(err) => {
                eprintln!("fixdesk: {}", w.cli_events_retrying(err.say(w)));
                pause = (pause * 2).min(MOST_BACKOFF);
            }
        }
    }
}

/// One JSON line per change, flushed at once (a follower's reader waits on it). `false`
/// when standard output is closed (e.g. `| head`): the command ends quietly.
fn print(changes: &[Change]) -> Result<bool, CliError> {
    let mut out = io::stdout().lock();
    for change in changes {
        let line = serde_json::to_string(change).map_err(|err| {
            let error = err.to_string();
            CliError::failure_in(move |w| w.cli_error_event_unwritten(&error))
        })?;
        if writeln!(out, "{line}").is_err() {
            return Ok(false);
        }
    }
    Ok(out.flush().is_ok())
}
