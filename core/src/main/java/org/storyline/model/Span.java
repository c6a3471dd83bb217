package org.storyline.model;

/**
 * A half-open character range {@code [start, end)} in some text.
 *
 * @param start first character, inclusive
 * @param end   last character, exclusive
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0) {
            throw new IllegalArgumentException("start must be >= 0, was " + start);
        }
        if (end < start) {
            throw new IllegalArgumentException("end must be >= start (" + start + "), was " + end);
        }
    }

    /** Number of characters covered. */
    public int length() {
        return end - start;
    }

    /** Whether {@code other} lies entirely inside this span. */
    public boolean contains(Span other) {
        return other.start >= start && other.end <= end;
    }

    /** Whether the two spans share at least one character. */
    public boolean overlaps(Span other) {
        return other.start < end && start < other.end;
    }

    /** The text this span covers in {@code text}. */
    public String of(String text) {
        return text.substring(start, end);
    }
}
