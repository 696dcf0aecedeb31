//! The words of the Inspection and Dispatch screens (`src/gui/text/workflow.rs`), named
//! as in [`super::gui`]. Clauses are written one way everywhere: the clause number in
//! brackets after the words, "(4.2)", "（4.2）".

use chrono::NaiveDate;

use crate::domain::Verdict;
use crate::domain::case::{Deadline, ReturnReason};
use crate::domain::mail::NoticeSource;
use crate::domain::parcel::ParcelOutcome;
use crate::domain::repair::LineKind;
use crate::i18n::Words;

crate::words! { WORKFLOW;
    scan_placeholder = "workflow-scan-placeholder";
    scan_label = "workflow-scan-label";
    open = "workflow-open";
    no_application = "workflow-no-application";
    not_a_case_number_label = "workflow-not-a-case-number-label";
    parcels_expected_list = "workflow-parcels-expected-list";
    waiting_diagnosis = "workflow-waiting-diagnosis";
    waiting_customer = "workflow-waiting-customer";
    waiting_customer_overdue_first = "workflow-waiting-customer-overdue-first";
    waiting_payment = "workflow-waiting-payment";
    in_repair_list = "workflow-in-repair-list";
    nothing_here = "workflow-nothing-here";
    loading = "workflow-loading";
    close_case_view = "workflow-close-case-view";
    parcel_gate = "workflow-parcel-gate";
    gate_cod = "workflow-gate-cod";
    gate_damaged = "workflow-gate-damaged";
    gate_soaked = "workflow-gate-soaked";
    gate_adequate = "workflow-gate-adequate";
    outcome = "workflow-outcome";
    sender = "workflow-sender";
    case_facts = "workflow-case-facts";
    fault_short = "workflow-fault-short";
    contents = "workflow-contents";
    serial_on_device = "workflow-serial-on-device";
    accessory_found = "workflow-accessory-found";
    add = "workflow-add";
    remove = "workflow-remove";
    no_accessories = "workflow-no-accessories";
    condition_notes = "workflow-condition-notes";
    gui_password_status = "workflow-password-status";
    settings_receipt_on_parcel = "workflow-settings-receipt-on-parcel";
    print_receipt_on_accept = "workflow-print-receipt-on-accept";
    serial_matches = "workflow-serial-matches";
    add_photos = "workflow-add-photos";
    diagnosis_step = "workflow-diagnosis-step";
    record_diagnosis = "workflow-record-diagnosis";
    decision_now = "workflow-decision-now";
    decision_with_diagnosis = "workflow-decision-with-diagnosis";
    choose_cause = "workflow-choose-cause";
    provisional_short = "workflow-provisional-short";
    unchanged = "workflow-unchanged";
    quote_step = "workflow-quote-step";
    line_description = "workflow-line-description";
    line_amount = "workflow-line-amount";
    labour_line = "workflow-labour-line";
    add_part = "workflow-add-part";
    add_labour = "workflow-add-labour";
    send_quote = "workflow-send-quote";
    print_quote = "workflow-print-quote";
    total = "workflow-total";
    answer_step = "workflow-answer-step";
    quote_sent = "workflow-quote-sent";
    notice_date = "workflow-notice-date";
    quote_accepted = "workflow-quote-accepted";
    quote_declined = "workflow-quote-declined";
    proof_step = "workflow-proof-step";
    proof_received = "workflow-proof-received";
    return_unanswered = "workflow-return-unanswered";
    payment_step = "workflow-payment-step";
    paid_on = "workflow-paid-on";
    payment_method = "workflow-payment-method";
    record_payment = "workflow-record-payment";
    return_overdue = "workflow-return-overdue";
    repair_step = "workflow-repair-step";
    repair_done = "workflow-repair-done";
    remote_step = "workflow-remote-step";
    remote_note = "workflow-remote-note";
    resolve_remotely = "workflow-resolve-remotely";
    goes_to_dispatch = "workflow-goes-to-dispatch";
    open_in_dispatch = "workflow-open-in-dispatch";
    not_taken_in = "workflow-not-taken-in";
    case_closed = "workflow-case-closed";
    step_parcel = "workflow-step-parcel";
    step_diagnosis = "workflow-step-diagnosis";
    step_quote = "workflow-step-quote";
    step_accepted = "workflow-step-accepted";
    step_declined = "workflow-step-declined";
    step_proof = "workflow-step-proof";
    step_return = "workflow-step-return";
    step_payment = "workflow-step-payment";
    step_repaired = "workflow-step-repaired";
    step_remote = "workflow-step-remote";
    case_number = "workflow-case-number";
    why = "workflow-why";
    how = "workflow-how";
    waiting = "workflow-waiting";
    back_to_queue = "workflow-back-to-queue";
    not_going_back = "workflow-not-going-back";
    open_in_cases = "workflow-open-in-cases";
    dispatch_queue = "workflow-dispatch-queue";
    queue_filter = "workflow-queue-filter";
    ships = "workflow-ships";
    collected = "workflow-collected";
    queue_empty = "workflow-queue-empty";
    packing = "workflow-packing";
    packing_hint = "workflow-packing-hint";
    ship_it = "workflow-ship-it";
    counter_pickup = "workflow-counter-pickup";
    carrier = "workflow-carrier";
    tracking = "workflow-tracking";
    print_label = "workflow-print-label";
    label_4x6 = "workflow-label-4x6";
    label_sheet = "workflow-label-sheet";
    freight_prepaid = "workflow-freight-prepaid";
    collected_by = "workflow-collected-by";
    id_checked = "workflow-id-checked";
    print_handover = "workflow-print-handover";
    handover_prints_on_closing = "workflow-handover-prints-on-closing";
    close_returned = "workflow-close-returned";
    password_will_go = "workflow-password-will-go";
    due_title = "workflow-due-title";
    expire = "workflow-expire";
    move_to_return = "workflow-move-to-return";
    select_from_queue = "workflow-select-from-queue";
    expired_done = "workflow-expired-done";
    return_overdue_done = "workflow-return-overdue-done";
    return_unanswered_done = "workflow-return-unanswered-done";
    when_quote_sent = "workflow-when-quote-sent";
    when_notice = "workflow-when-notice";
    serial_applied = "workflow-serial-applied";
    print_payment_receipt = "workflow-print-payment-receipt";
    superseded(changed) = "workflow-superseded";
}

