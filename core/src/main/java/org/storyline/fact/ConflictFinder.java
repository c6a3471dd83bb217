package org.storyline.fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.model.CleanArticle;
import org.storyline.model.Conflict;
import org.storyline.model.Fact;
import org.storyline.model.FactKind;

/**
 * Finds facts that outlets state differently: one says {@code 20.9 billion}, another
 * {@code 21 billion}; one says Thursday, another Wednesday. A false conflict misleads a reader more
 * than a missed one, so two mentions are set against each other only when all of these hold:
 * <ol>
 *   <li>they come from different articles and are of the same kind; a date that is one end of a
 *       range or list ({@code on Thursday and Friday}) is left out, see {@link DateRanges};</li>
 *   <li>they have the same, known subject: for money the noun phrase after the amount
 *       ({@code military aid}) and the currency, for counts the count class ({@code countries}), for
 *       dates and durations the event word they attach to ({@code meeting}, {@code met}), see
 *       {@link FactMention#subject()};</li>
 *   <li>their sentences say the same thing: they share at least two content words other than the
 *       fact's own words, its subject and names, and at least half of those of the shorter sentence
 *       ({@link StatementContext}); {@code a €40 billion aid goal for this year} and
 *       {@code €20.9 billion in aid delivered in the first half} share only the subject, so they are
 *       two facts, not a conflict;</li>
 *   <li>their values cannot both be true ({@link ValueAgreement}): rounding inside a hedge
 *       ({@code nearly 21 billion}), other units or scales ({@code 500 km}, {@code 310 miles}),
 *       other currencies and a coarser date containing a finer one are not conflicts;</li>
 *   <li>each article gives one value for the subject: an outlet that gives {@code 300 rounds} seized
 *       in one raid and {@code 923 rounds} seized in all raids, or a score sheet of {@code yards}, speaks
 *       of several things under one subject word, so none of its values is set against another outlet's,
 *       and two values it gives side by side are never set against each other elsewhere either;</li>
 *   <li>the sentences do not speak of different occasions ({@link Occasions}): when both state other
 *       figures, at least one of them agrees;</li>
 *   <li>the words differ: the same relative date ({@code today}) read against two publication dates is
 *       not a contradiction between the outlets.</li>
 * </ol>
 * Mentions linked this way, directly or through each other, form one conflict whose sides are the
 * facts (by value, with their sources) of those mentions, most widely reported first. Conflicts are
 * ordered by the number of articles involved, most first, then by first appearance.
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class ConflictFinder {

    private final FactAligner aligner = new FactAligner();

    /**
     * The conflicts among {@code mentions}, reading each mention's sentence from {@code articles}
     * (clean articles by id; every mention's article must be there).
     *
     * @throws IllegalArgumentException when a mention's article is not in {@code articles}
     */
    public List<Conflict> find(List<FactMention> mentions, Map<String, CleanArticle> articles) {
        List<FactMention> known = mentions.stream()
                .filter(m -> m.subject() != null && !DateRanges.inRange(m, mentions, articles)).toList();
        Map<String, Set<String>> valuesByArticle = new java.util.HashMap<>();
        known.forEach(m -> valuesByArticle.computeIfAbsent(subjectKey(m), k -> new java.util.HashSet<>()).add(m.value()));
        List<FactMention> ambiguous = known.stream().filter(m -> valuesByArticle.get(subjectKey(m)).size() > 1).toList();
        known = known.stream().filter(m -> valuesByArticle.get(subjectKey(m)).size() == 1).toList();
        List<Set<String>> contexts = known.stream().map(m -> context(m, articles)).toList();
        int[] parent = new int[known.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < known.size(); i++) {
            for (int j = i + 1; j < known.size(); j++) {
                if (disagree(known.get(i), known.get(j)) && StatementContext.same(contexts.get(i), contexts.get(j))
                        && !statedTogether(known.get(i), known.get(j), ambiguous)
                        && !Occasions.different(known.get(i), known.get(j), mentions, articles)) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<Integer, List<FactMention>> groups = new LinkedHashMap<>();
        for (int i = 0; i < known.size(); i++) {
            groups.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(known.get(i));
        }
        List<Conflict> conflicts = new ArrayList<>();
        for (List<FactMention> group : groups.values()) {
            List<Fact> sides = sides(group);
            if (sides.size() > 1) {
                conflicts.add(new Conflict(group.get(0).kind(), group.get(0).subject(), sides));
            }
        }
        conflicts.sort(Comparator.comparingInt((Conflict c) -> articleCount(c)).reversed());
        return List.copyOf(conflicts);
    }

    /**
     * The sides of a conflict: mentions whose values agree ({@code about 200ft} and {@code about 60
     * metres}) stand on one side, as one fact with all their sources, most widely reported side first.
     */
    private List<Fact> sides(List<FactMention> group) {
        List<List<FactMention>> sides = new ArrayList<>();
        for (FactMention m : group) {
            sides.stream().filter(side -> side.stream().allMatch(o -> o.value().equals(m.value())
                            || ValueAgreement.agree(o, m) || sameRelativeWords(o, m)))
                    .findFirst().ifPresentOrElse(side -> side.add(m), () -> sides.add(new ArrayList<>(List.of(m))));
        }
        return sides.stream()
                .map(side -> {
                    Fact first = aligner.align(side).get(0);
                    List<org.storyline.model.Citation> all = side.stream().map(FactMention::citation).distinct().toList();
                    return new Fact(first.kind(), first.value(), first.text(), first.subject(), all);
                })
                .sorted(Comparator.comparingInt(Fact::articleCount).reversed())
                .toList();
    }

    private static boolean disagree(FactMention a, FactMention b) {
        return a.kind() == b.kind() && !a.article().equals(b.article()) && a.subject().equals(b.subject())
                && !ValueAgreement.agree(a, b) && !sameRelativeWords(a, b);
    }

    /** Two dates in the same words ({@code today}) resolved against different publication dates agree. */
    private static boolean sameRelativeWords(FactMention a, FactMention b) {
        return a.kind() == FactKind.DATE && a.text().strip().equalsIgnoreCase(b.text().strip());
    }

    /** Whether an article states both values of {@code a} and {@code b} for their subject. */
    private static boolean statedTogether(FactMention a, FactMention b, List<FactMention> ambiguous) {
        Map<String, Set<String>> values = new java.util.HashMap<>();
        for (FactMention m : ambiguous) {
            if (m.kind() == a.kind() && m.subject().equals(a.subject())) {
                values.computeIfAbsent(m.article(), k -> new java.util.HashSet<>()).add(m.value());
            }
        }
        return values.values().stream().anyMatch(v -> v.contains(a.value()) && v.contains(b.value()));
    }

    /** The article, kind and subject of {@code m}: one article's values for one subject. */
    private static String subjectKey(FactMention m) {
        return m.article() + "\u0000" + m.kind() + "\u0000" + m.subject();
    }

    private static Set<String> context(FactMention m, Map<String, CleanArticle> articles) {
        CleanArticle article = articles.get(m.article());
        if (article == null) {
            throw new IllegalArgumentException("no clean article '" + m.article() + "' for " + m.kind().label()
                    + " '" + m.text() + "'; articles given: " + articles.keySet());
        }
        String sentence = Sentences.textAround(article.text(), m.cleanStart());
        return StatementContext.words(sentence, m.text() + " " + m.subject());
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static int articleCount(Conflict conflict) {
        return (int) conflict.sources().stream().map(c -> c.article()).distinct().count();
    }
}
