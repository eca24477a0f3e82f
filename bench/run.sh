#!/usr/bin/env bash
# Live chat message benchmark: see bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
LEVELS=${LEVELS:-"4 16 64"}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-120s}
WARMUP_MAX=${WARMUP_MAX:-600s}
JIT_SETTLED=${JIT_SETTLED:-5}
PORT=${PORT:-18090}
REALTIME=${REALTIME:-0}
NODES=${NODES:-1}
COMPARE_NODES=${COMPARE_NODES:-0}
SERVER_CORES=${SERVER_CORES:-}
LOAD_CORES=${LOAD_CORES:-}
PGBENCH_CLIENTS=${PGBENCH_CLIENTS:-16}
PGBENCH_SECONDS=${PGBENCH_SECONDS:-5}
export AGENTS=${AGENTS:-20} CHATS=${CHATS:-400}
OUT=bench/target/run
TABLES=()

# on_cores CPU_LIST COMMAND...: runs COMMAND pinned to CPU_LIST with taskset, or unpinned when it is empty.
on_cores() {
    local cores=$1
    shift
    if [ -n "$cores" ]; then taskset -c "$cores" "$@"; else "$@"; fi
}

# start_nodes N: node 1 on its own embedded PostgreSQL, nodes 2..N on that PostgreSQL, all on
# SERVER_CORES (the embedded PostgreSQL inherits node 1's pinning). Sets NODE_URLS, JVM_PIDS, PGURL.
start_nodes() {
    local count=$1 node port data pg_port
    # Every node must sign and check tokens with one key (each would otherwise generate its own).
    local secret
    secret=$(head -c 48 /dev/urandom | base64 | tr -d '\n')
    NODE_URLS=() JVM_PIDS=""
    for (( node = 1; node <= count; node++ )); do
        port=$(( PORT + node - 1 ))
        data=$(mktemp -d /tmp/chat-bench.XXXXXX)
        echo "starting node $node on port $port${SERVER_CORES:+, cores $SERVER_CORES}, data in $data"
        if [ "$node" = 1 ]; then
            # shellcheck disable=SC2086
            start_server "$port" "$data" $SUPERUSER_ARGS --chat.jwt.secret="$secret" ${EXTRA_ARGS:-}
            pg_port=$(embedded_pg_port "$data")
            export PGURL="postgresql://postgres@localhost:$pg_port/postgres"
        else
            # shellcheck disable=SC2086
            start_server "$port" "$data" --chat.jwt.secret="$secret" \
                --spring.datasource.url="jdbc:postgresql://localhost:$pg_port/postgres" \
                --spring.datasource.username=postgres ${EXTRA_ARGS:-}
        fi
        NODE_URLS+=("http://localhost:$port")
        JVM_PIDS+=" $SERVER_PID"
    done
    export BASE_URL=${NODE_URLS[0]}
}

# find_postmaster: the pid of the postmaster behind PGURL when it runs on this machine (the parent of its
# checkpointer, a child that lives as long as it does), or empty.
find_postmaster() {
    [ -n "${PGURL:-}" ] || return 0
    case "$PGURL" in
        *@localhost[:/]* | *@127.0.0.1[:/]* | *://localhost[:/]* | *://127.0.0.1[:/]*) ;;
        *) return 0 ;;
    esac
    local checkpointer
    checkpointer=$(psql "$PGURL" -At -c "SELECT pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'" 2>/dev/null) || return 0
    [ -n "$checkpointer" ] && python3 bench/measure.py postmaster "$checkpointer"
}

cpu_now() {
    python3 bench/measure.py cpu "$JVM_PIDS" "$POSTMASTER"
}

