package org.storyline.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.storyline.entity.EntityIndex;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Sentence;
import org.storyline.model.Span;
import org.storyline.model.Token;

/**
 * Finds the direct quotes of an article and attributes each to its speaker. The speaker comes from the
 * reporting verb nearest the quote ({@code X said}, {@code said X}, {@code according to X},
 * {@code …, stating}); a quote with no reporting verb continues the speaker of the quote before it in the
 * paragraph, or of a quote the previous paragraph left open. Short quoted fragments are statements only
 * when attributed or introduced ({@link QuoteFilter}). When nothing names the speaker, it stays unknown.
 */
public final class QuoteExtractor {

    /** The quotes of one article, in text order, with speakers resolved against the story's entities. */
    public List<AttributedQuote> extract(AnnotatedArticle article, EntityIndex index) {
        String text = article.text();
        List<Span> paragraphs = article.clean().paragraphs();
        List<QuoteSpan> spans = trimDashAttributions(QuoteSpanFinder.find(text, paragraphs), article);
        List<SentenceTokens> sentences = article.sentences().stream().map(s -> SentenceTokens.of(s, spans)).toList();
        SpeakerResolver resolver = new SpeakerResolver(index);
        Discourse discourse = new Discourse();
        List<AttributedQuote> out = new ArrayList<>();
        List<QuoteSpan> pending = new ArrayList<>(spans);
        for (int si = 0; si < sentences.size(); si++) {
            SentenceTokens st = sentences.get(si);
            Subject subject = subjectOf(st, resolver, discourse, text);
            discourse.enterSentence(subject.speaker(), subject.end());
            discourse.remember(subject.speaker());
            if (subject.reports()) {
                discourse.spoke(subject.speaker(), st.sentence().paragraph());
            }
            for (QuoteSpan q : List.copyOf(pending)) {
                if (!endsIn(q, si, sentences)) {
                    continue;
                }
                pending.remove(q);
                List<SentenceTokens> around = sentencesOf(q, sentences);
                List<Cue> cues = cues(q, around);
                if (!QuoteFilter.isStatement(q, around, text)) {
                    continue;
                }
                String inside = text.substring(q.start(), q.end());
                int lead = inside.length() - inside.stripLeading().length();
                String words = inside.strip().replaceAll("[,\\s]+$", "");
                Speaker speaker = cues.isEmpty() ? continuation(q, discourse, paragraphs, st)
                        : attribute(cues, resolver, discourse, text, subject);
                int start = q.start() + lead;
                AttributedQuote found = new AttributedQuote(article.id(), start, start + words.length(), words, speaker);
                out.add(found);
                discourse.spoke(speaker, q.paragraph());
            }
            discourse.leaveSentence();
        }
        return out;
    }

    /** Whether quote {@code q} is complete by sentence {@code si}: it ends there, or its paragraph does. */
    private static boolean endsIn(QuoteSpan q, int si, List<SentenceTokens> sentences) {
        Sentence s = sentences.get(si).sentence();
        if (q.outerStart() >= s.end()) {
            return false;
        }
        boolean paragraphEnds = s.paragraph() == q.paragraph()
                && (si + 1 == sentences.size() || sentences.get(si + 1).sentence().paragraph() != q.paragraph());
        return q.end() <= s.end() || paragraphEnds;
    }

    /** The subject of a sentence, where it ends, and whether its verb reports speech. */
    private record Subject(Speaker speaker, int end, boolean reports) {
    }

    private static Subject subjectOf(SentenceTokens st, SpeakerResolver resolver, Discourse discourse, String text) {
        int verb = st.mainVerb();
        if (verb < 0) {
            return new Subject(Speaker.UNKNOWN, -1, false);
        }
        NounPhrase np = NounPhrase.leftOf(st.tokens(), verb, st.quoted());
        boolean speech = SpeechVerbs.isSpeech(st.tokens(), verb);
        if (np.isEmpty() && speech) {
            np = NounPhrase.rightOf(st.tokens(), verb, st.quoted());
        }
        Speaker s = resolver.resolve(np.tokens(st.tokens()), text, discourse, np.from());
        return new Subject(s, np.to(), speech && s.known());
    }

