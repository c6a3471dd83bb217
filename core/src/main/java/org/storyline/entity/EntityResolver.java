package org.storyline.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;

/**
 * Resolves the mentions of a story's articles into entities. People are anchored on full names: full
 * names join when first name and surname are spellings of one another; a surname alone joins the one
 * person of the story with that surname, and stays apart when there are several. Organisations and
 * places join on a normalised key, the alias table and acronyms ({@code EU}, {@code European Union}).
 */
public final class EntityResolver {

    private final Aliases aliases;

    /** A resolver with the standard alias table. */
    public EntityResolver() {
        this(Aliases.standard());
    }

    /** A resolver with the given alias table. */
    public EntityResolver(Aliases aliases) {
        this.aliases = aliases;
    }

    /** Resolves all mentions of one story. */
    public EntityIndex resolve(List<Mention> mentions) {
        List<Cluster> people = new ArrayList<>();
        List<Mention> rest = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && NameParts.of(m.text()).isFull()) {
                people.stream().filter(c -> c.hasFullName(m.text())).findFirst()
                        .orElseGet(() -> add(people, new Cluster(EntityType.PERSON))).add(m);
            } else {
                rest.add(m);
            }
        }
        int anchored = people.size();
        List<Cluster> others = new ArrayList<>();
        for (Mention m : rest) {
            Optional<Aliases.Alias> alias = aliases.find(m.text());
            List<Cluster> owners = alias.isPresent() || m.text().contains(" ") ? List.of()
                    : owners(people.subList(0, anchored), m, mentions);
            if (owners.size() == 1) {
                owners.get(0).add(m);
            } else if (m.type() == EntityType.PERSON && alias.isEmpty()) {
                people.subList(anchored, people.size()).stream()
                        .filter(c -> owners.isEmpty() && NameKey.matches(c.first().text(), m.text())).findFirst()
                        .orElseGet(() -> add(people, new Cluster(EntityType.PERSON))).add(m);
            } else {
                String key = alias.map(a -> orgKey(a.canonical())).orElse(orgKey(m.text()));
                others.stream().filter(c -> c.key.equals(key)).findFirst()
                        .orElseGet(() -> add(others, new Cluster(key, alias.orElse(null)))).add(m);
            }
        }
        joinAcronyms(others);
        return build(people, others);
    }

    /**
     * The people a one-word mention may be the surname of. An exact spelling beats a variant spelling of
     * someone else's surname. A word the tagger never took for a person joins one only when it is a
     * variant spelling of the surname (a mistagged {@code Selenskyj}), never when it is spelt exactly like
     * it: {@code Jordan} the country is not {@code Jim Jordan}.
     */
    private static List<Cluster> owners(List<Cluster> people, Mention m, List<Mention> all) {
        List<Cluster> exact = people.stream().filter(c -> c.hasExactSurname(m.text())).toList();
        if (!exact.isEmpty()) {
            boolean personElsewhere = m.type() == EntityType.PERSON || all.stream().anyMatch(o ->
                    o.type() == EntityType.PERSON && NameParts.of(o.text()).words().size() == 1
                            && NameKey.fold(NameParts.of(o.text()).last()).equals(NameKey.fold(NameParts.of(m.text()).last())));
            return personElsewhere ? exact : List.of();
        }
        return people.stream().filter(c -> c.hasSurname(m.text())).toList();
    }

    private static <T> T add(List<T> list, T item) {
        list.add(item);
        return item;
    }

    private static void joinAcronyms(List<Cluster> clusters) {
        for (Cluster shortForm : new ArrayList<>(clusters)) {
            String name = shortForm.first().text();
            if (!name.matches("\\p{Lu}{2,6}")) {
                continue;
            }
            List<Cluster> longForms = clusters.stream()
                    .filter(c -> c != shortForm && initials(c.first().text()).equals(name)).toList();
            if (longForms.size() == 1) {
                longForms.get(0).members.addAll(shortForm.members);
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

    static String orgKey(String name) {
        String s = NameKey.fold(name).replaceAll("[’']s$", "").replaceAll("^the\\s+", "")
                .replaceAll("^state of (.+)$", "$1 state");
        s = s.replaceAll("\\s+(group|gruppen|inc|ltd|corp|corporation|ag|asa|plc|company|co|sa|gmbh|llc)\\.?$", "");
        return s.replaceAll("[^a-z0-9]", "");
    }

    private EntityIndex build(List<Cluster> people, List<Cluster> others) {
        List<Cluster> all = new ArrayList<>(people);
        all.addAll(others);
        Map<Mention, Entity> byMention = new HashMap<>();
        Map<Entity, List<String>> roles = new HashMap<>();
        List<Entity> entities = new ArrayList<>();
        for (Cluster c : all) {
            Entity e = c.toEntity();
            entities.add(e);
            c.members.forEach(m -> byMention.put(m, e));
            roles.put(e, c.roles());
        }
        entities.sort(Entity.MOST_MENTIONED_FIRST);
        return new EntityIndex(entities, byMention, roles);
    }

    /** Mentions of one entity while resolving. */
    private static final class Cluster {
        final List<Mention> members = new ArrayList<>();
        final EntityType anchorType;
        final String key;
        final Aliases.Alias alias;

        Cluster(EntityType anchorType) {
            this.anchorType = anchorType;
            this.key = "";
            this.alias = null;
        }

        Cluster(String key, Aliases.Alias alias) {
            this.anchorType = alias == null ? null : alias.type();
            this.key = key;
            this.alias = alias;
        }

        void add(Mention m) {
            members.add(m);
        }

        Mention first() {
            return members.get(0);
        }

        /** Whether {@code name} agrees with every full name of the cluster (an initial must not bridge two people). */
        boolean hasFullName(String name) {
            NameParts p = NameParts.of(name);
            return members.stream().map(m -> NameParts.of(m.text())).filter(NameParts::isFull).allMatch(q -> q.sameFullName(p));
        }

        boolean hasSurname(String word) {
            return members.stream().map(m -> NameParts.of(m.text())).anyMatch(p -> p.isFull() && p.hasSurname(word));
        }

        boolean hasExactSurname(String word) {
            return members.stream().map(m -> NameParts.of(m.text())).anyMatch(p -> p.isFull() && p.hasExactSurname(word));
        }

        List<String> roles() {
            return members.stream().map(Mention::role).filter(r -> r != null).distinct().toList();
        }

        Entity toEntity() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            Map<String, Set<String>> articlesOf = new HashMap<>();
            Set<String> articles = new LinkedHashSet<>();
            for (Mention m : members) {
                String v = NameParts.of(m.text()).words().stream().reduce((a, b) -> a + " " + b).orElse(m.text());
                counts.merge(v, 1, Integer::sum);
                articlesOf.computeIfAbsent(v, k -> new LinkedHashSet<>()).add(m.article());
                articles.add(m.article());
            }
            boolean anyFull = counts.keySet().stream().anyMatch(v -> v.contains(" "));
            Comparator<String> best = Comparator.<String>comparingInt(v -> anchorType == EntityType.PERSON && anyFull
                            && !v.contains(" ") ? 0 : 1)
                    .thenComparingInt(v -> articlesOf.get(v).size())
                    .thenComparingInt(counts::get)
                    .thenComparingInt(String::length);
            String name = alias != null ? alias.canonical() : counts.keySet().stream().max(best).orElseThrow();
            List<String> variants = new ArrayList<>(counts.keySet());
            variants.sort(Comparator.comparingInt((String v) -> counts.get(v)).reversed());
            if (!variants.contains(name)) {
                variants.add(0, name);
            }
            List<String> allRoles = members.stream().map(Mention::role).filter(r -> r != null).toList();
            return new Entity(name, type(), variants, RoleChooser.choose(allRoles), List.copyOf(articles), members.size());
        }

        private EntityType type() {
            if (anchorType != null) {
                return anchorType;
            }
            Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
            members.forEach(m -> votes.merge(m.type(), 1, Integer::sum));
            return votes.entrySet().stream().max(Map.Entry.<EntityType, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        }
    }
}
