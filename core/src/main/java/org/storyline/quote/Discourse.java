package org.storyline.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.storyline.entity.Gender;

/**
 * What an article has said so far, for resolving {@code he}, {@code she} and {@code the diplomat}: the
 * subject of the current sentence (when it stands before the pronoun), the last sentence subject that was
 * a person, and the last speaker. A pronoun takes the first of them its gender allows; when none does, the one
 * person of its gender named in the last two sentences, if no one else named there could be meant; never a guess
 * beyond them.
 */
final class Discourse {

    /** How many sentences back a pronoun may look for the one person of its gender. */
    private static final int WINDOW = 2;

    /** Marks, among a pronoun's candidates, a point where several people fit and none may be chosen. */
    private static final Speaker AMBIGUOUS = new Speaker(null, false, null, false, Gender.UNKNOWN, null);

    private Speaker currentSubject = Speaker.UNKNOWN;
    private int currentSubjectEnd = -1;
    private boolean currentAmbiguous;
    private Speaker previousSubject = Speaker.UNKNOWN;
    private boolean previousAmbiguous;
    private boolean otherSubjectSinceSpeech;
    private boolean otherSubjectBeforeSentence;
    private List<Speaker> currentMentions = List.of();
    private List<SpeakerResolver.Mentioned> currentMentionedAt = List.of();
    private int currentClauseSubject = -1;
    private List<Speaker> previousMentions = List.of();
    /** The people named, outside quotes, in the last few sentences, each sentence's list in text order. */
    private final java.util.ArrayDeque<List<Speaker>> window = new java.util.ArrayDeque<>();
    private boolean previousSubjectStale;
    private boolean currentOther;
    private List<Speaker> currentIntroduced = List.of();
    private boolean lostTrack;
    private Speaker previousGroup = Speaker.UNKNOWN;
    private Speaker currentSpeakingGroup = Speaker.UNKNOWN;
    private Speaker lastSpeaker = Speaker.UNKNOWN;
    private int lastSpeakerParagraph = -1;
    private final List<Speaker> anonymous = new ArrayList<>();
    private final Map<String, Speaker> authors = new HashMap<>();
    private final Set<String> describedHeads = new HashSet<>();

    /**
     * Starts a new sentence whose subject is {@code subject}, ending at token position {@code subjectEnd};
     * an {@code ambiguous} subject names several people ({@code the mayor and his deputy}), so a later
     * pronoun cannot tell which one it means.
     */
    void enterSentence(Speaker subject, int subjectEnd, boolean ambiguous) {
        otherSubjectBeforeSentence = otherSubjectSinceSpeech;
        currentSubject = subject;
        currentSubjectEnd = subjectEnd;
        currentAmbiguous = ambiguous;
        if (subject.known() && !subject.equals(lastSpeaker) || ambiguous) {
            otherSubjectSinceSpeech = true;
        }
    }

    /**
     * Notes a sentence whose subject is a {@code he} or {@code she} the text does not resolve: a pronoun in the next
     * sentence most likely means that person again, so it is not resolved either ({@code he emailed Gaiman. “…,” he
     * wrote.} is not Gaiman).
     */
    void lostTrack() {
        lostTrack = true;
    }

    /**
     * Notes the unnamed people the current sentence brings in outside its subject, each with the sex its noun gives
     * ({@code WIRED spoke to one mother}): a pronoun that no one else fits may mean one of them.
     */
    void introduced(List<Speaker> people) {
        currentIntroduced = List.copyOf(people);
    }

    /** Notes a sentence whose subject is someone or something the text does not resolve ({@code the city}). */
    void unresolvedSubject() {
        otherSubjectSinceSpeech = true;
        currentOther = true;
    }

    /**
     * Notes the people the current sentence names outside quotes, in text order, and the token where the subject of
     * a clause opening the sentence starts ({@code Ford} in {@code Although Ford had outlined the book, he …}), or -1.
     */
    void mentioned(List<SpeakerResolver.Mentioned> people, int clauseSubject) {
        currentMentions = people.stream().map(SpeakerResolver.Mentioned::speaker).toList();
        currentMentionedAt = List.copyOf(people);
        currentClauseSubject = clauseSubject;
    }

