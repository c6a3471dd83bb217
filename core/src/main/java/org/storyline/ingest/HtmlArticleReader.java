package org.storyline.ingest;

import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.storyline.model.Article;

/**
 * Reads an article from an HTML page: metadata from the page's meta tags (see the accessors of
 * {@link Article}) and the body as the text blocks of the element that holds the article. Every
 * paragraph character maps to its range in the raw HTML: a character reference such as
 * {@code &amp;} maps one character to the whole reference, a collapsed run of whitespace maps its one
 * space to the run's first character. Stateless and thread-safe.
 */
public final class HtmlArticleReader {

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
        Document page = parse(source);
        return new Article(id, path, source, BlockCollector.collect(ContainerFinder.find(page), source),
                HtmlMetadata.title(page), HtmlMetadata.url(page), HtmlMetadata.outlet(page),
                HtmlMetadata.published(page), HtmlMetadata.language(page));
    }

    /**
     * Parses with source positions. A leading byte order mark is parsed as a space (same length, so
     * positions stay right) because the parser would otherwise take it for body text before the
     * doctype.
     */
    private static Document parse(String source) {
        String input = source.startsWith(String.valueOf(Utf8Decoder.BOM)) ? ' ' + source.substring(1) : source;
        return Parser.htmlParser().setTrackPosition(true).parseInput(input, "");
    }
}
