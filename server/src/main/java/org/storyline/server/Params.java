package org.storyline.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads and bounds query parameters: page offsets and sizes, search queries, names and dates. A bad value
 * becomes a 400 whose message names the parameter and the value.
 */
final class Params {

    /** The largest page size. */
    static final int MAX_LIMIT = 100;
    /** The page size when none is asked for. */
    static final int DEFAULT_LIMIT = 20;
    /** The deepest offset (deeper pages cost the store more than they are worth). */
    static final int MAX_OFFSET = 100_000;
    /** The longest search query, in characters. */
    static final int MAX_QUERY = 1000;
    /** The longest name, outlet or speaker filter, in characters. */
    static final int MAX_NAME = 200;

    private Params() {
    }

    /** The {@code offset} parameter: 0 when absent, else 0 to {@link #MAX_OFFSET}. */
    static int offset(Context ctx) {
        return integer(ctx, "offset", 0, 0, MAX_OFFSET);
    }

    /** The {@code limit} parameter: {@link #DEFAULT_LIMIT} when absent, else 1 to {@link #MAX_LIMIT}. */
    static int limit(Context ctx) {
        return integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    }

    /** The integer parameter {@code name} within {@code [min, max]}, or {@code fallback} when absent. */
    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("parameter '" + name + "' must be an integer, got '" + shown(value) + "'");
        }
        if (parsed < min || parsed > max) {
            throw ApiException.badRequest("parameter '" + name + "' must be " + min + " to " + max + ", got " + parsed);
        }
        return parsed;
    }

    /** The text parameter {@code name}, stripped, at most {@code max} characters; {@code null} when absent or blank. */
    static String text(Context ctx, String name, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw ApiException.badRequest("parameter '" + name + "' is longer than " + max + " characters ("
                    + value.length() + ")");
        }
        return value.strip();
    }

    /** The required text parameter {@code name}, at most {@code max} characters. */
    static String required(Context ctx, String name, int max) {
        String value = text(ctx, name, max);
        if (value == null) {
            throw ApiException.badRequest("parameter '" + name + "' is required");
        }
        return value;
    }

    /** The date parameter {@code name} ({@code 2024-10-17}), or {@code null} when absent. */
    static String date(Context ctx, String name) {
        String value = text(ctx, name, 10);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("parameter '" + name + "' must be a date like 2024-10-17, got '"
                    + shown(value) + "'");
        }
    }

    /** {@code value} cut short for an error message. */
    static String shown(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
