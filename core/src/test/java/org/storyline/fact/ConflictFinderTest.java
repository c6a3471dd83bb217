package org.storyline.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.model.Citation;
import org.storyline.model.CleanArticle;
import org.storyline.model.Conflict;
import org.storyline.model.Fact;
import org.storyline.model.FactKind;

class ConflictFinderTest {

    private static final String THURSDAY = "2024-10-17";

    private final FactExtractor extractor = new FactExtractor();
    private final ConflictFinder finder = new ConflictFinder();
    private final Map<String, CleanArticle> articles = new LinkedHashMap<>();
    private final List<FactMention> mentions = new ArrayList<>();

    private void article(String id, String published, String text) {
        CleanArticle article = TestArticles.clean(id, text, published);
        articles.put(id, article);
        mentions.addAll(extractor.extract(article));
    }

    private List<Conflict> conflicts() {
        return finder.find(mentions, articles);
    }

    @Test
    void sameAidGivenAsTwentyPointNineAndTwentyOneBillionIsAConflict() {
        article("a", null, "NATO allies have committed €20.9 billion in military assistance to Ukraine for the first half of the year.");
        article("b", null, "NATO allies have committed €21 billion in military assistance to Ukraine for the first half of the year.");
        List<Conflict> conflicts = conflicts();
        assertThat(conflicts).hasSize(1);
        Conflict conflict = conflicts.get(0);
        assertThat(conflict.kind()).isEqualTo(FactKind.MONEY);
        assertThat(conflict.subject()).isEqualTo("military assistance");
        assertThat(conflict.sides()).extracting(Fact::value).containsExactly("EUR 20900000000", "EUR 21000000000");
        assertThat(conflict.sides()).extracting(f -> f.sources().get(0).article()).containsExactly("a", "b");
        assertThat(conflict.sides()).extracting(Fact::subject).containsOnly("military assistance");
    }

