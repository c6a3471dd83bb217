#!/usr/bin/env bash
# Citation check of whole corpora: builds core and bench, briefs every article under the given paths and
# checks every citation of every story's brief (the span exists and supports its claim: at least half of
# the claim's content words in the span, or sentence-embedding cosine >= 0.6; facts by their figures or
# the same value in other words). Prints per story and in total the share of supported citations.
#   bench/citations.sh PATH...        e.g. bench/citations.sh ../shared/benchmarks/story-clustering/ecbplus.jsonl
# BUILD_DIR (default target) is the Maven build folder.
set -euo pipefail
ROOT="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-target}"
[[ $# -gt 0 ]] || { echo "usage: bench/citations.sh PATH..." >&2; exit 64; }
(cd "$ROOT" && mvn -q -DbuildDir="$BUILD_DIR" -pl bench -am package -DskipTests)
exec java -Xmx3g -cp "$ROOT/bench/$BUILD_DIR/storyline-bench.jar:$ROOT/bench/$BUILD_DIR/lib/*" \
    org.storyline.bench.citations.CitationBenchmark "$@"
