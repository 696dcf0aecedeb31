//! The window's words in Fluent say exactly what `src/gui/text.rs` says today, word for
//! word, so moving a screen from `t::X` to `w.x()` cannot change what a clerk reads; and
//! every one of them has Chinese words that render.

use fixdesk::gui::text as t;
use fixdesk::i18n::Language;

#[test]
fn every_constant_reads_as_before_in_english() {
    let en = Language::English.words();
    assert_eq!(en.app_name(), t::APP_NAME, "APP_NAME");
    assert_eq!(en.intake(), t::INTAKE, "INTAKE");
    assert_eq!(en.inspection(), t::INSPECTION, "INSPECTION");
    assert_eq!(en.dispatch(), t::DISPATCH, "DISPATCH");
    assert_eq!(en.cases(), t::CASES, "CASES");
    assert_eq!(en.reports(), t::REPORTS, "REPORTS");
    assert_eq!(en.settings(), t::SETTINGS, "SETTINGS");
    assert_eq!(en.walk_in(), t::WALK_IN, "WALK_IN");
    assert_eq!(
        en.online_application(),
        t::ONLINE_APPLICATION,
        "ONLINE_APPLICATION"
    );
    assert_eq!(en.customer(), t::CUSTOMER, "CUSTOMER");
    assert_eq!(en.name(), t::NAME, "NAME");
    assert_eq!(en.phone(), t::PHONE, "PHONE");
    assert_eq!(en.email(), t::EMAIL, "EMAIL");
    assert_eq!(en.address(), t::ADDRESS, "ADDRESS");
    assert_eq!(en.return_same(), t::RETURN_SAME, "RETURN_SAME");
    assert_eq!(en.return_address(), t::RETURN_ADDRESS, "RETURN_ADDRESS");
    assert_eq!(en.device(), t::DEVICE, "DEVICE");
    assert_eq!(en.model(), t::MODEL, "MODEL");
    assert_eq!(en.serial(), t::SERIAL, "SERIAL");
    assert_eq!(en.channel_label(), t::CHANNEL, "CHANNEL");
    assert_eq!(en.proof(), t::PROOF, "PROOF");
    assert_eq!(en.invoice_present(), t::INVOICE_PRESENT, "INVOICE_PRESENT");
    assert_eq!(en.invoice_date(), t::INVOICE_DATE, "INVOICE_DATE");
    assert_eq!(en.invoice_model(), t::INVOICE_MODEL, "INVOICE_MODEL");
    assert_eq!(en.invoice_serial(), t::INVOICE_SERIAL, "INVOICE_SERIAL");
    assert_eq!(en.invoice_legible(), t::INVOICE_LEGIBLE, "INVOICE_LEGIBLE");
    assert_eq!(en.invoice_altered(), t::INVOICE_ALTERED, "INVOICE_ALTERED");
    assert_eq!(en.shipment_date(), t::SHIPMENT_DATE, "SHIPMENT_DATE");
    assert_eq!(en.delivery_date(), t::DELIVERY_DATE, "DELIVERY_DATE");
    assert_eq!(en.contract_months(), t::CONTRACT_MONTHS, "CONTRACT_MONTHS");
    assert_eq!(en.applied_on_label(), t::APPLIED_ON, "APPLIED_ON");
    assert_eq!(en.application_id(), t::APPLICATION_ID, "APPLICATION_ID");
    assert_eq!(en.received_on_label(), t::RECEIVED_ON, "RECEIVED_ON");
    assert_eq!(en.fault_section(), t::FAULT_SECTION, "FAULT_SECTION");
    assert_eq!(en.fault(), t::FAULT, "FAULT");
    assert_eq!(en.component(), t::COMPONENT, "COMPONENT");
    assert_eq!(en.handover(), t::HANDOVER, "HANDOVER");
    assert_eq!(en.accessories(), t::ACCESSORIES, "ACCESSORIES");
    assert_eq!(
        en.other_accessories(),
        t::OTHER_ACCESSORIES,
        "OTHER_ACCESSORIES"
    );
    assert_eq!(en.condition(), t::CONDITION, "CONDITION");
    assert_eq!(en.password_label(), t::PASSWORD, "PASSWORD");
    assert_eq!(en.password_note(), t::PASSWORD_NOTE, "PASSWORD_NOTE");
    assert_eq!(en.backup_ack(), t::BACKUP_ACK, "BACKUP_ACK");
    assert_eq!(en.accuracy_ack(), t::ACCURACY_ACK, "ACCURACY_ACK");
    assert_eq!(en.keep_parts(), t::KEEP_PARTS, "KEEP_PARTS");
    assert_eq!(en.save(), t::SAVE, "SAVE");
    assert_eq!(en.clear(), t::CLEAR, "CLEAR");
    assert_eq!(en.saving(), t::SAVING, "SAVING");
    assert_eq!(en.print_receipt(), t::PRINT_RECEIPT, "PRINT_RECEIPT");
    assert_eq!(
        en.print_confirmation(),
        t::PRINT_CONFIRMATION,
        "PRINT_CONFIRMATION"
    );
    assert_eq!(en.next_customer(), t::NEXT_CUSTOMER, "NEXT_CUSTOMER");
    assert_eq!(en.case_saved(), t::CASE_SAVED, "CASE_SAVED");
    assert_eq!(en.verdict_label(), t::VERDICT, "VERDICT");
    assert_eq!(en.provisional(), t::PROVISIONAL, "PROVISIONAL");
    assert_eq!(en.no_verdict_yet(), t::NO_VERDICT_YET, "NO_VERDICT_YET");
    assert_eq!(en.warranty_start(), t::WARRANTY_START, "WARRANTY_START");
    assert_eq!(
        en.last_covered_day(),
        t::LAST_COVERED_DAY,
        "LAST_COVERED_DAY"
    );
    assert_eq!(en.gui_unknown(), t::UNKNOWN, "UNKNOWN");
    assert_eq!(en.repeat_repairs(), t::REPEAT_REPAIRS, "REPEAT_REPAIRS");
    assert_eq!(en.bad_phone(), t::BAD_PHONE, "BAD_PHONE");
    assert_eq!(en.bad_email(), t::BAD_EMAIL, "BAD_EMAIL");
    assert_eq!(en.bad_months(), t::BAD_MONTHS, "BAD_MONTHS");
    assert_eq!(
        en.password_note_needed(),
        t::PASSWORD_NOTE_NEEDED,
        "PASSWORD_NOTE_NEEDED"
    );
    assert_eq!(en.welcome_title(), t::WELCOME_TITLE, "WELCOME_TITLE");
    assert_eq!(en.welcome_text(), t::WELCOME_TEXT, "WELCOME_TEXT");
    assert_eq!(en.where_cases_are(), t::WHERE_CASES_ARE, "WHERE_CASES_ARE");
    assert_eq!(en.this_desk_only(), t::THIS_DESK_ONLY, "THIS_DESK_ONLY");
    assert_eq!(en.center_server(), t::CENTER_SERVER, "CENTER_SERVER");
    assert_eq!(
        en.this_desk_only_text(),
        t::THIS_DESK_ONLY_TEXT,
        "THIS_DESK_ONLY_TEXT"
    );
    assert_eq!(en.server_intro(), t::SERVER_INTRO, "SERVER_INTRO");
    assert_eq!(en.server_host(), t::SERVER_HOST, "SERVER_HOST");
    assert_eq!(en.server_port(), t::SERVER_PORT, "SERVER_PORT");
    assert_eq!(en.server_database(), t::SERVER_DATABASE, "SERVER_DATABASE");
    assert_eq!(en.server_user(), t::SERVER_USER, "SERVER_USER");
    assert_eq!(en.server_password(), t::SERVER_PASSWORD, "SERVER_PASSWORD");
    assert_eq!(
        en.server_password_hint(),
        t::SERVER_PASSWORD_HINT,
        "SERVER_PASSWORD_HINT"
    );
    assert_eq!(en.server_tls(), t::SERVER_TLS, "SERVER_TLS");
    assert_eq!(en.server_test(), t::SERVER_TEST, "SERVER_TEST");
    assert_eq!(en.server_connect(), t::SERVER_CONNECT, "SERVER_CONNECT");
    assert_eq!(
        en.server_use_this_desk(),
        t::SERVER_USE_THIS_DESK,
        "SERVER_USE_THIS_DESK"
    );
    assert_eq!(en.server_testing(), t::SERVER_TESTING, "SERVER_TESTING");
    assert_eq!(
        en.server_connecting(),
        t::SERVER_CONNECTING,
        "SERVER_CONNECTING"
    );
    assert_eq!(en.no_data_folder(), t::NO_DATA_FOLDER, "NO_DATA_FOLDER");
    assert_eq!(en.desk_name(), t::DESK_NAME, "DESK_NAME");
    assert_eq!(en.desk_name_help(), t::DESK_NAME_HELP, "DESK_NAME_HELP");
    assert_eq!(
        en.desk_name_placeholder(),
        t::DESK_NAME_PLACEHOLDER,
        "DESK_NAME_PLACEHOLDER"
    );
    assert_eq!(en.save_desk_name(), t::SAVE_DESK_NAME, "SAVE_DESK_NAME");
    assert_eq!(en.offline_server(), t::OFFLINE_SERVER, "OFFLINE_SERVER");
    assert_eq!(en.offline_file(), t::OFFLINE_FILE, "OFFLINE_FILE");
    assert_eq!(en.offline_no_save(), t::OFFLINE_NO_SAVE, "OFFLINE_NO_SAVE");
    assert_eq!(en.welcome_details(), t::WELCOME_DETAILS, "WELCOME_DETAILS");
    assert_eq!(en.center_name(), t::CENTER_NAME, "CENTER_NAME");
    assert_eq!(en.center_address(), t::CENTER_ADDRESS, "CENTER_ADDRESS");
    assert_eq!(en.center_phone(), t::CENTER_PHONE, "CENTER_PHONE");
    assert_eq!(en.start(), t::START, "START");
    assert_eq!(en.try_demo(), t::TRY_DEMO, "TRY_DEMO");
    assert_eq!(
        en.demo_center_name(),
        t::DEMO_CENTER_NAME,
        "DEMO_CENTER_NAME"
    );
    assert_eq!(
        en.demo_center_address(),
        t::DEMO_CENTER_ADDRESS,
        "DEMO_CENTER_ADDRESS"
    );
    assert_eq!(
        en.demo_center_phone(),
        t::DEMO_CENTER_PHONE,
        "DEMO_CENTER_PHONE"
    );
    assert_eq!(en.opening(), t::OPENING, "OPENING");
    assert_eq!(en.print_now(), t::PRINT_NOW, "PRINT_NOW");
    assert_eq!(en.print_try_again(), t::PRINT_TRY_AGAIN, "PRINT_TRY_AGAIN");
    assert_eq!(en.open_in_viewer(), t::OPEN_IN_VIEWER, "OPEN_IN_VIEWER");
    assert_eq!(en.save_as_pdf(), t::SAVE_AS_PDF, "SAVE_AS_PDF");
    assert_eq!(en.not_now(), t::NOT_NOW, "NOT_NOW");
    assert_eq!(
        en.search_placeholder(),
        t::SEARCH_PLACEHOLDER,
        "SEARCH_PLACEHOLDER"
    );
    assert_eq!(en.search_hint(), t::SEARCH_HINT, "SEARCH_HINT");
    assert_eq!(en.searching(), t::SEARCHING, "SEARCHING");
    assert_eq!(en.col_number(), t::COL_NUMBER, "COL_NUMBER");
    assert_eq!(en.col_customer(), t::COL_CUSTOMER, "COL_CUSTOMER");
    assert_eq!(en.col_model(), t::COL_MODEL, "COL_MODEL");
    assert_eq!(en.col_state(), t::COL_STATE, "COL_STATE");
    assert_eq!(en.col_age(), t::COL_AGE, "COL_AGE");
    assert_eq!(en.col_deadline(), t::COL_DEADLINE, "COL_DEADLINE");
    assert_eq!(en.sort_up(), t::SORT_UP, "SORT_UP");
    assert_eq!(en.sort_down(), t::SORT_DOWN, "SORT_DOWN");
    assert_eq!(en.back_to_results(), t::BACK_TO_RESULTS, "BACK_TO_RESULTS");
    assert_eq!(en.opening_case(), t::OPENING_CASE, "OPENING_CASE");
    assert_eq!(en.unsolicited(), t::UNSOLICITED, "UNSOLICITED");
    assert_eq!(en.email_plain(), t::EMAIL_PLAIN, "EMAIL_PLAIN");
    assert_eq!(en.return_to(), t::RETURN_TO, "RETURN_TO");
    assert_eq!(en.same_as_address(), t::SAME_AS_ADDRESS, "SAME_AS_ADDRESS");
    assert_eq!(en.none(), t::NONE, "NONE");
    assert_eq!(en.not_given(), t::NOT_GIVEN, "NOT_GIVEN");
    assert_eq!(
        en.replacement_serial(),
        t::REPLACEMENT_SERIAL,
        "REPLACEMENT_SERIAL"
    );
    assert_eq!(en.invoice_label(), t::INVOICE, "INVOICE");
    assert_eq!(en.no_invoice(), t::NO_INVOICE, "NO_INVOICE");
    assert_eq!(
        en.fault_and_diagnosis(),
        t::FAULT_AND_DIAGNOSIS,
        "FAULT_AND_DIAGNOSIS"
    );
    assert_eq!(en.gui_cause(), t::CAUSE, "CAUSE");
    assert_eq!(
        en.failed_component(),
        t::FAILED_COMPONENT,
        "FAILED_COMPONENT"
    );
    assert_eq!(en.gui_repair_method(), t::REPAIR_METHOD, "REPAIR_METHOD");
    assert_eq!(en.diagnosis_notes(), t::DIAGNOSIS_NOTES, "DIAGNOSIS_NOTES");
    assert_eq!(
        en.keep_parts_short(),
        t::KEEP_PARTS_SHORT,
        "KEEP_PARTS_SHORT"
    );
    assert_eq!(
        en.accessories_short(),
        t::ACCESSORIES_SHORT,
        "ACCESSORIES_SHORT"
    );
    assert_eq!(en.condition_short(), t::CONDITION_SHORT, "CONDITION_SHORT");
    assert_eq!(en.password_short(), t::PASSWORD_SHORT, "PASSWORD_SHORT");
    assert_eq!(en.backup_short(), t::BACKUP_SHORT, "BACKUP_SHORT");
    assert_eq!(en.accuracy_short(), t::ACCURACY_SHORT, "ACCURACY_SHORT");
    assert_eq!(en.parcel(), t::PARCEL, "PARCEL");
    assert_eq!(en.no_decision(), t::NO_DECISION, "NO_DECISION");
    assert_eq!(
        en.quote_and_payments(),
        t::QUOTE_AND_PAYMENTS,
        "QUOTE_AND_PAYMENTS"
    );
    assert_eq!(en.no_quote(), t::NO_QUOTE, "NO_QUOTE");
    assert_eq!(en.quote_total(), t::QUOTE_TOTAL, "QUOTE_TOTAL");
    assert_eq!(en.payment_notice(), t::PAYMENT_NOTICE, "PAYMENT_NOTICE");
    assert_eq!(en.asked_on(), t::ASKED_ON, "ASKED_ON");
    assert_eq!(en.payments(), t::PAYMENTS, "PAYMENTS");
    assert_eq!(en.no_payments(), t::NO_PAYMENTS, "NO_PAYMENTS");
    assert_eq!(en.return_reason_label(), t::RETURN_REASON, "RETURN_REASON");
    assert_eq!(en.handback_label(), t::HANDBACK, "HANDBACK");
    assert_eq!(en.timeline(), t::TIMELINE, "TIMELINE");
    assert_eq!(en.col_when(), t::COL_WHEN, "COL_WHEN");
    assert_eq!(en.col_who(), t::COL_WHO, "COL_WHO");
    assert_eq!(en.col_step(), t::COL_STEP, "COL_STEP");
    assert_eq!(en.col_clause(), t::COL_CLAUSE, "COL_CLAUSE");
    assert_eq!(en.col_note(), t::COL_NOTE, "COL_NOTE");
    assert_eq!(en.opened(), t::OPENED, "OPENED");
    assert_eq!(en.documents(), t::DOCUMENTS, "DOCUMENTS");
    assert_eq!(en.no_documents(), t::NO_DOCUMENTS, "NO_DOCUMENTS");
    assert_eq!(en.print_again(), t::PRINT_AGAIN, "PRINT_AGAIN");
    assert_eq!(en.photos(), t::PHOTOS, "PHOTOS");
    assert_eq!(en.no_photos(), t::NO_PHOTOS, "NO_PHOTOS");
    assert_eq!(en.actions(), t::ACTIONS, "ACTIONS");
    assert_eq!(en.closed_case(), t::CLOSED_CASE, "CLOSED_CASE");
    assert_eq!(en.application(), t::APPLICATION, "APPLICATION");
    assert_eq!(en.policy_version(), t::POLICY_VERSION, "POLICY_VERSION");
    assert_eq!(en.decided_at(), t::DECIDED_AT, "DECIDED_AT");
    assert_eq!(en.gui_yes(), t::YES, "YES");
    assert_eq!(en.gui_no(), t::NO, "NO");
    assert_eq!(en.previous_month(), t::PREVIOUS_MONTH, "PREVIOUS_MONTH");
    assert_eq!(en.next_month(), t::NEXT_MONTH, "NEXT_MONTH");
    assert_eq!(en.last_month(), t::LAST_MONTH, "LAST_MONTH");
    assert_eq!(
        en.month_placeholder(),
        t::MONTH_PLACEHOLDER,
        "MONTH_PLACEHOLDER"
    );
    assert_eq!(en.month_field(), t::MONTH_FIELD, "MONTH_FIELD");
    assert_eq!(en.view_month(), t::VIEW_MONTH, "VIEW_MONTH");
    assert_eq!(en.view_trend(), t::VIEW_TREND, "VIEW_TREND");
    assert_eq!(en.report_refresh(), t::REPORT_REFRESH, "REPORT_REFRESH");
    assert_eq!(
        en.report_export_pdf(),
        t::REPORT_EXPORT_PDF,
        "REPORT_EXPORT_PDF"
    );
    assert_eq!(
        en.report_exporting(),
        t::REPORT_EXPORTING,
        "REPORT_EXPORTING"
    );
    assert_eq!(en.report_open_pdf(), t::REPORT_OPEN_PDF, "REPORT_OPEN_PDF");
    assert_eq!(en.chart_per_day(), t::CHART_PER_DAY, "CHART_PER_DAY");
    assert_eq!(
        en.chart_verdict_mix(),
        t::CHART_VERDICT_MIX,
        "CHART_VERDICT_MIX"
    );
    assert_eq!(en.table_verdicts(), t::TABLE_VERDICTS, "TABLE_VERDICTS");
    assert_eq!(en.table_returns(), t::TABLE_RETURNS, "TABLE_RETURNS");
    assert_eq!(
        en.table_turned_away(),
        t::TABLE_TURNED_AWAY,
        "TABLE_TURNED_AWAY"
    );
    assert_eq!(en.table_quotes(), t::TABLE_QUOTES, "TABLE_QUOTES");
    assert_eq!(en.table_money(), t::TABLE_MONEY, "TABLE_MONEY");
    assert_eq!(
        en.table_top_models(),
        t::TABLE_TOP_MODELS,
        "TABLE_TOP_MODELS"
    );
    assert_eq!(
        en.table_top_components(),
        t::TABLE_TOP_COMPONENTS,
        "TABLE_TOP_COMPONENTS"
    );
    assert_eq!(en.no_models(), t::NO_MODELS, "NO_MODELS");
    assert_eq!(en.no_components(), t::NO_COMPONENTS, "NO_COMPONENTS");
    assert_eq!(en.no_verdicts(), t::NO_VERDICTS, "NO_VERDICTS");
    assert_eq!(en.report_privacy(), t::REPORT_PRIVACY, "REPORT_PRIVACY");
    assert_eq!(
        en.no_payments_received(),
        t::NO_PAYMENTS_RECEIVED,
        "NO_PAYMENTS_RECEIVED"
    );
    assert_eq!(en.report_paid(), t::REPORT_PAID, "REPORT_PAID");
    assert_eq!(
        en.report_needs_proof(),
        t::REPORT_NEEDS_PROOF,
        "REPORT_NEEDS_PROOF"
    );
    assert_eq!(
        en.report_not_eligible(),
        t::REPORT_NOT_ELIGIBLE,
        "REPORT_NOT_ELIGIBLE"
    );
    assert_eq!(
        en.report_undecided(),
        t::REPORT_UNDECIDED,
        "REPORT_UNDECIDED"
    );
    assert_eq!(
        en.proofs_requested(),
        t::PROOFS_REQUESTED,
        "PROOFS_REQUESTED"
    );
    assert_eq!(
        en.reason_not_recorded(),
        t::REASON_NOT_RECORDED,
        "REASON_NOT_RECORDED"
    );
    assert_eq!(en.total_returned(), t::TOTAL_RETURNED, "TOTAL_RETURNED");
    assert_eq!(
        en.devices_measured(),
        t::DEVICES_MEASURED,
        "DEVICES_MEASURED"
    );
    assert_eq!(en.report_median(), t::REPORT_MEDIAN, "REPORT_MEDIAN");
    assert_eq!(en.report_p90(), t::REPORT_P90, "REPORT_P90");
    assert_eq!(en.report_longest(), t::REPORT_LONGEST, "REPORT_LONGEST");
    assert_eq!(en.refused_cod(), t::REFUSED_COD, "REFUSED_COD");
    assert_eq!(
        en.rejected_damaged(),
        t::REJECTED_DAMAGED,
        "REJECTED_DAMAGED"
    );
    assert_eq!(en.rejected_soaked(), t::REJECTED_SOAKED, "REJECTED_SOAKED");
    assert_eq!(en.rejected_both(), t::REJECTED_BOTH, "REJECTED_BOTH");
    assert_eq!(en.rejected_other(), t::REJECTED_OTHER, "REJECTED_OTHER");
    assert_eq!(
        en.applications_expired(),
        t::APPLICATIONS_EXPIRED,
        "APPLICATIONS_EXPIRED"
    );
    assert_eq!(
        en.unsolicited_no_application(),
        t::UNSOLICITED_NO_APPLICATION,
        "UNSOLICITED_NO_APPLICATION"
    );
    assert_eq!(
        en.unsolicited_expired(),
        t::UNSOLICITED_EXPIRED,
        "UNSOLICITED_EXPIRED"
    );
    assert_eq!(en.quotes_sent(), t::QUOTES_SENT, "QUOTES_SENT");
    assert_eq!(en.quotes_accepted(), t::QUOTES_ACCEPTED, "QUOTES_ACCEPTED");
    assert_eq!(en.quotes_declined(), t::QUOTES_DECLINED, "QUOTES_DECLINED");
    assert_eq!(
        en.quotes_unanswered(),
        t::QUOTES_UNANSWERED,
        "QUOTES_UNANSWERED"
    );
    assert_eq!(en.overdue_cases(), t::OVERDUE_CASES, "OVERDUE_CASES");
    assert_eq!(
        en.sent_back_unpaid(),
        t::SENT_BACK_UNPAID,
        "SENT_BACK_UNPAID"
    );
    assert_eq!(en.walk_in_short(), t::WALK_IN_SHORT, "WALK_IN_SHORT");
    assert_eq!(en.mail_in_short(), t::MAIL_IN_SHORT, "MAIL_IN_SHORT");
    assert_eq!(en.trend_hint(), t::TREND_HINT, "TREND_HINT");
    assert_eq!(en.trend_volume(), t::TREND_VOLUME, "TREND_VOLUME");
    assert_eq!(en.trend_mix(), t::TREND_MIX, "TREND_MIX");
    assert_eq!(
        en.trend_turnaround(),
        t::TREND_TURNAROUND,
        "TREND_TURNAROUND"
    );
    assert_eq!(en.trend_table(), t::TREND_TABLE, "TREND_TABLE");
    assert_eq!(
        en.report_col_month(),
        t::REPORT_COL_MONTH,
        "REPORT_COL_MONTH"
    );
    assert_eq!(
        en.report_col_opened(),
        t::REPORT_COL_OPENED,
        "REPORT_COL_OPENED"
    );
    assert_eq!(en.report_col_free(), t::REPORT_COL_FREE, "REPORT_COL_FREE");
    assert_eq!(en.report_col_paid(), t::REPORT_COL_PAID, "REPORT_COL_PAID");
    assert_eq!(
        en.report_col_median(),
        t::REPORT_COL_MEDIAN,
        "REPORT_COL_MEDIAN"
    );
    assert_eq!(en.report_col_p90(), t::REPORT_COL_P90, "REPORT_COL_P90");
    assert_eq!(en.settings_center(), t::SETTINGS_CENTER, "SETTINGS_CENTER");
    assert_eq!(
        en.settings_center_hint(),
        t::SETTINGS_CENTER_HINT,
        "SETTINGS_CENTER_HINT"
    );
    assert_eq!(
        en.settings_center_name(),
        t::SETTINGS_CENTER_NAME,
        "SETTINGS_CENTER_NAME"
    );
    assert_eq!(
        en.settings_address(),
        t::SETTINGS_ADDRESS,
        "SETTINGS_ADDRESS"
    );
    assert_eq!(
        en.settings_address_placeholder(),
        t::SETTINGS_ADDRESS_PLACEHOLDER,
        "SETTINGS_ADDRESS_PLACEHOLDER"
    );
    assert_eq!(en.settings_phone(), t::SETTINGS_PHONE, "SETTINGS_PHONE");
    assert_eq!(en.settings_email(), t::SETTINGS_EMAIL, "SETTINGS_EMAIL");
    assert_eq!(
        en.settings_currency(),
        t::SETTINGS_CURRENCY,
        "SETTINGS_CURRENCY"
    );
    assert_eq!(
        en.settings_currency_hint(),
        t::SETTINGS_CURRENCY_HINT,
        "SETTINGS_CURRENCY_HINT"
    );
    assert_eq!(
        en.settings_bad_phone(),
        t::SETTINGS_BAD_PHONE,
        "SETTINGS_BAD_PHONE"
    );
    assert_eq!(
        en.settings_bad_email(),
        t::SETTINGS_BAD_EMAIL,
        "SETTINGS_BAD_EMAIL"
    );
    assert_eq!(
        en.settings_bad_currency(),
        t::SETTINGS_BAD_CURRENCY,
        "SETTINGS_BAD_CURRENCY"
    );
    assert_eq!(
        en.settings_documents(),
        t::SETTINGS_DOCUMENTS,
        "SETTINGS_DOCUMENTS"
    );
    assert_eq!(
        en.settings_paper_label(),
        t::SETTINGS_PAPER,
        "SETTINGS_PAPER"
    );
    assert_eq!(
        en.settings_label_label(),
        t::SETTINGS_LABEL,
        "SETTINGS_LABEL"
    );
    assert_eq!(
        en.settings_deadlines(),
        t::SETTINGS_DEADLINES,
        "SETTINGS_DEADLINES"
    );
    assert_eq!(
        en.settings_answer_days(),
        t::SETTINGS_ANSWER_DAYS,
        "SETTINGS_ANSWER_DAYS"
    );
    assert_eq!(
        en.settings_answer_days_hint(),
        t::SETTINGS_ANSWER_DAYS_HINT,
        "SETTINGS_ANSWER_DAYS_HINT"
    );
    assert_eq!(
        en.settings_retention(),
        t::SETTINGS_RETENTION,
        "SETTINGS_RETENTION"
    );
    assert_eq!(
        en.settings_retention_hint(),
        t::SETTINGS_RETENTION_HINT,
        "SETTINGS_RETENTION_HINT"
    );
    assert_eq!(
        en.settings_backups_kept(),
        t::SETTINGS_BACKUPS_KEPT,
        "SETTINGS_BACKUPS_KEPT"
    );
    assert_eq!(
        en.settings_backups_kept_hint(),
        t::SETTINGS_BACKUPS_KEPT_HINT,
        "SETTINGS_BACKUPS_KEPT_HINT"
    );
    assert_eq!(en.settings_saved(), t::SETTINGS_SAVED, "SETTINGS_SAVED");
    assert_eq!(
        en.settings_unsaved(),
        t::SETTINGS_UNSAVED,
        "SETTINGS_UNSAVED"
    );
    assert_eq!(
        en.settings_discard(),
        t::SETTINGS_DISCARD,
        "SETTINGS_DISCARD"
    );
    assert_eq!(en.settings_saving(), t::SETTINGS_SAVING, "SETTINGS_SAVING");
    assert_eq!(en.save_settings(), t::SAVE_SETTINGS, "SAVE_SETTINGS");
    assert_eq!(
        en.settings_backups(),
        t::SETTINGS_BACKUPS,
        "SETTINGS_BACKUPS"
    );
    assert_eq!(
        en.settings_backups_hint(),
        t::SETTINGS_BACKUPS_HINT,
        "SETTINGS_BACKUPS_HINT"
    );
    assert_eq!(en.back_up_now(), t::BACK_UP_NOW, "BACK_UP_NOW");
    assert_eq!(en.backing_up(), t::BACKING_UP, "BACKING_UP");
    assert_eq!(en.restore_backup(), t::RESTORE_BACKUP, "RESTORE_BACKUP");
    assert_eq!(en.restoring(), t::RESTORING, "RESTORING");
    assert_eq!(
        en.restore_explained(),
        t::RESTORE_EXPLAINED,
        "RESTORE_EXPLAINED"
    );
    assert_eq!(en.restore_confirm(), t::RESTORE_CONFIRM, "RESTORE_CONFIRM");
    assert_eq!(en.restore_cancel(), t::RESTORE_CANCEL, "RESTORE_CANCEL");
    assert_eq!(
        en.settings_appearance(),
        t::SETTINGS_APPEARANCE,
        "SETTINGS_APPEARANCE"
    );
    assert_eq!(
        en.settings_theme_label(),
        t::SETTINGS_THEME,
        "SETTINGS_THEME"
    );
    assert_eq!(en.save_policy(), t::SAVE_POLICY, "SAVE_POLICY");
    assert_eq!(en.policy_title_label(), t::POLICY_TITLE, "POLICY_TITLE");
    assert_eq!(en.policy_hint(), t::POLICY_HINT, "POLICY_HINT");
    assert_eq!(
        en.policy_default_months(),
        t::POLICY_DEFAULT_MONTHS,
        "POLICY_DEFAULT_MONTHS"
    );
    assert_eq!(en.policy_models(), t::POLICY_MODELS, "POLICY_MODELS");
    assert_eq!(
        en.policy_unit_heading(),
        t::POLICY_UNIT_HEADING,
        "POLICY_UNIT_HEADING"
    );
    assert_eq!(
        en.policy_model_placeholder(),
        t::POLICY_MODEL_PLACEHOLDER,
        "POLICY_MODEL_PLACEHOLDER"
    );
    assert_eq!(
        en.policy_component_placeholder(),
        t::POLICY_COMPONENT_PLACEHOLDER,
        "POLICY_COMPONENT_PLACEHOLDER"
    );
    assert_eq!(
        en.policy_use_default(),
        t::POLICY_USE_DEFAULT,
        "POLICY_USE_DEFAULT"
    );
    assert_eq!(
        en.policy_months_unit(),
        t::POLICY_MONTHS_UNIT,
        "POLICY_MONTHS_UNIT"
    );
    assert_eq!(
        en.policy_remove_model(),
        t::POLICY_REMOVE_MODEL,
        "POLICY_REMOVE_MODEL"
    );
    assert_eq!(
        en.policy_add_component(),
        t::POLICY_ADD_COMPONENT,
        "POLICY_ADD_COMPONENT"
    );
    assert_eq!(
        en.policy_add_model(),
        t::POLICY_ADD_MODEL,
        "POLICY_ADD_MODEL"
    );
    assert_eq!(en.policy_import(), t::POLICY_IMPORT, "POLICY_IMPORT");
    assert_eq!(en.policy_export(), t::POLICY_EXPORT, "POLICY_EXPORT");
    assert_eq!(en.policy_unsaved(), t::POLICY_UNSAVED, "POLICY_UNSAVED");
    assert_eq!(
        en.settings_printers(),
        t::SETTINGS_PRINTERS,
        "SETTINGS_PRINTERS"
    );
    assert_eq!(en.no_printer(), t::NO_PRINTER, "NO_PRINTER");
    assert_eq!(en.printers_asking(), t::PRINTERS_ASKING, "PRINTERS_ASKING");
    assert_eq!(en.printers_none(), t::PRINTERS_NONE, "PRINTERS_NONE");
    assert_eq!(
        en.printers_unlisted(),
        t::PRINTERS_UNLISTED,
        "PRINTERS_UNLISTED"
    );
    assert_eq!(
        en.printers_refresh(),
        t::PRINTERS_REFRESH,
        "PRINTERS_REFRESH"
    );
    assert_eq!(en.sticker_size_label(), t::STICKER_SIZE, "STICKER_SIZE");
    assert_eq!(en.messages(), t::MESSAGES, "MESSAGES");
    assert_eq!(en.no_messages(), t::NO_MESSAGES, "NO_MESSAGES");
    assert_eq!(en.retry(), t::RETRY, "RETRY");
    assert_eq!(en.open_as_draft(), t::OPEN_AS_DRAFT, "OPEN_AS_DRAFT");
    assert_eq!(en.col_moment(), t::COL_MOMENT, "COL_MOMENT");
    assert_eq!(en.col_status(), t::COL_STATUS, "COL_STATUS");
    assert_eq!(en.col_subject(), t::COL_SUBJECT, "COL_SUBJECT");
    assert_eq!(
        en.messages_switch_off(),
        t::MESSAGES_SWITCH_OFF,
        "MESSAGES_SWITCH_OFF"
    );
    assert_eq!(
        en.messages_switch_on(),
        t::MESSAGES_SWITCH_ON,
        "MESSAGES_SWITCH_ON"
    );
    assert_eq!(
        en.messages_switched_off(),
        t::MESSAGES_SWITCHED_OFF,
        "MESSAGES_SWITCHED_OFF"
    );
    assert_eq!(
        en.messages_switched_on(),
        t::MESSAGES_SWITCHED_ON,
        "MESSAGES_SWITCHED_ON"
    );
    assert_eq!(en.reminder_queued(), t::REMINDER_QUEUED, "REMINDER_QUEUED");
    assert_eq!(en.mail_section(), t::MAIL_SECTION, "MAIL_SECTION");
    assert_eq!(en.mail_help(), t::MAIL_HELP, "MAIL_HELP");
    assert_eq!(en.mail_on(), t::MAIL_ON, "MAIL_ON");
    assert_eq!(en.mail_server(), t::MAIL_SERVER, "MAIL_SERVER");
    assert_eq!(en.mail_port(), t::MAIL_PORT, "MAIL_PORT");
    assert_eq!(en.mail_security(), t::MAIL_SECURITY, "MAIL_SECURITY");
    assert_eq!(en.mail_user(), t::MAIL_USER, "MAIL_USER");
    assert_eq!(en.mail_secret(), t::MAIL_SECRET, "MAIL_SECRET");
    assert_eq!(
        en.mail_secret_kept(),
        t::MAIL_SECRET_KEPT,
        "MAIL_SECRET_KEPT"
    );
    assert_eq!(
        en.mail_secret_none(),
        t::MAIL_SECRET_NONE,
        "MAIL_SECRET_NONE"
    );
    assert_eq!(en.mail_from_name(), t::MAIL_FROM_NAME, "MAIL_FROM_NAME");
    assert_eq!(
        en.mail_from_address(),
        t::MAIL_FROM_ADDRESS,
        "MAIL_FROM_ADDRESS"
    );
    assert_eq!(en.mail_reply_to(), t::MAIL_REPLY_TO, "MAIL_REPLY_TO");
    assert_eq!(
        en.mail_reminder_days(),
        t::MAIL_REMINDER_DAYS,
        "MAIL_REMINDER_DAYS"
    );
    assert_eq!(en.mail_save(), t::MAIL_SAVE, "MAIL_SAVE");
    assert_eq!(en.mail_saved(), t::MAIL_SAVED, "MAIL_SAVED");
    assert_eq!(en.mail_test_to(), t::MAIL_TEST_TO, "MAIL_TEST_TO");
    assert_eq!(en.mail_test(), t::MAIL_TEST, "MAIL_TEST");
    assert_eq!(en.mail_testing(), t::MAIL_TESTING, "MAIL_TESTING");
    assert_eq!(en.mail_moments(), t::MAIL_MOMENTS, "MAIL_MOMENTS");
    assert_eq!(en.gui_mail_template(), t::MAIL_TEMPLATE, "MAIL_TEMPLATE");
    assert_eq!(en.mail_subject(), t::MAIL_SUBJECT, "MAIL_SUBJECT");
    assert_eq!(
        en.mail_default_words(),
        t::MAIL_DEFAULT_WORDS,
        "MAIL_DEFAULT_WORDS"
    );
    assert_eq!(en.mail_fields(), t::MAIL_FIELDS, "MAIL_FIELDS");
    assert_eq!(en.mail_preview(), t::MAIL_PREVIEW, "MAIL_PREVIEW");
    assert_eq!(
        en.mail_preview_none(),
        t::MAIL_PREVIEW_NONE,
        "MAIL_PREVIEW_NONE"
    );
    assert_eq!(en.staff(), t::STAFF, "STAFF");
    assert_eq!(en.sign_in_title(), t::SIGN_IN_TITLE, "SIGN_IN_TITLE");
    assert_eq!(en.switch_title(), t::SWITCH_TITLE, "SWITCH_TITLE");
    assert_eq!(en.locked_title(), t::LOCKED_TITLE, "LOCKED_TITLE");
    assert_eq!(en.locked_hint(), t::LOCKED_HINT, "LOCKED_HINT");
    assert_eq!(en.sign_in_hint(), t::SIGN_IN_HINT, "SIGN_IN_HINT");
    assert_eq!(en.switch_hint(), t::SWITCH_HINT, "SWITCH_HINT");
    assert_eq!(en.secret(), t::SECRET, "SECRET");
    assert_eq!(en.sign_in(), t::SIGN_IN, "SIGN_IN");
    assert_eq!(en.cancel(), t::CANCEL, "CANCEL");
    assert_eq!(en.switch_person(), t::SWITCH_PERSON, "SWITCH_PERSON");
    assert_eq!(en.lock(), t::LOCK, "LOCK");
    assert_eq!(en.give_name(), t::GIVE_NAME, "GIVE_NAME");
    assert_eq!(
        en.staff_intro_none(),
        t::STAFF_INTRO_NONE,
        "STAFF_INTRO_NONE"
    );
    assert_eq!(
        en.welcome_with_staff(),
        t::WELCOME_WITH_STAFF,
        "WELCOME_WITH_STAFF"
    );
    assert_eq!(en.staff_first(), t::STAFF_FIRST, "STAFF_FIRST");
    assert_eq!(en.staff_add(), t::STAFF_ADD, "STAFF_ADD");
    assert_eq!(en.staff_roles(), t::STAFF_ROLES, "STAFF_ROLES");
    assert_eq!(en.staff_pin(), t::STAFF_PIN, "STAFF_PIN");
    assert_eq!(
        en.staff_secret_again(),
        t::STAFF_SECRET_AGAIN,
        "STAFF_SECRET_AGAIN"
    );
    assert_eq!(
        en.staff_new_secret(),
        t::STAFF_NEW_SECRET,
        "STAFF_NEW_SECRET"
    );
    assert_eq!(
        en.staff_save_roles(),
        t::STAFF_SAVE_ROLES,
        "STAFF_SAVE_ROLES"
    );
    assert_eq!(en.staff_disable(), t::STAFF_DISABLE, "STAFF_DISABLE");
    assert_eq!(en.staff_enable(), t::STAFF_ENABLE, "STAFF_ENABLE");
    assert_eq!(en.staff_reset(), t::STAFF_RESET, "STAFF_RESET");
    assert_eq!(en.staff_history(), t::STAFF_HISTORY, "STAFF_HISTORY");
    assert_eq!(
        en.staff_lock_minutes(),
        t::STAFF_LOCK_MINUTES,
        "STAFF_LOCK_MINUTES"
    );
    assert_eq!(en.staff_save_lock(), t::STAFF_SAVE_LOCK, "STAFF_SAVE_LOCK");
    assert_eq!(
        en.staff_secrets_differ(),
        t::STAFF_SECRETS_DIFFER,
        "STAFF_SECRETS_DIFFER"
    );
    assert_eq!(en.staff_disabled(), t::STAFF_DISABLED, "STAFF_DISABLED");
    assert_eq!(en.export_personal(), t::EXPORT_PERSONAL, "EXPORT_PERSONAL");
    assert_eq!(
        en.scan_placeholder(),
        t::SCAN_PLACEHOLDER,
        "SCAN_PLACEHOLDER"
    );
    assert_eq!(en.scan_label(), t::SCAN_LABEL, "SCAN_LABEL");
    assert_eq!(en.open(), t::OPEN, "OPEN");
    assert_eq!(en.no_application(), t::NO_APPLICATION, "NO_APPLICATION");
    assert_eq!(
        en.not_a_case_number_label(),
        t::NOT_A_CASE_NUMBER,
        "NOT_A_CASE_NUMBER"
    );
    assert_eq!(
        en.parcels_expected_list(),
        t::PARCELS_EXPECTED_LIST,
        "PARCELS_EXPECTED_LIST"
    );
    assert_eq!(
        en.waiting_diagnosis(),
        t::WAITING_DIAGNOSIS,
        "WAITING_DIAGNOSIS"
    );
    assert_eq!(
        en.waiting_customer(),
        t::WAITING_CUSTOMER,
        "WAITING_CUSTOMER"
    );
    assert_eq!(
        en.waiting_customer_overdue_first(),
        t::WAITING_CUSTOMER_OVERDUE_FIRST,
        "WAITING_CUSTOMER_OVERDUE_FIRST"
    );
    assert_eq!(en.waiting_payment(), t::WAITING_PAYMENT, "WAITING_PAYMENT");
    assert_eq!(en.in_repair_list(), t::IN_REPAIR_LIST, "IN_REPAIR_LIST");
    assert_eq!(en.nothing_here(), t::NOTHING_HERE, "NOTHING_HERE");
    assert_eq!(en.loading(), t::LOADING, "LOADING");
    assert_eq!(en.close_case_view(), t::CLOSE_CASE_VIEW, "CLOSE_CASE_VIEW");
    assert_eq!(en.parcel_gate(), t::PARCEL_GATE, "PARCEL_GATE");
    assert_eq!(en.gate_cod(), t::GATE_COD, "GATE_COD");
    assert_eq!(en.gate_damaged(), t::GATE_DAMAGED, "GATE_DAMAGED");
    assert_eq!(en.gate_soaked(), t::GATE_SOAKED, "GATE_SOAKED");
    assert_eq!(en.gate_adequate(), t::GATE_ADEQUATE, "GATE_ADEQUATE");
    assert_eq!(en.outcome(), t::OUTCOME, "OUTCOME");
    assert_eq!(en.sender(), t::SENDER, "SENDER");
    assert_eq!(en.case_facts(), t::CASE_FACTS, "CASE_FACTS");
    assert_eq!(en.fault_short(), t::FAULT_SHORT, "FAULT_SHORT");
    assert_eq!(en.contents(), t::CONTENTS, "CONTENTS");
    assert_eq!(
        en.serial_on_device(),
        t::SERIAL_ON_DEVICE,
        "SERIAL_ON_DEVICE"
    );
    assert_eq!(en.accessory_found(), t::ACCESSORY_FOUND, "ACCESSORY_FOUND");
    assert_eq!(en.add(), t::ADD, "ADD");
    assert_eq!(en.remove(), t::REMOVE, "REMOVE");
    assert_eq!(en.no_accessories(), t::NO_ACCESSORIES, "NO_ACCESSORIES");
    assert_eq!(en.condition_notes(), t::CONDITION_NOTES, "CONDITION_NOTES");
    assert_eq!(
        en.gui_password_status(),
        t::PASSWORD_STATUS,
        "PASSWORD_STATUS"
    );
    assert_eq!(
        en.settings_receipt_on_parcel(),
        t::SETTINGS_RECEIPT_ON_PARCEL,
        "SETTINGS_RECEIPT_ON_PARCEL"
    );
    assert_eq!(
        en.print_receipt_on_accept(),
        t::PRINT_RECEIPT_ON_ACCEPT,
        "PRINT_RECEIPT_ON_ACCEPT"
    );
    assert_eq!(en.serial_matches(), t::SERIAL_MATCHES, "SERIAL_MATCHES");
    assert_eq!(en.add_photos(), t::ADD_PHOTOS, "ADD_PHOTOS");
    assert_eq!(en.diagnosis_step(), t::DIAGNOSIS_STEP, "DIAGNOSIS_STEP");
    assert_eq!(
        en.record_diagnosis(),
        t::RECORD_DIAGNOSIS,
        "RECORD_DIAGNOSIS"
    );
    assert_eq!(en.decision_now(), t::DECISION_NOW, "DECISION_NOW");
    assert_eq!(
        en.decision_with_diagnosis(),
        t::DECISION_WITH_DIAGNOSIS,
        "DECISION_WITH_DIAGNOSIS"
    );
    assert_eq!(en.choose_cause(), t::CHOOSE_CAUSE, "CHOOSE_CAUSE");
    assert_eq!(
        en.provisional_short(),
        t::PROVISIONAL_SHORT,
        "PROVISIONAL_SHORT"
    );
    assert_eq!(en.unchanged(), t::UNCHANGED, "UNCHANGED");
    assert_eq!(en.quote_step(), t::QUOTE_STEP, "QUOTE_STEP");
    assert_eq!(
        en.line_description(),
        t::LINE_DESCRIPTION,
        "LINE_DESCRIPTION"
    );
    assert_eq!(en.line_amount(), t::LINE_AMOUNT, "LINE_AMOUNT");
    assert_eq!(en.labour_line(), t::LABOUR_LINE, "LABOUR_LINE");
    assert_eq!(en.add_part(), t::ADD_PART, "ADD_PART");
    assert_eq!(en.add_labour(), t::ADD_LABOUR, "ADD_LABOUR");
    assert_eq!(en.send_quote(), t::SEND_QUOTE, "SEND_QUOTE");
    assert_eq!(en.print_quote(), t::PRINT_QUOTE, "PRINT_QUOTE");
    assert_eq!(en.total(), t::TOTAL, "TOTAL");
    assert_eq!(en.answer_step(), t::ANSWER_STEP, "ANSWER_STEP");
    assert_eq!(en.quote_sent(), t::QUOTE_SENT, "QUOTE_SENT");
    assert_eq!(en.notice_date(), t::NOTICE_DATE, "NOTICE_DATE");
    assert_eq!(en.quote_accepted(), t::QUOTE_ACCEPTED, "QUOTE_ACCEPTED");
    assert_eq!(en.quote_declined(), t::QUOTE_DECLINED, "QUOTE_DECLINED");
    assert_eq!(en.proof_step(), t::PROOF_STEP, "PROOF_STEP");
    assert_eq!(en.proof_received(), t::PROOF_RECEIVED, "PROOF_RECEIVED");
    assert_eq!(
        en.return_unanswered(),
        t::RETURN_UNANSWERED,
        "RETURN_UNANSWERED"
    );
    assert_eq!(en.payment_step(), t::PAYMENT_STEP, "PAYMENT_STEP");
    assert_eq!(en.paid_on(), t::PAID_ON, "PAID_ON");
    assert_eq!(en.payment_method(), t::PAYMENT_METHOD, "PAYMENT_METHOD");
    assert_eq!(en.record_payment(), t::RECORD_PAYMENT, "RECORD_PAYMENT");
    assert_eq!(en.return_overdue(), t::RETURN_OVERDUE, "RETURN_OVERDUE");
    assert_eq!(en.repair_step(), t::REPAIR_STEP, "REPAIR_STEP");
    assert_eq!(en.repair_done(), t::REPAIR_DONE, "REPAIR_DONE");
    assert_eq!(en.remote_step(), t::REMOTE_STEP, "REMOTE_STEP");
    assert_eq!(en.remote_note(), t::REMOTE_NOTE, "REMOTE_NOTE");
    assert_eq!(
        en.resolve_remotely(),
        t::RESOLVE_REMOTELY,
        "RESOLVE_REMOTELY"
    );
    assert_eq!(
        en.goes_to_dispatch(),
        t::GOES_TO_DISPATCH,
        "GOES_TO_DISPATCH"
    );
    assert_eq!(
        en.open_in_dispatch(),
        t::OPEN_IN_DISPATCH,
        "OPEN_IN_DISPATCH"
    );
    assert_eq!(en.not_taken_in(), t::NOT_TAKEN_IN, "NOT_TAKEN_IN");
    assert_eq!(en.case_closed(), t::CASE_CLOSED, "CASE_CLOSED");
    assert_eq!(en.step_parcel(), t::STEP_PARCEL, "STEP_PARCEL");
    assert_eq!(en.step_diagnosis(), t::STEP_DIAGNOSIS, "STEP_DIAGNOSIS");
    assert_eq!(en.step_quote(), t::STEP_QUOTE, "STEP_QUOTE");
    assert_eq!(en.step_accepted(), t::STEP_ACCEPTED, "STEP_ACCEPTED");
    assert_eq!(en.step_declined(), t::STEP_DECLINED, "STEP_DECLINED");
    assert_eq!(en.step_proof(), t::STEP_PROOF, "STEP_PROOF");
    assert_eq!(en.step_return(), t::STEP_RETURN, "STEP_RETURN");
    assert_eq!(en.step_payment(), t::STEP_PAYMENT, "STEP_PAYMENT");
    assert_eq!(en.step_repaired(), t::STEP_REPAIRED, "STEP_REPAIRED");
    assert_eq!(en.step_remote(), t::STEP_REMOTE, "STEP_REMOTE");
    assert_eq!(en.case_number(), t::CASE_NUMBER, "CASE_NUMBER");
    assert_eq!(en.why(), t::WHY, "WHY");
    assert_eq!(en.how(), t::HOW, "HOW");
    assert_eq!(en.waiting(), t::WAITING, "WAITING");
    assert_eq!(en.back_to_queue(), t::BACK_TO_QUEUE, "BACK_TO_QUEUE");
    assert_eq!(en.not_going_back(), t::NOT_GOING_BACK, "NOT_GOING_BACK");
    assert_eq!(en.open_in_cases(), t::OPEN_IN_CASES, "OPEN_IN_CASES");
    assert_eq!(en.dispatch_queue(), t::DISPATCH_QUEUE, "DISPATCH_QUEUE");
    assert_eq!(en.queue_filter(), t::QUEUE_FILTER, "QUEUE_FILTER");
    assert_eq!(en.ships(), t::SHIPS, "SHIPS");
    assert_eq!(en.collected(), t::COLLECTED, "COLLECTED");
    assert_eq!(en.queue_empty(), t::QUEUE_EMPTY, "QUEUE_EMPTY");
    assert_eq!(en.packing(), t::PACKING, "PACKING");
    assert_eq!(en.packing_hint(), t::PACKING_HINT, "PACKING_HINT");
    assert_eq!(en.ship_it(), t::SHIP_IT, "SHIP_IT");
    assert_eq!(en.counter_pickup(), t::COUNTER_PICKUP, "COUNTER_PICKUP");
    assert_eq!(en.carrier(), t::CARRIER, "CARRIER");
    assert_eq!(en.tracking(), t::TRACKING, "TRACKING");
    assert_eq!(en.print_label(), t::PRINT_LABEL, "PRINT_LABEL");
    assert_eq!(en.label_4x6(), t::LABEL_4X6, "LABEL_4X6");
    assert_eq!(en.label_sheet(), t::LABEL_SHEET, "LABEL_SHEET");
    assert_eq!(en.freight_prepaid(), t::FREIGHT_PREPAID, "FREIGHT_PREPAID");
    assert_eq!(en.collected_by(), t::COLLECTED_BY, "COLLECTED_BY");
    assert_eq!(en.id_checked(), t::ID_CHECKED, "ID_CHECKED");
    assert_eq!(en.print_handover(), t::PRINT_HANDOVER, "PRINT_HANDOVER");
    assert_eq!(
        en.handover_prints_on_closing(),
        t::HANDOVER_PRINTS_ON_CLOSING,
        "HANDOVER_PRINTS_ON_CLOSING"
    );
    assert_eq!(en.close_returned(), t::CLOSE_RETURNED, "CLOSE_RETURNED");
    assert_eq!(
        en.password_will_go(),
        t::PASSWORD_WILL_GO,
        "PASSWORD_WILL_GO"
    );
    assert_eq!(en.due_title(), t::DUE_TITLE, "DUE_TITLE");
    assert_eq!(en.expire(), t::EXPIRE, "EXPIRE");
    assert_eq!(en.move_to_return(), t::MOVE_TO_RETURN, "MOVE_TO_RETURN");
    assert_eq!(
        en.select_from_queue(),
        t::SELECT_FROM_QUEUE,
        "SELECT_FROM_QUEUE"
    );
    assert_eq!(en.expired_done(), t::EXPIRED_DONE, "EXPIRED_DONE");
    assert_eq!(
        en.return_overdue_done(),
        t::RETURN_OVERDUE_DONE,
        "RETURN_OVERDUE_DONE"
    );
    assert_eq!(
        en.return_unanswered_done(),
        t::RETURN_UNANSWERED_DONE,
        "RETURN_UNANSWERED_DONE"
    );
    assert_eq!(
        en.common_accessories(),
        t::COMMON_ACCESSORIES.map(String::from).to_vec()
    );
}

