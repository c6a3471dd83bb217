package org.storyline.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A table of names and their other spellings, read from a data file with one name per line followed
 * by its aliases, separated by {@code |}; {@code #} starts a comment. Lookups ignore case, accents,
 * punctuation and spacing and a leading "the". Immutable and thread-safe.
 */
final class NameTable {

    private final Map<String, String> names;

    private NameTable(Map<String, String> names) {
        this.names = Map.copyOf(names);
    }

    /**
     * Loads a table from a resource next to this class.
     *
     * @throws IllegalStateException if the resource is missing or unreadable
     */
    static NameTable load(String resource) {
        InputStream in = NameTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("name table " + resource + " not found next to " + NameTable.class.getName());
        }
        Map<String, String> names = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int hash = line.indexOf('#');
                String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (entry.isEmpty()) {
                    continue;
                }
                String[] spellings = entry.split("\\|");
                String name = spellings[0].strip();
                for (String spelling : spellings) {
                    names.putIfAbsent(key(spelling), name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read name table " + resource, e);
        }
        return new NameTable(names);
    }

    /** The name {@code spelling} stands for, if the table knows it. */
    Optional<String> lookup(String spelling) {
        return Optional.ofNullable(names.get(key(spelling)));
    }

    /** The name {@code spelling} stands for, or {@code spelling} itself, stripped. */
    String canonical(String spelling) {
        return lookup(spelling).orElse(spelling.strip());
    }

    static String key(String spelling) {
        String folded = Normalizer.normalize(spelling, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .strip();
        if (folded.startsWith("the ")) {
            folded = folded.substring(4);
        }
        return folded.replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
