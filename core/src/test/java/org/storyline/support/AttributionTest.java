package org.storyline.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.storyline.model.Token;
import org.storyline.nlp.CoreNlpAnnotator;

class AttributionTest {

    /** The words of {@code text} that {@code marker} marks ({@link Attribution}, {@link Asides}), joined by spaces. */
    static String marked(String text, Function<List<Token>, boolean[]> marker) {
        List<Token> tokens = AnnotatedText.of(text, new CoreNlpAnnotator()).tokens();
        boolean[] marks = marker.apply(tokens);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (marks[i]) {
                out.add(tokens.get(i).text());
            }
        }
        return String.join(" ", out);
    }

    @Test
    void trailingReportingClauseSourcesTheClaim() {
        assertThat(marked("LaRue was 75, the Sun Herald reported Wednesday.", Attribution::of))
                .isEqualTo(", the Sun Herald reported Wednesday");
    }

    @Test
    void accordingToPhraseAndHedgeSourceTheClaim() {
        assertThat(marked("Allegedly, Ross was paid $3 million, according to reports.", Attribution::of))
                .isEqualTo("Allegedly according to reports");
    }

    @Test
    void reportingClauseInsideTheSentenceSourcesIt() {
        assertThat(marked("By the end of the year, she said, the firm will ship the servers.", Attribution::of))
                .isEqualTo(", she said");
    }

    @Test
    void speakerOfAQuotationIsPartOfTheClaim() {
        assertThat(marked("“We will win,” the coach said after the game.", Attribution::of)).isEmpty();
    }

    @Test
    void clauseThatGoesOnAfterTheVerbIsNotSourcing() {
        assertThat(marked("The mayor resigned, officials said, and the council met on Monday.", Attribution::of))
                .isEqualTo(", officials said");
        assertThat(marked("Police arrived, and witnesses said the gunman fled.", Attribution::of)).isEmpty();
    }

    @Test
    void outletReportingAtTheStartSourcesTheClaim() {
        assertThat(marked("The Associated Press reports that the running back will miss the season.", Attribution::of))
                .isEqualTo("The Associated Press reports that");
    }

    @Test
    void commaInsideANumberOpensNoReportingClause() {
        assertThat(marked("The quake struck the island, home to 200, 000 people, the survey said.", Attribution::of))
                .isEqualTo(", the survey said");
    }
}
