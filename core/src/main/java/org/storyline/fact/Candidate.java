package org.storyline.fact;

import java.util.Objects;
import org.storyline.model.FactKind;

/**
 * A fact found in a clean text, before overlaps between finders are settled.
 *
 * @param kind    what kind of fact
 * @param value   the normalised value
 * @param subject what the value is about, or {@code null}
 * @param start   first character of the fact's words in the clean text
 * @param end     end (exclusive) of the fact's words in the clean text
 */
record Candidate(FactKind kind, String value, String subject, int start, int end) {

    Candidate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad candidate range [" + start + ", " + end + ") for " + value);
        }
    }

    /** Number of characters covered. */
    int length() {
        return end - start;
    }

    /** Whether the two candidates share at least one character. */
    boolean overlaps(Candidate other) {
        return other.start < end && start < other.end;
    }
}
