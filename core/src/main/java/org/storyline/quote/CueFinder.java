package org.storyline.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.storyline.model.Token;

/**
 * The reporting verbs that may name a quote's speaker, nearest first: in the sentences the quote stands in, in
 * the sentence that introduces it with a colon, and in a short attribution the sentence splitter cut off after
 * it. A verb after the quote counts only when it attaches to the quote (just its subject between, or the
 * attribution closing the sentence); a verb of naming counts before the quote ({@code called the plan “…”}).
 */
final class CueFinder {

    private static final int MAX_ATTRIBUTION_TAIL = 8;

    private CueFinder() {
    }

    /** The cues of quote {@code q}, whose sentences are {@code around}, nearest first. */
    static List<Cue> find(QuoteSpan q, List<SentenceTokens> around, List<SentenceTokens> sentences, String text) {
        return cues(q, withAttributionAfter(q, withIntroduction(q, around, sentences), sentences, text));
    }

    private static List<Cue> cues(QuoteSpan q, List<SentenceTokens> around) {
        List<Cue> cues = new ArrayList<>();
        for (SentenceTokens st : around) {
            List<Token> tokens = st.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                boolean naming = SpeechVerbs.isNaming(tokens, i) && tokens.get(i).end() <= q.outerStart();
                if (st.quoted()[i] || !SpeechVerbs.isSpeech(tokens, i) && !naming) {
                    continue;
                }
                Token t = tokens.get(i);
                int quoteEnd = Math.max(q.end(), q.outerEnd());
                boolean after = t.start() >= q.end();
                int distance = after ? t.start() - quoteEnd : q.outerStart() - t.end();
                if (distance >= 0 && (!after || attachedAfter(st, i, quoteEnd))) {
                    cues.add(new Cue(st, i, distance));
                }
            }
        }
        cues.sort(Comparator.comparingInt(Cue::distance));
        return cues;
    }

    /**
     * Whether the verb at token {@code verb}, after a quote ending at {@code quoteEnd}, attaches to it: only its
     * subject stands between ({@code “…,” the city's mayor, Jo Berg, said}, {@code “…,” Mark and Condon said}), no
     * other verb or clause, and it is no infinitive ({@code his “duty” to report})
     * ({@code “…” testimony, and when Berg swears…}).
     */
    private static boolean attachedAfter(SentenceTokens st, int verb, int quoteEnd) {
        List<Token> tokens = st.tokens();
        if (verb > 0 && tokens.get(verb - 1).pos().equals("TO")) {
            return false;
        }
        NounPhrase subject = NounPhrase.leftOf(tokens, verb, st.quoted());
        NounPhrase first = Subject.firstConjunct(st, subject);
        if (!first.isEmpty()) {
            subject = new NounPhrase(first.from(), subject.to());
        }
        if (!subject.isEmpty() && onlyPunctuation(st, quoteEnd, tokens.get(subject.from()).start())) {
            return true;
        }
        for (int i = verb - 1; i >= 0 && tokens.get(i).start() >= quoteEnd; i--) {
            String pos = tokens.get(i).pos();
            boolean clause = SentenceTokens.isFinite(tokens.get(i)) && !SpeechVerbs.isSpeech(tokens, i) && !SpeechVerbs.quotes(tokens, i)
                    || pos.equals("CC") || pos.startsWith("W");
            if (!st.quoted()[i] && clause) {
                return closesSentence(st, verb);
            }
        }
        return true;
    }

    /**
     * Whether the verb at {@code verb} is the attribution closing its sentence: a comma before its subject, and
     * after it only a few words without a verb ({@code …, Berg said in a statement on Monday.}); or a comma before
     * it and its subject after it, up to a comma ({@code …, said a diplomat, speaking on condition of anonymity.}).
     */
    private static boolean closesSentence(SentenceTokens st, int verb) {
        List<Token> tokens = st.tokens();
        NounPhrase subject = NounPhrase.leftOf(tokens, verb, st.quoted());
        boolean inverted = subject.isEmpty() && verb > 0 && tokens.get(verb - 1).text().equals(",");
        if (!inverted && (subject.isEmpty() || subject.from() == 0 || !tokens.get(subject.from() - 1).text().equals(","))) {
            return false;
        }
        int tail = 0;
        int max = inverted ? MAX_ATTRIBUTION_TAIL * 2 : MAX_ATTRIBUTION_TAIL;
        for (int i = verb + 1; i < tokens.size() && !(inverted && tail > 0 && tokens.get(i).text().equals(",")); i++) {
            if (tokens.get(i).pos().startsWith("VB") || ++tail > max) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text between {@code from} and {@code to} holds nothing but punctuation and space. */
    private static boolean onlyPunctuation(SentenceTokens st, int from, int to) {
        return st.tokens().stream().noneMatch(t -> t.start() >= from && t.end() <= to
                && t.text().chars().anyMatch(Character::isLetterOrDigit));
    }


    /**
     * The sentences around a quote, and after them the next sentence of the paragraph when the quote ends its
     * sentence and that one quotes nothing itself: the sentence splitter cuts {@code “Would we have done it without
     * him?” Arians asked.} after the question mark.
     */
    private static List<SentenceTokens> withAttributionAfter(QuoteSpan q, List<SentenceTokens> around,
                                                             List<SentenceTokens> sentences, String text) {
        if (around.isEmpty()) {
            return around;
        }
        SentenceTokens last = around.get(around.size() - 1);
        int next = last.sentence().index() + 1;
        int quoteEnd = Math.max(q.end(), q.outerEnd());
        if (next >= sentences.size() || sentences.get(next).sentence().paragraph() != last.sentence().paragraph()
                || !text.substring(quoteEnd, last.sentence().end()).strip().isEmpty()) {
            return around;
        }
        SentenceTokens after = sentences.get(next);
        for (boolean quotedToken : after.quoted()) {
            if (quotedToken) {
                return around;
            }
        }
        List<SentenceTokens> out = new ArrayList<>(around);
        out.add(after);
        return out;
    }

    /**
     * The sentences around a quote, and before them the sentence that introduces it with a colon when the
     * quote opens a paragraph or a sentence right after it ({@code Pensioner X, a voter, said:} / {@code “…”}).
     */
    private static List<SentenceTokens> withIntroduction(QuoteSpan q, List<SentenceTokens> around,
                                                         List<SentenceTokens> sentences) {
        if (around.isEmpty() || around.get(0).sentence().start() < q.outerStart()) {
            return around;
        }
        int first = around.get(0).sentence().index();
        if (first == 0 || first > sentences.size()) {
            return around;
        }
        SentenceTokens before = sentences.get(first - 1);
        List<Token> tokens = before.tokens();
        if (tokens.isEmpty() || !tokens.get(tokens.size() - 1).text().equals(":") || before.quoted()[tokens.size() - 1]) {
            return around;
        }
        List<SentenceTokens> out = new ArrayList<>();
        out.add(before);
        out.addAll(around);
        return out;
    }
}
