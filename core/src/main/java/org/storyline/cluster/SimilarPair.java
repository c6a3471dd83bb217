package org.storyline.cluster;

import java.io.Serializable;

/**
 * A similarity between two articles of a batch, by their indices in it.
 *
 * @param a          the lower index
 * @param b          the higher index
 * @param similarity their similarity
 */
public record SimilarPair(int a, int b, double similarity) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Checks that {@code a} comes before {@code b}. */
    public SimilarPair {
        if (a >= b) {
            throw new IllegalArgumentException("a pair's first index must be the lower, was " + a + " and " + b);
        }
    }
}
