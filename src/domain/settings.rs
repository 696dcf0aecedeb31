//! The center's settings: who the center is (printed on every document) and the choices
//! that differ between centers. Stored in the database so a backup carries them.
//!
//! Every field has a default (`#[serde(default)]`), so an older or damaged settings
//! record still loads and the gaps are filled (STYLE.md: a damaged file never stops the
//! app). `sanitized` then brings out-of-range values back to something usable.

use serde::{Deserialize, Serialize};

use super::case::DocumentKind;
use super::lifecycle::DEFAULT_ANSWER_DAYS;
use super::mail::MailSettings;
use super::money::Currency;

/// Who the center is, as printed on receipts, confirmations and labels.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Center {
    pub name: String,
    /// Postal address, one line per line of the address.
    pub address: String,
    pub phone: String,
    pub email: String,
    pub currency: Currency,
}

impl Default for Center {
    fn default() -> Self {
        Self {
            name: "Repair Service Center".into(),
            address: String::new(),
            phone: String::new(),
            email: String::new(),
            currency: Currency::default(),
        }
    }
}

/// Paper for receipts, confirmations and reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

/// The return label's default form: a 4×6 in thermal label or a sheet of the paper size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LabelSize {
    #[default]
    FourBySix,
    Sheet,
}

/// The paper one kind of document is printed on (Settings → Printers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Form {
    /// The center's own choice: its paper (A4 / Letter), and for the return label its
    /// label setting.
    #[default]
    Usual,
    A4,
    Letter,
    /// An 80 mm thermal receipt roll (72 mm printed), one long page.
    Roll80,
    /// A 58 mm thermal receipt roll (48 mm printed).
    Roll58,
    /// A 4×6 in shipping label.
    FourBySix,
}

impl Form {
    /// The forms a document of `kind` can take; the first is the usual one. The device
    /// sticker has one form, its size set in [`StickerSize`].
    pub fn for_kind(kind: DocumentKind) -> &'static [Form] {
        match kind {
            DocumentKind::Receipt | DocumentKind::HandoverReceipt => &[
                Form::Usual,
                Form::A4,
                Form::Letter,
                Form::Roll80,
                Form::Roll58,
            ],
            DocumentKind::Label => &[Form::Usual, Form::FourBySix, Form::A4, Form::Letter],
            DocumentKind::Sticker => &[Form::Usual],
            _ => &[Form::Usual, Form::A4, Form::Letter],
        }
    }

    /// The word on the command line and in settings files: `a4`, `80mm`, `4x6`…
    pub fn as_str(self) -> &'static str {
        match self {
            Form::Usual => "usual",
            Form::A4 => "a4",
            Form::Letter => "letter",
            Form::Roll80 => "80mm",
            Form::Roll58 => "58mm",
            Form::FourBySix => "4x6",
        }
    }
}

/// When a document with a printer chosen goes to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PrintWhen {
    /// Straight to the printer, no dialog: the desk's everyday choice.
    #[default]
    AtOnce,
    /// The clerk confirms each printing first (a costly label stock, a shared printer).
    AskFirst,
}

/// Where and how one kind of document is printed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PrinterChoice {
    /// The printer's name as the system knows it (a CUPS queue); empty: no printer, the
    /// PDF opens in the viewer as before.
    pub printer: String,
    pub form: Form,
    /// Copies printed each time (1 to 9).
    pub copies: u32,
    pub when: PrintWhen,
}

impl Default for PrinterChoice {
    fn default() -> Self {
        Self {
            printer: String::new(),
            form: Form::Usual,
            copies: 1,
            when: PrintWhen::AtOnce,
        }
    }
}

impl PrinterChoice {
    /// The printer chosen, if any.
    pub fn printer(&self) -> Option<&str> {
        Some(self.printer.trim()).filter(|p| !p.is_empty())
    }
}

/// A printer per kind of document (docs/rules.md §7): a receipt printer, a label
/// printer, the office printer… Each kind on its own, so a center with one printer
/// sets it once per kind and one with three sends each paper to its own.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Printers {
    pub receipt: PrinterChoice,
    pub confirmation: PrinterChoice,
    pub quote: PrinterChoice,
    pub handover: PrinterChoice,
    pub label: PrinterChoice,
    pub sticker: PrinterChoice,
    pub payment_receipt: PrinterChoice,
    pub report: PrinterChoice,
}

impl Printers {
    /// The choice for a case's document of `kind`.
    pub fn for_kind(&self, kind: DocumentKind) -> &PrinterChoice {
        match kind {
            DocumentKind::Receipt => &self.receipt,
            DocumentKind::Confirmation => &self.confirmation,
            DocumentKind::Quote => &self.quote,
            DocumentKind::HandoverReceipt => &self.handover,
            DocumentKind::Label => &self.label,
            DocumentKind::Sticker => &self.sticker,
            DocumentKind::PaymentReceipt => &self.payment_receipt,
        }
    }

