#!/usr/bin/env bash
# Story (event) clustering quality on ECB+: builds core and bench, ingests, cleans and annotates the 982
# articles (annotations cached in BUILD_DIR/clustering-annotations.json: the first run takes a few minutes,
# later ones seconds), clusters them as one batch and prints BCubed and pairwise P/R/F1 and the number of
# clusters on all topics, on topics 1-30 (development) and on topics 31-45 (held out), then time and memory.
# With --stream the articles are fed one at a time to the streaming clusterer instead, in publication order
# with the undated ones at random places (--seed, default 42), and the stories it closes are scored.
#   bench/clustering.sh [--threshold X[,Y...]] [--neighbours K] [JSONL]
#   bench/clustering.sh --stream [--threshold X] [--quiet-days D] [--seed S] [JSONL]
# JSONL defaults to ../shared/benchmarks/story-clustering/ecbplus.jsonl beside the repository.
# BUILD_DIR (default target) is the Maven build folder.
set -euo pipefail
ROOT="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-target}"
MAIN=ClusteringBenchmark
JSONL="$ROOT/../shared/benchmarks/story-clustering/ecbplus.jsonl"
ARGS=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --threshold|--neighbours|--quiet-days|--seed) ARGS+=("$1" "$2"); shift 2 ;;
        --stream) MAIN=StreamingBenchmark; shift ;;
        *) JSONL="$1"; shift ;;
    esac
done
[[ -f "$JSONL" ]] || { echo "no benchmark file $JSONL" >&2; exit 66; }
(cd "$ROOT" && mvn -q -o -DbuildDir="$BUILD_DIR" -pl bench -am package -DskipTests)
CP="$ROOT/bench/$BUILD_DIR/storyline-bench.jar:$ROOT/bench/$BUILD_DIR/lib/*"
/usr/bin/time -f "peak RSS %M KB, wall %e s" java -Xmx3g -cp "$CP" "org.storyline.bench.clustering.$MAIN" \
    "$(realpath "$JSONL")" "$ROOT/bench/$BUILD_DIR/clustering-annotations.json" "${ARGS[@]}"
