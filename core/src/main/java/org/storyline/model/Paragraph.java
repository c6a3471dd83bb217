package org.storyline.model;

import java.util.Objects;

/**
 * One block of article text (a line of a text file, a {@code <p>} of a page) with the source
 * range of each of its characters.
 *
 * @param text    the block's text, decoded (entities resolved, whitespace as in the source)
 * @param offsets where each character of {@code text} came from in the article's source
 */
public record Paragraph(String text, OffsetMap offsets) {

    public Paragraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(offsets, "offsets");
        if (offsets.length() != text.length()) {
            throw new IllegalArgumentException("offsets map " + offsets.length() + " characters but text has " + text.length());
        }
    }

    /** A paragraph copied verbatim from {@code source} at {@code [start, end)}. */
    public static Paragraph verbatim(String source, int start, int end) {
        return new Paragraph(source.substring(start, end), OffsetMap.verbatim(start, end - start));
    }

    /** The source span of the paragraph characters {@code [from, to)}. */
    public Span toSource(int from, int to) {
        return offsets.toSource(from, to);
    }

    /** The source span of the whole paragraph. */
    public Span sourceSpan() {
        return offsets.toSource(0, text.length());
    }

    /** The part {@code [from, to)} of this paragraph, with its offsets. */
    public Paragraph slice(int from, int to) {
        return new Paragraph(text.substring(from, to), offsets.slice(from, to));
    }
}
