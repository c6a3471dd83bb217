package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyline.model.RemovalKind;

class HeadingDetectorTest {

    @Test
    void shortLinesBetweenParagraphsAreHeadingsWhateverTheirCase() {
        String first = "The ministers met in Brussels on Thursday morning.";
        String second = "They agreed on more air defence systems for the winter.";
        String third = "The next meeting is planned for February in Washington.";
        String last = "The secretary general will report to the leaders in July.";
        Draft d = new HeadingDetector().apply(TestArticles.draft(
                first + "\nNot ready\n" + second + "\ntoday’s work session\n" + third + "\n"
                        + "“Collectively more committed than ever before”\n" + last + "\n"));
        assertThat(d.kept()).extracting(p -> p.text()).containsExactly(first, second, third, last);
        assertThat(d.removed()).extracting(r -> r.kind()).containsOnly(RemovalKind.HEADING).hasSize(3);
    }

    @Test
    void runsOfShortLinesAreListsNotHeadings() {
        Draft d = new HeadingDetector().apply(TestArticles.draft("The best new cars of the year are these four.\n"
                + "NISSAN SENTRA\nFORD MUSTANG MACH E\nTOYOTA RAV4 PRIME\nAll of them go on sale in the spring.\n"));
        assertThat(d.removed()).isEmpty();
    }

    @Test
    void linesEndingLikeSentencesAreNeverHeadings() {
        assertThat(HeadingDetector.looksLikeHeading("He left.")).isFalse();
        assertThat(HeadingDetector.looksLikeHeading("Why now?")).isFalse();
        assertThat(HeadingDetector.looksLikeHeading("Stop!")).isFalse();
        assertThat(HeadingDetector.looksLikeHeading("“We are ready.”")).isFalse();
    }

    @Test
    void dashLedSpeechAndLongLinesAreNoHeadings() {
        assertThat(HeadingDetector.looksLikeHeading("– Yes, says the minister")).isFalse();
        assertThat(HeadingDetector.looksLikeHeading(
                "a long line of many words that goes on well beyond sixty characters without a stop")).isFalse();
    }

    @Test
    void lastAndFirstParagraphsAreNeverHeadings() {
        Draft d = new HeadingDetector().apply(TestArticles.draft("Opening words\nBody text.\nClosing words\n"));
        assertThat(d.kept()).hasSize(3);
    }
}
