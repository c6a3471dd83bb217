package org.storyline.entity;

import java.util.Arrays;
import java.util.List;

/** The words of a person's name, for comparing first names, middle names and surnames across spellings. */
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

    List<String> middle() {
        return words.size() <= 2 ? List.of() : words.subList(1, words.size() - 1);
    }

    /**
     * Whether both are full names of one person: surnames are spellings of one another, first names too
     * (or one is the other's initial) without their usual genders differing, and middle names, when both
     * give them, agree.
     */
    boolean sameFullName(NameParts other) {
        return isFull() && other.isFull() && NameKey.matches(last(), other.last())
                && firstNamesAgree(first(), other.first()) && middlesAgree(middle(), other.middle());
    }

    /** Whether the single word {@code word} is this person's surname, in any spelling. */
    boolean hasSurname(String word) {
        return NameKey.matches(last(), NameParts.of(word).last());
    }

    /** Whether the single word {@code word} is this person's surname spelt exactly the same (diacritics aside). */
    boolean hasExactSurname(String word) {
        return NameKey.fold(last()).equals(NameKey.fold(NameParts.of(word).last()));
    }

    private static boolean firstNamesAgree(String a, String b) {
        if (isInitial(a) || isInitial(b)) {
            return Character.toLowerCase(a.charAt(0)) == Character.toLowerCase(b.charAt(0));
        }
        if (NameKey.fold(a).equals(NameKey.fold(b))) {
            return true;
        }
        Gender ga = FirstNameGenders.of(a);
        Gender gb = FirstNameGenders.of(b);
        boolean genderClash = ga != Gender.UNKNOWN && gb != Gender.UNKNOWN && ga != gb;
        return !genderClash && NameKey.matches(a, b);
    }

    private static boolean middlesAgree(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        return initials(a).equals(initials(b));
    }

    private static String initials(List<String> words) {
        StringBuilder s = new StringBuilder();
        for (String w : words) {
            s.append(Character.toLowerCase(w.charAt(0)));
        }
        return s.toString();
    }

    private static boolean isInitial(String w) {
        return w.length() <= 2 && w.endsWith(".") || w.length() == 1;
    }
}
