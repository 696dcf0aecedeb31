### documents: every word the printed papers say to a customer. One message a line:
### a line break inside a message would print as one.

## Shared by the documents.
# Variables: $day (2), $monthname (March), $month (3), $year (2026).
doc-date = { $day } { $monthname } { $year }
doc-stamp = { $date }, { $time } UTC
doc-tel = Tel. { $phone }
# The footer of every sheet; $n and $m are this page's number and the page count.
doc-footer = { $title } { $number }  ·  printed { $printed }  ·  page { $n } of { $m }
doc-printed = Printed { $when }
doc-case-number = CASE NUMBER
doc-not-given = (not given)
doc-badge-free = FREE REPAIR
doc-badge-paid = PAID REPAIR
doc-badge-needs-proof = PROOF NEEDED
doc-badge-ineligible = NOT ELIGIBLE
doc-meaning-free-provisional = No charge for warranty service (1.4). Final once the inspection has found the cause: man-made damage, force majeure, improper use (1.3) or poor packaging (3.4) are not covered.
doc-meaning-free = Free repair within the warranty: no charge (1.3, 1.4).
doc-meaning-paid = Not covered by the free warranty. We will send you a quote; nothing is repaired unless you accept and pay it (2.2). Payment is due within one month of the notice, or the device is returned unrepaired (2.6).
doc-meaning-needs-proof = We need proof before deciding: a valid invoice showing the model and serial number, or proof of purchase through a formal channel (2.3, 2.4). Without it we can quote a paid repair or return the device (2.3).
doc-meaning-ineligible = The service covers only products bought through formal channels (1.2): the device cannot be repaired here, free or paid, and is returned.
doc-decision-undecided-heading = WARRANTY DECISION (2.3, 2.4)
doc-decision-undecided = Not decided yet: the warranty status is decided at inspection, from the invoice and the device (2.3, 2.4). We will tell you the outcome.
doc-decision-heading = WARRANTY DECISION
doc-provisional = PROVISIONAL
doc-provisional-note = confirmed at inspection, once the cause is known (1.3)
doc-start-with-basis = { $date } ({ $basis })
doc-start-unknown = unknown (2.4)
doc-months = { $months } months
doc-unknown = unknown
doc-invoice-none = none presented
doc-invoice-valid = valid
doc-invoice-not-valid = not valid
doc-caption-warranty-starts = WARRANTY STARTS (2.4)
doc-caption-period = PERIOD
doc-caption-last-day = LAST COVERED DAY
doc-caption-invoice = INVOICE (2.4)
doc-why-caption = WHY — EACH STEP WITH THE CLAUSE OF THE SERVICE AGREEMENT IT RESTS ON
doc-signature-and-date = Signature and date
doc-customer = Customer
doc-customer-named = Customer: { $name }
doc-for-center = For { $center }
doc-caption-customer = CUSTOMER
doc-caption-phone = PHONE
doc-caption-email = E-MAIL
doc-caption-address = ADDRESS
doc-caption-return-address = RETURN ADDRESS
doc-caption-model = MODEL
doc-caption-serial = SERIAL NUMBER
doc-customer-and-device = CUSTOMER AND DEVICE
doc-device-received = Device received { $date }

## The intake receipt.
receipt-roll-title = INTAKE RECEIPT
receipt-received = Received { $date }, { $how }
receipt-how-walk-in = brought to the desk
receipt-how-mail-in = parcel on an online application
receipt-how-unsolicited = parcel without an application (4.3)
receipt-application-accepted = Application accepted { $date }
receipt-fault-heading = FAULT AS DESCRIBED BY THE CUSTOMER
receipt-channel-authorized = Authorized seller
receipt-channel-unauthorized = Not a formal channel (1.2)
receipt-channel-unknown = Not known yet (1.2)
receipt-caption-bought-through = BOUGHT THROUGH (1.2)
receipt-caption-applied-serial = SERIAL GIVEN IN THE APPLICATION
receipt-caption-contract = SERVICE CONTRACT (4.4)
receipt-invoice-none = None presented
receipt-invoice-dated = Presented, dated { $date }
receipt-invoice-undated = Presented, without a date
receipt-contract-months = { $months } months of cover
receipt-no-accessories = None: the device only
receipt-no-damage = No visible damage noted
receipt-handed-over = HANDED OVER
receipt-caption-accessories = ACCESSORIES RECEIVED (3.5)
receipt-caption-condition = CONDITION ON RECEIPT
receipt-caption-password = DEVICE PASSWORD (3.2)
receipt-password-cleared = Cleared by the customer
receipt-password-told = Told to the inspector (never printed)
receipt-password-could-not-clear = Could not be cleared (the customer told us)
receipt-unsolicited = This device was sent without an open repair application (4.3). The service center takes no responsibility for any loss or risk this causes you. A new repair application is needed before the repair can go ahead.
receipt-confirm-password-cleared = I have cleared the power-on password and other protection passwords, so the fault can be checked and repaired.
receipt-confirm-password-told = I could not remove the password and have told it to the service center, as the agreement asks.
receipt-confirm-password-could-not-clear = I could not clear the password and have told the service center; testing may be limited without it.
receipt-confirm-keep-parts = I asked, when applying, to keep replaced faulty parts. For a paid repair they come back in the same package as the device; after a free repair they belong to the manufacturer.
receipt-confirm-no-parts = I did not ask to keep replaced faulty parts: parts or units replaced in the repair belong to the manufacturer and are not sent back.
receipt-confirm-backup = My data, information and software are backed up. The service center is not responsible for data lost during testing and repair.
receipt-confirm-accuracy = The details on this receipt (name, phone, address, model, serial number) are accurate. The center is not responsible for the consequences of wrong details.
receipt-confirms-heading = THE CUSTOMER CONFIRMS

