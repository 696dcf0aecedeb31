//! The manager's reports screen (docs/rules.md §7): one month's figures as a
//! dashboard — the key figures, the two charts of the PDF (cases opened per day; the
//! verdict mix) and the tables — and a 12-month trend of volume, verdict mix and
//! turnaround. "Export PDF…" saves the monthly report made from the very figures on
//! screen.
//!
//! A small program (STYLE.md): `State`, `Message`, `Event`, `update`, `view`. It reads
//! the store itself through the desk handle (`store` beside this file: the month's
//! figures, the trend, the export) and handles the answers; the app hears only a notice
//! for its status line. Figures are kept per month for the session, so paging back and
//! forth is instant; "Refresh" reads the month again. The figures' view is in `figures`.

pub mod chart;
mod figures;
mod store;

pub use figures::{Tile, days, key_figures, percent};

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use chrono::NaiveDate;
use iced::widget::{
    button, column, container, progress_bar, row, rule, scrollable, space, text, text_input,
};
use iced::{Element, Fill, Subscription, Task};

use crate::domain::Settings;
use crate::gui::desk::Desk;
use crate::gui::screen::Shared;
use crate::gui::theme;
use crate::report::{Month, MonthlyFigures};

/// The month box's widget id.
pub const MONTH_ID: &str = "reports-month";
/// How many months the trend shows, ending with the month picked.
pub const TREND_MONTHS: usize = 12;
/// The progress bar's guess of a month's reading time before one has been measured, in
/// ticks of [`TICK_MS`] (a million cases take about 3 s).
const EXPECTED_TICKS: u32 = 30;
/// The progress bar moves every this many milliseconds while the store is read.
pub const TICK_MS: u64 = 100;

/// The two views of the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Month,
    Trend,
}

#[derive(Debug, Clone)]
pub enum Message {
    /// The month box changed.
    MonthTyped(String),
    /// Enter in the month box.
    ShowTyped,
    Previous,
    Next,
    LastMonth,
    Show(View),
    /// Read the month (or the trend) again.
    Refresh,
    /// The figures of a month, computed off the UI thread.
    Figures(Month, Result<Arc<MonthlyFigures>, String>),
    /// One month of the trend ending with the first month is done.
    TrendMonth(Month, Arc<MonthlyFigures>),
    /// The trend ending with this month is done (or failed).
    TrendDone(Month, Result<(), String>),
    /// The progress indicator moves on.
    Tick,
    Export,
    /// Where the PDF was saved (`None`: the dialog was cancelled), or why not.
    Exported(Result<Option<PathBuf>, String>),
    /// Open the PDF just saved.
    OpenExported,
    /// The system's viewer was asked to open the PDF, or why it could not be.
    OpenedExported(Result<(), String>),
    /// The screen came into view: read the month unless it is known.
    Shown(Option<crate::domain::CaseNumber>),
}

/// What the app must act on: a line for the status bar (the saved PDF could not be
/// opened). Nothing of this screen's own.
pub type Event = Shared;

/// What the screen asks of the store and the system, done by `store` beside this file.
#[derive(Debug, Clone)]
enum Request {
    /// Compute this month's figures (answer with `Message::Figures`).
    Load(Month),
    /// Compute these months one by one, oldest first, answering each with
    /// `Message::TrendMonth(end, …)` and at the end `Message::TrendDone(end, …)`; stop
    /// early once `cancel` is set (another trend was asked for).
    LoadTrend {
        end: Month,
        months: Vec<Month>,
        cancel: Arc<AtomicBool>,
    },
    /// Ask where to save the monthly report of these figures, and save it (answer with
    /// `Message::Exported`).
    Export(Arc<MonthlyFigures>),
    /// Open this file in the system's viewer.
    Open(PathBuf),
}

/// What the screen reads from the app.
pub struct Context<'a> {
    /// The words of this desk's window, in its language.
    pub words: crate::i18n::Words,
    pub desk: Option<&'a Desk>,
    pub today: NaiveDate,
    /// The center's details and paper, for the exported report.
    pub settings: &'a Settings,
}

