//! Staff accounts, sign-in and roles in the store (docs/rules.md §10), on both engines:
//! a database without staff works as before; the first account (a manager's) turns
//! sign-in on; the signed-in person's name goes on every event; the store itself
//! refuses what a role does not allow, writing nothing; five wrong secrets make a name
//! wait, longer each time, counted from the recorded attempts; staff changes are kept.

mod store_common;

use chrono::Duration;
use fixdesk::domain::Step;
use fixdesk::domain::staff::{Person, Role, Secret, SecretKind};
use fixdesk::store::{Store, StoreError};
use store_common::{at, day, events_total, open_case, policy, refused, walk_in};

fn pin(text: &str) -> Secret {
    Secret::new(text)
}

/// A center with a manager (password) and a clerk, an inspector and a dispatcher
/// (PINs); the manager stays signed in.
fn center(store: &mut Store) {
    let now = at("2026-03-02");
    store
        .add_staff(
            "Maria",
            &[Role::Manager],
            SecretKind::Password,
            &Secret::new("manager-pass"),
            now,
        )
        .expect("the first account");
    for (name, role, secret) in [
        ("Carl", Role::Clerk, "1111"),
        ("Ines", Role::Inspector, "2222"),
        ("Dan", Role::Dispatcher, "3333"),
    ] {
        store
            .add_staff(name, &[role], SecretKind::Pin, &pin(secret), now)
            .expect("an account");
    }
}

