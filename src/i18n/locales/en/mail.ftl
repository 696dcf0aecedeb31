### Messages to customers (docs/rules.md §11): the default words of each moment, what
### each moment is, and what each field stands for. A manager's own wording, saved in
### Settings → E-mail, replaces a moment's words; the variables are the fields of the case.

mail-application-received-subject = Your repair application { $case_number }
mail-application-received-body =
    Dear { $customer_name },

    thank you for your repair application for your { $device } (serial { $serial }). Your case
    number is { $case_number }; please quote it whenever you contact us.

    Please send the device so that it reaches us by { $ship_by }; an application closes when
    no parcel has arrived by { $closes_on }. Pack it safely in sturdy packaging, include
    a copy of your proof of purchase and the attached confirmation, and do not send it
    cash on delivery: such parcels are refused.

    Kind regards,
    { $center_name }
    { $center_phone }

mail-parcel-received-subject = We have received your device ({ $case_number })
mail-parcel-received-body =
    Dear { $customer_name },

    your { $device } (serial { $serial }) arrived on { $received_on } and is now with our
    technicians under case { $case_number }. The receipt is attached.

    We will write to you again as soon as we know more.

    Kind regards,
    { $center_name }
    { $center_phone }

mail-parcel-refused-subject = Your parcel could not be accepted ({ $case_number })
mail-parcel-refused-body =
    Dear { $customer_name },

    we are sorry: the parcel with your { $device } for case { $case_number } could not be
    accepted.

    Reason: { $reason }

    If you have questions, please call us at { $center_phone } or answer this message.

    Kind regards,
    { $center_name }

mail-proof-needed-subject = Proof of purchase needed for case { $case_number }
mail-proof-needed-body =
    Dear { $customer_name },

    to decide whether the repair of your { $device } (serial { $serial }) is covered by the
    warranty, we need your proof of purchase (invoice or receipt showing the date and the
    seller).

    Please send it to us by { $answer_by }, by answering this message with a photo or scan.
    Without it we have to return the device unrepaired.

    Kind regards,
    { $center_name }
    { $center_phone }

mail-quote-subject = Quote for the repair of your { $device } ({ $case_number })
mail-quote-body =
    Dear { $customer_name },

    the repair of your { $device } is not covered by the warranty. The attached quote
    shows the work and its cost: { $quote_total }.

    Please let us know by { $answer_by } whether you accept the quote: simply answer this
    message with "I accept" or "I decline", or call us at { $center_phone }. If you
    decline or we do not hear from you, the device is returned unrepaired.

    Kind regards,
    { $center_name }

mail-payment-reminder-subject = Reminder: payment for case { $case_number } due by { $payment_due }
mail-payment-reminder-body =
    Dear { $customer_name },

    a friendly reminder: the payment of { $quote_total } for the repair of your { $device }
    (case { $case_number }) is due by { $payment_due }. If it has not reached us by then, we
    have to return the device unrepaired.

    If you have already paid, thank you, and please disregard this message.

    Kind regards,
    { $center_name }
    { $center_phone }

mail-ready-for-pickup-subject = Your { $device } is ready for pickup ({ $case_number })
mail-ready-for-pickup-body =
    Dear { $customer_name },

    your { $device } (case { $case_number }) is ready for pickup at our counter.

    Please bring this case number and an identity document.

    { $center_address }

    Kind regards,
    { $center_name }
    { $center_phone }

mail-shipped-subject = Your { $device } is on its way back ({ $case_number })
mail-shipped-body =
    Dear { $customer_name },

    your { $device } (case { $case_number }) left us today with { $carrier }.
    Tracking number: { $tracking }

    Kind regards,
    { $center_name }
    { $center_phone }

mail-application-closing-soon-subject = Your repair application { $case_number } closes on { $closes_on }
mail-application-closing-soon-body =
    Dear { $customer_name },

    we have not yet received the parcel for your repair application { $case_number }
    ({ $device }). The application closes on { $closes_on }; a parcel arriving later cannot be
    handled under it.

    If you have already sent the device, thank you, and please disregard this message.

    Kind regards,
    { $center_name }
    { $center_phone }

