package org.storyline.support;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.model.Token;
import org.storyline.quote.SpeechVerbs;

/**
 * The words of a claim that only say where it comes from, which a passage need not repeat to state the claim:
 * a trailing reporting clause ({@code , police said.}, {@code , the Sun Herald reported Wednesday.}), an
 * {@code according to} phrase, and the hedges {@code reportedly} and {@code allegedly}. The reporting clause
 * of a quotation is not sourcing but part of the claim: who said the quoted words.
 */
final class Attribution {

    /** The most words a trailing reporting clause has. */
    private static final int MAX_CLAUSE = 16;
    private static final Set<String> HEDGES = Set.of("reportedly", "allegedly", "apparently");
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "”", "“", "''", "``", "’", "'");

    private Attribution() {
    }

    /** For each token of {@code tokens}, whether it only sources the claim. */
    static boolean[] of(List<Token> tokens) {
        boolean[] out = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
            if (HEDGES.contains(w)) {
                out[i] = true;
            }
            if (SpeechVerbs.isAccordingTo(tokens, i)) {
                int j = i;
                while (j < tokens.size() && !tokens.get(j).text().equals(",") && !isFinalPunctuation(tokens, j)) {
                    out[j++] = true;
                }
            }
        }
        markTrailingClause(tokens, out);
        markParenthetical(tokens, out);
        markLeadingReport(tokens, out);
        return out;
    }

    /**
     * Marks {@code , X said ...} at the end of the sentence, unless it follows a quotation: a reporting verb after
     * the comma with no other verb in the clause.
     */
    private static void markTrailingClause(List<Token> tokens, boolean[] out) {
        int end = tokens.size();
        while (end > 0 && isFinalPunctuation(tokens, end - 1)) {
            end--;
        }
        for (int comma = Math.max(1, end - MAX_CLAUSE); comma < end; comma++) {
            if (!tokens.get(comma).text().equals(",") || Asides.inNumber(tokens, comma)) {
                continue;
            }
            if (QUOTE_MARKS.contains(tokens.get(comma - 1).text()) || hasQuoteMark(tokens, comma + 1, end)) {
                return;
            }
            for (int v = comma + 1; v < end; v++) {
                if (tokens.get(v).text().equals(",") && !Asides.inNumber(tokens, v)) {
                    break;
                }
                if (isReporting(tokens, v) && !SpeechVerbs.isAccordingTo(tokens, v)
                        || v == end - 1 && isReportNoun(tokens.get(v))) {
                    if (!hasVerb(tokens, comma + 1, v) && !hasVerb(tokens, v + 1, end)) {
                        for (int j = comma; j < end; j++) {
                            out[j] = true;
                        }
                        return;
                    }
                    break;
                }
            }
        }
    }

    private static boolean hasVerb(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).isPos("VB")) {
                return true;
            }
        }
        return false;
    }

    /** Marks a reporting clause between commas inside the sentence: {@code By the end of the year, she said, it will ...}. */
    private static void markParenthetical(List<Token> tokens, boolean[] out) {
        int open = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).text().equals(",")) {
                continue;
            }
            if (open >= 0 && i - open <= 6 && i - open >= 3 && isReporting(tokens, i - 1)) {
                for (int j = open; j < i; j++) {
                    out[j] = true;
                }
            }
            open = i;
        }
    }

    /**
     * Marks an outlet's report at the start: {@code The Associated Press reports ...}, {@code THR is reporting that
     * ...}; a speaker saying something at the start ({@code Police said}) stays part of the claim.
     */
    private static void markLeadingReport(List<Token> tokens, boolean[] out) {
        for (int v = 1; v < Math.min(tokens.size(), 7); v++) {
            Token t = tokens.get(v);
            if (t.text().equals(",") || QUOTE_MARKS.contains(t.text())) {
                return;
            }
            if (t.isPos("VB") && "report".equalsIgnoreCase(t.lemma())) {
                int end = v + 1 < tokens.size() && tokens.get(v + 1).text().equalsIgnoreCase("that") ? v + 2 : v + 1;
                for (int j = 0; j < end; j++) {
                    out[j] = true;
                }
                return;
            }
        }
    }

    private static boolean isReporting(List<Token> tokens, int i) {
        return SpeechVerbs.isSpeech(tokens, i) && tokens.get(i).isPos("VB");
    }

    /** {@code reports} tagged as a noun at the end of a sentence: {@code ..., the WSJ reports.} */
    private static boolean isReportNoun(Token t) {
        return t.text().equalsIgnoreCase("reports");
    }

    private static boolean hasQuoteMark(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (QUOTE_MARKS.contains(tokens.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFinalPunctuation(List<Token> tokens, int i) {
        String t = tokens.get(i).text();
        return t.equals(".") || t.equals("!") || t.equals("?") || QUOTE_MARKS.contains(t);
    }
}
