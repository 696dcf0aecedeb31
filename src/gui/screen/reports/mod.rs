//! The manager's reports screen (RULES.md §7, issue 7): one month's figures as a
//! dashboard — the key figures, the two charts of the PDF (cases opened per day; the
//! verdict mix) and the tables — and a 12-month trend of volume, verdict mix and
//! turnaround. "Export PDF…" saves the monthly report made from the very figures on
//! screen.
//!
//! A small program (STYLE.md): `State`, `Message`, `Event`, `update`, `view`. It never
//! touches the store: it asks the app for a month's figures (`Event::Load`), for the
//! trend's months (`Event::LoadTrend`) and to export, and the app feeds the answers back.
//! Figures are kept per month for the session, so paging back and forth is instant;
//! "Refresh" reads the month again.

pub mod chart;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use chrono::NaiveDate;
use iced::widget::{
    Space, button, canvas, column, container, progress_bar, row, rule, scrollable, space, text,
    text_input,
};
use iced::{Background, Border, Element, Fill, FillPortion, Length, Theme};

use crate::domain::{ReturnReason, Verdict};
use crate::gui::text as t;
use crate::gui::widget::bold;
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
    /// The figures of a month, computed by the app off the UI thread.
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
}

/// What the app must act on.
#[derive(Debug, Clone)]
pub enum Event {
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

/// What the screen needs from the app.
pub struct Context {
    pub today: NaiveDate,
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
    pub fn month_problem(&self, today: NaiveDate) -> Option<String> {
        parse_month(&self.month_text, today).err()
    }

    /// What to do when the screen is shown: read the month unless it is known.
    pub fn shown(&mut self) -> Option<Event> {
        match self.view {
            View::Month => self.load(),
            View::Trend => self.start_trend(),
        }
    }