on_both_engines! {
    /// No staff: anyone acts, under the name the desk gives, as before.
    fn a_database_without_staff_works_as_before(store) {
        assert!(!store.has_staff().expect("staff?"));
        assert_eq!(store.may(fixdesk::domain::staff::Action::Policy).expect("may"), None);
        let number = open_case(&mut store, &walk_in("Ann Lee", "AA5-0001", "2026-03-02"), &policy(), "2026-03-02");
        let case = store.case(&number).expect("read").expect("case");
        assert_eq!(case.events[0].actor, "ana");
        store.save_settings(&store.settings().expect("settings")).expect("settings saved");
    }

    /// The first account must be a manager's; it switches sign-in on and signs its
    /// maker in; from then on nobody signed in may write, and the signed-in person's
    /// name (not the desk's user) goes on events.
    fn the_first_account_turns_sign_in_on(store) {
        let now = at("2026-03-02");
        let err = store
            .add_staff("Carl", &[Role::Clerk], SecretKind::Pin, &pin("1111"), now)
            .expect_err("a clerk first");
        assert!(err.to_string().contains("manager"), "{err}");
        assert!(!store.has_staff().expect("staff?"));

        center(&mut store);
        assert_eq!(store.person().map(|p| p.name.as_str()), Some("Maria"));
        store.set_desk("Counter 1");
        let number = open_case(&mut store, &walk_in("Ann Lee", "AA5-0002", "2026-03-02"), &policy(), "2026-03-02");
        let case = store.case(&number).expect("read").expect("case");
        assert_eq!(case.events[0].actor, "Maria", "the person, not the OS user");
        assert_eq!(case.events[0].desk, "Counter 1");

        store.sign_out();
        let total = events_total(&store);
        let err = store
            .create_case(&walk_in("Bo Chan", "AA5-0003", "2026-03-02"), &policy(), "ana", now)
            .expect_err("nobody signed in");
        assert!(matches!(err, StoreError::SignInRequired), "{err}");
        assert_eq!(events_total(&store), total, "nothing written");
        assert!(matches!(store.save_settings(&Default::default()), Err(StoreError::SignInRequired)));
    }

    /// Right secret in, wrong secret out (and the one signed in before stays); names
    /// compare without case; a disabled account cannot sign in.
    fn sign_in_with_right_and_wrong_secrets(store) {
        center(&mut store);
        store.sign_out();
        let now = at("2026-03-03");
        let err = store.sign_in("carl", &pin("1112"), now).expect_err("wrong PIN");
        assert!(matches!(err, StoreError::SignInWrong { left: 4 }), "{err}");
        assert_eq!(store.person(), None);
        let carl = store.sign_in("CARL", &pin("1111"), now).expect("right PIN");
        assert_eq!(carl, Person { name: "Carl".into(), roles: vec![Role::Clerk], active: true });
        let err = store.sign_in("Ines", &pin("9999"), now).expect_err("wrong");
        assert!(matches!(err, StoreError::SignInWrong { .. }));
        assert_eq!(store.person().map(|p| p.name.as_str()), Some("Carl"), "still Carl");
        // Nobody of that name: the same answer as a wrong secret.
        let err = store.sign_in("Zed", &pin("1111"), now).expect_err("unknown");
        assert!(matches!(err, StoreError::SignInWrong { .. }));

        store.sign_in("Maria", &Secret::new("manager-pass"), now).expect("manager");
        store.set_active("Carl", false, now).expect("disabled");
        let err = store.sign_in("Carl", &pin("1111"), now).expect_err("disabled");
        assert!(matches!(err, StoreError::SignInDisabled(_)), "{err}");
        assert_eq!(store.person().map(|p| p.name.as_str()), Some("Maria"));
    }

    /// Five wrong secrets: the name waits 30 s, even with the right one; the sixth
    /// wrong one makes it a minute. Another desk (another connection) sees the same
    /// wait. A manager's reset lifts it.
    fn five_wrong_secrets_make_the_name_wait_longer_each_time(store) {
        center(&mut store);
        store.sign_out();
        let t0 = at("2026-03-04");
        for n in 0..5 {
            let err = store.sign_in("Carl", &pin("0000"), t0 + Duration::seconds(n)).expect_err("wrong");
            assert!(matches!(err, StoreError::SignInWrong { .. }), "{err}");
        }
        let last = t0 + Duration::seconds(4);
        let err = store.sign_in("Carl", &pin("1111"), last + Duration::seconds(10)).expect_err("waits");
        let StoreError::SignInWaits { until, .. } = err else { panic!("{err}") };
        assert_eq!(until, last + Duration::seconds(30));
        let mut other = store.another_connection().expect("another desk");
        assert!(matches!(
            other.sign_in("carl", &pin("1111"), last + Duration::seconds(20)),
            Err(StoreError::SignInWaits { .. })
        ));
        // After the wait, a sixth wrong one: now a minute.
        let sixth = last + Duration::seconds(31);
        assert!(matches!(store.sign_in("Carl", &pin("0000"), sixth), Err(StoreError::SignInWrong { left: 0 })));
        let err = store.sign_in("Carl", &pin("1111"), sixth + Duration::seconds(45)).expect_err("waits");
        let StoreError::SignInWaits { until, .. } = err else { panic!("{err}") };
        assert_eq!(until, sixth + Duration::seconds(60));
        store.sign_in("Carl", &pin("1111"), sixth + Duration::seconds(61)).expect("after the wait");

        // Wrong again five times, then the manager resets the PIN: no wait.
        store.sign_out();
        let t1 = at("2026-03-05");
        for n in 0..5 {
            let _ = store.sign_in("Carl", &pin("0000"), t1 + Duration::seconds(n));
        }
        store.sign_in("Maria", &Secret::new("manager-pass"), t1).expect("manager");
        store.reset_secret("Carl", SecretKind::Pin, &pin("4444"), t1 + Duration::seconds(6)).expect("reset");
        store.sign_in("Carl", &pin("4444"), t1 + Duration::seconds(7)).expect("no wait after a reset");
    }

    /// A clerk takes intake and payments but not a diagnosis, the policy, settings,
    /// staff, backup, retention nor reports — refused by the store with who may, and
    /// nothing written. An inspector's diagnosis names the inspector.
    fn the_store_refuses_what_a_role_does_not_allow(store) {
        center(&mut store);
        let now = at("2026-03-02");
        store.sign_in("Carl", &pin("1111"), now).expect("clerk");
        let number = open_case(&mut store, &walk_in("Ann Lee", "AA5-0004", "2026-03-02"), &policy(), "2026-03-02");
        let diagnosis = store_common::found(
            fixdesk::domain::Cause::Manufacturing,
            "battery",
            fixdesk::domain::RepairMethod::PartReplacement,
        );
        let step = Step::Diagnose(diagnosis);
        let err = refused(&mut store, &number, |s| s.apply(Some(&number), &step, &policy(), day("2026-03-02"), "ana", now));
        let text = err.to_string();
        assert!(matches!(err, StoreError::NotAllowed { .. }), "{text}");
        assert!(text.contains("Carl (Clerk)") && text.contains("Inspector or Manager"), "{text}");

        let settings = store.settings().expect("settings");
        assert!(matches!(store.save_settings(&settings), Err(StoreError::NotAllowed { .. })));
        assert!(matches!(store.save_policy(&policy(), now), Err(StoreError::NotAllowed { .. })));
        assert!(matches!(
            store.add_staff("Eve", &[Role::Clerk], SecretKind::Pin, &pin("5555"), now),
            Err(StoreError::NotAllowed { .. })
        ));
        assert!(matches!(store.set_roles("Carl", &[Role::Manager], now), Err(StoreError::NotAllowed { .. })));
        assert!(matches!(store.remove_expired_personal_data(day("2026-03-02"), 1, "ana", now), Err(StoreError::NotAllowed { .. })));
        assert!(matches!(store.cases_for_report(day("2026-03-01"), day("2026-03-31")), Err(StoreError::NotAllowed { .. })));
        let out = tempfile::tempdir().expect("dir");
        assert!(matches!(store.backup_to(&out.path().join("b.db")), Err(StoreError::NotAllowed { .. })));
        assert!(!out.path().join("b.db").exists());
        assert_eq!(store.staff().expect("staff").len(), 4, "nobody added");

        store.sign_in("Ines", &pin("2222"), now).expect("inspector");
        let case = store.apply(Some(&number), &step, &policy(), day("2026-03-02"), "ana", now).expect("diagnosed");
        assert_eq!(case.events.last().map(|e| e.actor.as_str()), Some("Ines"));
        // A printing is recorded as the signed-in person's, whoever the desk says.
        let printed = fixdesk::domain::PrintedDocument {
            kind: fixdesk::domain::case::DocumentKind::Receipt,
            at: now,
            by: "ana".into(),
            file: None,
            facts: Vec::new(),
            note: None,
        };
        store.record_printing(&number, &printed).expect("printed");
        let case = store.case(&number).expect("read").expect("case");
        assert_eq!(case.documents.last().map(|d| d.by.as_str()), Some("Ines"));
        // The inspector's roles taken away at another desk: refused at the next step.
        let mut desk2 = store.another_connection().expect("desk 2");
        desk2.sign_in("Maria", &Secret::new("manager-pass"), now).expect("manager");
        desk2.set_roles("Ines", &[Role::Dispatcher], now).expect("roles");
        assert!(matches!(
            store.apply(Some(&number), &Step::AskForProof, &policy(), day("2026-03-02"), "ana", now),
            Err(StoreError::NotAllowed { .. })
        ));
    }

    /// Every staff change is kept: who, whom, what, at which desk; never the secret.
    /// The last active manager cannot be disabled or lose the role.
    fn staff_changes_are_recorded(store) {
        store.set_desk("Office");
        center(&mut store);
        let now = at("2026-03-06");
        store.set_roles("Carl", &[Role::Clerk, Role::Dispatcher], now).expect("roles");
        store.set_active("Dan", false, now).expect("disable");
        store.reset_secret("Ines", SecretKind::Pin, &pin("7777"), now).expect("reset");
        assert!(store.set_active("Maria", false, now).expect_err("last manager").to_string().contains("only active manager"));
        assert!(store.set_roles("Maria", &[Role::Clerk], now).is_err());

        let changes = store.staff_changes(100).expect("changes");
        let kinds: Vec<(&str, &str, &str)> = changes
            .iter()
            .map(|c| (c.person.as_str(), c.change.as_str(), c.detail.as_str()))
            .collect();
        assert_eq!(kinds[..3], [("Ines", "secret_reset", "pin"), ("Dan", "disabled", ""), ("Carl", "roles", "clerk,dispatcher")]);
        assert_eq!(changes.len(), 7, "4 added + 3 changes");
        assert!(changes.iter().all(|c| c.actor == "Maria" && c.desk == "Office"));
        let debug = format!("{changes:?}{:?}", store.staff_accounts().expect("accounts"));
        assert!(!debug.contains("7777") && !debug.contains("argon2"), "{debug}");

        let listed = store.staff().expect("staff");
        let dan = listed.iter().find(|p| p.name == "Dan").expect("Dan");
        assert!(!dan.active);
    }
}

