//! Settings → Customer e-mail (docs/rules.md §11): the mail server (its password kept on
//! this desk only, never shown again), the sender, "Send a test message", and the
//! moments: each switched on or off, its template edited beside the fields it may use
//! and a preview filled from a real case. Saved on its own, apart from the form above.

use iced::widget::{button, checkbox, column, pick_list, row, text, text_editor, text_input};
use iced::{Element, Fill, Task};

use super::Context;
use crate::domain::mail::{self, MailSettings, Moment, Security};
use crate::domain::{Case, Settings};
use crate::gui::screen::{Shared, no_store};
use crate::gui::theme;
use crate::gui::widget::bold;
use crate::mail::Mailer;
use crate::store::location;

#[derive(Debug, Clone)]
pub enum MailMessage {
    On(bool),
    Server(String),
    Port(String),
    Security(Security),
    User(String),
    Secret(String),
    FromName(String),
    FromAddress(String),
    ReplyTo(String),
    ReminderDays(String),
    MomentOn(Moment, bool),
    Select(Moment),
    Subject(String),
    Body(text_editor::Action),
    DefaultWords,
    Save,
    Saved(Result<Settings, String>),
    TestTo(String),
    SendTest,
    Tested(Result<String, String>),
    /// A recent case to fill the preview from.
    PreviewCase(Option<Box<Case>>),
}

#[derive(Debug)]
pub struct MailForm {
    draft: MailSettings,
    port: String,
    reminder_days: String,
    /// A new password as typed; never filled from the saved one.
    secret: String,
    secret_kept: bool,
    test_to: String,
    selected: Moment,
    /// The center's language: the templates are edited in it.
    language: crate::domain::Language,
    subject: String,
    body: text_editor::Content,
    preview: Option<Box<Case>>,
    busy: bool,
    notice: Option<Result<String, String>>,
}

impl Default for MailForm {
    fn default() -> Self {
        let mut form = Self {
            draft: MailSettings::default(),
            port: String::new(),
            reminder_days: String::new(),
            secret: String::new(),
            secret_kept: false,
            test_to: String::new(),
            selected: Moment::ApplicationReceived,
            language: crate::domain::Language::default(),
            subject: String::new(),
            body: text_editor::Content::new(),
            preview: None,
            busy: false,
            notice: None,
        };
        form.load(&MailSettings::default());
        form
    }
}

impl MailForm {
    /// Fills the form from the saved settings.
    pub fn load(&mut self, saved: &MailSettings) {
        self.draft = saved.clone();
        self.port = saved.port.to_string();
        self.reminder_days = saved.reminder_days.to_string();
        self.secret.clear();
        self.select(self.selected);
    }

    /// The language the templates are edited in: the center's (docs/rules.md §13).
    fn words(&self) -> crate::i18n::Words {
        self.language.words()
    }

    fn select(&mut self, moment: Moment) {
        self.selected = moment;
        let (subject, body) = self.draft.template(moment, &self.words());
        self.subject = subject;
        self.body = text_editor::Content::with_text(&body);
    }

    /// Keeps the template being edited in the draft (empty: the default words).
    fn keep_template(&mut self) {
        let (default_subject, default_body) = self.words().mail_template(self.selected);
        let body = self.body.text();
        let language = self.language;
        let setting = self.draft.moments.entry(self.selected).or_default();
        setting.language = language;
        setting.subject = if self.subject == default_subject {
            String::new()
        } else {
            self.subject.clone()
        };
        setting.body = if body.trim_end() == default_body.trim_end() {
            String::new()
        } else {
            body
        };
    }

    /// The screen came into view: the saved settings, whether this desk keeps a
    /// password, and a recent case for the preview.
    pub fn shown(&mut self, cx: &Context<'_>) -> Task<MailMessage> {
        if !self.busy {
            self.language = cx.settings.language;
            self.load(&cx.settings.mail);
        }
        self.secret_kept = cx
            .data_dir
            .and_then(|dir| location::mail_secret(dir).ok().flatten())
            .is_some();
        let Some(desk) = cx.desk.cloned() else {
            return Task::none();
        };
        let year = chrono::Datelike::year(&chrono::Local::now().date_naive());
        Task::perform(
            async move {
                desk.run(move |store| {
                    let Some(number) = store.last_case_number(year)? else {
                        return Ok(None);
                    };
                    store.case(&number)
                })
                .await
            },
            |answer| MailMessage::PreviewCase(answer.ok().flatten().map(Box::new)),
        )
    }