// The Inspection and Dispatch screens' sentences with variables, and the words chosen by
// a value: formatted by the hand-written methods below.
declared! { WORKFLOW_PHRASES;
    "workflow-results-sorted"(shown, column),
    "workflow-results-sorted-reversed"(shown, column),
    "workflow-date-before"(field, what, date),
    "workflow-reprint"(document),
    "workflow-stale-printing"(document, changed),
    "workflow-confirm-refuse", "workflow-confirm-reject",
    "workflow-confirm-accept-unsolicited", "workflow-confirm-accept",
    "workflow-title-refuse", "workflow-title-reject",
    "workflow-title-accept-unsolicited", "workflow-title-accept",
    "workflow-expired-banner"(date),
    "workflow-closes-on"(date),
    "workflow-serial-mismatch"(found, applied),
    "workflow-photos-added"(n),
    "workflow-verdict-changed"(from, to),
    "workflow-next-free", "workflow-next-paid", "workflow-next-needs-proof",
    "workflow-next-ineligible",
    "workflow-line-part",
    "workflow-notice-emailed"(date),
    "workflow-notice-by-hand"(date),
    "workflow-notice-emailed-short"(date),
    "workflow-notice-by-hand-short"(date),
    "workflow-payment-due-line"(notice, due),
    "workflow-answer-due-line"(asked, due),
    "workflow-answer-overdue-line"(asked, due),
    "workflow-amount-due"(total),
    "workflow-paid-and-due"(total, paid, due),
    "workflow-parts-back", "workflow-parts-stay",
    "workflow-step-recorded"(number, what, state),
    "workflow-step-done"(number, state),
    "workflow-confirm-twice"(what),
    "workflow-unticked"(n, items),
    "workflow-item-separator",
    "workflow-expire-all"(n),
    "workflow-return-all"(n),
    "workflow-applications-past"(n),
    "workflow-payments-past"(n),
    "workflow-answers-past"(n),
    "workflow-batch-none",
    "workflow-batch-one"(case, what),
    "workflow-batch-some"(n, what, cases),
    "workflow-batch-many"(n, what, cases, more),
    "workflow-batch-done"(failed, cases),
    "workflow-queue-by"(column),
    "workflow-queue-by-reversed"(column),
    "workflow-owed"(amount),
    "workflow-retained"(cases, months),
    "workflow-not-a-case-number"(typed),
    "workflow-serial-recorded"(applied, found),
    "workflow-deadline-passed-application-closes",
    "workflow-deadline-passed-answer-due",
    "workflow-deadline-passed-payment-due",
}

