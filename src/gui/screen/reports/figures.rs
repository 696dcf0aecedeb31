//! The figures on the reports screen: the month's dashboard (key figures, the PDF's two
//! charts, the tables) and the 12-month trend, drawn from the figures the screen holds.

use iced::widget::{Space, canvas, column, container, row, text};
use iced::{Element, Fill, FillPortion, Length};

use super::{Message, State, chart, trend_months};
use crate::domain::{ReturnReason, Verdict};
use crate::gui::text as t;
use crate::gui::theme;
use crate::gui::widget::bold;
use crate::report::MonthlyFigures;

pub use crate::report::tiles::{Tile, days, key_figures};

impl State {
    pub(super) fn month_view(&self) -> Element<'_, Message> {
        let month = self.month;
        let Some(f) = self.figures() else {
            if let Some((m, reason)) = &self.error
                && *m == month
            {
                return text(t::figures_failed(month, reason))
                    .style(theme::text::danger)
                    .into();
            }
            return self.progress(t::reading_month(month), None);
        };
        let mut page = column![
            column![
                text(t::report_title(month)).size(26).font(bold()),
                text(t::report_period(f))
                    .size(13)
                    .style(theme::text::secondary),
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
                        text(t::day_of(month))
                            .size(12)
                            .style(theme::text::secondary),
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
        page.push(
            text(t::REPORT_PRIVACY)
                .size(12)
                .style(theme::text::secondary),
        )
        .into()
    }

    pub(super) fn trend_view(&self) -> Element<'_, Message> {
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
                text(t::TREND_HINT).size(13).style(theme::text::secondary),
            ]
            .spacing(4)
        ]
        .spacing(18);
        if let Some(trend) = &self.trend {
            if trend.running.is_some() {
                page = page.push(self.progress(String::new(), Some((known.len(), months.len()))));
            }
            if let Some(reason) = &trend.error {
                page = page.push(text(t::trend_failed(reason)).style(theme::text::danger));
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

fn panel<'a>(content: Element<'a, Message>) -> Element<'a, Message> {
    container(content)
        .padding(14)
        .width(Fill)
        .style(theme::container::rounded_box)
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

fn tiles(f: &MonthlyFigures) -> Element<'_, Message> {
    let tiles = key_figures(f);
    let tile = |tile: Tile| -> Element<'_, Message> {
        container(
            column![
                text(tile.label.to_uppercase())
                    .size(11)
                    .style(theme::text::secondary),
                text(tile.value).size(26).font(bold()),
                text(tile.detail).size(12).style(theme::text::secondary),
            ]
            .spacing(2),
        )
        .padding(12)
        .width(Fill)
        .style(theme::container::rounded_box)
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
                .style(theme::container::fill(shade))
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
            .style(theme::text::secondary),
    );
    content.into()
}

fn swatch<'a>(colour: iced::Color) -> Element<'a, Message> {
    container(Space::new().width(12).height(12))
        .style(theme::container::swatch(colour))
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
