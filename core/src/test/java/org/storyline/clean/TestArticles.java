package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.storyline.model.Article;
import org.storyline.model.CleanArticle;
import org.storyline.model.Paragraph;
import org.storyline.model.Removal;
import org.storyline.model.RemovalKind;

/** Builds articles for tests the way plain-text ingest does: each non-blank line a paragraph. */
final class TestArticles {

    private TestArticles() {
    }

    /** A plain-text article (no title metadata) whose paragraphs are the non-blank lines of {@code source}. */
    static Article plain(String source) {
        return article("test", source, null);
    }

    /** An article with {@code title} as metadata and the non-blank lines of {@code source} as paragraphs. */
    static Article titled(String title, String source) {
        return article("test", source, title);
    }

    /** A plain-text article read from the test resource {@code path}. */
    static Article resource(String path) {
        try (InputStream in = TestArticles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            String name = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.txt$", "");
            return article(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }

    /** A draft of the plain-text article {@code source}. */
    static Draft draft(String source) {
        return Draft.of(plain(source));
    }

    private static Article article(String id, String source, String title) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        while (start <= source.length()) {
            int end = source.indexOf('\n', start);
            if (end < 0) {
                end = source.length();
            }
            int lineEnd = end > start && source.charAt(end - 1) == '\r' ? end - 1 : end;
            if (!source.substring(start, lineEnd).isBlank()) {
                paragraphs.add(Paragraph.verbatim(source, start, lineEnd));
            }
            start = end + 1;
        }
        return new Article(id, id + ".txt", source, paragraphs, title, null, null, null, "en");
    }

    /** The texts of the removals of {@code kind}. */
    static List<String> removed(CleanArticle clean, RemovalKind kind) {
        return clean.removed().stream().filter(r -> r.kind() == kind).map(Removal::text).toList();
    }

    /**
     * Checks the stand-off contract: every kept character maps back to the same source character,
     * separators map to empty ranges, removals cite their source text and come in source order.
     */
    static void assertMapsBack(CleanArticle clean) {
        String source = clean.article().source();
        String text = clean.text();
        for (int i = 0; i < text.length(); i++) {
            String mapped = source.substring(clean.offsets().start(i), clean.offsets().end(i));
            if (isSeparator(clean, i)) {
                assertThat(mapped).as("separator at %d", i).isEmpty();
            } else {
                assertThat(mapped).as("clean character %d", i).isEqualTo(String.valueOf(text.charAt(i)));
            }
        }
        int previous = -1;
        for (Removal r : clean.removed()) {
            assertThat(r.text()).isEqualTo(source.substring(r.start(), r.end()));
            assertThat(r.start()).isGreaterThanOrEqualTo(previous);
            previous = r.start();
        }
    }

    /** Checks that every non-blank source character is either kept or removed, and only once. */
    static void assertAccountsForEverything(CleanArticle clean) {
        String source = clean.article().source();
        int[] uses = new int[source.length()];
        for (int i = 0; i < clean.text().length(); i++) {
            if (!isSeparator(clean, i)) {
                uses[clean.offsets().start(i)]++;
            }
        }
        for (Removal r : clean.removed()) {
            for (int i = r.start(); i < r.end(); i++) {
                uses[i]++;
            }
        }
        for (int i = 0; i < source.length(); i++) {
            if (!Character.isWhitespace(source.charAt(i))) {
                assertThat(uses[i]).as("uses of source character %d '%s'", i, source.charAt(i)).isEqualTo(1);
            }
        }
    }

    private static boolean isSeparator(CleanArticle clean, int i) {
        return clean.paragraphs().stream().noneMatch(p -> p.start() <= i && i < p.end());
    }
}
