package org.storyline.extract;

import java.util.Arrays;
import java.util.Optional;
import org.storyline.model.OffsetMap;
import org.storyline.model.Paragraph;

/**
 * Builds the text of one HTML block from decoded pieces, collapsing whitespace as a browser does:
 * leading and trailing whitespace is dropped and every inner run of whitespace becomes one space,
 * mapped to the source range of the first whitespace character of the run. Line breaks
 * ({@code <br>}, nested block elements) become an inserted space with an empty source range.
 */
final class BlockTextBuilder {

    private final StringBuilder text = new StringBuilder();
    private int[] starts = new int[64];
    private int[] ends = new int[64];

    /** Appends every character of {@code piece} with its source range. */
    void append(Paragraph piece) {
        for (int i = 0; i < piece.text().length(); i++) {
            append(piece.text().charAt(i), piece.offsets().start(i), piece.offsets().end(i));
        }
    }

    /** Appends {@code c}, which came from source characters {@code [start, end)}. */
    void append(char c, int start, int end) {
        if (!isHtmlSpace(c)) {
            put(c, start, end);
        } else if (!text.isEmpty() && !endsWithSpace()) {
            put(' ', start, end);
        }
    }

    /** Separates what follows from what came before with a space that has no source characters. */
    void lineBreak() {
        if (!text.isEmpty() && !endsWithSpace()) {
            int at = ends[text.length() - 1];
            put(' ', at, at);
        }
    }

    /** The block built so far, without trailing whitespace, or empty when it has no text; then starts over. */
    Optional<Paragraph> build() {
        int n = text.length();
        if (n > 0 && endsWithSpace()) {
            n--;
        }
        Optional<Paragraph> block = n == 0 ? Optional.empty() : Optional.of(new Paragraph(text.substring(0, n),
                OffsetMap.of(Arrays.copyOf(starts, n), Arrays.copyOf(ends, n))));
        text.setLength(0);
        return block;
    }

    /** Whitespace as HTML collapses it: space, tab, line feed, form feed, carriage return. */
    static boolean isHtmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    private boolean endsWithSpace() {
        return text.charAt(text.length() - 1) == ' ';
    }

    private void put(char c, int start, int end) {
        int n = text.length();
        if (n == starts.length) {
            starts = Arrays.copyOf(starts, 2 * n);
            ends = Arrays.copyOf(ends, 2 * n);
        }
        starts[n] = start;
        ends[n] = end;
        text.append(c);
    }
}
