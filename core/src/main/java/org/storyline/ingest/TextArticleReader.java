package org.storyline.ingest;

import org.storyline.model.Article;

/**
 * Reads a plain-text article: every non-blank line is a paragraph, copied verbatim. Plain text
 * carries no metadata, so title, url, outlet, date and language are left {@code null} (the clean
 * stage finds the title among the first lines). Stateless and thread-safe.
 */
public final class TextArticleReader {

    /** Creates a reader. */
    public TextArticleReader() {
    }

    /**
     * The article in {@code source}.
     *
     * @param id     the article id
     * @param path   where the text was read from
     * @param source the decoded text, as read (a leading byte order mark stays in it)
     * @return the article; its paragraph list is empty when the text is blank
     */
    public Article read(String id, String path, String source) {
        return new Article(id, path, source, LineSplitter.paragraphs(source), null, null, null, null, null);
    }
}
