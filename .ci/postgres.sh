#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: `.ci/postgres.sh start` prints the line to
# export (FIXDESK_TEST_PG=…), `.ci/postgres.sh stop` stops it and removes its files.
# Needs Debian's `postgresql` package (the server binaries; it does not start Debian's
# own cluster for us). Runs as the `postgres` user, on a unix socket and on loopback,
# with fsync off: the data is thrown away, so speed wins over durability.
set -euo pipefail

DIR=${FIXDESK_PG_DIR:-/tmp/fixdesk-pg}
PORT=${FIXDESK_PG_PORT:-54329}
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$BIN" ]; then
    echo "PostgreSQL's server is not installed: apt-get install postgresql" >&2
    exit 1
fi
as_postgres() {
    if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi
}

case "${1:-}" in
start)
    if [ -f "$DIR/data/postmaster.pid" ] && as_postgres "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
        echo "FIXDESK_TEST_PG=host=$DIR port=$PORT user=postgres"
        exit 0
    fi
    rm -rf "$DIR"
    mkdir -p "$DIR"
    chown postgres: "$DIR" 2>/dev/null || true
    as_postgres "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    as_postgres "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 start -o \
        "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null
    echo "FIXDESK_TEST_PG=host=$DIR port=$PORT user=postgres"
    ;;
stop)
    if [ -d "$DIR/data" ]; then
        as_postgres "$BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$DIR"
    ;;
*)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
