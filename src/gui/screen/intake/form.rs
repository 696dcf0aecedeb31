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
use crate::gui::text as t;
use crate::gui::theme;
use crate::gui::widget::{self, bold};

impl State {
    pub fn view<'a>(&'a self, cx: &Context<'a>) -> Element<'a, Message> {
        if let Some((number, arrival)) = &self.saved
            && self.is_blank()
        {
            return saved_panel(number, *arrival);
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
        let input = |label: &'a str, field: Field, placeholder: &'a str| -> Element<'a, Message> {
            let entry = text_input(placeholder, self.value(field))
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
        let date_input = |label: &'a str, field: Field| -> Element<'a, Message> {
            let understood: Element<'a, Message> = match parse_date(self.value(field)) {
                Some(date) => text(t::understood_date(date))
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
            t::arrival,
            Message::Mode,
        );

        let when: Element<'a, Message> = if self.mode == Arrival::WalkIn {
            row![
                date_input(t::RECEIVED_ON, Field::ReceivedOn),
                space::horizontal()
            ]
            .spacing(12)
            .into()
        } else {
            row![
                date_input(t::APPLIED_ON, Field::AppliedOn),
                input(t::APPLICATION_ID, Field::ApplicationId, "e.g. WEB-48213"),
            ]
            .spacing(12)
            .into()
        };

        let mut customer = column![
            row![
                input(t::NAME, Field::Name, "Full name"),
                input(t::PHONE, Field::Phone, "+44 20 7946 0000")
            ]
            .spacing(12),
            row![
                input(t::EMAIL, Field::Email, "name@example.com"),
                input(t::ADDRESS, Field::Address, "Street, town, postcode")
            ]
            .spacing(12),
            checkbox(self.return_same)
                .label(t::RETURN_SAME)
                .on_toggle(|on| Message::Toggle(Flag::ReturnSame, on)),
        ]
        .spacing(8);
        if !self.return_same {
            customer = customer.push(input(
                t::RETURN_ADDRESS,
                Field::ReturnAddress,
                "Where the device goes back",
            ));
        }

        let model_text = self.value(Field::Model);
        let suggestions = model_suggestions(cx.policy, model_text);
        let mut device = column![
            row![
                input(t::MODEL, Field::Model, "Type to pick from the catalogue"),
                input(t::SERIAL, Field::Serial, "As printed on the device")
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
                text(t::CHANNEL).size(13).width(110),
                widget::choice(
                    PurchaseChannel::ALL,
                    Some(self.channel),
                    t::channel,
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
                    column![text(t::REPEAT_REPAIRS).size(13).font(bold())]
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
                .label(t::INVOICE_PRESENT)
                .on_toggle(|on| Message::Toggle(Flag::InvoicePresent, on)),
        ]
        .spacing(8);
        if self.invoice_present {
            proof = proof.push(
                row![
                    date_input(t::INVOICE_DATE, Field::InvoiceDate),
                    input(t::INVOICE_MODEL, Field::InvoiceModel, "As printed"),
                    input(t::INVOICE_SERIAL, Field::InvoiceSerial, "As printed"),
                ]
                .spacing(12),
            );
            proof = proof.push(
                row![
                    checkbox(self.invoice_legible)
                        .label(t::INVOICE_LEGIBLE)
                        .on_toggle(|on| Message::Toggle(Flag::InvoiceLegible, on)),
                    checkbox(self.invoice_altered)
                        .label(t::INVOICE_ALTERED)
                        .on_toggle(|on| Message::Toggle(Flag::InvoiceAltered, on)),
                ]
                .spacing(24),
            );
        }
        proof = proof.push(
            row![
                date_input(t::SHIPMENT_DATE, Field::ShipmentDate),
                date_input(t::DELIVERY_DATE, Field::DeliveryDate),
                input(t::CONTRACT_MONTHS, Field::ContractMonths, "none"),
            ]
            .spacing(12),
        );

        let fault = column![
            text(t::FAULT).size(13),
            text_editor(&self.fault)
                .id(Field::Fault.id())
                .placeholder("What happens, since when, how often")
                .on_action(Message::FaultEdited)
                .height(72),
            problem(Field::Fault),
            input(t::COMPONENT, Field::Component, "e.g. battery, screen"),
        ]
        .spacing(4);

        let mut sections = column![
            mode,
            when,
            section(t::CUSTOMER, customer.into()),
            section(t::DEVICE, device.into()),
            section(t::PROOF, proof.into()),
            section(t::FAULT_SECTION, fault.into()),
        ]
        .spacing(14)
        .padding([8, 16]);

        if self.mode == Arrival::WalkIn {
            let accessories = row(t::COMMON_ACCESSORIES.into_iter().map(|name| {
                checkbox(self.accessories.contains(name))
                    .label(name)
                    .on_toggle(move |on| Message::Accessory(name, on))
                    .into()
            }))
            .spacing(14)
            .wrap();
            let mut password = column![
                text(t::PASSWORD).size(13),
                widget::choice(
                    PasswordStatus::ALL,
                    Some(self.password),
                    t::password,
                    Message::Password
                ),
            ]
            .spacing(6);
            if self.password == PasswordStatus::ToldToInspector {
                password = password.push(
                    column![
                        text_input(t::PASSWORD_NOTE, self.value(Field::PasswordNote))
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
                text(t::ACCESSORIES).size(13),
                accessories,
                input(
                    t::OTHER_ACCESSORIES,
                    Field::OtherAccessories,
                    "e.g. keyboard dock"
                ),
                input(
                    t::CONDITION,
                    Field::Condition,
                    "e.g. scratch on the back, corner dent"
                ),
                password,
                checkbox(self.backup_acknowledged)
                    .label(t::BACKUP_ACK)
                    .on_toggle(|on| Message::Toggle(Flag::BackupAcknowledged, on)),
                problem(Field::BackupAcknowledged),
                checkbox(self.accuracy_confirmed)
                    .label(t::ACCURACY_ACK)
                    .on_toggle(|on| Message::Toggle(Flag::AccuracyConfirmed, on)),
                problem(Field::AccuracyConfirmed),
                checkbox(self.keep_parts)
                    .label(t::KEEP_PARTS)
                    .on_toggle(|on| Message::Toggle(Flag::KeepParts, on)),
            ]
            .spacing(8);
            sections = sections.push(section(t::HANDOVER, handover.into()));
        } else {
            sections = sections.push(
                checkbox(self.keep_parts)
                    .label(t::KEEP_PARTS)
                    .on_toggle(|on| Message::Toggle(Flag::KeepParts, on)),
            );
        }

        let form = scrollable(sections).height(Fill);
        let side = column![
            verdict_panel(checked.decision.as_ref()),
            space::vertical(),
            self.save_bar(&checked, cx.offline)
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

    fn save_bar<'a>(&'a self, checked: &Checked, offline: Option<&str>) -> Element<'a, Message> {
        let can_save = checked.case.is_some() && !self.saving && offline.is_none();
        let why: Element<'a, Message> = if offline.is_some() {
            text(t::OFFLINE_NO_SAVE)
                .size(14)
                .style(theme::text::danger)
                .into()
        } else if let Some(error) = &self.save_error {
            text(error.clone()).style(theme::text::danger).into()
        } else if let Some((_, first)) = checked.problems.first() {
            text(t::cannot_save(first, checked.problems.len() - 1))
                .size(14)
                .style(theme::text::secondary)
                .into()
        } else {
            space::vertical().height(0).into()
        };
        column![
            why,
            row![
                button(text(t::CLEAR))
                    .style(theme::button::secondary)
                    .on_press(Message::Clear),
                space::horizontal(),
                button(text(if self.saving { t::SAVING } else { t::SAVE }).size(18))
                    .padding([8, 24])
                    .on_press_maybe(can_save.then_some(Message::Save)),
            ]
            .spacing(8),
        ]
        .spacing(8)
        .into()
    }
}

fn section<'a>(title: &'a str, content: Element<'a, Message>) -> Element<'a, Message> {
    column![text(title).size(16).font(bold()), content]
        .spacing(8)
        .into()
}

/// The decision as it stands, with every reason and its clause (docs/rules.md §3).
fn verdict_panel<'a>(decision: Option<&Decision>) -> Element<'a, Message> {
    let Some(decision) = decision else {
        return column![
            text(t::VERDICT).size(16).font(bold()),
            text(t::NO_VERDICT_YET).style(theme::text::secondary)
        ]
        .spacing(8)
        .into();
    };
    let badge_style = theme::container::verdict(decision.verdict);
    let mut badge = row![text(t::verdict(decision.verdict)).size(22).font(bold())]
        .spacing(10)
        .align_y(iced::Center);
    if decision.provisional {
        badge = badge.push(text(t::PROVISIONAL).size(14));
    }
    let start = match (decision.warranty_start, decision.start_basis) {
        (Some(date), Some(basis)) => format!("{} ({})", t::long_date(date), t::start_basis(basis)),
        _ => t::UNKNOWN.to_string(),
    };
    let last = decision
        .warranty_last_day
        .map_or_else(|| t::UNKNOWN.to_string(), t::long_date);
    let months = decision
        .warranty_months
        .map(|m| format!(" · {m} months"))
        .unwrap_or_default();
    let reasons = column(decision.reasons.iter().map(|reason| {
        row![
            widget::clause(&reason.clause, 13).width(44),
            text(reason.text.clone()).size(13),
        ]
        .spacing(6)
        .into()
    }))
    .spacing(6);
    column![
        text(t::VERDICT).size(16).font(bold()),
        container(badge)
            .padding([10, 14])
            .width(Fill)
            .style(badge_style),
        text(format!("{}: {start}{months}", t::WARRANTY_START)).size(14),
        text(format!("{}: {last}", t::LAST_COVERED_DAY)).size(14),
        scrollable(reasons).height(iced::Shrink),
    ]
    .spacing(8)
    .into()
}

fn saved_panel<'a>(number: &CaseNumber, arrival: Arrival) -> Element<'a, Message> {
    let print = if arrival == Arrival::WalkIn {
        t::PRINT_RECEIPT
    } else {
        t::PRINT_CONFIRMATION
    };
    iced::widget::center(
        column![
            text(t::CASE_SAVED).size(18),
            text(number.to_string()).size(56).font(bold()),
            row![
                button(text(print).size(18))
                    .padding([8, 20])
                    .on_press(Message::Print),
                button(text(t::NEXT_CUSTOMER).size(18))
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