    /**
     * Ends the current sentence. A sentence whose subject is a person makes that person the previous subject;
     * one whose subject is not a person but that names people ({@code The move surprised producer X.}) leaves
     * those people as the antecedents a pronoun in the next sentence looks at first: the one whose gender is known
     * to match the pronoun's, when only one fits, or when others of unknown gender fit too but that one was the
     * subject before or spoke last ({@code Swift's albums went to a firm owned by Scooter Braun. … she said}); when
     * one of unknown gender or several fit otherwise, the pronoun stays unresolved rather than going back to an
     * earlier subject.
     */
    void leaveSentence() {
        List<Speaker> named = new ArrayList<>(currentMentions);
        named.addAll(currentIntroduced);
        currentIntroduced = List.of();
        if (currentSubject.known() && currentSubject.person() && !named.contains(currentSubject)) {
            named.add(currentSubject);
        }
        window.addLast(named);
        while (window.size() > WINDOW) {
            window.removeFirst();
        }
        List<Speaker> others = currentMentions.stream().filter(m -> !m.equals(currentSubject)).toList();
        if (currentSubject.known() || currentOther || currentAmbiguous) {
            previousGroup = currentSubject.known() && !currentSubject.person() ? currentSubject : currentSpeakingGroup;
        }
        currentSpeakingGroup = Speaker.UNKNOWN;
        if (currentAmbiguous || lostTrack) {
            previousSubject = Speaker.UNKNOWN;
            previousAmbiguous = true;
            previousMentions = List.of();
        } else if (currentSubject.known() && currentSubject.person()) {
            previousSubject = currentSubject;
            previousAmbiguous = false;
            previousMentions = others;
            previousSubjectStale = false;
        } else if ((currentOther || !currentSubject.known()) && !others.isEmpty()) {
            previousMentions = others;
            previousSubjectStale = true;
            previousAmbiguous = false;
        }
        currentMentions = List.of();
        currentMentionedAt = List.of();
        currentClauseSubject = -1;
        currentOther = false;
        lostTrack = false;
        currentSubject = Speaker.UNKNOWN;
        currentSubjectEnd = -1;
        currentAmbiguous = false;
    }

    /** Records that {@code speaker} said something in paragraph {@code paragraph}. */
    void spoke(Speaker speaker, int paragraph) {
        if (speaker.known() && !speaker.person()) {
            currentSpeakingGroup = speaker;
        }
        if (speaker.known()) {
            lastSpeaker = speaker;
            lastSpeakerParagraph = paragraph;
            otherSubjectSinceSpeech = false;
            remember(speaker);
        }
    }

    /**
     * Records a statement whose reporting verb names someone the text does not resolve ({@code the production
     * company said}): the last speaker is no longer known, so no later quote continues an earlier one.
     */
    void unknownSpoke() {
        lastSpeaker = Speaker.UNKNOWN;
        lastSpeakerParagraph = -1;
    }

    /**
     * Notes a sentence subject that is a definite description of a person the text does not name ({@code The patient
     * went to his doctor}): a later {@code the patient} means that person again, not whoever spoke last.
     */
    void describedSubject(String head) {
        describedHeads.add(head);
    }

    /** Whether an unnamed person was the subject of a sentence as {@code the HEAD} before. */
    boolean describedBefore(String head) {
        return describedHeads.contains(head);
    }

    /**
     * Notes that {@code author}, a sentence's subject, issued a document of kind {@code head} there ({@code The
     * company denied the allegations in a statement}): a later {@code the statement read} speaks for them; an
     * unknown author makes the author of that kind of document unknown from there on.
     */
    void wrote(String head, Speaker author) {
        authors.put(head, author);
    }

    /** The author of the latest document of kind {@code head} the text has attributed, if any. */
    Optional<Speaker> authorOf(String head) {
        return Optional.ofNullable(authors.get(head));
    }

    /** Remembers an unnamed source so that a later {@code the official} can refer back to it. */
    void remember(Speaker speaker) {
        if (speaker.anonymous() && !anonymous.contains(speaker)) {
            anonymous.add(speaker);
        }
    }

