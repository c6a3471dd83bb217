package org.storyline.spark;

import java.io.Serializable;

/**
 * What finding reprints needs of a cleaned article.
 *
 * @param order     its place in the input
 * @param id        its id
 * @param published its publication date, or {@code null}
 * @param text      its clean text
 */
record CopyText(long order, String id, String published, String text) implements Serializable {

    private static final long serialVersionUID = 1L;
}
