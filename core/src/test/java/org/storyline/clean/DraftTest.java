package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storyline.model.CleanArticle;
import org.storyline.model.RemovalKind;
import org.storyline.model.Span;

class DraftTest {

    private static final String SOURCE = "Alpha one.\nBravo junk two.\nCharlie.\n";

    @Test
    void droppedParagraphIsRecordedWithItsSourceRange() {
        Draft d = TestArticles.draft(SOURCE).drop(Set.of(1), RemovalKind.DUPLICATE);
        assertThat(d.kept()).extracting(p -> p.text()).containsExactly("Alpha one.", "Charlie.");
        assertThat(d.removed()).singleElement().satisfies(r -> {
            assertThat(r.start()).isEqualTo(11);
            assertThat(r.text()).isEqualTo("Bravo junk two.");
        });
    }

    @Test
    void cutKeepsOffsetsOfTheRest() {
        Draft d = TestArticles.draft(SOURCE).cut(1, List.of(new Span(5, 10)), RemovalKind.DEBRIS);
        assertThat(d.text(1)).isEqualTo("Bravo two.");
        assertThat(d.kept().get(1).offsets().start(6)).isEqualTo(SOURCE.indexOf("two"));
        assertThat(d.removed()).singleElement().satisfies(r -> assertThat(r.text()).isEqualTo(" junk"));
    }

    @Test
    void adjacentCutsBecomeOneRemoval() {
        Draft d = TestArticles.draft(SOURCE).cut(1, List.of(new Span(5, 8), new Span(8, 10)), RemovalKind.DEBRIS);
        assertThat(d.removed()).extracting(r -> r.text()).containsExactly(" junk");
    }

    @Test
    void paragraphLeftBlankGoesEntirely() {
        Draft d = TestArticles.draft(SOURCE).cut(2, List.of(new Span(0, 8)), RemovalKind.DATELINE);
        assertThat(d.kept()).hasSize(2);
        assertThat(d.removed()).extracting(r -> r.text()).containsExactly("Charlie.");
    }

    @Test
    void finishJoinsParagraphsWithBlankLinesMappedToNothing() {
        Draft d = TestArticles.draft(SOURCE).drop(Set.of(1), RemovalKind.HEADING);
        CleanArticle clean = d.finish(TestArticles.plain(SOURCE), null, null, null, null);
        assertThat(clean.text()).isEqualTo("Alpha one.\n\nCharlie.");
        assertThat(clean.paragraphs()).containsExactly(new Span(0, 10), new Span(12, 20));
        assertThat(clean.offsets().start(10)).isEqualTo(clean.offsets().end(10)).isEqualTo(10);
        TestArticles.assertMapsBack(clean);
        TestArticles.assertAccountsForEverything(clean);
    }
}
