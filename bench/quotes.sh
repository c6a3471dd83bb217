#!/usr/bin/env bash
# Quote attribution side by side with CoreNLP: builds core and bench, runs storyline's quote extraction and
# CoreNLP's own quote attribution on the same cleaned articles, each in its own JVM under /usr/bin/time
# (peak RSS), then prints per gold quote both speakers, the totals, the times and the memory.
#   bench/quotes.sh [ARTICLE_FOLDER [GOLD.tsv]]
# ARTICLE_FOLDER defaults to examples/nato-2024-10, GOLD to core/src/test/resources/corpus/nato-2024-10.quotes.tsv.
# BUILD_DIR (default target) is the Maven build folder. storyline runs with -Xmx2g, CoreNLP with -Xmx10g.
set -euo pipefail
ROOT="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-target}"
FOLDER="$(realpath "${1:-$ROOT/examples/nato-2024-10}")"
GOLD="$(realpath "${2:-$ROOT/core/src/test/resources/corpus/nato-2024-10.quotes.tsv}")"
(cd "$ROOT" && mvn -q -DbuildDir="$BUILD_DIR" -pl bench -am package -DskipTests)
CP="$ROOT/bench/$BUILD_DIR/storyline-bench.jar:$ROOT/bench/$BUILD_DIR/lib/*"
MAIN=org.storyline.bench.quotes.QuoteAttributionBenchmark
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
for side in storyline corenlp; do
    heap=-Xmx2g
    [[ $side == corenlp ]] && heap=-Xmx10g
    echo "running $side ..." >&2
    /usr/bin/time -f "%M" -o "$TMP/$side.rss" java "$heap" -cp "$CP" "$MAIN" --side "$side" "$FOLDER" "$TMP/$side.json" \
        > "$TMP/$side.log" 2>&1 || { cat "$TMP/$side.log" >&2; exit 1; }
done
java -cp "$CP" "$MAIN" --compare "$TMP/storyline.json" "$TMP/corenlp.json" "$GOLD" \
    "$(tail -1 "$TMP/storyline.rss")" "$(tail -1 "$TMP/corenlp.rss")"
