package org.storyline.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;

/**
 * The entities of one story, with the mention each came from and lookups by name and by title. Built
 * by {@link EntityResolver}; immutable.
 */
public final class EntityIndex {

    private final List<Entity> entities;
    private final Map<Mention, Entity> byMention;
    private final Map<Entity, List<String>> roles;
    private final Map<Mention, ResolutionPass> passes;
    private final Map<Entity, List<Mention>> mentionsOf;
    private final Map<String, List<Mention>> byArticle;

    EntityIndex(List<Entity> entities, Map<Mention, Entity> byMention, Map<Entity, List<String>> roles,
                Map<Mention, ResolutionPass> passes) {
        this.entities = List.copyOf(entities);
        this.byMention = Map.copyOf(byMention);
        this.roles = Map.copyOf(roles);
        this.passes = Map.copyOf(passes);
        Map<Entity, List<Mention>> inverse = new HashMap<>();
        this.byMention.forEach((m, e) -> inverse.computeIfAbsent(e, k -> new ArrayList<>()).add(m));
        this.mentionsOf = inverse;
        Map<String, List<Mention>> articles = new HashMap<>();
        this.byMention.keySet().forEach(m -> articles.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(m));
        this.byArticle = articles;
    }

    /** The pass that joined {@code mention} to its entity. */
    public Optional<ResolutionPass> passOf(Mention mention) {
        return Optional.ofNullable(passes.get(mention));
    }

    /** All entities, most mentioned first. */
    public List<Entity> entities() {
        return entities;
    }

    /** The entity a mention was resolved to. */
    public Optional<Entity> entityOf(Mention mention) {
        return Optional.ofNullable(byMention.get(mention));
    }

    /**
     * The entity of the mention that ends at {@code end} of {@code article}'s clean text and starts at or after
     * {@code start}: how the entity stage resolved the name written there ({@code Noem} in {@code Gov. Kristi Noem
     * … Noem said}, whatever tag the tagger gave the word).
     */
    public Optional<Entity> entityEndingAt(String article, int start, int end) {
        for (Mention m : byArticle.getOrDefault(article, List.of())) {
            if (m.end() == end && m.start() >= start) {
                return Optional.of(byMention.get(m));
            }
        }
        return Optional.empty();
    }

