//! The words of the window (`src/gui/text.rs`), one method per word there: a constant
//! `X` is `x()`, a function `x(..)` is `x(..)` with the same arguments, so a screen moves
//! from `t::X` to `w.x()` by a rename. Where a name was taken by a word every part uses
//! (`state`, `verdict`, `yes_no`…) the window's has `gui_` in front; where a constant and a
//! function shared a name, the constant's method ends in `_label`.

use std::path::Path;

use chrono::{DateTime, Datelike, Local, NaiveDate, Utc};

use crate::domain::case::{DocumentKind, Handback};
use crate::domain::dates::{DateError, MONTH_NAMES};
use crate::domain::repair::LineKind;
use crate::domain::settings::{Form, PrintWhen, StickerSize, Theme};
use crate::domain::staff::Role;
use crate::domain::{
    Arrival, CaseNumber, Invoice, LabelSize, Money, Paper, ParcelOutcome, PasswordStatus,
    PurchaseChannel, ReturnReason, StartBasis, State, Verdict,
};
use crate::i18n::{Arg, Declared, FluentArgsOf, Words, month_name};

crate::words! { GUI;
    gui_operation_stopped(detail) = "gui-operation-stopped";
    gui_window_failed(detail) = "gui-window-failed";
    gui_no_display = "gui-no-display";
    app_name = "gui-app-name";
    intake = "gui-intake";
    inspection = "gui-inspection";
    dispatch = "gui-dispatch";
    cases = "gui-cases";
    reports = "gui-reports";
    settings = "gui-settings";
    walk_in = "gui-walk-in";
    online_application = "gui-online-application";
    customer = "gui-customer";
    name = "gui-name";
    phone = "gui-phone";
    email = "gui-email";
    address = "gui-address";
    return_same = "gui-return-same";
    return_address = "gui-return-address";
    device = "gui-device";
    model = "gui-model";
    serial = "gui-serial";
    channel_label = "gui-channel-label";
    proof = "gui-proof";
    invoice_present = "gui-invoice-present";
    invoice_date = "gui-invoice-date";
    invoice_model = "gui-invoice-model";
    invoice_serial = "gui-invoice-serial";
    invoice_legible = "gui-invoice-legible";
    invoice_altered = "gui-invoice-altered";
    shipment_date = "gui-shipment-date";
    delivery_date = "gui-delivery-date";
    contract_months = "gui-contract-months";
    applied_on_label = "gui-applied-on-label";
    application_id = "gui-application-id";
    received_on_label = "gui-received-on-label";
    fault_section = "gui-fault-section";
    fault = "gui-fault";
    component = "gui-component";
    handover = "gui-handover";
    accessories = "gui-accessories";
    other_accessories = "gui-other-accessories";
    condition = "gui-condition";
    password_label = "gui-password-label";
    password_note = "gui-password-note";
    backup_ack = "gui-backup-ack";
    accuracy_ack = "gui-accuracy-ack";
    keep_parts = "gui-keep-parts";
    save = "gui-save";
    clear = "gui-clear";
    saving = "gui-saving";
    print_receipt = "gui-print-receipt";
    print_confirmation = "gui-print-confirmation";
    next_customer = "gui-next-customer";
    case_saved = "gui-case-saved";
    verdict_label = "gui-verdict-label";
    provisional = "gui-provisional";
    no_verdict_yet = "gui-no-verdict-yet";
    warranty_start = "gui-warranty-start";
    last_covered_day = "gui-last-covered-day";
    repeat_repairs = "gui-repeat-repairs";
    bad_phone = "gui-bad-phone";
    bad_email = "gui-bad-email";
    bad_months = "gui-bad-months";
    password_note_needed = "gui-password-note-needed";
    welcome_title = "gui-welcome-title";
    welcome_text = "gui-welcome-text";
    where_cases_are = "gui-where-cases-are";
    this_desk_only = "gui-this-desk-only";
    center_server = "gui-center-server";
    this_desk_only_text = "gui-this-desk-only-text";
    server_intro = "gui-server-intro";
    server_host = "gui-server-host";
    server_port = "gui-server-port";
    server_database = "gui-server-database";
    server_user = "gui-server-user";
    server_password = "gui-server-password";
    server_password_hint = "gui-server-password-hint";
    server_tls = "gui-server-tls";
    server_test = "gui-server-test";
    server_connect = "gui-server-connect";
    server_use_this_desk = "gui-server-use-this-desk";
    server_testing = "gui-server-testing";
    server_connecting = "gui-server-connecting";
    no_data_folder = "gui-no-data-folder";
    desk_name = "gui-desk-name";
    desk_name_help = "gui-desk-name-help";
    desk_name_placeholder = "gui-desk-name-placeholder";
    save_desk_name = "gui-save-desk-name";
    offline_server = "gui-offline-server";
    offline_file = "gui-offline-file";
    offline_no_save = "gui-offline-no-save";
    welcome_details = "gui-welcome-details";
    center_name = "gui-center-name";
    center_address = "gui-center-address";
    center_phone = "gui-center-phone";
    start = "gui-start";
    try_demo = "gui-try-demo";
    demo_center_name = "gui-demo-center-name";
    demo_center_address = "gui-demo-center-address";
    demo_center_phone = "gui-demo-center-phone";
    opening = "gui-opening";
    print_now = "gui-print-now";
    print_try_again = "gui-print-try-again";
    open_in_viewer = "gui-open-in-viewer";
    save_as_pdf = "gui-save-as-pdf";
    not_now = "gui-not-now";
    search_placeholder = "gui-search-placeholder";
    search_hint = "gui-search-hint";
    searching = "gui-searching";
    col_number = "gui-col-number";
    col_customer = "gui-col-customer";
    col_model = "gui-col-model";
    col_state = "gui-col-state";
    col_age = "gui-col-age";
    col_deadline = "gui-col-deadline";
    sort_up = "gui-sort-up";
    sort_down = "gui-sort-down";
    back_to_results = "gui-back-to-results";
    opening_case = "gui-opening-case";
    unsolicited = "gui-unsolicited";
    email_plain = "gui-email-plain";
    return_to = "gui-return-to";
    same_as_address = "gui-same-as-address";
    none = "gui-none";
    not_given = "gui-not-given";
    replacement_serial = "gui-replacement-serial";
    invoice_label = "gui-invoice-label";
    no_invoice = "gui-no-invoice";
    fault_and_diagnosis = "gui-fault-and-diagnosis";
    gui_cause = "gui-cause";
    failed_component = "gui-failed-component";
    gui_repair_method = "gui-repair-method";
    diagnosis_notes = "gui-diagnosis-notes";
    keep_parts_short = "gui-keep-parts-short";
    accessories_short = "gui-accessories-short";
    condition_short = "gui-condition-short";
    password_short = "gui-password-short";
    backup_short = "gui-backup-short";
    accuracy_short = "gui-accuracy-short";
    parcel = "gui-parcel";
    no_decision = "gui-no-decision";
    quote_and_payments = "gui-quote-and-payments";
    no_quote = "gui-no-quote";
    quote_total = "gui-quote-total";
    payment_notice = "gui-payment-notice";
    asked_on = "gui-asked-on";
    payments = "gui-payments";
    no_payments = "gui-no-payments";
    return_reason_label = "gui-return-reason-label";
    handback_label = "gui-handback-label";
    timeline = "gui-timeline";
    col_when = "gui-col-when";
    col_who = "gui-col-who";
    col_step = "gui-col-step";
    col_clause = "gui-col-clause";
    col_note = "gui-col-note";
    opened = "gui-opened";
    documents = "gui-documents";
    no_documents = "gui-no-documents";
    print_again = "gui-print-again";
    photos = "gui-photos";
    no_photos = "gui-no-photos";
    actions = "gui-actions";
    closed_case = "gui-closed-case";
    application = "gui-application";
    policy_version = "gui-policy-version";
    decided_at = "gui-decided-at";
    previous_month = "gui-previous-month";
    next_month = "gui-next-month";
    last_month = "gui-last-month";
    month_placeholder = "gui-month-placeholder";
    month_field = "gui-month-field";
    view_month = "gui-view-month";
    view_trend = "gui-view-trend";
    report_refresh = "gui-report-refresh";
    report_export_pdf = "gui-report-export-pdf";
    report_exporting = "gui-report-exporting";
    report_open_pdf = "gui-report-open-pdf";
    chart_per_day = "gui-chart-per-day";
    chart_verdict_mix = "gui-chart-verdict-mix";
    table_verdicts = "gui-table-verdicts";
    table_returns = "gui-table-returns";
    table_turned_away = "gui-table-turned-away";
    table_quotes = "gui-table-quotes";
    table_money = "gui-table-money";
    table_top_models = "gui-table-top-models";
    table_top_components = "gui-table-top-components";
    no_models = "gui-no-models";
    no_components = "gui-no-components";
    no_verdicts = "gui-no-verdicts";
    report_privacy = "gui-report-privacy";
    no_payments_received = "gui-no-payments-received";
    report_paid = "gui-report-paid";
    report_needs_proof = "gui-report-needs-proof";
    report_not_eligible = "gui-report-not-eligible";
    report_undecided = "gui-report-undecided";
    proofs_requested = "gui-proofs-requested";
    reason_not_recorded = "gui-reason-not-recorded";
    total_returned = "gui-total-returned";
    devices_measured = "gui-devices-measured";
    report_median = "gui-report-median";
    report_p90 = "gui-report-p90";
    report_longest = "gui-report-longest";
    refused_cod = "gui-refused-cod";
    rejected_damaged = "gui-rejected-damaged";
    rejected_soaked = "gui-rejected-soaked";
    rejected_both = "gui-rejected-both";
    rejected_other = "gui-rejected-other";
    applications_expired = "gui-applications-expired";
    unsolicited_no_application = "gui-unsolicited-no-application";
    unsolicited_expired = "gui-unsolicited-expired";
    quotes_sent = "gui-quotes-sent";
    quotes_accepted = "gui-quotes-accepted";
    quotes_declined = "gui-quotes-declined";
    quotes_unanswered = "gui-quotes-unanswered";
    overdue_cases = "gui-overdue-cases";
    sent_back_unpaid = "gui-sent-back-unpaid";
    walk_in_short = "gui-walk-in-short";
    mail_in_short = "gui-mail-in-short";
    trend_hint = "gui-trend-hint";
    trend_volume = "gui-trend-volume";
    trend_mix = "gui-trend-mix";
    trend_turnaround = "gui-trend-turnaround";
    trend_table = "gui-trend-table";
    report_col_month = "gui-report-col-month";
    report_col_opened = "gui-report-col-opened";
    report_col_free = "gui-report-col-free";
    report_col_paid = "gui-report-col-paid";
    report_col_median = "gui-report-col-median";
    report_col_p90 = "gui-report-col-p90";
    settings_center = "gui-settings-center";
    settings_center_hint = "gui-settings-center-hint";
    settings_center_name = "gui-settings-center-name";
    settings_address = "gui-settings-address";
    settings_address_placeholder = "gui-settings-address-placeholder";
    settings_phone = "gui-settings-phone";
    settings_email = "gui-settings-email";
    settings_currency = "gui-settings-currency";
    settings_currency_hint = "gui-settings-currency-hint";
    settings_bad_phone = "gui-settings-bad-phone";
    settings_bad_email = "gui-settings-bad-email";
    settings_bad_currency = "gui-settings-bad-currency";
    settings_documents = "gui-settings-documents";
    settings_paper_label = "gui-settings-paper-label";
    settings_label_label = "gui-settings-label-label";
    settings_deadlines = "gui-settings-deadlines";
    settings_answer_days = "gui-settings-answer-days";
    settings_answer_days_hint = "gui-settings-answer-days-hint";
    settings_retention = "gui-settings-retention";
    settings_retention_hint = "gui-settings-retention-hint";
    settings_backups_kept = "gui-settings-backups-kept";
    settings_backups_kept_hint = "gui-settings-backups-kept-hint";
    settings_saved = "gui-settings-saved";
    settings_unsaved = "gui-settings-unsaved";
    settings_discard = "gui-settings-discard";
    settings_saving = "gui-settings-saving";
    save_settings = "gui-save-settings";
    settings_backups = "gui-settings-backups";
    settings_backups_hint = "gui-settings-backups-hint";
    back_up_now = "gui-back-up-now";
    backing_up = "gui-backing-up";
    restore_backup = "gui-restore-backup";
    restoring = "gui-restoring";
    restore_explained = "gui-restore-explained";
    restore_confirm = "gui-restore-confirm";
    restore_cancel = "gui-restore-cancel";
    settings_appearance = "gui-settings-appearance";
    settings_theme_label = "gui-settings-theme-label";
    settings_desk_language = "gui-settings-desk-language";
    settings_language_as_center = "gui-settings-language-as-center";
    settings_center_language = "gui-settings-center-language";
    customer_language = "gui-customer-language";
    hint_full_name = "gui-hint-full-name";
    hint_address = "gui-hint-address";
    hint_return_address = "gui-hint-return-address";
    hint_model = "gui-hint-model";
    hint_serial = "gui-hint-serial";
    hint_as_printed = "gui-hint-as-printed";
    hint_fault = "gui-hint-fault";
    outbox_queued = "gui-outbox-queued";
    outbox_sending = "gui-outbox-sending";
    outbox_sent = "gui-outbox-sent";
    outbox_failed = "gui-outbox-failed";
    outbox_to_phone = "gui-outbox-to-phone";
    outbox_drafted = "gui-outbox-drafted";
    hint_other_accessories = "gui-hint-other-accessories";
    hint_condition = "gui-hint-condition";
    hint_center_name = "gui-hint-center-name";
    scan_first = "gui-scan-first";
    no_case_open = "gui-no-case-open";
    cannot_open_store = "gui-cannot-open-store";
    data_folder(path) = "gui-data-folder";
    quote_no_lines = "gui-quote-no-lines";
    quote_line_description(line) = "gui-quote-line-description";
    quote_line_amount(line) = "gui-quote-line-amount";
    quote_line_amount_bad(line, reason) = "gui-quote-line-amount-bad";
    quote_line_negative(line) = "gui-quote-line-negative";
    save_policy = "gui-save-policy";
    policy_title_label = "gui-policy-title-label";
    policy_hint = "gui-policy-hint";
    policy_default_months = "gui-policy-default-months";
    policy_models = "gui-policy-models";
    policy_unit_heading = "gui-policy-unit-heading";
    policy_model_placeholder = "gui-policy-model-placeholder";
    policy_component_placeholder = "gui-policy-component-placeholder";
    policy_use_default = "gui-policy-use-default";
    policy_months_unit = "gui-policy-months-unit";
    policy_remove_model = "gui-policy-remove-model";
    policy_add_component = "gui-policy-add-component";
    policy_add_model = "gui-policy-add-model";
    policy_import = "gui-policy-import";
    policy_export = "gui-policy-export";
    policy_unsaved = "gui-policy-unsaved";
    settings_printers = "gui-settings-printers";
    no_printer = "gui-no-printer";
    printout_monthly_report = "gui-printout-monthly-report";
    printers_asking = "gui-printers-asking";
    printers_none = "gui-printers-none";
    printers_unlisted = "gui-printers-unlisted";
    printers_refresh = "gui-printers-refresh";
    sticker_size_label = "gui-sticker-size-label";
    messages = "gui-messages";
    no_messages = "gui-no-messages";
    retry = "gui-retry";
    open_as_draft = "gui-open-as-draft";
    col_moment = "gui-col-moment";
    col_status = "gui-col-status";
    col_subject = "gui-col-subject";
    messages_switch_off = "gui-messages-switch-off";
    messages_switch_on = "gui-messages-switch-on";
    messages_switched_off = "gui-messages-switched-off";
    messages_switched_on = "gui-messages-switched-on";
    reminder_queued = "gui-reminder-queued";
    mail_section = "gui-mail-section";
    mail_help = "gui-mail-help";
    mail_on = "gui-mail-on";
    mail_server = "gui-mail-server";
    mail_port = "gui-mail-port";
    mail_security = "gui-mail-security";
    mail_user = "gui-mail-user";
    mail_secret = "gui-mail-secret";
    mail_secret_kept = "gui-mail-secret-kept";
    mail_secret_none = "gui-mail-secret-none";
    mail_from_name = "gui-mail-from-name";
    mail_from_address = "gui-mail-from-address";
    mail_reply_to = "gui-mail-reply-to";
    mail_reminder_days = "gui-mail-reminder-days";
    mail_save = "gui-mail-save";
    mail_saved = "gui-mail-saved";
    mail_test_to = "gui-mail-test-to";
    mail_test = "gui-mail-test";
    mail_testing = "gui-mail-testing";
    mail_moments = "gui-mail-moments";
    gui_mail_template = "gui-mail-template";
    mail_subject = "gui-mail-subject";
    mail_default_words = "gui-mail-default-words";
    mail_fields = "gui-mail-fields";
    mail_preview = "gui-mail-preview";
    mail_preview_none = "gui-mail-preview-none";
    staff = "gui-staff";
    sign_in_title = "gui-sign-in-title";
    switch_title = "gui-switch-title";
    locked_title = "gui-locked-title";
    locked_hint = "gui-locked-hint";
    sign_in_hint = "gui-sign-in-hint";
    switch_hint = "gui-switch-hint";
    secret = "gui-secret";
    sign_in = "gui-sign-in";
    cancel = "gui-cancel";
    switch_person = "gui-switch-person";
    lock = "gui-lock";
    give_name = "gui-give-name";
    staff_intro_none = "gui-staff-intro-none";
    welcome_with_staff = "gui-welcome-with-staff";
    staff_first = "gui-staff-first";
    staff_add = "gui-staff-add";
    staff_roles = "gui-staff-roles";
    staff_pin = "gui-staff-pin";
    staff_secret_again = "gui-staff-secret-again";
    staff_new_secret = "gui-staff-new-secret";
    staff_save_roles = "gui-staff-save-roles";
    staff_disable = "gui-staff-disable";
    staff_enable = "gui-staff-enable";
    staff_reset = "gui-staff-reset";
    staff_history = "gui-staff-history";
    staff_lock_minutes = "gui-staff-lock-minutes";
    staff_save_lock = "gui-staff-save-lock";
    staff_secrets_differ = "gui-staff-secrets-differ";
    staff_disabled = "gui-staff-disabled";
    export_personal = "gui-export-personal";
}

