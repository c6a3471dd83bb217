package org.storyline.extract;

import org.storyline.model.OffsetMap;
import org.storyline.model.Paragraph;

/** Test blocks mapped to made-up source positions. */
final class Blocks {

    private Blocks() {
    }

    /** A block of running text whose characters sit at {@code start}, {@code start + 1}, ... in the source. */
    static Block text(String text, double linkDensity, int start) {
        return new Block(paragraph(text, start), linkDensity);
    }

    /** A block of running text at source position 0. */
    static Block text(String text, double linkDensity) {
        return text(text, linkDensity, 0);
    }

    /** A heading block. */
    static Block heading(String text) {
        return new Block(paragraph(text, 0), 0, true, false);
    }

    /** A table cell or list item block. */
    static Block item(String text) {
        return new Block(paragraph(text, 0), 0, false, true);
    }

    private static Paragraph paragraph(String text, int start) {
        int[] starts = new int[text.length()];
        int[] ends = new int[text.length()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = start + i;
            ends[i] = start + i + 1;
        }
        return new Paragraph(text, OffsetMap.of(starts, ends));
    }
}
