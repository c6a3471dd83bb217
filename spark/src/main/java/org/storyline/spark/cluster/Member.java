package org.storyline.spark.cluster;

import java.io.Serializable;

/**
 * An article as the clustering of its connected part sees it.
 *
 * @param index the article's index in the batch
 * @param id    its id
 * @param group the index of the first article of its copy group (itself when it copies none)
 */
record Member(long index, String id, long group) implements Serializable {

    private static final long serialVersionUID = 1L;
}
