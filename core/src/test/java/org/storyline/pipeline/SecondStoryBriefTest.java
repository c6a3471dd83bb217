package org.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyline.brief.BriefComposer;
import org.storyline.brief.CitationChecker;
import org.storyline.clean.TextCleaner;
import org.storyline.cluster.StoryClusterer;
import org.storyline.ingest.Ingester;
import org.storyline.model.Brief;
import org.storyline.model.Report;
import org.storyline.nlp.MiniLmEmbedder;
import org.storyline.testing.Corpus;

/**
 * The whole pipeline on a second real story: eleven articles of one ECB+ event (an Indian warship foils a
 * pirate attack, November 2011), from several outlets that copy each other. Its brief must hold up as the
 * example corpus's does: every citation supported, the reprints counted once.
 */
class SecondStoryBriefTest {

    private static final Path STORY = Path.of("src/test/resources/fixtures/ecbplus-piracy/story.jsonl");
    private static Brief brief;

    @BeforeAll
    static void brief() {
        Report report = new StorylinePipeline(new Ingester(), new TextCleaner(), Corpus.annotator(),
                new StoryClusterer(), new BriefComposer()).brief(List.of(STORY));
        assertThat(report.problems()).isEmpty();
        assertThat(report.stories()).hasSize(1);
        brief = report.stories().get(0);
    }

    @Test
    void everyCitationOfTheBriefIsSupportedByItsSpan() {
        CitationChecker.Result result = new CitationChecker(new MiniLmEmbedder(), new org.storyline.nlp.CoreNlpAnnotator()).check(brief);
        System.out.printf("second story brief: %d citations, %.1f%% supported%n", result.checked(),
                100 * result.supportedShare());
        assertThat(result.checked()).isGreaterThan(50);
        assertThat(result.failures()).isEmpty();
    }

    @Test
    void headlineIsAnArticleHeadlineNotATimeStamp() {
        assertThat(brief.headline()).doesNotContainPattern("\\d{4}").containsIgnoringCase("pirat");
    }

    @Test
    void allElevenArticlesAreOneStoryWithASummaryOfFiveToTenSentences() {
        assertThat(brief.articles()).hasSize(11);
        assertThat(brief.summary()).hasSizeBetween(5, 10);
    }
}