fn day(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).expect("a date")
}

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> chrono::DateTime<chrono::Utc> {
    day(y, m, d)
        .and_hms_opt(h, min, 0)
        .expect("a time")
        .and_utc()
}

/// Every function of text.rs, called with samples that reach each of its branches, says
/// the same as its method.
#[test]
fn every_function_reads_as_before_in_english() {
    use fixdesk::domain::case::{Deadline, DocumentKind, Handback};
    use fixdesk::domain::repair::LineKind;
    use fixdesk::domain::settings::{Form, PrintWhen, StickerSize, Theme};
    use fixdesk::domain::staff::Role;
    use fixdesk::domain::{
        Arrival, CaseNumber, Currency, Invoice, LabelSize, Money, Paper, ParcelOutcome,
        PasswordStatus, PurchaseChannel, ReturnReason, StartBasis, State, Verdict,
    };
    use fixdesk::gui::printer::Delivery;
    use fixdesk::report::Month;
    use fixdesk::store::jobs::JobRun;
    use fixdesk::store::staff::StaffChange;
    use std::path::Path;

    let en = Language::English.words();
    let path = Path::new("/tmp/SC-2026-000001 receipt.pdf");
    for arrival in [Arrival::WalkIn, Arrival::MailIn] {
        assert_eq!(en.gui_arrival(arrival), t::arrival(arrival));
    }
    for channel in PurchaseChannel::ALL {
        assert_eq!(en.gui_channel(channel), t::channel(channel));
    }
    for status in PasswordStatus::ALL {
        assert_eq!(en.password(status), t::password(status));
    }
    for verdict in Verdict::ALL {
        assert_eq!(en.gui_verdict(verdict), t::verdict(verdict));
        assert_eq!(en.report_verdict(verdict), t::report_verdict(verdict));
        assert_eq!(
            en.verdict_share(verdict, 3, "37 %"),
            t::verdict_share(verdict, 3, "37 %")
        );
    }
    for state in State::ALL {
        assert_eq!(en.gui_state(state), t::state(state));
        assert_eq!(en.case_actions(state), t::case_actions(state));
        assert_eq!(en.in_state(state, 4), t::in_state(state, 4));
    }
    assert_eq!(en.next_states(&State::ALL), t::next_states(&State::ALL));
    for basis in [
        StartBasis::Invoice,
        StartBasis::Delivery,
        StartBasis::Shipment,
    ] {
        assert_eq!(en.gui_start_basis(basis), t::start_basis(basis));
    }
    // Every weekday and month, in the window's date forms.
    for n in 0..24 {
        let date = day(2026, 1, 1) + chrono::Days::new(n * 16);
        assert_eq!(en.long_date(date), t::long_date(date));
        assert_eq!(en.understood_date(date), t::understood_date(date));
        assert_eq!(en.short_date(date), t::short_date(date));
        assert_eq!(en.report_date(date), t::report_date(date));
        assert_eq!(en.received_on(date), t::received_on(date));
        assert_eq!(
            en.gui_deadline("Answer due (2.3)", date),
            t::deadline("Answer due (2.3)", date)
        );
        let month = Month::of(date);
        assert_eq!(en.report_title(date), t::report_title(month));
        assert_eq!(en.report_short_month(date), t::report_short_month(month));
        assert_eq!(en.reading_month(date), t::reading_month(month));
        assert_eq!(en.nothing_to_report(date), t::nothing_to_report(month));
        assert_eq!(en.day_of(date), t::day_of(month));
        assert_eq!(en.month_not_begun(date), t::month_not_begun(month));
        assert_eq!(
            en.figures_failed(date, "the disk is full."),
            t::figures_failed(month, "the disk is full.")
        );
        assert_eq!(
            en.trend_title(day(2025, 4, 1), date),
            t::trend_title(Month::of(day(2025, 4, 1)), month)
        );
        let moment = at(2026, 1, 1, 9, 5) + chrono::Duration::hours(n as i64 * 397);
        assert_eq!(en.when(moment), t::when(moment));
        assert_eq!(en.printed_by(moment, "Ann"), t::printed_by(moment, "Ann"));
        assert_eq!(
            en.consent_line("intake form", moment),
            t::consent_line("intake form", moment)
        );
        assert_eq!(
            en.messages_off_line("Ann", moment),
            t::messages_off_line("Ann", moment)
        );
    }
    assert_eq!(en.required("Name"), t::required("Name"));
    assert_eq!(
        en.too_long("Name", 200, 1234),
        t::too_long("Name", 200, 1234)
    );
    for typed in [
        "",
        "1.3.26",
        "31.02.2026",
        "29.02.2027",
        "00.03.2026",
        "01.13.2026",
        "soon",
        "31.04.2026",
        "01.03.2026",
    ] {
        assert_eq!(
            en.not_a_date("Paid on", typed),
            t::not_a_date("Paid on", typed),
            "{typed}"
        );
    }
    assert_eq!(en.date_in_future("Paid on"), t::date_in_future("Paid on"));
    assert_eq!(en.after_claim("Paid on"), t::after_claim("Paid on"));
    for more in [0, 1, 5] {
        assert_eq!(
            en.cannot_save("Name: required", more),
            t::cannot_save("Name: required", more)
        );
    }
    assert_eq!(en.cases_are_on("db.example"), t::cases_are_on("db.example"));
    for (job, finished, outcome) in [
        ("backup", true, Some("saved")),
        ("retention", false, None),
        ("other", true, None),
        ("backup", false, Some("half")),
    ] {
        let run = JobRun {
            job: job.into(),
            day: day(2026, 3, 1),
            desk: "Front 1".into(),
            started_at: at(2026, 3, 1, 7, 30),
            finished_at: finished.then(|| at(2026, 3, 1, 7, 31)),
            outcome: outcome.map(String::from),
        };
        assert_eq!(
            en.job_run(
                &run.job,
                run.day,
                &run.desk,
                run.started_at,
                run.finished_at.and(run.outcome.as_deref())
            ),
            t::job_run(&run)
        );
    }
    assert_eq!(en.desk_renamed("Front 2"), t::desk_renamed("Front 2"));
    assert_eq!(en.this_desk("Front 2"), t::this_desk("Front 2"));
    for (cases, fresh) in [(0, true), (1, false), (1234, false)] {
        assert_eq!(
            en.server_reached("db:5432", cases, fresh),
            t::server_reached("db:5432", cases, fresh)
        );
    }
    assert_eq!(en.demo_progress(3, 40), t::demo_progress(3, 40));
    for n in [0, 1, 2, 21] {
        assert_eq!(en.parcels_expected(n), t::parcels_expected(n));
        assert_eq!(en.closing_today(n), t::closing_today(n));
        assert_eq!(en.payments_overdue(n), t::payments_overdue(n));
        assert_eq!(en.answers_overdue(n), t::answers_overdue(n));
        assert_eq!(en.age_days(n as i64), t::age_days(n as i64));
        assert_eq!(en.months(n as u32), t::months(n as u32));
        assert_eq!(en.payments_count(n as u32), t::payments_count(n as u32));
        assert_eq!(en.copies(n as u32), t::copies(n as u32));
        assert_eq!(
            en.revenue_in("EUR", n as u32),
            t::revenue_in("EUR", n as u32)
        );
        assert_eq!(
            en.ask_to_print("the receipt", "Desk printer", n as u32),
            t::ask_to_print("the receipt", "Desk printer", n as u32)
        );
        assert_eq!(
            en.verdict_mix_note(7, n as u32),
            t::verdict_mix_note(7, n as u32)
        );
        assert_eq!(en.free_provisional(n as u32), t::free_provisional(n as u32));
        assert_eq!(en.mail_attention(n, 0), t::mail_attention(n, 0));
        assert_eq!(en.mail_attention(0, n), t::mail_attention(0, n));
        assert_eq!(en.mail_attention(n, 2), t::mail_attention(n, 2));
        assert_eq!(
            en.personal_exported(path, n as usize),
            t::personal_exported(path, n as usize)
        );
    }
    assert_eq!(en.copies(4), t::copies(4));
    assert_eq!(en.printed(path), t::printed(path));
    for delivery in [
        Delivery::Viewer { opened: true },
        Delivery::Viewer { opened: false },
        Delivery::Printed {
            printer: "Desk".into(),
            job: "Desk-12".into(),
        },
        Delivery::Ask {
            printer: "Desk".into(),
            copies: 2,
        },
        Delivery::Failed {
            printer: "Desk".into(),
            copies: 1,
            reason: "the printer is out of paper".into(),
        },
    ] {
        let words = match &delivery {
            Delivery::Viewer { opened: true } => Ok(en.printed(path)),
            Delivery::Viewer { opened: false } => Ok(en.printed_not_opened(path)),
            Delivery::Printed { printer, .. } => Ok(en.printed_on(path, printer)),
            Delivery::Ask { printer, .. } => Ok(en.saved_ask_print(path, printer)),
            Delivery::Failed { reason, .. } => Err(en.not_printed(path, reason)),
        };
        assert_eq!(words, t::delivered(path, &delivery));
    }
    assert_eq!(
        en.print_failed_on("The receipt", "Desk", "offline"),
        t::print_failed_on("The receipt", "Desk", "offline")
    );
    assert_eq!(en.saved_pdf_as(path), t::saved_pdf_as(path));
    assert_eq!(en.printed_not_opened(path), t::printed_not_opened(path));
    assert_eq!(en.open_on("Dispatch"), t::open_on("Dispatch"));
    for (shown, limit) in [(0, 50), (1, 50), (7, 50), (50, 50), (60, 50), (1, 1)] {
        assert_eq!(
            en.results_count(shown, limit),
            t::results_count(shown, limit)
        );
    }
    let number = CaseNumber::new(2026, 123);
    assert_eq!(en.no_such_case(&number), t::no_such_case(&number));
    assert_eq!(
        en.applied_on(day(2026, 3, 1), Some("W-77")),
        t::applied_on(day(2026, 3, 1), Some("W-77"))
    );
    assert_eq!(
        en.applied_on(day(2026, 3, 1), None),
        t::applied_on(day(2026, 3, 1), None)
    );
    for value in [true, false] {
        assert_eq!(en.gui_yes_no(value), t::yes_no(value));
    }
    let full = Invoice {
        date: Some(day(2025, 7, 4)),
        model: Some("X200".into()),
        serial: Some("SN1".into()),
        legible: false,
        altered: true,
    };
    let bare = Invoice {
        date: None,
        model: None,
        serial: None,
        legible: true,
        altered: false,
    };
    for valid in [Some(true), Some(false), None] {
        assert_eq!(en.invoice(&full, valid), t::invoice(&full, valid));
        assert_eq!(en.invoice(&bare, valid), t::invoice(&bare, valid));
    }
    for kind in DocumentKind::ALL {
        assert_eq!(en.document(kind), t::document(kind));
        assert_eq!(en.print_document(kind), t::print_document(kind));
    }
    for outcome in [
        ParcelOutcome::Refuse,
        ParcelOutcome::Reject,
        ParcelOutcome::AcceptUnsolicited,
        ParcelOutcome::Accept,
    ] {
        assert_eq!(en.gui_parcel_outcome(outcome), t::parcel_outcome(outcome));
    }
    for handback in [
        Handback::Shipped {
            carrier: "DHL".into(),
            tracking: "JD0001".into(),
        },
        Handback::Collected {
            by: "Bob".into(),
            id_checked: true,
        },
        Handback::Collected {
            by: "Bob".into(),
            id_checked: false,
        },
    ] {
        assert_eq!(en.handback(&handback), t::handback(&handback));
    }
    let money = Money::new(123_450, Currency::new("EUR").expect("EUR"));
    assert_eq!(
        en.payment(&money, day(2026, 3, 2), "card"),
        t::payment(&money, day(2026, 3, 2), "card")
    );
    for kind in [LineKind::Parts, LineKind::Labour] {
        assert_eq!(
            en.quote_line(kind, "Battery"),
            t::quote_line(kind, "Battery")
        );
    }
    assert_eq!(en.backed_up(path), t::backed_up(path));
    assert_eq!(en.fold_failed("locked."), t::fold_failed("locked."));
    assert_eq!(
        en.backup_failed("disk full."),
        t::backup_failed("disk full.")
    );
    let figures_month = Month::of(day(2026, 2, 10));
    assert_eq!(
        en.report_period(
            figures_month.first_day(),
            figures_month.last_day(),
            day(2026, 2, 10),
            day(2026, 2, 10)
        ),
        t::report_period(&fixdesk::report::monthly_of_cases(
            &[],
            figures_month,
            day(2026, 2, 10)
        ))
    );
    assert_eq!(en.trend_progress(3, 12), t::trend_progress(3, 12));
    assert_eq!(en.trend_failed("locked."), t::trend_failed("locked."));
    assert_eq!(
        en.month_problem("no month 13"),
        t::month_problem("no month 13")
    );
    assert_eq!(en.report_saved(path), t::report_saved(path));
    assert_eq!(en.report_not_saved("full"), t::report_not_saved("full"));
    for reason in ReturnReason::ALL {
        assert_eq!(
            en.report_return_reason(reason),
            t::report_return_reason(reason)
        );
    }
    assert_eq!(en.outstanding_in("EUR"), t::outstanding_in("EUR"));
    for (w, h) in [(57, 32), (50, 25), (62, 29), (102, 51), (40, 20), (57, 25)] {
        let size = StickerSize {
            width_mm: w,
            height_mm: h,
        };
        assert_eq!(en.sticker_size(size), t::sticker_size(size));
    }
    for when in [PrintWhen::AtOnce, PrintWhen::AskFirst] {
        assert_eq!(en.print_when(when), t::print_when(when));
    }
    for form in [
        Form::Usual,
        Form::A4,
        Form::Letter,
        Form::Roll80,
        Form::Roll58,
        Form::FourBySix,
    ] {
        assert_eq!(en.form(form), t::form(form));
    }
    for paper in [Paper::A4, Paper::Letter] {
        assert_eq!(en.settings_paper(paper), t::settings_paper(paper));
    }
    for label in [LabelSize::FourBySix, LabelSize::Sheet] {
        assert_eq!(en.settings_label(label), t::settings_label(label));
    }
    for theme in [Theme::System, Theme::Light, Theme::Dark] {
        assert_eq!(en.settings_theme(theme), t::settings_theme(theme));
    }
    assert_eq!(
        en.whole_number("Answer deadline", "x", 1, 365),
        t::whole_number("Answer deadline", "x", 1, 365)
    );
    assert_eq!(
        en.settings_not_saved("locked."),
        t::settings_not_saved("locked.")
    );
    assert_eq!(en.backup_made(path), t::backup_made(path));
    assert_eq!(en.backup_not_made("full"), t::backup_not_made("full"));
    assert_eq!(en.restore_question(path), t::restore_question(path));
    assert_eq!(en.restore_done(Some(path)), t::restore_done(Some(path)));
    assert_eq!(en.restore_done(None), t::restore_done(None));
    assert_eq!(en.restore_failed("damaged"), t::restore_failed("damaged"));
    assert_eq!(en.policy_title(12345), t::policy_title(12345));
    assert_eq!(en.policy_saved(3), t::policy_saved(3));
    assert_eq!(
        en.policy_not_saved("locked."),
        t::policy_not_saved("locked.")
    );
    assert_eq!(en.policy_imported(path), t::policy_imported(path));
    assert_eq!(
        en.policy_not_imported(path, "line 3"),
        t::policy_not_imported(path, "line 3")
    );
    assert_eq!(en.policy_exported(path), t::policy_exported(path));
    assert_eq!(
        en.policy_not_exported("full"),
        t::policy_not_exported("full")
    );
    assert_eq!(en.policy_model_n(2), t::policy_model_n(2));
    assert_eq!(en.policy_name_required("X2"), t::policy_name_required("X2"));
    assert_eq!(en.policy_model_twice("X2"), t::policy_model_twice("X2"));
    assert_eq!(en.policy_unit_months("X2"), t::policy_unit_months("X2"));
    assert_eq!(
        en.policy_component_required("X2", 0),
        t::policy_component_required("X2", 0)
    );
    assert_eq!(
        en.policy_component_twice("X2", "battery"),
        t::policy_component_twice("X2", "battery")
    );
    for component in ["", "battery"] {
        assert_eq!(
            en.policy_component_months("X2", component, 1),
            t::policy_component_months("X2", component, 1)
        );
    }
    assert_eq!(en.draft_opened(path), t::draft_opened(path));
    assert_eq!(
        en.draft_not_opened(path, "none"),
        t::draft_not_opened(path, "none")
    );
    assert_eq!(
        en.reminder_due("Payment reminder"),
        t::reminder_due("Payment reminder")
    );
    assert_eq!(
        en.send_reminder("Payment reminder"),
        t::send_reminder("Payment reminder")
    );
    assert_eq!(en.message_retried(), t::message_retried());
    assert_eq!(en.mail_tested("250 OK"), t::mail_tested("250 OK"));
    assert_eq!(
        en.mail_preview_of("SC-2026-000001"),
        t::mail_preview_of("SC-2026-000001")
    );
    for names in [
        vec![],
        vec!["x".to_string()],
        vec!["a".into(), "b_c".into()],
    ] {
        assert_eq!(
            en.mail_unknown_fields(&names),
            t::mail_unknown_fields(&names)
        );
    }
    assert_eq!(en.mail_attachment("Quote"), t::mail_attachment("Quote"));
    assert_eq!(en.signed_in_as("Ann"), t::signed_in_as("Ann"));
    for role in Role::ALL {
        assert_eq!(en.role_label(role), t::role_label(role));
    }
    assert_eq!(en.staff_added("Ann"), t::staff_added("Ann"));
    assert_eq!(en.staff_changed("Ann"), t::staff_changed("Ann"));
    for change in [
        "added",
        "roles",
        "disabled",
        "enabled",
        "secret_reset",
        "renamed",
    ] {
        for desk in ["", "Front 1"] {
            let line = StaffChange {
                at: at(2026, 3, 1, 23, 59),
                actor: "Mia".into(),
                desk: desk.into(),
                person: "Ann".into(),
                change: change.into(),
                detail: "PIN".into(),
            };
            assert_eq!(
                en.staff_change_line(
                    line.at,
                    &line.actor,
                    &line.desk,
                    &line.person,
                    &line.change,
                    &line.detail
                ),
                t::staff_change_line(&line)
            );
        }
    }
    assert_eq!(en.not_your_screen("Reports"), t::not_your_screen("Reports"));
    // The deadline words the cases list shows beside a date.
    for what in [
        Deadline::ApplicationCloses,
        Deadline::AnswerDue,
        Deadline::PaymentDue,
    ] {
        assert_eq!(en.deadline(what), what.label());
    }
}

