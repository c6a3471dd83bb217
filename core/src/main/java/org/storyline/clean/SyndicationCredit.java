package org.storyline.clean;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the credit a reprint gives the outlet it was taken from: at the start of the body a
 * lower-case one-word site name or a known outlet followed by a dash ({@code washingtonpost – }), or
 * a line of its own ({@code This article originally appeared in X}, {@code (c) 2024 X}). Known
 * outlets get their display name from the data file {@code outlets.txt}. Immutable and thread-safe.
 */
final class SyndicationCredit {

    /**
     * A credit at the start of a paragraph.
     *
     * @param outlet the outlet credited, by its display name when known, else as written
     * @param length characters the credit takes, with the dash and the space after it
     */
    record Lead(String outlet, int length) {
    }

    private static final String DASH = "\\s+[-–—]+\\s+";
    private static final Pattern SITE_NAME = Pattern.compile("^(?<name>\\p{Ll}[\\p{Ll}\\p{N}]{2,}(?:\\.\\p{Ll}{2,}){0,2})" + DASH);
    private static final Pattern NAME = Pattern.compile("^(?<name>\\p{Lu}[\\p{L}\\p{N}.&'’/ ]{1,40}?)" + DASH);
    private static final Pattern CREDIT_LINE = Pattern.compile("(?i)^\\s*(?:"
            + "this (?:article|story|report|piece) (?:was )?(?:originally |first )?(?:appeared|published)"
            + "|(?:originally|first) (?:appeared|published)|reprinted(?: with permission)?)"
            + "\\s+(?:in|on|by|at|from)\\s+(?<source>.+?)[.!]?\\s*$");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)^\\s*(?:\\(c\\)|©|copyright\\s*(?=©|\\(c\\)|\\d{4}))"
            + "\\s*(?:©|\\(c\\))?\\s*(?:\\d{4}\\s*)?,?\\s*(?<source>\\p{L}.*?)"
            + "(?:[.,]?\\s*all rights reserved)?[.!]?\\s*$");
    private static final int MAX_SOURCE_WORDS = 8;

    private final NameTable outlets;

    /** A recogniser that names outlets with the bundled list. */
    SyndicationCredit() {
        this(NameTable.load("outlets.txt"));
    }

    SyndicationCredit(NameTable outlets) {
        this.outlets = outlets;
    }

    /** The credit that opens {@code text}, if any. */
    Optional<Lead> lead(String text) {
        Matcher m = SITE_NAME.matcher(text);
        if (m.find()) {
            return Optional.of(new Lead(outlets.canonical(m.group("name")), m.end()));
        }
        m = NAME.matcher(text);
        if (m.find()) {
            Optional<String> known = outlets.lookup(m.group("name"));
            if (known.isPresent()) {
                return Optional.of(new Lead(known.get(), m.end()));
            }
        }
        return Optional.empty();
    }

    /** The outlet credited when {@code line} is nothing but a syndication or copyright credit. */
    Optional<String> creditLine(String line) {
        Matcher m = CREDIT_LINE.matcher(line);
        if (!m.matches()) {
            m = COPYRIGHT.matcher(line);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        String source = m.group("source").strip();
        if (source.isEmpty() || LineShape.words(source) > MAX_SOURCE_WORDS) {
            return Optional.empty();
        }
        return Optional.of(outlets.canonical(source));
    }
}
