//! Settings → Printers: for each kind of document, the printer it goes to (one the
//! system lists, or none: the PDF opens in the viewer), its paper, the copies, and
//! whether it prints at once or asks first (the viewer's print dialog); and the device
//! sticker's size. Saved with the rest of the settings.

use iced::widget::{button, column, pick_list, row, text};
use iced::{Element, Task};

use super::{Message, State, section};
use crate::domain::case::DocumentKind;
use crate::domain::settings::{Form, PrintWhen, PrinterChoice, StickerSize};
use crate::gui::widget::{self, bold};
use crate::print::{Cups, Printer};

/// A kind of document with a printer of its own: a case's documents and the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Printout {
    Case(DocumentKind),
    Report,
}

impl Printout {
    pub const ALL: [Printout; 8] = [
        Printout::Case(DocumentKind::Receipt),
        Printout::Case(DocumentKind::Confirmation),
        Printout::Case(DocumentKind::Quote),
        Printout::Case(DocumentKind::HandoverReceipt),
        Printout::Case(DocumentKind::Label),
        Printout::Case(DocumentKind::Sticker),
        Printout::Case(DocumentKind::PaymentReceipt),
        Printout::Report,
    ];

    fn forms(self) -> &'static [Form] {
        match self {
            Printout::Case(kind) => Form::for_kind(kind),
            Printout::Report => &[Form::Usual, Form::A4, Form::Letter],
        }
    }

    fn name(self, w: crate::i18n::Words) -> String {
        match self {
            Printout::Case(kind) => w.document(kind),
            Printout::Report => w.printout_monthly_report(),
        }
    }
}

/// One change to a printout's choice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// A printer by name; `None`: none, open in the viewer.
    Printer(Option<String>),
    Form(Form),
    Copies(u32),
    When(PrintWhen),
}

/// A line of the printer list: none (with its words in the desk's language), or a
/// printer by name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrinterOption(Option<String>, String);

impl std::fmt::Display for PrinterOption {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.0 {
            None => f.write_str(&self.1),
            Some(name) => f.write_str(name),
        }
    }
}

/// The sticker sizes offered: common direct-thermal labels.
pub const STICKER_SIZES: [StickerSize; 4] = [
    StickerSize {
        width_mm: 57,
        height_mm: 32,
    },
    StickerSize {
        width_mm: 50,
        height_mm: 25,
    },
    StickerSize {
        width_mm: 62,
        height_mm: 29,
    },
    StickerSize {
        width_mm: 102,
        height_mm: 51,
    },
];

/// Asks the system for its printers, off the UI thread; why it could not, in `w`'s
/// language.
pub(super) fn list(w: crate::i18n::Words) -> Task<Message> {
    Task::perform(
        async move {
            tokio::task::spawn_blocking(move || Cups::system().printers().map_err(|e| e.say(w)))
                .await
                .map_err(|e| w.gui_operation_stopped(e.to_string()))
                .and_then(|r| r)
        },
        Message::PrintersListed,
    )
}

impl State {
    fn choice_mut(&mut self, printout: Printout) -> &mut PrinterChoice {
        match printout {
            Printout::Case(kind) => self.printers.for_kind_mut(kind),
            Printout::Report => &mut self.printers.report,
        }
    }

    fn choice(&self, printout: Printout) -> &PrinterChoice {
        match printout {
            Printout::Case(kind) => self.printers.for_kind(kind),
            Printout::Report => &self.printers.report,
        }
    }

    pub(super) fn edit_printer(&mut self, printout: Printout, edit: Edit) {
        let choice = self.choice_mut(printout);
        match edit {
            Edit::Printer(name) => choice.printer = name.unwrap_or_default(),
            Edit::Form(form) => choice.form = form,
            Edit::Copies(copies) => choice.copies = copies.clamp(1, 9),
            Edit::When(when) => choice.when = when,
        }
        self.notice = None;
    }

    pub(super) fn printers_section(&self, w: crate::i18n::Words) -> Element<'_, Message> {
        let names: Vec<String> = match &self.system_printers {
            Some(Ok(printers)) => printers.iter().map(|p| p.name.clone()).collect(),
            _ => Vec::new(),
        };
        let listed = match &self.system_printers {
            None => text(w.printers_asking()).size(12),
            Some(Ok(printers)) if printers.is_empty() => text(w.printers_none()).size(12),
            Some(Ok(printers)) => text(
                printers
                    .iter()
                    .map(Printer::summary)
                    .collect::<Vec<_>>()
                    .join("\n"),
            )
            .size(12),
            Some(Err(reason)) => text(w.gui_field_says(w.printers_unlisted(), reason))
                .size(12)
                .style(crate::gui::theme::text::danger),
        };
        let mut rows = column![
            listed,
            button(text(w.printers_refresh()).size(13)).on_press(Message::ListPrinters),
        ]
        .spacing(10);
        for printout in Printout::ALL {
            rows = rows.push(self.printout_row(w, printout, &names));
        }
        rows = rows.push(text(w.sticker_size_label()).size(13));
        rows = rows.push(widget::choice(
            STICKER_SIZES,
            STICKER_SIZES.into_iter().find(|s| *s == self.sticker),
            move |v| w.sticker_size(v),
            Message::StickerSize,
        ));
        section(w.settings_printers(), rows.into())
    }

    fn printout_row<'a>(
        &'a self,
        w: crate::i18n::Words,
        printout: Printout,
        names: &[String],
    ) -> Element<'a, Message> {
        let choice = self.choice(printout);
        let none = w.no_printer();
        let mut options = vec![PrinterOption(None, none.clone())];
        options.extend(
            names
                .iter()
                .cloned()
                .map(|n| PrinterOption(Some(n), none.clone())),
        );
        // A printer chosen before and not offered now stays visible, to change it.
        let chosen = PrinterOption(choice.printer().map(str::to_string), none);
        if !options.contains(&chosen) {
            options.push(chosen.clone());
        }
        let printer = pick_list(options, Some(chosen), move |option: PrinterOption| {
            Message::Printer(printout, Edit::Printer(option.0))
        })
        .text_size(13);
        let mut line =
            column![row![text(printout.name(w)).size(14).font(bold()), printer].spacing(10),]
                .spacing(4);
        if choice.printer().is_some() {
            line = line.push(
                row![
                    widget::choice(
                        [1, 2, 3],
                        Some(choice.copies),
                        move |v| w.copies(v),
                        move |n| { Message::Printer(printout, Edit::Copies(n)) }
                    ),
                    widget::choice(
                        [PrintWhen::AtOnce, PrintWhen::AskFirst],
                        Some(choice.when),
                        move |v| w.print_when(v),
                        move |w| Message::Printer(printout, Edit::When(w))
                    ),
                ]
                .spacing(12),
            );
        }
        if printout.forms().len() > 1 {
            line = line.push(widget::choice(
                printout.forms().iter().copied(),
                Some(choice.form),
                move |v| w.form(v),
                move |f| Message::Printer(printout, Edit::Form(f)),
            ));
        }
        line.into()
    }
}
