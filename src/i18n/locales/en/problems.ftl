### problems: what is wrong with what a person typed or asked for (docs/rules.md §13).
### A problem is `problem-<code>`; a field's name is `field-<name>`.

problem-of-field = { $field }: { $problem }

## The window's store
problem-store-closed = the case store is closed after a failed restore: close fixdesk and open it again
problem-restored-not-reopened = the backup was restored, but the database could not be opened again ({ $problem }); close fixdesk and open it again
problem-not-restored-not-reopened = the backup was not restored, and the database could not be opened again ({ $problem }); close fixdesk and open it again

## Said as it came: an operating system's, a parser's or a server's own words
problem-detail = { $detail }
problem-not-json = not valid JSON ({ $detail })

## A field's value (the domain's checks)
problem-missing = missing (required)
problem-say-who = say who is doing this
problem-say-who-imports = say who is importing
problem-cause-needed = choose the cause found at inspection (1.3)
problem-more-than-zero = must be more than zero
problem-say-how-resolved = say how it was resolved
problem-missing-collected-by = missing (required): who collected the device
problem-missing-return-address = missing (required): the device goes back to the sender's address
problem-missing-sender-name = missing (required): write the sender's name from the parcel
problem-months-range = must be from 0 to { $max }
problem-phone-few-digits = '{ $phone }' has fewer than 6 digits
problem-not-an-email = '{ $email }' is not an e-mail address
problem-after-claim-date = { $given_on } is after the claim date { $claim_on }
problem-before-quote-sent = { $given_on } is before the quote was sent ({ $earlier_on })
problem-before-application-date = { $given_on } is before the application date ({ $earlier_on })
problem-before-device-received = { $given_on } is before the day the device was received ({ $earlier_on })
problem-before-payment-notice = { $given_on } is before the payment notice ({ $earlier_on })
problem-currency-differs = the quote is in { $quote_currency }, not { $currency }
problem-replacement-serial-needed = a whole-unit replacement needs the new unit's serial (2.5)
problem-in-the-future = { $given_on } is in the future

problem-facts-not-an-object = must be a JSON object
problem-facts-invoice-not-an-object = must be an object or null
problem-not-empty = must not be empty
problem-must-be-bool = must be true or false, not { $value }
problem-facts-not-a-date = '{ $text }' is not a date in the form YYYY-MM-DD
problem-unknown-value = unknown value '{ $text }' (expected { $expected })
problem-facts-months = { $value } is not a whole number of months from 0 to { $max }
problem-facts-months-kind = must be a whole number of months, not { $value }

## A step the case's facts refuse
problem-no-claim-date = the case has no claim date to decide on
problem-unsolicited-opens-case = a parcel without an open application opens a new case
problem-no-quote-to-accept = no quote has been sent to accept (2.2)
problem-no-quote-to-decline = no quote has been sent to decline (2.2)
problem-no-quote-to-pay = there is no quote to pay
problem-application-closed = the application closed on { $closed_on } (4.2): expire it and take the parcel in as unsolicited (4.3)
problem-only-paid-quoted = only a paid repair is quoted (2.2): the warranty decision is not 'paid'
problem-application-no-date = the application has no date
problem-application-open-until = the application is open until { $open_until } (4.2)
problem-no-notice-date = no payment notice date is recorded
problem-payment-not-overdue = payment is due by { $due_on } (2.6): not overdue yet
problem-no-request-recorded = no request to the customer is recorded
problem-answer-not-due = the customer may answer until { $due_on } (2.3)
problem-messages-already-off = the customer already asked for no messages
problem-messages-already-on = messages to this customer are already on
problem-application-still-open = this application is still open: receive the parcel on it instead
problem-no-reminder-due = no “{ $moment }” message is due while the case is “{ $state }”

