package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelineParserTest {

    private final DatelineParser parser = new DatelineParser();

    private DatelineParser.Dateline parse(String text) {
        return parser.parse(text).orElseThrow(() -> new AssertionError("no dateline in " + text));
    }

    @Test
    void spanishWireStyleWithDotDash() {
        String text = "Brussels (EFE).- NATO said.";
        DatelineParser.Dateline d = parse(text);
        assertThat(d.place()).isEqualTo("Brussels");
        assertThat(d.agency()).isEqualTo("EFE");
        assertThat(text.substring(d.length())).isEqualTo("NATO said.");
    }

    @Test
    void reutersStyleWithCapitalPlace() {
        DatelineParser.Dateline d = parse("BRUSSELS (Reuters) - NATO said.");
        assertThat(d.place()).isEqualTo("BRUSSELS");
        assertThat(d.agency()).isEqualTo("Reuters");
        assertThat(d.length()).isEqualTo("BRUSSELS (Reuters) - ".length());
    }

    @Test
    void apStyleWithRegionAndEmDash() {
        DatelineParser.Dateline d = parse("KYIV, Ukraine (AP) — Russian drones hit.");
        assertThat(d.place()).isEqualTo("KYIV, Ukraine");
        assertThat(d.agency()).isEqualTo("AP");
    }

    @Test
    void dateBetweenPlaceAndAgency() {
        DatelineParser.Dateline d = parse("BRUSSELS, Oct 17 (Reuters) - NATO said.");
        assertThat(d.place()).isEqualTo("BRUSSELS");
        assertThat(d.agency()).isEqualTo("Reuters");
    }

    @Test
    void agencyNamesAreNormalisedWhenKnownElseKeptAsWritten() {
        assertThat(parse("Oslo (Ntb) – Text.").agency()).isEqualTo("NTB");
        assertThat(parse("Paris (Agence France-Presse) - Text.").agency()).isEqualTo("AFP");
        assertThat(parse("Springfield (Planet News) - Text.").agency()).isEqualTo("Planet News");
    }

    @Test
    void capitalPlaceAndDashWithoutAgency() {
        DatelineParser.Dateline d = parse("BRUSSELS — NATO is set to offer support.");
        assertThat(d.place()).isEqualTo("BRUSSELS");
        assertThat(d.agency()).isNull();
        assertThat(d.length()).isEqualTo("BRUSSELS — ".length());
    }

    @Test
    void ordinarySentencesHaveNoDateline() {
        assertThat(parser.parse("NATO is set to offer support.")).isEmpty();
        assertThat(parser.parse("Brussels – the capital – was busy.")).isEmpty();
        assertThat(parser.parse("The minister (right) – said nothing.")).isEmpty();
        assertThat(parser.parse("– Ukraine will join, said the minister.")).isEmpty();
    }
}
