#!/usr/bin/env bash
# Auditors' reads under the message load (issue 13): p99 of a 50-event history page and of state?at= while
# bench/messages.lua drives LOAD_CONNECTIONS connections of messages. See bench/README.md, "Auditors' reads".
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
PORT=${PORT:-18090}
DURATION=${DURATION:-20s}
LOAD_CONNECTIONS=${LOAD_CONNECTIONS:-16}
READ_CONNECTIONS=${READ_CONNECTIONS:-2}
export AGENTS=${AGENTS:-20} CHATS=${CHATS:-400}
install_tools
ensure_jar
trap cleanup_servers EXIT
start_audit_server "$PORT"
# As in run.sh: the JIT is still compiling the request paths well after 10 s (bench/README.md).
WARMUP=${WARMUP:-120s}
half=$(( ${WARMUP%s} / 2 ))
echo "warm-up: $WARMUP of messages (so each conversation has a history), the reads warmed beside them"
wrk -t2 -c"$LOAD_CONNECTIONS" -d"$WARMUP" -s bench/messages.lua "$BASE_URL" > /dev/null &
warm=$!
MODE=events wrk -t1 -c1 -d"${half}s" -s bench/audit_reads.lua "$BASE_URL" > /dev/null
MODE=state wrk -t1 -c1 -d"${half}s" -s bench/audit_reads.lua "$BASE_URL" > /dev/null
wait "$warm"
for mode in events state; do
    echo "== $mode reads ($READ_CONNECTIONS connections) under $LOAD_CONNECTIONS connections of messages, $DURATION"
    wrk -t2 -c"$LOAD_CONNECTIONS" -d"$DURATION" -s bench/messages.lua "$BASE_URL" | grep '^RESULT' &
    load=$!
    MODE=$mode wrk -t1 -c"$READ_CONNECTIONS" -d"$DURATION" -s bench/audit_reads.lua "$BASE_URL" | grep '^RESULT'
    wait "$load"
done
