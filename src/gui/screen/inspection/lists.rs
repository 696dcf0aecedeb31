//! The work lists shown while no case is open: the parcels expected, then the cases in
//! each state the inspector moves on.

use chrono::NaiveDate;
use iced::widget::{button, column, row, scrollable, text};
use iced::{Element, Fill, FillPortion};

use super::{Context, Message, State};
use crate::gui::screen::cases::state_badge;
use crate::gui::theme;
use crate::gui::widget::{block, bold};
use crate::store::CaseSummary;

impl State {
    pub(super) fn queues_view<'a>(&'a self, cx: &Context<'a>) -> Element<'a, Message> {
        let w = cx.words;
        let list = |title: String, cases: &'a [CaseSummary]| -> Element<'a, Message> {
            let rows: Element<'a, Message> = if cases.is_empty() {
                text(w.nothing_here())
                    .size(14)
                    .style(theme::text::secondary)
                    .into()
            } else {
                column(cases.iter().map(|c| queue_row(w, c, cx.today)))
                    .spacing(2)
                    .into()
            };
            block(title, rows)
        };
        let mut page = column![].spacing(12);
        if let Some(problem) = &self.queues_error {
            page = page.push(text(problem.clone()).style(theme::text::danger));
        }
        page = page
            .push(list(w.parcels_expected_list(), cx.expected()))
            .push(list(w.waiting_diagnosis(), &self.queues.received))
            .push(list(
                w.waiting_customer_overdue_first(),
                &self.queues.awaiting_customer,
            ))
            .push(list(w.waiting_payment(), &self.queues.awaiting_payment))
            .push(list(w.in_repair_list(), &self.queues.in_repair));
        scrollable(page.padding(iced::Padding {
            right: 14.0,
            ..iced::Padding::ZERO
        }))
        .height(Fill)
        .into()
    }
}

fn queue_row<'a>(
    w: crate::i18n::Words,
    case: &'a CaseSummary,
    today: NaiveDate,
) -> Element<'a, Message> {
    let deadline = case
        .next_deadline
        .map(|(what, date)| (w.deadline_line(what, date, today), date < today));
    let mut line = row![
        text(case.number.to_string())
            .size(14)
            .font(bold())
            .width(150),
        state_badge(w, case.state, 12),
        text(case.customer_name.as_str())
            .size(14)
            .width(FillPortion(2)),
        text(format!("{} · {}", case.model, case.serial))
            .size(14)
            .width(FillPortion(2)),
    ]
    .spacing(10)
    .align_y(iced::Center);
    if let Some((words, late)) = deadline {
        line = line.push(
            text(words)
                .size(13)
                .width(FillPortion(2))
                .style(theme::text::deadline(late)),
        );
    }
    button(line)
        .width(Fill)
        .padding([6, 8])
        .style(theme::button::text)
        .on_press(Message::Open(case.number.clone()))
        .into()
}
