#!/usr/bin/env bash
# Start a throw-away PostgreSQL server for the tests and print its URL.
# Installs Debian's postgresql package when no server is on the machine (needs root).
# Usage: eval "$(bash scripts/start_postgres.sh)"   → exports TEST_DATABASE_URL and PG_STOP
set -euo pipefail
PORT="${PG_TEST_PORT:-54329}"
find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
BIN="$(find_bin)"
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  echo "Installing PostgreSQL (Debian package)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  # Wait for the package lock (another install may be running) instead of failing.
  apt-get -o DPkg::Lock::Timeout=600 update >&2
  apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends postgresql >&2
  BIN="$(find_bin)"
fi
DATA="$(mktemp -d /tmp/dashboard-pg.XXXXXX)"
RUN_AS=()
if [ "$(id -u)" = 0 ]; then
  # The server refuses to run as root.
  chown postgres "$DATA"
  RUN_AS=(runuser -u postgres --)
fi
"${RUN_AS[@]}" "$BIN/initdb" -D "$DATA" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
"${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w \
  -o "-p $PORT -k $DATA -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
"$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres dashboard_test
echo "export TEST_DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:$PORT/dashboard_test"
# PG_STOP stops the server and removes its data folder.
printf 'export PG_STOP=%q\n' "${RUN_AS[*]} $BIN/pg_ctl -D $DATA -m fast stop; rm -rf $DATA"
