//! What the reports screen asks of the store and the system, off the UI thread.
//!
//! A month's figures are `report::monthly` over `Store::outlines_for_report` — the very
//! function `fixdesk report` uses — computed on the blocking pool. The PDF is drawn from
//! the figures the screen holds, so the paper says what the screen says.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use iced::Task;
use iced::futures::channel::mpsc;

use super::{Context, Message, Request};
use crate::documents::monthly_report::monthly_report_in;
use crate::gui::desk::Desk;
use crate::gui::screen::no_store;
use crate::report::{Month, MonthlyFigures, monthly};

/// Starts what the screen asked for; its answers come back as the screen's messages.
/// Without a store, each reading answers at once with the reason.
pub(super) fn perform(request: Option<Request>, cx: &Context) -> Task<Message> {
    let w = cx.words;
    let Some(request) = request else {
        return Task::none();
    };
    // Exporting and opening files need no store.
    match request {
        Request::Export(figures) => return export(figures, cx),
        Request::Open(path) => return open_file(path, w),
        Request::Load(_) | Request::LoadTrend { .. } => {}
    }
    let Some(desk) = cx.desk.cloned() else {
        let reason = no_store(w);
        return match request {
            Request::Load(month) => Task::done(Message::Figures(month, Err(reason))),
            Request::LoadTrend { end, .. } => Task::done(Message::TrendDone(end, Err(reason))),
            Request::Export(_) | Request::Open(_) => Task::none(),
        };
    };
    let today = cx.today;
    match request {
        Request::Load(month) => Task::perform(figures_of(desk, month, today), move |answer| {
            Message::Figures(month, answer)
        }),
        Request::LoadTrend {
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
                Task::run(updates, move |figures| Message::TrendMonth(end, figures)),
                Task::perform(work, move |answer| Message::TrendDone(end, answer)),
            ])
        }
        Request::Export(_) | Request::Open(_) => Task::none(),
    }
}

/// Asks where to save the report, draws it from `figures` and writes it, all off the
/// UI thread.
fn export(figures: Arc<MonthlyFigures>, cx: &Context) -> Task<Message> {
    let w = cx.words;
    let center = cx.settings.center.clone();
    let paper = cx.settings.paper;
    let words = cx.settings.language.words();
    let folder = cx
        .desk
        .map(|desk| desk.data_dir().join("documents"))
        .filter(|dir| dir.is_dir());
    let name = report_file_name(figures.month);
    Task::perform(
        async move {
            let mut dialog = rfd::AsyncFileDialog::new()
                .set_title(w.report_export_pdf())
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
                let pdf = monthly_report_in(&figures, &center, paper, words)
                    .map_err(|err| w.gui_report_not_drawn(err.say(w)))?;
                std::fs::write(&written, pdf).map_err(|err| {
                    w.gui_not_written(written.display().to_string(), err.to_string())
                })
            })
            .await
            .map_err(|err| w.gui_operation_stopped(err.to_string()))??;
            Ok(Some(path))
        },
        Message::Exported,
    )
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
        let cases = store.outlines_for_report(month.first_day(), month.last_day())?;
        Ok(Arc::new(monthly(&cases, month, today)))
    })
    .await
}

fn open_file(path: PathBuf, w: crate::i18n::Words) -> Task<Message> {
    Task::perform(
        async move {
            open::that_detached(&path)
                .map_err(|err| w.gui_not_opened(path.display().to_string(), err.to_string()))
        },
        Message::OpenedExported,
    )
}
