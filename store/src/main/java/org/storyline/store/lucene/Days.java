package org.storyline.store.lucene;

import java.util.regex.Pattern;

/** The day of an ISO-8601 publication text, {@code yyyy-MM-dd}, as indexed for date ranges. */
final class Days {

    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Days() {
    }

    /** The day {@code published} begins with, or {@code null} when it is missing or not ISO-8601. */
    static String of(String published) {
        if (published == null || published.length() < 10 || !ISO_DAY.matcher(published.substring(0, 10)).matches()) {
            return null;
        }
        return published.substring(0, 10);
    }

    /** Whether {@code text} is a day, a month ({@code yyyy-MM}) or a year, as a date range bound may be. */
    static boolean isBound(String text) {
        return text.matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
    }
}
