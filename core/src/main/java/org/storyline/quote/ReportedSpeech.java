package org.storyline.quote;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.storyline.model.Token;

/**
 * Finds reported speech in a sentence without quote marks: {@code X said (that) CLAUSE},
 * {@code X told reporters on Thursday that CLAUSE}, {@code CLAUSE, X said}, {@code according to X,
 * CLAUSE} and {@code CLAUSE, according to X}. The reported clause must hold a finite verb and several
 * words; only verbs that take a clause count ({@code describe} or {@code call} do not).
 */
final class ReportedSpeech {

    /**
     * A reported statement.
     *
     * @param verb  token index of the reporting verb (or of {@code according})
     * @param from  first token of the reported clause
     * @param to    end (exclusive) of the reported clause
     */
    record Found(int verb, int from, int to) {
    }

    private static final int MIN_WORDS = 4;
    private static final Set<String> CLAUSE_VERBS = Set.of("say", "tell", "add", "state", "note", "stress", "warn",
            "insist", "argue", "explain", "acknowledge", "concede", "assert", "declare", "write", "assure", "indicate",
            "reiterate", "emphasise", "emphasize", "announce", "claim", "suggest", "admit", "predict", "confirm",
            "deny", "clarify", "maintain", "contend", "underline", "caution", "affirm", "recall", "observe", "conclude");
    /**
     * Words that open a subordinate clause: {@code …, after X explained them to me} attributes nothing; nor does a
     * relative clause ({@code …, which she said were pretend}: its wh-word is tagged {@code W*}).
     */
    static final Set<String> SUBORDINATORS = Set.of("after", "before", "when", "while", "because", "since",
            "as", "if", "although", "though", "until", "once", "where", "whereas", "unless");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

    private ReportedSpeech() {
    }