## The return label.
label-title = Return label { $number }
label-cut = ✂ Cut along the line and fix the label flat on the largest side of the parcel.
label-replacement-unit = { $model }: replacement unit, serial { $serial } (2.5)
label-device = { $model }, serial { $serial }
label-returned-unit = The replaced original unit, serial { $serial }, as the customer asked (2.5)
label-returned-parts = The replaced faulty parts, as the customer asked (2.5)
label-from = FROM
label-tel = Tel. { $phone }
label-ship-to = SHIP TO
label-case = CASE
label-banner = FREIGHT PREPAID BY THE SERVICE CENTER
label-no-cod = No cash on delivery · service agreement 2.1
label-contents = CONTENTS
# Between the contents when they run on in one paragraph (a space follows it).
label-list-separator = {"; "}
# Variables: $day (2), $month (3), $short (Mar), $year (2026).
label-date = { $day } { $short } { $year }
label-tracking = Tracking { $number }
label-tracking-unknown = Tracking: see the carrier's label

## The application confirmation (src/documents/confirmation.rs).
conf-greeting = Dear customer, your repair application was accepted on { $date }. Please send the device to us as described below. Keep this page: it has your case number.
conf-greeting-named = Dear { $name }, your repair application was accepted on { $date }. Please send the device to us as described below. Keep this page: it has your case number.
conf-your-case-number = YOUR CASE NUMBER
conf-write-on-parcel = Write it clearly on the outside of the parcel.
conf-send-by = PLEASE SEND THE DEVICE BY (4.2)
conf-send-by-note = Within { $days } days of the application.
conf-closes = APPLICATION CLOSES (4.2)
conf-closes-note = Not arrived by this day ({ $days } days after the application)? The application closes; you would need to apply again.
conf-device-line = { $model }, serial number { $serial }
conf-send-to = SEND THE PARCEL TO
conf-questions = Questions? Call { $phone }
conf-back-to = WE SEND IT BACK TO (3.3: CHECK IT IS RIGHT)
conf-the-device = THE DEVICE
conf-put-device = The faulty device only.
conf-put-packaging = Its original packaging if you still have it, with enough shock-proof padding (bubble wrap, foam) that it cannot move (3.4).
conf-put-note = A note or a printout of this page with the case number { $number }.
conf-put-list = If we agreed in advance that you send an accessory: a list of what you put in (3.5).
conf-out-peripherals = Chargers, cables, cases, memory cards and other peripherals, unless agreed with us in advance (3.5).
conf-out-loose = Anything loose or unpadded: damage in transport from poor packaging is repaired at your cost (3.4).
conf-out-cash = Cash, or a parcel sent cash on delivery or freight collect: such parcels are refused (2.1).
conf-box-heading = WHAT TO PUT IN THE BOX — AND WHAT NOT
conf-put-in = Put in
conf-keep-out = Do not put in
conf-write-number = Write the case number { $number } on the outside of the parcel: it matches the parcel to your application (4.3).
conf-backup = Back up your data, information and software. We are not responsible for data lost during testing and repair.
conf-passwords = Remove the power-on password and other protection passwords. If you cannot, tell us when you apply — do not put a written password in the box.
conf-freight = Send the parcel freight prepaid. We do not accept cash on delivery or freight collect. We pay the freight to send the device back to you.
conf-damaged = A parcel that arrives damaged or soaked is refused; you then settle it with the carrier. Pack well and keep the carrier's receipt.
conf-before-heading = BEFORE YOU SEND IT — TICK AS YOU GO

