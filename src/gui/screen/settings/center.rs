//! The center's details: name, address, phone, e-mail and currency, printed on every
//! document the desk hands out.

use iced::Element;
use iced::widget::{column, container, row, text, text_editor};

use super::{ADDRESS_ID, Context, Field, Message, State, section};
use crate::gui::theme;

impl State {
    pub(super) fn center_section<'a>(&'a self, cx: &Context<'a>) -> Element<'a, Message> {
        let w = cx.words;
        let checked = self.check(cx);
        section(
            w.settings_center(),
            column![
                text(w.settings_center_hint())
                    .size(13)
                    .style(theme::text::secondary),
                self.input(
                    w,
                    &checked,
                    Field::CenterName,
                    "e.g. Northside Repairs",
                    None
                ),
                column![
                    text(w.settings_address()).size(13),
                    text_editor(&self.address)
                        .id(ADDRESS_ID)
                        .placeholder(w.settings_address_placeholder())
                        .on_action(Message::AddressEdited)
                        .height(84)
                        .padding(6),
                    self.problem(&checked, Field::Address),
                ]
                .spacing(3),
                row![
                    self.input(w, &checked, Field::Phone, "+44 20 7946 0000", None),
                    self.input(w, &checked, Field::Email, "desk@example.com", None),
                ]
                .spacing(12),
                container(self.input(
                    w,
                    &checked,
                    Field::Currency,
                    "EUR",
                    Some(w.settings_currency_hint())
                ))
                .width(260),
            ]
            .spacing(10)
            .into(),
        )
    }
}
