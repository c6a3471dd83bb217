package org.storyline.entity;

import java.util.ArrayList;
import java.util.List;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;

/** Builds the mentions of a story by hand, each at its own offsets, and resolves them. */
final class Mentions {

    private final List<Mention> all = new ArrayList<>();

    /** A person mention without a title. */
    Mentions person(String article, String text) {
        return add(article, text, EntityType.PERSON, null);
    }

    /** A person mention with the title {@code role}. */
    Mentions person(String article, String text, String role) {
        return add(article, text, EntityType.PERSON, role);
    }

    /** An organisation mention. */
    Mentions org(String article, String text) {
        return add(article, text, EntityType.ORG, null);
    }

    /** A place mention. */
    Mentions place(String article, String text) {
        return add(article, text, EntityType.PLACE, null);
    }

    /** A mention of any type. */
    Mentions add(String article, String text, EntityType type, String role) {
        int start = all.size() * 100;
        all.add(new Mention(article, text, type, start, start + text.length(), all.size(), role));
        return this;
    }

    /** The {@code i}th mention added, from 0. */
    Mention get(int i) {
        return all.get(i);
    }

    /** Every mention added, in order. */
    List<Mention> all() {
        return List.copyOf(all);
    }

    /** The mentions resolved with the standard alias table. */
    EntityIndex resolve() {
        return new EntityResolver().resolve(all);
    }

    /** The entity of {@code index} named {@code name}; fails when there is none or several. */
    static Entity named(EntityIndex index, String name) {
        List<Entity> found = index.entities().stream().filter(e -> e.name().equals(name)).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " entities named " + name + " in " + index.entities());
        }
        return found.get(0);
    }

    /** The names of the entities of {@code index} of type {@code type}, most mentioned first. */
    static List<String> names(EntityIndex index, EntityType type) {
        return index.entities().stream().filter(e -> e.type() == type).map(Entity::name).toList();
    }
}