# drive CONNECTIONS DURATION [DUMP_PREFIX]: wrk on every node at once, CONNECTIONS spread evenly over them.
drive() {
    local connections=$1 duration=$2 prefix=${3:-} i share threads
    local pids=()
    for i in "${!NODE_URLS[@]}"; do
        share=$(( connections / ${#NODE_URLS[@]} + (i < connections % ${#NODE_URLS[@]} ? 1 : 0) ))
        [ "$share" -gt 0 ] || continue
        threads=$(( share < 4 ? share : 4 ))
        WRK_DUMP=${prefix:+$prefix.$i} on_cores "$LOAD_CORES" \
            wrk -t"$threads" -c"$share" -d"$duration" --latency -s bench/messages.lua "${NODE_URLS[i]}" \
            | grep '^RESULT' | sed "s/^RESULT/RESULT node=$(( i + 1 ))/" &
        pids+=($!)
    done
    wait "${pids[@]}"
}

# start_watch / stop_watch: REALTIME=1's socket figures (LoadWatch on node 1) around one level.
start_watch() {
    # Sockets on every chat and agent of chats.txt plus a probe; it says READY once they are open,
    # measures until the stop file appears (right after wrk), then prints its RESULT lines.
    rm -f bench/target/loadwatch.stop
    java -cp bench/target/loadwatch -Drate="${PROBE_RATE:-5}" LoadWatch "$BASE_URL" bench/target/chats.txt bench/target/loadwatch.stop \
        > bench/target/loadwatch.out 2>&1 &
    WATCH_PID=$!
    for _ in $(seq 1 600); do
        grep -q '^READY' bench/target/loadwatch.out 2>/dev/null && return 0
        kill -0 "$WATCH_PID" 2>/dev/null || { cat bench/target/loadwatch.out; exit 1; }
        sleep 0.1
    done
}

stop_watch() {
    touch bench/target/loadwatch.stop
    wait "$WATCH_PID" || true
    grep -v '^READY' bench/target/loadwatch.out
}

print_lag() {
    [ -n "${PGURL:-}" ] || return 0
    psql "$PGURL" -At -c "SELECT 'LAG p50_ms=' || round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)::numeric, 2)
            || ' p99_ms=' || round(percentile_cont(0.99) WITHIN GROUP (ORDER BY ms)::numeric, 2)
            || ' messages=' || count(*)
        FROM (SELECT extract(epoch FROM projected_at - created_at) * 1000 AS ms FROM chat_messages
              WHERE created_at >= '$1') lag"
}

# run_level LABEL TABLE CONNECTIONS: one measured level; CPU is sampled right before and after wrk.
run_level() {
    local label=$1 table=$2 level=$3 start before after t0 t1
    start=$(date -u +%Y-%m-%dT%H:%M:%S.%NZ)
    echo "== $label: $level connections, $DURATION"
    [ "$REALTIME" != 1 ] || start_watch
    rm -f "$OUT/wrk.$level".*
    # LEVEL_START_HOOK / LEVEL_END_HOOK: shell run around each measured level (bench/profile.sh records there).
    [ -z "${LEVEL_START_HOOK:-}" ] || eval "$LEVEL_START_HOOK"
    python3 bench/measure.py threads "$JVM_PIDS" > "$OUT/threads.before"
    before=$(cpu_now)
    t0=$(date +%s.%N)
    drive "$level" "$DURATION" "$OUT/wrk.$level"
    t1=$(date +%s.%N)
    after=$(cpu_now)
    python3 bench/measure.py threads "$JVM_PIDS" > "$OUT/threads.after"
    [ -z "${LEVEL_END_HOOK:-}" ] || eval "$LEVEL_END_HOOK"
    [ "$REALTIME" != 1 ] || stop_watch
    print_lag "$start"
    python3 bench/measure.py row "$table" "$label" "$level" "$before" "$after" \
        "$(awk "BEGIN { print $t1 - $t0 }")" "$OUT/wrk.$level".*
    # Where the server's CPU went, by thread (Linux names threads by their first 15 characters).
    python3 bench/measure.py thread-row "$OUT/threads.before" "$OUT/threads.after" "$OUT/wrk.$level".*
}

# pgbench_figure: PostgreSQL alone, bench/pg/command.sql from PGBENCH_CLIENTS clients (pinned to
# LOAD_CORES), in a scratch database of the same PostgreSQL so the benchmark's data stays untouched.
pgbench_figure() {
    local label=$1 scratch tps failed
    if [ -z "${PGURL:-}" ]; then
        echo "PGBENCH skipped: no PostgreSQL URL (set PGURL with BASE_URL)"
        return 0
    fi
    scratch=${PGURL%/*}/chat_bench_scratch
    if ! command -v pgbench >/dev/null; then
        echo "PGBENCH skipped: pgbench is missing (Debian: apt-get install postgresql-15, or postgresql-contrib)"
        return 0
    fi
    PGOPTIONS=--client-min-messages=warning psql "$PGURL" -q -c "DROP DATABASE IF EXISTS chat_bench_scratch" \
        -c "CREATE DATABASE chat_bench_scratch" >/dev/null
    PGOPTIONS=--client-min-messages=warning psql "$scratch" -q -v ON_ERROR_STOP=1 -v aggregates=$(( PGBENCH_CLIENTS * 25 )) -v events=50 \
        -f bench/pg/schema.sql >/dev/null
    # -M prepared: the JDBC driver prepares a statement on the server after its fifth use, as here.
    on_cores "$LOAD_CORES" pgbench -n -M prepared -c "$PGBENCH_CLIENTS" -j "$(( PGBENCH_CLIENTS < 4 ? PGBENCH_CLIENTS : 4 ))" \
        -T "$PGBENCH_SECONDS" -f bench/pg/command.sql "$scratch" > "$OUT/pgbench.out" 2>&1 || true
    tps=$(sed -n 's/^tps = \([0-9]*\).*/\1/p' "$OUT/pgbench.out")
    failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$OUT/pgbench.out")
    psql "$PGURL" -q -c "DROP DATABASE chat_bench_scratch" >/dev/null
    local line="PGBENCH $label: command-shaped transaction (read 50 events + append 1), $PGBENCH_CLIENTS clients, ${PGBENCH_SECONDS}s"
    line+="${SERVER_CORES:+, PostgreSQL on cores $SERVER_CORES}${LOAD_CORES:+, pgbench on $LOAD_CORES}: "
    line+="${tps:-failed (see $OUT/pgbench.out)}${tps:+ tx/s, ${failed:-?} failed}"
    echo "$line"
    PGBENCH_LINES+=("$line")
}

# warm_until_compiled LABEL: after WARMUP, goes on warming in 20 s steps while the JIT's compiler threads
# use more than JIT_SETTLED percent of the JVMs' CPU, up to WARMUP_MAX in all. Each JVM compiles its
# paths once it has run them often enough, so several nodes sharing the load take longer than one.
warm_until_compiled() {
    local label=$1 spent=${WARMUP%s} share
    [ -n "$JVM_PIDS" ] || return 0
    while [ "$spent" -lt "${WARMUP_MAX%s}" ]; do
        python3 bench/measure.py threads "$JVM_PIDS" > "$OUT/threads.warm.before"
        drive "${LEVELS##* }" 20s >/dev/null
        python3 bench/measure.py threads "$JVM_PIDS" > "$OUT/threads.warm.after"
        spent=$(( spent + 20 ))
        share=$(python3 bench/measure.py jit-share "$OUT/threads.warm.before" "$OUT/threads.warm.after")
        echo "== $label: warm-up, ${spent}s in all: the JIT's compiler threads used $share% of the JVMs' CPU in the last 20s"
        awk "BEGIN { exit !($share <= $JIT_SETTLED) }" && return 0
    done
    echo "NOTE: $label: the JIT was still compiling after WARMUP_MAX=$WARMUP_MAX"
}

# run_setup NODES: fresh servers (unless BASE_URL is given), chats, warm-up, every level, pgbench.
run_setup() {
    local nodes=$1 label table
    if [ -n "$EXTERNAL_URL" ]; then
        label=external
        NODE_URLS=("$EXTERNAL_URL") JVM_PIDS=${SERVER_PID:-}
        export BASE_URL=$EXTERNAL_URL
    else
        label="$nodes node$([ "$nodes" = 1 ] || echo s)"
        echo "NOTE: guest rate limits raised for this run (messages/min per room, chats/hour per IP and email)"
        start_nodes "$nodes"
    fi
    [ -n "$JVM_PIDS" ] || echo "NOTE: the server's JVM is not known here (set SERVER_PID with BASE_URL): its CPU reads n/a"
    POSTMASTER=$(find_postmaster)
    [ -n "$POSTMASTER" ] || echo "NOTE: PostgreSQL's processes are not readable here (PGURL unset or not local): its CPU reads n/a"
    # SEED=001: signed-in users' support sessions (seed 001) instead of seed 003's guest chats.
    if [ "${SEED:-003}" = 001 ]; then python3 bench/setup_support.py; else python3 bench/setup.py; fi
    if [ "$WARMUP" != 0 ]; then
        echo "== $label: warm-up, ${LEVELS##* } connections, $WARMUP (not measured)"
        drive "${LEVELS##* }" "$WARMUP" >/dev/null
        warm_until_compiled "$label"
    fi
    table="$OUT/table.$nodes"
    : > "$table"
    TABLES+=("$table")
    for level in $LEVELS; do
        run_level "$label" "$table" "$level"
    done
    pgbench_figure "$label"
    [ -n "$EXTERNAL_URL" ] || cleanup_servers
}

install_tools
trap cleanup_servers EXIT
mkdir -p "$OUT"
EXTERNAL_URL=${BASE_URL:-}
PGBENCH_LINES=()
[ -n "$EXTERNAL_URL" ] || ensure_jar
if [ "$REALTIME" = 1 ]; then
    # Compiled once, so the per-level start-up does not compile it while another level's figures settle.
    mkdir -p bench/target/loadwatch
    javac -d bench/target/loadwatch bench/realtime/LoadWatch.java
fi
echo "RUN seed=${SEED:-003} levels=\"$LEVELS\" duration=$DURATION warmup=$WARMUP nodes=$NODES compare_nodes=$COMPARE_NODES" \
    "server_cores=${SERVER_CORES:-all} load_cores=${LOAD_CORES:-all} chats=$CHATS agents=$AGENTS cpus=$(nproc)" \
    "loadavg=\"$(cut -d' ' -f1-3 /proc/loadavg)\"" \
    "java=\"$([ -n "$EXTERNAL_URL" ] && echo external || "$SERVER_JAVA" -version 2>&1 | head -1)\""
if [ "$COMPARE_NODES" = 1 ] && [ "$NODES" != 1 ] && [ -z "$EXTERNAL_URL" ]; then
    run_setup 1
fi
run_setup "$( [ -n "$EXTERNAL_URL" ] && echo 1 || echo "$NODES")"

echo
echo "server cores: ${SERVER_CORES:-all (not pinned)}, load cores: ${LOAD_CORES:-all (not pinned)}, $DURATION per level," \
    "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) CPUs"
python3 bench/measure.py table "${TABLES[@]}"
[ "${#PGBENCH_LINES[@]}" = 0 ] || printf '%s\n' "${PGBENCH_LINES[@]}"
