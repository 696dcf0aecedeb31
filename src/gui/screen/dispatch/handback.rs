//! The open case going back: the packing checklist that must be complete (3.5), the way
//! back — shipped with a return label, freight prepaid (2.1), or collected at the counter
//! with an ID check — and the button that closes the case as returned.

use iced::Fill;
use iced::widget::{button, checkbox, column, row, scrollable, text};
use iced::{Element, FillPortion};

use super::{Context, Field, Message, State, Way};
use crate::domain::case::{Handback, ReturnReason};
use crate::domain::settings::LabelSize;
use crate::domain::{Case, CaseState};
use crate::gui::screen::cases::state_badge;
use crate::gui::text as t;
use crate::gui::theme;
use crate::gui::widget::{block, bold, choice, fact, field};

impl State {
    /// The handback as entered, or what still blocks closing (in the order to fix it).
    pub fn handback(&self) -> Result<Handback, String> {
        let unticked = self.unticked();
        if !unticked.is_empty() {
            return Err(t::unticked(&unticked));
        }
        match self.way() {
            Way::Ship => {
                if self.carrier.trim().is_empty() {
                    return Err(format!("{}: write the carrier taking it.", t::CARRIER));
                }
                if self.tracking.trim().is_empty() {
                    return Err(format!("{}: scan or type it from the label.", t::TRACKING));
                }
                Ok(Handback::Shipped {
                    carrier: self.carrier.trim().to_string(),
                    tracking: self.tracking.trim().to_string(),
                })
            }
            Way::Counter => {
                if self.collected_by.trim().is_empty() {
                    return Err(format!("{}: who is taking the device?", t::COLLECTED_BY));
                }
                if !self.id_checked {
                    return Err(format!(
                        "{}: check the collector's ID before handing the device over.",
                        t::ID_CHECKED
                    ));
                }
                Ok(Handback::Collected {
                    by: self.collected_by.trim().to_string(),
                    id_checked: true,
                })
            }
        }
    }

    pub(super) fn case_view<'a>(
        &'a self,
        case: &'a Case,
        cx: &Context<'a>,
    ) -> Element<'a, Message> {
        let reason = match case.state {
            CaseState::Ready => t::return_reason(Some(ReturnReason::Repaired)),
            _ => t::return_reason(case.return_reason),
        };
        let header = row![
            text(case.number.to_string()).size(26).font(bold()),
            state_badge(case.state, 14),
            text(format!(
                "{} · {} · {}",
                reason, case.customer.name, case.device.model
            ))
            .size(15)
            .width(Fill),
            button(text(t::BACK_TO_QUEUE).size(14))
                .padding([6, 12])
                .style(theme::button::secondary)
                .on_press(Message::Back),
        ]
        .spacing(12)
        .align_y(iced::Center);

        let goes_back = matches!(case.state, CaseState::Ready | CaseState::ToReturn);
        if !goes_back {
            return column![
                header,
                text(t::NOT_GOING_BACK).size(15),
                button(text(t::OPEN_IN_CASES).size(15))
                    .padding([8, 16])
                    .on_press(Message::OpenInCases(case.number.clone())),
            ]
            .spacing(12)
            .into();
        }

        let packing = column(
            self.packing_list()
                .into_iter()
                .enumerate()
                .map(|(i, line)| {
                    let ticked = self.ticks.get(i).copied().unwrap_or(false);
                    checkbox(ticked)
                        .label(line)
                        .on_toggle(move |on| Message::Tick(i, on))
                        .size(20)
                        .text_size(16)
                        .into()
                }),
        )
        .spacing(10);
        let packing = block(
            t::PACKING,
            column![
                text(t::PACKING_HINT).size(13).style(theme::text::secondary),
                packing
            ]
            .spacing(10),
        );

        let way = self.way();
        let how: Element<'a, Message> = match way {
            Way::Ship => {
                let size = self.label.unwrap_or(cx.settings.label);
                column![
                    fact(t::RETURN_TO, case.customer.return_to()),
                    row![
                        field(
                            t::CARRIER,
                            Field::Carrier.id(),
                            &self.carrier,
                            self.at_field(Field::Carrier),
                            |v| Message::Edit(Field::Carrier, v),
                            None
                        ),
                        field(
                            t::TRACKING,
                            Field::Tracking.id(),
                            &self.tracking,
                            self.at_field(Field::Tracking),
                            |v| Message::Edit(Field::Tracking, v),
                            Some(Message::Close)
                        ),
                    ]
                    .spacing(10),
                    row![
                        choice(
                            [LabelSize::FourBySix, LabelSize::Sheet],
                            Some(size),
                            label_size,
                            Message::LabelSize
                        ),
                        button(text(t::PRINT_LABEL).size(15))
                            .padding([7, 16])
                            .on_press(Message::PrintLabel),
                    ]
                    .spacing(12)
                    .align_y(iced::Center),
                    text(t::FREIGHT_PREPAID)
                        .size(13)
                        .style(theme::text::secondary),
                ]
                .spacing(8)
                .into()
            }
            Way::Counter => column![
                field(
                    t::COLLECTED_BY,
                    Field::CollectedBy.id(),
                    &self.collected_by,
                    self.at_field(Field::CollectedBy),
                    |v| Message::Edit(Field::CollectedBy, v),
                    None
                ),
                checkbox(self.id_checked)
                    .label(t::ID_CHECKED)
                    .on_toggle(Message::IdChecked),
                text(t::HANDOVER_PRINTS_ON_CLOSING)
                    .size(13)
                    .style(theme::text::secondary),
            ]
            .spacing(8)
            .into(),
        };
        let handback = block(
            t::HANDBACK,
            column![
                choice(
                    [Way::Ship, Way::Counter],
                    Some(way),
                    way_label,
                    Message::Way
                ),
                how
            ]
            .spacing(10),
        );

        let blocked = self.handback().err();
        let mut closing = column![
            button(text(t::CLOSE_RETURNED).size(17))
                .padding([10, 22])
                .style(theme::button::success)
                .on_press_maybe((blocked.is_none() && !self.busy).then_some(Message::Close)),
        ]
        .spacing(6);
        if let Some(problem) = blocked {
            closing = closing.push(text(problem).size(14).style(theme::text::danger));
        }
        if case.handover.password_note.is_some() {
            closing = closing.push(
                text(t::PASSWORD_WILL_GO)
                    .size(13)
                    .style(theme::text::secondary),
            );
        }

        column![
            header,
            scrollable(
                row![
                    column![packing, closing].spacing(12).width(FillPortion(1)),
                    column![handback].spacing(12).width(FillPortion(1)),
                ]
                .spacing(16)
                .padding(iced::Padding {
                    right: 14.0,
                    ..iced::Padding::ZERO
                })
            )
            .height(Fill),
        ]
        .spacing(12)
        .into()
    }
}

fn label_size(size: LabelSize) -> &'static str {
    match size {
        LabelSize::FourBySix => t::LABEL_4X6,
        LabelSize::Sheet => t::LABEL_SHEET,
    }
}

fn way_label(way: Way) -> &'static str {
    match way {
        Way::Ship => t::SHIP_IT,
        Way::Counter => t::COUNTER_PICKUP,
    }
}