## The handover receipt (src/documents/handover.rs).
hand-roll-title = HANDOVER RECEIPT
hand-handed-back-on = Handed back at the counter on { $date }
hand-collected-by = Collected by
hand-collected-by-named = Collected by: { $name }
hand-for-center = For { $center }, at the desk
hand-caption-replacement = SERIAL OF THE REPLACEMENT UNIT (2.5)
hand-caption-replaces = REPLACES THE UNIT WITH SERIAL
hand-replaced-by-serial = Repaired: the unit was replaced by a new one, serial { $serial }.
hand-replaced = Repaired: the unit was replaced by a new one.
hand-repaired-by-software-update = Repaired by software update.
hand-repaired-by-part-replacement = Repaired by part replacement.
hand-repaired = Repaired.
hand-charge-paid = A paid repair, done after the quote was accepted and paid (2.2).
hand-charge-free = Free repair under the warranty: no charge (1.4).
hand-why-ineligible = the device was not bought through a formal channel, and the service covers only such products, free or paid
hand-why-declined = the quote for the paid repair was not accepted, so no work was done
hand-why-no-proof = the proof of purchase asked for was not provided, so the repair could not go ahead
hand-why-overdue = the repair was not paid within one month of the payment notice, so no work was done
hand-unrepaired = Returned unrepaired: { $why } ({ $clause }).
hand-handed-back = Handed back.
hand-what-was-done = WHAT WAS DONE
hand-no-accessories = No accessories were received with the device.
hand-unit-kept = The replaced original unit, serial { $serial }, belongs to the manufacturer and stays with the service center.
hand-parts-kept = The replaced faulty parts belong to the manufacturer and stay with the service center.
hand-password-deleted = The device password you told us is deleted from our records now that the device is handed back. We recommend setting a new one.
hand-handed-back-heading = HANDED BACK — TICK EACH ITEM AS YOU CHECK IT
doc-payments-heading = PAYMENTS RECEIVED (2.6)
hand-no-charge-free = None: a free repair under the warranty, at no charge.
hand-no-charge = None: nothing was charged.
doc-col-paid-on = Paid on
doc-col-method = Method
doc-col-amount = Amount
hand-total-received = Total received
hand-id-checked = Yes, ID checked
hand-id-not-checked = No, ID not checked
hand-collected-heading = COLLECTED BY
hand-caption-name = NAME
hand-caption-id = ID CHECKED
hand-caption-handed-back = HANDED BACK
hand-signing = By signing, the collector confirms receiving the device and the items ticked above, in the condition seen at the counter.

## The payment receipt (src/documents/payment_receipt.rs).
pay-received-on = Payment received { $date }
pay-received-for = Received for { $center }
pay-caption-amount = AMOUNT RECEIVED
pay-thanks = Received with thanks on { $date }.
pay-thanks-from = Received with thanks from { $name } on { $date }.
pay-thanks-by = Received with thanks on { $date } by { $method }.
pay-thanks-from-by = Received with thanks from { $name } on { $date } by { $method }.
pay-caption-from = RECEIVED FROM
pay-caption-device = DEVICE
pay-quote-of = Paid repair, quote of { $date }
pay-as-quoted = Paid repair, as quoted
pay-paid-repair = Paid repair
pay-caption-for = FOR (2.2)
pay-caption-notice = PAYMENT NOTICE (2.6)
pay-by-and-for = PAID BY AND FOR
pay-quote-total = Quote total (2.2)
pay-total-paid = Total paid
pay-over = Paid beyond the quote, to refund
pay-still-due = Still due
pay-in-full = Paid in full
pay-done = Paid in full: the repair as quoted is paid for.
pay-goes-ahead = Paid in full: the repair goes ahead as quoted, and we let you know when the device is ready.
pay-due-by = Still to pay: { $due }, by { $by } — one calendar month after the payment notice of { $notice }. If it has not been paid by then, the device is returned unrepaired. The repair starts once the quote is paid in full.
pay-due-within = Still to pay: { $due }, within one calendar month of the payment notice; if it has not been paid by then, the device is returned unrepaired. The repair starts once the quote is paid in full.
pay-due-rule = Payment for a paid repair is due within one calendar month of the payment notice; if it has not been paid by then, the device is returned unrepaired.
pay-refund = { $over } was paid beyond the quote's total: the desk refunds it.
pay-freight = The return freight is prepaid by the service center, with no cash on delivery.
pay-keep = Keep this receipt: it shows the case number and what you have paid.
pay-next = WHAT HAPPENS NEXT

