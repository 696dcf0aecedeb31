//! The store's errors as a person reads them (`StoreError::say`): each one sentence
//! saying what to do. The English is also the errors' `Display`, which logs keep.

crate::words! { STORE;
    store_no_data_dir = "store-no-data-dir";
    store_io(path, problem) = "store-io";
    store_locked(path) = "store-locked";
    store_not_fixdesk(path) = "store-not-fixdesk";
    store_too_new(path, found, known) = "store-too-new";
    store_damaged(path, detail) = "store-damaged";
    store_migration(detail) = "store-migration";
    store_database(detail) = "store-database";
    store_not_found(number) = "store-not-found";
    store_transition(number, from, to) = "store-transition";
    store_refused(number, reason) = "store-refused";
    store_changed_elsewhere(number, actor, date, time, what) = "store-changed-elsewhere";
    store_changed_elsewhere_desk(number, actor, desk, date, time, what) = "store-changed-elsewhere-desk";
    store_what_clause(what, clause) = "store-what-clause";
    store_duplicate_application(application, number) = "store-duplicate-application";
    store_corrupt(what, detail) = "store-corrupt";
    store_real_cases(count) = "store-real-cases";
    store_sign_in_required = "store-sign-in-required";
    store_not_allowed(person, roles, action, needs) = "store-not-allowed";
    store_or = "store-or";
    store_sign_in_wrong(left) = "store-sign-in-wrong";
    store_sign_in_waits_seconds(seconds) = "store-sign-in-waits-seconds";
    store_sign_in_waits_minutes(minutes) = "store-sign-in-waits-minutes";
    store_sign_in_disabled(person) = "store-sign-in-disabled";
    store_migrate_not_empty(place, cases, events) = "store-migrate-not-empty";
    store_migrate_damaged_source(problem) = "store-migrate-damaged-source";
    store_migrate_mismatch(place, detail) = "store-migrate-mismatch";
}

declared! { STORE_ACTIONS;
    "action-step"(step), "action-intake", "action-import", "action-print",
    "action-own-secret", "action-policy", "action-settings", "action-staff",
    "action-backup", "action-restore", "action-retention", "action-reports",
    "action-personal-data", "action-demo",
}

impl crate::i18n::Words {
    /// What a person may not do, by the action's code (`Action::code`).
    pub fn action(self, code: &str, step: Option<&str>) -> String {
        let mut args = crate::i18n::FluentArgsOf::new();
        if let Some(step) = step {
            args.set("step", crate::i18n::Arg::Text(step).value());
        }
        self.format(&format!("action-{code}"), args.get())
    }
}
