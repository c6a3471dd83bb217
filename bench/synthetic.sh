#!/usr/bin/env bash
# A synthetic corpus of N articles from real ones, for store, server and scale benchmarks: the real articles
# of the inputs, then copies in which every name is changed and every date moved (a new "universe" per
# copy), until N are written, as JSON Lines (with the gold event when the inputs carry one, as ECB+ does).
#   bench/synthetic.sh N OUT.jsonl [INPUT...]
# INPUT defaults to the ECB+ benchmark and the example corpus. BUILD_DIR (default target) is the build folder.
set -euo pipefail
ROOT="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-target}"
[[ $# -ge 2 ]] || { echo "usage: bench/synthetic.sh N OUT.jsonl [INPUT...]" >&2; exit 64; }
N="$1"; OUT="$(realpath -m "$2")"; shift 2
if [[ $# -eq 0 ]]; then
    set -- "$ROOT/../shared/benchmarks/story-clustering/ecbplus.jsonl" "$ROOT/examples/nato-2024-10"
fi
(cd "$ROOT" && mvn -q -DbuildDir="$BUILD_DIR" -pl bench -am package -DskipTests)
exec java -Xmx2g -cp "$ROOT/bench/$BUILD_DIR/storyline-bench.jar:$ROOT/bench/$BUILD_DIR/lib/*" \
    org.storyline.bench.synthetic.SyntheticCorpus "$N" "$OUT" "$@"
