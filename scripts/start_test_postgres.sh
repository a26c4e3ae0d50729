#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for eventwire's tests and print its URL.
#
#   eval "$(scripts/start_test_postgres.sh | tail -n 1)"; export EVENTWIRE_TEST_POSTGRES
#   scripts/start_test_postgres.sh --stop
#
# - installs Debian's `postgresql` package with apt-get when no initdb is found (as root;
#   set EVENTWIRE_PG_NO_INSTALL=1 to fail instead);
# - runs the cluster as an unprivileged user (`postgres` when started as root, else you),
#   data, log and unix socket in $EVENTWIRE_PG_DIR (default /tmp/eventwire-test-pg),
#   listening on 127.0.0.1 only, on $EVENTWIRE_PG_PORT or a free port;
# - trust authentication for that loopback address: a test server, never a deployment;
# - idempotent: a cluster already running in that folder is reused (quick), a stopped one restarted;
# - the last line on stdout is EVENTWIRE_TEST_POSTGRES=postgresql://eventwire@127.0.0.1:PORT/eventwire_test
#   (progress goes to stderr).
set -euo pipefail

DIR="${EVENTWIRE_PG_DIR:-/tmp/eventwire-test-pg}"
DB="eventwire_test"
SUPER="eventwire"

log() { echo "start_test_postgres: $*" >&2; }

find_bin() {
    local found
    found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    if [ -n "$found" ] && [ -x "$found/initdb" ]; then echo "$found"; return; fi
    if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
    echo ""
}

BIN="$(find_bin)"
if [ -z "$BIN" ]; then
    if [ "${1:-}" = "--stop" ]; then exit 0; fi
    if [ "${EVENTWIRE_PG_NO_INSTALL:-}" = "1" ] || [ "$(id -u)" != "0" ]; then
        log "no initdb found (install Debian's postgresql package)"; exit 1
    fi
    log "installing Debian's postgresql package"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends postgresql >&2
    BIN="$(find_bin)"
    [ -n "$BIN" ] || { log "postgresql installed but no initdb found"; exit 1; }
fi

if [ "$(id -u)" = "0" ]; then
    RUNAS="postgres"
    id "$RUNAS" >/dev/null 2>&1 || RUNAS="nobody"
    as_user() { runuser -u "$RUNAS" -- "$@"; }
else
    as_user() { "$@"; }
fi

if [ "${1:-}" = "--stop" ]; then
    if [ -f "$DIR/data/PG_VERSION" ]; then as_user "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >&2 || true; fi
    exit 0
fi

mkdir -p "$DIR"
if [ "$(id -u)" = "0" ]; then chown "$RUNAS" "$DIR"; fi
chmod 700 "$DIR"

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
        || shuf -i 20000-60000 -n 1
}

if [ ! -f "$DIR/data/PG_VERSION" ]; then
    log "initdb in $DIR/data"
    as_user "$BIN/initdb" -D "$DIR/data" -U "$SUPER" --auth=trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
        || as_user "$BIN/initdb" -D "$DIR/data" -U "$SUPER" --auth=trust -E UTF8 --no-locale >"$DIR/initdb.log" 2>&1 \
        || { cat "$DIR/initdb.log" >&2; exit 1; }
fi

if as_user "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1 && [ -f "$DIR/port" ]; then
    PORT="$(cat "$DIR/port")"
    log "already running on 127.0.0.1:$PORT"
else
    PORT="${EVENTWIRE_PG_PORT:-$(free_port)}"
    as_user sh -c "echo $PORT > '$DIR/port'"
    log "starting on 127.0.0.1:$PORT"
    as_user "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >&2 || { tail -n 20 "$DIR/server.log" >&2; exit 1; }
fi

if ! as_user "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U "$SUPER" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
    as_user "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U "$SUPER" "$DB"
fi

echo "EVENTWIRE_TEST_POSTGRES=postgresql://$SUPER@127.0.0.1:$PORT/$DB"
