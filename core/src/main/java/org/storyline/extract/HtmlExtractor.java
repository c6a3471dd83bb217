package org.storyline.extract;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.storyline.model.Paragraph;

/**
 * Extracts the article from an HTML page: the body as text blocks ({@link BodyExtractor}: the elements that
 * hold the article, filtered by furniture, link density, stop-word density in the page's language and
 * context, with the standfirst, a fallback for containers too short for the page and notices peeled off the
 * end), without blocks that repeat the headline, and the metadata ({@link HtmlMetadata}, {@link
 * PublishedDate}, {@link Authors}). Every paragraph character maps to its range in the raw HTML: a character
 * reference such as {@code &amp;} maps one character to the whole reference, a collapsed run of whitespace
 * maps its one space to the run's first character. Stateless and thread-safe.
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
        JsonLd ld = JsonLd.of(page);
        String language = HtmlMetadata.language(page, ld);
        String url = HtmlMetadata.url(page, ld);
        String outlet = HtmlMetadata.outlet(page, ld);
        String title = HtmlMetadata.title(page, ld);
        List<Block> body = BodyExtractor.extract(page, source, ld, language, title, SiteNames.of(url, outlet));
        List<Paragraph> paragraphs = withoutHeadline(body.stream().map(Block::paragraph).toList(), title);
        return new ExtractedPage(title, paragraphs, PublishedDate.find(page, ld, url),
                Authors.find(page, ld), outlet, url, language);
    }

    /** {@code body} without blocks that repeat the headline (a second heading, a teaser line). */
    static List<Paragraph> withoutHeadline(List<Paragraph> body, String title) {
        if (title == null) {
            return body;
        }
        return body.stream().filter(p -> !p.text().strip().equalsIgnoreCase(title.strip())).toList();
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
