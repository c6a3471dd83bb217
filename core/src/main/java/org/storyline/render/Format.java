package org.storyline.render;

import java.util.Locale;
import java.util.Objects;

/** The output formats storyline can write, each with its renderer. */
public enum Format {
    /** A brief for people to read. */
    MARKDOWN,
    /** The stable JSON contract for programs. */
    JSON,
    /** A self-contained web page for people: the brief with its cited passages, no network needed. */
    HTML;

    private static final String ACCEPTED = "markdown, md, json or html";

    /** A new renderer for this format. */
    public ReportRenderer renderer() {
        return switch (this) {
            case MARKDOWN -> new MarkdownRenderer();
            case JSON -> new JsonRenderer();
            case HTML -> new HtmlRenderer();
        };
    }

    /**
     * The format named {@code name}: {@code markdown} or {@code md}, {@code json}, or {@code html}, in any case,
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
            case "html" -> HTML;
            default -> throw new IllegalArgumentException(
                    "unknown format '" + name + "': expected " + ACCEPTED);
        };
    }
}
