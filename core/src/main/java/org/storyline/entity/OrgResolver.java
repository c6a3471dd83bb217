package org.storyline.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;

/**
 * Joins the names of a story's organisations and places that name one thing in a shorter and a longer form,
 * each only when the story leaves one longer form to join: an acronym and the name it abbreviates
 * ({@code IMF}), a name and the same name with a generic word ({@code Mediterranean Sea},
 * {@code Promises Treatment Center}, {@code City of Palmer}), a team or paper and the same with its city
 * before it ({@code Red Sox}, {@code Boston Red Sox}; the city must be a place of the story), and the head of
 * a name with {@code of} ({@code Academy}, {@code Academy of Motion Picture Arts and Sciences}).
 */
final class OrgResolver {

    private OrgResolver() {
    }

    /** Joins the short forms of {@code clusters} to their long forms, in place. */
    static void join(List<MentionCluster> clusters) {
        joinAcronyms(clusters);
        Set<String> places = new HashSet<>();
        for (MentionCluster c : clusters) {
            if (c.type() == EntityType.PLACE) {
                forms(c).forEach(f -> places.add(String.join("", f)));
            }
        }
        List<MentionCluster> shortFirst = new ArrayList<>(clusters);
        shortFirst.sort(Comparator.comparingInt(c -> forms(c).stream().mapToInt(List::size).min().orElse(0)));
        for (MentionCluster s : shortFirst) {
            List<MentionCluster> longer = clusters.stream().filter(l -> l != s && longerForm(s, l, places)).toList();
            if (longer.size() == 1) {
                longer.get(0).addAll(s);
                clusters.remove(s);
            }
        }
    }

    private static boolean longerForm(MentionCluster s, MentionCluster l, Set<String> places) {
        for (List<String> a : forms(s)) {
            for (List<String> b : forms(l)) {
                List<String> place = OrgNames.placeBefore(a, b);
                if (OrgNames.designated(a, b, s.members.stream().anyMatch(m -> m.type() == EntityType.PLACE)) || OrgNames.headOf(a, b)
                        || !place.isEmpty() && places.contains(String.join("", place))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<List<String>> forms(MentionCluster c) {
        return c.members.stream().map(Mention::text).map(OrgNames::words).distinct().toList();
    }

    private static void joinAcronyms(List<MentionCluster> clusters) {
        for (MentionCluster shortForm : new ArrayList<>(clusters)) {
            String name = shortForm.first().text();
            if (!name.matches("\\p{Lu}{2,6}")) {
                continue;
            }
            List<MentionCluster> longForms = clusters.stream()
                    .filter(c -> c != shortForm && initials(c.first().text()).equals(name)).toList();
            if (longForms.size() == 1) {
                longForms.get(0).addAll(shortForm);
                clusters.remove(shortForm);
            }
        }
    }

    private static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }
}
