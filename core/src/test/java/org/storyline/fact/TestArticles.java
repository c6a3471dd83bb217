package org.storyline.fact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.storyline.model.Article;
import org.storyline.model.CleanArticle;
import org.storyline.model.OffsetMap;
import org.storyline.model.Span;

/** Builds clean articles by hand for fact tests: the clean text is the whole source, verbatim. */
final class TestArticles {

    private static final Path CORPUS = Path.of("..", "examples", "nato-2024-10");

    private TestArticles() {
    }

    /** An article {@code id} whose source and clean text are both {@code text}. */
    static CleanArticle clean(String id, String text) {
        return clean(id, text, null);
    }

    /** An article {@code id} published at {@code published} (ISO-8601 or {@code null}) whose source and clean text are {@code text}. */
    static CleanArticle clean(String id, String text, String published) {
        Article article = new Article(id, id + ".txt", text, List.of(), null, null, null, published, "en");
        return new CleanArticle(article, null, null, null, null, text, OffsetMap.verbatim(0, text.length()),
                List.of(new Span(0, text.length())), List.of());
    }

    /** The values {@code finder} finds in {@code text}, in the finder's order. */
    static List<String> values(MentionFinder finder, String text) {
        return finder.find(text).stream().map(Candidate::value).toList();
    }

    /** The example article whose file name starts with {@code prefix} ({@code 001}), uncleaned. */
    static CleanArticle example(String prefix) {
        try (Stream<Path> files = Files.list(CORPUS)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no example " + prefix + " in " + CORPUS.toAbsolutePath()));
            return clean(prefix, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