    pub fn update(&mut self, message: Message, cx: &Context) -> Option<Event> {
        match message {
            Message::MonthTyped(typed) => {
                self.month_text = typed;
                // A complete, valid month is shown as soon as it is typed.
                if let Ok(month) = parse_month(&self.month_text, cx.today)
                    && self.month_text.trim().len() >= 7
                {
                    return self.go_to(month);
                }
            }
            Message::ShowTyped => {
                if let Ok(month) = parse_month(&self.month_text, cx.today) {
                    return self.go_to(month);
                }
            }
            Message::Previous => return self.go_to(self.month.previous()),
            Message::Next => {
                let next = self.month.next();
                if next <= Month::of(cx.today) {
                    return self.go_to(next);
                }
            }
            Message::LastMonth => return self.go_to(Month::of(cx.today).previous()),
            Message::Show(view) => {
                self.view = view;
                return self.shown();
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
                return Some(Event::Export(figures));
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
                    return Some(Event::Open(path.clone()));
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

    fn go_to(&mut self, month: Month) -> Option<Event> {
        if month != self.month {
            self.exported = None;
        }
        self.month = month;
        self.month_text = month_text(month);
        self.shown()
    }

    fn load(&mut self) -> Option<Event> {
        if self.figures.contains_key(&self.month) || self.loading.contains(&self.month) {
            return None;
        }
        self.loading.push(self.month);
        self.ticks = 0;
        Some(Event::Load(self.month))
    }

    fn start_trend(&mut self) -> Option<Event> {
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
        Some(Event::LoadTrend {
            end: self.month,
            months,
            cancel,
        })
    }

    pub fn view<'a>(&'a self, cx: &Context) -> Element<'a, Message> {
        let body = match self.view {
            View::Month => self.month_view(),
            View::Trend => self.trend_view(),
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
        let current = Month::of(cx.today);
        let problem = self.month_problem(cx.today);
        let can_export = self.view == View::Month && self.figures().is_some() && !self.exporting;
        let picker = row![
            button(text(t::PREVIOUS_MONTH).size(14))
                .style(button::secondary)
                .on_press(Message::Previous),
            text_input(t::MONTH_PLACEHOLDER, &self.month_text)
                .id(MONTH_ID)
                .on_input(Message::MonthTyped)
                .on_submit(Message::ShowTyped)
                .padding(6)
                .width(100),
            button(text(t::NEXT_MONTH).size(14))
                .style(button::secondary)
                .on_press_maybe((self.month < current).then_some(Message::Next)),
            button(text(t::LAST_MONTH).size(14))
                .style(button::text)
                .on_press(Message::LastMonth),
        ]
        .spacing(6)
        .align_y(iced::Center);
        let views = row![
            tab(t::VIEW_MONTH, self.view == View::Month, View::Month),
            tab(t::VIEW_TREND, self.view == View::Trend, View::Trend),
        ]
        .spacing(4);
        let mut bar = column![
            row![
                picker,
                space::horizontal(),
                views,
                button(text(t::REPORT_REFRESH).size(14))
                    .style(button::secondary)
                    .on_press_maybe((!self.is_busy()).then_some(Message::Refresh)),
                button(
                    text(if self.exporting {
                        t::REPORT_EXPORTING
                    } else {
                        t::REPORT_EXPORT_PDF
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
            bar = bar.push(text(problem).size(13).style(text::danger));
        }
        match &self.exported {
            Some(Ok(path)) => {
                bar = bar.push(
                    row![
                        text(t::report_saved(path)).size(13).style(text::success),
                        button(text(t::REPORT_OPEN_PDF).size(13))
                            .style(button::secondary)
                            .padding([3, 10])
                            .on_press(Message::OpenExported),
                    ]
                    .spacing(10)
                    .align_y(iced::Center),
                )
            }
            Some(Err(reason)) => {
                bar = bar.push(
                    text(t::report_not_saved(reason))
                        .size(13)
                        .style(text::danger),
                )
            }
            None => {}
        }
        bar.into()
    }

    /// The progress indicator while the store is read.
    fn progress<'a>(&self, doing: String, done: Option<(usize, usize)>) -> Element<'a, Message> {
        let (value, line) = match done {
            Some((done, total)) => (
                done as f32 / total.max(1) as f32,
                t::trend_progress(done, total),
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

    fn month_view(&self) -> Element<'_, Message> {
        let month = self.month;
        let Some(f) = self.figures() else {
            if let Some((m, reason)) = &self.error
                && *m == month
            {
                return text(t::figures_failed(month, reason))
                    .style(text::danger)
                    .into();
            }
            return self.progress(t::reading_month(month), None);
        };
        let mut page = column![
            column![
                text(t::report_title(month)).size(26).font(bold()),
                text(t::report_period(f)).size(13).style(text::secondary),
            ]
            .spacing(4)
        ]
        .spacing(18);
        if f.is_empty() {
            return page
                .push(panel(text(t::nothing_to_report(month)).size(15).into()))
                .into();
        }
        page = page.push(tiles(f));
        page = page.push(
            row![
                container(card(
                    t::CHART_PER_DAY,
                    column![
                        canvas(chart::Columns {
                            labels: (1..=f.cases_per_day.len()).map(|d| d.to_string()).collect(),
                            series: vec![f.cases_per_day.clone()],
                            shares: false,
                            label_every: 5,
                        })
                        .width(Fill)
                        .height(200),
                        text(t::day_of(month)).size(12).style(text::secondary),
                    ]
                    .spacing(4)
                    .align_x(iced::Center)
                    .into(),
                ))
                .width(FillPortion(3)),
                container(card(t::CHART_VERDICT_MIX, verdict_mix(f))).width(FillPortion(2)),
            ]
            .spacing(16),
        );
        page = page.push(
            row![
                container(card(t::TABLE_VERDICTS, verdict_table(f))).width(Fill),
                container(card(t::TABLE_RETURNS, returns_table(f))).width(Fill),
                container(card(t::TABLE_TURNED_AWAY, turned_away_table(f))).width(Fill),
            ]
            .spacing(16),
        );
        page = page.push(
            row![
                container(card(t::TABLE_QUOTES, quotes_table(f))).width(Fill),
                container(card(t::TABLE_MONEY, money_table(f))).width(Fill),
                container(card(
                    t::TABLE_TOP_MODELS,
                    ranked(f, &f.top_models, t::NO_MODELS)
                ))
                .width(Fill),
                container(card(
                    t::TABLE_TOP_COMPONENTS,
                    ranked(f, &f.top_components, t::NO_COMPONENTS)
                ))
                .width(Fill),
            ]
            .spacing(16),
        );
        page.push(text(t::REPORT_PRIVACY).size(12).style(text::secondary))
            .into()
    }

    fn trend_view(&self) -> Element<'_, Message> {
        let months = trend_months(self.month);
        let known: Vec<&MonthlyFigures> = months
            .iter()
            .filter_map(|m| self.figures.get(m).map(|f| f.as_ref()))
            .collect();
        let mut page = column![
            column![
                text(t::trend_title(months[0], self.month))
                    .size(26)
                    .font(bold()),
                text(t::TREND_HINT).size(13).style(text::secondary),
            ]
            .spacing(4)
        ]
        .spacing(18);
        if let Some(trend) = &self.trend {
            if trend.running.is_some() {
                page = page.push(self.progress(String::new(), Some((known.len(), months.len()))));
            }
            if let Some(reason) = &trend.error {
                page = page.push(text(t::trend_failed(reason)).style(text::danger));
            }
        }
        if known.is_empty() {
            return page.into();
        }
        let labels: Vec<String> = known
            .iter()
            .map(|f| t::report_short_month(f.month))
            .collect();
        let volume = chart::Columns {
            labels: labels.clone(),
            series: vec![
                known.iter().map(|f| f.opened.walk_in).collect(),
                known.iter().map(|f| f.opened.mail_in).collect(),
            ],
            shares: false,
            label_every: 1,
        };
        let mix = chart::Columns {
            labels: labels.clone(),
            series: Verdict::ALL
                .iter()
                .map(|v| known.iter().map(|f| f.verdicts.count(*v)).collect())
                .collect(),
            shares: true,
            label_every: 1,
        };
        let turnaround = chart::Lines {
            labels,
            series: vec![
                known.iter().map(|f| f.turnaround.median_days).collect(),
                known.iter().map(|f| f.turnaround.p90_days).collect(),
            ],
        };
        page = page.push(
            row![
                container(card(
                    t::TREND_VOLUME,
                    column![
                        canvas(volume).width(Fill).height(190),
                        legend(&[t::WALK_IN_SHORT, t::MAIL_IN_SHORT], &chart::SHADES[..2]),
                    ]
                    .spacing(6)
                    .into()
                ))
                .width(Fill),
                container(card(
                    t::TREND_MIX,
                    column![
                        canvas(mix).width(Fill).height(190),
                        legend(&Verdict::ALL.map(t::report_verdict), &chart::SHADES),
                    ]
                    .spacing(6)
                    .into()
                ))
                .width(Fill),
            ]
            .spacing(16),
        );
        page = page.push(
            row![
                container(card(
                    t::TREND_TURNAROUND,
                    column![
                        canvas(turnaround).width(Fill).height(190),
                        legend(
                            &[t::REPORT_MEDIAN, t::REPORT_P90],
                            &[chart::SHADES[0], chart::ACCENT]
                        ),
                    ]
                    .spacing(6)
                    .into()
                ))
                .width(Fill),
                container(card(t::TREND_TABLE, trend_table(&known))).width(Fill),
            ]
            .spacing(16),
        );
        page.into()
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
pub fn parse_month(typed: &str, today: NaiveDate) -> Result<Month, String> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Err(t::required(t::MONTH_FIELD));
    }
    // Month and year the European way round, as people also write them.
    let iso = match typed.split_once(['/', '.']) {
        Some((month, year)) if year.len() == 4 => format!("{year}-{month}"),
        _ => typed.to_string(),
    };
    let month = Month::parse(&iso).map_err(|err| t::month_problem(&err.to_string()))?;
    if month > Month::of(today) {
        return Err(t::month_not_begun(month));
    }
    Ok(month)
}

fn month_text(month: Month) -> String {
    month.first_day().format("%Y-%m").to_string()
}

fn tab<'a>(label: &'a str, chosen: bool, view: View) -> Element<'a, Message> {
    button(text(label).size(14))
        .padding([5, 12])
        .style(if chosen {
            button::primary
        } else {
            button::secondary
        })
        .on_press(Message::Show(view))
        .into()
}

fn panel<'a>(content: Element<'a, Message>) -> Element<'a, Message> {
    container(content)
        .padding(14)
        .width(Fill)
        .style(container::rounded_box)
        .into()
}

fn card<'a>(title: &'a str, content: Element<'a, Message>) -> Element<'a, Message> {
    panel(
        column![text(title).size(15).font(bold()), content]
            .spacing(10)
            .into(),
    )
}

/// `part` of `whole` as a whole percentage, rounded half up ("31 %"), as the PDF prints it.
pub fn percent(part: u32, whole: u32) -> String {
    if whole == 0 {
        return "–".to_string();
    }
    let p = (u64::from(part) * 200 + u64::from(whole)) / (2 * u64::from(whole));
    format!("{p} %")
}

pub use crate::report::tiles::{Tile, days, key_figures};

fn tiles(f: &MonthlyFigures) -> Element<'_, Message> {
    let tiles = key_figures(f);
    let tile = |tile: Tile| -> Element<'_, Message> {
        container(
            column![
                text(tile.label.to_uppercase())
                    .size(11)
                    .style(text::secondary),
                text(tile.value).size(26).font(bold()),
                text(tile.detail).size(12).style(text::secondary),
            ]
            .spacing(2),
        )
        .padding(12)
        .width(Fill)
        .style(container::rounded_box)
        .into()
    };
    let mut rows = column![].spacing(12);
    let mut tiles = tiles.into_iter().peekable();
    while tiles.peek().is_some() {
        rows = rows.push(row(tiles.by_ref().take(4).map(tile)).spacing(12));
    }
    rows.into()
}

/// The verdict mix as one stacked bar, with the PDF's shades, and its legend.
fn verdict_mix(f: &MonthlyFigures) -> Element<'_, Message> {
    let decided = f.verdicts.decided();
    if decided == 0 {
        return text(t::NO_VERDICTS).size(14).into();
    }
    let mix = f.verdict_mix();
    let bar = row(mix
        .iter()
        .zip(chart::SHADES)
        .filter(|((_, count), _)| *count > 0)
        .map(|((_, count), shade)| {
            container(Space::new().height(28))
                .width(Length::FillPortion((*count).min(u32::from(u16::MAX)) as u16))
                .style(move |_: &Theme| container::Style {
                    background: Some(Background::Color(shade)),
                    ..container::Style::default()
                })
                .into()
        }))
    .width(Fill);
    let legend = column(
        mix.iter()
            .zip(chart::SHADES)
            .map(|((verdict, count), shade)| {
                row![
                    swatch(shade),
                    text(t::verdict_share(
                        *verdict,
                        *count,
                        &percent(*count, decided)
                    ))
                    .size(14),
                ]
                .spacing(8)
                .align_y(iced::Center)
                .into()
            }),
    )
    .spacing(6);
    let mut content = column![bar, legend].spacing(12);
    content = content.push(
        text(t::verdict_mix_note(decided, f.verdicts.undecided))
            .size(12)
            .style(text::secondary),
    );
    content.into()
}

fn swatch<'a>(colour: iced::Color) -> Element<'a, Message> {
    container(Space::new().width(12).height(12))
        .style(move |theme: &Theme| container::Style {
            background: Some(Background::Color(colour)),
            border: Border {
                color: theme.palette().text,
                width: 0.5,
                radius: 2.0.into(),
            },
            ..container::Style::default()
        })
        .into()
}

fn legend<'a>(labels: &[&'a str], shades: &[iced::Color]) -> Element<'a, Message> {
    row(labels.iter().zip(shades).map(|(label, shade)| {
        row![swatch(*shade), text(*label).size(12)]
            .spacing(5)
            .align_y(iced::Center)
            .into()
    }))
    .spacing(14)
    .into()
}