    pub fn for_kind_mut(&mut self, kind: DocumentKind) -> &mut PrinterChoice {
        match kind {
            DocumentKind::Receipt => &mut self.receipt,
            DocumentKind::Confirmation => &mut self.confirmation,
            DocumentKind::Quote => &mut self.quote,
            DocumentKind::HandoverReceipt => &mut self.handover,
            DocumentKind::Label => &mut self.label,
            DocumentKind::Sticker => &mut self.sticker,
            DocumentKind::PaymentReceipt => &mut self.payment_receipt,
        }
    }

    fn sanitized(mut self) -> Self {
        for kind in DocumentKind::ALL {
            let choice = self.for_kind_mut(kind);
            choice.copies = choice.copies.clamp(1, 9);
            if !Form::for_kind(kind).contains(&choice.form) {
                choice.form = Form::Usual;
            }
        }
        self.report.copies = self.report.copies.clamp(1, 9);
        if !matches!(self.report.form, Form::Usual | Form::A4 | Form::Letter) {
            self.report.form = Form::Usual;
        }
        self
    }
}

/// The device sticker's size in millimetres, as the label printer's stock: 57 × 32 mm
/// by default, a common size of direct-thermal labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct StickerSize {
    pub width_mm: u32,
    pub height_mm: u32,
}

impl Default for StickerSize {
    fn default() -> Self {
        Self {
            width_mm: 57,
            height_mm: 32,
        }
    }
}

impl StickerSize {
    /// The smallest sticker the case number's barcode, the surname and the date fit on.
    pub const MIN: (u32, u32) = (50, 25);
    pub const MAX: (u32, u32) = (110, 80);
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub center: Center,
    pub paper: Paper,
    pub label: LabelSize,
    /// Print the intake receipt when a parcel is accepted at inspection (docs/rules.md §7: the
    /// receipt goes back with the parcel); the inspector can still untick it per parcel.
    pub receipt_on_parcel: bool,
    /// 2.3 sets no deadline for the customer's answer to a request for proof or a quote.
    pub answer_days: u32,
    /// 3.7: months after closing before a customer's personal data is removed (0 = never).
    pub retention_months: u32,
    /// Daily automatic backups kept.
    pub backups_kept: u32,
    pub theme: Theme,
    /// A printer, paper, copies and "at once or ask" per kind of document. Boxed: it is
    /// most of the settings' size, and settings travel in the screens' messages.
    pub printers: Box<Printers>,
    pub sticker: StickerSize,
    /// Customer e-mail (docs/rules.md §11): the server (its secret apart), the sender,
    /// and a template per moment. Boxed like the printers: settings travel in messages.
    pub mail: Box<MailSettings>,
    /// Minutes without a touch of keyboard or mouse before a desk with staff accounts
    /// locks itself (docs/rules.md §10); 0 never locks.
    pub lock_minutes: u32,
    /// The center's language (docs/rules.md §13): what a new case's customer is written
    /// to in unless the clerk chooses otherwise, and what a desk shows until its own
    /// language is chosen.
    pub language: crate::domain::Language,
}

/// The idle lock's default: ten minutes.
pub const DEFAULT_LOCK_MINUTES: u32 = 10;
/// The longest idle time a desk may stay unlocked, when it locks at all: a working day.
pub const MAX_LOCK_MINUTES: u32 = 600;

impl Default for Settings {
    fn default() -> Self {
        Self {
            center: Center::default(),
            paper: Paper::default(),
            label: LabelSize::default(),
            receipt_on_parcel: true,
            answer_days: DEFAULT_ANSWER_DAYS,
            retention_months: 24,
            backups_kept: 14,
            language: crate::domain::Language::default(),
            theme: Theme::default(),
            printers: Box::default(),
            sticker: StickerSize::default(),
            mail: Box::default(),
            lock_minutes: DEFAULT_LOCK_MINUTES,
        }
    }
}

impl Settings {
    /// Reads settings leniently: unknown or damaged parts fall back to defaults.
    ///
    /// Field by field: one damaged value (a paper size a newer fixdesk knows, a number
    /// written as text) falls back to its default alone, and the center's name and
    /// address beside it are kept.
    pub fn from_json_lenient(text: &str) -> Self {
        if let Ok(settings) = serde_json::from_str::<Settings>(text) {
            return settings.sanitized();
        }
        let Ok(stored) = serde_json::from_str::<serde_json::Value>(text) else {
            return Settings::default();
        };
        let Ok(mut merged) = serde_json::to_value(Settings::default()) else {
            return Settings::default();
        };
        let mut leaves = Vec::new();
        leaf_pointers(&stored, String::new(), &mut leaves);
        for (pointer, value) in leaves {
            let Some(slot) = merged.pointer_mut(&pointer) else {
                continue; // a field this fixdesk does not know
            };
            let previous = std::mem::replace(slot, value.clone());
            if serde_json::from_value::<Settings>(merged.clone()).is_err()
                && let Some(slot) = merged.pointer_mut(&pointer)
            {
                *slot = previous;
            }
        }
        serde_json::from_value::<Settings>(merged)
            .unwrap_or_default()
            .sanitized()
    }

