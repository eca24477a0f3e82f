#!/usr/bin/env bash
# Auditors' reads with no message load beside them (issue 13): latency and CPU per read. After
# MESSAGES (40s) of bench/messages.lua, so conversations have histories, it runs bench/audit_reads.lua on
# one connection for 15 s per mode, twice (the first pair warms the JIT), and prints the server JVM's and
# PostgreSQL's CPU (utime+stime from /proc, exited backends included) divided by the reads answered.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
PORT=${PORT:-18090}
export AGENTS=${AGENTS:-20} CHATS=${CHATS:-400}
install_tools
ensure_jar
trap cleanup_servers EXIT
data=$(mktemp -d /tmp/chat-audit-alone.XXXXXX)
# shellcheck disable=SC2086
start_server "$PORT" "$data" $SUPERUSER_ARGS ${EXTRA_ARGS:-}
export BASE_URL=http://localhost:$PORT
python3 bench/setup.py
AUDIT_TOKEN=$(curl -sf -H 'Content-Type: application/json' -d '{"username":"bench-root","password":"bench-root-pw"}' \
    "$BASE_URL/api/auth/login/" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
export AUDIT_TOKEN
wrk -t2 -c16 -d"${MESSAGES:-40s}" -s bench/messages.lua "$BASE_URL" | grep '^RESULT'
postmaster=$(pgrep -f "postgres -D .*$data" | head -1)
jvm_ticks() { awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat"; }
pg_ticks() {
    local total=0 pid
    for pid in $postmaster $(pgrep -P "$postmaster"); do
        total=$(( total + $(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$pid/stat" 2>/dev/null || echo 0) ))
    done
    echo "$total"
}
tick=$(getconf CLK_TCK)
for mode in events state events state; do
    j0=$(jvm_ticks) p0=$(pg_ticks)
    result=$(MODE=$mode wrk -t1 -c1 -d15s -s bench/audit_reads.lua "$BASE_URL" | grep '^RESULT')
    j1=$(jvm_ticks) p1=$(pg_ticks)
    reads=$(sed 's/.*requests=\([0-9]*\).*/\1/' <<< "$result")
    echo "$result jvm_ms_per_read=$(awk "BEGIN { printf \"%.3f\", ($j1 - $j0) * 1000 / $tick / $reads }")" \
        "pg_ms_per_read=$(awk "BEGIN { printf \"%.3f\", ($p1 - $p0) * 1000 / $tick / $reads }")"
done
