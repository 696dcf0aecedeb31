### domain
### The words the domain stores as codes (docs/rules.md §13, "Stored text and search"):
### the warranty decision's reasons and the notes of a case's history. The English here is
### the English the domain stores beside each code, so a record reads the same in English
### whether it is shown from its code or as stored (dates and money as this language
### writes them). Variables ending in _date are dates, in _amount money.

## How a note's sentences and a list's items are joined.
note-separator = { " " }
list-comma = { ", " }
list-and = { " and " }

## The warranty decision's reasons (docs/rules.md §3), by code.
reason-no-invoice = No invoice was presented.
reason-invoice-valid = The invoice is valid: dated, legible, unaltered, and it names this model and serial number.
reason-invoice-not-valid = The invoice is not valid because { $failures }.
reason-start-delivery = The warranty runs from the delivery date { $delivery_date }, because the invoice date { $invoice_date } is later than the actual delivery.
reason-start-invoice = The warranty runs from the invoice date { $invoice_date }.
reason-start-shipment = Without a valid invoice the warranty runs from the manufacturer's shipment date { $shipment_date }.
reason-start-unknown = The warranty start is unknown: there is no valid invoice and no shipment date.
reason-period-contract = The customer's service contract sets the warranty to { $months } months, and prevails over the standard policy.
reason-period-component = The warranty period for the { $component } of the { $model } is { $months } months.
reason-period-model = The warranty period of the { $model } is { $months } months.
reason-period-default = The model is not listed in the warranty policy: the standard period of { $months } months applies.
reason-within-warranty = The claim date { $claim_date } is within the warranty, which covers up to { $last_date }.
reason-after-warranty = The claim date { $claim_date } is after the warranty ended on { $last_date }.
reason-unauthorized-channel = The device was bought through an unauthorized channel: the service covers only products bought through formal channels, so no repair can be done, free or paid.
reason-unknown-channel = Where the device was bought is not known: ask the customer for proof that it was bought through a formal channel (2.3).
reason-ask-for-invoice = Ask the customer for a valid invoice showing the model and serial number, or offer a paid repair (2.4).
reason-out-of-warranty = Out of warranty: a paid repair can be quoted; nothing is repaired without the customer's agreement.
reason-excluded-cause = The failure was caused by { $cause }, which the free warranty does not cover: a paid repair can be quoted (2.2).
reason-free-provisional = Free repair within the warranty, provisionally: inspection confirms it unless the fault turns out to be man-made, force majeure, improper use or bad packaging (1.3, 3.4).
reason-free = Free repair: a material or manufacturing fault within the warranty period, at no charge (1.4).

## Why an invoice is not valid (2.4), each part by code.
invoice-failure-no-date = it has no date
invoice-failure-date-after = its date { $invoice_date } is after the claim date { $claim_date }
invoice-failure-no-model = it shows no model
invoice-failure-model-differs = its model ({ $invoice_model }) differs from the device's ({ $device_model })
invoice-failure-no-serial = it shows no serial number
invoice-failure-serial-differs = its serial number ({ $invoice_serial }) differs from the device's ({ $device_serial })
invoice-failure-illegible = it is not legible
invoice-failure-altered = it has been altered

## The notes of a case's history, by code; a note is one or more of these in a row.
note-received-at-desk = Device received at the desk.
note-application-accepted = Online application accepted.
note-application-accepted-id = Online application { $application } accepted.
note-warranty = Warranty: { $verdict }{ $provisional ->
        [yes] { " (provisional until inspection)" }
       *[no] { "" }
    }.