    private static Speaker attribute(List<Cue> cues, SpeakerResolver resolver, Discourse discourse, String text,
                                     Subject subject) {
        for (Cue cue : cues) {
            List<Token> tokens = cue.sentence().tokens();
            boolean[] quoted = cue.sentence().quoted();
            Speaker s;
            if (SpeechVerbs.isAccordingTo(tokens, cue.token())) {
                NounPhrase np = NounPhrase.rightOf(tokens, cue.token() + 1, quoted);
                s = resolver.resolve(np.tokens(tokens), text, discourse, np.from());
            } else if (SpeechVerbs.isParticiple(tokens, cue.token())) {
                s = subject.speaker();
            } else {
                NounPhrase left = NounPhrase.leftOf(tokens, cue.token(), quoted);
                s = resolver.resolve(left.tokens(tokens), text, discourse, left.from());
                if (!s.known() && (left.isEmpty() || !isPronoun(tokens, left))) {
                    NounPhrase right = NounPhrase.rightOf(tokens, cue.token(), quoted);
                    s = resolver.resolve(right.tokens(tokens), text, discourse, right.from());
                }
            }
            if (s.known()) {
                return s;
            }
        }
        return Speaker.UNKNOWN;
    }

    private static boolean isPronoun(List<Token> tokens, NounPhrase np) {
        return np.to() - np.from() == 1 && tokens.get(np.from()).pos().equals("PRP");
    }

    /** A quote with no reporting verb of its own: the speaker it continues, if the text makes that clear. */
    private static Speaker continuation(QuoteSpan q, Discourse discourse, List<Span> paragraphs, SentenceTokens st) {
        Speaker last = discourse.lastSpeaker();
        if (!last.known()) {
            return Speaker.UNKNOWN;
        }
        Span para = paragraphs.get(q.paragraph());
        boolean opensSentence = q.outerStart() <= st.sentence().start() || q.outerStart() == para.start();
        int lastParagraph = discourse.lastSpeakerParagraph();
        if (q.continued() || opensSentence && lastParagraph == q.paragraph()) {
            return last;
        }
        if (q.outerStart() == para.start() && lastParagraph == q.paragraph() - 1 && !namesSomeoneElse(st)) {
            return last;
        }
        return Speaker.UNKNOWN;
    }

    private static boolean namesSomeoneElse(SentenceTokens st) {
        List<Token> t = st.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (!st.quoted()[i] && t.get(i).ner().equals("PERSON")) {
                return true;
            }
        }
        return false;
    }

    private static List<Cue> cues(QuoteSpan q, List<SentenceTokens> around) {
        List<Cue> cues = new ArrayList<>();
        for (SentenceTokens st : around) {
            List<Token> tokens = st.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                if (st.quoted()[i] || !SpeechVerbs.isSpeech(tokens, i)) {
                    continue;
                }
                Token t = tokens.get(i);
                int distance = t.start() >= q.end() ? t.start() - Math.max(q.end(), q.outerEnd())
                        : q.outerStart() - t.end();
                if (distance >= 0) {
                    cues.add(new Cue(st, i, distance));
                }
            }
        }
        cues.sort(Comparator.comparingInt(Cue::distance));
        return cues;
    }

    private static List<SentenceTokens> sentencesOf(QuoteSpan q, List<SentenceTokens> sentences) {
        List<SentenceTokens> out = new ArrayList<>();
        for (SentenceTokens st : sentences) {
            Sentence s = st.sentence();
            if (s.end() > q.outerStart() && s.start() < Math.max(q.end(), q.outerEnd())) {
                out.add(st);
            }
        }
        return out;
    }

    private static List<QuoteSpan> trimDashAttributions(List<QuoteSpan> spans, AnnotatedArticle article) {
        List<QuoteSpan> out = new ArrayList<>();
        for (QuoteSpan q : spans) {
            if (!q.dashLed()) {
                out.add(q);
                continue;
            }
            int end = q.end();
            for (Sentence s : article.sentences()) {
                int comma = s.paragraph() == q.paragraph() ? DashAttribution.commaBeforeAttribution(s.tokens()) : -1;
                if (comma >= 0) {
                    end = s.tokens().get(comma).start();
                    break;
                }
            }
            out.add(new QuoteSpan(q.start(), end, q.outerStart(), end, q.paragraph(), true, false));
        }
        return out;
    }
}
