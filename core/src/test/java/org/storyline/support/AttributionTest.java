package org.storyline.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Token;
import org.storyline.nlp.CoreNlpAnnotator;

class AttributionTest {

    /** The words of {@code text} that {@link Attribution} marks as sourcing, joined by spaces. */
    static String marked(String text, boolean aside) {
        List<Token> tokens = AnnotatedText.of(text, new CoreNlpAnnotator()).tokens();
        boolean[] marks = aside ? Asides.of(tokens) : Attribution.of(tokens);
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
        assertThat(marked("LaRue was 75, the Sun Herald reported Wednesday.", false))
                .isEqualTo(", the Sun Herald reported Wednesday");
    }

    @Test
    void accordingToPhraseAndHedgeSourceTheClaim() {
        assertThat(marked("Allegedly, Ross was paid $3 million, according to reports.", false))
                .isEqualTo("Allegedly according to reports");
    }

    @Test
    void reportingClauseInsideTheSentenceSourcesIt() {
        assertThat(marked("By the end of the year, she said, the firm will ship the servers.", false))
                .isEqualTo(", she said");
    }

    @Test
    void speakerOfAQuotationIsPartOfTheClaim() {
        assertThat(marked("“We will win,” the coach said after the game.", false)).isEmpty();
    }

    @Test
    void clauseThatGoesOnAfterTheVerbIsNotSourcing() {
        assertThat(marked("The mayor resigned, officials said, and the council met on Monday.", false))
                .isEqualTo(", officials said");
        assertThat(marked("Police arrived, and witnesses said the gunman fled.", false)).isEmpty();
    }

    @Test
    void outletReportingAtTheStartSourcesTheClaim() {
        assertThat(marked("The Associated Press reports that the running back will miss the season.", false))
                .isEqualTo("The Associated Press reports that");
    }
}
