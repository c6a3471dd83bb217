package org.storyline.clean;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dateline that opens a first paragraph: a place, optionally a region and a date, the
 * agency in brackets, and a dash ({@code Brussels (EFE).-}, {@code BRUSSELS (Reuters) -},
 * {@code KYIV, Ukraine (AP) —}), or, without an agency, a place in capitals and a dash
 * ({@code BRUSSELS —}). Known agency names are normalised from the data file {@code agencies.txt}.
 * Immutable and thread-safe.
 */
final class DatelineParser {

    /**
     * A dateline found at the start of a paragraph.
     *
     * @param place  the place as written ({@code Brussels}, {@code KYIV, Ukraine})
     * @param agency the agency, normalised when known, or {@code null} when the dateline names none
     * @param length characters the dateline takes, with its punctuation and the space after it
     */
    record Dateline(String place, String agency, int length) {
    }

    private static final String WORD = "\\p{Lu}[\\p{L}'’.\\-]*";
    private static final String PLACE = WORD + "(?:\\s+" + WORD + "){0,3}";
    private static final String CAPS_WORD = "\\p{Lu}[\\p{Lu}'’.\\-]+";
    private static final String CAPS_PLACE = CAPS_WORD + "(?:\\s+" + CAPS_WORD + "){0,3}";
    private static final String MONTH = "(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\p{L}*\\.?";
    private static final String DATE = "(?:,\\s*(?:" + MONTH + "\\s+\\d{1,2}|\\d{1,2}\\s+" + MONTH + ")(?:,?\\s+\\d{4})?)?";
    private static final String DASH = "[-–—]";

    private static final Pattern WITH_AGENCY = Pattern.compile(
            "^(?<place>" + PLACE + "(?:,\\s*" + PLACE + ")?)" + DATE
                    + "\\s*\\((?<agency>\\p{Lu}[^()\\n]{0,39})\\)\\s*\\.?\\s*" + DASH + "+\\s+");
    private static final Pattern CAPS_ONLY = Pattern.compile(
            "^(?<place>" + CAPS_PLACE + "(?:,\\s*" + PLACE + ")?)" + DATE + "\\s+" + DASH + "+\\s+");

    private static final int MAX_AGENCY_WORDS = 3;

    private final NameTable agencies;

    /** A parser that normalises agencies with the bundled list of wire services. */
    DatelineParser() {
        this(NameTable.load("agencies.txt"));
    }

    DatelineParser(NameTable agencies) {
        this.agencies = agencies;
    }

    /** The dateline that opens {@code text}, if any. */
    Optional<Dateline> parse(String text) {
        Matcher m = WITH_AGENCY.matcher(text);
        if (m.find() && LineShape.words(m.group("agency")) <= MAX_AGENCY_WORDS) {
            return Optional.of(new Dateline(m.group("place"), agencies.canonical(m.group("agency")), m.end()));
        }
        m = CAPS_ONLY.matcher(text);
        if (m.find()) {
            return Optional.of(new Dateline(m.group("place"), null, m.end()));
        }
        return Optional.empty();
    }
}
