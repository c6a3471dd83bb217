package org.storyline.model;

import java.util.List;
import java.util.Objects;

/**
 * One statement, possibly carried by several articles in different words.
 *
 * @param text               the statement, as the first source prints it
 * @param speaker            canonical name of the speaker, or {@code null} when unknown or anonymous
 * @param anonymous          whether the speaker is an unnamed source
 * @param speakerDescription how the articles describe the speaker ({@code a NATO diplomat},
 *                           {@code U.S. Ambassador to NATO}), or {@code null}
 * @param direct             whether the words are quoted verbatim ({@code “…,” she said}); false for
 *                           reported speech ({@code she said that …})
 * @param sources            every article that carries it, with the words there that name the speaker
 */
public record Quote(String text, String speaker, boolean anonymous, String speakerDescription, boolean direct,
                    List<QuoteSource> sources) {

    public Quote {
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
        if (anonymous && speaker != null) {
            throw new IllegalArgumentException("an anonymous quote has no speaker name, got " + speaker);
        }
    }

    /** A direct quote. */
    public Quote(String text, String speaker, boolean anonymous, String speakerDescription, List<QuoteSource> sources) {
        this(text, speaker, anonymous, speakerDescription, true, sources);
    }
}
