//! The desk's ear on the center: the store's change feed (`store::feed`) as an iced
//! subscription, so another desk's intake, step or import shows here by itself — within
//! a second on the center's server (its notice wakes the feed), within [`POLL`] on a
//! desk's own file (another process, the command line or an import, writes there too).
//!
//! The feed runs on its own connection on the blocking pool. When it loses the server,
//! it says so once ([`Event::Lost`]), tries again with growing pauses (1 s … 30 s), and
//! says [`Event::Back`] when connected again: the app then reads everything on screen
//! once more. The events recorded while it was away are not lost either: a feed resumes
//! after the last event it gave.
//!
//! [`POLL`]: crate::store::feed::POLL

use std::sync::Arc;
use std::time::Duration;

use iced::Subscription;
use iced::futures::{SinkExt, Stream};

use crate::store::StoreError;
use crate::store::feed::{Change, Feed, FeedSource};

/// What the feed tells the app.
#[derive(Debug, Clone)]
pub enum Event {
    /// Events recorded (at any desk, this one included) since the last.
    Changed(Vec<Change>),
    /// The connection is gone, and why (said in the window's language). Retrying.
    Lost(Arc<StoreError>),
    /// Connected again after [`Event::Lost`].
    Back,
}

/// How long one wait on the database lasts before the feed looks again.
const WAIT: Duration = Duration::from_secs(10);
/// The first pause before trying a lost server again; it doubles up to [`MOST_PAUSE`].
const FIRST_PAUSE: Duration = Duration::from_secs(1);
const MOST_PAUSE: Duration = Duration::from_secs(30);

/// The change feed of the database `source` names (one per place: a new store, a new
/// feed).
pub fn subscription(source: &FeedSource) -> Subscription<Event> {
    Subscription::run_with(source.clone(), listen)
}

fn listen(source: &FeedSource) -> impl Stream<Item = Event> + use<> {
    let source = source.clone();
    iced::stream::channel(16, async move |mut out| {
        // `None` until the first connection: the feed starts at the newest event then.
        let mut last: Option<i64> = None;
        let mut lost = false;
        let mut pause = FIRST_PAUSE;
        loop {
            let opening = {
                let source = source.clone();
                tokio::task::spawn_blocking(move || source.listen(last)).await
            };
            let mut feed = match opening {
                Ok(Ok(feed)) => Held(Some(feed)),
                Ok(Err(err)) => {
                    if !lost {
                        lost = true;
                        if out.send(Event::Lost(Arc::new(err))).await.is_err() {
                            return;
                        }
                    }
                    tokio::time::sleep(pause).await;
                    pause = (pause * 2).min(MOST_PAUSE);
                    continue;
                }
                // The runtime is shutting down.
                Err(_) => return,
            };
            pause = FIRST_PAUSE;
            if std::mem::take(&mut lost) && out.send(Event::Back).await.is_err() {
                return;
            }
            last = feed.0.as_ref().map(Feed::last_id);
            loop {
                let Some(mut open) = feed.0.take() else {
                    break;
                };
                let waited = tokio::task::spawn_blocking(move || {
                    let changes = open.next(WAIT);
                    (Held(Some(open)), changes)
                })
                .await;
                let Ok((kept, changes)) = waited else {
                    return;
                };
                feed = kept;
                match changes {
                    Ok(changes) => {
                        last = feed.0.as_ref().map(Feed::last_id).or(last);
                        if !changes.is_empty() && out.send(Event::Changed(changes)).await.is_err() {
                            return;
                        }
                    }
                    Err(err) => {
                        lost = true;
                        if out.send(Event::Lost(Arc::new(err))).await.is_err() {
                            return;
                        }
                        break;
                    }
                }
            }
        }
    })
}

/// A feed held by the stream. The server's client blocks on its own runtime when it is
/// dropped, which must not happen on one of tokio's worker threads (it panics): a feed
/// let go while the stream waits (an error, the subscription ended) is dropped on a
/// thread of its own.
struct Held(Option<Feed>);

impl Drop for Held {
    fn drop(&mut self) {
        if let Some(feed) = self.0.take() {
            std::thread::spawn(move || drop(feed));
        }
    }
}
