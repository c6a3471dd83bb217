package org.storyline.spark.cluster;

import java.io.Serializable;

/**
 * A similarity between two articles of the batch.
 *
 * @param a          the lower index
 * @param b          the higher index
 * @param similarity their similarity
 */
record Edge(long a, long b, double similarity) implements Serializable {

    private static final long serialVersionUID = 1L;
}
