# Shared by bench/run.sh and bench/realtime/cross-node.sh (source it from the repository root).
# Installs the tools, starts servers in the background and stops them on exit.

SERVER_PIDS=()
cleanup_servers() {
    local i
    # Newest first: a node that uses another's embedded PostgreSQL stops before that PostgreSQL does.
    for (( i = ${#SERVER_PIDS[@]} - 1; i >= 0; i-- )); do
        kill "${SERVER_PIDS[i]}" 2>/dev/null && wait "${SERVER_PIDS[i]}" 2>/dev/null || true
    done
    SERVER_PIDS=()
}

install_tools() {
    if ! command -v wrk >/dev/null; then
        echo "installing wrk (Debian package)"
        (apt-get update -qq && apt-get install -y -qq wrk) >/dev/null
    fi
    if ! command -v psql >/dev/null; then
        (apt-get update -qq && apt-get install -y -qq postgresql-client) >/dev/null
    fi
}

# CHAT_JAR: the server jar to measure (another build, to compare two side by side); default: this checkout's.
CHAT_JAR=${CHAT_JAR:-app/target/chatcore.jar}
# The java that runs the server, as bin/chatcore picks it (CHAT_JAVA chooses another, to compare).
SERVER_JAVA=$(bin/server-java)

ensure_jar() {
    [ -f "$CHAT_JAR" ] || ./mvnw -B -q -pl app -am -DskipTests package
}

# The guest rate limits, raised: the benchmarks measure throughput and delay, not the limiter.
RAISED_LIMITS="--chat.guest.max-messages-per-minute=100000000 --chat.guest.max-chats-per-hour-per-ip=100000000
    --chat.guest.max-chats-per-hour-per-email=100000000 --chat.guest.max-sessions-per-hour-per-ip=100000000
    --chat.guest-keys.shared=true --chat.support.max-messages-per-minute=100000000"
# --chat.guest-keys.shared: the bench clients act as guest and agent of each chat with the one id that
# complete_chat answers. Guest routes look the key up the same way in both modes, so the figures hold.

# The superuser the bench scripts log in with (created at start-up if the database has none).
SUPERUSER_ARGS="--chat.bootstrap-superuser.username=bench-root --chat.bootstrap-superuser.password=bench-root-pw"

# start_server PORT DATA_DIR [server arguments...]: starts the jar with the raised guest limits, logging to DATA_DIR/server.log, and waits until it answers its health check.
# Sets SERVER_PID. Without --spring.datasource.url the server starts its own embedded PostgreSQL.
# With SERVER_CORES set (a taskset CPU list) the server runs on those cores, its embedded PostgreSQL too.
start_server() {
    local port=$1 data=$2 pin=()
    shift 2
    [ -z "${SERVER_CORES:-}" ] || pin=(taskset -c "$SERVER_CORES")
    # JAVA_OPTS: JVM options for the server (a heap size, a flight recording).
    # shellcheck disable=SC2086
    "${pin[@]}" "$SERVER_JAVA" ${JAVA_OPTS:-} -jar "$CHAT_JAR" --server.port="$port" --chat.data-dir="$data" \
        $RAISED_LIMITS "$@" > "$data/server.log" 2>&1 &
    SERVER_PID=$!
    SERVER_PIDS+=("$SERVER_PID")
    for _ in $(seq 1 120); do
        curl -sf "http://localhost:$port/actuator/health" >/dev/null && return 0
        kill -0 "$SERVER_PID" 2>/dev/null || break
        sleep 1
    done
    echo "server on port $port did not start; last lines of $data/server.log:" >&2
    tail -20 "$data/server.log" >&2
    return 1
}

# embedded_pg_port DATA_DIR: the port of the embedded PostgreSQL a server started in DATA_DIR.
embedded_pg_port() {
    grep -o 'Embedded PostgreSQL on port [0-9]*' "$1/server.log" | grep -o '[0-9]*$' | head -1
}

# start_audit_server PORT: a server on a fresh embedded PostgreSQL (data in AUDIT_DATA) with bench/setup.py's
# agents and chats, BASE_URL pointing at it and AUDIT_TOKEN the bench superuser's token (bench/audit*.sh).
start_audit_server() {
    AUDIT_DATA=$(mktemp -d /tmp/chat-audit.XXXXXX)
    # shellcheck disable=SC2086
    start_server "$1" "$AUDIT_DATA" $SUPERUSER_ARGS ${EXTRA_ARGS:-}
    export BASE_URL=http://localhost:$1
    python3 bench/setup.py
    AUDIT_TOKEN=$(curl -sf -H 'Content-Type: application/json' -d '{"username":"bench-root","password":"bench-root-pw"}' \
        "$BASE_URL/api/auth/login/" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
    export AUDIT_TOKEN
}