/// Rows of "what — number", numbers right-aligned.
fn lines<'a>(rows: Vec<(String, String)>) -> Element<'a, Message> {
    column(rows.into_iter().map(|(what, value)| {
        row![
            text(what).size(13).width(Fill),
            text(value).size(13).font(bold()),
        ]
        .spacing(8)
        .into()
    }))
    .spacing(5)
    .into()
}

fn verdict_table(f: &MonthlyFigures) -> Element<'_, Message> {
    let v = &f.verdicts;
    let opened = f.opened.total();
    let line = |what: String, n: u32| (what, format!("{n} · {}", percent(n, opened)));
    lines(vec![
        line(t::free_provisional(v.free_provisional), v.free),
        line(t::REPORT_PAID.to_string(), v.paid),
        line(t::REPORT_NEEDS_PROOF.to_string(), v.needs_proof),
        line(t::REPORT_NOT_ELIGIBLE.to_string(), v.ineligible),
        line(t::REPORT_UNDECIDED.to_string(), v.undecided),
        (
            t::PROOFS_REQUESTED.to_string(),
            f.proofs_requested.to_string(),
        ),
    ])
}

fn returns_table(f: &MonthlyFigures) -> Element<'_, Message> {
    let r = &f.returns;
    let mut rows: Vec<(String, String)> = ReturnReason::ALL
        .iter()
        .map(|reason| {
            (
                t::report_return_reason(*reason).to_string(),
                r.count(*reason).to_string(),
            )
        })
        .collect();
    rows.push((
        t::REASON_NOT_RECORDED.to_string(),
        r.reason_not_recorded.to_string(),
    ));
    rows.push((t::TOTAL_RETURNED.to_string(), r.total().to_string()));
    rows.push((
        t::DEVICES_MEASURED.to_string(),
        f.turnaround.devices.to_string(),
    ));
    rows.push((t::REPORT_MEDIAN.to_string(), days(f.turnaround.median_days)));
    rows.push((t::REPORT_P90.to_string(), days(f.turnaround.p90_days)));
    rows.push((
        t::REPORT_LONGEST.to_string(),
        days(f.turnaround.longest_days),
    ));
    lines(rows)
}

