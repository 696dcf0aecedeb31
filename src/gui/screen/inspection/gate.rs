//! The parcel at the door (2.1, 3.4, 3.6; docs/rules.md §5): the four boxes, the outcome
//! they lead to with its clause, the application's status (open, expired: 4.2, 4.3),
//! and the sender's form for a parcel without an application.

use chrono::NaiveDate;
use iced::widget::{button, checkbox, column, container, row, scrollable, text};
use iced::{Element, Fill};

use super::{Context, Field, Flag, Gate, Message, State, Step, StepKind};
use crate::domain::dates::parse_date;
use crate::domain::lifecycle;
use crate::domain::parcel::{self, ApplicationStatus, ParcelCheck, ParcelDecision, ParcelOutcome};
use crate::domain::{Arrival, Case, CaseState, Customer, Device, NewCase, Proof, PurchaseChannel};
use crate::gui::screen::intake::model_suggestions;
use crate::gui::theme;
use crate::gui::widget::{block, bold, field};
use crate::store::ParcelArrival;

impl State {
    /// The application status the gate works with.
    pub(super) fn application(&self, today: NaiveDate) -> ApplicationStatus {
        match self.case() {
            Some(case) if case.state == CaseState::Applied => {
                let arrived = parse_date(&self.received_on).unwrap_or(today);
                match case.applied_on {
                    Some(applied) if lifecycle::application_expired(applied, arrived) => {
                        ApplicationStatus::Expired
                    }
                    _ => ApplicationStatus::Open,
                }
            }
            _ => ApplicationStatus::None,
        }
    }

    /// The gate's outcome for the boxes as they are ticked (docs/rules.md §5).
    pub fn gate_decision(&self, today: NaiveDate) -> ParcelDecision {
        parcel::check(&ParcelCheck {
            application: self.application(today),
            cash_on_delivery: self.gate.cash_on_delivery,
            package_damaged: self.gate.damaged,
            soaked: self.gate.soaked,
            packaging_adequate: self.gate.adequate,
        })
    }

    pub(super) fn parcel(
        &self,
        w: crate::i18n::Words,
        today: NaiveDate,
    ) -> Result<ParcelArrival, String> {
        let received_on = parse_date(&self.received_on)
            .ok_or_else(|| w.not_a_date(&w.received_on_label(), &self.received_on))?;
        if received_on > today {
            return Err(w.date_in_future(&w.received_on_label()));
        }
        Ok(ParcelArrival {
            received_on,
            cash_on_delivery: self.gate.cash_on_delivery,
            package_damaged: self.gate.damaged,
            soaked: self.gate.soaked,
            packaging_adequate: self.gate.adequate,
            serial_found: Some(self.serial_found.trim().to_string()).filter(|s| !s.is_empty()),
            handover: self.handover(),
        })
    }

    /// The new case for a parcel without an open application (4.3).
    pub(super) fn unsolicited_case(&self, parcel: &ParcelArrival) -> NewCase {
        let (customer, device, fault, keep_parts) = match self.case() {
            // It came for an expired application: the application's details stand.
            Some(case) => (
                case.customer.clone(),
                case.device.clone(),
                case.fault.clone(),
                case.keep_parts,
            ),
            None => (
                Customer {
                    name: self.sender.name.trim().to_string(),
                    phone: self.sender.phone.trim().to_string(),
                    email: Some(self.sender.email.trim().to_string()).filter(|e| !e.is_empty()),
                    address: self.sender.address.trim().to_string(),
                    return_address: None,
                    language: Default::default(),
                },
                Device {
                    model: self.sender.model.trim().to_string(),
                    serial: self.sender.serial.trim().to_string(),
                },
                self.sender.fault.trim().to_string(),
                self.sender.keep_parts,
            ),
        };
        NewCase {
            arrival: Arrival::MailIn,
            application_id: None,
            applied_on: None,
            received_on: Some(parcel.received_on),
            customer,
            device,
            proof: self.case().map_or(
                Proof {
                    channel: PurchaseChannel::Unknown,
                    invoice: None,
                    shipment_date: None,
                    delivery_date: None,
                    contract_months: None,
                },
                |case| case.proof.clone(),
            ),
            fault,
            component: None,
            handover: parcel.handover.clone(),
            keep_parts,
        }
    }

