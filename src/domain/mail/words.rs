//! The default words of every customer message, in one place: the coming languages
//! work translates this file (one function per language), and nothing else in fixdesk
//! spells a message's text. A manager's own wording, saved in Settings → E-mail,
//! replaces these per moment.
//!
//! `{field}` placeholders are filled from the case (see [`super::FIELDS`]).

use super::Moment;

/// The subject and body a moment is sent with until the manager writes their own.
pub fn default_template(moment: Moment) -> (&'static str, &'static str) {
    match moment {
        Moment::ApplicationReceived => (
            "Your repair application {case_number}",
            "Dear {customer_name},

thank you for your repair application for your {device} (serial {serial}). Your case
number is {case_number}; please quote it whenever you contact us.

Please send the device so that it reaches us by {ship_by}; an application closes when
no parcel has arrived by {closes_on}. Pack it safely in sturdy packaging, include
a copy of your proof of purchase and the attached confirmation, and do not send it
cash on delivery: such parcels are refused.

Kind regards,
{center_name}
{center_phone}",
        ),
        Moment::ParcelReceived => (
            "We have received your device ({case_number})",
            "Dear {customer_name},

your {device} (serial {serial}) arrived on {received_on} and is now with our
technicians under case {case_number}. The receipt is attached.

We will write to you again as soon as we know more.

Kind regards,
{center_name}
{center_phone}",
        ),
        Moment::ParcelRefused => (
            "Your parcel could not be accepted ({case_number})",
            "Dear {customer_name},

we are sorry: the parcel with your {device} for case {case_number} could not be
accepted.

Reason: {reason}

If you have questions, please call us at {center_phone} or answer this message.

Kind regards,
{center_name}",
        ),
        Moment::ProofNeeded => (
            "Proof of purchase needed for case {case_number}",
            "Dear {customer_name},

to decide whether the repair of your {device} (serial {serial}) is covered by the
warranty, we need your proof of purchase (invoice or receipt showing the date and the
seller).

Please send it to us by {answer_by}, by answering this message with a photo or scan.
Without it we have to return the device unrepaired.

Kind regards,
{center_name}
{center_phone}",
        ),
        Moment::Quote => (
            "Quote for the repair of your {device} ({case_number})",
            "Dear {customer_name},

the repair of your {device} is not covered by the warranty. The attached quote
shows the work and its cost: {quote_total}.

Please let us know by {answer_by} whether you accept the quote: simply answer this
message with \"I accept\" or \"I decline\", or call us at {center_phone}. If you
decline or we do not hear from you, the device is returned unrepaired.

Kind regards,
{center_name}",
        ),
        Moment::PaymentReminder => (
            "Reminder: payment for case {case_number} due by {payment_due}",
            "Dear {customer_name},

a friendly reminder: the payment of {quote_total} for the repair of your {device}
(case {case_number}) is due by {payment_due}. If it has not reached us by then, we
have to return the device unrepaired.

If you have already paid, thank you, and please disregard this message.

Kind regards,
{center_name}
{center_phone}",
        ),
        Moment::ReadyForPickup => (
            "Your {device} is ready for pickup ({case_number})",
            "Dear {customer_name},

your {device} (case {case_number}) is ready for pickup at our counter.

Please bring this case number and an identity document.

{center_address}

Kind regards,
{center_name}
{center_phone}",
        ),
        Moment::Shipped => (
            "Your {device} is on its way back ({case_number})",
            "Dear {customer_name},

your {device} (case {case_number}) left us today with {carrier}.
Tracking number: {tracking}

Kind regards,
{center_name}
{center_phone}",
        ),
        Moment::ApplicationClosingSoon => (
            "Your repair application {case_number} closes on {closes_on}",
            "Dear {customer_name},

we have not yet received the parcel for your repair application {case_number}
({device}). The application closes on {closes_on}; a parcel arriving later cannot be
handled under it.

If you have already sent the device, thank you, and please disregard this message.

Kind regards,
{center_name}
{center_phone}",
        ),
        Moment::ApplicationClosed => (
            "Your repair application {case_number} has closed",
            "Dear {customer_name},

no parcel reached us within the time for your repair application {case_number}
({device}), so it has now closed. If your device still needs repair, please apply
again on our website.

Kind regards,
{center_name}
{center_phone}",
        ),
    }
}

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

/// When a moment's message is queued, as the settings screen explains it.
pub fn moment_when(moment: Moment) -> &'static str {
    match moment {
        Moment::ApplicationReceived => "An online application is opened (4.2)",
        Moment::ParcelReceived => "A parcel is accepted at inspection",
        Moment::ParcelRefused => "A parcel is refused (2.1) or rejected (3.6)",
        Moment::ProofNeeded => "Proof of purchase is asked for (2.3)",
        Moment::Quote => "A quote is sent (2.2)",
        Moment::PaymentReminder => "A person confirms the reminder on the due list (2.6)",
        Moment::ReadyForPickup => "A walk-in device is ready to collect",
        Moment::Shipped => "The device is shipped back (2.1)",
        Moment::ApplicationClosingSoon => "A person confirms the reminder on the due list (4.2)",
        Moment::ApplicationClosed => "An application expires without a parcel (4.2)",
    }
}

/// What each field stands for, beside the template editor.
pub fn field_help(field: &str) -> &'static str {
    match field {
        "customer_name" => "the customer's name",
        "case_number" => "the case number",
        "device" => "the device's model",
        "serial" => "the device's serial number",
        "applied_on" => "the day of the online application",
        "ship_by" => "the day to ship the device by (4.2)",
        "closes_on" => "the last day a parcel can arrive (4.2)",
        "received_on" => "the day the device arrived",
        "reason" => "why the parcel was refused or rejected",
        "quote_total" => "the quote's total",
        "answer_by" => "the last day for the customer's answer (2.3)",
        "payment_due" => "the last day to pay (2.6)",
        "carrier" => "the carrier the device was shipped with",
        "tracking" => "the shipment's tracking number",
        "center_name" => "the center's name",
        "center_phone" => "the center's phone",
        "center_email" => "the center's e-mail",
        "center_address" => "the center's address",
        _ => "",
    }
}

/// Why a message was not queued for e-mail: shown on the case and the to-phone list.
pub const NO_ADDRESS: &str = "no e-mail address on file: phone the customer instead";
