package org.storyline.quote;

import java.util.ArrayList;
import java.util.List;
import org.storyline.model.Span;
import org.storyline.text.QuoteMarks;

/**
 * Finds quoted passages paragraph by paragraph: double marks of every style ({@code “…”}, {@code "…"},
 * {@code «…»}, {@code „…“}, {@code ”…”}), told apart as opening or closing by position
 * ({@link QuoteMarks}), single marks {@code ‘…’} (never an apostrophe), and paragraphs of direct speech led by a
 * dash. A double quote left open at a paragraph's end goes on through the next paragraph when that opens with a
 * mark, as news writes a quotation of several paragraphs: one quote, its span taking in the paragraph break and the
 * mark (a single quote continued so is a quote of its own marked {@code continued}). A straight mark with space on both
 * sides ({@code "It was a shock, " she said}, as text rebuilt from tokens has it) closes an open quote and
 * otherwise opens one. A quote left open at a paragraph's end runs on into the next paragraphs when they do not
 * open with a mark and the first mark after it closes it: text with one sentence a line breaks a quotation of
 * several sentences over lines. A new opening mark while a quote is open ends the open one at its last
 * sentence, as machine-translated copy often drops a mark.
 */
final class QuoteSpanFinder {

    private static final String DOUBLE = "\"“”„«»";
    /** How many paragraphs without any quote mark an open quote may run through to reach its closing mark. */
    private static final int MAX_PARAGRAPHS_WITHOUT_MARK = 3;

    private QuoteSpanFinder() {
    }

    static List<QuoteSpan> find(String text, List<Span> paragraphs) {
        Scan scan = new Scan(text, paragraphs);
        for (int p = 0; p < paragraphs.size(); p++) {
            scan.paragraph(p);
        }
        if (!paragraphs.isEmpty()) {
            scan.closeAt(paragraphs.get(paragraphs.size() - 1).end());
        }
        return scan.out;
    }

    /** The role of the double mark at {@code i} when a double quote is {@code open}: a spaced straight mark alternates. */
    private static QuoteMarks.Mark role(String text, int i, boolean open) {
        QuoteMarks.Mark mark = QuoteMarks.at(text, i);
        if (mark == QuoteMarks.Mark.NONE && text.charAt(i) == '"') {
            return open ? QuoteMarks.Mark.CLOSE : QuoteMarks.Mark.OPEN;
        }
        if (open && mark == QuoteMarks.Mark.OPEN && closesByContext(text, i)) {
            return QuoteMarks.Mark.CLOSE;
        }
        return mark;
    }

    /**
     * Whether an opening-shaped mark, while a quote is open, closes it: it ends its line ({@code eternal. “}), or
     * it follows the punctuation that ends quoted words and a lower-case word follows it ({@code decision, “a
     * friend said}, {@code could do, “said the juror}), or it follows a comma, question or exclamation mark and no
     * mark follows on its line ({@code again, “Jo Berg, the firm's director, said.}); no quotation opens so.
     */
    private static boolean closesByContext(String text, int i) {
        int after = i + 1;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        if (after >= text.length() || text.charAt(after) == '\n') {
            return true;
        }
        int before = i - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        if (before < 0 || ",.?!".indexOf(text.charAt(before)) < 0) {
            return false;
        }
        return Character.isLowerCase(text.charAt(after)) || text.charAt(before) != '.' && noMarkUntilLineEnd(text, after);
    }

