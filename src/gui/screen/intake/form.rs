//! The intake form drawn: arrival, customer, device, proof, fault and handover on the
//! left, the live warranty decision and the save bar on the right, and the saved case's
//! number once stored.

use iced::widget::{
    button, checkbox, column, container, row, rule, scrollable, space, text, text_editor,
    text_input,
};
use iced::{Element, Fill, FillPortion};

use super::{Checked, Context, Field, Flag, Message, State, model_suggestions};
use crate::domain::dates::parse_date;
use crate::domain::{Arrival, CaseNumber, Decision, PasswordStatus, PurchaseChannel};
use crate::gui::scan::scan_field;
use crate::gui::theme;
use crate::gui::widget::{self, bold};

impl State {
    pub fn view<'a>(&'a self, cx: &Context<'a>) -> Element<'a, Message> {
        let w = cx.words;
        if let Some((number, arrival)) = &self.saved
            && self.is_blank()
        {
            return saved_panel(w, number, *arrival);
        }
        let checked = self.check(cx);
        let problem = |field: Field| -> Element<'a, Message> {
            match checked.problems.iter().find(|(f, _)| *f == field) {
                Some((_, message)) if self.shows_problem(field) => text(message.clone())
                    .size(13)
                    .style(theme::text::danger)
                    .into(),
                _ => space::vertical().height(0).into(),
            }
        };
        let input = |label: String, field: Field, placeholder: String| -> Element<'a, Message> {
            let entry = text_input(&placeholder, self.value(field))
                .id(field.id())
                .on_input(move |v| Message::Edit(field, v))
                .on_submit(Message::Save)
                .padding(6);
            // Serials and application numbers come from a scanner as often as from
            // the keyboard: never through an input method.
            let entry: Element<'a, Message> = if matches!(
                field,
                Field::Serial | Field::InvoiceSerial | Field::ApplicationId
            ) {
                scan_field(entry)
            } else {
                entry.into()
            };
            column![text(label).size(13), entry, problem(field),]
                .spacing(3)
                .width(Fill)
                .into()
        };
        let date_input = |label: String, field: Field| -> Element<'a, Message> {
            let understood: Element<'a, Message> = match parse_date(self.value(field)) {
                Some(date) => text(w.understood_date(date))
                    .size(12)
                    .style(theme::text::secondary)
                    .into(),
                None => problem(field),
            };
            column![
                text(label).size(13),
                text_input("YYYY-MM-DD", self.value(field))
                    .id(field.id())
                    .on_input(move |v| Message::Edit(field, v))
                    .padding(6),
                understood,
            ]
            .spacing(3)
            .width(Fill)
            .into()
        };

        let mode = widget::choice(
            [Arrival::WalkIn, Arrival::MailIn],
            Some(self.mode),
            move |v| w.gui_arrival(v),
            Message::Mode,
        );

        let when: Element<'a, Message> = if self.mode == Arrival::WalkIn {
            row![
                date_input(w.received_on_label(), Field::ReceivedOn),
                space::horizontal()
            ]
            .spacing(12)
            .into()
        } else {
            row![
                date_input(w.applied_on_label(), Field::AppliedOn),
                input(
                    w.application_id(),
                    Field::ApplicationId,
                    "e.g. WEB-48213".into()
                ),
            ]
            .spacing(12)
            .into()
        };

        let mut customer = column![
            row![
                input(w.name(), Field::Name, w.hint_full_name()),
                input(w.phone(), Field::Phone, "+44 20 7946 0000".into())
            ]
            .spacing(12),
            row![
                input(w.email(), Field::Email, "name@example.com".into()),
                input(w.address(), Field::Address, w.hint_address())
            ]
            .spacing(12),
            checkbox(self.return_same)
                .label(w.return_same())
                .on_toggle(|on| Message::Toggle(Flag::ReturnSame, on)),
            row![
                text(w.customer_language()).size(13),
                widget::choice(
                    crate::domain::Language::ALL,
                    Some(self.language.unwrap_or(cx.center_language)),
                    |v: crate::domain::Language| v.native_name().to_string(),
                    Message::Language
                ),
            ]
            .spacing(8)
            .align_y(iced::Center),
        ]
        .spacing(8);
        if !self.return_same {
            customer = customer.push(input(
                w.return_address(),
                Field::ReturnAddress,
                w.hint_return_address(),
            ));
        }

        let model_text = self.value(Field::Model);
        let suggestions = model_suggestions(cx.policy, model_text);
        let mut device = column![
            row![
                input(w.model(), Field::Model, w.hint_model()),
                input(w.serial(), Field::Serial, w.hint_serial())
            ]
            .spacing(12),
        ]
        .spacing(8);
        if !suggestions.is_empty() {
            device = device.push(
                row(suggestions.into_iter().map(|model| {
                    button(text(model.clone()).size(13))
                        .style(theme::button::secondary)
                        .padding([2, 8])
                        .on_press(Message::Edit(Field::Model, model))
                        .into()
                }))
                .spacing(6)
                .wrap(),
            );
        }
        device = device.push(
            row![
                text(w.channel_label()).size(13).width(110),
                widget::choice(
                    PurchaseChannel::ALL,
                    Some(self.channel),
                    move |v| w.gui_channel(v),
                    Message::Channel
                ),
            ]
            .spacing(8)
            .align_y(iced::Center),
        );
        if let Some((_, earlier)) = &self.history
            && !earlier.is_empty()
        {
            device = device.push(
                container(
                    column![text(w.repeat_repairs()).size(13).font(bold())]
                        .extend(
                            earlier
                                .iter()
                                .map(|line| text(line.clone()).size(13).into()),
                        )
                        .spacing(2),
                )
                .padding(8)
                .width(Fill)
                .style(theme::container::warning),
            );
        }

        let mut proof = column![
            checkbox(self.invoice_present)
                .label(w.invoice_present())
                .on_toggle(|on| Message::Toggle(Flag::InvoicePresent, on)),
        ]
        .spacing(8);
        if self.invoice_present {
            proof = proof.push(
                row![
                    date_input(w.invoice_date(), Field::InvoiceDate),
                    input(w.invoice_model(), Field::InvoiceModel, w.hint_as_printed()),
                    input(
                        w.invoice_serial(),
                        Field::InvoiceSerial,
                        w.hint_as_printed()
                    ),
                ]
                .spacing(12),
            );
            proof = proof.push(
                row![
                    checkbox(self.invoice_legible)
                        .label(w.invoice_legible())
                        .on_toggle(|on| Message::Toggle(Flag::InvoiceLegible, on)),
                    checkbox(self.invoice_altered)
                        .label(w.invoice_altered())
                        .on_toggle(|on| Message::Toggle(Flag::InvoiceAltered, on)),
                ]
                .spacing(24),
            );
        }
        proof = proof.push(
            row![
                date_input(w.shipment_date(), Field::ShipmentDate),
                date_input(w.delivery_date(), Field::DeliveryDate),
                input(w.contract_months(), Field::ContractMonths, w.none()),
            ]
            .spacing(12),
        );

        let fault = column![
            text(w.fault()).size(13),
            text_editor(&self.fault)
                .id(Field::Fault.id())
                .placeholder(w.hint_fault())
                .on_action(Message::FaultEdited)
                .height(72),
            problem(Field::Fault),
            input(
                w.component(),
                Field::Component,
                "e.g. battery, screen".into()
            ),
        ]
        .spacing(4);

        let mut sections = column![
            mode,
            when,
            section(w.customer(), customer.into()),
            section(w.device(), device.into()),
            section(w.proof(), proof.into()),
            section(w.fault_section(), fault.into()),
        ]
        .spacing(14)
        .padding([8, 16]);

        if self.mode == Arrival::WalkIn {
            let accessories = row(w.common_accessories().into_iter().map(|name| {
                checkbox(self.accessories.contains(&name))
                    .label(name.clone())
                    .on_toggle(move |on| Message::Accessory(name.clone(), on))
                    .into()
            }))
            .spacing(14)
            .wrap();
            let mut password = column![
                text(w.password_label()).size(13),
                widget::choice(
                    PasswordStatus::ALL,
                    Some(self.password),
                    move |v| w.password(v),
                    Message::Password
                ),
            ]
            .spacing(6);
            if self.password == PasswordStatus::ToldToInspector {
                password = password.push(
                    column![
                        text_input(&w.password_note(), self.value(Field::PasswordNote))
                            .id(Field::PasswordNote.id())
                            .secure(true)
                            .on_input(|v| Message::Edit(Field::PasswordNote, v))
                            .padding(6),
                        problem(Field::PasswordNote),
                    ]
                    .spacing(3),
                );
            }
            let handover = column![
                text(w.accessories()).size(13),
                accessories,
                input(
                    w.other_accessories(),
                    Field::OtherAccessories,
                    w.hint_other_accessories()
                ),
                input(w.condition(), Field::Condition, w.hint_condition()),
                password,
                checkbox(self.backup_acknowledged)
                    .label(w.backup_ack())
                    .on_toggle(|on| Message::Toggle(Flag::BackupAcknowledged, on)),
                problem(Field::BackupAcknowledged),
                checkbox(self.accuracy_confirmed)
                    .label(w.accuracy_ack())
                    .on_toggle(|on| Message::Toggle(Flag::AccuracyConfirmed, on)),
                problem(Field::AccuracyConfirmed),
                checkbox(self.keep_parts)
                    .label(w.keep_parts())
                    .on_toggle(|on| Message::Toggle(Flag::KeepParts, on)),
            ]
            .spacing(8);
            sections = sections.push(section(w.handover(), handover.into()));
        } else {
            sections = sections.push(
                checkbox(self.keep_parts)
                    .label(w.keep_parts())
                    .on_toggle(|on| Message::Toggle(Flag::KeepParts, on)),
            );
        }

        let form = scrollable(sections).height(Fill);
        let side = column![
            verdict_panel(w, checked.decision.as_ref()),
            space::vertical(),
            self.save_bar(w, &checked, cx.offline)
        ]
        .spacing(12)
        .padding(16)
        .width(FillPortion(2));
        row![
            container(form).width(FillPortion(3)),
            rule::vertical(1),
            side
        ]
        .height(Fill)
        .into()
    }

    fn save_bar<'a>(
        &'a self,
        w: crate::i18n::Words,
        checked: &Checked,
        offline: Option<&str>,
    ) -> Element<'a, Message> {
        let can_save = checked.case.is_some() && !self.saving && offline.is_none();
        let why: Element<'a, Message> = if offline.is_some() {
            text(w.offline_no_save())
                .size(14)
                .style(theme::text::danger)
                .into()
        } else if let Some(error) = &self.save_error {
            text(error.clone()).style(theme::text::danger).into()
        } else if let Some((_, first)) = checked.problems.first() {
            text(w.cannot_save(first, checked.problems.len() - 1))
                .size(14)
                .style(theme::text::secondary)
                .into()
        } else {
            space::vertical().height(0).into()
        };
        column![
            why,
            row![
                button(text(w.clear()))
                    .style(theme::button::secondary)
                    .on_press(Message::Clear),
                space::horizontal(),
                button(text(if self.saving { w.saving() } else { w.save() }).size(18))
                    .padding([8, 24])
                    .on_press_maybe(can_save.then_some(Message::Save)),
            ]
            .spacing(8),
        ]
        .spacing(8)
        .into()
    }
}