fn turned_away_table(f: &MonthlyFigures) -> Element<'_, Message> {
    let ta = &f.turned_away;
    lines(vec![
        (
            t::REFUSED_COD.to_string(),
            ta.refused_cash_on_delivery.to_string(),
        ),
        (
            t::REJECTED_DAMAGED.to_string(),
            ta.rejected_damaged.to_string(),
        ),
        (
            t::REJECTED_SOAKED.to_string(),
            ta.rejected_soaked.to_string(),
        ),
        (
            t::REJECTED_BOTH.to_string(),
            ta.rejected_damaged_and_soaked.to_string(),
        ),
        (t::REJECTED_OTHER.to_string(), ta.rejected_other.to_string()),
        (
            t::APPLICATIONS_EXPIRED.to_string(),
            f.applications_expired.to_string(),
        ),
        (
            t::UNSOLICITED_NO_APPLICATION.to_string(),
            f.unsolicited.no_application.to_string(),
        ),
        (
            t::UNSOLICITED_EXPIRED.to_string(),
            f.unsolicited.application_expired.to_string(),
        ),
    ])
}

fn quotes_table(f: &MonthlyFigures) -> Element<'_, Message> {
    let q = &f.quotes;
    lines(vec![
        (t::QUOTES_SENT.to_string(), q.sent.to_string()),
        (t::QUOTES_ACCEPTED.to_string(), q.accepted.to_string()),
        (t::QUOTES_DECLINED.to_string(), q.declined.to_string()),
        (t::QUOTES_UNANSWERED.to_string(), q.unanswered.to_string()),
    ])
}

