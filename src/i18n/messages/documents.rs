//! Words the printed documents say: receipts, confirmation, label, sticker, quote,
//! handover and payment receipts (`locales/<language>/documents.ftl`). A document to a
//! customer is printed in the customer's language (`Customer.language`).

crate::words! { DOCUMENTS;
    // The personal-data export (src/documents/personal_data.rs, 3.7).
    pd_title = "pd-title";
    pd_intro(center, asked, count, by, at) = "pd-intro";
    pd_case(number, state) = "pd-case";
    pd_customer(value) = "pd-customer";
    pd_phone(value) = "pd-phone";
    pd_email(value) = "pd-email";
    pd_address(value) = "pd-address";
    pd_return_address(value) = "pd-return-address";
    pd_device(model, serial) = "pd-device";
    pd_fault(value) = "pd-fault";
    pd_handed_back(value) = "pd-handed-back";
    pd_shipped(carrier, tracking) = "pd-shipped";
    pd_collected(by) = "pd-collected";
    pd_collected_checked(by) = "pd-collected-checked";
    pd_paid(amount, date, method) = "pd-paid";
    pd_printed(document, at, by) = "pd-printed";
    pd_photos(list) = "pd-photos";
    pd_history = "pd-history";
    pd_at_desk(desk) = "pd-at-desk";
    // What changed since a printing (src/documents/printing.rs, `Change::say`).
    printing_change(what, old, new) = "printing-change";
    printing_change_separator = "printing-change-separator";
    printing_yes = "printing-yes";
    printing_no = "printing-no";
    printing_again_same(at) = "printing-again-same";
    printing_again_no_facts(at) = "printing-again-no-facts";
    // Why a document cannot be drawn (`documents::PrintError::say`, `DocumentError`,
    // `FontError`, `BarcodeError`): English = their `Display`.
    doc_error_no_return_address(number) = "doc-error-no-return-address";
    doc_error_not_an_application(number) = "doc-error-not-an-application";
    doc_error_no_quote(number) = "doc-error-no-quote";
    doc_error_bad_quote(number, problem) = "doc-error-bad-quote";
    doc_error_quote_empty = "doc-error-quote-empty";
    doc_error_quote_no_description(line) = "doc-error-quote-no-description";
    doc_error_quote_negative(line) = "doc-error-quote-negative";
    doc_error_quote_money(line, problem) = "doc-error-quote-money";
    doc_error_no_sender_name = "doc-error-no-sender-name";
    doc_error_no_sender_address = "doc-error-no-sender-address";
    doc_error_no_payment(number) = "doc-error-no-payment";
    doc_error_not_collected(number) = "doc-error-not-collected";
    doc_error_barcode(problem) = "doc-error-barcode";
    doc_error_off_page(page, what) = "doc-error-off-page";
    doc_error_cell_count(row, expected, got) = "doc-error-cell-count";
    doc_error_pdf(detail) = "doc-error-pdf";
    doc_error_font_read(face, reason) = "doc-error-font-read";
    doc_error_font_subset(face, reason) = "doc-error-font-subset";
    doc_error_no_cjk_font(sample, searched, env) = "doc-error-no-cjk-font";
    doc_error_barcode_empty = "doc-error-barcode-empty";
    doc_error_barcode_unsupported(ch) = "doc-error-barcode-unsupported";
    doc_error_barcode_code128(data, reason) = "doc-error-barcode-code128";
    doc_error_barcode_qr(reason) = "doc-error-barcode-qr";
    // Why the print system did not take a job (`print::PrintError::say`).
    print_error_no_print_system = "print-error-no-print-system";
    print_error_no_server(detail) = "print-error-no-server";
    print_error_no_such_printer(printer) = "print-error-no-such-printer";
    print_error_stopped(printer) = "print-error-stopped";
    print_error_stopped_because(printer, reason) = "print-error-stopped-because";
    print_error_not_accepting(printer) = "print-error-not-accepting";
    print_error_not_accepting_because(printer, reason) = "print-error-not-accepting-because";
    print_error_needs_attention(printer, alerts) = "print-error-needs-attention";
    print_error_refused(printer, message) = "print-error-refused";
    print_state_ready = "print-state-ready";
    print_state_printing = "print-state-printing";
    print_state_stopped = "print-state-stopped";
    print_state_stopped_because(reason) = "print-state-stopped-because";
    print_system_default = "print-system-default";
    print_line(printer, description, state, alerts, default) = "print-line";
    print_line_description(description) = "print-line-description";
    print_line_alerts(alerts) = "print-line-alerts";
    print_line_default(default) = "print-line-default";
    // Shared by the documents (src/documents/common.rs, roll.rs).
    doc_date(day, monthname, month, year) = "doc-date";
    doc_stamp(date, time) = "doc-stamp";
    doc_tel(phone) = "doc-tel";
    doc_footer(title, number, printed, n, m) = "doc-footer";
    doc_printed(when) = "doc-printed";
    doc_case_number = "doc-case-number";
    doc_not_given = "doc-not-given";
    doc_badge_free = "doc-badge-free";
    doc_badge_paid = "doc-badge-paid";
    doc_badge_needs_proof = "doc-badge-needs-proof";
    doc_badge_ineligible = "doc-badge-ineligible";
    doc_meaning_free_provisional = "doc-meaning-free-provisional";
    doc_meaning_free = "doc-meaning-free";
    doc_meaning_paid = "doc-meaning-paid";
    doc_meaning_needs_proof = "doc-meaning-needs-proof";
    doc_meaning_ineligible = "doc-meaning-ineligible";
    doc_decision_undecided_heading = "doc-decision-undecided-heading";
    doc_decision_undecided = "doc-decision-undecided";
    doc_decision_heading = "doc-decision-heading";
    doc_provisional = "doc-provisional";
    doc_provisional_note = "doc-provisional-note";
    doc_start_with_basis(date, basis) = "doc-start-with-basis";
    doc_start_unknown = "doc-start-unknown";
    doc_months(months) = "doc-months";
    doc_unknown = "doc-unknown";
    doc_invoice_none = "doc-invoice-none";
    doc_invoice_valid = "doc-invoice-valid";
    doc_invoice_not_valid = "doc-invoice-not-valid";
    doc_caption_warranty_starts = "doc-caption-warranty-starts";
    doc_caption_period = "doc-caption-period";
    doc_caption_last_day = "doc-caption-last-day";
    doc_caption_invoice = "doc-caption-invoice";
    doc_why_caption = "doc-why-caption";
    doc_signature_and_date = "doc-signature-and-date";
    doc_customer = "doc-customer";
    doc_customer_named(name) = "doc-customer-named";
    doc_for_center(center) = "doc-for-center";
    doc_caption_customer = "doc-caption-customer";
    doc_caption_phone = "doc-caption-phone";
    doc_caption_email = "doc-caption-email";
    doc_caption_address = "doc-caption-address";
    doc_caption_return_address = "doc-caption-return-address";
    doc_caption_model = "doc-caption-model";
    doc_caption_serial = "doc-caption-serial";
    doc_customer_and_device = "doc-customer-and-device";
    doc_device_received(date) = "doc-device-received";

    // The intake receipt (src/documents/receipt.rs).
    receipt_roll_title = "receipt-roll-title";
    receipt_received(date, how) = "receipt-received";
    receipt_how_walk_in = "receipt-how-walk-in";
    receipt_how_mail_in = "receipt-how-mail-in";
    receipt_how_unsolicited = "receipt-how-unsolicited";
    receipt_application_accepted(date) = "receipt-application-accepted";
    receipt_fault_heading = "receipt-fault-heading";
    receipt_channel_authorized = "receipt-channel-authorized";
    receipt_channel_unauthorized = "receipt-channel-unauthorized";
    receipt_channel_unknown = "receipt-channel-unknown";
    receipt_caption_bought_through = "receipt-caption-bought-through";
    receipt_caption_applied_serial = "receipt-caption-applied-serial";
    receipt_caption_contract = "receipt-caption-contract";
    receipt_invoice_none = "receipt-invoice-none";
    receipt_invoice_dated(date) = "receipt-invoice-dated";
    receipt_invoice_undated = "receipt-invoice-undated";
    receipt_contract_months(months) = "receipt-contract-months";
    receipt_no_accessories = "receipt-no-accessories";
    receipt_no_damage = "receipt-no-damage";
    receipt_handed_over = "receipt-handed-over";
    receipt_caption_accessories = "receipt-caption-accessories";
    receipt_caption_condition = "receipt-caption-condition";
    receipt_caption_password = "receipt-caption-password";
    receipt_password_cleared = "receipt-password-cleared";
    receipt_password_told = "receipt-password-told";
    receipt_password_could_not_clear = "receipt-password-could-not-clear";
    receipt_unsolicited = "receipt-unsolicited";
    receipt_confirm_password_cleared = "receipt-confirm-password-cleared";
    receipt_confirm_password_told = "receipt-confirm-password-told";
    receipt_confirm_password_could_not_clear = "receipt-confirm-password-could-not-clear";
    receipt_confirm_keep_parts = "receipt-confirm-keep-parts";
    receipt_confirm_no_parts = "receipt-confirm-no-parts";
    receipt_confirm_backup = "receipt-confirm-backup";
    receipt_confirm_accuracy = "receipt-confirm-accuracy";
    receipt_confirms_heading = "receipt-confirms-heading";

    // The return label (src/documents/label.rs).
    label_title(number) = "label-title";
    label_cut = "label-cut";
    label_replacement_unit(model, serial) = "label-replacement-unit";
    label_device(model, serial) = "label-device";
    label_returned_unit(serial) = "label-returned-unit";
    label_returned_parts = "label-returned-parts";
    label_from = "label-from";
    label_tel(phone) = "label-tel";
    label_ship_to = "label-ship-to";
    label_case = "label-case";
    label_banner = "label-banner";
    label_no_cod = "label-no-cod";
    label_contents = "label-contents";
    label_list_separator = "label-list-separator";
    label_date(day, month, short, year) = "label-date";
    label_tracking(number) = "label-tracking";
    label_tracking_unknown = "label-tracking-unknown";
}

