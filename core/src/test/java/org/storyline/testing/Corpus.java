package org.storyline.testing;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.storyline.clean.TextCleaner;
import org.storyline.ingest.Ingested;
import org.storyline.ingest.Ingester;
import org.storyline.ingest.TextArticleReader;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.nlp.CoreNlpAnnotator;
import org.storyline.nlp.TextAnnotator;

/**
 * Test access to the example corpus and to small fixtures, ingested, cleaned and annotated with the real
 * CoreNLP models (loaded once per test JVM and shared by every test class).
 */
public final class Corpus {

    private static final TextAnnotator ANNOTATOR = new CoreNlpAnnotator();
    private static final Map<Path, List<AnnotatedArticle>> CACHE = new ConcurrentHashMap<>();

    private Corpus() {
    }

    /** The shared annotator. */
    public static TextAnnotator annotator() {
        return ANNOTATOR;
    }

    /** A test resource folder or file as a path ({@code corpus/nato-2024-10}). */
    public static Path resource(String name) {
        try {
            return Path.of(Corpus.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test resource " + name, e);
        }
    }

    /** The five example articles, annotated, in file order. */
    public static List<AnnotatedArticle> nato() {
        return annotated("corpus/nato-2024-10");
    }

    /** The example article whose id starts with {@code prefix} ({@code "004"}). */
    public static AnnotatedArticle nato(String prefix) {
        return nato().stream().filter(a -> a.id().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no example article " + prefix));
    }

    /** Every article under test resource {@code name}, ingested, cleaned and annotated. */
    public static List<AnnotatedArticle> annotated(String name) {
        return CACHE.computeIfAbsent(resource(name), path -> {
            Ingested in = new Ingester().ingest(List.of(path));
            if (!in.problems().isEmpty()) {
                throw new IllegalStateException("fixture " + name + " has problems: " + in.problems());
            }
            List<AnnotatedArticle> out = new ArrayList<>();
            TextCleaner cleaner = new TextCleaner();
            for (Article a : in.articles()) {
                out.add(ANNOTATOR.annotate(cleaner.clean(a)));
            }
            return List.copyOf(out);
        });
    }

    /** A plain-text article made of {@code lines} (first line a headline if it looks like one), annotated. */
    public static AnnotatedArticle text(String id, String... lines) {
        String source = String.join("\n", lines) + "\n";
        Article article = new TextArticleReader().read(id, id + ".txt", source);
        return ANNOTATOR.annotate(new TextCleaner().clean(article));
    }
}