/// The SQLite file holds the secret only as an argon2id hash: neither the secret nor a
/// plain digest of it is anywhere in the database or its WAL.
#[test]
fn the_database_file_holds_no_secret() {
    use sha2::Digest;
    let (dir, mut store) = store_common::temp_store();
    let secret = "Zebra-Counter-4711";
    store
        .add_staff(
            "Maria",
            &[Role::Manager],
            SecretKind::Password,
            &Secret::new(secret),
            at("2026-03-02"),
        )
        .expect("manager");
    drop(store);
    let mut bytes = Vec::new();
    for entry in std::fs::read_dir(dir.path()).expect("dir").flatten() {
        if entry.path().is_file() {
            bytes.extend(std::fs::read(entry.path()).expect("read"));
        }
    }
    let contains = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    assert!(contains(b"$argon2id$"), "the hash is there");
    assert!(!contains(secret.as_bytes()));
    let sha = sha2::Sha256::digest(secret.as_bytes());
    let hex: String = sha.iter().map(|b| format!("{b:02x}")).collect();
    assert!(!contains(&sha) && !contains(hex.as_bytes()));
}

/// A desk's folder moved to the center's server keeps its accounts (hashes, roles, the
/// record of changes), so the center signs in there as before; so does the server's
/// backup restored into a folder.
#[test]
fn the_accounts_move_to_the_server_and_back_in_its_backup() {
    let Some(server) = store_common::ServerDb::create() else {
        return;
    };
    let (_dir, mut source) = store_common::temp_store();
    center(&mut source);
    source
        .set_active("Dan", false, at("2026-03-02"))
        .expect("disable");
    fixdesk::store::migrate(&source, &mut server.store(), &mut |_| {}).expect("migrate");

    let mut target = server.store();
    assert!(target.has_staff().expect("staff?"));
    assert_eq!(
        target.staff().expect("staff"),
        source.staff().expect("staff")
    );
    assert_eq!(
        target.staff_changes(100).expect("changes"),
        source.staff_changes(100).expect("changes")
    );
    assert!(matches!(
        target.sign_in("dan", &pin("3333"), at("2026-03-03")),
        Err(StoreError::SignInDisabled(_))
    ));
    target
        .sign_in("Maria", &Secret::new("manager-pass"), at("2026-03-03"))
        .expect("the manager signs in on the server");

    let out = tempfile::tempdir().expect("dir");
    let file = out.path().join("server.db");
    target.backup_to(&file).expect("the manager's backup");
    let folder = tempfile::tempdir().expect("dir");
    fixdesk::store::restore(folder.path(), &file, at("2026-03-03")).expect("restore");
    let mut restored = Store::open(folder.path()).expect("open");
    assert!(restored.has_staff().expect("staff?"));
    restored
        .sign_in("carl", &pin("1111"), at("2026-03-03"))
        .expect("the clerk signs in on the restored folder");
}

