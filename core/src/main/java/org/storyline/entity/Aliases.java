package org.storyline.entity;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.storyline.internal.WordList;
import org.storyline.model.EntityType;

/**
 * The curated alias table ({@code aliases.tsv}): exonyms and old names of places and spellings of
 * organisations that no general rule joins ({@code Kiev} is {@code Kyiv}).
 */
public final class Aliases {

    /** A canonical name with its type. */
    public record Alias(String canonical, EntityType type) {
    }

    private static final Aliases DEFAULT = load();

    private final Map<String, Alias> byKey;

    private Aliases(Map<String, Alias> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    /** The table shipped with storyline. */
    public static Aliases standard() {
        return DEFAULT;
    }

    private static Aliases load() {
        Map<String, Alias> map = new HashMap<>();
        for (String line : WordList.lines(Aliases.class, "aliases.tsv")) {
            String[] f = line.split("\t");
            if (f.length < 2) {
                throw new IllegalStateException("aliases.tsv: need 'name<TAB>type[<TAB>variants]', got: " + line);
            }
            Alias alias = new Alias(f[0], EntityType.valueOf(f[1]));
            map.put(key(f[0]), alias);
            if (f.length > 2) {
                for (String v : f[2].split("\\|")) {
                    map.put(key(v), alias);
                }
            }
        }
        return new Aliases(map);
    }

    /** The alias entry for {@code name}, if the table knows it. */
    public Optional<Alias> find(String name) {
        return Optional.ofNullable(byKey.get(key(name)));
    }

    private static String key(String name) {
        String s = NameKey.fold(name.strip());
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s.replaceAll("[^a-z0-9]", "");
    }
}
