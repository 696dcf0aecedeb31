//! The app's handle on the store. Every call runs on tokio's blocking pool, so SQLite
//! never runs on the UI thread (STYLE.md); results come back as plain values or one
//! sentence saying what went wrong.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};

use chrono::{DateTime, Utc};
use iced::widget::image;

use crate::domain::{Case, CaseNumber, Note, Policy, Settings};
use crate::i18n::Words;
use crate::store::feed::FeedSource;
use crate::store::jobs::{self, Daily, JobRun};
use crate::store::location::{self, Server};
use crate::store::{DueItems, Store, StoreError, restore};

/// Said by every store call while the store is closed.
fn closed() -> StoreError {
    StoreError::Backup(Note::coded(
        "store-closed",
        "the case store is closed after a failed restore: close fixdesk and open it again",
    ))
}

/// A restore done: the store as it now is, and where the previous database was kept.
#[derive(Debug, Clone)]
pub struct Restored {
    pub opened: Opened,
    pub set_aside: Option<PathBuf>,
}

/// A shared, cloneable handle on the open store. The store is `None` only while a
/// restore has it closed, or after a restore whose database could not be opened again.
#[derive(Clone)]
pub struct Desk {
    store: Arc<Mutex<Option<Store>>>,
    data_dir: PathBuf,
    /// Where the cases are, as people read it (never a password).
    place: String,
    on_server: bool,
    /// Where the change feed listens (see `gui::feed`).
    feed: FeedSource,
    /// The words of the person at this desk, for the store's errors (the app keeps it
    /// in step with the window's language).
    words: Arc<RwLock<Words>>,
}

impl fmt::Debug for Desk {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Desk")
            .field("data_dir", &self.data_dir)
            .finish()
    }
}

/// What the app needs once the store is open.
#[derive(Debug, Clone)]
pub struct Opened {
    pub desk: Desk,
    pub settings: Settings,
    pub policy: Policy,
    pub policy_version: i64,
    pub has_cases: bool,
    /// This workstation's name, as written on events.
    pub desk_name: String,
    /// The database has staff accounts: someone must sign in before working.
    pub has_staff: bool,
}

/// The longest side of a photo's thumbnail, in pixels.
const THUMBNAIL_SIDE: u32 = 240;

impl Desk {
    /// A handle on a store already open (tests, and tools that open the store
    /// themselves).
    pub fn from_store(store: Store, data_dir: PathBuf) -> Self {
        Self {
            on_server: store.data_dir().is_none(),
            place: store.place(),
            feed: store.feed_source(),
            store: Arc::new(Mutex::new(Some(store))),
            data_dir,
            words: Arc::new(RwLock::new(crate::domain::Language::default().words())),
        }
    }

    /// The language the store's errors are said in from now on: the window's.
    pub fn set_words(&self, words: Words) {
        *self
            .words
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = words;
    }