impl Words {
    pub fn confirm_outcome(self, outcome: ParcelOutcome) -> String {
        self.format(
            match outcome {
                ParcelOutcome::Refuse => "workflow-confirm-refuse",
                ParcelOutcome::Reject => "workflow-confirm-reject",
                ParcelOutcome::AcceptUnsolicited => "workflow-confirm-accept-unsolicited",
                ParcelOutcome::Accept => "workflow-confirm-accept",
            },
            None,
        )
    }

    pub fn outcome_title(self, outcome: ParcelOutcome) -> String {
        self.format(
            match outcome {
                ParcelOutcome::Refuse => "workflow-title-refuse",
                ParcelOutcome::Reject => "workflow-title-reject",
                ParcelOutcome::AcceptUnsolicited => "workflow-title-accept-unsolicited",
                ParcelOutcome::Accept => "workflow-title-accept",
            },
            None,
        )
    }

    pub fn expired_banner(self, closed: NaiveDate) -> String {
        self.say(
            "workflow-expired-banner",
            [("date", self.long_date(closed).into())],
        )
    }

    pub fn closes_on(self, closes: NaiveDate) -> String {
        self.say(
            "workflow-closes-on",
            [("date", self.long_date(closes).into())],
        )
    }

    pub fn serial_mismatch(self, found: &str, applied: &str) -> String {
        self.say(
            "workflow-serial-mismatch",
            [("found", found.into()), ("applied", applied.into())],
        )
    }

    pub fn photos_added(self, n: usize) -> String {
        self.say("workflow-photos-added", [("n", n.into())])
    }

    pub fn verdict_changed(self, from: &str, to: &str) -> String {
        self.say(
            "workflow-verdict-changed",
            [("from", from.into()), ("to", to.into())],
        )
    }

    pub fn next_after_diagnosis(self, verdict: Verdict) -> String {
        self.format(
            match verdict {
                Verdict::Free => "workflow-next-free",
                Verdict::Paid => "workflow-next-paid",
                Verdict::NeedsProof => "workflow-next-needs-proof",
                Verdict::Ineligible => "workflow-next-ineligible",
            },
            None,
        )
    }

    /// A quote line's kind, one line at a time ("Part", "Labour").
    pub fn gui_line_kind(self, kind: LineKind) -> String {
        match kind {
            LineKind::Parts => self.format("workflow-line-part", None),
            LineKind::Labour => self.labour_line(),
        }
    }

    /// Where the payment-notice date came from (2.6, docs/rules.md §11).
    pub fn notice_source(self, source: NoticeSource) -> String {
        match source {
            NoticeSource::Emailed(day) => self.say(
                "workflow-notice-emailed",
                [("date", self.long_date(day).into())],
            ),
            NoticeSource::ByHand(day) => self.say(
                "workflow-notice-by-hand",
                [("date", self.long_date(day).into())],
            ),
        }
    }

