package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyline.model.RemovalKind;

class DuplicateParagraphsTest {

    @Test
    void paragraphPrintedTwiceAppearsOnce() {
        String lead = "The ministers met in Brussels on Thursday.";
        Draft d = new DuplicateParagraphs().apply(TestArticles.draft(
                lead + "\nThe  ministers met in Brussels on Thursday. \nNext.\n"));
        assertThat(d.kept()).extracting(p -> p.text()).containsExactly(lead, "Next.");
        assertThat(d.removed()).extracting(r -> r.kind()).containsOnly(RemovalKind.DUPLICATE).hasSize(1);
        assertThat(d.removed().get(0).text()).isEqualTo("The  ministers met in Brussels on Thursday. ");
    }

    @Test
    void shortLinesMayRepeatAsInTablesAndLists() {
        Draft d = new DuplicateParagraphs().apply(TestArticles.draft("Kyle Busch\n5040\n17\nDenny Hamlin\n5027\n17\n"));
        assertThat(d.removed()).isEmpty();
    }

    @Test
    void questionPutToEachIntervieweeIsStructureNotARepeat() {
        String q = "What made you start cooking for others?";
        Draft d = new DuplicateParagraphs().apply(TestArticles.draft(q + "\nAnna: my mother.\n" + q
                + "\nOle: my grandfather.\n" + q + "\nIda: a friend.\n"));
        assertThat(d.removed()).isEmpty();
    }

    @Test
    void differentParagraphsStay() {
        Draft d = new DuplicateParagraphs().apply(TestArticles.draft("One.\nTwo.\none.\n"));
        assertThat(d.kept()).hasSize(3);
        assertThat(d.removed()).isEmpty();
    }
}