## Dates, months, money and quotes as typed
problem-date-empty = no date given: write one like 01.03.2026 or 2026-03-01
problem-date-not-a-date = '{ $text }' is not a date: write one like 01.03.2026 or 2026-03-01
problem-date-short-year = { $text }: write the year with four digits, like 01.03.2026
problem-date-no-such-month = { $text }: there is no month { $month }
problem-date-day-zero = { $text }: there is no day 0
problem-date-no-such-day = { $text }: { $month_name } has no { $day_ordinal }
problem-date-not-leap-year = { $text }: { $year } is not a leap year, so February has no 29th
problem-month-out-of-range = month { $month }: must be from 1 to 12
problem-year-out-of-range = year { $year }: must be from 1 to 9999
problem-month-not-a-month = '{ $text }' is not a month: write it like 2026-03
problem-money-currency = '{ $code }' is not a currency code: use three letters such as EUR, GBP or USD
problem-money-not-an-amount = '{ $text }' is not an amount: write it like 12.50
problem-money-precision = '{ $text }' has more than { $digits } decimal places for { $currency }
problem-money-too-large = '{ $text }' is too large an amount
problem-money-mixed = cannot add { $first } to { $second }: different currencies
problem-quote-empty = a quote needs at least one line
problem-quote-no-description = line { $line }: description: must not be empty
problem-quote-negative = line { $line }: amount: must not be negative
problem-quote-line-amount = line { $line }: amount:

## The import file
problem-import-not-utf8 = it is not UTF-8 text; save it as UTF-8 (CSV or JSON)
problem-import-twice = '{ $id }' appears twice in the file (also line { $first })
problem-import-field-count = has { $count } fields where the header has { $expected }
problem-import-unknown-column = unknown column (expected { $expected }, and optionally { $optional })
problem-import-column-twice = column appears twice
problem-import-column-missing = column missing
problem-import-not-an-array = must be a JSON array of objects
problem-import-array-not-closed = the array is not closed
problem-import-expected-comma = expected ',' or ']' between objects
problem-import-unknown-field = unknown field
problem-must-be-text = must be text, not { $value }
problem-must-be-object = must be an object, not { $value }
problem-import-not-a-date = '{ $text }' is not a date (write YYYY-MM-DD)
problem-import-not-a-channel = '{ $text }' is not one of authorized, unauthorized, unknown
problem-import-not-yes-no = '{ $text }' is not yes or no
problem-import-not-a-language = '{ $text }' is not a language fixdesk speaks (write { $known })
problem-import-row = line { $line }: { $problem }
problem-import-unreadable = cannot read { $path }: { $problem }

## The store
problem-case-number-first = scan or type the case number first
problem-application-on-file = this application is already on file
problem-not-a-day = is not a day
problem-customer-needed = give the customer's phone, e-mail or name
problem-plain-file-name = give a plain file name, without folders
problem-message-not-in-outbox = message { $id } is not in the outbox or is being sent now: refresh the list
problem-message-sent-already = message { $id } was sent or is being sent now: refresh the list
problem-policy-months = { $months } months: must be from 1 to { $max }
problem-policy-model-no-name = a model has no name
problem-policy-component-no-name = a component has no name
problem-policy-listed-twice = listed twice (also as '{ $other }')
problem-policy-not-on-file = this warranty policy is not on file: save it in the settings first
problem-migrate-from-sqlite = the cases to move must be a data folder's SQLite file
problem-migrate-to-server = name the center's PostgreSQL server (postgresql://USER@HOST/DATABASE)

## Staff accounts
problem-give-your-name = give your name
problem-name-needed = give the person's name
problem-name-too-long = a name has at most { $max } characters
problem-name-control-characters = a name has no control characters
problem-password-too-short = a password has at least { $min } characters
problem-pin-digits = a PIN is { $min } to { $max } digits
problem-secret-not-hashed = could not be hashed ({ $detail })
problem-roles-needed = give at least one role: clerk, inspector, dispatcher, manager
problem-first-is-manager = the first account is the manager's: give it the manager role (the manager then adds the others)
problem-already-on-staff = { $name } is already on the staff: choose another name, or change that account
problem-nobody-called = nobody called { $name } is on the staff: check the name (`fixdesk staff list`)
problem-not-on-staff = { $name } is not on the staff: check the name
problem-only-manager-role = { $name } is the only active manager: make someone else a manager before you take the manager role from them
problem-only-manager-disable = { $name } is the only active manager: make someone else a manager before you disable them

## Backups
problem-backup-no-file = { $path } does not exist or is not a file: check the name
problem-backup-path-not-plain = { $path } is not a path SQLite can write to: choose a name in plain characters
problem-backup-closed = the backup file is already closed
problem-backup-mismatch = the backup did not match the server ({ $detail }), so no file was written: report this problem

