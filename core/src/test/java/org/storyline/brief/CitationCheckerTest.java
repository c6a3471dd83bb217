package org.storyline.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Brief;
import org.storyline.model.BriefSentence;
import org.storyline.model.Citation;
import org.storyline.model.Story;
import org.storyline.nlp.CoreNlpAnnotator;
import org.storyline.nlp.MiniLmEmbedder;
import org.storyline.testing.Corpus;

class CitationCheckerTest {

    private final CitationChecker checker = new CitationChecker(new MiniLmEmbedder(), new CoreNlpAnnotator());

    @Test
    void everyCitationOfTheExampleBriefIsSupported() {
        Brief brief = new BriefComposer().compose(new Story("s", Corpus.nato()));
        CitationChecker.Result result = checker.check(brief);
        System.out.printf("example brief: %d citations, %.1f%% supported%n", result.checked(), 100 * result.supportedShare());
        assertThat(result.checked()).isGreaterThan(50);
        assertThat(result.failures()).isEmpty();
    }

    @Test
    void citationOfAnUnrelatedSpanIsReported() {
        Brief brief = new BriefComposer().compose(new Story("s", Corpus.nato()));
        BriefSentence first = brief.summary().get(0);
        Citation own = first.sources().get(0);
        org.storyline.model.CleanArticle other = brief.articles().stream().filter(a -> !a.id().equals(own.article()))
                .filter(a -> a.id().startsWith("004")).findFirst().orElseThrow();
        int end = other.article().source().length();
        Citation wrong = new Citation(other.id(), end - 120, end);
        Brief broken = new Brief(brief.id(), brief.headline(), brief.articles(), List.of(), List.of(), List.of(),
                List.of(new BriefSentence(first.text(), List.of(wrong))), List.of());
        CitationChecker.Result result = checker.check(broken);
        assertThat(result.failures()).singleElement()
                .satisfies(f -> assertThat(f.reason()).startsWith("span does not support"));
        assertThat(result.supportedShare()).isZero();
    }

    @Test
    void spanOutsideTheSourceIsReported() {
        Brief brief = new BriefComposer().compose(new Story("s", Corpus.nato()));
        BriefSentence first = brief.summary().get(0);
        Citation beyond = new Citation(first.sources().get(0).article(), 0, 1_000_000);
        Brief broken = new Brief(brief.id(), brief.headline(), brief.articles(), List.of(), List.of(), List.of(),
                List.of(new BriefSentence(first.text(), List.of(beyond))), List.of());
        assertThat(checker.check(broken).failures()).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("ends after the source"));
    }
}
