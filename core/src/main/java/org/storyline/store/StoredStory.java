package org.storyline.store;

import java.util.List;
import java.util.Objects;

/**
 * A story with its brief, rendered when the story last changed.
 *
 * @param summary    the story as listed
 * @param articleIds its articles, in the order they were added
 * @param json       the brief in the JSON contract ({@code docs/json-contract.md}), a report of this one story
 * @param markdown   the brief as Markdown
 * @param html       the brief as a self-contained HTML page
 */
public record StoredStory(StorySummary summary, List<String> articleIds, String json, String markdown, String html) {

    public StoredStory {
        Objects.requireNonNull(summary, "summary");
        articleIds = List.copyOf(articleIds);
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(html, "html");
    }

    /** The story's id. */
    public String id() {
        return summary.id();
    }
}
