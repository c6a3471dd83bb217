#!/usr/bin/env bash
# Readability.js (npm @mozilla/readability + jsdom) on the article extraction benchmark, single-threaded.
#   bench/readability/run.sh [BENCHMARK_FOLDER] [OUTPUT.json]
# Installs the npm packages into bench/readability/node_modules on first use, prints pages/s and peak RSS,
# and writes the outputs in the peers' JSON format (default: a temporary file, whose name is printed) so
# that bench/extraction.sh can score them as an extra peer.
set -euo pipefail
HERE="$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
FOLDER="$(cd "${1:-$HERE/../../../shared/benchmarks/article-extraction}" && pwd)"
OUTPUT="${2:-$(mktemp -t readability-js-XXXXXX.json)}"
command -v node >/dev/null 2>&1 || { echo "readability: node not found on PATH" >&2; exit 1; }
[[ -d "$HERE/node_modules/@mozilla/readability" && -d "$HERE/node_modules/jsdom" ]] ||
    (cd "$HERE" && npm install --no-audit --no-fund --silent)
node "$HERE/run.js" "$FOLDER" "$OUTPUT"
