package org.storyline.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.storyline.internal.WordList;

/**
 * Keys and forms of the names of organisations and places. Two names with one key are one name: case,
 * diacritics, a leading {@code the}, a possessive, a company suffix ({@code Group}, {@code Inc.}), British and
 * American spellings ({@code Centre}), plural and singular ({@code Colts}, {@code Colt}) and the usual
 * abbreviations ({@code Mt}, {@code St.}) aside. A name may also carry or leave out a generic word
 * ({@code designators.txt}: {@code Sea}, {@code Province}, {@code Treatment Center}, {@code City of}).
 */
final class OrgNames {

    private static final List<String> AFTER = designators("after: ");
    private static final List<String> BEFORE = designators("before: ");
    private static final List<String> FACILITY = designators("facility: ");
    private static final Map<String, String> SPELLINGS = Map.of("centre", "center", "programme", "program",
            "organisation", "organization", "defence", "defense", "labour", "labor", "theatre", "theater",
            "mt", "mount", "ft", "fort", "ave", "avenue", "rd", "road");

    private OrgNames() {
    }

    private static List<String> designators(String prefix) {
        return WordList.lines(OrgNames.class, "designators.txt").stream().filter(l -> l.startsWith(prefix))
                .map(l -> l.substring(prefix.length()).strip()).toList();
    }

    /** The key of a name of an organisation or place. */
    static String key(String name) {
        return String.join("", words(name)).replaceAll("[^a-z0-9]", "");
    }

    /**
     * The words of a name, folded to lower case, without a leading {@code the}, a possessive or a company
     * suffix, each in its American spelling and its singular form.
     */
    static List<String> words(String name) {
        String s = NameKey.fold(name).replaceAll("[’']s$", "").replaceAll("^the\\s+", "")
                .replaceAll("^state of (.+)$", "$1 state");
        s = s.replaceAll("\\s+(group|gruppen|inc|ltd|corp|corporation|ag|asa|plc|company|co|sa|gmbh|llc)\\.?$", "");
        List<String> out = new ArrayList<>();
        String[] parts = s.split("[\\s-]+");
        for (int i = 0; i < parts.length; i++) {
            String w = parts[i].replaceAll("[^a-z0-9&]", "");
            if (w.isEmpty()) {
                continue;
            }
            if (w.equals("st")) {
                w = i == 0 ? "saint" : "street";
            }
            w = SPELLINGS.getOrDefault(w, w);
            if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
                w = w.substring(0, w.length() - 1);
            }
            out.add(w);
        }
        return out;
    }

    /**
     * Whether {@code longer} is {@code shorter} with a generic word added after it ({@code Mediterranean Sea};
     * for a facility only when {@code shorter} is not tagged a place: {@code Promises Treatment Center}) or
     * before it with {@code of} ({@code City of Palmer}).
     */
    static boolean designated(List<String> shorter, List<String> longer, boolean shorterIsPlace) {
        if (shorter.isEmpty() || longer.size() <= shorter.size()) {
            return false;
        }
        if (longer.subList(0, shorter.size()).equals(shorter)) {
            String rest = String.join(" ", longer.subList(shorter.size(), longer.size()));
            return AFTER.stream().anyMatch(d -> String.join(" ", words(d)).equals(rest))
                    || !shorterIsPlace && FACILITY.stream().anyMatch(d -> String.join(" ", words(d)).equals(rest));
        }
        int n = longer.size() - shorter.size();
        if (n >= 2 && longer.subList(n, longer.size()).equals(shorter) && longer.get(n - 1).equals("of")) {
            String rest = String.join(" ", longer.subList(0, n - 1));
            return BEFORE.stream().anyMatch(d -> String.join(" ", words(d)).equals(rest));
        }
        return false;
    }

    /** Whether {@code longer} is {@code shorter} with a place name before it ({@code Boston Red Sox}); the place's words. */
    static List<String> placeBefore(List<String> shorter, List<String> longer) {
        int n = longer.size() - shorter.size();
        return n > 0 && !shorter.isEmpty() && longer.subList(n, longer.size()).equals(shorter)
                ? longer.subList(0, n) : List.of();
    }

    /** Whether {@code longer} is {@code shorter} followed by {@code of} and more ({@code Academy of Motion Picture ...}). */
    static boolean headOf(List<String> shorter, List<String> longer) {
        return !shorter.isEmpty() && longer.size() > shorter.size() + 1
                && longer.subList(0, shorter.size()).equals(shorter) && longer.get(shorter.size()).equals("of");
    }
}
