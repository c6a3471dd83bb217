package org.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Token;

class ContentTermsTest {

    /** Tokens from {@code text/POS/lemma} triples separated by spaces; {@code -} as lemma means none. */
    private static List<Token> tokens(String spec) {
        List<Token> out = new ArrayList<>();
        int offset = 0;
        for (String triple : spec.split(" ")) {
            String[] f = triple.split("/");
            String lemma = f[2].equals("-") ? null : f[2];
            out.add(new Token(f[0], offset, offset + f[0].length(), f[1], lemma, "O"));
            offset += f[0].length() + 1;
        }
        return out;
    }

    @Test
    void nounsVerbsAdjectivesAndNumbersAreKept() {
        assertThat(ContentTerms.of(tokens("allies/NNS/ally sent/VBD/send 32/CD/32 new/JJ/new tanks/NNS/tank")))
                .containsExactly("ally", "send", "32", "new", "tank");
    }

    @Test
    void functionWordsAreDropped() {
        assertThat(ContentTerms.of(tokens("the/DT/the of/IN/of quickly/RB/quickly they/PRP/they ./././")))
                .isEmpty();
    }

    @Test
    void lightVerbsAreDropped() {
        assertThat(ContentTerms.of(tokens("is/VBZ/be said/VBD/say has/VBZ/have made/VBD/make sending/VBG/send")))
                .containsExactly("send");
    }

    @Test
    void properNounsAreFoldedSoSpellingsMeet() {
        List<String> a = ContentTerms.of(tokens("Zelenskyy/NNP/Zelenskyy Kasčiūnas/NNP/Kasčiūnas"));
        List<String> b = ContentTerms.of(tokens("Zelensky/NNP/Zelensky Kasciunas/NNP/Kasciunas"));
        assertThat(a).isEqualTo(b).hasSize(2);
    }

    @Test
    void termsAreLowerCasedAndRepeatsKept() {
        assertThat(ContentTerms.of(tokens("Summit/NN/Summit summit/NN/summit NATO/NNP/NATO")))
                .containsExactly("summit", "summit", "nato");
    }

    @Test
    void missingLemmaFallsBackToText() {
        assertThat(ContentTerms.of(tokens("Invitation/NN/-"))).containsExactly("invitation");
    }

    @Test
    void tokensWithoutLettersOrDigitsAreDropped() {
        assertThat(ContentTerms.of(tokens("--/NN/-- %/NN/% …/NNP/…"))).isEmpty();
    }

    @Test
    void properNounsKeepTheirDigits() {
        assertThat(ContentTerms.of(tokens("F-16/NNP/F-16"))).isNotEqualTo(ContentTerms.of(tokens("F-35/NNP/F-35")));
    }
}
