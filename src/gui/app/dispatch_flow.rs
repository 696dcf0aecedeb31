//! The app's side of the dispatch screen: the queue, closing a case as returned (one
//! transition and event), the return label and handover receipt, and the due items acted
//! on one by one or all at once — each case its own transition and event.

use chrono::Utc;
use iced::{Element, Task};

use super::{App, Message, PrintOptions};
use crate::domain::case::DocumentKind;
use crate::gui::screen::dispatch::{self, Outgoing};
use crate::gui::steps;
use crate::store::StoreError;

/// How many devices the queue shows (oldest first); a busy desk filters it.
const QUEUE_LIMIT: usize = 500;

impl App {
    pub fn dispatch(&self) -> &dispatch::State {
        &self.dispatch
    }

    /// Opening the screen: the filter takes focus (a scanned number opens its case), and
    /// the queue and the due items are read again.
    pub(super) fn enter_dispatch(&mut self) -> Task<Message> {
        Task::batch([
            iced::widget::operation::focus(dispatch::FILTER_ID),
            self.dispatch_queue(),
            self.refresh_due(),
        ])
    }

    pub(super) fn on_dispatch(&mut self, message: dispatch::Message) -> Task<Message> {
        let event = self.dispatch.update(
            message,
            &dispatch_context(self.today, &self.due, &self.settings),
        );
        let Some(event) = event else {
            return Task::none();
        };
        let Some(desk) = self.desk.clone() else {
            let reason = self.no_store();
            return match event {
                dispatch::Event::Load(_) => {
                    Task::done(Message::Dispatch(dispatch::Message::Loaded(Err(reason))))
                }
                dispatch::Event::Close(..) => {
                    Task::done(Message::Dispatch(dispatch::Message::Closed(Err(reason))))
                }
                dispatch::Event::Due(..) | dispatch::Event::DueAll(_) => {
                    Task::done(Message::Dispatch(dispatch::Message::DueDone(Err(reason))))
                }
                _ => Task::none(),
            };
        };
        let actor = self.actor.clone();
        let today = self.today;
        match event {
            dispatch::Event::Refresh => Task::batch([self.dispatch_queue(), self.refresh_due()]),
            dispatch::Event::Load(number) => {
                Task::perform(async move { desk.case(number).await }, |case| {
                    Message::Dispatch(dispatch::Message::Loaded(case))
                })
            }
            dispatch::Event::PrintLabel {
                number,
                size,
                tracking,
            } => self.print_with(
                number,
                DocumentKind::Label,
                PrintOptions {
                    label: Some(size),
                    tracking,
                    collected: None,
                },
            ),
            dispatch::Event::PrintHandover {
                number,
                collected_by,
                id_checked,
            } => self.print_with(
                number,
                DocumentKind::HandoverReceipt,
                PrintOptions {
                    collected: Some((collected_by, id_checked)),
                    ..PrintOptions::default()
                },
            ),
            dispatch::Event::Close(number, handback) => Task::perform(
                async move {
                    desk.run(move |store| store.hand_back(&number, &handback, &actor, Utc::now()))
                        .await
                        .map(Box::new)
                },
                |closed| Message::Dispatch(dispatch::Message::Closed(closed)),
            ),
            dispatch::Event::Due(due, numbers) => Task::perform(
                async move {
                    desk.run(move |store| {
                        let mut done = 0;
                        let mut failed = 0;
                        for number in &numbers {
                            match steps::due_one(store, due, number, today, &actor) {
                                Ok(()) => done += 1,
                                Err(StoreError::Transition { .. } | StoreError::Refused { .. }) => {
                                    failed += 1
                                }
                                Err(other) => return Err(other),
                            }
                        }
                        Ok((done, failed))
                    })
                    .await
                },
                |result| Message::Dispatch(dispatch::Message::DueDone(result)),
            ),
            dispatch::Event::DueAll(due) => Task::perform(
                async move {
                    desk.run(move |store| steps::due_all(store, due, today, &actor))
                        .await
                },
                |result| Message::Dispatch(dispatch::Message::DueDone(result)),
            ),
        }
    }

    fn dispatch_queue(&self) -> Task<Message> {
        let Some(desk) = self.desk.clone() else {
            return Task::none();
        };
        Task::perform(
            async move {
                desk.run(move |store| {
                    Ok(store
                        .dispatch_queue(QUEUE_LIMIT)?
                        .into_iter()
                        .map(|(summary, reason)| Outgoing { summary, reason })
                        .collect())
                })
                .await
            },
            |queue| Message::Dispatch(dispatch::Message::Queue(queue)),
        )
    }

    pub(super) fn view_dispatch(&self) -> Element<'_, Message> {
        self.dispatch
            .view(&dispatch_context(self.today, &self.due, &self.settings))
            .map(Message::Dispatch)
    }
}

/// What the dispatch screen needs from the app, from the app's own fields (taken one by
/// one so the screen's state can be borrowed beside them).
fn dispatch_context<'a>(
    today: chrono::NaiveDate,
    due: &'a crate::store::DueItems,
    settings: &crate::domain::Settings,
) -> dispatch::Context<'a> {
    dispatch::Context {
        today,
        due,
        label: settings.label,
    }
}
