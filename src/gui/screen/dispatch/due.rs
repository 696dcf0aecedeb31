//! The due lists (docs/rules.md §4 deadlines): applications past their 15 days (4.2),
//! payments overdue (2.6), answers past the center's deadline (2.3). Each case, or a
//! whole list, is acted on only when a person confirms it with a second click; each case
//! is its own transition and event.

use iced::widget::{button, column, row, text};
use iced::{Element, Fill, FillPortion, Task};

use super::{Armed, Context, Due, Message, State};
use crate::domain::CaseNumber;
use crate::gui::screen::no_store;
use crate::gui::steps;
use crate::gui::theme;
use crate::gui::widget::{block, bold};
use crate::store::{CaseSummary, StoreError};

impl State {
    /// The due lists: each case and each whole list acted on with two clicks.
    pub(super) fn due_view<'a>(&'a self, cx: &Context<'a>) -> Element<'a, Message> {
        let w = cx.words;
        let list = |due: Due, title: String, count: u64, cases: &'a [CaseSummary]| {
            let (one, all) = match due {
                Due::Applications => (w.expire(), w.expire_all(count)),
                _ => (w.move_to_return(), w.return_all(count)),
            };
            let armed_all = self.armed == Some(Armed::All(due));
            let mut head = row![text(title).size(15).font(bold()).width(Fill)]
                .spacing(8)
                .align_y(iced::Center);
            if count > 0 {
                head = head.push(
                    button(
                        text(if armed_all {
                            w.confirm_twice(&all)
                        } else {
                            all
                        })
                        .size(13),
                    )
                    .padding([4, 10])
                    .style(theme::button::danger)
                    .on_press_maybe((!self.busy).then_some(Message::DueAll(due))),
                );
            }
            let rows = column(cases.iter().map(|case| {
                let armed = self.armed == Some(Armed::One(due, case.number.clone()));
                let mut deadline = case
                    .next_deadline
                    .map(|(what, date)| w.deadline_line(what, date, cx.today))
                    .unwrap_or_default();
                // An overdue payment says what is still owed (2.6).
                if due == Due::Payments
                    && let Some(owed) = self.owed.get(&case.number)
                {
                    deadline = format!("{deadline} · {}", w.owed(&owed.to_string()));
                }
                row![
                    // The row's case opens where its next step is taken.
                    button(text(case.number.to_string()).size(13).font(bold()))
                        .padding([2, 4])
                        .style(theme::button::text)
                        .width(150)
                        .on_press(Message::OpenDue(case.number.clone())),
                    text(case.customer_name.as_str())
                        .size(13)
                        .width(FillPortion(2)),
                    text(deadline)
                        .size(13)
                        .style(theme::text::danger)
                        .width(FillPortion(2)),
                    button(
                        text(if armed {
                            w.confirm_twice(&one)
                        } else {
                            one.to_string()
                        })
                        .size(12)
                    )
                    .padding([3, 8])
                    .style(theme::button::armed(armed))
                    .on_press_maybe(
                        (!self.busy).then(|| Message::DueOne(due, case.number.clone()))
                    ),
                ]
                .spacing(8)
                .align_y(iced::Center)
                .into()
            }))
            .spacing(3);
            column![head, rows].spacing(6)
        };
        block(
            w.due_title(),
            column![
                list(
                    Due::Applications,
                    w.applications_past(cx.due.applications_past_due.count),
                    cx.due.applications_past_due.count,
                    &cx.due.applications_past_due.cases
                ),
                list(
                    Due::Payments,
                    w.payments_past(cx.due.payments_past_due.count),
                    cx.due.payments_past_due.count,
                    &cx.due.payments_past_due.cases
                ),
                list(
                    Due::Answers,
                    w.answers_past(cx.due.answers_past_due.count),
                    cx.due.answers_past_due.count,
                    &cx.due.answers_past_due.cases
                ),
            ]
            .spacing(14),
        )
    }
}

/// What confirming a due list does to each case, for the notice.
pub(super) fn what(w: crate::i18n::Words, due: Due) -> String {
    match due {
        Due::Applications => w.expired_done(),
        Due::Payments => w.return_overdue_done(),
        Due::Answers => w.return_unanswered_done(),
    }
}

/// Acts on these due cases, or on the whole list when `numbers` is `None` (it may hold
/// more than the screen shows); answers with the cases changed and how many could not be.
pub(super) fn act(cx: &Context<'_>, due: Due, numbers: Option<Vec<CaseNumber>>) -> Task<Message> {
    let w = cx.words;
    let Some(desk) = cx.desk.cloned() else {
        return Task::done(Message::DueDone(due, Err(no_store(w))));
    };
    if cx.offline.is_some() {
        return Task::done(Message::DueDone(due, Err(w.offline_no_save().to_string())));
    }
    let actor = cx.actor.to_string();
    let today = cx.today;
    Task::perform(
        async move {
            desk.run(move |store| match numbers {
                None => steps::due_all_listed(store, due, today, &actor),
                Some(numbers) => {
                    let mut done = Vec::new();
                    let mut failed = 0;
                    for number in numbers {
                        match steps::due_one(store, due, &number, today, &actor) {
                            Ok(()) => done.push(number),
                            Err(StoreError::Transition { .. } | StoreError::Refused { .. }) => {
                                failed += 1
                            }
                            Err(other) => return Err(other),
                        }
                    }
                    Ok((done, failed))
                }
            })
            .await
        },
        move |result| Message::DueDone(due, result),
    )
}
