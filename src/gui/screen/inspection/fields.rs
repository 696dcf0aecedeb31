//! The forms' fields: their widget ids, their length limits, and what an edit does.

use super::{Flag, Gate};
use super::{LineForm, Message, State};

/// The longest name, phone, model or serial the forms take.
pub(super) const MAX_SHORT: usize = 120;
/// The longest free text (a fault, a note, an address).
pub(super) const MAX_TEXT: usize = 2000;
/// The longest quote line description.
pub(super) const MAX_LINE: usize = 200;
/// The longest amount or date typed.
pub(super) const MAX_AMOUNT: usize = 20;

/// The text fields of the screen, so one message serves them all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    ReceivedOn,
    SerialFound,
    Accessory,
    Condition,
    PasswordNote,
    SenderName,
    SenderPhone,
    SenderEmail,
    SenderAddress,
    SenderModel,
    SenderSerial,
    SenderFault,
    Component,
    DiagnosisNotes,
    NoticeOn,
    InvoiceDate,
    Amount,
    PaidOn,
    PaymentMethod,
    ReplacementSerial,
    RemoteNote,
}

impl Field {
    /// Sensible limits: a name is not a page, a note is not a book.
    pub fn max_chars(self) -> usize {
        match self {
            Self::ReceivedOn | Self::NoticeOn | Self::InvoiceDate | Self::PaidOn | Self::Amount => {
                MAX_AMOUNT
            }
            Self::SenderName
            | Self::SenderPhone
            | Self::SenderEmail
            | Self::SenderModel
            | Self::SenderSerial
            | Self::SerialFound
            | Self::Accessory
            | Self::Component
            | Self::PaymentMethod
            | Self::ReplacementSerial
            | Self::PasswordNote => MAX_SHORT,
            Self::Condition
            | Self::SenderAddress
            | Self::SenderFault
            | Self::DiagnosisNotes
            | Self::RemoteNote => MAX_TEXT,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Self::ReceivedOn => "inspection-received-on",
            Self::SerialFound => "inspection-serial-found",
            Self::Accessory => "inspection-accessory",
            Self::Condition => "inspection-condition",
            Self::PasswordNote => "inspection-password-note",
            Self::SenderName => "inspection-sender-name",
            Self::SenderPhone => "inspection-sender-phone",
            Self::SenderEmail => "inspection-sender-email",
            Self::SenderAddress => "inspection-sender-address",
            Self::SenderModel => "inspection-sender-model",
            Self::SenderSerial => "inspection-sender-serial",
            Self::SenderFault => "inspection-sender-fault",
            Self::Component => "inspection-component",
            Self::DiagnosisNotes => "inspection-diagnosis-notes",
            Self::NoticeOn => "inspection-notice-on",
            Self::InvoiceDate => "inspection-invoice-date",
            Self::Amount => "inspection-amount",
            Self::PaidOn => "inspection-paid-on",
            Self::PaymentMethod => "inspection-payment-method",
            Self::ReplacementSerial => "inspection-replacement-serial",
            Self::RemoteNote => "inspection-remote-note",
        }
    }
}

impl State {
    /// A form edited: the field, box or line changes; nothing else happens.
    pub(super) fn edit(&mut self, message: Message) {
        match message {
            Message::Edit(field, value) => {
                self.armed = None;
                self.touched.insert(field);
                let limit = field.max_chars();
                let value: String = value.chars().take(limit).collect();
                let slot = match field {
                    Field::ReceivedOn => &mut self.received_on,
                    Field::SerialFound => &mut self.serial_found,
                    Field::Accessory => &mut self.accessory,
                    Field::Condition => &mut self.condition,
                    Field::PasswordNote => &mut self.password_note,
                    Field::SenderName => &mut self.sender.name,
                    Field::SenderPhone => &mut self.sender.phone,
                    Field::SenderEmail => &mut self.sender.email,
                    Field::SenderAddress => &mut self.sender.address,
                    Field::SenderModel => &mut self.sender.model,
                    Field::SenderSerial => &mut self.sender.serial,
                    Field::SenderFault => &mut self.sender.fault,
                    Field::Component => &mut self.component,
                    Field::DiagnosisNotes => &mut self.diagnosis_notes,
                    Field::NoticeOn => &mut self.notice_on,
                    Field::InvoiceDate => &mut self.invoice_date,
                    Field::Amount => &mut self.amount,
                    Field::PaidOn => &mut self.paid_on,
                    Field::PaymentMethod => &mut self.payment_method,
                    Field::ReplacementSerial => &mut self.replacement_serial,
                    Field::RemoteNote => &mut self.remote_note,
                };
                *slot = value;
            }
            Message::Gate(gate, on) => {
                self.armed = None;
                match gate {
                    Gate::CashOnDelivery => self.gate.cash_on_delivery = on,
                    Gate::Damaged => self.gate.damaged = on,
                    Gate::Soaked => self.gate.soaked = on,
                    Gate::Adequate => self.gate.adequate = on,
                }
            }
            Message::Toggle(flag, on) => match flag {
                Flag::PrintReceipt => self.print_receipt = on,
                Flag::KeepParts => self.sender.keep_parts = on,
                Flag::InvoiceLegible => self.invoice_legible = on,
                Flag::InvoiceAltered => self.invoice_altered = on,
            },
            Message::Password(status) => {
                self.password = status;
            }
            Message::Channel(channel) => {
                self.channel = channel;
            }
            Message::AddAccessory => {
                let item = self.accessory.trim().to_string();
                if !item.is_empty()
                    && !self
                        .accessories
                        .iter()
                        .any(|a| a.eq_ignore_ascii_case(&item))
                {
                    self.accessories.push(item);
                }
                self.accessory.clear();
            }
            Message::RemoveAccessory(i) if i < self.accessories.len() => {
                self.accessories.remove(i);
            }
            Message::Cause(cause) => {
                self.cause = Some(cause);
            }
            Message::Method(method) => {
                self.method = Some(method);
            }
            Message::AddLine(kind) => {
                self.lines.push(LineForm {
                    kind,
                    description: String::new(),
                    amount: String::new(),
                    touched: false,
                });
            }
            Message::LineDescription(i, value) => {
                if let Some(line) = self.lines.get_mut(i) {
                    line.description = value.chars().take(MAX_LINE).collect();
                    line.touched = true;
                }
            }
            Message::LineAmount(i, value) => {
                if let Some(line) = self.lines.get_mut(i) {
                    line.amount = value.chars().take(MAX_AMOUNT).collect();
                    line.touched = true;
                }
            }
            Message::RemoveLine(i) if i < self.lines.len() => {
                self.lines.remove(i);
            }
            _ => {}
        }
    }
}
