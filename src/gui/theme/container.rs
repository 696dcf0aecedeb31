//! Boxes: steps of a screen, cards of the reports, notices, the verdict and state
//! badges, swatches and bars in the colours of the charts.

use iced::widget::container::{self, Style};
use iced::{Background, Border, Color, Theme};

use crate::domain::{CaseState, Verdict};

/// A titled step of a screen, framed.
pub fn bordered_box(theme: &Theme) -> Style {
    container::bordered_box(theme)
}

/// A card or panel on a quiet background (the reports' figures).
pub fn rounded_box(theme: &Theme) -> Style {
    container::rounded_box(theme)
}

/// Something went well (saved, accepted).
pub fn success(theme: &Theme) -> Style {
    container::success(theme)
}

/// Look before going on (a repeat repair, a restore to confirm, an unsolicited case).
pub fn warning(theme: &Theme) -> Style {
    container::warning(theme)
}

/// Something went wrong or is refused.
pub fn danger(theme: &Theme) -> Style {
    container::danger(theme)
}

/// Information that asks for something (proof needed).
pub fn primary(theme: &Theme) -> Style {
    container::primary(theme)
}

/// A notice: green when done, red when not.
pub fn notice(ok: bool) -> fn(&Theme) -> Style {
    if ok { success } else { danger }
}

/// The warranty verdict's badge: free green, paid amber, proof needed blue, refused red.
pub fn verdict(verdict: Verdict) -> fn(&Theme) -> Style {
    match verdict {
        Verdict::Free => success,
        Verdict::Paid => warning,
        Verdict::NeedsProof => primary,
        Verdict::Ineligible => danger,
    }
}

/// A case state's badge: white on the state's colour, rounded.
pub fn badge(colour: Color) -> impl Fn(&Theme) -> Style {
    move |_theme| Style {
        background: Some(Background::Color(colour)),
        text_color: Some(Color::WHITE),
        border: Border::default().rounded(10),
        ..Style::default()
    }
}

/// A plain block of colour: a segment of the reports' stacked bar.
pub fn fill(colour: Color) -> impl Fn(&Theme) -> Style {
    move |_theme| Style {
        background: Some(Background::Color(colour)),
        ..Style::default()
    }
}

/// A legend's colour sample, outlined in the text colour so light shades show.
pub fn swatch(colour: Color) -> impl Fn(&Theme) -> Style {
    move |theme| Style {
        background: Some(Background::Color(colour)),
        border: Border {
            color: theme.palette().text,
            width: 0.5,
            radius: 2.0.into(),
        },
        ..Style::default()
    }
}

/// The colour of a state's badge: blues while the desk waits, amber while the customer
/// must act, purple in the workshop, green when ready, greys when closed, red when
/// going back unrepaired or refused. White text reads on all of them.
pub fn state_colour(state: CaseState) -> Color {
    let rgb = |r, g, b| Color::from_rgb8(r, g, b);
    match state {
        CaseState::Applied => rgb(0x3b, 0x5b, 0xa9),
        CaseState::Received => rgb(0x1f, 0x6f, 0xb2),
        CaseState::AwaitingCustomer => rgb(0xa8, 0x62, 0x00),
        CaseState::AwaitingPayment => rgb(0xb4, 0x4a, 0x12),
        CaseState::InRepair => rgb(0x6b, 0x46, 0xc1),
        CaseState::Ready => rgb(0x25, 0x7a, 0x4a),
        CaseState::ToReturn => rgb(0xb0, 0x2a, 0x37),
        CaseState::Rejected => rgb(0x8b, 0x1e, 0x2a),
        CaseState::ResolvedRemotely => rgb(0x1d, 0x7f, 0x7a),
        CaseState::Returned => rgb(0x4a, 0x55, 0x68),
        CaseState::Expired => rgb(0x6e, 0x6e, 0x6e),
    }
}
