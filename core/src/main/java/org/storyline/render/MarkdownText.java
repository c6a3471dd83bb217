package org.storyline.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes article text safe to place in a Markdown document: it stays one line, renders as the
 * same characters, and cannot open a heading, list, quote block, table cell, link, HTML tag or
 * emphasis by accident.
 */
final class MarkdownText {

    /** Runs of white space, line breaks included, collapsed to one space. */
    private static final Pattern BLANKS = Pattern.compile("[\\s\\u0085\\u00A0\\u2028\\u2029]+");
    /** Characters that can start or end Markdown or HTML syntax anywhere in a line. */
    private static final String INLINE = "\\`*_[]<>|~";
    /** Characters that open a block (heading, list, setext underline) at the start of a line. */
    private static final String LEADING = "#+-=";
    /** An ordered-list marker at the start of a line: digits and a dot or parenthesis. */
    private static final Pattern ORDERED = Pattern.compile("^(\\d+)([.)])");
    /** Something that reads like an HTML character reference. */
    private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");

    private MarkdownText() {
    }

    /**
     * {@code text} on one line, trimmed, with every Markdown-significant character backslash-escaped.
     * A {@code null} text gives the empty string.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        String line = BLANKS.matcher(text).replaceAll(" ").strip();
        StringBuilder out = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (INLINE.indexOf(c) >= 0 || (i == 0 && LEADING.indexOf(c) >= 0)) {
                out.append('\\');
            }
            out.append(c);
        }
        String escaped = ENTITY.matcher(out).replaceAll("\\\\&");
        Matcher ordered = ORDERED.matcher(escaped);
        return ordered.find() ? ordered.replaceFirst("$1\\\\$2") : escaped;
    }

    /**
     * {@code text} as an inline code span, fenced with more backticks than it contains in a row, so
     * identifiers and paths show verbatim.
     */
    static String code(String text) {
        String line = BLANKS.matcher(text).replaceAll(" ");
        int longest = 0;
        int run = 0;
        for (int i = 0; i < line.length(); i++) {
            run = line.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = longest > 0 || line.startsWith(" ") || line.endsWith(" ") ? " " : "";
        return fence + pad + line + pad + fence;
    }
}
