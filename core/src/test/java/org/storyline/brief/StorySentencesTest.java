package org.storyline.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.brief.Stories.find;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyline.fact.FactMention;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Citation;
import org.storyline.model.FactKind;
import org.storyline.quote.AttributedQuote;
import org.storyline.quote.Speaker;

class StorySentencesTest {

    private static StorySentences strike;

    @BeforeAll
    static void build() {
        strike = Stories.sentences(Stories.strike());
    }

    private static String source(Citation c) {
        return Stories.strike().stream().filter(a -> a.id().equals(c.article())).findFirst().orElseThrow()
                .clean().article().source().substring(c.start(), c.end());
    }

    @Test
    void everySentenceOfEveryArticleIsThereInOrder() {
        assertThat(strike.all()).hasSize(14);
        assertThat(strike.all()).extracting(s -> s.article().id()).startsWith("a", "a", "a", "a", "a", "b");
        assertThat(strike.all().get(0).text()).startsWith("Dock workers in Rotterdam");
    }

    @Test
    void sentenceReportingTheSamePointInAnotherArticleIsItsMatch() {
        StorySentence lead = find(strike, "a", "Dock workers");
        Map<String, StorySentence> m = strike.matches(lead);
        assertThat(m).containsOnlyKeys("b", "c");
        assertThat(m.get("b").text()).startsWith("A three-day strike");
        assertThat(strike.closestElsewhere(lead)).isGreaterThanOrEqualTo(StorySentences.SAME_POINT);
    }

    @Test
    void sentencesOfTheSameArticleNeverMatchEachOther() {
        for (StorySentence s : strike.all()) {
            assertThat(strike.matches(s)).doesNotContainKey(s.article().id());
        }
    }

    @Test
    void sentenceNoOtherArticleTellsHasNoMatch() {
        StorySentence bakery = find(strike, "a", "The Van Dam bakery");
        assertThat(strike.matches(bakery)).isEmpty();
        assertThat(strike.closestElsewhere(bakery)).isLessThan(StorySentences.SAME_POINT);
    }

    @Test
    void supportCountsOutletsAndAReprintOfTheSameAgencyOnce() {
        assertThat(strike.support(find(strike, "a", "Dock workers"))).isEqualTo(2);
        assertThat(strike.support(find(strike, "b", "A three-day strike"))).isEqualTo(2);
        assertThat(strike.support(find(strike, "a", "The Van Dam bakery"))).isEqualTo(1);
    }

    @Test
    void citationsNameTheSentenceItselfFirstThenItsMatchesAtTheirSourceSpans() {
        StorySentence lead = find(strike, "a", "Dock workers");
        List<Citation> c = strike.citations(lead);
        assertThat(c).extracting(Citation::article).containsExactly("a", "b", "c");
        assertThat(source(c.get(0))).isEqualTo(lead.text());
        assertThat(source(c.get(1))).isEqualTo(strike.matches(lead).get("b").text());
        assertThat(c.get(0).start()).isGreaterThan(0);
    }

    @Test
    void positionRunsFromZeroForTheLeadToOneForTheLastSentence() {
        assertThat(find(strike, "a", "Dock workers").position()).isZero();
        assertThat(find(strike, "a", "Talks with").position()).isEqualTo(0.75);
        assertThat(find(strike, "a", "It was the first").position()).isEqualTo(1.0);
        List<AnnotatedArticle> single = List.of(Stories.article("s", "One", null, "T",
                "A single sentence makes up this very short article about nothing."));
        assertThat(Stories.sentences(single).all().get(0).position()).isZero();
    }

    @Test
    void eligibilityComesFromTheSentenceFilter() {
        assertThat(find(strike, "a", "Dock workers").eligible()).isTrue();
        assertThat(find(strike, "a", "It was the first").eligible()).isFalse();
    }

    @Test
    void passageStatingOnlyPartOfASentenceIsRelatedReportingNotSupport() {
        List<AnnotatedArticle> articles = List.of(
                Stories.article("x", "One", null, "T", "The mayor of Leeds resigned on Friday after the vote on the city budget."),
                Stories.article("y", "Two", null, "T", "The mayor of Leeds resigned after the vote on the city budget."));
        StorySentences story = Stories.sentences(articles);
        StorySentence x = find(story, "x", "The mayor");
        assertThat(story.matches(x)).isEmpty();
        assertThat(story.support(x)).isEqualTo(1);
        assertThat(story.related(x)).containsOnlyKeys("y");
        StorySentence y = find(story, "y", "The mayor");
        assertThat(story.matches(y)).containsOnlyKeys("x");
        assertThat(story.related(y)).isEmpty();
    }

    @Test
    void quotesOfTheArticleDecideEligibility() {
        AnnotatedArticle a = Stories.strike().get(0);
        String text = a.text();
        String words = "all container traffic";
        int start = text.indexOf(words);
        AttributedQuote unattributed = new AttributedQuote("a", start, start + words.length(), words, Speaker.UNKNOWN);
        StorySentences withQuote = Stories.of(Stories.strike(), Map.of("a", List.of(unattributed)), List.of());
        assertThat(find(withQuote, "a", "The strike halted").eligible()).isFalse();
        assertThat(find(withQuote, "b", "All container").eligible()).isTrue();
    }

    @Test
    void sameFactInDifferentWordsBringsTwoSentencesCloser() {
        List<AnnotatedArticle> articles = List.of(
                Stories.article("x", "One", null, "T", "The government pledged $1.5 billion in military aid for next year."),
                Stories.article("y", "Two", null, "T", "Ministers promised 1,500 million dollars of fresh support to the army."));
        StorySentences plain = Stories.sentences(articles);
        StorySentence x = plain.all().get(0);
        assertThat(plain.closestElsewhere(x)).isZero();
        List<FactMention> facts = List.of(money(articles.get(0), "$1.5 billion"), money(articles.get(1), "1,500 million dollars"));
        StorySentences withFacts = Stories.of(articles, Map.of(), facts);
        assertThat(withFacts.closestElsewhere(withFacts.all().get(0))).isGreaterThan(0);
    }

    private static FactMention money(AnnotatedArticle a, String words) {
        int start = a.text().indexOf(words);
        return new FactMention(FactKind.MONEY, "USD 1500000000", words, null,
                a.clean().cite(start, start + words.length()), start, start + words.length());
    }

    @Test
    void sentenceSayingTheSameInOtherWordsRepeatsIt() {
        List<org.storyline.model.AnnotatedArticle> two = List.of(
                org.storyline.testing.Corpus.text("x", "Berlin pledges help",
                        "We will not send troops, but we will keep sending weapons for as long as it takes."),
                org.storyline.testing.Corpus.text("y", "Germany to keep arming Kyiv",
                        "We are not sending soldiers, but we will continue to deliver weapons as long as necessary."));
        StorySentences story = Stories.of(two, Map.of(), List.of());
        StorySentence a = story.all().get(0);
        StorySentence b = story.all().get(1);
        assertThat(a.vector().cosine(b.vector())).isLessThan(SummaryComposer.REDUNDANT);
        assertThat(story.repeats(a, b)).isTrue();
    }
}
