### store: the store's errors, each one sentence saying what to do.

store-no-data-dir = no data folder could be found for this user: pass --data-dir DIR or set FIXDESK_DATA_DIR
store-io = cannot use { $path }: { $problem }; check that the folder exists and that you may write to it
store-locked = the data folder { $path } is in use by another copy of fixdesk: close it (or wait for it to finish) and try again
store-not-fixdesk = { $path } is not a fixdesk database: choose the data folder fixdesk created, or move that file away
store-too-new = { $path } was written by a newer fixdesk (database version { $found }, this one knows up to { $known }): install the newer fixdesk to open it
store-damaged = { $path } is damaged ({ $detail }): restore a backup with `fixdesk restore FILE`
store-migration = the database could not be upgraded ({ $detail }): restore a backup or report this problem
store-database = the database failed ({ $detail }): run `fixdesk check`, and restore a backup if it reports damage
store-not-found = there is no { -case } { $number }: check the number
store-transition = { -case } { $number } cannot move from “{ $from }” to “{ $to }”: the agreement does not allow that step
store-refused = { -case } { $number }: { $reason }
store-changed-elsewhere = { -case } { $number } was changed at another desk by { $actor } at { $time } on { $date } ({ $what }): it is shown again as it is now; check it and do the step again if it still applies
store-changed-elsewhere-desk = { -case } { $number } was changed at another desk by { $actor } (desk { $desk }) at { $time } on { $date } ({ $what }): it is shown again as it is now; check it and do the step again if it still applies
store-what-clause = { $what } ({ $clause })
store-duplicate-application = online application { $application } is already { -case } { $number }: open that { -case } instead
store-corrupt = stored data of { $what } cannot be read ({ $detail }): run `fixdesk check` and restore a backup
store-real-cases = this database holds { $count } real cases: demo data goes only into a database without them (use --force to add it anyway)
store-sign-in-required = sign in first: this center's database has staff accounts (on the command line: --user NAME, with the secret from FIXDESK_PASSWORD or the prompt)
store-not-allowed = { $person } ({ $roles }) may not { $action }: that needs the role { $needs }; ask a manager
store-sign-in-wrong = that name or secret is wrong: try again{ $left ->
        [0] {""}
        [one] {" "}(1 more before the name has to wait)
       *[other] {" "}({ $left } more before the name has to wait)
    }
store-sign-in-waits-seconds = too many wrong secrets for this name: try again in { $seconds } seconds, or ask a manager to reset the secret
store-sign-in-waits-minutes = too many wrong secrets for this name: try again in { $minutes } minutes, or ask a manager to reset the secret
store-sign-in-disabled = { $person }'s account is disabled: ask a manager

## fixdesk migrate: a desk's data folder moved to the center's server
store-migrate-not-empty = { $place } already holds { $cases } cases and { $events } events: a desk moves only into an empty fixdesk database, so create a new database for it (or name the right one)
store-migrate-damaged-source = the data folder's history is damaged ({ $problem }): nothing was copied; run `fixdesk check` and restore a backup before moving the desk
store-migrate-mismatch = the copy on { $place } did not match the data folder ({ $detail }), so nothing was kept on the server: report this problem

## Who may do what ("Carl (clerk) may not change the warranty policy: that needs a manager")
store-or = {" "}or{" "}
action-step = take the step “{ $step }”
action-intake = open a case (intake)
action-import = import applications
action-print = print documents
action-own-secret = change their own secret
action-policy = change the warranty policy
action-settings = change the center's settings
action-staff = manage staff accounts
action-backup = make a backup
action-restore = restore a backup
action-retention = remove expired personal data
action-reports = see the reports
action-personal-data = export a customer's personal data
action-demo = add demo cases