/// On a server, a desk's login (a member of `fixdesk_desks`) makes accounts, signs in
/// (its attempts recorded) and records staff changes, but cannot rewrite or remove the
/// record of changes nor the attempts.
#[test]
fn a_desks_login_keeps_staff_but_cannot_rewrite_their_record() {
    let Some(db) = store_common::ServerDb::create() else {
        return;
    };
    let desk = format!("{}_desk", db.name);
    let mut raw = db.raw();
    raw.batch_execute(&format!(
        "DO $$ BEGIN CREATE ROLE {role} NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
         CREATE ROLE {desk} LOGIN IN ROLE {role};",
        role = fixdesk::store::postgres::DESKS_ROLE
    ))
    .expect("the desks' role and one desk's login");
    drop(db.store());
    let as_desk = format!("{} user={desk}", db.url);
    let mut store = Store::connect(&as_desk).expect("a desk connects");
    center(&mut store);
    store.sign_out();
    assert!(
        store
            .sign_in("carl", &pin("0000"), at("2026-03-03"))
            .is_err()
    );
    store
        .sign_in("carl", &pin("1111"), at("2026-03-03"))
        .expect("the clerk signs in through the desk's login");
    let mut session = postgres::Client::connect(&as_desk, postgres::NoTls).expect("session");
    for sql in [
        "UPDATE staff_changes SET actor = 'someone else'",
        "DELETE FROM staff_changes",
        "TRUNCATE staff_changes",
        "DELETE FROM sign_ins",
        "DELETE FROM staff",
    ] {
        let err = session.batch_execute(sql).expect_err(sql);
        assert_eq!(
            err.code(),
            Some(&postgres::error::SqlState::INSUFFICIENT_PRIVILEGE),
            "{sql}: {err}"
        );
    }
    drop(store);
    drop(session);
    let _ = raw.batch_execute(&format!("DROP OWNED BY {desk}; "));
    drop(db);
    let _ = postgres::Client::connect(
        &store_common::test_server().unwrap_or_default(),
        postgres::NoTls,
    )
    .and_then(|mut admin| admin.batch_execute(&format!("DROP ROLE IF EXISTS {desk}")));
}
