package org.storyline.extract;

import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Extracts the article from an HTML page: the body as the text blocks of the element that holds the
 * article, and the metadata from the page's meta tags. Every paragraph character maps to its range in
 * the raw HTML: a character reference such as {@code &amp;} maps one character to the whole reference,
 * a collapsed run of whitespace maps its one space to the run's first character. Stateless and
 * thread-safe.
 */
public final class HtmlExtractor {

    private static final char BOM = '\uFEFF';

    /** Creates an extractor. */
    public HtmlExtractor() {
    }

    /**
     * The article in the page {@code source}.
     *
     * @param source the decoded page, as read (a leading byte order mark may stay in it)
     * @return what was found; the paragraph list is empty when no body text was found
     */
    public ExtractedPage extract(String source) {
        Document page = parse(source);
        return new ExtractedPage(HtmlMetadata.title(page), BlockCollector.collect(ContainerFinder.find(page), source),
                HtmlMetadata.published(page), java.util.List.of(), HtmlMetadata.outlet(page), HtmlMetadata.url(page),
                HtmlMetadata.language(page));
    }

    /**
     * Parses with source positions. A leading byte order mark is parsed as a space (same length, so
     * positions stay right) because the parser would otherwise take it for body text before the
     * doctype.
     */
    private static Document parse(String source) {
        String input = !source.isEmpty() && source.charAt(0) == BOM ? ' ' + source.substring(1) : source;
        return Parser.htmlParser().setTrackPosition(true).parseInput(input, "");
    }
}
