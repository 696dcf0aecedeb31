### report: the monthly report's words, on paper and on the Reports screen's tiles.
### Captions are written here in capitals where the language has them.

## The month, days and dates
report-month = { $monthname } { $year }
report-date = { $day } { $monthname } { $year }
report-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
report-list-separator = {", "}

## The key-figure tiles (the PDF and the Reports screen)
report-tile-no-payments = No payments received
report-tile-payments = { $count ->
    [one] { $count } payment
   *[other] { $count } payments
}
report-tile-and-more = and { $amounts }
report-tile-as-of = as of { $date }
report-tile-owed = { $amounts } owed
report-tile-opened = Cases opened
report-tile-opened-caption = CASES OPENED
report-tile-opened-detail = { $walkin } walk-in · { $mailin } mail-in
report-tile-returned = Devices returned
report-tile-returned-caption = DEVICES RETURNED
report-tile-returned-detail = { $repaired } repaired · { $unrepaired } unrepaired
report-tile-turnaround = Turnaround, median
report-tile-turnaround-caption = TURNAROUND, MEDIAN
report-tile-turnaround-detail = 90 % within { $days }
report-tile-quotes = Quotes accepted
report-tile-quotes-caption = QUOTES ACCEPTED
report-tile-quotes-value = { $accepted } of { $sent }
report-tile-quotes-detail = { $declined } declined · { $unanswered } unanswered
report-tile-revenue = Paid-repair revenue
report-tile-revenue-caption = PAID-REPAIR REVENUE
report-tile-overdue = Overdue payments
report-tile-overdue-caption = OVERDUE PAYMENTS
report-tile-turned-away = Parcels turned away
report-tile-turned-away-caption = PARCELS TURNED AWAY
report-tile-turned-away-detail = { $refused } refused · { $rejected } rejected
report-tile-expired = Applications expired
report-tile-expired-caption = APPLICATIONS EXPIRED
report-tile-expired-detail = { $count } unsolicited parcels

## The monthly report's PDF (src/documents/monthly_report.rs)
report-pdf-title = Monthly report { $month } – { $center }
report-page = Page { $n } of { $m }
report-footer = Generated on { $date } by fixdesk  ·  No customer personal data (3.7)
report-running-head = { $center }  ·  Monthly report { $month }
report-title = Monthly report
report-caption-period = PERIOD
report-period = { $first } – { $last }
report-caption-as-of = OVERDUE JUDGED ON
report-caption-generated = GENERATED ON
report-nothing = No cases in { $month }: no case was opened, no parcel arrived, no quote was sent, no device went back, no payment was received and none was overdue. There are no figures to report for this month.
report-per-day = Cases opened per day
report-per-day-note = Walk-in devices and mail-in applications (and parcels without one), by the UTC date the case was opened.
report-no-case-opened = No case was opened in { $month }.
report-axis-cases = Cases
report-axis-day = Day of { $month }
report-mix = Verdict mix
report-mix-note = Shares of the { $decided } cases opened this month with a warranty verdict (1.2, 1.3, 2.2–2.4).
report-mix-note-undecided = Shares of the { $decided } cases opened this month with a warranty verdict (1.2, 1.3, 2.2–2.4); { $undecided } not yet decided { $undecided ->
    [one] is
   *[other] are
} left out.
report-no-verdict = No verdict was recorded on this month's cases.
report-legend = { $verdict }: { $count } ({ $share })

## The report's tables
report-col-channel = Channel
report-col-cases = Cases
report-col-share = Share
report-col-verdict = Verdict
report-col-clause = Clause
report-col-reason = Reason
report-col-parcels = Parcels
report-col-what = What
report-col-count = Count
report-col-devices = Devices
report-col-measure = Measure
report-col-value = Value
report-col-step = Step
report-col-currency = Currency
report-col-payments = Payments
report-col-amount = Amount
report-col-model = Model
report-col-component = Component
report-by-channel = Cases opened by channel
report-by-channel-note = 1.1: a device brought to the desk, or an online application followed by a parcel. Parcels that came without an application count as mail-in.
report-walk-in = Walk-in
report-mail-in = Mail-in
report-total-opened = Total cases opened
report-verdicts = Warranty verdicts of the cases opened
report-verdicts-note = The latest decision recorded on each case opened this month, confirmed at diagnosis where it has been made (1.3, 2.4). A free verdict is provisional until the cause is diagnosed.
report-free-provisional = Free repair ({ $provisional } provisional)
report-undecided = Not yet decided
report-turned-away = Parcels turned away at the door
report-turned-away-note = By the day the parcel arrived. Each parcel is counted under one reason.
report-refused-cod = Refused: cash on delivery or freight collect
report-rejected-damaged = Rejected: outer package damaged
report-rejected-soaked = Rejected: soaked in liquid
report-rejected-both = Rejected: damaged and soaked
report-rejected-other = Rejected: no reason recorded
report-total-turned-away = Total turned away
report-applications = Applications and unsolicited parcels
report-applications-expired = Applications expired: no parcel within 15 days
report-unsolicited-no-application = Unsolicited parcels taken in: no application
report-unsolicited-expired = Unsolicited parcels taken in: the application had expired
report-returned = Devices returned
report-returned-note = Shipped back or collected at the counter this month, by why the device went back.
report-returned-repaired = Repaired
report-returned-ineligible = Unrepaired: not eligible for service
report-returned-declined = Unrepaired: quote declined or not answered
report-returned-no-proof = Unrepaired: proof not given
report-returned-overdue = Unrepaired: payment overdue
report-returned-not-recorded = Unrepaired: reason not recorded
report-total-returned = Total returned ({ $unrepaired } unrepaired)
report-turnaround = Turnaround, received to returned
report-turnaround-note = Whole calendar days from the day the device was taken in to the day it went back, for the devices returned this month. Percentiles by nearest rank: the median is the day by which at least half had gone back, the 90th percentile the day by which at least 90 % had.
report-devices-measured = Devices measured
report-median = Median
report-p90 = 90th percentile
report-longest = Longest
report-quotes = Quotes and requests to customers
report-quotes-note = Cases with each step this month; a revised quote to the same case counts once.
report-quotes-sent = Quotes sent
report-quotes-accepted = Quotes accepted
report-quotes-declined = Quotes declined
report-quotes-unanswered = Quotes not answered in time
report-proofs-requested = Proof of purchase requested
report-revenue = Paid-repair revenue
report-revenue-note = Payments received this month, by the day paid, per currency; currencies are never added together.
report-no-payment = No payment was received in { $month }.
report-overdue = Overdue payments
report-overdue-note = 2.6: payment not made more than a month after the payment notice. Cases awaiting payment and overdue at the end of { $date }.
report-cases-overdue = Cases overdue
report-outstanding = Outstanding, { $currency }
report-sent-back-unpaid = Devices sent back unpaid in { $month }
report-top-note = Among the cases opened this month (at most { $top }); equal counts in alphabetical order.
report-top-models = Top models
report-top-components = Top faulty components
report-no-model = No model recorded.
report-no-component = No faulty component diagnosed yet.
