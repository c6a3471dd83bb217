package org.storyline.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;

/**
 * Joins the names of a story's organisations and places that name one thing in a shorter and a longer form,
 * each only when the story leaves one longer form to join: an acronym and the name it abbreviates
 * ({@code IMF}), a name and the same name with a generic word ({@code Mediterranean Sea},
 * {@code Promises Treatment Center}, {@code City of Palmer}), one facility with another generic word
 * ({@code Betty Ford Clinic}, {@code Betty Ford Center}), a team or paper and the same with its city
 * before it ({@code Red Sox}, {@code Boston Red Sox}; the city must be a place of the story), and the head of
 * a name with {@code of} ({@code Academy}, {@code Academy of Motion Picture Arts and Sciences}); and, for an
 * organisation named by one word, the one organisation whose name ends with it ({@code Sox}, {@code Red Sox};
 * {@code Herald}, {@code Boston Herald}); a clipped name, the one name of its kind it clips ({@code Jags},
 * {@code Jaguars}; {@code Philly}, {@code Philadelphia}).
 */
final class OrgResolver {

    private OrgResolver() {
    }

    /** Joins the short forms of {@code clusters} to their long forms, in place. */
    static void join(List<MentionCluster> clusters) {
        joinAcronyms(clusters);
        Map<MentionCluster, List<List<String>>> forms = new HashMap<>();
        Set<String> places = new HashSet<>();
        for (MentionCluster c : clusters) {
            forms.put(c, forms(c));
            if (c.type() == EntityType.PLACE) {
                forms.get(c).forEach(f -> places.add(String.join("", f)));
            }
        }
        joinFacilities(clusters, forms);
        List<MentionCluster> shortFirst = new ArrayList<>(clusters);
        shortFirst.sort(Comparator.comparingInt(c -> forms.get(c).stream().mapToInt(List::size).min().orElse(0)));
        for (MentionCluster s : shortFirst) {
            boolean place = s.members.stream().anyMatch(m -> m.type() == EntityType.PLACE);
            List<List<String>> own = longest(forms.get(s));
            Set<MentionCluster> fits = new HashSet<>();
            for (MentionCluster l : clusters) {
                if (l != s && s.alias == null && (longerForm(own, forms.get(l), place, places)
                        || own.stream().anyMatch(a -> forms.get(l).stream().anyMatch(b -> !OrgNames.placeBefore(a, b).isEmpty())))) {
                    fits.add(l);
                }
            }
            List<MentionCluster> longer = clusters.stream().filter(l -> fits.contains(l)
                    && longerForm(own, forms.get(l), place, places)).toList();
            joinIfOne(s, fits.size() == 1 ? longer : List.of(), clusters, forms);
        }
        for (MentionCluster s : shortFirst) {
            List<List<String>> own = clusters.contains(s) ? longest(forms.get(s)) : List.of();
            if (!own.isEmpty() && s.alias == null) {
                EntityType type = s.type();
                List<String> written = s.members.stream().map(Mention::text).distinct().toList();
                joinIfOne(s, clusters.stream().filter(l -> l != s && l.type() == type && (type == EntityType.ORG
                        && own.stream().anyMatch(a -> forms.get(l).stream().anyMatch(b -> OrgNames.lastWordOf(a, b)))
                        || written.stream().anyMatch(w -> forms.get(l).stream().anyMatch(b -> OrgNames.clipped(w, b)))))
                        .toList(), clusters, forms);
            }
        }
    }

    /** The longest of a cluster's forms: the name it stands for, not the short forms it has taken in. */
    private static List<List<String>> longest(List<List<String>> forms) {
        int max = forms.stream().mapToInt(List::size).max().orElse(0);
        return forms.stream().filter(f -> f.size() == max).toList();
    }

    private static void joinIfOne(MentionCluster s, List<MentionCluster> longer, List<MentionCluster> clusters,
                                  Map<MentionCluster, List<List<String>>> forms) {
        if (longer.size() == 1) {
            longer.get(0).addAll(s, ResolutionPass.SHORT_FORM);
            forms.get(longer.get(0)).addAll(forms.get(s));
            clusters.remove(s);
        }
    }

    /** Joins the names of one facility written with different generic words ({@code Clinic}, {@code Center}). */
    private static void joinFacilities(List<MentionCluster> clusters, Map<MentionCluster, List<List<String>>> forms) {
        Map<List<String>, MentionCluster> byCore = new HashMap<>();
        for (MentionCluster c : new ArrayList<>(clusters)) {
            List<String> core = forms.get(c).stream().map(OrgNames::facilityCore)
                    .filter(x -> x != null && !x.isEmpty()).findFirst().orElse(null);
            if (core == null) {
                continue;
            }
            MentionCluster first = byCore.putIfAbsent(core, c);
            if (first != null) {
                first.addAll(c, ResolutionPass.SHORT_FORM);
                forms.get(first).addAll(forms.get(c));
                clusters.remove(c);
            }
        }
    }

    private static boolean longerForm(List<List<String>> shortForms, List<List<String>> longForms,
                                      boolean shortIsPlace, Set<String> places) {
        for (List<String> a : shortForms) {
            for (List<String> b : longForms) {
                List<String> place = OrgNames.placeBefore(a, b);
                if (b.size() < a.size()) {
                    continue;
                }
                if (OrgNames.designated(a, b, shortIsPlace) || OrgNames.headOf(a, b)
                        || !place.isEmpty() && places.contains(String.join("", place))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<List<String>> forms(MentionCluster c) {
        return new ArrayList<>(c.members.stream().map(Mention::text).distinct().map(OrgNames::words).distinct().toList());
    }

    private static void joinAcronyms(List<MentionCluster> clusters) {
        for (MentionCluster shortForm : new ArrayList<>(clusters)) {
            String name = shortForm.first().text();
            if (!OrgNames.isAcronym(name)) {
                continue;
            }
            List<MentionCluster> longForms = clusters.stream()
                    .filter(c -> c != shortForm && OrgNames.acronym(c.first().text()).equals(name)).toList();
            if (longForms.size() == 1) {
                longForms.get(0).addAll(shortForm, ResolutionPass.ACRONYM);
                clusters.remove(shortForm);
            }
        }
    }
}
