package org.storyline.server;

import java.util.Locale;

/**
 * Builds HTML in which untrusted text can only ever be text: every text and attribute value goes through
 * {@link #escape}; tag and attribute names come from this package's code only. Links to addresses outside
 * the server are written only for {@code http} and {@code https}, so a {@code javascript:} address is shown
 * as text and never made a link.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(4096);

    /**
     * {@code text} escaped for element content and quoted attribute values: {@code & < > " '} become
     * references, and characters not allowed in HTML (C0 controls but tab and line breaks, lone surrogates,
     * U+FFFE, U+FFFF) become U+FFFD. {@code null} gives the empty string.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        escaped.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c)
                            || c == '\uFFFE' || c == '\uFFFF') {
                        escaped.append('\uFFFD');
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** Whether {@code url} is an absolute {@code http} or {@code https} address, safe to link to. */
    static boolean isWebAddress(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && lower.chars().noneMatch(Character::isWhitespace);
    }

    /** Writes markup this package wrote itself (never text from a request or an article). */
    Html trusted(String markup) {
        out.append(markup);
        return this;
    }

    /** Opens {@code tag} with attribute name/value pairs. */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
        out.append('>');
        return this;
    }

    /** Closes {@code tag}. */
    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** Writes escaped {@code text}. */
    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Writes {@code <tag attributes>text</tag>}. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** A link to one of this server's pages ({@code href} built by {@link Links}). */
    Html link(String href, String text, String... attributes) {
        String[] all = new String[attributes.length + 2];
        all[0] = "href";
        all[1] = href;
        System.arraycopy(attributes, 0, all, 2, attributes.length);
        return element("a", text, all);
    }

    /** A link to an outside address when it is a web address, else the address as text. */
    Html outsideLink(String url, String text) {
        if (!isWebAddress(url)) {
            return text(url);
        }
        return element("a", text, "href", url.strip(), "rel", "noopener noreferrer nofollow", "class", "outside");
    }

    /** Ends a line of markup, for readable source. */
    Html newline() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
