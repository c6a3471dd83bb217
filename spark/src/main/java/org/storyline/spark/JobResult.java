package org.storyline.spark;

import java.util.Map;

/**
 * What a run did.
 *
 * @param articles     articles read
 * @param clustered    articles annotated and clustered (exact copies are listed, not clustered)
 * @param stories      briefs written
 * @param problems     problems written to {@code problems.jsonl}
 * @param skipped      records left out on purpose, by reason
 * @param stageMillis  wall time of each stage in milliseconds, in stage order: {@code ingest+clean},
 *                     {@code annotate}, {@code cluster}, {@code brief}, {@code write}
 */
public record JobResult(long articles, long clustered, long stories, long problems, Map<String, Integer> skipped,
                        Map<String, Long> stageMillis) {

    /** Copies the maps. */
    public JobResult {
        skipped = Map.copyOf(skipped);
        stageMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageMillis));
    }
}
