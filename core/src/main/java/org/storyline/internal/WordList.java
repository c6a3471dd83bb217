package org.storyline.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Loads the word lists and tables shipped as resources: one entry a line, {@code #} starts a comment. */
public final class WordList {

    private WordList() {
    }

    /** The non-comment, non-blank lines of resource {@code name} next to {@code owner}, stripped. */
    public static List<String> lines(Class<?> owner, String name) {
        InputStream in = owner.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("resource " + name + " missing next to " + owner.getName());
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(line.stripTrailing());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
        return out;
    }

    /** The lines of resource {@code name}, lower-cased, as a set. */
    public static Set<String> lowerCaseSet(Class<?> owner, String name) {
        List<String> lines = lines(owner, name);
        return Set.copyOf(lines.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList());
    }
}
