#!/usr/bin/env bash
# Entity resolution quality on ECB+: builds core and bench, prepares the articles as bench/clustering.sh does
# (annotations cached in BUILD_DIR/clustering-annotations.json: the first run takes a few minutes, later ones
# seconds), clusters them as the pipeline does, extracts every story's entities and writes them as the JSON
# brief (--out, default a temporary file removed afterwards); prints the stories, entities and mentions, the time
# of entity extraction alone, time and memory; then scores the brief with score_entities.py against the gold
# (PERSON, ORG and PLACE BCubed within stories, wrong merges, missed merges). Exits 0 whatever the score; the
# scorer's exit code is printed (1: a PERSON wrong merge).
#   bench/entities.sh [--gold GOLD.json] [--out BRIEF.json] [JSONL]
# JSONL defaults to ../shared/benchmarks/story-clustering/ecbplus.jsonl beside the repository, GOLD to
# ../shared/benchmarks/entity-resolution/ecbplus-entities-dev.json (topics 1-30; the scorer is beside it).
# BUILD_DIR (default target) is the Maven build folder.
set -euo pipefail
ROOT="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-target}"
SHARED="$ROOT/../shared/benchmarks"
JSONL="$SHARED/story-clustering/ecbplus.jsonl"
GOLD="$SHARED/entity-resolution/ecbplus-entities-dev.json"
SCORER="$SHARED/entity-resolution/score_entities.py"
OUT=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --gold|--out) [[ $# -ge 2 ]] || { echo "$1 needs a file" >&2; exit 64; }
            if [[ "$1" == --gold ]]; then GOLD="$2"; else OUT="$2"; fi; shift 2 ;;
        *) JSONL="$1"; shift ;;
    esac
done
for f in "$JSONL" "$GOLD" "$SCORER"; do
    [[ -f "$f" ]] || { echo "no benchmark file $f" >&2; exit 66; }
done
if [[ -z "$OUT" ]]; then
    OUT="$(mktemp --suffix=.json)"
    trap 'rm -f "$OUT"' EXIT
fi
(cd "$ROOT" && mvn -q -o -DbuildDir="$BUILD_DIR" -pl bench -am package -DskipTests)
CP="$ROOT/bench/$BUILD_DIR/storyline-bench.jar:$ROOT/bench/$BUILD_DIR/lib/*"
/usr/bin/time -f "peak RSS %M KB, wall %e s" java -Xmx3g -cp "$CP" org.storyline.bench.entities.EntityBenchmark \
    "$(realpath "$JSONL")" "$ROOT/bench/$BUILD_DIR/clustering-annotations.json" "$OUT" "$(realpath "$GOLD")"
echo
rc=0
python3 "$SCORER" "$OUT" "$GOLD" || rc=$?
echo "score_entities.py exit code $rc (0: no PERSON wrong merge)"
