#!/usr/bin/env bash
# Start the dashboard as a cluster on this machine: several Streamlit processes on PostgreSQL
# behind nginx with sticky sessions (docs/deployment.md, "One command: scripts/start_cluster.sh").
#
#   bash scripts/start_cluster.sh             # in the foreground; Ctrl-C stops everything
#   eval "$(bash scripts/start_cluster.sh --detach)"   # in the background; exports
#       CLUSTER_URL, CLUSTER_APPS (the processes' own URLs), CLUSTER_APP_PIDS, CLUSTER_DIR,
#       CLUSTER_STOP (a command that stops it all and removes the folder it made)
#
# DATABASE_URL: the PostgreSQL database (postgresql+psycopg://…); migrated once here before the
#   processes start. Unset: a throw-away PostgreSQL server is started (scripts/start_postgres.sh)
#   and the sample data are loaded — a demonstration cluster, removed when it stops.
# CLUSTER_PROCESSES (default: the number of cores, at least 2), CLUSTER_FIRST_APP_PORT (8501):
#   the Streamlit processes listen on 127.0.0.1, consecutive ports.
# CLUSTER_PORT (8080), CLUSTER_LISTEN (127.0.0.1): where nginx listens.
# CLUSTER_STICKY: cookie (default; a random node cookie set by nginx, hashed consistently) or
#   ip (ip_hash: everyone behind one office NAT lands on the same process).
# CLUSTER_DIR: folder for nginx's configuration, logs, pid files (default: a new temporary one).
# Every other variable (DASHBOARD_*, STREAMLIT_*) is passed to the processes unchanged.
set -euo pipefail
cd "$(dirname "$0")/.."
DETACH=0
[ "${1:-}" = "--detach" ] && DETACH=1
say() { echo "$@" >&2; }
PY=python3
[ -x .venv/bin/python ] && PY=.venv/bin/python
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
if [ ! -x "$NGINX" ]; then
  say "nginx is missing: apt-get install -y nginx (Debian's package), then run this again."
  exit 1
fi

PROCESSES="${CLUSTER_PROCESSES:-$(nproc)}"
[ "$PROCESSES" -ge 2 ] || PROCESSES=2
FIRST_PORT="${CLUSTER_FIRST_APP_PORT:-8501}"
PORT="${CLUSTER_PORT:-8080}"
LISTEN="${CLUSTER_LISTEN:-127.0.0.1}"
STICKY="${CLUSTER_STICKY:-cookie}"
DIR="${CLUSTER_DIR:-$(mktemp -d /tmp/dashboard-cluster.XXXXXX)}"
mkdir -p "$DIR/tmp"
STOP="" # grows as pieces start; run on failure, or printed for the caller
stop_first() { STOP="$1${STOP:+; $STOP}"; } # the newest piece stops first

stop_all() { eval "$STOP" >/dev/null 2>&1 || true; }
fail() {
  say "$@"
  stop_all
  [ -n "${CLUSTER_DIR:-}" ] || rm -rf "$DIR" # a folder this script made
  exit 1
}

if [ -z "${DATABASE_URL:-}" ]; then
  say "DATABASE_URL is not set: starting a throw-away PostgreSQL server with the sample data…"
  eval "$(PG_TEST_PORT="${CLUSTER_PG_PORT:-54330}" bash scripts/start_postgres.sh)"
  export DATABASE_URL="$TEST_DATABASE_URL"
  stop_first "$PG_STOP"
fi
case "$DATABASE_URL" in
  postgresql*) ;;
  *) fail "DATABASE_URL must be a PostgreSQL URL: several processes on one SQLite file wait for each other's writes." ;;
esac

# Migrate (and load the demo's sample data when the database is empty and sign-in is not
# required) once, here: processes starting together must not migrate at the same time.
INIT_ARGS=()
[ "${DASHBOARD_LOAD_SAMPLE:-1}" = "0" ] && INIT_ARGS+=(--no-sample)
[ -n "${DASHBOARD_TODAY:-}" ] && INIT_ARGS+=(--today "$DASHBOARD_TODAY")
"$PY" manage.py init-db "${INIT_ARGS[@]}" >&2 || fail "init-db failed"
export DASHBOARD_LOAD_SAMPLE=0

# One secret for all processes: a cookie signed by one (st.login's) is valid in the others.
if [ -z "${STREAMLIT_SERVER_COOKIE_SECRET:-}" ]; then
  [ -f "$DIR/cookie_secret" ] || (umask 077 && "$PY" -c "import secrets; print(secrets.token_hex(32))" >"$DIR/cookie_secret")
  STREAMLIT_SERVER_COOKIE_SECRET="$(cat "$DIR/cookie_secret")"
  export STREAMLIT_SERVER_COOKIE_SECRET
fi

port_free() { "$PY" -c 'import socket, sys; socket.socket().bind(("127.0.0.1", int(sys.argv[1])))' "$1" 2>/dev/null; }
for ((i = 0; i < PROCESSES; i++)); do
  port_free $((FIRST_PORT + i)) || fail "port $((FIRST_PORT + i)) is taken: set CLUSTER_FIRST_APP_PORT"
done
port_free "$PORT" || fail "port $PORT is taken: set CLUSTER_PORT"

APPS=()
PIDS=()
SERVERS=""
for ((i = 0; i < PROCESSES; i++)); do
  app_port=$((FIRST_PORT + i))
  # stdin/stdout/stderr away from the caller: a detached cluster must not hold its pipes.
  "$PY" -m streamlit run app.py --server.port "$app_port" --server.address 127.0.0.1 \
    --server.headless true </dev/null >"$DIR/app-$app_port.log" 2>&1 &
  PIDS+=("$!")
  APPS+=("http://127.0.0.1:$app_port")
  SERVERS+="        server 127.0.0.1:$app_port max_fails=0;"$'\n'
