package org.storyline.fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.model.Citation;
import org.storyline.model.Fact;
import org.storyline.model.FactKind;

/**
 * Groups fact mentions from several articles by kind and value: {@code €40 billion} in one article
 * and {@code 40 billion euros} in another are one fact with two sources. Facts are ordered by the
 * number of articles that state them, most first, then by first appearance. A fact's text is the
 * first mention's words; its sources are every distinct citation (one per article unless the
 * article states it in different places).
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class FactAligner {

    /** The facts stated by {@code mentions}, most widely reported first. */
    public List<Fact> align(List<FactMention> mentions) {
        Map<Key, Group> groups = new LinkedHashMap<>();
        for (FactMention mention : mentions) {
            groups.computeIfAbsent(new Key(mention.kind(), mention.value()), k -> new Group(mention.text()))
                    .add(mention.citation());
        }
        List<Map.Entry<Key, Group>> ordered = new ArrayList<>(groups.entrySet());
        ordered.sort(Comparator.comparingInt((Map.Entry<Key, Group> e) -> e.getValue().articles()).reversed());
        return ordered.stream()
                .map(e -> new Fact(e.getKey().kind(), e.getKey().value(), e.getValue().text,
                        List.copyOf(e.getValue().sources)))
                .toList();
    }

    private record Key(FactKind kind, String value) {
    }

    /** The mentions of one fact so far. */
    private static final class Group {
        private final String text;
        private final Set<Citation> sources = new LinkedHashSet<>();

        Group(String text) {
            this.text = text;
        }

        void add(Citation citation) {
            sources.add(citation);
        }

        int articles() {
            return (int) sources.stream().map(Citation::article).distinct().count();
        }
    }
}
