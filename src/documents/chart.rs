//! Simple vector charts for the monthly report (docs/rules.md §7: "at least two charts (cases
//! per day; verdict mix)"): columns for a series over days, horizontal bars for a
//! breakdown. Drawn with rectangles and text only, so they print crisp in grey on any
//! printer and their numbers stay extractable text.
//!
//! Values must be finite and non-negative (counts, money); anything else is drawn as 0.

use super::layout::{Colour, Font, Page};
use super::text::Align;

/// A rectangle on the page, top-left corner and size, in millimetres.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Area {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
}

/// How a chart looks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChartStyle {
    pub bar: Colour,
    pub grid: Colour,
    /// Axis and category labels.
    pub font: Font,
    /// Print each bar's value at its end, where there is room.
    pub show_values: bool,
}

impl Default for ChartStyle {
    fn default() -> Self {
        ChartStyle {
            bar: Colour::grey(0.35),
            grid: Colour::grey(0.82),
            font: Font::regular(7.0),
            show_values: true,
        }
    }
}

/// A "nice" axis: the top of the scale and the step between gridlines, both 1, 2 or 5
/// times a power of ten, so the axis reads 0, 5, 10, 15 rather than 0, 4.3, 8.6.
pub fn nice_axis(max: f64, target_steps: u32) -> (f64, f64) {
    let max = if max.is_finite() && max > 0.0 {
        max
    } else {
        1.0
    };
    let raw = max / f64::from(target_steps.max(1));
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude);
    ((max / step).ceil() * step, step)
}

fn clean(v: f64) -> f64 {
    if v.is_finite() && v > 0.0 { v } else { 0.0 }
}

