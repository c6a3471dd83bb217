package org.storyline.fact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyline.fact.Figures.Figure;

class FiguresTest {

    @Test
    void figuresKeepTheWordTheyCount() {
        assertThat(Figures.in("The officers fired 11 shots in five seconds."))
                .containsExactly(new Figure("11", "shots", false), new Figure("5", "seconds", false));
    }

    @Test
    void numbersWrittenWithASpaceAfterThePeriodOrCommaAreOneNumber() {
        assertThat(Figures.in("a 2. 7GHz chip for 100, 000 people")).extracting(Figure::value)
                .containsExactly("2.7", "100000");
    }

    @Test
    void listOfNumbersIsNotReadAsThousands() {
        assertThat(Figures.in("in 2008, 2009 and 2010")).extracting(Figure::value)
                .containsExactly("2008", "2009", "2010");
    }

    @Test
    void scaleWordsMultiplyAndHyphenatedScaleToo() {
        assertThat(Figures.in("for $5.4-billion, or 3 million shares")).extracting(Figure::value)
                .containsExactly("5400000000", "3000000");
    }

    @Test
    void percentAndYearsAreMarked() {
        assertThat(Figures.in("5 percent in 2012")).containsExactly(new Figure("5", "%", false),
                new Figure("2012", "", true));
    }
}
