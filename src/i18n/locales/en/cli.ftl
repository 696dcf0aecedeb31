### cli: the command line's human-readable lines (its JSON and --help stay English).

## fixdesk retention
cli-retention-none = retention: 0 months (keep everything): nothing removed
cli-retention-done = retention: { $months } months: personal data removed from { $cases } cases closed before { $day }

## fixdesk import
cli-importing = importing: { $done } of { $total }
cli-imported = imported { $created } applications; { $on_file } already on file
cli-bad-rows = { $count ->
        [one] 1 bad row: nothing was imported; correct it and import the file again
       *[other] { $count } bad rows: nothing was imported; correct them and import the file again
    }

## fixdesk backup, restore
cli-backup-written = { $path } ({ $bytes } bytes)
cli-backup-files = photos and printed documents: { $path } (copy its photos/ and documents/ into the data folder after a restore)
cli-restored-aside = restored { $file }; the previous database is kept in { $aside }
cli-restored = restored { $file }

## fixdesk check
cli-integrity-ok = integrity: ok
cli-integrity-server = integrity: kept by the server (its checksums and write-ahead log)
cli-integrity-problems = integrity: { $count } problems
cli-history-ok = history: ok ({ $events } events verified)
cli-history-problems = history: { $count } problems in { $events } events
cli-history-event = event { $event }{ $case }: { $problem }
cli-check-failed = the database has problems: restore a backup (`fixdesk restore FILE`) or keep this one for inspection

## fixdesk demo
cli-demo-progress = demo: { $done } of { $total } cases
cli-demo-done = { $cases } demo cases, { $events } events

## fixdesk migrate
cli-migrate-progress = migrate: { $done } of { $total } { $what }
cli-migrate-missing = { $file } is no longer in the data folder: its row was copied without it
cli-migrate-missing-more = … and { $count } more files no longer in the data folder
cli-migrate-done = moved { $cases } cases, { $events } events, { $payments } payments, { $documents } documents ({ $document_files } files) and { $photos } photos ({ $photo_files } files) from { $from } to { $to }; the history verifies on the server
cli-migrate-next = point every desk at it: fixdesk --database URL, or the app's Settings > Where the cases are

## fixdesk search
cli-search-none = no case matches '{ $text }'

## fixdesk printers
cli-printers-offered = Printers this computer offers:
cli-printers-none = none: add one in the system's printer settings
cli-printers-unlisted = could not be listed: { $error }
cli-printers-chosen = Chosen for each document (Settings → Printers):
cli-printers-viewer = no printer: the PDF opens in the viewer
cli-printers-at-once = at once
cli-printers-ask-first = asks first
cli-printers-not-offered = {" "}— NOT OFFERED BY THIS COMPUTER
cli-printers-choice = { $printer }, { $paper }, { $copies ->
    [one] { $copies } copy
   *[other] { $copies } copies
}, { $when }{ $missing }
cli-printers-document = { $kind ->
    [receipt] intake receipt
    [confirmation] application confirmation
    [label] return label
    [quote] quote
    [handover_receipt] handover receipt
    [payment_receipt] payment receipt
    [sticker] device sticker
   *[other] { $kind }
}
cli-printers-report = monthly report
cli-printers-sticker = device sticker size

## fixdesk staff (a secret's kind by its code: password, pin)
cli-staff-added = added { $name } ({ $roles }, { $kind })
cli-staff-enabled = { $name }: enabled
cli-staff-disabled = { $name }: disabled
cli-staff-reset = { $name }: new { $kind } set

## fixdesk mail, settings
cli-mail-sent = { $sent } sent, { $later } to try again later, { $failed } failed
cli-mail-not-all = not every message went out: see `fixdesk mail list --status failed --status queued`
cli-mail-test-sent = sent: { $reply }
cli-mail-reminder-off = { $number }: customer e-mail or this moment is switched off; nothing queued
cli-mail-on = customer e-mail is on, every moment with it (`fixdesk settings set mail.on false` switches it off)

## the documents' commands
cli-document-sent = sent to { $printer } as job { $job }

## fixdesk report
cli-report-empty = { $file }: no cases in { $month } — the report says so
cli-report-written = { $file }: { $month } — { $cases } cases opened, { $kb } KB
cli-document-stale = this { cli-printers-document } differs from its last printing: { $changed }
cli-personal-written = { $cases } cases written to { $file } and { $pdf }

## fixdesk printers: one printer the system offers (CUPS's own words as they come)

## Signing in, and a person's new secret (its kind by its code: password, pin). The
## prompts end without a space: the program adds the one to type after.
cli-prompt-secret = { $user }'s password or PIN:
cli-prompt-new-secret = { $name }'s new { $kind ->
    [pin] PIN
   *[other] password
}:
cli-prompt-secret-again = the same { $kind ->
    [pin] PIN
   *[other] password
} again:
cli-error-secret-unread = the secret could not be read: { $error }
cli-error-sign-in-secret = sign in as { $user }: give the secret in { $variable }, on the terminal, or on standard input
cli-error-new-secret-unread = the { $kind ->
    [pin] PIN
   *[other] password
} could not be read: { $error }
cli-error-secrets-differ = the two { $kind ->
    [pin] PINs
   *[other] passwords
} differ: nothing was changed; try again
cli-error-new-secret-missing = give the new { $kind ->
    [pin] PIN
   *[other] password
} on the terminal, or as a line on standard input
cli-error-secret-problem = { $kind ->
    [pin] PIN
   *[other] password
}: { $problem }

