package org.storyline.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;

/** The mentions of one entity while a story's mentions are resolved. */
final class MentionCluster {

    final List<Mention> members = new ArrayList<>();
    /** The pass that joined each member. */
    final Map<Mention, ResolutionPass> passes = new HashMap<>();
    final EntityType anchorType;
    final String key;
    final Aliases.Alias alias;

    /** A cluster of mentions of a person. */
    MentionCluster(EntityType anchorType) {
        this.anchorType = anchorType;
        this.key = "";
        this.alias = null;
    }

    /** A cluster of an organisation or place with the normalised key {@code key}, from the alias table or not. */
    MentionCluster(String key, Aliases.Alias alias) {
        this.anchorType = alias == null ? null : alias.type();
        this.key = key;
        this.alias = alias;
    }

    MentionCluster add(Mention m, ResolutionPass pass) {
        members.add(m);
        passes.put(m, pass);
        return this;
    }

    /** Adds the members of {@code other}, each now joined by {@code pass}. */
    void addAll(MentionCluster other, ResolutionPass pass) {
        other.members.forEach(m -> add(m, pass));
    }

    Mention first() {
        return members.get(0);
    }

    List<String> roles() {
        return members.stream().map(Mention::role).filter(r -> r != null).distinct().toList();
    }

    Entity toEntity() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Set<String>> articlesOf = new HashMap<>();
        Map<String, Integer> nameCounts = new LinkedHashMap<>();
        Map<String, Set<String>> nameArticles = new HashMap<>();
        Set<String> articles = new LinkedHashSet<>();
        boolean person = anchorType == EntityType.PERSON;
        for (Mention m : members) {
            String v = NameParts.written(m.text());
            counts.merge(v, 1, Integer::sum);
            articlesOf.computeIfAbsent(v, k -> new LinkedHashSet<>()).add(m.article());
            articles.add(m.article());
            String name = person ? withoutCourtesyTitle(v) : v;
            nameCounts.merge(name, 1, Integer::sum);
            nameArticles.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(m.article());
        }
        Set<String> full = person ? fullest(nameCounts.keySet().stream().filter(v -> NameParts.of(v).isFull()).toList())
                : Set.of();
        Set<String> acronyms = person ? Set.of() : acronymsOfOthers(nameCounts.keySet());
        Comparator<String> best = Comparator.<String>comparingInt(v -> !full.isEmpty() && !full.contains(v) ? 0 : 1)
                .thenComparingInt(v -> acronyms.contains(v) ? 0 : 1)
                .thenComparingInt(v -> nameArticles.get(v).size())
                .thenComparingInt(nameCounts::get)
                .thenComparingInt(String::length);
        String name = alias != null ? alias.canonical() : nameCounts.keySet().stream().max(best).orElseThrow();
        List<String> variants = new ArrayList<>(counts.keySet());
        variants.sort(Comparator.comparingInt((String v) -> counts.get(v)).reversed());
        if (!variants.contains(name)) {
            variants.add(0, name);
        }
        List<String> allRoles = members.stream().map(Mention::role).filter(r -> r != null).toList();
        return new Entity(name, type(), variants, RoleChooser.choose(allRoles), List.copyOf(articles), members.size());
    }

    /**
     * The names that are the acronym of another name of the organisation ({@code CBP} beside {@code Customs and
     * Border Protection}): the name they stand for is the one to show.
     */
    private static Set<String> acronymsOfOthers(Set<String> names) {
        Set<String> out = new HashSet<>();
        for (String v : names) {
            if (OrgNames.isAcronym(v) && names.stream().anyMatch(n -> !n.equals(v) && OrgNames.acronym(n).equals(v))) {
                out.add(v);
            }
        }
        return out;
    }

    /**
     * The full names that no other full name of the person extends: {@code Kathleen Hawk Sawyer} over
     * {@code Hawk Sawyer}, {@code Bettie Mae Page} over {@code Bettie Page} (every word, in order, and the same
     * last word). A form with a quoted nickname or a parenthesis extends nothing.
     */
    private static Set<String> fullest(List<String> names) {
        Set<String> out = new HashSet<>();
        for (String v : names) {
            List<String> words = words(v);
            boolean extended = names.stream().anyMatch(w -> !w.equals(v) && w.chars().noneMatch(c -> "\"“”()".indexOf(c) >= 0)
                    && extendsName(words(w), words));
            if (!extended) {
                out.add(v);
            }
        }
        return out;
    }

    private static List<String> words(String name) {
        return List.of(name.toLowerCase(Locale.ROOT).split("[\\s.]+"));
    }

    /** Whether {@code longer} has every word of {@code shorter} in order, more words, and the same last word. */
    private static boolean extendsName(List<String> longer, List<String> shorter) {
        if (longer.size() <= shorter.size() || !longer.get(longer.size() - 1).equals(shorter.get(shorter.size() - 1))) {
            return false;
        }
        int j = 0;
        for (String w : longer) {
            if (j < shorter.size() && w.equals(shorter.get(j))) {
                j++;
            }
        }
        return j == shorter.size();
    }

    /**
     * A person's name as written without its courtesy title, which is how a full name should read as the
     * canonical name ({@code Owen John Dempsey}, written {@code Dr. Owen John Dempsey}); a family name alone keeps
     * it ({@code Mr. LaRue}).
     */
    private static String withoutCourtesyTitle(String written) {
        NameParts p = NameParts.of(written);
        if (p.honorific() == null || !p.isFull()) {
            return written;
        }
        return written.substring(written.indexOf(p.honorific()) + p.honorific().length()).strip();
    }

    EntityType type() {
        if (anchorType != null) {
            return anchorType;
        }
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        members.forEach(m -> votes.merge(m.type(), 1, Integer::sum));
        return votes.entrySet().stream().max(Map.Entry.<EntityType, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    }
}
