#!/usr/bin/env bash
# Live chat message benchmark: see bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
LEVELS=${LEVELS:-"4 16 64"}
DURATION=${DURATION:-20s}
PORT=${PORT:-18090}
export AGENTS=${AGENTS:-20} CHATS=${CHATS:-400}

if ! command -v wrk >/dev/null; then
    echo "installing wrk (Debian package)"
    (apt-get update -qq && apt-get install -y -qq wrk) >/dev/null
fi
if ! command -v psql >/dev/null; then
    (apt-get update -qq && apt-get install -y -qq postgresql-client) >/dev/null
fi

SERVER_PID=""
cleanup() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true; }
trap cleanup EXIT

if [ -z "${BASE_URL:-}" ]; then
    [ -f app/target/chatcore.jar ] || ./mvnw -B -q -DskipTests package
    DATA=$(mktemp -d /tmp/chat-bench.XXXXXX)
    echo "starting server on port $PORT, data in $DATA"
    echo "NOTE: guest rate limits raised for this run (messages/min per room, chats/hour per IP and email)"
    java -jar app/target/chatcore.jar --server.port="$PORT" --chat.data-dir="$DATA" \
        --chat.bootstrap-superuser.username=bench-root --chat.bootstrap-superuser.password=bench-root-pw \
        --chat.guest.max-messages-per-minute=100000000 --chat.guest.max-chats-per-hour-per-ip=100000000 \
        --chat.guest.max-chats-per-hour-per-email=100000000 ${EXTRA_ARGS:-} > "$DATA/server.log" 2>&1 &
    SERVER_PID=$!
    export BASE_URL="http://localhost:$PORT"
    for _ in $(seq 1 120); do
        curl -sf "$BASE_URL/actuator/health" >/dev/null && break
        sleep 1
    done
    PG_PORT=$(grep -o 'Embedded PostgreSQL on port [0-9]*' "$DATA/server.log" | grep -o '[0-9]*$' | head -1)
    export PGURL="postgresql://postgres@localhost:$PG_PORT/postgres"
fi

python3 bench/setup.py
for level in $LEVELS; do
    threads=$(( level < 4 ? level : 4 ))
    START=$(date -u +%Y-%m-%dT%H:%M:%S.%NZ)
    echo "== $level connections, $DURATION"
    wrk -t"$threads" -c"$level" -d"$DURATION" --latency -s bench/messages.lua "$BASE_URL" | grep '^RESULT'
    if [ -n "${PGURL:-}" ]; then
        psql "$PGURL" -At -c "SELECT 'LAG p50_ms=' || round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)::numeric, 2)
                || ' p99_ms=' || round(percentile_cont(0.99) WITHIN GROUP (ORDER BY ms)::numeric, 2)
                || ' messages=' || count(*)
            FROM (SELECT extract(epoch FROM projected_at - created_at) * 1000 AS ms FROM chat_messages
                  WHERE created_at >= '$START') lag"
    fi
done