    /** The person a pronoun of {@code gender} at token {@code position} of the current sentence refers to. */
    Speaker antecedent(Gender gender, int position) {
        List<Speaker> candidates = new ArrayList<>();
        boolean currentFirst = currentSubjectEnd >= 0 && currentSubjectEnd <= position;
        if (currentFirst && currentAmbiguous || !currentFirst && previousAmbiguous) {
            return Speaker.UNKNOWN;
        }
        List<SpeakerResolver.Mentioned> before = namedBefore(gender, position);
        if (!currentFirst && !before.isEmpty()) {
            return before.stream().filter(m -> m.position() == currentClauseSubject).findFirst()
                    .map(SpeakerResolver.Mentioned::speaker).orElse(Speaker.UNKNOWN);
        }
        if (currentFirst) {
            candidates.add(currentSubject);
        }
        if (!previousSubjectStale) {
            candidates.add(previousSubject);
        }
        List<Speaker> named = previousMentions.stream().filter(s -> fits(s, gender)).distinct().toList();
        List<Speaker> matching = named.stream().filter(s -> s.gender() == gender).toList();
        boolean sure = named.size() == 1 && (named.get(0).gender() == gender || named.get(0).equals(lastSpeaker));
        boolean earlier = !sure && matching.size() == 1
                && (matching.get(0).equals(previousSubject) || matching.get(0).equals(lastSpeaker));
        if (sure || earlier) {
            candidates.add(sure ? named.get(0) : matching.get(0));
        } else if (previousSubjectStale && !named.isEmpty()) {
            candidates.add(AMBIGUOUS);
        }
        if (previousSubjectStale) {
            candidates.add(previousSubject);
        }
        candidates.add(lastSpeaker);
        for (Speaker s : candidates) {
            if (s == AMBIGUOUS) {
                return Speaker.UNKNOWN;
            }
            if (fits(s, gender)) {
                return s;
            }
        }
        return onlyOneInWindow(gender);
    }

    /**
     * The one person named in the last few sentences whose gender is known to be {@code gender}, when no one else
     * named there could be meant ({@code She interviewed Mike. She put a prompt to him. “No,” he said.}); else unknown.
     */
    private Speaker onlyOneInWindow(Gender gender) {
        List<Speaker> fitting = window.stream().flatMap(List::stream).filter(s -> fits(s, gender)).distinct().toList();
        return fitting.size() == 1 && fitting.get(0).gender() == gender ? fitting.get(0) : Speaker.UNKNOWN;
    }

    /**
     * Who the current sentence names, before the pronoun at token {@code position} and outside its subject, that
     * the pronoun could mean ({@code When King hired O'Brien, he had called him ...}): then it may mean that person
     * as well as someone named before, and is not resolved; unless one that fits is the subject of the clause that
     * opens the sentence, which a pronoun in the main clause continues ({@code Although Ford had outlined the book,
     * he struggled}; {@code When King hired O'Brien, he had called him …}).
     */
    private List<SpeakerResolver.Mentioned> namedBefore(Gender gender, int position) {
        return currentMentionedAt.stream().filter(m -> m.position() < position && fits(m.speaker(), gender)).toList();
    }

    /**
     * The organisation or group that {@code it} or {@code they} at token {@code position} refers to: the subject
     * of the current sentence before it, or of the previous sentence with a subject, when that is an organisation
     * or a group of unnamed sources ({@code Big Machine denied it. “…,” they said.}), or the organisation that made
     * the previous sentence's statement when its subject is something the text does not resolve ({@code The company
     * that runs the AMAs, Dick Clark Productions, denies that …}); never a person.
     */
    Speaker group(int position) {
        boolean currentFirst = currentSubjectEnd >= 0 && currentSubjectEnd <= position;
        if (currentFirst) {
            return currentSubject.known() && !currentSubject.person() ? currentSubject : Speaker.UNKNOWN;
        }
        return previousGroup;
    }

    private static boolean fits(Speaker s, Gender gender) {
        return s.known() && s.person() && s.gender().compatibleWith(gender);
    }

    /** The latest unnamed source whose description has head noun {@code head}. */
    Optional<Speaker> anonymousWithHead(String head) {
        for (int i = anonymous.size() - 1; i >= 0; i--) {
            String h = anonymous.get(i).head();
            if (h != null && (h.equals(head) || h.equals(head + "s") || head.equals(h + "s"))) {
                return Optional.of(anonymous.get(i));
            }
        }
        return Optional.empty();
    }

    /** Whether another person became a sentence's subject after the last statement. */
    boolean otherSubjectSinceSpeech() {
        return otherSubjectSinceSpeech;
    }

    /**
     * {@link #otherSubjectSinceSpeech()} as it was before the current sentence: for a quote that ends before the
     * current sentence's subject ({@code “…” The cabinet members laughed.}), that subject comes after it.
     */
    boolean otherSubjectBeforeSentence() {
        return otherSubjectBeforeSentence;
    }

    /** The paragraph of the last speaker's statement, or -1. */
    int lastSpeakerParagraph() {
        return lastSpeakerParagraph;
    }

    /** The person subject of the sentence before, when a pronoun there would surely mean them; else unknown. */
    Speaker recentSubject() {
        return previousSubjectStale || previousAmbiguous ? Speaker.UNKNOWN : previousSubject;
    }

    /** The last speaker, or unknown. */
    Speaker lastSpeaker() {
        return lastSpeaker;
    }
}
