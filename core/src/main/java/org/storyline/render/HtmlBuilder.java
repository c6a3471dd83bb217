package org.storyline.render;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes HTML (and inline SVG) so that only the program's own markup is ever raw: tag and attribute
 * names must be simple names, attribute values are always quoted and escaped, and text always goes
 * through {@link HtmlText#escape}. As defence in depth no event-handler ({@code on...}) or
 * {@code style} attribute can be written, and a link can only point inside the page
 * ({@code href="#..."}). Every element is closed explicitly (empty ones as {@code <x/>}), which
 * keeps inline SVG well-formed XML.
 */
final class HtmlBuilder {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");

    private final StringBuilder out = new StringBuilder(1 << 16);

    /**
     * Opens {@code tag} with attributes given as name, value pairs; a {@code null} value leaves
     * the attribute out.
     */
    HtmlBuilder open(String tag, String... attributes) {
        out.append('<').append(name(tag));
        attributes(attributes);
        out.append('>');
        return this;
    }

    /** An element with no content, written {@code <tag a="v"/>}. */
    HtmlBuilder empty(String tag, String... attributes) {
        out.append('<').append(name(tag));
        attributes(attributes);
        out.append("/>");
        return this;
    }

    /** Closes {@code tag}. */
    HtmlBuilder close(String tag) {
        out.append("</").append(name(tag)).append('>');
        return this;
    }

    /** Escaped text. */
    HtmlBuilder text(String text) {
        out.append(HtmlText.escape(text));
        return this;
    }

    /** An element holding only escaped {@code text}. */
    HtmlBuilder element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** A line break in the output source, for people reading it. */
    HtmlBuilder newline() {
        out.append('\n');
        return this;
    }

    /**
     * Markup the program itself wrote (the style sheet, the script, a doctype); never pass text
     * that came from an article or the model.
     */
    HtmlBuilder trusted(String markup) {
        out.append(markup);
        return this;
    }

    /** Everything written so far. */
    @Override
    public String toString() {
        return out.toString();
    }

    private void attributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes must come in name, value pairs, got " + attributes.length
                    + " strings");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attribute(attributes[i], attributes[i + 1])).append("=\"")
                        .append(HtmlText.escape(attributes[i + 1])).append('"');
            }
        }
    }

    private static String attribute(String name, String value) {
        String lower = name(name).toLowerCase(Locale.ROOT);
        if (lower.startsWith("on") || lower.equals("style") || lower.equals("src")) {
            throw new IllegalArgumentException("attribute not allowed in a brief: " + name);
        }
        if (lower.equals("href") && !value.startsWith("#")) {
            throw new IllegalArgumentException("a brief links only inside itself, not to " + value);
        }
        return name;
    }

    private static String name(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a safe tag or attribute name: " + name);
        }
        return name;
    }
}
