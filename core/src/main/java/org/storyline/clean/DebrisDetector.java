package org.storyline.clean;

import java.util.ArrayList;
import java.util.List;
import org.storyline.model.RemovalKind;
import org.storyline.model.Span;
import org.storyline.text.QuoteMarks;

/**
 * Takes out machine-translation debris. Following which double quotes are open through each
 * paragraph (a quote left open at the end of a paragraph carries into the next), a short piece of a
 * sentence (at most {@value #MAX_WORDS} words, never the first of its paragraph) that closes a quote
 * although none is open and opens none ({@code Can stop it.”}) is debris, with the space before it;
 * so is a run of punctuation ending a paragraph right after a closing quote mark ({@code ” ,}).
 * A quote continued from an earlier sentence is open, so its last sentence is never debris.
 */
final class DebrisDetector {

    /** Longest fragment taken for debris, in words. */
    static final int MAX_WORDS = 6;

    /** The draft without debris. */
    Draft apply(Draft draft) {
        boolean open = false;
        int i = 0;
        while (i < draft.size()) {
            String text = draft.text(i);
            List<Span> cuts = find(text, open);
            open = QuoteMarks.openAfter(text, 0, text.length(), open);
            int before = draft.size();
            draft = draft.cut(i, cuts, RemovalKind.DEBRIS);
            if (draft.size() == before) {
                i++;
            }
        }
        return draft;
    }

    /**
     * The debris in one paragraph, as ranges of {@code text} in order.
     *
     * @param open whether a quote is open when the paragraph starts
     */
    static List<Span> find(String text, boolean open) {
        List<Span> pieces = Sentences.split(text);
        List<Span> cuts = new ArrayList<>();
        for (int k = 0; k < pieces.size(); k++) {
            Span piece = pieces.get(k);
            boolean openBefore = open;
            open = QuoteMarks.openAfter(text, piece.start(), piece.end(), open);
            if (k == 0) {
                continue;
            }
            int previousEnd = pieces.get(k - 1).end();
            boolean last = k == pieces.size() - 1;
            if (isFragment(text, piece, openBefore)
                    || last && isPunctuation(piece.of(text))
                    && QuoteMarks.at(text, previousEnd - 1) == QuoteMarks.Mark.CLOSE) {
                cuts.add(new Span(previousEnd, piece.end()));
            }
        }
        return cuts;
    }

    private static boolean isFragment(String text, Span piece, boolean openBefore) {
        int words = LineShape.words(piece.of(text));
        return !openBefore
                && words >= 1 && words <= MAX_WORDS
                && QuoteMarks.has(text, piece.start(), piece.end(), QuoteMarks.Mark.CLOSE)
                && !QuoteMarks.has(text, piece.start(), piece.end(), QuoteMarks.Mark.OPEN);
    }

    private static boolean isPunctuation(String piece) {
        return !piece.isEmpty() && piece.chars().allMatch(c -> ",;:.".indexOf(c) >= 0);
    }
}
