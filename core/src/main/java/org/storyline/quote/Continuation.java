package org.storyline.quote;

import java.util.List;
import org.storyline.entity.EntityIndex;
import org.storyline.model.Span;
import org.storyline.model.Token;

/**
 * Who says a quote that has no reporting verb of its own: in wire style the speaker of the statement
 * before it ({@code "We are ready," Berg said. "We have been for weeks."}), of a quote the previous
 * paragraph left open, or of the paragraph before a paragraph that is all quote; never someone the text
 * has moved away from.
 */
final class Continuation {

    private Continuation() {
    }

    /**
     * A quote with no reporting verb of its own: the speaker it continues, if the text makes that clear:
     * the rest of a quote the previous paragraph left open, a quote after the speaker's statement in the same
     * paragraph, opening its sentence or inside it ({@code That’s produced a strategy of “…”}), or a paragraph of
     * quote right after it or after one paragraph whose subject is the speaker ({@code “…,” Berg said. / Berg also
     * praised the police. / “They saved lives.”}) and that introduces nothing with a colon. Another person becoming a
     * subject in between, or named in the quote's paragraph, breaks the chain; the subject of the sentence the
     * quote ends in counts only when it comes before the quote's end ({@code start} of its first token).
     */
    static Speaker speaker(QuoteSpan q, Discourse discourse, List<Span> paragraphs, List<SentenceTokens> sentences,
                           EntityIndex index, int subjectStart) {
        Speaker last = discourse.lastSpeaker();
        if (!last.known()) {
            return Speaker.UNKNOWN;
        }
        if (q.continued()) {
            return last;
        }
        boolean subjectAfter = subjectStart >= Math.max(q.end(), q.outerEnd());
        if (subjectAfter ? discourse.otherSubjectBeforeSentence() : discourse.otherSubjectSinceSpeech()) {
            return Speaker.UNKNOWN;
        }
        Span para = paragraphs.get(q.paragraph());
        int lastParagraph = discourse.lastSpeakerParagraph();
        if (lastParagraph == q.paragraph()) {
            return last;
        }
        boolean subjectBetween = lastParagraph == q.paragraph() - 2 && last.equals(discourse.recentSubject())
                && !introduces(q.paragraph() - 1, sentences);
        if (q.outerStart() == para.start() && (lastParagraph == q.paragraph() - 1 || subjectBetween)
                && !namesSomeoneElse(q.paragraph(), sentences, last, index)) {
            return last;
        }
        return Speaker.UNKNOWN;
    }

    /** Whether paragraph {@code p} ends with a colon: it introduces what follows, as its own words say. */
    private static boolean introduces(int p, List<SentenceTokens> sentences) {
        SentenceTokens lastOfParagraph = null;
        for (SentenceTokens st : sentences) {
            if (st.sentence().paragraph() == p) {
                lastOfParagraph = st;
            }
        }
        List<Token> t = lastOfParagraph == null ? List.of() : lastOfParagraph.tokens();
        return !t.isEmpty() && t.get(t.size() - 1).text().equals(":");
    }

    /** Whether paragraph {@code p} names, outside quotes, a person other than {@code speaker}. */
    private static boolean namesSomeoneElse(int p, List<SentenceTokens> sentences, Speaker speaker, EntityIndex index) {
        for (SentenceTokens st : sentences) {
            if (st.sentence().paragraph() != p) {
                continue;
            }
            List<Token> t = st.tokens();
            for (int i = 0; i < t.size(); i++) {
                Token token = t.get(i);
                if (st.quoted()[i] || !token.isCapitalized()) {
                    continue;
                }
                String name = index.person(token.text()).map(e -> e.name()).orElse(null);
                if (name != null ? !name.equals(speaker.name()) : token.ner().equals("PERSON")) {
                    return true;
                }
            }
        }
        return false;
    }
}
