//! After the diagnosis: the customer's answers (the quote accepted or declined, proof of
//! purchase: 2.2, 2.3, 2.4), the payment with what is still due (2.6), and the repair
//! done (2.5).

use chrono::NaiveDate;
use iced::Element;
use iced::widget::{button, checkbox, column, row, space, text};

use super::{Context, Field, Flag, Message, State, Step, StepKind};
use crate::domain::case::Payment;
use crate::domain::dates::parse_date;
use crate::domain::lifecycle;
use crate::domain::money::Money;
use crate::domain::repair::{PartsOwner, RepairMethod, replaced_parts_owner};
use crate::domain::{Case, PurchaseChannel, Verdict};
use crate::gui::theme;
use crate::gui::widget::{block, bold, choice, fact, field};

impl State {
    pub(super) fn awaiting_customer_view<'a>(
        &'a self,
        case: &'a Case,
        cx: &Context<'a>,
    ) -> Element<'a, Message> {
        let w = cx.words;
        let mut page = column![].spacing(12);
        if let Some(asked) = case.asked_on {
            let due = lifecycle::answer_due(asked, cx.settings.answer_days);
            let overdue = lifecycle::answer_overdue(asked, cx.settings.answer_days, cx.today);
            let mut line =
                column![text(w.answer_due_line(asked, due, overdue)).size(15)].spacing(8);
            if overdue {
                line = line.push(self.step_button(
                    w.return_unanswered(),
                    StepKind::ReturnUnanswered,
                    cx,
                ));
            }
            page = page.push(line);
        }
        if let Some(quote) = &case.quote {
            let notice_date = parse_date(&self.notice_on);
            let due_line: Element<'a, Message> = match notice_date {
                Some(notice) => text(w.payment_due_line(notice, lifecycle::payment_due(notice)))
                    .size(14)
                    .into(),
                // The field says what is wrong once typed in; the button says it too.
                None => space::vertical().height(0).into(),
            };
            let total = quote.total().map(|m| m.to_string()).unwrap_or_default();
            page = page.push(block(
                w.answer_step(),
                column![
                    fact(w.quote_sent(), format!("{} {total}", w.total())),
                    button(text(w.print_quote()).size(14))
                        .padding([6, 12])
                        .style(theme::button::secondary)
                        .on_press(Message::PrintQuote),
                    field(
                        w.notice_date(),
                        Field::NoticeOn.id(),
                        &self.notice_on,
                        self.at_field(Field::NoticeOn, self.notice_problem(Some(case), cx).err()),
                        |v| Message::Edit(Field::NoticeOn, v),
                        None,
                    ),
                    due_line,
                    match crate::domain::mail::notice_source(case) {
                        Some(source) => Element::from(text(w.notice_source(source)).size(13)),
                        None => space::vertical().height(0).into(),
                    },
                    row![
                        self.step_button(w.quote_accepted(), StepKind::AcceptQuote, cx),
                        self.step_button(w.quote_declined(), StepKind::DeclineQuote, cx),
                    ]
                    .spacing(10),
                ]
                .spacing(8),
            ));
        } else {
            page = page.push(block(
                w.proof_step(),
                column![
                    text(w.channel_label())
                        .size(13)
                        .style(theme::text::secondary),
                    choice(
                        PurchaseChannel::ALL,
                        Some(self.channel),
                        move |v| w.gui_channel(v),
                        Message::Channel
                    ),
                    field(
                        w.invoice_date(),
                        Field::InvoiceDate.id(),
                        &self.invoice_date,
                        self.at_field(
                            Field::InvoiceDate,
                            parse_date(&self.invoice_date)
                                .is_none()
                                .then(|| w.not_a_date(&w.invoice_date(), &self.invoice_date))
                        ),
                        |v| Message::Edit(Field::InvoiceDate, v),
                        None,
                    ),
                    row![
                        checkbox(self.invoice_legible)
                            .label(w.invoice_legible())
                            .on_toggle(|on| Message::Toggle(Flag::InvoiceLegible, on)),
                        checkbox(self.invoice_altered)
                            .label(w.invoice_altered())
                            .on_toggle(|on| Message::Toggle(Flag::InvoiceAltered, on)),
                    ]
                    .spacing(24),
                    self.step_button(w.proof_received(), StepKind::ProofReceived, cx),
                ]
                .spacing(8),
            ));
        }
        page.into()
    }

    pub(super) fn awaiting_payment_view<'a>(
        &'a self,
        case: &'a Case,
        cx: &Context<'a>,
    ) -> Element<'a, Message> {
        let w = cx.words;
        let mut page = column![].spacing(12);
        if let Some(notice_on) = case.payment_notice_on {
            let due = lifecycle::payment_due(notice_on);
            page = page.push(text(w.payment_due_line(notice_on, due)).size(15));
            if let Some(source) = crate::domain::mail::notice_source(case) {
                page = page.push(text(w.notice_source(source)).size(13));
            }
            if lifecycle::payment_overdue(notice_on, cx.today) {
                page = page.push(self.step_button(w.return_overdue(), StepKind::ReturnOverdue, cx));
            }
        }
        let total = case.quote.as_ref().and_then(|q| q.total().ok());
        // A part payment is shown as such: what was paid and what is still due (2.6).
        let due_line = match (&total, case.paid(), case.still_due()) {
            (Some(total), Some(paid), Some(due)) if paid.minor > 0 => {
                w.paid_and_due(&total.to_string(), &paid.to_string(), &due.to_string())
            }
            (Some(total), ..) => w.amount_due(&total.to_string()),
            _ => w.amount_due(""),
        };
        let problems = self.payment_problems(case, cx);
        let at = |field: Field| {
            self.at_field(
                field,
                problems
                    .iter()
                    .find(|(f, _)| *f == field)
                    .map(|(_, p)| p.clone()),
            )
        };
        page = page.push(block(
            w.payment_step(),
            column![
                text(due_line).size(16).font(bold()),
                row![
                    field(
                        w.line_amount(),
                        Field::Amount.id(),
                        &self.amount,
                        at(Field::Amount),
                        |v| Message::Edit(Field::Amount, v),
                        None
                    ),
                    field(
                        w.paid_on(),
                        Field::PaidOn.id(),
                        &self.paid_on,
                        at(Field::PaidOn),
                        |v| Message::Edit(Field::PaidOn, v),
                        None
                    ),
                ]
                .spacing(10),
                // A row of its own: its hint ("cash, card, transfer…") is not clipped.
                field(
                    w.payment_method(),
                    Field::PaymentMethod.id(),
                    &self.payment_method,
                    at(Field::PaymentMethod),
                    |v| Message::Edit(Field::PaymentMethod, v),
                    Some(Message::Confirm(StepKind::Payment)),
                ),
                self.step_button(w.record_payment(), StepKind::Payment, cx),
            ]
            .spacing(8),
        ));
        page.into()
    }

    pub(super) fn in_repair_view<'a>(
        &'a self,
        case: &'a Case,
        cx: &Context<'a>,
    ) -> Element<'a, Message> {
        let w = cx.words;
        let method = case.diagnosis.method;
        let mut content = column![].spacing(8);
        if let Some(method) = method {
            content = content.push(fact(w.gui_repair_method(), w.repair_method(method)));
        }
        if method == Some(RepairMethod::UnitReplacement) {
            content = content.push(field(
                w.replacement_serial(),
                Field::ReplacementSerial.id(),
                &self.replacement_serial,
                self.at_field(Field::ReplacementSerial, self.repair_problem(w, case)),
                |v| Message::Edit(Field::ReplacementSerial, v),
                Some(Message::Confirm(StepKind::RepairDone)),
            ));
        }
        if method.is_some_and(RepairMethod::replaces_parts) {
            let verdict = case
                .decision
                .as_ref()
                .map_or(Verdict::Free, |d| d.decision.verdict);
            let keeps = replaced_parts_owner(verdict, case.keep_parts) == PartsOwner::Customer;
            content = content.push(text(w.parts_line(keeps)).size(14));
        }
        content = content.push(self.step_button(w.repair_done(), StepKind::RepairDone, cx));
        block(w.repair_step(), content)
    }

    /// The payment notice date as typed, or what is wrong with it (2.6): not after
    /// today, not before the quote was sent (the rule the step itself keeps, said at the
    /// field before the button is pressed).
    pub(super) fn notice_problem(
        &self,
        case: Option<&Case>,
        cx: &Context<'_>,
    ) -> Result<NaiveDate, String> {
        let w = cx.words;
        let notice = parse_date(&self.notice_on)
            .ok_or_else(|| w.not_a_date(&w.notice_date(), &self.notice_on))?;
        if notice > cx.today {
            return Err(w.date_in_future(&w.notice_date()));
        }
        if let Some(asked) = case.and_then(|c| c.asked_on)
            && notice < asked
        {
            return Err(w.date_before(&w.notice_date(), &w.when_quote_sent(), asked));
        }
        Ok(notice)
    }

    /// The payment form's problems, field by field, in the order to fix them.
    pub(super) fn payment_problems(&self, case: &Case, cx: &Context<'_>) -> Vec<(Field, String)> {
        let w = cx.words;
        let mut problems = Vec::new();
        let currency = case
            .quote
            .as_ref()
            .map_or_else(|| cx.currency().clone(), |q| q.currency.clone());
        match Money::parse(self.amount.trim(), currency) {
            Err(err) => problems.push((
                Field::Amount,
                format!("{}: {}.", w.line_amount(), w.problem(&err.note())),
            )),
            Ok(amount) if amount.minor <= 0 => {
                problems.push((Field::Amount, w.gui_must_be_positive(w.line_amount())))
            }
            Ok(_) => {}
        }
        match parse_date(&self.paid_on) {
            None => problems.push((Field::PaidOn, w.not_a_date(&w.paid_on(), &self.paid_on))),
            Some(paid_on) if paid_on > cx.today => {
                problems.push((Field::PaidOn, w.date_in_future(&w.paid_on())))
            }
            Some(paid_on) => {
                if let Some(notice) = case.payment_notice_on
                    && paid_on < notice
                {
                    problems.push((
                        Field::PaidOn,
                        w.date_before(&w.paid_on(), &w.when_notice(), notice),
                    ));
                }
            }
        }
        if self.payment_method.trim().is_empty() {
            problems.push((Field::PaymentMethod, w.gui_say_how_paid(w.payment_method())));
        }
        problems
    }

    /// The payment as typed, or the first problem with it.
    pub(super) fn payment_step(&self, case: &Case, cx: &Context<'_>) -> Result<Step, String> {
        if let Some((_, problem)) = self.payment_problems(case, cx).into_iter().next() {
            return Err(problem);
        }
        let currency = case
            .quote
            .as_ref()
            .map_or_else(|| cx.currency().clone(), |q| q.currency.clone());
        Ok(Step::Payment(Payment {
            amount: Money::parse(self.amount.trim(), currency)
                .map_err(|err| cx.words.problem(&err.note()))?,
            paid_on: parse_date(&self.paid_on).unwrap_or(cx.today),
            method: self.payment_method.trim().to_string(),
        }))
    }

    /// A unit replacement needs the new unit's serial (2.5).
    pub(super) fn repair_problem(&self, w: crate::i18n::Words, case: &Case) -> Option<String> {
        (case.diagnosis.method == Some(RepairMethod::UnitReplacement)
            && self.replacement_serial.trim().is_empty())
        .then(|| w.gui_record_replacement_serial(w.replacement_serial()))
    }
}
