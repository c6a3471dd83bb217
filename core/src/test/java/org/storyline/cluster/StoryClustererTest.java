package org.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Story;
import org.storyline.testing.Corpus;
import org.storyline.text.ContentTerms;
import org.storyline.text.TermVector;
import org.storyline.text.TfIdf;

class StoryClustererTest {

    private static final List<String> NATO_IDS = List.of("000_727dab1cf6a8d737", "001_780a206b016da81f",
            "002_75e297c8c0396ea8", "003_0de9d4be23716e82", "004_98ceb06b7a6a85b3");
    private static final List<String> FLOOD_IDS = List.of("benirrosa-herald", "benirrosa-wire");

    private final StoryClusterer clusterer = new StoryClusterer();

    private static List<AnnotatedArticle> natoAndFlood() {
        List<AnnotatedArticle> all = new ArrayList<>(Corpus.nato());
        all.addAll(Corpus.annotated("fixtures/second-story"));
        return all;
    }

    private static List<String> ids(Story story) {
        return story.articles().stream().map(AnnotatedArticle::id).toList();
    }

    @Test
    void fiveExampleArticlesFormOneStory() {
        List<Story> stories = clusterer.cluster(Corpus.nato());

        assertThat(stories).hasSize(1);
        assertThat(ids(stories.get(0))).containsExactlyElementsOf(NATO_IDS);
    }

    @Test
    void unrelatedFloodArticlesFormASecondStory() {
        List<AnnotatedArticle> articles = natoAndFlood();
        logSimilarities(articles, NATO_IDS.size());

        List<Story> stories = clusterer.cluster(articles);

        assertThat(stories).hasSize(2);
        assertThat(ids(stories.get(0))).containsExactlyElementsOf(NATO_IDS);
        assertThat(ids(stories.get(1))).containsExactlyElementsOf(FLOOD_IDS);
    }

    @Test
    void storiesAreOrderedByTheirFirstArticleAndKeepInputOrder() {
        List<AnnotatedArticle> nato = Corpus.nato();
        List<AnnotatedArticle> flood = Corpus.annotated("fixtures/second-story");
        List<AnnotatedArticle> mixed = List.of(flood.get(1), nato.get(0), nato.get(1), flood.get(0),
                nato.get(2), nato.get(3), nato.get(4));

        List<Story> stories = clusterer.cluster(mixed);

        assertThat(stories).extracting(StoryClustererTest::ids).containsExactly(
                List.of("benirrosa-wire", "benirrosa-herald"), NATO_IDS);
    }

    @Test
    void singleArticleIsItsOwnStory() {
        AnnotatedArticle article = Corpus.nato("002");

        List<Story> stories = clusterer.cluster(List.of(article));

        assertThat(stories).hasSize(1);
        assertThat(stories.get(0).articles()).containsExactly(article);
    }

    @Test
    void twoEarthquakesWithDifferentPlacesPeopleAndDatesAreTwoStories() {
        List<AnnotatedArticle> articles = List.of(
                Corpus.text("quake-a1", "Earthquake kills 40 in Kermadia",
                        "A magnitude 6.1 earthquake struck the mountain town of Kermadia on Monday, killing at least 40 people.",
                        "Governor Alma Rostova said rescue teams were searching collapsed houses near the old market."),
                Corpus.text("quake-b1", "Strong earthquake hits Port Velan",
                        "A magnitude 7.2 earthquake hit the coastal city of Port Velan on Thursday, killing 12 people.",
                        "Mayor Tomas Okonkwo said the harbour and the fishing fleet were badly damaged."),
                Corpus.text("quake-a2", "Kermadia earthquake death toll rises",
                        "Rescuers in Kermadia pulled more bodies from the rubble after Monday's earthquake, raising the toll to 40.",
                        "Alma Rostova, the regional governor, asked for tents and blankets for the families near the market."),
                Corpus.text("quake-b2", "Port Velan counts the damage",
                        "Thursday's earthquake left the harbour of Port Velan in ruins and 12 people dead, officials said.",
                        "Tomas Okonkwo, the mayor, said the fishing fleet would need months to recover."));

        List<Story> stories = clusterer.cluster(articles);

        assertThat(stories).extracting(StoryClustererTest::ids).containsExactly(
                List.of("quake-a1", "quake-a2"), List.of("quake-b1", "quake-b2"));
    }

