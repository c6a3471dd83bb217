package org.storyline.spark.cluster;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What clustering needs of one annotated article.
 *
 * @param order       the article's place in the batch (ascending order is the single-machine input order)
 * @param id          the article's id
 * @param duplicateOf the id of the article it copies, or {@code null}
 * @param terms       its content terms with repeats, as {@link org.storyline.cluster.StoryClusterer#terms}
 */
public record ClusterInput(long order, String id, String duplicateOf, List<String> terms) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Checks the id and copies the terms. */
    public ClusterInput {
        Objects.requireNonNull(id, "id");
        terms = List.copyOf(terms);
    }
}