/// The accessories offered as checkboxes at intake, in the order they are shown.
const ACCESSORY_IDS: [&str; 7] = [
    "gui-accessory-charger",
    "gui-accessory-cable",
    "gui-accessory-case",
    "gui-accessory-box",
    "gui-accessory-stylus",
    "gui-accessory-memory-card",
    "gui-accessory-sim-card",
];

/// The messages [`Words::common_accessories`] chooses, for the completeness tests.
pub const GUI_ACCESSORIES: &[Declared] = &[
    Declared {
        id: ACCESSORY_IDS[0],
        args: &[],
    },
    Declared {
        id: ACCESSORY_IDS[1],
        args: &[],
    },
    Declared {
        id: ACCESSORY_IDS[2],
        args: &[],
    },
    Declared {
        id: ACCESSORY_IDS[3],
        args: &[],
    },
    Declared {
        id: ACCESSORY_IDS[4],
        args: &[],
    },
    Declared {
        id: ACCESSORY_IDS[5],
        args: &[],
    },
    Declared {
        id: ACCESSORY_IDS[6],
        args: &[],
    },
];

impl Words {
    /// Common accessories offered as checkboxes; anything else is typed.
    pub fn common_accessories(self) -> Vec<String> {
        ACCESSORY_IDS
            .iter()
            .map(|id| self.format(id, None))
            .collect()
    }