/// The trend under way or done.
#[derive(Debug)]
struct Trend {
    end: Month,
    running: Option<Arc<AtomicBool>>,
    error: Option<String>,
}

#[derive(Debug)]
pub struct State {
    month: Month,
    month_text: String,
    view: View,
    figures: BTreeMap<Month, Arc<MonthlyFigures>>,
    /// The months asked of the store and not answered yet.
    loading: Vec<Month>,
    error: Option<(Month, String)>,
    trend: Option<Trend>,
    /// Ticks since the current reading began, and how long the last one took.
    ticks: u32,
    expected_ticks: u32,
    exporting: bool,
    exported: Option<Result<PathBuf, String>>,
}

impl State {
    /// The screen on `today`: last month, as the report is usually made.
    pub fn new(today: NaiveDate) -> Self {
        let month = Month::of(today).previous();
        Self {
            month,
            month_text: month_text(month),
            view: View::Month,
            figures: BTreeMap::new(),
            loading: Vec::new(),
            error: None,
            trend: None,
            ticks: 0,
            expected_ticks: EXPECTED_TICKS,
            exporting: false,
            exported: None,
        }
    }

    pub fn month(&self) -> Month {
        self.month
    }

    pub fn month_text(&self) -> &str {
        &self.month_text
    }

    pub fn view_shown(&self) -> View {
        self.view
    }

    /// The figures on screen: what the PDF is made from.
    pub fn figures(&self) -> Option<&Arc<MonthlyFigures>> {
        self.figures.get(&self.month)
    }

    /// The trend's months that are computed, oldest first.
    pub fn trend_months(&self) -> Vec<Month> {
        trend_months(self.month)
            .into_iter()
            .filter(|m| self.figures.contains_key(m))
            .collect()
    }

    /// Is the store being read (the progress indicator shows)?
    pub fn is_busy(&self) -> bool {
        !self.loading.is_empty() || self.trend.as_ref().is_some_and(|t| t.running.is_some())
    }

    /// The month box's problem, naming the field, if what is typed is not a month.
    pub fn month_problem(&self, w: crate::i18n::Words, today: NaiveDate) -> Option<String> {
        parse_month(w, &self.month_text, today).err()
    }

    pub fn update(&mut self, message: Message, cx: &Context) -> (Task<Message>, Option<Event>) {
        let w = cx.words;
        if let Message::OpenedExported(answer) = message {
            // Shown in the status line; the saved file and its path stay on screen.
            return (
                Task::none(),
                answer.err().map(|reason| Shared::Notice(Err(reason))),
            );
        }
        let request = self.react(w, message, cx.today);
        (store::perform(request, cx), None)
    }

    /// The progress indicator moves while the store is read.
    pub fn subscription(&self) -> Subscription<Message> {
        if self.is_busy() {
            iced::time::every(std::time::Duration::from_millis(TICK_MS)).map(|_| Message::Tick)
        } else {
            Subscription::none()
        }
    }

    /// What to ask when the screen is shown: the month unless it is known.
    fn show(&mut self) -> Option<Request> {
        match self.view {
            View::Month => self.load(),
            View::Trend => self.start_trend(),
        }
    }

