package org.storyline.extract;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.storyline.model.Paragraph;

/**
 * What {@link HtmlExtractor} finds in a page.
 *
 * @param title      the article's headline (not the site name), or {@code null}
 * @param paragraphs the body's text blocks in reading order, offsets into the raw HTML
 * @param published  publication date or instant as ISO-8601 text, or {@code null}
 * @param authors    the authors' names, possibly empty
 * @param outlet     the site or outlet name, or {@code null}
 * @param url        the canonical address, or {@code null}
 * @param language   ISO 639-1 code the page declares, or {@code null}
 */
public record ExtractedPage(String title, List<Paragraph> paragraphs, String published, List<String> authors,
                            String outlet, String url, String language) {

    public ExtractedPage {
        paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
        authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
    }

    /** The body as plain text, one paragraph a line. */
    public String body() {
        return paragraphs.stream().map(Paragraph::text).collect(Collectors.joining("\n"));
    }
}
