package org.storyline.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.testing.Corpus;

class MentionFinderTest {

    private static final AnnotatedArticle ARTICLE = Corpus.text("mentions", "Allies meet in Brussels",
            "Lithuanian troops joined NATO exercises near Vilnius on Tuesday.",
            "She said they would meet him there, and he agreed.",
            "NATO Secretary General Mark Rutte met Julianne Smith in Brussels.");

    private static final List<Mention> MENTIONS = new MentionFinder().find(ARTICLE);

    private static Mention mention(String text) {
        return MENTIONS.stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention " + text + " in " + MENTIONS));
    }

    @Test
    void peopleOrganisationsAndPlacesAreFoundInTextOrder() {
        assertThat(MENTIONS).extracting(Mention::text)
                .containsExactly("NATO", "Vilnius", "NATO", "Mark Rutte", "Julianne Smith", "Brussels");
        assertThat(mention("Mark Rutte").type()).isEqualTo(EntityType.PERSON);
        assertThat(mention("NATO").type()).isEqualTo(EntityType.ORG);
        assertThat(mention("Vilnius").type()).isEqualTo(EntityType.PLACE);
    }

    @Test
    void organisationSplitAtItsAndIsOneNameWhenTheArticleWritesItsAcronym() {
        AnnotatedArticle a = Corpus.text("acronym", "Vaccines refused",
                "Customs and Border Protection, part of Homeland Security, did not accept the offer.",
                "In August, CBP announced that it would not be vaccinating migrant families.");
        assertThat(new MentionFinder().find(a)).extracting(Mention::text).contains("Customs and Border Protection", "CBP");
        AnnotatedArticle without = Corpus.text("no-acronym", "Vaccines refused",
                "Customs and Border Protection, part of Homeland Security, did not accept the offer.");
        assertThat(new MentionFinder().find(without)).extracting(Mention::text).doesNotContain("Customs and Border Protection");
    }

    @Test
    void nationalityAdjectivesAreNotMentions() {
        assertThat(MENTIONS).extracting(Mention::text).doesNotContain("Lithuanian");
    }

    @Test
    void pronounsNeverBecomeMentions() {
        Set<String> pronouns = Set.of("she", "they", "him", "he", "her", "it", "them");
        assertThat(MENTIONS).noneMatch(m -> pronouns.contains(m.text().toLowerCase(Locale.ROOT)));
        assertThat(MENTIONS).noneMatch(m -> m.sentence() == 1);
    }

    @Test
    void offsetsPointAtTheNameInTheCleanText() {
        for (Mention m : MENTIONS) {
            assertThat(ARTICLE.text().substring(m.start(), m.end())).isEqualTo(m.text());
            assertThat(m.article()).isEqualTo("mentions");
        }
    }

    @Test
    void sentenceIndexIsKept() {
        assertThat(mention("Vilnius").sentence()).isEqualTo(0);
        assertThat(mention("Mark Rutte").sentence()).isEqualTo(2);
    }

    @Test
    void peopleCarryTheirTitleAndOthersNone() {
        assertThat(mention("Mark Rutte").role()).isEqualTo("NATO Secretary General");
        assertThat(mention("Julianne Smith").role()).isNull();
        assertThat(mention("NATO").role()).isNull();
        assertThat(mention("Brussels").role()).isNull();
    }

    @Test
    void stateIsAPlaceApartFromTheCityOfTheSameName() {
        AnnotatedArticle a = Corpus.text("states", "Fires spread",
                "Wildfires spread in Washington state on Monday, and the governor of the state of Washington asked "
                        + "for help. Officials in Washington said the federal government would send aid.");
        EntityIndex index = new EntityResolver().resolve(new MentionFinder().find(a));
        assertThat(index.entities()).filteredOn(e -> e.variants().contains("Washington state"))
                .singleElement().satisfies(e -> assertThat(e.variants()).contains("state of Washington")
                        .doesNotContain("Washington"));
        assertThat(index.entities()).anySatisfy(e -> assertThat(e.variants()).containsExactly("Washington"));
    }

    private static List<String> people(AnnotatedArticle a) {
        return new MentionFinder().find(a).stream().filter(m -> m.type() == EntityType.PERSON).map(Mention::text).toList();
    }

    @Test
    void nameIsBoundedByWhatCanBePartOfIt() {
        AnnotatedArticle a = Corpus.text("bounds", "Mob boss dies",
                "Mob boss Vincent \"The Chin\" Gigante, the powerful Mafioso, died on Monday.",
                "Under O'Brien, the former coach of the Celtics, the team won often.",
                "Deputy Luis Gerardo (Jerry) Ortiz, 35, was shot. Mr. LaRue died on Saturday.");
        List<String> names = people(a);
        assertThat(names).contains("Vincent \"The Chin\" Gigante", "O'Brien", "Luis Gerardo (Jerry) Ortiz", "Mr. LaRue");
        assertThat(names).noneMatch(n -> n.startsWith("Under") || n.startsWith("Deputy"));
    }

    @Test
    void laterFamilyNameTheTaggerMissedIsFound() {
        AnnotatedArticle a = Corpus.text("cheeks", "Coach fired",
                "The Philadelphia 76ers fired coach Maurice Cheeks on Saturday.",
                "The team gave Cheeks a one-year contract extension last summer.");
        assertThat(people(a)).containsExactly("Maurice Cheeks", "Cheeks");
    }

    @Test
    void fullNameTheTaggerMissedIsFoundFromTheFamilyNameWrittenAlone() {
        AnnotatedArticle a = Corpus.text("opelka", "Davis Cup",
                "The United States lost to Canada after Vasek Pospisil edged Reilly Opelka 7-6 (5), 7-6 (7).",
                "\"Came down to a few points,\" Opelka said.");
        assertThat(people(a)).containsExactly("Vasek Pospisil", "Reilly Opelka", "Opelka");
    }

    @Test
    void familyNameWrittenFirstThatLooksLikeAPronounBelongsToTheName() {
        AnnotatedArticle a = Corpus.text("he", "Trade talks",
                "“What is the incentive?” He Jianxiong, the former executive director for China at the IMF, said.",
                "He said the talks would go on.");
        assertThat(people(a)).containsExactly("He Jianxiong");
    }

    @Test
    void companyNamedAfterAPersonIsAnOrganisation() {
        AnnotatedArticle a = Corpus.text("dcp", "Awards",
                "Dick Clark Productions denied that it had settled on an arrangement with the music label.");
        assertThat(new MentionFinder().find(a)).filteredOn(m -> m.text().equals("Dick Clark Productions"))
                .extracting(Mention::type).containsExactly(EntityType.ORG);
    }

    @Test
    void placeBeforeAFamilyNameIsNoFirstName() {
        AnnotatedArticle a = Corpus.text("smith", "Election",
                "Voters in Toronto Smith's district went to the polls.",
                "\"We will win,\" Smith said.");
        assertThat(people(a)).doesNotContain("Toronto Smith");
    }

    @Test
    void numberedStreetsAndMountainsAreNamedAsPlaces() {
        AnnotatedArticle a = Corpus.text("places", "Shooting",
                "Chohan was walking along parked cars on 117th Street near 97th Avenue in Richmond Hill.",
                "Two climbers died on Mt Cook on Sunday.");
        List<Mention> found = new MentionFinder().find(a);
        assertThat(found).filteredOn(m -> m.type() == EntityType.PLACE).extracting(Mention::text)
                .contains("117th Street", "97th Avenue", "Mt Cook");
        assertThat(found).filteredOn(m -> m.type() == EntityType.PERSON).extracting(Mention::text)
                .doesNotContain("Cook");
    }
}
