package org.storyline.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date as sources print it and writes it as ISO-8601. An instant with its zone
 * ({@code 2024-10-17T09:30:00+02:00}, {@code Thu, 17 Oct 2024 07:30:00 GMT}) becomes a UTC instant
 * ({@code 2024-10-17T07:30:00Z}); a printed date, with or without a label, weekday or local time
 * ({@code Updated: October 17, 2024 20:09 IST}, {@code Fri, 17 Oct 2024 at 09:56 IST},
 * {@code 17 October 2024}), becomes the calendar date ({@code 2024-10-17}), since a local zone such as
 * {@code IST} names several. Text with no recognisable date gives {@code null}.
 */
public final class PublicationDate {

    private static final String MONTHS = "(?<month>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])" + MONTHS + "\\s+(?<day>[0-3]?\\d)(?:st|nd|rd|th)?,?\\s+(?<year>(?:19|20)\\d{2})(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTHS
            + ",?\\s+(?<year>(?:19|20)\\d{2})(?!\\d)");
    private static final Pattern ISO_DAY = Pattern.compile(
            "(?<!\\d)(?<year>(?:19|20)\\d{2})-(?<mm>[01]\\d)-(?<day>[0-3]\\d)(?!\\d)");

    private PublicationDate() {
    }

    /** {@code text} as ISO-8601 date or UTC instant, or {@code null} when it holds no date. */
    public static String normalise(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        String instant = instant(t);
        if (instant != null) {
            return instant;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        for (Pattern p : new Pattern[] {ISO_DAY, MONTH_DAY_YEAR, DAY_MONTH_YEAR}) {
            Matcher m = p.matcher(lower);
            if (m.find()) {
                String date = date(m, p == ISO_DAY);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    /** An instant with an explicit offset, in ISO-8601 or RFC 1123 form, as UTC; else null. */
    private static String instant(String t) {
        for (DateTimeFormatter f : new DateTimeFormatter[] {
                DateTimeFormatter.ISO_OFFSET_DATE_TIME, DateTimeFormatter.RFC_1123_DATE_TIME}) {
            try {
                OffsetDateTime odt = ZonedDateTime.parse(t, f).toOffsetDateTime();
                return odt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime() + "Z";
            } catch (DateTimeParseException e) {
                // not this form
            }
        }
        return null;
    }

    private static String date(Matcher m, boolean iso) {
        int month = iso ? Integer.parseInt(m.group("mm")) : monthNumber(m.group("month"));
        try {
            return LocalDate.of(Integer.parseInt(m.group("year")), month, Integer.parseInt(m.group("day"))).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** 1 to 12 for a month name the patterns matched ({@code nov}, {@code november}, {@code sept.}). */
    private static int monthNumber(String name) {
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(name.substring(0, 3)) / 3 + 1;
    }
}
