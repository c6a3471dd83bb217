package org.storyline.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.storyline.model.Citation;
import org.storyline.model.Exclusive;
import org.storyline.model.Token;

/**
 * What only one article reports: per article, its informative sentences (naming someone or something,
 * or giving a number) that no sentence of another article comes close to, least like the others first.
 */
final class ExclusiveFinder {

    /** Below this cosine to every other article's sentences, a sentence is the article's alone. */
    static final double UNSHARED = 0.15;
    static final int PER_ARTICLE = 3;

    private ExclusiveFinder() {
    }

    static List<Exclusive> find(StorySentences story) {
        List<Exclusive> out = new ArrayList<>();
        String current = null;
        List<StorySentence> pool = new ArrayList<>();
        for (StorySentence s : story.all()) {
            if (!s.article().id().equals(current)) {
                flush(pool, story, out);
                current = s.article().id();
            }
            if (s.eligible() && informative(s)) {
                pool.add(s);
            }
        }
        flush(pool, story, out);
        return out;
    }

    private static void flush(List<StorySentence> pool, StorySentences story, List<Exclusive> out) {
        if (pool.isEmpty() || story.all().stream().map(StorySentence::article).distinct().count() < 2) {
            pool.clear();
            return;
        }
        pool.stream()
                .filter(s -> story.closestElsewhere(s) < UNSHARED)
                .sorted(Comparator.comparingDouble(story::closestElsewhere).thenComparingDouble(StorySentence::position))
                .limit(PER_ARTICLE)
                .sorted(Comparator.comparingDouble(StorySentence::position))
                .forEach(s -> {
                    Citation c = s.citation();
                    out.add(new Exclusive(c.article(), s.text(), c.start(), c.end()));
                });
        pool.clear();
    }

    private static boolean informative(StorySentence s) {
        for (Token t : s.sentence().tokens()) {
            if (!t.ner().equals("O") || t.pos().equals("CD")) {
                return true;
            }
        }
        return false;
    }
}
