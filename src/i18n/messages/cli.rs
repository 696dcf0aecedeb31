//! The command line's human-readable lines (not its JSON, not clap's `--help`): the
//! store commands' progress and results, and the printers' list.

crate::words! { CLI;
    cli_retention_none = "cli-retention-none";
    cli_retention_done(months, cases, day) = "cli-retention-done";
    cli_importing(done, total) = "cli-importing";
    cli_imported(created, on_file) = "cli-imported";
    cli_bad_rows(count) = "cli-bad-rows";
    cli_backup_written(path, bytes) = "cli-backup-written";
    cli_backup_files(path) = "cli-backup-files";
    cli_restored_aside(file, aside) = "cli-restored-aside";
    cli_restored(file) = "cli-restored";
    cli_integrity_ok = "cli-integrity-ok";
    cli_integrity_server = "cli-integrity-server";
    cli_integrity_problems(count) = "cli-integrity-problems";
    cli_history_ok(events) = "cli-history-ok";
    cli_history_problems(count, events) = "cli-history-problems";
    cli_history_event(event, case, problem) = "cli-history-event";
    cli_check_failed = "cli-check-failed";
    cli_demo_progress(done, total) = "cli-demo-progress";
    cli_demo_done(cases, events) = "cli-demo-done";
    cli_migrate_progress(done, total, what) = "cli-migrate-progress";
    cli_migrate_missing(file) = "cli-migrate-missing";
    cli_migrate_missing_more(count) = "cli-migrate-missing-more";
    cli_migrate_done(cases, events, payments, documents, document_files, photos, photo_files, from, to) = "cli-migrate-done";
    cli_migrate_next = "cli-migrate-next";
    cli_search_none(text) = "cli-search-none";
    cli_printers_offered = "cli-printers-offered";
    cli_printers_none = "cli-printers-none";
    cli_printers_unlisted(error) = "cli-printers-unlisted";
    cli_printers_chosen = "cli-printers-chosen";
    cli_printers_viewer = "cli-printers-viewer";
    cli_printers_at_once = "cli-printers-at-once";
    cli_printers_ask_first = "cli-printers-ask-first";
    cli_printers_not_offered = "cli-printers-not-offered";
    cli_printers_choice(printer, paper, copies, when, missing) = "cli-printers-choice";
    /// A document kind in the printers' list, by its code (`DocumentKind::as_str`).
    cli_printers_document(kind) = "cli-printers-document";
    cli_printers_report = "cli-printers-report";
    cli_printers_sticker = "cli-printers-sticker";
    cli_staff_added(name, roles, kind) = "cli-staff-added";
    cli_staff_enabled(name) = "cli-staff-enabled";
    cli_staff_disabled(name) = "cli-staff-disabled";
    cli_staff_reset(name, kind) = "cli-staff-reset";
    cli_mail_sent(sent, later, failed) = "cli-mail-sent";
    cli_mail_not_all = "cli-mail-not-all";
    cli_mail_test_sent(reply) = "cli-mail-test-sent";
    cli_mail_reminder_off(number) = "cli-mail-reminder-off";
    cli_mail_on = "cli-mail-on";
    cli_document_sent(printer, job) = "cli-document-sent";
    cli_document_stale(kind, changed) = "cli-document-stale";
    cli_personal_written(cases, file, pdf) = "cli-personal-written";
    cli_report_empty(file, month) = "cli-report-empty";
    cli_report_written(file, month, cases, kb) = "cli-report-written";
}
