package org.storyline.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Citation;
import org.storyline.model.Fact;
import org.storyline.model.FactKind;

class FactAlignerTest {

    private final FactExtractor extractor = new FactExtractor();
    private final FactAligner aligner = new FactAligner();

    private List<FactMention> mentions(String... texts) {
        List<FactMention> all = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            all.addAll(extractor.extract(TestArticles.clean("a" + i, texts[i])));
        }
        return all;
    }

    private static Fact fact(List<Fact> facts, String value) {
        return facts.stream().filter(f -> f.value().equals(value)).findFirst().orElseThrow();
    }

    @Test
    void symbolAndWordFormsOfOneAmountAreOneFact() {
        List<Fact> facts = aligner.align(mentions(
                "NATO set a €40 billion military aid goal.", "It promised 40 billion euros to Ukraine."));
        assertThat(facts).hasSize(1);
        Fact fact = facts.get(0);
        assertThat(fact.kind()).isEqualTo(FactKind.MONEY);
        assertThat(fact.value()).isEqualTo("EUR 40000000000");
        assertThat(fact.text()).isEqualTo("€40 billion");
        assertThat(fact.sources()).extracting(Citation::article).containsExactly("a0", "a1");
    }

    @Test
    void differentAmountStaysSeparate() {
        List<Fact> facts = aligner.align(mentions("a €40 billion goal", "€20.9 billion so far"));
        assertThat(facts).extracting(Fact::value).containsExactly("EUR 40000000000", "EUR 20900000000");
    }

    @Test
    void memberStatesCountriesAndAlliesAlignAsOneCount() {
        List<Fact> facts = aligner.align(mentions(
                "NATO’s 32 member states met.", "in the 32 countries", "The 32 allies agreed."));
        assertThat(facts).hasSize(1);
        assertThat(facts.get(0).value()).isEqualTo("32 countries");
        assertThat(facts.get(0).text()).isEqualTo("32 member states");
        assertThat(facts.get(0).sources()).hasSize(3);
    }

    @Test
    void orderedByArticleCountThenFirstAppearance() {
        List<Fact> facts = aligner.align(mentions(
                "2% and 3% and 4%", "4% and 3%", "3% again"));
        assertThat(facts).extracting(Fact::value).containsExactly("3%", "4%", "2%");
    }

    @Test
    void repeatedMentionsInOneArticleCountOnceForOrdering() {
        List<Fact> facts = aligner.align(mentions("2% then 2% then 2%", "5%", "5%"));
        assertThat(facts).extracting(Fact::value).containsExactly("5%", "2%");
        assertThat(fact(facts, "2%").sources()).hasSize(3);
    }

    @Test
    void sameCitationIsKeptOnce() {
        List<FactMention> twice = new ArrayList<>(mentions("€40 billion"));
        twice.addAll(twice);
        assertThat(aligner.align(twice).get(0).sources()).hasSize(1);
    }

    @Test
    void exampleArticlesAlignTheFortyBillionEuroFact() {
        List<FactMention> all = new ArrayList<>(extractor.extract(TestArticles.example("001")));
        all.addAll(extractor.extract(TestArticles.example("000")));
        Fact fact = fact(aligner.align(all), "EUR 40000000000");
        assertThat(fact.sources()).extracting(Citation::article).containsExactly("001", "000");
        assertThat(fact.text()).isEqualTo("€40 billion");
    }

    @Test
    void noMentionsNoFacts() {
        assertThat(aligner.align(List.of())).isEmpty();
    }

    @Test
    void factTakesTheSubjectMostMentionsGive() {
        List<Fact> facts = aligner.align(mentions("€40 billion to Ukraine", "a €40 billion military aid goal",
                "€40 billion in military aid"));
        assertThat(facts).singleElement().extracting(Fact::subject).isEqualTo("military aid");
    }
}