    /** Whether no double mark stands from {@code from} to the end of its line: nothing there a new quote could close. */
    private static boolean noMarkUntilLineEnd(String text, int from) {
        for (int j = from; j < text.length() && text.charAt(j) != '\n'; j++) {
            if (DOUBLE.indexOf(text.charAt(j)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The state of a scan over the paragraphs: the quote open, if any, and the spans found. */
    private static final class Scan {
        private final String text;
        private final List<Span> paragraphs;
        private final List<QuoteSpan> out = new ArrayList<>();
        private int openAt = -1;
        private int openParagraph;
        private boolean single;
        private boolean continued;

        Scan(String text, List<Span> paragraphs) {
            this.text = text;
            this.paragraphs = paragraphs;
        }

        void paragraph(int p) {
            Span para = paragraphs.get(p);
            boolean dashLed = isDashLed(text, para);
            boolean leftOpen = false;
            int from = para.start();
            if (openAt >= 0 && !dashLed && !single && opensWithMark(para)) {
                from = para.start() + 1;
            } else if (openAt >= 0 && (dashLed || !runsInto(p))) {
                closeAt(paragraphs.get(p - 1).end());
                leftOpen = !dashLed;
            }
            if (dashLed) {
                int s = skipSpace(text, para.start() + 1, para.end());
                out.add(new QuoteSpan(s, para.end(), para.start(), para.end(), p, true, false));
                return;
            }
            for (int i = from; i < para.end(); i++) {
                char c = text.charAt(i);
                boolean isDouble = DOUBLE.indexOf(c) >= 0;
                QuoteMarks.Mark mark = isDouble ? role(text, i, openAt >= 0 && !single) : QuoteMarks.Mark.NONE;
                boolean closes = openAt >= 0 && (single ? (c == '’' || c == '\'') && isSingleCloser(text, i, para)
                        : mark == QuoteMarks.Mark.CLOSE);
                if (closes) {
                    out.add(new QuoteSpan(openAt + 1, i, openAt, i + 1, openParagraph, false, continued));
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
                            out.add(new QuoteSpan(openAt + 1, cut, openAt, cut, openParagraph, false, continued));
                        }
                    }
                    continued = leftOpen && i == para.start();
                    openAt = i;
                    openParagraph = p;
                    single = !isDouble;
                }
            }
        }

        /** Whether the paragraph opens with an opening double mark: news style for a quote going on. */
        private boolean opensWithMark(Span para) {
            return para.length() > 1 && DOUBLE.indexOf(text.charAt(para.start())) >= 0
                    && role(text, para.start(), false) == QuoteMarks.Mark.OPEN;
        }

        /** Ends the open quote, if any, at {@code end}. */
        void closeAt(int end) {
            if (openAt >= 0) {
                out.add(new QuoteSpan(openAt + 1, end, openAt, end, openParagraph, false, continued));
                openAt = -1;
                continued = false;
            }
        }

        /**
         * Whether the open double quote runs on into paragraph {@code p}: the first double mark from its start,
         * within a few paragraphs, closes the quote rather than opening one, or opens the paragraph right after
         * {@code p} (one line of the quotation without marks, the next going on with a mark).
         */
        private boolean runsInto(int p) {
            if (single) {
                return false;
            }
            int last = Math.min(paragraphs.size(), p + MAX_PARAGRAPHS_WITHOUT_MARK + 1);
            for (int k = p; k < last; k++) {
                Span para = paragraphs.get(k);
                if (isDashLed(text, para)) {
                    return false;
                }
                for (int i = para.start(); i < para.end(); i++) {
                    if (DOUBLE.indexOf(text.charAt(i)) >= 0) {
                        return role(text, i, true) == QuoteMarks.Mark.CLOSE || k == p + 1 && opensWithMark(para);
                    }
                }
            }
            return false;
        }
    }

    static boolean isDashLed(String text, Span para) {
        if (para.length() < 3) {
            return false;
        }
        char c = text.charAt(para.start());
        return (c == '–' || c == '—' || c == '―') && Character.isWhitespace(text.charAt(para.start() + 1));
    }

    /**
     * Whether the single mark at {@code i} opens a quote: a letter follows it, and space, an opening bracket, a dash
     * or a double mark comes before it, never a word or the period of an abbreviation ({@code the U.K.'s}).
     */
    private static boolean isSingleOpener(String text, int i, Span para) {
        char before = i > para.start() ? text.charAt(i - 1) : ' ';
        char after = i + 1 < para.end() ? text.charAt(i + 1) : ' ';
        return (Character.isWhitespace(before) || "([{—–-/".indexOf(before) >= 0 || DOUBLE.indexOf(before) >= 0)
                && Character.isLetter(after);
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
