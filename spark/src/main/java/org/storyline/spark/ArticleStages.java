package org.storyline.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.storyline.model.Article;
import org.storyline.model.CleanArticle;
import org.storyline.codec.ArticleCodec;

/**
 * The per-article stages, run inside {@code mapPartitions} with the executor's shared {@link Stages}: a failure
 * of one article becomes its problem and the others go on.
 */
final class ArticleStages {

    private ArticleStages() {
    }

    /** Detects the language of each article read and cleans it. */
    static Iterator<Staged> clean(Iterator<Staged> read) {
        List<Staged> out = new ArrayList<>();
        read.forEachRemaining(s -> {
            try {
                Article article = ArticleCodec.article(s.value());
                out.add(s.then(ArticleCodec.encode(Stages.cleaner().clean(Stages.languages().tag(article)))));
            } catch (RuntimeException e) {
                out.add(s.failed("clean", e));
            }
        });
        return out.iterator();
    }

    /**
     * Annotates each cleaned article that is not an exact copy, marking near copies with their original.
     *
     * @param cleaned  cleaned articles
     * @param copyMarks what {@link CopyMarker} found, by article id
     */
    static Iterator<Staged> annotate(Iterator<Staged> cleaned, Map<String, CopyMark> copyMarks) {
        List<Staged> out = new ArrayList<>();
        cleaned.forEachRemaining(s -> {
            CopyMark mark = copyMarks.get(s.id());
            if (mark != null && mark.exact()) {
                return;
            }
            try {
                CleanArticle clean = ArticleCodec.clean(s.value());
                if (mark != null) {
                    clean = clean.withDuplicateOf(mark.original());
                }
                out.add(s.then(ArticleCodec.encode(Stages.annotator().annotate(clean))));
            } catch (RuntimeException e) {
                out.add(s.failed("annotate", e));
            }
        });
        return out.iterator();
    }
}