// The application confirmation (src/documents/confirmation.rs).
crate::words! { CONFIRMATION;
    conf_greeting(date) = "conf-greeting";
    conf_greeting_named(name, date) = "conf-greeting-named";
    conf_your_case_number = "conf-your-case-number";
    conf_write_on_parcel = "conf-write-on-parcel";
    conf_send_by = "conf-send-by";
    conf_send_by_note(days) = "conf-send-by-note";
    conf_closes = "conf-closes";
    conf_closes_note(days) = "conf-closes-note";
    conf_device_line(model, serial) = "conf-device-line";
    conf_send_to = "conf-send-to";
    conf_questions(phone) = "conf-questions";
    conf_back_to = "conf-back-to";
    conf_the_device = "conf-the-device";
    conf_put_device = "conf-put-device";
    conf_put_packaging = "conf-put-packaging";
    conf_put_note(number) = "conf-put-note";
    conf_put_list = "conf-put-list";
    conf_out_peripherals = "conf-out-peripherals";
    conf_out_loose = "conf-out-loose";
    conf_out_cash = "conf-out-cash";
    conf_box_heading = "conf-box-heading";
    conf_put_in = "conf-put-in";
    conf_keep_out = "conf-keep-out";
    conf_write_number(number) = "conf-write-number";
    conf_backup = "conf-backup";
    conf_passwords = "conf-passwords";
    conf_freight = "conf-freight";
    conf_damaged = "conf-damaged";
    conf_before_heading = "conf-before-heading";
}

