//! Closing an open application as resolved remotely (4.1): a note says how, and the
//! button asks twice, since it closes the case.

use iced::Element;
use iced::widget::column;

use super::{Context, Field, Message, State, Step, StepKind};
use crate::gui::text as t;
use crate::gui::widget::{block, field};

impl State {
    pub(super) fn remote_view<'a>(&'a self, cx: &Context<'a>) -> Element<'a, Message> {
        block(
            t::REMOTE_STEP,
            column![
                field(
                    t::REMOTE_NOTE,
                    Field::RemoteNote.id(),
                    &self.remote_note,
                    self.at_field(Field::RemoteNote, self.remote_problem()),
                    |v| Message::Edit(Field::RemoteNote, v),
                    None,
                ),
                self.step_button(t::RESOLVE_REMOTELY, StepKind::ResolveRemotely, cx),
            ]
            .spacing(8),
        )
    }

    fn remote_problem(&self) -> Option<String> {
        self.remote_note
            .trim()
            .is_empty()
            .then(|| format!("{}: say how it was resolved.", t::REMOTE_NOTE))
    }

    pub(super) fn remote_step(&self) -> Result<Step, String> {
        match self.remote_problem() {
            Some(problem) => Err(problem),
            None => Ok(Step::ResolveRemotely(self.remote_note.trim().to_string())),
        }
    }
}
