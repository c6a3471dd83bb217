#!/usr/bin/env bash
# Scale of the streaming clusterer: the real articles of ECB+ and the example corpus (annotated once, cached),
# copied into synthetic universes (names renamed, dates moved 30 days per universe) and fed to the stream in
# date order up to N articles (default 1,000,000). Prints articles/s, microseconds per article, heap after GC,
# peak RSS and the stream's open articles/stories/terms at 10k, 20k, 50k, 100k, 200k, 500k and 1M, scores the
# stories of the first 10k articles (--score) against their gold events (BCubed), and draws cost and memory
# against size (wall clock and CPU time per article, heap after GC, peak RSS).
#   bench/scale.sh [--max N] [--plot FILE.png] [--score N] [--seed S] [--window N] [--cache FILE]
# --plot defaults to bench/BUILD_DIR/stream-scale.png; --cache to bench/target/clustering-annotations.json (the
# cache bench/clustering.sh fills with the default build folder; the example articles are added to it once).
# BUILD_DIR (default target) is the Maven build folder.
set -euo pipefail
ROOT="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-target}"
JSONL="$ROOT/../shared/benchmarks/story-clustering/ecbplus.jsonl"
CACHE="$ROOT/bench/target/clustering-annotations.json"
PLOT="$ROOT/bench/$BUILD_DIR/stream-scale.png"
USAGE="usage: bench/scale.sh [--max N] [--plot FILE.png] [--score N] [--seed S] [--window N] [--cache FILE]"
ARGS=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --max|--score|--seed|--window) ARGS+=("$1" "$2"); shift 2 ;;
        --plot) PLOT="$(realpath -m "$2")"; shift 2 ;;
        --cache) CACHE="$(realpath -m "$2")"; shift 2 ;;
        *) echo "$USAGE" >&2; exit 64 ;;
    esac
done
[[ -f "$JSONL" ]] || { echo "no benchmark file $JSONL" >&2; exit 66; }
# the copy of core in lib/ is refreshed: a stale one (copied from another build of the same snapshot) would win
rm -f "$ROOT/bench/$BUILD_DIR/lib/storyline-core-"*.jar
(cd "$ROOT" && mvn -q -o -DbuildDir="$BUILD_DIR" -pl bench -am package -DskipTests)
CP="$ROOT/bench/$BUILD_DIR/storyline-bench.jar:$ROOT/bench/$BUILD_DIR/lib/*"
/usr/bin/time -f "peak RSS %M KB, wall %e s" java -Xmx4g -Djava.awt.headless=true -cp "$CP" \
    org.storyline.bench.scale.StreamScaleBenchmark "$(realpath "$JSONL")" "$CACHE" "$PLOT" "${ARGS[@]}" \
    "$ROOT/examples/nato-2024-10"
