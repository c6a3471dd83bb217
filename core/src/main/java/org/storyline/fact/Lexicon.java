package org.storyline.fact;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyline.internal.WordList;

/**
 * Reads the word lists under {@code src/main/resources/org/storyline/fact/}. Lines starting with
 * {@code #} and blank lines are skipped. A list file has one entry a line; a group file has lines
 * {@code canonical: alias, alias, ...}.
 */
final class Lexicon {

    private Lexicon() {
    }

    /** The entries of a list file, lower-cased, in file order. */
    static Set<String> words(String resource) {
        Set<String> words = new LinkedHashSet<>();
        for (String line : lines(resource)) {
            words.add(line.toLowerCase(Locale.ROOT));
        }
        return Collections.unmodifiableSet(words);
    }

    /** Alias to canonical form for every alias of a group file (the canonical form is not an alias itself). */
    static Map<String, String> groups(String resource) {
        Map<String, String> aliases = new LinkedHashMap<>();
        List<String> lines = lines(resource);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException("line " + (i + 1) + " of " + resource
                        + " is not 'canonical: alias, ...': " + line);
            }
            String canonical = line.substring(0, colon).strip();
            for (String alias : line.substring(colon + 1).split(",")) {
                if (!alias.isBlank()) {
                    aliases.put(alias.strip(), canonical);
                }
            }
        }
        return Collections.unmodifiableMap(aliases);
    }

    private static List<String> lines(String resource) {
        return WordList.lines(Lexicon.class, resource).stream().map(String::strip).toList();
    }
}
