package org.storyline.store;

import java.util.List;
import java.util.Objects;

/**
 * An entity across the stored stories.
 *
 * @param name     canonical name
 * @param type     {@code PERSON}, {@code ORG}, {@code PLACE} or {@code OTHER}
 * @param role     the role most stories give it, or {@code null}
 * @param mentions mentions in all stories
 * @param storyIds the stories that mention it, newest first
 */
public record EntityStories(String name, String type, String role, int mentions, List<String> storyIds) {

    public EntityStories {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        storyIds = List.copyOf(storyIds);
    }
}
