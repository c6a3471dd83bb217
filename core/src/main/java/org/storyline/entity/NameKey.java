package org.storyline.entity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Spelling-tolerant keys for names. Romanisations of one name differ in their endings
 * ({@code -y, -yy, -yi, -iy, -ij, -yj, -i}), doubled letters, diacritics and single vowels, while their
 * consonant skeletons stay close; two keys match when they are equal, or when both are long enough,
 * start alike, share the consonant skeleton and differ by at most one letter.
 */
public final class NameKey {

    private static final int MIN_FUZZY_LENGTH = 5;
    private static final int MIN_SLIP_LENGTH = 6;

    private NameKey() {
    }

    /** The key of one name word: folded to ASCII lower case, doubled letters collapsed, ending normalised. */
    public static String of(String word) {
        String s = fold(word).replaceAll("[^a-z]", "");
        s = collapseDoubles(s);
        if (s.length() > 4) {
            s = s.replaceAll("(?:[iy][ijy]?|j)$", "");
        }
        return s;
    }

    /** ASCII lower case without diacritics ({@code Bjørn} to {@code bjorn}). */
    public static String fold(String text) {
        if (text.chars().allMatch(c -> c < 128)) {
            return text.toLowerCase(Locale.ROOT);
        }
        String s = text.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "Ae")
                .replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("đ", "d");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return s.toLowerCase(Locale.ROOT);
    }

    /** Whether two name words are spellings of one name. */
    public static boolean matches(String a, String b) {
        return keysMatch(of(a), of(b));
    }

    /** Whether two keys made by {@link #of} are of spellings of one name. */
    static boolean keysMatch(String ka, String kb) {
        if (ka.isEmpty() || kb.isEmpty()) {
            return false;
        }
        if (ka.equals(kb)) {
            return true;
        }
        if (ka.length() < MIN_FUZZY_LENGTH || kb.length() < MIN_FUZZY_LENGTH || ka.charAt(0) != kb.charAt(0)) {
            return false;
        }
        return skeleton(ka).equals(skeleton(kb)) && editDistanceAtMostOne(ka, kb);
    }

    /**
     * Whether the keys (made by {@link #of}) of two family names are one written with a slip of one letter (one
     * letter added, left out, changed or two swapped): for names of at least {@value #MIN_SLIP_LENGTH} letters
     * starting alike, or of at least four when the given names are written the same.
     */
    static boolean keysClose(String ka, String kb, boolean sameGiven) {
        int min = sameGiven ? 4 : MIN_SLIP_LENGTH;
        if (ka.length() < min || kb.length() < min || ka.charAt(0) != kb.charAt(0)) {
            return false;
        }
        return damerauAtMostOne(ka, kb);
    }

    private static boolean damerauAtMostOne(String a, String b) {
        if (a.length() == b.length()) {
            int first = -1;
            int diffs = 0;
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (++diffs == 1) {
                        first = i;
                    }
                }
            }
            return diffs <= 1 || diffs == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                    && a.charAt(first + 1) == b.charAt(first) && a.substring(first + 2).equals(b.substring(first + 2));
        }
        return editDistanceAtMostOne(a, b);
    }

    static String skeleton(String key) {
        return key.replaceAll("[aeiouy]", "");
    }

    private static String collapseDoubles(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    private static boolean editDistanceAtMostOne(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (b.length() > a.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }
}
