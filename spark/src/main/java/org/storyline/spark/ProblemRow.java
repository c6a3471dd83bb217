package org.storyline.spark;

import java.io.Serializable;
import java.util.Objects;
import org.storyline.model.Problem;

/**
 * A {@link Problem} as it travels between Spark stages and into {@code problems.jsonl}.
 *
 * @param path   the file, or {@code file#line}, concerned
 * @param stage  the stage that failed ({@code ingest}, {@code clean}, {@code annotate}, {@code brief})
 * @param reason what went wrong
 */
public record ProblemRow(String path, String stage, String reason) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Checks that no field is null. */
    public ProblemRow {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
    }

    /** The row of a core problem. */
    public static ProblemRow of(Problem problem) {
        return new ProblemRow(problem.path(), problem.stage(), problem.reason());
    }
}
