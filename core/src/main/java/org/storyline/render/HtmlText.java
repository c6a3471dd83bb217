package org.storyline.render;

/**
 * Escapes untrusted text for HTML and inline SVG. One escape serves text content and quoted
 * attribute values alike: {@code & < > " '} become character references, so the text can neither
 * close an element or attribute nor open a tag. Characters that are not allowed in an XML or HTML
 * document (C0 controls other than tab, line feed and carriage return; unpaired surrogates;
 * U+FFFE and U+FFFF) become U+FFFD, so the output stays well-formed for XML parsers too.
 */
final class HtmlText {

    private static final char REPLACEMENT = '\uFFFD';

    private HtmlText() {
    }

    /**
     * {@code text} escaped for an element's content or a double- or single-quoted attribute value;
     * {@code null} gives the empty string.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else {
                        out.append(allowed(c) ? c : REPLACEMENT);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * {@code text} cut to at most {@code max} characters at a word boundary where one is near,
     * with an ellipsis when something was cut; not escaped.
     */
    static String shorten(String text, int max) {
        String plain = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (plain.length() <= max) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        if (Character.isLowSurrogate(plain.charAt(cut)) && cut > 0) {
            cut--;
        }
        return plain.substring(0, cut).stripTrailing() + "…";
    }

    private static boolean allowed(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }
}
