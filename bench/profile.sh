#!/usr/bin/env bash
# Where the server's CPU goes under the message load: runs bench/run.sh at one level (16 connections by
# default) with a JFR recording of the server, then draws it as a flame graph (async-profiler's
# jfr-converter, from Maven Central) in HTML and, with Debian's chromium, as a PNG picture.
#   bench/profile.sh NAME            -> bench/results/NAME.jfr.html, bench/results/NAME.png
# LEVEL, DURATION and the other run.sh settings apply.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: bench/profile.sh NAME}
out=bench/target/profile
mkdir -p "$out" bench/results
jfr="$out/$name.jfr"
rm -f "$jfr"

LEVELS=${LEVEL:-16} WARMUP=${WARMUP:-10s} DURATION=${DURATION:-20s} \
    JAVA_OPTS="${JAVA_OPTS:-} -XX:StartFlightRecording=settings=profile,filename=$jfr,dumponexit=true" \
    bench/run.sh

converter=~/.m2/repository/tools/profiler/jfr-converter/4.1/jfr-converter-4.1.jar
[ -f "$converter" ] || ./mvnw -q dependency:get -Dartifact=tools.profiler:jfr-converter:4.1 -Dtransitive=false
for _ in $(seq 1 30); do [ -s "$jfr" ] && break; sleep 1; done
# CPU samples only (wall-clock waits are not CPU), threads merged.
java -jar "$converter" --cpu --simple --norm --title "chatcore server CPU, $name" "$jfr" "bench/results/$name.html"
echo "flame graph: bench/results/$name.html"
if command -v chromium >/dev/null; then
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1800,1100 \
        --screenshot="$PWD/bench/results/$name.png" "file://$PWD/bench/results/$name.html" 2>/dev/null
    echo "picture: bench/results/$name.png"
else
    echo "no chromium (Debian package 'chromium'): no PNG, the HTML above is the flame graph"
fi
