package org.storyline.store;

import java.util.List;
import java.util.Objects;

/**
 * A story as listed.
 *
 * @param id        the story's id, stable for the life of the store
 * @param headline  its headline
 * @param latest    publication date of its latest article (ISO-8601), or {@code null} when none is dated
 * @param updated   when the store last changed the story (ISO-8601 instant)
 * @param articles  how many articles it has
 * @param outlets   its outlets, most articles first
 * @param entities  its most mentioned entities' names
 */
public record StorySummary(String id, String headline, String latest, String updated, int articles,
                           List<String> outlets, List<String> entities) {

    public StorySummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(headline, "headline");
        outlets = List.copyOf(outlets);
        entities = List.copyOf(entities);
    }
}
