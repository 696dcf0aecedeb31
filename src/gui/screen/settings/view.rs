//! The settings screen's layout: its sections side by side, each field with its problem,
//! the appearance choice and the save bar.

use super::*;
use crate::domain::Language;
use iced::widget::column;

impl State {
    pub fn view<'a>(&'a self, cx: &Context<'a>) -> Element<'a, Message> {
        let w = cx.words;
        let left = column![
            self.center_section(cx),
            self.documents_section(w),
            self.printers_section(w),
            self.deadlines_section(cx),
            self.save_bar(cx),
            rule::horizontal(1),
            self.backups_section(w),
            rule::horizontal(1),
            self.place_section(cx),
            rule::horizontal(1),
            appearance_section(w, cx.settings.theme, cx.desk_language, cx.settings.language),
            rule::horizontal(1),
            // Last: long (the moments and a template with its preview), saved on its own.
            section(w.mail_section(), self.mail.view(cx).map(Message::Mail)),
        ]
        .spacing(18)
        .padding([16, 20]);
        let right = self.policy_section(w).padding([16, 20]);
        row![
            scrollable(left)
                .spacing(2)
                .width(FillPortion(5))
                .height(Fill),
            rule::vertical(1),
            scrollable(right)
                .spacing(2)
                .width(FillPortion(6))
                .height(Fill),
        ]
        .height(Fill)
        .into()
    }

    /// Where the cases are, and the way to the center's server (or back to this desk's
    /// own file).
    pub(super) fn place_section<'a>(&'a self, cx: &Context<'a>) -> Element<'a, Message> {
        let w = cx.words;
        column![
            text(w.where_cases_are()).size(17).font(bold()),
            text(match cx.desk {
                Some(desk) => w.cases_are_on(desk.place()),
                None => w.opening().to_string(),
            })
            .size(14),
            self.connection
                .view(&cx.connection())
                .map(Message::Connection),
            text(w.desk_name()).size(15).font(bold()),
            text(w.desk_name_help())
                .size(13)
                .style(theme::text::secondary),
            row![
                text_input(&w.desk_name_placeholder(), &self.desk_name)
                    .on_input(Message::DeskNameEdited)
                    .on_submit(Message::SaveDeskName)
                    .padding(6)
                    .width(320),
                button(text(w.save_desk_name())).on_press_maybe(
                    (self.desk_name.trim() != cx.desk_name).then_some(Message::SaveDeskName)
                ),
            ]
            .spacing(8)
            .align_y(iced::Center),
            match &self.desk_name_notice {
                Some(Ok(line)) => text(line.clone()).size(13).into(),
                Some(Err(line)) => text(line.clone())
                    .size(13)
                    .style(theme::text::danger)
                    .into(),
                None => Element::from(space::vertical().height(0)),
            },
        ]
        .spacing(8)
        .into()
    }

    pub(super) fn problem<'a>(&self, checked: &Checked, field: Field) -> Element<'a, Message> {
        match checked.problems.iter().find(|(f, _)| *f == field) {
            Some((_, message)) if self.shows_problem(field) => text(message.clone())
                .size(13)
                .style(theme::text::danger)
                .into(),
            _ => space::vertical().height(0).into(),
        }
    }

    pub(super) fn input<'a>(
        &'a self,
        w: crate::i18n::Words,
        checked: &Checked,
        field: Field,
        placeholder: &'a str,
        hint: Option<String>,
    ) -> Element<'a, Message> {
        let mut content = column![
            text(field.label(w)).size(13),
            text_input(placeholder, self.value(field))
                .id(field.id())
                .on_input(move |v| Message::Edit(field, v))
                .on_submit(Message::Save)
                .padding(6),
        ]
        .spacing(3)
        .width(Fill);
        if let Some(hint) = hint {
            content = content.push(text(hint).size(12).style(theme::text::secondary));
        }
        content.push(self.problem(checked, field)).into()
    }

    pub(super) fn save_bar<'a>(&'a self, cx: &Context<'a>) -> Element<'a, Message> {
        let w = cx.words;
        let checked = self.check(cx);
        let dirty = self.is_dirty();
        let can_save = checked.settings.is_some() && dirty && !self.saving;
        let problems: Vec<&String> = checked.problems.iter().map(|(_, p)| p).collect();
        let status = save_status(
            w,
            self.notice.as_ref(),
            &problems,
            dirty,
            w.settings_unsaved(),
        );
        column![
            status,
            row![
                button(text(w.settings_discard()))
                    .style(theme::button::secondary)
                    .on_press_maybe((dirty && !self.saving).then_some(Message::Discard)),
                space::horizontal(),
                button(
                    text(if self.saving {
                        w.settings_saving()
                    } else {
                        w.save_settings()
                    })
                    .size(16)
                )
                .padding([8, 20])
                .on_press_maybe(can_save.then_some(Message::Save)),
            ]
            .spacing(8),
        ]
        .spacing(8)
        .into()
    }
}

pub(super) fn appearance_section<'a>(
    w: crate::i18n::Words,
    theme: ThemeChoice,
    desk_language: Option<Language>,
    center_language: Language,
) -> Element<'a, Message> {
    let desk_options = std::iter::once(None).chain(Language::ALL.map(Some));
    section(
        w.settings_appearance(),
        column![
            text(w.settings_theme_label()).size(13),
            widget::choice(
                [ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark],
                Some(theme),
                move |v| w.settings_theme(v),
                Message::Theme
            ),
            text(w.settings_desk_language()).size(13),
            widget::choice(
                desk_options,
                Some(desk_language),
                move |v: Option<Language>| match v {
                    None => w.settings_language_as_center(),
                    Some(language) => language.native_name().to_string(),
                },
                Message::DeskLanguage
            ),
            text(w.settings_center_language()).size(13),
            widget::choice(
                Language::ALL,
                Some(center_language),
                |v: Language| v.native_name().to_string(),
                Message::CenterLanguage
            ),
        ]
        .spacing(6)
        .into(),
    )
}

pub(super) fn section<'a>(title: String, content: Element<'a, Message>) -> Element<'a, Message> {
    column![text(title).size(18).font(bold()), content]
        .spacing(8)
        .into()
}

/// The line above a save button: the last save's outcome, else the first problem that
/// stops a save (and how many more), else that there are unsaved changes.
pub(super) fn save_status<'a>(
    w: crate::i18n::Words,
    notice: Option<&Result<String, String>>,
    problems: &[&String],
    dirty: bool,
    unsaved: String,
) -> Element<'a, Message> {
    match (notice, problems.first()) {
        (Some(Err(problem)), _) => text(problem.clone())
            .size(14)
            .style(theme::text::danger)
            .into(),
        (_, Some(first)) => text(w.cannot_save(first, problems.len() - 1))
            .size(14)
            .style(theme::text::danger)
            .into(),
        (Some(Ok(info)), None) => text(info.clone())
            .size(14)
            .style(theme::text::success)
            .into(),
        (None, None) if dirty => text(unsaved).size(14).style(theme::text::secondary).into(),
        (None, None) => space::vertical().height(0).into(),
    }
}
