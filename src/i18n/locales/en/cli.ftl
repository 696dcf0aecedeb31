### cli: the command line's human-readable lines (its JSON and --help stay English).

## fixdesk retention
cli-retention-none = retention: 0 months (keep everything): nothing removed
cli-retention-done = retention: { $months } months: personal data removed from { $cases } cases closed before { $day }

## fixdesk import
cli-importing = importing: { $done } of { $total }
cli-imported = imported { $created } applications; { $on_file } already on file
cli-bad-rows = { $count } bad rows: nothing was imported; correct them and import the file again

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
