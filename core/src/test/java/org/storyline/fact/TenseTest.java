package org.storyline.fact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TenseTest {

    private static Tense.Value at(String sentence, String phrase) {
        int from = sentence.indexOf(phrase);
        return Tense.at(sentence, from, from + phrase.length());
    }

    @Test
    void futureMarkersAndPhrases() {
        assertThat(at("He will attend Thursday's meeting.", "Thursday")).isEqualTo(Tense.Value.FUTURE);
        assertThat(at("Zelensky is set to unveil his plan this Thursday.", "this Thursday")).isEqualTo(Tense.Value.FUTURE);
        assertThat(at("They'll meet on Friday.", "Friday")).isEqualTo(Tense.Value.FUTURE);
    }

    @Test
    void pastMarkersAndPastFormsAfterSubjects() {
        assertThat(at("Smith told reporters on Wednesday.", "Wednesday")).isEqualTo(Tense.Value.PAST);
        assertThat(at("Allies pledged aid, and Rutte welcomed it on Friday.", "Friday")).isEqualTo(Tense.Value.PAST);
    }

    @Test
    void onlyTheClauseOfThePositionCounts() {
        assertThat(at("He said that ministers meet on Friday.", "Friday")).isNull();
    }

    @Test
    void quotationMarksDoNotSplitTheClause() {
        assertThat(at("He is set to unveil his “victory plan” at the meeting this Thursday.", "this Thursday"))
                .isEqualTo(Tense.Value.FUTURE);
    }

    @Test
    void noMarkerNoTense() {
        assertThat(at("Ministers meet on Friday.", "Friday")).isNull();
    }
}
