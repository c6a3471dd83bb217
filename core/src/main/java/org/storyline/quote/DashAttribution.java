package org.storyline.quote;

import java.util.List;
import org.storyline.model.Token;

/**
 * The attribution of a dash-led paragraph of direct speech ({@code – We are ready, said Berg.},
 * {@code …, she stated at a briefing.}, {@code …, says Berg to NTB.}): the last comma of a sentence
 * that is followed by a reporting verb, directly or after a short subject.
 */
final class DashAttribution {

    private static final int MAX_SUBJECT = 6;

    private DashAttribution() {
    }

    /** The token index of the attribution's comma in {@code tokens}, or -1 when there is none. */
    static int commaBeforeAttribution(List<Token> tokens) {
        for (int i = tokens.size() - 2; i >= 0; i--) {
            if (!tokens.get(i).text().equals(",")) {
                continue;
            }
            int limit = Math.min(tokens.size(), i + 2 + MAX_SUBJECT);
            for (int j = i + 1; j < limit; j++) {
                Token t = tokens.get(j);
                if (SpeechVerbs.isSpeech(tokens, j) && !SpeechVerbs.isParticiple(tokens, j)) {
                    return i;
                }
                if (t.text().equals(",") || t.isPos("VB") || t.isPos("IN") && !t.text().equalsIgnoreCase("to")) {
                    break;
                }
            }
        }
        return -1;
    }
}
