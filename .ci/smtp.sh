#!/usr/bin/env bash
# A throwaway SMTP server for the tests: `.ci/smtp.sh start` prints the line to export
# (FIXDESK_TEST_SMTP=host:port), `.ci/smtp.sh stop` stops it and removes its files.
# Debian's `python3-aiosmtpd`, a real SMTP server, on the loopback only, delivering
# every message it accepts into a Maildir: $DIR/maildir/new/ holds one file per
# message, as received (headers, body, attachments), for the tests to read back.
# FIXDESK_SMTP_DIR and FIXDESK_SMTP_PORT give a second, private instance (a test that
# stops and starts its own server uses them).
set -euo pipefail

DIR=${FIXDESK_SMTP_DIR:-/tmp/fixdesk-smtp}
PORT=${FIXDESK_SMTP_PORT:-25259}
PYTHON=/usr/bin/python3
if ! "$PYTHON" -c 'import aiosmtpd' 2>/dev/null; then
    echo "the SMTP server is not installed: apt-get install python3-aiosmtpd" >&2
    exit 1
fi

running() {
    [ -f "$DIR/pid" ] && kill -0 "$(cat "$DIR/pid")" 2>/dev/null
}

case "${1:-}" in
start)
    if ! running; then
        mkdir -p "$DIR/maildir/new" "$DIR/maildir/cur" "$DIR/maildir/tmp"
        # -n: no setuid; Mailbox: deliver into the Maildir.
        nohup "$PYTHON" -m aiosmtpd -n -l "127.0.0.1:$PORT" \
            -c aiosmtpd.handlers.Mailbox "$DIR/maildir" >"$DIR/server.log" 2>&1 &
        echo $! >"$DIR/pid"
        for _ in $(seq 1 100); do
            if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
                break
            fi
            sleep 0.1
        done
        # Answering on the port is not enough: another program may hold it, and ours
        # then dies of the taken port a moment later.
        sleep 1
        if ! running || ! (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
            echo "the SMTP server did not start on port $PORT (is it taken? set FIXDESK_SMTP_PORT): see $DIR/server.log" >&2
            exit 1
        fi
    fi
    echo "FIXDESK_TEST_SMTP=127.0.0.1:$PORT"
    echo "FIXDESK_TEST_SMTP_MAILDIR=$DIR/maildir"
    ;;
stop)
    if running; then
        kill "$(cat "$DIR/pid")" 2>/dev/null || true
        for _ in $(seq 1 50); do
            running || break
            sleep 0.1
        done
    fi
    rm -rf "$DIR"
    ;;
*)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