    /// The sender's fields a taken-in parcel needs, with what is wrong (for a refused or
    /// rejected parcel only the name is needed: it is not opened).
    pub fn sender_problems(&self, takes_in: bool, w: crate::i18n::Words) -> Vec<(Field, String)> {
        let mut problems = Vec::new();
        let blank = |s: &str| s.trim().is_empty();
        if blank(&self.sender.name) {
            problems.push((Field::SenderName, w.gui_sender_problem_name()));
        }
        if takes_in {
            if blank(&self.sender.phone) {
                problems.push((Field::SenderPhone, w.gui_sender_problem_phone()));
            }
            if blank(&self.sender.address) {
                problems.push((Field::SenderAddress, w.gui_sender_problem_address()));
            }
            if blank(&self.sender.model) {
                problems.push((Field::SenderModel, w.gui_sender_problem_model()));
            }
            if blank(&self.sender.serial) {
                problems.push((Field::SenderSerial, w.gui_sender_problem_serial()));
            }
            if blank(&self.sender.fault) {
                problems.push((Field::SenderFault, w.gui_sender_problem_fault()));
            }
        }
        problems
    }

    pub(super) fn applied_view<'a>(
        &'a self,
        case: &'a Case,
        cx: &Context<'a>,
    ) -> Element<'a, Message> {
        let w = cx.words;
        let mut page = column![].spacing(12);
        if let Some(applied) = case.applied_on {
            let closes = lifecycle::application_closes(applied);
            if self.application(cx.today) == ApplicationStatus::Expired {
                page = page.push(
                    container(text(w.expired_banner(closes)).size(15))
                        .padding(12)
                        .width(Fill)
                        .style(theme::container::warning),
                );
            } else {
                page = page.push(text(w.closes_on(closes)).size(14));
            }
        }
        page = page.push(self.gate_view(cx));
        if self.gate_decision(cx.today).outcome.takes_in() {
            page = page.push(self.contents_view(w, Some(case)));
        }
        // Resolving remotely closes an application whose parcel never needs to come;
        // beside a parcel being refused or rejected it would mean something else (4.1).
        if self.application(cx.today) == ApplicationStatus::Open
            && self.gate_decision(cx.today).outcome == ParcelOutcome::Accept
        {
            page = page.push(self.remote_view(cx));
        }
        page.into()
    }

    /// A parcel without an application: the gate first (a refused parcel is not opened,
    /// so nothing else matters), then who sent it and what is inside.
    pub(super) fn unsolicited_view<'a>(&'a self, cx: &Context<'a>) -> Element<'a, Message> {
        let w = cx.words;
        let takes_in = self.gate_decision(cx.today).outcome.takes_in();
        let problems = self.sender_problems(takes_in, w);
        let problem = |f: Field| {
            self.at_field(
                f,
                problems
                    .iter()
                    .find(|(field, _)| *field == f)
                    .map(|(_, p)| p.clone()),
            )
        };
        let input = |label: String, f: Field, value: &'a str| {
            field(
                label,
                f.id(),
                value,
                problem(f),
                move |v| Message::Edit(f, v),
                None,
            )
        };
        let suggestions = model_suggestions(cx.policy, &self.sender.model);
        let mut model =
            column![input(w.model(), Field::SenderModel, &self.sender.model)].spacing(4);
        if !suggestions.is_empty() {
            model = model.push(
                row(suggestions.into_iter().map(|name| {
                    button(text(name.clone()).size(13))
                        .style(theme::button::secondary)
                        .padding([2, 8])
                        .on_press(Message::Edit(Field::SenderModel, name))
                        .into()
                }))
                .spacing(6)
                .wrap(),
            );
        }
        let sender = block(
            w.sender(),
            column![
                row![
                    input(w.name(), Field::SenderName, &self.sender.name),
                    input(w.phone(), Field::SenderPhone, &self.sender.phone),
                    input(w.email(), Field::SenderEmail, &self.sender.email),
                ]
                .spacing(10),
                input(w.address(), Field::SenderAddress, &self.sender.address),
                row![
                    model,
                    input(w.serial(), Field::SenderSerial, &self.sender.serial),
                ]
                .spacing(10),
                input(w.fault_short(), Field::SenderFault, &self.sender.fault),
                checkbox(self.sender.keep_parts)
                    .label(w.keep_parts())
                    .on_toggle(|on| Message::Toggle(Flag::KeepParts, on)),
            ]
            .spacing(8),
        );
        let mut page = column![self.gate_view(cx), sender].spacing(12);
        if takes_in {
            page = page.push(self.contents_view(w, None));
        }
        scrollable(page.push(self.confirm_parcel(cx)).padding(iced::Padding {
            right: 14.0,
            ..iced::Padding::ZERO
        }))
        .height(Fill)
        .into()
    }

    /// The four boxes and the outcome they lead to, with its clause (docs/rules.md §5).
    pub(super) fn gate_view<'a>(&'a self, cx: &Context<'a>) -> Element<'a, Message> {
        let w = cx.words;
        let decision = self.gate_decision(cx.today);
        let style = match decision.outcome {
            ParcelOutcome::Refuse | ParcelOutcome::Reject => theme::container::danger,
            ParcelOutcome::AcceptUnsolicited => theme::container::warning,
            ParcelOutcome::Accept => theme::container::success,
        };
        let mut outcome = column![
            text(w.outcome_title(decision.outcome))
                .size(20)
                .font(bold()),
            text(format!("{} ({})", decision.text, decision.clause)).size(14),
        ]
        .spacing(4);
        for (clause, note) in &decision.notes {
            outcome = outcome.push(text(format!("{note} ({clause})")).size(13));
        }
        let received_problem = self.at_field(Field::ReceivedOn, self.parcel(w, cx.today).err());
        block(
            w.parcel_gate(),
            column![
                row![
                    container(field(
                        w.received_on_label(),
                        Field::ReceivedOn.id(),
                        &self.received_on,
                        received_problem,
                        |v| Message::Edit(Field::ReceivedOn, v),
                        None,
                    ))
                    .width(220),
                    column![
                        checkbox(self.gate.cash_on_delivery)
                            .label(w.gate_cod())
                            .on_toggle(|on| Message::Gate(Gate::CashOnDelivery, on)),
                        checkbox(self.gate.damaged)
                            .label(w.gate_damaged())
                            .on_toggle(|on| Message::Gate(Gate::Damaged, on)),
                        checkbox(self.gate.soaked)
                            .label(w.gate_soaked())
                            .on_toggle(|on| Message::Gate(Gate::Soaked, on)),
                        checkbox(self.gate.adequate)
                            .label(w.gate_adequate())
                            .on_toggle(|on| Message::Gate(Gate::Adequate, on)),
                    ]
                    .spacing(8),
                ]
                .spacing(24),
                container(outcome).padding(12).width(Fill).style(style),
            ]
            .spacing(10),
        )
    }

    /// The gate's button, in the outcome's colour; disabled, with the reason, while the
    /// forms do not make a parcel step.
    pub(super) fn confirm_parcel<'a>(&'a self, cx: &Context<'a>) -> Element<'a, Message> {
        let w = cx.words;
        let outcome = self.gate_decision(cx.today).outcome;
        let style = theme::button::step(matches!(
            outcome,
            ParcelOutcome::Refuse | ParcelOutcome::Reject
        ));
        let problem = self.parcel_step(cx).err();
        let button = button(text(w.confirm_outcome(outcome)).size(17))
            .padding([10, 22])
            .style(style)
            .on_press_maybe(
                (problem.is_none() && !self.busy && cx.may(StepKind::Parcel))
                    .then_some(Message::Confirm(StepKind::Parcel)),
            );
        match problem {
            Some(problem) => column![button, text(problem).size(13).style(theme::text::danger)]
                .spacing(4)
                .into(),
            None => button.into(),
        }
    }

    /// The parcel step the gate and the forms make, or the first thing missing.
    pub(super) fn parcel_step(&self, cx: &Context<'_>) -> Result<Step, String> {
        let w = cx.words;
        let case = self.case();
        let parcel = self.parcel(w, cx.today)?;
        let decision = self.gate_decision(cx.today);
        match (case, decision.outcome) {
            (Some(case), ParcelOutcome::Accept | ParcelOutcome::Refuse | ParcelOutcome::Reject)
                if case.state == CaseState::Applied
                    && self.application(cx.today) == ApplicationStatus::Open =>
            {
                Ok(Step::Receive(parcel))
            }
            (Some(case), _) if case.state == CaseState::Applied => Ok(Step::Unsolicited {
                new: Box::new(self.unsolicited_case(&parcel)),
                parcel,
                expired: Some(case.number.clone()),
            }),
            (None, outcome) if self.unsolicited => {
                if let Some((_, problem)) = self.sender_problems(outcome.takes_in(), w).first() {
                    return Err(problem.clone());
                }
                Ok(Step::Unsolicited {
                    new: Box::new(self.unsolicited_case(&parcel)),
                    parcel,
                    expired: None,
                })
            }
            _ => Err(w.scan_first()),
        }
    }
}
