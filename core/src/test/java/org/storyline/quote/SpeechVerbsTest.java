package org.storyline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Token;
import org.storyline.testing.Tagged;

class SpeechVerbsTest {

    private static boolean speech(String text, String spec, int i) {
        return SpeechVerbs.isSpeech(Tagged.tokens(text, spec), i);
    }

    @Test
    void listedVerbsOfSayingAreSpeechInEveryForm() {
        assertThat(speech("Berg said", "Berg/NNP said/VBD/say", 1)).isTrue();
        assertThat(speech("Berg says", "Berg/NNP says/VBZ/say", 1)).isTrue();
        assertThat(speech("Berg told reporters", "Berg/NNP told/VBD/tell reporters/NNS", 1)).isTrue();
        assertThat(speech("Berg tweeted", "Berg/NNP tweeted/VBD/tweet", 1)).isTrue();
        assertThat(speech("Berg is warning", "Berg/NNP is/VBZ/be warning/VBG/warn", 2)).isTrue();
    }

    @Test
    void mannerOfSpeakingAndNonVerbalReportingVerbsAreSpeech() {
        assertThat(speech("Berg laughed", "Berg/NNP laughed/VBD/laugh", 1)).isTrue();
        assertThat(speech("Berg testified", "Berg/NNP testified/VBD/testify", 1)).isTrue();
        assertThat(speech("Berg recalled", "Berg/NNP recalled/VBD/recall", 1)).isTrue();
        assertThat(speech("Berg shouted", "Berg/NNP shouted/VBD/shout", 1)).isTrue();
        assertThat(speech("she sings", "she/PRP sings/VBZ/sing", 1)).isTrue();
        assertThat(speech("Berg joked", "Berg/NNP joked/VBD/joke", 1)).isTrue();
    }

    @Test
    void verbsOfAgreeingOrGoingOnAreSpeechOnlyWithNothingButPunctuationAfterThem() {
        assertThat(speech("ministers agreed on a plan", "ministers/NNS agreed/VBD/agree on/IN a/DT plan/NN", 1)).isFalse();
        assertThat(speech("to continue to help", "to/TO continue/VB/continue to/TO help/VB", 1)).isFalse();
        assertThat(speech("Brees continued .", "Brees/NNP continued/VBD/continue ./.", 1)).isTrue();
        assertThat(speech("Smith agreed :", "Smith/NNP agreed/VBD/agree :/:", 1)).isTrue();
    }

    @Test
    void otherVerbsAreNotSpeech() {
        assertThat(speech("Berg left", "Berg/NNP left/VBD/leave", 1)).isFalse();
        assertThat(speech("Berg signed", "Berg/NNP signed/VBD/sign", 1)).isFalse();
    }

    @Test
    void aSpeechWordThatIsNotAVerbIsNotSpeech() {
        assertThat(speech("the final say", "the/DT final/JJ say/NN", 2)).isFalse();
        assertThat(speech("a new report", "a/DT new/JJ report/NN", 2)).isFalse();
    }

    @Test
    void putCountsOnlyAsPutIt() {
        assertThat(speech("as Berg put it", "as/IN Berg/NNP put/VBD it/PRP", 2)).isTrue();
        assertThat(speech("Berg put the bill", "Berg/NNP put/VBD the/DT bill/NN", 1)).isFalse();
    }

    @Test
    void pointCountsOnlyAsPointOut() {
        assertThat(speech("Berg pointed out", "Berg/NNP pointed/VBD/point out/RP", 1)).isTrue();
        assertThat(speech("Berg pointed to", "Berg/NNP pointed/VBD/point to/TO", 1)).isFalse();
        assertThat(speech("Berg pointed", "Berg/NNP pointed/VBD/point", 1)).isFalse();
    }

    @Test
    void accordingToIsSpeechButAccordingAloneIsNot() {
        List<Token> t = Tagged.tokens("according to Berg", "according/VBG to/TO Berg/NNP");
        assertThat(SpeechVerbs.isSpeech(t, 0)).isTrue();
        assertThat(SpeechVerbs.isAccordingTo(t, 0)).isTrue();
        assertThat(SpeechVerbs.isAccordingTo(t, 1)).isFalse();
        assertThat(speech("according", "according/VBG", 0)).isFalse();
        assertThat(speech("According To plan", "According/VBG To/TO plan/NN", 0)).isTrue();
    }

    @Test
    void tokenWithoutALemmaIsNotSpeech() {
        List<Token> t = List.of(new Token("said", 0, 4, "VBD", null, "O"));
        assertThat(SpeechVerbs.isSpeech(t, 0)).isFalse();
    }

    @Test
    void presentParticipleTakesItsSubjectFromTheMainClauseButAccordingDoesNot() {
        List<Token> t = Tagged.tokens("stating that according to Berg she said",
                "stating/VBG/state that/IN according/VBG to/TO Berg/NNP she/PRP said/VBD/say");
        assertThat(SpeechVerbs.isParticiple(t, 0)).isTrue();
        assertThat(SpeechVerbs.isParticiple(t, 2)).isFalse();
        assertThat(SpeechVerbs.isParticiple(t, 6)).isFalse();
    }
}
