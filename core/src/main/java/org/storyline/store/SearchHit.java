package org.storyline.store;

import java.util.Objects;

/**
 * One search result.
 *
 * @param kind    {@code article}, {@code story}, {@code quote} or {@code entity}
 * @param id      the id of the article, story or entity (a quote's id is its story id and index)
 * @param storyId the story it belongs to (for an entity, its newest story)
 * @param title   a headline, speaker or name to show
 * @param snippet the matching text, plain (not HTML)
 * @param score   relevance, higher is better
 */
public record SearchHit(String kind, String id, String storyId, String title, String snippet, float score) {

    public SearchHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }
}
