#!/usr/bin/env bash
# Spark job throughput on one machine: builds core and the spark module (its job jar), then runs the whole
# job in Spark local mode on the given inputs and prints articles/s and the wall time of each stage
# (ingest+clean, annotate, cluster, brief, write). Compare with the single-process command line on the
# same file: /usr/bin/time -v ./storyline brief FILE --format json > /dev/null (see docs/spark.md).
#   bench/spark.sh FILE[,FILE...] [MASTER]      e.g. bench/spark.sh ../shared/benchmarks/story-clustering/ecbplus.jsonl local[2]
# BUILD_DIR (default target) is the Maven build folder.
set -euo pipefail
ROOT="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-target}"
[[ $# -ge 1 ]] || { echo "usage: bench/spark.sh FILE[,FILE...] [MASTER]" >&2; exit 64; }
(cd "$ROOT" && mvn -q -DbuildDir="$BUILD_DIR" -pl spark -am package -DskipTests)
CP_FILE="$ROOT/spark/$BUILD_DIR/spark-classpath.txt"
(cd "$ROOT" && mvn -q -DbuildDir="$BUILD_DIR" -pl spark dependency:build-classpath \
    -Dmdep.includeScope=provided -Dmdep.outputFile="$CP_FILE")
OPENS=$(sed -n 's:.*<spark.java.options>\(.*\)</spark.java.options>.*:\1:p' "$ROOT/spark/pom.xml")
# shellcheck disable=SC2086
exec java -Xmx6g $OPENS -cp "$ROOT/spark/$BUILD_DIR/storyline-spark-0.1.0-SNAPSHOT-job.jar:$(cat "$CP_FILE")" \
    org.storyline.spark.SparkThroughputBenchmark "$@"