fn section<'a>(title: String, content: Element<'a, Message>) -> Element<'a, Message> {
    column![text(title).size(16).font(bold()), content]
        .spacing(8)
        .into()
}

/// The decision as it stands, with every reason and its clause (docs/rules.md §3).
fn verdict_panel<'a>(w: crate::i18n::Words, decision: Option<&Decision>) -> Element<'a, Message> {
    let Some(decision) = decision else {
        return column![
            text(w.verdict_label()).size(16).font(bold()),
            text(w.no_verdict_yet()).style(theme::text::secondary)
        ]
        .spacing(8)
        .into();
    };
    let badge_style = theme::container::verdict(decision.verdict);
    let mut badge = row![text(w.gui_verdict(decision.verdict)).size(22).font(bold())]
        .spacing(10)
        .align_y(iced::Center);
    if decision.provisional {
        badge = badge.push(text(w.provisional()).size(14));
    }
    let start = match (decision.warranty_start, decision.start_basis) {
        (Some(date), Some(basis)) => {
            format!("{} ({})", w.long_date(date), w.gui_start_basis(basis))
        }
        _ => w.gui_unknown().to_string(),
    };
    let last = decision
        .warranty_last_day
        .map_or_else(|| w.gui_unknown().to_string(), move |v| w.long_date(v));
    let months = decision
        .warranty_months
        .map(|m| format!(" · {}", w.months(m)))
        .unwrap_or_default();
    let reasons = column(decision.reasons.iter().map(|reason| {
        row![
            widget::clause(&reason.clause, 13).width(44),
            text(w.reason(reason)).size(13),
        ]
        .spacing(6)
        .into()
    }))
    .spacing(6);
    column![
        text(w.verdict_label()).size(16).font(bold()),
        container(badge)
            .padding([10, 14])
            .width(Fill)
            .style(badge_style),
        text(w.gui_field_says(w.warranty_start(), format!("{start}{months}"))).size(14),
        text(w.gui_field_says(w.last_covered_day(), last)).size(14),
        scrollable(reasons).height(iced::Shrink),
    ]
    .spacing(8)
    .into()
}

fn saved_panel<'a>(
    w: crate::i18n::Words,
    number: &CaseNumber,
    arrival: Arrival,
) -> Element<'a, Message> {
    let print = if arrival == Arrival::WalkIn {
        w.print_receipt()
    } else {
        w.print_confirmation()
    };
    iced::widget::center(
        column![
            text(w.case_saved()).size(18),
            text(number.to_string()).size(56).font(bold()),
            row![
                button(text(print).size(18))
                    .padding([8, 20])
                    .on_press(Message::Print),
                button(text(w.next_customer()).size(18))
                    .padding([8, 20])
                    .style(theme::button::secondary)
                    .on_press(Message::Clear),
            ]
            .spacing(12),
        ]
        .spacing(16)
        .align_x(iced::Center),
    )
    .into()
}
