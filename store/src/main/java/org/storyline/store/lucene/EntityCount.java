package org.storyline.store.lucene;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An entity of one story, as a story document keeps it to sum entities across stories.
 *
 * @param name     canonical name
 * @param type     entity type name
 * @param role     its role in the story, or {@code null}
 * @param mentions mentions in the story
 * @param variants every spelling seen
 */
record EntityCount(String name, String type, String role, int mentions, List<String> variants) {

    EntityCount {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        variants = List.copyOf(variants);
    }

    /** The key that joins this entity across stories: type and lower-cased name. */
    String key() {
        return key(type, name);
    }

    /** The key of entity {@code name} of {@code type}. */
    static String key(String type, String name) {
        return type + "|" + name.toLowerCase(Locale.ROOT);
    }
}
