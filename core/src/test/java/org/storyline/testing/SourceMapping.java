package org.storyline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import org.jsoup.parser.Parser;
import org.storyline.model.Article;
import org.storyline.model.OffsetMap;
import org.storyline.model.Paragraph;

/** Test helpers: fixture paths, and the check that paragraph offsets point at what they claim. */
public final class SourceMapping {

    private SourceMapping() {
    }

    /** The path of a test resource, e.g. {@code /ingest/article.html}. */
    public static Path resource(String name) {
        URL url = SourceMapping.class.getResource(name);
        assertThat(url).as("test resource %s", name).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Asserts that every character of every paragraph equals what its source range decodes to: a
     * plain character maps to the same source character; a decoded reference maps to exactly one
     * whole character reference that decodes to it; a space maps to source whitespace, or to an
     * empty range when it was inserted.
     */
    public static void assertMapsIntoSource(Article article) {
        for (Paragraph paragraph : article.paragraphs()) {
            assertMapsIntoSource(paragraph, article.source());
        }
    }

    /** As {@link #assertMapsIntoSource(Article)}, for one paragraph. */
    public static void assertMapsIntoSource(Paragraph paragraph, String source) {
        OffsetMap offsets = paragraph.offsets();
        for (int i = 0; i < paragraph.text().length(); i++) {
            char c = paragraph.text().charAt(i);
            String raw = source.substring(offsets.start(i), offsets.end(i));
            String where = "char " + i + " '" + c + "' of \"" + paragraph.text() + "\" from \"" + raw + "\"";
            if (raw.isEmpty()) {
                assertThat(c).as(where).isEqualTo(' ');
            } else if (raw.length() == 1) {
                assertThat(c == raw.charAt(0) || c == ' ' && " \t\n\r\f".indexOf(raw.charAt(0)) >= 0)
                        .as(where).isTrue();
            } else {
                assertThat(raw).as(where + " is one reference").matches("&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z0-9]+);?");
                String decoded = Parser.unescapeEntities(raw, false);
                assertThat(decoded.indexOf(c) >= 0 || c == ' ' && decoded.isBlank()).as(where).isTrue();
            }
        }
    }
}