fn money_table(f: &MonthlyFigures) -> Element<'_, Message> {
    let mut rows: Vec<(String, String)> = f
        .revenue
        .iter()
        .map(|takings| {
            (
                t::revenue_in(&takings.amount.currency.to_string(), takings.payments),
                takings.amount.amount_text(),
            )
        })
        .collect();
    if rows.is_empty() {
        rows.push((t::NO_PAYMENTS_RECEIVED.to_string(), "0".to_string()));
    }
    rows.push((t::OVERDUE_CASES.to_string(), f.overdue.cases.to_string()));
    rows.extend(f.overdue.outstanding.iter().map(|owed| {
        (
            t::outstanding_in(&owed.currency.to_string()),
            owed.amount_text(),
        )
    }));
    rows.push((
        t::SENT_BACK_UNPAID.to_string(),
        f.overdue.sent_back.to_string(),
    ));
    lines(rows)
}

fn ranked<'a>(
    f: &MonthlyFigures,
    list: &'a [crate::report::Ranked],
    when_empty: &'a str,
) -> Element<'a, Message> {
    if list.is_empty() {
        return text(when_empty).size(13).into();
    }
    let opened = f.opened.total();
    lines(
        list.iter()
            .enumerate()
            .map(|(i, r)| {
                (
                    format!("{}. {}", i + 1, r.name),
                    format!("{} · {}", r.cases, percent(r.cases, opened)),
                )
            })
            .collect(),
    )
}

