package org.storyline.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the name of a site or aggregator printed above a headline: {@code Site Name – ABBR}
 * where the abbreviation is made of the initials of the words before it, or {@code Site | Section}
 * with short parts.
 */
final class SiteHeader {

    private static final Pattern ACRONYM_AFTER_DASH = Pattern.compile("^(.+?)\\s+[-–—|]\\s+(\\p{Lu}{2,8})$");
    private static final Pattern PIPED = Pattern.compile("^[^|]+(?:\\s\\|\\s[^|]+)+$");
    private static final int MAX_PART_WORDS = 4;

    private SiteHeader() {
    }

    /** Whether {@code line} has the shape of a site header. */
    static boolean matches(String line) {
        String s = LineShape.folded(line);
        Matcher m = ACRONYM_AFTER_DASH.matcher(s);
        if (m.matches() && abbreviates(m.group(2), m.group(1))) {
            return true;
        }
        if (PIPED.matcher(s).matches()) {
            for (String part : s.split("\\s\\|\\s")) {
                if (LineShape.words(part) > MAX_PART_WORDS || LineShape.endsWithPunctuation(part)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** Whether the letters of {@code acronym} are, in order, initials of capitalised words of {@code name}. */
    static boolean abbreviates(String acronym, String name) {
        int next = 0;
        for (String word : name.split("[^\\p{L}]+")) {
            if (next < acronym.length() && !word.isEmpty() && Character.isUpperCase(word.charAt(0))
                    && word.charAt(0) == acronym.charAt(next)) {
                next++;
            }
        }
        return next == acronym.length();
    }
}
