//! The words of the window (`src/gui/text.rs`), one method per word there: a constant
//! `X` is `x()`, a function `x(..)` is `x(..)` with the same arguments, so a screen moves
//! from `t::X` to `w.x()` by a rename. Where a name was taken by a word every part uses
//! (`state`, `verdict`, `yes_no`…) the window's has `gui_` in front; where a constant and a
//! function shared a name, the constant's method ends in `_label`.

use crate::i18n::{Declared, Words};

crate::words! { GUI;
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
