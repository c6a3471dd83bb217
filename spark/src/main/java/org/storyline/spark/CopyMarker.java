package org.storyline.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.storyline.model.Article;
import org.storyline.model.CleanArticle;
import org.storyline.model.OffsetMap;
import org.storyline.pipeline.Copies;

/**
 * Finds the reprints of the whole batch with core's {@link Copies#mark}, in one task that holds the clean
 * texts (not their sources), in input order: the originals chosen are the single machine's. Only ids leave it.
 */
final class CopyMarker {

    private CopyMarker() {
    }

    /** The reprints among {@code texts}, which must be the whole batch. */
    static Iterator<CopyMark> mark(Iterator<CopyText> texts) {
        List<CopyText> batch = new ArrayList<>();
        texts.forEachRemaining(batch::add);
        batch.sort(Comparator.comparingLong(CopyText::order));
        List<CleanArticle> cleaned = new ArrayList<>(batch.size());
        for (CopyText t : batch) {
            Article article = new Article(t.id(), t.id(), "", List.of(), null, null, null, t.published(), null);
            cleaned.add(new CleanArticle(article, null, null, null, null, t.text(),
                    OffsetMap.verbatim(0, t.text().length()), List.of(), List.of()));
        }
        Copies copies = Copies.mark(cleaned);
        List<CopyMark> marks = new ArrayList<>();
        copies.analysed().stream().filter(c -> c.duplicateOf() != null)
                .forEach(c -> marks.add(new CopyMark(c.id(), c.duplicateOf(), false)));
        copies.exact().forEach(c -> marks.add(new CopyMark(c.id(), c.duplicateOf(), true)));
        return marks.iterator();
    }
}
