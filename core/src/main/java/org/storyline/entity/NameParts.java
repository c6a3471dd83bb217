package org.storyline.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.storyline.internal.WordList;

/**
 * The structure of a person's name as written: a courtesy title ({@code Mr.}, {@code Ms}), the given names, a
 * nickname in quotes or brackets ({@code Vincent "The Chin" Gigante}, {@code Kimani (Kiki) Gray}), the family
 * name with its particles ({@code Lo Presti}, {@code van der Sar}, {@code al-Assad}) and a generational suffix
 * ({@code Jr.}, {@code III}). Names of peoples who write the family name first ({@code Xi Jinping},
 * {@code Moon Jae-in}, {@code Nguyen Phu Trong}, {@code Orbán Viktor}) have it first.
 *
 * @param written  the name as written, without a possessive ending and with single spaces
 * @param honorific the courtesy title, or {@code null}
 * @param given    the given names, in the order written ({@code W.}, {@code Mark}); empty for a family name alone
 * @param nickname the nickname, or {@code null}
 * @param surname  the family name, particles included; empty when the name is blank
 * @param suffix   the generational suffix, or {@code null}
 * @param surnameKey the family name folded, without spaces, hyphens and apostrophes ({@code lopresti},
 *                 {@code obrien})
 * @param surnameSpelling the spelling-tolerant {@link NameKey#of key} of the family name
 * @param gender   the gender the courtesy title or the first given name tells, else {@link Gender#UNKNOWN}
 */
