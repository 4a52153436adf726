#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the gates' tests and the oracle: a temporary directory, a
# loopback port, scram-sha-256 authentication and a self-signed TLS certificate.
#
#   scripts/pg-test-cluster.sh start [DIR]   initdb + start; prints shell assignments (PGHOST, PGPORT,
#                                            PGUSER, PGPASSWORD, PGDATABASE, SQLRISK_TEST_PG_DIR, SQLRISK_TEST_DSN)
#   scripts/pg-test-cluster.sh stop DIR      stops it and removes DIR
#   scripts/pg-test-cluster.sh run CMD ...   starts a cluster, runs CMD with those variables exported,
#                                            and stops the cluster whatever CMD's outcome; exits with CMD's status
#
# Needs Debian's postgresql-15 (initdb, pg_ctl under /usr/lib/postgresql/15/bin) and openssl. As root,
# the server runs as the unprivileged user `postgres` (created by the Debian package).
set -euo pipefail

bindir=/usr/lib/postgresql/15/bin
[ -x "$bindir/initdb" ] || bindir=$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
    python3 - <<'PY'
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

start() {
    [ -x "$bindir/initdb" ] || { echo "pg-test-cluster: initdb not found (apt-get install postgresql-15)" >&2; exit 3; }
    local dir=${1:-$(mktemp -d /tmp/sqlrisk-pg.XXXXXX)}
    mkdir -p "$dir"
    local port password=sqlrisk-test-password
    port=$(free_port)
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    printf '%s\n' "$password" > "$dir/pwfile"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir/pwfile"
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres --pwfile="$dir/pwfile" --auth=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 3; }
    openssl req -new -x509 -days 2 -nodes -subj "/CN=localhost" -keyout "$dir/data/server.key" \
        -out "$dir/data/server.crt" >/dev/null 2>&1
    chmod 600 "$dir/data/server.key"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir/data/server.key" "$dir/data/server.crt"
    cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
ssl = on
max_connections = 300
track_functions = all
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
    # The server must not inherit any descriptor of ours (a caller reading our output through a pipe
    # would otherwise wait for the server to exit): python's subprocess closes every descriptor above 2.
    python3 -c 'import subprocess, sys; sys.exit(subprocess.call(sys.argv[1:], stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, close_fds=True))' \
        $( [ "$(id -u)" = 0 ] && echo runuser -u postgres -- ) "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start \
        || { cat "$dir/server.log" >&2; exit 3; }
    cat <<VARS
export SQLRISK_TEST_PG_DIR='$dir'
export PGHOST=127.0.0.1
export PGPORT=$port
export PGUSER=postgres
export PGPASSWORD='$password'
export PGDATABASE=postgres
export SQLRISK_TEST_DSN='postgresql://postgres:$password@127.0.0.1:$port/postgres'
VARS
}

stop() {
    local dir=${1:?usage: pg-test-cluster.sh stop DIR}
    [ -d "$dir/data" ] && as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}

case "${1:-}" in
    start) shift; start "$@" ;;
    stop) shift; stop "$@" ;;
    run)
        shift
        vars=$(start)
        eval "$vars"
        trap 'stop "$SQLRISK_TEST_PG_DIR"' EXIT
        set +e
        "$@"
        status=$?
        exit $status
        ;;
    *) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 64 ;;
esac
