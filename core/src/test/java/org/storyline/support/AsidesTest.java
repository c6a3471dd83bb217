package org.storyline.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.support.AttributionTest.marked;

import org.junit.jupiter.api.Test;

class AsidesTest {

    @Test
    void appositionAfterANameIsAnAside() {
        assertThat(marked("Cheeks was replaced by Tony DiLeo, a long-time member of the front office.", Asides::of))
                .isEqualTo(", a long-time member of the front office");
    }

    @Test
    void relativeClauseBetweenCommasIsAnAside() {
        assertThat(marked("The team signed Michael Lehan, who spent five games with the Dolphins, to fill the spot.",
                Asides::of))
                .isEqualTo(", who spent five games with the Dolphins");
    }

    @Test
    void closingParticipialPhraseIsAnAside() {
        assertThat(marked("AMD bought ATI for $5.4 billion, opening a new front in the battle with Intel.", Asides::of))
                .isEqualTo(", opening a new front in the battle with Intel");
    }

    @Test
    void closingParticipialPhraseThatGivesAFigureIsPartOfTheClaim() {
        assertThat(marked("The firm sold the plant for $40 million, including $12 million in stock.", Asides::of))
                .isEmpty();
    }

    @Test
    void parenthesisIsAnAsideAndTheMainClauseIsNot() {
        assertThat(marked("The warship altered (its course) towards the boats.", Asides::of))
                .isEqualTo("( its course )");
        assertThat(marked("The warship altered its course towards the boats.", Asides::of)).isEmpty();
    }

    @Test
    void clauseOfWhatWentOnMeanwhileIsAnAsideButNotAsWellAs() {
        assertThat(marked("Youths attacked a police station, as protests continued for a week.", Asides::of))
                .isEqualTo(", as protests continued for a week");
        assertThat(marked("The firm serves banks, as well as government agencies.", Asides::of)).isEmpty();
    }

    @Test
    void commonNounThatANameInAppositionNamesIsAnAside() {
        assertThat(marked("The film, New Moon, is based on the second book.", Asides::of)).isEqualTo("The film ,");
    }

    @Test
    void rolesSetOffByCommasAfterAPersonsNameIsAnAsideButNotAnAge() {
        assertThat(marked("“We will build it,” said Hector Ruiz, chairman of AMD, at a briefing.", Asides::of))
                .isEqualTo(", chairman of AMD");
        assertThat(marked("Gary Gomes, 35, pleaded not guilty.", Asides::of)).isEmpty();
    }

    @Test
    void textOpeningWithACommaIsReadWithoutFailing() {
        assertThat(marked(", said the coach, Peter Holm, after the game.", Asides::of)).isNotNull();
    }

    @Test
    void clauseWithAVerbAfterACommaIsNoApposition() {
        assertThat(marked("In December, the school imposed a ban on the team.", Asides::of)).isEmpty();
    }
}
