package org.storyline.quote;

import java.util.List;
import java.util.Optional;
import org.storyline.entity.Gender;
import org.storyline.model.Span;
import org.storyline.model.Token;

/**
 * Who a quote's cue names: the subject of its reporting verb (before or after it, through appositions, joint
 * subjects and participles), the author after {@code according to} or {@code quoted … as saying}, or the subject
 * of the sentence that introduces the quote with a colon; with the words that name the speaker.
 */
final class CueAttribution {

    private CueAttribution() {
    }

    /**
     * The joint speakers of {@code X and Y said in a joint statement}: both people named, as one speaker
     * ({@code Laurence Mark and Bill Condon}); none when either is not a person the story names.
     */
    private static Attribution jointly(SentenceTokens st, NounPhrase last, int verb, SpeakerResolver resolver,
                                       Discourse discourse, String text) {
        List<Token> tokens = st.tokens();
        NounPhrase first = Subject.firstConjunct(st, last);
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
    record Attribution(Speaker speaker, Span cue) {

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
    static Attribution attribute(QuoteSpan q, List<Cue> cues, SpeakerResolver resolver, Discourse discourse,
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
            Optional<Subject> shared = left.isEmpty() ? Subject.sharedBy(cue.sentence(), verb,
                    () -> Subject.of(cue.sentence(), resolver, discourse, text))
                    : Optional.empty();
            if (shared.isPresent()) {
                return Attribution.of(shared.get().speaker(), tokens, shared.get().from(), shared.get().end());
            }
            if (Subject.coordinated(cue.sentence(), left)) {
                return jointly(cue.sentence(), left, verb, resolver, discourse, text);
            }
            if (!left.isEmpty()) {
                Speaker s = resolver.resolve(left.tokens(tokens), text, discourse, left.from());
                if (!s.known()) {
                    s = resolver.describedLastSpeaker(left.tokens(tokens), discourse, q.paragraph());
                }
                if (!s.known()) {
                    s = UnlistedNames.describedAsAPerson(tokens, left.from(), left.to(), text);
                }
                if (isPronoun(tokens, left) && namedInside(q, s, text)) {
                    return Attribution.NONE;
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
     * The speaker of a participle of saying ({@code stating}, {@code saying}): the phrase it follows without a
     * comma, which it describes ({@code Demonstrators chanting “…” tried to break through}); else the person subject
     * of the nearest finite verb before it when that is a subordinate clause's ({@code told reporters that Hiller
     * called 911, saying}), else the main clause's subject ({@code Berg spoke on Monday, saying}). In a clause that comes before
     * the main one ({@code When critics are reduced to lecturing the nation that “…”, it is time…}) it is that
     * clause's subject, or no one.
     */
    private static Attribution participleSubject(SentenceTokens st, int verb, SpeakerResolver resolver,
                                                 Discourse discourse, String text, Subject subject) {
        List<Token> tokens = st.tokens();
        if (verb > 0 && !st.quoted()[verb - 1] && tokens.get(verb - 1).pos().startsWith("NN")) {
            NounPhrase modified = NounPhrase.leftOf(tokens, verb, st.quoted());
            Speaker s = modified.isEmpty() ? Speaker.UNKNOWN
                    : resolver.resolve(modified.tokens(tokens), text, discourse, modified.from());
            if (s.known()) {
                return Attribution.of(s, tokens, modified.from(), verb + 1);
            }
        }
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

    /**
     * Whether the quote names {@code speaker} in full: then a pronoun that would make them its speaker means someone
     * else ({@code “It was easy for Mary Steenburgen to …,” she said} is not Steenburgen).
     */
    private static boolean namedInside(QuoteSpan q, Speaker speaker, String text) {
        return speaker.name() != null && speaker.name().contains(" ") && text.substring(q.start(), q.end()).contains(speaker.name());
    }

    private static boolean isPronoun(List<Token> tokens, NounPhrase np) {
        return np.to() - np.from() == 1 && tokens.get(np.from()).pos().equals("PRP");
    }

    /**
     * The speaker of a quote that a colon introduces without a reporting verb ({@code Smith agreed: “…”},
     * {@code Buckley had a similar experience: “…”}): the person or source that is the subject of the sentence holding the
     * colon, with the words from that subject to the colon as the cue; otherwise none.
     */
    static Attribution introducedBy(QuoteSpan q, List<SentenceTokens> sentences, SpeakerResolver resolver,
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
            Subject subject = Subject.of(st, resolver, discourse, text);
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
}
