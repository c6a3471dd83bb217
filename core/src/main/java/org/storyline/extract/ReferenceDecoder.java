package org.storyline.extract;

import java.util.Arrays;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;
import org.storyline.model.OffsetMap;
import org.storyline.model.Paragraph;

/**
 * Decodes the HTML character references in a range of raw source text one by one, so that each
 * decoded character keeps the source range it came from: {@code &amp;} gives one character mapped to
 * five source characters, a plain character maps to itself. References are recognised as jsoup's
 * tokenizer does for text content (named references with and without semicolon, decimal and hex
 * numeric references); the decoding itself is jsoup's.
 */
final class ReferenceDecoder {

    private ReferenceDecoder() {
    }

    /** The text of {@code source[start, end)} with references decoded, mapped into {@code source}. */
    static Paragraph decode(String source, int start, int end) {
        StringBuilder text = new StringBuilder(end - start);
        // A reference never decodes to more characters than it is long, so end - start is enough.
        int[] starts = new int[end - start];
        int[] ends = new int[end - start];
        int i = start;
        while (i < end) {
            int refEnd = source.charAt(i) == '&' ? referenceEnd(source, i, end) : -1;
            int next = refEnd > 0 ? refEnd : i + 1;
            String decoded = refEnd > 0 ? Parser.unescapeEntities(source.substring(i, refEnd), false)
                    : source.substring(i, next);
            for (int k = 0; k < decoded.length(); k++) {
                starts[text.length()] = i;
                ends[text.length()] = next;
                text.append(decoded.charAt(k));
            }
            i = next;
        }
        int n = text.length();
        return new Paragraph(text.toString(),
                OffsetMap.of(Arrays.copyOf(starts, n), Arrays.copyOf(ends, n)));
    }

    /** The end of the character reference starting with the {@code &} at {@code amp}, or -1 if none. */
    static int referenceEnd(String source, int amp, int end) {
        int j = amp + 1;
        if (j < end && source.charAt(j) == '#') {
            return numericEnd(source, j + 1, end);
        }
        int nameStart = j;
        while (j < end && isAsciiLetter(source.charAt(j))) {
            j++;
        }
        while (j < end && isDigit(source.charAt(j))) {
            j++;
        }
        if (j == nameStart) {
            return -1;
        }
        String name = source.substring(nameStart, j);
        boolean semicolon = j < end && source.charAt(j) == ';';
        if (Entities.isBaseNamedEntity(name) || semicolon && Entities.isNamedEntity(name)) {
            return semicolon ? j + 1 : j;
        }
        String prefix = Entities.findPrefix(name);
        return prefix.isEmpty() ? -1 : nameStart + prefix.length();
    }

    private static int numericEnd(String source, int j, int end) {
        boolean hex = j < end && (source.charAt(j) == 'x' || source.charAt(j) == 'X');
        if (hex) {
            j++;
        }
        int digits = j;
        while (j < end && (hex ? Character.digit(source.charAt(j), 16) >= 0 && source.charAt(j) < 128
                : isDigit(source.charAt(j)))) {
            j++;
        }
        if (j == digits) {
            return -1;
        }
        return j < end && source.charAt(j) == ';' ? j + 1 : j;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
