package org.storyline.ingest;

import java.util.ArrayList;
import java.util.List;
import org.storyline.model.Paragraph;

/**
 * Splits text into lines ({@code \n}, {@code \r\n} or a lone {@code \r} ends a line) and turns the
 * non-blank ones into verbatim paragraphs. Shared by plain-text files and the {@code text} field of
 * JSON Lines, so both follow one rule.
 */
final class LineSplitter {

    /**
     * One line of a text.
     *
     * @param number 1-based line number
     * @param start  offset of the first character
     * @param end    offset just past the last character, before the line terminator
     */
    record Line(int number, int start, int end) {

        /** The line's characters in {@code text}. */
        String of(String text) {
            return text.substring(start, end);
        }
    }

    private LineSplitter() {
    }

    /** All lines of {@code text}, blank ones included; a final line terminator adds no empty line. */
    static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new Line(lines.size() + 1, start, i));
                i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < text.length()) {
            lines.add(new Line(lines.size() + 1, start, text.length()));
        }
        return lines;
    }

    /**
     * One verbatim paragraph per non-blank line of {@code source}, with leading and trailing
     * whitespace (and a byte order mark) left out of its span, so offsets index {@code source} exactly.
     */
    static List<Paragraph> paragraphs(String source) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Line line : lines(source)) {
            int start = line.start();
            int end = line.end();
            while (start < end && isSpace(source.charAt(start))) {
                start++;
            }
            while (end > start && isSpace(source.charAt(end - 1))) {
                end--;
            }
            if (start < end) {
                paragraphs.add(Paragraph.verbatim(source, start, end));
            }
        }
        return paragraphs;
    }

    /** Whether {@code c} is whitespace or a byte order mark, neither of which starts or ends a paragraph. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == Utf8Decoder.BOM;
    }
}