## The command line's errors (one sentence on standard error after "fixdesk: "). Where
## a sentence frames words not ours ($error, $problem: a parser's, the system's, another
## part's), those come as they are.
cli-error-about = { $what }: { $problem }
cli-error-not-a-language = '{ $text }' is not a language fixdesk speaks: use { $known }
cli-warning = warning: { $warning }
cli-error-unchanged = nothing was changed: { $error }
cli-error-data-folder-only = `fixdesk { $command }` works on a data folder's SQLite file; for the center's PostgreSQL server use the server's own tools (pg_dump, pg_restore), or leave out --database and FIXDESK_DATABASE
cli-error-migrate-database = `fixdesk migrate` copies the data folder's own file to the server named by --to: leave out --database and FIXDESK_DATABASE
cli-error-no-database = { $folder } holds no fixdesk database: name the desk's data folder with --data-dir
cli-error-stdin = standard input: { $error }
cli-error-stdin-unreadable = cannot read standard input: { $error }
cli-error-stdout = could not write to standard output: { $error }
cli-error-unreadable = cannot read { $file }: { $error }
cli-error-cannot-write = cannot write { $file }: { $error }
cli-error-cannot-write-check = cannot write { $file }: { $error }; check the folder
cli-error-file-unwritten = could not write { $file }: { $error }; check the folder exists and that you may write to it

## fixdesk step, show
cli-error-json-unreadable = --json: cannot read { $file }: { $error }
cli-error-not-json = input: not JSON ({ $error })
cli-error-notice-on = notice_on: the quote has not been e-mailed yet; give the day the customer was told the amount (YYYY-MM-DD)
cli-error-hand-back-how = hand_back: give carrier and tracking (shipped) or collected_by (counter)
cli-error-hand-back-both = collected_by: a device is either shipped (carrier, tracking) or collected, not both
cli-error-not-an-action = action: '{ $action }' is not an action; see `fixdesk step --help`
cli-error-no-input = input: { $action } takes no input; give {"{}"} or nothing
cli-error-open-new = case: `open` makes a new case: write `new` for CASE
cli-error-needs-case = case: { $action } needs a case number, not `new`
cli-error-not-a-case-number = case: '{ $text }' is not a case number (they look like SC-2026-000123)
cli-error-case-unwritten = could not write the case: { $error }

## the documents' commands (the document by its code, as the printers' list names it)
cli-list-separator = {", "}
cli-error-size = --size: the { cli-printers-document } is printed on { $sizes }
cli-error-case-number-like = '{ $text }' is not a case number: write it like SC-2026-000123
cli-error-not-drawn = the { cli-printers-document } could not be drawn: { $error }
cli-error-not-recorded = { $file } was written, but it could not be recorded on the case: { $error }
cli-error-not-printed = could not print: { $error }. The PDF is saved as { $file }

## fixdesk settings, mail
cli-error-server-url = { $url } is not a mail server URL: write smtp://host:port (STARTTLS) or smtps://host:port (TLS)
cli-error-server-port = { $port } is not a port: give a number from 1 to 65535
cli-error-server-host = { $url }: give the server's name, like smtp://mail.example.com:587
cli-error-server-plain = an unencrypted connection is allowed only to this computer, not { $host }: use smtp:// (STARTTLS) or smtps:// (TLS)
cli-error-settings-json = settings: { $error }
cli-error-unknown-setting = { $key } is not a setting: `fixdesk settings get` lists them (mail.server, mail.from, mail.secret, center.name, …)
cli-error-settings-secret-argument = the mail password is read from standard input, never an argument: echo it into `fixdesk settings set mail.secret`
cli-error-give-value = { $key }: give a value
cli-error-does-not-fit = { $key }: { $value } does not fit ({ $error })
cli-error-mail-case-number = { $text } is not a case number (like 2026-00012)
cli-error-mail-status = --status { $status }: one of queued, sending, sent, failed, to_phone, drafted
cli-error-mail-secret-argument = the password is read from standard input, never an argument: echo it into `fixdesk mail set secret`
cli-error-on-or-off = { $key }: on or off
cli-error-number-of-days = { $key }: a number of days
cli-error-not-a-mail-setting = { $key }: not a mail setting (on, server, user, from, from-name, reply-to, reminder-days, moment.NAME, secret)
cli-error-remind-which = { $which }: payment or closing
cli-error-mail-day = --on { $day }: a day as YYYY-MM-DD

## fixdesk events (a lost connection, on standard error)
cli-error-since = --since: an event id is 0 or more (the "id" of a line printed before)
cli-events-lost = { $error }; retrying (the events after { $last } follow once back)
cli-events-back = connected again to { $place }
cli-events-retrying = { $error }; retrying
cli-error-event-unwritten = an event could not be written: { $error }

## fixdesk warranty
cli-error-policy = policy { $file }: { $error }
cli-error-no-facts = give a FACTS.json file or --jsonl FILE
cli-error-decision-unwritten = could not write the decision: { $error }
cli-error-line-unreadable = line { $line }: cannot be read: { $error }
cli-error-line = line { $line }: { $error }
cli-error-output = cannot write the output: { $error }

## fixdesk report (--month)
cli-month-out-of-range = month { $month }: must be from 1 to 12
cli-month-year-out-of-range = year { $year }: must be from 1 to 9999
cli-month-format = '{ $text }' is not a month: write it like 2026-03
cli-error-report-not-drawn = the report could not be drawn: { $error }

## fixdesk due, personal-data
cli-error-due-unwritten = could not write the due items: { $error }
cli-error-personal-who = give the customer's --phone, --email or --name
cli-error-export-unwritten = the export could not be written: { $error }
cli-error-pdf-not-made = the PDF could not be made: { $error }
