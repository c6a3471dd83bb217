package org.storyline.store;

/**
 * Which stories to list, and which page of them.
 *
 * @param entity an entity name the story must mention, or {@code null}
 * @param outlet an outlet one of the story's articles must come from, or {@code null}
 * @param from   earliest publication date (ISO-8601, inclusive) of the story's latest article, or {@code null}
 * @param to     latest publication date (ISO-8601, inclusive) of the story's latest article, or {@code null}
 * @param offset how many matching stories to skip
 * @param limit  how many to return at most
 */
public record StoryFilter(String entity, String outlet, String from, String to, int offset, int limit) {

    public StoryFilter {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
        }
    }

    /** The first {@code limit} stories, unfiltered. */
    public static StoryFilter first(int limit) {
        return new StoryFilter(null, null, null, null, 0, limit);
    }
}