    /// "yes", as every part says it.
    pub fn gui_yes(self) -> String {
        self.yes()
    }

    /// "no", as every part says it.
    pub fn gui_no(self) -> String {
        self.no()
    }

    /// "unknown", as every part says it.
    pub fn gui_unknown(self) -> String {
        self.unknown()
    }
}

// The window's sentences with variables, and the words chosen by a value: formatted by
// the hand-written methods below, so each keeps the arguments it had in text.rs.
declared! { GUI_PHRASES;
    "gui-list-separator",
    "gui-password-cleared", "gui-password-told", "gui-password-could-not-clear",
    "gui-understood-date"(date),
    "gui-required"(field),
    "gui-too-long"(field, max, length),
    "gui-not-a-date"(field),
    "gui-not-a-date-why"(field, why),
    "gui-date-error-empty",
    "gui-date-error-not-a-date"(text),
    "gui-date-error-short-year"(text),
    "gui-date-error-no-such-month"(text, month),
    "gui-date-error-day-zero"(text),
    "gui-date-error-no-such-day"(text, monthname, day, ordinal),
    "gui-date-error-not-leap-year"(text, year),
    "gui-date-in-future"(field),
    "gui-after-claim"(field),
    "gui-cannot-save"(problem, more),
    "gui-cases-are-on"(place),
    "gui-job-backup", "gui-job-retention",
    "gui-job-run"(what, day, started, desk, outcome),
    "gui-job-running"(what, day, started, desk),
    "gui-desk-renamed"(name),
    "gui-this-desk"(name),
    "gui-server-reached"(server, cases),
    "gui-server-reached-new"(server),
    "gui-demo-progress"(done, total),
    "gui-parcels-expected"(n),
    "gui-closing-today"(n),
    "gui-payments-overdue"(n),
    "gui-answers-overdue"(n),
    "gui-printed"(path),
    "gui-printed-on"(path, printer),
    "gui-saved-ask-print"(path, printer),
    "gui-not-printed"(path, reason),
    "gui-ask-to-print"(copies, title, printer),
    "gui-print-failed-on"(title, printer, reason),
    "gui-saved-pdf-as"(path),
    "gui-printed-not-opened"(path),
    "gui-actions-applied", "gui-actions-received", "gui-actions-awaiting-customer",
    "gui-actions-awaiting-payment", "gui-actions-in-repair", "gui-actions-ready",
    "gui-actions-to-return",
    "gui-open-on"(screen),
    "gui-results-none", "gui-results-one",
    "gui-results-limited"(n),
    "gui-results"(n),
    "gui-age-days"(days),
    "gui-deadline"(label, date),
    "gui-no-such-case"(number),
    "gui-next-states"(states),
    "gui-received-on"(date),
    "gui-applied-on"(date),
    "gui-applied-on-id"(date, id),
    "gui-invoice-part-undated",
    "gui-invoice-part-dated"(date),
    "gui-invoice-part-model"(model),
    "gui-invoice-part-serial"(serial),
    "gui-invoice-part-illegible", "gui-invoice-part-altered", "gui-invoice-part-valid",
    "gui-invoice-part-not-valid", "gui-invoice-part-not-checked", "gui-invoice-part-separator",
    "gui-months"(months),
    "gui-print-document"(document),
    "gui-printed-by"(when, by),
    "gui-handback-shipped"(carrier, tracking),
    "gui-handback-collected"(by),
    "gui-handback-collected-id"(by),
    "gui-payment"(amount, date, method),
    "gui-quote-line"(kind, description),
    "gui-in-state"(state, n),
    "gui-backed-up"(path),
    "gui-fold-failed"(reason),
    "gui-backup-failed"(reason),
    "gui-report-title"(month),
    "gui-report-period"(first, last, as_of, computed_on),
    "gui-reading-month"(month),
    "gui-trend-progress"(done, total),
    "gui-trend-title"(first, last),
    "gui-trend-failed"(reason),
    "gui-figures-failed"(month, reason),
    "gui-nothing-to-report"(month),
    "gui-day-of"(month),
    "gui-month-problem"(problem),
    "gui-month-not-begun"(month),
    "gui-report-saved"(path),
    "gui-report-not-saved"(reason),
    "gui-payments-count"(n),
    "gui-verdict-share"(verdict, count, share),
    "gui-verdict-mix-note"(undecided, decided),
    "gui-free-provisional"(provisional),
    "gui-report-return-repaired", "gui-report-return-ineligible",
    "gui-report-return-quote-declined", "gui-report-return-proof-not-given",
    "gui-report-return-payment-overdue",
    "gui-revenue-in"(currency, payments),
    "gui-outstanding-in"(currency),
    "gui-sticker-size"(width, height),
    "gui-sticker-other",
    "gui-copies"(n),
    "gui-copies-more",
    "gui-print-at-once", "gui-print-ask-first",
    "gui-form-usual", "gui-form-a4", "gui-form-letter", "gui-form-roll80",
    "gui-form-roll58", "gui-form-four-by-six",
    "gui-label-four-by-six", "gui-label-sheet",
    "gui-theme-system", "gui-theme-light", "gui-theme-dark",
    "gui-whole-number"(field, typed, low, high),
    "gui-settings-not-saved"(reason),
    "gui-backup-made"(path),
    "gui-backup-not-made"(reason),
    "gui-restore-question"(file),
    "gui-restore-done",
    "gui-restore-done-aside"(aside),
    "gui-restore-failed"(reason),
    "gui-policy-title"(version),
    "gui-policy-saved"(version),
    "gui-policy-not-saved"(reason),
    "gui-policy-imported"(file),
    "gui-policy-not-imported"(file, problem),
    "gui-policy-exported"(path),
    "gui-policy-not-exported"(reason),
    "gui-policy-model-n"(n),
    "gui-policy-name-required"(model),
    "gui-policy-model-twice"(model),
    "gui-policy-unit-months"(model),
    "gui-policy-component-required"(model, n),
    "gui-policy-component-twice"(model, component),
    "gui-policy-component-n-months"(model, n),
    "gui-policy-component-months"(model, component),
    "gui-draft-opened"(path),
    "gui-draft-not-opened"(path, reason),
    "gui-reminder-due"(moment),
    "gui-send-reminder"(moment),
    "gui-consent-line"(given, when),
    "gui-messages-off-line"(by, date),
    "gui-message-retried",
    "gui-mail-to-phone"(to_phone),
    "gui-mail-failed"(failed),
    "gui-mail-failed-to-phone"(failed, to_phone),
    "gui-mail-tested"(reply),
    "gui-mail-preview-of"(number),
    "gui-mail-unknown-fields"(fields),
    "gui-mail-attachment"(document),
    "gui-signed-in-as"(name),
    "gui-role-clerk", "gui-role-inspector", "gui-role-dispatcher", "gui-role-manager",
    "gui-staff-added"(name),
    "gui-staff-changed"(name),
    "gui-staff-change-added"(person, detail),
    "gui-staff-change-roles"(person, detail),
    "gui-staff-change-disabled"(person),
    "gui-staff-change-enabled"(person),
    "gui-staff-change-secret-reset"(person, detail),
    "gui-staff-line"(when, actor, what),
    "gui-staff-line-desk"(when, actor, what, desk),
    "gui-not-your-screen"(screen),
    "gui-personal-exported"(cases, path),
}

