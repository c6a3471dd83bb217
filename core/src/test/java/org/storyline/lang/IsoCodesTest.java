package org.storyline.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IsoCodesTest {

    @Test
    void threeLetterCodesMapToTwoLetterCodes() {
        assertThat(IsoCodes.toTwoLetter("deu")).contains("de");
        assertThat(IsoCodes.toTwoLetter("nob")).contains("nb");
        assertThat(IsoCodes.toTwoLetter("ukr")).contains("uk");
        assertThat(IsoCodes.toTwoLetter("cmn")).contains("zh");
    }

    @Test
    void languagesWithoutTwoLetterCodeMapToNothing() {
        assertThat(IsoCodes.toTwoLetter("ceb")).isEmpty();
    }

    @Test
    void twoLetterCodesStayAsTheyAre() {
        assertThat(IsoCodes.toTwoLetter("en")).contains("en");
    }
}