    /// The screen's own bookkeeping for a message, and what it must ask for.
    fn react(
        &mut self,
        w: crate::i18n::Words,
        message: Message,
        today: NaiveDate,
    ) -> Option<Request> {
        match message {
            Message::OpenedExported(_) => {}
            Message::Shown(_) => return self.show(),
            Message::MonthTyped(typed) => {
                self.month_text = typed;
                // A complete, valid month is shown as soon as it is typed.
                if let Ok(month) = parse_month(w, &self.month_text, today)
                    && self.month_text.trim().len() >= 7
                {
                    return self.go_to(month);
                }
            }
            Message::ShowTyped => {
                if let Ok(month) = parse_month(w, &self.month_text, today) {
                    return self.go_to(month);
                }
            }
            Message::Previous => return self.go_to(self.month.previous()),
            Message::Next => {
                let next = self.month.next();
                if next <= Month::of(today) {
                    return self.go_to(next);
                }
            }
            Message::LastMonth => return self.go_to(Month::of(today).previous()),
            Message::Show(view) => {
                self.view = view;
                return self.show();
            }
            Message::Refresh => {
                if self.view == View::Trend {
                    for month in trend_months(self.month) {
                        self.figures.remove(&month);
                    }
                    self.trend = None;
                    return self.start_trend();
                }
                self.figures.remove(&self.month);
                self.loading.retain(|m| *m != self.month);
                return self.load();
            }
            Message::Figures(month, answer) => {
                self.loading.retain(|m| *m != month);
                self.reading_done();
                match answer {
                    Ok(figures) => {
                        self.figures.insert(month, figures);
                        if self.error.as_ref().is_some_and(|(m, _)| *m == month) {
                            self.error = None;
                        }
                    }
                    Err(reason) => self.error = Some((month, reason)),
                }
            }
            Message::TrendMonth(end, figures) => {
                // A month asked for on its own is known now too.
                self.loading.retain(|m| *m != figures.month);
                self.figures.insert(figures.month, figures);
                if self.trend.as_ref().is_some_and(|t| t.end == end) {
                    self.reading_done();
                }
            }
            Message::TrendDone(end, answer) => {
                if let Some(trend) = self.trend.as_mut().filter(|t| t.end == end) {
                    trend.running = None;
                    trend.error = answer.err();
                }
            }
            Message::Tick => self.ticks = self.ticks.saturating_add(1),
            Message::Export => {
                if self.exporting {
                    return None;
                }
                let figures = Arc::clone(self.figures()?);
                self.exporting = true;
                self.exported = None;
                return Some(Request::Export(figures));
            }
            Message::Exported(answer) => {
                self.exporting = false;
                self.exported = match answer {
                    Ok(Some(path)) => Some(Ok(path)),
                    Ok(None) => None,
                    Err(reason) => Some(Err(reason)),
                };
            }
            Message::OpenExported => {
                if let Some(Ok(path)) = &self.exported {
                    return Some(Request::Open(path.clone()));
                }
            }
        }
        None
    }

    /// A reading finished: the next one's progress bar expects about as long.
    fn reading_done(&mut self) {
        if self.ticks > 0 {
            self.expected_ticks = self.ticks.max(5);
        }
        self.ticks = 0;
    }

    fn go_to(&mut self, month: Month) -> Option<Request> {
        if month != self.month {
            self.exported = None;
        }
        self.month = month;
        self.month_text = month_text(month);
        self.show()
    }

    fn load(&mut self) -> Option<Request> {
        if self.figures.contains_key(&self.month) || self.loading.contains(&self.month) {
            return None;
        }
        self.loading.push(self.month);
        self.ticks = 0;
        Some(Request::Load(self.month))
    }

    fn start_trend(&mut self) -> Option<Request> {
        if self.trend.as_ref().is_some_and(|t| t.end == self.month) {
            return None;
        }
        if let Some(old) = self.trend.take()
            && let Some(cancel) = old.running
        {
            cancel.store(true, Ordering::Relaxed);
        }
        let months: Vec<Month> = trend_months(self.month)
            .into_iter()
            .filter(|m| !self.figures.contains_key(m))
            .collect();
        if months.is_empty() {
            self.trend = Some(Trend {
                end: self.month,
                running: None,
                error: None,
            });
            return None;
        }
        let cancel = Arc::new(AtomicBool::new(false));
        self.trend = Some(Trend {
            end: self.month,
            running: Some(Arc::clone(&cancel)),
            error: None,
        });
        self.ticks = 0;
        Some(Request::LoadTrend {
            end: self.month,
            months,
            cancel,
        })
    }

