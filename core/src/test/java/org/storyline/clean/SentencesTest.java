package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Span;

class SentencesTest {

    private static List<String> pieces(String text) {
        return Sentences.split(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void closingQuoteStaysWithItsSentence() {
        assertThat(pieces("“Yes,” he said. Can stop it.” More here.  "))
                .containsExactly("“Yes,” he said.", "Can stop it.”", "More here.");
    }

    @Test
    void textAfterTheLastStopIsAPiece() {
        assertThat(pieces("It ended. Is.” ,")).containsExactly("It ended.", "Is.”", ",");
    }

    @Test
    void stopsInsideWordsDoNotSplit() {
        assertThat(pieces("Version 2.5 is out... Really?! Yes")).containsExactly("Version 2.5 is out...", "Really?!", "Yes");
    }

    @Test
    void emptyTextHasNoPieces() {
        assertThat(Sentences.split("  ")).isEmpty();
        assertThat(Sentences.split("One.")).containsExactly(new Span(0, 4));
    }
}
