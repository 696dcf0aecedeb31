//! The sign-in gate: opening it to sign in or switch person, locking the desk, and what
//! a signed-in person changes (docs/rules.md §10).

use super::*;

impl App {
    /// Shows the sign-in card for `purpose`, the cursor in its name field.
    pub(super) fn open_gate(&mut self, purpose: sign_in::Purpose) -> Task<Message> {
        let (gate, task) = sign_in::State::open(purpose);
        self.gate = Some(gate);
        task.map(Message::SignIn)
    }

    /// Locks the desk: the card over the screens (which keep their state), and the
    /// store forgets who was signed in, so nothing is saved until someone signs in.
    pub(super) fn lock(&mut self) -> Task<Message> {
        self.shell.person = None;
        let gate = self.open_gate(sign_in::Purpose::Unlock);
        match self.shell.desk.clone() {
            Some(desk) => Task::batch([
                gate,
                Task::perform(
                    async move {
                        desk.run(|store| {
                            store.sign_out();
                            Ok(())
                        })
                        .await
                    },
                    Message::SignedOut,
                ),
            ]),
            None => gate,
        }
    }

    /// Someone signed in: they act from now on (their name on what is saved), and the
    /// screen shown is one they may use.
    pub(super) fn signed_in(&mut self, person: Person) -> Task<Message> {
        self.shell.actor = person.name.clone();
        self.shell.person = Some(person);
        self.shell.has_staff = true;
        self.gate = None;
        self.last_activity = std::time::Instant::now();
        if self.screen != Screen::Welcome && !self.shell.open_to(self.screen) {
            let first = self.navigation().first().copied().unwrap_or(Screen::Cases);
            return Task::batch([self.show(first, None), self.refresh_due()]);
        }
        self.refresh_due()
    }
}
