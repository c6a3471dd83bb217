package org.storyline.fact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventSubjectTest {

    private static String of(String text, String value) {
        int start = text.indexOf(value);
        return EventSubject.of(text, start, start + value.length());
    }

    @Test
    void nounBeforeTheDateSkippingPrepositionsAndNames() {
        assertThat(of("at the ministers’ meeting in Brussels this Thursday", "this Thursday")).isEqualTo("meeting");
        assertThat(of("the summit on Wednesday", "Wednesday")).isEqualTo("summit");
    }

    @Test
    void possessiveDateTakesTheNounAfter() {
        assertThat(of("he will attend Thursday’s summit talks", "Thursday")).isEqualTo("talk");
    }

    @Test
    void commonPastVerbIsTheEvent() {
        assertThat(of("Zelensky said Thursday", "Thursday")).isEqualTo("said");
    }

    @Test
    void punctuationEndsTheSearch() {
        assertThat(of("Ministers, on Thursday", "Thursday")).isNull();
    }
}
