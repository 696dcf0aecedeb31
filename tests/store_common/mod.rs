//! Shared pieces of the store tests: fixed dates, sample cases, a temporary store.

#![allow(dead_code)]

use chrono::{DateTime, NaiveDate, Utc};
use fixdesk::domain::{
    Arrival, Customer, Device, Handover, Invoice, NewCase, Policy, Proof, PurchaseChannel,
};
use fixdesk::store::Store;

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
