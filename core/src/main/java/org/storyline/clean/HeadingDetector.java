package org.storyline.clean;

import java.util.HashSet;
import java.util.Set;
import org.storyline.model.RemovalKind;

/**
 * Drops subheadings: short lines between body paragraphs (at most {@value #MAX_WORDS} words or
 * {@value #MAX_CHARS} characters) that do not end like a sentence and are not dash-led speech, in
 * any case. The first and the last paragraph are never headings, and a short line counts only when a
 * sentence-like paragraph stands on each side of it: runs of short lines are lists or tables (scores,
 * product names, figures), which are article text.
 */
final class HeadingDetector {

    /** Longest heading in words, unless it is within {@link #MAX_CHARS}. */
    static final int MAX_WORDS = 8;
    /** Longest heading in characters, unless it is within {@link #MAX_WORDS}. */
    static final int MAX_CHARS = 60;

    /** The draft without its subheadings. */
    Draft apply(Draft draft) {
        Set<Integer> headings = new HashSet<>();
        for (int i = 1; i < draft.size() - 1; i++) {
            if (looksLikeHeading(draft.text(i)) && isProse(draft.text(i - 1)) && isProse(draft.text(i + 1))) {
                headings.add(i);
            }
        }
        return draft.drop(headings, RemovalKind.HEADING);
    }

    /** Whether {@code paragraph} reads as running prose: several words ending like a sentence, or dash-led speech. */
    static boolean isProse(String paragraph) {
        String s = paragraph.strip();
        return LineShape.words(s) >= MIN_PROSE_WORDS && (LineShape.endsWithPunctuation(s) || LineShape.dashLed(s));
    }

    /** Fewest words of a paragraph of prose around a heading. */
    static final int MIN_PROSE_WORDS = 8;

    /** Whether {@code line}, standing between paragraphs, reads as a subheading. */
    static boolean looksLikeHeading(String line) {
        String s = line.strip();
        return !s.isEmpty()
                && (LineShape.words(s) <= MAX_WORDS || s.length() <= MAX_CHARS)
                && !LineShape.endsWithPunctuation(s)
                && !LineShape.dashLed(s);
    }
}