## The quote (src/documents/quote.rs).
quote-line = Quote of { $date }
quote-line-received = Quote of { $date }  ·  device received { $received }
quote-greeting = Dear customer, here is our quote for the paid repair of your device (2.2).
quote-greeting-named = Dear { $name }, here is our quote for the paid repair of your device (2.2).
quote-accept = I accept this quote of { $total } and ask for the repair to go ahead. I will pay within one calendar month of the payment notice (2.6).
quote-caption-cause-packaging = CAUSE (3.4)
quote-caption-cause = CAUSE (1.3)
quote-found = WHAT THE INSPECTION FOUND
quote-caption-component = FAILED COMPONENT
quote-caption-method = REPAIR METHOD (2.5)
quote-caption-notes = NOTES
quote-why-not-free = WHY THE REPAIR IS NOT FREE
quote-decision-on-file = The warranty decision on file is “{ $verdict }”: the quote applies only if the repair is confirmed as paid (2.2, 2.3).
quote-undecided = The warranty status is decided at inspection, from the invoice and the device (2.3, 2.4).
quote-kind-part = Part
quote-kind-labour = Labour
quote-heading = THE QUOTE: PARTS AND LABOUR (2.2)
quote-col-kind = Kind
quote-col-description = Description
quote-col-amount = Amount ({ $currency })
quote-parts = Parts
quote-labour = Labour
quote-total = Total to pay
quote-acceptance = We do no work on the device before you accept this quote of { $total }. If you do not accept it, we send the device back unrepaired.
quote-payment-notice = Payment notice of { $notice }: please pay by { $due }. If the payment has not been made by then, the device is returned unrepaired.
quote-payment-rule = Once you accept, we send you a payment notice with the amount due. Payment is due within one calendar month of that notice; if it has not been paid by then, the device is returned unrepaired.
quote-answer-by = Please answer by { $date }. Without an answer by then, the device is returned unrepaired.
quote-freight-mail-in = We send the device back at our cost: the return freight is prepaid by the service center, with no cash on delivery.
quote-freight-walk-in = Collect the device at the desk, or ask us to send it: the return freight is prepaid by the service center, with no cash on delivery.
quote-terms = TERMS OF THIS QUOTE
quote-software-no-parts = A software update replaces no parts. (Replaced faulty parts come back to you only if you asked for that when applying.)
quote-what-unit = the replaced original unit
quote-what-parts = the replaced faulty parts
quote-parts-back = You asked, when applying, to keep replaced faulty parts: { $what } will be sent back to you in the same package as the device.
quote-parts-kept = You did not ask, when applying, to keep replaced faulty parts: { $what } will belong to the manufacturer and are not sent back. We keep no spare parts for paid repairs.

## The device sticker (src/documents/sticker.rs).
sticker-title = Device sticker { $number }
sticker-in = In { $day } { $short } { $year }

## The personal-data export a customer asks for (3.7).
pd-title = Personal data held
pd-intro = Everything { $center } holds on the customer found by { $asked }, as asked under 3.7 of the service agreement: { $count } cases. Exported by { $by } on { $at }.
pd-case = CASE { $number } — { $state }
pd-customer = Customer: { $value }
pd-phone = Phone: { $value }
pd-email = E-mail: { $value }
pd-address = Address: { $value }
pd-return-address = Return address: { $value }
pd-device = Device: { $model }, serial { $serial }
pd-fault = Fault: { $value }
pd-handed-back = Handed back: { $value }
pd-shipped = shipped by { $carrier }, tracking { $tracking }
pd-collected = collected by { $by }
pd-collected-checked = collected by { $by }, ID checked
pd-paid = Paid { $amount } on { $date } ({ $method })
pd-printed = Printed: { $document } on { $at } by { $by }
pd-photos = Photos kept: { $list }
pd-history = History
pd-at-desk = at { $desk }

