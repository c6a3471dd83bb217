package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SyndicationCreditTest {

    private final SyndicationCredit credit = new SyndicationCredit();

    @Test
    void lowerCaseSiteNameAndDashOpenTheBody() {
        String text = "washingtonpost – Ukrainian President tried.";
        SyndicationCredit.Lead lead = credit.lead(text).orElseThrow();
        assertThat(lead.outlet()).isEqualTo("The Washington Post");
        assertThat(text.substring(lead.length())).isEqualTo("Ukrainian President tried.");
    }

    @Test
    void unknownSiteNameIsKeptAsWritten() {
        assertThat(credit.lead("dailyplanet.com - Text.").orElseThrow().outlet()).isEqualTo("dailyplanet.com");
    }

    @Test
    void knownOutletWithCapitalsAndDash() {
        assertThat(credit.lead("The New York Times — Text.").orElseThrow().outlet()).isEqualTo("The New York Times");
    }

    @Test
    void capitalisedWordsThatNameNoOutletAreNoCredit() {
        assertThat(credit.lead("European leaders – and their ministers – met.")).isEmpty();
        assertThat(credit.lead("Ukrainian President Volodymyr tried.")).isEmpty();
    }

    @Test
    void creditLinesNameTheOutlet() {
        assertThat(credit.creditLine("This article originally appeared in The Atlantic.")).contains("The Atlantic");
        assertThat(credit.creditLine("This story was first published by nytimes.")).contains("The New York Times");
        assertThat(credit.creditLine("(c) 2024 The New York Times")).contains("The New York Times");
        assertThat(credit.creditLine("© 2024 The New York Times Company. All rights reserved."))
                .contains("The New York Times");
        assertThat(credit.creditLine("Copyright 2024 Daily Planet")).contains("Daily Planet");
    }

    @Test
    void sentencesAboutCopyrightAreNoCredit() {
        assertThat(credit.creditLine("Copyright rules were tightened.")).isEmpty();
        assertThat(credit.creditLine("The plan originally appeared in a draft.")).isEmpty();
    }
}
