package org.storyline.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Brief;
import org.storyline.model.BriefSentence;
import org.storyline.model.Citation;
import org.storyline.model.CleanArticle;
import org.storyline.model.Entity;
import org.storyline.model.Fact;
import org.storyline.model.Quote;
import org.storyline.model.Removal;
import org.storyline.model.RemovalKind;
import org.storyline.model.Story;
import org.storyline.testing.Corpus;

class BriefComposerTest {

    private static Brief brief;

    @BeforeAll
    static void compose() {
        brief = new BriefComposer().compose(new Story("s", Corpus.nato()));
    }

    private static String source(String article) {
        return brief.articles().stream().filter(a -> a.id().equals(article)).findFirst().orElseThrow()
                .article().source();
    }

    @Test
    void everySummarySentenceCitesTheSpanItWasTakenFrom() {
        for (BriefSentence s : brief.summary()) {
            Citation own = s.sources().get(0);
            assertThat(source(own.article()).substring(own.start(), own.end())).isEqualTo(s.text());
            assertThat(s.sources()).extracting(Citation::article).doesNotHaveDuplicates();
        }
    }

    @Test
    void summaryPrefersWhatSeveralOutletsReportAndNeverUsesRemovedText() {
        assertThat(brief.summary()).hasSizeBetween(5, 10);
        assertThat(brief.summary()).anySatisfy(s -> assertThat(s.sources()).hasSizeGreaterThanOrEqualTo(2));
        for (BriefSentence s : brief.summary()) {
            if (s.sources().size() == 1) {
                String article = s.sources().get(0).article();
                org.storyline.model.AnnotatedArticle a = Corpus.nato().stream().filter(x -> x.id().equals(article))
                        .findFirst().orElseThrow();
                int n = a.sentences().size();
                assertThat(a.sentences()).as("a sentence only one outlet reports must be in its lead")
                        .anySatisfy(x -> {
                            assertThat(x.text(a.text())).isEqualTo(s.text());
                            assertThat((double) x.index() / (n - 1)).isLessThanOrEqualTo(SummaryComposer.LEAD);
                        });
            }
        }
        for (CleanArticle a : brief.articles()) {
            for (Removal r : a.removed()) {
                if (r.kind() == RemovalKind.HEADING || r.kind() == RemovalKind.DEBRIS) {
                    assertThat(brief.summary()).noneSatisfy(s -> assertThat(s.text()).contains(r.text().strip()));
                }
            }
        }
    }

    @Test
    void summaryDoesNotRepeatItself() {
        List<BriefSentence> summary = brief.summary();
        for (int i = 0; i < summary.size(); i++) {
            for (int j = i + 1; j < summary.size(); j++) {
                assertThat(summary.get(i).text()).isNotEqualTo(summary.get(j).text());
            }
        }
    }

    @Test
    void translatedVariantOfAQuoteIsOneStatementWithThreeSources() {
        Quote smith = brief.quotes().stream()
                .filter(q -> "Julianne Smith".equals(q.speaker()) && q.text().contains("talking about")).findFirst()
                .orElseThrow();
        assertThat(smith.sources()).extracting(s -> s.article().substring(0, 3)).containsExactly("000", "003", "004");
        assertThat(brief.quotes().stream().filter(q -> "Julianne Smith".equals(q.speaker())
                && q.text().contains("talking about"))).hasSize(1);
    }

    @Test
    void anonymousSourcesStayAnonymous() {
        assertThat(brief.quotes()).filteredOn(Quote::anonymous).isNotEmpty()
                .allSatisfy(q -> {
                    assertThat(q.speaker()).isNull();
                    assertThat(q.speakerDescription()).containsAnyOf("diplomat", "official", "analyst");
                });
    }

    @Test
    void sameAmountInOtherWordsIsOneFactWithBothSources() {
        Fact forty = brief.facts().stream().filter(f -> f.value().equals("EUR 40000000000")).findFirst().orElseThrow();
        assertThat(forty.sources()).extracting(c -> c.article().substring(0, 3)).containsExactlyInAnyOrder("000", "001");
        assertThat(brief.facts()).anySatisfy(f -> assertThat(f.value()).isEqualTo("EUR 20900000000"));
    }

    @Test
    void spellingsOfOnePersonAreOneEntityAndDifferentPeopleAreNot() {
        Entity zelensky = brief.entities().stream().filter(e -> e.variants().contains("Zelenskyj")).findFirst()
                .orElseThrow();
        assertThat(zelensky.variants()).contains("Zelenskyi", "Zelenskyy", "Zelensky");
        assertThat(zelensky.articles()).hasSize(5);
        Entity rutte = brief.entities().stream().filter(e -> e.name().equals("Mark Rutte")).findFirst().orElseThrow();
        assertThat(rutte.variants()).contains("Rutte");
        assertThat(rutte.variants()).doesNotContain("Jens Stoltenberg", "Stoltenberg");
        assertThat(brief.entities()).filteredOn(e -> e.variants().contains("Trump"))
                .singleElement().satisfies(e -> assertThat(e.variants()).doesNotContain("Biden", "Joe Biden"));
        assertThat(brief.entities()).noneSatisfy(e -> assertThat(e.name()).isIn("he", "He", "she", "She"));
    }

    @Test
    void onlyOneArticleReportsEachExclusive() {
        assertThat(brief.exclusive()).isNotEmpty();
        brief.exclusive().forEach(x -> assertThat(source(x.article()).substring(x.start(), x.end())).isEqualTo(x.text()));
    }

    @Test
    void headlineIsAnArticleHeadlineNotASiteName() {
        List<String> titles = brief.articles().stream().map(CleanArticle::title).filter(t -> t != null).toList();
        assertThat(titles).contains(brief.headline());
        assertThat(brief.headline()).doesNotContain("ECCI");
    }

    @Test
    void articlesKeepTheirOrderAndCleanedText() {
        assertThat(brief.articles()).extracting(CleanArticle::id)
                .containsExactlyElementsOf(Corpus.nato().stream().map(AnnotatedArticle::id).toList());
    }

    @Test
    void rolesAreCitedWhereAnArticleStatesThem() {
        Entity rutte = brief.entities().stream().filter(e -> e.name().equals("Mark Rutte")).findFirst().orElseThrow();
        assertThat(rutte.role()).isEqualTo("NATO Secretary General");
        assertThat(rutte.roleSources()).isNotEmpty().allSatisfy(c ->
                assertThat(source(c.article()).substring(c.start(), c.end())).isEqualTo("NATO Secretary General"));
        Entity smith = brief.entities().stream().filter(e -> e.name().equals("Julianne Smith")).findFirst().orElseThrow();
        assertThat(smith.roleSources()).isNotEmpty();
    }
}