/// Every function of text/workflow.rs, on each of its branches, says the same as its
/// method.
#[test]
fn every_workflow_function_reads_as_before_in_english() {
    use fixdesk::domain::Verdict;
    use fixdesk::domain::case::{Deadline, ReturnReason};
    use fixdesk::domain::mail::NoticeSource;
    use fixdesk::domain::parcel::ParcelOutcome;
    use fixdesk::domain::repair::LineKind;

    let en = Language::English.words();
    for outcome in [
        ParcelOutcome::Refuse,
        ParcelOutcome::Reject,
        ParcelOutcome::AcceptUnsolicited,
        ParcelOutcome::Accept,
    ] {
        assert_eq!(en.confirm_outcome(outcome), t::confirm_outcome(outcome));
        assert_eq!(en.outcome_title(outcome), t::outcome_title(outcome));
    }
    let (one, two) = (day(2026, 3, 1), day(2026, 3, 16));
    assert_eq!(en.expired_banner(one), t::expired_banner(one));
    assert_eq!(en.closes_on(two), t::closes_on(two));
    assert_eq!(
        en.serial_mismatch("SN2", "SN1"),
        t::serial_mismatch("SN2", "SN1")
    );
    for n in [0, 1, 2, 12] {
        assert_eq!(en.photos_added(n), t::photos_added(n));
        assert_eq!(en.expire_all(n as u64), t::expire_all(n as u64));
        assert_eq!(en.return_all(n as u64), t::return_all(n as u64));
        assert_eq!(
            en.applications_past(n as u64),
            t::applications_past(n as u64)
        );
        assert_eq!(en.payments_past(n as u64), t::payments_past(n as u64));
        assert_eq!(en.answers_past(n as u64), t::answers_past(n as u64));
        assert_eq!(en.retained(n, 24), t::retained(n, 24));
        let items: Vec<String> = (0..n).map(|i| format!("Item {i}")).collect();
        assert_eq!(en.unticked(&items), t::unticked(&items));
        for cases in [0, 1, 5, 6, 9] {
            let done: Vec<String> = (0..cases).map(|i| format!("SC-2026-00000{i}")).collect();
            assert_eq!(
                en.batch_done(&done, "expired (4.2)", n),
                t::batch_done(&done, "expired (4.2)", n)
            );
        }
    }
    assert_eq!(
        en.verdict_changed("FREE REPAIR", "PAID REPAIR"),
        t::verdict_changed("FREE REPAIR", "PAID REPAIR")
    );
    for verdict in Verdict::ALL {
        assert_eq!(
            en.next_after_diagnosis(verdict),
            t::next_after_diagnosis(verdict)
        );
    }
    for kind in [LineKind::Parts, LineKind::Labour] {
        assert_eq!(en.gui_line_kind(kind), t::line_kind(kind));
    }
    for source in [NoticeSource::Emailed(one), NoticeSource::ByHand(two)] {
        assert_eq!(en.notice_source(source), t::notice_source(source));
        assert_eq!(
            en.notice_source_short(source),
            t::notice_source_short(source)
        );
    }
    assert_eq!(en.payment_due_line(one, two), t::payment_due_line(one, two));
    for overdue in [true, false] {
        assert_eq!(
            en.answer_due_line(one, two, overdue),
            t::answer_due_line(one, two, overdue)
        );
        assert_eq!(en.parts_line(overdue), t::parts_line(overdue));
    }
    assert_eq!(en.amount_due("12.00 EUR"), t::amount_due("12.00 EUR"));
    assert_eq!(
        en.paid_and_due("12.00 EUR", "2.00 EUR", "10.00 EUR"),
        t::paid_and_due("12.00 EUR", "2.00 EUR", "10.00 EUR")
    );
    assert_eq!(
        en.step_recorded("SC-2026-000001", "parcel recorded.", "Received"),
        t::step_recorded("SC-2026-000001", "parcel recorded.", "Received")
    );
    assert_eq!(
        en.step_done("SC-2026-000001", "Received"),
        t::step_done("SC-2026-000001", "Received")
    );
    assert_eq!(en.confirm_twice("Expire"), t::confirm_twice("Expire"));
    for reason in ReturnReason::ALL.map(Some).into_iter().chain([None]) {
        assert_eq!(en.gui_return_reason(reason), t::return_reason(reason));
    }
    for sort in [None, Some(("Waiting", false)), Some(("Case", true))] {
        assert_eq!(en.dispatch_queue_title(sort), t::dispatch_queue_title(sort));
    }
    assert_eq!(en.owed("3.00 EUR"), t::owed("3.00 EUR"));
    assert_eq!(
        en.not_a_case_number("4006381333931"),
        t::not_a_case_number("4006381333931")
    );
    assert_eq!(
        en.serial_recorded("SN1", "SN2"),
        t::serial_recorded("SN1", "SN2")
    );
    for what in [
        Deadline::ApplicationCloses,
        Deadline::AnswerDue,
        Deadline::PaymentDue,
    ] {
        for today in [day(2026, 3, 10), two, day(2026, 3, 20)] {
            assert_eq!(
                en.deadline_line(what, two, today),
                t::deadline_line(what, two, today)
            );
        }
    }
}

