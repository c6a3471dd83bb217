package org.storyline.model;

import java.util.List;
import java.util.Objects;

/**
 * A fact with a normalised value, and every article span that states it.
 *
 * @param kind    what kind of fact
 * @param value   the normalised value ({@code EUR 40000000000}, {@code 32 countries}); two
 *                statements with equal kind and value are the same fact
 * @param text    the fact as the first source words it
 * @param subject what the value is about ({@code military aid}, {@code countries}), or {@code null}
 *                when unknown
 * @param sources every span that states it
 */
public record Fact(FactKind kind, String value, String text, String subject, List<Citation> sources) {

    public Fact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
    }

    /** A fact whose subject is not known. */
    public Fact(FactKind kind, String value, String text, List<Citation> sources) {
        this(kind, value, text, null, sources);
    }

    /** Number of distinct articles that state it. */
    public int articleCount() {
        return (int) sources.stream().map(Citation::article).distinct().count();
    }
}