    @Test
    void copyStaysWithItsOriginalWhateverItsWords() {
        List<AnnotatedArticle> articles = new ArrayList<>(Corpus.nato());
        AnnotatedArticle flood = Corpus.annotated("fixtures/second-story").get(0);
        articles.add(new AnnotatedArticle(flood.clean().withDuplicateOf(NATO_IDS.get(2)), flood.sentences()));

        List<Story> stories = clusterer.cluster(articles);

        assertThat(stories).hasSize(1);
        assertThat(ids(stories.get(0))).contains(flood.id()).containsAll(NATO_IDS);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -3})
    void neighbourhoodBelowOneIsRejectedWithItsValue(int neighbours) {
        assertThatThrownBy(() -> new StoryClusterer(0.3, neighbours))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("neighbours")
                .hasMessageContaining(String.valueOf(neighbours));
    }

    @Test
    void noArticlesGiveNoStories() {
        assertThat(clusterer.cluster(List.of())).isEmpty();
    }

    @Test
    void storyIdIsTheSameOnEveryRun() {
        List<String> first = clusterer.cluster(natoAndFlood()).stream().map(Story::id).toList();
        List<String> second = new StoryClusterer().cluster(natoAndFlood()).stream().map(Story::id).toList();

        assertThat(first).doesNotHaveDuplicates().allMatch(id -> id.matches("story-[0-9a-f]{12}"));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void storyIdDependsOnlyOnItsMembersNotOnTheRestOfTheBatch() {
        String alone = clusterer.cluster(Corpus.nato()).get(0).id();
        List<Story> withFlood = clusterer.cluster(natoAndFlood());

        assertThat(withFlood.get(0).id()).isEqualTo(alone).isEqualTo(StoryClusterer.storyId(Corpus.nato()));
        assertThat(withFlood.get(1).id())
                .isEqualTo(StoryClusterer.storyId(Corpus.annotated("fixtures/second-story")));
    }

    @Test
    void storyIdOfASingleArticleDiffersFromTheStoryItJoins() {
        String single = clusterer.cluster(List.of(Corpus.nato("000"))).get(0).id();

        assertThat(single).isNotEqualTo(clusterer.cluster(Corpus.nato()).get(0).id());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.1, 1.5})
    void thresholdOutsideZeroToOneIsRejectedWithItsValue(double threshold) {
        assertThatThrownBy(() -> new StoryClusterer(threshold))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threshold")
                .hasMessageContaining(String.valueOf(threshold));
    }

    @Test
    void nanThresholdIsRejected() {
        assertThatThrownBy(() -> new StoryClusterer(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
    }

    @Test
    void thresholdOfOneIsAccepted() {
        assertThat(new StoryClusterer(1.0).cluster(List.of(Corpus.nato("001")))).hasSize(1);
    }

    /**
     * Prints the pairwise cosines the clusterer sees (same terms, same TF-IDF fit on the whole batch), and the
     * smallest within-story and largest cross-story value, so the margin to the threshold is visible in the log.
     */
    private static void logSimilarities(List<AnnotatedArticle> articles, int firstStorySize) {
        List<List<String>> terms = articles.stream()
                .map(a -> a.sentences().stream().flatMap(s -> ContentTerms.of(s.tokens()).stream()).toList())
                .toList();
        TfIdf tfIdf = TfIdf.fit(terms);
        List<TermVector> vectors = terms.stream().map(tfIdf::vector).toList();
        StringBuilder log = new StringBuilder("StoryClusterer pairwise cosines (threshold "
                + StoryClusterer.DEFAULT_THRESHOLD + "):\n");
        double minWithin = 1;
        double maxCross = 0;
        for (int i = 0; i < articles.size(); i++) {
            log.append(String.format(Locale.ROOT, "%-22s", articles.get(i).id()));
            for (int j = 0; j < articles.size(); j++) {
                double cos = vectors.get(i).cosine(vectors.get(j));
                log.append(String.format(Locale.ROOT, " %.3f", cos));
                if (j > i) {
                    boolean same = (i < firstStorySize) == (j < firstStorySize);
                    minWithin = same ? Math.min(minWithin, cos) : minWithin;
                    maxCross = same ? maxCross : Math.max(maxCross, cos);
                }
            }
            log.append('\n');
        }
        log.append(String.format(Locale.ROOT, "min within-story %.3f, max cross-story %.3f", minWithin, maxCross));
        System.out.println(log);
    }
}
