package org.storyline.quote;

import java.util.ArrayList;
import java.util.List;
import org.storyline.quote.CueAttribution.Attribution;
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
        SpeakerResolver resolver = new SpeakerResolver(index, article.id());
        resolver.learnGenders(sentences, text);
        Discourse discourse = new Discourse();
        List<AttributedQuote> out = new ArrayList<>();
        List<QuoteSpan> pending = new ArrayList<>(spans);
        for (int si = 0; si < sentences.size(); si++) {
            SentenceTokens st = sentences.get(si);
            Subject subject = Subject.of(st, resolver, discourse, text);
            discourse.enterSentence(subject.speaker(), subject.end(), subject.ambiguous());
            List<SpeakerResolver.Mentioned> people = resolver.people(st, text);
            discourse.mentioned(people, Subject.openingClauseSubject(st));
            discourse.introduced(UnnamedSources.introduced(st, text, subject.from(), subject.end()));
            if (subject.lostPronoun(st, people)) {
                discourse.lostTrack();
            }
            if (subject.other()) {
                discourse.unresolvedSubject();
                Subject.describedPerson(st, subject).ifPresent(discourse::describedSubject);
            }
            discourse.remember(subject.speaker());
            Documents.issuedIn(st).forEach(d -> discourse.wrote(d, subject.speaker()));
            if (subject.reports()) {
                discourse.spoke(subject.speaker(), st.sentence().paragraph());
            }
            for (QuoteSpan q : List.copyOf(pending)) {
                if (!endsIn(q, si, sentences)) {
                    continue;
                }
                pending.remove(q);
                List<SentenceTokens> around = sentencesOf(q, sentences);
                List<Cue> cues = CueFinder.find(q, around, sentences, text);
                if (!QuoteFilter.isStatement(q, around, text)) {
                    continue;
                }
                String inside = text.substring(q.start(), q.end());
                int lead = inside.length() - inside.stripLeading().length();
                String words = inside.strip().replaceAll("[,\\s]+$", "");
                Attribution attribution = cues.isEmpty() ? CueAttribution.introducedBy(q, sentences, resolver, discourse, text)
                        : CueAttribution.attribute(q, cues, resolver, discourse, text, subject);
                if (cues.isEmpty() && !attribution.speaker().known()) {
                    int subjectStart = subject.from() < 0 || subject.from() >= st.tokens().size() ? -1
                            : st.tokens().get(subject.from()).start();
                    attribution = new Attribution(Continuation.speaker(q, discourse, paragraphs, sentences, index,
                            subjectStart), null);
                }
                Speaker speaker = attribution.speaker();
                int start = q.start() + lead;
                AttributedQuote found = new AttributedQuote(article.id(), start, start + words.length(), words, speaker,
                        true, attribution.cue());
                out.add(found);
                if (!cues.isEmpty() && !speaker.known()) {
                    discourse.unknownSpoke();
                }
                discourse.spoke(speaker, st.sentence().paragraph());
            }
            Sentence here = st.sentence();
            boolean hasStatement = out.stream().anyMatch(q -> q.end() > here.start() && q.start() < here.end()
                    && QuoteFilter.wordCount(q.text()) >= QuoteFilter.MIN_WORDS)
                    || pending.stream().anyMatch(q -> q.outerStart() < here.end() && Math.max(q.end(), q.outerEnd()) > here.start()
                            && QuoteFilter.wordCount(text.substring(q.start(), q.end())) >= QuoteFilter.MIN_WORDS);
            java.util.Optional<AttributedQuote> reportedHere = hasStatement ? java.util.Optional.empty()
                    : reported(st, subject, article.id(), resolver, discourse, text);
            reportedHere.ifPresent(r -> {
                out.add(r);
                discourse.spoke(r.speaker(), st.sentence().paragraph());
            });
            discourse.leaveSentence();
        }
        return out;
    }

    /** The sentence's reported statement, when it has one and the text names who made it. */
    private static java.util.Optional<AttributedQuote> reported(SentenceTokens st, Subject subject, String article,
                                                                SpeakerResolver resolver, Discourse discourse,
                                                                String text) {
        java.util.Optional<ReportedSpeech.Found> found = ReportedSpeech.find(st);
        if (found.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Token> tokens = st.tokens();
        boolean[] quoted = st.quoted();
        int verb = found.get().verb();
        if (afterAuxiliary(tokens, verb)) {
            return java.util.Optional.empty();
        }
        NounPhrase np = SpeechVerbs.isAccordingTo(tokens, verb) ? NounPhrase.rightOf(tokens, verb + 1, quoted)
                : NounPhrase.leftOf(tokens, verb, quoted);
        java.util.Optional<Subject> shared = np.isEmpty() ? Subject.sharedBy(st, verb, () -> subject)
                : java.util.Optional.empty();
        if (shared.isPresent()) {
            np = new NounPhrase(shared.get().from(), shared.get().end());
        }
        if (np.isEmpty()) {
            np = NounPhrase.rightOf(tokens, verb, quoted);
        }
        Speaker speaker = resolver.resolve(np.tokens(tokens), text, discourse, np.from());
        if (!speaker.known()) {
            return java.util.Optional.empty();
        }
        int start = tokens.get(found.get().from()).start();
        int end = tokens.get(found.get().to() - 1).end();
        Span cue = Attribution.of(speaker, tokens, Math.min(np.from(), verb), Math.max(np.to(), verb + 1)).cue();
        return java.util.Optional.of(new AttributedQuote(article, start, end, text.substring(start, end), speaker, false,
                cue));
    }

    /**
     * Whether an auxiliary stands before the verb, adverbs aside ({@code has recently announced that}): such
     * reported statements are announcements and plans more often than speech, so they are not reported.
     */
    private static boolean afterAuxiliary(List<Token> tokens, int verb) {
        int i = verb - 1;
        while (i >= 0 && tokens.get(i).isPos("RB")) {
            i--;
        }
        return i >= 0 && NounPhrase.isAuxiliary(tokens.get(i));
    }

    /**
     * Whether quote {@code q} is complete by sentence {@code si}: it ends there, or before the next sentence
     * (a closing mark the sentence splitter left to the next sentence).
     */
    private static boolean endsIn(QuoteSpan q, int si, List<SentenceTokens> sentences) {
        Sentence s = sentences.get(si).sentence();
        if (q.outerStart() >= s.end()) {
            return false;
        }
        return q.end() <= s.end() || si + 1 == sentences.size() || q.end() <= sentences.get(si + 1).sentence().start();
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
