package org.storyline.quote;

import java.util.ArrayList;
import java.util.List;
import org.storyline.model.Span;
import org.storyline.text.QuoteMarks;

/**
 * Finds quoted passages paragraph by paragraph: double marks of every style ({@code “…”}, {@code "…"},
 * {@code «…»}, {@code „…“}, {@code ”…”}), told apart as opening or closing by position
 * ({@link QuoteMarks}), single marks {@code ‘…’} (never an apostrophe), quotes left open at a paragraph's end and continued by a paragraph
 * that opens with a quote mark, and paragraphs of direct speech led by a dash. A new opening mark while a
 * quote is open ends the open one at its last sentence, as machine-translated copy often drops a mark.
 */
final class QuoteSpanFinder {

    private static final String DOUBLE = "\"“”„«»";

    private QuoteSpanFinder() {
    }

    static List<QuoteSpan> find(String text, List<Span> paragraphs) {
        List<QuoteSpan> out = new ArrayList<>();
        boolean openAtEnd = false;
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p);
            if (isDashLed(text, para)) {
                int s = skipSpace(text, para.start() + 1, para.end());
                out.add(new QuoteSpan(s, para.end(), para.start(), para.end(), p, true, false));
                openAtEnd = false;
                continue;
            }
            openAtEnd = scanParagraph(text, para, p, openAtEnd, out);
        }
        return out;
    }

    private static boolean scanParagraph(String text, Span para, int p, boolean previousOpen, List<QuoteSpan> out) {
        int openAt = -1;
        boolean single = false;
        boolean continued = false;
        for (int i = para.start(); i < para.end(); i++) {
            char c = text.charAt(i);
            boolean isDouble = DOUBLE.indexOf(c) >= 0;
            QuoteMarks.Mark mark = isDouble ? QuoteMarks.at(text, i) : QuoteMarks.Mark.NONE;
            boolean closes = openAt >= 0 && (single ? (c == '’' || c == '\'') && isSingleCloser(text, i, para)
                    : mark == QuoteMarks.Mark.CLOSE);
            if (closes) {
                out.add(new QuoteSpan(openAt + 1, i, openAt, i + 1, p, false, continued));
                openAt = -1;
                continued = false;
                continue;
            }
            boolean opens = isDouble ? mark == QuoteMarks.Mark.OPEN && (openAt < 0 || !single)
                    : openAt < 0 && (c == '‘' || c == '\'') && isSingleOpener(text, i, para);
            if (opens) {
                if (openAt >= 0) {
                    int cut = lastSentenceEnd(text, openAt + 1, i);
                    if (cut > openAt + 1) {
                        out.add(new QuoteSpan(openAt + 1, cut, openAt, cut, p, false, continued));
                    }
                }
                continued = previousOpen && i == para.start();
                openAt = i;
                single = !isDouble;
            }
        }
        if (openAt >= 0) {
            out.add(new QuoteSpan(openAt + 1, para.end(), openAt, para.end(), p, false, continued));
            return true;
        }
        return false;
    }

    static boolean isDashLed(String text, Span para) {
        if (para.length() < 3) {
            return false;
        }
        char c = text.charAt(para.start());
        return (c == '–' || c == '—' || c == '―') && Character.isWhitespace(text.charAt(para.start() + 1));
    }

    private static boolean isSingleOpener(String text, int i, Span para) {
        char before = i > para.start() ? text.charAt(i - 1) : ' ';
        char after = i + 1 < para.end() ? text.charAt(i + 1) : ' ';
        return !Character.isLetterOrDigit(before) && Character.isLetter(after);
    }

    /**
     * Whether the single mark at {@code i} closes the open single quote. One followed by a letter is an
     * apostrophe ({@code won’t}); one after an {@code s} with a word following ({@code the allies’ support})
     * is a plural possessive when a later mark in the paragraph can close the quote instead.
     */
    private static boolean isSingleCloser(String text, int i, Span para) {
        char c = text.charAt(i);
        char after = i + 1 < para.end() ? text.charAt(i + 1) : ' ';
        if (Character.isLetter(after)) {
            return false;
        }
        boolean possessive = i > para.start() && text.charAt(i - 1) == 's' && after == ' '
                && i + 2 < para.end() && Character.isLetter(text.charAt(i + 2));
        return !possessive || !laterCloser(text, i + 1, para, c);
    }

    private static boolean laterCloser(String text, int from, Span para, char mark) {
        for (int j = from; j < para.end(); j++) {
            if (text.charAt(j) == mark && (j + 1 >= para.end() || !Character.isLetter(text.charAt(j + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static int lastSentenceEnd(String text, int from, int to) {
        for (int i = to - 1; i > from; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                return i + 1;
            }
        }
        return -1;
    }

    private static int skipSpace(String text, int i, int end) {
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
