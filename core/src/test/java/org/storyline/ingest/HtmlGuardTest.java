package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.storyline.model.Paragraph;

class HtmlGuardTest {

    @Test
    void ordinaryPageIsReadAsTheReaderReadsIt() throws IngestException {
        assertThat(HtmlGuard.read("a", "a.html", "<p>One sentence.</p>").paragraphs())
                .extracting(Paragraph::text).containsExactly("One sentence.");
    }

    @Test
    void pageLongerThanTheLimitIsRefusedBeforeParsing() {
        String huge = "<p>" + "x".repeat(HtmlGuard.MAX_PAGE_CHARS) + "</p>";

        assertThatThrownBy(() -> HtmlGuard.read("a", "a.html", huge)).isInstanceOf(IngestException.class)
                .hasMessage("page size exceeds 8 Mi characters (too large for an article page)");
    }

    @Test
    void deepNestingIsReadOrReportedNeverThrown() throws IngestException {
        String deep = "<div>".repeat(100_000) + "<p>Deep text.</p>";

        assertThat(HtmlGuard.read("deep", "deep.html", deep).paragraphs()).extracting(Paragraph::text)
                .containsExactly("Deep text.");
    }
}
