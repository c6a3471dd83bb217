package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyline.model.RemovalKind;

class HeadingDetectorTest {

    @Test
    void shortLinesBetweenParagraphsAreHeadingsWhateverTheirCase() {
        Draft d = new HeadingDetector().apply(TestArticles.draft(
                "First paragraph.\nNot ready\nSecond paragraph.\ntoday’s work session\nThird.\n"
                        + "“Collectively more committed than ever before”\nLast paragraph.\n"));
        assertThat(d.kept()).extracting(p -> p.text())
                .containsExactly("First paragraph.", "Second paragraph.", "Third.", "Last paragraph.");
        assertThat(d.removed()).extracting(r -> r.kind()).containsOnly(RemovalKind.HEADING).hasSize(3);
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
