package org.storyline.model;

import java.util.List;
import java.util.Objects;

/**
 * What one article of a story adds and what it misses.
 *
 * @param article   id of the article
 * @param only      claims no other article of the story makes, each citing this article
 * @param leavesOut claims most other articles make but this one does not, each citing the articles that do
 */
public record Coverage(String article, List<BriefSentence> only, List<BriefSentence> leavesOut) {

    public Coverage {
        Objects.requireNonNull(article, "article");
        only = List.copyOf(only);
        leavesOut = List.copyOf(leavesOut);
    }
}
