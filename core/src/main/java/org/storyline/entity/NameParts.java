package org.storyline.entity;

import java.util.Arrays;
import java.util.List;

/** The words of a person's name, for comparing first names and surnames across spellings. */
record NameParts(List<String> words) {

    static NameParts of(String name) {
        String cleaned = name.replaceAll("[’']s$", "").strip();
        return new NameParts(Arrays.stream(cleaned.split("\\s+")).filter(w -> !w.isEmpty()).toList());
    }

    boolean isFull() {
        return words.size() >= 2;
    }

    String first() {
        return words.get(0);
    }

    String last() {
        return words.get(words.size() - 1);
    }

    /** Whether both are full names of one person: first names and surnames match (initials allowed). */
    boolean sameFullName(NameParts other) {
        return isFull() && other.isFull() && NameKey.matches(last(), other.last()) && firstNamesAgree(first(), other.first());
    }

    /** Whether the single word {@code word} is this person's surname. */
    boolean hasSurname(String word) {
        return NameKey.matches(last(), word);
    }

    private static boolean firstNamesAgree(String a, String b) {
        if (isInitial(a) || isInitial(b)) {
            return Character.toLowerCase(a.charAt(0)) == Character.toLowerCase(b.charAt(0));
        }
        return NameKey.matches(a, b);
    }

    private static boolean isInitial(String w) {
        return w.length() <= 2 && w.endsWith(".") || w.length() == 1;
    }
}
