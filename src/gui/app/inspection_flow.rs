//! The app's side of the inspection screen: each confirmed step runs as one store
//! transition off the UI thread (one transaction, one event with its clause), photos are
//! copied into the data folder and attached, and the documents a step calls for print.

use std::path::{Path, PathBuf};

use iced::widget::image;
use iced::{Element, Task};

use super::{App, Message, Screen};
use crate::domain::case::DocumentKind;
use chrono::NaiveDate;

use crate::domain::{CaseNumber, Policy, Settings, State};
use crate::gui::desk::Desk;
use crate::gui::screen::{dispatch, inspection};
use crate::gui::steps;
use crate::gui::text as t;
use crate::store::DueItems;

/// How many cases each work list shows; the header counters give the whole count.
const QUEUE_LIMIT: usize = 50;
/// The longest side of a photo's thumbnail, in pixels.
const THUMBNAIL_SIDE: u32 = 240;

impl App {
    pub fn inspection(&self) -> &inspection::State {
        &self.inspection
    }

    /// Opening the screen: the scan field takes focus, and the work lists and the due
    /// items (the parcels expected) are read again.
    pub(super) fn enter_inspection(&mut self) -> Task<Message> {
        Task::batch([
            iced::widget::operation::focus(inspection::SCAN_ID),
            self.inspection_queues(),
            self.refresh_due(),
        ])
    }

    pub(super) fn on_inspection(&mut self, message: inspection::Message) -> Task<Message> {
        let cx = inspection_context(&self.policy, &self.settings, self.today, &self.due);
        let done = matches!(message, inspection::Message::Done(Ok(_)));
        let event = self.inspection.update(message, &cx);
        let mut tasks = vec![self.inspection_event(event)];
        if done {
            // A step moves a case between the lists and may settle a due item.
            tasks.push(self.inspection_queues());
            tasks.push(self.refresh_due());
            if let Some((number, kind)) = self.inspection.take_print() {
                tasks.push(self.print(number, kind));
            }
            tasks.push(iced::widget::operation::focus(inspection::SCAN_ID));
        }
        Task::batch(tasks)
    }

    fn inspection_event(&mut self, event: Option<inspection::Event>) -> Task<Message> {
        let Some(event) = event else {
            return Task::none();
        };
        let Some(desk) = self.desk.clone() else {
            let reason = self.no_store();
            return match event {
                inspection::Event::Load(_) => Task::done(Message::Inspection(
                    inspection::Message::Loaded(Err(reason)),
                )),
                inspection::Event::Run { .. } => {
                    Task::done(Message::Inspection(inspection::Message::Done(Err(reason))))
                }
                _ => Task::none(),
            };
        };
        match event {
            inspection::Event::Load(number) => {
                Task::perform(async move { desk.case(number).await }, |case| {
                    Message::Inspection(inspection::Message::Loaded(case))
                })
            }
            inspection::Event::Refresh => self.inspection_queues(),
            inspection::Event::Run { number, step } => {
                let policy = self.policy.clone();
                let actor = self.actor.clone();
                let today = self.today;
                Task::perform(
                    async move {
                        desk.run(move |store| {
                            steps::inspection(store, number.as_ref(), *step, &policy, &actor, today)
                        })
                        .await
                        .map(Box::new)
                    },
                    |done| Message::Inspection(inspection::Message::Done(done)),
                )
            }
            inspection::Event::PickPhotos(number) => {
                let folder = desk.data_dir().join("photos");
                Task::perform(
                    async move {
                        let Some(files) = rfd::AsyncFileDialog::new()
                            .set_title(t::ADD_PHOTOS)
                            .add_filter("Photos", &["jpg", "jpeg", "png", "JPG", "JPEG", "PNG"])
                            .pick_files()
                            .await
                        else {
                            return Ok(0);
                        };
                        let sources: Vec<PathBuf> =
                            files.iter().map(|f| f.path().to_path_buf()).collect();
                        let names = {
                            let number = number.clone();
                            tokio::task::spawn_blocking(move || {
                                steps::copy_photos(&sources, &folder, &number)
                            })
                            .await
                            .map_err(|err| err.to_string())??
                        };
                        let count = names.len();
                        desk.run(move |store| {
                            for name in &names {
                                store.add_photo(&number, name)?;
                            }
                            Ok(())
                        })
                        .await?;
                        Ok(count)
                    },
                    |added| Message::Inspection(inspection::Message::PhotosAdded(added)),
                )
            }
            inspection::Event::LoadThumbnails(number, names) => thumbnails(&desk, number, names)
                .map(|(number, thumbnails)| {
                    Message::Inspection(inspection::Message::Thumbnails(number, thumbnails))
                }),
            inspection::Event::PrintQuote(number) => self.print(number, DocumentKind::Quote),
            inspection::Event::Dispatch(number) => {
                self.screen = Screen::Dispatch;
                Task::batch([
                    self.enter_dispatch(),
                    self.on_dispatch(dispatch::Message::Open(number)),
                ])
            }
        }
    }

