package org.storyline.fact;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.model.CleanArticle;
import org.storyline.model.Span;

/**
 * Tells two statements of one kind of figure about different occasions apart by the other figures beside
 * them. {@code caught 29 passes for 201 yards} and {@code caught 39 passes for 302 yards} are two games,
 * not two accounts of one: every other figure differs too. Two accounts of one event that disagree on a
 * figure usually agree on another ({@code 230,000 people in 13 countries} against {@code 230,000 people
 * in 14 countries}).
 */
final class Occasions {

    private Occasions() {
    }

    /**
     * Whether the sentences of {@code a} and {@code b} speak of different occasions. When both state other
     * figures, those about the same thing (same kind and subject) are compared: if more of them differ
     * than agree, counting the pair itself as one that differs, the occasions differ. When they share no
     * subject, the occasions differ if no figure of one agrees with a figure of the other.
     */
    static boolean different(FactMention a, FactMention b, List<FactMention> all, Map<String, CleanArticle> articles) {
        List<FactMention> besideA = beside(a, all, articles);
        List<FactMention> besideB = beside(b, all, articles);
        if (besideA.isEmpty() || besideB.isEmpty()) {
            return false;
        }
        Set<String> shared = new HashSet<>();
        besideA.forEach(x -> shared.add(key(x)));
        shared.retainAll(besideB.stream().map(Occasions::key).toList());
        if (shared.isEmpty()) {
            return besideA.stream().noneMatch(x -> besideB.stream().anyMatch(y -> x.kind() == y.kind() && same(x, y)));
        }
        int agreeing = 0;
        int differing = 1;
        for (String k : shared) {
            boolean agree = besideA.stream().filter(x -> key(x).equals(k))
                    .anyMatch(x -> besideB.stream().filter(y -> key(y).equals(k)).anyMatch(y -> same(x, y)));
            if (agree) {
                agreeing++;
            } else {
                differing++;
            }
        }
        return differing > agreeing;
    }

    private static boolean same(FactMention x, FactMention y) {
        return x.value().equals(y.value()) || ValueAgreement.agree(x, y);
    }

    private static String key(FactMention m) {
        return m.kind() + ":" + (m.subject() == null ? "" : m.subject());
    }

    /** The other figures in the sentence of {@code m}. */
    private static List<FactMention> beside(FactMention m, List<FactMention> all, Map<String, CleanArticle> articles) {
        Span sentence = Sentences.around(articles.get(m.article()).text(), m.cleanStart());
        return all.stream()
                .filter(o -> o != m && o.article().equals(m.article())
                        && o.cleanStart() >= sentence.start() && o.cleanEnd() <= sentence.end())
                .toList();
    }
}
