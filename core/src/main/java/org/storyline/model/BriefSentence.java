package org.storyline.model;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of a brief with the sources that report it.
 *
 * @param text    the sentence, as the first cited source prints it
 * @param sources every article span that reports it
 * @param related spans of other articles on the same point that state only part of it: related reporting,
 *                shown apart and never counted as support
 */
public record BriefSentence(String text, List<Citation> sources, List<Citation> related) {

    public BriefSentence {
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
        related = List.copyOf(related);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a brief sentence must cite at least one source: " + text);
        }
    }

    /** A sentence with its sources and no related reporting. */
    public BriefSentence(String text, List<Citation> sources) {
        this(text, sources, List.of());
    }
}
