#!/usr/bin/env bash
# Auditors' reads with no message load beside them (issue 13): latency and CPU per read. After
# MESSAGES (40s) of bench/messages.lua, so conversations have histories, it runs bench/audit_reads.lua on
# one connection for 15 s per mode, twice (the first pair warms the JIT), and prints the server JVM's and
# PostgreSQL's CPU (bench/measure.py cpu, as run.sh reads it) divided by the reads answered.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
PORT=${PORT:-18090}
export AGENTS=${AGENTS:-20} CHATS=${CHATS:-400}
install_tools
ensure_jar
trap cleanup_servers EXIT
start_audit_server "$PORT"
wrk -t2 -c16 -d"${MESSAGES:-40s}" -s bench/messages.lua "$BASE_URL" | grep '^RESULT'
postmaster=$(pgrep -f "postgres -D .*$AUDIT_DATA" | head -1)
for mode in events state events state; do
    read -r jvm0 pg0 <<< "$(python3 bench/measure.py cpu "$SERVER_PID" "$postmaster")"
    result=$(MODE=$mode wrk -t1 -c1 -d15s -s bench/audit_reads.lua "$BASE_URL" | grep '^RESULT')
    read -r jvm1 pg1 <<< "$(python3 bench/measure.py cpu "$SERVER_PID" "$postmaster")"
    reads=$(sed 's/.*requests=\([0-9]*\).*/\1/' <<< "$result")
    echo "$result jvm_ms_per_read=$(awk "BEGIN { printf \"%.3f\", ($jvm1 - $jvm0) * 1000 / $reads }")" \
        "pg_ms_per_read=$(awk "BEGIN { printf \"%.3f\", ($pg1 - $pg0) * 1000 / $reads }")"
done