// The handover receipt (src/documents/handover.rs).
crate::words! { HANDOVER;
    hand_roll_title = "hand-roll-title";
    hand_handed_back_on(date) = "hand-handed-back-on";
    hand_collected_by = "hand-collected-by";
    hand_collected_by_named(name) = "hand-collected-by-named";
    hand_for_center(center) = "hand-for-center";
    hand_caption_replacement = "hand-caption-replacement";
    hand_caption_replaces = "hand-caption-replaces";
    hand_replaced_by_serial(serial) = "hand-replaced-by-serial";
    hand_replaced = "hand-replaced";
    hand_repaired_by_software_update = "hand-repaired-by-software-update";
    hand_repaired_by_part_replacement = "hand-repaired-by-part-replacement";
    hand_repaired = "hand-repaired";
    hand_charge_paid = "hand-charge-paid";
    hand_charge_free = "hand-charge-free";
    hand_why_ineligible = "hand-why-ineligible";
    hand_why_declined = "hand-why-declined";
    hand_why_no_proof = "hand-why-no-proof";
    hand_why_overdue = "hand-why-overdue";
    hand_unrepaired(why, clause) = "hand-unrepaired";
    hand_handed_back = "hand-handed-back";
    hand_what_was_done = "hand-what-was-done";
    hand_no_accessories = "hand-no-accessories";
    hand_unit_kept(serial) = "hand-unit-kept";
    hand_parts_kept = "hand-parts-kept";
    hand_password_deleted = "hand-password-deleted";
    hand_handed_back_heading = "hand-handed-back-heading";
    doc_payments_heading = "doc-payments-heading";
    hand_no_charge_free = "hand-no-charge-free";
    hand_no_charge = "hand-no-charge";
    doc_col_paid_on = "doc-col-paid-on";
    doc_col_method = "doc-col-method";
    doc_col_amount = "doc-col-amount";
    hand_total_received = "hand-total-received";
    hand_id_checked = "hand-id-checked";
    hand_id_not_checked = "hand-id-not-checked";
    hand_collected_heading = "hand-collected-heading";
    hand_caption_name = "hand-caption-name";
    hand_caption_id = "hand-caption-id";
    hand_caption_handed_back = "hand-caption-handed-back";
    hand_signing = "hand-signing";
}

