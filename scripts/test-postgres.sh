#!/usr/bin/env bash
# A throwaway PostgreSQL for the storage tests and benchmarks: its own cluster
# in a folder of its own, on its own port and socket folder, so it never
# touches a PostgreSQL the machine already runs. As root it runs as the
# postgres user (initdb refuses root).
#
#   eval "$(scripts/test-postgres.sh start)"   starts it and exports COUNCIL_TEST_POSTGRES_URL
#   scripts/test-postgres.sh stop              stops it and removes its files
#
# Needs Debian's postgresql package (apt-get install postgresql).
set -euo pipefail
DIR="${COUNCIL_PG_DIR:-/tmp/council-components-pg}"
PORT="${COUNCIL_PG_PORT:-55432}"

BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [ -z "$BIN" ] && command -v pg_ctl >/dev/null; then BIN="$(dirname "$(command -v pg_ctl)")"; fi
if [ -z "$BIN" ]; then
  echo "test-postgres: PostgreSQL is not installed (apt-get install postgresql)" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    if [ -f "$DIR/data/postmaster.pid" ]; then as_owner "$BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true; fi
    rm -rf "$DIR"
    mkdir -p "$DIR/data" "$DIR/socket"
    if [ "$(id -u)" = 0 ]; then chown -R postgres: "$DIR"; fi
    as_owner "$BIN/initdb" -D "$DIR/data" -U postgres -E UTF8 --auth-local=trust --auth-host=scram-sha-256 >"$DIR/initdb.log" 2>&1 ||
      { cat "$DIR/initdb.log" >&2; exit 1; }
    as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
      -o "-p $PORT -k $DIR/socket -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null ||
      { cat "$DIR/server.log" >&2; exit 1; }
    as_owner "$BIN/psql" -q -h "$DIR/socket" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
      -c "create role council login password 'council' createdb" \
      -c "create database council_test owner council" >&2
    echo "export COUNCIL_TEST_POSTGRES_URL=postgres://council:council@127.0.0.1:$PORT/council_test"
    ;;
  stop)
    if [ -d "$DIR/data" ]; then as_owner "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true; fi
    rm -rf "$DIR"
    ;;
  *)
    sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
    exit 64
    ;;
esac
