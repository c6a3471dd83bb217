package org.storyline.store.lucene;

import java.util.List;
import java.util.Objects;
import org.storyline.store.StoredStory;

/**
 * A story as indexed: the stored story and what is searched or summed from it.
 *
 * @param story    the story with its rendered briefs
 * @param created  when the story was first stored (ISO-8601 instant); the older story survives a merge
 * @param text     its summary sentences, searched and shown in snippets
 * @param days     the publication days of its articles
 * @param entities its entities with their mentions
 */
record StoryEntry(StoredStory story, String created, String text, List<String> days, List<EntityCount> entities) {

    StoryEntry {
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(text, "text");
        days = List.copyOf(days);
        entities = List.copyOf(entities);
    }
}
