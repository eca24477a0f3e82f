#!/usr/bin/env bash
# Cross-node push delay: REST send through node B -> frame on a socket of node A (both nodes on A's
# embedded PostgreSQL), next to the same-node delay (send through A, socket on A). See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib.sh
PORT_A=${PORT_A:-18091}
PORT_B=${PORT_B:-18092}
PROBE_SECONDS=${PROBE_SECONDS:-20}
RATE=${RATE:-4}
# One pair of fresh nodes per entry; "default" passes no --chat.events.poll-interval (100ms).
POLL_INTERVALS=${POLL_INTERVALS:-"default 1s"}

trap cleanup_servers EXIT
ensure_jar
mkdir -p bench/target/loadwatch
javac -d bench/target/loadwatch bench/realtime/LoadWatch.java
# Both nodes must sign and check tokens with one key (each would otherwise generate its own).
SECRET=$(head -c 48 /dev/urandom | base64 | tr -d '\n')
A="http://localhost:$PORT_A"
B="http://localhost:$PORT_B"

for interval in $POLL_INTERVALS; do
    poll=()
    [ "$interval" = default ] || poll=("--chat.events.poll-interval=$interval")
    DATA_A=$(mktemp -d /tmp/chat-node-a.XXXXXX)
    DATA_B=$(mktemp -d /tmp/chat-node-b.XXXXXX)
    echo "== poll-interval=$interval: node A on $PORT_A (embedded PostgreSQL, data in $DATA_A), node B on $PORT_B ($DATA_B)"
    # shellcheck disable=SC2086
    start_server "$PORT_A" "$DATA_A" $SUPERUSER_ARGS --chat.jwt.secret="$SECRET" "${poll[@]}" ${EXTRA_ARGS:-}
    PG_PORT=$(embedded_pg_port "$DATA_A")
    # shellcheck disable=SC2086
    start_server "$PORT_B" "$DATA_B" --spring.datasource.url="jdbc:postgresql://localhost:$PG_PORT/postgres" \
        --spring.datasource.username=postgres --chat.jwt.secret="$SECRET" "${poll[@]}" ${EXTRA_ARGS:-}
    for path in same-node:"$A" cross-node:"$B"; do
        name=${path%%:*}
        java -cp bench/target/loadwatch -Dlabel="poll=$interval $name" -Dws="$A" -Dsend="${path#*:}" \
            -Drate="$RATE" LoadWatch "$A" - "$PROBE_SECONDS" | grep -v '^READY'
    done
    cleanup_servers
done
