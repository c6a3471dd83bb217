package org.storyline.model;

import java.util.List;
import java.util.Objects;

/**
 * A dated event of a story.
 *
 * @param when    when it happened or will happen, as ISO-8601 text of the precision the sources give:
 *                {@code 2024-10-17T16:20Z}, {@code 2024-10-17}, {@code 2024-10} or {@code 1997}
 * @param text    the sentence that reports it, as the first cited source prints it
 * @param sources every article span that reports it
 */
public record TimelineEvent(String when, String text, List<Citation> sources) {

    public TimelineEvent {
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a timeline event must cite a source: " + text);
        }
    }
}
