package org.storyline.model;

import java.util.Objects;

/**
 * A piece of the source left out of the cleaned body, and why.
 *
 * @param kind  why it was removed
 * @param text  the removed text as it stands in the source
 * @param start first source character, inclusive
 * @param end   last source character, exclusive
 */
public record Removal(RemovalKind kind, String text, int start, int end) {

    public Removal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad removal range [" + start + ", " + end + ")");
        }
    }
}