mail-application-closed-subject = Your repair application { $case_number } has closed
mail-application-closed-body =
    Dear { $customer_name },

    no parcel reached us within the time for your repair application { $case_number }
    ({ $device }), so it has now closed. If your device still needs repair, please apply
    again on our website.

    Kind regards,
    { $center_name }
    { $center_phone }

mail-moment-application-received = Application received
mail-moment-parcel-received = Parcel received
mail-moment-parcel-refused = Parcel refused or rejected
mail-moment-proof-needed = Proof of purchase needed
mail-moment-quote = Quote
mail-moment-payment-reminder = Payment reminder
mail-moment-ready-for-pickup = Ready for pickup
mail-moment-shipped = Shipped back
mail-moment-application-closing-soon = Application closing soon
mail-moment-application-closed = Application closed

mail-when-application-received = An online application is opened (4.2)
mail-when-parcel-received = A parcel is accepted at inspection
mail-when-parcel-refused = A parcel is refused (2.1) or rejected (3.6)
mail-when-proof-needed = Proof of purchase is asked for (2.3)
mail-when-quote = A quote is sent (2.2)
mail-when-payment-reminder = A person confirms the reminder on the due list (2.6)
mail-when-ready-for-pickup = A walk-in device is ready to collect
mail-when-shipped = The device is shipped back (2.1)
mail-when-application-closing-soon = A person confirms the reminder on the due list (4.2)
mail-when-application-closed = An application expires without a parcel (4.2)

mail-field-customer-name = the customer's name
mail-field-case-number = the case number
mail-field-device = the device's model
mail-field-serial = the device's serial number
mail-field-applied-on = the day of the online application
mail-field-ship-by = the day to ship the device by (4.2)
mail-field-closes-on = the last day a parcel can arrive (4.2)
mail-field-received-on = the day the device arrived
mail-field-reason = why the parcel was refused or rejected
mail-field-quote-total = the quote's total
mail-field-answer-by = the last day for the customer's answer (2.3)
mail-field-payment-due = the last day to pay (2.6)
mail-field-carrier = the carrier the device was shipped with
mail-field-tracking = the shipment's tracking number
mail-field-center-name = the center's name
mail-field-center-phone = the center's phone
mail-field-center-email = the center's e-mail
mail-field-center-address = the center's address

mail-no-address = no e-mail address on file: phone the customer instead

## Why mail did not go (src/mail: MailError, SendFailure `say`). What the mail server, the
## TLS library or the address parser said is given as it came.
mail-error-off = customer e-mail is switched off: turn it on in Settings → E-mail
mail-error-settings = e-mail settings: { $field }: { $problem }
mail-error-no-secret = this desk has no password for the mail server's login { $user }: enter it in Settings → E-mail on the desk that sends (or leave the login empty)
mail-error-not-an-address = { $address } is not an e-mail address ({ $detail })
mail-error-no-sender = set the sender address in Settings → Customer e-mail, or the center's e-mail
mail-error-tls-setup = the secure connection to { $host } could not be prepared ({ $detail }): check the server's name
mail-error-tls = the secure connection to { $server } failed ({ $detail }): check the security setting (STARTTLS on 587, TLS on 465) and the server's name
mail-error-login = the mail server refused the login ({ $detail }): check the user and password in Settings → E-mail
mail-error-refused = the mail server refused the message for good ({ $detail }): check the customer's e-mail address, then retry
mail-error-later = the mail server asked to try later ({ $detail }); it is tried again automatically
mail-error-timeout = the mail server { $server } did not answer in time; it is tried again automatically
mail-error-unreachable = the mail server { $server } cannot be reached ({ $detail }): check its name and port; it is tried again automatically
mail-error-bad-recipient = the customer's address { $address } is not valid ({ $detail }): correct it on the case
mail-error-compose = the message could not be put together ({ $detail })
mail-error-draw = the { $document } could not be drawn ({ $problem })
mail-error-no-case = case { $number } is no longer on file

## The e-mail settings by name, and what each must hold.
mail-field-server = server
mail-field-security = security
mail-field-port = port
mail-field-sender-address = sender address
mail-field-reply-to = reply-to
mail-field-test-address = test address

## "Send a test message" (Settings → E-mail), in the center's language.
mail-test-subject = Test message from { $center }
mail-test-body =
    This is a test message from fixdesk at { $center }.

    If you can read it, customer e-mail is set up correctly.
