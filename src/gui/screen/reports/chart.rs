//! The report's charts drawn in the window (iced canvas): columns, stacked or as shares,
//! and lines with gaps. The same two charts as the PDF (cases per day; the verdict mix)
//! and the 12-month trend use them. Drawing only: the numbers come from
//! `MonthlyFigures`, already computed.

use iced::mouse;
use iced::widget::canvas::{self, Frame, Geometry, Path, Stroke, Text};
use iced::{Color, Font, Pixels, Point, Rectangle, Renderer, Size, Theme, alignment};

/// The PDF's slate shades, dark to light, so screen and paper look alike.
pub const SHADES: [Color; 4] = [
    Color::from_rgb(0.23, 0.32, 0.45),
    Color::from_rgb(0.42, 0.53, 0.66),
    Color::from_rgb(0.66, 0.74, 0.83),
    Color::from_rgb(0.88, 0.91, 0.95),
];

/// A second colour for a line chart's other series (the 90th percentile).
pub const ACCENT: Color = Color::from_rgb(0.80, 0.45, 0.15);

const FONT: Font = Font::with_name("DejaVu Sans");
const AXIS_TEXT: f32 = 11.0;
const LEFT: f32 = 36.0;
const BOTTOM: f32 = 20.0;
const TOP: f32 = 8.0;
const RIGHT: f32 = 8.0;

/// Columns over a category axis; each column stacks its series from the first (at the
/// bottom) up. `shares` draws every column as 100 % of itself (a mix).
#[derive(Debug, Clone)]
pub struct Columns {
    pub labels: Vec<String>,
    /// `series[s][i]`: series `s` in column `i`.
    pub series: Vec<Vec<u32>>,
    pub shares: bool,
    /// Label every n-th column (1 = all).
    pub label_every: usize,
}

/// Lines over a category axis; a missing value breaks the line.
#[derive(Debug, Clone)]
pub struct Lines {
    pub labels: Vec<String>,
    pub series: Vec<Vec<Option<u32>>>,
}

fn text_colour(theme: &Theme) -> Color {
    let mut colour = theme.palette().text;
    colour.a = 0.75;
    colour
}

fn label(
    frame: &mut Frame,
    content: String,
    at: Point,
    colour: Color,
    align_x: iced::widget::text::Alignment,
    align_y: alignment::Vertical,
) {
    frame.fill_text(Text {
        content,
        position: at,
        color: colour,
        size: Pixels(AXIS_TEXT),
        font: FONT,
        align_x,
        align_y,
        ..Text::default()
    });
}

/// A "nice" top for the y axis (1, 2, 5 × 10ⁿ steps) and its step.
pub fn nice_scale(max: u32) -> (u32, u32) {
    if max == 0 {
        return (1, 1);
    }
    let raw = f64::from(max) / 4.0;
    let magnitude = 10_f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude)
        .max(1.0) as u32;
    (max.div_ceil(step) * step, step)
}

/// The plot area and the y axis with its grid lines; returns the plot rectangle.
fn axes(
    frame: &mut Frame,
    bounds: Size,
    top: u32,
    step: u32,
    suffix: &str,
    theme: &Theme,
) -> Rectangle {
    let plot = Rectangle {
        x: LEFT,
        y: TOP,
        width: (bounds.width - LEFT - RIGHT).max(1.0),
        height: (bounds.height - TOP - BOTTOM).max(1.0),
    };
    let colour = text_colour(theme);
    let mut grid = colour;
    grid.a = 0.15;
    let mut value = 0;
    while value <= top {
        let y = plot.y + plot.height * (1.0 - value as f32 / top as f32);
        frame.stroke(
            &Path::line(Point::new(plot.x, y), Point::new(plot.x + plot.width, y)),
            Stroke::default().with_width(1.0).with_color(grid),
        );
        label(
            frame,
            format!("{value}{suffix}"),
            Point::new(plot.x - 4.0, y),
            colour,
            iced::widget::text::Alignment::Right,
            alignment::Vertical::Center,
        );
        value += step.max(1);
    }
    plot
}