/// Every word of the window is translated: its Chinese differs from its English, except
/// the few that are the same in both (names, symbols, formats, paper sizes).
#[test]
fn every_constant_has_chinese_words() {
    const SAME_IN_BOTH: &[&str] = &[
        "app_name",
        "demo_center_address",
        "demo_center_phone",
        "sort_up",
        "sort_down",
        "not_given",
        "month_placeholder",
        "report_col_p90",
    ];
    let en = Language::English.words();
    let zh = Language::Chinese.words();
    macro_rules! each {
        ($($name:ident),* $(,)?) => {
            $(
                let (english, chinese) = (en.$name(), zh.$name());
                assert!(!chinese.is_empty(), "{}", stringify!($name));
                if !SAME_IN_BOTH.contains(&stringify!($name)) {
                    assert_ne!(english, chinese, "{} is not translated", stringify!($name));
                }
            )*
        };
    }
    each!(
        app_name,
        intake,
        inspection,
        dispatch,
        cases,
        reports,
        settings,
        walk_in,
        online_application,
        customer,
        name,
        phone,
        email,
        address,
        return_same,
        return_address,
        device,
        model,
        serial,
        channel_label,
        proof,
        invoice_present,
        invoice_date,
        invoice_model,
        invoice_serial,
        invoice_legible,
        invoice_altered,
        shipment_date,
        delivery_date,
        contract_months,
        applied_on_label,
        application_id,
        received_on_label,
        fault_section,
        fault,
        component,
        handover,
        accessories,
        other_accessories,
        condition,
        password_label,
        password_note,
        backup_ack,
        accuracy_ack,
        keep_parts,
        save,
        clear,
        saving,
        print_receipt,
        print_confirmation,
        next_customer,
        case_saved,
        verdict_label,
        provisional,
        no_verdict_yet,
        warranty_start,
        last_covered_day,
        gui_unknown,
        repeat_repairs,
        bad_phone,
        bad_email,
        bad_months,
        password_note_needed,
        welcome_title,
        welcome_text,
        where_cases_are,
        this_desk_only,
        center_server,
        this_desk_only_text,
        server_intro,
        server_host,
        server_port,
        server_database,
        server_user,
        server_password,
        server_password_hint,
        server_tls,
        server_test,
        server_connect,
        server_use_this_desk,
        server_testing,
        server_connecting,
        no_data_folder,
        desk_name,
        desk_name_help,
        desk_name_placeholder,
        save_desk_name,
        offline_server,
        offline_file,
        offline_no_save,
        welcome_details,
        center_name,
        center_address,
        center_phone,
        start,
        try_demo,
        demo_center_name,
        demo_center_address,
        demo_center_phone,
        opening,
        print_now,
        print_try_again,
        open_in_viewer,
        save_as_pdf,
        not_now,
        search_placeholder,
        search_hint,
        searching,
        col_number,
        col_customer,
        col_model,
        col_state,
        col_age,
        col_deadline,
        sort_up,
        sort_down,
        back_to_results,
        opening_case,
        unsolicited,
        email_plain,
        return_to,
        same_as_address,
        none,
        not_given,
        replacement_serial,
        invoice_label,
        no_invoice,
        fault_and_diagnosis,
        gui_cause,
        failed_component,
        gui_repair_method,
        diagnosis_notes,
        keep_parts_short,
        accessories_short,
        condition_short,
        password_short,
        backup_short,
        accuracy_short,
        parcel,
        no_decision,
        quote_and_payments,
        no_quote,
        quote_total,
        payment_notice,
        asked_on,
        payments,
        no_payments,
        return_reason_label,
        handback_label,
        timeline,
        col_when,
        col_who,
        col_step,
        col_clause,
        col_note,
        opened,
        documents,
        no_documents,
        print_again,
        photos,
        no_photos,
        actions,
        closed_case,
        application,
        policy_version,
        decided_at,
        gui_yes,
        gui_no,
        previous_month,
        next_month,
        last_month,
        month_placeholder,
        month_field,
        view_month,
        view_trend,
        report_refresh,
        report_export_pdf,
        report_exporting,
        report_open_pdf,
        chart_per_day,
        chart_verdict_mix,
        table_verdicts,
        table_returns,
        table_turned_away,
        table_quotes,
        table_money,
        table_top_models,
        table_top_components,
        no_models,
        no_components,
        no_verdicts,
        report_privacy,
        no_payments_received,
        report_paid,
        report_needs_proof,
        report_not_eligible,
        report_undecided,
        proofs_requested,
        reason_not_recorded,
        total_returned,
        devices_measured,
        report_median,
        report_p90,
        report_longest,
        refused_cod,
        rejected_damaged,
        rejected_soaked,
        rejected_both,
        rejected_other,
        applications_expired,
        unsolicited_no_application,
        unsolicited_expired,
        quotes_sent,
        quotes_accepted,
        quotes_declined,
        quotes_unanswered,
        overdue_cases,
        sent_back_unpaid,
        walk_in_short,
        mail_in_short,
        trend_hint,
        trend_volume,
        trend_mix,
        trend_turnaround,
        trend_table,
        report_col_month,
        report_col_opened,
        report_col_free,
        report_col_paid,
        report_col_median,
        report_col_p90,
        settings_center,
        settings_center_hint,
        settings_center_name,
        settings_address,
        settings_address_placeholder,
        settings_phone,
        settings_email,
        settings_currency,
        settings_currency_hint,
        settings_bad_phone,
        settings_bad_email,
        settings_bad_currency,
        settings_documents,
        settings_paper_label,
        settings_label_label,
        settings_deadlines,
        settings_answer_days,
        settings_answer_days_hint,
        settings_retention,
        settings_retention_hint,
        settings_backups_kept,
        settings_backups_kept_hint,
        settings_saved,
        settings_unsaved,
        settings_discard,
        settings_saving,
        save_settings,
        settings_backups,
        settings_backups_hint,
        back_up_now,
        backing_up,
        restore_backup,
        restoring,
        restore_explained,
        restore_confirm,
        restore_cancel,
        settings_appearance,
        settings_theme_label,
        save_policy,
        policy_title_label,
        policy_hint,
        policy_default_months,
        policy_models,
        policy_unit_heading,
        policy_model_placeholder,
        policy_component_placeholder,
        policy_use_default,
        policy_months_unit,
        policy_remove_model,
        policy_add_component,
        policy_add_model,
        policy_import,
        policy_export,
        policy_unsaved,
        settings_printers,
        no_printer,
        printers_asking,
        printers_none,
        printers_unlisted,
        printers_refresh,
        sticker_size_label,
        messages,
        no_messages,
        retry,
        open_as_draft,
        col_moment,
        col_status,
        col_subject,
        messages_switch_off,
        messages_switch_on,
        messages_switched_off,
        messages_switched_on,
        reminder_queued,
        mail_section,
        mail_help,
        mail_on,
        mail_server,
        mail_port,
        mail_security,
        mail_user,
        mail_secret,
        mail_secret_kept,
        mail_secret_none,
        mail_from_name,
        mail_from_address,
        mail_reply_to,
        mail_reminder_days,
        mail_save,
        mail_saved,
        mail_test_to,
        mail_test,
        mail_testing,
        mail_moments,
        gui_mail_template,
        mail_subject,
        mail_default_words,
        mail_fields,
        mail_preview,
        mail_preview_none,
        staff,
        sign_in_title,
        switch_title,
        locked_title,
        locked_hint,
        sign_in_hint,
        switch_hint,
        secret,
        sign_in,
        cancel,
        switch_person,
        lock,
        give_name,
        staff_intro_none,
        welcome_with_staff,
        staff_first,
        staff_add,
        staff_roles,
        staff_pin,
        staff_secret_again,
        staff_new_secret,
        staff_save_roles,
        staff_disable,
        staff_enable,
        staff_reset,
        staff_history,
        staff_lock_minutes,
        staff_save_lock,
        staff_secrets_differ,
        staff_disabled,
        export_personal,
        scan_placeholder,
        scan_label,
        open,
        no_application,
        not_a_case_number_label,
        parcels_expected_list,
        waiting_diagnosis,
        waiting_customer,
        waiting_customer_overdue_first,
        waiting_payment,
        in_repair_list,
        nothing_here,
        loading,
        close_case_view,
        parcel_gate,
        gate_cod,
        gate_damaged,
        gate_soaked,
        gate_adequate,
        outcome,
        sender,
        case_facts,
        fault_short,
        contents,
        serial_on_device,
        accessory_found,
        add,
        remove,
        no_accessories,
        condition_notes,
        gui_password_status,
        settings_receipt_on_parcel,
        print_receipt_on_accept,
        serial_matches,
        add_photos,
        diagnosis_step,
        record_diagnosis,
        decision_now,
        decision_with_diagnosis,
        choose_cause,
        provisional_short,
        unchanged,
        quote_step,
        line_description,
        line_amount,
        labour_line,
        add_part,
        add_labour,
        send_quote,
        print_quote,
        total,
        answer_step,
        quote_sent,
        notice_date,
        quote_accepted,
        quote_declined,
        proof_step,
        proof_received,
        return_unanswered,
        payment_step,
        paid_on,
        payment_method,
        record_payment,
        return_overdue,
        repair_step,
        repair_done,
        remote_step,
        remote_note,
        resolve_remotely,
        goes_to_dispatch,
        open_in_dispatch,
        not_taken_in,
        case_closed,
        step_parcel,
        step_diagnosis,
        step_quote,
        step_accepted,
        step_declined,
        step_proof,
        step_return,
        step_payment,
        step_repaired,
        step_remote,
        case_number,
        why,
        how,
        waiting,
        back_to_queue,
        not_going_back,
        open_in_cases,
        dispatch_queue,
        queue_filter,
        ships,
        collected,
        queue_empty,
        packing,
        packing_hint,
        ship_it,
        counter_pickup,
        carrier,
        tracking,
        print_label,
        label_4x6,
        label_sheet,
        freight_prepaid,
        collected_by,
        id_checked,
        print_handover,
        handover_prints_on_closing,
        close_returned,
        password_will_go,
        due_title,
        expire,
        move_to_return,
        select_from_queue,
        expired_done,
        return_overdue_done,
        return_unanswered_done,
    );
    assert_eq!(zh.common_accessories().len(), t::COMMON_ACCESSORIES.len());
}

