package org.storyline.ingest;

import org.storyline.extract.ExtractedPage;
import org.storyline.extract.HtmlExtractor;
import org.storyline.model.Article;

/**
 * Reads an article from an HTML page with {@link HtmlExtractor}: the page's metadata and the body's
 * paragraphs, every character mapped to its range in the raw HTML. Stateless and thread-safe.
 */
public final class HtmlArticleReader {

    private final HtmlExtractor extractor = new HtmlExtractor();

    /** Creates a reader. */
    public HtmlArticleReader() {
    }

    /**
     * The article in the page {@code source}.
     *
     * @param id     the article id
     * @param path   where the page was read from
     * @param source the decoded page, as read (a leading byte order mark stays in it)
     * @return the article; its paragraph list is empty when no body text was found
     */
    public Article read(String id, String path, String source) {
        ExtractedPage page = extractor.extract(source);
        return new Article(id, path, source, page.paragraphs(), page.title(), page.url(), page.outlet(),
                page.published(), page.language());
    }
}