## What changed since a printing (src/documents/printing.rs): the facts a printing keeps,
## by the name the record stores.
printing-change = { $what }: { $old } → { $new }
printing-change-separator = {"; "}
printing-yes = yes
printing-no = no
printing-fact-customer = customer
printing-fact-phone = phone
printing-fact-e-mail = e-mail
printing-fact-address = address
printing-fact-model = model
printing-fact-serial = serial
printing-fact-decision = decision
printing-fact-center-address = center address
printing-fact-sender = sender
printing-fact-recipient = recipient
printing-fact-tracking = tracking
printing-fact-total = total
printing-fact-collector = collector
printing-fact-id-checked = ID checked
printing-fact-paid = paid
printing-fact-surname = surname
printing-fact-date-in = date in
printing-fact-payments = payments
printing-fact-still-due = still due
printing-again-same = printed again, as on { $at }
printing-again-no-facts = printed again; the printing of { $at } kept no facts to compare

## Why a document cannot be drawn (src/documents: PrintError, DocumentError, FontError,
## BarcodeError `say`). The English is each error's own sentence; details from the
## font library, the PDF writer or the barcode encoder are given as they came.
doc-error-no-return-address = case { $number } has no address to send the device back to: add the customer's address (or a return address) first
doc-error-not-an-application = case { $number } has no accepted online application (walk-in, or no application date): there is nothing to confirm
doc-error-no-quote = case { $number } has no quote yet: write the quote's parts and labour lines first
doc-error-bad-quote = the quote of case { $number } cannot be printed: { $problem }
doc-error-quote-empty = a quote needs at least one line
doc-error-quote-no-description = line { $line }: description: must not be empty
doc-error-quote-negative = line { $line }: amount: must not be negative
doc-error-quote-money = line { $line }: amount: { $problem }
doc-error-no-sender-name = the return label has no sender: the center's name is empty. Set it in Settings → The center → Center name
doc-error-no-sender-address = the return label has no sender: the center's address is empty. Set it in Settings → The center → Address
doc-error-no-payment = case { $number } has no payment recorded: record the payment first, then print its receipt
doc-error-not-collected = case { $number } has no hand-back at the counter recorded: record who collects the device and whether their ID was checked, then print the handover receipt
doc-error-barcode = the case number cannot be printed as a barcode: { $problem }
doc-error-off-page = page { $page }: { $what } does not fit on the paper
doc-error-cell-count = table row { $row } has { $got } cells but the table has { $expected } columns
doc-error-pdf = the PDF could not be written: { $detail }
doc-error-font-read = could not read the { $face } font: { $reason }
doc-error-font-subset = could not subset the { $face } font: { $reason }
doc-error-no-cjk-font = the document has Chinese text ({ $sample }) but no Chinese font was found ({ $searched }): install the fonts-noto-cjk package (on Debian or Ubuntu: apt install fonts-noto-cjk), or set { $env } to a folder holding NotoSansCJK-Regular.ttc and NotoSansCJK-Bold.ttc
doc-error-barcode-empty = a barcode needs some text to encode
doc-error-barcode-unsupported = { $ch } cannot be put in a Code 128 barcode: only printable ASCII can
doc-error-barcode-code128 = the Code 128 encoder rejected { $data }: { $reason }
doc-error-barcode-qr = the text cannot be put in a QR code: { $reason }

## Why the print system did not take a job (src/print: PrintError `say`). What CUPS said
## is given as it came.
print-error-no-print-system = this computer has no CUPS printing commands (lp, lpstat): install CUPS (on Debian and Ubuntu: apt install cups-client), or choose no printer to open documents in the PDF viewer
print-error-no-server = the print system does not answer: { $detail }
print-error-no-such-printer = there is no printer named "{ $printer }": choose one the system lists in Settings → Printers
print-error-stopped = the printer "{ $printer }" is stopped: start it again in the system's printer settings
print-error-stopped-because = the printer "{ $printer }" is stopped ({ $reason }): start it again in the system's printer settings
print-error-not-accepting = the printer "{ $printer }" does not accept jobs now
print-error-not-accepting-because = the printer "{ $printer }" does not accept jobs now ({ $reason })
print-error-needs-attention = the printer "{ $printer }" reports { $alerts }: see to the printer, then print again
print-error-refused = the printer "{ $printer }" refused the job: { $message }

## A printer as the system lists it (src/print: Printer::summary_in).
print-state-ready = ready
print-state-printing = printing
print-state-stopped = stopped
print-state-stopped-because = stopped: { $reason }
print-system-default = the system's default
## A printer's line: "fixdesk-pdf (test printer) — ready (low toner) — the system's default"
print-line = { $printer }{ $description } — { $state }{ $alerts }{ $default }
print-line-description = {" "}({ $description })
print-line-alerts = {" "}({ $alerts })
print-line-default = {" "}— { $default }
