//! One module per screen; each is a small program, as in halloy.
//!
//! The convention every screen keeps:
//! - `State` (the screen's own state), `Message` (what it is told, including the answers
//!   of its own tasks), `Event` (only what the app must act on; it wraps [`Shared`]).
//! - `pub struct Context<'a>`: what the screen reads from the app — `desk:
//!   Option<&'a Desk>` (the store, `None` while it opens) and, as needed, `settings`,
//!   `policy`, `today`, `actor`, `due`.
//! - `pub fn update(&mut self, message: Message, cx: &Context) -> (Task<Message>,
//!   Option<Event>)`: the screen starts its own store calls through `cx.desk` and handles
//!   the answers itself. Without a desk it answers itself with [`no_store`].
//! - `pub fn view(&self, cx: &Context) -> Element<'_, Message>`.
//! - A screen that shows cases has `Message::CasesChanged(Vec<CaseNumber>)`: the app
//!   sends it to every such screen whenever any screen reports [`Shared::CaseChanged`] or
//!   [`Shared::CasesChanged`] (or a document was recorded on a case), so no screen shows
//!   a case as it was: the screen reads its lists again, and the open case if it is one
//!   of them.
//! - `Message::Shown(Option<CaseNumber>)`: the app sends it when the screen comes into
//!   view, with the case to open when another screen asked for it
//!   ([`Shared::Navigate`]).
//!
//! The app routes `Message::<Screen>(m)` to the screen, maps its task, and acts only on
//! the returned event; it never looks inside a screen's messages.

use iced::Task;

use crate::domain::case::DocumentKind;
use crate::domain::settings::LabelSize;
use crate::domain::staff::{Action, Person};
use crate::domain::{Case, CaseNumber, Policy, Settings};
use crate::gui::desk::{Desk, Opened};

pub mod cases;
pub mod connection;
pub mod dispatch;
pub mod inspection;
pub mod intake;
pub mod reports;
pub mod settings;
pub mod sign_in;
pub mod staff;
pub mod welcome;

/// The screens of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    Intake,
    Inspection,
    Dispatch,
    Cases,
    Reports,
    Settings,
    Staff,
}

impl Screen {
    /// The screens in the navigation, in the order of a case's life.
    pub const NAVIGATION: [Self; 7] = [
        Self::Intake,
        Self::Inspection,
        Self::Dispatch,
        Self::Cases,
        Self::Reports,
        Self::Settings,
        Self::Staff,
    ];

    /// May this person use the screen (docs/rules.md §10)? On a database without staff
    /// everyone may use every screen; with staff, nobody signed in may use none, and
    /// each screen is for the roles whose work it is: intake the clerk's, inspection
    /// the inspector's, dispatch the dispatcher's, reports, settings and staff the
    /// manager's; anyone may look cases up. The store refuses the same actions anyway.
    pub fn open_to(self, person: Option<&Person>, has_staff: bool) -> bool {
        if !has_staff {
            return true;
        }
        let Some(person) = person.filter(|person| person.active) else {
            return false;
        };
        match self {
            Self::Welcome | Self::Cases => true,
            Self::Intake => person.may(Action::Intake),
            // Anyone with a step of it: the inspector's forms, the clerk's payment, the
            // dispatcher's returns; each sees only their own buttons there.
            Self::Inspection => inspection::StepKind::ALL
                .into_iter()
                .any(|kind| person.may(Action::StepNamed(kind.action()))),
            Self::Dispatch => person.may(Action::StepNamed("hand_back")),
            Self::Reports => person.may(Action::Reports),
            Self::Settings => person.may(Action::Settings),
            Self::Staff => person.may(Action::Staff),
        }
    }

    pub fn label(self, w: crate::i18n::Words) -> String {
        match self {
            Self::Welcome => w.welcome_title(),
            Self::Intake => w.intake(),
            Self::Inspection => w.inspection(),
            Self::Dispatch => w.dispatch(),
            Self::Cases => w.cases(),
            Self::Reports => w.reports(),
            Self::Settings => w.settings(),
            Self::Staff => w.staff(),
        }
    }
}

/// What any screen may ask of the app. A screen's `Event` wraps it (e.g.
/// `Event::Shared(Shared)`) next to anything only that screen needs.
#[derive(Debug, Clone)]
pub enum Shared {
    /// Show another screen, opening the given case there.
    Navigate(Screen, Option<CaseNumber>),
    /// A step, save or print changed this case: every screen showing it reads it again,
    /// the due items are read again.
    CaseChanged(CaseNumber),
    /// Several cases changed at once (the due items acted on together).
    CasesChanged(Vec<CaseNumber>),
    /// The settings were saved (the center, the theme, the paper…).
    SettingsChanged(Box<Settings>),
    /// A new warranty policy is in force.
    PolicyChanged(Box<Policy>),
    /// The store was replaced by a restored backup: everything is read again.
    StoreReplaced(Box<Opened>),
    /// Make a document of a case, record it and open it (7). An event, not a screen's own
    /// task, because every screen prints the same way with the center's forms and paper
    /// from the app's settings, and the printing records a document on the case, which
    /// the app then announces as a changed case to every screen.
    Print(PrintRequest),
    /// A line for the status bar: done (`Ok`) or what went wrong (`Err`).
    Notice(Result<String, String>),
    /// This workstation was renamed: the name now written on its events.
    DeskRenamed(String),
    /// This desk's window speaks another language (`None`: the center's), at once.
    DeskLanguage(Option<crate::domain::Language>),
}

/// A document to print: which case, which paper, and the choices beyond the center's
/// defaults.
#[derive(Debug, Clone)]
pub struct PrintRequest {
    pub number: CaseNumber,
    pub kind: DocumentKind,
    pub options: PrintOptions,
}

impl PrintRequest {
    /// The document in the center's forms.
    pub fn new(number: CaseNumber, kind: DocumentKind) -> Self {
        Self {
            number,
            kind,
            options: PrintOptions::default(),
        }
    }
}

/// Choices a printout can take beyond the center's defaults.
#[derive(Debug, Clone, Default)]
pub struct PrintOptions {
    /// The return label's form, when the dispatcher picks one.
    pub label: Option<LabelSize>,
    /// The carrier's tracking number, printed on the label.
    pub tracking: Option<String>,
}

/// Why a store call cannot run: the store is still opening. (A store that failed to open
/// replaces every screen with the reason, so no screen asks then.)
pub fn no_store(w: crate::i18n::Words) -> String {
    w.opening().to_string()
}

/// Reads a case whole through the screen's desk handle; `answer` turns the answer into
/// the screen's message (what it is for: opening the case, or reading it again after a
/// change). Without a store it answers at once with the reason.
pub fn read_case<M: Send + 'static>(
    w: crate::i18n::Words,
    desk: Option<&Desk>,
    number: CaseNumber,
    answer: fn(Result<Option<Box<Case>>, String>) -> M,
) -> Task<M> {
    match desk.cloned() {
        Some(desk) => Task::perform(async move { desk.case(number).await }, answer),
        None => Task::done(answer(Err(no_store(w)))),
    }
}
