package org.storyline.store;

import java.util.List;

/**
 * One page of search results.
 *
 * @param total how many hits in all
 * @param hits  this page's hits, best first
 */
public record SearchResult(long total, List<SearchHit> hits) {

    public SearchResult {
        hits = List.copyOf(hits);
    }
}
