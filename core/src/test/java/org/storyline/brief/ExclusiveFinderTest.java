package org.storyline.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Exclusive;

class ExclusiveFinderTest {

    private static List<Exclusive> strike;
    private static List<Exclusive> unrelated;

    @BeforeAll
    static void find() {
        strike = ExclusiveFinder.find(Stories.sentences(Stories.strike()));
        unrelated = ExclusiveFinder.find(Stories.sentences(Stories.unrelated()));
    }

    private static List<String> texts(List<Exclusive> exclusives, String article) {
        return exclusives.stream().filter(e -> e.article().equals(article)).map(Exclusive::text).toList();
    }

    @Test
    void informativeSentenceOnlyOneArticleTellsIsExclusive() {
        assertThat(texts(strike, "a")).contains(
                "The Van Dam bakery near the terminal handed out 300 free loaves to the pickets.");
        assertThat(texts(strike, "b")).contains(
                "Shipping line Maersk diverted four vessels to Antwerp because of the walkout.");
    }

    @Test
    void whatOtherArticlesAlsoTellIsNotExclusive() {
        assertThat(strike).extracting(Exclusive::text).noneMatch(t -> t.contains("three-day strike")
                || t.contains("container traffic") || t.contains("resume"));
        assertThat(texts(strike, "c")).isEmpty();
    }

    @Test
    void sentenceNamingNothingAndCountingNothingIsNotExclusive() {
        assertThat(texts(strike, "b")).noneMatch(t -> t.startsWith("Passing drivers"));
    }

    @Test
    void sentenceThatCannotStandAloneIsNotExclusive() {
        assertThat(strike).extracting(Exclusive::text).noneMatch(t -> t.startsWith("It "));
    }

    @Test
    void atMostThreePerArticleInTheirArticleOrder() {
        assertThat(texts(unrelated, "u")).hasSize(ExclusiveFinder.PER_ARTICLE);
        assertThat(texts(unrelated, "v")).hasSize(ExclusiveFinder.PER_ARTICLE);
        List<String> u = texts(unrelated, "u");
        List<String> all = Stories.unrelated().get(0).sentences().stream()
                .map(s -> s.text(Stories.unrelated().get(0).text())).toList();
        assertThat(u).isSortedAccordingTo((x, y) -> Integer.compare(all.indexOf(x), all.indexOf(y)));
    }

    @Test
    void exclusiveCitesItsSentenceInTheSource() {
        for (Exclusive e : strike) {
            AnnotatedArticle a = Stories.strike().stream().filter(x -> x.id().equals(e.article())).findFirst()
                    .orElseThrow();
            assertThat(a.clean().article().source().substring(e.start(), e.end())).isEqualTo(e.text());
        }
    }

    @Test
    void singleArticleHasNoExclusives() {
        assertThat(ExclusiveFinder.find(Stories.sentences(List.of(Stories.unrelated().get(0))))).isEmpty();
    }
}
