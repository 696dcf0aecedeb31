//! The screen's store calls, each a task whose answer comes back as one of its messages.
//! Without a store (still opening) each answers at once with the reason.

use std::path::PathBuf;

use iced::Task;

use super::{Context, Message, Queues, Step};
use crate::domain::{Case, CaseNumber, CaseState};
use crate::gui::screen::{self, no_store};
use crate::gui::steps;

/// How many cases each work list shows; the header counters give the whole count.
const QUEUE_LIMIT: usize = 50;

/// Reads a case whole; `answer` says what the answer is for (opening it, or reading it
/// again after a change).
pub(super) fn read_case(
    cx: &Context<'_>,
    number: CaseNumber,
    answer: fn(Result<Option<Box<Case>>, String>) -> Message,
) -> Task<Message> {
    let w = cx.words;
    screen::read_case(w, cx.desk, number, answer)
}

/// The work lists: the cases in each state the inspector moves on (the parcels expected
/// come with the app's due items).
pub(super) fn read_queues(cx: &Context<'_>) -> Task<Message> {
    let Some(desk) = cx.desk.cloned() else {
        return Task::none();
    };
    Task::perform(
        async move {
            desk.run(move |store| {
                Ok(Queues {
                    received: store.cases_in_state(CaseState::Received, QUEUE_LIMIT)?,
                    awaiting_customer: store
                        .cases_in_state(CaseState::AwaitingCustomer, QUEUE_LIMIT)?,
                    awaiting_payment: store
                        .cases_in_state(CaseState::AwaitingPayment, QUEUE_LIMIT)?,
                    in_repair: store.cases_in_state(CaseState::InRepair, QUEUE_LIMIT)?,
                })
            })
            .await
        },
        Message::Queues,
    )
}

/// One confirmed step: one store transition (one transaction, one event with its clause).
pub(super) fn run_step(cx: &Context<'_>, seen: Option<Box<Case>>, step: Step) -> Task<Message> {
    let w = cx.words;
    let Some(desk) = cx.desk.cloned() else {
        return Task::done(Message::Done(Err(no_store(w))));
    };
    // Out of reach: said at once, the forms kept for when the connection is back.
    if cx.offline.is_some() {
        return Task::done(Message::Done(Err(w.offline_no_save())));
    }
    let policy = cx.policy.clone();
    let actor = cx.actor.to_string();
    let today = cx.today;
    Task::perform(
        async move {
            desk.run(move |store| {
                steps::inspection(store, seen.as_deref(), step, &policy, &actor, today, w)
            })
            .await
        },
        |answer| match answer {
            Ok(steps::Stepped::Done(case)) => Message::Done(Ok(case)),
            Ok(steps::Stepped::Changed(reason, case)) => Message::ChangedElsewhere(reason, case),
            Err(reason) => Message::Done(Err(reason)),
        },
    )
}

/// Chooses photo files, copies them into the data folder and attaches them to the case.
pub(super) fn pick_photos(
    cx: &Context<'_>,
    number: CaseNumber,
    taken: Vec<String>,
) -> Task<Message> {
    let w = cx.words;
    let Some(desk) = cx.desk.cloned() else {
        return Task::done(Message::PhotosAdded(Err(no_store(w))));
    };
    let folder = desk.data_dir().join("photos");
    let folder_for_bytes = folder.clone();
    Task::perform(
        async move {
            let Some(files) = rfd::AsyncFileDialog::new()
                .set_title(w.add_photos())
                .add_filter("Photos", &["jpg", "jpeg", "png", "JPG", "JPEG", "PNG"])
                .pick_files()
                .await
            else {
                return Ok(0);
            };
            let sources: Vec<PathBuf> = files.iter().map(|f| f.path().to_path_buf()).collect();
            let names = {
                let number = number.clone();
                tokio::task::spawn_blocking(move || {
                    steps::copy_photos_in(&sources, &folder, &number, &taken, w)
                })
                .await
                .map_err(|err| w.gui_operation_stopped(err.to_string()))??
            };
            let count = names.len();
            // The bytes go to the server too, so the other desks see the photos.
            let bytes: Vec<Option<Vec<u8>>> = {
                let folder = folder_for_bytes.clone();
                let names = names.clone();
                tokio::task::spawn_blocking(move || {
                    names
                        .iter()
                        .map(|name| std::fs::read(folder.join(name)).ok())
                        .collect()
                })
                .await
                .unwrap_or_default()
            };
            desk.run(move |store| {
                for (i, name) in names.iter().enumerate() {
                    let content = bytes.get(i).and_then(Option::as_deref);
                    store.keep_photo(&number, name, content)?;
                }
                Ok(())
            })
            .await?;
            Ok(count)
        },
        Message::PhotosAdded,
    )
}

/// The case's photos as thumbnails, when it has any.
pub(super) fn thumbnails(cx: &Context<'_>, case: &Case) -> Task<Message> {
    match cx.desk {
        Some(desk) if !case.photos.is_empty() => {
            let desk = desk.clone();
            let number = case.number.clone();
            let names = case.photos.clone();
            let wanted = number.clone();
            Task::perform(
                async move { desk.thumbnails(wanted, names).await },
                move |found| Message::Thumbnails(number.clone(), found),
            )
        }
        _ => Task::none(),
    }
}
