package org.storyline.quote;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.storyline.model.Token;

/**
 * The subject of a sentence, where it ends, whether its verb reports speech, whether it names several
 * people, and whether it is something other than a resolved speaker or a pronoun ({@code the city}).
 *
 * @param speaker   the speaker the subject names, or unknown
 * @param from      its first token, or -1 when the sentence has no main verb
 * @param end       its end (exclusive), or -1
 * @param reports   whether its verb reports speech and the subject is known
 * @param ambiguous whether it names several people ({@code X and Y}) or brings in a new one
 * @param other     whether it is something the text does not resolve
 */
record Subject(Speaker speaker, int from, int end, boolean reports, boolean ambiguous, boolean other) {

    private static final Set<String> INDEFINITE = Set.of("a", "an", "another", "one");
    private static final Set<String> PERSONAL = Set.of("he", "she");
    /** Conjunctions that join two verbs of one subject ({@code listened and then told}). */
    private static final Set<String> JOINING = Set.of("and", "but");
    /**
     * Tags of a one-word subject that stands for no one new: a pronoun, {@code That}, {@code There}; with a
     * contracted verb the tagger takes for a possessive ({@code That’s produced}) too.
     */
    private static final Set<String> PRONOUN_LIKE = Set.of("PRP", "DT", "EX");

    /** The subject of sentence {@code st}. */
    static Subject of(SentenceTokens st, SpeakerResolver resolver, Discourse discourse, String text) {
        int verb = st.mainVerb();
        if (verb < 0) {
            return new Subject(Speaker.UNKNOWN, -1, -1, false, false, false);
        }
        NounPhrase np = NounPhrase.leftOf(st.tokens(), verb, st.quoted());
        boolean speech = SpeechVerbs.isSpeech(st.tokens(), verb);
        boolean question = verb > 0 && st.tokens().get(verb - 1).pos().startsWith("W");
        if (np.isEmpty() && (speech || question)) {
            np = NounPhrase.rightOf(st.tokens(), verb, st.quoted());
        }
        if (coordinated(st, np)) {
            return new Subject(Speaker.UNKNOWN, np.from(), np.to(), false, true, true);
        }
        Speaker s = resolver.resolve(np.tokens(st.tokens()), text, discourse, np.from());
        if (!s.known() && speech) {
            s = resolver.describedLastSpeaker(np.tokens(st.tokens()), discourse, st.sentence().paragraph());
        }
        int words = np.to() - np.from();
        boolean pronoun = !np.isEmpty() && PRONOUN_LIKE.contains(st.tokens().get(np.from()).pos())
                && (words == 1 || words == 2 && st.tokens().get(np.from() + 1).pos().equals("POS"));
        boolean other = !np.isEmpty() && !pronoun && !s.known();
        if (other && (namesAPerson(np.tokens(st.tokens())) || st.tokens().get(np.to() - 1).ner().equals("PERSON"))) {
            return new Subject(Speaker.UNKNOWN, np.from(), np.to(), false, true, true);
        }
        return new Subject(s, np.from(), np.to(), speech && s.known(), false, other);
    }

    /**
     * The subject the verb at {@code verb} shares with the verb before it, joined by {@code and} or {@code but}
     * ({@code Van Der Beek touched upon the idea and noted that …}): the sentence's subject when it stands before
     * that conjunction and is known, and the main verb has the same form (a noun the tagger took for a verb,
     * {@code elicited testimony and reports from}, does not); else none. {@code subjectOf} gives the sentence's
     * subject, asked for only when the verbs are so joined.
     */
    static Optional<Subject> sharedBy(SentenceTokens st, int verb, java.util.function.Supplier<Subject> subjectOf) {
        List<Token> t = st.tokens();
        int i = verb - 1;
        while (i > 0 && t.get(i).isPos("RB")) {
            i--;
        }
        if (i <= 0 || st.quoted()[i] || !t.get(i).pos().equals("CC")
                || !JOINING.contains(t.get(i).text().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int main = st.mainVerb();
        if (main < 0 || main >= verb || !t.get(main).pos().equals(t.get(verb).pos())) {
            return Optional.empty();
        }
        Subject s = subjectOf.get();
        return s.speaker().known() && s.from() >= 0 && s.end() <= i ? Optional.of(s) : Optional.empty();
    }

    /**
     * Whether the subject is a {@code he} or {@code she} the text does not resolve though no one is named before it
     * in its sentence ({@code On July 27, he emailed Gaiman}): its person is lost to the reader's resolver, and a
     * pronoun in the next sentence most likely means that person again.
     */
    boolean lostPronoun(SentenceTokens st, List<SpeakerResolver.Mentioned> people) {
        return !speaker.known() && from >= 0 && end == from + 1
                && PERSONAL.contains(st.tokens().get(from).text().toLowerCase(Locale.ROOT))
                && people.stream().noneMatch(m -> m.position() < from);
    }

    /**
     * Whether a phrase the resolver could not name brings in another person ({@code Nichols' mother}, {@code a
     * neighbour}): it is possessive or indefinite, and its last common noun is singular and a kind of person in
     * WordNet. Such a subject is someone a following {@code he} or {@code she} may mean, so the pronoun cannot
     * be given to anyone named before. A definite description ({@code the Dutch politician}) is left alone: news
     * uses it for someone already named.
     */
    private static boolean namesAPerson(List<Token> np) {
        String first = np.isEmpty() ? "" : np.get(0).text().toLowerCase(Locale.ROOT);
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
                return SpeakerResolver.isPersonNoun(t);
            }
        }
        return false;
    }

    /** {@code X and Y said}, {@code X and his deputy Y said}: several people, none of whom a pronoun can pick out. */
    /**
     * The head noun of a subject that is a definite description of a kind of person ({@code patient} in {@code The
     * patient went to his doctor}), lower case; empty for anything else.
     */
    static Optional<String> describedPerson(SentenceTokens st, Subject subject) {
        if (subject.from() < 0 || subject.end() <= subject.from()
                || !st.tokens().get(subject.from()).text().equalsIgnoreCase("the")) {
            return Optional.empty();
        }
        Token head = st.tokens().get(subject.end() - 1);
        return SpeakerResolver.isPersonNoun(head)
                ? Optional.of(head.text().toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /**
     * The token where the subject of a subordinate clause opening the sentence starts, when it is a name ({@code
     * Ford} in {@code Although Ford had outlined the book, he struggled}); -1 otherwise.
     */
    static int openingClauseSubject(SentenceTokens st) {
        List<Token> t = st.tokens();
        int i = !t.isEmpty() && t.get(0).pos().equals("CC") ? 1 : 0;
        boolean opens = i + 1 < t.size() && !st.quoted()[i]
                && ReportedSpeech.SUBORDINATORS.contains(t.get(i).text().toLowerCase(Locale.ROOT));
        return opens && t.get(i + 1).ner().equals("PERSON") ? i + 1 : -1;
    }

    /**
     * The first of two coordinated subjects ({@code Mark} in {@code Mark and Condon said}), or an empty phrase when
     * {@code np} is not the second of two.
     */
    static NounPhrase firstConjunct(SentenceTokens st, NounPhrase np) {
        if (!coordinated(st, np)) {
            return new NounPhrase(0, 0);
        }
        int and = np.from() - 1;
        while (and >= 0 && !st.tokens().get(and).pos().equals("CC")) {
            and--;
        }
        return and < 1 ? new NounPhrase(0, 0) : NounPhrase.leftOf(st.tokens(), and, st.quoted());
    }

    static boolean coordinated(SentenceTokens st, NounPhrase np) {
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
}
