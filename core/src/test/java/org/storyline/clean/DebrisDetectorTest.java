package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.RemovalKind;

class DebrisDetectorTest {

    private static List<String> debris(String text) {
        return DebrisDetector.find(text, false).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void fragmentClosingAQuoteThatIsNotOpenIsDebris() {
        assertThat(debris("“We are ready,” she said at the meeting. Can stop it.” Ministers met in Brussels."))
                .containsExactly(" Can stop it.”");
        assertThat(debris("He wants “a path forward.” Face the challenges before us.”"))
                .containsExactly(" Face the challenges before us.”");
    }

    @Test
    void strayPunctuationAfterAClosingQuoteGoesWithTheFragment() {
        String text = "“There is unity,” he said late Thursday. Is.” ,";
        Draft d = new DebrisDetector().apply(TestArticles.draft(text));
        assertThat(d.text(0)).isEqualTo("“There is unity,” he said late Thursday.");
        assertThat(d.removed()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RemovalKind.DEBRIS);
            assertThat(r.text()).isEqualTo(" Is.” ,");
        });
        assertThat(debris("“Yes,” he said. “We agree.” ,")).containsExactly(" ,");
    }

    @Test
    void multiSentenceQuoteIsNeverDebris() {
        assertThat(debris("“We are ready,” Smith said. “We are ready. We have been for weeks.”")).isEmpty();
        assertThat(debris("Smith said: “We are ready. We have been for weeks.”")).isEmpty();
        assertThat(debris("Smith said: \"We are ready. We have been.\"")).isEmpty();
    }

    @Test
    void quoteLeftOpenByThePreviousParagraphContinues() {
        String text = "He went on. It won’t happen before.”";
        assertThat(DebrisDetector.find(text, true)).isEmpty();
        Draft d = new DebrisDetector().apply(TestArticles.draft("“We will fight on,\n" + text + "\n"));
        assertThat(d.removed()).isEmpty();
    }

    @Test
    void longOrFirstSentencesAreNotTaken() {
        assertThat(debris("Ministers met. The alliance has been ready for this for weeks.”")).isEmpty();
        assertThat(debris("Can stop it.” Ministers met.")).isEmpty();
    }

    @Test
    void paragraphWithoutQuotesIsUntouched() {
        assertThat(debris("The allies’ meeting ended. The EU’s plan. One day later.")).isEmpty();
    }
}