## The center's server
problem-host-missing = missing: the server's name or address
problem-host-spaces = a host name has no spaces
problem-port-range = must be 1 to 65535 (PostgreSQL's usual is 5432)
problem-database-missing = missing: the database's name
problem-user-missing = missing: the login of this desk
problem-server-address = the center's server address is not understood: write it as postgresql://USER@HOST:PORT/DATABASE or host=HOST port=PORT user=USER dbname=DATABASE
problem-server-file-unreadable = { $path } cannot be read ({ $detail }): connect to the server again from the welcome panel, or remove the file to use this desk's own database
problem-server-place = database "{ $database }" on { $host }:{ $port }:
problem-server-password = the center's server refused the password: check the user name and password in the connection settings
problem-server-user-not-let-in = the center's server does not let this user in from this desk: check the user name, or ask whoever runs the server to allow it
problem-server-no-database = the center's server has no database of that name: check the database name in the connection settings
problem-server-saved-at-once = another desk saved at the same moment and nothing was saved here: try again
problem-server-case-held = another desk holds this case (or is in the middle of a save): wait a moment and try again
problem-server-save-cancelled = the save waited too long and the server cancelled it: try again
problem-server-not-permitted = the login of this desk may not do this on the center's server: ask whoever runs the server
problem-server-busy = the center's server is shutting down, starting or full: wait a moment and try again
problem-server-tls-failed = the secure connection to the center's server failed: check the TLS setting (sslmode), that the server's certificate is valid for its name, and name the authority that signed it with sslrootcert=FILE
problem-server-unreachable = the center's server cannot be reached: check the network and that the server is running, then try again
problem-server-ca-file = the certificate authority file { $path } cannot be used ({ $detail }): check sslrootcert in the connection settings
problem-server-tls-setup = TLS could not be set up on this desk ({ $detail })
problem-server-connection-closed = the connection to the server was closed
problem-server-foreign-tables = database "{ $database }" on { $host }:{ $port } holds another program's tables, not fixdesk's: give fixdesk an empty database of its own, or the one it created
problem-server-foreign-mark = database "{ $database }" on { $host }:{ $port } is marked as another program's database, not fixdesk's: give fixdesk an empty database of its own
problem-server-damaged-mark = database "{ $database }" on { $host }:{ $port } has a damaged fixdesk_schema table (more than one row): ask whoever runs the server to restore a backup
problem-server-too-new = database "{ $database }" on { $host }:{ $port } was written by a newer fixdesk (database version { $found }, this one knows up to { $known }): install the newer fixdesk on this desk
problem-server-owner-needed = database "{ $database }" on { $host }:{ $port } needs upgrading to this fixdesk's version, which only the database's owner may do: start fixdesk once with the owner's login (e.g. `fixdesk --database "…user=OWNER" check`), then the desks again

## Fields, by the name the program writes (an import's column, a step's JSON key)
field-name = name
field-phone = phone
field-email = email
field-address = address
field-return-address = return_address
field-model = model
field-serial = serial
field-fault = fault
field-application-id = application_id
field-applied-on = applied_on
field-received-on = received_on
field-purchase-channel = purchase_channel
field-invoice-date = invoice_date
field-keep-parts = keep_parts
field-language = language
field-delivery-date = delivery_date
field-shipment-date = shipment_date
field-claim-date = claim_date
field-contract-months = contract_months
field-header = header
field-row = row
field-file = file
field-actor = actor
field-cause = cause
field-quote = quote
field-amount = amount
field-currency = currency
field-note = note
field-carrier = carrier
field-tracking = tracking
field-collected-by = collected_by
field-notice-on = notice_on
field-paid-on = paid_on
field-today = today
field-replacement-serial = replacement_serial
field-client-id = client_id
field-customer = customer
field-case = case
field-step = step
field-message = message
field-photo = photo
field-settings = settings
field-policy = policy
field-policy-default-unit-months = policy.default_unit_months
field-server = server
field-secret = secret
field-password = password
field-pin = pin
field-roles = roles
field-handback = handback
field-migrate = migrate
field-default-unit-months = default_unit_months
field-models = models

## The center's server (the connection panel)
field-host = host
field-port = port
field-database = database
field-user = user

## The e-mail settings (Settings → Customer e-mail, fixdesk settings set mail.…)
problem-mail-server = the mail server's name, e.g. smtp.example.com
problem-mail-security = an unencrypted connection is allowed only to this computer: choose STARTTLS or TLS
problem-mail-port = a port number from 1 to 65535 (587 or 465 usually)
problem-mail-sender-address = the address customers see the mail come from
problem-mail-reply-to = an e-mail address, or empty for the sender's

## A warning, not a refusal: a business date after today
problem-after-today = { $what } { $given_on } is { $days } { $days ->
        [one] day
       *[other] days
    } after today ({ $today_on }): check it
