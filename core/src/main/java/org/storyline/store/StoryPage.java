package org.storyline.store;

import java.util.List;

/**
 * One page of a story listing.
 *
 * @param total   how many stories match in all
 * @param stories this page's stories
 */
public record StoryPage(long total, List<StorySummary> stories) {

    public StoryPage {
        stories = List.copyOf(stories);
    }
}