/// The Chinese sentences as a desk in China reads them: dates year first, no plural, the
/// glossary's terms, clause numbers in full-width brackets.
#[test]
fn the_chinese_reads_as_chinese() {
    let zh = Language::Chinese.words();
    let sunday = day(2026, 3, 1);
    assert_eq!(zh.long_date(sunday), "2026年3月1日 周日");
    assert_eq!(zh.short_date(sunday), "2026年3月1日");
    assert_eq!(zh.report_title(sunday), "月度报表 · 2026年3月");
    assert_eq!(zh.report_short_month(sunday), "3月");
    assert_eq!(zh.parcels_expected(1), "待到包裹 1 个");
    assert_eq!(zh.parcels_expected(3), "待到包裹 3 个");
    assert_eq!(zh.age_days(1), "1 天");
    assert_eq!(zh.cannot_save("姓名：必填", 0), "暂不能保存：姓名：必填");
    assert_eq!(
        zh.cannot_save("姓名：必填", 2),
        "暂不能保存：姓名：必填（另有 2 处）"
    );
    assert_eq!(zh.required(&zh.name()), "姓名：必填");
    assert_eq!(zh.cases(), "维修单");
    assert_eq!(zh.quote_step(), "给客户的报价单（2.2）");
    assert_eq!(zh.gui_verdict(fixdesk::domain::Verdict::Free), "免费保修");
    assert_eq!(
        zh.next_states(&[
            fixdesk::domain::State::Received,
            fixdesk::domain::State::Rejected
        ]),
        "下一步：已收件、已拒收"
    );
    assert_eq!(
        zh.not_a_date("付款日期", "31.02.2026"),
        "付款日期：31.02.2026：二月没有 31 日"
    );
    assert_eq!(
        zh.batch_done(
            &["SC-2026-000001".into(), "SC-2026-000002".into()],
            "已过期（4.2）",
            1
        ),
        "2 个维修单已过期（4.2）：SC-2026-000001、SC-2026-000002；1 个维修单无法更改（打开可查看原因）。"
    );
    assert!(!zh.case_actions(fixdesk::domain::State::Received).is_ascii());
}

