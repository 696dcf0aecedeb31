### problems: what is wrong with what a person typed or asked for (docs/rules.md §13).
### A problem is `problem-<code>`; a field's name is `field-<name>`.

problem-of-field = { $field }: { $problem }

## The window's store
problem-store-closed = the case store is closed after a failed restore: close fixdesk and open it again
problem-restored-not-reopened = the backup was restored, but the database could not be opened again ({ $problem }); close fixdesk and open it again
problem-not-restored-not-reopened = the backup was not restored, and the database could not be opened again ({ $problem }); close fixdesk and open it again
