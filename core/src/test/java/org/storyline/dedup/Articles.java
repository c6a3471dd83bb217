package org.storyline.dedup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.storyline.clean.TextCleaner;
import org.storyline.ingest.TextArticleReader;
import org.storyline.model.Article;
import org.storyline.model.CleanArticle;

/** Clean articles for the duplicate tests, read and cleaned as the pipeline does. */
final class Articles {

    private static final TextCleaner CLEANER = new TextCleaner();

    private Articles() {
    }

    /** A plain-text article of {@code paragraphs} (one a line), published by {@code outlet} at {@code published}. */
    static CleanArticle of(String id, String outlet, String published, String... paragraphs) {
        Article read = new TextArticleReader().read(id, id + ".txt", String.join("\n", paragraphs) + "\n");
        return CLEANER.clean(new Article(read.id(), read.path(), read.source(), read.paragraphs(), read.title(),
                read.url(), outlet, published, read.language()));
    }

    /** The example corpus article whose file name starts with {@code prefix}. */
    static CleanArticle example(String prefix) {
        try {
            Path folder = Path.of(Articles.class.getClassLoader().getResource("corpus/nato-2024-10").toURI());
            try (var files = Files.list(folder)) {
                Path file = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no example article " + prefix));
                String id = file.getFileName().toString().replace(".txt", "");
                String source = Files.readString(file, StandardCharsets.UTF_8);
                return CLEANER.clean(new TextArticleReader().read(id, file.toString(), source));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
