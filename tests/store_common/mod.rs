//! The store layer's test support: fixed dates, sample cases, a temporary store, the
//! inputs of the steps, and the checks every step must pass (one event when allowed,
//! nothing written when refused).

#![allow(dead_code)]

use chrono::{DateTime, NaiveDate, Utc};
use fixdesk::domain::repair::LineKind;
use fixdesk::domain::{
    Arrival, Case, CaseNumber, Cause, Currency, Customer, Device, Diagnosis, Handover, Invoice,
    Money, NewCase, ParcelArrival, Policy, Proof, PurchaseChannel, Quote, QuoteLine, RepairMethod,
};
use fixdesk::store::{Store, StoreError};

mod steps;
#[allow(unused_imports)] // not every test takes steps by name
pub use steps::StepsByName;

pub fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("test date")
}

/// Noon UTC on a day.
pub fn at(text: &str) -> DateTime<Utc> {
    day(text).and_hms_opt(12, 0, 0).expect("noon").and_utc()
}

pub fn temp_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path()).expect("open store");
    (dir, store)
}

/// A desk's demo folder of `cases` cases (made as of `today`), with one photo and one
/// printed document whose files are in the folder and one photo whose file is gone:
/// what a desk moves to the server or backs up. Returns the case they belong to.
pub fn demo_folder(cases: usize, seed: u64, today: &str) -> (tempfile::TempDir, Store, CaseNumber) {
    use fixdesk::domain::case::{DocumentKind, PrintedDocument};
    let (dir, mut store) = temp_store();
    store
        .demo(cases, seed, day(today), false, &mut |_| {})
        .expect("demo data");
    let number = store
        .search("a", 1)
        .expect("search")
        .first()
        .map(|c| c.number.clone())
        .unwrap_or_else(|| CaseNumber::new(2026, 1));
    std::fs::create_dir_all(dir.path().join("photos")).expect("photos folder");
    std::fs::write(dir.path().join("photos").join("p-1.jpg"), b"JPEG bytes").expect("photo");
    store.add_photo(&number, "p-1.jpg").expect("add photo");
    store.add_photo(&number, "gone.jpg").expect("add photo");
    std::fs::create_dir_all(dir.path().join("documents")).expect("documents folder");
    std::fs::write(dir.path().join("documents").join("r-1.pdf"), b"%PDF-1.7").expect("pdf");
    store
        .record_printing(
            &number,
            &PrintedDocument {
                kind: DocumentKind::Receipt,
                at: at(today),
                by: "ana".into(),
                file: Some("r-1.pdf".into()),
                facts: vec![("collector".into(), "Jan Nowak".into())],
                note: None,
            },
        )
        .expect("printing");
    (dir, store, number)
}

/// The test server's address (`.ci/postgres.sh start` prints it): `None` outside CI when
/// it is not set, after saying why; in CI its absence fails the test.
pub fn test_server() -> Option<String> {
    match std::env::var("FIXDESK_TEST_PG") {
        Ok(url) if !url.trim().is_empty() => Some(url),
        _ if std::env::var_os("CI").is_some() => {
            panic!(
                "FIXDESK_TEST_PG is not set: CI must start the test server (.ci/postgres.sh start)"
            )
        }
        _ => {
            eprintln!(
                "skipped on PostgreSQL: FIXDESK_TEST_PG is not set (run `.ci/postgres.sh start` and export what it prints)"
            );
            None
        }
    }
}

/// A PostgreSQL database of one test's own on the test server, dropped at the end.
pub struct ServerDb {
    admin: String,
    pub name: String,
    /// The address of this database (the server's, with `dbname` set).
    pub url: String,
}

impl ServerDb {
    pub fn create() -> Option<ServerDb> {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let admin = test_server()?;
        let name = format!(
            "fixdesk_t_{}_{}_{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.subsec_nanos())
        );
        let mut client = postgres::Client::connect(&admin, postgres::NoTls)
            .unwrap_or_else(|err| panic!("the test server at {admin} cannot be reached: {err}"));
        client
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .expect("create the test database");
        let url = format!("{admin} dbname={name}");
        Some(ServerDb { admin, name, url })
    }
}

impl ServerDb {
    /// The store on this database, as a desk connects.
    pub fn store(&self) -> Store {
        Store::connect(&self.url)
            .unwrap_or_else(|err| panic!("connect to the test database: {err}"))
    }

