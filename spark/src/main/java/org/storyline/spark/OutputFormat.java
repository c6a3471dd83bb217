package org.storyline.spark;

import java.util.Locale;

/** The formats the job can write its stories in. */
public enum OutputFormat {
    /** JSON Lines: {@code stories.jsonl/} and {@code briefs.jsonl/}, folders of part files. */
    JSONL,
    /** Apache Parquet: {@code stories.parquet/}. */
    PARQUET;

    /**
     * The format named {@code name} ({@code jsonl} or {@code parquet}, any case).
     *
     * @throws IllegalArgumentException naming the bad value
     */
    public static OutputFormat parse(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "jsonl", "json" -> JSONL;
            case "parquet" -> PARQUET;
            default -> throw new IllegalArgumentException("unknown output format '" + name + "': expected jsonl or parquet");
        };
    }
}
