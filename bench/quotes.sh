#!/usr/bin/env bash
# Quote attribution side by side with CoreNLP, each side in its own JVM under /usr/bin/time (wall time, peak RSS).
#   bench/quotes.sh                              every set of ../shared/benchmarks/quote-attribution
#   bench/quotes.sh ARTICLE_FOLDER [GOLD.tsv]    one folder against a TSV gold, per quote
# Without arguments, for every SET.gold.jsonl of QUOTE_SETS (default ../shared/benchmarks/quote-attribution)
# it runs the storyline command line (`brief SET.articles.jsonl --format json`, -Xmx3g) and CoreNLP's own quote
# attribution on the same articles (CoreNlpQuoteBrief, -Xmx10g, written in the brief's JSON shape), scores both
# with that folder's score_quotes.py and prints one table: per set and side the score line, wall time and peak RSS.
# With arguments it runs storyline's quote extraction and CoreNLP on the same cleaned articles of ARTICLE_FOLDER
# and prints per gold quote both speakers, the totals, the times and the memory (GOLD defaults to
# core/src/test/resources/corpus/nato-2024-10.quotes.tsv; examples/nato-2024-10 is the example corpus).
# BUILD_DIR (default target) is the Maven build folder.
set -euo pipefail
ROOT="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-target}"
CP="$ROOT/bench/$BUILD_DIR/storyline-bench.jar:$ROOT/bench/$BUILD_DIR/lib/*"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# timed NAME COMMAND...: runs COMMAND under /usr/bin/time, output in $TMP/NAME.log, "wall_s rss_kb" in $TMP/NAME.time.
timed() {
    local name=$1
    shift
    echo "running $name ..." >&2
    /usr/bin/time -f "%e %M" -o "$TMP/$name.time" "$@" > "$TMP/$name.log" 2>&1 || { cat "$TMP/$name.log" >&2; exit 1; }
}

# row SET SIDE SCORE_LINE: one table row from score_quotes.py's last line and the side's time file.
row() {
    local set=$1 side=$2 line=$3 wall rss re
    read -r wall rss < <(tail -1 "$TMP/$set.$side.time")
    re='([0-9]+) gold, found ([0-9]+) \(([0-9.]+) %\), speaker right ([0-9]+) \(([0-9.]+) %\), wrong ([0-9]+) \(([0-9.]+) %\), unknown ([0-9]+)'
    [[ $line =~ $re ]] || { echo "unexpected score line for $set $side: $line" >&2; exit 1; }
    printf '| %s | %s | %s | %s (%s %%) | %s (%s %%) | %s (%s %%) | %s | %.0f s | %s GB |\n' "$set" "$side" \
        "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}" "${BASH_REMATCH[3]}" "${BASH_REMATCH[4]}" "${BASH_REMATCH[5]}" \
        "${BASH_REMATCH[6]}" "${BASH_REMATCH[7]}" "${BASH_REMATCH[8]}" "$wall" "$(awk -v kb="$rss" 'BEGIN { printf "%.2f", kb / 1048576 }')"
}

if [[ $# -eq 0 ]]; then
    SETS="$(realpath "${QUOTE_SETS:-$ROOT/../shared/benchmarks/quote-attribution}")"
    shopt -s nullglob
    golds=("$SETS"/*.gold.jsonl)
    [[ ${#golds[@]} -gt 0 ]] || { echo "no *.gold.jsonl in $SETS" >&2; exit 1; }
    (cd "$ROOT" && mvn -q -o -DbuildDir="$BUILD_DIR" -pl cli,bench -am package -DskipTests) >&2
    rows=()
    for gold in "${golds[@]}"; do
        name="$(basename "$gold" .gold.jsonl)"
        articles="$SETS/$name.articles.jsonl"
        [[ -f $articles ]] || { echo "no $articles for $gold" >&2; exit 1; }
        timed "$name.storyline" java -Xmx3g -jar "$ROOT/cli/$BUILD_DIR/storyline-cli.jar" brief "$articles" \
            --format json --output "$TMP/$name.storyline.json"
        timed "$name.corenlp" java -Xmx10g -cp "$CP" org.storyline.bench.quotes.CoreNlpQuoteBrief "$articles" \
            "$TMP/$name.corenlp.json"
        for side in storyline corenlp; do
            rows+=("$(row "$name" "$side" "$(python3 "$SETS/score_quotes.py" "$TMP/$name.$side.json" "$gold" | tail -1)")")
        done
    done
    echo "| set | side | gold | found | speaker right | wrong | unknown | wall | peak RSS |"
    echo "|---|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
    exit 0
fi

FOLDER="$(realpath "$1")"
GOLD="$(realpath "${2:-$ROOT/core/src/test/resources/corpus/nato-2024-10.quotes.tsv}")"
(cd "$ROOT" && mvn -q -DbuildDir="$BUILD_DIR" -pl bench -am package -DskipTests)
MAIN=org.storyline.bench.quotes.QuoteAttributionBenchmark
for side in storyline corenlp; do
    heap=-Xmx2g
    [[ $side == corenlp ]] && heap=-Xmx10g
    timed "$side" java "$heap" -cp "$CP" "$MAIN" --side "$side" "$FOLDER" "$TMP/$side.json"
done
java -cp "$CP" "$MAIN" --compare "$TMP/storyline.json" "$TMP/corenlp.json" "$GOLD" \
    "$(tail -1 "$TMP/storyline.time" | cut -d' ' -f2)" "$(tail -1 "$TMP/corenlp.time" | cut -d' ' -f2)"
