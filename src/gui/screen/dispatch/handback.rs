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
use crate::gui::theme;
use crate::gui::widget::{block, bold, choice, fact, field};

impl State {
    /// The handback as entered, or what still blocks closing (in the order to fix it).
    pub fn handback(&self, w: crate::i18n::Words) -> Result<Handback, String> {
        let unticked = self.unticked();
        if !unticked.is_empty() {
            return Err(w.unticked(&unticked));
        }
        match self.way() {
            Way::Ship => {
                if self.carrier.trim().is_empty() {
                    return Err(w.gui_write_carrier(w.carrier()));
                }
                if self.tracking.trim().is_empty() {
                    return Err(w.gui_scan_tracking(w.tracking()));
                }
                Ok(Handback::Shipped {
                    carrier: self.carrier.trim().to_string(),
                    tracking: self.tracking.trim().to_string(),
                })
            }
            Way::Counter => {
                if self.collected_by.trim().is_empty() {
                    return Err(w.gui_who_collects(w.collected_by()));
                }
                if !self.id_checked {
                    return Err(w.gui_check_collector_id(w.id_checked()));
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
        let w = cx.words;
        let reason = match case.state {
            CaseState::Ready => w.gui_return_reason(Some(ReturnReason::Repaired)),
            _ => w.gui_return_reason(case.return_reason),
        };
        let header = row![
            text(case.number.to_string()).size(26).font(bold()),
            state_badge(w, case.state, 14),
            text(format!(
                "{} · {} · {}",
                reason, case.customer.name, case.device.model
            ))
            .size(15)
            .width(Fill),
            button(text(w.back_to_queue()).size(14))
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
                text(w.not_going_back()).size(15),
                button(text(w.open_in_cases()).size(15))
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
            w.packing(),
            column![
                text(w.packing_hint())
                    .size(13)
                    .style(theme::text::secondary),
                packing
            ]
            .spacing(10),
        );

        let way = self.way();
        let how: Element<'a, Message> = match way {
            Way::Ship => {
                let size = self.label.unwrap_or(cx.settings.label);
                column![
                    fact(w.return_to(), case.customer.return_to()),
                    row![
                        field(
                            w.carrier(),
                            Field::Carrier.id(),
                            &self.carrier,
                            self.at_field(w, Field::Carrier),
                            |v| Message::Edit(Field::Carrier, v),
                            None
                        ),
                        field(
                            w.tracking(),
                            Field::Tracking.id(),
                            &self.tracking,
                            self.at_field(w, Field::Tracking),
                            |v| Message::Edit(Field::Tracking, v),
                            Some(Message::Close)
                        ),
                    ]
                    .spacing(10),
                    row![
                        choice(
                            [LabelSize::FourBySix, LabelSize::Sheet],
                            Some(size),
                            move |v| label_size(w, v),
                            Message::LabelSize
                        ),
                        button(text(w.print_label()).size(15))
                            .padding([7, 16])
                            .on_press(Message::PrintLabel),
                    ]
                    .spacing(12)
                    .align_y(iced::Center),
                    text(w.freight_prepaid())
                        .size(13)
                        .style(theme::text::secondary),
                ]
                .spacing(8)
                .into()
            }
            Way::Counter => column![
                field(
                    w.collected_by(),
                    Field::CollectedBy.id(),
                    &self.collected_by,
                    self.at_field(w, Field::CollectedBy),
                    |v| Message::Edit(Field::CollectedBy, v),
                    None
                ),
                checkbox(self.id_checked)
                    .label(w.id_checked())
                    .on_toggle(Message::IdChecked),
                text(w.handover_prints_on_closing())
                    .size(13)
                    .style(theme::text::secondary),
            ]
            .spacing(8)
            .into(),
        };
        let handback = block(
            w.handback_label(),
            column![
                choice(
                    [Way::Ship, Way::Counter],
                    Some(way),
                    move |v| way_label(w, v),
                    Message::Way
                ),
                how
            ]
            .spacing(10),
        );

        let blocked = self.handback(w).err();
        let mut closing = column![
            button(text(w.close_returned()).size(17))
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
                text(w.password_will_go())
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

fn label_size(w: crate::i18n::Words, size: LabelSize) -> String {
    match size {
        LabelSize::FourBySix => w.label_4x6(),
        LabelSize::Sheet => w.label_sheet(),
    }
}

fn way_label(w: crate::i18n::Words, way: Way) -> String {
    match way {
        Way::Ship => w.ship_it(),
        Way::Counter => w.counter_pickup(),
    }
}