/// The variables every calendar pattern of the window is given.
macro_rules! calendar_ids {
    ($($id:literal),* $(,)?) => {
        /// The window's own ways of writing a date, and the short names they use.
        pub const GUI_CALENDAR: &[Declared] = &[
            $( Declared { id: $id, args: CALENDAR_ARGS }, )*
            Declared { id: "gui-weekday-short-1", args: &[] },
            Declared { id: "gui-weekday-short-2", args: &[] },
            Declared { id: "gui-weekday-short-3", args: &[] },
            Declared { id: "gui-weekday-short-4", args: &[] },
            Declared { id: "gui-weekday-short-5", args: &[] },
            Declared { id: "gui-weekday-short-6", args: &[] },
            Declared { id: "gui-weekday-short-7", args: &[] },
            Declared { id: "gui-month-short-1", args: &[] },
            Declared { id: "gui-month-short-2", args: &[] },
            Declared { id: "gui-month-short-3", args: &[] },
            Declared { id: "gui-month-short-4", args: &[] },
            Declared { id: "gui-month-short-5", args: &[] },
            Declared { id: "gui-month-short-6", args: &[] },
            Declared { id: "gui-month-short-7", args: &[] },
            Declared { id: "gui-month-short-8", args: &[] },
            Declared { id: "gui-month-short-9", args: &[] },
            Declared { id: "gui-month-short-10", args: &[] },
            Declared { id: "gui-month-short-11", args: &[] },
            Declared { id: "gui-month-short-12", args: &[] },
        ];
    };
}
calendar_ids!(
    "gui-date-long",
    "gui-date-short",
    "gui-date-report",
    "gui-date-when",
    "gui-month-year",
    "gui-month-short",
);

const CALENDAR_ARGS: &[&str] = &[
    "year",
    "month",
    "day",
    "monthname",
    "monthshort",
    "weekday",
    "time",
];

/// A path as the window shows it.
fn shown(path: &Path) -> String {
    path.display().to_string()
}

