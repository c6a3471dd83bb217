package org.storyline.quote;

import java.util.ArrayList;
import java.util.List;
import org.storyline.entity.EntityIndex;
import org.storyline.entity.Gender;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Sentence;
import org.storyline.model.Span;
import org.storyline.model.Token;
import org.storyline.text.WordNet;

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
            Subject subject = subjectOf(st, resolver, discourse, text);
            discourse.enterSentence(subject.speaker(), subject.end(), subject.ambiguous());
            discourse.mentioned(resolver.people(st, text));
            if (subject.other()) {
                discourse.unresolvedSubject();
            }
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
                List<Cue> cues = CueFinder.find(q, around, sentences, text);
                if (!QuoteFilter.isStatement(q, around, text)) {
                    continue;
                }
                String inside = text.substring(q.start(), q.end());
                int lead = inside.length() - inside.stripLeading().length();
                String words = inside.strip().replaceAll("[,\\s]+$", "");
                Attribution attribution = cues.isEmpty() ? introducedBy(q, sentences, resolver, discourse, text)
                        : attribute(q, cues, resolver, discourse, text, subject);
                if (cues.isEmpty() && !attribution.speaker().known()) {
                    int subjectStart = subject.from() < 0 || subject.from() >= st.tokens().size() ? -1
                            : st.tokens().get(subject.from()).start();
                    attribution = new Attribution(Continuation.speaker(q, discourse, paragraphs, st, sentences, index,
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
                    : reported(st, article.id(), resolver, discourse, text);
            reportedHere.ifPresent(r -> {
                out.add(r);
                discourse.spoke(r.speaker(), st.sentence().paragraph());
            });
            discourse.leaveSentence();
        }
        return out;
    }

    /** The sentence's reported statement, when it has one and the text names who made it. */
    private static java.util.Optional<AttributedQuote> reported(SentenceTokens st, String article,
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

    /**
     * The subject of a sentence, where it ends, whether its verb reports speech, whether it names several
     * people, and whether it is something other than a resolved speaker or a pronoun ({@code the city}).
     */
    private record Subject(Speaker speaker, int from, int end, boolean reports, boolean ambiguous, boolean other) {
    }

    private static Subject subjectOf(SentenceTokens st, SpeakerResolver resolver, Discourse discourse, String text) {
        int verb = st.mainVerb();
        if (verb < 0) {
            return new Subject(Speaker.UNKNOWN, -1, -1, false, false, false);
        }
        NounPhrase np = NounPhrase.leftOf(st.tokens(), verb, st.quoted());
        boolean speech = SpeechVerbs.isSpeech(st.tokens(), verb);
        if (np.isEmpty() && speech) {
            np = NounPhrase.rightOf(st.tokens(), verb, st.quoted());
        }
        if (coordinated(st, np)) {
            return new Subject(Speaker.UNKNOWN, np.from(), np.to(), false, true, true);
        }
        Speaker s = resolver.resolve(np.tokens(st.tokens()), text, discourse, np.from());
        if (!s.known() && speech) {
            s = resolver.describedLastSpeaker(np.tokens(st.tokens()), discourse, st.sentence().paragraph());
        }
        boolean pronoun = np.to() - np.from() == 1 && st.tokens().get(np.from()).pos().equals("PRP");
        boolean other = !np.isEmpty() && !pronoun && !s.known();
        if (other && (namesAPerson(np.tokens(st.tokens())) || st.tokens().get(np.to() - 1).ner().equals("PERSON"))) {
            return new Subject(Speaker.UNKNOWN, np.from(), np.to(), false, true, true);
        }
        return new Subject(s, np.from(), np.to(), speech && s.known(), false, other);
    }

    /**
     * Whether a phrase the resolver could not name brings in another person ({@code Nichols' mother}, {@code a
     * neighbour}): it is possessive or indefinite, and its last common noun is singular and a kind of person in
     * WordNet. Such a subject is someone a following {@code he} or {@code she} may mean, so the pronoun cannot
     * be given to anyone named before. A definite description ({@code the Dutch politician}) is left alone: news
     * uses it for someone already named.
     */
    private static final java.util.Set<String> INDEFINITE = java.util.Set.of("a", "an", "another", "one");

    private static boolean namesAPerson(List<Token> np) {
        String first = np.isEmpty() ? "" : np.get(0).text().toLowerCase(java.util.Locale.ROOT);
        boolean introduces = np.stream().anyMatch(t -> t.pos().equals("POS")) || INDEFINITE.contains(first);
        if (!introduces) {
            return false;
        }
        for (int i = np.size() - 1; i >= 0; i--) {
            Token t = np.get(i);
            if (t.pos().equals("NNS")) {
                return false;
            }
            if (t.pos().equals("NN")) {
                return WordNet.isPerson((t.lemma() == null ? t.text() : t.lemma()).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return false;
    }

    /** {@code X and Y said}, {@code X and his deputy Y said}: several people, none of whom a pronoun can pick out. */
    private static boolean coordinated(SentenceTokens st, NounPhrase np) {
        int before = np.from() - 1;
        while (before >= 0 && (st.tokens().get(before).pos().equals("PRP$") || st.tokens().get(before).pos().equals("DT"))) {
            before--;
        }
        if (np.isEmpty() || before < 1 || !st.tokens().get(before).pos().equals("CC")) {
            return false;
        }
        Token other = st.tokens().get(before - 1);
        boolean personHere = np.tokens(st.tokens()).stream().anyMatch(t -> t.ner().equals("PERSON"));
        return personHere && (other.ner().equals("PERSON") || other.isPos("NN"));
    }

    /**
     * The joint speakers of {@code X and Y said in a joint statement}: both people named, as one speaker
     * ({@code Laurence Mark and Bill Condon}); none when either is not a person the story names.
     */
    private static Attribution jointly(SentenceTokens st, NounPhrase last, int verb, SpeakerResolver resolver,
                                       Discourse discourse, String text) {
        List<Token> tokens = st.tokens();
        int and = last.from() - 1;
        while (and >= 0 && !tokens.get(and).pos().equals("CC")) {
            and--;
        }
        NounPhrase first = and < 1 ? new NounPhrase(0, 0) : NounPhrase.leftOf(tokens, and, st.quoted());
        if (first.isEmpty()) {
            return Attribution.NONE;
        }
        Speaker a = resolver.resolve(first.tokens(tokens), text, discourse, first.from());
        Speaker b = resolver.resolve(last.tokens(tokens), text, discourse, last.from());
        boolean named = a.person() && b.person() && !a.anonymous() && !b.anonymous() && a.name() != null
                && b.name() != null && !a.equals(b);
        return named ? Attribution.of(Speaker.named(a.name() + " and " + b.name(), null, false, Gender.UNKNOWN), tokens,
                first.from(), verb + 1) : Attribution.NONE;
    }

    /** A speaker and the words that name it (clean-text offsets), or no words. */
    private record Attribution(Speaker speaker, Span cue) {

        static final Attribution NONE = new Attribution(Speaker.UNKNOWN, null);

        /** {@code speaker}, named by the tokens {@code from}..{@code to} (exclusive) of {@code tokens}. */
        static Attribution of(Speaker speaker, List<Token> tokens, int from, int to) {
            if (!speaker.known() || to <= from) {
                return new Attribution(speaker, null);
            }
            return new Attribution(speaker, new Span(tokens.get(from).start(), tokens.get(to - 1).end()));
        }
    }

    /**
     * The speaker named by the nearest reporting verb whose subject the text gives, with the words that name
     * it. Farther verbs are not tried when the nearest one's subject cannot be resolved: they usually belong to
     * someone else. A verb before the quote whose clause brings in another person as a subject
     * ({@code X said Y had called it “…”}) leaves the quote's words to that person, so the speaker is unknown.
     */
    private static Attribution attribute(QuoteSpan q, List<Cue> cues, SpeakerResolver resolver, Discourse discourse,
                                         String text, Subject subject) {
        for (Cue cue : cues) {
            List<Token> tokens = cue.sentence().tokens();
            boolean[] quoted = cue.sentence().quoted();
            int verb = cue.token();
            if (SpeechVerbs.isAccordingTo(tokens, verb)) {
                NounPhrase np = NounPhrase.rightOf(tokens, verb + 1, quoted);
                return Attribution.of(resolver.resolve(np.tokens(tokens), text, discourse, np.from()), tokens, verb, np.to());
            }
            NounPhrase quotedAs = SpeechVerbs.quotedAs(tokens, verb, quoted);
            if (!quotedAs.isEmpty()) {
                Speaker s = resolver.resolve(quotedAs.tokens(tokens), text, discourse, quotedAs.from());
                return Attribution.of(s, tokens, quotedAs.from(), verb + 1);
            }
            if (SpeechVerbs.isParticiple(tokens, verb)) {
                return participleSubject(cue.sentence(), verb, resolver, discourse, text, subject);
            }
            if (embeddedSubject(tokens, quoted, verb, q)) {
                return Attribution.NONE;
            }
            NounPhrase left = NounPhrase.leftOf(tokens, verb, quoted);
            if (coordinated(cue.sentence(), left)) {
                return jointly(cue.sentence(), left, verb, resolver, discourse, text);
            }
            if (!left.isEmpty()) {
                Speaker s = resolver.resolve(left.tokens(tokens), text, discourse, left.from());
                if (!s.known()) {
                    s = resolver.describedLastSpeaker(left.tokens(tokens), discourse, q.paragraph());
                }
                if (!s.known()) {
                    s = resolver.nameDescribedAsAPerson(tokens, left.from(), left.to(), text);
                }
                if (s.known() || isPronoun(tokens, left)) {
                    return Attribution.of(s, tokens, left.from(), verb + 1);
                }
            }
            NounPhrase right = SpeechVerbs.takesHearer(tokens, verb) ? new NounPhrase(0, 0)
                    : NounPhrase.rightOf(tokens, verb, quoted);
            if (!right.isEmpty()) {
                Speaker s = resolver.resolve(right.tokens(tokens), text, discourse, right.from());
                if (!s.known()) {
                    s = resolver.describedLastSpeaker(right.tokens(tokens), discourse, q.paragraph());
                }
                return Attribution.of(s, tokens, verb, right.to());
            }
            if (!left.isEmpty()) {
                return Attribution.NONE;
            }
        }
        return Attribution.NONE;
    }

    /**
     * The speaker of a participle of saying ({@code stating}, {@code saying}): the person subject of the nearest
     * finite verb before it when that is a subordinate clause's ({@code told reporters that Hiller called 911,
     * saying}), else the main clause's subject ({@code Berg spoke on Monday, saying}). In a clause that comes before
     * the main one ({@code When critics are reduced to lecturing the nation that “…”, it is time…}) it is that
     * clause's subject, or no one.
     */
    private static Attribution participleSubject(SentenceTokens st, int verb, SpeakerResolver resolver,
                                                 Discourse discourse, String text, Subject subject) {
        List<Token> tokens = st.tokens();
        boolean fronted = st.mainVerb() > verb;
        for (int i = verb - 1; i >= 0; i--) {
            if (st.quoted()[i] || !SentenceTokens.isFinite(tokens.get(i))) {
                continue;
            }
            if (i == st.mainVerb()) {
                break;
            }
            NounPhrase np = NounPhrase.leftOf(tokens, i, st.quoted());
            Speaker s = np.isEmpty() ? Speaker.UNKNOWN : resolver.resolve(np.tokens(tokens), text, discourse, np.from());
            if (s.known() && (s.person() || fronted)) {
                return Attribution.of(s, tokens, verb, verb + 1);
            }
            if (fronted) {
                return Attribution.NONE;
            }
            break;
        }
        return Attribution.of(subject.speaker(), tokens, verb, verb + 1);
    }

    /**
     * Between a reporting verb and the quote after it, a person who speaks in a clause of their own
     * ({@code Carter said Trump had called the plan “…”}): the quoted words are that person's.
     */
    private static boolean embeddedSubject(List<Token> tokens, boolean[] quoted, int verb, QuoteSpan q) {
        for (int i = verb + 1; i + 1 < tokens.size() && tokens.get(i).start() < q.outerStart(); i++) {
            if (quoted[i] || !tokens.get(i).ner().equals("PERSON")) {
                continue;
            }
            for (int j = i + 1; j < Math.min(tokens.size(), i + 4) && !quoted[j]; j++) {
                if (SpeechVerbs.isSpeech(tokens, j) || SpeechVerbs.isNaming(tokens, j)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isPronoun(List<Token> tokens, NounPhrase np) {
        return np.to() - np.from() == 1 && tokens.get(np.from()).pos().equals("PRP");
    }

    /**
     * The speaker of a quote that a colon introduces without a reporting verb ({@code Smith agreed: “…”},
     * {@code Buckley had a similar experience: “…”}): the person or source that is the subject of the sentence holding the
     * colon, with the words from that subject to the colon as the cue; otherwise none.
     */
    private static Attribution introducedBy(QuoteSpan q, List<SentenceTokens> sentences, SpeakerResolver resolver,
                                            Discourse discourse, String text) {
        if (!QuoteFilter.introduced(q, text)) {
            return Attribution.NONE;
        }
        int colon = text.lastIndexOf(':', q.outerStart());
        for (SentenceTokens st : sentences) {
            if (st.sentence().start() > colon || st.sentence().end() <= colon) {
                continue;
            }
            int at = st.tokenAt(colon);
            Attribution label = speakerLabel(st, at, resolver, discourse, text);
            if (label.speaker().known()) {
                return label;
            }
            Subject subject = subjectOf(st, resolver, discourse, text);
            if (at < 0 || subject.from() < 0 || subject.end() > at || !subject.speaker().known()) {
                return Attribution.NONE;
            }
            return Attribution.of(subject.speaker(), st.tokens(), subject.from(), at + 1);
        }
        return Attribution.NONE;
    }


    /**
     * A speaker's name alone before the colon at token {@code colon}, as a transcript or interview writes it
     * ({@code Haldeman: “Yes, sir.”}): only names between the start of the sentence, or the end of a quote or a
     * sentence in it, and the colon; the person they name, or none.
     */
    private static Attribution speakerLabel(SentenceTokens st, int colon, SpeakerResolver resolver, Discourse discourse,
                                            String text) {
        List<Token> tokens = st.tokens();
        int from = colon;
        while (from > 0 && !st.quoted()[from - 1] && (tokens.get(from - 1).ner().equals("PERSON")
                || tokens.get(from - 1).pos().equals("NNP"))) {
            from--;
        }
        boolean opens = from == 0 || st.quoted()[from - 1] || tokens.get(from - 1).pos().equals(".")
                || tokens.get(from - 1).pos().equals("''");
        if (colon <= 0 || from == colon || !opens) {
            return Attribution.NONE;
        }
        Speaker s = resolver.resolve(tokens.subList(from, colon), text, discourse, from);
        return s.known() && s.person() && !s.anonymous() ? Attribution.of(s, tokens, from, colon + 1) : Attribution.NONE;
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
