//! A customer's personal data on request (3.7, docs/rules.md §10), on both engines:
//! the export holds every case of that customer (by phone, e-mail or name) and nothing
//! of anyone else's; each exported case gets one event saying so, the history still
//! verifies; with staff, only a manager may export.

mod store_common;

use fixdesk::domain::staff::{Role, Secret, SecretKind};
use fixdesk::store::StoreError;
use fixdesk::store::personal::CustomerQuery;
use store_common::{at, events_total, open_case, policy, walk_in};

fn customer(name: &str, phone: &str, email: &str, serial: &str) -> fixdesk::domain::NewCase {
    let mut new = walk_in(name, serial, "2026-03-02");
    new.customer.phone = phone.into();
    new.customer.email = Some(email.into());
    new
}

on_both_engines! {
    fn the_export_holds_every_case_of_the_customer_and_nothing_else(store) {
        let p = policy();
        let ann1 = open_case(&mut store, &customer("Ann Lee", "+44 20 7946 0001", "ann@example.com", "AA5-1001"), &p, "2026-03-02");
        let ann2 = open_case(&mut store, &customer("ann  lee", "020 7946 0001", "ANN@example.com", "AA5-1002"), &p, "2026-03-02");
        let other = open_case(&mut store, &customer("Ann Leeds", "+44 20 7946 0002", "leeds@example.com", "AA5-1003"), &p, "2026-03-02");
        store.set_desk("Office");
        let before = events_total(&store);

        let by_phone = store
            .export_personal_data(&CustomerQuery::Phone("+44 (0)20 7946 0001".into()), "ana", at("2026-03-05"))
            .expect("export");
        // The number without its prefixes: "+44 (0)20…", "+44 20…" and "020…" are one.
        let numbers: Vec<_> = by_phone.cases.iter().map(|c| c.number.clone()).collect();
        assert_eq!(numbers, vec![ann1.clone(), ann2.clone()]);

        let by_email = store
            .export_personal_data(&CustomerQuery::Email("Ann@Example.com".into()), "ana", at("2026-03-05"))
            .expect("export");
        let numbers: Vec<_> = by_email.cases.iter().map(|c| c.number.clone()).collect();
        assert_eq!(numbers, vec![ann1.clone(), ann2.clone()]);

        let by_name = store
            .export_personal_data(&CustomerQuery::Name("ANN LEE".into()), "ana", at("2026-03-05"))
            .expect("export");
        let numbers: Vec<_> = by_name.cases.iter().map(|c| c.number.clone()).collect();
        assert_eq!(numbers, vec![ann1.clone(), ann2.clone()], "not Ann Leeds");
        let json = serde_json::to_string(&by_name).expect("json");
        assert!(!json.contains("Leeds") && json.contains("AA5-1002"));

        // One event per exported case, changing nothing; the chain verifies.
        assert_eq!(events_total(&store), before + 2 + 2 + 2);
        let case = store.case(&ann2).expect("read").expect("case");
        let last = case.events.last().expect("event");
        assert_eq!((last.from, last.to, last.clause.as_str()), (Some(case.state), case.state, "3.7"));
        assert_eq!(last.desk, "Office");
        assert!(store.case(&other).expect("read").expect("case").events.len() == 1);
    }

    fn only_a_manager_exports_once_there_is_staff(store) {
        let p = policy();
        open_case(&mut store, &customer("Ann Lee", "+44 20 7946 0001", "ann@example.com", "AA5-1001"), &p, "2026-03-02");
        let now = at("2026-03-02");
        store.add_staff("Maria", &[Role::Manager], SecretKind::Password, &Secret::new("manager-pass"), now).expect("manager");
        store.add_staff("Carl", &[Role::Clerk], SecretKind::Pin, &Secret::new("1111"), now).expect("clerk");
        store.sign_in("Carl", &Secret::new("1111"), now).expect("clerk");
        let before = events_total(&store);
        let err = store
            .export_personal_data(&CustomerQuery::Name("Ann Lee".into()), "ana", now)
            .expect_err("a clerk");
        assert!(matches!(err, StoreError::NotAllowed { .. }), "{err}");
        assert_eq!(events_total(&store), before);
        store.sign_in("Maria", &Secret::new("manager-pass"), now).expect("manager");
        let data = store
            .export_personal_data(&CustomerQuery::Name("Ann Lee".into()), "ana", now)
            .expect("the manager");
        assert_eq!(data.by, "Maria");
        assert_eq!(data.cases.len(), 1);
        assert_eq!(data.cases[0].events.last().map(|e| e.actor.as_str()), Some("Maria"));
    }
}
