package org.storyline.model;

import java.util.Objects;

/**
 * An input that could not be processed, reported beside the results instead of stopping the batch.
 *
 * @param path   the file (or {@code file#line}) concerned
 * @param stage  the pipeline stage that failed ({@code ingest}, {@code clean}, ...)
 * @param reason what went wrong, for a person to read
 */
public record Problem(String path, String stage, String reason) {

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
    }
}
