package org.storyline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Token;
import org.storyline.testing.Tagged;

class DashAttributionTest {

    private static String afterComma(String text, String spec) {
        List<Token> t = Tagged.tokens(text, spec);
        int comma = DashAttribution.commaBeforeAttribution(t);
        return comma < 0 ? null : text.substring(t.get(comma).start()).strip();
    }

    @Test
    void invertedNameAfterTheCommaIsTheAttribution() {
        assertThat(afterComma("– We are ready, said Berg.",
                "–/: We/PRP are/VBP/be ready/JJ ,/, said/VBD/say Berg/NNP/_/PERSON ./."))
                .isEqualTo(", said Berg.");
    }

    @Test
    void shortSubjectBeforeTheVerbIsAllowed() {
        assertThat(afterComma("– We are ready, she stated at a briefing.",
                "–/: We/PRP are/VBP/be ready/JJ ,/, she/PRP stated/VBD/state at/IN a/DT briefing/NN ./."))
                .isEqualTo(", she stated at a briefing.");
        assertThat(afterComma("– We are ready, the union leader Anna Berg says to NTB.",
                "–/: We/PRP are/VBP/be ready/JJ ,/, the/DT union/NN leader/NN Anna/NNP Berg/NNP says/VBZ/say "
                        + "to/TO NTB/NNP ./."))
                .isEqualTo(", the union leader Anna Berg says to NTB.");
    }

    @Test
    void lastCommaBeforeAnAttributionWinsOverCommasInsideTheSpeech() {
        assertThat(afterComma("– Yes, we are ready, Berg said.",
                "–/: Yes/UH ,/, we/PRP are/VBP/be ready/JJ ,/, Berg/NNP said/VBD/say ./."))
                .isEqualTo(", Berg said.");
    }

    @Test
    void accordingToIsAnAttribution() {
        assertThat(afterComma("– We are ready, according to Berg.",
                "–/: We/PRP are/VBP/be ready/JJ ,/, according/VBG to/TO Berg/NNP ./."))
                .isEqualTo(", according to Berg.");
    }

    @Test
    void participleAfterTheAttributionIsNotItself() {
        assertThat(afterComma("– We are ready, Berg said, stressing unity.",
                "–/: We/PRP are/VBP/be ready/JJ ,/, Berg/NNP said/VBD/say ,/, stressing/VBG/stress unity/NN ./."))
                .isEqualTo(", Berg said, stressing unity.");
    }

    @Test
    void speechWithoutAttributionHasNone() {
        assertThat(afterComma("– We are ready, and we will win.",
                "–/: We/PRP are/VBP/be ready/JJ ,/, and/CC we/PRP will/MD win/VB ./.")).isNull();
        assertThat(afterComma("– We are ready.", "–/: We/PRP are/VBP/be ready/JJ ./.")).isNull();
    }

    @Test
    void speechVerbInsideASubordinateClauseIsNoAttribution() {
        assertThat(afterComma("– We are ready, because the union said so.",
                "–/: We/PRP are/VBP/be ready/JJ ,/, because/IN the/DT union/NN said/VBD/say so/RB ./.")).isNull();
        assertThat(afterComma("– We are ready, they think the union said.",
                "–/: We/PRP are/VBP/be ready/JJ ,/, they/PRP think/VBP the/DT union/NN said/VBD/say ./.")).isNull();
    }

    @Test
    void speechVerbBeyondAShortSubjectIsNoAttribution() {
        assertThat(afterComma("– We are ready, the many tired old harbour union workers there said.",
                "–/: We/PRP are/VBP/be ready/JJ ,/, the/DT many/JJ tired/JJ old/JJ harbour/NN union/NN "
                        + "workers/NNS there/RB said/VBD/say ./.")).isNull();
    }
}
