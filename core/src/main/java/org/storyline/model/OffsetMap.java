package org.storyline.model;

import java.util.Arrays;

/**
 * Maps every character of a derived text (a cleaned body, a paragraph extracted from HTML) back to
 * the range of the source document it came from. Character {@code i} of the derived text came from
 * source characters {@code [start(i), end(i))}; an entity reference such as {@code &amp;} in HTML maps
 * one derived character to several source characters, an inserted separator maps to an empty range.
 *
 * <p>Instances are immutable.
 */
public final class OffsetMap {

    private final int[] starts;
    private final int[] ends;

    private OffsetMap(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    /** A map for text copied verbatim from the source, beginning at {@code sourceStart}. */
    public static OffsetMap verbatim(int sourceStart, int length) {
        int[] s = new int[length];
        int[] e = new int[length];
        for (int i = 0; i < length; i++) {
            s[i] = sourceStart + i;
            e[i] = sourceStart + i + 1;
        }
        return new OffsetMap(s, e);
    }

    /**
     * A map from explicit per-character source ranges.
     *
     * @throws IllegalArgumentException if the arrays differ in length or a range is inverted
     */
    public static OffsetMap of(int[] starts, int[] ends) {
        if (starts.length != ends.length) {
            throw new IllegalArgumentException("starts has " + starts.length + " entries, ends " + ends.length);
        }
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] < 0 || ends[i] < starts[i]) {
                throw new IllegalArgumentException("bad source range at character " + i);
            }
        }
        return new OffsetMap(starts.clone(), ends.clone());
    }

    /** Number of derived characters mapped. */
    public int length() {
        return starts.length;
    }

    /** First source character of derived character {@code i}. */
    public int start(int i) {
        return starts[i];
    }

    /** End (exclusive) of the source range of derived character {@code i}. */
    public int end(int i) {
        return ends[i];
    }

    /** The part of this map for derived characters {@code [from, to)}. */
    public OffsetMap slice(int from, int to) {
        return new OffsetMap(Arrays.copyOfRange(starts, from, to), Arrays.copyOfRange(ends, from, to));
    }

    /**
     * The source span covering derived characters {@code [from, to)}. An empty derived range maps
     * to an empty source span at the position of {@code from}.
     */
    public Span toSource(int from, int to) {
        if (from < 0 || to > starts.length || to < from) {
            throw new IndexOutOfBoundsException("range [" + from + ", " + to + ") outside 0.." + starts.length);
        }
        if (from == to) {
            int at = from < starts.length ? starts[from] : (starts.length == 0 ? 0 : ends[starts.length - 1]);
            return new Span(at, at);
        }
        int s = starts[from];
        int e = ends[to - 1];
        return new Span(s, Math.max(s, e));
    }

    /**
     * The derived characters whose source ranges lie within source span {@code [from, to)}: the inverse
     * of {@link #toSource}, for showing a cited source span in the derived text. Empty when no derived
     * character comes from the span.
     */
    public Span toDerived(int from, int to) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] >= from && ends[i] <= to && ends[i] > starts[i]) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        return first < 0 ? new Span(0, 0) : new Span(first, last + 1);
    }

    /** Concatenates maps in order, as for texts joined end to end. */
    public static OffsetMap concat(OffsetMap... parts) {
        int n = 0;
        for (OffsetMap p : parts) {
            n += p.length();
        }
        int[] s = new int[n];
        int[] e = new int[n];
        int at = 0;
        for (OffsetMap p : parts) {
            System.arraycopy(p.starts, 0, s, at, p.length());
            System.arraycopy(p.ends, 0, e, at, p.length());
            at += p.length();
        }
        return new OffsetMap(s, e);
    }

    /** A map of {@code length} inserted characters that all point at the empty range at {@code sourceAt}. */
    public static OffsetMap inserted(int sourceAt, int length) {
        int[] s = new int[length];
        Arrays.fill(s, sourceAt);
        return new OffsetMap(s, s.clone());
    }
}