    fn words(&self) -> Words {
        *self
            .words
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub fn data_dir(&self) -> &PathBuf {
        &self.data_dir
    }

    /// Runs `work` with the store on the calling thread, waiting for any call in
    /// progress. For test benches and tools: never on the UI thread (use [`Desk::run`]).
    pub fn blocking<T>(&self, work: impl FnOnce(&mut Store) -> T) -> T {
        let mut store = self
            .store
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        work(store.as_mut().expect("the store is open"))
    }

    /// The case's photos scaled down, off the UI thread; files that are missing or not
    /// images are left out (their names still show on the case).
    ///
    /// On the center's server, a photo another desk took is fetched from the server and
    /// kept in this desk's `photos/` folder, so it is fetched once.
    pub async fn thumbnails(
        &self,
        number: CaseNumber,
        names: Vec<String>,
    ) -> Vec<(String, image::Handle)> {
        let folder = self.data_dir.join("photos");
        if self.on_server {
            let missing: Vec<String> = names
                .iter()
                .filter(|name| !folder.join(name).is_file())
                .cloned()
                .collect();
            if !missing.is_empty() {
                let into = folder.clone();
                let _ = self
                    .run(move |store| {
                        for name in missing {
                            if let Some(bytes) = store.photo(&number, &name)? {
                                let _ = std::fs::create_dir_all(&into);
                                let _ = std::fs::write(into.join(&name), bytes);
                            }
                        }
                        Ok(())
                    })
                    .await;
            }
        }
        tokio::task::spawn_blocking(move || {
            names
                .into_iter()
                .filter_map(|name| thumbnail(&folder.join(&name)).map(|handle| (name, handle)))
                .collect::<Vec<_>>()
        })
        .await
        .unwrap_or_default()
    }

    /// Opens the store in the data folder (the flag, `FIXDESK_DATA_DIR`, or the
    /// platform's usual place) and reads what the first screen shows.
    /// On a server (`--database`, or the address saved by the welcome panel), connects
    /// there instead.
    pub async fn open(
        w: Words,
        data_dir: PathBuf,
        database: Option<String>,
    ) -> Result<Opened, String> {
        blocking(w, move || {
            let store = Store::open_desk(&data_dir, database.as_deref())?;
            Desk::opened(w, store, data_dir)
        })
        .await
    }

    /// Connects to the center's server and opens the store there, then saves the
    /// address (and password, private to the desk's user) in the data folder so the next
    /// start connects there too. Nothing is saved when the connection fails.
    pub async fn connect(
        w: Words,
        data_dir: PathBuf,
        server: Server,
        password: Option<String>,
    ) -> Result<Opened, String> {
        blocking(w, move || {
            let store = Store::connect(&server.conninfo(password.as_deref()))?;
            location::save_server(&data_dir, Some((&server, password.as_deref())))?;
            Desk::opened(w, store, data_dir)
        })
        .await
    }

    /// Forgets the server: the desk opens its own file in the data folder again.
    pub async fn use_own_file(w: Words, data_dir: PathBuf) -> Result<Opened, String> {
        blocking(w, move || {
            let store = Store::open(&data_dir)?;
            location::save_server(&data_dir, None)?;
            Desk::opened(w, store, data_dir)
        })
        .await
    }

    /// Tries the server without saving anything: a sentence saying what was found.
    pub async fn test_server(
        w: Words,
        server: Server,
        password: Option<String>,
    ) -> Result<String, String> {
        blocking(w, move || {
            let store = Store::connect(&server.conninfo(password.as_deref()))?;
            let cases: u64 = store.state_counts()?.iter().map(|(_, n)| n).sum();
            Ok(w.server_reached(&server.describe(), cases, cases == 0))
        })
        .await
    }

    /// What the app needs from a store just opened.
    fn opened(w: Words, mut store: Store, data_dir: PathBuf) -> Result<Opened, StoreError> {
        store.set_desk(&location::desk_name(&data_dir, None));
        // What a backup interrupted by closing the app left behind.
        jobs::clean_partial_backups(&data_dir);
        // The folder is the desk's user's alone, on a server's desk too (documents,
        // photos, the server's address).
        crate::store::private::tighten(&data_dir);
        let settings = store.settings()?;
        let (policy_version, policy) = store.policy()?;
        let has_cases = store.state_counts()?.iter().any(|(_, n)| *n > 0);
        let on_server = store.data_dir().is_none();
        let place = store.place();
        let feed = store.feed_source();
        let desk_name = store.desk().to_string();
        let has_staff = store.has_staff()?;
        Ok(Opened {
            desk: Desk {
                store: Arc::new(Mutex::new(Some(store))),
                data_dir,
                place,
                on_server,
                feed,
                words: Arc::new(RwLock::new(w)),
            },
            settings,
            policy,
            policy_version,
            has_cases,
            desk_name,
            has_staff,
        })
    }

    /// Where the cases are, for Settings: the server's address or the file's path.
    pub fn place(&self) -> &str {
        &self.place
    }

    /// Whether the open store is on the center's server.
    pub fn on_server(&self) -> bool {
        self.on_server
    }

    /// Where the change feed listens: this store's database.
    pub fn feed_source(&self) -> &FeedSource {
        &self.feed
    }

    /// Renames this workstation (saved in the data folder; blank: the computer's name)
    /// and answers the name now in force.
    pub async fn rename(&self, name: String) -> Result<String, String> {
        let data_dir = self.data_dir.clone();
        self.run(move |store| {
            location::save_desk_name(&data_dir, Some(&name))?;
            store.set_desk(&location::desk_name(&data_dir, None));
            Ok(store.desk().to_string())
        })
        .await
    }

    /// A case read whole (boxed: every message moves it through the runtime).
    pub async fn case(&self, number: CaseNumber) -> Result<Option<Box<Case>>, String> {
        self.run(move |store| store.case(&number))
            .await
            .map(|case| case.map(Box::new))
    }

    /// Runs `work` with the store on the blocking pool.
    pub async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut Store) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, String> {
        let store = Arc::clone(&self.store);
        blocking(self.words(), move || {
            // A panic in an earlier call poisons the lock; the connection itself is
            // still consistent (every change is one transaction), so carry on with it.
            let mut store = store
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            match store.as_mut() {
                Some(store) => work(store),
                None => Err(closed()),
            }
        })
        .await
    }

