package org.storyline.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyline.model.EntityType;

class AliasesTest {

    private final Aliases aliases = Aliases.standard();

    @Test
    void exonymFindsCanonicalPlace() {
        assertThat(aliases.find("Kiev")).contains(new Aliases.Alias("Kyiv", EntityType.PLACE));
        assertThat(aliases.find("Kharkov")).contains(new Aliases.Alias("Kharkiv", EntityType.PLACE));
    }

    @Test
    void canonicalNameFindsItself() {
        assertThat(aliases.find("Kyiv")).contains(new Aliases.Alias("Kyiv", EntityType.PLACE));
        assertThat(aliases.find("European Union")).contains(new Aliases.Alias("European Union", EntityType.ORG));
    }

    @Test
    void caseDiacriticsAndPunctuationAreIgnored() {
        assertThat(aliases.find("KIEV")).map(Aliases.Alias::canonical).contains("Kyiv");
        assertThat(aliases.find("Kijow")).map(Aliases.Alias::canonical).contains("Kyiv");
        assertThat(aliases.find("U.S.")).map(Aliases.Alias::canonical).contains("United States");
        assertThat(aliases.find("US")).map(Aliases.Alias::canonical).contains("United States");
        assertThat(aliases.find("Washington, D.C.")).map(Aliases.Alias::canonical).contains("Washington");
        assertThat(aliases.find(" Nato ")).map(Aliases.Alias::canonical).contains("NATO");
    }

    @Test
    void leadingArticleIsIgnored() {
        assertThat(aliases.find("the Kremlin")).map(Aliases.Alias::canonical).contains("Kremlin");
        assertThat(aliases.find("The Pentagon")).map(Aliases.Alias::canonical).contains("Pentagon");
        assertThat(aliases.find("the EU")).map(Aliases.Alias::canonical).contains("European Union");
    }

    @Test
    void organisationsHaveOrgType() {
        assertThat(aliases.find("EU")).map(Aliases.Alias::type).contains(EntityType.ORG);
        assertThat(aliases.find("North Atlantic Treaty Organization")).map(Aliases.Alias::type).contains(EntityType.ORG);
    }

    @Test
    void unknownNameIsEmpty() {
        assertThat(aliases.find("Paris")).isEmpty();
        assertThat(aliases.find("Mark Rutte")).isEmpty();
        assertThat(aliases.find("")).isEmpty();
    }
}
