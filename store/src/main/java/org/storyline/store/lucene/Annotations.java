package org.storyline.store.lucene;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.model.CleanArticle;
import org.storyline.model.Sentence;

/**
 * Cleans and annotates stored articles again when their stories change, keeping the most recent results so
 * that an article is annotated once per writer, not once per batch. Stored articles never change, so an id
 * is enough of a key.
 */
final class Annotations {

    /** Articles whose clean text and sentences are kept. */
    static final int CAPACITY = 4096;

    private final IngestStages stages;
    private final Map<String, CleanArticle> cleaned = lru();
    private final Map<String, List<Sentence>> sentences = lru();

    Annotations(IngestStages stages) {
        this.stages = stages;
    }

    /** {@code article} (already language-tagged, as stored) cleaned. */
    CleanArticle clean(Article article) {
        return cleaned.computeIfAbsent(article.id(), id -> stages.cleaner().clean(article));
    }

    /** {@code clean} annotated; its reprint mark is kept as given. */
    AnnotatedArticle annotate(CleanArticle clean) {
        List<Sentence> found = sentences.get(clean.id());
        if (found == null) {
            found = stages.annotator().annotate(clean).sentences();
            sentences.put(clean.id(), found);
        }
        return new AnnotatedArticle(clean, found);
    }

    private static <V> Map<String, V> lru() {
        return new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > CAPACITY;
            }
        };
    }
}
