#!/usr/bin/env bash
# pgbench -S through the SQLRisk proxy, directly, and through PgBouncer, in one run against one
# throwaway cluster (scripts/pg-test-cluster.sh). Prints TPS and latency for each.
#   Benchmarks/proxy-pgbench.sh [CLIENTS=8] [SECONDS=20]     (SQLRISK_GATE=binary to skip the release build)
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-8}
seconds=${2:-20}
# SQLRISK_GATE=path skips the release build (e.g. an existing debug binary).
if [ -z "${SQLRISK_GATE:-}" ]; then
    swift build -c release --product sqlrisk-gate >&2
    SQLRISK_GATE=$(swift build -c release --show-bin-path)/sqlrisk-gate
fi
gate=$SQLRISK_GATE
dir=$(mktemp -d /tmp/sqlrisk-bench.XXXXXX)
chmod 755 "$dir"
vars=$(scripts/pg-test-cluster.sh start "$dir/pg") || exit 3
eval "$vars"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; scripts/pg-test-cluster.sh stop "$dir/pg"; rm -rf "$dir"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
proxy_port=$(free_port); bouncer_port=$(free_port)
"$gate" proxy --listen 127.0.0.1:$proxy_port --upstream 127.0.0.1:$PGPORT --log-level warning 2>"$dir/proxy.log" &
pids+=($!)
cat >"$dir/pgbouncer.ini" <<INI
[databases]
postgres = host=127.0.0.1 port=$PGPORT dbname=postgres
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $bouncer_port
auth_type = plain
auth_file = $dir/users.txt
pool_mode = session
max_client_conn = 400
default_pool_size = 50
logfile = $dir/pgbouncer.log
pidfile = $dir/pgbouncer.pid
INI
printf '"%s" "%s"\n' "$PGUSER" "$PGPASSWORD" >"$dir/users.txt"
if [ "$(id -u)" = 0 ]; then chown -R postgres: "$dir/pgbouncer.ini" "$dir/users.txt" "$dir"; runuser -u postgres -- pgbouncer -q "$dir/pgbouncer.ini" & else pgbouncer -q "$dir/pgbouncer.ini" & fi
pids+=($!)
pgbench -i -q -s 10 >/dev/null 2>&1
sleep 1
for leg in direct:$PGPORT proxy:$proxy_port pgbouncer:$bouncer_port; do
    name=${leg%%:*}; port=${leg##*:}
    result=$(pgbench -n -S -c "$clients" -j 2 -T "$seconds" -r -p "$port" 2>&1 || true)
    tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<<"$result")
    latency=$(sed -n 's/^latency average = \(.*\)/\1/p' <<<"$result")
    failed=$(sed -n 's/^number of failed transactions: \(.*\)/\1/p' <<<"$result")
    printf '%-10s tps %-12s latency avg %-10s failed %s\n' "$name" "$tps" "$latency" "$failed"
done
# TPC-B through the proxy: the default profile allows its writes (-n: no VACUUM/TRUNCATE of pgbench's own).
result=$(pgbench -n -c "$clients" -j 2 -T "$seconds" -p "$proxy_port" 2>&1 || true)
printf '%-10s tps %-12s failed %s\n' "proxy-tpcb" "$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<<"$result")" \
    "$(sed -n 's/^number of failed transactions: \(.*\)/\1/p' <<<"$result")"
