//! The words the history stores about customer messages (in English, as every stored
//! note is). What a person reads (the templates, the moments' names and when they are
//! sent, the fields' help) is in each language's `mail.ftl` (`crate::i18n`).

use super::Moment;

/// What each moment is called on the settings screen and in the case's messages.
pub fn moment_label(moment: Moment) -> &'static str {
    match moment {
        Moment::ApplicationReceived => "Application received",
        Moment::ParcelReceived => "Parcel received",
        Moment::ParcelRefused => "Parcel refused or rejected",
        Moment::ProofNeeded => "Proof of purchase needed",
        Moment::Quote => "Quote",
        Moment::PaymentReminder => "Payment reminder",
        Moment::ReadyForPickup => "Ready for pickup",
        Moment::Shipped => "Shipped back",
        Moment::ApplicationClosingSoon => "Application closing soon",
        Moment::ApplicationClosed => "Application closed",
    }
}

/// Why a message was not queued for e-mail: shown on the case and the to-phone list.
pub const NO_ADDRESS: &str = "no e-mail address on file: phone the customer instead";
