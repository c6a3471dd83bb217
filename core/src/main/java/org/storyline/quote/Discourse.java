package org.storyline.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.storyline.entity.Gender;

/**
 * What an article has said so far, for resolving {@code he}, {@code she} and {@code the diplomat}: the
 * subject of the current sentence (when it stands before the pronoun), the last sentence subject that was
 * a person, and the last speaker. A pronoun takes the first of them its gender allows; never a guess
 * beyond them.
 */
final class Discourse {

    private Speaker currentSubject = Speaker.UNKNOWN;
    private int currentSubjectEnd = -1;
    private boolean currentAmbiguous;
    private Speaker previousSubject = Speaker.UNKNOWN;
    private boolean previousAmbiguous;
    private boolean otherSubjectSinceSpeech;
    private Speaker lastSpeaker = Speaker.UNKNOWN;
    private int lastSpeakerParagraph = -1;
    private final List<Speaker> anonymous = new ArrayList<>();

    /**
     * Starts a new sentence whose subject is {@code subject}, ending at token position {@code subjectEnd};
     * an {@code ambiguous} subject names several people ({@code the mayor and his deputy}), so a later
     * pronoun cannot tell which one it means.
     */
    void enterSentence(Speaker subject, int subjectEnd, boolean ambiguous) {
        currentSubject = subject;
        currentSubjectEnd = subjectEnd;
        currentAmbiguous = ambiguous;
        if (subject.known() && !subject.equals(lastSpeaker) || ambiguous) {
            otherSubjectSinceSpeech = true;
        }
    }

    /** Notes a sentence whose subject is someone or something the text does not resolve ({@code the city}). */
    void unresolvedSubject() {
        otherSubjectSinceSpeech = true;
    }

    /** Ends the current sentence. */
    void leaveSentence() {
        if (currentAmbiguous) {
            previousSubject = Speaker.UNKNOWN;
            previousAmbiguous = true;
        } else if (currentSubject.known() && currentSubject.person()) {
            previousSubject = currentSubject;
            previousAmbiguous = false;
        }
        currentSubject = Speaker.UNKNOWN;
        currentSubjectEnd = -1;
        currentAmbiguous = false;
    }

    /** Records that {@code speaker} said something in paragraph {@code paragraph}. */
    void spoke(Speaker speaker, int paragraph) {
        if (speaker.known()) {
            lastSpeaker = speaker;
            lastSpeakerParagraph = paragraph;
            otherSubjectSinceSpeech = false;
            remember(speaker);
        }
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
        if (currentFirst) {
            candidates.add(currentSubject);
        }
        candidates.add(previousSubject);
        candidates.add(lastSpeaker);
        for (Speaker s : candidates) {
            if (s.known() && s.person() && s.gender().compatibleWith(gender)) {
                return s;
            }
        }
        return Speaker.UNKNOWN;
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

    /** The paragraph of the last speaker's statement, or -1. */
    int lastSpeakerParagraph() {
        return lastSpeakerParagraph;
    }

    /** The last speaker, or unknown. */
    Speaker lastSpeaker() {
        return lastSpeaker;
    }
}