record NameParts(String written, String honorific, List<String> given, String nickname, String surname,
                 String suffix, String surnameKey, String surnameSpelling, Gender gender) {

    private static final Map<String, Gender> HONORIFICS = WordList.lines(NameParts.class, "honorifics.tsv").stream()
            .map(l -> l.split("\t")).collect(Collectors.toUnmodifiableMap(f -> f[0], f -> Gender.valueOf(f[1])));
    private static final Set<String> FAMILY_FIRST = WordList.lowerCaseSet(NameParts.class, "family-first-surnames.txt");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "2d", "2nd", "3d", "3rd", "4th");
    /** Particles of family names; written lower case they always belong to the family name. */
    private static final Set<String> PARTICLES = Set.of("de", "da", "di", "do", "dos", "das", "du", "des", "del",
            "della", "der", "den", "van", "von", "la", "le", "lo", "ter", "ten", "bin", "ibn", "al", "el", "y", "zu");
    /** Particles that may open a name written without given names ({@code De Niro}, {@code Lo Presti}). */
    private static final Set<String> OPENING_PARTICLES = Set.of("de", "da", "di", "du", "des", "del", "della", "la",
            "le", "lo", "ter", "ten");
    private static final Pattern NICKNAME = Pattern.compile(
            "(?<=^|\\s)[\"“”‘’'(]([^\"“”‘’()]{1,40}?)[\"“”‘’')](?=\\s|$)");
    private static final String QUOTES = "\"“”‘’'`()[],";

    NameParts {
        given = List.copyOf(given);
    }

    /** A name as written without its possessive ending ({@code Okafor's}, {@code Collins'}) and with single spaces. */
    static String written(String name) {
        return name.replaceAll("(?<=s)[’']$|[’']s$", "").replaceAll("\\s+", " ").strip();
    }

    /** Parses a person's name as written. */
    static NameParts of(String name) {
        String written = written(name);
        String rest = written;
        String nickname = null;
        Matcher m = NICKNAME.matcher(rest);
        if (m.find() && m.start() > 0) {
            nickname = m.group(1).strip();
            rest = rest.substring(0, m.start()) + " " + rest.substring(m.end());
        }
        List<String> words = new ArrayList<>();
        for (String w : rest.split("\\s+")) {
            String s = strip(w);
            if (!s.isEmpty()) {
                words.add(s);
            }
        }
        String honorific = null;
        if (words.size() > 1 && isHonorific(words.get(0))) {
            honorific = words.remove(0);
        }
        String suffix = null;
        if (words.size() > 1 && isSuffix(words.get(words.size() - 1))) {
            suffix = words.remove(words.size() - 1);
        }
        if (words.size() > 1 && familyFirst(words)) {
            return make(written, honorific, words.subList(1, words.size()), nickname, words.get(0), suffix);
        }
        int start = surnameStart(words);
        return make(written, honorific, words.subList(0, start), nickname,
                String.join(" ", words.subList(start, words.size())), suffix);
    }

    /** {@code name} read as a family name without given names ({@code Van Rompuy}), a courtesy title kept apart. */
    static NameParts familyNameAlone(String name) {
        NameParts p = of(name);
        List<String> words = new ArrayList<>(p.given());
        words.add(p.surname());
        return make(p.written(), p.honorific(), List.of(), p.nickname(), String.join(" ", words), p.suffix());
    }

    private static NameParts make(String written, String honorific, List<String> given, String nickname,
                                  String surname, String suffix) {
        String key = NameKey.fold(surname).replaceAll("[^a-z0-9]", "");
        Gender gender = Gender.UNKNOWN;
        if (honorific != null) {
            gender = HONORIFICS.get(bare(honorific));
        }
        if (gender == Gender.UNKNOWN && !given.isEmpty() && !GivenNames.isInitial(given.get(0))) {
            gender = FirstNameGenders.of(given.get(0));
        }
        return new NameParts(written, honorific, given, nickname, surname, suffix, key, NameKey.of(key), gender);
    }

    /**
     * Where the family name starts: at the last word, with the particles before it; a name of particles and
     * a family name alone ({@code De Niro}, {@code Lo Presti}) is all family name when it opens with a particle
     * that is no given name ({@code Al Gore} and {@code Van Jones} have given names).
     */
    private static int surnameStart(List<String> words) {
        int start = Math.max(0, words.size() - 1);
        while (start > 0 && isParticle(words.get(start - 1), false)) {
            start--;
        }
        if (start == 0 && words.size() > 1 && !isParticle(words.get(0), true)
                && !(words.size() > 2 && isParticle(words.get(1), false))) {
            start = 1;
        }
        return start;
    }

    private static boolean isParticle(String word, boolean opening) {
        String w = NameKey.fold(word);
        return opening ? OPENING_PARTICLES.contains(w) : PARTICLES.contains(w);
    }

    /**
     * Whether the name is written family name first: its first word is a family name of a people who write it
     * so, and either is no common given name or the rest reads as an East Asian given name (hyphenated,
     * {@code Jae-in}, or syllables of one, {@code Hsien Loong}).
     */
    /** Whether {@code name} reads family name first ({@code Xi Jinping}, {@code He Jianxiong}). */
    static boolean readsFamilyFirst(String name) {
        List<String> words = List.of(name.strip().split("\\s+"));
        return words.size() > 1 && familyFirst(words);
    }

    private static boolean familyFirst(List<String> words) {
        if (words.size() > 3 || !FAMILY_FIRST.contains(NameKey.fold(words.get(0)))
                || words.size() == 2 && isParticle(words.get(0), true)) {
            return false;
        }
        List<String> rest = words.subList(1, words.size());
        if (rest.stream().anyMatch(GivenNames::isInitial)) {
            return false;
        }
        boolean asianGiven = rest.size() == 1 && rest.get(0).contains("-")
                || rest.size() == 2 && rest.stream().allMatch(w -> w.length() <= 5
                && FirstNameGenders.of(w) == Gender.UNKNOWN);
        return asianGiven || FirstNameGenders.of(words.get(0)) == Gender.UNKNOWN
                && !FAMILY_FIRST.contains(NameKey.fold(words.get(words.size() - 1)));
    }

    private static String strip(String word) {
        int a = 0;
        int b = word.length();
        while (a < b && QUOTES.indexOf(word.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && QUOTES.indexOf(word.charAt(b - 1)) >= 0) {
            b--;
        }
        return word.substring(a, b);
    }

    /** Whether {@code word} is a courtesy title ({@code Mr.}, {@code Ms}, {@code Dr.}). */
    static boolean isHonorific(String word) {
        return HONORIFICS.containsKey(bare(word));
    }

    /** Whether {@code word} is a generational suffix ({@code Jr.}, {@code III}). */
    static boolean isSuffix(String word) {
        return SUFFIXES.contains(bare(word));
    }

    private static String bare(String word) {
        return NameKey.fold(word).replace(".", "");
    }

    /** The name's words without courtesy title, nickname and suffix, in the order written. */
    List<String> words() {
        List<String> out = new ArrayList<>();
        if (!surname.isEmpty()) {
            out.addAll(List.of(surname.split(" ")));
        }
        return out.isEmpty() ? List.copyOf(given) : merged();
    }

    private List<String> merged() {
        List<String> out = new ArrayList<>(given);
        out.addAll(List.of(surname.split(" ")));
        return out;
    }

    /** Whether the name has given names and a family name. */
    boolean isFull() {
        return !given.isEmpty() && !surname.isEmpty();
    }

    /** Whether the name is a family name alone, with or without a courtesy title ({@code Mr. LaRue}). */
    boolean isSurnameOnly() {
        return given.isEmpty() && !surname.isEmpty();
    }

    /** The first given name; the family name when there is none. */
    String first() {
        return given.isEmpty() ? surname : given.get(0);
    }

    /** The family name. */
    String last() {
        return surname;
    }

    /** The given names after the first. */
    List<String> middle() {
        return given.size() <= 1 ? List.of() : given.subList(1, given.size());
    }

    /**
     * Whether both are full names of one person as written alike: family names are spellings of one another,
     * first names too (or one is the other's initial) without their usual genders differing, middle names,
     * when both give them, agree, and so do suffixes ({@code Mark Felt} is not taken for {@code Mark Felt Jr.}
     * here: father and son may share the rest).
     */
    boolean sameFullName(NameParts other) {
        return isFull() && other.isFull() && NameKey.keysMatch(surnameSpelling, other.surnameSpelling)
                && GivenNames.spellingsAgree(first(), other.first()) && middlesAgree(middle(), other.middle())
                && sameSuffix(other) && !gendersClash(other);
    }

    /** No evidence that two full names are one person's. */
    static final int NO_FIT = 0;
    /** A longer or shorter form of the name: a pet form, a middle name used as the first, a slip of a letter. */
    static final int LOOSE_FIT = 1;
    /**
     * The same name, but that one is written {@code Sr.} and the other without suffix: news writes the name
     * plain for the elder and marks the younger ({@code Jr.}, {@code III}), so a plain name fits a junior's no
     * better than loosely.
     */
    static final int SAME_NAME_FIT = 2;
    /** One name gives the other's first name as its nickname ({@code Luis Gerardo "Jerry" Ortiz}). */
    static final int NICKNAME_FIT = 3;

    /**
     * How well both full names fit one person written in a longer or shorter form ({@link #NO_FIT} when they
     * cannot): the nickname of one for the first name of the other ({@code Jerry Ortiz},
     * {@code Luis Gerardo "Jerry" Ortiz}); the same name with a suffix left out; a short or pet form of the
     * first name ({@code Fred LaRue}, {@code Frederick C. LaRue}), a middle name used as the first
     * ({@code Mark Felt}, {@code W. Mark Felt}; {@code Joseph Comeaux}, {@code Arcade Joseph Comeaux Jr.}) or a
     * slip of one letter in a long family name. Suffixes that differ ({@code Sr.}, {@code Jr.}) never fit.
     */
    int fit(NameParts other) {
        if (!isFull() || !other.isFull() || !suffixesAgree(other) || gendersClash(other)) {
            return NO_FIT;
        }
        boolean sameFirst = NameKey.fold(first()).equals(NameKey.fold(other.first()));
        if (!NameKey.keysMatch(surnameSpelling, other.surnameSpelling)
                && !NameKey.keysClose(surnameSpelling, other.surnameSpelling, sameFirst)) {
            return NO_FIT;
        }
        if (nicknameFits(other) || other.nicknameFits(this)) {
            return NICKNAME_FIT;
        }
        boolean firstAgrees = GivenNames.spellingsAgree(first(), other.first()) && middlesAgree(middle(), other.middle());
        if (firstAgrees && NameKey.keysMatch(surnameSpelling, other.surnameSpelling) && elderOrNone(suffix) && elderOrNone(other.suffix)) {
            return SAME_NAME_FIT;
        }
        return GivenNames.agree(first(), other.first()) && middlesAgree(middle(), other.middle())
                || runOfGiven(other.given) || other.runOfGiven(given) ? LOOSE_FIT : NO_FIT;
    }

    private boolean nicknameFits(NameParts other) {
        return nickname != null && GivenNames.spellingsAgree(nickname.replaceAll("(?i)^the\\s+", ""), other.first());
    }

    /** Whether {@code names} are given names of this one from the second on ({@code Mark} of {@code W. Mark}). */
    private boolean runOfGiven(List<String> names) {
        if (names.isEmpty() || GivenNames.isInitial(names.get(0))) {
            return false;
        }
        for (int from = 1; from + names.size() <= given.size(); from++) {
            boolean all = true;
            for (int i = 0; i < names.size() && all; i++) {
                all = GivenNames.spellingsAgree(given.get(from + i), names.get(i));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** Whether the family name {@code word} (a name written without given names) is this person's, in any spelling. */
    boolean hasSurname(String word) {
        return NameKey.keysMatch(surnameSpelling, NameParts.of(word).surnameSpelling);
    }

    /** Whether the family name {@code word} is this person's spelt exactly the same (diacritics aside). */
    boolean hasExactSurname(String word) {
        return surnameKey().equals(NameParts.of(word).surnameKey());
    }

    /** Whether the courtesy titles or first names tell different genders. */
    boolean gendersClash(NameParts other) {
        Gender a = gender();
        Gender b = other.gender();
        return a != Gender.UNKNOWN && b != Gender.UNKNOWN && a != b;
    }

    private static boolean elderOrNone(String suffix) {
        return suffix == null || bare(suffix).equals("sr");
    }

    private boolean sameSuffix(NameParts other) {
        return (suffix == null ? "" : bare(suffix)).equals(other.suffix == null ? "" : bare(other.suffix));
    }

    private boolean suffixesAgree(NameParts other) {
        return suffix == null || other.suffix == null || bare(suffix).equals(bare(other.suffix));
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
}