fn category_labels(
    frame: &mut Frame,
    plot: Rectangle,
    labels: &[String],
    every: usize,
    theme: &Theme,
) {
    let slot = plot.width / labels.len().max(1) as f32;
    for (i, text) in labels.iter().enumerate() {
        if i % every.max(1) != 0 {
            continue;
        }
        label(
            frame,
            text.clone(),
            Point::new(plot.x + slot * (i as f32 + 0.5), plot.y + plot.height + 3.0),
            text_colour(theme),
            iced::widget::text::Alignment::Center,
            alignment::Vertical::Top,
        );
    }
}

impl<Message> canvas::Program<Message> for Columns {
    type State = ();

    fn draw(
        &self,
        _state: &(),
        renderer: &Renderer,
        theme: &Theme,
        bounds: Rectangle,
        _cursor: mouse::Cursor,
    ) -> Vec<Geometry> {
        let mut frame = Frame::new(renderer, bounds.size());
        let columns = self.labels.len();
        let total = |i: usize| -> u32 {
            self.series
                .iter()
                .map(|s| s.get(i).copied().unwrap_or(0))
                .sum()
        };
        let (top, step, suffix) = if self.shares {
            (100, 25, " %")
        } else {
            let max = (0..columns).map(total).max().unwrap_or(0);
            let (top, step) = nice_scale(max);
            (top, step, "")
        };
        let plot = axes(&mut frame, bounds.size(), top, step, suffix, theme);
        let slot = plot.width / columns.max(1) as f32;
        let width = (slot * 0.72).max(1.0);
        for i in 0..columns {
            let whole = total(i);
            let mut base = 0.0_f32;
            for (s, series) in self.series.iter().enumerate() {
                let value = series.get(i).copied().unwrap_or(0) as f32;
                let share = if self.shares {
                    if whole == 0 {
                        0.0
                    } else {
                        value / whole as f32
                    }
                } else {
                    value / top as f32
                };
                let height = plot.height * share;
                if height > 0.0 {
                    frame.fill_rectangle(
                        Point::new(
                            plot.x + slot * i as f32 + (slot - width) / 2.0,
                            plot.y + plot.height * (1.0 - base) - height,
                        ),
                        Size::new(width, height),
                        SHADES[s % SHADES.len()],
                    );
                }
                base += share;
            }
        }
        category_labels(&mut frame, plot, &self.labels, self.label_every, theme);
        vec![frame.into_geometry()]
    }
}

impl<Message> canvas::Program<Message> for Lines {
    type State = ();

    fn draw(
        &self,
        _state: &(),
        renderer: &Renderer,
        theme: &Theme,
        bounds: Rectangle,
        _cursor: mouse::Cursor,
    ) -> Vec<Geometry> {
        let mut frame = Frame::new(renderer, bounds.size());
        let max = self
            .series
            .iter()
            .flatten()
            .flatten()
            .copied()
            .max()
            .unwrap_or(0);
        let (top, step) = nice_scale(max);
        let plot = axes(&mut frame, bounds.size(), top, step, "", theme);
        let slot = plot.width / self.labels.len().max(1) as f32;
        let point = |i: usize, v: u32| {
            Point::new(
                plot.x + slot * (i as f32 + 0.5),
                plot.y + plot.height * (1.0 - v as f32 / top as f32),
            )
        };
        for (s, series) in self.series.iter().enumerate() {
            let colour = if s == 0 { SHADES[0] } else { ACCENT };
            let mut previous: Option<Point> = None;
            for (i, value) in series.iter().enumerate() {
                match value {
                    Some(v) => {
                        let p = point(i, *v);
                        if let Some(q) = previous {
                            frame.stroke(
                                &Path::line(q, p),
                                Stroke::default().with_width(2.0).with_color(colour),
                            );
                        }
                        frame.fill(&Path::circle(p, 3.5), colour);
                        previous = Some(p);
                    }
                    None => previous = None,
                }
            }
        }
        category_labels(&mut frame, plot, &self.labels, 1, theme);
        vec![frame.into_geometry()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_are_round_and_cover_the_largest_value() {
        assert_eq!(nice_scale(0), (1, 1));
        assert_eq!(nice_scale(3), (3, 1));
        assert_eq!(nice_scale(7), (8, 2));
        assert_eq!(nice_scale(37), (40, 10));
        assert_eq!(nice_scale(180), (200, 50));
        assert_eq!(nice_scale(1234), (1500, 500));
    }
}
