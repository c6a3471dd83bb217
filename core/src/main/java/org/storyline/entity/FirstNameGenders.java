package org.storyline.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Gender of common first names, from the name list that ships in the Stanford CoreNLP models jar
 * ({@code namegender.combine.txt}). Unknown names, names the list gives both genders ({@code Jo}, {@code Pat}),
 * and a missing list give {@link Gender#UNKNOWN}.
 */
public final class FirstNameGenders {

    private static final String RESOURCE = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    private static final Map<String, Gender> NAMES = load();

    private FirstNameGenders() {
    }

    /** The gender usually borne by first name {@code name}. */
    public static Gender of(String name) {
        return NAMES.getOrDefault(NameKey.fold(name), Gender.UNKNOWN);
    }

    /** Whether {@code name} is a first name of the list, whatever its gender. */
    public static boolean isFirstName(String name) {
        return NAMES.containsKey(NameKey.fold(name));
    }

    private static Map<String, Gender> load() {
        Map<String, Gender> map = new HashMap<>();
        InputStream in = FirstNameGenders.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            return map;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t");
                if (f.length == 2) {
                    Gender g = "FEMALE".equals(f[1]) ? Gender.FEMALE : Gender.MALE;
                    map.merge(f[0].toLowerCase(Locale.ROOT), g, (a, b) -> a == b ? a : Gender.UNKNOWN);
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return map;
    }
}
