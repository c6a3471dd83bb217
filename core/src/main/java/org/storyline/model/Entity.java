package org.storyline.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A person, organisation or place, resolved across the articles of a story.
 *
 * @param name     canonical name
 * @param type     kind of entity
 * @param variants every distinct spelling seen, canonical name included
 * @param role     the title the articles give it most, or {@code null}
 * @param articles ids of the articles that mention it
 * @param mentions how many times it is mentioned in all
 * @param roleSources where the articles state the role, source offsets
 * @param spans    where the articles name it (by name, surname or title), each with the words as written, in
 *                 article and then text order; empty when the mentions' places are not known
 */
public record Entity(String name, EntityType type, List<String> variants, String role,
                     List<String> articles, int mentions, List<Citation> roleSources, List<SourceText> spans) {

    public Entity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        variants = List.copyOf(variants);
        articles = List.copyOf(articles);
        roleSources = List.copyOf(roleSources);
        spans = List.copyOf(spans);
    }

    /**
     * Most mentioned first, then by name, type, articles, spellings, role and where the role is stated: a total order, so that a brief lists
     * entities the same way on every run, whatever order they were resolved in.
     */
    public static final Comparator<Entity> MOST_MENTIONED_FIRST = Comparator.comparingInt(Entity::mentions).reversed()
            .thenComparing(Entity::name).thenComparing(Entity::type)
            .thenComparing(e -> String.join("\n", e.articles())).thenComparing(e -> String.join("\n", e.variants()))
            .thenComparing(e -> Objects.toString(e.role(), "")).thenComparing(e -> e.roleSources().toString())
            .thenComparing(e -> e.spans().toString());

    /** An entity whose role is not cited. */
    public Entity(String name, EntityType type, List<String> variants, String role, List<String> articles, int mentions) {
        this(name, type, variants, role, articles, mentions, List.of(), List.of());
    }

    /** An entity whose mentions' places are not known. */
    public Entity(String name, EntityType type, List<String> variants, String role, List<String> articles, int mentions,
                  List<Citation> roleSources) {
        this(name, type, variants, role, articles, mentions, roleSources, List.of());
    }

    /** This entity with its role cited at {@code sources} and its mentions at {@code mentionSpans}. */
    public Entity cited(List<Citation> sources, List<SourceText> mentionSpans) {
        return new Entity(name, type, variants, role, articles, mentions, sources, mentionSpans);
    }
}
