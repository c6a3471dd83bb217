package org.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.model.CleanArticle;
import org.storyline.model.OffsetMap;

class CopyGroupsTest {

    private static AnnotatedArticle article(String id, String duplicateOf) {
        Article a = new Article(id, id + ".txt", "x", List.of(), null, null, null, null, null);
        CleanArticle clean = new CleanArticle(a, null, null, null, null, "x", OffsetMap.verbatim(0, 1), List.of(),
                List.of(), duplicateOf);
        return new AnnotatedArticle(clean, List.of());
    }

    @Test
    void copiesStartInTheirOriginalsGroupEvenThroughAnotherCopy() {
        List<AnnotatedArticle> batch = List.of(article("a", null), article("b", null), article("c", "a"),
                article("d", "c"));

        assertThat(CopyGroups.of(batch)).containsExactly(List.of(0, 2, 3), List.of(1));
    }

    @Test
    void copyOfAnArticleOutsideTheBatchStartsAlone() {
        List<AnnotatedArticle> batch = List.of(article("a", "elsewhere"), article("b", null));

        assertThat(CopyGroups.of(batch)).containsExactly(List.of(0), List.of(1));
    }
}
