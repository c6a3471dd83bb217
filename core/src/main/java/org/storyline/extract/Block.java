package org.storyline.extract;

import org.storyline.model.Paragraph;

/**
 * One text block of a page before filtering.
 *
 * @param paragraph   the block's text, mapped into the raw HTML
 * @param linkDensity share of the block's visible characters inside links
 * @param heading     whether the block is a heading ({@code h2}...{@code h6})
 * @param item        whether the block is inside a table cell, a list item or a definition list's term or
 *                    description: part of a structure, whose short pieces are not lines of furniture
 */
record Block(Paragraph paragraph, double linkDensity, boolean heading, boolean item) {

    /** A block of running text: neither a heading nor part of a table or list. */
    Block(Paragraph paragraph, double linkDensity) {
        this(paragraph, linkDensity, false, false);
    }

    /** The block's text. */
    String text() {
        return paragraph.text();
    }
}
