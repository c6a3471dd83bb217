package org.storyline.model;

import java.util.Locale;

/** Why a piece of an article was taken out of its cleaned body. */
public enum RemovalKind {
    /** The headline, kept as the title rather than as body text. */
    TITLE,
    /** A site or aggregator name printed above the headline. */
    SITE_HEADER,
    /** A byline ({@code By Jane Doe, Reuters}). */
    BYLINE,
    /** Page furniture that is not body text: photo credits, update lines, "Read more" and promo lines. */
    BOILERPLATE,
    /** A subheading between paragraphs. */
    HEADING,
    /** A paragraph printed a second time. */
    DUPLICATE,
    /** A line of hashtags. */
    HASHTAGS,
    /** The dateline that opens the first paragraph ({@code Brussels (EFE).-}). */
    DATELINE,
    /** A credit to the outlet a reprint was taken from ({@code washingtonpost –}). */
    SYNDICATION,
    /** Machine-translation debris: fragments, stray quote marks and punctuation. */
    DEBRIS;

    /** The lower-case name used in JSON. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