#[test]
fn the_words_added_with_superseded_printings_read_as_before() {
    use fixdesk::domain::case::DocumentKind;
    let en = Language::English.words();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 1).expect("date");
    assert_eq!(en.when_quote_sent(), t::WHEN_QUOTE_SENT);
    assert_eq!(en.when_notice(), t::WHEN_NOTICE);
    assert_eq!(en.serial_applied(), t::SERIAL_APPLIED);
    assert_eq!(en.print_payment_receipt(), t::PRINT_PAYMENT_RECEIPT);
    assert_eq!(en.superseded("serial"), t::superseded("serial"));
    for (shown, limit, reversed) in [
        (1, 50, false),
        (5, 50, false),
        (5, 50, true),
        (50, 50, true),
    ] {
        assert_eq!(
            en.results_sorted(shown, limit, "Customer", reversed),
            t::results_sorted(shown, limit, "Customer", reversed)
        );
    }
    assert_eq!(
        en.date_before("Paid on", "the payment notice", day),
        t::date_before("Paid on", "the payment notice", day)
    );
    for kind in DocumentKind::ALL {
        assert_eq!(en.reprint(kind), t::reprint(kind));
        assert_eq!(
            en.stale_printing(kind, "serial"),
            t::stale_printing(kind, "serial")
        );
    }
}
