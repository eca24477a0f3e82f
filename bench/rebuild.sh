#!/usr/bin/env bash
# Read-model rebuild speed (issue 13): a store of EVENTS events (default 1,000,000), then each projection's
# catch-up and replay speed in events/s. See bench/README.md, "Rebuild speed".
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
EVENTS=${EVENTS:-1000000}
PORT=${PORT:-18090}
export AGENTS=${AGENTS:-5} CHATS=${CHATS:-100}
install_tools
ensure_jar
trap cleanup_servers EXIT
mkdir -p bench/target
data=$(mktemp -d /tmp/chat-rebuild.XXXXXX)
echo "starting the server, data in $data"
# shellcheck disable=SC2086
start_server "$PORT" "$data" $SUPERUSER_ARGS ${EXTRA_ARGS:-}
export BASE_URL=http://localhost:$PORT
PGURL="postgresql://postgres@localhost:$(embedded_pg_port "$data")/postgres"
echo "templates: $CHATS chats, $AGENTS agents, 10 s of messages"
python3 bench/setup.py > /dev/null
wrk -t2 -c8 -d10s -s bench/messages.lua "$BASE_URL" > /dev/null
sleep 3
before=$(psql "$PGURL" -At -c "SELECT count(*) FROM domain_event_entry")
python3 bench/rebuild/clone_events.py "$PGURL" "$EVENTS"
after=$(psql "$PGURL" -At -c "SELECT count(*) FROM domain_event_entry")
python3 bench/rebuild/measure_rebuild.py "$BASE_URL" "$(( after - before ))"
