#!/usr/bin/env bash
# Support judgement against judged claim/passage pairs: runs `storyline check-support` on every pair and prints the
# confusion table (gold label by judged label), the precision and recall of `supports` and how many gold `no`
# pairs were accepted, with wall time and peak RSS.
#   bench/support.sh [PAIRS.jsonl [ARTICLES.jsonl]]
# PAIRS defaults to ../shared/benchmarks/citation-support/dev.jsonl (lines with claim, passage, label; a pair with
# passage_article, start and end gets its paragraph and the one before from ARTICLES as context, default
# ../shared/benchmarks/story-clustering/ecbplus.jsonl). BUILD_DIR (default target) is the Maven build folder.
set -euo pipefail
ROOT="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PAIRS="${1:-$ROOT/../shared/benchmarks/citation-support/dev.jsonl}"
ARTICLES="${2:-$ROOT/../shared/benchmarks/story-clustering/ecbplus.jsonl}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
[[ -f "$PAIRS" ]] || { echo "bench/support.sh: no pairs file $PAIRS" >&2; exit 64; }
"$ROOT/storyline" --version > /dev/null
python3 "$ROOT/bench/support_pairs.py" context "$PAIRS" "$ARTICLES" > "$TMP/pairs.jsonl"
/usr/bin/time -f "%e %M" -o "$TMP/time" "$ROOT/storyline" check-support "$TMP/pairs.jsonl" > "$TMP/labels.jsonl"
python3 "$ROOT/bench/support_pairs.py" score "$PAIRS" "$TMP/labels.jsonl"
read -r wall rss < "$TMP/time"
echo "$(wc -l < "$TMP/labels.jsonl") pairs judged in ${wall} s (models loading included), peak RSS $(awk -v kb="$rss" 'BEGIN { printf "%.2f", kb / 1048576 }') GB"
