package org.storyline.model;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of a brief with the sources that report it.
 *
 * @param text    the sentence, as the first cited source prints it
 * @param sources every article span that reports it
 */
public record BriefSentence(String text, List<Citation> sources) {

    public BriefSentence {
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a brief sentence must cite at least one source: " + text);
        }
    }
}
