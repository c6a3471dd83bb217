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
 * @param sources every span that states it
 */
public record Fact(FactKind kind, String value, String text, List<Citation> sources) {

    public Fact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
    }
}