    /// Ends every other session on this database, as a server restart or a pulled cable
    /// does to the desks' connections.
    pub fn drop_sessions(&self) {
        self.raw()
            .execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                 WHERE datname = current_database() AND pid <> pg_backend_pid()",
                &[],
            )
            .expect("drop the desks' sessions");
    }

    /// A plain session on this database as its owner, to set up or tamper with.
    pub fn raw(&self) -> postgres::Client {
        postgres::Client::connect(&self.url, postgres::NoTls)
            .expect("a session on the test database")
    }
}

impl Drop for ServerDb {
    fn drop(&mut self) {
        if let Ok(mut client) = postgres::Client::connect(&self.admin, postgres::NoTls) {
            let _ = client.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}

/// What keeps one test's database alive: its temporary folder, or its own database on
/// the test server.
pub enum TestDb {
    Folder(tempfile::TempDir),
    Server(ServerDb),
}

impl TestDb {
    /// The command line's arguments that reach this database: `--data-dir DIR` or
    /// `--database URL`.
    pub fn cli_args(&self) -> Vec<String> {
        match self {
            TestDb::Folder(dir) => vec!["--data-dir".into(), dir.path().display().to_string()],
            TestDb::Server(db) => vec!["--database".into(), db.url.clone()],
        }
    }
}

/// The engines the store's tests run on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

impl Engine {
    /// A new empty store on this engine, or `None` when the test server is not there
    /// (outside CI only).
    pub fn store(self) -> Option<(TestDb, Store)> {
        match self {
            Engine::Sqlite => {
                let (dir, store) = temp_store();
                Some((TestDb::Folder(dir), store))
            }
            Engine::Postgres => {
                let db = ServerDb::create()?;
                let store = Store::connect(&db.url)
                    .unwrap_or_else(|err| panic!("connect to the test database: {err}"));
                Some((TestDb::Server(db), store))
            }
        }
    }
}

/// Each test written inside runs twice, as `NAME::sqlite` and `NAME::postgres`, each on a
/// new empty store of its own: `fn NAME(store) { … }` binds `store` (mutable) and keeps
/// its database alive until the end.
#[macro_export]
macro_rules! on_both_engines {
    ($( $(#[$attr:meta])* fn $name:ident($store:ident) $body:block )*) => { $(
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            $(#[$attr])*
            fn run(engine: store_common::Engine) {
                let Some((_db, mut $store)) = engine.store() else {
                    return;
                };
                let _ = &mut $store;
                $body
            }

            #[test]
            fn sqlite() {
                run(store_common::Engine::Sqlite)
            }

            #[test]
            fn postgres() {
                run(store_common::Engine::Postgres)
            }
        }
    )* };
    // `fn NAME(engine E) { … }`: the test makes its own stores with `E.store()` (a test
    // with its own setup, or more than one store).
    ($( $(#[$attr:meta])* fn $name:ident(engine $engine:ident) $body:block )*) => { $(
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            $(#[$attr])*
            fn run($engine: store_common::Engine) $body

            #[test]
            fn sqlite() {
                run(store_common::Engine::Sqlite)
            }

            #[test]
            fn postgres() {
                run(store_common::Engine::Postgres)
            }
        }
    )* };
}

pub fn policy() -> Policy {
    Policy::shipped()
}

fn proof(claim: NaiveDate, serial: &str) -> Proof {
    Proof {
        channel: PurchaseChannel::Authorized,
        invoice: Some(Invoice {
            date: Some(claim - chrono::Duration::days(100)),
            model: Some("Aurora A5".into()),
            serial: Some(serial.into()),
            legible: true,
            altered: false,
        }),
        shipment_date: None,
        delivery_date: None,
        contract_months: None,
    }
}

/// Opens `new` as the desk ("ana") at noon on `on`, as every scenario's first step;
/// the new case's number.
pub fn open_case(store: &mut Store, new: &NewCase, p: &Policy, on: &str) -> CaseNumber {
    store
        .create_case(new, p, "ana", at(on))
        .expect("create the case")
        .number
}

pub fn walk_in(name: &str, serial: &str, received: &str) -> NewCase {
    let received = day(received);
    NewCase {
        arrival: Arrival::WalkIn,
        application_id: None,
        applied_on: None,
        received_on: Some(received),
        customer: Customer {
            name: name.into(),
            phone: "+44 20 7946 4506".into(),
            email: Some("ann.lee@example.com".into()),
            address: "1 High Street, London".into(),
            return_address: None,
            language: Default::default(),
        },
        device: Device {
            model: "Aurora A5".into(),
            serial: serial.into(),
        },
        proof: proof(received, serial),
        fault: "Does not switch on".into(),
        component: None,
        handover: Handover {
            accessories: vec!["charger".into()],
            condition: "Light scratches".into(),
            password: fixdesk::domain::PasswordStatus::ToldToInspector,
            password_note: Some("1234".into()),
            backup_acknowledged: true,
            accuracy_confirmed: true,
        },
        keep_parts: false,
    }
}

pub fn mail_in(application_id: &str, name: &str, serial: &str, applied: &str) -> NewCase {
    let applied = day(applied);
    NewCase {
        arrival: Arrival::MailIn,
        application_id: Some(application_id.into()),
        applied_on: Some(applied),
        received_on: None,
        customer: Customer {
            name: name.into(),
            phone: "+49 30 1234 5678".into(),
            email: None,
            address: "Bahnhofstraße 5, Berlin".into(),
            return_address: Some("Office, Hauptstraße 1, Berlin".into()),
            language: Default::default(),
        },
        device: Device {
            model: "Aurora A5".into(),
            serial: serial.into(),
        },
        proof: proof(applied, serial),
        fault: "Battery drains".into(),
        component: Some("battery".into()),
        handover: Handover::default(),
        keep_parts: true,
    }
}

pub fn eur(minor: i64) -> Money {
    Money::new(minor, Currency::new("EUR").expect("EUR"))
}

/// A quote in euros of one parts line and one labour line, (description, cents) each.
pub fn quote_of(parts: (&str, i64), labour: (&str, i64)) -> Quote {
    Quote {
        currency: Currency::new("EUR").expect("EUR"),
        lines: vec![
            QuoteLine {
                kind: LineKind::Parts,
                description: parts.0.into(),
                amount: eur(parts.1),
            },
            QuoteLine {
                kind: LineKind::Labour,
                description: labour.0.into(),
                amount: eur(labour.1),
            },
        ],
    }
}

/// What the bench found.
pub fn found(cause: Cause, component: &str, method: RepairMethod) -> Diagnosis {
    Diagnosis {
        cause,
        component: Some(component.into()),
        method: Some(method),
        notes: "Checked on the bench.".into(),
    }
}

/// A parcel accepted at the door on `received`, with what was inside.
pub fn parcel_with(received: &str, handover: Handover) -> ParcelArrival {
    ParcelArrival {
        received_on: day(received),
        packaging_adequate: true,
        handover,
        ..ParcelArrival::default()
    }
}

/// The events in the whole store, after checking the chain verifies.
pub fn events_total(store: &Store) -> u64 {
    let report = store.verify().expect("verify");
    assert!(report.is_ok(), "{:?}", report.problems);
    report.events
}

/// Runs an allowed step and checks it wrote exactly one event, from the old state to
/// the new one, and that the stored case is what the step returned.
pub fn allowed(
    store: &mut Store,
    number: &CaseNumber,
    step: impl FnOnce(&mut Store) -> Result<Case, StoreError>,
) -> Case {
    let before = store.case(number).expect("read").expect("exists");
    let total = events_total(store);
    let after = step(store).unwrap_or_else(|err| panic!("step refused: {err}"));
    assert_eq!(
        events_total(store),
        total + 1,
        "exactly one event in the whole store"
    );
    assert_eq!(after.events.len(), before.events.len() + 1);
    let event = after.events.last().expect("event");
    assert_eq!(event.from, Some(before.state));
    assert_eq!(event.to, after.state);
    assert!(!event.clause.is_empty() && !event.note.is_empty());
    let stored = store.case(number).expect("read").expect("exists");
    assert_eq!(stored, after, "the returned case is the stored case");
    after
}

/// Runs a step that must be refused and checks nothing changed.
pub fn refused(
    store: &mut Store,
    number: &CaseNumber,
    step: impl FnOnce(&mut Store) -> Result<Case, StoreError>,
) -> StoreError {
    let before = store.case(number).expect("read").expect("exists");
    let total = events_total(store);
    let err = step(store).expect_err("must be refused");
    assert_eq!(events_total(store), total, "no event written");
    assert_eq!(
        store.case(number).expect("read").expect("exists"),
        before,
        "case unchanged"
    );
    err
}