    pub fn update(
        &mut self,
        message: MailMessage,
        cx: &Context<'_>,
    ) -> (Task<MailMessage>, Option<Shared>) {
        let w = cx.words;
        match message {
            MailMessage::On(on) => self.draft.on = on,
            MailMessage::Server(v) => self.draft.server = v,
            MailMessage::Port(v) => {
                if let Ok(port) = v.trim().parse() {
                    self.draft.port = port;
                }
                self.port = v;
            }
            MailMessage::Security(security) => {
                if self.draft.port == self.draft.security.default_port() {
                    self.draft.port = security.default_port();
                    self.port = self.draft.port.to_string();
                }
                self.draft.security = security;
            }
            MailMessage::User(v) => self.draft.user = v,
            MailMessage::Secret(v) => self.secret = v,
            MailMessage::FromName(v) => self.draft.from_name = v,
            MailMessage::FromAddress(v) => self.draft.from_address = v,
            MailMessage::ReplyTo(v) => self.draft.reply_to = v,
            MailMessage::ReminderDays(v) => {
                if let Ok(days) = v.trim().parse::<u32>() {
                    self.draft.reminder_days = days.min(27);
                }
                self.reminder_days = v;
            }
            MailMessage::MomentOn(moment, on) => {
                self.draft.moments.entry(moment).or_default().on = on;
            }
            MailMessage::Select(moment) => {
                self.keep_template();
                self.select(moment);
            }
            MailMessage::Subject(v) => {
                self.subject = v;
                self.keep_template();
            }
            MailMessage::Body(action) => {
                self.body.perform(action);
                self.keep_template();
            }
            MailMessage::DefaultWords => {
                if let Some(setting) = self.draft.moments.get_mut(&self.selected) {
                    setting.subject.clear();
                    setting.body.clear();
                }
                self.select(self.selected);
            }
            MailMessage::PreviewCase(case) => self.preview = case,
            MailMessage::TestTo(v) => self.test_to = v,
            MailMessage::Save => {
                self.keep_template();
                if let Some((field, problem)) = self.problems(w).into_iter().next() {
                    self.notice = Some(Err(w.gui_field_says(field, problem)));
                    return (Task::none(), None);
                }
                return (self.save(cx), None);
            }
            MailMessage::Saved(Ok(settings)) => {
                self.busy = false;
                self.language = settings.language;
                self.load(&settings.mail);
                self.notice = Some(Ok(w.mail_saved().to_string()));
                return (
                    Task::none(),
                    Some(Shared::SettingsChanged(Box::new(settings))),
                );
            }
            MailMessage::Saved(Err(reason)) | MailMessage::Tested(Err(reason)) => {
                self.busy = false;
                self.notice = Some(Err(reason));
            }
            MailMessage::SendTest => return (self.send_test(cx), None),
            MailMessage::Tested(Ok(reply)) => {
                self.busy = false;
                self.notice = Some(Ok(w.mail_tested(&reply)));
            }
        }
        (Task::none(), None)
    }

    /// What stops a save: the server's settings, once e-mail is on.
    fn problems(&self, w: crate::i18n::Words) -> Vec<(String, String)> {
        let mut out = Vec::new();
        if self.port.trim().parse::<u16>().is_err() {
            out.push((w.mail_port(), w.gui_mail_port_problem()));
        }
        if self.draft.on {
            out.extend(
                self.draft
                    .problems()
                    .into_iter()
                    .map(|(field, problem)| (w.mail_setting_field(field), w.problem(&problem))),
            );
        }
        out
    }

    fn save(&mut self, cx: &Context<'_>) -> Task<MailMessage> {
        let w = cx.words;
        let Some(desk) = cx.desk.cloned() else {
            return Task::done(MailMessage::Saved(Err(no_store(w))));
        };
        let draft = self.draft.clone();
        let secret = Some(self.secret.clone()).filter(|s| !s.is_empty());
        let dir = cx.data_dir.map(std::path::Path::to_path_buf);
        self.busy = true;
        self.notice = None;
        Task::perform(
            async move {
                desk.run(move |store| {
                    if let (Some(secret), Some(dir)) = (secret.as_deref(), dir.as_deref()) {
                        location::save_mail_secret(dir, Some(secret))?;
                    }
                    let mut settings = store.settings()?;
                    *settings.mail = draft;
                    store.save_settings(&settings)?;
                    store.settings()
                })
                .await
            },
            MailMessage::Saved,
        )
    }

