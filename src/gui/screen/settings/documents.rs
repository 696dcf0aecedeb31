//! The documents and the desk's rules: paper, the return label's form, the receipt in
//! the parcel, the answer deadline (2.3), how long personal data is kept (3.7) and how
//! many daily backups are kept.

use iced::Element;
use iced::widget::{checkbox, column, text};

use super::{Context, Field, Message, State, section};
use crate::domain::settings::{LabelSize, Paper};
use crate::gui::text as t;
use crate::gui::widget;

impl State {
    pub(super) fn documents_section(&self) -> Element<'_, Message> {
        section(
            t::SETTINGS_DOCUMENTS,
            column![
                text(t::SETTINGS_PAPER).size(13),
                widget::choice(
                    [Paper::A4, Paper::Letter],
                    Some(self.paper),
                    t::settings_paper,
                    Message::Paper
                ),
                text(t::SETTINGS_LABEL).size(13),
                widget::choice(
                    [LabelSize::FourBySix, LabelSize::Sheet],
                    Some(self.label),
                    t::settings_label,
                    Message::Label
                ),
                checkbox(self.receipt_on_parcel)
                    .label(t::SETTINGS_RECEIPT_ON_PARCEL)
                    .on_toggle(Message::ReceiptOnParcel),
            ]
            .spacing(6)
            .into(),
        )
    }

    pub(super) fn deadlines_section<'a>(&'a self, cx: &Context<'a>) -> Element<'a, Message> {
        let checked = self.check(cx);
        section(
            t::SETTINGS_DEADLINES,
            column![
                self.input(
                    &checked,
                    Field::AnswerDays,
                    "14",
                    Some(t::SETTINGS_ANSWER_DAYS_HINT)
                ),
                self.input(
                    &checked,
                    Field::RetentionMonths,
                    "24",
                    Some(t::SETTINGS_RETENTION_HINT)
                ),
                self.input(
                    &checked,
                    Field::BackupsKept,
                    "14",
                    Some(t::SETTINGS_BACKUPS_KEPT_HINT)
                ),
            ]
            .spacing(10)
            .into(),
        )
    }
}