    /// The notice date with where it came from, as a fact on the case.
    pub fn notice_source_short(self, source: NoticeSource) -> String {
        match source {
            NoticeSource::Emailed(day) => self.say(
                "workflow-notice-emailed-short",
                [("date", self.long_date(day).into())],
            ),
            NoticeSource::ByHand(day) => self.say(
                "workflow-notice-by-hand-short",
                [("date", self.long_date(day).into())],
            ),
        }
    }

    pub fn payment_due_line(self, notice: NaiveDate, due: NaiveDate) -> String {
        self.say(
            "workflow-payment-due-line",
            [
                ("notice", self.long_date(notice).into()),
                ("due", self.long_date(due).into()),
            ],
        )
    }

    pub fn answer_due_line(self, asked: NaiveDate, due: NaiveDate, overdue: bool) -> String {
        self.say(
            if overdue {
                "workflow-answer-overdue-line"
            } else {
                "workflow-answer-due-line"
            },
            [
                ("asked", self.long_date(asked).into()),
                ("due", self.long_date(due).into()),
            ],
        )
    }

    pub fn amount_due(self, total: &str) -> String {
        self.say("workflow-amount-due", [("total", total.into())])
    }

    /// A part payment: the quote's total, what was paid, and what is still due (2.6).
    pub fn paid_and_due(self, total: &str, paid: &str, due: &str) -> String {
        self.say(
            "workflow-paid-and-due",
            [
                ("total", total.into()),
                ("paid", paid.into()),
                ("due", due.into()),
            ],
        )
    }

    pub fn parts_line(self, customer_keeps: bool) -> String {
        self.format(
            if customer_keeps {
                "workflow-parts-back"
            } else {
                "workflow-parts-stay"
            },
            None,
        )
    }

    pub fn step_recorded(self, number: &str, what: &str, state: &str) -> String {
        self.say(
            "workflow-step-recorded",
            [
                ("number", number.into()),
                ("what", what.into()),
                ("state", state.into()),
            ],
        )
    }

    pub fn step_done(self, number: &str, state: &str) -> String {
        self.say(
            "workflow-step-done",
            [("number", number.into()), ("state", state.into())],
        )
    }

    pub fn confirm_twice(self, what: &str) -> String {
        self.say("workflow-confirm-twice", [("what", what.into())])
    }

    /// What blocks closing while the packing list is not complete, naming each item.
    pub fn unticked(self, items: &[String]) -> String {
        let separator = self.format("workflow-item-separator", None);
        self.say(
            "workflow-unticked",
            [
                ("n", items.len().into()),
                ("items", items.join(&separator).into()),
            ],
        )
    }

    /// Why a device goes back; no reason recorded reads as repaired.
    pub fn gui_return_reason(self, reason: Option<ReturnReason>) -> String {
        self.return_reason(reason.unwrap_or(ReturnReason::Repaired))
    }

    pub fn expire_all(self, n: u64) -> String {
        self.say("workflow-expire-all", [("n", n.into())])
    }

    pub fn return_all(self, n: u64) -> String {
        self.say("workflow-return-all", [("n", n.into())])
    }

    pub fn applications_past(self, n: u64) -> String {
        self.say("workflow-applications-past", [("n", n.into())])
    }

    pub fn payments_past(self, n: u64) -> String {
        self.say("workflow-payments-past", [("n", n.into())])
    }

    pub fn answers_past(self, n: u64) -> String {
        self.say("workflow-answers-past", [("n", n.into())])
    }

