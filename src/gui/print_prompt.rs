//! The bar under a printed document that needs the clerk: one kind set to "ask first"
//! waits for a yes ("Print receipt SC-2026-000123 on Front-Receipt?"), and a printer
//! that failed says why and offers to try again, to open the saved PDF in the viewer, or
//! to save a copy as a PDF elsewhere. Whatever the clerk chooses, the step that printed
//! and the printing's record stay as they are: the file is already saved.
//!
//! A small program of its own: the app shows it while it holds one and routes its
//! messages; its tasks do the printing and the file dialog off the UI thread.

use std::path::PathBuf;

use iced::widget::{button, container, row, space, text};
use iced::{Element, Fill, Task};

use crate::domain::CaseNumber;
use crate::gui::printer::{self, Delivery};
use crate::gui::theme;

/// A document saved and waiting on the clerk.
#[derive(Debug, Clone)]
pub struct State {
    pub number: CaseNumber,
    /// What it is, as the bar names it ("Receipt SC-2026-000123").
    title: String,
    path: PathBuf,
    printer: String,
    copies: u32,
    /// Why the printer did not take it; `None` while it waits for a yes.
    failed: Option<String>,
    busy: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    /// Print now (the yes, or another try).
    Print,
    Printed(Delivery),
    OpenViewer,
    SaveAs,
    /// Where the copy was saved (`None`: the dialog was cancelled), or why not.
    SavedAs(Result<Option<PathBuf>, String>),
    Dismiss,
}

/// What the app does after a message: keep the bar, or close it with a line for the
/// status bar.
pub enum Outcome {
    Keep,
    Close(Option<Result<String, String>>),
}

impl State {
    /// The bar for a delivery that needs the clerk (asked first, or failed); `None` for
    /// one that needs nothing more.
    pub fn after(
        number: CaseNumber,
        title: String,
        path: PathBuf,
        delivery: &Delivery,
    ) -> Option<Self> {
        let (printer, copies, failed) = match delivery {
            Delivery::Ask { printer, copies } => (printer.clone(), *copies, None),
            Delivery::Failed {
                printer,
                copies,
                reason,
            } => (printer.clone(), *copies, Some(reason.clone())),
            Delivery::Viewer { .. } | Delivery::Printed { .. } => return None,
        };
        Some(Self {
            number,
            title,
            path,
            printer,
            copies,
            failed,
            busy: false,
        })
    }

    pub fn update(&mut self, w: crate::i18n::Words, message: Message) -> (Task<Message>, Outcome) {
        match message {
            Message::Print if !self.busy => {
                self.busy = true;
                let (printer, copies, path, title) = (
                    self.printer.clone(),
                    self.copies,
                    self.path.clone(),
                    self.title.clone(),
                );
                let task = Task::perform(
                    async move {
                        tokio::task::spawn_blocking(move || match std::fs::read(&path) {
                            Ok(pdf) => printer::print_on(&printer, copies, &path, &pdf, &title, w),
                            Err(err) => Delivery::Failed {
                                printer,
                                copies,
                                reason: w.gui_file_unreadable(
                                    path.display().to_string(),
                                    err.to_string(),
                                ),
                            },
                        })
                        .await
                        .unwrap_or_else(|err| Delivery::Failed {
                            printer: String::new(),
                            copies: 1,
                            reason: w.gui_operation_stopped(err.to_string()),
                        })
                    },
                    Message::Printed,
                );
                (task, Outcome::Keep)
            }
            Message::Print => (Task::none(), Outcome::Keep),
            Message::Printed(delivery) => {
                self.busy = false;
                match delivery {
                    Delivery::Failed { reason, .. } => {
                        self.failed = Some(reason);
                        (Task::none(), Outcome::Keep)
                    }
                    other => (
                        Task::none(),
                        Outcome::Close(Some(crate::gui::printer::delivered(w, &self.path, &other))),
                    ),
                }
            }
            Message::OpenViewer => {
                let opened = open::that_detached(&self.path).is_ok();
                let line =
                    crate::gui::printer::delivered(w, &self.path, &Delivery::Viewer { opened });
                (Task::none(), Outcome::Close(Some(line)))
            }
            Message::SaveAs => {
                let from = self.path.clone();
                let name = from
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let task = Task::perform(
                    async move {
                        let Some(to) = rfd::AsyncFileDialog::new()
                            .set_file_name(name)
                            .add_filter("PDF", &["pdf"])
                            .save_file()
                            .await
                        else {
                            return Ok(None);
                        };
                        let to = to.path().to_path_buf();
                        tokio::fs::copy(&from, &to)
                            .await
                            .map(|_| Some(to.clone()))
                            .map_err(|err| {
                                w.gui_could_not_save(to.display().to_string(), err.to_string())
                            })
                    },
                    Message::SavedAs,
                );
                (task, Outcome::Keep)
            }
            Message::SavedAs(Ok(None)) => (Task::none(), Outcome::Keep),
            Message::SavedAs(Ok(Some(to))) => {
                (Task::none(), Outcome::Close(Some(Ok(w.saved_pdf_as(&to)))))
            }
            Message::SavedAs(Err(reason)) => (Task::none(), Outcome::Close(Some(Err(reason)))),
            Message::Dismiss => (Task::none(), Outcome::Close(None)),
        }
    }

    pub fn view(&self, w: crate::i18n::Words) -> Element<'_, Message> {
        let (line, print_label) = match &self.failed {
            None => (
                w.ask_to_print(&self.title, &self.printer, self.copies),
                w.print_now(),
            ),
            Some(reason) => (
                w.print_failed_on(&self.title, &self.printer, reason.trim_end_matches('.')),
                w.print_try_again(),
            ),
        };
        let idle = !self.busy;
        container(
            row![
                text(line).size(14),
                space::horizontal(),
                button(text(print_label)).on_press_maybe(idle.then_some(Message::Print)),
                button(text(w.open_in_viewer()))
                    .style(theme::button::secondary)
                    .on_press(Message::OpenViewer),
                button(text(w.save_as_pdf()))
                    .style(theme::button::secondary)
                    .on_press(Message::SaveAs),
                button(text(w.not_now()))
                    .style(theme::button::secondary)
                    .on_press(Message::Dismiss),
            ]
            .spacing(8)
            .align_y(iced::Center),
        )
        .width(Fill)
        .padding([6, 16])
        .style(if self.failed.is_some() {
            theme::container::warning
        } else {
            theme::container::bordered_box
        })
        .into()
    }
}