    /// The work lists: the cases in each state the inspector moves on (the parcels
    /// expected come with the due items).
    fn inspection_queues(&self) -> Task<Message> {
        let Some(desk) = self.desk.clone() else {
            return Task::none();
        };
        Task::perform(
            async move {
                desk.run(move |store| {
                    Ok(inspection::Queues {
                        received: store.cases_in_state(State::Received, QUEUE_LIMIT)?,
                        awaiting_customer: store
                            .cases_in_state(State::AwaitingCustomer, QUEUE_LIMIT)?,
                        awaiting_payment: store
                            .cases_in_state(State::AwaitingPayment, QUEUE_LIMIT)?,
                        in_repair: store.cases_in_state(State::InRepair, QUEUE_LIMIT)?,
                    })
                })
                .await
            },
            |queues| Message::Inspection(inspection::Message::Queues(queues)),
        )
    }

    pub(super) fn view_inspection(&self) -> Element<'_, Message> {
        let cx = inspection_context(&self.policy, &self.settings, self.today, &self.due);
        self.inspection.view(&cx).map(Message::Inspection)
    }
}

/// What the inspection screen needs from the app, from the app's own fields (taken one
/// by one so the screen's state can be borrowed beside them).
fn inspection_context<'a>(
    policy: &'a Policy,
    settings: &'a Settings,
    today: NaiveDate,
    due: &'a DueItems,
) -> inspection::Context<'a> {
    inspection::Context {
        policy,
        today,
        currency: &settings.center.currency,
        answer_days: settings.answer_days,
        receipt_on_parcel: settings.receipt_on_parcel,
        expected: &due.parcels_expected.cases,
    }
}

/// The case's photos scaled down, off the UI thread; files that are missing or not
/// images are left out (their names still show on the case).
pub(super) fn thumbnails(
    desk: &Desk,
    number: CaseNumber,
    names: Vec<String>,
) -> Task<(CaseNumber, Vec<(String, image::Handle)>)> {
    let folder = desk.data_dir().join("photos");
    Task::perform(
        async move {
            let thumbnails = tokio::task::spawn_blocking(move || {
                names
                    .into_iter()
                    .filter_map(|name| thumbnail(&folder.join(&name)).map(|handle| (name, handle)))
                    .collect::<Vec<_>>()
            })
            .await
            .unwrap_or_default();
            (number, thumbnails)
        },
        |answer| answer,
    )
}

/// A photo scaled down for the screen; `None` if the file is missing or not an image
/// (the file name is still listed on the case).
fn thumbnail(path: &Path) -> Option<image::Handle> {
    let picture = ::image::open(path).ok()?;
    let small = picture
        .thumbnail(THUMBNAIL_SIDE, THUMBNAIL_SIDE)
        .into_rgba8();
    let (width, height) = small.dimensions();
    Some(image::Handle::from_rgba(width, height, small.into_raw()))
}
