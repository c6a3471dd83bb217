package org.storyline.store.lucene;

import java.nio.file.Path;
import java.util.List;
import org.storyline.ingest.Ingested;
import org.storyline.ingest.Ingester;
import org.storyline.ingest.TextArticleReader;
import org.storyline.model.Article;
import org.storyline.nlp.CoreNlpAnnotator;

/** What the store's tests share: the pipeline stages (models loaded once per test JVM) and test articles. */
final class StoreTesting {

    /** The stages, with the NLP models loaded once. */
    static final IngestStages STAGES = IngestStages.with(new CoreNlpAnnotator());

    private StoreTesting() {
    }

    /** The five articles of the example corpus, as ingested. */
    static List<Article> nato() {
        return ingest(Path.of("../examples/nato-2024-10"));
    }

    /** The articles under {@code path}. */
    static List<Article> ingest(Path path) {
        Ingested in = new Ingester().ingest(List.of(path));
        if (!in.problems().isEmpty()) {
            throw new IllegalStateException(path + " has problems: " + in.problems());
        }
        return in.articles();
    }

    /** A plain-text article of {@code lines}, the first a headline. */
    static Article text(String id, String... lines) {
        return new TextArticleReader().read(id, id + ".txt", String.join("\n", lines) + "\n");
    }

    /** {@code article} under another id and address (its text unchanged). */
    static Article withId(Article article, String id, String url) {
        return new Article(id, article.path(), article.source(), article.paragraphs(), article.title(), url,
                article.outlet(), article.published(), article.language());
    }

    /** {@code article} as published by {@code outlet} at {@code published}. */
    static Article published(Article article, String outlet, String published) {
        return new Article(article.id(), article.path(), article.source(), article.paragraphs(), article.title(),
                article.url(), outlet, published, article.language());
    }

    /** A writer on {@code dir} with the shared stages and batches of {@code batch}. */
    static LuceneStoreWriter writer(Path dir, int batch) {
        return LuceneStoreWriter.open(dir, STAGES, batch);
    }
}
