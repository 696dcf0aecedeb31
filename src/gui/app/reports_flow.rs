//! The app's side of the reports screen: the store calls it asks for, off the UI thread.
//!
//! A month's figures are `report::monthly` over `Store::cases_for_report` — the very
//! function `fixdesk report` uses — computed on the blocking pool. The PDF is rendered
//! from the figures the screen holds, so the paper says what the screen says.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use iced::futures::channel::mpsc;
use iced::{Element, Subscription, Task};

use super::{App, Message};
use crate::documents::monthly_report::monthly_report;
use crate::gui::desk::Desk;
use crate::gui::screen::reports::{self, Event};
use crate::gui::text as t;
use crate::report::{Month, MonthlyFigures, monthly};

impl App {
    pub(super) fn on_reports(&mut self, message: reports::Message) -> Task<Message> {
        let cx = reports::Context { today: self.today };
        let event = self.reports.update(message, &cx);
        self.reports_event(event)
    }

    /// The screen was opened: read its month unless it is known.
    pub(super) fn reports_shown(&mut self) -> Task<Message> {
        let event = self.reports.shown();
        self.reports_event(event)
    }

    pub(super) fn view_reports(&self) -> Element<'_, Message> {
        self.reports
            .view(&reports::Context { today: self.today })
            .map(Message::Reports)
    }

    /// The reports screen, as the app holds it (for tests and the export).
    pub fn reports(&self) -> &reports::State {
        &self.reports
    }

    /// The progress indicator moves while the store is read.
    pub(super) fn reports_subscription(&self) -> Subscription<Message> {
        if self.screen == super::Screen::Reports && self.reports.is_busy() {
            iced::time::every(std::time::Duration::from_millis(reports::TICK_MS))
                .map(|_| Message::Reports(reports::Message::Tick))
        } else {
            Subscription::none()
        }
    }

    fn reports_event(&mut self, event: Option<Event>) -> Task<Message> {
        let Some(event) = event else {
            return Task::none();
        };
        let Some(desk) = self.desk.clone() else {
            let reason = self.no_store();
            return match event {
                Event::Load(month) => Task::done(Message::Reports(reports::Message::Figures(
                    month,
                    Err(reason),
                ))),
                Event::LoadTrend { end, .. } => Task::done(Message::Reports(
                    reports::Message::TrendDone(end, Err(reason)),
                )),
                Event::Export(figures) => self.export_report(figures),
                Event::Open(path) => open_file(path),
            };
        };
        let today = self.today;
        match event {
            Event::Load(month) => Task::perform(figures_of(desk, month, today), move |answer| {
                Message::Reports(reports::Message::Figures(month, answer))
            }),
            Event::LoadTrend {
                end,
                months,
                cancel,
            } => {
                let (done, updates) = mpsc::unbounded();
                let work = async move {
                    for month in months {
                        if cancel.load(Ordering::Relaxed) {
                            break;
                        }
                        let figures = figures_of(desk.clone(), month, today).await?;
                        let _ = done.unbounded_send(figures);
                    }
                    Ok(())
                };
                Task::batch([
                    Task::run(updates, move |figures| {
                        Message::Reports(reports::Message::TrendMonth(end, figures))
                    }),
                    Task::perform(work, move |answer| {
                        Message::Reports(reports::Message::TrendDone(end, answer))
                    }),
                ])
            }
            Event::Export(figures) => self.export_report(figures),
            Event::Open(path) => open_file(path),
        }
    }

    /// Asks where to save the report, draws it from `figures` and writes it, all off the
    /// UI thread.
    fn export_report(&self, figures: Arc<MonthlyFigures>) -> Task<Message> {
        let center = self.settings.center.clone();
        let paper = self.settings.paper;
        let folder = self
            .data_dir
            .as_ref()
            .map(|dir| dir.join("documents"))
            .filter(|dir| dir.is_dir());
        let name = report_file_name(figures.month);
        Task::perform(
            async move {
                let mut dialog = rfd::AsyncFileDialog::new()
                    .set_title(t::REPORT_EXPORT_PDF)
                    .set_file_name(&name)
                    .add_filter("PDF", &["pdf"]);
                if let Some(folder) = folder {
                    dialog = dialog.set_directory(folder);
                }
                let Some(chosen) = dialog.save_file().await else {
                    return Ok(None);
                };
                let path = chosen.path().to_path_buf();
                let written = path.clone();
                tokio::task::spawn_blocking(move || {
                    let pdf = report_pdf(&figures, &center, paper)?;
                    std::fs::write(&written, pdf).map_err(|err| {
                        format!("{} could not be written ({err}).", written.display())
                    })
                })
                .await
                .map_err(|err| err.to_string())??;
                Ok(Some(path))
            },
            |answer| Message::Reports(reports::Message::Exported(answer)),
        )
    }
}

/// The monthly report PDF of these figures, as `fixdesk report` draws it.
fn report_pdf(
    figures: &MonthlyFigures,
    center: &crate::domain::Center,
    paper: crate::domain::Paper,
) -> Result<Vec<u8>, String> {
    monthly_report(figures, center, paper)
        .map_err(|err| format!("The report could not be drawn ({err})."))
}

/// `fixdesk-report-2026-02.pdf`, the name `fixdesk report` gives it too.
fn report_file_name(month: Month) -> String {
    format!("fixdesk-report-{}.pdf", month.first_day().format("%Y-%m"))
}

/// A month's figures: the store's cases of the month, then the report's pure function.
async fn figures_of(
    desk: Desk,
    month: Month,
    today: chrono::NaiveDate,
) -> Result<Arc<MonthlyFigures>, String> {
    desk.run(move |store| {
        let cases = store.cases_for_report(month.first_day(), month.last_day())?;
        Ok(Arc::new(monthly(&cases, month, today)))
    })
    .await
}

fn open_file(path: PathBuf) -> Task<Message> {
    Task::perform(
        async move {
            open::that_detached(&path)
                .map(|()| None)
                .map_err(|err| format!("{} could not be opened ({err}).", path.display()))
        },
        |answer: Result<Option<PathBuf>, String>| match answer {
            Ok(_) => Message::Reports(reports::Message::Tick),
            // Shown in the status line; the saved file and its path stay on screen.
            Err(reason) => Message::Printed(Err(reason)),
        },
    )
}
