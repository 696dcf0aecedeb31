//! The app's window: the navigation, the header's counters and banners, and the screen
//! shown.

use super::*;
use iced::widget::{button, center, column, container, row, rule, space, text};

impl App {
    /// The header's count of customer messages waiting for a person: failed ones (to
    /// retry on their case) and customers to phone (no e-mail address). Nothing when
    /// none wait.
    pub(super) fn mail_counter(&self) -> Element<'_, Message> {
        let w = self.shell.words();
        let (failed, to_phone) = self.shell.mail_attention;
        if failed + to_phone == 0 {
            return space::horizontal().width(0).into();
        }
        button(text(w.mail_attention(failed, to_phone)).size(13))
            .padding([4, 10])
            .style(theme::button::counter(true))
            .on_press(Message::Navigate(Screen::Cases))
            .into()
    }

    pub fn view(&self) -> Element<'_, Message> {
        let w = self.shell.words();
        if let Some(reason) = &self.load_error {
            return center(
                column![
                    text(w.cannot_open_store()).size(24),
                    text(reason.clone()).size(16),
                ]
                .spacing(12)
                .max_width(700),
            )
            .into();
        }
        if let Some(gate) = &self.gate {
            return gate
                .view(w, &self.shell.settings.center.name)
                .map(Message::SignIn);
        }
        if self.screen == Screen::Welcome {
            return self
                .welcome
                .view(&self.shell.welcome())
                .map(Message::Welcome);
        }
        let nav = column(self.navigation().into_iter().map(|screen| {
            button(text(screen.label(w)).size(16))
                .width(Fill)
                .padding([10, 16])
                .style(theme::button::navigation(screen == self.screen))
                .on_press(Message::Navigate(screen))
                .into()
        }))
        .spacing(4)
        .width(Fill);
        // Who is signed in sits at the foot of the navigation, where it has room.
        let nav = column![nav, space::vertical(), self.person_badge()]
            .padding(8)
            .width(170)
            .height(Fill);

        let due = |label: String, count: u64, screen: Screen| {
            button(text(label).size(13))
                .padding([4, 10])
                .style(theme::button::counter(count > 0))
                .on_press(Message::Navigate(screen))
        };
        let header = row![
            text(self.shell.settings.center.name.clone()).size(20),
            space::horizontal(),
            due(
                w.parcels_expected(self.shell.due.parcels_expected.count),
                self.shell.due.parcels_expected.count,
                Screen::Inspection
            ),
            due(
                w.closing_today(self.shell.due.applications_closing_today.count),
                self.shell.due.applications_closing_today.count,
                Screen::Inspection
            ),
            due(
                w.payments_overdue(self.shell.due.payments_past_due.count),
                self.shell.due.payments_past_due.count,
                Screen::Dispatch
            ),
            due(
                w.answers_overdue(self.shell.due.answers_past_due.count),
                self.shell.due.answers_past_due.count,
                Screen::Dispatch
            ),
            self.mail_counter(),
            text(w.long_date(self.shell.today)).size(14),
        ]
        .spacing(8)
        .padding([10, 16])
        .align_y(iced::Center);

        let body: Element<'_, Message> = match self.screen {
            Screen::Intake => self.intake.view(&self.shell.intake()).map(Message::Intake),
            Screen::Cases => self.cases.view(&self.shell.cases()).map(Message::Cases),
            Screen::Inspection => self
                .inspection
                .view(&self.shell.inspection())
                .map(Message::Inspection),
            Screen::Dispatch => self
                .dispatch
                .view(&self.shell.dispatch())
                .map(Message::Dispatch),
            Screen::Reports => self
                .reports
                .view(&self.shell.reports())
                .map(Message::Reports),
            Screen::Settings => self
                .settings_screen
                .view(&self.shell.settings())
                .map(Message::Settings),
            Screen::Staff => self
                .staff_screen
                .view(&self.shell.staff())
                .map(Message::Staff),
            Screen::Welcome => self
                .welcome
                .view(&self.shell.welcome())
                .map(Message::Welcome),
        };
        let status: Element<'_, Message> = match &self.notice {
            Some(Ok(info)) => text(info.clone()).size(13).into(),
            Some(Err(problem)) => text(problem.clone())
                .size(13)
                .style(theme::text::danger)
                .into(),
            None => text(match &self.shell.desk {
                Some(desk) if desk.on_server() => format!(
                    "{} · {}",
                    w.cases_are_on(desk.place()),
                    w.this_desk(&self.shell.desk_name)
                ),
                _ => self
                    .shell
                    .data_dir
                    .as_ref()
                    .map(|dir| w.data_folder(dir.display().to_string()))
                    .unwrap_or_default(),
            })
            .size(12)
            .into(),
        };
        let banner: Element<'_, Message> = match &self.shell.offline {
            Some(reason) => container(
                column![
                    text(if self.shell.desk.as_ref().is_some_and(Desk::on_server) {
                        w.offline_server()
                    } else {
                        w.offline_file()
                    })
                    .size(15),
                    text(reason.clone()).size(12),
                ]
                .spacing(2),
            )
            .width(Fill)
            .padding([6, 16])
            .style(theme::container::warning)
            .into(),
            None => space::vertical().height(0).into(),
        };
        let prompt: Element<'_, Message> = match &self.print_prompt {
            Some(prompt) => prompt.view(w).map(Message::PrintPrompt),
            None => space::vertical().height(0).into(),
        };
        column![
            header,
            banner,
            rule::horizontal(1),
            row![
                nav,
                rule::vertical(1),
                container(body).width(Fill).height(Fill)
            ]
            .height(Fill),
            prompt,
            rule::horizontal(1),
            container(status).padding([4, 16]),
        ]
        .into()
    }

    /// Who is signed in, with "Switch person" and "Lock" (nothing without staff).
    pub(super) fn person_badge(&self) -> Element<'_, Message> {
        let w = self.shell.words();
        match (&self.shell.person, self.shell.has_staff) {
            (Some(person), true) => column![
                text(w.signed_in_as(&person.name)).size(13),
                button(text(w.switch_person()).size(13))
                    .width(Fill)
                    .padding([4, 10])
                    .style(theme::button::secondary)
                    .on_press(Message::SwitchPerson),
                button(text(w.lock()).size(13))
                    .width(Fill)
                    .padding([4, 10])
                    .style(theme::button::secondary)
                    .on_press(Message::Lock),
            ]
            .spacing(6)
            .into(),
            _ => space::horizontal().width(0).into(),
        }
    }
}