// The payment receipt (src/documents/payment_receipt.rs).
crate::words! { PAYMENT_RECEIPT;
    pay_received_on(date) = "pay-received-on";
    pay_received_for(center) = "pay-received-for";
    pay_caption_amount = "pay-caption-amount";
    pay_thanks(date) = "pay-thanks";
    pay_thanks_from(name, date) = "pay-thanks-from";
    pay_thanks_by(date, method) = "pay-thanks-by";
    pay_thanks_from_by(name, date, method) = "pay-thanks-from-by";
    pay_caption_from = "pay-caption-from";
    pay_caption_device = "pay-caption-device";
    pay_quote_of(date) = "pay-quote-of";
    pay_as_quoted = "pay-as-quoted";
    pay_paid_repair = "pay-paid-repair";
    pay_caption_for = "pay-caption-for";
    pay_caption_notice = "pay-caption-notice";
    pay_by_and_for = "pay-by-and-for";
    pay_quote_total = "pay-quote-total";
    pay_total_paid = "pay-total-paid";
    pay_over = "pay-over";
    pay_still_due = "pay-still-due";
    pay_in_full = "pay-in-full";
    pay_done = "pay-done";
    pay_goes_ahead = "pay-goes-ahead";
    pay_due_by(due, by, notice) = "pay-due-by";
    pay_due_within(due) = "pay-due-within";
    pay_due_rule = "pay-due-rule";
    pay_refund(over) = "pay-refund";
    pay_freight = "pay-freight";
    pay_keep = "pay-keep";
    pay_next = "pay-next";
}

// The quote (src/documents/quote.rs).
crate::words! { QUOTE;
    doc_quote_line(date) = "quote-line";
    quote_line_received(date, received) = "quote-line-received";
    quote_greeting = "quote-greeting";
    quote_greeting_named(name) = "quote-greeting-named";
    quote_accept(total) = "quote-accept";
    quote_caption_cause_packaging = "quote-caption-cause-packaging";
    quote_caption_cause = "quote-caption-cause";
    quote_found = "quote-found";
    quote_caption_component = "quote-caption-component";
    quote_caption_method = "quote-caption-method";
    quote_caption_notes = "quote-caption-notes";
    quote_why_not_free = "quote-why-not-free";
    quote_decision_on_file(verdict) = "quote-decision-on-file";
    quote_undecided = "quote-undecided";
    quote_kind_part = "quote-kind-part";
    quote_kind_labour = "quote-kind-labour";
    quote_heading = "quote-heading";
    quote_col_kind = "quote-col-kind";
    quote_col_description = "quote-col-description";
    quote_col_amount(currency) = "quote-col-amount";
    quote_parts = "quote-parts";
    quote_labour = "quote-labour";
    doc_quote_total = "quote-total";
    quote_acceptance(total) = "quote-acceptance";
    quote_payment_notice(notice, due) = "quote-payment-notice";
    quote_payment_rule = "quote-payment-rule";
    quote_answer_by(date) = "quote-answer-by";
    quote_freight_mail_in = "quote-freight-mail-in";
    quote_freight_walk_in = "quote-freight-walk-in";
    quote_terms = "quote-terms";
    quote_software_no_parts = "quote-software-no-parts";
    quote_what_unit = "quote-what-unit";
    quote_what_parts = "quote-what-parts";
    quote_parts_back(what) = "quote-parts-back";
    quote_parts_kept(what) = "quote-parts-kept";
}

// The device sticker (src/documents/sticker.rs).
crate::words! { STICKER;
    sticker_title(number) = "sticker-title";
    sticker_in(day, month, short, year) = "sticker-in";
}

// The facts a printing keeps, by name (`printing-fact-<name>`, src/documents/printing.rs).
declared! { PRINTING_FACTS;
    "printing-fact-customer", "printing-fact-phone", "printing-fact-e-mail",
    "printing-fact-address", "printing-fact-model", "printing-fact-serial",
    "printing-fact-decision", "printing-fact-center-address", "printing-fact-sender",
    "printing-fact-recipient", "printing-fact-tracking", "printing-fact-total",
    "printing-fact-collector", "printing-fact-id-checked", "printing-fact-paid",
    "printing-fact-surname", "printing-fact-date-in", "printing-fact-payments",
    "printing-fact-still-due",
}
