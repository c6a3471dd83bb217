#!/usr/bin/env bash
# Article extraction benchmarks: builds core and bench, then scores storyline and the peers on the 181-page set
# and storyline on the wide set, prints both side by side with the peers' published figures, and measures the
# speed (pages/s on one thread and on two, against Readability.js's).
#   bench/extraction.sh [BENCHMARK_FOLDER] [EXTRA_PEER.json...]
# BENCHMARK_FOLDER defaults to ../shared/benchmarks/article-extraction (relative to the repository root); the
# wide set is WIDE (default: BENCHMARK_FOLDER-wide, skipped when missing).
# BUILD_DIR (default target) is the Maven build folder; JAVA_OPTS is passed to java (default -Xmx2g).
# BENCH_PAGES=true also prints storyline's 40 worst pages of the 181.
set -euo pipefail
ROOT="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-target}"
args=("$@")
[[ ${#args[@]} -gt 0 ]] || args=("$ROOT/../shared/benchmarks/article-extraction")
WIDE="${WIDE:-${args[0]%/}-wide}"
(cd "$ROOT" && mvn -q -DbuildDir="$BUILD_DIR" -pl bench -am package -DskipTests)
exec java ${JAVA_OPTS:--Xmx2g} -Dbench.pages="${BENCH_PAGES:-false}" -Dbench.wide="$WIDE" \
    -cp "$ROOT/bench/$BUILD_DIR/storyline-bench.jar:$ROOT/bench/$BUILD_DIR/lib/*" \
    org.storyline.bench.extraction.ExtractionBenchmark "${args[@]}"
