//! The open case laid out: its header, the step its state calls for, the side panel
//! (decision, facts, photos) and the step's button kept in sight.

use iced::widget::{button, column, container, row, scrollable, text};
use iced::{Element, Fill, FillPortion};

use super::quote::needs_quote;
use super::{Context, Field, Message, State, StepKind};
use crate::domain::parcel::ParcelOutcome;
use crate::domain::warranty::same_identifier;
use crate::domain::{Case, CaseState};
use crate::gui::screen::cases::state_badge;
use crate::gui::theme;
use crate::gui::widget::{block, bold, fact, reasons, thumbnails, verdict_badge};

impl State {
    pub(super) fn case_view<'a>(
        &'a self,
        case: &'a Case,
        cx: &Context<'a>,
    ) -> Element<'a, Message> {
        let w = cx.words;
        let mut subtitle = vec![
            w.gui_arrival(case.arrival).to_string(),
            case.customer.name.clone(),
            format!("{} · {}", case.device.model, case.device.serial),
        ];
        if let Some(applied) = case.applied_on {
            subtitle.push(format!("{} {}", w.applied_on_label(), w.long_date(applied)));
        }
        let header = row![
            text(case.number.to_string()).size(26).font(bold()),
            state_badge(w, case.state, 14),
            text(subtitle.join(" · ")).size(14).width(Fill),
            // In the header, so it is in sight however long the case's facts grow.
            button(text(w.add_photos()).size(14))
                .padding([6, 12])
                .style(theme::button::secondary)
                .on_press(Message::AddPhotos),
            button(text(w.close_case_view()).size(14))
                .padding([6, 12])
                .style(theme::button::secondary)
                .on_press(Message::Close),
        ]
        .spacing(12)
        .align_y(iced::Center);

        let steps: Element<'a, Message> = match case.state {
            CaseState::Applied => self.applied_view(case, cx),
            CaseState::Received => self.received_view(case, cx),
            CaseState::AwaitingCustomer => self.awaiting_customer_view(case, cx),
            CaseState::AwaitingPayment => self.awaiting_payment_view(case, cx),
            CaseState::InRepair => self.in_repair_view(case, cx),
            CaseState::Ready | CaseState::ToReturn => block(
                w.dispatch(),
                column![
                    text(w.goes_to_dispatch()).size(15),
                    button(text(w.open_in_dispatch()).size(15))
                        .padding([8, 16])
                        .on_press(Message::GoToDispatch),
                ]
                .spacing(10),
            ),
            CaseState::Returned
            | CaseState::Rejected
            | CaseState::Expired
            | CaseState::ResolvedRemotely => {
                block(w.state(case.state), text(w.case_closed()).size(15))
            }
        };

        let side = self.side_view(case, cx);
        // The parcel's confirm button stays in sight under the form, however long the
        // contents list grows: the inspector's free hand never has to scroll for it.
        let mut steps_column = column![
            scrollable(container(steps).padding(iced::Padding {
                right: 14.0,
                ..iced::Padding::ZERO
            }))
            .height(Fill)
        ]
        .spacing(10)
        .width(FillPortion(3));
        if let Some(bar) = self.action_bar(case, cx) {
            steps_column = steps_column.push(bar);
        }
        column![
            header,
            row![
                steps_column,
                scrollable(container(side).padding(iced::Padding {
                    right: 14.0,
                    ..iced::Padding::ZERO
                }))
                .height(Fill)
                .width(FillPortion(2)),
            ]
            .spacing(16),
        ]
        .spacing(12)
        .into()
    }

    /// The decision, what came in, the photos: what the inspector glances at.
    pub(super) fn side_view<'a>(
        &'a self,
        case: &'a Case,
        cx: &Context<'a>,
    ) -> Element<'a, Message> {
        let w = cx.words;
        let turned_away = case.state == CaseState::Applied
            && matches!(
                self.gate_decision(cx.today).outcome,
                ParcelOutcome::Refuse | ParcelOutcome::Reject
            );
        let decision: Element<'a, Message> = match &case.decision {
            // A parcel being refused or rejected is not repaired at all: the application's
            // decision would promise what will not happen.
            _ if turned_away => text(w.not_taken_in()).size(15).font(bold()).into(),
            Some(recorded) => column![
                verdict_badge(w, &recorded.decision, 18),
                reasons(w, &recorded.decision)
            ]
            .spacing(8)
            .into(),
            None => text(w.no_verdict_yet()).size(14).into(),
        };
        let accessories = if case.handover.accessories.is_empty() {
            w.not_given().to_string()
        } else {
            case.handover.accessories.join(", ")
        };
        let mut facts = column![
            fact(w.fault_short(), case.fault.as_str()),
            fact(w.accessories_short(), accessories),
            fact(
                w.keep_parts_short(),
                if case.keep_parts {
                    w.gui_yes()
                } else {
                    w.gui_no()
                }
            ),
        ]
        .spacing(6);
        // The application's serial: kept apart once the device received replaced it (2.4).
        let applied = case
            .applied_serial
            .as_deref()
            .unwrap_or(&case.device.serial);
        if let Some(found) = case.parcel.as_ref().and_then(|p| p.serial_found.as_deref())
            && !same_identifier(found, applied)
        {
            facts = facts.push(
                container(text(w.serial_mismatch(found, applied)).size(14))
                    .padding(8)
                    .width(Fill)
                    .style(theme::container::danger),
            );
        }
        let photos: Element<'a, Message> = if self.thumbnails.is_empty() {
            text(if case.photos.is_empty() {
                w.no_photos().to_string()
            } else {
                case.photos.join(", ")
            })
            .size(13)
            .into()
        } else {
            thumbnails(&self.thumbnails, 120.0, 90.0)
        };
        column![
            block(w.verdict_label(), decision),
            block(w.case_facts(), facts),
            block(w.photos(), photos),
        ]
        .spacing(12)
        .into()
    }

    /// The step's main button, kept below the scrolling form: accept/refuse/reject the
    /// parcel, record the diagnosis, send the quote.
    pub(super) fn action_bar<'a>(
        &'a self,
        case: &'a Case,
        cx: &Context<'a>,
    ) -> Option<Element<'a, Message>> {
        let w = cx.words;
        match case.state {
            CaseState::Applied => Some(self.confirm_parcel(cx)),
            CaseState::Received if needs_quote(case) => {
                Some(self.step_button(w.send_quote(), StepKind::SendQuote, cx))
            }
            CaseState::Received => {
                Some(self.step_button(w.record_diagnosis(), StepKind::Diagnose, cx))
            }
            _ => None,
        }
    }

    /// A step's button; steps that send a device back ask for a second click. While
    /// the forms do not make a step, the button is disabled and says why underneath.
    pub(super) fn step_button<'a>(
        &self,
        label: String,
        kind: StepKind,
        cx: &Context<'_>,
    ) -> Element<'a, Message> {
        let w = cx.words;
        if !cx.may(kind) {
            // Another role's step: not offered (docs/rules.md §10).
            return iced::widget::space::horizontal().width(0).into();
        }
        let armed = self.armed == Some(kind);
        let words = if armed {
            w.confirm_twice(&label)
        } else {
            label.to_string()
        };
        let style = theme::button::step(armed || kind.needs_second_click());
        let problem = self.step(kind, cx).err();
        let button = button(text(words).size(15))
            .padding([8, 16])
            .style(style)
            .on_press_maybe((problem.is_none() && !self.busy).then_some(Message::Confirm(kind)));
        match problem {
            Some(problem) => column![button, text(problem).size(13).style(theme::text::danger)]
                .spacing(4)
                .into(),
            None => button.into(),
        }
    }

    /// A field's problem, shown once the field was typed in (a blank form is not wrong
    /// yet; the step's button says what is missing).
    pub(super) fn at_field(&self, field: Field, problem: Option<String>) -> Option<String> {
        problem.filter(|_| self.touched.contains(&field))
    }
}
