package org.storyline.fact;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.storyline.model.CleanArticle;

/**
 * The publication date of an article, read from the date part of its ISO-8601 {@code published}
 * text ({@code 2024-10-17} or {@code 2024-10-17T09:30:00+02:00} both give 2024-10-17: the date as the
 * publisher wrote it, which is the dateline's local date when an offset is given).
 */
final class Publication {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Publication() {
    }

    /** The article's publication date, or {@code null} when it is missing or not ISO-8601. */
    static LocalDate dateOf(CleanArticle article) {
        String published = article.article().published();
        if (published == null || published.length() < 10 || !ISO_DATE.matcher(published.substring(0, 10)).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
