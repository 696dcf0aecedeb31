//! The app's handle on the store. Every call runs on tokio's blocking pool, so SQLite
//! never runs on the UI thread (STYLE.md); results come back as plain values or one
//! sentence saying what went wrong.

use std::fmt;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use crate::domain::{Policy, Settings};
use crate::store::{DueItems, Store, StoreError, default_data_dir};

/// A shared, cloneable handle on the open store.
#[derive(Clone)]
pub struct Desk {
    store: Arc<Mutex<Store>>,
    data_dir: PathBuf,
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
}

impl Desk {
    pub fn data_dir(&self) -> &PathBuf {
        &self.data_dir
    }

    /// Opens the store in the data folder (the flag, `FIXDESK_DATA_DIR`, or the
    /// platform's usual place) and reads what the first screen shows.
    pub async fn open(flag: Option<PathBuf>) -> Result<Opened, String> {
        blocking(move || {
            let data_dir = default_data_dir(flag)?;
            let store = Store::open(&data_dir)?;
            let settings = store.settings()?;
            let (policy_version, policy) = store.policy()?;
            let has_cases = store.state_counts()?.iter().any(|(_, n)| *n > 0);
            Ok(Opened {
                desk: Desk {
                    store: Arc::new(Mutex::new(store)),
                    data_dir,
                },
                settings,
                policy,
                policy_version,
                has_cases,
            })
        })
        .await
    }

    /// Runs `work` with the store on the blocking pool.
    pub async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut Store) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, String> {
        let store = Arc::clone(&self.store);
        blocking(move || {
            // A panic in an earlier call poisons the lock; the connection itself is
            // still consistent (every change is one transaction), so carry on with it.
            let mut store = store
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            work(&mut store)
        })
        .await
    }

    pub async fn due(&self, today: chrono::NaiveDate) -> Result<DueItems, String> {
        self.run(move |store| {
            let days = store.answer_days()?;
            store.due(today, days)
        })
        .await
    }
}

async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, StoreError> + Send + 'static,
) -> Result<T, String> {
    match tokio::task::spawn_blocking(work).await {
        Ok(result) => result.map_err(|err| capitalize(&err.to_string())),
        Err(err) => Err(format!("The operation stopped unexpectedly ({err}).")),
    }
}

/// Store errors are sentences meant to follow "fixdesk: "; on screen they start a line.
fn capitalize(sentence: &str) -> String {
    let mut chars = sentence.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect::<String>() + ".",
        None => String::new(),
    }
}