impl Words {
    /// Formats message `id` with named arguments.
    pub(super) fn say<'a, const N: usize>(
        self,
        id: &str,
        args: [(&'static str, Arg<'a>); N],
    ) -> String {
        let mut fluent = FluentArgsOf::new();
        for (name, value) in args {
            fluent.set(name, value.value());
        }
        self.format(id, fluent.get())
    }

    /// Items in a row, as this language separates them ("a, b", "甲、乙").
    pub(super) fn list<S: AsRef<str>>(self, items: &[S]) -> String {
        let separator = self.format("gui-list-separator", None);
        items
            .iter()
            .map(AsRef::as_ref)
            .collect::<Vec<_>>()
            .join(&separator)
    }

    /// A date (and time of day) in one of the window's patterns.
    fn calendar(self, id: &str, date: NaiveDate, time: &str) -> String {
        let weekday = date.weekday().number_from_monday();
        let mut args = FluentArgsOf::new();
        args.set("year", Arg::Owned(format!("{:04}", date.year())).value());
        args.set("month", Arg::Owned(date.month().to_string()).value());
        args.set("day", Arg::Owned(date.day().to_string()).value());
        args.set(
            "monthname",
            Arg::Owned(month_name(self, date.month())).value(),
        );
        args.set(
            "monthshort",
            Arg::Owned(self.format(&format!("gui-month-short-{}", date.month()), None)).value(),
        );
        args.set(
            "weekday",
            Arg::Owned(self.format(&format!("gui-weekday-short-{weekday}"), None)).value(),
        );
        args.set("time", Arg::Text(time).value());
        self.format(id, args.get())
    }

    pub fn gui_arrival(self, arrival: Arrival) -> String {
        match arrival {
            Arrival::WalkIn => self.walk_in(),
            Arrival::MailIn => self.online_application(),
        }
    }

    pub fn gui_channel(self, channel: PurchaseChannel) -> String {
        self.channel(channel)
    }

    pub fn password(self, status: PasswordStatus) -> String {
        let id = match status {
            PasswordStatus::Cleared => "gui-password-cleared",
            PasswordStatus::ToldToInspector => "gui-password-told",
            PasswordStatus::CouldNotClear => "gui-password-could-not-clear",
        };
        self.format(id, None)
    }

    /// A verdict in capitals, as the intake shows it ("FREE REPAIR").
    pub fn gui_verdict(self, verdict: Verdict) -> String {
        self.verdict_badge(verdict)
    }

    pub fn gui_state(self, state: State) -> String {
        self.state(state)
    }

    pub fn gui_start_basis(self, basis: StartBasis) -> String {
        self.start_basis(basis)
    }

    /// A business date as people read it: "Sun 1 March 2026".
    pub fn long_date(self, date: NaiveDate) -> String {
        self.calendar("gui-date-long", date, "")
    }

    pub fn understood_date(self, date: NaiveDate) -> String {
        self.say(
            "gui-understood-date",
            [("date", self.long_date(date).into())],
        )
    }

    pub fn required(self, field: &str) -> String {
        self.say("gui-required", [("field", field.into())])
    }

    /// A field typed longer than it may be, with how much is too much.
    pub fn too_long(self, field: &str, max: usize, length: usize) -> String {
        self.say(
            "gui-too-long",
            [
                ("field", field.into()),
                ("max", max.into()),
                ("length", length.into()),
            ],
        )
    }

    /// Why what was typed in a date field is not a date, in the clerk's words
    /// ("Paid on: 31.02.2026: February has no 31st").
    pub fn not_a_date(self, field: &str, typed: &str) -> String {
        match crate::domain::dates::parse_date_checked(typed) {
            Err(why) => self.say(
                "gui-not-a-date-why",
                [
                    ("field", field.into()),
                    ("why", self.date_error(&why).into()),
                ],
            ),
            Ok(_) => self.say("gui-not-a-date", [("field", field.into())]),
        }
    }

    /// Why a written date is not a date (the domain's [`DateError`], in this language).
    pub fn date_error(self, error: &DateError) -> String {
        match error {
            DateError::Empty => self.format("gui-date-error-empty", None),
            DateError::NotADate(text) => {
                self.say("gui-date-error-not-a-date", [("text", text.into())])
            }
            DateError::ShortYear { text } => {
                self.say("gui-date-error-short-year", [("text", text.into())])
            }
            DateError::NoSuchMonth { text, month } => self.say(
                "gui-date-error-no-such-month",
                [("text", text.into()), ("month", (*month).into())],
            ),
            DateError::DayZero { text } => {
                self.say("gui-date-error-day-zero", [("text", text.into())])
            }
            DateError::NoSuchDay {
                text,
                month_name: name,
                day_ordinal,
            } => {
                let monthname = MONTH_NAMES
                    .iter()
                    .position(|m| m == name)
                    .map_or_else(|| (*name).to_string(), |i| month_name(self, i as u32 + 1));
                let day: String = day_ordinal.chars().filter(char::is_ascii_digit).collect();
                self.say(
                    "gui-date-error-no-such-day",
                    [
                        ("text", text.into()),
                        ("monthname", monthname.into()),
                        ("day", day.into()),
                        ("ordinal", day_ordinal.into()),
                    ],
                )
            }
            DateError::NotLeapYear { text, year } => self.say(
                "gui-date-error-not-leap-year",
                [("text", text.into()), ("year", year.to_string().into())],
            ),
        }
    }

    pub fn date_in_future(self, field: &str) -> String {
        self.say("gui-date-in-future", [("field", field.into())])
    }

    pub fn after_claim(self, field: &str) -> String {
        self.say("gui-after-claim", [("field", field.into())])
    }

    pub fn cannot_save(self, first_problem: &str, more: usize) -> String {
        self.say(
            "gui-cannot-save",
            [("problem", first_problem.into()), ("more", more.into())],
        )
    }

    /// Where the desk's cases are, as Settings shows it.
    pub fn cases_are_on(self, place: &str) -> String {
        self.say("gui-cases-are-on", [("place", place.into())])
    }

    /// A daily job's last run, for the manager (docs/rules.md §9). Takes the run's
    /// fields (`store::jobs::JobRun`): `outcome` is `Some` once the run finished
    /// (`run.finished_at.and(run.outcome.as_deref())`).
    pub fn job_run(
        self,
        job: &str,
        day: NaiveDate,
        desk: &str,
        started_at: DateTime<Utc>,
        outcome: Option<&str>,
    ) -> String {
        let what = match job {
            "backup" => self.format("gui-job-backup", None),
            "retention" => self.format("gui-job-retention", None),
            other => other.to_string(),
        };
        let started = started_at.with_timezone(&Local).format("%H:%M").to_string();
        let day = self.date(day);
        match outcome {
            Some(outcome) => self.say(
                "gui-job-run",
                [
                    ("what", what.into()),
                    ("day", day.into()),
                    ("started", started.into()),
                    ("desk", desk.into()),
                    ("outcome", outcome.into()),
                ],
            ),
            None => self.say(
                "gui-job-running",
                [
                    ("what", what.into()),
                    ("day", day.into()),
                    ("started", started.into()),
                    ("desk", desk.into()),
                ],
            ),
        }
    }

    pub fn desk_renamed(self, name: &str) -> String {
        self.say("gui-desk-renamed", [("name", name.into())])
    }

    /// The status bar's word for where this desk is.
    pub fn this_desk(self, name: &str) -> String {
        self.say("gui-this-desk", [("name", name.into())])
    }

    /// A connection test that worked.
    pub fn server_reached(self, server: &str, cases: u64, fresh: bool) -> String {
        if fresh {
            self.say("gui-server-reached-new", [("server", server.into())])
        } else {
            self.say(
                "gui-server-reached",
                [("server", server.into()), ("cases", cases.into())],
            )
        }
    }

    pub fn demo_progress(self, done: usize, total: usize) -> String {
        self.say(
            "gui-demo-progress",
            [("done", done.into()), ("total", total.into())],
        )
    }

    pub fn parcels_expected(self, n: u64) -> String {
        self.say("gui-parcels-expected", [("n", n.into())])
    }

    pub fn closing_today(self, n: u64) -> String {
        self.say("gui-closing-today", [("n", n.into())])
    }

    pub fn payments_overdue(self, n: u64) -> String {
        self.say("gui-payments-overdue", [("n", n.into())])
    }

    pub fn answers_overdue(self, n: u64) -> String {
        self.say("gui-answers-overdue", [("n", n.into())])
    }

    pub fn printed(self, path: &Path) -> String {
        self.say("gui-printed", [("path", shown(path).into())])
    }

    /// `text::delivered`, `Delivery::Printed`: printed on `printer`.
    pub fn printed_on(self, path: &Path, printer: &str) -> String {
        self.say(
            "gui-printed-on",
            [("path", shown(path).into()), ("printer", printer.into())],
        )
    }

    /// `text::delivered`, `Delivery::Ask`: saved, waiting for the clerk's yes.
    pub fn saved_ask_print(self, path: &Path, printer: &str) -> String {
        self.say(
            "gui-saved-ask-print",
            [("path", shown(path).into()), ("printer", printer.into())],
        )
    }

    /// `text::delivered`, `Delivery::Failed`: why not, and that the PDF is saved.
    pub fn not_printed(self, path: &Path, reason: &str) -> String {
        self.say(
            "gui-not-printed",
            [("path", shown(path).into()), ("reason", reason.into())],
        )
    }

    pub fn ask_to_print(self, title: &str, printer: &str, copies: u32) -> String {
        self.say(
            "gui-ask-to-print",
            [
                ("copies", copies.into()),
                ("title", title.into()),
                ("printer", printer.into()),
            ],
        )
    }

    pub fn print_failed_on(self, title: &str, printer: &str, reason: &str) -> String {
        self.say(
            "gui-print-failed-on",
            [
                ("title", title.into()),
                ("printer", printer.into()),
                ("reason", reason.into()),
            ],
        )
    }

    pub fn saved_pdf_as(self, path: &Path) -> String {
        self.say("gui-saved-pdf-as", [("path", shown(path).into())])
    }

    pub fn printed_not_opened(self, path: &Path) -> String {
        self.say("gui-printed-not-opened", [("path", shown(path).into())])
    }

    /// What can be done with a case in this state, in the desk's words, with the clauses.
    pub fn case_actions(self, state: State) -> String {
        let id = match state {
            State::Applied => "gui-actions-applied",
            State::Received => "gui-actions-received",
            State::AwaitingCustomer => "gui-actions-awaiting-customer",
            State::AwaitingPayment => "gui-actions-awaiting-payment",
            State::InRepair => "gui-actions-in-repair",
            State::Ready => "gui-actions-ready",
            State::ToReturn => "gui-actions-to-return",
            State::Expired | State::Rejected | State::ResolvedRemotely | State::Returned => {
                return self.closed_case();
            }
        };
        self.format(id, None)
    }

    /// The button that opens a case on the screen that takes its next step.
    pub fn open_on(self, screen: &str) -> String {
        self.say("gui-open-on", [("screen", screen.into())])
    }

    pub fn results_count(self, shown: usize, limit: usize) -> String {
        match shown {
            0 => self.format("gui-results-none", None),
            1 => self.format("gui-results-one", None),
            n if n >= limit => self.say("gui-results-limited", [("n", n.into())]),
            n => self.say("gui-results", [("n", n.into())]),
        }
    }

    pub fn age_days(self, days: i64) -> String {
        self.say("gui-age-days", [("days", days.into())])
    }

    /// A business date in a list, short: "1 Mar 2026".
    pub fn short_date(self, date: NaiveDate) -> String {
        self.calendar("gui-date-short", date, "")
    }

    /// When an event happened, in the desk's own time zone: "Sun 1 Mar 2026, 14:05".
    pub fn when(self, at: DateTime<Utc>) -> String {
        let local = at.with_timezone(&Local);
        let time = local.format("%H:%M").to_string();
        self.calendar("gui-date-when", local.date_naive(), &time)
    }

    pub fn gui_deadline(self, label: &str, date: NaiveDate) -> String {
        self.say(
            "gui-deadline",
            [
                ("label", label.into()),
                ("date", self.short_date(date).into()),
            ],
        )
    }

    pub fn no_such_case(self, number: &CaseNumber) -> String {
        self.say("gui-no-such-case", [("number", number.as_str().into())])
    }

    pub fn next_states(self, states: &[State]) -> String {
        let names: Vec<String> = states.iter().map(|s| self.state(*s)).collect();
        self.say("gui-next-states", [("states", self.list(&names).into())])
    }

    pub fn received_on(self, date: NaiveDate) -> String {
        self.say("gui-received-on", [("date", self.long_date(date).into())])
    }

    pub fn applied_on(self, date: NaiveDate, id: Option<&str>) -> String {
        let date = self.long_date(date);
        match id {
            Some(id) => self.say(
                "gui-applied-on-id",
                [("date", date.into()), ("id", id.into())],
            ),
            None => self.say("gui-applied-on", [("date", date.into())]),
        }
    }

    pub fn gui_yes_no(self, value: bool) -> String {
        self.yes_no(value)
    }

    pub fn invoice(self, invoice: &Invoice, valid: Option<bool>) -> String {
        let mut parts = vec![match invoice.date {
            None => self.format("gui-invoice-part-undated", None),
            Some(d) => self.say(
                "gui-invoice-part-dated",
                [("date", self.long_date(d).into())],
            ),
        }];
        if let Some(model) = &invoice.model {
            parts.push(self.say("gui-invoice-part-model", [("model", model.into())]));
        }
        if let Some(serial) = &invoice.serial {
            parts.push(self.say("gui-invoice-part-serial", [("serial", serial.into())]));
        }
        if !invoice.legible {
            parts.push(self.format("gui-invoice-part-illegible", None));
        }
        if invoice.altered {
            parts.push(self.format("gui-invoice-part-altered", None));
        }
        parts.push(self.format(
            match valid {
                Some(true) => "gui-invoice-part-valid",
                Some(false) => "gui-invoice-part-not-valid",
                None => "gui-invoice-part-not-checked",
            },
            None,
        ));
        parts.join(&self.format("gui-invoice-part-separator", None))
    }

    pub fn months(self, months: u32) -> String {
        self.say("gui-months", [("months", months.into())])
    }

    pub fn document(self, kind: DocumentKind) -> String {
        self.document_kind(kind)
    }

    pub fn print_document(self, kind: DocumentKind) -> String {
        self.say(
            "gui-print-document",
            [("document", self.document_kind(kind).to_lowercase().into())],
        )
    }

    pub fn printed_by(self, at: DateTime<Utc>, by: &str) -> String {
        self.say(
            "gui-printed-by",
            [("when", self.when(at).into()), ("by", by.into())],
        )
    }

    pub fn gui_parcel_outcome(self, outcome: ParcelOutcome) -> String {
        self.parcel_outcome(outcome)
    }

    pub fn handback(self, handback: &Handback) -> String {
        match handback {
            Handback::Shipped { carrier, tracking } => self.say(
                "gui-handback-shipped",
                [("carrier", carrier.into()), ("tracking", tracking.into())],
            ),
            Handback::Collected { by, id_checked } => self.say(
                if *id_checked {
                    "gui-handback-collected-id"
                } else {
                    "gui-handback-collected"
                },
                [("by", by.into())],
            ),
        }
    }

    pub fn payment(self, amount: &Money, on: NaiveDate, method: &str) -> String {
        self.say(
            "gui-payment",
            [
                ("amount", self.money(amount).into()),
                ("date", self.long_date(on).into()),
                ("method", method.into()),
            ],
        )
    }

    pub fn quote_line(self, kind: LineKind, description: &str) -> String {
        self.say(
            "gui-quote-line",
            [
                ("kind", self.line_kind(kind).into()),
                ("description", description.into()),
            ],
        )
    }

    pub fn in_state(self, state: State, n: u64) -> String {
        self.say(
            "gui-in-state",
            [("state", self.state(state).into()), ("n", n.into())],
        )
    }

    pub fn backed_up(self, path: &Path) -> String {
        self.say("gui-backed-up", [("path", shown(path).into())])
    }

    pub fn fold_failed(self, reason: &str) -> String {
        self.say("gui-fold-failed", [("reason", reason.into())])
    }

    pub fn backup_failed(self, reason: &str) -> String {
        self.say("gui-backup-failed", [("reason", reason.into())])
    }

    /// A date as the report prints it: "2 March 2026".
    pub fn report_date(self, date: NaiveDate) -> String {
        self.calendar("gui-date-report", date, "")
    }

    /// A month by its name and year ("March 2026"), given any day of it.
    fn month_year(self, month: NaiveDate) -> String {
        self.calendar("gui-month-year", month, "")
    }

    /// `month` is any day of the month (`report::Month::first_day()`).
    pub fn report_title(self, month: NaiveDate) -> String {
        self.say(
            "gui-report-title",
            [("month", self.month_year(month).into())],
        )
    }

    /// Takes the figures' dates (`report::MonthlyFigures`): the month's first and last
    /// day, `as_of` and `computed_on`.
    pub fn report_period(
        self,
        first_day: NaiveDate,
        last_day: NaiveDate,
        as_of: NaiveDate,
        computed_on: NaiveDate,
    ) -> String {
        self.say(
            "gui-report-period",
            [
                ("first", self.report_date(first_day).into()),
                ("last", self.report_date(last_day).into()),
                ("as_of", self.report_date(as_of).into()),
                ("computed_on", self.report_date(computed_on).into()),
            ],
        )
    }

    /// A month on a chart's axis: "Mar" (the chart's title gives the years).
    pub fn report_short_month(self, month: NaiveDate) -> String {
        self.calendar("gui-month-short", month, "")
    }

    pub fn reading_month(self, month: NaiveDate) -> String {
        self.say(
            "gui-reading-month",
            [("month", self.month_year(month).into())],
        )
    }

    pub fn trend_progress(self, done: usize, total: usize) -> String {
        self.say(
            "gui-trend-progress",
            [("done", done.into()), ("total", total.into())],
        )
    }

    pub fn trend_title(self, first: NaiveDate, last: NaiveDate) -> String {
        self.say(
            "gui-trend-title",
            [
                ("first", self.month_year(first).into()),
                ("last", self.month_year(last).into()),
            ],
        )
    }

    pub fn trend_failed(self, reason: &str) -> String {
        self.say("gui-trend-failed", [("reason", reason.into())])
    }

    pub fn figures_failed(self, month: NaiveDate, reason: &str) -> String {
        self.say(
            "gui-figures-failed",
            [
                ("month", self.month_year(month).into()),
                ("reason", reason.into()),
            ],
        )
    }

    pub fn nothing_to_report(self, month: NaiveDate) -> String {
        self.say(
            "gui-nothing-to-report",
            [("month", self.month_year(month).into())],
        )
    }

    pub fn day_of(self, month: NaiveDate) -> String {
        self.say("gui-day-of", [("month", self.month_year(month).into())])
    }

    pub fn month_problem(self, problem: &str) -> String {
        self.say("gui-month-problem", [("problem", problem.into())])
    }

    pub fn month_not_begun(self, month: NaiveDate) -> String {
        self.say(
            "gui-month-not-begun",
            [("month", self.month_year(month).into())],
        )
    }

    pub fn report_saved(self, path: &Path) -> String {
        self.say("gui-report-saved", [("path", shown(path).into())])
    }

    pub fn report_not_saved(self, reason: &str) -> String {
        self.say("gui-report-not-saved", [("reason", reason.into())])
    }

    pub fn payments_count(self, n: u32) -> String {
        self.say("gui-payments-count", [("n", n.into())])
    }

    /// A verdict as the report's tables say it ("Free repair").
    pub fn report_verdict(self, verdict: Verdict) -> String {
        self.verdict(verdict)
    }

    pub fn verdict_share(self, verdict: Verdict, count: u32, share: &str) -> String {
        self.say(
            "gui-verdict-share",
            [
                ("verdict", self.verdict(verdict).into()),
                ("count", count.into()),
                ("share", share.into()),
            ],
        )
    }

    pub fn verdict_mix_note(self, decided: u32, undecided: u32) -> String {
        self.say(
            "gui-verdict-mix-note",
            [("undecided", undecided.into()), ("decided", decided.into())],
        )
    }

    pub fn free_provisional(self, provisional: u32) -> String {
        self.say(
            "gui-free-provisional",
            [("provisional", provisional.into())],
        )
    }

    pub fn report_return_reason(self, reason: ReturnReason) -> String {
        let id = match reason {
            ReturnReason::Repaired => "gui-report-return-repaired",
            ReturnReason::Ineligible => "gui-report-return-ineligible",
            ReturnReason::QuoteDeclined => "gui-report-return-quote-declined",
            ReturnReason::ProofNotGiven => "gui-report-return-proof-not-given",
            ReturnReason::PaymentOverdue => "gui-report-return-payment-overdue",
        };
        self.format(id, None)
    }

    pub fn revenue_in(self, currency: &str, payments: u32) -> String {
        self.say(
            "gui-revenue-in",
            [
                ("currency", currency.into()),
                ("payments", self.payments_count(payments).into()),
            ],
        )
    }

    pub fn outstanding_in(self, currency: &str) -> String {
        self.say("gui-outstanding-in", [("currency", currency.into())])
    }

    pub fn sticker_size(self, size: StickerSize) -> String {
        match (size.width_mm, size.height_mm) {
            (w @ 57, h @ 32) | (w @ 50, h @ 25) | (w @ 62, h @ 29) | (w @ 102, h @ 51) => self.say(
                "gui-sticker-size",
                [
                    ("width", w.to_string().into()),
                    ("height", h.to_string().into()),
                ],
            ),
            _ => self.format("gui-sticker-other", None),
        }
    }

    pub fn copies(self, n: u32) -> String {
        match n {
            1..=3 => self.say("gui-copies", [("n", n.into())]),
            _ => self.format("gui-copies-more", None),
        }
    }

    pub fn print_when(self, when: PrintWhen) -> String {
        self.format(
            match when {
                PrintWhen::AtOnce => "gui-print-at-once",
                PrintWhen::AskFirst => "gui-print-ask-first",
            },
            None,
        )
    }

    pub fn form(self, form: Form) -> String {
        self.format(
            match form {
                Form::Usual => "gui-form-usual",
                Form::A4 => "gui-form-a4",
                Form::Letter => "gui-form-letter",
                Form::Roll80 => "gui-form-roll80",
                Form::Roll58 => "gui-form-roll58",
                Form::FourBySix => "gui-form-four-by-six",
            },
            None,
        )
    }

    pub fn settings_paper(self, paper: Paper) -> String {
        self.form(match paper {
            Paper::A4 => Form::A4,
            Paper::Letter => Form::Letter,
        })
    }

    pub fn settings_label(self, label: LabelSize) -> String {
        self.format(
            match label {
                LabelSize::FourBySix => "gui-label-four-by-six",
                LabelSize::Sheet => "gui-label-sheet",
            },
            None,
        )
    }

    pub fn settings_theme(self, theme: Theme) -> String {
        self.format(
            match theme {
                Theme::System => "gui-theme-system",
                Theme::Light => "gui-theme-light",
                Theme::Dark => "gui-theme-dark",
            },
            None,
        )
    }

    /// A whole number out of range or not a number, naming the field.
    pub fn whole_number(self, field: &str, typed: &str, low: u32, high: u32) -> String {
        self.say(
            "gui-whole-number",
            [
                ("field", field.into()),
                ("typed", typed.into()),
                ("low", low.into()),
                ("high", high.into()),
            ],
        )
    }

    pub fn settings_not_saved(self, reason: &str) -> String {
        self.say("gui-settings-not-saved", [("reason", reason.into())])
    }

    pub fn backup_made(self, path: &Path) -> String {
        self.say("gui-backup-made", [("path", shown(path).into())])
    }

    pub fn backup_not_made(self, reason: &str) -> String {
        self.say("gui-backup-not-made", [("reason", reason.into())])
    }

    pub fn restore_question(self, file: &Path) -> String {
        self.say("gui-restore-question", [("file", shown(file).into())])
    }

    pub fn restore_done(self, set_aside: Option<&Path>) -> String {
        match set_aside {
            Some(aside) => self.say("gui-restore-done-aside", [("aside", shown(aside).into())]),
            None => self.format("gui-restore-done", None),
        }
    }

    pub fn restore_failed(self, reason: &str) -> String {
        self.say("gui-restore-failed", [("reason", reason.into())])
    }

    pub fn policy_title(self, version: i64) -> String {
        self.say("gui-policy-title", [("version", version.into())])
    }

    pub fn policy_saved(self, version: i64) -> String {
        self.say("gui-policy-saved", [("version", version.into())])
    }

    pub fn policy_not_saved(self, reason: &str) -> String {
        self.say("gui-policy-not-saved", [("reason", reason.into())])
    }

    pub fn policy_imported(self, file: &Path) -> String {
        self.say("gui-policy-imported", [("file", shown(file).into())])
    }

    pub fn policy_not_imported(self, file: &Path, problem: &str) -> String {
        self.say(
            "gui-policy-not-imported",
            [("file", shown(file).into()), ("problem", problem.into())],
        )
    }

    pub fn policy_exported(self, path: &Path) -> String {
        self.say("gui-policy-exported", [("path", shown(path).into())])
    }

    pub fn policy_not_exported(self, reason: &str) -> String {
        self.say("gui-policy-not-exported", [("reason", reason.into())])
    }

    /// A model row without a name yet: "Model 3" (`index` counts from 0).
    pub fn policy_model_n(self, index: usize) -> String {
        self.say("gui-policy-model-n", [("n", (index + 1).into())])
    }

    pub fn policy_name_required(self, model: &str) -> String {
        self.say("gui-policy-name-required", [("model", model.into())])
    }

    pub fn policy_model_twice(self, model: &str) -> String {
        self.say("gui-policy-model-twice", [("model", model.into())])
    }

    pub fn policy_unit_months(self, model: &str) -> String {
        self.say("gui-policy-unit-months", [("model", model.into())])
    }

    pub fn policy_component_required(self, model: &str, index: usize) -> String {
        self.say(
            "gui-policy-component-required",
            [("model", model.into()), ("n", (index + 1).into())],
        )
    }

    pub fn policy_component_twice(self, model: &str, component: &str) -> String {
        self.say(
            "gui-policy-component-twice",
            [("model", model.into()), ("component", component.into())],
        )
    }

    pub fn policy_component_months(self, model: &str, component: &str, index: usize) -> String {
        if component.is_empty() {
            self.say(
                "gui-policy-component-n-months",
                [("model", model.into()), ("n", (index + 1).into())],
            )
        } else {
            self.say(
                "gui-policy-component-months",
                [("model", model.into()), ("component", component.into())],
            )
        }
    }

    pub fn draft_opened(self, path: &Path) -> String {
        self.say("gui-draft-opened", [("path", shown(path).into())])
    }

    pub fn draft_not_opened(self, path: &Path, reason: &str) -> String {
        self.say(
            "gui-draft-not-opened",
            [("path", shown(path).into()), ("reason", reason.into())],
        )
    }

    pub fn reminder_due(self, moment: &str) -> String {
        self.say("gui-reminder-due", [("moment", moment.into())])
    }

    pub fn send_reminder(self, moment: &str) -> String {
        self.say(
            "gui-send-reminder",
            [("moment", moment.to_lowercase().into())],
        )
    }

    /// Where the customer's address (their consent to service messages) was given.
    pub fn consent_line(self, given: &str, at: DateTime<Utc>) -> String {
        let when = self.local_date_time(at);
        self.say(
            "gui-consent-line",
            [("given", given.into()), ("when", when.into())],
        )
    }

    /// The customer asked for no messages: why none is queued.
    pub fn messages_off_line(self, by: &str, at: DateTime<Utc>) -> String {
        let date = self.date(at.with_timezone(&Local).date_naive());
        self.say(
            "gui-messages-off-line",
            [("by", by.into()), ("date", date.into())],
        )
    }

    pub fn message_retried(self) -> String {
        self.format("gui-message-retried", None)
    }

    pub fn mail_attention(self, failed: u64, to_phone: u64) -> String {
        match (failed, to_phone) {
            (0, n) => self.say("gui-mail-to-phone", [("to_phone", n.into())]),
            (n, 0) => self.say("gui-mail-failed", [("failed", n.into())]),
            (f, p) => self.say(
                "gui-mail-failed-to-phone",
                [("failed", f.into()), ("to_phone", p.into())],
            ),
        }
    }

    pub fn mail_tested(self, reply: &str) -> String {
        self.say("gui-mail-tested", [("reply", reply.into())])
    }

    pub fn mail_preview_of(self, number: &str) -> String {
        self.say("gui-mail-preview-of", [("number", number.into())])
    }

    pub fn mail_unknown_fields(self, names: &[String]) -> String {
        let fields: Vec<String> = names.iter().map(|n| format!("{{{n}}}")).collect();
        self.say(
            "gui-mail-unknown-fields",
            [("fields", self.list(&fields).into())],
        )
    }

    pub fn mail_attachment(self, document: &str) -> String {
        self.say("gui-mail-attachment", [("document", document.into())])
    }

    pub fn signed_in_as(self, name: &str) -> String {
        self.say("gui-signed-in-as", [("name", name.into())])
    }

    /// A role with the work it covers, where roles are given.
    pub fn role_label(self, role: Role) -> String {
        self.format(
            match role {
                Role::Clerk => "gui-role-clerk",
                Role::Inspector => "gui-role-inspector",
                Role::Dispatcher => "gui-role-dispatcher",
                Role::Manager => "gui-role-manager",
            },
            None,
        )
    }

    pub fn staff_added(self, name: &str) -> String {
        self.say("gui-staff-added", [("name", name.into())])
    }

    pub fn staff_changed(self, name: &str) -> String {
        self.say("gui-staff-changed", [("name", name.into())])
    }

    /// One line of the staff's history. Takes the change's fields
    /// (`store::staff::StaffChange`).
    pub fn staff_change_line(
        self,
        at: DateTime<Utc>,
        actor: &str,
        desk: &str,
        person: &str,
        change: &str,
        detail: &str,
    ) -> String {
        let what = match change {
            "added" => self.say(
                "gui-staff-change-added",
                [("person", person.into()), ("detail", detail.into())],
            ),
            "roles" => self.say(
                "gui-staff-change-roles",
                [("person", person.into()), ("detail", detail.into())],
            ),
            "disabled" => self.say("gui-staff-change-disabled", [("person", person.into())]),
            "enabled" => self.say("gui-staff-change-enabled", [("person", person.into())]),
            "secret_reset" => self.say(
                "gui-staff-change-secret-reset",
                [("person", person.into()), ("detail", detail.into())],
            ),
            other => format!("{other} {person}"),
        };
        let when = self.local_date_time(at);
        if desk.is_empty() {
            self.say(
                "gui-staff-line",
                [
                    ("when", when.into()),
                    ("actor", actor.into()),
                    ("what", what.into()),
                ],
            )
        } else {
            self.say(
                "gui-staff-line-desk",
                [
                    ("when", when.into()),
                    ("actor", actor.into()),
                    ("what", what.into()),
                    ("desk", desk.into()),
                ],
            )
        }
    }

    pub fn not_your_screen(self, screen: &str) -> String {
        self.say("gui-not-your-screen", [("screen", screen.into())])
    }

    pub fn personal_exported(self, path: &Path, cases: usize) -> String {
        self.say(
            "gui-personal-exported",
            [("cases", cases.into()), ("path", shown(path).into())],
        )
    }
}