    fn send_test(&mut self, cx: &Context<'_>) -> Task<MailMessage> {
        let w = cx.words;
        let draft = self.draft.clone();
        let typed = Some(self.secret.clone()).filter(|s| !s.is_empty());
        let kept = cx
            .data_dir
            .and_then(|dir| location::mail_secret(dir).ok().flatten());
        let to = self.test_to.trim().to_string();
        let center = cx.settings.center.name.clone();
        // The test message is written as the center writes to its customers.
        let language = cx.settings.language;
        self.busy = true;
        self.notice = Some(Ok(w.mail_testing().to_string()));
        Task::perform(
            async move {
                tokio::task::spawn_blocking(move || {
                    let mailer =
                        Mailer::new(&draft, typed.or(kept).as_deref()).map_err(|e| e.say(w))?;
                    mailer
                        .send_test_in(&to, &center, language.words())
                        .map_err(|e| e.say(w))
                })
                .await
                .map_err(|e| w.gui_operation_stopped(e.to_string()))
                .and_then(|r| r)
            },
            MailMessage::Tested,
        )
    }

    pub fn view<'a>(&'a self, cx: &Context<'a>) -> Element<'a, MailMessage> {
        let w = cx.words;
        let input = |label: String, value: &'a str, on: fn(String) -> MailMessage| {
            column![
                text(label.clone()).size(13).style(theme::text::secondary),
                text_input(&label, value).on_input(on).padding(7).size(15),
            ]
            .spacing(3)
        };
        let server = row![
            input(w.mail_server(), &self.draft.server, MailMessage::Server).width(Fill),
            input(w.mail_port(), &self.port, MailMessage::Port).width(90),
            column![
                text(w.mail_security())
                    .size(13)
                    .style(theme::text::secondary),
                pick_list(
                    Security::ALL,
                    Some(self.draft.security),
                    MailMessage::Security
                )
                .text_size(15),
            ]
            .spacing(3),
        ]
        .spacing(10);
        let login = row![
            input(w.mail_user(), &self.draft.user, MailMessage::User).width(Fill),
            column![
                text(w.mail_secret()).size(13).style(theme::text::secondary),
                text_input(&w.mail_secret(), &self.secret)
                    .secure(true)
                    .on_input(MailMessage::Secret)
                    .padding(7)
                    .size(15),
            ]
            .spacing(3)
            .width(Fill),
        ]
        .spacing(10);
        let secret_note = text(if self.secret_kept {
            w.mail_secret_kept()
        } else {
            w.mail_secret_none()
        })
        .size(12)
        .style(theme::text::secondary);
        let sender = row![
            input(
                w.mail_from_name(),
                &self.draft.from_name,
                MailMessage::FromName
            )
            .width(Fill),
            input(
                w.mail_from_address(),
                &self.draft.from_address,
                MailMessage::FromAddress
            )
            .width(Fill),
        ]
        .spacing(10);
        let reply = row![
            input(
                w.mail_reply_to(),
                &self.draft.reply_to,
                MailMessage::ReplyTo
            )
            .width(Fill),
            input(
                w.mail_reminder_days(),
                &self.reminder_days,
                MailMessage::ReminderDays
            )
            .width(Fill),
        ]
        .spacing(10);
        let test = row![
            text_input(&w.mail_test_to(), &self.test_to)
                .on_input(MailMessage::TestTo)
                .padding(7)
                .size(15)
                .width(Fill),
            button(text(w.mail_test()).size(14))
                .padding([6, 14])
                .style(theme::button::secondary)
                .on_press_maybe(
                    (!self.busy && mail::looks_like_address(&self.test_to))
                        .then_some(MailMessage::SendTest)
                ),
            button(text(w.mail_save()).size(14))
                .padding([6, 14])
                .on_press_maybe((!self.busy).then_some(MailMessage::Save)),
        ]
        .spacing(10)
        .align_y(iced::Center);
        let mut content = column![
            text(w.mail_help()).size(13).style(theme::text::secondary),
            checkbox(self.draft.on)
                .label(w.mail_on())
                .on_toggle(MailMessage::On)
                .text_size(15),
            server,
            login,
            secret_note,
            sender,
            reply,
            test,
        ]
        .spacing(10);
        if let Some(notice) = &self.notice {
            content = content.push(match notice {
                Ok(info) => text(info.as_str()).size(14).style(theme::text::success),
                Err(reason) => text(reason.as_str()).size(14).style(theme::text::danger),
            });
        }
        content = content.push(text(w.mail_moments()).size(15).font(bold()));
        for moment in Moment::ALL {
            let on = self.draft.moment(moment).on;
            content = content.push(
                row![
                    checkbox(on)
                        .label(w.mail_moment(moment))
                        .on_toggle(move |on| MailMessage::MomentOn(moment, on))
                        .text_size(14)
                        .width(230),
                    text(self.words().mail_when(moment))
                        .size(12)
                        .style(theme::text::secondary)
                        .width(Fill),
                    button(text(w.gui_mail_template()).size(13))
                        .padding([3, 10])
                        .style(theme::button::segment(moment == self.selected))
                        .on_press(MailMessage::Select(moment)),
                ]
                .spacing(8)
                .align_y(iced::Center),
            );
        }
        content = content.push(self.template_view(cx));
        content.into()
    }

    /// The selected moment's template, the fields it may use, and the preview.
    fn template_view<'a>(&'a self, cx: &Context<'a>) -> Element<'a, MailMessage> {
        let w = cx.words;
        let moment = self.selected;
        let editor = column![
            text(format!(
                "{} — {}",
                w.gui_mail_template(),
                w.mail_moment(moment)
            ))
            .size(15)
            .font(bold()),
            text(w.mail_subject())
                .size(13)
                .style(theme::text::secondary),
            text_input(&w.mail_subject(), &self.subject)
                .on_input(MailMessage::Subject)
                .padding(7)
                .size(14),
            text_editor(&self.body)
                .on_action(MailMessage::Body)
                .height(260)
                .size(14),
            button(text(w.mail_default_words()).size(13))
                .padding([3, 10])
                .style(theme::button::secondary)
                .on_press(MailMessage::DefaultWords),
        ]
        .spacing(6)
        .width(Fill);
        let fields = column(
            std::iter::once(text(w.mail_fields()).size(13).font(bold()).into()).chain(
                moment.fields().into_iter().map(|field| {
                    column![
                        text(format!("{{{field}}}")).size(13),
                        text(self.words().mail_field(field))
                            .size(11)
                            .style(theme::text::secondary),
                    ]
                    .into()
                }),
            ),
        )
        .spacing(3)
        .width(220);
        let mut settings = cx.settings.clone();
        *settings.mail = self.draft.clone();
        let mut preview = column![text(w.mail_preview()).size(15).font(bold())].spacing(6);
        match &self.preview {
            Some(case) => {
                let words = case.customer.language.words();
                let (subject, body) = mail::compose(case, &settings, moment, &words);
                preview = preview
                    .push(
                        text(w.mail_preview_of(case.number.as_str()))
                            .size(12)
                            .style(theme::text::secondary),
                    )
                    .push(text(subject).size(14).font(bold()))
                    .push(text(body).size(13));
            }
            None => {
                preview = preview.push(
                    text(w.mail_preview_none())
                        .size(12)
                        .style(theme::text::secondary),
                );
            }
        }
        if let Some(kind) = moment.attachment() {
            preview = preview.push(
                text(w.mail_attachment(&w.document(kind)))
                    .size(12)
                    .style(theme::text::secondary),
            );
        }
        let unknown: Vec<String> = mail::unknown_fields(&self.subject, moment)
            .into_iter()
            .chain(mail::unknown_fields(&self.body.text(), moment))
            .collect();
        if !unknown.is_empty() {
            preview = preview.push(
                text(w.mail_unknown_fields(&unknown))
                    .size(13)
                    .style(theme::text::danger),
            );
        }
        column![row![editor, fields].spacing(12), preview]
            .spacing(12)
            .into()
    }
}
