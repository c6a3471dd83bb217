package org.storyline.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyline.internal.WordList;

/**
 * Keys and forms of the names of organisations and places. Two names with one key are one name: case,
 * diacritics, a leading {@code the}, a possessive, a company suffix ({@code Group}, {@code Inc.}), British and
 * American spellings ({@code Centre}), plural and singular ({@code Colts}, {@code Colt}) and the usual
 * abbreviations ({@code Mt}, {@code St.}) aside. A name may also carry or leave out a generic word
 * ({@code designators.txt}: {@code Sea}, {@code Province}, {@code Treatment Center}, {@code City of}).
 */
final class OrgNames {

    private static final Map<String, String> SPELLINGS = Map.of("centre", "center", "programme", "program",
            "organisation", "organization", "defence", "defense", "labour", "labor", "theatre", "theater",
            "mt", "mount", "ft", "fort", "ave", "avenue", "rd", "road");
    private static final List<String> AFTER = designators("after: ");
    private static final List<String> BEFORE = designators("before: ");
    private static final List<String> FACILITY = designators("facility: ");
    private static final List<String> VENUE = designators("venue: ");
    private static final List<String> GENERIC = designators("generic: ");

    private OrgNames() {
    }

    /** The designators of one kind, each as its words joined by spaces, in the form {@link #words} gives. */
    private static List<String> designators(String prefix) {
        return WordList.lines(OrgNames.class, "designators.txt").stream().filter(l -> l.startsWith(prefix))
                .map(l -> String.join(" ", words(l.substring(prefix.length()).strip()))).toList();
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
     * Whether {@code longer} is {@code shorter} with a generic word added after it ({@code Mediterranean Sea},
     * {@code Promises Treatment Center}; a venue only when {@code shorter} is not tagged a place) or before it
     * with {@code of} ({@code City of Palmer}).
     */
    static boolean designated(List<String> shorter, List<String> longer, boolean shorterIsPlace) {
        if (shorter.isEmpty() || longer.size() <= shorter.size()) {
            return false;
        }
        if (longer.subList(0, shorter.size()).equals(shorter)) {
            String rest = String.join(" ", longer.subList(shorter.size(), longer.size()));
            return isOneOf(rest, AFTER) || isOneOf(rest, FACILITY) || !shorterIsPlace && isOneOf(rest, VENUE);
        }
        int n = longer.size() - shorter.size();
        if (n >= 2 && longer.subList(n, longer.size()).equals(shorter) && longer.get(n - 1).equals("of")) {
            String rest = String.join(" ", longer.subList(0, n - 1));
            return isOneOf(rest, BEFORE);
        }
        return false;
    }

    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("\\p{Lu}{2,6}");

    /** Whether {@code word} is written as an acronym: two to six capitals ({@code CBP}, {@code NATO}). */
    static boolean isAcronym(String word) {
        return ACRONYM.matcher(word).matches();
    }

    /**
     * The acronym of a name: the capitals of its words, all letters of a word that is an acronym itself
     * ({@code CIS Executive Committee} is {@code CISEC}), words such as {@code the} and {@code of} left out.
     */
    static String acronym(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("\\s+")) {
            if (w.matches("\\p{Lu}{2,}")) {
                b.append(w);
            } else if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))
                    && !COMPLEMENTS.contains(w.toLowerCase(Locale.ROOT))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    /**
     * The name of a facility without its generic word, or {@code null} when it has none: {@code Betty Ford Center},
     * {@code Betty Ford Clinic} and {@code Betty Ford Treatment Center} are {@code Betty Ford}.
     */
    static List<String> facilityCore(List<String> words) {
        for (int cut = words.size() - 1; cut >= 1; cut--) {
            String rest = String.join(" ", words.subList(words.size() - cut, words.size()));
            if (isOneOf(rest, FACILITY)) {
                List<String> core = words.subList(0, words.size() - cut);
                List<String> longer = facilityCore(core);
                return longer == null ? core : longer;
            }
        }
        return null;
    }

    private static boolean isOneOf(String words, List<String> designators) {
        return designators.contains(words);
    }

    /** Whether {@code shorter} is one word, the head of {@code longer} ({@code Sox}, {@code Red Sox}). */
    static boolean lastWordOf(List<String> shorter, List<String> longer) {
        return shorter.size() == 1 && shorter.get(0).equals(head(longer));
    }

    /**
     * Whether the one word {@code written} is a clipped form of the head of {@code longer}: an abbreviation with
     * a full stop ({@code Calif.} of {@code California}) or its first three letters or more with an ending English
     * clippings take ({@code Jags} of {@code Jacksonville Jaguars}, {@code Indy} of {@code Indianapolis},
     * {@code Philly} of {@code Philadelphia}); a word that merely starts another ({@code Global},
     * {@code Globalcom}) is none.
     */
    static boolean clipped(String written, List<String> longer) {
        String head = longer.size() == 1 ? longer.get(0) : head(longer);
        String word = NameKey.fold(NameParts.written(written));
        if (head == null || word.contains(" ") || !word.matches("[a-z]+\\.?")) {
            return false;
        }
        for (String ending : CLIPPED_ENDINGS) {
            if (word.endsWith(ending)) {
                String stem = word.substring(0, word.length() - ending.length());
                if (stem.length() >= 3 && head.length() >= stem.length() + 2 && head.startsWith(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final List<String> CLIPPED_ENDINGS = List.of(".", "s", "y", "ie", "ly", "sy");

    /**
     * The last word of a name of two or three words that may stand for the whole ({@code Herald} of
     * {@code Boston Herald}), or {@code null}: not when a word like {@code of} or {@code at} makes the last word
     * a complement ({@code Defenders of Wildlife}), nor for a street ({@code Snyder Avenue}), nor when the last
     * word is a generic one ({@code Committee}, {@code Centre}).
     */
    static String head(List<String> words) {
        if (words.size() < 2 || words.size() > 3 || words.stream().anyMatch(COMPLEMENTS::contains)) {
            return null;
        }
        String last = words.get(words.size() - 1);
        boolean generic = isOneOf(last, GENERIC) || isOneOf(last, FACILITY) || isOneOf(last, VENUE) || isOneOf(last, AFTER);
        return STREETS.contains(last) || generic ? null : last;
    }

    private static final Set<String> COMPLEMENTS = Set.of("of", "for", "at", "and", "&", "the",
            "de", "on", "in", "to");
    private static final Set<String> STREETS = Set.of("street", "avenue", "road", "boulevard",
            "lane", "drive", "square", "place", "way", "highway");

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
