package org.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyline.text.QuoteMarks.Mark;

class QuoteMarksTest {

    @Test
    void curlyMarksOpenAndClose() {
        String s = "He said “yes,” and left.";
        assertThat(QuoteMarks.at(s, s.indexOf('“'))).isEqualTo(Mark.OPEN);
        assertThat(QuoteMarks.at(s, s.indexOf('”'))).isEqualTo(Mark.CLOSE);
    }

    @Test
    void straightMarksAreReadByPosition() {
        String s = "He said \"yes.\" Then";
        assertThat(QuoteMarks.at(s, 8)).isEqualTo(Mark.OPEN);
        assertThat(QuoteMarks.at(s, 13)).isEqualTo(Mark.CLOSE);
        assertThat(QuoteMarks.at("a \" b", 2)).isEqualTo(Mark.NONE);
    }

    @Test
    void swedishRightMarksOpenAtWordStart() {
        String s = "Han sa ”ja” igen.";
        assertThat(QuoteMarks.at(s, 7)).isEqualTo(Mark.OPEN);
        assertThat(QuoteMarks.at(s, 10)).isEqualTo(Mark.CLOSE);
    }

    @Test
    void apostrophesAndSingleQuotesAreNoDoubleMarks() {
        String s = "the allies’ and EU’s ‘plan’";
        for (int i = 0; i < s.length(); i++) {
            assertThat(QuoteMarks.at(s, i)).isEqualTo(Mark.NONE);
        }
    }

    @Test
    void stateFollowsTheLastMark() {
        String s = "“We are ready. We have been for weeks.”";
        assertThat(QuoteMarks.openAfter(s, 0, 14, false)).isTrue();
        assertThat(QuoteMarks.openAfter(s, 0, s.length(), false)).isFalse();
        assertThat(QuoteMarks.openAfter("no marks", 0, 8, true)).isTrue();
    }
}
