package org.storyline.dedup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;

/**
 * Reads an article's ISO-8601 publication text as an instant, to tell which of several copies came
 * first. A date without a time counts as its first moment, a time without offset as UTC.
 */
final class Chronology {

    private Chronology() {
    }

    /** The instant of {@code published}, or empty when it is {@code null} or not ISO-8601. */
    static Optional<Instant> instant(String published) {
        if (published == null || published.isBlank()) {
            return Optional.empty();
        }
        String text = published.strip();
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from,
                    LocalDateTime::from);
            if (parsed instanceof OffsetDateTime offset) {
                return Optional.of(offset.toInstant());
            }
            return Optional.of(((LocalDateTime) parsed).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notDateTime) {
            try {
                return Optional.of(LocalDate.parse(text, DateTimeFormatter.ISO_DATE).atStartOfDay(ZoneOffset.UTC)
                        .toInstant());
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }
}
