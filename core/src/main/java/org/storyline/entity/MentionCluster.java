package org.storyline.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
        Set<String> full = person ? nameCounts.keySet().stream().filter(v -> NameParts.of(v).isFull())
                .collect(Collectors.toSet()) : Set.of();
        Comparator<String> best = Comparator.<String>comparingInt(v -> !full.isEmpty() && !full.contains(v) ? 0 : 1)
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
