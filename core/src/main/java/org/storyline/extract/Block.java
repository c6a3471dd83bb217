package org.storyline.extract;

import org.storyline.model.Paragraph;

/**
 * One text block of a page before filtering.
 *
 * @param paragraph   the block's text, mapped into the raw HTML
 * @param linkDensity share of the block's visible characters inside links
 * @param heading     whether the block is a heading ({@code h2}...{@code h6})
 */
record Block(Paragraph paragraph, double linkDensity, boolean heading) {

    /** A block that is not a heading. */
    Block(Paragraph paragraph, double linkDensity) {
        this(paragraph, linkDensity, false);
    }

    /** The block's text. */
    String text() {
        return paragraph.text();
    }
}
