//! The documents and the desk's rules: paper, the return label's form, the receipt in
//! the parcel, the answer deadline (2.3), how long personal data is kept (3.7) and how
//! many daily backups are kept.

use iced::Element;
use iced::widget::{checkbox, column, text};

use super::{Context, Field, Message, State, section};
use crate::domain::settings::{LabelSize, Paper};
use crate::gui::widget;

impl State {
    pub(super) fn documents_section(&self, w: crate::i18n::Words) -> Element<'_, Message> {
        section(
            w.settings_documents(),
            column![
                text(w.settings_paper_label()).size(13),
                widget::choice(
                    [Paper::A4, Paper::Letter],
                    Some(self.paper),
                    move |v| w.settings_paper(v),
                    Message::Paper
                ),
                text(w.settings_label_label()).size(13),
                widget::choice(
                    [LabelSize::FourBySix, LabelSize::Sheet],
                    Some(self.label),
                    move |v| w.settings_label(v),
                    Message::Label
                ),
                checkbox(self.receipt_on_parcel)
                    .label(w.settings_receipt_on_parcel())
                    .on_toggle(Message::ReceiptOnParcel),
            ]
            .spacing(6)
            .into(),
        )
    }

    pub(super) fn deadlines_section<'a>(&'a self, cx: &Context<'a>) -> Element<'a, Message> {
        let w = cx.words;
        let checked = self.check(cx);
        section(
            w.settings_deadlines(),
            column![
                self.input(
                    w,
                    &checked,
                    Field::AnswerDays,
                    "14",
                    Some(w.settings_answer_days_hint())
                ),
                self.input(
                    w,
                    &checked,
                    Field::RetentionMonths,
                    "24",
                    Some(w.settings_retention_hint())
                ),
                self.input(
                    w,
                    &checked,
                    Field::BackupsKept,
                    "14",
                    Some(w.settings_backups_kept_hint())
                ),
            ]
            .spacing(10)
            .into(),
        )
    }
}