fn trend_table<'a>(known: &[&MonthlyFigures]) -> Element<'a, Message> {
    let cell = |value: String, width: f32| -> Element<'a, Message> {
        container(text(value).size(13))
            .width(width)
            .align_x(iced::alignment::Horizontal::Right)
            .into()
    };
    let heading = |value: &'a str, width: f32| -> Element<'a, Message> {
        container(text(value).size(12).font(bold()))
            .width(width)
            .align_x(iced::alignment::Horizontal::Right)
            .into()
    };
    let mut table = column![row![
        text(t::REPORT_COL_MONTH).size(12).font(bold()).width(Fill),
        heading(t::REPORT_COL_OPENED, 64.0),
        heading(t::REPORT_COL_FREE, 56.0),
        heading(t::REPORT_COL_PAID, 56.0),
        heading(t::REPORT_COL_MEDIAN, 64.0),
        heading(t::REPORT_COL_P90, 64.0),
    ]]
    .spacing(5);
    for f in known {
        let decided = f.verdicts.decided();
        table = table.push(row![
            text(f.month.name()).size(13).width(Fill),
            cell(f.opened.total().to_string(), 64.0),
            cell(percent(f.verdicts.free, decided), 56.0),
            cell(percent(f.verdicts.paid, decided), 56.0),
            cell(days(f.turnaround.median_days), 64.0),
            cell(days(f.turnaround.p90_days), 64.0),
        ]);
    }
    table.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn the_month_box_names_the_field() {
        let today = day(2026, 3, 10);
        assert_eq!(
            parse_month("2026-02", today),
            Month::new(2026, 2).map_err(|e| e.to_string())
        );
        assert_eq!(
            parse_month("02/2026", today),
            Month::new(2026, 2).map_err(|e| e.to_string())
        );
        assert_eq!(
            parse_month(" 2026-3 ", today),
            Month::new(2026, 3).map_err(|e| e.to_string())
        );
        for bad in ["", "2026-13", "2026-00", "March", "2026-", "-3"] {
            let err = parse_month(bad, today).expect_err(bad);
            assert!(err.starts_with("Month: "), "{bad}: {err}");
        }
        let err = parse_month("2026-04", today).expect_err("future");
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
        let cx = Context {
            today: day(2026, 3, 10),
        };
        let mut state = State::new(cx.today);
        assert_eq!(state.month_text(), "2026-02");
        assert!(matches!(state.shown(), Some(Event::Load(m)) if m == Month::of(day(2026, 2, 1))));
        assert!(state.is_busy());
        // Asked once: showing the screen again does not read it twice.
        assert!(state.shown().is_none());
        assert!(matches!(
            state.update(Message::Next, &cx),
            Some(Event::Load(_))
        ));
        // March is running: there is no next month yet.
        assert!(state.update(Message::Next, &cx).is_none());
        assert_eq!(state.month_text(), "2026-03");
    }
}
