//! The quote for a paid repair (2.2): its lines, their amounts and the total.

use iced::widget::{button, column, row, space, text, text_input};
use iced::{Element, FillPortion};

use super::{Context, Message, State};
use crate::domain::money::{Currency, Money};
use crate::domain::repair::{LineKind, Quote, QuoteLine};
use crate::domain::warranty::Cause;
use crate::domain::{Case, Verdict};
use crate::gui::theme;
use crate::gui::widget::{block, bold};

impl State {
    /// The quote as entered, or the first problem with it (naming the line and field).
    pub fn quote(&self, w: crate::i18n::Words, currency: &Currency) -> Result<Quote, String> {
        if self.lines.is_empty() {
            return Err(w.quote_no_lines());
        }
        let mut lines = Vec::new();
        for (i, line) in self.lines.iter().enumerate() {
            if line.description.trim().is_empty() {
                return Err(w.quote_line_description(i + 1));
            }
            if line.amount.trim().is_empty() {
                return Err(w.quote_line_amount(i + 1));
            }
            let amount = Money::parse(line.amount.trim(), currency.clone())
                .map_err(|err| w.quote_line_amount_bad(i + 1, w.problem(&err.note())))?;
            if amount.minor < 0 {
                return Err(w.quote_line_negative(i + 1));
            }
            lines.push(QuoteLine {
                kind: line.kind,
                description: line.description.trim().to_string(),
                amount,
            });
        }
        let quote = Quote {
            currency: currency.clone(),
            lines,
        };
        quote
            .validate()
            .map_err(|err| w.as_sentence(&w.problem(&err.note())))?;
        Ok(quote)
    }

    pub(super) fn quote_view<'a>(&'a self, cx: &Context<'a>) -> Element<'a, Message> {
        let w = cx.words;
        let lines = column(self.lines.iter().enumerate().map(|(i, line)| {
            row![
                text(w.gui_line_kind(line.kind)).size(14).width(70),
                text_input(&w.line_description(), &line.description)
                    .on_input(move |v| Message::LineDescription(i, v))
                    .padding(6)
                    .width(FillPortion(4)),
                text_input(&w.line_amount(), &line.amount)
                    .on_input(move |v| Message::LineAmount(i, v))
                    .padding(6)
                    .width(FillPortion(1)),
                button(text(w.remove()).size(12))
                    .padding([4, 8])
                    .style(theme::button::text)
                    .on_press(Message::RemoveLine(i)),
            ]
            .spacing(6)
            .align_y(iced::Center)
            .into()
        }))
        .spacing(4);
        let total: Element<'a, Message> = match self.quote(w, cx.currency()) {
            Ok(quote) => text(format!(
                "{}: {}",
                w.total(),
                quote.total().map(|m| w.money(&m)).unwrap_or_default()
            ))
            .size(17)
            .font(bold())
            .into(),
            // A fresh quote is not wrong yet: its problems show once a line is typed in
            // (the send button says what is missing meanwhile).
            Err(problem) if self.lines.iter().any(|l| l.touched) => {
                text(problem).size(13).style(theme::text::danger).into()
            }
            Err(_) => space::vertical().height(0).into(),
        };
        block(
            w.quote_step(),
            column![
                lines,
                row![
                    button(text(w.add_part()).size(14))
                        .padding([5, 12])
                        .style(theme::button::secondary)
                        .on_press(Message::AddLine(LineKind::Parts)),
                    button(text(w.add_labour()).size(14))
                        .padding([5, 12])
                        .style(theme::button::secondary)
                        .on_press(Message::AddLine(LineKind::Labour)),
                ]
                .spacing(6),
                total,
            ]
            .spacing(8),
        )
    }
}

/// Diagnosed as a paid repair and no quote sent yet (2.2).
pub(super) fn needs_quote(case: &Case) -> bool {
    case.diagnosis.cause != Cause::Unknown
        && case.quote.is_none()
        && case
            .decision
            .as_ref()
            .is_some_and(|d| d.decision.verdict == Verdict::Paid)
}