    @Test
    void sameMeetingOnThursdayAndWednesdayIsAConflict() {
        article("a", THURSDAY, "NATO defence ministers met in Brussels on Wednesday to discuss air defence for Ukraine.");
        article("b", "2024-10-18T08:00:00Z", "NATO defence ministers met in Brussels on Thursday to discuss air defence for Ukraine.");
        List<Conflict> conflicts = conflicts();
        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.get(0).kind()).isEqualTo(FactKind.DATE);
        assertThat(conflicts.get(0).subject()).isEqualTo("met");
        assertThat(conflicts.get(0).sides()).extracting(Fact::value).containsExactly("2024-10-16", "2024-10-17");
        assertThat(conflicts.get(0).sources()).extracting(Citation::article).containsExactly("a", "b");
    }

    @Test
    void hedgedRoundingIsNoConflict() {
        article("a", null, "NATO allies have committed €20.9 billion in military assistance to Ukraine this year.");
        article("b", null, "NATO allies have committed nearly €21 billion in military assistance to Ukraine this year.");
        article("c", null, "NATO allies have committed more than €20 billion in military assistance to Ukraine this year.");
        assertThat(conflicts()).isEmpty();
    }

    @Test
    void otherScalesAndUnitsAreNoConflict() {
        article("a", null, "The alliance will spend $1.2 trillion in defence equipment over the coming decade.");
        article("b", null, "The alliance will spend $1,200 billion in defence equipment over the coming decade.");
        article("c", null, "The new missiles have a 500 km range and will be based in Poland.");
        article("d", null, "The new missiles have a 310 miles range and will be based in Poland.");
        assertThat(conflicts()).isEmpty();
    }

    @Test
    void differentThingsWithDifferentValuesAreNoConflict() {
        article("a", null, "NATO pledged a €40 billion military aid goal for Ukraine for the whole of this year.");
        article("b", null, "NATO allies delivered €20.9 billion in military aid to Ukraine in the first half of 2024.");
        assertThat(conflicts()).isEmpty();
    }

    @Test
    void valuesOneOutletGivesSideBySideMeasureDifferentThings() {
        article("a", null, "The navy seized 12 magazines and 300 rounds of ammunition from the pirates on Thursday.");
        article("b", null, "In five operations the navy seized 31 magazines and 923 rounds of ammunition from pirates. "
                + "On Thursday the navy seized 12 magazines and 300 rounds of ammunition from the pirates.");
        article("c", null, "So far the navy has seized 31 magazines and 923 rounds of ammunition from the pirates.");
        assertThat(conflicts()).isEmpty();
    }

    @Test
    void sameTemplateAboutTwoGamesIsNoConflictButOneEventToldTwoWaysIs() {
        article("a", null, "He ran for 269 yards and caught 29 passes for 201 yards in the final.");
        article("b", null, "He ran for 793 yards and caught 39 passes for 302 yards in the final.");
        assertThat(conflicts()).isEmpty();
        article("c", null, "The tsunami killed 230,000 people in 13 countries around the Indian Ocean.");
        article("d", null, "The tsunami killed 230,000 people in 14 countries around the Indian Ocean.");
        assertThat(conflicts()).singleElement().satisfies(c -> assertThat(c.subject()).isEqualTo("countries"));
    }

    @Test
    void valuesThatAgreeStandOnOneSide() {
        article("a", null, "The climber died after falling about 200ft from a ridge near the glacier.");
        article("b", null, "The climber died after falling about 60 metres from a ridge near the glacier.");
        article("c", null, "The climber died after falling 150 metres from a ridge near the glacier.");
        assertThat(conflicts()).singleElement().satisfies(c -> {
            assertThat(c.sides()).hasSize(2);
            assertThat(c.sides().get(0).sources()).extracting(Citation::article).containsExactly("a", "b");
            assertThat(c.sides().get(1).value()).isEqualTo("150 m");
        });
    }

    @Test
    void sameRelativeWordsReadAgainstTwoPublicationDatesAreNoConflict() {
        article("a", "2013-03-11", "Police shot and killed a teenager in Brooklyn today, officials said.");
        article("b", "2013-03-12", "Police shot and killed a teenager in Brooklyn today, officials said.");
        assertThat(conflicts()).isEmpty();
    }

    @Test
    void coarserDateIsNoConflict() {
        article("a", THURSDAY, "Defence ministers will hold the summit in October to discuss the victory plan.");
        article("b", THURSDAY, "Defence ministers will hold the summit on October 17 to discuss the victory plan.");
        assertThat(conflicts()).isEmpty();
    }

    @Test
    void differentCurrenciesAreNoConflict() {
        article("a", null, "Allies have committed €20.9 billion in military assistance to Ukraine this year.");
        article("b", null, "Allies have committed $23 billion in military assistance to Ukraine this year.");
        assertThat(conflicts()).isEmpty();
    }

    @Test
    void oneArticleAloneCannotConflictWithItself() {
        article("a", null, "Allies committed €20.9 billion in military assistance. Allies committed €21 billion in military assistance.");
        assertThat(conflicts()).isEmpty();
    }

    @Test
    void dateThatEndsARangeIsNoConflict() {
        article("a", THURSDAY, "Ministers will hold the defence meeting in Brussels on Thursday and Friday with partners.");
        article("b", THURSDAY, "Ministers will hold the defence meeting in Brussels on Thursday with partners.");
        article("c", THURSDAY, "Ministers will hold the defence meeting in Brussels on Friday with partners.");
        assertThat(conflicts()).extracting(c -> c.sources().stream().map(Citation::article).distinct().toList())
                .containsExactly(List.of("b", "c"));
    }

    @Test
    void weekdayWithTheSameDayIsOneDateNotARange() {
        article("a", THURSDAY, "Defence ministers met in Brussels on Wednesday, October 16, to discuss air defence.");
        article("b", THURSDAY, "Defence ministers met in Brussels on Thursday to discuss air defence.");
        assertThat(conflicts()).singleElement().extracting(c -> c.sides().size()).isEqualTo(2);
    }

    @Test
    void exampleCorpusWithPlausiblePublicationDatesGivesNoConflict() {
        String[][] published = {{"000", "2024-10-16"}, {"001", "2024-10-16"}, {"002", "2024-10-18"},
            {"003", "2024-10-17"}, {"004", "2024-10-17"}};
        for (String[] p : published) {
            article(p[0], p[1], TestArticles.example(p[0]).text());
        }
        assertThat(mentions).filteredOn(m -> m.kind() == FactKind.DATE).hasSizeGreaterThan(20);
        assertThat(conflicts()).isEmpty();
    }

    @Test
    void exampleCorpusGivesNoFalseConflict() {
        for (String prefix : List.of("000", "001", "002", "003", "004")) {
            CleanArticle article = TestArticles.example(prefix);
            articles.put(prefix, article);
            mentions.addAll(extractor.extract(article));
        }
        assertThat(conflicts()).isEmpty();
    }
}
