package org.storyline.store;

import java.util.Objects;
import org.storyline.render.Format;

/**
 * A story's brief in one format, as stored when the story last changed.
 *
 * @param summary the story as listed (its id is the surviving id when the story was asked for by an old one)
 * @param format  the format of {@code text}
 * @param text    the brief rendered in {@code format}
 */
public record StoryBrief(StorySummary summary, Format format, String text) {

    public StoryBrief {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
    }

    /** The story's id. */
    public String id() {
        return summary.id();
    }

    /** {@code story}'s brief in {@code format}. */
    public static StoryBrief of(StoredStory story, Format format) {
        String text = switch (format) {
            case JSON -> story.json();
            case MARKDOWN -> story.markdown();
            case HTML -> story.html();
        };
        return new StoryBrief(story.summary(), format, text);
    }
}
