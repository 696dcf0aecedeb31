//! The center's details: name, address, phone, e-mail and currency, printed on every
//! document the desk hands out.

use iced::Element;
use iced::widget::{column, container, row, text, text_editor};

use super::{ADDRESS_ID, Context, Field, Message, State, section};
use crate::gui::text as t;
use crate::gui::theme;

impl State {
    pub(super) fn center_section<'a>(&'a self, cx: &Context<'a>) -> Element<'a, Message> {
        let checked = self.check(cx);
        section(
            t::SETTINGS_CENTER,
            column![
                text(t::SETTINGS_CENTER_HINT)
                    .size(13)
                    .style(theme::text::secondary),
                self.input(&checked, Field::CenterName, "e.g. Northside Repairs", None),
                column![
                    text(t::SETTINGS_ADDRESS).size(13),
                    text_editor(&self.address)
                        .id(ADDRESS_ID)
                        .placeholder(t::SETTINGS_ADDRESS_PLACEHOLDER)
                        .on_action(Message::AddressEdited)
                        .height(84)
                        .padding(6),
                    self.problem(&checked, Field::Address),
                ]
                .spacing(3),
                row![
                    self.input(&checked, Field::Phone, "+44 20 7946 0000", None),
                    self.input(&checked, Field::Email, "desk@example.com", None),
                ]
                .spacing(12),
                container(self.input(
                    &checked,
                    Field::Currency,
                    "EUR",
                    Some(t::SETTINGS_CURRENCY_HINT)
                ))
                .width(260),
            ]
            .spacing(10)
            .into(),
        )
    }
}
