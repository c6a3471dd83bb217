package org.storyline.model;

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
 */
public record Entity(String name, EntityType type, List<String> variants, String role,
                     List<String> articles, int mentions) {

    public Entity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        variants = List.copyOf(variants);
        articles = List.copyOf(articles);
    }
}