    /** The reported statement of sentence {@code st}, if it has one. */
    static Optional<Found> find(SentenceTokens st) {
        List<Token> t = st.tokens();
        int end = t.size();
        while (end > 0 && t.get(end - 1).pos().equals(".")) {
            end--;
        }
        for (int i = 0; i < t.size(); i++) {
            if (SpeechVerbs.isAccordingTo(t, i)) {
                return accordingTo(t, i, end);
            }
        }
        for (int i = 0; i < end; i++) {
            if (!isClauseVerb(t.get(i))) {
                continue;
            }
            Optional<Found> after = clauseAfter(t, i, end);
            if (after.isPresent()) {
                return after;
            }
            Optional<Found> before = clauseBefore(st, i, end);
            if (before.isPresent()) {
                return before;
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> accordingTo(List<Token> t, int i, int end) {
        boolean opens = i == 0 || t.get(i - 1).pos().equals(",") || i == 1 && t.get(0).pos().equals("CC");
        if (opens) {
            int comma = indexOf(t, ",", i + 2, end);
            int stop = i == 0 ? end : Math.max(comma + 1, indexOf(t, ",", comma + 1, end));
            Optional<Found> after = comma < 0 ? Optional.empty() : clause(i, comma + 1, stop < 0 ? end : stop, t);
            if (after.isPresent() || i == 0) {
                return after;
            }
        }
        if (i > 1 && t.get(i - 1).text().equals(",")) {
            return clause(i, 0, i - 1, t);
        }
        return Optional.empty();
    }

    /** {@code X said (that) CLAUSE}, skipping the hearer of {@code tell} and time or place phrases. */
    private static Optional<Found> clauseAfter(List<Token> t, int verb, int end) {
        int i = verb + 1;
        if (lemma(t.get(verb)).equals("tell") || lemma(t.get(verb)).equals("assure")) {
            while (i < end && (t.get(i).isPos("NN") || t.get(i).pos().equals("PRP") || t.get(i).pos().equals("DT"))) {
                i++;
            }
        }
        while (i < end && (NounPhrase.isTimeWord(t.get(i)) || t.get(i).isPos("RB") || t.get(i).pos().equals(",")
                || t.get(i).pos().equals("DT") && i + 1 < end && NounPhrase.isTimeWord(t.get(i + 1)))) {
            i++;
        }
        while (i + 1 < end && t.get(i).isPos("IN") && !t.get(i).text().equalsIgnoreCase("that")
                && (NounPhrase.isTimeWord(t.get(i + 1)) || t.get(i + 1).pos().equals("DT"))) {
            i++;
            while (i < end && !t.get(i).isPos("IN") && !t.get(i).pos().equals(",") && !isSubjectStart(t, i)) {
                i++;
            }
        }
        boolean that = i < end && t.get(i).text().equalsIgnoreCase("that");
        if (that) {
            i++;
        }
        if (!that && !isSubjectStart(t, i)) {
            return Optional.empty();
        }
        return clause(verb, i, end, t);
    }

    /**
     * {@code CLAUSE, X said.} at the end of the sentence, or {@code CLAUSE, said X, 35, an ex-gang member who …}:
     * an inverted attribution whose subject a comma closes, whatever apposition follows.
     */
    private static Optional<Found> clauseBefore(SentenceTokens st, int verb, int end) {
        List<Token> t = st.tokens();
        int comma = verb - 1;
        while (comma > 0 && verb - comma <= 6 && !t.get(comma).text().equals(",")) {
            comma--;
        }
        if (comma <= 0 || !t.get(comma).text().equals(",") || verb + 4 < end && !invertedBeforeComma(st, comma, verb, end)) {
            return Optional.empty();
        }
        if (isQuoteMark(t.get(comma - 1).text()) || comma + 1 < t.size() && isQuoteMark(t.get(comma + 1).text())) {
            return Optional.empty();
        }
        for (int i = comma + 1; i < verb; i++) {
            if (SUBORDINATORS.contains(t.get(i).text().toLowerCase(Locale.ROOT)) || t.get(i).pos().startsWith("W")) {
                return Optional.empty();
            }
        }
        return clause(verb, 0, comma, t);
    }

    /** {@code , said X,}: the verb right after the comma, then its subject, then a comma or the end. */
    private static boolean invertedBeforeComma(SentenceTokens st, int comma, int verb, int end) {
        if (comma != verb - 1) {
            return false;
        }
        NounPhrase subject = NounPhrase.rightOf(st.tokens(), verb, st.quoted());
        return !subject.isEmpty() && (subject.to() == end || st.tokens().get(subject.to()).text().equals(","));
    }

    private static boolean isSubjectStart(List<Token> t, int i) {
        if (i >= t.size()) {
            return false;
        }
        String pos = t.get(i).pos();
        if (!(pos.startsWith("NN") || pos.equals("PRP") || pos.equals("DT") || pos.equals("JJ") || pos.equals("CD")
                || pos.equals("EX"))) {
            return false;
        }
        for (int j = i; j < Math.min(t.size(), i + 8); j++) {
            if (FINITE.contains(t.get(j).pos())) {
                return true;
            }
            if (t.get(j).pos().equals(",") || t.get(j).isPos("IN") && j > i) {
                return false;
            }
        }
        return false;
    }

    private static Optional<Found> clause(int verb, int from, int to, List<Token> t) {
        while (from < to && (t.get(from).pos().equals("CC") || t.get(from).pos().equals(","))) {
            from++;
        }
        if (to - from < MIN_WORDS) {
            return Optional.empty();
        }
        boolean finite = t.subList(from, to).stream().anyMatch(x -> FINITE.contains(x.pos()));
        return finite ? Optional.of(new Found(verb, from, to)) : Optional.empty();
    }

    /** A quote right before the attribution is the statement itself (a partial quote), not reported speech. */
    private static boolean isQuoteMark(String token) {
        return token.equals("”") || token.equals("\"") || token.equals("’") || token.equals("»") || token.equals("“");
    }

    private static boolean isClauseVerb(Token t) {
        return t.isPos("VB") && !t.pos().equals("VBG") && CLAUSE_VERBS.contains(lemma(t));
    }

    private static String lemma(Token t) {
        return t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
    }

    private static int indexOf(List<Token> t, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.get(i).text().equals(text)) {
                return i;
            }
        }
        return -1;
    }
}