note-diagnosed = Diagnosed: { $cause }.
note-diagnosed-component = Diagnosed: { $cause }, { $component }.
note-quote-first = A quote must be sent and accepted before any work.
note-proof-asked-short = Proof asked for.
note-quote-sent = Quote sent: { $total_amount }. Nothing is repaired without the customer's agreement.
note-proof-asked = Proof of purchase asked for.
note-proof-received = Proof received.
note-paid-needs-quote = A paid repair needs a quote and the customer's agreement.
note-proof-not-sufficient = The proof is not sufficient yet.
note-quote-accepted = Quote accepted. Payment due by { $due_date } (2.6).
note-quote-declined = Quote declined: the device goes back unrepaired.
note-paid = Paid { $paid_amount } ({ $method }): the repair can start.
note-part-paid = Part payment { $paid_amount } ({ $method }); { $due_amount } still due.
note-repaired = Repaired.
note-repaired-replaced = Repaired: replaced by unit { $serial }.
note-expired = No parcel arrived by { $closes_date }: the application expired; the customer must apply again.
note-payment-overdue = Payment not received by { $due_date }: the device goes back unrepaired.
note-unanswered-quote = No answer to the quote by { $due_date }: the device goes back unrepaired.
note-unanswered-proof = No answer to the request for proof by { $due_date }: the device goes back unrepaired.
note-resolved-remotely = Resolved remotely: { $text }
note-shipped-back = Shipped back with { $carrier }, tracking { $tracking }, freight prepaid by the service center.
note-collected = Collected at the counter.
note-collected-id-checked = Collected at the counter, ID checked.
note-password-removed = The password note was removed (3.2, 3.7).
note-personal-data-removed = The customer's personal data was removed: the case closed more than { $months } months ago (retention setting).
note-parcel-refuse = Refuse the parcel: it was sent cash on delivery or freight collect, and the sender pays the freight to the service center.
note-parcel-reject-damaged = Reject the parcel: the package is damaged. The customer takes it up with the carrier.
note-parcel-reject-soaked = Reject the parcel: the package is soaked in liquid. The customer takes it up with the carrier.
note-parcel-reject-damaged-soaked = Reject the parcel: the package is damaged and soaked. The customer takes it up with the carrier.
note-parcel-unsolicited = Accept as unsolicited: there is no open application, so the center takes no responsibility for losses or risks, and a new application is needed.
note-parcel-accept = Accept the parcel: it belongs to an open application.
note-packaging-inadequate = Packaging was not adequate: transport damage caused by it is repaired at the customer's cost. (3.4)
note-application-had-expired = The application had expired (no parcel within 15 days): the customer must apply again. (4.2)
note-parcel-for-expired = The parcel came for application { $expired_case }, which had expired.
note-serial-changed = The device's serial { $found } differs from the application's { $applied }: the case now carries { $found } (2.4).
note-warranty-decided-first = Warranty decided again: not decided → { $after_verdict }{ $after_invoice ->
        [valid] { ", invoice valid" }
        [not_valid] { ", invoice not valid" }
       *[unknown] { "" }
    }.
note-warranty-not-decided = Warranty unchanged: not decided.
note-warranty-unchanged = Warranty unchanged: { $after_verdict }{ $after_invoice ->
        [valid] { ", invoice valid" }
        [not_valid] { ", invoice not valid" }
       *[unknown] { "" }
    }.
note-warranty-decided-again = Warranty decided again: { $before_verdict }{ $before_invoice ->
        [valid] { ", invoice valid" }
        [not_valid] { ", invoice not valid" }
       *[unknown] { "" }
    } → { $after_verdict }{ $after_invoice ->
        [valid] { ", invoice valid" }
        [not_valid] { ", invoice not valid" }
       *[unknown] { "" }
    }.

## A case's customer messages (src/domain/mail/record.rs, docs/rules.md §11).
note-message-sent = { $moment } e-mailed to { $to } (Message-ID { $message_id }).
note-message-drafted = { $moment } to { $to } handed to the desk's mail program as a draft (Message-ID { $message_id }).
note-notice-set = Payment notice date { $notice_date }: payment due by { $due_date } (2.6).
note-messages-off = No messages: the customer asked to be sent none.
note-messages-on = Messages again: the customer asked to be written to.
