package org.storyline.render;

import java.util.Locale;
import java.util.Objects;

/** The output formats storyline can write, each with its renderer. */
public enum Format {
    /** A brief for people to read. */
    MARKDOWN,
    /** The stable JSON contract for programs. */
    JSON;

    private static final String ACCEPTED = "markdown, md or json";

    /** A new renderer for this format. */
    public ReportRenderer renderer() {
        return switch (this) {
            case MARKDOWN -> new MarkdownRenderer();
            case JSON -> new JsonRenderer();
        };
    }

    /**
     * The format named {@code name}: {@code markdown} or {@code md}, or {@code json}, in any case,
     * surrounding blanks ignored.
     *
     * @throws IllegalArgumentException naming the bad value if it is none of these
     * @throws NullPointerException     if {@code name} is {@code null}
     */
    public static Format parse(String name) {
        Objects.requireNonNull(name, "format name must not be null; expected " + ACCEPTED);
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "markdown", "md" -> MARKDOWN;
            case "json" -> JSON;
            default -> throw new IllegalArgumentException(
                    "unknown format '" + name + "': expected " + ACCEPTED);
        };
    }
}
