package org.storyline.entity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Picks the title that best stands for all titles the articles give a person: the one written most often,
 * then the one sharing most words with the others ({@code NATO Secretary General} over {@code NATO chief}),
 * shorter on ties.
 */
final class RoleChooser {

    private RoleChooser() {
    }

    /** The best title among {@code roles}, one entry per mention that carries a title (repeats count). */
    static String choose(List<String> roles) {
        if (roles.isEmpty()) {
            return null;
        }
        List<String> distinct = roles.stream().distinct().toList();
        return distinct.stream().max(Comparator.<String>comparingLong(r -> roles.stream().filter(r::equals).count())
                .thenComparingInt(r -> support(r, distinct))
                .thenComparing(Comparator.comparingInt(String::length).reversed())).orElseThrow();
    }

    private static int support(String role, List<String> roles) {
        Set<String> mine = words(role);
        int score = 0;
        for (String other : roles) {
            if (other.equals(role)) {
                continue;
            }
            Set<String> theirs = words(other);
            theirs.retainAll(mine);
            score += theirs.size();
        }
        return score;
    }

    private static Set<String> words(String role) {
        return new HashSet<>(Arrays.asList(NameKey.fold(role).replaceAll("[’']s\\b", "").split("[^a-z0-9]+")));
    }
}
