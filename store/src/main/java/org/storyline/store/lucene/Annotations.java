package org.storyline.store.lucene;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.codec.ArticleCodec;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.model.CleanArticle;
import org.storyline.model.Sentence;

/**
 * Cleans stored articles again when their stories change, and gives their annotations: the sentences the
 * store keeps with each article, or, for articles stored without them, the annotator's. The most recent
 * results are kept, so that an article is decoded or annotated once per writer, not once per batch. Stored
 * articles never change, so an id is enough of a key.
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

    /**
     * Annotates those of {@code articles} not annotated yet, on all cores (the annotator is thread-safe), so
     * that {@link #annotate(CleanArticle)} then finds them.
     */
    void annotateAll(List<CleanArticle> articles) {
        List<CleanArticle> missing = articles.stream().filter(c -> !sentences.containsKey(c.id())).toList();
        List<List<Sentence>> found = missing.parallelStream().map(c -> {
            try {
                return stages.annotator().annotate(c).sentences();
            } catch (RuntimeException e) {
                return null;
            }
        }).toList();
        for (int i = 0; i < missing.size(); i++) {
            if (found.get(i) != null) {
                sentences.put(missing.get(i).id(), found.get(i));
            }
        }
    }

    /** {@code clean} annotated; its reprint mark is kept as given. */
    AnnotatedArticle annotate(CleanArticle clean) {
        return annotate(clean, null);
    }

    /**
     * {@code clean} annotated, from the sentences {@code stored} keeps when it has them for this very clean
     * text (cleaning may have changed since they were kept), else by the annotator.
     */
    AnnotatedArticle annotate(CleanArticle clean, ArticleEntry stored) {
        List<Sentence> found = sentences.get(clean.id());
        if (found == null && stored != null && stored.sentences() != null
                && ContentHash.of(clean.text()).equals(stored.stored().contentHash())) {
            found = ArticleCodec.sentences(stored.sentences());
            sentences.put(clean.id(), found);
        }
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