    /// Brings values out of range back into range.
    pub fn sanitized(mut self) -> Self {
        if !(1..=365).contains(&self.answer_days) {
            self.answer_days = DEFAULT_ANSWER_DAYS;
        }
        self.retention_months = self.retention_months.min(1200);
        self.backups_kept = self.backups_kept.clamp(1, 365);
        if self.center.name.trim().is_empty() {
            self.center.name = Center::default().name;
        }
        self.printers = Box::new(self.printers.sanitized());
        let (min, max) = (StickerSize::MIN, StickerSize::MAX);
        self.sticker.width_mm = self.sticker.width_mm.clamp(min.0, max.0);
        self.sticker.height_mm = self.sticker.height_mm.clamp(min.1, max.1);
        self.mail.reminder_days = self.mail.reminder_days.min(27);
        self.mail.closing_days = self.mail.closing_days.min(14);
        self.lock_minutes = self.lock_minutes.min(MAX_LOCK_MINUTES);
        self
    }
}

/// Every non-object value in `value` with its JSON pointer (`/center/name`).
fn leaf_pointers<'a>(
    value: &'a serde_json::Value,
    at: String,
    out: &mut Vec<(String, &'a serde_json::Value)>,
) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, inner) in map {
                let key = key.replace('~', "~0").replace('/', "~1");
                leaf_pointers(inner, format!("{at}/{key}"), out);
            }
        }
        _ if !at.is_empty() => out.push((at, value)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_fields_fall_back_to_defaults() {
        let settings =
            Settings::from_json_lenient(r#"{"center": {"name": "Fix & Co"}, "paper": "letter"}"#);
        assert_eq!(settings.center.name, "Fix & Co");
        assert_eq!(settings.paper, Paper::Letter);
        assert_eq!(settings.answer_days, DEFAULT_ANSWER_DAYS);
        assert_eq!(settings.center.currency.code(), "EUR");
    }

    #[test]
    fn damaged_settings_never_stop_the_app() {
        assert_eq!(Settings::from_json_lenient("{{{"), Settings::default());
        let settings = Settings::from_json_lenient(r#"{"answer_days": 0, "backups_kept": 0}"#);
        assert_eq!(settings.answer_days, DEFAULT_ANSWER_DAYS);
        assert_eq!(settings.backups_kept, 1);
    }

    #[test]
    fn one_damaged_field_keeps_the_others() {
        let settings = Settings::from_json_lenient(
            r#"{"center": {"name": "Fix & Co", "phone": 12345, "address": "1 Mill Lane"},
                "paper": "a3", "label": "sheet", "answer_days": "twenty",
                "retention_months": 36, "theme": "dark", "added_later": true}"#,
        );
        assert_eq!(settings.center.name, "Fix & Co");
        assert_eq!(settings.center.address, "1 Mill Lane");
        assert_eq!(
            settings.center.phone, "",
            "a number is not a phone text: default"
        );
        assert_eq!(settings.paper, Paper::A4, "unknown paper: default");
        assert_eq!(settings.label, LabelSize::Sheet);
        assert_eq!(settings.answer_days, DEFAULT_ANSWER_DAYS);
        assert_eq!(settings.retention_months, 36);
        assert_eq!(settings.theme, Theme::Dark);
        assert_eq!(Settings::from_json_lenient("[1, 2]"), Settings::default());
        assert_eq!(Settings::from_json_lenient("null"), Settings::default());
    }

    #[test]
    fn settings_saved_before_printers_load_with_none_chosen() {
        let settings = Settings::from_json_lenient(r#"{"center": {"name": "Fix & Co"}}"#);
        assert_eq!(*settings.printers, Printers::default());
        assert_eq!(settings.printers.receipt.printer(), None);
        assert_eq!(settings.sticker, StickerSize::default());
    }

    #[test]
    fn a_printer_choice_is_kept_and_brought_into_range() {
        let settings = Settings::from_json_lenient(
            r#"{"printers": {"receipt": {"printer": "Front-80", "form": "roll80", "copies": 40,
                 "when": "ask_first"}, "label": {"form": "roll58"}, "sticker": {"copies": "two"}},
                "sticker": {"width_mm": 5, "height_mm": 32}}"#,
        );
        let receipt = &settings.printers.receipt;
        assert_eq!(receipt.printer(), Some("Front-80"));
        assert_eq!(receipt.form, Form::Roll80);
        assert_eq!(receipt.copies, 9);
        assert_eq!(receipt.when, PrintWhen::AskFirst);
        assert_eq!(
            settings.printers.label.form,
            Form::Usual,
            "no label on a roll"
        );
        assert_eq!(settings.printers.sticker.copies, 1);
        assert_eq!(settings.sticker.width_mm, StickerSize::MIN.0);
    }
}
