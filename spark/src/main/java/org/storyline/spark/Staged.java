package org.storyline.spark;

import java.io.Serializable;
import org.storyline.pipeline.Failures;

/**
 * One article's outcome of a stage: its encoded value, or the problem that stopped it.
 *
 * @param order   the article's place in the input: file number in the high 32 bits, article in the low
 * @param id      the article's id
 * @param path    the article's path ({@code file#line}, {@code archive#record}), for problems
 * @param value   the encoded article after the stage, or {@code null} when it failed
 * @param problem why the stage failed, or {@code null}
 */
record Staged(long order, String id, String path, byte[] value, ProblemRow problem) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A success. */
    static Staged done(long order, String id, String path, byte[] value) {
        return new Staged(order, id, path, value, null);
    }

    /** The next stage's success of the same article. */
    Staged then(byte[] next) {
        return new Staged(order, id, path, next, null);
    }

    /** This article's failure at {@code stage}. */
    Staged failed(String stage, RuntimeException e) {
        return new Staged(order, id, path, null, new ProblemRow(path, stage, Failures.describe(e)));
    }

    /** Whether the stage succeeded. */
    boolean ok() {
        return problem == null;
    }

    /** The order of article {@code item} of input file {@code file}. */
    static long order(int file, int item) {
        return (long) file << 32 | item;
    }
}
