package org.storyline.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.storyline.model.CleanArticle;

class DuplicateFinderTest {

    private static final String[] WIRE = {
        "Dock workers at the country's three largest ports walked off the job on Monday, halting the loading"
            + " of container ships and leaving hundreds of lorries queued outside the terminals.",
        "The strike was called after talks between the dockers' union and the port operators broke down over"
            + " a proposed pay rise of four percent, which the union called an insult given rising prices.",
        "Union leaders said the walkout would last at least 48 hours and warned that further action could"
            + " follow next week if the operators did not return to the negotiating table.",
        "The port operators said in a statement that their offer was fair and that the strike would cost the"
            + " economy millions of euros a day in delayed exports and spoiled goods.",
        "Shipping lines began diverting vessels to neighbouring countries, and several supermarket chains"
            + " warned that fresh fruit and vegetables could run short by the end of the week.",
        "The transport minister urged both sides to resume talks and said the government was ready to"
            + " appoint a mediator if the dispute was not settled within days.",
        "It is the first national port strike in more than twenty years, and it comes as exporters are"
            + " already struggling with weak demand and high energy costs.",
        "Economists said a long stoppage could shave a tenth of a percentage point off growth this quarter.",
    };

    private final DuplicateFinder finder = new DuplicateFinder();

    @Test
    void wireStoryReprintedWithOtherHeadlineCreditAndLastParagraphIsNearDuplicate() {
        CleanArticle wire = Articles.of("wire", "Wire Service", "2024-10-14T08:00:00Z", WIRE);
        List<String> reprint = new ArrayList<>();
        reprint.add("Port strike leaves ships stranded");
        reprint.addAll(List.of(WIRE).subList(0, WIRE.length - 1));
        reprint.add("Local businesses told this newspaper they were already feeling the effects of the stoppage.");
        reprint.add("This story was provided by a news agency.");
        CleanArticle copy = Articles.of("daily", "Daily Paper", "2024-10-14T09:30:00Z",
                reprint.toArray(String[]::new));

        assertThat(finder.find(List.of(copy, wire)))
                .containsExactly(new DuplicateGroup("wire", List.of("daily"), false));
    }

    @Test
    void twoReportsOfOneEventAreNotDuplicates() {
        CleanArticle first = Articles.example("001");
        CleanArticle second = Articles.example("004");

        assertThat(finder.find(List.of(first, second))).isEmpty();
    }

    @Test
    void exactCopiesCollapseOntoTheEarliest() {
        CleanArticle late = Articles.of("late", "Site C", "2024-10-15", WIRE);
        CleanArticle early = Articles.of("early", "Site A", "2024-10-14T06:00:00+02:00", WIRE);
        String[] retyped = WIRE.clone();
        retyped[0] = retyped[0].toUpperCase().replace(",", " ,");
        CleanArticle shouted = Articles.of("shouted", "Site B", "2024-10-14T10:00:00Z", retyped);

        assertThat(finder.find(List.of(late, early, shouted)))
                .containsExactly(new DuplicateGroup("early", List.of("shouted", "late"), true));
    }

    @Test
    void exactAndNearCopiesOfOneStoryAreTwoGroupsWithTheSameOriginal() {
        CleanArticle original = Articles.of("original", "Wire", null, WIRE);
        CleanArticle exact = Articles.of("exact", "Site A", null, WIRE);
        String[] trimmed = List.of(WIRE).subList(0, 6).toArray(String[]::new);
        CleanArticle near = Articles.of("trimmed", "Site B", null, trimmed);

        assertThat(finder.find(List.of(original, near, exact))).containsExactly(
                new DuplicateGroup("original", List.of("exact"), true),
                new DuplicateGroup("original", List.of("trimmed"), false));
    }

    @Test
    void withoutDatesTheFirstInInputOrderIsTheOriginal() {
        CleanArticle a = Articles.of("a", "Site A", null, WIRE);
        CleanArticle b = Articles.of("b", "Site B", null, WIRE);

        assertThat(finder.find(List.of(b, a))).containsExactly(new DuplicateGroup("b", List.of("a"), true));
    }

    @Test
    void groupingDoesNotDependOnInputOrder() {
        List<CleanArticle> articles = new ArrayList<>(Generated.batch(120, 10, 10, 7));
        List<DuplicateGroup> expected = finder.find(articles);
        assertThat(expected).hasSize(20);
        for (long seed = 1; seed <= 3; seed++) {
            Collections.shuffle(articles, new Random(seed));
            assertThat(finder.find(articles)).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void emptyAndOneLineTextsAreNotNearDuplicates() {
        CleanArticle empty1 = Articles.of("e1", null, null, "");
        CleanArticle empty2 = Articles.of("e2", null, null, "");
        CleanArticle line1 = Articles.of("l1", null, null, "The strike goes on.");
        CleanArticle line2 = Articles.of("l2", null, null, "The strike goes on today.");

        assertThat(finder.find(List.of(empty1, empty2, line1, line2))).isEmpty();
    }

    @Test
    void twoThousandArticlesWithPlantedCopiesAreGroupedInOnePass() {
        List<CleanArticle> articles = Generated.batch(2_000, 40, 40, 11);

        List<DuplicateGroup> groups = finder.find(articles);

        assertThat(groups).hasSize(80);
        assertThat(groups).filteredOn(DuplicateGroup::exact).hasSize(40)
                .allSatisfy(g -> assertThat(g.copies()).containsExactly(g.original() + "-exact"));
        assertThat(groups).filteredOn(g -> !g.exact()).hasSize(40)
                .allSatisfy(g -> assertThat(g.copies()).containsExactly(g.original() + "-near"));
    }

    @Test
    void hundredsOfReprintsOfOneStoryAreOneGroup() {
        List<CleanArticle> articles = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String[] reprint = WIRE.clone();
            reprint[reprint.length - 1] = "Reprinted by outlet number " + i + " with its own closing line.";
            articles.add(Articles.direct(String.format("r%03d", i), null, reprint));
        }

        List<DuplicateGroup> groups = finder.find(articles);

        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).original()).isEqualTo("r000");
        assertThat(groups.get(0).copies()).hasSize(299);
    }

    @Test
    void sameIdTwiceIsRejected() {
        CleanArticle a = Articles.of("same", null, null, WIRE);

        assertThatThrownBy(() -> finder.find(List.of(a, a)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same");
    }
}
