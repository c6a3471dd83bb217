package org.storyline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.model.Brief;
import org.storyline.model.Quote;
import org.storyline.model.QuoteSource;

class QuotesSectionTest {

    private final String quotes = Fixtures.section(new QuotesSection(false), Fixtures.brief());

    @Test
    void namedSpeakerIsShownWithTheRoleOfTheirEntity() {
        assertThat(quotes).contains("### Mark Rutte (NATO Secretary General)\n\n"
                + "- “Ukraine will join when the time is right” [1][2]\n");
    }

    @Test
    void anonymousSpeakerIsShownByDescriptionAsAnonymous() {
        assertThat(quotes).contains("### a NATO diplomat (anonymous)\n\n- “no invitation is near” [3]\n");
    }

    @Test
    void reportedSpeechIsMarkedAndNotPutInQuoteMarks() {
        Quote reported = new Quote("allies had a good conversation", "Ann Lee", false, null, false, List.of());
        Brief brief = new Brief("s", "h", List.of(), List.of(), List.of(reported), List.of(), List.of(), List.of());
        assertThat(Fixtures.section(new QuotesSection(false), brief))
                .contains("- (reported) allies had a good conversation\n").doesNotContain("“");
    }

    @Test
    void quotesWithoutSpeakerComeLastUnderUnattributed() {
        assertThat(quotes).endsWith("### Unattributed\n\n- “We are ready” [3]\n\n");
        assertThat(quotes.indexOf("### Mark Rutte")).isLessThan(quotes.indexOf("### a NATO diplomat"));
    }

    @Test
    void quotesOfOneSpeakerAreGroupedInOrderOfAppearance() {
        Quote first = new Quote("One", "Ann Lee", false, null, List.of());
        Quote other = new Quote("Two", "Bo Dahl", false, null, List.of());
        Quote second = new Quote("Three", "Ann Lee", false, null, List.of());
        Brief brief = new Brief("s", "h", List.of(), List.of(), List.of(first, other, second),
                List.of(), List.of(), List.of());

        assertThat(Fixtures.section(new QuotesSection(false), brief)).isEqualTo("""
                ## Who said what

                ### Ann Lee

                - “One”
                - “Three”

                ### Bo Dahl

                - “Two”

                """);
    }

    @Test
    void namedDescriptionWithoutNameIsItsOwnGroupNotAnonymous() {
        Quote quote = new Quote("Not yet", null, false, "U.S. Ambassador to NATO", List.of());

        assertThat(QuotesSection.speaker(quote, Map.of())).isEqualTo("U.S. Ambassador to NATO");
        assertThat(QuotesSection.speaker(new Quote("x", null, true, null, List.of()), Map.of()))
                .isEqualTo("an unnamed source (anonymous)");
    }

    @Test
    void cuesAreShownOnlyWhenAskedForAfterEachQuote() {
        Quote quote = new Quote("We are ready", "Anna Berg", false, null, List.of(
                new QuoteSource("ntb", 0, 12, "We are ready", new QuoteSource.Cue(15, 29, "Anna Berg said"))));
        Brief brief = new Brief("s", "h", Fixtures.brief().articles(), List.of(), List.of(quote), List.of(), List.of(),
                List.of());
        assertThat(Fixtures.section(new QuotesSection(true), brief))
                .contains("- “We are ready” [1] — named by “Anna Berg said” [1]\n");
        assertThat(Fixtures.section(new QuotesSection(false), brief)).doesNotContain("named by");
    }
}
