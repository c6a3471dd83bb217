package org.storyline.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Story;
import org.storyline.store.lucene.StoryAssigner.Assignment;
import org.storyline.store.lucene.StoryAssigner.Existing;

class StoryAssignerTest {

    private static final Existing TWO = new Existing(
            Map.of("old", List.of("o1", "o2"), "young", List.of("y1")),
            Map.of("old", "2024-01-01T00:00:00Z", "young", "2024-02-01T00:00:00Z"));

    private static Story cluster(String id, String... articles) {
        return new Story(id, Arrays.stream(articles).map(a -> new AnnotatedArticle(
                new org.storyline.clean.TextCleaner().clean(StoreTesting.text(a, "Title", "Body.")), List.of()))
                .toList());
    }

    @Test
    void newArticleClusteredWithOneStoryJoinsIt() {
        List<Assignment> out = StoryAssigner.assign(List.of(cluster("c1", "o1", "n1"), cluster("c2", "y1")), Map.of(),
                TWO, List.of("n1"));

        assertThat(out).containsExactly(new Assignment("old", List.of(), List.of("o1", "o2", "n1"), false));
    }

    @Test
    void aStoredStorySplitByTheClustererStaysWhole() {
        List<Assignment> out = StoryAssigner.assign(List.of(cluster("c1", "o2", "n1"), cluster("c2", "o1")), Map.of(),
                TWO, List.of("n1"));

        assertThat(out).singleElement().extracting(Assignment::articleIds).isEqualTo(List.of("o1", "o2", "n1"));
    }

    @Test
    void bridgingArticleMergesIntoTheOldestStory() {
        List<Assignment> out = StoryAssigner.assign(List.of(cluster("c1", "y1", "n1", "o1", "o2")), Map.of(), TWO,
                List.of("n1"));

        assertThat(out).containsExactly(new Assignment("old", List.of("young"), List.of("o1", "o2", "y1", "n1"), false));
    }

    @Test
    void newArticlesAloneTakeTheClustersIdAndExactCopiesFollowTheirOriginal() {
        List<Assignment> out = StoryAssigner.assign(List.of(cluster("c9", "n1", "n2"), cluster("c2", "o1", "o2")),
                Map.of("n3", "n1"), TWO, List.of("n1", "n2", "n3"));

        assertThat(out).containsExactly(new Assignment("c9", List.of(), List.of("n1", "n2", "n3"), true));
    }

    @Test
    void clustersWithoutNewArticlesChangeNothing() {
        List<Assignment> out = StoryAssigner.assign(List.of(cluster("c1", "o1", "o2", "y1"), cluster("c2", "n1")),
                Map.of(), TWO, List.of("n1"));

        assertThat(out).containsExactly(new Assignment("c2", List.of(), List.of("n1"), true));
    }
}
