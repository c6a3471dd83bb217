package org.storyline.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What reading one input file gave.
 *
 * @param articles the articles read, encoded, in file order
 * @param problems what could not be read
 * @param skipped  records left out on purpose, counted by reason
 */
record FileRead(List<Staged> articles, List<ProblemRow> problems, Map<String, Integer> skipped)
        implements Serializable {

    private static final long serialVersionUID = 1L;
}