    pub fn view<'a>(&'a self, cx: &Context) -> Element<'a, Message> {
        let w = cx.words;
        let body = match self.view {
            View::Month => self.month_view(w),
            View::Trend => self.trend_view(w),
        };
        column![
            self.toolbar(cx),
            rule::horizontal(1),
            scrollable(container(body).padding([16, 20]).width(Fill))
                .spacing(2)
                .height(Fill),
        ]
        .into()
    }

    fn toolbar<'a>(&'a self, cx: &Context) -> Element<'a, Message> {
        let w = cx.words;
        let current = Month::of(cx.today);
        let problem = self.month_problem(w, cx.today);
        let can_export = self.view == View::Month && self.figures().is_some() && !self.exporting;
        let picker = row![
            button(text(w.previous_month()).size(14))
                .style(theme::button::secondary)
                .on_press(Message::Previous),
            text_input(&w.month_placeholder(), &self.month_text)
                .id(MONTH_ID)
                .on_input(Message::MonthTyped)
                .on_submit(Message::ShowTyped)
                .padding(6)
                .width(100),
            button(text(w.next_month()).size(14))
                .style(theme::button::secondary)
                .on_press_maybe((self.month < current).then_some(Message::Next)),
            button(text(w.last_month()).size(14))
                .style(theme::button::text)
                .on_press(Message::LastMonth),
        ]
        .spacing(6)
        .align_y(iced::Center);
        let views = row![
            tab(w.view_month(), self.view == View::Month, View::Month),
            tab(w.view_trend(), self.view == View::Trend, View::Trend),
        ]
        .spacing(4);
        let mut bar = column![
            row![
                picker,
                space::horizontal(),
                views,
                button(text(w.report_refresh()).size(14))
                    .style(theme::button::secondary)
                    .on_press_maybe((!self.is_busy()).then_some(Message::Refresh)),
                button(
                    text(if self.exporting {
                        w.report_exporting()
                    } else {
                        w.report_export_pdf()
                    })
                    .size(14)
                )
                .on_press_maybe(can_export.then_some(Message::Export)),
            ]
            .spacing(12)
            .align_y(iced::Center),
        ]
        .spacing(6)
        .padding([10, 20]);
        if let Some(problem) = problem {
            bar = bar.push(text(problem).size(13).style(theme::text::danger));
        }
        match &self.exported {
            Some(Ok(path)) => {
                bar = bar.push(
                    row![
                        text(w.report_saved(path))
                            .size(13)
                            .style(theme::text::success),
                        button(text(w.report_open_pdf()).size(13))
                            .style(theme::button::secondary)
                            .padding([3, 10])
                            .on_press(Message::OpenExported),
                    ]
                    .spacing(10)
                    .align_y(iced::Center),
                )
            }
            Some(Err(reason)) => {
                bar = bar.push(
                    text(w.report_not_saved(reason))
                        .size(13)
                        .style(theme::text::danger),
                )
            }
            None => {}
        }
        bar.into()
    }

    /// The progress indicator while the store is read.
    fn progress<'a>(
        &self,
        w: crate::i18n::Words,
        doing: String,
        done: Option<(usize, usize)>,
    ) -> Element<'a, Message> {
        let (value, line) = match done {
            Some((done, total)) => (
                done as f32 / total.max(1) as f32,
                w.trend_progress(done, total),
            ),
            None => (
                (self.ticks as f32 / self.expected_ticks.max(1) as f32).min(0.95),
                doing,
            ),
        };
        column![
            text(line).size(15),
            progress_bar(0.0..=1.0, value).girth(8).length(420),
        ]
        .spacing(8)
        .into()
    }
}

/// The months of the trend ending with `end`, oldest first.
pub fn trend_months(end: Month) -> Vec<Month> {
    let mut months = vec![end];
    for _ in 1..TREND_MONTHS {
        let earlier = months[months.len() - 1].previous();
        if earlier == months[months.len() - 1] {
            break;
        }
        months.push(earlier);
    }
    months.reverse();
    months
}