// Files the window reads, writes, copies or opens that the system refused, and what
// went wrong in a sentence (the system's own words as they came).
crate::words! { GUI_FILES;
    gui_file_unreadable(path, detail) = "gui-file-unreadable";
    gui_could_not_save(path, detail) = "gui-could-not-save";
    gui_not_written(path, detail) = "gui-not-written";
    gui_not_read(path, detail) = "gui-not-read";
    gui_not_opened(path, detail) = "gui-not-opened";
    gui_could_not_create(path, detail) = "gui-could-not-create";
    gui_could_not_copy(path, detail) = "gui-could-not-copy";
    gui_report_not_drawn(detail) = "gui-report-not-drawn";
    gui_sentence(sentence) = "gui-sentence";
    gui_field_says(field, problem) = "gui-field-says";
    gui_mail_port_problem = "gui-mail-port-problem";
    gui_not_a_port(port) = "gui-not-a-port";
    gui_held_no_messages = "gui-held-no-messages";
    gui_sender_problem_name = "gui-sender-problem-name";
    gui_sender_problem_phone = "gui-sender-problem-phone";
    gui_sender_problem_address = "gui-sender-problem-address";
    gui_sender_problem_model = "gui-sender-problem-model";
    gui_sender_problem_serial = "gui-sender-problem-serial";
    gui_sender_problem_fault = "gui-sender-problem-fault";
    gui_consent_given_application = "gui-consent-given-application";
    gui_consent_given_intake = "gui-consent-given-intake";
    gui_must_be_positive(field) = "gui-must-be-positive";
    gui_say_how_paid(field) = "gui-say-how-paid";
    gui_record_replacement_serial(field) = "gui-record-replacement-serial";
    gui_say_how_resolved(field) = "gui-say-how-resolved";
    gui_write_carrier(field) = "gui-write-carrier";
    gui_scan_tracking(field) = "gui-scan-tracking";
    gui_who_collects(field) = "gui-who-collects";
    gui_check_collector_id(field) = "gui-check-collector-id";
    gui_whole_minutes(field) = "gui-whole-minutes";
}

// The window's own problems and fields, said through `Words::problem`/`Words::field`.
declared! { GUI_PROBLEMS;
    "problem-message-gone", "field-draft",
}

impl Words {
    /// A clause as a sentence of its own: its first letter upper-case (where the
    /// language has cases) and the language's full stop ("Case … first.", "…。").
    /// A clause that already ends with a full stop keeps just the one.
    pub fn as_sentence(self, clause: &str) -> String {
        let clause = clause.strip_suffix(['。', '.']).unwrap_or(clause);
        let mut chars = clause.chars();
        let capital = match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect::<String>(),
            None => String::new(),
        };
        self.gui_sentence(capital)
    }
}