    /// What acting on due cases did: which cases, what happened to them, and how many could
    /// not be changed.
    pub fn batch_done(self, done: &[String], what: &str, failed: usize) -> String {
        let cases = match done {
            [] => self.format("workflow-batch-none", None),
            [one] => self.say(
                "workflow-batch-one",
                [("case", one.into()), ("what", what.into())],
            ),
            many if many.len() <= 5 => self.say(
                "workflow-batch-some",
                [
                    ("n", many.len().into()),
                    ("what", what.into()),
                    ("cases", self.list(many).into()),
                ],
            ),
            many => self.say(
                "workflow-batch-many",
                [
                    ("n", many.len().into()),
                    ("what", what.into()),
                    ("cases", self.list(&many[..5]).into()),
                    ("more", (many.len() - 5).into()),
                ],
            ),
        };
        self.say(
            "workflow-batch-done",
            [("failed", failed.into()), ("cases", cases.into())],
        )
    }

    /// What the dispatch queue is sorted by, for its title: `sort` is the column's
    /// heading and whether it is reversed.
    pub fn dispatch_queue_title(self, sort: Option<(&str, bool)>) -> String {
        match sort {
            None => self.dispatch_queue(),
            Some((column, reversed)) => self.say(
                if reversed {
                    "workflow-queue-by-reversed"
                } else {
                    "workflow-queue-by"
                },
                [("column", column.to_lowercase().into())],
            ),
        }
    }

    /// A due row's amount still owed (2.6).
    pub fn owed(self, amount: &str) -> String {
        self.say("workflow-owed", [("amount", amount.into())])
    }

    pub fn retained(self, cases: usize, months: u32) -> String {
        self.say(
            "workflow-retained",
            [("cases", cases.into()), ("months", months.into())],
        )
    }

    /// Something scanned that is not a case number, named, so the inspector sees what the
    /// scanner read.
    pub fn not_a_case_number(self, typed: &str) -> String {
        self.say("workflow-not-a-case-number", [("typed", typed.into())])
    }

    /// 2.4: the device received is the product; its serial replaced the application's.
    pub fn serial_recorded(self, applied: &str, found: &str) -> String {
        self.say(
            "workflow-serial-recorded",
            [("applied", applied.into()), ("found", found.into())],
        )
    }

    /// A deadline in a list: in the past tense once it has passed.
    pub fn deadline_line(self, what: Deadline, date: NaiveDate, today: NaiveDate) -> String {
        if date >= today {
            return self.gui_deadline(&self.deadline(what), date);
        }
        let past = self.format(
            match what {
                Deadline::ApplicationCloses => "workflow-deadline-passed-application-closes",
                Deadline::AnswerDue => "workflow-deadline-passed-answer-due",
                Deadline::PaymentDue => "workflow-deadline-passed-payment-due",
            },
            None,
        );
        self.gui_deadline(&past, date)
    }

    /// The Cases screen's count once a heading is clicked: the order it is in now.
    pub fn results_sorted(
        self,
        shown: usize,
        limit: usize,
        column: &str,
        reversed: bool,
    ) -> String {
        if shown < 2 || shown >= limit {
            return self.results_count(shown, limit);
        }
        let id = if reversed {
            "workflow-results-sorted-reversed"
        } else {
            "workflow-results-sorted"
        };
        self.say(
            id,
            [
                ("shown", shown.into()),
                ("column", column.to_lowercase().into()),
            ],
        )
    }

    /// A business date earlier than the step it follows, said at the field.
    pub fn date_before(self, field: &str, what: &str, earlier: NaiveDate) -> String {
        self.say(
            "workflow-date-before",
            [
                ("field", field.into()),
                ("what", what.into()),
                ("date", self.short_date(earlier).into()),
            ],
        )
    }

    /// The button that prints a document again ("Reprint the intake receipt").
    pub fn reprint(self, kind: crate::domain::case::DocumentKind) -> String {
        self.say(
            "workflow-reprint",
            [("document", self.document_kind(kind).to_lowercase().into())],
        )
    }

    /// Why an earlier printing is offered again: what changed since it was printed.
    pub fn stale_printing(self, kind: crate::domain::case::DocumentKind, changed: &str) -> String {
        self.say(
            "workflow-stale-printing",
            [
                ("document", self.document_kind(kind).to_lowercase().into()),
                ("changed", changed.into()),
            ],
        )
    }
}