/// Reads the month box: `2026-03` (or `2026-3`, `03/2026`, `3.2026`), not after the
/// month of `today`. Errors name the field.
pub fn parse_month(w: crate::i18n::Words, typed: &str, today: NaiveDate) -> Result<Month, String> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Err(w.required(&w.month_field()));
    }
    // Month and year the European way round, as people also write them.
    let iso = match typed.split_once(['/', '.']) {
        Some((month, year)) if year.len() == 4 => format!("{year}-{month}"),
        _ => typed.to_string(),
    };
    let month = Month::parse(&iso).map_err(|err| w.month_problem(&w.problem(&err.note())))?;
    if month > Month::of(today) {
        return Err(w.month_not_begun(month.first_day()));
    }
    Ok(month)
}

fn month_text(month: Month) -> String {
    month.first_day().format("%Y-%m").to_string()
}

fn tab<'a>(label: String, chosen: bool, view: View) -> Element<'a, Message> {
    button(text(label).size(14))
        .padding([5, 12])
        .style(theme::button::segment(chosen))
        .on_press(Message::Show(view))
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn the_month_box_names_the_field() {
        let w = crate::domain::Language::English.words();
        let today = day(2026, 3, 10);
        assert_eq!(
            parse_month(w, "2026-02", today),
            Month::new(2026, 2).map_err(|e| e.to_string())
        );
        assert_eq!(
            parse_month(w, "02/2026", today),
            Month::new(2026, 2).map_err(|e| e.to_string())
        );
        assert_eq!(
            parse_month(w, " 2026-3 ", today),
            Month::new(2026, 3).map_err(|e| e.to_string())
        );
        for bad in ["", "2026-13", "2026-00", "March", "2026-", "-3"] {
            let err = parse_month(w, bad, today).expect_err(bad);
            assert!(err.starts_with("Month: "), "{bad}: {err}");
        }
        let err = parse_month(w, "2026-04", today).expect_err("future");
        assert!(err.contains("April 2026"), "{err}");
    }

    #[test]
    fn the_trend_is_twelve_months_ending_with_the_month_picked() {
        let months =
            trend_months(Month::new(2026, 2).unwrap_or_else(|_| Month::of(day(2026, 2, 1))));
        assert_eq!(months.len(), 12);
        assert_eq!(months[0], Month::of(day(2025, 3, 1)));
        assert_eq!(months[11], Month::of(day(2026, 2, 1)));
    }

    #[test]
    fn the_screen_opens_on_last_month_and_pages_through_months() {
        let w = crate::domain::Language::English.words();
        let today = day(2026, 3, 10);
        let mut state = State::new(today);
        assert_eq!(state.month_text(), "2026-02");
        assert!(matches!(state.show(), Some(Request::Load(m)) if m == Month::of(day(2026, 2, 1))));
        assert!(state.is_busy());
        // Asked once: showing the screen again does not read it twice.
        assert!(state.show().is_none());
        assert!(matches!(
            state.react(w, Message::Next, today),
            Some(Request::Load(_))
        ));
        // March is running: there is no next month yet.
        assert!(state.react(w, Message::Next, today).is_none());
        assert_eq!(state.month_text(), "2026-03");
    }

    /// Export draws the very figures on screen (the same allocation), so the paper says
    /// what the screen says.
    #[test]
    fn export_hands_over_the_figures_on_screen() {
        let w = crate::domain::Language::English.words();
        let today = day(2026, 4, 10);
        let march = Month::of(day(2026, 3, 1));
        let mut state = State::new(today);
        let _ = state.show();
        let held = Arc::new(crate::report::monthly(&[], march, today));
        let _ = state.react(w, Message::Figures(march, Ok(Arc::clone(&held))), today);
        match state.react(w, Message::Export, today) {
            Some(Request::Export(exported)) => assert!(Arc::ptr_eq(&exported, &held)),
            other => panic!("expected an export, got {other:?}"),
        }
        // A second press while the first export runs asks for nothing.
        assert!(state.react(w, Message::Export, today).is_none());
    }
}
