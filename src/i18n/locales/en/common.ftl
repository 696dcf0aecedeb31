### Words every part of fixdesk uses: the agreement's terms (the glossary, docs/glossary.md),
### the domain's names, and how dates, numbers and money are written.

## The glossary's terms. Other messages use them as { -free-repair } so a term is
## worded one way everywhere; docs/glossary.md is the reviewed table they follow.
-free-repair = free repair
-paid-repair = paid repair
-freight-collect = freight collect
-warranty = warranty
-warranty-period = warranty period
-proof-of-purchase = proof of purchase
-invoice = invoice
-service-center = service center
-application = application
-quote = quote
-force-majeure = force majeure
-man-made-damage = man-made damage
-authorized-seller = authorized seller
-return-label = return label
-intake-receipt = intake receipt
-handover-receipt = handover receipt
-payment-receipt = payment receipt
-case = case
-serial-number = serial number
-manufacturer = manufacturer

yes = yes
no = no
unknown = unknown
language-name = English

language-en = English
language-zh = Chinese (Simplified)

## How this language writes dates and numbers.
# Variables: $year (2026), $month (3), $month2 (03), $day (1), $day2 (01),
# $monthname (March), $weekday (Sunday).
date = { $day2 }.{ $month2 }.{ $year }
date-long = { $weekday } { $day } { $monthname } { $year }
date-day-month = { $day } { $monthname }
date-time = { $date } { $time }
number-group = ,
number-decimal = .
money = { $amount } { $currency }

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday

## A case's states (docs/rules.md §4).
state-applied = Applied
state-expired = Expired
state-received = Received
state-rejected = Rejected
state-awaiting-customer = Awaiting customer
state-awaiting-payment = Awaiting payment
state-in-repair = In repair
state-ready = Ready
state-to-return = To return
state-resolved-remotely = Resolved remotely
state-returned = Returned

## Warranty verdicts (docs/rules.md §3).
verdict-badge-free = FREE REPAIR
verdict-badge-paid = PAID REPAIR
verdict-badge-needs-proof = NEEDS PROOF
verdict-badge-ineligible = NOT ELIGIBLE
verdict-free = Free repair
verdict-paid = Paid repair
verdict-needs-proof = Needs proof
verdict-ineligible = Not eligible

## Causes of a fault (1.3, 3.4).
cause-unknown = not yet diagnosed
cause-manufacturing = material or manufacturing fault
cause-man-made = { -man-made-damage }
cause-force-majeure = { -force-majeure }
cause-improper-use = improper use
cause-improper-packaging = transport damage through improper packaging

## Repair methods (1.4).
method-software-update = Software update
method-part-replacement = Part replacement
method-unit-replacement = Whole-unit replacement

## Why a device went back.
return-reason-repaired = Repaired
return-reason-ineligible = Not eligible (1.2)
return-reason-quote-declined = Quote declined (2.2)
return-reason-proof-not-given = Proof not given (2.3)
return-reason-payment-overdue = Payment overdue (2.6)

## Documents the desk prints.
document-receipt = Intake receipt
document-confirmation = Application confirmation
document-label = Return label
document-quote = Quote
document-handover-receipt = Handover receipt
document-payment-receipt = Payment receipt
document-sticker = Device sticker

arrival-walk-in = Walk-in
arrival-mail-in = Mail-in

password-cleared = Passwords cleared by the customer
password-told-to-inspector = Password told to the inspector
password-could-not-clear = Password could not be cleared

channel-authorized = An { -authorized-seller }
channel-unauthorized = An unauthorized seller
channel-unknown = Not known

parcel-outcome-refuse = Refused at the door (2.1)
parcel-outcome-reject = Rejected: damaged or soaked (3.6)
parcel-outcome-accept-unsolicited = Accepted without an open application (4.3)
parcel-outcome-accept = Accepted

line-kind-parts = Parts
line-kind-labour = Labour

start-basis-invoice = invoice date
start-basis-delivery = delivery date
start-basis-shipment = shipment date

role-clerk = Clerk
role-inspector = Inspector
role-dispatcher = Dispatcher
role-manager = Manager

deadline-application-closes = Application closes (4.2)
deadline-answer-due = Answer due (2.3)
deadline-payment-due = Payment due (2.6)
