#!/usr/bin/env bash
# Live chat message benchmark: see bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
LEVELS=${LEVELS:-"4 16 64"}
DURATION=${DURATION:-20s}
PORT=${PORT:-18090}
REALTIME=${REALTIME:-0}
export AGENTS=${AGENTS:-20} CHATS=${CHATS:-400}

install_tools
trap cleanup_servers EXIT

if [ -z "${BASE_URL:-}" ]; then
    ensure_jar
    DATA=$(mktemp -d /tmp/chat-bench.XXXXXX)
    echo "starting server on port $PORT, data in $DATA"
    echo "NOTE: guest rate limits raised for this run (messages/min per room, chats/hour per IP and email)"
    # shellcheck disable=SC2086
    start_server "$PORT" "$DATA" $SUPERUSER_ARGS ${EXTRA_ARGS:-}
    export BASE_URL="http://localhost:$PORT"
    export PGURL="postgresql://postgres@localhost:$(embedded_pg_port "$DATA")/postgres"
fi

python3 bench/setup.py
if [ "$REALTIME" = 1 ]; then
    # Compiled once, so the per-level start-up does not compile it while another level's figures settle.
    mkdir -p bench/target/loadwatch
    javac -d bench/target/loadwatch bench/realtime/LoadWatch.java
fi
for level in $LEVELS; do
    threads=$(( level < 4 ? level : 4 ))
    START=$(date -u +%Y-%m-%dT%H:%M:%S.%NZ)
    echo "== $level connections, $DURATION"
    if [ "$REALTIME" = 1 ]; then
        # Sockets on every chat and agent of chats.txt plus a probe; it says READY once they are open,
        # measures until the stop file appears (right after wrk), then prints its RESULT lines.
        rm -f bench/target/loadwatch.stop
        java -cp bench/target/loadwatch -Drate="${PROBE_RATE:-5}" LoadWatch "$BASE_URL" bench/target/chats.txt bench/target/loadwatch.stop \
            > bench/target/loadwatch.out 2>&1 &
        WATCH_PID=$!
        for _ in $(seq 1 600); do
            grep -q '^READY' bench/target/loadwatch.out 2>/dev/null && break
            kill -0 "$WATCH_PID" 2>/dev/null || { cat bench/target/loadwatch.out; exit 1; }
            sleep 0.1
        done
    fi
    wrk -t"$threads" -c"$level" -d"$DURATION" --latency -s bench/messages.lua "$BASE_URL" | grep '^RESULT'
    if [ "$REALTIME" = 1 ]; then
        touch bench/target/loadwatch.stop
        wait "$WATCH_PID" || true
        grep -v '^READY' bench/target/loadwatch.out
    fi
    if [ -n "${PGURL:-}" ]; then
        psql "$PGURL" -At -c "SELECT 'LAG p50_ms=' || round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)::numeric, 2)
                || ' p99_ms=' || round(percentile_cont(0.99) WITHIN GROUP (ORDER BY ms)::numeric, 2)
                || ' messages=' || count(*)
            FROM (SELECT extract(epoch FROM projected_at - created_at) * 1000 AS ms FROM chat_messages
                  WHERE created_at >= '$START') lag"
    fi
done
