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
 * first mention's words; its subject is the subject most of its mentions give (the first one on a
 * tie, {@code null} when none gives one); its sources are every distinct citation (one per article
 * unless the article states it in different places).
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class FactAligner {

    /** The facts stated by {@code mentions}, most widely reported first. */
    public List<Fact> align(List<FactMention> mentions) {
        Map<Key, Group> groups = new LinkedHashMap<>();
        for (FactMention mention : mentions) {
            groups.computeIfAbsent(new Key(mention.kind(), mention.value()), k -> new Group()).add(mention);
        }
        List<Map.Entry<Key, Group>> ordered = new ArrayList<>(groups.entrySet());
        ordered.sort(Comparator.comparingInt((Map.Entry<Key, Group> e) -> e.getValue().articles()).reversed());
        return ordered.stream().map(e -> e.getValue().fact()).toList();
    }

    private record Key(FactKind kind, String value) {
    }

    /** The mentions of one fact so far. */
    private static final class Group {
        private final List<FactMention> mentions = new ArrayList<>();
        private final Set<Citation> sources = new LinkedHashSet<>();

        void add(FactMention mention) {
            mentions.add(mention);
            sources.add(mention.citation());
        }

        int articles() {
            return (int) sources.stream().map(Citation::article).distinct().count();
        }

        Fact fact() {
            FactMention first = mentions.get(0);
            return new Fact(first.kind(), first.value(), first.text(), subject(), List.copyOf(sources));
        }

        /** The most frequent subject, the earliest on a tie. */
        private String subject() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            mentions.stream().map(FactMention::subject).filter(s -> s != null)
                    .forEach(s -> counts.merge(s, 1, Integer::sum));
            return counts.entrySet().stream()
                    .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                    .map(Map.Entry::getKey).orElse(null);
        }
    }
}
