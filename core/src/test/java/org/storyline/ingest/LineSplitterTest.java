package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Paragraph;
import org.storyline.model.Span;

class LineSplitterTest {

    @Test
    void splitsOnLineFeedCarriageReturnAndBoth() {
        String text = "a\nbb\r\nccc\rd";

        assertThat(LineSplitter.lines(text)).extracting(line -> line.of(text))
                .containsExactly("a", "bb", "ccc", "d");
        assertThat(LineSplitter.lines(text)).extracting(LineSplitter.Line::number)
                .containsExactly(1, 2, 3, 4);
    }

    @Test
    void finalTerminatorAddsNoEmptyLineButBlankLinesCount() {
        String text = "a\n\nb\n";

        assertThat(LineSplitter.lines(text)).extracting(line -> line.of(text))
                .containsExactly("a", "", "b");
    }

    @Test
    void paragraphsAreNonBlankLinesTrimmedWithExactOffsets() {
        String source = "  First line.  \r\n\r\n \t \nSecond line.\t\n";

        List<Paragraph> paragraphs = LineSplitter.paragraphs(source);

        assertThat(paragraphs).extracting(Paragraph::text).containsExactly("First line.", "Second line.");
        assertThat(paragraphs.get(0).sourceSpan()).isEqualTo(new Span(2, 13));
        for (Paragraph p : paragraphs) {
            assertThat(p.sourceSpan().of(source)).isEqualTo(p.text());
        }
    }

    @Test
    void paragraphsStartAfterByteOrderMark() {
        String source = "\uFEFFTitle\nBody.";

        List<Paragraph> paragraphs = LineSplitter.paragraphs(source);

        assertThat(paragraphs).extracting(Paragraph::text).containsExactly("Title", "Body.");
        assertThat(paragraphs.get(0).sourceSpan()).isEqualTo(new Span(1, 6));
    }

    @Test
    void blankTextHasNoParagraphs() {
        assertThat(LineSplitter.paragraphs("")).isEmpty();
        assertThat(LineSplitter.paragraphs("\uFEFF \n\r\n")).isEmpty();
    }
}
