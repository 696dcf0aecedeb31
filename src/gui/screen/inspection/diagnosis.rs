//! The diagnosis (1.3, 1.4): the cause, the failed component, the repair method, and
//! the warranty decided again with it, shown before it is recorded.

use iced::Element;
use iced::Fill;
use iced::widget::{button, column, container, row, text};

use super::quote::needs_quote;
use super::{Context, Field, Message, State};
use crate::domain::case::Diagnosis;
use crate::domain::repair::RepairMethod;
use crate::domain::warranty::Cause;
use crate::domain::{Case, Decision, Policy, decide};
use crate::gui::theme;
use crate::gui::widget::{block, bold, choice, field, reasons, verdict_badge};

impl State {
    /// The decision with the diagnosis as entered (before it is recorded), so the
    /// inspector sees what it changes.
    pub fn decision_with_diagnosis(&self, policy: &Policy) -> Option<Decision> {
        let mut case = self.case()?.clone();
        case.diagnosis = self.diagnosis()?;
        case.facts().map(|facts| decide(policy, &facts))
    }

    pub(super) fn diagnosis(&self) -> Option<Diagnosis> {
        let cause = self.cause.filter(|c| *c != Cause::Unknown)?;
        Some(Diagnosis {
            cause,
            component: Some(self.component.trim().to_string()).filter(|c| !c.is_empty()),
            method: self.method,
            notes: self.diagnosis_notes.trim().to_string(),
        })
    }

    pub(super) fn received_view<'a>(
        &'a self,
        case: &'a Case,
        cx: &Context<'a>,
    ) -> Element<'a, Message> {
        // Once diagnosed as paid, the quote comes first; the diagnosis can still change.
        if needs_quote(case) {
            column![self.quote_view(cx), self.diagnosis_view(case, cx)]
        } else {
            column![self.diagnosis_view(case, cx)]
        }
        .spacing(12)
        .into()
    }

    pub(super) fn diagnosis_view<'a>(
        &'a self,
        case: &'a Case,
        cx: &Context<'a>,
    ) -> Element<'a, Message> {
        let w = cx.words;
        let mut components = cx.policy.components();
        components.retain(|c| {
            let typed = self.component.trim().to_lowercase();
            !typed.is_empty()
                && c.to_lowercase().starts_with(&typed)
                && !c.eq_ignore_ascii_case(&typed)
        });
        let suggestions = row(components.into_iter().take(6).map(|name| {
            button(text(name.clone()).size(13))
                .padding([3, 8])
                .style(theme::button::text)
                .on_press(Message::Edit(Field::Component, name))
                .into()
        }))
        .spacing(4);
        let before = case.decision.as_ref().map(|d| &d.decision);
        let after = self.decision_with_diagnosis(cx.policy);
        let comparison: Element<'a, Message> = match (&after, before) {
            (None, _) => text(w.choose_cause())
                .size(14)
                .style(theme::text::secondary)
                .into(),
            (Some(after), before) => {
                let change = match before {
                    Some(b) if b.verdict == after.verdict && b.provisional == after.provisional => {
                        w.unchanged().to_string()
                    }
                    Some(b) => w.verdict_changed(&verdict_words(w, b), &verdict_words(w, after)),
                    None => verdict_words(w, after),
                };
                column![
                    text(w.decision_with_diagnosis())
                        .size(13)
                        .style(theme::text::secondary),
                    verdict_badge(w, after, 18),
                    text(change).size(15).font(bold()),
                    text(w.next_after_diagnosis(after.verdict)).size(14),
                    reasons(w, after),
                ]
                .spacing(6)
                .into()
            }
        };
        block(
            w.diagnosis_step(),
            column![
                text(w.gui_cause()).size(13).style(theme::text::secondary),
                choice(
                    Cause::ALL.into_iter().filter(|c| *c != Cause::Unknown),
                    self.cause,
                    move |c| w.cause(c),
                    Message::Cause
                ),
                field(
                    w.failed_component(),
                    Field::Component.id(),
                    &self.component,
                    None,
                    |v| Message::Edit(Field::Component, v),
                    None,
                ),
                suggestions,
                text(w.gui_repair_method())
                    .size(13)
                    .style(theme::text::secondary),
                choice(
                    RepairMethod::ALL,
                    self.method,
                    move |m| w.repair_method(m),
                    Message::Method
                ),
                field(
                    w.diagnosis_notes(),
                    Field::DiagnosisNotes.id(),
                    &self.diagnosis_notes,
                    None,
                    |v| Message::Edit(Field::DiagnosisNotes, v),
                    None,
                ),
                container(comparison)
                    .padding(10)
                    .width(Fill)
                    .style(theme::container::bordered_box),
            ]
            .spacing(8),
        )
    }
}

pub(super) fn verdict_words(w: crate::i18n::Words, decision: &Decision) -> String {
    if decision.provisional {
        format!(
            "{} ({})",
            w.gui_verdict(decision.verdict),
            w.provisional_short()
        )
    } else {
        w.gui_verdict(decision.verdict).to_string()
    }
}