    /**
     * The person a name written in the text refers to: a full name matching one person, or a single
     * word that is the surname of exactly one person of the story. Empty when unknown or ambiguous.
     */
    public Optional<Entity> person(String name) {
        NameParts parts = NameParts.of(name);
        if (parts.words().isEmpty()) {
            return Optional.empty();
        }
        List<Entity> found = matching(parts, name, false);
        if (found.size() != 1 && !parts.isFull()) {
            List<Entity> exact = matching(parts, name, true);
            if (exact.size() == 1) {
                found = exact;
            }
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /**
     * The person a name written in {@code article} refers to: as {@link #person(String)}, and when several people
     * of the story fit, the one of them that {@code article} itself names ({@code Clark} in an article about
     * Capt. James Clark, in a story where another article quotes Wesley Clark).
     */
    public Optional<Entity> person(String name, String article) {
        Optional<Entity> story = person(name);
        if (story.isPresent()) {
            return story;
        }
        NameParts parts = NameParts.of(name);
        if (parts.words().isEmpty()) {
            return Optional.empty();
        }
        List<Mention> here = byArticle.getOrDefault(article, List.of());
        List<Entity> found = matching(parts, name, false).stream()
                .filter(e -> here.stream().anyMatch(m -> byMention.get(m).equals(e))).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private List<Entity> matching(NameParts parts, String name, boolean exactSurname) {
        List<Entity> found = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            for (String variant : e.variants()) {
                NameParts v = NameParts.of(variant);
                boolean hit = parts.isFull() ? v.sameFullName(parts) || variant.equalsIgnoreCase(name)
                        : exactSurname ? v.hasExactSurname(parts.last()) : v.hasSurname(parts.last());
                if (hit) {
                    found.add(e);
                    break;
                }
            }
        }
        return found;
    }

    /**
     * The one person whose titles contain every word of {@code description} ({@code the Ukrainian
     * president}, {@code the secretary general}); a former holder matches only a description that says
     * so. Empty when none or several match.
     */
    public Optional<Entity> personByTitle(String description) {
        List<Entity> found = peopleByTitle(description);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /**
     * {@link #personByTitle(String)} as article {@code article} means it: the one person of the story whose
     * titles fit, or, when several people of the story fit, the one of them that this article names.
     */
    public Optional<Entity> personByTitle(String description, String article) {
        List<Entity> found = peopleByTitle(description);
        if (found.size() > 1) {
            found = found.stream().filter(e -> e.articles().contains(article)).toList();
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private List<Entity> peopleByTitle(String description) {
        Set<String> wanted = words(description);
        wanted.removeAll(Set.of("the", "a", "an", "his", "her", "its", "their"));
        if (wanted.isEmpty() || wanted.stream().noneMatch(RoleFinder::isRoleWord)) {
            return List.of();
        }
        boolean wantsFormer = wanted.contains("former");
        List<Entity> found = new ArrayList<>();
        for (Map.Entry<Entity, List<String>> e : roles.entrySet()) {
            for (String role : e.getValue()) {
                Set<String> have = words(role);
                boolean former = have.contains("former");
                if (have.containsAll(wanted) && former == wantsFormer) {
                    found.add(e.getKey());
                    break;
                }
            }
        }
        return found;
    }

    /**
     * This index with more mentions of its entities, found after resolution (people referred to by title
     * alone): each adds to its entity's mention count and articles; variants stay names.
     */
    public EntityIndex withReferences(Map<Mention, Entity> references) {
        return with(references, ResolutionPass.TITLE);
    }

    /**
     * This index with more mentions of its entities by name, found after resolution (an acronym or a short
     * form the tagger missed): as {@link #withReferences}, and each new way of writing the name is a variant.
     */
    public EntityIndex withNames(Map<Mention, Entity> names) {
        return with(names, ResolutionPass.UNTAGGED_SHORT_FORM);
    }

    private EntityIndex with(Map<Mention, Entity> found, ResolutionPass pass) {
        boolean asNames = pass != ResolutionPass.TITLE;
        Map<Entity, List<Mention>> refsOf = new HashMap<>();
        found.forEach((m, e) -> refsOf.computeIfAbsent(e, k -> new ArrayList<>()).add(m));
        Map<Mention, Entity> mentions = new HashMap<>(byMention);
        mentions.putAll(found);
        Map<Mention, ResolutionPass> allPasses = new HashMap<>(passes);
        found.keySet().forEach(m -> allPasses.put(m, pass));
        return new EntityIndex(entities, mentions, roles, allPasses).map(e -> {
            List<Mention> refs = refsOf.getOrDefault(e, List.of());
            Set<String> articles = new LinkedHashSet<>(e.articles());
            refs.forEach(m -> articles.add(m.article()));
            Set<String> variants = new LinkedHashSet<>(e.variants());
            if (asNames) {
                refs.forEach(m -> variants.add(NameParts.written(m.text())));
            }
            return new Entity(e.name(), e.type(), List.copyOf(variants), e.role(), List.copyOf(articles),
                    e.mentions() + refs.size(), e.roleSources(), e.spans());
        });
    }

    /**
     * This index with every entity replaced by {@code change} of it, mentions and titles kept, most
     * mentioned first again.
     */
    EntityIndex map(UnaryOperator<Entity> change) {
        Map<Entity, Entity> updated = new HashMap<>();
        entities.forEach(e -> updated.put(e, change.apply(e)));
        Map<Mention, Entity> mentions = new HashMap<>();
        byMention.forEach((m, e) -> mentions.put(m, updated.get(e)));
        Map<Entity, List<String>> titles = new HashMap<>();
        roles.forEach((e, r) -> titles.put(updated.get(e), r));
        List<Entity> sorted = new ArrayList<>(updated.values());
        sorted.sort(Entity.MOST_MENTIONED_FIRST);
        return new EntityIndex(sorted, mentions, titles, passes);
    }

    /** The mentions of {@code article}, in no particular order. */
    public List<Mention> mentionsIn(String article) {
        return List.copyOf(byArticle.getOrDefault(article, List.of()));
    }

    /** The mentions resolved to {@code entity}, in no particular order. */
    public List<Mention> mentionsOf(Entity entity) {
        return List.copyOf(mentionsOf.getOrDefault(entity, List.of()));
    }

    /** Every title the story gives {@code entity}. */
    public List<String> roles(Entity entity) {
        return roles.getOrDefault(entity, List.of());
    }

    /** The gender of a person, from the first names it is written with. */
    public Gender gender(Entity person) {
        for (String variant : person.variants()) {
            NameParts p = NameParts.of(variant);
            if (p.isFull()) {
                Gender g = FirstNameGenders.of(p.first());
                if (g != Gender.UNKNOWN) {
                    return g;
                }
            }
        }
        return Gender.UNKNOWN;
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : NameKey.fold(text).replaceAll("[’']s\\b", "").split("[^a-z0-9.]+|-")) {
            if (!w.isEmpty()) {
                out.add(w.equals("ex") ? "former" : w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
