#!/usr/bin/env bash
# A throwaway CUPS server for the printing tests: `.ci/cups.sh start` prints the line to
# export (FIXDESK_TEST_CUPS=server=127.0.0.1:PORT out=DIR/out), `.ci/cups.sh stop` stops it and removes its
# files. Needs Debian's `cups` (the server, and lp/lpstat/lpadmin) and
# `printer-driver-cups-pdf` (a virtual printer that writes each job as a PDF).
#
# The server runs from its own folder with its own configuration and port, so the
# machine's own CUPS (if any) is left alone. It has two queues: `fixdesk-pdf`, which
# writes every job it prints into $DIR/out/ (the tests read those PDFs back), and
# `fixdesk-stopped`, the same printer paused, for the "queue stopped" error.
set -euo pipefail

DIR=${FIXDESK_CUPS_DIR:-/tmp/fixdesk-cups}
PORT=${FIXDESK_CUPS_PORT:-6631}
SERVER=127.0.0.1:$PORT

for tool in cupsd lpadmin lpstat; do
    if ! command -v "$tool" >/dev/null && [ ! -x "/usr/sbin/$tool" ]; then
        echo "CUPS is not installed: apt-get install cups printer-driver-cups-pdf" >&2
        exit 1
    fi
done
PATH=$PATH:/usr/sbin
PPD=$(ls /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd 2>/dev/null || true)
if [ ! -f "$PPD" ] || [ ! -x /usr/lib/cups/backend/cups-pdf ]; then
    echo "The PDF printer is not installed: apt-get install printer-driver-cups-pdf" >&2
    exit 1
fi

case "${1:-}" in
start)
    if [ -f "$DIR/cupsd.pid" ] && kill -0 "$(cat "$DIR/cupsd.pid")" 2>/dev/null; then
        echo "FIXDESK_TEST_CUPS=server=$SERVER out=$DIR/out"
        exit 0
    fi
    rm -rf "$DIR"
    mkdir -p "$DIR"/{spool/tmp,cache,state,log,ppd,out}
    # Filters run as the unprivileged `lp` user: they must reach the spool and the output.
    chmod -R 0777 "$DIR"
    cat >"$DIR/cups-files.conf" <<CONF
ServerRoot $DIR
RequestRoot $DIR/spool
TempDir $DIR/spool/tmp
CacheDir $DIR/cache
StateDir $DIR/state
ErrorLog $DIR/log/error_log
AccessLog $DIR/log/access_log
PageLog $DIR/log/page_log
ServerBin /usr/lib/cups
DataDir /usr/share/cups
CONF
    cat >"$DIR/cupsd.conf" <<CONF
Listen $SERVER
LogLevel warn
Browsing No
DefaultAuthType None
WebInterface No
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
CONF
    # cups-pdf reads /etc/cups/cups-pdf-<queue>.conf for a `cups-pdf:/<queue>` device:
    # this queue's PDFs go to our folder, whoever sends the job.
    cat >/etc/cups/cups-pdf-fixdesk.conf <<CONF
Out $DIR/out
AnonDirName $DIR/out
Label 0
TitlePref 1
CONF
    # In the foreground, in the background of this shell: its pid is ours to stop.
    cupsd -f -c "$DIR/cupsd.conf" -s "$DIR/cups-files.conf" </dev/null >"$DIR/log/cupsd.out" 2>&1 &
    echo $! >"$DIR/cupsd.pid"
    for _ in $(seq 50); do
        lpstat -h "$SERVER" -r 2>/dev/null | grep -q "is running" && break
        sleep 0.2
    done
    lpadmin -h "$SERVER" -p fixdesk-pdf -E -v cups-pdf:/fixdesk -P "$PPD" -D "fixdesk test PDF printer" 2>&1 | grep -v deprecated >&2 || true
    lpadmin -h "$SERVER" -p fixdesk-stopped -E -v cups-pdf:/fixdesk -P "$PPD" -D "fixdesk test printer, paused" 2>&1 | grep -v deprecated >&2 || true
    cupsdisable -h "$SERVER" -r "paused for the tests" fixdesk-stopped
    echo "FIXDESK_TEST_CUPS=server=$SERVER out=$DIR/out"
    ;;
stop)
    if [ -f "$DIR/cupsd.pid" ]; then
        kill "$(cat "$DIR/cupsd.pid")" 2>/dev/null || true
    fi
    rm -f /etc/cups/cups-pdf-fixdesk.conf
    rm -rf "$DIR"
    ;;
*)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
