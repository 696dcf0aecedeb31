//! Small view pieces every screen uses the same way: bold text, segmented choices, titled
//! boxes, label–value facts, the verdict badge, a field with its problem under it.
//! Generic over the screen's message, so each screen keeps its own `Message`.

use iced::widget::{button, column, container, image, row, text, text_input};
use iced::{Element, Fill, Font, Length, font};

use crate::domain::Decision;
use crate::gui::theme;

/// A name as sorted and matched on every list: lower case, accents removed, so "Élodie"
/// sits beside "Elodie" rather than after "Viktor" (byte order puts every accented
/// capital after "Z").
pub fn collation_key(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    name.trim()
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

pub fn bold() -> Font {
    Font {
        weight: font::Weight::Bold,
        ..Font::DEFAULT
    }
}

/// A segmented choice: one button per option, the chosen one highlighted.
pub fn choice<'a, T: Copy + PartialEq + 'a, M: Clone + 'a>(
    options: impl IntoIterator<Item = T>,
    chosen: Option<T>,
    label: impl Fn(T) -> String,
    on_choose: impl Fn(T) -> M,
) -> Element<'a, M> {
    row(options.into_iter().map(|option| {
        button(text(label(option)).size(14))
            .padding([5, 12])
            .style(theme::button::segment(Some(option) == chosen))
            .on_press(on_choose(option))
            .into()
    }))
    .spacing(4)
    .wrap()
    .into()
}

/// A titled, bordered box: one step of a screen.
pub fn block<'a, M: 'a>(
    title: impl iced::widget::text::IntoFragment<'a>,
    content: impl Into<Element<'a, M>>,
) -> Element<'a, M> {
    container(column![text(title).size(17).font(bold()), content.into()].spacing(10))
        .padding(14)
        .width(Fill)
        .style(theme::container::bordered_box)
        .into()
}

pub const LABEL_WIDTH: f32 = 190.0;

/// One fact: its name in a fixed column, its value wrapping beside it.
pub fn fact<'a, M: 'a>(
    label: impl text::IntoFragment<'a>,
    value: impl text::IntoFragment<'a>,
) -> Element<'a, M> {
    row![
        text(label)
            .size(14)
            .style(theme::text::secondary)
            .width(LABEL_WIDTH),
        text(value).size(14).width(Fill),
    ]
    .spacing(10)
    .into()
}

/// A labelled text field with its problem (if any) in red under it. `id` lets tests and
/// shortcuts find it; `on_submit` is what Enter does.
pub fn field<'a, M: Clone + 'a>(
    label: impl Into<String>,
    id: &'static str,
    value: &'a str,
    problem: Option<String>,
    on_input: impl Fn(String) -> M + 'a,
    on_submit: Option<M>,
) -> Element<'a, M> {
    let label: String = label.into();
    let mut input = text_input(&label, value)
        .id(id)
        .on_input(on_input)
        .padding(7)
        .size(15);
    if let Some(message) = on_submit {
        input = input.on_submit(message);
    }
    let mut content = column![text(label).size(13).style(theme::text::secondary), input].spacing(3);
    if let Some(problem) = problem {
        content = content.push(text(problem).size(13).style(theme::text::danger));
    }
    content.into()
}

/// The warranty verdict as a coloured badge, marked provisional when it is.
pub fn verdict_badge<'a, M: 'a>(
    w: crate::i18n::Words,
    decision: &Decision,
    size: u32,
) -> Element<'a, M> {
    let style = theme::container::verdict(decision.verdict);
    let mut badge = row![
        text(w.gui_verdict(decision.verdict))
            .size(size)
            .font(bold())
    ]
    .spacing(10)
    .align_y(iced::Center);
    if decision.provisional {
        badge = badge.push(text(w.provisional()).size(14));
    }
    container(badge)
        .padding([8, 12])
        .width(Fill)
        .style(style)
        .into()
}

/// Every reason of a decision with its clause, so the desk can tell the customer why.
pub fn reasons<'a, M: 'a>(w: crate::i18n::Words, decision: &Decision) -> Element<'a, M> {
    column(decision.reasons.iter().map(|reason| {
        row![
            clause(&reason.clause, 14).width(48),
            text(w.reason(reason)).size(14).width(Fill),
        ]
        .spacing(6)
        .into()
    }))
    .spacing(6)
    .into()
}

/// A one-line notice: what just happened (green) or what went wrong (red).
pub fn notice<'a, M: 'a>(notice: &Result<String, String>) -> Element<'a, M> {
    let (words, ok) = match notice {
        Ok(done) => (done.clone(), true),
        Err(problem) => (problem.clone(), false),
    };
    container(text(words).size(15))
        .padding([8, 12])
        .width(Fill)
        .style(theme::container::notice(ok))
        .into()
}

/// A case's photos as a wrapping row of thumbnails of one size.
pub fn thumbnails<'a, M: 'a>(
    photos: &'a [(String, image::Handle)],
    width: f32,
    height: f32,
) -> Element<'a, M> {
    row(photos.iter().map(|(_, handle)| {
        image(handle.clone())
            .width(Length::Fixed(width))
            .height(Length::Fixed(height))
            .into()
    }))
    .spacing(8)
    .wrap()
    .into()
}

/// A clause of the agreement in a list's clause column: the bare number ("2.4"), bold, as
/// the printed documents show it; sentences on screen write it in brackets, "(2.4)".
/// Only the agreement's clauses: an older event's rulebook section shows as nothing.
pub fn clause<'a>(clause: &str, size: u32) -> iced::widget::Text<'a> {
    text(crate::domain::case::shown_clause(clause).to_string())
        .size(size)
        .font(bold())
}
