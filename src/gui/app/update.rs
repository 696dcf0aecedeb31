//! The app's `update`: a flat dispatch of its messages; a screen's own messages are
//! routed to it, and only its `Shared` events are acted on here.

use super::*;

impl App {
    pub fn update(&mut self, message: Message) -> Task<Message> {
        let w = self.shell.words();
        if matches!(
            message,
            Message::Activity | Message::Shortcut(_) | Message::Navigate(_)
        ) {
            self.last_activity = std::time::Instant::now();
        }
        // While the card shows, the keyboard's shortcuts and the navigation wait — but
        // Tab and Shift+Tab still move between the card's name and secret.
        if self.gate.is_some()
            && matches!(
                message,
                Message::Shortcut(_) | Message::Navigate(_) | Message::SwitchPerson | Message::Lock
            )
            && !matches!(
                message,
                Message::Shortcut(Shortcut::NextField | Shortcut::PreviousField)
            )
        {
            return Task::none();
        }
        match message {
            Message::Activity | Message::SignedOut(Ok(())) => Task::none(),
            Message::SignedOut(Err(reason)) => {
                self.notice = Some(Err(reason));
                Task::none()
            }
            Message::Tick(now) => {
                let minutes = u64::from(self.shell.settings.lock_minutes);
                let idle = now.saturating_duration_since(self.last_activity);
                // A "Switch person" card left open locks too: the person before is
                // still signed in behind it.
                let open = self
                    .gate
                    .as_ref()
                    .is_none_or(|gate| gate.purpose == sign_in::Purpose::Switch);
                if self.shell.has_staff
                    && open
                    && self.shell.person.is_some()
                    && minutes > 0
                    && idle >= std::time::Duration::from_secs(minutes * 60)
                {
                    self.lock()
                } else {
                    Task::none()
                }
            }
            Message::Lock => self.lock(),
            Message::SwitchPerson => self.open_gate(sign_in::Purpose::Switch),
            Message::SignIn(message) => {
                let Some(gate) = self.gate.as_mut() else {
                    return Task::none();
                };
                let (task, event) = gate.update(w, message, self.shell.desk.as_ref());
                let task = task.map(Message::SignIn);
                match event {
                    Some(sign_in::Event::SignedIn(person)) => {
                        Task::batch([task, self.signed_in(person)])
                    }
                    Some(sign_in::Event::Cancelled) => {
                        self.gate = None;
                        task
                    }
                    None => task,
                }
            }
            Message::Staff(message) => {
                let (task, event) = self.staff_screen.update(message, &self.shell.staff());
                let task = task.map(Message::Staff);
                match event {
                    Some(staff::Event::Shared(shared)) => {
                        Task::batch([task, self.on_shared(shared)])
                    }
                    Some(staff::Event::Roster {
                        has_staff,
                        me,
                        line,
                    }) => {
                        self.notice = Some(Ok(line));
                        self.shell.has_staff = has_staff;
                        if let Some(me) = &me {
                            self.shell.actor = me.name.clone();
                        }
                        self.shell.person = me;
                        // One's own roles may have changed: off a screen no longer theirs.
                        if !self.shell.open_to(self.screen) {
                            let first = self.navigation().first().copied().unwrap_or(Screen::Cases);
                            return Task::batch([task, self.show(first, None)]);
                        }
                        task
                    }
                    None => task,
                }
            }
            Message::Opened(Ok(opened)) => {
                self.shell.data_dir = Some(opened.desk.data_dir().clone());
                self.welcome = welcome::State::new(&opened.settings.center);
                self.shell.desk_name = opened.desk_name;
                self.shell.settings = opened.settings;
                self.shell.policy = opened.policy;
                self.shell.desk = Some(opened.desk);
                self.shell.tell_desk_words();
                self.screen = if opened.has_cases || opened.has_staff {
                    Screen::Intake
                } else {
                    Screen::Welcome
                };
                self.shell.has_staff = opened.has_staff;
                let gate = if opened.has_staff {
                    self.open_gate(sign_in::Purpose::SignIn)
                } else {
                    Task::none()
                };
                Task::batch([gate, self.refresh_due(), self.daily_backup()])
            }
            // Retention follows the backup at the desk that made it: never before one.
            Message::BackedUp(Ok(Daily::Done(Some(path)))) => {
                self.notice = Some(Ok(w.backed_up(&path)));
                self.retention()
            }
            Message::BackedUp(Ok(Daily::Done(None))) => self.retention(),
            Message::BackedUp(Ok(Daily::Skipped)) => Task::none(),
            Message::Retained(Ok(0)) => Task::none(),
            Message::Retained(Ok(cases)) => {
                self.notice = Some(Ok(w.retained(cases, self.shell.settings.retention_months)));
                Task::none()
            }
            Message::Retained(Err(reason)) => {
                self.notice = Some(Err(reason));
                Task::none()
            }
            Message::Fold => match self.shell.desk.clone() {
                Some(desk) => Task::perform(
                    async move { desk.run(|store| store.fold_recent()).await },
                    Message::Folded,
                ),
                None => Task::none(),
            },
            Message::Feed(feed::Event::Changed(changes)) => {
                let mut numbers: Vec<CaseNumber> = Vec::new();
                for change in changes {
                    if !numbers.contains(&change.case) {
                        numbers.push(change.case);
                    }
                }
                // A step may have queued a message: send it now, not at the next tick.
                let mail = self.update(Message::MailRound);
                Task::batch([self.cases_changed(numbers), mail])
            }
            Message::MailRound => match self.shell.desk.clone() {
                Some(desk) if !self.shell.mail_busy && self.shell.offline.is_none() => {
                    self.shell.mail_busy = true;
                    let now = chrono::Utc::now();
                    Task::perform(async move { desk.send_mail(now).await }, Message::MailSent)
                }
                _ => Task::none(),
            },
            Message::MailSent(answer) => {
                self.shell.mail_busy = false;
                match answer {
                    Ok((report, attention)) => {
                        self.shell.mail_attention = attention;
                        if report.cases.is_empty() {
                            Task::none()
                        } else {
                            self.cases_changed(report.cases)
                        }
                    }
                    // The connection's trouble shows through the feed's banner.
                    Err(_) => Task::none(),
                }
            }
            Message::Feed(feed::Event::Lost(reason)) => {
                let w = self.shell.words();
                self.shell.offline = Some(w.as_sentence(&reason.say(w)));
                Task::none()
            }
            Message::Feed(feed::Event::Back) => {
                self.shell.offline = None;
                match self.shell.desk.clone() {
                    Some(desk) => Task::perform(
                        async move { desk.run(|store| store.reconnect()).await },
                        Message::Reconnected,
                    ),
                    None => Task::none(),
                }
            }
            // What was shown may have changed meanwhile: everything on screen is read
            // again, once.
            Message::Reconnected(Ok(())) => self.cases_changed(self.open_cases()),
            Message::Reconnected(Err(reason)) => {
                self.notice = Some(Err(reason));
                self.cases_changed(self.open_cases())
            }
            Message::Folded(Ok(_)) => Task::none(),
            Message::Folded(Err(reason)) => {
                self.notice = Some(Err(w.fold_failed(&reason)));
                Task::none()
            }
            Message::BackedUp(Err(reason)) => {
                self.notice = Some(Err(w.backup_failed(&reason)));
                Task::none()
            }
            Message::Opened(Err(reason)) => {
                match &self.saved_server {
                    // The saved server is unreachable or refused: its form, saying why,
                    // so the desk can fix the address or go back to its own file.
                    Some(server) => {
                        self.welcome = welcome::State::server_failed(
                            &self.shell.settings.center,
                            server,
                            reason,
                        );
                        self.screen = Screen::Welcome;
                    }
                    None => self.load_error = Some(reason),
                }
                Task::none()
            }
            Message::Due(Ok(due)) => {
                self.shell.due = due;
                Task::none()
            }
            Message::Due(Err(reason)) => {
                self.notice = Some(Err(reason));
                Task::none()
            }
            Message::Navigate(screen) => self.show(screen, None),
            Message::Shortcut(Shortcut::NewIntake) if !self.shell.open_to(Screen::Intake) => {
                Task::none()
            }
            Message::Shortcut(Shortcut::NewIntake) => {
                self.screen = Screen::Intake;
                if self.intake.saved().is_some() {
                    self.update(Message::Intake(intake::Message::Clear))
                } else {
                    iced::widget::operation::focus(intake::Field::Name.id())
                }
            }
            Message::Shortcut(Shortcut::FindCase) => {
                // Back to the search box with its text selected, so a scanned number
                // replaces the last search instead of adding to it.
                self.screen = Screen::Cases;
                self.notice = None;
                let _ = self.cases.update(cases::Message::Back, &self.shell.cases());
                Task::batch([
                    iced::widget::operation::focus(cases::SEARCH_ID),
                    iced::widget::operation::select_all(cases::SEARCH_ID),
                ])
            }
            Message::Shortcut(Shortcut::Print) => match self.screen {
                Screen::Intake => self.update(Message::Intake(intake::Message::Print)),
                // An open case prints the paper the customer got when it came in.
                Screen::Cases => match self.cases.case() {
                    Some(case) => {
                        let kind = match case.arrival {
                            Arrival::WalkIn => DocumentKind::Receipt,
                            Arrival::MailIn if case.received_on.is_some() => DocumentKind::Receipt,
                            Arrival::MailIn => DocumentKind::Confirmation,
                        };
                        self.print(case.number.clone(), kind)
                    }
                    None => Task::none(),
                },
                Screen::Inspection => self.route_inspection(inspection::Message::Print),
                Screen::Dispatch => self.route_dispatch(dispatch::Message::Print),
                _ => Task::none(),
            },
            Message::Shortcut(Shortcut::NextField) => iced::widget::operation::focus_next(),
            Message::Shortcut(Shortcut::PreviousField) => iced::widget::operation::focus_previous(),
            Message::Shortcut(Shortcut::Close) => {
                self.notice = None;
                if self.screen == Screen::Cases && self.cases.case().is_some() {
                    self.update(Message::Cases(cases::Message::Back))
                } else if self.screen == Screen::Inspection {
                    self.route_inspection(inspection::Message::Close)
                } else if self.screen == Screen::Dispatch && self.dispatch.case().is_some() {
                    self.route_dispatch(dispatch::Message::Back)
                } else {
                    Task::none()
                }
            }
            Message::Cases(message) => {
                let answer = self.cases.update(message, &self.shell.cases());
                self.routed(answer, Message::Cases)
            }
            Message::Intake(message) => {
                let answer = self.intake.update(message, &self.shell.intake());
                self.routed(answer, Message::Intake)
            }
            Message::Welcome(message) => {
                let answer = self.welcome.update(message, &self.shell.welcome());
                // Once the first run is over (the demo, if any, written), the counters
                // have work to count.
                let done = matches!(answer.1, Some(Shared::Navigate(..)));
                let routed = self.routed(answer, Message::Welcome);
                if done {
                    Task::batch([routed, self.refresh_due()])
                } else {
                    routed
                }
            }
            Message::Printed(Ok((number, kind, path, delivery))) => {
                self.notice = Some(crate::gui::printer::delivered(w, &path, &delivery));
                self.print_prompt = print_prompt::State::after(
                    number.clone(),
                    format!("{} {number}", w.document_kind(kind).to_lowercase()),
                    path,
                    &delivery,
                );
                let number = Some(number);
                // The case lists its printed documents: every screen showing it reads it
                // again to show this one.
                match number {
                    Some(number) => self.cases_changed(vec![number]),
                    None => Task::none(),
                }
            }
            Message::Printed(Err(reason)) => {
                self.notice = Some(Err(reason));
                Task::none()
            }
            Message::PrintPrompt(message) => {
                let Some(prompt) = self.print_prompt.as_mut() else {
                    return Task::none();
                };
                let (task, outcome) = prompt.update(w, message);
                if let print_prompt::Outcome::Close(line) = outcome {
                    self.print_prompt = None;
                    if line.is_some() {
                        self.notice = line;
                    }
                }
                task.map(Message::PrintPrompt)
            }
            Message::Inspection(message) => self.route_inspection(message),
            Message::Dispatch(message) => self.route_dispatch(message),
            Message::Reports(message) => {
                let answer = self.reports.update(message, &self.shell.reports());
                self.routed(answer, Message::Reports)
            }
            Message::Settings(message) => {
                let answer = self.settings_screen.update(message, &self.shell.settings());
                self.routed(answer, Message::Settings)
            }
        }
    }
}
