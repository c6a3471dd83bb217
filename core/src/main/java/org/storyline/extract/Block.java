package org.storyline.extract;

import org.storyline.model.Paragraph;

/**
 * One text block of a page before filtering.
 *
 * @param paragraph   the block's text, mapped into the raw HTML
 * @param linkDensity share of the block's visible characters inside links
 */
record Block(Paragraph paragraph, double linkDensity) {
}
