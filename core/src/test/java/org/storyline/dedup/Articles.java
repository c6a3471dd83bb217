package org.storyline.dedup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.storyline.clean.TextCleaner;
import org.storyline.ingest.TextArticleReader;
import org.storyline.model.Article;
import org.storyline.model.CleanArticle;
import org.storyline.model.OffsetMap;
import org.storyline.model.Span;

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

    /**
     * A clean article of {@code paragraphs} built directly, without the cleaner (for large generated
     * batches): the text is the paragraphs joined by blank lines, mapped verbatim.
     */
    static CleanArticle direct(String id, String published, String... paragraphs) {
        String text = String.join("\n\n", paragraphs);
        List<Span> spans = new ArrayList<>();
        int start = 0;
        for (String paragraph : paragraphs) {
            spans.add(new Span(start, start + paragraph.length()));
            start += paragraph.length() + 2;
        }
        Article article = new Article(id, id + ".txt", text, List.of(), null, null, null, published, null);
        return new CleanArticle(article, null, null, null, null, text, OffsetMap.verbatim(0, text.length()), spans,
                List.of());
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
