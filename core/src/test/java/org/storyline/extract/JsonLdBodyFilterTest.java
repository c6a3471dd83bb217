package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.OffsetMap;
import org.storyline.model.Paragraph;

class JsonLdBodyFilterTest {

    private static final String FIRST = "The old bridge reopened on Monday after two years of repairs to its frame.";
    private static final String SECOND = "Traffic is expected to return to normal levels within a week, officials said.";
    private static final String BODY = (FIRST + " " + SECOND + " ").repeat(4);

    private static Block block(String text) {
        int[] starts = new int[text.length()];
        int[] ends = new int[text.length()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = i;
            ends[i] = i + 1;
        }
        return new Block(new Paragraph(text, OffsetMap.of(starts, ends)), 0);
    }

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(b -> b.paragraph().text()).toList();
    }

    @Test
    void blockAbsentFromTheWholeJsonLdBodyIsDropped() {
        List<Block> blocks = List.of(block(FIRST), block("Photo of the bridge at dawn by a reader"), block(SECOND));
        assertThat(texts(JsonLdBodyFilter.filter(blocks, BODY))).containsExactly(FIRST, SECOND);
    }

    @Test
    void summaryOrMissingJsonLdBodyChangesNothing() {
        List<Block> blocks = List.of(block(FIRST), block("A different paragraph that the summary leaves out entirely."),
                block("And another one, also missing from the short summary of the story."));
        assertThat(JsonLdBodyFilter.filter(blocks, BODY)).isEqualTo(blocks);
        assertThat(JsonLdBodyFilter.filter(blocks, null)).isEqualTo(blocks);
        assertThat(JsonLdBodyFilter.filter(blocks, FIRST)).isEqualTo(blocks);
    }
}