/// Formats an axis or bar value without needless decimals ("5", "2.5", "0.25").
pub fn format_value(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{v:.0}")
    } else {
        let s = format!("{v:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// Vertical columns, one per `(label, value)`, left to right: cases per day. Category
/// labels are thinned out (every 2nd, 5th, … shown) when they would collide.
pub fn column_chart(page: &mut Page, area: Area, data: &[(&str, f64)], style: &ChartStyle) {
    let font = style.font;
    let line = font.line_height();
    let (top_value, step) = nice_axis(data.iter().map(|(_, v)| clean(*v)).fold(0.0, f64::max), 4);
    let ticks = (top_value / step).round() as usize;
    let gutter = (0..=ticks)
        .map(|i| font.width(&format_value(i as f64 * step)))
        .fold(0.0, f32::max)
        + 1.5;
    // Room above the plot for the top value label, below it for the category labels.
    let plot = Area {
        x: area.x + gutter,
        y: area.y + line,
        width: (area.width - gutter).max(0.0),
        height: (area.height - 2.0 * line - 1.0).max(0.0),
    };
    let bottom = plot.y + plot.height;
    let scale = |v: f64| (clean(v) / top_value) as f32 * plot.height;

    for i in 0..=ticks {
        let value = i as f64 * step;
        let y = bottom - scale(value);
        page.line(plot.x, y, plot.x + plot.width, y, 0.3, style.grid);
        page.text_right(plot.x - 1.0, y - line / 2.0, font, &format_value(value));
    }
    if data.is_empty() {
        return;
    }

    let slot = plot.width / data.len() as f32;
    let bar_width = slot * 0.7;
    let bars: Vec<(f32, f32, f32, f32)> = data
        .iter()
        .enumerate()
        .map(|(i, (_, v))| {
            let h = scale(*v);
            (
                plot.x + i as f32 * slot + (slot - bar_width) / 2.0,
                bottom - h,
                bar_width,
                h,
            )
        })
        .collect();
    page.fill_rects(style.bar, &bars);
    page.line(
        plot.x,
        bottom,
        plot.x + plot.width,
        bottom,
        0.6,
        Colour::BLACK,
    );

    // Show every `every`-th label so that neighbours keep a little space between them.
    let widest = data.iter().map(|(l, _)| font.width(l)).fold(0.0, f32::max) + 1.0;
    let every = [1, 2, 5, 7, 10, 20, 50, 100]
        .into_iter()
        .find(|k| slot * *k as f32 >= widest)
        .unwrap_or(data.len());
    for (i, ((label, value), bar)) in data.iter().zip(&bars).enumerate() {
        let centre = bar.0 + bar_width / 2.0;
        if i % every == 0 {
            page.text_in(
                centre - slot * every as f32 / 2.0,
                bottom + 1.0,
                slot * every as f32,
                Align::Centre,
                font,
                label,
            );
        }
        let shown = format_value(clean(*value));
        if style.show_values && clean(*value) > 0.0 && font.width(&shown) <= slot {
            page.text_in(
                bar.0 - (slot - bar_width) / 2.0,
                bar.1 - line,
                slot,
                Align::Centre,
                font,
                &shown,
            );
        }
    }
}

/// Horizontal bars, one per `(label, value)`, top to bottom, labels on the left and
/// values at the bar ends: verdict mix, top models, faulty components.
pub fn bar_chart(page: &mut Page, area: Area, data: &[(&str, f64)], style: &ChartStyle) {
    if data.is_empty() {
        return;
    }
    let font = style.font;
    let line = font.line_height();
    let max = data.iter().map(|(_, v)| clean(*v)).fold(0.0, f64::max);
    let label_width = data
        .iter()
        .map(|(l, _)| font.width(l))
        .fold(0.0, f32::max)
        .min(area.width * 0.4)
        + 2.0;
    let value_width = if style.show_values {
        data.iter()
            .map(|(_, v)| font.width(&format_value(clean(*v))))
            .fold(0.0, f32::max)
            + 1.5
    } else {
        0.0
    };
    let plot_x = area.x + label_width;
    let plot_width = (area.width - label_width - value_width).max(0.0);
    let slot = area.height / data.len() as f32;
    let bar_height = (slot * 0.7).min(line * 1.6);

    let bars: Vec<(f32, f32, f32, f32)> = data
        .iter()
        .enumerate()
        .map(|(i, (_, v))| {
            let w = if max > 0.0 {
                (clean(*v) / max) as f32 * plot_width
            } else {
                0.0
            };
            (
                plot_x,
                area.y + i as f32 * slot + (slot - bar_height) / 2.0,
                w,
                bar_height,
            )
        })
        .collect();
    page.fill_rects(style.bar, &bars);
    page.line(
        plot_x,
        area.y,
        plot_x,
        area.y + area.height,
        0.6,
        Colour::BLACK,
    );
    for ((label, value), bar) in data.iter().zip(&bars) {
        let text_y = bar.1 + (bar_height - line) / 2.0;
        page.text_in(area.x, text_y, label_width - 2.0, Align::Right, font, label);
        if style.show_values {
            let x = bar.0 + bar.2 + 1.0;
            page.text_in(
                x,
                text_y,
                value_width,
                Align::Left,
                font,
                &format_value(clean(*value)),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::documents::layout::{Document, Margins, PageSize};

    #[test]
    fn nice_axes() {
        assert_eq!(nice_axis(38.0, 4), (40.0, 10.0));
        assert_eq!(nice_axis(7.0, 4), (8.0, 2.0));
        assert_eq!(nice_axis(0.0, 4), (1.0, 0.5));
        assert_eq!(nice_axis(1234.0, 4), (1500.0, 500.0));
        assert_eq!(nice_axis(f64::NAN, 4).0, 1.0);
    }

    #[test]
    fn values_format_without_needless_decimals() {
        assert_eq!(format_value(5.0), "5");
        assert_eq!(format_value(2.5), "2.5");
        assert_eq!(format_value(0.25), "0.25");
    }

    #[test]
    fn charts_stay_inside_their_area_and_the_page() {
        let mut doc = Document::new("chart", PageSize::A4, Margins::uniform(18.0));
        let days: Vec<(String, f64)> = (1..=31)
            .map(|d| (d.to_string(), f64::from(d % 7 * 3)))
            .collect();
        let days: Vec<(&str, f64)> = days.iter().map(|(l, v)| (l.as_str(), *v)).collect();
        let page = doc.page();
        let area = Area {
            x: 18.0,
            y: 30.0,
            width: 174.0,
            height: 60.0,
        };
        column_chart(page, area, &days, &ChartStyle::default());
        let verdicts = [
            ("Free", 38.0),
            ("Paid", 14.0),
            ("Needs proof", 6.0),
            ("Ineligible", 2.0),
            ("Bad", f64::NAN),
        ];
        bar_chart(
            page,
            Area {
                y: 100.0,
                height: 30.0,
                ..area
            },
            &verdicts,
            &ChartStyle::default(),
        );
        column_chart(page, Area { y: 140.0, ..area }, &[], &ChartStyle::default());
        assert!(doc.to_pdf().is_ok());
    }
}
