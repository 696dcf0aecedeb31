//! Closing an open application as resolved remotely (4.1): a note says how, and the
//! button asks twice, since it closes the case.

use iced::Element;
use iced::widget::column;

use super::{Context, Field, Message, State, Step, StepKind};
use crate::gui::widget::{block, field};

impl State {
    pub(super) fn remote_view<'a>(&'a self, cx: &Context<'a>) -> Element<'a, Message> {
        let w = cx.words;
        block(
            w.remote_step(),
            column![
                field(
                    w.remote_note(),
                    Field::RemoteNote.id(),
                    &self.remote_note,
                    self.at_field(Field::RemoteNote, self.remote_problem(w)),
                    |v| Message::Edit(Field::RemoteNote, v),
                    None,
                ),
                self.step_button(w.resolve_remotely(), StepKind::ResolveRemotely, cx),
            ]
            .spacing(8),
        )
    }

    fn remote_problem(&self, w: crate::i18n::Words) -> Option<String> {
        self.remote_note
            .trim()
            .is_empty()
            .then(|| w.gui_say_how_resolved(w.remote_note()))
    }

    pub(super) fn remote_step(&self, w: crate::i18n::Words) -> Result<Step, String> {
        match self.remote_problem(w) {
            Some(problem) => Err(problem),
            None => Ok(Step::ResolveRemotely(self.remote_note.trim().to_string())),
        }
    }
}
