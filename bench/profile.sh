#!/usr/bin/env bash
# Where the server's CPU goes under the message load: runs bench/run.sh at one level (16 connections by
# default) with a JFR recording of the server during that level, then draws its CPU samples
# (jdk.ExecutionSample: threads running Java code, not those waiting in native calls) as a flame graph
# (async-profiler's jfr-converter, from Maven Central) in HTML and, with Debian's chromium, as a PNG.
#   bench/profile.sh NAME            -> bench/results/NAME.jfr.html, bench/results/NAME.png
# LEVEL, DURATION and the other run.sh settings apply.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: bench/profile.sh NAME}
out=bench/target/profile
mkdir -p "$out" bench/results
jfr="$out/$name.jfr"
rm -f "$jfr"
# jcmd and jfr of the JDK that runs the server (bin/server-java): an older jfr cannot read a newer recording.
jdk_bin=$(dirname "$(command -v "$(bin/server-java)")")

# The recording covers the measured level only (not the setup's logins nor the warm-up): run.sh starts
# and stops it through jcmd around the level.
# JFR keeps 64 frames by default, too few for a request through Spring, Axon and JPA.
LEVELS=${LEVEL:-16} WARMUP=${WARMUP:-10s} DURATION=${DURATION:-20s} \
    JAVA_OPTS="${JAVA_OPTS:-} -XX:FlightRecorderOptions=stackdepth=1024" \
    LEVEL_START_HOOK="for p in \$JVM_PIDS; do $jdk_bin/jcmd \$p JFR.start name=level settings=default >/dev/null; done" \
    LEVEL_END_HOOK="for p in \$JVM_PIDS; do $jdk_bin/jcmd \$p JFR.stop name=level filename=$PWD/$jfr >/dev/null; done" \
    bench/run.sh

converter=~/.m2/repository/tools/profiler/jfr-converter/4.1/jfr-converter-4.1.jar
[ -f "$converter" ] || ./mvnw -q dependency:get -Dartifact=tools.profiler:jfr-converter:4.1 -Dtransitive=false
for _ in $(seq 1 30); do [ -s "$jfr" ] && break; sleep 1; done
# CPU samples only: JDK recordings also hold native-method samples (threads blocked in socket reads).
"$jdk_bin/jfr" print --json --events jdk.ExecutionSample --stack-depth 1024 "$jfr" > "$out/$name.samples.json"
python3 bench/collapse_jfr.py "$out/$name.samples.json" > "$out/$name.collapsed"
# Icicle layout (threads at the top, callees below) with simple class names: the picture's top part shows
# where each thread's time goes; the HTML can be zoomed into any frame.
"$jdk_bin/java" -jar "$converter" --inverted --simple --norm --title "chatcore server CPU, $name" \
    "$out/$name.collapsed" "bench/results/$name.html"
python3 bench/collapse_jfr.py --summary "$out/$name.samples.json" | tee "bench/results/$name.txt"
echo "flame graph: bench/results/$name.html"
if command -v chromium >/dev/null; then
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1800,2400 \
        --screenshot="$PWD/bench/results/$name.png" "file://$PWD/bench/results/$name.html" 2>/dev/null
    echo "picture: bench/results/$name.png"
else
    echo "no chromium (Debian package 'chromium'): no PNG, the HTML above is the flame graph"
fi
