package org.storyline.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.storyline.internal.WordList;

/**
 * When two given names are one person's: the same name in another spelling, an initial of it, or one of its
 * usual short and pet forms ({@code given-name-forms.txt}: {@code Fred} and {@code Frederick}, {@code Mo} and
 * {@code Maurice}, {@code Jon} and {@code John}), or a pet form spelt {@code -ie} for {@code -y}
 * ({@code Bettie}, {@code Betty}); never two names whose usual genders differ.
 */
final class GivenNames {

    private static final Map<String, Set<Integer>> GROUPS = load();
    /** A short form must keep this many letters of the long one to be taken for it without the table. */
    private static final int MIN_PREFIX = 4;

    private GivenNames() {
    }

    private static Map<String, Set<Integer>> load() {
        Map<String, Set<Integer>> map = new HashMap<>();
        int group = 0;
        for (String line : WordList.lines(GivenNames.class, "given-name-forms.txt")) {
            for (String form : line.strip().split("\\s+")) {
                map.computeIfAbsent(form, k -> new HashSet<>()).add(group);
            }
            group++;
        }
        return map;
    }

    /** Whether {@code word} is a single letter, with or without a full stop ({@code W.}, {@code J}). */
    static boolean isInitial(String word) {
        return word.length() <= 2 && word.endsWith(".") || word.length() == 1;
    }

    /** Whether the two given names may be one person's: initials, spellings, the gender of each. */
    static boolean spellingsAgree(String a, String b) {
        if (isInitial(a) || isInitial(b)) {
            return Character.toLowerCase(a.charAt(0)) == Character.toLowerCase(b.charAt(0));
        }
        return !gendersClash(a, b) && (NameKey.fold(a).equals(NameKey.fold(b)) || NameKey.matches(a, b));
    }

    /** {@link #spellingsAgree} or one is a short or pet form of the other. */
    static boolean agree(String a, String b) {
        if (spellingsAgree(a, b)) {
            return true;
        }
        if (isInitial(a) || isInitial(b) || gendersClash(a, b)) {
            return false;
        }
        String ka = petKey(NameKey.fold(a));
        String kb = petKey(NameKey.fold(b));
        if (ka.equals(kb)) {
            return true;
        }
        Set<Integer> ga = GROUPS.getOrDefault(NameKey.fold(a), Set.of());
        Set<Integer> gb = GROUPS.getOrDefault(NameKey.fold(b), Set.of());
        if (ga.stream().anyMatch(gb::contains)) {
            return true;
        }
        String shorter = ka.length() <= kb.length() ? ka : kb;
        String longer = ka.length() <= kb.length() ? kb : ka;
        return shorter.length() >= MIN_PREFIX && longer.startsWith(shorter);
    }

    /**
     * Whether {@code shorter} is a short or pet form of the longer given name {@code longer} ({@code Jerry} of
     * {@code Jeremy}, {@code Mo} of {@code Maurice}), not another spelling of it ({@code Betty}, {@code Bettie}).
     */
    static boolean isShortFormOf(String shorter, String longer) {
        return shorter.length() < longer.length() && agree(shorter, longer) && !spellingsAgree(shorter, longer)
                && !petKey(NameKey.fold(shorter)).equals(petKey(NameKey.fold(longer)));
    }

    private static boolean gendersClash(String a, String b) {
        Gender ga = FirstNameGenders.of(a);
        Gender gb = FirstNameGenders.of(b);
        return ga != Gender.UNKNOWN && gb != Gender.UNKNOWN && ga != gb;
    }

    /** The name with a pet ending {@code -ie}, {@code -ey} or {@code -i} written {@code -y}. */
    private static String petKey(String folded) {
        return folded.replaceAll("(ie|ey|i)$", "y");
    }
}