done
stop_first "kill ${PIDS[*]}"

for i in "${!APPS[@]}"; do
  app="${APPS[$i]}"
  port="${app##*:}"
  for _ in $(seq 1 120); do
    kill -0 "${PIDS[$i]}" 2>/dev/null || break
    curl -fsS "$app/_stcore/health" >/dev/null 2>&1 && break
    sleep 0.5
  done
  { kill -0 "${PIDS[$i]}" 2>/dev/null && curl -fsS "$app/_stcore/health" >/dev/null 2>&1; } || {
    tail -n 20 "$DIR/app-$port.log" >&2
    fail "the Streamlit process on port $port did not start (log: $DIR/app-$port.log)"
  }
done

if [ "$STICKY" = "ip" ]; then
  BALANCE="ip_hash;"
  NODE_COOKIE=""
else
  # A browser without the node cookie is placed by this request's random id, and the cookie
  # set on the answer keeps its next requests (the websocket, uploads, media) on that process.
  BALANCE="hash \$dashboard_node consistent;"
  NODE_COOKIE='add_header Set-Cookie $node_cookie always;'
fi
USER_LINE=""
if [ "$(id -u)" = 0 ]; then
  # nginx's workers drop root; they write request bodies (uploads) to the temp folder.
  WORKER_USER=www-data
  id "$WORKER_USER" >/dev/null 2>&1 || WORKER_USER=nobody
  USER_LINE="user $WORKER_USER;"
  # They must reach it: a large answer (Plotly's 4.5 MB script) is buffered to disk there,
  # and a folder they cannot enter cut it off ("Failed to fetch dynamically imported module").
  chmod 711 "$DIR"
  chown "$WORKER_USER" "$DIR/tmp"
fi
cat >"$DIR/nginx.conf" <<EOF
# Written by scripts/start_cluster.sh; docs/deployment.md explains each part.
$USER_LINE
worker_processes 1;
pid $DIR/nginx.pid;
error_log $DIR/nginx-error.log warn;
events { worker_connections 2048; }
http {
    log_format cluster '\$remote_addr [\$time_local] "\$request" \$status \$body_bytes_sent '
                       'node=\$cookie_dashboard_node upstream=\$upstream_addr time=\$request_time';
    access_log $DIR/nginx-access.log cluster;
    client_body_temp_path $DIR/tmp/body;
    proxy_temp_path $DIR/tmp/proxy;
    fastcgi_temp_path $DIR/tmp/fastcgi;
    uwsgi_temp_path $DIR/tmp/uwsgi;
    scgi_temp_path $DIR/tmp/scgi;

    map \$http_upgrade \$connection_upgrade { default upgrade; '' close; }
    map \$cookie_dashboard_node \$dashboard_node { default \$cookie_dashboard_node; '' \$request_id; }
    map \$cookie_dashboard_node \$node_cookie {
        default '';
        '' "dashboard_node=\$request_id; Path=/; HttpOnly; SameSite=Lax";
    }

    upstream dashboard {
        $BALANCE
$SERVERS    }

    server {
        listen $LISTEN:$PORT;
        client_max_body_size 25m;   # uploads: server.maxUploadSize (20 MB) and a margin

        location / {
            proxy_pass http://dashboard;
            proxy_http_version 1.1;
            proxy_set_header Upgrade \$http_upgrade;
            proxy_set_header Connection \$connection_upgrade;
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            # A session's websocket stays open for the whole working day, mostly idle.
            proxy_read_timeout 86400s;
            proxy_send_timeout 86400s;
            $NODE_COOKIE
        }
    }
}
EOF
"$NGINX" -t -q -e "$DIR/nginx-error.log" -c "$DIR/nginx.conf" -p "$DIR" >&2 || fail "nginx refused $DIR/nginx.conf"
"$NGINX" -e "$DIR/nginx-error.log" -c "$DIR/nginx.conf" -p "$DIR" || fail "nginx did not start (see $DIR/nginx-error.log)"
stop_first "$NGINX -e $DIR/nginx-error.log -c $DIR/nginx.conf -p $DIR -s quit"
URL="http://$LISTEN:$PORT"
[ "$LISTEN" = "0.0.0.0" ] && URL="http://127.0.0.1:$PORT"
for _ in $(seq 1 40); do
  curl -fsS "$URL/_stcore/health" >/dev/null 2>&1 && break
  sleep 0.25
done
curl -fsS "$URL/_stcore/health" >/dev/null 2>&1 || fail "nginx does not answer on $URL"
# Stop the pieces, then remove the folder (and a throw-away PostgreSQL's data).
[ -n "${CLUSTER_DIR:-}" ] || STOP="$STOP; rm -rf $DIR"

say "Dashboard cluster: $URL — ${#APPS[@]} Streamlit processes (${APPS[*]}) behind nginx ($STICKY sticky sessions); logs in $DIR"
if [ "$DETACH" = 1 ]; then
  printf 'export CLUSTER_URL=%q\n' "$URL"
  printf 'export CLUSTER_APPS=%q\n' "${APPS[*]}"
  printf 'export CLUSTER_APP_PIDS=%q\n' "${PIDS[*]}"
  printf 'export CLUSTER_DIR=%q\n' "$DIR"
  printf 'export CLUSTER_STOP=%q\n' "$STOP"
  exit 0
fi
trap 'say "Stopping…"; stop_all' EXIT
trap 'exit 0' INT TERM
# Stop everything when any process ends on its own.
wait -n "${PIDS[@]}"
say "A Streamlit process ended (logs in $DIR)."
