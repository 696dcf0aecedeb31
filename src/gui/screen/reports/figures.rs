//! The figures on the reports screen: the month's dashboard (key figures, the PDF's two
//! charts, the tables) and the 12-month trend, drawn from the figures the screen holds.

use iced::widget::{Space, canvas, column, container, row, text};
use iced::{Element, Fill, FillPortion, Length};

use super::{Message, State, chart, trend_months};
use crate::domain::{ReturnReason, Verdict};
use crate::gui::theme;
use crate::gui::widget::bold;
use crate::report::MonthlyFigures;

pub use crate::report::tiles::{Tile, days, key_figures};

impl State {
    pub(super) fn month_view(&self, w: crate::i18n::Words) -> Element<'_, Message> {
        let month = self.month;
        let Some(f) = self.figures() else {
            if let Some((m, reason)) = &self.error
                && *m == month
            {
                return text(w.figures_failed(month.first_day(), reason))
                    .style(theme::text::danger)
                    .into();
            }
            return self.progress(w, w.reading_month(month.first_day()), None);
        };
        let mut page = column![
            column![
                text(w.report_title(month.first_day()))
                    .size(26)
                    .font(bold()),
                text(w.report_period(
                    f.month.first_day(),
                    f.month.last_day(),
                    f.as_of,
                    f.computed_on,
                ))
                .size(13)
                .style(theme::text::secondary),
            ]
            .spacing(4)
        ]
        .spacing(18);
        if f.is_empty() {
            return page
                .push(panel(
                    text(w.nothing_to_report(month.first_day())).size(15).into(),
                ))
                .into();
        }
        page = page.push(tiles(f));
        page = page.push(
            row![
                container(card(
                    w.chart_per_day(),
                    column![
                        canvas(chart::Columns {
                            labels: (1..=f.cases_per_day.len()).map(|d| d.to_string()).collect(),
                            series: vec![f.cases_per_day.clone()],
                            shares: false,
                            label_every: 5,
                        })
                        .width(Fill)
                        .height(200),
                        text(w.day_of(month.first_day()))
                            .size(12)
                            .style(theme::text::secondary),
                    ]
                    .spacing(4)
                    .align_x(iced::Center)
                    .into(),
                ))
                .width(FillPortion(3)),
                container(card(w.chart_verdict_mix(), verdict_mix(w, f))).width(FillPortion(2)),
            ]
            .spacing(16),
        );
        page = page.push(
            row![
                container(card(w.table_verdicts(), verdict_table(w, f))).width(Fill),
                container(card(w.table_returns(), returns_table(w, f))).width(Fill),
                container(card(w.table_turned_away(), turned_away_table(w, f))).width(Fill),
            ]
            .spacing(16),
        );
        page = page.push(
            row![
                container(card(w.table_quotes(), quotes_table(w, f))).width(Fill),
                container(card(w.table_money(), money_table(w, f))).width(Fill),
                container(card(
                    w.table_top_models(),
                    ranked(f, &f.top_models, w.no_models())
                ))
                .width(Fill),
                container(card(
                    w.table_top_components(),
                    ranked(f, &f.top_components, w.no_components())
                ))
                .width(Fill),
            ]
            .spacing(16),
        );
        page.push(
            text(w.report_privacy())
                .size(12)
                .style(theme::text::secondary),
        )
        .into()
    }

    pub(super) fn trend_view(&self, w: crate::i18n::Words) -> Element<'_, Message> {
        let months = trend_months(self.month);
        let known: Vec<&MonthlyFigures> = months
            .iter()
            .filter_map(|m| self.figures.get(m).map(|f| f.as_ref()))
            .collect();
        let mut page = column![
            column![
                text(w.trend_title(months[0].first_day(), self.month.first_day()))
                    .size(26)
                    .font(bold()),
                text(w.trend_hint()).size(13).style(theme::text::secondary),
            ]
            .spacing(4)
        ]
        .spacing(18);
        if let Some(trend) = &self.trend {
            if trend.running.is_some() {
                page =
                    page.push(self.progress(w, String::new(), Some((known.len(), months.len()))));
            }
            if let Some(reason) = &trend.error {
                page = page.push(text(w.trend_failed(reason)).style(theme::text::danger));
            }
        }
        if known.is_empty() {
            return page.into();
        }
        let labels: Vec<String> = known
            .iter()
            .map(|f| w.report_short_month(f.month.first_day()))
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
                    w.trend_volume(),
                    column![
                        canvas(volume).width(Fill).height(190),
                        legend(
                            vec![w.walk_in_short(), w.mail_in_short()],
                            &chart::SHADES[..2]
                        ),
                    ]
                    .spacing(6)
                    .into()
                ))
                .width(Fill),
                container(card(
                    w.trend_mix(),
                    column![
                        canvas(mix).width(Fill).height(190),
                        legend(
                            Verdict::ALL.map(move |v| w.report_verdict(v)).to_vec(),
                            &chart::SHADES
                        ),
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
                    w.trend_turnaround(),
                    column![
                        canvas(turnaround).width(Fill).height(190),
                        legend(
                            vec![w.report_median(), w.report_p90()],
                            &[chart::SHADES[0], chart::ACCENT]
                        ),
                    ]
                    .spacing(6)
                    .into()
                ))
                .width(Fill),
                container(card(w.trend_table(), trend_table(w, &known))).width(Fill),
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

fn card<'a>(title: String, content: Element<'a, Message>) -> Element<'a, Message> {
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
fn verdict_mix(w: crate::i18n::Words, f: &MonthlyFigures) -> Element<'_, Message> {
    let decided = f.verdicts.decided();
    if decided == 0 {
        return text(w.no_verdicts()).size(14).into();
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
                    text(w.verdict_share(*verdict, *count, &percent(*count, decided))).size(14),
                ]
                .spacing(8)
                .align_y(iced::Center)
                .into()
            }),
    )
    .spacing(6);
    let mut content = column![bar, legend].spacing(12);
    content = content.push(
        text(w.verdict_mix_note(decided, f.verdicts.undecided))
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

fn legend<'a>(labels: Vec<String>, shades: &[iced::Color]) -> Element<'a, Message> {
    row(labels.into_iter().zip(shades).map(|(label, shade)| {
        row![swatch(*shade), text(label).size(12)]
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

fn verdict_table(w: crate::i18n::Words, f: &MonthlyFigures) -> Element<'_, Message> {
    let v = &f.verdicts;
    let opened = f.opened.total();
    let line = |what: String, n: u32| (what, format!("{n} · {}", percent(n, opened)));
    lines(vec![
        line(w.free_provisional(v.free_provisional), v.free),
        line(w.report_paid().to_string(), v.paid),
        line(w.report_needs_proof().to_string(), v.needs_proof),
        line(w.report_not_eligible().to_string(), v.ineligible),
        line(w.report_undecided().to_string(), v.undecided),
        (
            w.proofs_requested().to_string(),
            f.proofs_requested.to_string(),
        ),
    ])
}

fn returns_table(w: crate::i18n::Words, f: &MonthlyFigures) -> Element<'_, Message> {
    let r = &f.returns;
    let mut rows: Vec<(String, String)> = ReturnReason::ALL
        .iter()
        .map(|reason| {
            (
                w.report_return_reason(*reason).to_string(),
                r.count(*reason).to_string(),
            )
        })
        .collect();
    rows.push((
        w.reason_not_recorded().to_string(),
        r.reason_not_recorded.to_string(),
    ));
    rows.push((w.total_returned().to_string(), r.total().to_string()));
    rows.push((
        w.devices_measured().to_string(),
        f.turnaround.devices.to_string(),
    ));
    rows.push((
        w.report_median().to_string(),
        days(f.turnaround.median_days),
    ));
    rows.push((w.report_p90().to_string(), days(f.turnaround.p90_days)));
    rows.push((
        w.report_longest().to_string(),
        days(f.turnaround.longest_days),
    ));
    lines(rows)
}

fn turned_away_table(w: crate::i18n::Words, f: &MonthlyFigures) -> Element<'_, Message> {
    let ta = &f.turned_away;
    lines(vec![
        (
            w.refused_cod().to_string(),
            ta.refused_cash_on_delivery.to_string(),
        ),
        (
            w.rejected_damaged().to_string(),
            ta.rejected_damaged.to_string(),
        ),
        (
            w.rejected_soaked().to_string(),
            ta.rejected_soaked.to_string(),
        ),
        (
            w.rejected_both().to_string(),
            ta.rejected_damaged_and_soaked.to_string(),
        ),
        (
            w.rejected_other().to_string(),
            ta.rejected_other.to_string(),
        ),
        (
            w.applications_expired().to_string(),
            f.applications_expired.to_string(),
        ),
        (
            w.unsolicited_no_application().to_string(),
            f.unsolicited.no_application.to_string(),
        ),
        (
            w.unsolicited_expired().to_string(),
            f.unsolicited.application_expired.to_string(),
        ),
    ])
}

fn quotes_table(w: crate::i18n::Words, f: &MonthlyFigures) -> Element<'_, Message> {
    let q = &f.quotes;
    lines(vec![
        (w.quotes_sent().to_string(), q.sent.to_string()),
        (w.quotes_accepted().to_string(), q.accepted.to_string()),
        (w.quotes_declined().to_string(), q.declined.to_string()),
        (w.quotes_unanswered().to_string(), q.unanswered.to_string()),
    ])
}

fn money_table(w: crate::i18n::Words, f: &MonthlyFigures) -> Element<'_, Message> {
    let mut rows: Vec<(String, String)> = f
        .revenue
        .iter()
        .map(|takings| {
            (
                w.revenue_in(&takings.amount.currency.to_string(), takings.payments),
                takings.amount.amount_text(),
            )
        })
        .collect();
    if rows.is_empty() {
        rows.push((w.no_payments_received().to_string(), "0".to_string()));
    }
    rows.push((w.overdue_cases().to_string(), f.overdue.cases.to_string()));
    rows.extend(f.overdue.outstanding.iter().map(|owed| {
        (
            w.outstanding_in(&owed.currency.to_string()),
            owed.amount_text(),
        )
    }));
    rows.push((
        w.sent_back_unpaid().to_string(),
        f.overdue.sent_back.to_string(),
    ));
    lines(rows)
}

fn ranked<'a>(
    f: &MonthlyFigures,
    list: &'a [crate::report::Ranked],
    when_empty: String,
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

fn trend_table<'a>(w: crate::i18n::Words, known: &[&MonthlyFigures]) -> Element<'a, Message> {
    let cell = |value: String, width: f32| -> Element<'a, Message> {
        container(text(value).size(13))
            .width(width)
            .align_x(iced::alignment::Horizontal::Right)
            .into()
    };
    let heading = |value: String, width: f32| -> Element<'a, Message> {
        container(text(value).size(12).font(bold()))
            .width(width)
            .align_x(iced::alignment::Horizontal::Right)
            .into()
    };
    let mut table = column![row![
        text(w.report_col_month()).size(12).font(bold()).width(Fill),
        heading(w.report_col_opened(), 64.0),
        heading(w.report_col_free(), 56.0),
        heading(w.report_col_paid(), 56.0),
        heading(w.report_col_median(), 64.0),
        heading(w.report_col_p90(), 64.0),
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
