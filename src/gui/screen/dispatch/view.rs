//! The dispatch screen's layout: the queue of devices going back, sortable and
//! filtered, one row each, or the open case's hand-back.

use super::*;
use iced::widget::column;

impl State {
    pub fn view<'a>(&'a self, cx: &Context<'a>) -> Element<'a, Message> {
        let mut page = column![].spacing(12).padding(16);
        if let Some(line) = &self.notice {
            page = page.push(notice(line));
        }
        let main: Element<'a, Message> = match self.case() {
            Some(case) => self.case_view(case, cx),
            None => self.queue_view(cx),
        };
        page.push(main).into()
    }

    pub(super) fn queue_view<'a>(&'a self, cx: &Context<'a>) -> Element<'a, Message> {
        let w = cx.words;
        let heading = |label: String, by: SortBy, width| {
            let arrow = match self.sort {
                Some((current, false)) if current == by => " ▲",
                Some((current, true)) if current == by => " ▼",
                _ => "",
            };
            button(text(format!("{label}{arrow}")).size(13).font(bold()))
                .padding([4, 6])
                .style(theme::button::text)
                .width(width)
                .on_press(Message::Sort(by))
        };
        let headings = row![
            heading(w.case_number(), SortBy::Number, FillPortion(2)),
            heading(w.customer(), SortBy::Customer, FillPortion(3)),
            container(text(w.device()).size(13).font(bold()))
                .padding([4, 6])
                .width(FillPortion(3)),
            heading(w.why(), SortBy::Reason, FillPortion(3)),
            container(text(w.how()).size(13).font(bold()))
                .padding([4, 6])
                .width(FillPortion(1)),
            heading(w.waiting(), SortBy::Waiting, FillPortion(1)),
        ]
        .spacing(6);
        let rows = self.rows(w);
        let list: Element<'a, Message> = if rows.is_empty() {
            text(w.queue_empty())
                .size(14)
                .style(theme::text::secondary)
                .into()
        } else {
            column(rows.into_iter().map(|o| outgoing_row(w, o, cx.today)))
                .spacing(2)
                .into()
        };
        let mut queue = column![
            text_input(&w.queue_filter(), &self.filter)
                .id(FILTER_ID)
                .on_input(|v| Message::Edit(Field::Filter, v))
                .on_submit(Message::FilterSubmit)
                .padding(8)
                .size(16),
            headings,
            rule::horizontal(1),
            list,
        ]
        .spacing(6);
        if let Some(problem) = &self.queue_error {
            queue = queue.push(text(problem.clone()).style(theme::text::danger));
        }
        scrollable(
            column![
                block_owned(
                    w.dispatch_queue_title(
                        self.sort
                            .map(|(by, reversed)| (sort_label(w, by), reversed))
                            .as_ref()
                            .map(|(label, reversed)| (label.as_str(), *reversed))
                    ),
                    queue
                ),
                self.due_view(cx),
                text(w.select_from_queue())
                    .size(13)
                    .style(theme::text::secondary),
            ]
            .spacing(12)
            .padding(iced::Padding {
                right: 14.0,
                ..iced::Padding::ZERO
            }),
        )
        .height(Fill)
        .into()
    }
}

/// A column heading's words, for the queue's title.
pub(super) fn sort_label(w: crate::i18n::Words, by: SortBy) -> String {
    match by {
        SortBy::Waiting => w.waiting(),
        SortBy::Number => w.case_number(),
        SortBy::Customer => w.customer(),
        SortBy::Reason => w.why(),
    }
}

/// A block whose title is worked out (the queue's, with its order).
pub(super) fn block_owned<'a>(
    title: String,
    body: impl Into<Element<'a, Message>>,
) -> Element<'a, Message> {
    container(column![text(title).size(17).font(bold()), body.into()].spacing(10))
        .padding(14)
        .width(Fill)
        .style(theme::container::bordered_box)
        .into()
}

pub(super) fn waiting_days(since: DateTime<Utc>, today: NaiveDate) -> i64 {
    age_days(since.date_naive(), today)
}

pub(super) fn outgoing_row<'a>(
    w: crate::i18n::Words,
    o: &'a Outgoing,
    today: NaiveDate,
) -> Element<'a, Message> {
    let line = row![
        text(o.summary.number.to_string())
            .size(14)
            .font(bold())
            .width(FillPortion(2)),
        text(o.summary.customer_name.as_str())
            .size(14)
            .width(FillPortion(3)),
        text(o.summary.model.as_str())
            .size(14)
            .width(FillPortion(3)),
        text(match o.summary.state {
            CaseState::Ready => w.gui_return_reason(Some(ReturnReason::Repaired)),
            _ => w.gui_return_reason(o.reason),
        })
        .size(14)
        .width(FillPortion(3)),
        text(if o.ships() { w.ships() } else { w.collected() })
            .size(14)
            .width(FillPortion(1)),
        text(w.age_days(waiting_days(o.summary.last_activity, today)))
            .size(14)
            .width(FillPortion(1)),
    ]
    .spacing(6)
    .align_y(iced::Center);
    button(line)
        .width(Fill)
        .padding([6, 6])
        .style(theme::button::text)
        .on_press(Message::Open(o.summary.number.clone()))
        .into()
}