    /// Replaces the database with the backup `file`: closes the
    /// open store — waiting for any call in progress, and holding every later one back
    /// until done — restores (the file is checked first; the current database is kept
    /// aside in `backups/`), and opens the store again on whatever is now in place. A
    /// refused file leaves the current database untouched and open.
    pub async fn restore(&self, file: PathBuf, now: DateTime<Utc>) -> Result<Restored, String> {
        let store = Arc::clone(&self.store);
        let data_dir = self.data_dir.clone();
        let desk = self.clone();
        let w = self.words();
        blocking(w, move || {
            let mut slot = store
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            // Dropping the store closes its connection and releases the folder's lock,
            // which `restore` takes for itself.
            // Only someone who may restore (once there is staff): checked before the
            // store is closed, so a refusal leaves everything as it was.
            if let Some(open) = slot.as_ref() {
                open.may(crate::domain::staff::Action::Restore)?;
            }
            drop(slot.take());
            let restored = restore(&data_dir, &file, now);
            let reopened = Store::open(&data_dir);
            let reopened = match reopened {
                Ok(mut store) => {
                    store.set_desk(&location::desk_name(&data_dir, None));
                    store
                }
                Err(err) => {
                    let (code, done) = match &restored {
                        Ok(_) => ("restored-not-reopened", "the backup was restored, but"),
                        Err(_) => ("not-restored-not-reopened", "the backup was not restored, and"),
                    };
                    return Err(StoreError::Backup(
                        Note::coded(
                            code,
                            format!(
                                "{done} the database could not be opened again ({err}); close fixdesk and open it again"
                            ),
                        )
                        .arg("problem", err.say(w)),
                    ));
                }
            };
            let store = slot.insert(reopened);
            let settings = store.settings()?;
            let (policy_version, policy) = store.policy()?;
            let has_cases = store.state_counts()?.iter().any(|(_, n)| *n > 0);
            let set_aside = restored?.map(|report| report.path);
            Ok(Restored {
                opened: Opened {
                    desk,
                    settings,
                    policy,
                    policy_version,
                    has_cases,
                    desk_name: store.desk().to_string(),
                    has_staff: store.has_staff()?,
                },
                set_aside,
            })
        })
        .await
    }

    /// Today's automatic backup, made by one desk of the center (see `store::jobs`), on
    /// a second connection so this desk works on meanwhile: the file written (`None`
    /// when today's file was there), or skipped when another desk has it today.
    pub async fn daily_backup(
        &self,
        today: chrono::NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<Daily<Option<PathBuf>>, String> {
        let mut other = self.run(|store| store.another_connection()).await?;
        let data_dir = self.data_dir.clone();
        blocking(self.words(), move || {
            Ok(match other.daily_backup(today, &data_dir, now)? {
                Daily::Done(made) => Daily::Done(made.map(|report| report.path)),
                Daily::Skipped => Daily::Skipped,
            })
        })
        .await
    }

    /// Today's retention pass (3.7), run by one desk of the center, on a second
    /// connection: how many cases lost their personal data (0 when another desk has it).
    pub async fn daily_retention(
        &self,
        today: chrono::NaiveDate,
        months: u32,
        actor: String,
        now: DateTime<Utc>,
    ) -> Result<usize, String> {
        let mut other = self.run(|store| store.another_connection()).await?;
        blocking(self.words(), move || {
            Ok(match other.daily_retention(today, months, &actor, now)? {
                Daily::Done(cases) => cases,
                Daily::Skipped => 0,
            })
        })
        .await
    }

    /// One round of the customer e-mail sender (docs/rules.md §11), on a second
    /// connection so the desk works on while the mail server answers: sends what is due
    /// (when e-mail is on and this desk can log in: a desk without the password leaves
    /// the outbox to the one that has it), then counts what waits for a person (failed,
    /// to phone).
    pub async fn send_mail(
        &self,
        now: DateTime<Utc>,
    ) -> Result<(crate::mail::SendReport, (u64, u64)), String> {
        let mut other = self.run(|store| store.another_connection()).await?;
        let data_dir = self.data_dir.clone();
        blocking(self.words(), move || {
            let secret = crate::store::location::mail_secret(&data_dir)?;
            let report = match crate::mail::send_due(&mut other, secret.as_deref(), now) {
                Ok(report) => report,
                Err(crate::mail::MailError::Store(err)) => return Err(err),
                // Off, not set up, or not this desk's to send: nothing to do here.
                Err(_) => crate::mail::SendReport::default(),
            };
            Ok((report, other.outbox_attention()?))
        })
        .await
    }

    /// Each of the center's daily jobs' last run: when, at which desk, how.
    pub async fn job_runs(&self) -> Result<Vec<JobRun>, String> {
        self.run(|store| store.job_runs()).await
    }

    pub async fn due(&self, today: chrono::NaiveDate) -> Result<DueItems, String> {
        self.run(move |store| {
            let days = store.answer_days()?;
            store.due(today, days)
        })
        .await
    }
}

/// Runs `work` on the blocking pool; its error as the person reads it, in `w`.
async fn blocking<T: Send + 'static>(
    w: Words,
    work: impl FnOnce() -> Result<T, StoreError> + Send + 'static,
) -> Result<T, String> {
    match tokio::task::spawn_blocking(work).await {
        Ok(result) => result.map_err(|err| w.as_sentence(&err.say(w))),
        Err(err) => Err(w.gui_operation_stopped(err.to_string())),
    }
}

/// A photo scaled down for the screen; `None` if the file is missing or not an image.
fn thumbnail(path: &Path) -> Option<image::Handle> {
    let picture = ::image::open(path).ok()?;
    let small = picture
        .thumbnail(THUMBNAIL_SIDE, THUMBNAIL_SIDE)
        .into_rgba8();
    let (width, height) = small.dimensions();
    Some(image::Handle::from_rgba(width, height, small.into_raw()))
}
